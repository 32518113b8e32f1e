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
_NOTE = compiled.compile(r"\((\p{Han}{2,4})\)")
_SPACE = compiled.compile(r"\s+")
MIN_TITLE_LINE = 6     # a shorter line may match a title by chance
_UNITS = TypeAdapter(list[ResponsibleUnit])  # the kept records, validated in one call


def extract(ctx: Context) -> list[ResponsibleUnit]:
    pats = ctx.patterns["responsible_units"]
    norm = ctx.text.norm
    first_section = _first_section_start(ctx)
    title = _compact(ctx.title or "")
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
            hits = _table_column(ctx, rule, m) if rule.emit.get("table") else _names(ctx, rule, m)
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
                rec["name"], rec["role"] = ctx.text.source_kept(start, end), role  # as printed, less a line break
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
    inside = _inside_another({tuple(v[2]["span"]) for v in found.values()})
    found = {k: v for k, v in found.items() if tuple(v[2]["span"]) not in inside}
    speaker = pats.fragment("report_speaker").search(norm)
    if speaker:  # a government report: its own government is the speaker (as 我局), not a unit
        own = regex.compile(rf"(?!各)\p{{Han}}{{0,10}}?{speaker.group('level')}(?:人民)?政府")
        found = {k: v for k, v in found.items() if not own.fullmatch(k[1])}
    return _UNITS.validate_python(sorted((rec for *_, rec in found.values()), key=lambda r: r["span"]))


def _inside_another(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside another one. In order of start, the longer first, a span lies inside
    another when one before it reaches as far: one sort and one pass, where comparing every pair
    grew with the square of a long table's names."""
    inside, reach = set(), -1
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


def _table_cells(ctx: Context, found: dict) -> list[tuple[str, int, int]]:
    """The names in a task table's unit cells (tables.py) where the rules found none and the cell reads
    as a list of units (Tables.unit_list), each with its column's role, read as under a header the
    rules found (_cell_units): a table printed with spaces between its cells (序号 类别 主要任务 细化措施
    牵头单位 参与单位 责任单位), which the header rules do not read, or a last row cut by the excerpt."""
    if not ctx.tables:
        return []
    text = ctx.text
    starts = sorted(text.to_norm(rec["span"][0]) for *_, rec in found.values())
    out = []
    for r in ctx.tables.rows:
        for c in r.cells:
            if c.role not in ("lead", "support", "responsible"):
                continue
            i = bisect_left(starts, c.start)
            if i < len(starts) and starts[i] < c.end:
                continue  # the rules read this cell
            if ctx.tables.unit_list(c):
                out += _cell_units(ctx, c, c.role)
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


def _table_column(ctx: Context, rule, m) -> list[tuple[str, int, int]]:
    """The names in the cells under a header cell: the cells tables.py put in that column of the
    table the header opens (the first table whose rows start after it), each read by _cell_units."""
    role = _role_from(ctx, rule, m)
    tables = ctx.tables
    if role is None or not tables:
        return []
    span = next(((a, b) for a, b in tables.spans if tables.rows[a].number_start >= m.end()), None)
    if span is None:
        return []
    key = tables.bare_label(_compact(m.group()).strip("|"))
    return [hit for row in tables.rows[span[0]:span[1]] for cell in row.cells if tables.bare_label(cell.label) == key
            for hit in _cell_units(ctx, cell, role)]


def _cell_units(ctx: Context, cell, role: str) -> list[tuple[str, int, int]]:
    """The names in a unit cell of tables.py, with `role`, read the one way for a cell under a header
    the rules found (_table_column) and one they left (_table_cells): line by line and loosely (names_in
    strict=False); under a header that marks the lead, the marked name leads (_cell_names); a cell
    with labels of its own (责任单位:…) is left to labelled."""
    norm = ctx.text.norm
    if not _is_content(ctx, cell.start) \
            or ctx.patterns["responsible_units"].fragment("table_labelled_cell").search(norm, cell.start, cell.end):
        return []
    orgs, marked = finder(ctx.patterns), _marked_lead(ctx, cell.label)
    return [hit for s, e in _cell_lines(norm, cell.start, cell.end) for hit in _cell_names(ctx, orgs, role, marked, s, e)]


def _cell_lines(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A cell's lines: a unit cell copied one name a line (文化宣传股 / 文化馆 / 图书馆) is read line by line."""
    while start < end:
        cut = norm.find("\n", start, end)
        cut = end if cut < 0 else cut
        yield start, cut
        start = cut + 1


def _cell_names(ctx: Context, orgs: OrgFinder, role: str, marked, s: int, e: int) -> list[tuple[str, int, int]]:
    """The names of one line of a unit cell, with the header's role, or, under a header that marks
    the lead (_marked_lead), the marked name as the lead and the others with the rest's role."""
    norm = ctx.text.norm
    if marked is None:
        return [(role, a, b) for a, b in orgs.names_in(norm, s, e, strict=False)]
    # the mark ends the name it follows (县农业农村局* 县财政局): the line is read in pieces
    mark, rest = marked
    rest = rest or role
    out = []
    while s < e:
        cut = norm.find(mark, s, e)
        piece_end = e if cut == -1 else cut
        names = orgs.names_in(norm, s, piece_end, strict=False)
        out += [("lead" if cut != -1 and i == len(names) - 1 and not norm[b:cut].strip() else rest, a, b)
                for i, (a, b) in enumerate(names)]
        s = e if cut == -1 else cut + len(mark)
    return out


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
