"""responsible_units: organizations the text makes the lead, supporter or doer of a task.

The rules in patterns/responsible_units.toml find a cue (责任单位:, (X牵头), 由X负责, 依托X,
指导X…, a clause whose subject is an organization) and mark the window where the names are;
the named group says the role and how to read the window (see the file's header). orgs.py
finds the names inside the window with jieba, so it is only built when some cue matched.

One record per name and section: when several cues name the same organization in the same
section, the rule with the higher priority gives the role.
"""
from __future__ import annotations

import regex

from ..models import ResponsibleUnit
from ..orgs import finder
from . import Context, record_kwargs

ROLES = ("lead", "support", "responsible", "names")
_PUNCT = regex.compile(r"[\s\p{P}]+")
_CELL = regex.compile(r"[|]")  # tabs are spaces after normalization
_NOTE = regex.compile(r"\((\p{Han}{2,4})\)")
_SPACE = regex.compile(r"\s+")
_NUMBER_CELL = regex.compile(r"[ ]*[0-9]+[ ]*")
MAX_HEADER_CELL = 12   # header cells are short labels (序号, 目标与任务, 牵头责任单位)
MIN_TITLE_LINE = 6     # a shorter line may match a title by chance
MAX_TABLE_LINES = 5000  # one-cell-per-line tables: lines read around a header cell


def extract(ctx: Context) -> list[ResponsibleUnit]:
    pats = ctx.patterns["responsible_units"]
    norm = ctx.text.norm
    first_section = _first_section_start(ctx)
    title = _compact(ctx.meta.title or "")
    found: dict[tuple[str | None, str], tuple[int, int, ResponsibleUnit]] = {}
    for order, rule in enumerate(pats.rules):
        where = rule.emit.get("where")
        for m in rule.regex.finditer(norm):
            if not ctx.outline.is_content(m.start()):
                continue
            in_preamble = m.start() < first_section
            if (where == "preamble" and not in_preamble) or (where == "body" and in_preamble):
                continue
            if title and _in_title(norm, m.start(), title):
                continue  # a title line states no task (海南州全面推进…实施方案)
            if not _followed_by(pats, rule, norm, m.end()):
                continue
            hits = _table_column(ctx, rule, m) if rule.emit.get("table") else _names(ctx, rule, m)
            for role, start, end in hits:
                rec = ResponsibleUnit(name=ctx.text.source[start:end], role=role,
                                      **record_kwargs(ctx, start, end, rule.id))
                key = (rec.section, _PUNCT.sub("", rec.name))
                rank = (rule.priority, -order)
                if key not in found or rank > found[key][:2]:
                    found[key] = (*rank, rec)
    return sorted((rec for *_, rec in found.values()), key=lambda r: r.span)


def _names(ctx: Context, rule, m) -> list[tuple[str, int, int]]:
    norm = ctx.text.norm
    orgs = finder(ctx.patterns)
    out = []
    for group, (start, end) in _name_groups(m):
        role_word, _, mode = group.partition("_")
        role = role_word if role_word != "names" else _role_from(ctx, rule, m)
        if role is None:
            continue
        if mode in ("head", "doer"):
            spans = orgs.names_at_start(norm, start, end, verb_after=mode == "doer")
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
        out += [(_noted_role(ctx, e) or role, s, e) for s, e in spans]
    return out


def _noted_role(ctx: Context, end: int) -> str | None:
    """A role written in brackets right after a listed name: 市卫健委(牵头)."""
    m = _NOTE.match(ctx.text.norm, end)
    return ctx.patterns["responsible_units"].map("cue_role").get(m.group(1)) if m else None


def _compact(text: str) -> str:
    return _SPACE.sub("", text)


def _in_title(norm: str, pos: int, title: str) -> bool:
    """Whether pos lies on a line that is the title or a wrapped part of it."""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    line = _compact(norm[start:len(norm) if end == -1 else end])
    return len(line) >= MIN_TITLE_LINE and line in title


