"""Organization names in running Chinese text: a small jieba tokenizer and a name finder.

Where an organization's name starts inside prose (由**市卫生健康局**牵头; 推进X由**县自然资源局**研究)
is a segmentation question: the name is a run of words that ends with an organization word
(局, 委, 中心, 医院, 政府, 部门 …) and is bounded by words that cannot be part of a name (由, 依托,
推动, 负责 …), by scope words (全市, 每个) or by punctuation; a 全X right before a name word (not
a level) is the name's first word: 全国爱卫办, 全市教育系统 (系统 ends a name only after one). jieba
segments with a dictionary generated at run time from patterns/organizations.toml, so that 院长 is
one word (a person, not a name ending in 院) and 卫生监督所 is one word (监督 is not a verb boundary
there). Characters the dictionary does not know (place names like 木垒, 仁怀) come out one by one
and may start a name. A body named by its task (领导小组, 指挥部, 工作专班) keeps the task's verbs inside
its name, back to the place it belongs to: XX镇|创建全国文明城市工作|领导小组.

jieba is imported and its tokenizer built only on the first lookup, i.e. only for documents in
which a responsibility cue was found; the 5 MB default dictionary is never loaded.

Three ways to read a window [start, end) of the normalized text:
- `names_at_start`: the list of names that opens the window (依托|X…, 指导|X制定…),
- `names_at_end`: the list of names that closes the window (…,|X|负责),
- `names_in`: the whole window is a list of names (labelled lines, 由X牵头, a clause's subject).
Each returns the spans of the single names, after splitting lists on 、 和 及 and keeping
shared heads together (正安、务川两县; 各县(市、区)党委、政府; 市、县卫生健康部门党组).
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import types
from functools import cached_property
from pathlib import Path
from math import log
from typing import TYPE_CHECKING, Callable, NamedTuple

from . import compiled

if TYPE_CHECKING:
    import regex

    from .patterns import PatternFile, PatternSet

# Word classes, in order of precedence when a word is in several lists.
TAGS = ("self", "person", "not_org", "known", "shared_head", "suffix", "sector", "scope", "level", "conj",
        "vague", "boundary", "part", "category_marker")
ENDING = frozenset({"known", "suffix", "shared_head", "level"})  # a name may end with these
# a name may contain these; "area" is a scope word kept with the name's words (全市|教育|系统: see _name_start),
# and a "sector" word (系统) ends a name only after one (see _can_end)
INSIDE = ENDING | {"part", "not_org", "unknown", "paren", "sector", "area"}
AREA_NEXT = frozenset({"part", "known", "suffix", "sector", "unknown"})  # 全区|经济…, 全国|爱卫办; not 全市|各县
SEPARATOR = "、"
HARD_SEPARATORS = ",;"   # addressee lists: a comma always ends a name (names never merge across it)
NOT_NAMES = ("self", "person", "boundary", "count", "vague")  # a name cannot contain these
NAME_OPENING = INSIDE | {"scope", "number", "count"}  # a reading may go on past a first word of these
MAX_UNKNOWN_RUN = 5      # place names are short; a longer run of unknown characters is prose
MAX_COMPANY_RUN = 8      # ... but a firm's trade name and trade may run longer before 公司 (维佳河道保洁|公司)
MAX_PAREN = 16           # (市、区) (镇) (计生协会) (社会事业局、教育文体局): a parenthesis inside a name
MAX_TASK_PHRASE = 16     # 创建全国文明城市工作|领导小组, 公共文化服务体系建设协调|领导小组: the task a body is named by
# the words a task phrase may hold: fields, unknown characters, two-character verbs (创建, 建设), 全国 (创建全国文明城市)
TASK_PHRASE = frozenset({"part", "unknown", "not_org", "boundary", "scope", "sector"})

_HAN = compiled.compile(r"\p{Han}")
_PAREN = compiled.compile(r"\(([\p{Han}、]{1,%d})\)" % MAX_PAREN)
_PLACEHOLDER = compiled.compile(r"[Xx×]{1,4}")  # XX区卫健委: an anonymized place name


class Token(NamedTuple):
    word: str
    start: int   # offsets into the normalized text
    end: int
    kind: str    # a TAGS entry, or unknown | number | punct | sep | paren | space


# Token(...) runs namedtuple's Python-level __new__; the tokenizer makes ~1000 a document
_new_token = tuple.__new__


def _import_jieba():
    # jieba/_compat.py imports pkg_resources (setuptools, ~0.2 s) only to open its own data
    # files and falls back to plain open() when that import fails; blocking it makes
    # `import jieba` about five times faster. Undo the block right after.
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    _defer_hmm()
    had = "pkg_resources" in sys.modules
    saved = sys.modules.get("pkg_resources")
    if not had:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    finally:
        if not had:
            sys.modules.pop("pkg_resources", None)
        elif saved is not None:
            sys.modules["pkg_resources"] = saved
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict…" on stderr
    return jieba


_NOT_A_PREFIX = object()


def _defer_hmm() -> None:
    """Make jieba's HMM (jieba.finalseg) load on first use instead of at `import jieba`.

    Its probability tables are ~2/3 of jieba's import time (~15 ms of a cold start), and
    planparse cuts without the HMM. The module stays whole for other code in the process: its
    code runs the first time an attribute it defines is looked up. (importlib's LazyLoader
    would run it at once: the import system reads the module's __spec__ while importing jieba.)
    """
    import importlib.util

    package = importlib.util.find_spec("jieba")
    if "jieba.finalseg" in sys.modules or package is None or not package.submodule_search_locations:
        return
    path = Path(list(package.submodule_search_locations)[0], "finalseg", "__init__.py")
    spec = importlib.util.spec_from_file_location("jieba.finalseg", path, submodule_search_locations=[str(path.parent)])
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _RunOnFirstUse
    sys.modules["jieba.finalseg"] = module


class _RunOnFirstUse(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        self.__class__ = types.ModuleType  # from now on an ordinary module
        self.__spec__.loader.exec_module(self)
        return getattr(self, name)


class _Words:
    """jieba's `Tokenizer.cut(text, HMM=False)`, word for word, without its layers of generators
    (which cost more than the segmenting on the short windows read here): the same splitting
    into blocks by jieba's own expressions, the same prefix dictionary and the same best route,
    ties going to the longer word as in jieba's max over (log probability, end)."""

    def __init__(self, tokenizer):
        jieba = sys.modules["jieba"]
        self.han, self.skip, self.latin = jieba.re_han_default, jieba.re_skip_default, jieba.re_eng
        logtotal = log(tokenizer.total)
        self.unknown_weight = log(1) - logtotal  # a single character no word starts with
        # every word (its log probability) and every prefix of one (None: frequency 0), in one
        # dict so that each step of the route takes one lookup
        self.prefixes = {w: log(f) - logtotal if f else None for w, f in tokenizer.FREQ.items()}
        self.longest = max(map(len, self.prefixes), default=1)

    def cut(self, text: str) -> list[str]:
        # split() on a pattern that is one capturing group returns the runs between matches
        # and the matches in turn, so the odd blocks are what jieba's `han.match(block)` finds
        words: list[str] = []
        blocks = self.han.split(text)
        for k in range(1, len(blocks), 2):
            self._cut_other(blocks[k - 1], words)
            words += self._cut_words(blocks[k])
        self._cut_other(blocks[-1], words)
        return words

    def _cut_other(self, block: str, words: list[str]) -> None:
        """A run of characters outside jieba's word class: whitespace as is, others one by one."""
        if block:
            pieces = self.skip.split(block)
            for k in range(1, len(pieces), 2):
                words += pieces[k - 1]
                words.append(pieces[k])
            words += pieces[-1]

    def _cut_words(self, text: str) -> list[str]:
        prefixes, n = self.prefixes, len(text)
        score = [0.0] * (n + 1)
        word_end = list(range(1, n + 1))
        for i in range(n - 1, -1, -1):
            best = None
            j = i + 1
            w = prefixes.get(text[i], _NOT_A_PREFIX)
            while w is not _NOT_A_PREFIX:
                if w is not None:
                    p = w + score[j]
                    if best is None or p >= best:
                        best, word_end[i] = p, j
                if j == n:
                    break
                j += 1
                w = prefixes.get(text[i:j], _NOT_A_PREFIX)
            score[i] = self.unknown_weight + score[i + 1] if best is None else best
        words: list[str] = []
        latin = ""  # runs of single letters and digits are one word (2024, ABC)
        i = 0
        while i < n:
            j = word_end[i]
            word = text[i:j]
            if j - i == 1 and word < "\x80" and self.latin.match(word):  # the test first: most are Han
                latin += word
            else:
                if latin:
                    words.append(latin)
                    latin = ""
                words.append(word)
            i = j
        if latin:
            words.append(latin)
        return words


class OrgFinder:
    """Finds organization names; built from the `organizations` pattern file."""

    def __init__(self, vocab: PatternFile):
        self.vocab = vocab
        freq = vocab.map("freq")
        self.tags: dict[str, str] = {}
        self.freq: dict[str, int] = {}
        for tag in reversed(TAGS):  # earlier tags win
            for word in vocab.spec.lists.get(tag, []):
                self.tags[word] = tag
                self.freq[word] = int(freq.get(tag, 500))
        self.partner_conj = frozenset(vocab.spec.lists.get("partner_conj", []))
        self.category_markers = tuple(vocab.spec.lists.get("category_marker", []))
        self.generic_heads = frozenset(vocab.spec.lists.get("generic_head", []))
        self.rank_suffixes = tuple(vocab.spec.lists.get("rank_suffix", []))
        self.place_named_heads = frozenset(vocab.spec.lists.get("place_named_head", []))
        self.company_heads = frozenset(vocab.spec.lists.get("company_head", []))
        self.addressee_heads = frozenset(vocab.spec.lists.get("addressee_head", []))
        self.direct_prefixes = frozenset(vocab.spec.lists.get("direct_prefix", []))
        self.owned_prefixes = frozenset(vocab.spec.lists.get("owned_prefix", []))
        self.owner_quantifiers = frozenset(vocab.spec.lists.get("owner_quantifier", []))
        self.role_notes = frozenset(vocab.spec.lists.get("role_note", []))
        self.list_end = frozenset(vocab.spec.lists.get("list_end", []))
        self.area_scopes = frozenset(vocab.spec.lists.get("area_scope", []))
        self.each_areas = frozenset(vocab.spec.lists.get("each_area", []))
        self.area_names = frozenset(vocab.spec.lists.get("area_name", []))
        self.office_fields = frozenset(vocab.spec.lists.get("office_field", []))
        self.office_heads = frozenset(vocab.spec.lists.get("office_head", []))
        self.department_fields = frozenset(vocab.spec.lists.get("department_field", []))
        self.department_heads = frozenset(vocab.spec.lists.get("department_head", []))
        self.department_qualifiers = tuple(vocab.spec.lists.get("department_qualifier", []))
        self.task_bodies = frozenset(vocab.spec.lists.get("task_body", []))
        self.task_name_stops = tuple(vocab.spec.lists.get("task_name_stop", []))
        self.task_body_owners = frozenset(vocab.spec.lists.get("task_body_owner", []))
        self.person_name = vocab.fragment("spaced_person_name")
        self.field_list = vocab.fragment("field_list")
        self.field_list_loose = vocab.fragment("field_list_loose")
        self.duty_bearer = vocab.fragment("duty_bearer")
        self.alias_note = vocab.fragment("alias_note")
        self.item_number = vocab.fragment("item_number_paren")
        self.bracket_gloss = vocab.fragment("bracket_gloss")
        self._kinds: dict[str, str] = {}  # word -> _kind(word)

    # --- the tokenizer -------------------------------------------------------------------
    @cached_property
    def dictionary_text(self) -> str:
        return "".join(f"{w} {self.freq[w]}\n" for w in sorted(self.freq))

    @cached_property
    def tokenizer(self):
        jieba = _import_jieba()
        data = self.dictionary_text.encode("utf-8")
        # jieba wants a file path and caches by path + mtime: a content-addressed file in the
        # cache folder is written once per dictionary version and shared by later processes.
        digest = hashlib.sha1(data).hexdigest()[:16]
        folder = _dictionary_folder()
        path = folder / f"planparse-orgs-{digest}.dict"
        if not path.is_file():
            fd, tmp = tempfile.mkstemp(dir=folder, prefix="planparse-orgs-", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        tok = jieba.Tokenizer(dictionary=str(path))
        tok.tmp_dir = str(folder)
        tok.cache_file = f"planparse-orgs-{digest}.cache"
        tok.initialize()
        return tok

    @cached_property
    def _words(self) -> _Words:
        return _Words(self.tokenizer)

    def tokens(self, norm: str, start: int, end: int) -> list[Token]:
        """Tokens of norm[start:end] with absolute offsets; (市、区)-style groups are one token."""
        text = norm[start:end]
        out: list[Token] = []
        kinds = self._kinds
        s = start
        for word in self._words.cut(text):
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = self._kind(word)
            if kind == "number":
                kind = "count"
            elif out and out[-1].kind == "count" and kind == "unknown" and out[-1].word[0].isdigit():
                kind = "count"  # the measure word of 11家, 3个
            e = s + len(word)
            out.append(_new_token(Token, (word, s, e, kind)))
            s = e
        if self.office_fields and any(t.kind == "boundary" and t.word in self.office_fields for t in out):
            out = self._office_fields_inside(out)
        if self.department_heads and any(t.word in self.department_heads for t in out):
            out = self._department_fields_inside(out)
        if self.task_bodies and any(b in text for b in self.task_bodies):
            out = self._task_phrases_inside(out)
        if "负有" in text:
            out = self._duty_bearers(norm, start, end, out)
        return self._group_parens(norm, out) if "(" in text or "[" in text else out

    def _duty_bearers(self, norm: str, start: int, end: int, toks: list[Token]) -> list[Token]:
        """The statutory name 负有…职责的部门/单位 (fragments.duty_bearer) is one name word, 的 and all,
        when its ends fall on token boundaries."""
        for m in self.duty_bearer.finditer(norm, start, end):
            first = next((i for i, t in enumerate(toks) if t.start == m.start()), None)
            last = next((i for i, t in enumerate(toks) if t.end == m.end()), None)
            if first is None or last is None or last < first:
                continue
            word = norm[m.start():m.end()]
            toks = [*toks[:first], _new_token(Token, (word, m.start(), m.end(), "suffix")), *toks[last + 1:]]
        return toks

    def _office_fields_inside(self, toks: list[Token]) -> list[Token]:
        """An office_field word (规划, 组织, 计划 …: a boundary elsewhere) is a name word when only
        name words (fields, unknown characters, 与/和) lead from it to a one-character office
        head: 发展|规划|处, 组织|人事|科, 规划|发展|与|信息|化|司; not 组织|医政科, 组织|各|科室."""
        out = list(toks)
        for k, t in enumerate(toks):
            if t.kind != "boundary" or t.word not in self.office_fields:
                continue
            for nxt in toks[k + 1:k + 6]:
                if nxt.kind == "suffix" and nxt.word in self.office_heads:
                    out[k] = t._replace(kind="part")
                    break
                if not (nxt.kind in ("part", "unknown") or (nxt.kind == "conj" and nxt.word in "与和")
                        or (nxt.kind == "boundary" and nxt.word in self.office_fields)):
                    break
        return out

    def _department_fields_inside(self, toks: list[Token]) -> list[Token]:
        """A department_field abbreviation (公安, 税务, 安监, 建设 …) right before a department head
        (department_head: 部门), optionally through a qualifier (主管, 行政), is one name word even when
        the dictionary does not hold it (公|安|部门 -> 公安|部门, 林|业|主管|部门 -> 林业|主管|部门) or holds
        it as a verb (由|建设|部门|负责). A verb-like field (a boundary word) counts only where a name can
        open: at the start, after punctuation, a level, a conjunction or 由/以 (not 要|组织|部门负责人…)."""
        out: list[Token] = []
        k = 0
        n = len(toks)
        while k < n:
            merged = False
            for j in range(min(n, k + 6), k, -1):  # toks[k:j] spell a field, toks[j] (or a qualifier) is a head
                if j >= n:
                    continue
                word = "".join(t.word for t in toks[k:j])
                if word not in self.department_fields:
                    continue
                h = j + 1 if toks[j].word in self.department_qualifiers and j + 1 < n else j
                if toks[h].word not in self.department_heads:
                    continue
                if any(t.kind not in ("unknown", "part", "boundary", "not_org") for t in toks[k:j]):
                    continue
                if any(t.kind == "boundary" for t in toks[k:j]) and not self._opens_field(out):
                    continue
                if j - k == 1 and toks[k].kind == "part":
                    break  # already a name word
                out.append(toks[k]._replace(word=word, end=toks[j - 1].end, kind="part"))
                k = j
                merged = True
                break
            if not merged:
                out.append(toks[k])
                k += 1
        return out

    @staticmethod
    def _opens_field(before: list[Token]) -> bool:
        if not before:
            return True
        prev = before[-1]
        return prev.kind in ("punct", "sep", "space", "level", "conj") or prev.word in ("由", "以")

    def _task_phrases_inside(self, toks: list[Token]) -> list[Token]:
        """A body named by its task (task_body: 领导小组, 指挥部, 工作专班) carries the task in its name,
        verbs and all: the words from the nearest level word before it up to it are name words
        (XX镇|创建全国文明城市工作|领导小组, 市区|扩大消费工作|领导小组, 厦门市|公共文化服务体系建设协调|
        领导小组办公室), when they are short, hold no punctuation, organization word, person or one-character
        function word (以镇长为组长的…领导小组), and no verb that sets the body up or assigns it
        (task_name_stop: 各乡镇|成立工作|专班 is no name). A party committee's body has the committee word
        after the level word (task_body_owner: 区|委|实施乡村振兴战略|领导小组)."""
        out = list(toks)
        for k, t in enumerate(toks):
            if t.word not in self.task_bodies:
                continue
            j = k - 1
            while j >= 0 and toks[j].kind in TASK_PHRASE and not (toks[j].kind == "boundary" and len(toks[j].word) < 2):
                j -= 1
            owner = toks[j - 1] if j > 0 and toks[j].word in self.task_body_owners else toks[j]  # 区|委|实施…
            if j < 0 or j == k - 1 or owner.kind != "level" or owner.word.endswith(self.rank_suffixes):
                continue
            phrase = "".join(x.word for x in toks[j + 1:k])
            if len(phrase) > MAX_TASK_PHRASE or any(w in phrase for w in self.task_name_stops):
                continue
            for i in range(j + 1, k):
                out[i] = toks[i]._replace(kind="part")
        return out

    def _kind(self, word: str) -> str:
        if word in self.tags:
            return self.tags[word]
        if word == SEPARATOR:
            return "sep"
        if word.isspace():
            return "space"
        if word[0].isdigit():
            return "number"  # becomes "count" in tokens()
        if _PLACEHOLDER.fullmatch(word):
            return "unknown"
        if len(word) == 1 and _HAN.match(word):
            return "unknown"
        if _HAN.match(word):
            return "part"
        return "punct"

    def _group_parens(self, norm: str, toks: list[Token]) -> list[Token]:
        """(市、区)-style groups become one "paren" token, and so does a short gloss in square
        brackets right after a character (各县[区]政府, 〔〕 normalized: fragments.bracket_gloss);
        an alias note after a name ((以下简称县指挥部), fragments.alias_note) is no part of it
        and is left out. A bracketed ordinal ((二), fragments.item_number_paren) is the next
        item's number, no note of a name: it stays loose brackets, which no name crosses
        (质监站(二)小街巷专项整治)."""
        out: list[Token] = []
        i = 0
        end = toks[-1].end if toks else 0
        while i < len(toks):
            t = toks[i]
            note = self.alias_note.match(norm, t.start, end) if t.word == "(" else None
            m = note or (_PAREN.match(norm, t.start) if t.word == "("
                         else self.bracket_gloss.match(norm, t.start) if t.word == "[" else None)
            if note is None and m is not None and self.item_number.fullmatch(m.group(0)):
                m = None
            if m:
                j = i
                while j < len(toks) and toks[j].end < m.end():
                    j += 1
                if j < len(toks) and toks[j].end == m.end():
                    if note is None:
                        out.append(Token(m.group(0), t.start, m.end(), "paren"))
                    i = j + 1
                    continue
            out.append(t)
            i += 1
        return out

    # --- reading windows -------------------------------------------------------------------
    def names_at_start(self, norm: str, start: int, end: int,
                       predicate_at: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
        """Names opening the window. The word after them may not be a person (国务院|分管领导);
        given predicate_at (a test of the text at an offset), it must be a boundary word or
        punctuation, or a predicate must start there (由市政府办|郑华主任主持 reads nothing, while
        由市场监管局|进行检查 and 由县卫健局|统一组织 do: the caller knows the predicate words, this
        module does not)."""
        line_end = norm.find("\n", start)
        fields = self._fields(norm, start, len(norm) if line_end == -1 else line_end)
        if fields is not None:
            return fields  # a long list of fields may close after the window: 会同编制、发展改革、…、残联等单位
        if self._opens_with_no_name(norm, start, end):
            return []
        toks = self._skip_scope(self.tokens(norm, start, end))
        if not toks or toks[0].kind in ("sep", "conj"):
            return []
        run: list[Token] = []
        unknown_run = 0
        for k, t in enumerate(toks):
            if t.kind in INSIDE:
                unknown_run = unknown_run + 1 if t.kind == "unknown" else 0
                if unknown_run > MAX_UNKNOWN_RUN and not (
                        unknown_run <= MAX_COMPANY_RUN and self._company_ahead(toks, k)):
                    break
                run.append(t)
            elif self._joins_list(t, toks, k, partner=False):
                run.append(t)
            else:
                break
        while run and run[-1].kind != "paren" and not self._can_end(run, len(run) - 1):
            run.pop()
        if run:
            after = next((t for t in toks if t.start >= run[-1].end and t.kind != "space"), None)
            if after is not None and (after.kind == "person" or (
                    predicate_at and after.kind not in ("boundary", "punct", "conj", "sep")
                    and not predicate_at(after.start))):
                return []
        return self._split(run, strict=True)

    def names_at_end(self, norm: str, start: int, end: int) -> list[tuple[int, int]]:
        fields = self._fields_at_end(norm, start, end)
        if fields is not None:
            return fields  # 组织、人事、民政等部门|牵头: the shared-head list is one name, as at a window's start
        toks = self.tokens(norm, start, end)
        if not toks or not self._can_end(toks, len(toks) - 1):
            return []
        run: list[Token] = []
        unknown_run = 0
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.kind in INSIDE:
                unknown_run = unknown_run + 1 if t.kind == "unknown" else 0
                if unknown_run > MAX_UNKNOWN_RUN:
                    return []
                run.append(t)
            elif self._joins_list(t, toks, k, partner=False, backwards=True):
                run.append(t)
            else:
                break
        run.reverse()
        while run and run[0].kind in ("sep", "conj"):
            run.pop(0)
        before = len(toks) - len(run) - 1
        if run and before >= 0 and self._keeps_area(toks, before):
            run.insert(0, toks[before]._replace(kind="area"))  # 全国|爱卫办负责
        return self._split(run, strict=True)

    def names_in(self, norm: str, start: int, end: int, strict: bool = True,
                 commas: bool = False, subject: bool = False) -> list[tuple[int, int]]:
        """The whole window as a list of names.

        strict: every item must look like an organization (a name word at its end) and the
        window must hold nothing else (counts like 11家 aside), or nothing is returned; no
        category names (二级以上…). subject: also, characters the dictionary does not know
        must form place names (木垒县, 正安、务川两县), since a clause may open with a verb.
        strict with commas: a comma-separated list (addressees); items that do not look like
        organizations are dropped, and the addressee-only heads (企业) end names. Not strict: an
        explicitly labelled list, any plausible item.
        """
        fields = self._fields(norm, start, end)
        if fields is not None and not norm[fields[-1][1]:end].strip(" ,;。"):
            return fields
        if strict and not commas and self._opens_with_no_name(norm, start, end):
            return []
        toks = [t for t in self._skip_scope(self.tokens(norm, start, end)) if t.kind != "space"]
        if not toks:
            return []
        if not strict:
            return self._split(toks, strict=False, partner=True, commas=True, norm=norm)
        if commas:
            # an addressee list: its addressee-only heads end names there (市属国有企业), nowhere else
            toks = [t._replace(kind="suffix") if t.word in self.addressee_heads else t for t in toks]
            return self._split(toks, strict=True, partner=True, commas=True)
        toks = self._without_list_close(toks)
        if not toks or toks[0].kind in ("sep", "conj") or toks[-1].kind in ("sep", "conj"):
            return []
        for k, t in enumerate(toks):
            if t.kind not in INSIDE and t.kind != "count" and not self._joins_list(t, toks, k, partner=True):
                return []
            if subject and t.kind == "unknown" and not (
                    self._place_name_goes_on(toks, k) or self._opened_by_level(toks, k)
                    or self._office_name(toks)):
                return []
        # a marker inside a name word is no marker: 高等 in 各普通|高等学校, 高等院校
        text = "".join(t.word for t in toks if t.kind not in ("suffix", "known"))
        if any(m in text for m in self.category_markers):
            return []
        pieces = self._pieces(self._merge(self._items(toks, partner=True)))
        names = self._names_of(pieces, strict=True)
        return names if len(names) == len(pieces) else []

    def _without_list_close(self, toks: list[Token]) -> list[Token]:
        """The tokens without a closing 等/等部门/等单位 (lists.list_end) right after a name's end:
        a list of named units (区交运局、区住建局等部门要…) is no category, while 二级以上医院等单位
        still holds its marker and 县医院等医疗机构 does not close with list_end."""
        for n in (2, 1):
            if len(toks) > n and "".join(t.word for t in toks[-n:]) in self.list_end and (
                    self._can_end(toks, len(toks) - n - 1)):
                return toks[:-n]
        return toks

    def _office_name(self, toks: list[Token]) -> bool:
        """The window is one internal office: field characters the dictionary may not know, then
        its one-character head, and nothing else (德育科|将…, 人事科|要…): a bureau's plan gives
        its own offices tasks. No verb opens such a window, since the head ends it; at least two
        field characters (学科, 教室 are no offices)."""
        *field, head = toks
        return (head.kind == "suffix" and head.word in self.office_heads
                and all(t.kind in ("unknown", "part") for t in field)
                and sum(len(t.word) for t in field) >= 2)

    def _opened_by_level(self, toks: list[Token], k: int) -> bool:
        """The window opens with a level word (市|档案局, 市委市政府|督查局, 县|退役军人事务局,
        市|工业和信息化局): no verb opens such a clause, so words the dictionary does not know
        are the names' own fields, also after a kept 全国 (全国|乡村村晚联盟). A rank (省级, 市级)
        opens no name (省级|财政…)."""
        first = toks[0]
        if first.kind == "area" and first.word in self.area_names and len(toks) > 1:
            first = toks[1]  # 全国|乡村村晚联盟成员单位
        return first.kind == "level" and not first.word.endswith(self.rank_suffixes)

    def _place_name_goes_on(self, toks: list[Token], k: int) -> bool:
        """An unknown character continues up to a level word (木垒|县), a list separator or the
        head of a body named after its place (集东|居委会, 东关|街道办事处); a rank (省级, 三级) ends
        no place name (巩固|三级精神卫生机构, 补贴资金除|省级财政)."""
        for t in toks[k + 1:]:
            if t.kind == "unknown":
                continue
            if t.word.endswith(self.rank_suffixes):
                return False
            return t.kind in ("level", "sep") or (t.kind == "suffix" and (
                t.word[0] in "两三" or t.word in self.place_named_heads))
        return False

    # --- helpers -----------------------------------------------------------------------------
    def _fields(self, norm: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """A list of field names sharing the head 等部门/等单位 that opens the window (fragments.field_list):
        several fields and their shared head are one name, as written (县气象、水文等部门), as the samples
        keep a shared-head list whole (市、县卫生健康部门党组); a single field is the department it names
        (会同财政等有关部门 -> 财政)."""
        if norm.find("等", start, end) == -1 and norm.find("、", start, end) == -1:
            return None  # the list closes with 等, or has 、 before its 部门: most windows are dropped here
        m = self.field_list_loose.match(norm, start, end)
        if m is not None and self._mostly_fields(norm, m):
            return [m.span("list")]
        m = self.field_list.match(norm, start, end)
        if m is None:
            return None
        return _field_names(m)

    def _fields_at_end(self, norm: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """A list of fields sharing 等部门/等单位 (fragments.field_list) that closes the window: the last
        such list, when only spaces follow it (…,组织、人事、民政等部门|牵头), or when its shared head is
        just after the window (a rule's list_close left 等部门 out of it: 组织、人事、民政|等部门牵头)."""
        reach = min(len(norm), end + 6) if norm.startswith("等", end) else end
        if norm.find("等", start, reach) == -1:
            return None
        last = None
        for m in self.field_list_loose.finditer(norm, start, reach):
            last = m
        if last is not None and self._mostly_fields(norm, last) and (
                norm[last.end():end].strip(" ") == "" if last.end() <= end else last.start("head") == end):
            return [last.span("list")]
        last = None
        for m in self.field_list.finditer(norm, start, reach):
            last = m
        if last is None or (last.end() <= end and norm[last.end():end].strip(" ")) or (
                last.end() > end and last.start("head") != end):
            return None
        if last.start() > start and norm[last.start() - 1] == SEPARATOR:
            return None  # the last item of a list of names (县妇联、县残联等单位): read the whole list
        return _field_names(last)

    def _company_ahead(self, toks: list[Token], k: int) -> bool:
        """Whether the run of unknown characters at toks[k] goes on to a firm's head (公司, 集团):
        lists.company_head, with nothing but unknown characters between."""
        for t in toks[k + 1:]:
            if t.kind != "unknown":
                return t.kind == "suffix" and t.word in self.company_heads
        return False

    def _mostly_fields(self, norm: str, m: regex.Match) -> bool:
        """Whether a loose field list (fragments.field_list_loose) is a list of fields: at least two of
        its items are department_field abbreviations, those outside the list are no more than those in
        it, and they hold no boundary, scope or person word (加强教育、宣传等部门 is no list)."""
        known = unknown = 0
        for s, e in m.spans("field"):
            if norm[s:e] in self.department_fields:
                known += 1
                continue
            unknown += 1
            if any(t.kind not in ("unknown", "part", "known", "suffix", "level")
                   for t in self.tokens(norm, s, e)):
                return False
        return known >= 2 and unknown <= known

    def _opens_with_no_name(self, norm: str, start: int, end: int) -> bool:
        """Whether the window surely opens with a word that is no part of a name (由, 推进, 指导…),
        which ends names_at_start and vetoes names_in (strict). Most windows a clause-opening
        rule reads are of this kind and are dropped this way without being segmented: jieba's
        route opens with one of the dictionary words that start the block (or, when none does,
        with its first character), so the window is dropped when every one of them ends names."""
        words = self._words
        block = words.han.match(norm, start, min(end, start + words.longest))  # as far as a word reaches
        if block is None or norm[start] < "\x80" and norm[start].isalnum():
            return False  # punctuation, a space, or a latin run that jieba joins up
        prefixes, kinds = words.prefixes, []
        j = start + 1
        while j <= block.end() and (w := prefixes.get(norm[start:j], _NOT_A_PREFIX)) is not _NOT_A_PREFIX:
            if w is not None:
                word = norm[start:j]
                # 规划|发展与信息化司: an office field may open an office name (see tokens())
                kinds.append("part" if word in self.office_fields else self._word_kind(word))
            j += 1
        return not any(kind in NAME_OPENING for kind in kinds or [self._word_kind(norm[start])])

    def _word_kind(self, word: str) -> str:
        kind = self._kinds.get(word)
        if kind is None:
            kind = self._kinds[word] = self._kind(word)
        return kind

    def _skip_scope(self, toks: list[Token]) -> list[Token]:
        """Drop the scope words that open a window; a 全X kept as the name's first word is an area.
        各地 listed before a 各-name (各地、各部门) is dropped with its separator: 各部门 is read, as
        in 各地、各部门配合."""
        i = 0
        while i < len(toks) and toks[i].kind in ("scope", "space"):
            if self._keeps_area(toks, i):
                return [toks[i]._replace(kind="area"), *toks[i + 1:]]
            if (toks[i].word in self.each_areas and i + 2 < len(toks) and toks[i + 1].kind == "sep"
                    and toks[i + 1].start == toks[i].end and toks[i + 2].word.startswith("各")):
                i += 1  # and the separator below
            i += 1
        return toks[i:]

    def _keeps_area(self, toks: list[Token], i: int) -> bool:
        """Whether toks[i] is a 全X scope word that belongs to the name after it: the next word
        is a name word, not a level (全区|经济运行各专班, 全市|教育系统; 全市|各县(市、区)党委 is
        各县(市、区)党委). 全国 names national bodies, whose names may open with a level character
        (全国|乡村村晚联盟成员单位); only 全国|各省 is a scope."""
        after = next((t for t in toks[i + 1:] if t.kind != "space"), None)
        if toks[i].word in self.each_areas:  # 各地|各部门: both are named (lists.each_area)
            return after is not None and after.start == toks[i].end and after.word.startswith("各")
        if toks[i].word not in self.area_scopes:
            return False
        if after is not None and after.kind == "shared_head":  # 全市|政府系统 as 全市|教育系统; not 全市|政府部门
            rest = next((t for t in toks[toks.index(after) + 1:] if t.kind != "space"), None)
            return rest is not None and rest.kind == "sector"
        if after is not None and toks[i].word in self.area_names and after.kind == "level":
            return not after.word.startswith("各")  # 全国|乡村村晚联盟 (a national body); 全国|各省 is a scope
        return after is not None and after.kind in AREA_NEXT

    def _can_end(self, toks: list[Token], k: int) -> bool:
        t = toks[k]
        if t.kind in ENDING:
            return True
        if t.kind == "sector":  # 全市教育系统: only after an area word
            return any(x.kind == "area" for x in toks[:k])
        return t.kind == "paren" and k > 0 and toks[k - 1].kind in ENDING

    def _joins_list(self, t: Token, toks: list[Token], k: int, partner: bool, backwards: bool = False) -> bool:
        """A separator or conjunction between two names continues the list."""
        # a partner conjunction after a field word joins two fields of one name (规划发展|与|信息化司):
        # the words before it name nobody alone
        is_conj = t.kind == "conj" and (partner or t.word not in self.partner_conj or (
            k > 0 and toks[k - 1].kind in ("part", "unknown")))
        if t.kind != "sep" and not is_conj:
            return False
        neighbour = k - 1 if backwards else k + 1
        return 0 <= neighbour < len(toks) and (toks[neighbour].kind in INSIDE or toks[neighbour].kind == "count")

    def _items(self, toks: list[Token], partner: bool = False,
               commas: bool = False) -> list[tuple[list[Token], Token | None]]:
        """The list items, each with the separator before it (None for the first); with commas,
        a comma splits too and never joins. Separators inside brackets do not split:
        各县市区教育局(社会事业局、教育文体局) is one."""
        items: list[tuple[list[Token], Token | None]] = [([], None)]
        depth = 0
        for t in toks:
            if t.word in "()":
                depth = max(0, depth + (1 if t.word == "(" else -1))
            hard = commas and t.word in HARD_SEPARATORS
            if depth == 0 and (hard or t.kind == "sep" or (
                    t.kind == "conj" and (partner or t.word not in self.partner_conj))):
                items.append(([], t))
            else:
                items[-1][0].append(t)
        return [(it, sep) for it, sep in items if it]

    def _merge(self, items: list[tuple[list[Token], Token | None]], strict: bool = True) -> list[list[Token]]:
        """Undo splits inside shared heads, never across a comma:
        - the item before needs a head (正安、务川两县; 各县、自治县、区(市)卫生健康局); when strict, also
          any item that does not end like a name, which would be dropped (市属、驻市有关单位), while a
          labelled list keeps such items (团市委、市城投);
        - the item is a bare head (党委、政府; 市各委、办、局; 区人民政府各部门、单位);
        - place names before a place with a head share it (各县(市)、区人民政府; X开发区、Y新区管委会),
          but a list of places alone stays a list (红花岗区、播州区);
        - two fields joined by 和/及 share the head after them, in a labelled list too
          (市文化和旅游局, 县卫生健康和计划生育局: not 市文化 and 旅游局)."""
        groups: list[list[list[Token]]] = []   # the items of each merged name
        by_place: list[bool] = []              # merged only as places waiting for a head
        for item, sep in items:
            hard = sep is not None and sep.word in HARD_SEPARATORS  # only a split with commas
            if groups and not hard:
                prev = [t for it in groups[-1] for t in it]
                # before 和/及 a gloss does not close bare places: 各市、县(区)和赣江新区应急管理局 shares the
                # head as 各市、县和…局 does (before 、 it does: 各县(区)、广元经济技术开发区 is two)
                glossed = [t for t in prev if t.kind != "paren"] if sep is not None and sep.kind == "conj" else prev
                if ((self._is_open(glossed, strict) and not self._has_own_quantifier(prev, item)
                     and not self._opens_own_name(prev, item) and not (len(groups[-1]) == 1 and self._joined_places(prev, item, sep))
                     and not (sep is not None and sep.word == SEPARATOR and self._quantifies_own_noun(prev)))
                        or self._is_shared_head(item)
                        or self._is_lone_level(item)
                        or (self._is_lone_head(item) and not self._is_bare_place(prev))
                        or (sep is not None and sep.kind == "conj" and self._fields_share_head(prev, item))
                        or (sep is not None and sep.word == SEPARATOR and self._shares_owner(prev, item))):
                    groups[-1].append(item)
                    by_place[-1] = False
                    continue
                if all(self._is_place(it) or self._is_bare_name(it) for it in groups[-1]) and (
                        self._is_place(item) or self._is_bare_name(item) or self._place_with_head(item)):
                    groups[-1].append(item)
                    by_place[-1] = True
                    continue
            groups.append([item])
            by_place.append(False)
        merged: list[list[Token]] = []
        for group, place_only in zip(groups, by_place):
            if place_only and all(self._is_place(it) for it in group):
                merged += group  # no head came: the places are names of their own
            else:
                merged.append([t for it in group for t in it])
        return merged

    def _is_open(self, item: list[Token], strict: bool = True) -> bool:
        """An item that needs the next one's head: no organization word (or, when strict, not
        ending with one: 市属、…单位), or a bare level word."""
        words = [t for t in item if t.kind != "paren"]
        if not any(self._can_end(words, k) for k in range(len(words))) or (
                strict and not self._can_end(words, len(words) - 1)):
            return True
        return all(t.kind == "level" for t in item)

    def _has_own_quantifier(self, prev: list[Token], item: list[Token]) -> bool:
        """A bare level (各街道) before an item that carries its own 各 inside (区直|各|部门,
        市直|各|单位) names a unit of its own: 各街道、区直各部门 is two, while 各县、区人民政府
        shares the head."""
        return all(t.kind == "level" for t in prev) and any(
            t.kind == "level" and t.word.startswith("各") for t in item[1:])

    def _quantifies_own_noun(self, prev: list[Token]) -> bool:
        """An item with a 各 before a noun the dictionary does not know (镇属|各|岗位) is a whole phrase, not a
        modifier waiting for the next item's head: 镇属各岗位、驻镇相关单位 is two (the first names no
        unit and is dropped), while 市属、驻市有关单位 shares the head (and 各协作和配合单位, joined
        by 和, is one)."""
        for k, t in enumerate(prev[:-1]):
            if t.word == "各":
                return all(x.kind == "unknown" for x in prev[k + 1:])
        return False

    def _is_bare_place(self, prev: list[Token]) -> bool:
        """A place without a head (各乡镇, 各乡镇(街道)): a lone head after it (部门(单位)) names units
        of another kind, not the place's own (各乡镇(街道)、部门(单位) is two; 区政府各部门、单位 is one)."""
        return all(t.kind in ("level", "paren") for t in prev)

    def _opens_own_name(self, prev: list[Token], item: list[Token]) -> bool:
        """A bare place (各乡镇, 各镇区) before a name that opens with a field or 县直/市直, not with a
        place of its own, is a unit of its own: 各乡镇、县直有关单位 and 各镇区、主管部门 are two,
        while 各县、区人民政府 and 市、县卫生健康部门 share the head."""
        return (all(t.kind in ("level", "paren") for t in prev) and item[0].kind == "part"
                and self._valid(item))

    def _joined_places(self, prev: list[Token], item: list[Token], sep: Token | None) -> bool:
        """A 各 place and a place, neither with a head, joined by 和/及 (各乡及中卫工业园区, 各乡镇及开发区):
        nothing comes after them to share, so they are two (the places are names of their own, as in a
        list of places); 各县、区 (a separator), 各市、县(区)和赣江新区应急管理局 (a head after) and 市、县和乡镇
        (levels, no 各) stay one."""
        return (sep is not None and sep.kind == "conj" and self._is_bare_place(prev)
                and prev[0].word.startswith("各") and self._is_place(item))

    def _fields_share_head(self, prev: list[Token], item: list[Token]) -> bool:
        """文化|和|旅游局: the words before 和 end with a field, not an organization word, and
        the words after it open with a field (no level, known name or scope) and end like a name,
        or are one head named by its field (自然资源|和|规划局)."""
        words = [t for t in prev if t.kind != "paren"]
        field_head = len(item) == 1 and item[0].kind == "suffix" and len(item[0].word) > 2
        return (bool(words) and words[-1].kind in ("part", "unknown") and (field_head or (
            item[0].kind in ("part", "unknown") and self._can_end(item, len(item) - 1))))

    def _shares_owner(self, prev: list[Token], item: list[Token]) -> bool:
        """A 直属 category names no owner of its own (lists.owned_prefix): after an owner's own category
        (县政府|有关|部门, 省政府|各|部门, 省市场监管局|各|处室) it is that owner's (县政府有关部门、有关直属单位
        is one name, as the golds keep it); after an ownerless one (各科室、直属单位) it stays a name of its own."""
        words = [t for t in item if t.kind != "paren"]
        k = 1 if words and words[0].word in self.owner_quantifiers else 0
        if len(words) <= k + 1 or words[k].word not in self.owned_prefixes:
            return False
        before = [t for t in prev if t.kind != "paren"]
        return (bool(before) and not before[0].word.startswith("各") and self._can_end(before, len(before) - 1)
                and any(t.word in self.owner_quantifiers for t in before[1:]))

    def _is_place(self, item: list[Token]) -> bool:
        """A place name without an organization head: 各县(市), 经开区 (unknown characters + level),
        also with field words inside (柳叶湖旅游度假区, 西湖管理区, 示范区)."""
        words = [t for t in item if t.kind != "paren"]
        return bool(words) and words[-1].kind == "level" and all(t.kind in ("level", "unknown", "part") for t in words)

    def _is_bare_name(self, item: list[Token]) -> bool:
        """A name of characters the dictionary does not know, maybe with a level character inside
        (南京, 宁波, 镇|江), nothing else: in a list of places it is one more place (南京、无锡、镇江、
        苏州市人民政府 shares 市人民政府)."""
        return any(t.kind == "unknown" for t in item) and all(t.kind in ("unknown", "level") for t in item)

    def _place_with_head(self, item: list[Token]) -> bool:
        """区人民政府, 高新区管委会: a place and a head that lists of places share (a shared_head
        word), nothing else; 市第一人民医院 or 市卫健委 after a place is a name of its own."""
        words = [t for t in item if t.kind != "paren"]
        k = next((k for k, t in enumerate(words) if t.kind not in ("unknown", "part")), len(words))
        return len(words) - k >= 2 and words[-1].kind == "shared_head" and all(
            t.kind == "level" for t in words[k:-1])

    def _is_shared_head(self, item: list[Token]) -> bool:
        """党委、政府; also with a bracketed variant after it: 党(工)委和人民政府(办事处)."""
        words = [t for t in item if t.kind != "paren"]
        return len(words) == 1 and words[0].kind == "shared_head" and item[0] is words[0]

    @staticmethod
    def _is_lone_level(item: list[Token]) -> bool:
        """A level character alone (区, 县) names nothing: after a glossed place it continues the list of
        places (各县(市)、区, as 各县、区 is one), where the gloss would otherwise close it."""
        return len(item) == 1 and item[0].kind == "level" and len(item[0].word) == 1

    def _is_lone_head(self, item: list[Token]) -> bool:
        """A head that names nobody alone continues the name before it (…各委、办、局), also with a
        bracketed note after it (市政府各委、办、局(总公司))."""
        t = item[0]
        if len(item) != 1 and not (len(item) == 2 and item[1].kind == "paren"):
            return False
        return t.word in self.generic_heads or (t.kind == "suffix" and len(t.word) == 1)

    def _split(self, toks: list[Token], strict: bool, partner: bool = False,
               commas: bool = False, norm: str | None = None) -> list[tuple[int, int]]:
        if not toks:
            return []
        return self._kept(self._merge(self._items(toks, partner=partner, commas=commas), strict=strict), strict, norm)

    def _kept(self, items: list[list[Token]], strict: bool, norm: str | None = None) -> list[tuple[int, int]]:
        """The spans of the merged items that are names."""
        return self._names_of(self._pieces(items), strict, norm)

    def _pieces(self, items: list[list[Token]]) -> list[list[Token]]:
        """The merged items trimmed, and split where two names are glued (_unglue)."""
        return [part for it in items for part in self._unglue(self._trim(it))]

    def _names_of(self, pieces: list[list[Token]], strict: bool, norm: str | None = None) -> list[tuple[int, int]]:
        """The spans of the pieces that are names."""
        out = []
        # the original span of a merged item runs from its first to its last token (so the
        # separators of a shared head stay inside the name)
        for item in pieces:
            if not item:
                continue
            if self._valid(item) or (not strict and self._plausible(item) and not self._cut_off(item, norm) and not (
                    norm and self.person_name.fullmatch(norm, item[0].start, item[-1].end))):
                # 张 三: people in table cells, spaced to align, are not names (财 政 局 is valid)
                out.append((self._name_start(item), item[-1].end))
        return out

    def _name_start(self, item: list[Token]) -> int:
        """Where the minimal name starts: a 全X kept as an area word lets 系统 end the name
        (全市|教育系统) but is only its scope (教育系统, 市场监管部门); 全国 names national
        bodies (全国爱卫办, lists.area_name)."""
        if (len(item) > 1 and item[0].kind == "area" and item[0].word in self.area_scopes
                and item[0].word not in self.area_names):  # 各地|各部门 stays whole (lists.each_area)
            return next(t.start for t in item[1:] if t.kind != "space")
        return item[0].start

    @staticmethod
    def _cut_off(item: list[Token], norm: str | None) -> bool:
        """An excerpt cut right after the first character of a list's next name: the text ends with
        the item, and its last character stands alone after a separator (城乡一体化示范区、|高): nothing
        of that name is left. A name cut further on is kept as written, the label and most of the
        name being there (责任单位:…、武功山风景名胜区管 blind44 b4402, (牵头单位:省市场 blind46b c4611,
        gold both; 县财, 区委组 alike)."""
        if norm is None or norm[item[-1].end:].strip():
            return False
        last = item[-1]
        return (last.kind == "unknown" and len(last.word) == 1 and len(item) > 1
                and norm[last.start - 1:last.start] in ("、", ",", "和", "及"))

    def _unglue(self, item: list[Token]) -> list[list[Token]]:
        """Two names written without a separator: 各乡镇|各部门 (a second 各… after a 各 place),
        市政府有关部门|市直有关单位 (a level word or 市直 after a two-character organization word).
        Split only where both halves are names: 县政府各部门, 市卫健委各科室 (各 after a head is
        the head's own units), 各级各部门 (各级 names nobody) and 县委县政府 (委) stay one."""
        for j in range(1, len(item) - 1):
            prev, t = item[j - 1], item[j]
            glued = (item[0].kind == "level" and item[0].word.startswith("各")
                     and t.kind == "level" and t.word.startswith("各")
                     and prev.kind in ("level", "suffix", "known", "paren"))
            glued = glued or (prev.kind in ("suffix", "known") and len(prev.word) >= 2 and (
                (t.kind == "level" and not t.word.startswith("各") and not t.word.endswith(self.rank_suffixes))
                or t.word in self.direct_prefixes))
            if glued and self._valid(item[:j]) and self._valid(item[j:]):
                return [item[:j], *self._unglue(item[j:])]
        return [item]

    def _trim(self, item: list[Token]) -> list[Token]:
        """Drop leading counts and scope words (11家乡镇分院 -> 乡镇分院, 全市各… -> 各…); a 全X
        before a name word stays, as written (全区经济运行各专班)."""
        i = 0
        while i < len(item):
            t = item[i]
            if t.kind == "scope" and self._keeps_area(item, i):
                item = [*item[:i], t._replace(kind="area"), *item[i + 1:]]  # 全区|经济运行各专班
                break
            if t.kind in ("scope", "space", "count"):
                i += 1
            else:
                break
        item = item[i:]
        # a head, then 各 + a place level and a name of its own (医共体|各乡镇|分院): the name after the head
        # is the minimal one (各乡镇分院); 县政府|各|部门 and 市卫健委|各|科室 stay whole (各 is no level there)
        for j in range(1, len(item) - 1):
            if (item[j].kind == "level" and item[j].word.startswith("各") and len(item[j].word) > 1
                    and item[j - 1].kind in ("suffix", "known") and self._valid(item[j:])):
                item = item[j:]
                break
        while item:
            if item[-1].kind in ("space", "punct") or item[-1].word in self.list_end or (
                    item[-1].kind == "paren" and item[-1].word[1:-1] in self.role_notes):
                item = item[:-1]
            elif len(item) > 2 and item[-2].word + item[-1].word in self.list_end:
                item = item[:-2]  # 县交警大队|等|单位: jieba cuts 等单位 in two (单位 is a suffix word)
            else:
                break
        return item

    def _valid(self, item: list[Token]) -> bool:
        if not self._can_end(item, len(item) - 1) or item[-1].word == "各":
            return False  # 各 opens names, ends none (贯穿到水利和湖泊事业各|领域)
        text = "".join(t.word for t in item)
        if len(text) < 2 or any(t.kind in NOT_NAMES for t in item):
            return False
        if len(item) == 1 and (len(text) == 1 or text in self.generic_heads):
            return False  # 中心, 部门 alone name nobody
        if len(item) == 1 and item[0].kind == "level" and text.endswith(self.rank_suffixes):
            return False  # 市级, 各级 alone name no body
        return True

    def _plausible(self, item: list[Token]) -> bool:
        """Explicitly labelled names need no organization word (团市委, 市城投). An item that ends
        with a count is a quantity, not a name (a progress cell read under the label: 分类池10个)."""
        text = "".join(t.word for t in item)
        if not (2 <= len(text) <= 40) or not _HAN.search(text) or item[-1].kind == "count":
            return False
        return not any(t.kind in ("self", "person", "boundary", "vague") for t in item)


def _field_names(m: regex.Match) -> list[tuple[int, int]]:
    """The names a field list stands for: one field is the department it names (财政等有关部门 -> 财政,
    县残联等单位 -> 县残联);
    several are one name with their shared head, as written (县气象、水文等部门), without a scope before
    it (全省|各级…)."""
    fields = m.spans("field")
    # one field keeps the level written before it: 县残联等单位 -> 县残联 (财政等有关部门 -> 财政)
    return [(m.start("list"), fields[0][1])] if len(fields) == 1 else [m.span("list")]


def _dictionary_folder() -> Path:
    """planparse's cache folder (compiled.py), else the temp dir: caching is off, or the
    folder cannot be made (a read-only home)."""
    folder = compiled.cache_dir()
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            return folder
        except OSError:
            pass
    return Path(tempfile.gettempdir())


_FINDERS: dict[int, OrgFinder] = {}


def finder(patterns: PatternSet) -> OrgFinder:
    """The finder for a pattern set (one per set; jieba is built on first use, not here)."""
    key = id(patterns)
    if key not in _FINDERS:
        _FINDERS[key] = OrgFinder(patterns["organizations"])
    return _FINDERS[key]
