"""Segmenting: lines -> content regions, the numbered section tree, inline enumerations.

Heading styles come from patterns/sections.toml and non-content lines (web chrome, metadata
fields, page numbers, tables of contents) from patterns/boilerplate.toml. Levels follow the
nesting of the document: a style already open is a sibling of that level, a new style opens
a level below the current one. Numbering is checked as it goes (the next ordinal, a restart
at 1 under a new parent, or a continuation of the same style from the previous parent), so a
stray "3." in the middle of item 7 is not taken for a heading.

An excerpt cut out of a longer text may open inside a section ((二)…(五), then 五、保障措施): the run it
opens with belongs to the heading the next more major one implies (五、 -> 四、), so its ids are 4.2 …
at level 2; the output has no node for the unprinted 四、. With no more major heading after it the
run stays at the top.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile

from pydantic import TypeAdapter

from . import compiled, tables
from .dates import cn_small_number
from .models import InlineItem, Section
from .normalize import Text
from .patterns import PatternFile, PatternSet, Rule

_STOPS = "。;!?"  # what ends a sentence (normalized)
# A sentence: text up to and with the 。;!? run that closes it (a line end closes it too).
_SENTENCE = compiled.compile(f"[^{_STOPS}\n]+[{_STOPS}\n]*")
# where a heading may start inside a long line (]: after a 【牵头单位:…】 note, normalized to [ ]; o after %: a 。 that a
# sharing site's text recognition read as the letter o, 25.92%o(二)坚持以文化人 on 第壹文秘 rd-031, 99.9%o(二) on 课桌文档 pd06)
_RUN_ON_BREAK = compiled.compile(r"[。;:!? \]]+|(?<=%)o")
_LONG_LINE = 300  # a line this long is probably several paragraphs run together (scraped pages)
_STOP = compiled.compile(f"[{_STOPS}]")
_DIGEST_END = 3  # a digest's line ends with its only sentence end (…管理范围。), within this many characters
_COMMA = compiled.compile(",")
_SHORT_RUN = 3  # a shorter line holds run-together headings only as a run of at least 3 from the first: (一)…。 (二)…。 (三)…
# ... or after a sentence end and a space as the next of a run (_continues_run), or right after it when a short
# marker follows (…登记。3.救灾…, …。三、行动时间): years and amounts after a 。 (。2022年, 。2.5万元) are not tried
_SENTENCE_SPACE = compiled.compile(r"[。;!?](?:[ ]+|(?=[0-9]{1,2}[.、](?![0-9])|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十0-9]{1,3}\)))")
_LONG_LINE_TITLE = 200  # in such a line no line end closes a title: stop it here (keeps it linear)
_RUN_ON_TITLE = 30  # in such a line a space followed by a body sentence ends a title at most this long
_TITLE_BREAK = compiled.compile(r"[ ,]")  # ... and with no comma or space of its own when that sentence has no comma
_CLOSING_TAIL_LINES = 6  # the signature date is among the text's last lines (then 此件公开发布, 联系人, page footer)
_CLOSING_SHORT_LINE = 80  # lines after the signature date are short
_TABLE_ROW_RANK = 9  # as minor as a style gets: a table never restarts the headings around it
_OUTLINE_LINE = 60  # an outline (提纲/目录 without page numbers) is lines no longer than this, without a 。
# an outline headed 目录/提纲 that the site cut with a line of dots (新文秘网: "目录/提纲:……" … "……")
_OUTLINE_HEAD = compiled.compile(r"[ ]*(?:目[ ]*录|提[ ]*纲)(?:/(?:目录|提纲))?[ ]*:?[ ]*[….]*[ ]*")
_ELLIPSIS_LINE = compiled.compile(r"[ ]*(?:…|\.{3,})+[ ]*")
_PAGE_CHUNK_HEADER = 20  # a document site's header (由会员分享) is within the first content lines
_PAGE_CHUNK_AFTER = 2  # and its first page chunk (1、) within the lines right after it
_EXCERPT_OPENING = 10  # an excerpt cut out mid-list opens at most at its 10th heading (not 5.12护士节, 十三、)
_CELL_GAP = 4  # between a title's closing mark and its cell's |, at most this many marks and spaces
_CELL_LINES = 12  # a table cell saved one line per wrapped piece (持续 / 推进 / “两个 / …) spans at most this many lines
_PAGE_CHUNK_TEXT = 100  # a preview page is a long line: a short line before N、 (1、加强领导) is a heading's
_TOC_GAP = 80  # in a 目录 run on one line, the next entry follows within this many characters (a name and a page number)
_TOC_NAME = 40  # ... and an entry's name has no 。 in its first characters
_INLINE_RANK = 7  # (1), ⑴ and more minor: a style that also enumerates inside a paragraph (sections.ar_paren's rank)
_KEPT_BREAKS = 2  # a page with at least this many lines opening with a heading kept its line breaks
_PREVIEW_LINE = 40  # a sharing site's cut preview of the next line is at least this long (shorter: a heading over its text)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass
class _Node:
    style: str
    rank: int
    ordinal: int
    marker: str
    marker_start: int
    title: str
    needs_style: str | None = None  # counts only when the document also uses this style
    printed_id: str | None = None  # a decimal outline's marker prints the whole path (1.2.1): the id when its parents are not printed
    numbered_on: bool = False  # a row of a table excerpt numbered on from earlier pages (99, 175 …)
    numbered_through: tuple[str, ...] = ()  # parent styles this style numbers on through (第四章 under 第二部分)
    norm_title: str = ""  # the title as normalized: what comparisons use (the source may print \t, full width)
    glued: _Node | None = None  # a first subheading printed on the same line right after the title
    excerpt: bool = False  # opened an excerpt mid-list (五、 as the first heading): more major ones become roots
    level: int = 0
    id: str = ""
    start: int = 0
    end: int = 0
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    inline: list[InlineItem] = field(default_factory=list)


@dataclass(frozen=True)
class Outline:
    """What segmenting found: the section tree and which parts of the text are content.

    The sections are the output's: their spans (and their inline items') index the source as read.
    Every other position here is a norm position (Text.norm), as are section_at's and
    sections_start's."""

    sections: list[Section]
    content: list[tuple[int, int]]    # line spans that are real text, in order
    sentences: list[tuple[int, int]]  # split at 。；！？ and line ends, within content lines
    tables: tables.Tables = field(repr=False, default=tables.NONE)  # task tables: the cell a position is in
    _starts: list[int] = field(repr=False, default_factory=list)
    _nodes: list[tuple[int, int, str, int]] = field(repr=False, default_factory=list)  # start, end, id, parent

    @property
    def sections_start(self) -> int | None:
        """Where the first section starts in norm (the preamble ends there); None without sections."""
        return self._starts[0] if self._starts else None

    def section_at(self, offset: int) -> str | None:
        """Id of the innermost numbered section holding offset; None in the preamble."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            start, end, sid, parent = self._nodes[i]
            if start <= offset < end:
                return sid
            i = parent
        return None

    def is_content(self, offset: int) -> bool:
        i = bisect.bisect_right(self.content, (offset, float("inf"))) - 1
        return i >= 0 and self.content[i][0] <= offset < self.content[i][1]


def _lines(norm: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in norm.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _merged_category(table: list[tables.Row]) -> str | None:
    """The label of a table's first task column when it is a category merged over rows (略阳 文旅 2019:
    指标 公共文化服务 printed on row 1 only, rows 2-4 hold the 工作任务 cell alone): some rows have two
    task cells, some only one."""
    counts = [sum(c.role == "task" for c in r.cells) for r in table]
    if not any(n > 1 for n in counts) or not any(n == 1 for n in counts):
        return None
    return next(c.label for r in table for c in r.cells if c.role == "task")


def _lines_of(norm: str, start: int, end: int):
    """The lines of norm[start:end], each stripped, blank ones left out."""
    while start < end:
        cut = norm.find("\n", start, end)
        cut = end if cut < 0 else cut
        s, e = _strip(norm, start, cut)
        if s < e:
            yield s, e
        start = cut + 1


def _digits_end(norm: str, pos: int) -> int:
    """Where the run of digits from pos ends (a table row's number)."""
    while pos < len(norm) and norm[pos].isdigit():
        pos += 1
    return pos


def _strip(norm: str, s: int, e: int) -> tuple[int, int]:
    while s < e and norm[s] in " \n":
        s += 1
    while e > s and norm[e - 1] in " \n":
        e -= 1
    return s, e


_ORDINAL_UNITS = {"十": 10, "百": 100}


def cn_ordinal(text: str, digits: dict[str, int]) -> int | None:
    """一 -> 1, 十三 -> 13, 一百零五 -> 105, 12 -> 12, ③ -> 3; None if not an ordinal."""
    if text in CIRCLED:
        return CIRCLED.index(text) + 1
    if text.isascii() and text.isdigit():
        return int(text)
    return cn_small_number(text, digits, _ORDINAL_UNITS)


@lru_cache(maxsize=4096)
def _heading_rules_from(sections: PatternFile, first: str) -> tuple[Rule, ...]:
    """The heading rules that can match starting with the character `first`, in rule order.

    regex's partial matching of `first` alone tells; most lines start with a character no
    marker can begin with (a Han character) and then no rule is tried at all.
    """
    return tuple(r for r in sections.rules if "style" in r.emit and r.regex.match(first, partial=True))


class _Segmenter:
    def __init__(self, text: Text, patterns: PatternSet):
        self.text = text
        self.long_lines: list[tuple[int, int]] = []  # content lines long enough to be paragraphs run together
        self.last_ordinal: dict[str, int] = {}  # style -> ordinal of the last heading found so far in that style
        self.row_cells: list[tuple[int, int]] = []  # from a row's number to its last cell, cells on their own lines
        # a heading printed in a row's category cell (1 | / 一、就业促进(3项) |) -> where it opens: before its row
        self.category_heads: dict[int, float] = {}
        self.text_start = 0  # where the first content line starts
        self.norm = text.norm
        self.patterns = patterns
        # where the page's digest line ends (0: none), a first line whose sentences a digest joined with commas; the
        # digest dropped items, so its numbers may skip ((一) then (五)): a node before this is on it
        self.digest_end = 0
        self.spaced_rows: set[int] = set()  # row starts of tables printed with spaces between the cells (tables.py)
        self.tables = tables.NONE  # the page's task tables (tables.py), read with the table rows
        sections = patterns["sections"]
        self.sections = sections
        self.inline_rules = [r for r in sections.rules if r.emit.get("kind") == "inline"]
        self.inline_cue = sections.fragment("inline_cue")
        self.restart_doubt = sections.rule("sections.restart_doubt").regex
        self.digits = {k: int(v) for k, v in sections.map("cn_digits").items()}
        self.digits.update((k, int(v)) for k, v in sections.map("enclosed_digits").items())  # ㈠ ⒈ ⑴: one character each
        self.title_end = sections.fragment("title_end")
        self.glued_child = sections.fragment("glued_child")
        self.glued_first = sections.fragment("glued_first")
        self.glued_next = sections.fragment("glued_next")
        self.run_on_title_break = sections.fragment("run_on_title_break")
        self.run_on_body_start = sections.fragment("run_on_body_start")
        self.run_on_title_body = sections.fragment("run_on_title_body")
        self.run_on_title_sentence = sections.fragment("run_on_title_sentence")
        self.cell_end = patterns["tables"].fragment("cell_end")  # a table cell's closing | (tables.py reads the tables)
        self.page_chunk = sections.fragment("page_chunk")
        self.sentence_close = sections.fragment("sentence_close")
        self.attachment_list = sections.fragment("attachment_list")
        self.attachment_item = sections.fragment("attachment_item")
        self.toc_list = sections.fragment("toc_list")
        self.toc_item = sections.fragment("toc_item")
        self.closing_date = sections.fragment("closing_date")
        self.closing_above = sections.fragment("closing_above")
        self.page_chunk_site = tuple(sections.words("page_chunk_site"))
        boilerplate = patterns["boilerplate"]
        # a rule with emit.tail ends every match with that fragment: check it backwards from the
        # line end first (cheap), and try the rule only on lines that end so
        self.noncontent = [(r.regex, boilerplate.compile("(?r)${" + r.emit["tail"] + "}", f"{r.id}: emit.tail")
                            if "tail" in r.emit else None) for r in boilerplate.rules]
        self.noncontent_max = int(patterns["boilerplate"].map("line")["max_chars"])

    # -- lines -------------------------------------------------------------------------------
    def classify_lines(self) -> list[tuple[int, int]]:
        content = []
        for s, e in _lines(self.norm):
            s, e = _strip(self.norm, s, e)
            if s == e:
                continue
            line = self.norm[s:e]
            if e - s <= self.noncontent_max and self._is_noncontent(line):
                continue
            content.append((s, e))
        # a sharing site's preview: the opening of the next line, cut mid-sentence, on a line of its own above it
        # (公文搜: …(一)积极调整农业产业结构。在稳固粮食生产、畜禽养殖、蔬菜种植 / the whole text): a copy, not the text
        return [(s, e) for (s, e), nxt in zip(content, content[1:] + [(0, 0)])
                if not (e - s >= _PREVIEW_LINE and nxt[1] - nxt[0] > e - s
                        and self.norm.startswith(self.norm[s:e], nxt[0]))]

    def _is_noncontent(self, line: str) -> bool:
        for rule, tail in self.noncontent:
            if (tail is None or tail.match(line)) and rule.search(line):
                return True
        return False

    # -- headings ----------------------------------------------------------------------------
    def page_chunks(self, content: list[tuple[int, int]]) -> dict[int, int]:
        """Lines that open with a document site's page-chunk number (1、 2、 … of its preview
        pages, sections.toml: page_chunk): line start -> where the page's text starts."""
        chunks: dict[int, int] = {}
        site_line, expected = None, None
        if len(content) >= 2 and self._opens_with_chunks(content):
            site_line = -1  # the page opens with its first chunk (the site's header was not kept)
        for k, (s, e) in enumerate(content):
            if expected is None:
                if site_line is None:
                    if k >= _PAGE_CHUNK_HEADER:
                        break
                    if any(w in self.norm[s:e] for w in self.page_chunk_site):
                        site_line = k
                    continue
                if k - site_line > _PAGE_CHUNK_AFTER:
                    break
                m = self.page_chunk.match(self.norm, s, e)
                if m and m.group("num") == "1":
                    chunks[s], expected = m.end(), 2
                continue
            m = self.page_chunk.match(self.norm, s, e)
            ps, pe = content[k - 1]
            # a long page cut mid-text; after the site's header a page may also end right after a sentence
            if (m and int(m.group("num")) == expected and pe - ps > _PAGE_CHUNK_TEXT
                    and (site_line >= 0 or not self.sentence_close.match(self.norm, pe - 1))):
                cut = _RUN_ON_BREAK.match(self.norm, m.end(), e)  # 2、。(二)…: the page starts after a sentence end
                chunks[s], expected = cut.end() if cut else m.end(), expected + 1
        return chunks

    def _opens_with_chunks(self, content: list[tuple[int, int]]) -> bool:
        """A preview page kept without its site header: the first line is page 1 (1、…), a long line cut
        mid-sentence, and the next line is page 2 (2、…)."""
        (s, e), (s2, e2) = content[0], content[1]
        first, second = self.page_chunk.match(self.norm, s, e), self.page_chunk.match(self.norm, s2, e2)
        return bool(first and second and first.group("num") == "1" and second.group("num") == "2"
                    and e - s > _PAGE_CHUNK_TEXT and not self.sentence_close.match(self.norm, e - 1))

    def toc_items(self) -> set[int]:
        """Markers of a 目录 printed as a run-on list (目录1.2023年白鹤镇政府工作报告 2.2023年冲蒌镇… or with page numbers:
        目录 1. 区卫生健康局…工作计划 2 2.区…; sections.toml: toc_list, toc_item): the names of the documents or parts a
        compilation holds, not items of the text. Numbered on one by one, each name short and without a 。."""
        found: set[int] = set()
        norm = self.norm
        for head in self.toc_list.finditer(norm):
            first = self.toc_item.match(norm, head.end())
            if not (first and first.group("num") == "1"):
                continue  # the list runs on right after 目录 (a 目录 alone on its line heads an outline: outline_dropped)
            expected, last = 1, head.end()
            for m in self.toc_item.finditer(norm, head.end()):
                if m.start() - last > _TOC_GAP:
                    break
                if int(m.group("num")) != expected:
                    continue
                name = norm[m.end():m.end() + _TOC_NAME]
                if "。" in name.split("\n", 1)[0]:
                    break
                found.add(m.start("num"))
                expected, last = expected + 1, m.end()
        return found

    def attachment_items(self) -> set[int]:
        """Starts of the lines that list a notice's attachments below 附件: (1.… 2.… one a line, the
        first possibly on the 附件: line itself; sections.toml: attachment_list): names of the documents
        attached, not items of the text. Numbered on one by one, without a 。, right after 附件:.
        Over all lines: a 附件: alone on its line is page chrome (boilerplate.toml), not content."""
        found: set[int] = set()
        norm, pos = self.norm, self.norm.find("附")
        while pos >= 0:
            s = norm.rfind("\n", 0, pos) + 1
            e = norm.find("\n", pos)
            e = len(norm) if e < 0 else e
            s, e = _strip(norm, s, e)
            head = self.attachment_list.match(norm, s, e) if e - s <= _OUTLINE_LINE else None
            pos = norm.find("附", e)
            if head is None:
                continue
            first = self.attachment_item.match(norm, head.end(), e)
            expected = 2 if first and first.group("num") == "1" else 1
            while e < len(norm):
                ls, le = e + 1, norm.find("\n", e + 1)
                e = len(norm) if le < 0 else le
                ls, le = _strip(norm, ls, e)
                if ls == le:
                    continue  # a blank line
                m = self.attachment_item.match(norm, ls, le)
                if m is None or int(m.group("num")) != expected or le - ls > _LONG_LINE or "。" in norm[ls:le]:
                    break
                found.add(ls)
                expected += 1
        return found

    def candidates(self, content: list[tuple[int, int]]) -> list[_Node]:
        found, taken = [], set()
        self.text_start = content[0][0] if content else 0
        chunks = self.page_chunks(content)
        attached = self.attachment_items()
        listed = self.toc_items()
        self.long_lines = [(s, e) for s, e in content if e - s > _LONG_LINE]
        rows = self.table_rows()
        row_starts = sorted(r.marker_start for r in rows)
        # where a marker may follow a sentence end and a space (…整洁。 (四)…): few in a text, found at once
        norm = self.norm
        after_end = [p for m in _SENTENCE_SPACE.finditer(norm)
                     if (p := m.end()) < len(norm) and _heading_rules_from(self.sections, norm[p])]
        spaced = {p for p in after_end if norm[p - 1] == " "}  # …整洁。 (四)…: else only the next of a style found (…登记。3.救灾…)
        kept_breaks = None  # whether the page kept its line breaks: asked once, when a long line first needs it
        for s, e in content:
            if s in attached:
                continue
            positions = [chunks.get(s, s)]
            long_line = e - s > _LONG_LINE or s in chunks  # a preview page is paragraphs run together, however short
            # paragraphs run together: markers after a sentence end or a space; not in a table row
            # printed on one line (1 | 任务 | ①…。②…。③… |), whose cells hold items, not headings
            run_on = ()  # on a shorter line: positions after a sentence end and a space, see below
            if long_line:
                if not self._table_row_line(row_starts, s, e):
                    positions += [m.end() for m in _RUN_ON_BREAK.finditer(norm, s, e)]
                    if s == self.text_start and not _STOP.search(norm, s, e - _DIGEST_END) \
                            and not (kept_breaks := self._kept_breaks(content, chunks, attached)):  # (the first line: asked once)
                        # a digest that joined its sentences with commas (…制定本方案,二、工作举措…): after a comma too,
                        # and a title ends at the comma that stands for its lost line end. A digest is the page's text
                        # saved as its first line (pg03, pe05, xiangtan); a long one-sentence paragraph under a heading
                        # (总体要求: …,3、4月份组织春耕生产,二、三季度抓好项目建设,…), or first on an excerpt whose
                        # headings open lines of their own below it, is prose
                        positions += [m.end() for m in _COMMA.finditer(norm, s, e)]
                        self.digest_end = e
            elif after_end and (i := bisect.bisect_right(after_end, positions[0])) < len(after_end) \
                    and after_end[i] < e and not self._table_row_line(row_starts, s, e):
                run_on = after_end[i:bisect.bisect_left(after_end, e, i)]
            # the first 一、 printed right after the document's title on the same line
            glued = [m.start() for m in self.glued_first.finditer(norm, s, e) if m.start() > s]
            if glued or run_on:
                positions = sorted({*positions, *glued, *run_on})
            head_rank = None  # the rank of the heading opening this line, if any
            for pos in positions:
                # a heading after the title on the same line: that line is paragraphs run together, read as a long one
                node = self.heading_at(pos, e, _LONG_LINE_TITLE if long_line or pos in glued else None)
                if node and pos == s:
                    head_rank = node.rank
                elif (node and long_line and head_rank is not None and node.rank >= _INLINE_RANK
                      and node.rank > head_rank and self.sentence_close.match(norm, pos - 1)):
                    if kept_breaks is None:
                        kept_breaks = self._kept_breaks(content, chunks, attached)
                    if kept_breaks:
                        continue  # an enumeration inside the paragraph of the heading opening the line
                # a shorter line: after a sentence end and a space, only the next of a run (…。 (四)… after (三))
                if run_on and node and pos in run_on and not (self._continues_run(
                        node, self.last_ordinal, list(takewhile(lambda h: h.marker_start >= s, reversed(found))))
                        if pos in spaced else node.ordinal == self.last_ordinal.get(node.style, -1) + 1):
                    continue
                if node and (node.marker_start in listed or node.marker_start in taken):
                    continue  # an outline's item, or a heading read already (glued to the title and to a 1、 before it)
                while node:
                    taken.add(node.marker_start)
                    found.append(node)
                    self.last_ordinal[node.style] = node.ordinal
                    node = node.glued
        if not found and not rows:  # a page with no heading line of its own: sections saved run together on short lines
            found = [n for s, e in content if e - s <= _LONG_LINE for n in self._short_run(s, e)]
        if self.row_cells:  # a list inside a cell (…| 1、查处违法行为…2、对全县…) is no heading
            found = [n for n in found if n.marker_start in self.category_heads
                     or not any(a < n.marker_start < b for a, b in self.row_cells)]
        if rows:
            taken = {n.marker_start for n in found}
            found = sorted(found + [r for r in rows if r.marker_start not in taken],
                           key=lambda n: self.category_heads.get(n.marker_start, n.marker_start))
        return found

    def _kept_breaks(self, content: list[tuple[int, int]], chunks: dict[int, int], attached: set[int]) -> bool:
        """Whether the page kept its line breaks (headings open lines): then a long line opening with a
        heading is a real paragraph, and a (1) right after one of its sentences enumerates inside it
        (1.深化商事制度改革。(1)全面落实…). At least _KEPT_BREAKS lines open with a heading; the scan
        stops at the last one it needs, and candidates() asks only on a page with such a (1)."""
        heads = (s for s, e in content if s not in attached and self.heading_at(chunks.get(s, s), e, glue=False))
        return next(islice(heads, _KEPT_BREAKS - 1, None), None) is not None

    def _short_run(self, s: int, e: int) -> list[_Node]:
        """On a page where no line starts with a heading, a line too short to be taken for paragraphs
        run together holds headings after its sentence ends only as a run of one style numbered from
        the first ((一)…。 (二)…。 (三)…: a section saved as one line), or as an excerpt's opening
        heading and its run, each after a sentence end and a space (…全覆盖。 二、签约要求 …。 (一)服务提供方。…:
        a page cut out mid-list, two headings at least); a lone (二) cited inside a line is none.
        (Not tried on pages with headings of their own: it would scan every line.)"""
        norm, sections = self.norm, self.sections
        starts = [p for m in _RUN_ON_BREAK.finditer(norm, s + 1, e - 1)
                  if _heading_rules_from(sections, norm[p := m.end()])]
        if len(starts) < 2:
            return []
        nodes = [n for p in starts if (n := self.heading_at(p, e, _LONG_LINE_TITLE, glue=False))]
        if len(nodes) >= _SHORT_RUN and all(n.style == nodes[0].style and n.ordinal == k + 1
                                            for k, n in enumerate(nodes)):
            return nodes
        if len(nodes) < 2 or not 1 < nodes[0].ordinal <= _EXCERPT_OPENING:
            return []
        after_end = {m.end() for m in _SENTENCE_SPACE.finditer(norm, s, e)}
        last = {nodes[0].style: nodes[0].ordinal}
        for k, n in enumerate(nodes):
            if n.marker_start not in after_end or (k and not self._continues_run(n, last, nodes[:k])):
                return []
            last[n.style] = n.ordinal
        return nodes

    @staticmethod
    def _continues_run(node: _Node, last: dict[str, int], line_heads: list[_Node]) -> bool:
        """Whether node, a marker after a sentence end inside a shorter line, continues a run: the next
        ordinal of a style already found (…整洁。 (四)… after (三)), or the first of a style more minor than
        a heading before it on the same line (二、签约要求 …。 (一)服务提供方). A marker that continues
        nothing is prose (…。 3、… cited, …。 1.… of a list in a paragraph)."""
        return (node.ordinal == last.get(node.style, -1) + 1
                or (node.ordinal == 1 and any(h.rank < node.rank for h in line_heads)))

    # -- tables ------------------------------------------------------------------------------
    def _table_row_line(self, row_starts: list[int], s: int, e: int) -> bool:
        """Whether the line [s, e) is a table row printed on one line: a row number opens it and
        a cell separator follows."""
        i = bisect.bisect_left(row_starts, s)
        return i < len(row_starts) and row_starts[i] < e and (
            self.cell_end.search(self.norm, row_starts[i], e) is not None or row_starts[i] in self.spaced_rows)

    def table_rows(self) -> list[_Node]:
        """The numbered rows of the page's task tables (tables.py reads them, once for every
        extractor), as numbered items titled by their first cell after the number; the rows of a
        table printed with spaces between its cells (序号 类别 主要任务 … 牵头单位) by their first
        task cell. A row with no number (a table with no serial column) is no item.

        A table excerpt numbered on from earlier pages or a selection of one office's rows (the
        document's first table, its first row not 1: 99 | …, 175 | …; 80 |; 6 … 52 53 54, bare) keeps
        its numbers and may skip some; rows after a skip elsewhere (一、… row 3, 六、… rows 68, 69 after
        group headings) are numbered on too. tables.py decides which numbers open rows. Saved one
        cell per line, the lines from a row's number to its last cell are its cells (row_cells: a
        list there, 1.根据…2.开展…, is no heading).
        """
        self.tables = tables.read(self.norm, self.patterns)
        rows: list[_Node] = []
        spaced: list[_Node] = []
        for a, b in self.tables.spans:
            table = [r for r in self.tables.rows[a:b] if r.numbered]
            if not table:
                continue
            if table[0].shape == "spaces":
                spaced += [self._spaced_row(r) for r in table]
            else:
                rows += self._numbered_rows(table, opened=self.tables.excerpt(a))
        return rows + spaced

    def _numbered_rows(self, table: list[tables.Row], opened: bool) -> list[_Node]:
        """The rows of one table as numbered items; `opened`: the table is an excerpt (tables.Tables.excerpt:
        99 | …; 80 |; 6, bare), its rows keep their numbers."""
        one_line = table[0].shape != "lines"
        skip = next((i for i in range(1, len(table)) if table[i].number != table[i - 1].number + 1), None)
        merged = None if one_line else _merged_category(table)
        out = []
        for i, r in enumerate(table):
            on = opened or (skip is not None and i >= skip)
            if not one_line:
                self.row_cells.append((r.number_start, max((c.end for c in r.cells), default=0)))
                category = r.cell("category")
                if category is not None:
                    self.category_heads[category.start] = r.number_start - 0.5
            tasks = [c for c in r.cells if c.role == "task"]
            if merged is not None and len(tasks) > 1 and tasks[0].label == merged:
                # the row's category cell (a merged cell printed on its group's first row) is no title
                out.append(self._row_node(r, on, cell=list(_lines_of(self.norm, tasks[1].start, tasks[1].end))))
            else:
                out.append(self._row_node(r, on))
        return out

    def _row_node(self, r: tables.Row, numbered_on: bool, cell: list[tuple[int, int]] | None = None) -> _Node:
        """A row as a numbered item titled by its first cell after the number as tables.py split it
        (Row.first: 1 | 任务 | …; 1 / 任务…; 1 / | / 持续 / 推进 / |), or by the lines of `cell` where given."""
        norm = self.norm
        num_end = _digits_end(norm, r.number_start)
        if cell is None:
            cell = list(_lines_of(norm, *r.first)) if r.first else []
        title, norm_title = self._cell_title(cell) if cell else ("", "")
        return _Node(style="table_row", rank=_TABLE_ROW_RANK, ordinal=r.number,
                     marker=self.text.source_slice(r.number_start, num_end), marker_start=r.number_start,
                     title=title, numbered_on=numbered_on, norm_title=norm_title)

    def _spaced_row(self, r: tables.Row) -> _Node:
        """A row of a table printed one row a line with spaces between the cells: titled by its first
        task cell."""
        self.spaced_rows.add(r.number_start)
        task = r.cell("task") or (r.cells[0] if r.cells else None)
        return self._row_node(r, False, cell=[(task.start, task.end)] if task else [])

    def _bare_cell_end(self, s: int, e: int) -> bool:
        """Whether norm[s:e] is a line holding only a cell separator (|)."""
        return self.cell_end.fullmatch(self.norm, s, e) is not None

    def _next_cell_child(self, t_end: int, line_end: int, title_max: int | None, style: str) -> _Node | None:
        """A task table's row that holds a category heading in its first cell and, in the next, the group's
        first item (一、做好财政信息公开。 | 1.积极推进… | 财务科 |: the merged category cell prints on its
        group's first row only): that item, when the title's cell ends right after the title and the next
        cell opens with another style's heading numbered 1 or on from the last of its style."""
        c = t_end  # only the title's closing mark and spaces before the cell's | (a bounded look: one-line pages are long)
        while c < line_end and c - t_end < _CELL_GAP and self.norm[c] in " 。;:,!?":
            c += 1
        if c >= line_end or self.norm[c] != "|":
            return None
        c += 1
        while c < line_end and self.norm[c] == " ":
            c += 1
        child = self.heading_at(c, line_end, title_max, glue=False)
        if child and child.style != style and child.ordinal in (1, self.last_ordinal.get(child.style, -1) + 1):
            return child
        return None

    def _cell_after(self, pos: int) -> list[tuple[int, int]] | None:
        """The lines of a table cell that starts on the line after pos, in a table saved one cell per
        line with each cell closed by a line holding only | (完成2022年度 / 乡村振兴示范村建设 / |):
        the cell's lines, or None when no such line closes them within _CELL_LINES lines."""
        lines = []
        while pos < len(self.norm) and len(lines) <= _CELL_LINES:
            s = pos + 1
            e = self.norm.find("\n", s)
            e = len(self.norm) if e < 0 else e
            ls, le = _strip(self.norm, s, e)
            if ls < le:
                if self._bare_cell_end(ls, le):
                    return lines or None
                if "|" in self.norm[ls:le]:
                    return None
                lines.append((ls, le))
            pos = e
        return None

    def _cell_title(self, cell: list[tuple[int, int]]) -> tuple[str, str]:
        """A title read from a cell's lines, joined (持续 / 推进 / “两个 / 示范村” / 建设), up to the first
        title end: (as kept from the source, as normalized)."""
        kept, norm = [], []
        for s, e in cell:
            end = self.title_end.search(self.norm, s, e)
            t_end = end.start() if end else e
            kept.append(self.text.source_kept(s, t_end).strip())
            norm.append(self.norm[s:t_end].strip())
            if end:
                break
        return "".join(kept), "".join(norm)

    def heading_at(self, pos: int, line_end: int, title_max: int | None = None, glue: bool = True,
                   chain: dict[str, int] | None = None) -> _Node | None:
        """The heading whose marker starts at pos, if any. `chain`: style -> ordinal of the headings this
        one was found glued after, on the same line (二、 then its 1. then 2. …): they are open, not yet found."""
        if pos >= line_end:
            return None
        for rule in _heading_rules_from(self.sections, self.norm[pos]):
            m = rule.regex.match(self.norm, pos, line_end)
            if not m:
                continue
            ordinal = cn_ordinal(m.group("num"), self.digits)
            if not ordinal:
                continue
            t_start = m.end()
            while t_start < line_end and self.norm[t_start] == " ":
                t_start += 1
            t_limit = line_end if title_max is None else min(line_end, t_start + title_max)
            end = self.title_end.search(self.norm, t_start, t_limit)
            t_end = end.start() if end else t_limit
            if title_max is not None and (body := self.run_on_body_start.search(self.norm, t_start + 2, t_end)):
                t_end = body.start()  # a long line: the body glued to the title (工作开展情况2022年以来,…)
            if title_max is not None and rule.emit.get("short_title"):
                space = self.norm.find(" ", t_start, t_end)  # a long line: 1.1目的依据 提高政府…
                t_end = space if space > t_start else t_end
            if glue and title_max is not None:  # a long line: a heading after a space ends the title there
                for b in self.run_on_title_break.finditer(self.norm, t_start + 1, t_end):
                    if self.heading_at(b.end(), line_end, title_max, glue=False):
                        t_end = b.start()
                        break
            if title_max is not None and (body := self.run_on_title_body.search(self.norm, t_start + 2, t_end)) \
                    and body.start() - t_start <= _RUN_ON_TITLE:
                t_end = body.start()  # a long line: the body's first sentence after a space (…战斗堡垒 深化理论学习,…)
            elif title_max is not None and end and end.start() == t_end \
                    and (body := self.run_on_title_sentence.search(self.norm, t_start + 2, t_end)) \
                    and body.start() - t_start <= _RUN_ON_TITLE and not _TITLE_BREAK.search(self.norm, t_start, body.start()):
                t_end = body.start()  # a comma-less one-sentence body after a space (督查阶段(8月-11月) 市环保…开展督查。)
            # a first subheading printed right after this heading's title (一、工作成效(一)大气环境…),
            # or the next item of a list numbered on across sections (二、深入开展科技攻关4、继续…):
            # its title ends there, and the subheading is a node of its own
            glued = None
            style, rank = rule.emit["style"], int(rule.emit["rank"])
            opened = {**self.last_ordinal, **(chain or {}), style: ordinal}
            for g in self.glued_child.finditer(self.norm, t_start + 2, t_end) if glue else ():
                child = self.heading_at(g.start(), line_end, title_max, glue=False)  # not recursive: linear
                if child and child.style != style and child.rank > rank \
                        and (child.ordinal in (1, self.last_ordinal.get(child.style, -1) + 1)
                             or (line_end == self.digest_end and child.ordinal > self.last_ordinal.get(child.style, 0))):
                    glued, t_end = self.heading_at(g.start(), line_end, title_max, chain=opened), g.start()
                    break
            # the next heading of this style, or of a more major one open, run into the title (…效率2. 优化…; …能力三、方案内容)
            for g in self.glued_next.finditer(self.norm, t_start + 2, t_end) if glue else ():
                nxt = self.heading_at(g.start(), line_end, title_max, glue=False)
                if nxt and nxt.ordinal == opened.get(nxt.style, -1) + 1 and (nxt.style == style or nxt.rank < rank):
                    glued, t_end = self.heading_at(g.start(), line_end, title_max, chain=opened), g.start()
                    break
            if line_end == self.digest_end and (comma := self.norm.find(",", t_start, t_end)) > t_start:
                t_end = comma  # a digest's comma is its lost line end (开展就业创业服务提升专项行动,进一步…)
            if glued is None and glue:
                glued = self._next_cell_child(t_end, line_end, title_max, rule.emit["style"])
            title = self.text.source_kept(t_start, t_end).strip()
            if not title and t_start < line_end:
                continue
            norm_title = self.norm[t_start:t_end].strip()
            if not title and glued is None and (cell := self._cell_after(line_end)):
                title, norm_title = self._cell_title(cell)  # alone in a table cell: (一) / 持续 / 推进 / … / |
            return _Node(style=rule.emit["style"], rank=int(rule.emit["rank"]), ordinal=ordinal,
                         marker=self.text.source_slice(m.start("marker"), m.end("marker")).strip(),
                         marker_start=m.start("marker"), title=title, needs_style=rule.emit.get("needs_style"),
                         numbered_through=tuple(rule.emit.get("numbered_through", ())),
                         printed_id=self.norm[m.start("marker"):m.end("marker")].replace(" ", "") if rule.emit.get("printed_id") else None,
                         glued=glued, norm_title=norm_title)
        return None

    def outline_dropped(self, candidates: list[_Node], content: list[tuple[int, int]]) -> list[_Node]:
        """Without an outline printed above the body (提纲 or 目录 without page numbers).

        An outline is a run of short heading lines with no body text among them (short lines only,
        none with a 。), whose first headings recur later, in the same order, as the body's headings.
        An outline may print its top headings without numbers (总则 / 1.1 编制目的 / …): its first
        recurring heading is then a child, and the heading right above that recurrence, of a style the
        outline never shows (1 总则), is the body's first heading, kept.
        """
        if len(candidates) < 4:
            return candidates
        if (cut := self.cut_outline_end(candidates[0].marker_start)) is not None:
            return [n for n in candidates if n.marker_start > cut]
        key = [(n.style, n.ordinal, n.norm_title) for n in candidates]
        try:
            repeat = key.index(key[0], 1)
        except ValueError:
            return candidates
        shown = min(repeat, 3, len(key) - repeat)  # a page cut short may show only the first again
        if repeat < 2 or key[repeat:repeat + shown] != key[:shown]:
            return candidates
        last = candidates[repeat - 1].marker_start
        first = max(0, bisect.bisect_right(content, (candidates[0].marker_start, float("inf"))) - 1)
        for s, e in content[first:]:
            if s > last:
                break
            if e - s > _OUTLINE_LINE or "。" in self.norm[s:e]:
                return candidates  # body text among them: headings of the text itself
        if candidates[repeat - 1].style not in {n.style for n in candidates[:repeat - 1]}:
            repeat -= 1  # the body's top heading above the recurring child
        return candidates[repeat:]

    def cut_outline_end(self, first: int) -> int | None:
        """The end of an outline headed 目录/提纲 above the first heading and closed by a line of dots, the
        site's cut (新文秘网 "目录/提纲:……" / (一)综合实力明显增强 / … / "……"): its short lines, without a 。,
        are the outline's whatever the body prints again (the outline may open with the title's own (四)
        and leave out the body's 一、)."""
        head = self.norm.rfind("\n", 0, first) + 1
        start = self.norm.rfind("\n", 0, max(head - 1, 0)) + 1
        if head == 0 or not _OUTLINE_HEAD.fullmatch(self.norm, start, head - 1):
            return None
        pos = head
        while pos < len(self.norm):
            end = self.norm.find("\n", pos)
            end = len(self.norm) if end < 0 else end
            if _ELLIPSIS_LINE.fullmatch(self.norm, pos, end):
                return end
            if end - pos > _OUTLINE_LINE or "。" in self.norm[pos:end]:
                return None
            pos = end + 1
        return None

    def dotted_tops(self, candidates: list[_Node]) -> list[_Node]:
        """1.总则 right before its 1.1目的依据: the top of a decimal outline printed with a dot, not a
        1. item (sections.toml: emit.dotted of the rule that reads 1总则)."""
        for rule in self.sections.rules:
            dotted, child = rule.emit.get("dotted"), rule.emit.get("needs_style")
            if not (dotted and child):
                continue
            for a, b in zip(candidates, candidates[1:]):
                if (a.style == dotted and b.style == child and b.ordinal == 1
                        and self.norm.startswith(f"{a.ordinal}.", a.marker_start)
                        and self.norm.startswith(f"{a.ordinal}.", b.marker_start)):
                    a.style, a.rank, a.needs_style = rule.emit["style"], int(rule.emit["rank"]), child
                    a.printed_id = str(a.ordinal) if rule.emit.get("printed_id") else None
        return candidates

    def build_tree(self, candidates: list[_Node]) -> list[_Node]:
        candidates = self.dotted_tops(candidates)
        styles = {n.style for n in candidates}
        candidates = [n for n in candidates if not n.needs_style or n.needs_style in styles]
        roots: list[_Node] = []
        stack: list[_Node] = []
        last_of_style: dict[str, int] = {}
        used_ids: dict[str, int] = {}  # id -> how many times it was given
        min_root_rank = 10**9  # the most major style among the roots (kept, not recomputed per node)
        # a list in the prose of a page run together on one line, numbered like an open heading
        # style (…(3)预案宣传情况。一、组织…。二、广泛开展…): the 1 repeats an open heading's number and is
        # dropped; its 2, 3 … that follow on the same line, with no heading between, are dropped too
        prose_list: tuple[_Node, int] | None = None  # (the dropped 1, the last ordinal of its list)
        for k, node in enumerate(candidates):
            depth = next((i for i, open_ in enumerate(stack) if open_.style == node.style), None)
            if depth is not None:
                prev = stack[depth].ordinal
                # a second part starts again at 一、 after a real list; 一、二级医院 in prose does not
                restart_top = (node.ordinal == 1 and depth == 0 and prev > 1
                               and not self.restart_doubt.match(node.norm_title))
                if prose_list and self._continues_prose_list(prose_list, node):
                    prose_list = (prose_list[0], node.ordinal)
                    continue
                # table rows were read in sequence already (an excerpt numbered on may skip: 99, 175)
                in_step = prev < node.ordinal <= prev + 3 \
                    or ((node.numbered_on or node.marker_start < self.digest_end) and prev < node.ordinal)
                if not (in_step or restart_top):
                    if node.ordinal == 1 and not self.restart_doubt.match(node.norm_title):
                        prose_list = (node, 1)
                    continue  # repeated or out of sequence: prose, not a heading
                del stack[depth:]
            else:
                if (stack and node.rank < min(n.rank for n in stack) and node.rank < min_root_rank
                        and self._parts_in_prose(stack, node)):
                    # 一、… 二、《方案》由五部分组成 / 第一部分总体要求,以…: a 第X部分 run into its sentence, under
                    # 一、 headings, tells the parts of the plan explained (政策解读); no heading, and they stay
                    continue
                if (stack and node.ordinal == 1 and node.rank < min(n.rank for n in stack)
                        and node.rank < min_root_rank):
                    # a more major style after minor ones only: those were a list in the preamble
                    roots, stack = [], []
                    used_ids.clear()
                    min_root_rank = node.rank
                last = last_of_style.get(node.style, 0)
                # a text that opens with a run of one style (an excerpt: ㈠…㈣ or (二)…(五), then 五、):
                # a heading more major than every one so far is not a child of them
                above_all = (node.rank < min_root_rank and all(node.rank < n.rank for n in stack)
                             and self._opening_run(roots))
                # 章 are numbered on through the parts (第二部分 opens with 第四章): any number starts them under a part
                through = bool(stack) and stack[-1].style in node.numbered_through
                if not (node.ordinal <= 2 or last < node.ordinal <= last + 3 or node.numbered_on or through
                        or (node.marker_start < self.digest_end and last < node.ordinal)):
                    if not last and stack and self._cut_list_item(candidates, k, stack[-1]):
                        pass  # (三) / 7.… / (四) / 1.…: the excerpt cut 1.-6. of the list under (三)
                    elif (last or not all(node.rank < n.rank for n in stack)
                            or not (all(r.excerpt for r in roots) or above_all)
                            or not self._opens_excerpt(candidates, k)):
                        continue
                    else:
                        stack, node.excerpt = [], True
                elif stack and node.ordinal > 1 and not last and above_all and self._opens_excerpt(candidates, k):
                    stack, node.excerpt = [], True
                elif stack and stack[0].excerpt and all(node.rank < n.rank for n in stack):
                    stack = []  # in an excerpt, a heading above the one it opened with is a root too
                if not stack and roots and node.ordinal > 1 and node.rank < min_root_rank:
                    # the headings so far sit under the cut-off one before this (五、 -> 四、: 4.2 …)
                    used_ids = _imply_parent(roots, node.ordinal - 1, used_ids)
            if node.printed_id:  # a decimal heading sits under the printed one its path names (3 after 1.3 is no child of it)
                k = len(stack)
                while k and stack[k - 1].printed_id and not node.printed_id.startswith(stack[k - 1].printed_id + "."):
                    k -= 1
                del stack[k:]
            parent = stack[-1] if stack else None
            node.parent = parent
            node.level = parent.level + 1 if parent else 1
            base = f"{parent.id}." if parent else ""
            node.id = base + str(node.ordinal)
            if node.printed_id and (parent is None or parent.printed_id):
                node.id = node.printed_id  # 1.2.1 under 1.2 whose 1 is not printed (or read): the path it prints
                node.level = node.id.count(".") + 1
            seen = used_ids.get(node.id, 0)
            used_ids[node.id] = seen + 1
            if seen:  # numbering restarted (a second part): keep ids unique
                node.id = f"{node.id}-{seen + 1}"
            (parent.children if parent else roots).append(node)
            if parent is None:
                min_root_rank = min(min_root_rank, node.rank)
            stack.append(node)
            last_of_style[node.style] = node.ordinal
            prose_list = None
        return roots

    @staticmethod
    def _cut_list_item(candidates: list[_Node], k: int, parent: _Node) -> bool:
        """Whether candidates[k], the first of its style, numbered above 2 (at most _EXCERPT_OPENING) and more minor
        than parent, is an item of a list under parent whose first items an excerpt cut (百科 转载 pd03: (三)激活…主体。 /
        7.鼓励其他人员投身创业。 / (四)拓展…空间。 / 1.发展…): parent's next sibling follows, and under it the same
        style opens at 1. A lone number with no such list after it (第二十条第(一)项 in a table head) is no heading."""
        node = candidates[k]
        if node.ordinal > _EXCERPT_OPENING or node.rank <= parent.rank:
            return False
        sibling = False
        for later in candidates[k + 1:]:
            if not sibling:
                if later.style == parent.style and later.ordinal == parent.ordinal + 1:
                    sibling = True
                elif later.rank <= parent.rank or later.style == node.style and later.ordinal <= node.ordinal:
                    return False
            elif later.style == node.style:
                return later.ordinal == 1
            elif later.rank <= parent.rank:
                return False
        return False

    def _parts_in_prose(self, stack: list[_Node], node: _Node) -> bool:
        """Whether node, a 第X部分 more major than every open heading, is prose under 一、 headings: a
        政策解读 tells the parts of the plan it explains inside its 二、 (《报告》共分为两个部分: /
        第一部分,2023年工作回顾。… ; 第一部分总体要求,以…; 第一部分是“总体要求”。…), each part run into its
        sentence (a comma in the title, or 是/为 right after the marker). A part over a preamble list of 1.
        items, or printed as a title line, still resets."""
        return (node.style == "part" and ("," in node.norm_title or node.norm_title[:1] in ("是", "为"))
                and any(n.style == "cn_dun" for n in stack))

    def _opening_run(self, roots: list[_Node]) -> bool:
        """Whether the roots so far are the run of one style an excerpt opens with: numbered on one
        by one (up to 3 at a step) and opening mid-list ((二)…(五), [接上页] (五)) or, numbered from 1,
        at least two of them opening the text (㈠…㈣). Roots already put under an implied heading
        (level 2: 3. 4. before (二)) came before the run ((二) … then 五、 puts them all under 四、)."""
        run = [r for r in roots if r.level == 1]
        if not run:
            return False
        first = run[0]
        if not (first.ordinal > 1 or (len(run) >= 2 and first.marker_start == self.text_start)):
            return False
        prev = first.ordinal - 1
        for r in run:
            if r.style != first.style or not prev < r.ordinal <= prev + 3:
                return False
            prev = r.ordinal
        return True

    @staticmethod
    def _opens_excerpt(candidates: list[_Node], k: int) -> bool:
        """Whether candidates[k], the first of its style, more major than any open heading and with no
        heading before it but such openers (or more major than every heading before it), opens an excerpt cut out of a longer text mid-list
        ([接上页] (五)… 四、时间安排 (一)…; ㈣ 总结阶段 … 五、工作措施; (第11/58页) 6.…): numbered at most
        _EXCERPT_OPENING, and its style does not go back to a number as low before a more major heading
        follows (a paragraph list 五、 … 一、 is prose out of order)."""
        node = candidates[k]
        if node.ordinal > _EXCERPT_OPENING:
            return False
        for later in candidates[k + 1:]:
            if later.rank < node.rank:
                return True
            if later.style == node.style and later.ordinal <= node.ordinal:
                return False
        return True

    def _continues_prose_list(self, prose_list: tuple[_Node, int], node: _Node) -> bool:
        """Whether node is the next item of a prose list begun by a dropped 1 on the same long line."""
        first, last = prose_list
        if node.style != first.style or node.ordinal != last + 1:
            return False
        i = bisect.bisect_right(self.long_lines, (first.marker_start, float("inf"))) - 1
        return i >= 0 and self.long_lines[i][0] <= first.marker_start and node.marker_start < self.long_lines[i][1]

    def body_end(self, content: list[tuple[int, int]], roots: list[_Node]) -> int:
        """Where the last section ends: the last content line, or the line before the closing block
        (sections.toml: closing_date, closing_above) when the text ends with a signature date
        alone on its line, below a signer / 此通知 / 附件 / 联系人 line and followed by short lines only."""
        if not content:
            return 0
        last_marker = max((n.marker_start for n in _walk(roots)), default=None)
        if last_marker is None:
            return content[-1][1]
        if self.tables:  # a table's last cells are its row's, a unit cell above the date too (市交通局 / 2024年3月1日)
            last_marker = max([last_marker, *(c.start for c in self.tables.rows[-1].cells)])
        k = len(content) - 1
        while k >= 0 and len(content) - k <= _CLOSING_TAIL_LINES:
            s, e = content[k]
            if s <= last_marker:
                break
            if self.closing_date.fullmatch(self.norm, s, e):
                date = k
                while k - 1 >= 0 and content[k - 1][0] > last_marker and self.closing_above.fullmatch(self.norm, *content[k - 1]):
                    k -= 1
                # a signer, 此通知, 附件 or 联系人 above the date makes it a signature; a date alone is not enough
                return content[k - 1][1] if k < date else content[-1][1]
            if e - s > _CLOSING_SHORT_LINE:
                break
            k -= 1
        return content[-1][1]

    def set_spans(self, roots: list[_Node], body_end: int) -> None:
        """A node runs from its marker to the next marker at its level or above (one pass)."""
        open_nodes: list[_Node] = []
        for node in _walk(roots):
            node.start = node.marker_start
            if node.marker_start in self.category_heads:  # a row's category heading: opens at its row's number
                node.start = int(self.category_heads[node.marker_start] + 0.5)
            while open_nodes and open_nodes[-1].level >= node.level:
                open_nodes.pop().end = node.start
            open_nodes.append(node)
        for node in open_nodes:
            node.end = body_end

    def inline_items(self, node: _Node, content: list[tuple[int, int]]) -> list[InlineItem]:
        own_end = node.children[0].start if node.children else node.end
        items = []
        first = max(0, bisect.bisect_right(content, (node.start, float("inf"))) - 1)
        for i in range(first, len(content)):  # not content[first:]: that copies the rest per node
            s, e = content[i]
            if s >= own_end:
                break
            if e <= node.start:
                continue
            s, e = max(s, node.start), min(e, own_end)
            if not self.inline_cue.search(self.norm, s, e):
                continue  # most paragraphs enumerate nothing: skip the three rules
            for rule in self.inline_rules:
                found = [m for m in rule.regex.finditer(self.norm, s, e)
                         if not (m.start() == node.marker_start)]
                if rule.id.endswith("inline_circled") and s == node.marker_start:
                    found = [m for m in found if m.start() != s]
                for j, m in enumerate(found):
                    ordinal = cn_ordinal(m.group("num"), self.digits)
                    if not ordinal:
                        continue
                    item_end = found[j + 1].start() if j + 1 < len(found) else e
                    t_end_m = self.title_end.search(self.norm, m.end(), item_end)
                    t_end = t_end_m.start() if t_end_m else item_end
                    i_start, i_end = _strip(self.norm, m.start(), item_end)
                    items.append(InlineItem(marker=self.text.source_slice(m.start(), m.end()), ordinal=ordinal,
                                            title=self.text.source_kept(m.end(), t_end).strip(),
                                            span=self.text.source_span(i_start, i_end)))
        items.sort(key=lambda it: it.span)
        return items

    def run(self) -> Outline:
        content = self.classify_lines()
        roots = self.build_tree(self.outline_dropped(self.candidates(content), content))
        body_end = self.body_end(content, roots)
        self.set_spans(roots, body_end)
        for node in _walk(roots):
            node.start, node.end = _strip(self.norm, node.start, node.end)
            node.end = max(node.end, node.start)
        for node in _walk(roots):
            node.inline = self.inline_items(node, content)
        sections = _freeze(roots, self.text)
        flat = list(_walk(roots))
        index = {id(n): i for i, n in enumerate(flat)}
        nodes = [(n.start, n.end, n.id, index[id(n.parent)] if n.parent else -1) for n in flat]
        return Outline(sections=sections, content=content, sentences=_split_sentences(self.norm, content),
                       tables=self.tables, _starts=[n.start for n in flat], _nodes=nodes)


def _split_sentences(norm: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in content:
        for m in _SENTENCE.finditer(norm, s, e):
            ss, se = m.span()
            if norm[ss] == " ":  # only a start can be blank: content lines end in text, pieces in a 。
                ss, se = _strip(norm, ss, se)
            if se > ss:
                out.append((ss, se))
    return out


def _imply_parent(roots: list[_Node], ordinal: int, used_ids: dict[str, int]) -> dict[str, int]:
    """Puts every root so far under a heading the text does not print (cut off before an excerpt
    begins), numbered `ordinal`: ids gain its ordinal and levels one; returns used_ids so renamed.
    The roots stay roots of the output, which has no node for the unprinted heading."""
    for n in _walk(roots):
        n.id = f"{ordinal}.{n.id}"
        n.level += 1
    return {f"{ordinal}.{k}": v for k, v in used_ids.items()}


def _walk(nodes):
    for n in nodes:
        yield n
        yield from _walk(n.children)


# One validation of the whole tree: about twice as fast as a Section(...) call per node.
_SECTION_LIST = TypeAdapter(list[Section])


def _freeze(roots: list[_Node], text: Text) -> list[Section]:
    return _SECTION_LIST.validate_python([_fields(r, text) for r in roots])


def _fields(node: _Node, text: Text) -> dict:
    return {"id": node.id, "level": node.level, "marker": node.marker, "ordinal": node.ordinal,
            "title": node.title, "span": text.source_span_kept(node.start, node.end),
            "children": [_fields(c, text) for c in node.children], "inline": node.inline}


def segment(text: Text, patterns: PatternSet) -> Outline:
    return _Segmenter(text, patterns).run()