def _table_column(ctx: Context, rule, m) -> list[tuple[str, int, int]]:
    """The cells under a header cell, row by row, while the rows keep the same cell count."""
    norm = ctx.text.norm
    role = _role_from(ctx, rule, m)
    line_start = norm.rfind("\n", 0, m.start()) + 1
    header = _cells(norm, line_start)
    if len(header) == 2 and header[1][0] == header[1][1]:
        return [(role, s, e) for s, e in _one_cell_per_line_column(ctx, line_start)] if role else []
    column = next((i for i, (s, e) in enumerate(header) if s <= m.start("label") < e), None)
    if role is None or column is None:
        return []
    out = []
    pos = norm.find("\n", m.end())
    while pos != -1:
        row = _cells(norm, pos + 1)
        if len(row) != len(header):
            break
        if ctx.outline.is_content(pos + 1):
            s, e = row[column]
            out += [(role, a, b) for a, b in finder(ctx.patterns).names_in(norm, s, e, strict=False)]
        pos = norm.find("\n", pos + 1)
    return out


def _one_cell_per_line_column(ctx: Context, label_line: int) -> list[tuple[int, int]]:
    """A table scraped one cell per line ("序号 |", "目标与任务 |", "牵头单位 |", then "1 |", …):
    the header is the run of short label lines around the label; each row has as many lines
    and the names are on the line at the label's position. Rows must keep opening with a
    number if the first one does, so the reading stops where the table ends."""
    norm = ctx.text.norm
    lines = _single_cell_lines(norm, label_line)
    k = next(i for i, (s, _) in enumerate(lines) if s == label_line)
    first = k
    while first > 0 and _is_header_cell(norm, *lines[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(lines) and _is_header_cell(norm, *lines[last + 1]):
        last += 1
    width, column = last - first + 1, k - first
    rows = lines[last + 1:]
    numbered = bool(rows) and _NUMBER_CELL.fullmatch(norm, *rows[0]) is not None
    out = []
    for r in range(0, len(rows) - width + 1, width):
        row = rows[r:r + width]
        if numbered and _NUMBER_CELL.fullmatch(norm, *row[0]) is None:
            break
        s, e = row[column]
        if ctx.outline.is_content(s):
            out += finder(ctx.patterns).names_in(norm, s, e, strict=False)
    return out


def _single_cell_lines(norm: str, around: int) -> list[tuple[int, int]]:
    """The contiguous lines of the form "cell |" around a position, as the cells' spans."""
    def cell(line_start: int) -> tuple[int, int] | None:
        cells = _cells(norm, line_start)
        return cells[0] if len(cells) == 2 and cells[1][0] == cells[1][1] else None

    before, pos = [], around
    while pos > 0 and len(before) < MAX_TABLE_LINES:
        prev = norm.rfind("\n", 0, pos - 1) + 1
        c = cell(prev)
        if c is None:
            break
        before.append(c)
        pos = prev
    after, pos = [], around
    while pos != -1 and len(after) < MAX_TABLE_LINES:
        c = cell(pos)
        if c is None:
            break
        after.append(c)
        pos = norm.find("\n", pos)
        pos = pos + 1 if pos != -1 else -1
    return before[::-1] + after


def _is_header_cell(norm: str, start: int, end: int) -> bool:
    text = _compact(norm[start:end])
    return 0 < len(text) <= MAX_HEADER_CELL and not any(ch.isdigit() for ch in text)


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
    return [(name, m.span(name)) for name in m.re.groupindex
            if name.partition("_")[0] in ROLES and m.start(name) >= 0 and m.end(name) > m.start(name)]


def _role_from(ctx: Context, rule, m) -> str | None:
    table = ctx.patterns["responsible_units"].map(rule.emit["role_from"]) if "role_from" in rule.emit else {}
    if not table:
        return rule.emit.get("role")
    key = m.group(rule.emit.get("role_group", "label"))
    return table.get(key)


def _followed_by(pats, rule, norm: str, end: int) -> bool:
    needed = rule.emit.get("needs_after")
    if not needed:
        return True
    window = norm[end:end + int(rule.emit.get("after_chars", 200))]
    return pats.fragment(needed).search(window) is not None


def _first_section_start(ctx: Context) -> int:
    sections = ctx.outline.sections
    return sections[0].span[0] if sections else len(ctx.text.norm)
