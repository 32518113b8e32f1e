"""The extractors: one module per output list, each `extract(ctx) -> list[Record]`.

Extractors read only what is upstream of them (the Context) and the shared lower layers
(numbers, dates, segment); they never call each other or change the context (its only
state is a memo of answers that two extractors share). Overlaps
between matches of one extractor go through `resolve_overlaps` (longest, then leftmost).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import import_module
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

from ..dates import (EARLY_MONTH, LATE_MONTH, TimeCues, find_deadlines, find_times, implicit_year, issue_date,
                     plan_period, reference_year, resolve_period)

if TYPE_CHECKING:
    from ..tables import Tables
    from ..models import Meta, Record
    from ..normalize import Text
    from ..patterns import PatternSet
    from ..segment import Outline

# Output key -> module; run in this order.
EXTRACTORS = ("percentages", "targets", "deadlines", "responsible_units")

# An untitled page with this many year-on-year comparisons is a report (Context.reads_like_report).
_REPORT_COMPARISONS = 3

# The rules of a deadline marked as still to come (Context._next_year)
_FUTURE_RULES = frozenset({"deadlines.future", "deadlines.future_after", "deadlines.future_modal", "deadlines.list"})


@dataclass(frozen=True)
class Context:
    text: Text            # .norm (match on it) and .source (spans index it, through text.source_span)
    outline: Outline      # sections, section_at(offset), sentences(), content regions
    meta: Meta            # plan_year resolves implicit years
    patterns: PatternSet  # rule files: patterns[name].rules, .fragment(), .words(), .map()
    _deadlines: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def plan_year(self) -> int | None:
        return self.meta.plan_year

    @cached_property
    def title(self) -> str | None:
        """meta.title normalized as the text is (its pinyin glosses removed too): the title is kept
        as written (２０２３, 總結), while the rules that read it and the lines it is compared with are
        normalized."""
        title = self.meta.title
        return self.patterns.normalize(title).norm if title else title

    @cached_property
    def deadline_year(self) -> int | None:
        """The year implicit deadlines resolve against: the plan year, else the year of issue, else
        the year of the first dated limit in the body (dates.reference_year)."""
        return reference_year(self.meta, self.patterns, self.text.norm)

    @cached_property
    def issued_on(self) -> str | None:
        """When the notice was written (dates.issue_date: its 文号's year, else its date): a limit it
        sets cannot have passed by then."""
        return issue_date(self.meta, self.patterns)

    @cached_property
    def written_late_undated(self) -> bool:
        """A page that names no plan year, written in the year's last quarter (关于开展年度考核工作的通知 of
        2023-12-25): its implicit January-March limits are next year's (dates.find_deadlines, undated_plan)."""
        return self.meta.plan_year is None and self.issued_on is not None and int(self.issued_on[5:7]) >= LATE_MONTH

    @cached_property
    def reads_like_report(self) -> bool:
        """Whether the text itself reads as a report of done work, for a page whose title is missing
        or names no kind: a preamble line opens like one (今年以来, 1-9月, 截至目前: targets.toml
        report_opening), or its first heading names a summary (一、上半年工作总结: report_heading), or
        the text compares with last year at least _REPORT_COMPARISONS times (同比增长14.1%,
        比上年增长6.7%: report_comparison; plans write growth goals without 同比)."""
        rules = self.patterns["targets"]
        first = self.outline.sections_start
        preamble = self.text.norm[:first] if first is not None else self.text.norm
        if rules.fragment("report_opening").search(preamble):
            return True
        heading = self.outline.sections[0] if self.outline.sections else None
        if heading and heading.level == 1 and heading.title and rules.fragment("report_heading").search(
                self.patterns.normalize(heading.title).norm):
            return True
        comparisons = rules.fragment("report_comparison").finditer(self.text.norm)
        return len(list(islice(comparisons, _REPORT_COMPARISONS))) == _REPORT_COMPARISONS

    @cached_property
    def plan_period(self) -> tuple[int, int] | None:
        """The years of the page's own multi-year plan (dates.plan_period): its year labels date stages."""
        return plan_period(self.text.norm, self.patterns)

    @property
    def tables(self) -> Tables:
        """The document's task tables (tables.py, read by segment): which row and cell a position is in, with
        the cell's column role (task, progress, due, lead …)."""
        return self.outline.tables

    @cached_property
    def time_cues(self) -> TimeCues:
        """Which sentences can hold a time expression: most cannot, and then nothing is asked."""
        return TimeCues(self.text.norm, self.patterns)

    @cached_property
    def is_report(self) -> bool:
        """A report, for its deadlines: the title names one (工作总结, 落实情况 …: deadlines.toml report_title);
        or, with no title, the text reads like one (reads_like_report)."""
        title = self.title
        if title:
            return bool(self.patterns["deadlines"].fragment("report_title").search(title))
        return self.reads_like_report

    @cached_property
    def year_parts(self) -> dict[str, tuple[Context, bool]]:
        """Top-level sections whose heading names the year next to the document's: id -> (a context whose
        year is that one, whether the part reports). A report's plan part for the next year (二、2023年工作计划
        in a 2022年工作总结及2023年工作计划: its 6月底前 is 2023's), and a plan's review of the year before
        (一、2023年亮点工作 in a 2024 plan: reported, its 年底再开工4个 is 2023's record)."""
        year = self.deadline_year
        if year is None:
            return {}
        rules = self.patterns["deadlines"]
        plan_rx, review_rx = rules.fragment("plan_section_title"), rules.fragment("review_section_title")
        found: dict[int, list[tuple[str, bool]]] = {}
        for sec in self.outline.sections:
            title = self.patterns.normalize(sec.title).norm if sec.title else ""
            m = rules.fragment("section_year").search(title)
            if sec.level != 1 or m is None:
                continue
            y = int(m.group("year"))
            if y == year + 1 and self.is_report and plan_rx.search(title):
                found.setdefault(y, []).append((sec.id, False))
            elif y == year - 1 and not self.is_report and review_rx.search(title):
                found.setdefault(y, []).append((sec.id, True))
        parts: dict[str, tuple[Context, bool]] = {}
        for y, ids in found.items():
            other = replace(self, meta=self.meta.model_copy(update={"plan_year": y}), _deadlines={})
            parts.update((sid, (other, reviewed)) for sid, reviewed in ids)
        return parts

    @cached_property
    def whole_year_report(self) -> bool:
        """A report on a whole year (2022年工作总结暨2023年工作计划, not 上半年/一季度/1-11月份…): written at the
        year's end or early the next, so a future-marked January-March date in it is the next year's."""
        title, year, written = self.title, self.deadline_year, self.meta.date
        if written and year is not None and int(written[:4]) == year and int(written[5:7]) <= EARLY_MONTH:
            return False  # written early in the year it reports on (a progress report of 2022-02-15): its March is this March
        return bool(self.is_report and title and year is not None
                    and not self.patterns["deadlines"].fragment("part_year_title").search(title))

    def deadlines_in(self, start: int, end: int, reported: bool) -> tuple[tuple[int, int, str, str], ...]:
        """dates.find_deadlines of a sentence, worked out once per parse: the targets and the
        deadlines extractors both ask about every sentence that holds a target. A sentence in a part
        of another year (year_parts) is asked against that year; a reported future January-March date
        of a whole-year report is next year's (_next_year)."""
        if not self.time_cues.may_hold(start, end):
            return ()
        if self.year_parts:
            section = self.outline.section_at(start)
            part = self.year_parts.get(section.split(".")[0]) if section else None
            if part is not None:
                other, reviewed = part
                return other._found(start, end, reported or reviewed, next_year=False)
        return self._found(start, end, reported, next_year=reported and self.whole_year_report)

    def _found(self, start: int, end: int, reported: bool, next_year: bool) -> tuple[tuple[int, int, str, str], ...]:
        key = (start, end, reported)
        found = self._deadlines.get(key)
        if found is None:
            found = tuple(find_deadlines(
                self.text.norm, start, end, self.deadline_year, self.patterns, reported=reported, issued=self.meta.date,
                issued_on=self.issued_on, undated_plan=self.written_late_undated, period=self.plan_period))
            if next_year:
                found = tuple((ds, de, self._next_year(ds, de, iso, rule), rule) for ds, de, iso, rule in found)
            self._deadlines[key] = found
        return found

    def _next_year(self, ds: int, de: int, iso: str, rule: str) -> str:
        """iso moved to the next year when it is a future-marked early-year date with no year of its own in a
        whole-year report (预计1月中旬通车 in a 2022 summary: 2023-01-20)."""
        year = self.deadline_year
        if rule not in _FUTURE_RULES or int(iso[:4]) != year or int(iso[5:7]) > EARLY_MONTH:
            return iso
        times = [t for t in find_times(self.text.norm, ds, de, self.patterns) if not t.is_range]
        if len(times) != 1 or not implicit_year(times[0]):
            return iso
        period = resolve_period(times[0], year=year + 1, patterns=self.patterns)
        return period.end_iso if period is not None else iso


