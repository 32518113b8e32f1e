"""The normalized copy of the source text that every rule matches.

Matching runs on `Text.norm`; records slice `Text.source`. First every code point is mapped to
one code point: full-width ASCII to half-width, odd spaces and control characters to a plain
space, `\\r` to `\\n`, plus the extra pairs in patterns/normalize.toml (dashes, tildes,
brackets, and the traditional-character fold: 關於印發 -> 关于印发, 牽頭 -> 牵头). Then, given the
pattern set's Removals, pieces that are no part of the sentences are taken out: a pinyin gloss
a mirror site puts after a character (關(guān)). Where nothing was removed (almost every page)
`len(norm) == len(source)` and the two share every index; where something was, Text keeps a map
from norm positions to source positions (Text.to_source, source_span, source_slice), through
which every span and every slice of the source goes.
NFKC is not used: it expands ㈠ ⑴ ⒈ and turns ① into 1.
"""
from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# U+2000..U+200B are the typographic spaces (en, em, thin, zero-width…); U+3000 is the
# ideographic space, U+00A0 NBSP, U+FEFF a stray BOM inside the text.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\t\f\v"


def _base_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
    table.update({ord(ch): " " for ch in _SPACES})
    table.update({cp: " " for cp in range(0, 32) if chr(cp) not in "\n\r"})
    table.update({cp: " " for cp in range(0x7F, 0xA0)})
    table[ord("\r")] = "\n"
    return table


@lru_cache(maxsize=8)
def translation_table(extra: tuple[tuple[str, str], ...] = ()) -> dict[int, str]:
    table = _base_table()
    for src, dst in extra:
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"normalize map must be one character to one character: {src!r} -> {dst!r}")
        table[ord(src)] = dst
    return table


