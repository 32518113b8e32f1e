"""deadlines: every time limit or due date set for a task (8月底, 年底前, 到2025年, 计划10月完成).

Which time expressions count is decided by `dates.find_deadlines` (shared with the targets
extractor, through `Context.deadlines_in`, which asks once per sentence and parse).
This module only decides, per sentence, whether the text is a report of past work
(`reported`): a document whose title names a summary or report (工作总结, 落实情况 …), or an untitled
page that reads like one (a report opening, 3+ comparisons with last year, 现将…总结…汇报如下), outside
the sections whose titles announce a plan again (下一步工作, 工作计划 …). Words for both live
in patterns/deadlines.toml (maps.report).

Implicit years (8月底) resolve against the document's year (`dates.reference_year`): the plan
year; when the plan names none (a 工作方案 without a year in its title), the year it was issued
(signing date, else 文号). A page that gives none of these skips them: a year found only in the
body may be a past year (2023年度考核排名… on a 2024 report). A top-level part whose heading names
the year next to it has that year (`_year_parts`): the plan part of a summary (二、2023年工作计划 in a
2022 summary) looks ahead to it, and a plan's review of last year (一、2023年亮点工作 in a 2024 plan)
reports it.
"""
from __future__ import annotations

import dataclasses

from .. import dates
from ..models import Deadline
from . import Context, record_kwargs


def _section_titles(sections, out: dict[str, str] | None = None) -> dict[str, str]:
    out = {} if out is None else out
    for s in sections:
        out[s.id] = s.title
        _section_titles(s.children, out)
    return out


def _is_report(ctx: Context) -> bool:
    """A report: the title names one (工作总结, 落实情况 …); or, with no title, the text reads like
    one (Context.reads_like_report: a report opening such as 现将2024年工作总结…汇报如下, 3+ comparisons
    with last year)."""
    title = ctx.title
    if title:
        return bool(ctx.patterns["deadlines"].fragment("report_title").search(title))
    return ctx.reads_like_report


def _plan_sections(ctx: Context) -> set[str]:
    """Ids of sections whose own title announces future work (下一步工作安排, 2023年工作计划)."""
    rx = ctx.patterns["deadlines"].fragment("plan_section_title")
    return {sid for sid, title in _section_titles(ctx.outline.sections).items() if rx.search(title)}


def _in_plan_section(section: str | None, plan_ids: set[str]) -> bool:
    if not section or not plan_ids:
        return False
    parts = section.split(".")
    return any(".".join(parts[:k]) in plan_ids for k in range(1, len(parts) + 1))


def _year_parts(ctx: Context, report: bool) -> dict[str, tuple[Context, bool]]:
    """Top-level sections whose heading names the year next to the document's: id -> (a context whose
    year is that one, whether the part reports). A report's plan part for the next year (二、2023年工作计划
    in a 2022年工作总结及2023年工作计划: its 6月底前 is 2023's), and a plan's review of the year before
    (一、2023年亮点工作 in a 2024 plan: reported, its 年底再开工4个 is 2023's record)."""
    year = ctx.deadline_year
    if year is None:
        return {}
    rules = ctx.patterns["deadlines"]
    plan_rx, review_rx = rules.fragment("plan_section_title"), rules.fragment("review_section_title")
    found: dict[int, list[tuple[str, bool]]] = {}
    for sec in ctx.outline.sections:
        title = ctx.patterns.normalize(sec.title).norm if sec.title else ""
        m = rules.fragment("section_year").search(title)
        if sec.level != 1 or m is None:
            continue
        y = int(m.group("year"))
        if y == year + 1 and report and plan_rx.search(title):
            found.setdefault(y, []).append((sec.id, False))
        elif y == year - 1 and not report and review_rx.search(title):
            found.setdefault(y, []).append((sec.id, True))
    parts: dict[str, tuple[Context, bool]] = {}
    for y, ids in found.items():
        other = dataclasses.replace(ctx, meta=ctx.meta.model_copy(update={"plan_year": y}), _deadlines={})
        parts.update((sid, (other, reviewed)) for sid, reviewed in ids)
    return parts


_FUTURE_RULES = frozenset({"deadlines.future", "deadlines.future_after", "deadlines.future_modal", "deadlines.list"})


def _whole_year_report(ctx: Context, report: bool) -> bool:
    """A report on a whole year (2022年工作总结暨2023年工作计划, not 上半年/一季度/1-11月份…): written at the
    year's end or early the next, so a future-marked January-March date in it is the next year's."""
    title, year, written = ctx.title, ctx.deadline_year, ctx.meta.date
    if written and year is not None and int(written[:4]) == year and int(written[5:7]) <= dates.EARLY_MONTH:
        return False  # written early in the year it reports on (a progress report of 2022-02-15): its March is this March
    return bool(report and title and year is not None
                and not ctx.patterns["deadlines"].fragment("part_year_title").search(title))


def _next_years(ctx: Context, ds: int, de: int, iso: str, rule: str) -> str:
    """iso moved to the next year when it is a future-marked early-year date with no year of its own in a
    whole-year report (预计1月中旬通车 in a 2022 summary: 2023-01-20)."""
    year = ctx.deadline_year
    if rule not in _FUTURE_RULES or int(iso[:4]) != year or int(iso[5:7]) > dates.EARLY_MONTH:
        return iso
    times = [t for t in dates.find_times(ctx.text.norm, ds, de, ctx.patterns) if not t.is_range]
    if len(times) != 1 or not dates.implicit_year(times[0]):
        return iso
    period = dates.resolve_period(times[0], year=year + 1, patterns=ctx.patterns)
    return period.end_iso if period is not None else iso


def extract(ctx: Context) -> list[Deadline]:
    report = _is_report(ctx)
    plan_ids = _plan_sections(ctx) if report else set()
    parts = _year_parts(ctx, report)
    whole_year = _whole_year_report(ctx, report)
    out: list[Deadline] = []
    for s, e in ctx.outline.sentences:
        if not ctx.time_cues.may_hold(s, e):
            continue  # most sentences: no section to look up either
        section = ctx.outline.section_at(s)
        reported = report and not _in_plan_section(section, plan_ids)
        asked = ctx
        if parts and section and (part := parts.get(section.split(".")[0])):
            asked, reviewed = part
            reported = reported or reviewed
        for ds, de, iso, rule in asked.deadlines_in(s, e, reported):
            if reported and whole_year and asked is ctx:
                iso = _next_years(ctx, ds, de, iso, rule)
            out.append(Deadline(date=iso, **record_kwargs(ctx, ds, de, rule)))
    return out
