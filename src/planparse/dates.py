"""Dates: time expressions, the period each one names, and which ones are deadlines.

The grammar (years, months, days, quarters, halves, 旬, 年底/月底, relative words such as
今年/本月, decades) lives in patterns/dates.toml; the cues that make a time expression a
deadline (前/底/内/完成/到/力争/计划 …) and the contexts that rule one out (每, 截至, 以来,
plan names, stage periods) live in patterns/deadlines.toml. This module is the engine.

Public API:
    resolve_period(match, year=None, base=None, patterns=None) -> Period | None
        the period a matched time expression names; `.end_iso` is the deadline date
    find_times(norm, start, end, patterns) -> list[TimeExpr]
        the time expressions (points and ranges) in a region of normalized text
    TimeCues(norm, patterns).may_hold(start, end) -> whether a region can hold one (one scan of
        the text answers for every sentence)
    find_deadlines(norm, start, end, plan_year, patterns, *, reported=False, issued=None)
        -> list[(span start, span end, ISO date, rule id)]: the deadline expressions in [start, end)
    normalize_date(text, year=None, base=None) -> {"start": iso, "end": iso} | None
    reference_year(meta) -> the year implicit dates resolve against

No clock is ever read: implicit years come from the plan year (else the year of issue), relative words
from `base`.
"""
from __future__ import annotations

import bisect
import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from .normalize import normalize
from .patterns import PatternFile, PatternSet, load_patterns

if TYPE_CHECKING:
    from .models import Meta

# Plain records are NamedTuples: a dataclass costs ~1 ms of every cold start to create.

class Period(NamedTuple):
    """An inclusive whole-day span."""

    start: date
    end: date

    @property
    def end_iso(self) -> str:
        return self.end.isoformat()

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


class TimeExpr(NamedTuple):
    """One time expression in normalized text: a point, or a range of two (right may be partial)."""

    start: int
    end: int
    rule: str                                   # dates.point / dates.five_year_plan / dates.decade / dates.range
    groups: dict[str, str | None]
    left: TimeExpr | None = None                # ranges only
    right: TimeExpr | None = None
    bare_left: str | None = None                # 2020至2025年: the "2020", unit taken from the right side

    @property
    def is_range(self) -> bool:
        return self.right is not None

    def has(self, *names: str) -> bool:
        return any(self.groups.get(n) for n in names)


# -- the compiled grammar ---------------------------------------------------------------------

class _Grammar(NamedTuple):
    anchor: regex.Pattern
    point: regex.Pattern
    others: tuple[tuple[str, regex.Pattern, str], ...]  # rule id, regex, a literal every match holds
    range_sep: regex.Pattern
    bare_left: regex.Pattern
    day_only: regex.Pattern
    bare_right_year: regex.Pattern
    day_range: regex.Pattern
    digits: dict[str, int]
    units: dict[str, int]
    maps: dict[str, dict[str, Any]]


@lru_cache(maxsize=16)
def _grammar(pf: PatternFile) -> _Grammar:
    maps = {k: pf.map(k) for k in ("year_rel", "month_rel", "quarter_rel", "half", "year_edge", "quarter_edge",
                                   "month_part", "century_rel", "five_year_plan")}
    return _Grammar(
        anchor=pf.fragment("anchor"),
        point=pf.rule("dates.point").regex,
        others=tuple((r.id, r.regex, r.emit.get("cue", "")) for r in pf.rules if r.id != "dates.point"),
        range_sep=pf.compile("${range_sep}", "fragments.range_sep"),
        bare_left=pf.compile("${bare_left}", "fragments.bare_left"),
        day_only=pf.compile("${range_sep}${day_only}", "fragments.day_only"),
        bare_right_year=pf.compile("${range_sep}(?P<year>[12][0-9]{3})(?![0-9年.])", "fragments.range_sep"),
        day_range=pf.compile("(?P<d1>${day_num})${range_sep}(?P<day>${day_num})${sp}[日号]", "fragments.day_num"),
        digits={k: int(v) for k, v in pf.map("cn_digits").items()},
        units={k: int(v) for k, v in pf.map("cn_units").items()},
        maps=maps,
    )


def _int(text: str | None, g: _Grammar) -> int | None:
    """12 -> 12, 十二 -> 12, 二〇二二 -> 2022 (digit by digit), 两千零四 -> 2004."""
    if not text:
        return None
    text = text.strip()
    if text.isascii():
        return int(text) if text.isdigit() else None
    if len(text) >= 2 and all(ch in g.digits for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + g.digits[ch]
        return value
    return cn_small_number(text, g.digits, g.units)


def cn_small_number(text: str, digits: dict[str, int], units: dict[str, int]) -> int | None:
    """十二 -> 12, 两千零四 -> 2004, 一百零五 -> 105: Chinese digits and units read left to right (a year, a month,
    a day, a heading's number); None for any other character. numbers.parse_number reads far more (万, 亿, fractions,
    多/余) but not the ○/O zeros of a signed year (二○二三年), and values far fewer are needed here."""
    total = current = 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m1: int, m2: int) -> Period:
    return Period(date(y, m1, 1), date(y, m2, _last_day(y, m2)))