@dataclass(frozen=True)
class Text:
    """The source as read and its normalized twin.

    Rules match `norm`; records, sections and meta values are sliced from `source`. Where
    normalize removed nothing (almost every page) the two have equal length and share every
    index: the map is the identity, held as nothing, and the methods below return what they are
    given. Where it removed pieces (a pinyin gloss, a hard line break joined), `_at` holds the norm
    position each removed piece sits before, `_removed` how many source characters were removed up
    to and with that piece, and `_source_at` where each piece starts in the source.
    """

    source: str
    norm: str
    _at: tuple[int, ...] | None = field(default=None, repr=False)
    _removed: tuple[int, ...] | None = field(default=None, repr=False)
    _source_at: tuple[int, ...] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.norm)

    @property
    def identity(self) -> bool:
        """Whether norm and source share every index (nothing was removed)."""
        return self._at is None

    def to_source(self, i: int) -> int:
        """The source position of norm[i] (of the source's end for i == len(norm)). A piece removed
        right before norm[i] lies before the position returned."""
        if self._at is None:
            return i
        k = bisect.bisect_right(self._at, i)
        return i + self._removed[k - 1] if k else i

    def to_norm(self, j: int) -> int:
        """The norm position of source[j]; a position inside a removed piece gives the norm
        position of the first character kept after it."""
        if self._at is None:
            return j
        k = bisect.bisect_right(self._source_at, j) - 1
        if k < 0:
            return j
        if j < self._source_at[k] + self._removed[k] - (self._removed[k - 1] if k else 0):
            return self._at[k]  # inside the removed piece
        return j - self._removed[k]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of norm[start:end]: removed pieces inside it are included, pieces right
        before start or right after end are not. An empty span stays empty."""
        if self._at is None:
            return start, end
        s = self.to_source(start)
        return (s, self.to_source(end - 1) + 1) if end > start else (s, s)

    def source_span_kept(self, start: int, end: int) -> tuple[int, int]:
        """source_span, with a gloss printed right after its last character included (就業(yè) at a section's end): the
        span of a value source_kept gives with that gloss (a section's title), so the value stays inside its span."""
        s, e = self.source_span(start, end)
        if self._at is None or end <= start:
            return s, e
        k = bisect.bisect_left(self._at, end)
        while k < len(self._at) and self._at[k] == end and self._source_at[k] == e:
            piece_end = e + self._removed[k] - (self._removed[k - 1] if k else 0)
            if not any(c.isalpha() for c in self.source[e:piece_end]):
                break  # a line break or a run of ?: not the value's
            e, k = piece_end, k + 1
        return s, e

    def source_slice(self, start: int, end: int) -> str:
        """The source as written under norm[start:end] (source_span's text): a record's text."""
        if self._at is None:
            return self.source[start:end]
        s, e = self.source_span(start, end)
        return self.source[s:e]

    def source_kept(self, start: int, end: int) -> str:
        """The source characters of norm[start:end] as printed, for a value read from the text (a name,
        a title), not a span's text: the hard line breaks and lost indents removed among them are left out
        (能源 for 能\n源), a mirror site's pinyin gloss stays (關(guān)於: it is on the page, and the schema
        writes names and 文号 as written; only the rules read the text without it)."""
        if self._at is None:
            return self.source[start:end]
        if end <= start:
            return ""
        # a gloss printed right after the value's last character (就業(yè) at a title's end) is removed at `end`:
        # it glosses that character, so it is the value's too
        lo, hi = bisect.bisect_right(self._at, start), bisect.bisect_right(self._at, end)
        out, pos = [], start
        for k in range(lo, hi):
            out.append(self.source_slice(pos, self._at[k]))
            piece_start = self._source_at[k]
            piece = self.source[piece_start:piece_start + self._removed[k] - (self._removed[k - 1] if k else 0)]
            if any(c.isalpha() for c in piece):  # a gloss; a line break or a run of ? holds no letter
                out.append(piece)
            pos = self._at[k]
        out.append(self.source_slice(pos, end))
        return "".join(out)


def _text_without(source: str, full: str, removed: list[tuple[int, int]]) -> Text:
    """The Text of source whose one-to-one normalized copy is `full`, with the source spans
    `removed` (sorted, not overlapping) taken out of norm."""
    if not removed:
        return Text(source, full)
    pieces, at, total, source_at, pos = [], [], [], [], 0
    gone = 0
    for a, b in removed:
        if a == b:
            continue
        if source_at and a == source_at[-1] + (total[-1] - (total[-2] if len(total) > 1 else 0)):
            gone += b - a  # right after the previous piece: one piece
            total[-1] = gone
        else:
            gone += b - a
            at.append(a - (total[-1] if total else 0))
            total.append(gone)
            source_at.append(a)
        pieces.append(full[pos:a])
        pos = b
    if not at:
        return Text(source, full)
    pieces.append(full[pos:])
    return Text(source, "".join(pieces), tuple(at), tuple(total), tuple(source_at))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch >= "\U00020000"


@lru_cache(maxsize=8)
def _mapped_chars(extra: tuple[tuple[str, str], ...]) -> re.Pattern:
    """A class of the non-Han characters the table maps. Replacing only those is ~4x faster than
    str.translate, which looks every character of the text up in the table."""
    ranges: list[list[int]] = []  # consecutive code points as one range: compiles ~10x faster
    for cp in sorted(cp for cp in translation_table(extra) if not _is_han(chr(cp))):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


@lru_cache(maxsize=8)
def _han_table(extra: tuple[tuple[str, str], ...]) -> tuple[dict[int, str], tuple[str, ...]]:
    """The Han characters the table maps (the traditional-character fold: ~2,500 characters
    scattered over the CJK block, so a class of them would take ~30 ms to compile on every cold
    start), and those of them that GB2312 can encode (於, 後)."""
    table = {src: dst for src, dst in translation_table(extra).items() if _is_han(chr(src))}
    return table, tuple(chr(cp) for cp in table if _gb2312(chr(cp)))


def _gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


class _Folds(Exception):
    """Raised out of the probe below: the text holds a character of the Han fold."""


_probed: dict[int, str] = {}  # the Han fold of the current map, for the probe


def _probe(err: UnicodeEncodeError) -> tuple[str, int]:
    """Error handler of the GB2312 probe: skip what GB2312 cannot encode (•, ·, rare characters)
    unless it is a character the fold maps."""
    if any(ord(ch) in _probed for ch in err.object[err.start:err.end]):
        raise _Folds
    return "", err.end


codecs.register_error("planparse.han_fold_probe", _probe)


def _needs_fold(norm: str, han_in_gb2312: tuple[str, ...]) -> bool:
    """Whether norm holds a character of the Han fold. Almost all of them are outside GB2312: one
    encode pass (~0.02 ms, far cheaper than a class of ~2,500 scattered characters, which takes
    ~30 ms to compile on every cold start) finds them; the few inside GB2312 (於, 後) are looked up."""
    try:
        norm.encode("gb2312", errors="planparse.han_fold_probe")
    except _Folds:
        return True
    return any(ch in norm for ch in han_in_gb2312)


class _Wrap:
    """Hard-wrapped text (PDF text broken at the page width): whether a page is, and its line breaks
    to join. patterns/normalize.toml: maps.wrap (the measures), line_sentence_end, line_kept_end,
    paragraph_indent; the heading markers are sections.toml's, the table markers tables.toml's."""

    def __init__(self, patterns):
        rules, sections = patterns["normalize"], patterns["sections"]
        m = rules.map("wrap")
        self.min_lines, self.share, self.band = int(m["min_lines"]), float(m["share"]), float(m["band"])
        self.min_width, self.max_width = int(m["min_width"]), int(m["max_width"])
        self.max_wider, self.wider_weight = float(m["max_wider"]), int(m["wider_weight"])
        self.sentence_end = rules.fragment("line_sentence_end")
        self.kept_end = rules.fragment("line_kept_end")
        self.indent = rules.fragment("paragraph_indent")
        self.opens = [r.regex for r in sections.rules if "style" in r.emit]
        tables = patterns["tables"]
        self.opens += [tables.fragment("serial_line"), tables.fragment("row_number_line")]
        self.cell = tables.fragment("cell_end")

    @staticmethod
    def width(line: str) -> int:
        """Display width: a full-width character takes two columns."""
        return 2 * len(line) - len(line.encode("ascii", "ignore"))

    def page_width(self, full: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
        """(page width, narrowest full line) when the page is hard-wrapped, else None."""
        n = len(lines)
        long = sum(1 for s, e in lines if e - s > self.max_width // 2)  # wider than any page (the quick no)
        if long > self.max_wider * n:
            return None
        open_ends, widths = [], []  # widths of lines not ending a sentence; of all candidate lines
        for s, e in lines:
            if self.min_width // 2 <= e - s <= self.max_width // 2:
                w = self.width(full[s:e])
                widths.append(w)
                if not self.sentence_end.search(full, max(s, e - 4), e):
                    open_ends.append(w)
        if len(open_ends) < self.min_lines:
            return None
        open_ends.sort()
        widths.sort()
        best = None
        for w in sorted(set(open_ends)):
            if w < self.min_width:
                continue
            low = w - max(4, int(w * self.band))
            full_lines = bisect.bisect_right(open_ends, w) - bisect.bisect_left(open_ends, low)
            wider = long + len(widths) - bisect.bisect_right(widths, w)
            score = full_lines - self.wider_weight * wider
            if best is None or score > best[0]:
                best = (score, w, low, full_lines, wider)
        if best is None:
            return None
        _, w, low, full_lines, wider = best
        if full_lines < max(self.min_lines, self.share * n) or wider > self.max_wider * n:
            return None
        return w, low

    def breaks(self, full: str, source: str) -> list[tuple[int, int]]:
        """The line breaks to join (with the spaces around them), or [] for a page not hard-wrapped."""
        if full.count("\n") < self.min_lines:
            return []
        lines, pos = [], 0
        for raw in full.split("\n"):
            end = pos + len(raw.rstrip(" "))
            if end > pos and raw.strip(" "):
                lines.append((pos, end))
            pos += len(raw) + 1
        measure = self.page_width(full, lines) if len(lines) >= self.min_lines else None
        if measure is None:
            return []
        w, low = measure
        out = []
        for (s, e), (ns, ne) in zip(lines, lines[1:]):
            gap = full.count("\n", e, ns)
            if not (gap == 1 or (gap == 2 and "\r\n" in source[e:ns])):
                continue  # a blank line between: a paragraph ends
            if not low <= self.width(full[s:e]) <= w or self.kept_end.search(full, s, e):
                continue
            if self.indent.match(full, ns, ne):
                continue  # an indented line opens a paragraph
            first = ns + (len(full[ns:ne]) - len(full[ns:ne].lstrip(" ")))
            if any(r.match(full, first, ne) for r in self.opens):
                continue  # a heading or a table row opens the next line
            if self.cell.search(full, s, e) or self.cell.search(full, first, ne):
                continue  # a table printed one row per line
            if full[e - 1].isascii() and full[e - 1].isalpha() and full[first].isascii() and full[first].isalpha():
                continue  # two words of a Latin text
            out.append((e, first))
        return out


class Removals:
    """The removing steps of normalize, from a pattern set (PatternSet.removals()): the rules of
    patterns/normalize.toml with emit.remove (a pinyin gloss), each tried only on a page that holds
    one of its cue words (emit.cue, a list of the same file: `in` is far cheaper than a regex scan),
    and the joining of hard-wrapped lines (_Wrap)."""

    __slots__ = ("rules", "wrap")

    def __init__(self, rules: tuple[tuple[regex.Pattern, list[str] | None], ...] = (), wrap: _Wrap | None = None):
        self.rules = rules
        self.wrap = wrap

    @classmethod
    def from_patterns(cls, patterns) -> Removals:
        if "normalize" not in patterns.names():
            return cls()
        rules = patterns["normalize"]
        wrap = _Wrap(patterns) if "wrap" in rules.spec.maps else None
        return cls(tuple((r.regex, rules.words(r.emit["cue"]) if "cue" in r.emit else None)
                         for r in rules.rules if r.emit.get("remove")), wrap)

    def find(self, full: str, source: str) -> list[tuple[int, int]]:
        """The spans to remove from `full` (source mapped one to one), sorted, not overlapping."""
        found: list[tuple[int, int]] = []
        for rule, cue in self.rules:
            if cue is None or any(word in full for word in cue):
                found.extend(m.span() for m in rule.finditer(full))
        if self.wrap is not None:
            found.extend(self.wrap.breaks(full, source))
        if len(found) > 1:
            found.sort()
            merged = [found[0]]
            for a, b in found[1:]:
                if a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
            found = merged
        return found


_last: list = [None, None, None, None]  # extra, its table, its class, its Han part: found by identity


def normalize(source: str, extra: tuple[tuple[str, str], ...] = (), removals: Removals | None = None) -> Text:
    """The Text of source: every character mapped one to one (the table and `extra`), then, with
    `removals`, the pieces they find taken out of norm (Text keeps where)."""
    if extra is not _last[0]:
        # the lru_caches hash `extra`, ~0.07 ms for ~2,500 pairs; the pattern set hands out one
        # tuple, so the same object comes back call after call
        _last[:] = extra, translation_table(extra), _mapped_chars(extra), _han_table(extra)
        _probed.clear()
        _probed.update(_last[3][0])
    table, chars, (han_table, han_in_gb2312) = _last[1], _last[2], _last[3]
    norm = chars.sub(lambda m: table[ord(m.group())], source)
    # the traditional fold: str.translate (~4x slower than the class above) runs only on a page
    # that holds one of its characters
    if han_table and _needs_fold(norm, han_in_gb2312):
        norm = norm.translate(han_table)
    assert len(norm) == len(source)
    if removals is None:
        return Text(source, norm)
    return _text_without(source, norm, removals.find(norm, source))
