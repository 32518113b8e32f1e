"""responsible_units: organizations the text makes the lead, supporter or doer of a task.

The rules in patterns/responsible_units.toml find a cue (责任单位:, (X牵头), 由X负责, 依托X,
指导X…, a clause whose subject is an organization) and mark the window where the names are;
the named group says the role and how to read the window (see the file's header). orgs.py
finds the names inside the window with jieba, so it is only built when some cue matched.

One record per name and section: when several cues name the same organization in the same
section, the rule with the higher priority gives the role.

A document may declare that the first unit of each listed note leads ("列第一位的为牵头单位,
下同", fragments.first_leads): then, for the rules marked emit.ranked, the first name of a list
that opens a bracket or follows a label's colon is the lead, the others stay responsible.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property
from typing import Iterator

import regex
from pydantic import TypeAdapter

from .. import compiled
from ..models import ResponsibleUnit
from ..orgs import OrgFinder, finder
from ..patterns import PatternFile
from . import Context, record_kwargs

ROLES = ("lead", "support", "responsible", "names")
_PUNCT = compiled.compile(r"[\s\p{P}]+")
_CELL = compiled.compile(r"[|]")  # tabs are spaces after normalization
_NOTE = compiled.compile(r"\((\p{Han}{2,4})\)")
_SPACE = compiled.compile(r"\s+")
MAX_HEADER_CELL = 12   # header cells are short labels (序号, 目标与任务, 牵头责任单位)
MIN_TITLE_LINE = 6     # a shorter line may match a title by chance
_UNITS = TypeAdapter(list[ResponsibleUnit])  # the kept records, validated in one call
# a cell and its closing |, the row's first cell often with its opening | too ("| 1 |")
_ONE_CELL_LINE = compiled.compile(r"(?m)^(?:[ ]*[|])?(?P<cell>[^\n|]*)[|][ ]*$")
# a line that is not blank and opens with no | (a lone | line between the cells is no cell)
_TEXT_LINE = compiled.compile(r"(?m)^[ ]*(?P<cell>[^\n |](?:[^\n]*[^\n ])?)[ ]*$")
MIN_BAR_LINES = 4  # lines of | alone that set a plain table's cells apart (_PlainCellLines.join_lines)
MAX_GROUP_LINES = 8  # group headings (table_group_heading) passed between two rows of a plain table


def extract(ctx: Context) -> list[ResponsibleUnit]:
    pats = ctx.patterns["responsible_units"]
    norm = ctx.text.norm
    first_section = _first_section_start(ctx)
    title = _compact(ctx.title or "")
    one_cell: dict[str, _OneCellLines] = {}  # built on the first one-cell-per-line header (| or plain)
    search = _Search(pats, norm, first_section)
    found: dict[tuple[str | None, str], tuple[int, int, ResponsibleUnit]] = {}
    first_leads: bool | None = None  # whether the document declares the convention: looked up when first needed
    support_named, lead_named = pats.fragment("support_named"), pats.fragment("lead_named")
    for order, rule in enumerate(pats.rules):
        where = rule.emit.get("where")
        for m in search.matches(rule):
            if not _is_content(ctx, m.start()):
                continue
            in_preamble = m.start() < first_section
            if (where == "preamble" and not in_preamble) or (where == "body" and in_preamble):
                continue
            if title and _in_title(norm, m.start(), title):
                continue  # a title line states no task (海南州全面推进…实施方案)
            if not _followed_by(pats, rule, norm, m.end()) and not _title_assigns(pats, rule, title, m.group()):
                continue
            hits = _table_column(ctx, rule, m, one_cell) if rule.emit.get("table") else _names(ctx, rule, m)
            if hits and rule.emit.get("ranked") and _opens_note(norm, hits[0][1]) and hits[0][0] == "responsible":
                if first_leads is None:
                    first_leads = pats.fragment("first_leads").search(norm) is not None
                if first_leads:
                    hits = [("lead", *hits[0][1:]), *hits[1:]]
            for role, start, end in hits:
                if role == "responsible" and support_named.search(norm[start:end]):
                    role = "support"  # 各参与部门要…: a unit named by its role has that role
                elif role == "responsible" and lead_named.search(norm[start:end]):
                    role = "lead"  # 各牵头单位要…
                rec = record_kwargs(ctx, start, end, rule.id)
                rec["name"], rec["role"] = ctx.text.source_kept(start, end), role  # without a gloss or a line break
                key = (rec["section"], _PUNCT.sub("", rec["name"]))
                rank = (rule.priority, -order)
                if key not in found or rank > found[key][:2]:
                    found[key] = (*rank, rec)
    for role, start, end in _table_cells(ctx, found):  # what the header rules leave of a table's unit cells
        rec = record_kwargs(ctx, start, end, "responsible_units.table_cell")
        rec["name"], rec["role"] = ctx.text.source_kept(start, end), role
        found.setdefault((rec["section"], _PUNCT.sub("", rec["name"])), (0, 0, rec))
    # the same characters name one unit: a name inside a longer one another rule read is its head only
    # (区委|实施… read as a subject on the addressee line 区委实施乡村振兴战略领导小组成员单位, open46a pa08)
    spans = [tuple(v[2]["span"]) for v in found.values()]
    found = {k: v for k, v in found.items()
             if not any(a <= v[2]["span"][0] and v[2]["span"][1] <= b and (a, b) != tuple(v[2]["span"])
                        for a, b in spans)}
    speaker = pats.fragment("report_speaker").search(norm)
    if speaker:  # a government report: its own government is the speaker (as 我局), not a unit
        own = regex.compile(rf"(?!各)\p{{Han}}{{0,10}}?{speaker.group('level')}(?:人民)?政府")
        found = {k: v for k, v in found.items() if not own.fullmatch(k[1])}
    return _UNITS.validate_python(sorted((rec for *_, rec in found.values()), key=lambda r: r["span"]))


def _table_cells(ctx: Context, found: dict) -> list[tuple[str, int, int]]:
    """The names in a task table's unit cells (tables.py) where the rules found none, each with its
    column's role: a table printed with spaces between its cells (序号 类别 主要任务 细化措施 牵头单位 参与单位
    责任单位), which the header rules do not read, or a last row cut by the excerpt."""
    if not ctx.tables:
        return []
    text = ctx.text
    starts = sorted(text.to_norm(rec["span"][0]) for *_, rec in found.values())
    out = []
    for r in ctx.tables.rows:
        for c in r.cells:
            if c.role not in ("lead", "support", "responsible") or not _is_content(ctx, c.start):
                continue
            i = bisect_left(starts, c.start)
            if i < len(starts) and starts[i] < c.end:
                continue  # the rules read this cell
            out += [(c.role, a, b) for a, b in ctx.tables.names(c)]
    return out


class _Search:
    """rule.regex.finditer(norm) for the rules of one document, tried only where a match can
    start, with what that needs computed once and shared by the rules. The matches are the same:
    match() at a start sees the whole text, and a start inside the previous match is skipped.

    - A rule opening with (?m)${clause_start} can only match where a clause starts: at a line
      start or after a clause_break (one character). Trying it at every position costs ~0.1 us
      each, a few ms per document, for the ~400 places where it can start.
    - With emit.anchor, its match and lookarounds hold the anchor and take at most one clause
      break, the comma of an ${open} (emit.anchor_reach of them, when given): only the starts of
      the clauses holding the anchor and of the clauses before them that can start such a match.
    - A rule opening with (?m)^: in the preamble, the line starts before the first section;
      with emit.anchor (on the line where the match starts, or at most emit.anchor_reach lines
      below it), the starts of the lines holding it and of the lines above within reach.
    Other rules search the whole text or, with emit.anchor (their match and lookarounds on one
    line, holding it), the lines holding the anchor, each ending at its newline.
    """

    def __init__(self, pats, norm: str, first_section: int):
        self.pats = pats
        self.norm = norm
        self.first_section = first_section
        self.clause_rule = "(?m)" + pats.expand("${clause_start}", "clause starts")
        self.open_clause = pats.compile("(?m)${clause_start}${open}", "a clause that only opens")
        self.clause_break = pats.compile("\n|${clause_break}", "clause breaks")
        self.clause_break_before = pats.compile("(?r)\n|${clause_break}", "clause breaks, searched backwards")
        self._lines: dict[tuple[str, int | None], list[tuple[int, int]]] = {}  # (anchor, stop) -> the lines holding it
        self._anchors: dict[str, _Anchor] = {}

    def anchor(self, name: str) -> _Anchor:
        if name not in self._anchors:
            self._anchors[name] = _Anchor(self.pats, name, self.norm)
        return self._anchors[name]

    def matches(self, rule) -> Iterator[regex.Match]:
        norm, pattern, anchor = self.norm, rule.regex, rule.emit.get("anchor")
        if pattern.pattern.startswith("(?m)^"):
            before = self.first_section if rule.emit.get("where") == "preamble" else None
            if anchor is not None:
                return _tried_at(pattern, norm, self.line_starts_near(anchor, rule.emit.get("anchor_reach", 0), before))
            if before is not None:
                return _tried_at(pattern, norm, self._line_starts_before(before))
        if pattern.pattern.startswith(self.clause_rule):  # every such rule has an anchor (tests/test_responsible_units_rules.py)
            return _tried_at(pattern, norm, self.clause_starts_near(anchor, rule.emit.get("anchor_reach", 1)))
        if anchor is not None:
            return (m for start, end in self.lines(anchor) for m in pattern.finditer(norm, start, end))
        return pattern.finditer(norm)

    def clause_starts_near(self, anchor: str, reach: int = 1) -> list[int]:
        """The starts of the clauses holding a match of the anchor and of the clauses a match
        holding it may start in. A match takes at most one clause break, the comma of an ${open}
        (今年, 2024年以来,): the clause before is tried only when it is nothing else. A rule whose
        lookahead crosses more says so with emit.anchor_reach: the `reach` clauses before are tried.
        The clause starts are looked for around the anchors only (each a search back and one on)."""
        norm, found = self.norm, []
        fragment = self.anchor(anchor)
        after = 0  # a clause start: the search for the next anchor goes on from there
        a = fragment.search(0, len(norm))
        while a:
            near = [self._clause_start(a.start(), after)]
            while len(near) <= reach and near[0] > 0:
                before = self._clause_start(near[0] - 1)
                if reach == 1 and not self.open_clause.fullmatch(norm, before, near[0]):
                    break
                near.insert(0, before)
            found += [s for s in near if not found or s > found[-1]]
            next_break = self.clause_break.search(norm, a.start())
            if next_break is None:
                break
            after = next_break.end()
            a = fragment.search(after, len(norm))
        return found

    def _clause_start(self, pos: int, floor: int = 0) -> int:
        """The start of the clause holding pos: just after the last clause break before it, or
        floor, a clause start known to be at or before it (the search back stops there: one
        long clause is not searched again for every anchor in it)."""
        m = self.clause_break_before.search(self.norm, floor, pos)
        return m.end() if m else floor

    def _line_starts_before(self, end: int) -> Iterator[int]:
        start = 0
        while start < end:
            yield start
            newline = self.norm.find("\n", start)
            if newline == -1:
                return
            start = newline + 1

    def line_starts_near(self, anchor: str, reach: int, before: int | None) -> list[int]:
        """The starts of the lines holding a match of the anchor and of the `reach` lines above
        them; with `before`, only those before it (and the anchor is looked for only down to
        `reach` lines below the line holding `before`)."""
        norm, stop = self.norm, before
        for _ in range(reach + 1 if before is not None else 0):
            newline = norm.find("\n", stop)  # on to the end of the line `reach` lines below
            if newline == -1:
                stop = None
                break
            stop = newline + 1
        found: list[int] = []
        for start, _ in self.lines(anchor, stop):
            near = [start]
            while len(near) <= reach and near[0] > 0:
                near.insert(0, norm.rfind("\n", 0, near[0] - 1) + 1)
            found += [s for s in near if (before is None or s < before) and (not found or s > found[-1])]
        return found

    def lines(self, anchor: str, stop: int | None = None) -> list[tuple[int, int]]:
        """The spans of the lines (without their newline) that hold a match of the anchor
        (starting before stop, a line start, when given: the anchor never crosses a line)."""
        if (anchor, stop) not in self._lines:
            norm, found = self.norm, []
            fragment = self.anchor(anchor)
            stop_at = len(norm) if stop is None else stop
            a = fragment.search(0, stop_at)
            while a:
                start = norm.rfind("\n", 0, a.start()) + 1
                end = norm.find("\n", a.end())
                end = len(norm) if end == -1 else end
                found.append((start, end))
                a = fragment.search(end, stop_at)
            self._lines[anchor, stop] = found
        return self._lines[anchor, stop]


class _Anchor:
    """The first match of an anchor in norm[pos:endpos] (one anchor's searches go forward).

    An anchor in lists.plain_anchor is searched with Python's re (PatternFile.plain: faster on a
    plain class or word list). An anchor with a fragment <anchor>_first (one character, with
    lookarounds, that every match of the anchor opens with, read by re) is matched with regex only
    where one scan of re finds that character: the leftmost of those where it matches is the match
    a search finds.
    """

    __slots__ = ("norm", "regex", "starts")

    def __init__(self, pats: PatternFile, name: str, norm: str):
        self.norm = norm
        self.starts: list[int] | None = None
        if name + "_first" in pats.spec.fragments:
            self.regex = pats.fragment(name)
            self.starts = [m.start() for m in pats.plain(name + "_first").finditer(norm)]
        elif name in pats.spec.lists.get("plain_anchor", ()):
            self.regex = pats.plain(name)
        else:
            self.regex = pats.fragment(name)

    def search(self, pos: int, endpos: int):
        if self.starts is None:
            return self.regex.search(self.norm, pos, endpos)
        starts, match, norm = self.starts, self.regex.match, self.norm
        for i in range(bisect_left(starts, pos), len(starts)):
            if starts[i] >= endpos:
                break
            m = match(norm, starts[i], endpos)
            if m:
                return m
        return None


def _tried_at(pattern: regex.Pattern, norm: str, starts) -> Iterator[regex.Match]:
    """What finditer finds when only the (ascending) starts can begin a match."""
    resume = 0
    for start in starts:
        if start >= resume:
            m = pattern.match(norm, start)
            if m:
                yield m
                resume = m.end()


def _names(ctx: Context, rule, m) -> list[tuple[str, int, int]]:
    norm = ctx.text.norm
    orgs = finder(ctx.patterns)
    out = []
    for group, (start, end) in _name_groups(m):
        role_word, _, mode = group.partition("_")
        role = role_word if role_word != "names" else _role_from(ctx, rule, m)
        if role is None:
            continue
        if mode == "head":
            spans = orgs.names_at_start(norm, start, end)
        elif mode == "doer":
            spans = orgs.names_at_start(norm, start, end, predicate_at=_predicate_at(ctx))
        elif mode == "tail":
            spans = orgs.names_at_end(norm, start, end)
        elif mode == "all":
            spans = orgs.names_in(norm, start, end, strict=True)
        elif mode == "subject":
            spans = orgs.names_in(norm, start, end, strict=True, subject=True)
        elif mode == "list":
            spans = orgs.names_in(norm, start, end, strict=True, commas=True)
        else:
            spans = orgs.names_in(norm, start, end, strict=False)
        out += [(norm.startswith("(", e) and _noted_role(ctx, e) or role, s, e) for s, e in spans]
    return out


def _predicate_at(ctx: Context):
    """A test whether a predicate (fragments.predicate, the clause-subject rule's) starts at an
    offset: after 由X the word may be one the name finder takes for no boundary (由市场监管局|进行检查,
    由县卫健局|统一组织), and 由X and the clause's subject share one definition of "a verb follows"."""
    predicate, norm = ctx.patterns["responsible_units"].fragment("predicate"), ctx.text.norm
    return lambda pos: predicate.match(norm, pos) is not None


def _opens_note(norm: str, start: int) -> bool:
    """Whether the name at start opens a bracketed note or a label's list: (X、Y…) or 责任单位:X、Y."""
    k = start
    while k > 0 and norm[k - 1] == " ":
        k -= 1
    return k > 0 and norm[k - 1] in "(:"


def _noted_role(ctx: Context, end: int) -> str | None:
    """A role written in brackets right after a listed name: 市卫健委(牵头)."""
    m = _NOTE.match(ctx.text.norm, end)
    return ctx.patterns["responsible_units"].map("cue_role").get(m.group(1)) if m else None


def _is_content(ctx: Context, pos: int) -> bool:
    """Whether the text from pos on is content: content lines are kept without their
    indentation ("　　各县级市(区)教育局…:" is indented in most web copies)."""
    norm = ctx.text.norm
    while pos < len(norm) and norm[pos] == " ":
        pos += 1
    return ctx.outline.is_content(pos)


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _in_title(norm: str, pos: int, title: str) -> bool:
    """Whether pos lies on a line that is the title or a wrapped part of it."""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    end = len(norm) if end == -1 else end
    if end - start > 2 * len(title) + 20:
        return False  # too long to be (part of) the title, even with spaces; keeps long lines linear
    line = _compact(norm[start:end])
    return len(line) >= MIN_TITLE_LINE and line in title


def _table_column(ctx: Context, rule, m, one_cell: dict) -> list[tuple[str, int, int]]:
    """The cells under a header cell, row by row, while the rows keep the same cell count."""
    norm = ctx.text.norm
    role = _role_from(ctx, rule, m)
    line_start = norm.rfind("\n", 0, m.start()) + 1
    header = _cells(norm, line_start)
    # A table copied one cell per line, with | (_OneCellLines) or, the label alone on its line,
    # without (_PlainCellLines): the reader is built once per document and kept in one_cell.
    reader = _OneCellLines if _ONE_CELL_LINE.match(norm, line_start) else None if header else _PlainCellLines
    if reader is not None:
        if role is None:
            return []
        orgs = finder(ctx.patterns)
        if one_cell.get(reader) is None:
            one_cell[reader] = reader(norm, ctx.patterns["responsible_units"], orgs, ctx.patterns["tables"])
        lines = one_cell[reader]
        cells = [c for c in lines.column(line_start) if _is_content(ctx, c[0])]
        marked = _marked_lead(ctx, lines.header_cell(line_start))
        if marked is None:
            return [(role, a, b) for s, e in cells for a, b in orgs.names_in(norm, s, e, strict=False)]
        # the mark ends the name it follows (县农业农村局* 县财政局): the cell is read in pieces
        mark, rest = marked
        rest = rest or role
        out = []
        for s, e in cells:
            while s < e:
                cut = norm.find(mark, s, e)
                piece_end = e if cut == -1 else cut
                names = orgs.names_in(norm, s, piece_end, strict=False)
                out += [("lead" if cut != -1 and i == len(names) - 1 and not norm[b:cut].strip() else rest, a, b)
                        for i, (a, b) in enumerate(names)]
                s = e if cut == -1 else cut + len(mark)
        return out
    column = next((i for i, (s, e) in enumerate(header) if s <= m.start("label") < e), None)
    if role is None or column is None:
        return []
    number_cell = ctx.patterns["tables"].fragment("row_number")
    labelled_cell = ctx.patterns["responsible_units"].fragment("table_labelled_cell")
    out = []
    number = 0  # the last row number read from a row of another width (0: none yet)
    pos = norm.find("\n", m.end())
    while pos != -1:
        row = _cells(norm, pos + 1)
        if len(row) != len(header):
            # a row broken over two lines (a cell holding a line break) has fewer cells; its
            # first line still opens with the row number and the cells up to the break keep their
            # place: read on while the rows open with a growing number, step over the rest of a
            # broken row (a line with | that opens with no number)
            if not row:
                break
            found = _row_number(norm, row, number_cell)
            if found is None and number == 0:
                # a row with no number: broken over lines, or short by the merged cells at its left
                pieces, last = _unnumbered_row(norm, pos + 1, header)
                if pieces is None:
                    break
                if _is_content(ctx, pos + 1):
                    out += [(role, a, b) for s, e in pieces[column]
                            for a, b in finder(ctx.patterns).names_in(norm, s, e)]
                pos = norm.find("\n", last)
                continue
            if found is None:
                pos = norm.find("\n", pos + 1)
                continue
            if found <= number or column >= len(row) - 1:
                break
            number = found
        if _is_content(ctx, pos + 1):
            s, e = _aligned_cell(ctx, header, row, column, number_cell)
            if labelled_cell.search(norm, s, e) is None:  # a cell with labels of its own: labelled reads it
                out += [(role, a, b) for a, b in finder(ctx.patterns).names_in(norm, s, e, strict=False)]
        pos = norm.find("\n", pos + 1)
    return out


def _aligned_cell(ctx: Context, header: list[tuple[int, int]], row: list[tuple[int, int]], column: int,
                  number_cell: regex.Pattern) -> tuple[int, int]:
    """The row's cell under the header's column, aligned by content where the count misleads: a
    row with no number whose filled cells are fewer than the header's, yet as many cells as the
    header only through an extra empty cell at its end ("15.推进… | … | 教育体育局 | 刘福利 | … |
    监督电话… | |" under "类别 | 民生事项名称 | … | 监督电话 |", 莱州 民生事项 2022: the 类别 cell is
    merged into the row above), is short by its left cells: when the cell at the header's place
    is not wholly names and the cell that place takes counted from the right is, that one is read."""
    norm = ctx.text.norm
    short = _filled(norm, header) - _filled(norm, row)
    if short <= 0 or column < short or _row_number(norm, row, number_cell) is not None:
        return row[column]
    orgs = finder(ctx.patterns)
    if orgs.names_in(norm, *row[column]) or not orgs.names_in(norm, *row[column - short]):
        return row[column]
    return row[column - short]


def _filled(norm: str, cells: list[tuple[int, int]]) -> int:
    """The cells of a row up to its last one that is not blank."""
    n = len(cells)
    while n and not norm[slice(*cells[n - 1])].strip():
        n -= 1
    return n


def _marked_lead(ctx: Context, header: str) -> tuple[str, str | None] | None:
    """The lead mark a header cell's note declares (责任部门(加*号为牵头部门,其余为参与部门),
    fragments.marked_lead), with the role it gives the rest (参与 -> support; None: the column's)."""
    if "(" not in header:
        return None
    pats = ctx.patterns["responsible_units"]
    m = pats.fragment("marked_lead").search(_compact(header))
    if m is None:
        return None
    return m.group("mark"), pats.map("cue_role").get(m.group("rest") or "")


def _unnumbered_row(norm: str, line_start: int, header: list[tuple[int, int]]
                    ) -> tuple[list[list[tuple[int, int]]] | None, int]:
    """The cells of a table row that opens with no number and has fewer cells than the header
    (each cell as its pieces, one per line), and the start of the row's last line.

    - A cell holding a line break breaks the row over lines ("… | 市规划局 | 市国土资源局" /
      "市农牧林业局 | 2010年9月20日前 |"): the lines join, the last cell of one line and the first
      of the next being one cell, while they add up to the header's cell count exactly.
    - A row short by the cells merged over several rows at its left (任务内容 "生 态 环 境" written
      once for rows 1-3) ends where the header ends (both with | or both without) and the next
      line does not complete it: its cells keep their place counted from the right.
    Anything else (None): the table ended, or the row cannot be aligned."""
    width = len(header)
    row = _cells(norm, line_start)
    if not row or len(row) >= width:
        return None, line_start
    pieces = [[c] for c in row]
    start, lines = line_start, 1
    while len(pieces) < width:
        nxt = norm.find("\n", start)
        if nxt == -1 or nxt + 1 >= len(norm) or norm[nxt + 1] == "\n":
            break
        end = norm.find("\n", nxt + 1)
        cells = _cells(norm, nxt + 1) or [(nxt + 1, len(norm) if end == -1 else end)]
        if len(pieces) + len(cells) - 1 > width:
            break
        pieces[-1].append(cells[0])
        pieces += [[c] for c in cells[1:]]
        start, lines = nxt + 1, lines + 1
    if len(pieces) == width:
        return pieces, start
    open_end = not norm[slice(*header[-1])].strip()
    if lines == 1 and open_end == (not norm[slice(*row[-1])].strip()):
        return [[] for _ in range(width - len(row))] + [[c] for c in row], line_start
    return None, line_start


def _row_number(norm: str, row: list[tuple[int, int]], number_cell: regex.Pattern) -> int | None:
    """The row number in a table row's first cell ("99 ", fragments.number_cell), None if it holds no number."""
    if not row or number_cell.fullmatch(norm, *row[0]) is None:
        return None
    return int(norm[row[0][0]:row[0][1]])


class _OneCellLines:
    """A table scraped one cell per line ("序号 |", "目标与任务 |", "牵头单位 |", then "1 |", …),
    indexed in one pass over the document: the runs of such lines and, inside them, the blocks
    of short label lines that form a header."""

    line = _ONE_CELL_LINE

    def __init__(self, norm: str, rules: PatternFile, orgs: OrgFinder, shared: PatternFile):
        self.norm = norm
        self.orgs = orgs
        # shared: tables.toml, the table vocabulary both readers use
        self.number_cell = shared.fragment("row_number")  # a row number cell: "1 ", " 12"
        year_cell = rules.fragment("header_year_cell")
        self.group_line = shared.fragment("group_heading")
        self.unit_column = rules.fragment("table_unit_column")
        self.header_note = rules.fragment("table_header_note")
        self.cell_note = shared.fragment("header_note")
        self._uneven: dict[int, list[tuple[int, int]]] = {}  # header block's first line -> its rows
        self._orgs_of: dict[int, list[list[tuple[int, int]]]] = {}  # … -> each row's org cells
        self._columns: dict[int, dict[int, int]] = {}  # … -> its unit columns' lines and places
        self.cells: list[tuple[int, int]] = []   # the cell of each such line
        self.index: dict[int, int] = {}          # line start -> position in cells
        self.run_end: list[int] = []             # one past the last line of the line's run
        self.block: list[tuple[int, int]] = []   # the header block around a header line
        runs: list[list[int]] = []
        previous_end = -2
        for m in self.line.finditer(norm):
            k = len(self.cells)
            if m.start() != previous_end + 1 and not (runs and self.blank_lines_join(previous_end, m.start())):
                runs.append([])
            previous_end = m.end()
            self.index[m.start()] = k
            self.cells.append((m.start(), m.end("cell")))
            runs[-1].append(k)
        runs = self.join_lines(runs)
        for run in runs:
            self.run_end += [run[-1] + 1] * len(run)
        note = self.cell_note
        header = [_is_header_cell(norm, *c, year_cell, note) for c in self.cells]
        k = 0
        while k < len(self.cells):
            last = k
            while header[k] and last + 1 < self.run_end[k] and header[last + 1]:
                last += 1
            self.block += [(k, last)] * (last - k + 1)
            k = last + 1

    def blank_lines_join(self, previous_end: int, start: int) -> bool:
        return False  # with |, a blank line ends the table

    def join_lines(self, runs: list[list[int]]) -> list[list[int]]:
        """The runs of cells, when a cell may take several lines (here: never, each line ends with |)."""
        return runs

    def header_cell(self, label_line: int) -> str:
        """The text of the header cell on label_line (with the lines joined to it)."""
        k = self.index.get(label_line)
        return "" if k is None else self.norm[slice(*self.cells[k])]

    def column(self, label_line: int) -> list[tuple[int, int]]:
        """The cells under the header cell on label_line: each row has as many lines as the
        header and the names are at the label's position. Rows must keep opening with a
        number if the first one does, so the reading stops where the table ends.

        Numbered rows of different line counts (a cell left out, 全年目标任务 of 崇川 民生实事
        2023; an extra line of | alone after the last cell) lose the column at a fixed width:
        then, as in a plain table, a row runs from its number to the next and its cells that
        are wholly lists of names fill the unit columns from the right (_unit_cells)."""
        k = self.index.get(label_line)
        if k is None:
            return []
        first, last = self.block[k]
        width, column, end = last - first + 1, k - first, self.run_end[k]
        numbered = last + 1 < end and self.number_cell.fullmatch(self.norm, *self.cells[last + 1]) is not None
        out = []
        row = last + 1
        # the last row of a numbered table may be cut short (the excerpt ends, or a cell holding
        # a line break ends the run): the cells before the cut keep their place
        while row + (column if numbered else width - 1) < end:
            if numbered and self.number_cell.fullmatch(self.norm, *self.cells[row]) is None:
                break
            out.append(self.cells[row + column])
            row += width
        if not numbered:
            return out
        # the header written again after a page break (绥宁 预期寿命 责任清单 2025: 序号 … 牵头单位
        # 责任单位 between rows 7 and 8) is no row's cells: the uneven reading ends before it
        label = _compact(self.norm[slice(*self.cells[k])])
        rows = self._uneven_rows(first, last, last + 1, end)
        uneven = next(([*rows[:n]] for n, (a, b) in enumerate(rows) if any(
            _compact(self.norm[slice(*self.cells[i])]) == label for i in range(a, b))), rows)
        if len(uneven) <= len(out) or all(b - a == width for a, b in uneven):
            return out  # the rows keep one line count (or the fixed width reads as far)
        return self._unit_cells(first, last, k, self._org_cells(first, rows)[:len(uneven)])

    def _uneven_rows(self, first: int, last: int, row: int, end: int) -> list[tuple[int, int]]:
        """The rows (first line, one past the last) of a table whose rows may differ in line
        count (merged cells written in the first row only, several units of one cell on their
        own lines): a row runs from its number line to the next row's. The next row's number is
        one more (or larger, after a group heading); when that number comes twice before the
        number after it, the later line is the row's (the earlier one is a value cell, 2 万亩):
        the units close a row, so a value line taken for a row start would move them into the
        next row. A row longer than twice the header ends the table; the last row takes at most
        the header's line count.

        A selection of rows from a longer table (one office's rows of a county task table: 6, 52,
        53, 54 …, 怀远 农业农村局 完成情况 2023) keeps the big table's numbers: when the first row is
        not 1, a higher number exactly the header's line count on from a row's start is the next row
        (as segment reads it)."""
        if first in self._uneven:
            return self._uneven[first]
        width = last - first + 1
        rows, start, number = [], row, self._number(row)
        selection = number is not None and number != 1
        nxt, nxt_number = None, number  # the line taken for the next row's start, and its number
        after_group = False
        j = row + 1
        while j < end and j - (start if nxt is None else nxt) <= 2 * width:
            found = self._number(j)
            if found is not None:
                if nxt is not None and (found == nxt_number + 1 or (after_group and found > nxt_number)):
                    rows.append((start, nxt))
                    start, number, nxt = nxt, nxt_number, None
                if nxt is None and (found == number + 1 or (after_group and found > number)
                                    or (selection and j == start + width and found > number)):
                    nxt, nxt_number = j, found
                elif nxt is not None and found == nxt_number:
                    nxt = j
            after_group = self.group_line.match(self.norm, self.cells[j][0]) is not None
            j += 1
        if nxt is not None:
            rows.append((start, nxt))
            start = nxt
        # the last row also ends at a wider gap of blank lines than the table has between its
        # cells (a signature or note after the table: 县人民政府办公室 / 2021年9月16日)
        gap = max((self._gap(i) for i in range(row + 1, start + 1)), default=0)
        stop = start + 1
        while stop < min(j, start + width, end) and self._gap(stop) <= gap:
            stop += 1
        rows.append((start, stop))
        self._uneven[first] = rows
        return rows

    def _gap(self, k: int) -> int:
        """The blank lines between line k and the line before it."""
        return self.norm.count("\n", self.cells[k - 1][1], self.cells[k][0]) - 1

    def _org_cells(self, first: int, rows: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Each row's org cells: the lines after its number that are, as a whole, a list of names."""
        if first not in self._orgs_of:
            self._orgs_of[first] = [[self.cells[i] for i in range(a + 1, b)
                                     if self.orgs.names_in(self.norm, *self.cells[i], strict=True)]
                                    for a, b in rows]
        return self._orgs_of[first]

    def _unit_cells(self, first: int, last: int, k: int, rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """The org cells of the unit column whose label is on line k. The unit columns are the
        header cells that name units (a "(单位)" line joins the cell above); a row's org cells
        fill them from the right, so a lead cell merged into the row above leaves the support
        column read; more cells than columns all go to the first."""
        if first not in self._columns:
            self._columns[first] = {i: place for place, i in enumerate(
                i for i in range(first, last + 1)
                if not self.header_note.fullmatch(self.norm, *self.cells[i])
                and self.unit_column.fullmatch(self._label_of(i)))}
        columns = self._columns[first]
        if k not in columns:
            return []
        place, width = columns[k], len(columns)
        out = []
        for cells in rows:
            surplus = len(cells) - width
            if surplus >= 0:
                out += cells[:surplus + 1] if place == 0 else [cells[surplus + place]]
            elif place + surplus >= 0:
                out.append(cells[place + surplus])
        return out

    def _label_of(self, k: int) -> str:
        """The header cell on line k without spaces and without a closing bracketed note."""
        text = _compact(self.norm[slice(*self.cells[k])])
        cut = self.cell_note.search(text)
        return text[:cut.start()] if cut is not None and cut.start() > 0 else text

    def _past_groups(self, k: int, end: int) -> int:
        """The first line from k on that is not a group heading (at most MAX_GROUP_LINES of them)."""
        j = k
        while j < end and j - k < MAX_GROUP_LINES and self.group_line.match(self.norm, self.cells[j][0]):
            j += 1
        return j

    def _number(self, k: int) -> int | None:
        if k >= len(self.cells) or self.number_cell.fullmatch(self.norm, *self.cells[k]) is None:
            return None
        return int(self.norm[self.cells[k][0]:self.cells[k][1]])


class _PlainCellLines(_OneCellLines):
    """A table scraped one cell per line with no | at all, the cells often apart by blank
    lines (序号, 目标任务, 牵头单位, 任务进度, then 1, …, 区经济信息委、经开区经发局, …). Any
    line could be a cell, so the rows must be numbered 1, 2, 3 … in their first cell: the
    reading stops at the first row that is not the next number.

    Rows of different line counts (merged cells written only in the first row they cover,
    several units of one cell on lines of their own: 略阳 文旅 2019, 嵊泗 乡村振兴 2021) lose the
    column at a fixed width: there a row runs from its number to the next (_uneven_rows), and
    the lines that are whole lists of names fill the unit columns from the right (_unit_cells)."""

    line = _TEXT_LINE

    def blank_lines_join(self, previous_end: int, start: int) -> bool:
        return not self.norm[previous_end:start].strip(" \n|")  # blank lines, or lines of | alone

    def join_lines(self, runs: list[list[int]]) -> list[list[int]]:
        """A run whose cells are set apart by lines of | alone (闵行 2023: "责任部门" / "|" /
        "区农业农村委*、" / "区规划资源局、" / "|") keeps a cell's lines together: the lines
        between two | lines are one cell (a wrapped name, a header note, a list of units). Such a
        run has at least MIN_BAR_LINES | lines, and no fewer than the line breaks inside cells."""
        norm, cells = self.norm, self.cells
        joined: list[list[tuple[int, int]]] = []
        for run in runs:
            gaps = [norm[cells[a][1]:cells[b][0]] for a, b in zip(run, run[1:])]
            bars = sum("|" in g for g in gaps)
            inner = [g.count("\n") == 1 and "|" not in g for g in gaps]
            if bars < MIN_BAR_LINES or bars < sum(inner):
                joined.append([cells[k] for k in run])
                continue
            out = [cells[run[0]]]
            for k, glued in zip(run[1:], inner):
                if glued:
                    out[-1] = (out[-1][0], cells[k][1])
                else:
                    out.append(cells[k])
            joined.append(out)
        if all(len(j) == len(r) for j, r in zip(joined, runs)):
            return runs
        self.cells, self.index, runs = [], {}, []
        for run in joined:
            runs.append(list(range(len(self.cells), len(self.cells) + len(run))))
            for cell in run:
                self.index[cell[0]] = len(self.cells)
                self.cells.append(cell)
        return runs

    def column(self, label_line: int) -> list[tuple[int, int]]:
        k = self.index.get(label_line)
        if k is None:
            return []
        first, last = self.block[k]
        end = self.run_end[k]
        row = self._past_groups(last + 1, end)
        number = self._number(row)
        width = last - first + 1
        if number is None:
            # a merged first cell (the task group) may come before the first row's number
            lead = next((d for d in range(1, width) if row + d < end and self._number(row + d) is not None), None)
            if lead is None:
                return []
            uneven = self._uneven_rows(first, last, row + lead, end)
            return self._unit_cells(first, last, k, self._org_cells(first, uneven))
        # a title or note line just above the header joins its block: the row numbers tell
        # the real width (the next number one row further down)
        if row + width < end and self._number(row + width) != number + 1:
            width = next((d for d in range(2, width) if self._number(row + d) == number + 1), width)
        column = k - (last + 1 - width)
        if column < 0:
            return []
        out = self._even_rows(row, number, width, column, end)
        uneven = self._uneven_rows(first, last, row, end)
        if len(uneven) <= len(out) or all(b - a == width for a, b in uneven):
            return out  # the rows keep one line count (or the fixed width reads as far)
        return self._unit_cells(first, last, k, self._org_cells(first, uneven))

    def _even_rows(self, row: int, number: int, width: int, column: int, end: int) -> list[tuple[int, int]]:
        """The cells at the column's place in rows of the same line count, while the rows are
        numbered on (the reading stops at the first row whose number is not where expected).
        The last row may be cut short where the text ends: the cells before the cut keep their place."""
        out, first = [], row
        while row + column < end:
            if row + width > end and not self._cut_short(first, row, row + column):
                break
            found = self._number(row)
            if found != number:
                # after group headings the numbers may jump on (一、… row 3, 二、…六、 row 68)
                past = self._past_groups(row, end)
                if past == row:
                    break  # the next number is missing: the table ended
                row, found = past, self._number(past)
                if found is None or found < number or row + column >= end:
                    break
            out.append(self.cells[row + column])
            number = found + 1
            row += width
        return out

    def _cut_short(self, first: int, row: int, cell: int) -> bool:
        """Whether the row from line row, shorter than the others where the text ends, was cut
        (its cells up to the one on line cell keep their place): no gap of blank lines in it
        wider than the table's (a wider gap sets apart a signature or note after the table)."""
        gap = max((self._gap(i) for i in range(first + 1, row)), default=0)
        return all(self._gap(i) <= gap for i in range(row, cell + 1))

def _is_header_cell(norm: str, start: int, end: int, year_cell: regex.Pattern, note: regex.Pattern) -> bool:
    """A short label without digits, or a year column's label (2025年, 2025年目标); the label
    may carry a bracketed note (责任部门 / (加*号为牵头部门,其余为参与部门))."""
    text = _compact(norm[start:end])
    cut = note.search(text)
    if cut is not None and cut.start() > 0:
        text = text[:cut.start()]
    if not 0 < len(text) <= MAX_HEADER_CELL:
        return False
    return not any(ch.isdigit() for ch in text) or year_cell.fullmatch(text) is not None


def _cells(norm: str, line_start: int) -> list[tuple[int, int]]:
    line_end = norm.find("\n", line_start)
    line_end = len(norm) if line_end == -1 else line_end
    cells, start = [], line_start
    for m in _CELL.finditer(norm, line_start, line_end):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, line_end))
    return cells if len(cells) > 1 else []


def _name_groups(m) -> list[tuple[str, tuple[int, int]]]:
    names = _NAME_GROUPS.get(m.re)
    if names is None:
        names = _NAME_GROUPS[m.re] = [name for name in m.re.groupindex if name.partition("_")[0] in ROLES]
    return [(name, span) for name in names if (span := m.span(name))[1] > span[0] >= 0]


_NAME_GROUPS: dict[regex.Pattern, list[str]] = {}  # a rule's pattern -> its groups named after a role


def _role_from(ctx: Context, rule, m) -> str | None:
    table = ctx.patterns["responsible_units"].map(rule.emit["role_from"]) if "role_from" in rule.emit else {}
    if not table:
        return rule.emit.get("role")
    key = m.group(rule.emit.get("role_group", "label")).replace(" ", "")  # a wrapped header cell: 牵头责任 单位
    return table.get(key) or _opening_role(table, key)


def _opening_role(table: dict, key: str) -> str | None:
    """The role of a label by the longest word of the table it opens with (maps.label_role:
    主要责任单位 -> 主要责任 -> lead, 协同责任单位 -> 协同 -> support)."""
    opening = max((w for w in table if key.startswith(w)), key=len, default=None)
    return table[opening] if opening is not None else None


def _followed_by(pats, rule, norm: str, end: int) -> bool:
    needed = rule.emit.get("needs_after")
    if not needed:
        return True
    window = norm[end:end + int(rule.emit.get("after_chars", 200))]
    return pats.fragment(needed).search(window) is not None


def _title_assigns(pats, rule, title: str, matched: str) -> bool:
    """Whether the rule takes its match without needs_after because the document's title says
    the notice itself hands out the work (emit.or_title: 关于做好…工作的通知) and the match is of
    the form emit.or_title_line names (an addressee line: 各…, citing no document)."""
    needed, line = rule.emit.get("or_title"), rule.emit.get("or_title_line")
    return (bool(needed and line and title) and pats.fragment(needed).search(title) is not None
            and pats.fragment(line).search(matched) is not None)


def _first_section_start(ctx: Context) -> int:
    first = ctx.outline.sections_start
    return first if first is not None else len(ctx.text.norm)
