"""deadlines: every time limit or due date set for a task (8月底, 年底前, 到2025年, 计划10月完成).

Which time expressions count is decided by `dates.find_deadlines` (shared with the targets
extractor, through `Context.deadlines_in`, which asks once per sentence and parse).
This module only decides, per sentence, whether the text is a report of past work
(`reported`): a report (Context.is_report: its title names a summary or report, 工作总结, 落实情况 …,
or an untitled page reads like one), outside the sections whose titles announce a plan again
(下一步工作, 工作计划 …). Words for both live in patterns/deadlines.toml (maps.report).

Implicit years (8月底) resolve against the document's year (`dates.reference_year`): the plan
year; when the plan names none (a 工作方案 without a year in its title), the year it was issued
(signing date, else 文号). A page that gives none of these skips them: a year found only in the
body may be a past year (2023年度考核排名… on a 2024 report). A top-level part whose heading names
the year next to it has that year, and a whole-year report's future January is the next year's
(Context.deadlines_in, so that a target's deadline agrees with the deadline record).
"""
from __future__ import annotations

from ..models import Deadline
from ..tables import time_cell_dates
from . import Context, record_kwargs


def _section_titles(sections, out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    for s in sections:
        out[s.id] = s.title
        _section_titles(s.children, out)
    return out


def _plan_sections(ctx: Context) -> set[str]:
    """Ids of sections whose own title announces future work (下一步工作安排, 2023年工作计划)."""
    rx = ctx.patterns["deadlines"].fragment("plan_section_title")
    return {sid for sid, title in _section_titles(ctx.outline.sections).items() if rx.search(title)}


def _in_plan_section(section: str | None, plan_ids: set[str]) -> bool:
    if not section or not plan_ids:
        return False
    parts = section.split(".")
    return any(".".join(parts[:k]) in plan_ids for k in range(1, len(parts) + 1))


def extract(ctx: Context) -> list[Deadline]:
    report = ctx.is_report
    plan_ids = _plan_sections(ctx) if report else set()
    out: list[Deadline] = []
    for s, e in ctx.outline.sentences:
        if not ctx.time_cues.may_hold(s, e):
            continue  # most sentences: no section to look up either
        reported = report and not _in_plan_section(ctx.outline.section_at(s), plan_ids)
        for ds, de, iso, rule in ctx.deadlines_in(s, e, reported):
            out.append(Deadline(date=iso, **record_kwargs(ctx, ds, de, rule)))
    if ctx.tables:
        out = _time_cells(ctx, out)
    return out


def _time_cells(ctx: Context, out: list[Deadline]) -> list[Deadline]:
    """A table's time cells (计划完成时间, 完成时限) that hold no deadline yet: the row's due date all the
    same, in a report too (2023年底 in a progress table whose own date is not known), and with no
    limit word (2023年12月, 2023年6月30日: tables.time_cell_dates)."""
    text = ctx.text
    spans = [(text.to_norm(d.span[0]), text.to_norm(d.span[1])) for d in out]
    added = []
    for row in ctx.tables.rows:
        for cell in row.cells:
            if cell.role != "due" or not ctx.outline.is_content(cell.start) \
                    or any(cell.start <= a < cell.end for a, _ in spans):
                continue
            found = [(a, b, iso) for a, b, iso, _ in ctx.deadlines_in(cell.start, cell.end, False)] \
                or time_cell_dates(text.norm, cell, ctx.deadline_year, ctx.patterns)
            added += [Deadline(date=iso, **record_kwargs(ctx, a, b, "deadlines.table_time_cell")) for a, b, iso in found]
    return sorted(out + added, key=lambda d: d.span) if added else out