def extractor(name: str) -> Callable[[Context], list[Record]]:
    return import_module(f"{__name__}.{name}").extract


T = TypeVar("T")


def resolve_overlaps(candidates: Iterable[T], span: Callable[[T], tuple[int, int]],
                     priority: Callable[[T], int] = lambda c: 0) -> list[T]:
    """Keep non-overlapping candidates: higher priority, then longer, then leftmost wins.

    Returns the kept ones in document order.
    """
    ranked = sorted(candidates, key=lambda c: (-priority(c), -(span(c)[1] - span(c)[0]), span(c)[0]))
    kept: list[T] = []
    starts: list[int] = []  # kept spans never overlap, so sorted starts give sorted ends too
    ends: list[int] = []
    for cand in ranked:
        s, e = span(cand)
        i = bisect.bisect_left(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append(cand)
    return sorted(kept, key=lambda c: span(c))


def record_kwargs(ctx: Context, start: int, end: int, rule: str) -> dict:
    """The fields every record shares for the norm span [start, end): section (looked up in norm
    positions), the span in the source and the text there."""
    text = ctx.text
    span = text.source_span(start, end)
    return {
        "section": ctx.outline.section_at(start),
        "text": text.source[span[0]:span[1]],
        "span": span,
        "rule": rule,
    }