def _shift_month(y: int, m: int, offset: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + offset
    return k // 12, k % 12 + 1


# -- resolving one expression -----------------------------------------------------------------

def _resolve_point(gr: dict[str, str | None], rule: str, g: _Grammar, year: int | None,
                   base: date | None) -> Period | None:
    base_year = base.year if base else year
    ref_year = year if year is not None else base_year
    maps = g.maps
    if rule == "dates.five_year_plan":
        last = int(maps["five_year_plan"][gr["fyp"]])
        return Period(date(last - 4, 1, 1), date(last, 12, 31))
    if rule == "dates.decade":
        if gr.get("century_rel"):
            if base_year is None:
                return None
            century = base_year // 100 + int(maps["century_rel"][gr["century_rel"]])  # 2021 -> 20 (the 2000s)
        else:
            n = _int(gr.get("century"), g)
            if n is None:
                return None
            century = n - 1
        decade = _int(gr["decade"], g)
        if decade is None:
            return None
        y0 = century * 100 + decade
        return Period(date(y0, 1, 1), date(y0 + 9, 12, 31))

    # the year(s)
    if gr.get("year"):
        y1 = y2 = _int(gr["year"], g)
    elif gr.get("year_rel"):
        if base_year is None:
            return None
        lo, hi = maps["year_rel"][gr["year_rel"]]
        y1, y2 = base_year + int(lo), base_year + int(hi)
    elif gr.get("month_rel") or gr.get("quarter_rel") or (gr.get("month_part") and not gr.get("month")):
        if base is None:
            return None
        y1 = y2 = base.year
    else:
        if ref_year is None:
            return None
        y1 = y2 = ref_year
    if y1 is None:
        return None

    if gr.get("quarter_rel"):
        q0 = (base.month - 1) // 3 + int(maps["quarter_rel"][gr["quarter_rel"]])
        y, m = _shift_month(base.year, 1, q0 * 3)
        edge = maps["quarter_edge"].get(gr.get("quarter_rel_edge") or "", [1, 3])
        return _month_span(y, m + int(edge[0]) - 1, m + int(edge[1]) - 1)
    if gr.get("quarter") or gr.get("quarter_first"):
        q = _int(gr.get("quarter"), g) or 1
        if not 1 <= q <= 4:
            return None
        edge = maps["quarter_edge"].get(gr.get("quarter_edge") or "", [1, 3])
        return _month_span(y1, 3 * q - 3 + int(edge[0]), 3 * q - 3 + int(edge[1]))
    if gr.get("first_quarters"):
        n = _int(gr.get("fq_n"), g)
        if not n or n > 4:
            return None
        return _month_span(y1, 1, 3 * n)
    if gr.get("half"):
        m1, m2 = maps["half"][gr["half"]]
        return _month_span(y1, int(m1), int(m2))
    if gr.get("fm_n") or gr.get("first_month"):
        n = _int(gr.get("fm_n"), g) or 1
        if n > 12:
            return None
        return _month_span(y1, 1, n)
    if gr.get("month") or gr.get("month_rel") or gr.get("month_part"):
        if not gr.get("month"):  # 本月, 上个月, or a bare 月底/上半月: the base month
            y, m = _shift_month(base.year, base.month, int(maps["month_rel"].get(gr.get("month_rel") or "", 0)))
        else:
            y, m = y1, _int(gr["month"], g)
        if not m or not 1 <= m <= 12:
            return None
        last = _last_day(y, m)
        if gr.get("day"):
            d = _int(gr["day"], g)
            if not d or d > last:
                return None
            return Period(date(y, m, d), date(y, m, d))
        if gr.get("month_part"):
            d1, d2 = maps["month_part"][gr["month_part"]]
            return Period(date(y, m, int(d1)), date(y, m, int(d2) or last))
        return Period(date(y, m, 1), date(y, m, last))
    if gr.get("year_edge"):
        m1, m2 = maps["year_edge"][gr["year_edge"]]
        return Period(date(y1, int(m1), 1), date(y2, int(m2), _last_day(y2, int(m2))))
    return Period(date(y1, 1, 1), date(y2, 12, 31))


def _first_unit(expr: TimeExpr) -> str:
    """The largest unit a point names, for a bare number on its left (2020至2025年: 年)."""
    gr = expr.groups
    if gr.get("year") or gr.get("year_rel"):
        return "year"
    if gr.get("month") or gr.get("month_rel"):
        return "month"
    if gr.get("day"):
        return "day"
    return "year"


def resolve_period(expr: TimeExpr | regex.Match, year: int | None = None, base: date | str | None = None,
                   patterns: PatternSet | None = None) -> Period | None:
    """The whole-day period a time expression names; None when it cannot be resolved.

    `year` is the reference year for implicit years (8月底 in a 2022 plan); `base` the reference
    date for relative words (今年, 本月, 去年); either one serves for both when the other is missing.
    Ranges run from the left side's start to the right side's end; a partial right side takes
    its year (and month) from the left (2017年8月至11月, 2019年4月12-19日).
    """
    g = _grammar((patterns or load_patterns())["dates"])
    if isinstance(base, str):
        base = date.fromisoformat(base)
    if isinstance(expr, regex.Match):
        expr = TimeExpr(expr.start(), expr.end(), "dates.point", expr.groupdict())
    try:
        if not expr.is_range:
            return _resolve_point(expr.groups, expr.rule, g, year, base)
        return _resolve_range(expr, g, year, base)
    except (ValueError, KeyError, TypeError):  # 2月30日, an unknown map key: not a date
        return None


def _resolve_range(expr: TimeExpr, g: _Grammar, year: int | None, base: date | None) -> Period | None:
    right = expr.right
    assert right is not None
    if expr.left is not None:
        left = _resolve_point(expr.left.groups, expr.left.rule, g, year, base)
    else:
        left = None
    if expr.bare_left is not None:
        n = _int(expr.bare_left, g)
        if n is None:
            return None
        unit = _first_unit(right)
        prefix = expr.left.groups if expr.left is not None else {}
        prefix_period = left
        if unit == "year":
            left = Period(date(n, 1, 1), date(n, 12, 31))
        elif unit == "month":
            y = prefix_period.start.year if prefix_period else (year if year is not None else base.year if base else None)
            if y is None:
                return None
            left = _month_span(y, n, n)
        else:
            if prefix_period is None or not prefix.get("month"):
                return None
            left = Period(date(prefix_period.start.year, prefix_period.start.month, n),
                          date(prefix_period.start.year, prefix_period.start.month, n))
    if left is None:
        return None
    gr = dict(right.groups)
    if not (gr.get("year") or gr.get("year_rel") or gr.get("month_rel") or gr.get("quarter_rel")):
        if gr.get("day") and not gr.get("month"):  # 九号到十五号: month from the left
            gr["month"] = str(left.start.month)
        right_period = _resolve_point(gr, right.rule, g, left.start.year, base)
        if (right_period is not None and right_period.end < left.start and gr.get("month")
                and right_period.end.month < left.start.month):
            # 12月11日—2月28日, 2023年11月至3月: a right month before the left one is the next year's
            right_period = _resolve_point(gr, right.rule, g, left.start.year + 1, base)
    else:
        right_period = _resolve_point(gr, right.rule, g, year, base)
    if right_period is None or right_period.end < left.start:
        return None
    return Period(left.start, right_period.end)


# -- finding expressions ----------------------------------------------------------------------

def _bare_left_fits(bare: str, right: TimeExpr, g: _Grammar) -> bool:
    """A bare number left of a point starts a range with it: a 4-digit year before a year
    (2020至2025年), or an earlier month before a month of no named year (1至10月, 1-11月份: a
    reporting period, not "至10月" as a limit)."""
    unit = _first_unit(right)
    if unit == "year":
        return len(bare) == 4
    if unit == "month" and right.groups.get("month") and not right.has("day", "month_part"):
        first, last = _int(bare, g), _int(right.groups["month"], g)
        return first is not None and last is not None and 1 <= first < last
    return False


def _valid_point(gr: dict[str, str | None]) -> bool:
    if not any(v for k, v in gr.items() if k not in ("year_label", "numsep")):
        return False
    edge = gr.get("year_edge")
    # a bare 底/末/初/内 only counts after a year (2023年底), never on its own
    if edge and len(edge) == 1 and not (gr.get("year") or gr.get("year_rel")):
        return False
    return True


@lru_cache(maxsize=16)
def _grammar_of(patterns: PatternSet) -> _Grammar:
    """_grammar of the set's dates file, without looking the file up on every call."""
    return _grammar(patterns["dates"])


class TimeCues:
    """Where the grammar's anchor occurs in a whole text, found in one scan.

    `may_hold(start, end)` is False only when find_times(norm, start, end) would find no anchor
    and so no time expression: no match of the whole-text scan starts in the region or runs into
    it (a scan of the region alone finds a match at p only where the whole-text scan finds one
    at p or one overlapping p). Asking per sentence costs a bisect instead of a regex call.
    """

    def __init__(self, norm: str, patterns: PatternSet):
        spans = [m.span() for m in _grammar_of(patterns).anchor.finditer(norm)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def may_hold(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, start)
        return (i < len(self._starts) and self._starts[i] < end) or (i > 0 and self._ends[i - 1] > start)


def find_times(norm: str, start: int, end: int, patterns: PatternSet) -> list[TimeExpr]:
    """Time expressions in norm[start:end], leftmost-longest, ranges joined."""
    g = _grammar_of(patterns)
    if g.anchor.search(norm, start, end) is None:
        return []  # most sentences hold no time expression: skip the grammar's rules
    found: list[TimeExpr] = []
    for rid, rx, cue in g.others:
        if norm.find(cue, start, end) < 0:
            continue
        for m in rx.finditer(norm, start, end):
            found.append(TimeExpr(m.start(), m.end(), rid, m.groupdict()))
    taken = [(t.start, t.end) for t in found]
    for m in g.point.finditer(norm, start, end):
        if m.end() == m.start():
            continue
        groups = m.groupdict()
        if not _valid_point(groups) or any(m.start() < te and ts < m.end() for ts, te in taken):
            continue
        found.append(TimeExpr(m.start(), m.end(), "dates.point", groups))
    found.sort(key=lambda t: t.start)
    return _join_ranges(norm, found, end, g)


def _full_day(p: TimeExpr) -> bool:
    """Whether p names a day with its year and month (2021年10月1日). Two of these back to back, nothing
    between, are a range whose dash the site dropped: 一、活动时间2021年10月1日2021年10月8日,为期八天
    (2021小学庆国庆迎中秋活动方案, devgold-dl46 guoqing-huodong); a space between is no range (two table cells)."""
    return bool(p.groups.get("year") and p.groups.get("month") and p.groups.get("day"))


def _join_ranges(norm: str, points: list[TimeExpr], end: int, g: _Grammar) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    i = 0
    while i < len(points):
        a = points[i]
        b = points[i + 1] if i + 1 < len(points) else None
        if a.rule == "dates.point":
            # 2023年5月-2024年6月, 2017年8月至11月
            if b is not None and b.rule == "dates.point":
                sep = g.range_sep.fullmatch(norm, a.end, b.start) or (a.end == b.start and _full_day(a) and _full_day(b))
                if sep:
                    out.append(TimeExpr(a.start, b.end, "dates.range", {}, left=a, right=b))
                    i += 2
                    continue
                # 2019年1-五月: a bare number between the two takes its unit from the right
                bare = g.bare_left.fullmatch(norm, a.end, b.start)
                if bare and a.has("year", "year_rel") and not a.has("month", "month_rel"):
                    out.append(TimeExpr(a.start, b.end, "dates.range", {}, left=a, right=b, bare_left=bare.group("bare")))
                    i += 2
                    continue
            # 2019年4月12-19日
            if a.has("month") and not a.has("day", "month_part"):
                dr = g.day_range.match(norm, a.end, end)
                if dr:
                    left = TimeExpr(a.start, dr.start("day"), "dates.point", {**a.groups, "day": dr.group("d1")})
                    right = TimeExpr(dr.start("day"), dr.end(), "dates.point", {"day": dr.group("day")})
                    out.append(TimeExpr(a.start, dr.end(), "dates.range", {}, left=left, right=right))
                    i += 1
                    continue
            # 从2018年12月九号到十五号
            if a.has("day"):
                do = g.day_only.match(norm, a.end, end)
                if do and (b is None or b.start >= do.end()):
                    right = TimeExpr(do.start("day"), do.end(), "dates.point", {"day": do.group("day")})
                    out.append(TimeExpr(a.start, do.end(), "dates.range", {}, left=a, right=right))
                    i += 1
                    continue
            # 2008.03-2009
            by = g.bare_right_year.match(norm, a.end, end)
            if by and (b is None or b.start >= by.end()):
                right = TimeExpr(by.start("year"), by.end(), "dates.point", {"year": by.group("year")})
                out.append(TimeExpr(a.start, by.end(), "dates.range", {}, left=a, right=right))
                i += 1
                continue
        # 2020至2025年, 1至10月: a bare number before a point (a year, or a month of no named year)
        if a.rule == "dates.point" and (not out or out[-1].end <= a.start):
            lo = max(out[-1].end if out else 0, a.start - 12)
            bare = g.bare_left.search(norm, lo, a.start)
            if bare and bare.start() >= lo and _bare_left_fits(bare.group("bare"), a, g):
                out.append(TimeExpr(bare.start(), a.end, "dates.range", {}, right=a, bare_left=bare.group("bare")))
                i += 1
                continue
        out.append(a)
        i += 1
    return out


# -- deadlines --------------------------------------------------------------------------------

class _Cues(NamedTuple):
    limit_after: regex.Pattern
    report_part_title: regex.Pattern
    done_after: regex.Pattern
    future_after: regex.Pattern
    future_modal_after: regex.Pattern
    schedule_after: regex.Pattern
    range_schedule_after: regex.Pattern
    block_after: regex.Pattern
    attributive_after: regex.Pattern
    stage_year_after: regex.Pattern
    plan_period: regex.Pattern
    stage_label: regex.Pattern
    past_after: regex.Pattern
    stage_after: regex.Pattern
    single_stage_after: regex.Pattern
    due_before: regex.Pattern
    lead_before: regex.Pattern
    base_before: regex.Pattern
    base_after: regex.Pattern
    future_before: regex.Pattern
    block_before: regex.Pattern
    in_title: regex.Pattern
    name_before: regex.Pattern
    stage_before: regex.Pattern
    stage_head_before: regex.Pattern
    numbered_stage_head_before: regex.Pattern
    activity_time_before: regex.Pattern
    window_before: regex.Pattern
    campaign_duration_before: regex.Pattern
    range_open_before: regex.Pattern
    stage_name_before: regex.Pattern
    stage_item_before: regex.Pattern
    stage_item_after: regex.Pattern
    sentence_head: regex.Pattern
    stage_subject_head: regex.Pattern
    stage_subject_after: regex.Pattern
    stage_goal_after: regex.Pattern
    report_label_after: regex.Pattern
    forecast_before: regex.Pattern
    forecast_after: regex.Pattern
    directive_before: regex.Pattern
    forecast_period: regex.Pattern
    plan_then_done: regex.Pattern
    period_word: regex.Pattern
    list_joint: regex.Pattern


@lru_cache(maxsize=16)
def _cues(pf: PatternFile) -> _Cues:
    names = [f for f in _Cues._fields if f not in ("period_word", "list_joint")]
    return _Cues(**{n: pf.fragment(n) for n in names}, period_word=pf.rule("deadlines.period").regex,
                 list_joint=pf.rule("deadlines.list").regex)


_LOOKBACK = 12   # characters searched left of a time expression for a cue
LATE_MONTH = 10   # a notice of no plan year written from October on ...
EARLY_MONTH = 3   # ... sets its implicit January-March limits in the next year (请于1月5日前, 2月底前, 一季度)
_STAGE_NAME_LOOKBACK = 32   # 第一阶段:宣传发动,制定方案(…): a stage's name stands between 阶段 and the range
_STAGE_HEAD_LOOKBACK = 8   # 第一阶段。 stands just before the sentence its date opens
_ACTIVITY_LOOKBACK = 24   # 一、活动时间⏎2021年5月-7月。, 活动时间及地点⏎⏎时间:…: the label may close the sentence before
_DIRECTIVE_LOOKBACK = 20   # 请以留坝县人民政府名义,在6月10日前…: who is asked stands between 请 and the time
_CARRY_LOOKBACK = 240   # 截止时间为2020年11月4日,…需在11月6日前: how far back in the paragraph a written year carries
_STAGE_ITEM_REACH = 48   # (二)集中攻坚(: a marker, a stage name of 2-10 characters and the bracket, with room for spaces


def _before(rx: regex.Pattern, norm: str, lo: int, pos: int, lookback: int = _LOOKBACK) -> regex.Match | None:
    """A cue ending exactly at pos (the patterns end in $, and endpos makes $ match at pos)."""
    return rx.search(norm, max(lo, pos - lookback), pos)


def _bare_year(expr: TimeExpr) -> bool:
    """Whether expr names whole years only (2023年, 2020至2025年, “十四五”末), no part of a year."""
    parts = [expr.left, expr.right] if expr.is_range else [expr]
    return expr.rule in ("dates.five_year_plan", "dates.decade") or all(
        p is None or not p.has("month", "month_rel", "day", "month_part", "quarter", "quarter_rel", "quarter_first",
                              "first_quarters", "half", "fm_n", "first_month", "year_edge") for p in parts)


def _part_of_year(expr: TimeExpr) -> bool:
    """Whether expr names a quarter, a half or a run of whole months of a year (三季度, 下半年, 前三季度, 1-5月,
    4-6月): a period a report counts, not a range ending on a day (4月16日至25日 is a limit like 4月25日)."""
    parts = [expr.left, expr.right] if expr.is_range else [expr]
    if expr.is_range and not any(p is not None and p.has("day") for p in parts):
        return True
    return any(p is not None and p.has("quarter", "quarter_rel", "quarter_first", "first_quarters",
                                       "half", "fm_n", "first_month") for p in parts)


def implicit_year(expr: TimeExpr) -> bool:
    """Whether expr names no year of its own (8月底, 1月中旬, 一季度), so the document's year is taken."""
    if expr.rule in ("dates.five_year_plan", "dates.decade"):
        return False  # “十四五”期末 names its own years
    parts = [expr.left, expr.right] if expr.is_range else [expr]
    return not any(p is not None and p.has("year", "year_rel") for p in parts)


def find_deadlines(norm: str, start: int, end: int, plan_year: int | None, patterns: PatternSet, *,
                   reported: bool = False, issued: str | None = None,
                   issued_on: str | None = None, undated_plan: bool = False,
                   period: tuple[int, int] | None = None) -> list[tuple[int, int, str, str]]:
    """Deadline expressions in norm[start:end]: (span start, span end, ISO date, rule id).

    A time expression is a deadline when it carries a limit: a cue after it (前/以前/内, a
    completion verb: 2023年底完成), a cue before it (到2025年, 力争在2025年, 计划10月), a period
    end in itself (8月底, 年底, 上半年, 第三季度), or it dates a stage (推进阶段(2023年5月-2024年6月),
    a campaign's own period: 一、活动时间⏎2021年5月-7月。, 整治时间为2023年10月至12月;
    a sentence-initial "2025年," or "2019年任务:" later than the plan year or within the period a
    multi-year plan names in its title: 三年(2019—2021年)行动方案). The times of a list (、/和/及/与) share the
    limit after its last one (分别于6月10日和8月10日前) and the cue or blocker before its first one
    (到2023年底和2030年; 截至6月底和12月底 is a status for both). Never: recurring (每月5日前), status or
    origin (截至, 以来, 起), plan and document names (《…(2024-2035年)》, 三年行动计划(2023-2025年)),
    year labels (2022年度…工作, 作为2022年…单位), kinds named by a limit (2000年底前建成的小区), or
    periods over before the plan year began (without a plan year: before the year of `issued`).
    `reported` (a summary of past work) keeps only future-marked expressions (计划/预计/力争/争取 …, or
    将/可/能 + an action after the time: 11月底,我局将组织…, 年内均可实现…) and times that end after the
    report's own date `issued` (2023年底 as a task's 计划完成时间 in a progress report of 2023-12-14),
    and not a forecast of what a whole period counts (预计上半年完成投资0.48亿元: forecast_before/_period).
    nor a period's plan followed by what was done (2023年计划投资XX亿元,已完成…: plan_then_done).
    Implicit years (8月底) resolve against plan_year (the caller passes `reference_year(meta)`),
    in a multi-year plan (`period`, the caller's `plan_period(norm)`) against the stage label opening
    their passage (2020年任务:一是4月底前…),
    and are skipped when neither is given (“十四五”期末 names its years). `issued` (ISO date of the document) resolves 今年/明年 when there is no plan year.
    `issued_on` (`issue_date(meta)`: when the notice was written) bounds both: a limit cannot have
    passed when it was set, so in a notice written after its plan year (a 2009 notice on the 2008年度
    plan, a 2018 notice on 2017's annual returns) an implicit date that would fall before it
    (于7月10日前上报, 于1月11日下午前) is in the year of issue; and a dated limit before the plan year
    is history only when it is also before the year of issue (请于2023年11月30日前报送 in a 2023
    notice on 2024 funds). Sentences of a report (`reported`) keep the plan year. `undated_plan`: the
    page names no plan year (plan_year is the year of issue); then, in a notice written in the year's
    last quarter, an implicit January-March limit that would have passed is next year's (请于1月5日前报送
    in a notice of 2023-12-25 is 2024-01-05). A page that names its plan year keeps it (a 2023 plan
    posted in November still means 2023's 3月底前).
    """
    exprs = find_times(norm, start, end, patterns)
    if not exprs:
        return []  # most sentences: nothing more to look up
    cues = _cues(patterns["deadlines"])
    span = period
    label_year = _label_year(norm, start, span, cues)
    base = date.fromisoformat(issued) if issued else None
    out: list[tuple[int, int, str, str]] = []
    titles = [m.span() for m in cues.in_title.finditer(norm, start, end)]
    ref_year = plan_year if plan_year is not None else (base.year if base else None)
    written = date.fromisoformat(issued_on) if issued_on else None

    covered = _report_part_end(norm, plan_year, cues) if reported else None

    def after_report(expr: TimeExpr) -> bool:
        """A report's time that ends after the report's own date (2023年底 as a task's 计划完成时间 in a
        progress report of 2023-12-14), or a day, month or year's end after the part of the year its title
        reports on (年底前全部完成, 4月10日前打完垄 in a 上半年/第一季度 summary): not yet passed when
        written, so no past event. Not a bare year (2023年完成投资X in a summary dated 2023-12-20 reports
        the year); after the covered part not a quarter or half either (二、下半年工作, 预计三季度完成投资X
        name a part of the year or forecast its count)."""
        since = base
        if covered is not None and not _part_of_year(expr) and (since is None or covered > since):
            since = covered
        if since is None or _bare_year(expr):
            return False
        period = resolve_period(expr, year=plan_year, base=None if plan_year is not None else base, patterns=patterns)
        return period is not None and period.end > since

    def due(expr: TimeExpr, staged: bool = False) -> str | None:
        """The ISO end of expr's period when it may be a deadline at all, else None. `staged`: expr dates a
        stage of the plan's own schedule, which is kept even when over before the plan was issued
        (第一阶段(2016年—2018年):编制规划…(已完成) in a 2019 推进方案: the first stage of its timetable)."""
        year = plan_year
        if implicit_year(expr) and label_year is not None:
            year = label_year  # 2020年任务:一是4月底前完成…: the label's year, not the plan's
        if implicit_year(expr) and year is None:
            return None
        if (implicit_year(expr) and year == plan_year and written is not None and written.year != plan_year
                and not reported and _carried_year(norm, expr.start, written, patterns)):
            # 截止时间为2020年11月4日,…需在11月6日前 in a 2020 notice on 2021 funds: the year just written
            year = written.year
        i = bisect.bisect_left(titles, (expr.start,)) - 1
        if i >= 0 and titles[i][0] < expr.start < titles[i][1]:
            return None  # inside 《…》: part of a document's name
        period = resolve_period(expr, year=year, base=None if year is not None else base, patterns=patterns)
        if period is None:
            return None
        if (written is not None and plan_year is not None and written.year > plan_year and not reported
                and period.end < written and implicit_year(expr)):
            # 务必于7月10日前上报 in a 2009 notice on the 2008年度 plan: not yet passed when set
            period = resolve_period(expr, year=written.year, base=None, patterns=patterns) or period
        if (undated_plan and written is not None and not reported and implicit_year(expr) and year == plan_year
                and period.end < written
                and period.end.year == written.year and written.month >= LATE_MONTH
                and period.end.month <= EARLY_MONTH):
            # 请于1月5日前报送 in a notice of 2023-12-25: this year's January is long past, next year's is meant
            period = resolve_period(expr, year=written.year + 1, base=None, patterns=patterns) or period
        if staged:
            return period.end_iso
        if plan_year is not None and period.end.year < plan_year and not (
                written is not None and period.end.year >= written.year):
            return None  # already over when the plan starts (and when the notice was written): history
        if plan_year is None and base is not None and period.end.year < base.year:
            return None  # over before the year the document was issued (至2015年底 in a 2017 plan)
        return period.end_iso

    hits: list[tuple[int, int, str, str] | None] = []
    heads: list[int] = []
    for k, expr in enumerate(exprs):
        # 6月10日和8月10日前, 到2023年底和2030年, 截至6月底、12月底: the times of a list (joined by
        # 、/和/及/与) share what stands before its first one, a cue (到, 力争) or a blocker (截至, 每, 较);
        # the joint itself blocks nothing (与2022年相比 blocks only where no time stands before 与)
        joined = k > 0 and cues.list_joint.fullmatch(norm, exprs[k - 1].end, expr.start)
        heads.append(heads[-1] if joined else expr.start)
        hit = _judge(norm, start, end, expr, ref_year, reported and not after_report(expr), cues, heads[-1], span)
        iso = due(expr, hit[2] == "deadlines.stage") if hit is not None else None
        hits.append((hit[0], hit[1], iso, hit[2]) if iso is not None else None)
    if not reported:
        _roll_schedule_forward(exprs, hits, patterns)
    # 分别于6月25日、12月20日前: a date listed just before a limited one shares its limit (or the stage it
    # dates: 2010年7月和2010年11月为…整治月)
    for k in range(len(exprs) - 2, -1, -1):
        nxt, expr = hits[k + 1], exprs[k]
        if (hits[k] is None and nxt is not None and nxt[3] in ("deadlines.limit", "deadlines.list", "deadlines.stage")
                and not expr.is_range and cues.list_joint.fullmatch(norm, expr.end, exprs[k + 1].start)
                and not _blocked(norm, start, end, expr, cues, heads[k])):
            iso = due(expr)
            if iso is not None:
                hits[k] = (expr.start, expr.end, iso, "deadlines.list")
    return [h for h in hits if h is not None]


def _carried_year(norm: str, pos: int, written: date, patterns: PatternSet) -> bool:
    """Whether the nearest time before pos in its paragraph that names its year and month is a date of the
    year the notice was written, not yet passed when written (截止时间为2020年11月4日,…需在11月6日前, 请于
    2021年5月12日前…,对2021年5月至6月30日前完工项目最迟于7月5日前 in notices written in 2020 and 2021 on the
    next year's funds): a month-day after it without a year continues that year, not the plan year."""
    para = max(norm.rfind("\n", 0, pos) + 1, pos - _CARRY_LOOKBACK)
    for t in reversed(find_times(norm, para, pos, patterns)):
        parts = [t.left, t.right] if t.is_range else [t]
        if not any(p is not None and p.has("year") and p.has("month") for p in parts):
            continue
        period = resolve_period(t, patterns=patterns)
        return period is not None and period.end.year == written.year and period.end >= written
    return False


def _roll_schedule_forward(exprs: list[TimeExpr], hits: list, patterns: PatternSet) -> None:
    """A schedule runs forward: an implicit January-March limit after an October-December one of the same
    year in the sentence is next year's (12月25日前完成遴选,12月31日前报备案,…1月15日前结束慰问 in a
    notice on the coming 春节)."""
    last = None
    for k, hit in enumerate(hits):
        if hit is None:
            continue
        iso = hit[2]
        if (last is not None and implicit_year(exprs[k]) and iso[:4] == last[:4]
                and int(iso[5:7]) <= EARLY_MONTH and int(last[5:7]) >= LATE_MONTH):
            period = resolve_period(exprs[k], year=int(iso[:4]) + 1, base=None, patterns=patterns)
            if period is not None:
                hits[k] = (hit[0], hit[1], period.end_iso, hit[3])
                iso = period.end_iso
        last = iso


def _blocked(norm: str, lo: int, hi: int, expr: TimeExpr, cues: _Cues, head: int) -> bool:
    """Whether a blocker rules expr out whatever follows: 每月5日 (recurring), 截至, 以来, 已. `head`:
    where the list expr belongs to starts (expr.start when it stands alone), whose left side it shares."""
    return bool(_before(cues.block_before, norm, lo, head) or cues.block_after.match(norm, expr.end, hi)
                or cues.past_after.match(norm, expr.end, hi))


def _judge(norm: str, lo: int, hi: int, expr: TimeExpr, ref_year: int | None, reported: bool,
           cues: _Cues, head: int, span: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """(span start, span end, rule id) when expr is a deadline in its context, else None. `head`: the
    start of the list (、/和/及/与) expr is a later member of, else expr.start: a cue before the list's
    first time (到2023年底和2030年) holds for each, and the record of a later one is the time alone
    (rule deadlines.list). `span`: the years of a multi-year plan's own period (plan_period)."""
    s, e = expr.start, expr.end
    # 自9月16日至30日组织…开展: 自/从 opens a range (a period), not an origin; such a range is read only when a
    # scheduled action follows (range_schedule), never by 止/前 (自2020年1月1日起至2020年12月31日止: a count's period)
    # (阶段从2022年1月至2月10日 is no block at all: the stage's own period, read as such below)
    blocked = _before(cues.block_before, norm, lo, head) if expr.is_range else _blocked(norm, lo, hi, expr, cues, head)
    opened = bool(blocked) and expr.is_range and head == s and bool(_before(cues.range_open_before, norm, lo, s))
    if blocked and not opened:
        return None
    lead = _before(cues.lead_before, norm, lo, s)
    s_lead = lead.start() if lead else s
    future = _before(cues.future_before, norm, lo, head)
    listed = head != s  # a later member of a list: a cue before the list is not in its span
    limit = cues.limit_after.match(norm, e, hi)
    if limit and cues.attributive_after.match(norm, limit.end(), hi):
        return None  # 2000年底前建成的小区: names a kind of thing, sets no limit
    if not limit and _before(cues.base_before, norm, lo, head) and cues.base_after.match(norm, e, hi):
        return None  # 在2022年完成447个行政村的基础上: the base already reached, not a limit
    if expr.is_range:
        if _before(cues.name_before, norm, lo, s) and not _before(
                cues.stage_name_before, norm, lo, s, _STAGE_NAME_LOOKBACK):
            return None  # 三年行动计划(2023-2025年), but not 第一阶段:宣传发动,制定方案(…): a stage named 方案
        if reported and not future:
            return None
        if opened:
            sched = cues.range_schedule_after.match(norm, e, hi)
            if sched and expr.right.has("month", "day") and _range_year_fits(expr, ref_year):
                return s, e if sched.group("pause") or sched.group("subject") else sched.end(), "deadlines.range_schedule"
            return None
        if (_stage_named_before(norm, lo, s, cues) or cues.stage_after.match(norm, e, hi)
                or _before(cues.campaign_duration_before, norm, lo, s)
                or _before(cues.stage_head_before, norm, max(0, lo - 3), s) or _stage_item(norm, lo, hi, expr, cues)
                or _activity_time(norm, lo, s, cues) or _before(cues.window_before, norm, lo, s)):
            # (一)组织发动阶段。时间:5月30日—6月4日: the stage heading ends the sentence before (hence lo - 3);
            # 一、活动时间⏎2021年5月-7月。, 整治时间为2023年10月至12月: a campaign's own period, dated like a stage
            # (also 开展为期一个月(9月11日至10月10日)的…专项行动); 企业网上申报时间:11月18日—11月27日: the window to apply in
            return s, e, "deadlines.stage"
        if limit:
            return s_lead, limit.end(), "deadlines.limit"
        sched = cues.range_schedule_after.match(norm, e, hi)
        if sched and expr.right.has("month", "day") and _range_year_fits(expr, ref_year):
            # 4月至5月完成附属工程护岸建设: a month range with the task done in it (no figure: 1-5月完成投资X is a count);
            # a day range alike (3月20日-3月31日,本市开展…宣传行动)
            return s_lead, e if sched.group("pause") or sched.group("subject") else sched.end(), "deadlines.range_schedule"
        return None
    future_after = cues.future_after.match(norm, e, hi)
    done = cues.done_after.match(norm, e, hi)
    tail = limit.end() if limit else done.end() if done else e
    if future:
        if (reported and not limit and cues.forecast_period.search(norm, s, e)
                and _before(cues.forecast_before, norm, lo, s)):
            return None  # 预计上半年完成投资0.48亿元: a report's forecast of what the period counts
        if reported and not limit and _plan_then_done(norm, future, e, hi, cues):
            return None  # 计划2023年投资X,已完成Y: the period's planned amount, the base of what was done
        return (s, tail, "deadlines.list") if listed else (future.start(), tail, "deadlines.future")
    if reported:
        if limit and _before(cues.directive_before, norm, lo, head, _DIRECTIVE_LOOKBACK):
            # 请…在6月10日前报送市创建办: a report's request sets a limit still to come (an inspection bulletin's close)
            return s_lead, limit.end(), "deadlines.limit"
        if future_after and not _plan_then_done(norm, future_after, future_after.end(), hi, cues):
            if _bare_year(expr) and _int_year(expr) == ref_year and cues.forecast_after.match(norm, e, hi):
                return None  # 2019年预计全市接待游客853万人次 in a 2019 summary: the year's count forecast
            return s, future_after.end(), "deadlines.future_after"
        edge = limit.end() if limit else e
        modal = cues.future_modal_after.match(norm, edge, hi)
        if modal and not _bare_year(expr) and not (
                cues.forecast_period.search(norm, s, e) and _before(cues.forecast_before, norm, lo, s)):
            # 11月底,我局将组织…; 年内均可实现…: not yet done when reported (预测上半年将完成投资X: the period's count)
            return s_lead, edge if modal.group("subject") else modal.end(), "deadlines.future_modal"
        return None
    if limit:
        return s_lead, limit.end(), "deadlines.limit"
    due = _before(cues.due_before, norm, lo, head)
    if due:
        return (s, tail, "deadlines.list") if listed else (due.start(), tail, "deadlines.due")
    if expr.groups.get("year_label"):
        return None  # 2022年度…工作: a label
    if (_stage_named_before(norm, lo, s, cues) or _stage_item(norm, lo, hi, expr, cues)
            or _before(cues.numbered_stage_head_before, norm, max(0, lo - _STAGE_HEAD_LOOKBACK), s)):
        return s, e, "deadlines.stage"  # 第一阶段。2 月 20 日,…: the heading ends the sentence before
    if expr.has("day") and expr.has("month") and _activity_time(norm, lo, s, cues):
        return s, e, "deadlines.stage"  # 活动时间及地点⏎时间:2024年1月31日: the day a one-day activity is held
    if expr.has("month") and cues.single_stage_after.match(norm, e, hi):
        return s, e, "deadlines.stage"  # 6月为总结评估阶段: a month that dates a stage
    if cues.period_word.search(norm, s, e):
        if cues.report_label_after.match(norm, e, hi):
            return None  # 前三季度落实情况, 上半年工作总结: names what a report covers
        return s_lead, tail, "deadlines.period"
    if done:
        return s_lead, done.end(), "deadlines.done"
    if future_after:
        return s, future_after.end(), "deadlines.future_after"
    year = _int_year(expr)
    if expr.has("month"):
        # 10月份启动: a month or day of the plan year with a scheduled action
        sched = cues.schedule_after.match(norm, e, hi)
        if sched and (year is None or year == ref_year):
            return s_lead, sched.end(), "deadlines.schedule"
        return None
    if year is None or not _stage_year_fits(year, ref_year, span) or expr.has("year_edge"):
        return None
    stage = cues.stage_year_after.match(norm, e, hi)
    if stage and cues.sentence_head.fullmatch(norm, lo, s):
        # 2025年,全市…: a stage goal of a multi-year plan; 2019年任务:一是… in a 2019—2021 plan
        return s, stage.end("label") if stage.group("label") else e, "deadlines.stage_year"
    if cues.stage_subject_head.fullmatch(norm, lo, s) and cues.stage_subject_after.fullmatch(norm, e, hi):
        return s, e, "deadlines.stage_year"  # 武汉市2017年细颗粒物…下降15%以上。 in a 2014 plan
    if ref_year is not None and year > ref_year and cues.stage_goal_after.match(norm, e, hi):
        return s, e, "deadlines.stage_year"  # …下达的2025年新增1万间 in a 2024 plan
    return None


def _report_part_end(norm: str, year: int | None, cues: _Cues) -> date | None:
    """The last day of the part of the year a report's title names (某局2023年上半年工作总结: 2023-06-30;
    第一季度工作总结: 03-31; 1-10月工作汇报: 10-31), from the head of the page; None for a whole year."""
    if year is None:
        return None
    head = len(norm) if len(norm) <= _HEAD_CHARS else norm.rfind("\n", 0, _HEAD_CHARS + 1)
    m = cues.report_part_title.search(norm, 0, max(head, 0))  # whole lines only: its $ is a line's end
    if m is None:
        return None
    if m.group("half"):
        month = 6
    elif m.group("q3"):
        month = 9
    elif m.group("q"):
        month = 3 * ("一二三".find(m.group("q")) + 1 if m.group("q") in "一二三" else int(m.group("q")))
    else:
        month = int(m.group("m"))
    if not 1 <= month <= 11:
        return None
    return date(year, month + 1, 1) - timedelta(days=1)


def _stage_year_fits(year: int, ref_year: int | None, span: tuple[int, int] | None) -> bool:
    """Whether a sentence-initial year may label a stage: later than the plan year, or any year of the
    plan's own period (its first and current one too: 2022年,全市新建5G基站… in a 2022—2024 plan)."""
    return (ref_year is not None and year > ref_year) or (span is not None and span[0] <= year <= span[1])


_HEAD_CHARS = 400  # a plan's title stands in the first lines of the page (after a 名称: row at most)


def plan_period(norm: str, patterns: PatternSet) -> tuple[int, int] | None:
    """(first, last) year of the page's own multi-year plan, named with its title at the top:
    三年(2019—2021年)行动方案, 三年行动方案(2022—2024年); not another document's (《…(2022—2024年)》).
    A property of the document: the caller works it out once and passes it to find_deadlines."""
    cues = _cues(patterns["deadlines"])
    head = norm[:_HEAD_CHARS]
    titles = [m.span() for m in cues.in_title.finditer(head)]
    for m in cues.plan_period.finditer(head):
        first, last = int(m.group("first")), int(m.group("last"))
        if first < last and not any(a < m.start() < b for a, b in titles):
            return first, last
    return None


def _label_year(norm: str, start: int, span: tuple[int, int] | None, cues: _Cues) -> int | None:
    """The year of a stage label that opens the passage (from the last 。 or line end) the sentence at
    start belongs to, in a multi-year plan: 2020年任务:一是4月底前…;二是10月底前… -> 2020."""
    if span is None:
        return None
    lo = max(norm.rfind("。", 0, start), norm.rfind("\n", 0, start)) + 1
    m = cues.stage_label.match(norm, cues.sentence_head.match(norm, lo).end())
    if m is None:
        return None
    year = int(m.group("year"))
    return year if span[0] <= year <= span[1] else None


def _stage_named_before(norm: str, lo: int, pos: int, cues: _Cues) -> bool:
    """Whether a stage heading dates the time at pos: 推进阶段(…, 第一阶段:…, or 第一阶段:宣传发动,制定方案(…
    (the stage's name between 阶段: and the bracket, hence the longer look back)."""
    return bool(_before(cues.stage_before, norm, lo, pos)
                or _before(cues.stage_name_before, norm, lo, pos, _STAGE_NAME_LOOKBACK))


def _activity_time(norm: str, lo: int, pos: int, cues: _Cues) -> bool:
    """Whether an activity's time label dates the time at pos: 活动时间为…, 一、活动时间⏎…, 活动时间及地点⏎时间:…
    (the label may close the sentence before, hence the look back from before lo)."""
    return bool(_before(cues.activity_time_before, norm, max(0, lo - _ACTIVITY_LOOKBACK), pos, _ACTIVITY_LOOKBACK))


def _stage_item(norm: str, lo: int, hi: int, expr: TimeExpr, cues: _Cues) -> bool:
    """Whether expr is the bracketed time of a numbered item that is only a stage's name and its time:
    (二)集中攻坚(2025年1月11日-2025年10月底)。 (the item starts the sentence, the bracket closes it).
    Such an item is short: in a long sentence the fullmatch is not tried (regex spent time on it in
    proportion to the sentence, every time of a long sentence of dates)."""
    return (expr.start - lo <= _STAGE_ITEM_REACH and bool(cues.stage_item_before.fullmatch(norm, lo, expr.start))
            and bool(cues.stage_item_after.match(norm, expr.end, hi)))


def _range_year_fits(expr: TimeExpr, ref_year: int | None) -> bool:
    """Whether a range's years are the plan year's (or implicit): 4月至5月, 2018年7-8月 in a 2018 plan;
    or it starts in the plan year and runs into the next (2023年12月至2024年2月 in a 2023 plan)."""
    years = [_int_year(p) for p in (expr.left, expr.right) if p is not None]
    if all(y is None or y == ref_year for y in years):
        return True
    left = _int_year(expr.left) if expr.left is not None else None
    right = _int_year(expr.right) if expr.right is not None else None
    return ref_year is not None and left in (None, ref_year) and right == ref_year + 1


def _plan_then_done(norm: str, marker: regex.Match, pos: int, hi: int, cues: _Cues) -> bool:
    """In a report, 计划 + an amount followed by what was done (2023年计划投资XX亿元,已完成投资XX亿元;
    今年计划实施…**公里,实际完成…) states the period's plan, the base of a completion rate: no limit."""
    return "计划" in marker.group() and bool(cues.plan_then_done.match(norm, pos, hi))


def _int_year(expr: TimeExpr) -> int | None:
    y = expr.groups.get("year")
    return int(y) if y and y.isdigit() else None


def reference_year(meta: Meta, patterns: PatternSet | None = None, norm: str | None = None) -> int | None:
    """The year implicit dates (8月底, 年底前, 年内) resolve against: the plan year; when the plan
    names none (a 工作方案 without a year in its title, a page cut before its title), the year the
    document was issued: its signing date's, else its 文号's (国发〔2020〕6号); when the header gives
    none of these and `norm` (the page's normalized text) is given, the year of the first dated limit
    in the body (于2011年5月20日前: deadlines.toml body_year), else the latest year a planned action
    labels (开展2023年度…: body_label_year), else the one bare year the page names (根据…2021年实施…的
    通知: body_year_mention), else the year of the first dated month that is no start,
    as-of date or comparison (2018年1月-9月, 2012年1至11月份: body_dated_month; deadlines only: a
    summary's first dated month may be last year's, 2021年12月,在…布置了7个试点 in a 2022 summary, so
    meta does not read a plan year from it). None when the page gives no such year: then implicit
    dates are skipped (one bare year among others may be a label or a past year)."""
    if meta.plan_year is not None:
        return meta.plan_year
    if meta.date:
        return int(meta.date[:4])
    patterns = patterns or load_patterns()
    if (year := doc_number_year(meta, patterns)) is not None:
        return year
    if norm is None:
        return None
    rules = patterns["deadlines"]
    if (year := body_year(norm, rules)) is not None:
        return year
    m = rules.fragment("body_dated_month").search(_without_site_clock(norm, rules))
    return int(m.group("year")) if m else None


def issue_date(meta: Meta, patterns: PatternSet | None = None) -> str | None:
    """When the document was written, as an ISO date: its 文号's year (陕发改农经函〔2009〕224号 ->
    2009-01-01, the year's first day when no date of that year is printed), else its date (signing,
    else publication). A printed date of another year than the 文号's is a repost's or page's stamp,
    and the 文号 wins."""
    year = doc_number_year(meta, patterns or load_patterns())
    if year is None or (meta.date and int(meta.date[:4]) == year):
        return meta.date
    return f"{year:04d}-01-01"


def doc_number_year(meta: Meta, patterns: PatternSet) -> int | None:
    """The year printed in the document's 文号 (国发〔2020〕6号 -> 2020), if it has one."""
    if not meta.doc_number:
        return None
    doc_number = normalize(meta.doc_number, patterns.char_map()).norm
    m = patterns["meta"].fragment("doc_number_year").search(doc_number)
    return int(m.group("year")) if m else None


def body_year(norm: str, rules: PatternFile) -> int | None:
    """The year a page without a dated header resolves against (rules: deadlines.toml): the first
    dated limit, stage or due summary in the body (body_year), else the latest year a planned action
    labels (body_label_year), else the one year the page names (_only_year). meta reads the same
    year as the plan year of such a page. The site's clock (今天是:2025年12月06日) is no year of the page."""
    norm = _without_site_clock(norm, rules)
    if m := rules.fragment("body_year").search(norm):
        return int(m.group("year"))
    labels = [int(m.group("year")) for m in rules.fragment("body_label_year").finditer(norm)]
    return max(labels) if labels else _only_year(norm, rules)


def _without_site_clock(norm: str, rules: PatternFile) -> str:
    """norm with the site's clock line (今天是:2025年12月06日 星期六: the day the page was fetched) blanked."""
    return rules.fragment("site_clock").sub(lambda m: " " * len(m.group()), norm)


def _only_year(norm: str, rules: PatternFile) -> int | None:
    """The year of a page that names one year, bare (根据县政府关于2021年实施…的通知): not when a year
    with a month names another (a summary's 2021年12月,在…布置了 is last year's), nor when any year
    is a start, as-of date, comparison, past result or horizon (body_other_year: 到2025年)."""
    if rules.fragment("body_other_year").search(norm):
        return None
    bare: set[int] = set()
    dated: set[int] = set()
    for m in rules.fragment("body_year_mention").finditer(norm):
        (dated if m.group("month") else bare).add(int(m.group("year")))
    return next(iter(bare)) if len(bare) == 1 and dated <= bare else None


# -- normalize date (CLI and conformance) -----------------------------------------------------

def normalize_date(text: str, year: int | None = None, base: str | None = None) -> dict | None:
    """{"start": iso, "end": iso} for one date or period expression, or None.

    `year` resolves implicit years (8月底); `base` (ISO date) resolves relative words (今年,
    本月, 去年) and is also the start of "X前" spans (年底前 -> [base, 12-31]) and the end of
    "至今". Neither given: only expressions with an explicit year resolve.
    """
    pats = load_patterns()
    wrap = pats["dates"]
    norm = normalize(text, pats.char_map()).norm.strip()
    base_d = date.fromisoformat(base) if base else None
    exprs = find_times(norm, 0, len(norm), pats)
    if len(exprs) != 1:
        return None
    expr = exprs[0]
    head, tail = norm[:expr.start], norm[expr.end:]
    if not _wrapper(wrap, "prefix").fullmatch(head) or not _wrapper(wrap, "suffix").fullmatch(tail):
        return None
    until_now = _wrapper(wrap, "until_now").fullmatch(tail)
    if until_now:
        if base_d is None:
            return None
        left = resolve_period(expr, year=year, base=base_d, patterns=pats)
        return None if left is None else Period(left.start, base_d).as_dict()
    period = resolve_period(expr, year=year, base=base_d, patterns=pats)
    if period is None:
        return None
    if _wrapper(wrap, "before").fullmatch(tail) and base_d is not None and not expr.is_range:
        return Period(base_d, period.end).as_dict()
    return period.as_dict()


def _wrapper(pf: PatternFile, name: str) -> regex.Pattern:
    return pf.compile("${wrap_" + name + "}", f"fragments.wrap_{name}")
