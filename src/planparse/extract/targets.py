"""targets: numbers tied to an indicator (planned goals and reported results).

Every word, unit, cue and context regex is in patterns/targets.toml; this module is the engine.
It works sentence by sentence (ctx.outline.sentences), and inside a sentence clause by clause:

1. candidates: the rules without `emit.exclude` find number+unit spans (`targets.quantity`,
   `targets.rate_per`, `targets.fraction`, `targets.percent_words`, `targets.unitless`);
   overlaps are resolved longest first.
2. filters: the `targets.not.*` rules mark protected spans (ordinals, short quoted names,
   population-size qualifiers, frequencies, ages, 文号); a candidate whose number starts inside one
   is dropped. Chinese numerals and the units that double as ages/durations/grades (岁, 小时, 级)
   need a lead word right before them.
3. resolve: comparator (prefix/suffix maps; 分别 shares one cue over its list), baseline
   (`targets.from_to`), indicator (subject phrase before the number, or the counted noun after the
   measure word), 分别/均/各 lists that spread one value over several indicators, stance (document
   kind, then section titles, then the nearest cue in the sentence) and the same-sentence deadline.
   A placeholder value (`placeholder_value`: XX亿元, xx.51亿元, *个) gives no record but is a value
   like any other: names stop before it, and a share or change after it borrows its subject.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from operator import attrgetter

import regex
from pydantic import TypeAdapter

from .. import compiled
from ..tables import time_cell_dates
from ..models import Target
from ..numbers import parse_number, parse_range
from . import Context, record_kwargs, resolve_overlaps

# Segment boundaries for indicator phrases: clause punctuation, the list comma, brackets.
_CLAUSE_END = compiled.compile(r"[,;:]")
# segment boundaries, and 。 where a phrase after a number ends; | is a table cell's edge (3 | 出境水…)
_SEGMENT_STOP = compiled.compile(r"[,;:、()。|]")
_LIST_GAP = compiled.compile(r"[ ]*(?:、|和|及|或)[ ]*")
_LIST_GAP_END = compiled.compile(r"(?:、|和|及)[ ]*$")
_NOT_WORDS = compiled.compile(r"[0-9.]+|[^\p{Han}]")
_DIGIT = compiled.compile(r"[0-9]")
_YEAR = compiled.compile(r"(?<![0-9])20[0-9]{2}(?![0-9])")
_NOT_HAN = compiled.compile(r"[^\p{Han}]+")
_LIST_ITEM_MAX = 8  # a listed item longer than this names more than a noun (新增就业1000人、失业人员再就业300人)
_COUNT_CLAUSE = compiled.compile(r"(?P<subj>[^,;:0-9]+?)[0-9]+(?:\.[0-9]+)?(?:人|名|户|例|家|个)$")
_LONG_PREV_STOP = compiled.compile(r"[、|]")
_BRACKET = compiled.compile(r"[()]")
_HAN_START = compiled.compile(r"^[\p{Han}“\"‘A-Za-z]")
_HAN_ANY = compiled.compile(r"\p{Han}")
_HAN2 = compiled.compile(r"\p{Han}{2}")  # a name holds at least two characters of words
_WRAP_END = compiled.compile(r"[\p{Han}”’)》]")  # a line that ends so runs on into the next one (see _join_wrapped)
_MAX_AFTER = 30   # longest counted-noun phrase taken after a measure word
_MAX_BEFORE = 40  # longest subject phrase taken before a number
_MAX_CLAUSE = 200  # backward searches for a clause or segment start stop here (keeps long lines linear)
_FRAME_LEAD = 8  # at most this much before a deadline that frames its sentence (力争到2025年, ——到2025年底)
_GENERIC_LEN = 4  # a subject this short (投资, 占比, 完成率) borrows the previous clause's subject
_STRETCH_GAP = 40  # veto stretches this close are scanned as one (fewer calls, same matches)
_OPENING_QUOTES = {"“": "”", "‘": "’"}  # opening quote -> its closing quote
_RATE_UNITS = ("%", "‰", "‱", "个百分点", "百分点")
_AFTER_TRAIL_ENDS = (" ", "和", "及", "与", "并", "或", "等")  # the last characters of _Rules.after_trail's words
_TARGETS = TypeAdapter(list[Target])  # validating the records in one call costs ~1/3 less than one by one

# Headings that state an outcome reached (report_outcome_heading) that make an untitled page a report.
_OUTCOME_HEADINGS = 2
# An untitled page whose figures are exact and unbounded reports results (see _reads_as_results): plans set
# round figures with 以上/以内 (5万人, 95%以上), reports print what was counted (54972人, 94.08%).
_RESULTS_MIN_FIGURES = 8
_RESULTS_EXACT_SHARE = 0.6  # of the figures with 3+ significant digits
_RESULTS_BOUNDED_SHARE = 0.1  # at most, of the figures with a comparator other than =


@dataclass(slots=True)
class _Cand:
    start: int          # quantity span (sentence-relative), comparator suffix included
    end: int
    num_start: int
    num_end: int
    value: int | float
    unit: str | None
    rule: str
    value_max: int | float | None = None
    comparator: str | None = None
    cmp_from_prefix: bool = False  # the cue was a word before the number (至少建成…), which can govern a list
    baseline: int | float | None = None
    baseline_start: int | None = None  # where 由<baseline>提高到 starts: not part of the indicator
    approx: bool = False


@dataclass(slots=True)
class _Out:
    cand: _Cand
    indicator: str
    start: int
    end: int
    stance: str | None = None  # set when the shape of the phrase decides it (a task base is planned)


class _Anchor:
    """What an `emit.anchor` names: a word list (found with str.find, several times faster than a
    regex alternation of the words), a fragment, or a list of such names, one of which the match
    holds. A fragment and a word list cost less apart than one fragment holding both: a scan for an
    alternation tries every branch at each place where one may start."""

    def __init__(self, pf, name: str | list[str]):
        names = [name] if isinstance(name, str) else name
        self.words = [w for n in names if n in pf.spec.lists for w in pf.words(n)]
        self.regexes = [pf.fragment(n) for n in names if n not in pf.spec.lists]

    def ends(self, norm: str, ranges) -> list[int]:
        """Positions that put each match inside ranges in its stretch, sorted: the first and last
        of a fragment's match (one that holds a barrier, as size_class's bracket may, may hide
        another in the stretch it ends in), where a word starts (no word holds a barrier)."""
        found = []
        for regex_ in self.regexes:
            for start, end in ranges:
                for m in regex_.finditer(norm, start, end):
                    found += (m.start(), m.end() - 1)
        if self.words:
            for start, end in ranges:
                found += _starts(norm, self.words, start, end)
        if self.words or len(self.regexes) > 1:  # one fragment's matches come in order
            found.sort()
        return found


class _Finder:
    """A candidate rule, its anchor, and the numbers of its groups (None: the rule has no such group)."""

    def __init__(self, rule, anchor):
        self.rule, self.anchor = rule, anchor
        index = rule.regex.groupindex
        # 0-based positions in m.groups()
        self.num, self.num2, self.den, self.unit, self.approx, self.scale, self.mult = (
            index[name] - 1 if name in index else None
            for name in ("num", "num2", "den", "unit", "approx", "scale", "mult"))


class _Rules:
    """The compiled pieces of patterns/targets.toml, built once per pattern set."""

    def __init__(self, pf):
        rules = pf.rules
        # A rule with an `emit.anchor` runs only in the stretches holding its anchor.
        self.finders = [_Finder(r, _Anchor(pf, r.emit["anchor"]) if "anchor" in r.emit else None)
                        for r in rules if not r.emit.get("exclude") and r.emit.get("role") != "baseline"]
        excluders = [r for r in rules if r.emit.get("exclude")]
        # A veto without an anchor costs less in one pass over the text than in one per stretch.
        self.vetoes_whole_text = [r for r in excluders if r.emit.get("whole_text") or "anchor" not in r.emit]
        self.vetoes_anchored = [(r, _Anchor(pf, r.emit["anchor"]))
                                for r in excluders if "anchor" in r.emit and not r.emit.get("whole_text")]
        self.stretch_barrier = pf.words("stretch_barrier")
        self.from_to = pf.rule("targets.from_to").regex
        self.from_to_anchor = pf.words(pf.rule("targets.from_to").emit["anchor"])
        self.needs_cue = set(pf.words("unit_needs_cue"))
        self.cmp_before_map = pf.map("comparator_before")
        self.cmp_before_longest_first = sorted(self.cmp_before_map, key=len, reverse=True)
        self.cmp_after_map = pf.map("comparator_after")
        self.cmp_after = compiled.compile("(?:" + pf.spec.fragments["cmp_after"] + ")")
        self.cmp_before = compiled.compile("(?:" + pf.spec.fragments["cmp_before_words"] + r")[^,;:、。0-9]{0,2}$|(?:"
                                        + pf.spec.fragments["cmp_before_chars"] + ")[ ]?$")  # 近 200 人: a PDF's spaced number
        self.needs_cue_lead = pf.fragment("needs_cue_lead")
        self.cn_not_measure = tuple(pf.words("cn_not_measure"))
        self.cn_count_units = frozenset(pf.words("cn_count_units"))
        self.cn_count_end = compiled.compile(pf.spec.fragments["cn_count_end"])
        self.cn_lead = compiled.compile("(?:" + "|".join(
            regex.escape(w) for w in sorted(pf.words("cn_number_lead"), key=len, reverse=True)) + ")[ ]*$")
        # the periods first: 2024年度 is one lead, not 2024年 and a stray 度
        self.lead = compiled.compile(r"^(?:[ “”\"‘’]|" + pf.expand("${indicator_lead_period}", "fragments.indicator_lead_period")
                                  + "|" + pf.expand("${enum_marker}", "fragments.enum_marker") + r"|(?:到|至|在)?(?:20[0-9]{2}|今|明)年(?:底|末)?(?:前)?|"
                                  + pf.expand("${indicator_lead}", "lists.indicator_lead") + "|"
                                  + pf.expand("${indicator_lead_adverb}", "fragments.indicator_lead_adverb") + ")+")
        trail_word = "(?:[ \n]|" + pf.expand("${indicator_trail}", "fragments.indicator_trail") + ")"
        self.trail = compiled.compile(trail_word + "+$")
        # one trail word that ends the text, matched backwards from its end ((?r): a single try): see _trail
        self.trail_end = compiled.compile("(?r)" + trail_word)
        # 等 closing a list of targets (城镇登记失业率控制在2.8%以内等; 平等, 中等, 一等 are words)
        self.after_trail = compiled.compile(r"(?:[ ]|和|及|与|以及|并|或|(?<![平同中一二三高优初相上下对均])等)+$")
        self.title_report = pf.fragment("title_report_cue")
        self.title_plan = pf.fragment("title_plan_cue")
        self.outcome_heading = pf.fragment("report_outcome_heading")
        self.outcome_state = pf.fragment("report_outcome_state")  # what every outcome heading ends in
        self.opening_sentence = pf.fragment("report_opening_sentence")
        self.opening_year_lead = pf.fragment("report_opening_year_lead")
        self.opening_congress = pf.fragment("report_opening_congress")
        self.opening_news = pf.fragment("report_opening_news")
        self.opening_press = pf.fragment("report_opening_press")
        self.opening_past_year = pf.fragment("report_opening_past_year")
        self.part_label = pf.fragment("part_label")
        self.clause_day_date = pf.fragment("clause_day_date")
        self.relative_share = pf.fragment("relative_share")
        self.relative_average = pf.fragment("relative_average")
        self.change_tail = pf.fragment("change_tail")
        self.relative_completion = pf.fragment("relative_completion")
        self.task_base_before = pf.fragment("task_base_before")
        self.task_base_after = pf.fragment("task_base_after")
        self.follow_after = frozenset(pf.words("follow_up_after"))
        self.follow_before = frozenset(pf.words("follow_up_before"))
        self.follow_before_longest_first = sorted(self.follow_before, key=len, reverse=True)
        self.follow_up_base_verb = pf.fragment("follow_up_base_verb")
        self.bare_measure = pf.fragment("bare_measure")
        self.bare_measure_base_lead = pf.fragment("bare_measure_base_lead")
        self.bare_measure_base_tail = pf.fragment("bare_measure_base_tail")
        self.points_units = frozenset(pf.words("points_unit"))
        self.stance_cue = compiled.compile("(?P<planned>" + pf.expand("${stance_planned_cue}", "stance") + ")|(?P<achieved>"
                                        + pf.expand("${stance_achieved_cue}", "stance") + ")")
        self.stance_cue_planned = self.stance_cue.groupindex["planned"]  # by number: cheaper than by name
        self.requirement = pf.fragment("stance_requirement")
        self.requirement_anchor = pf.words("anchor_stance_requirement")
        self.plan_bracket = pf.fragment("stance_plan_bracket")
        self.plan_bracket_anchor = pf.words("anchor_stance_plan_bracket")
        self.condition = pf.fragment("stance_condition")
        self.condition_anchor = pf.words("anchor_stance_condition")
        self.past_year = pf.fragment("past_year")
        self.past_year_anchor = pf.words("anchor_past_year")
        self.plan_intent = pf.fragment("stance_plan_intent_cue")
        self.estimate = pf.fragment("stance_estimate_cue")
        self.ratio_name = pf.fragment("industry_ratio_name")
        self.estimate_anchor = pf.words("anchor_stance_estimate")
        self.estimate_year = pf.fragment("stance_estimate_year_cue")
        self.summary_field = pf.fragment("summary_field")
        self.title_part_year = pf.fragment("title_part_year")
        self.year_total = pf.fragment("stance_year_total_cue")
        self.year_total_anchor = pf.words("anchor_stance_year_total")
        self.obtain = pf.fragment("stance_obtain_cue")
        self.breakdown = pf.fragment("stance_breakdown_opening")
        self.item_sep = compiled.compile(pf.expand("${item_sep}", "item_sep"))
        self.respectively = pf.spec.fragments["respectively"]
        self.shared_rate_tail = pf.fragment("shared_rate_tail")
        self.respectively_comparison = pf.fragment("respectively_comparison")
        self.respectively_change = pf.fragment("respectively_change")
        self.respectively_bare_clause = pf.fragment("respectively_bare_clause")
        self.respectively_after_values = pf.fragment("respectively_after_values")
        self.respectively_base_clause = pf.fragment("respectively_base_clause")
        self.sum_first_term_after = pf.fragment("sum_first_term_after")
        self.breakdown_note = pf.fragment("breakdown_note")
        self.plain_bracket = pf.fragment("plain_bracket")
        self.has_rate_tail = pf.fragment("has_rate_tail")
        self.grade_only = pf.fragment("grade_only")
        self.grade_head = pf.fragment("grade_head")
        self.modifiers = frozenset(pf.words("respectively_modifier"))
        self.modifiers_longest_first = sorted(self.modifiers, key=len, reverse=True)
        self.all_of = pf.fragment("all_of")
        self.each_of = pf.spec.fragments["each_of"]
        self.not_subject_clause = pf.fragment("not_subject_clause")
        self.own_predicate = pf.fragment("own_predicate")
        self.lead_report_verb = pf.fragment("indicator_lead_report_verb")
        self.done_verb = pf.fragment("indicator_done_verb")
        self.causative_verb = pf.fragment("indicator_causative_verb")
        self.split_into = pf.fragment("split_into")
        self.split_verb_end = pf.fragment("split_verb_end")
        self.money_before = pf.fragment("money_before")
        self.money_purpose_verb = pf.fragment("money_purpose_verb")
        self.subject_clause_end = pf.fragment("subject_clause_end")
        self.example_list_end = pf.fragment("example_list_end")
        self.example_list_verb = pf.fragment("example_list_verb")
        self.list_shared_verb = pf.fragment("list_shared_verb")
        self.relative_phrase = pf.fragment("relative_phrase")
        self.method_clause = pf.fragment("method_clause")
        self.from_to_gap = pf.fragment("from_to_gap")
        self.relative_rate = pf.fragment("relative_rate")
        self.task_amount = pf.fragment("task_amount")
        self.task_set_done = pf.fragment("task_set_done")
        self.task_done_after = pf.fragment("task_done_after")
        self.relative_base_verb = pf.fragment("relative_base_verb")
        self.after_goal = pf.fragment("after_goal")
        self.after_follow_up = pf.fragment("after_follow_up")
        self.verb_frame = pf.fragment("verb_frame")
        self.count_then_measure = pf.fragment("count_then_measure")
        self.own_indicator = pf.fragment("own_indicator")
        self.placeholder = pf.fragment("placeholder_value")
        self.placeholder_anchor = pf.words("anchor_placeholder")
        self.subject_list = compiled.compile(r"(?:[^、和与,;:0-9%]{1,6}(?:、|和|与))+[^、和与,;:0-9%]{1,6}$")


@lru_cache(maxsize=4)
def _rules(pf) -> _Rules:
    return _Rules(pf)


def _num(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_ASCII_DIGITS = frozenset("0123456789")


def _is_chinese_only(text: str) -> bool:
    return _ASCII_DIGITS.isdisjoint(text)


def _holds(text: str, anchor: list[str]) -> bool:
    """Whether text holds one of an anchor's words: without one, what it anchors cannot match
    (a str.find costs a fraction of a regex search that finds nothing)."""
    for word in anchor:
        if word in text:
            return True
    return False


# -- candidates ------------------------------------------------------------------------------

_span = attrgetter("num_start", "end")  # what overlaps between candidates are judged on


def _candidates(R: _Rules, norm: str) -> list[_Cand]:
    """Every unprotected number+unit candidate of the document, in order (one pass per rule)."""
    barriers = sorted(_starts(norm, R.stretch_barrier))
    found: list[_Cand] = []
    for f in R.finders:
        if f.anchor is None:
            spans = [(0, len(norm))]
        else:
            spans = _stretches(norm, barriers, f.anchor.ends(norm, [(0, len(norm))]))
        for start, end in spans:
            for m in f.rule.regex.finditer(norm, start, end):
                c = _from_match(f, m)
                if c is not None:
                    found.append(c)
    cands = sorted(found, key=_span)
    if any(a.end > b.num_start for a, b in zip(cands, cands[1:])):  # rare: else every one is kept
        cands = resolve_overlaps(cands, _span)
    protected = sorted(_vetoes(R, norm, barriers, [c.num_start for c in cands]))
    starts = [a for a, _ in protected]
    reach = list(accumulate((b for _, b in protected), max))  # furthest end among spans so far
    kept = []
    for c in cands:
        i = bisect_right(starts, c.num_start) - 1
        if i >= 0 and reach[i] > c.num_start:
            continue
        kept.append(c)
    return kept


def _starts(norm: str, words: list[str], start: int = 0, end: int | None = None) -> list[int]:
    """Where every occurrence of words in norm[start:end] starts, word by word (str.find is
    several times faster than a regex alternation or class of the same words)."""
    end = len(norm) if end is None else end
    found = []
    for word in words:
        i = norm.find(word, start, end)
        while i >= 0:
            found.append(i)
            i = norm.find(word, i + 1, end)
    return found


def _stretches(norm: str, barriers: list[int], positions: list[int]) -> list[list[int]]:
    """The stretches between two barriers (`stretch_barrier`: 。 ;) that hold one of positions
    (sorted), near ones merged. A rule whose matches never hold a barrier finds the same matches
    in a stretch as in the whole text."""
    stretches: list[list[int]] = []
    for pos in positions:
        if stretches and pos < stretches[-1][1]:
            continue
        i = bisect_left(barriers, pos)
        start = barriers[i - 1] + 1 if i else 0
        end = barriers[i] if i < len(barriers) else len(norm)
        if stretches and start <= stretches[-1][1] + _STRETCH_GAP:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return stretches


def _vetoes(R: _Rules, norm: str, barriers: list[int], positions: list[int]) -> list[tuple[int, int]]:
    """Spans of the veto rules that may hold one of positions (sorted).

    No veto match but quoted_label's holds a barrier, so a veto with an `emit.anchor` runs only in
    the stretches that hold both a position (a stretch without a candidate cannot protect one) and
    its anchor. The others run over the whole text.
    """
    spans = [m.span() for r in R.vetoes_whole_text for m in r.regex.finditer(norm)]
    held = _stretches(norm, barriers, positions)
    for rule, anchor in R.vetoes_anchored:
        for start, end in _stretches(norm, barriers, anchor.ends(norm, held)):
            spans.extend(m.span() for m in rule.regex.finditer(norm, start, end))
    return spans


def _shift(c: _Cand, by: int) -> _Cand:
    """c made sentence-relative, in place (a candidate belongs to one sentence)."""
    c.start -= by
    c.end -= by
    c.num_start -= by
    c.num_end -= by
    return c


def _from_match(f: _Finder, m) -> _Cand | None:
    g = m.groups()  # read by number: a group looked up by name costs ~4x as much
    num = g[f.num]
    unit = g[f.unit] if f.unit is not None else None
    den = g[f.den] if f.den is not None else None
    value_max = None
    if den:  # 1/3, 三分之一: a share in percent
        num_v, den_v = parse_number(num), parse_number(den)
        if not num_v or not den_v or num_v >= den_v:
            return None
        value = round(100 * num_v / den_v, 2)
        unit = f.rule.emit["unit"]
    elif f.scale is not None:
        value = parse_number(num)
        unit = f.rule.emit["units"][g[f.scale]]
    elif f.num2 is not None and g[f.num2]:
        # the two numbers without what stands between them: 3万元-5万元 writes its unit on both ends
        rng = parse_range(num + "-" + g[f.num2])
        if rng is None:
            return None
        value, value_max = rng
    elif f.mult is not None and g[f.mult]:  # 13.28、12.31、11.47亿元: a bare list item borrows the last one's 亿
        value = parse_number(num + g[f.mult])
    else:
        value = parse_number(num)
    if value is None:
        return None
    if unit is not None:
        unit = unit.replace(" ", "")
    approx = (f.approx is not None and bool(g[f.approx])) or "余" in num or "多" in num
    whole = f.scale is not None or bool(den)  # 百分之五, 三分之一: the number starts the match
    start = m.start()
    return _Cand(start, m.end(), start if whole else m.start(f.num + 1), m.end(f.num + 1), _num(value), unit or None,
                 f.rule.id, _num(value_max), approx=approx)


# -- the sentence --------------------------------------------------------------------------------

def _mask(plain_brackets: regex.Pattern, sent: str, cands: list[_Cand] = ()) -> str:
    """sent with the brackets that hold no boundary blanked (targets.toml plain_bracket: 执业(助理)医师数,
    县(市、区)), and the thousands separators inside the candidates' numbers (45,000元和22,000元: one clause)."""
    mask = plain_brackets.sub(lambda m: "·" * len(m.group()), sent) if "(" in sent else sent
    for c in cands:
        if "," in mask[c.num_start:c.num_end]:
            mask = mask[:c.num_start] + mask[c.num_start:c.num_end].replace(",", "·") + mask[c.num_end:]
    return mask


class _Sentence:
    """One sentence, its mask, and where the mask has clause and segment boundaries.

    The boundary positions are found once per sentence; every lookup is then a bisect (the
    engine asks for clause and segment starts several times per number).
    """

    def __init__(self, plain_brackets: regex.Pattern, text: str, cands: list[_Cand] = ()):
        self.text = text
        self.mask = mask = _mask(plain_brackets, text, cands)
        self.segment_stops = [m.start() for m in _SEGMENT_STOP.finditer(mask)]
        self.segment_ends = [i for i in self.segment_stops if mask[i] != "。"]
        self.clause_ends = [i for i in self.segment_ends if mask[i] in ",;:|"]
        self.placeholders: list[tuple[int, int]] = []  # placeholder values (XX亿元): set by extract
        self.placeholder_ends: list[int] = []

    def placeholder_before(self, pos: int) -> tuple[int, int] | None:
        """The last placeholder value that ends at or before pos."""
        i = bisect_right(self.placeholder_ends, pos)
        return self.placeholders[i - 1] if i else None

    def placeholder_after(self, pos: int) -> int | None:
        """Where the first placeholder value at or after pos starts."""
        i = bisect_left(self.placeholder_ends, pos + 1)
        while i < len(self.placeholders) and self.placeholders[i][0] < pos:
            i += 1
        return self.placeholders[i][0] if i < len(self.placeholders) else None

    def clause_start(self, pos: int) -> int:
        """Start of the comma clause that holds pos (no further back than _MAX_CLAUSE)."""
        floor = max(0, pos - _MAX_CLAUSE)
        i = bisect_left(self.clause_ends, pos) - 1
        return self.clause_ends[i] + 1 if i >= 0 and self.clause_ends[i] >= floor else floor

    def segment_start(self, pos: int, lo: int) -> int:
        """Start of the segment (between 、 , ; : and brackets) that holds pos, not before lo."""
        lo = max(lo, pos - _MAX_CLAUSE)
        if pos <= lo:
            return pos
        i = bisect_left(self.segment_ends, pos) - 1
        return self.segment_ends[i] + 1 if i >= 0 and self.segment_ends[i] >= lo else lo

    def segment_end(self, pos: int, hi: int) -> int:
        """End of the segment that starts at pos (a boundary or 。), not after hi."""
        if pos >= hi:
            return pos
        i = bisect_left(self.segment_stops, pos)
        return min(self.segment_stops[i], hi) if i < len(self.segment_stops) else hi


def _split_items(sent: str, mask: str, a: int, b: int, seps: str = "、") -> list[str]:
    """The items of sent[a:b] split where mask has a list separator."""
    out, last = [], a
    for m in compiled.compile(seps).finditer(mask[a:b]):
        out.append(sent[last:a + m.start()])
        last = a + m.end()
    out.append(sent[last:b])
    return [x for x in out if x.strip()]


def _accept(R: _Rules, sent: str, c: _Cand, prev: _Cand | None) -> bool:
    before = sent[max(0, c.num_start - 16):c.num_start]  # a cue with the new value's year: 提高到2018年的 (10)
    if c.rule == "targets.quantity" and _is_chinese_only(sent[c.num_start:c.num_end]):
        # 十余场次, 千余份: an approximate count (余/多) is a quantity, not a name, with or without a lead verb.
        if (c.unit or "").startswith(R.cn_not_measure):
            return False
        # 其中小(2)型水库一座, / 解困脱困三户。: a count after its noun, the clause ending on it
        tail = c.unit in R.cn_count_units and c.num_start and _HAN_ANY.match(sent, c.num_start - 1) \
            and R.cn_count_end.match(sent, c.end) is not None
        if not c.approx and not tail and not R.cn_lead.search(before):
            return False
    if c.unit in R.needs_cue and not R.needs_cue_lead.search(before):
        # A second value in a 、/和 list after an accepted one of the same unit inherits its cue.
        return (prev is not None and prev.unit == c.unit
                and _LIST_GAP.fullmatch(sent, prev.end, c.num_start) is not None)
    return True


def _comparators(R: _Rules, S: _Sentence, cands: list[_Cand], clauses: list[int]) -> None:
    sent, mask = S.text, S.mask
    for c in cands:
        m = R.cmp_after.match(sent, c.end)
        if m:
            c.comparator = R.cmp_after_map[m.group().strip()]
            c.end = m.end()
        elif (sent.startswith("(", c.end) and (note := R.breakdown_note.match(sent, c.end))
              and (m := R.cmp_after.match(sent, note.end()))):
            # 22900亩(早稻8500亩、一季稻5500亩…)以上: the cue after the breakdown is the total's
            c.comparator = R.cmp_after_map[m.group().strip()]
        elif c.approx:
            c.comparator = ">="
        else:
            seg = S.segment_start(c.num_start, 0)
            b = R.cmp_before.search(sent[seg:c.num_start])
            if b:
                word = next(w for w in R.cmp_before_longest_first if b.group().startswith(w))
                c.comparator = R.cmp_before_map[word]
                c.cmp_from_prefix = True
        if c.value_max is not None and c.comparator is None:
            c.comparator = ">="
    # 至少建成1个A、1个B: a cue word before the first value also governs the values listed after it.
    for prev, c in zip(cands, cands[1:]):
        if (c.comparator is None and prev.cmp_from_prefix and prev.unit == c.unit
                and _LIST_GAP_END.search(sent[prev.end:c.num_start])
                and not _CLAUSE_END.search(mask[prev.end:c.num_start])):
            c.comparator, c.cmp_from_prefix = prev.comparator, True
    # 分别: one cue (控制在…以内) governs every value of the clause's list.
    if R.respectively in sent:
        by_clause: dict[int, list[_Cand]] = {}
        for c, clause in zip(cands, clauses):
            by_clause.setdefault(clause, []).append(c)
        for cs, group in by_clause.items():
            if len(group) < 2 or R.respectively not in sent[cs:group[0].num_start]:
                continue
            shared = next((c.comparator for c in reversed(group) if c.comparator), None)
            for c in group:
                c.comparator = c.comparator or shared
    for c in cands:
        c.comparator = c.comparator or "="


def _baselines(R: _Rules, sent: str, cands: list[_Cand]) -> list[_Cand]:
    found = list(R.from_to.finditer(sent)) if _holds(sent, R.from_to_anchor) else None
    if not found:
        return cands
    drop = set()
    for m in found:
        # the new value follows the verb, maybe after its own year (提高到2018年的77.0岁: R.from_to_gap)
        new = next((i for i, c in enumerate(cands) if c.num_start >= m.end() and (
            not sent[m.end():c.num_start].strip() or R.from_to_gap.fullmatch(sent, m.end(), c.num_start))), None)
        if new is not None:
            cands[new].baseline = _num(parse_number(m.group("num")))
            cands[new].baseline_start = m.start()
            pair = m.group("num2")  # 由13677户49479人减至887户1472人: each of a pair has its own baseline
            if pair is not None and new + 1 < len(cands) and not sent[cands[new].end:cands[new + 1].num_start].strip(" 、"):
                cands[new + 1].baseline = _num(parse_number(pair))
            drop.update(i for i, c in enumerate(cands) if m.start() <= c.num_start < m.end())
    return [c for i, c in enumerate(cands) if i not in drop]


def _clean_before(R: _Rules, text: str) -> tuple[int, str]:
    """(offset of the kept part, kept part) of a subject phrase: lead and trail words removed."""
    if not text:  # a number right after a boundary: one call in ten on the samples
        return 0, text
    m = R.lead.match(text)
    off = m.end() if m else 0
    if off and text[off - 1] in _OPENING_QUOTES and _OPENING_QUOTES[text[off - 1]] in text[off:]:
        off -= 1  # “江苏省敬老文明号”9家: the name keeps the quote that opens it
    kept = text[off:]
    t = _trail(R, kept, max(0, len(kept) - 12))  # trail words are short; a bounded search is fast
    if t:
        kept = kept[: t.start()]
    if kept.endswith(("至", "到")):
        f = R.verb_frame.match(kept)
        if f:  # 提升签约服务覆盖率至45%: the verb and 至 frame the indicator (the record keeps the verb)
            kept = f.group("name")
    return off, kept


def _trail(R: _Rules, text: str, start: int = 0):
    """R.trail.search(text, start): the trail words that end text. Tried only when one trail word
    ends it (R.trail_end, one backward try at the end, ~0.6 us): most subject phrases end in none,
    and the search tries the trail at every place from start (~2.5 us on the samples)."""
    return R.trail.search(text, start) if R.trail_end.match(text) else None


def _indicators(R: _Rules, S: _Sentence, cands: list[_Cand], clauses: list[int]) -> list[_Out]:
    sent, mask = S.text, S.mask
    outs: list[_Out] = []
    consumed = 0  # end of the previous record's text: a counted noun after it is not our subject
    base = ""  # what the previous record measures, before any share or change was added to it
    rate = ""  # the last change of it (实现零售额14.7亿元,同比增长10.8%: 零售额同比增长)
    in_clause: dict[int, list[_Cand]] = {}  # the values of each clause, for a 分别 list
    follow_noun, follow_at = "", -1  # a counted noun cut before 已+predicate, and where that predicate starts
    pending_share = ""  # the name of the completion ratio right after a task base (see R.task_base_before)
    list_verb = list_name = ""  # the verb the list opens with / the previous record's name, for items listed after it
    starts = [o.num_start for o in cands]  # in order: whether a clause holds a value is two bisections
    if R.respectively in sent:
        for o, clause in zip(cands, clauses):
            in_clause.setdefault(clause, []).append(o)
    for k, c in enumerate(cands):
        prev_end = max(cands[k - 1].end if k else 0, consumed)
        if S.placeholders:
            # a placeholder value (XX亿元) is a value: the words before it are its subject, not ours
            ph = S.placeholder_before(c.num_start)
            if ph is not None and ph[1] > prev_end:
                prev_end = ph[1]
        clause = clauses[k]
        seg = S.segment_start(c.num_start, max(prev_end, 0))
        # 城乡低保标准由420元增加到700元: the subject ends where 由<baseline> starts
        cut = c.baseline_start if c.baseline_start is not None and c.baseline_start >= seg else c.num_start
        if seg > clause and mask[seg - 1] == "、" and prev_end <= clause:
            seg = _coordinated_start(R, S, clause, seg, cut)
        raw_before = sent[seg:cut]
        if len(raw_before) > _MAX_BEFORE:
            seg = cut - _MAX_BEFORE
            raw_before = sent[seg:cut]
        off, before = _clean_before(R, raw_before)
        nxt = cands[k + 1].num_start if k + 1 < len(cands) else len(sent)
        if S.placeholders:
            # 4个省级重点项目1-5月完成投资XX亿元: the counted noun stops before a placeholder value as before a value
            ph_at = S.placeholder_after(c.end)
            if ph_at is not None and ph_at < nxt:
                nxt = ph_at
        after_end = S.segment_end(c.end, min(nxt, c.end + _MAX_AFTER))
        raw_after = sent[c.end:after_end]
        g = R.after_goal.search(raw_after)
        if g:
            # 新生儿疾病筛查率95%以上的目标: 目标 names what the value is, not what it counts
            after_end -= len(raw_after) - g.start()
            raw_after = raw_after[: g.start()]
        after = raw_after.lstrip(" 的")
        t = R.after_trail.search(after) if after.endswith(_AFTER_TRAIL_ENDS) else None
        if t:
            after_end -= len(after) - t.start()
            after = after[: t.start()]
        f = R.after_follow_up.search(after) if after_end == nxt and "已" in after else None
        if f:
            # 218件信访问题已解决154件: the counted noun ends where a predicate with a value of its own
            # starts (the next value, 154件, is how many of them are 解决: 信访问题解决)
            after_end -= len(after) - f.start()
            after = after[: f.start()]
        use_after = bool(after) and _HAN_START.match(after) is not None and not R.cmp_after.match(after)
        shared = False
        if use_after and after_end == nxt:
            # 三分之一县(市、区)PM2.5年均浓度保持在25…: a phrase running into the next value and ending
            # in its predicate is that value's subject too; the next value reads it again.
            t = _trail(R, after)
            if t:
                after, shared = after[: t.start()], True
            elif not before and c.unit not in _RATE_UNITS:
                # 6个重点项目完成投资3.26亿元: the measure before the next value is that value's; a count with
                # no words before it counts only the noun (重点项目), so the two records do not read the same
                m = R.count_then_measure.search(after)
                if m:
                    after, shared = after[: m.start()], True
        indicator = (before + after) if use_after else before
        if R.split_into.search(raw_before) and (use_after or R.split_verb_end.search(before)):
            # 将…工作部署分解为160项重点工作: the count is of the parts (重点工作); 将…工作任务分解为148项:
            # with no parts named, of what is split (…工作任务). The text keeps the verb.
            indicator = after if use_after else R.split_verb_end.sub("", before)
        elif use_after and R.causative_verb.match(before):
            # 推动30家以上水泥企业完成氮氧化物深度治理: the count is of the doers named after it, not of the
            # causative verb's deed (R.causative_verb); the text keeps the verb
            indicator = after
        elif use_after and after and R.money_before.search(before) and (v := R.money_purpose_verb.match(after)):
            # 投入180万元实施防贫保险: the purpose names what the money is for; 实施 is no part of it
            indicator = before + after[v.end():]
        if (not use_after and c.unit not in _RATE_UNITS and before.startswith(("完成", "开展", "组织开展"))
                and (d := R.done_verb.match(before))):
            # 完成危房改造218户 / 开展打击非法行医行动3次: the deed before its count is the name, 完成/开展
            # its predicate (R.done_verb)
            indicator = before[d.end():]
        if use_after and R.example_list_end.search(raw_before):
            # 甲、乙等6个项目正在施工: the examples before 等 are no name; the counted noun is, after the verb
            # the clause opens with (新建改扩建甲、乙等7所城乡学校: 新建改扩建城乡学校)
            lo = max(clause, prev_end)
            head_end = mask.find("、", lo, cut)
            head = sent[lo:head_end if head_end >= 0 else cut]
            m = R.lead.match(head)
            v = R.example_list_verb.match(head[m.end():] if m else head)
            indicator = (v.group("verb") if v else "") + after
        if follow_noun and seg == follow_at and not use_after and before:
            indicator = follow_noun + before  # 已解决154件 after 218件信访问题: 信访问题解决
        follow_noun, follow_at = (after, after_end) if f and use_after else ("", -1)
        start = seg + off if before else c.num_start
        end = after_end if use_after and not shared else c.end
        carried = False
        # 完成调整后预算的98.9%: a completion ratio of the value before (R.relative_completion)
        completion = c.unit in _RATE_UNITS and R.relative_completion.match(before) is not None
        task = None
        if (outs and base and c.unit not in _RATE_UNITS and k + 1 < len(cands) and cands[k + 1].unit == "%"
                and cands[k - 1].num_start >= S.clause_start(max(clause - 1, 0))
                and R.task_base_after.match(sent[c.end:cands[k + 1].num_start])):
            task = R.task_base_before.search(sent[clause:c.num_start])
        task_share, pending_share = pending_share, ""
        if task:
            # 完成年目标任务12500人的98.5% after 城镇新增就业12314人: the base of the completion ratio is
            # that measure's goal (城镇新增就业年目标任务, planned); the ratio after it is how much of it
            # was done (城镇新增就业完成年目标任务)
            noun = R.relative_base_verb.sub("", base, count=1)
            indicator = noun + task.group("task")
            pending_share = noun + task.group("verb") + task.group("task")
            carried = True
        elif task_share and not indicator.strip():
            indicator, carried = task_share, True
        elif not indicator.strip():
            # 新开工49个、256万平方米、3.2万户 / 保持在30微克/立方米以下,力争保持在25微克/立方米以下:
            # a value with no words of its own measures what the sentence's previous value measured.
            indicator = outs[-1].indicator if outs else _previous_phrase(R, S, seg)
            carried = bool(outs)
        elif (not use_after and outs and base and (before in R.follow_after or before in R.follow_before)
              and cands[k - 1].unit not in _RATE_UNITS
              and cands[k - 1].num_start >= S.clause_start(max(clause - 1, 0))):
            # 年出栏生猪26.13万头,存栏9.15万头 / 龙头企业22家,其中省级2家: a follow-up word alone names
            # a part or another state of what the value before counts (生猪存栏, 省级龙头企业); a grade
            # after a graded name replaces its grade (其中省级媒体7条、市级16条: 市级媒体).
            noun = R.follow_up_base_verb.sub("", base, count=1)
            if before in R.follow_after:
                indicator = noun + before
            else:
                graded = next((g for g in R.follow_before_longest_first if noun.startswith(g)), "")
                indicator = before + noun[len(graded):]
            carried = True
        elif (not use_after and S.placeholders and (R.relative_phrase.match(before) or completion)
              and not (len(in_clause.get(clause, ())) >= 2 and R.respectively in sent[clause:c.num_start])
              and (ph_base := _placeholder_base(R, S, cands, k, clause))):
            # 全社会固定资产投资xx.51亿元,比xxxx年底同比增长270.63%: a share or change right after a
            # placeholder value (no record of its own) is of what that value measures, as after a value
            # (全社会固定资产投资比xxxx年底同比增长); the placeholder's measure is the base from here on.
            # Not a 分别 list of several values (接待游客XX万人次,实现综合收入XX亿元,同比分别增长22.4%、25.92%):
            # it pairs with several earlier values, of which the placeholder is only the last.
            indicator = R.relative_base_verb.sub("", ph_base, count=1) + indicator
            base = ph_base
            rate = indicator if c.unit not in R.points_units and not completion else ""
            carried = True
        elif (not use_after and outs and base and (r := R.relative_rate.match(before))
              and cands[k - 1].num_start >= S.clause_start(max(clause - 1, 0))):
            # 农村改厕任务38283座,完成38649座,完成率101%: a bare rate of what was just done is that measure's
            # rate (农村改厕完成率); the measure's own trailing verb (农村改厕完成) is the rate's (no 完成完成率).
            noun = R.relative_base_verb.sub("", base, count=1)
            indicator = noun.removesuffix(r.group("verb")) + before
            carried = True
        elif (not use_after and outs and (R.relative_phrase.match(before) or completion)
              and cands[k - 1].num_start >= _clause_before(R, S, clause)):
            # 占总任务的7.7% / 同比增长29.7%: a share or change of what the value just before measured
            # (完成工业投资35.28亿元、同比增长29.7%: the change is of 工业投资, not of 完成). After a change
            # it is still of the measure, not of the change (实现零售额14.7亿元,同比增长10.8%,占社零额的
            # 比重为50.7%: 零售额占社零额的比重, not 零售额同比增长占社零额的比重).
            # A difference in points (高于全市16.8个百分点, 较1-8月增速上升0.5个百分点) compares that change.
            points = c.unit in R.points_units and not R.relative_share.match(before)
            own = (rate or base) if points else base
            if R.relative_average.match(before):
                # 同比增长7.9%,两年平均增长6.2%: the average names its own change, of the measure itself
                own = R.change_tail.sub("", base)
            indicator = R.relative_base_verb.sub("", own, count=1) + indicator
            if not points and not completion:
                rate = indicator
            carried = True
        elif (not use_after and outs and base and R.bare_measure.match(before)
              and cands[k - 1].unit not in _RATE_UNITS
              and cands[k - 1].num_start >= S.clause_start(max(clause - 1, 0))
              and not _HAN_ANY.search(sent, prev_end, clause)
              and _HAN2.search(noun := _measured_thing(R, base))):
            # 粮食播种面积达84911亩,产量28360吨 / 重点项目356个,总投资798亿元: a bare measure right after
            # another value (nothing but punctuation between them) measures what that value counts
            # (粮食产量, 重点项目总投资); the name is new, so a change after it is of it (产量0.56万吨,
            # 增幅1.1%: 小麦产量增幅). 完成投资 frames the thing (完成公路预防性养护投资), so that a
            # completion ratio after it drops the verb as usual.
            v = R.relative_base_verb.match(before)
            indicator = before[:v.end()] + noun + before[v.end():] if v else noun + before
        elif not use_after and len(before) <= _GENERIC_LEN and seg == clause and clause > 0:
            # 十七冶医院放疗中心建设项目,投资0.59亿元: a bare 投资/占比/完成率 names the subject of the
            # clause before it (when that clause holds no value of its own). In 已投产项目3个(A项目,投资…;
            # the clause before starts inside the open bracket.
            prev_start = S.clause_start(clause - 1)
            opened = mask.rfind("(", prev_start, clause - 1)
            if opened >= 0 and ")" not in mask[opened:clause - 1]:
                prev_start = opened + 1
            prev_stop = clause - 1
            ph = S.placeholder_before(prev_stop) if S.placeholders else None
            if ph is not None and ph[0] >= prev_start:
                # 已完成投资XX亿元,完成率92.28%: a placeholder value is a value; the borrowed name is its
                # subject and stops before it (完成投资完成率)
                prev_start, prev_stop = _placeholder_subject_start(S, ph, prev_start), ph[0]
            prev = sent[prev_start:prev_stop]
            # A clause longer than a subject phrase that lists (、) or holds table cells (|) is not one
            # (截至三季度投资额分别为… after three project names: 投资额 keeps its own name rather than
            # the list's cut tail).
            long_list = len(prev) > _MAX_BEFORE and _LONG_PREV_STOP.search(mask, prev_start, prev_stop) is not None
            # 完成造林 / 排查隐患 / 接诊市民: a verb with its object is a whole predicate; it borrows only an
            # entity clause before it (…幼儿园为示范性托育机构,新增托位90个), not a deed or a time
            # (扎实开展…工作,全市共完成造林5.9万亩; 短短半日,接诊市民950余人次).
            # The same holds when the verb was taken off as a lead (完成交通投资58.2亿元 -> 交通投资).
            led = off and (v := R.lead_report_verb.search(raw_before)) is not None and v.start() < off
            own = (R.own_predicate.match(before) is not None or led) and R.subject_clause_end.search(prev) is None
            # A clause dated to the day (…段水位持续上涨,8月6日12时水位210.30米) is a reading of its own: 水位.
            dated = off and R.clause_day_date.search(raw_before, 0, off) is not None
            if (prev.strip() and not long_list and not own and not dated
                    and bisect_left(starts, prev_start) == bisect_left(starts, clause)
                    and not R.not_subject_clause.search(prev) and not R.method_clause.match(prev)):
                indicator = _clean_before(R, prev[-_MAX_BEFORE:])[1] + indicator
        # 引进博士10人、硕士100人 / 筹备预警预报设备50余套、编织袋10万条、铁锹2万把: the verb the list opens
        # with governs every item; an item naming only its noun gets it (引进硕士, 筹备编织袋).
        chained = False
        if ((list_verb or list_name) and 0 < seg - consumed <= 3 and not carried and not off
                and sent[consumed:seg].strip() == "、" and 0 < len(indicator.strip()) <= _LIST_ITEM_MAX):
            if not list_verb:
                v = R.list_shared_verb.match(list_name)
                list_verb = v.group("verb") if v else ""
            chained = bool(list_verb) and R.list_shared_verb.match(indicator.strip()) is None
            if chained:
                indicator = list_verb + indicator.strip()
        consumed = end
        siblings = in_clause.get(clause, [])
        made = _spread(R, S, c, clause, seg, raw_before, indicator.strip(), start, end, siblings, outs)
        if task or ("任务" in indicator and (t := R.task_amount.search(indicator)) and (t.group("amount") or k + 1 < len(cands) and
                    R.task_done_after.match(sent, c.end, cands[k + 1].num_start))):
            # 农村改厕任务38283座,完成38649座: the task set is planned, what was done follows it
            for o in made:
                o.stance = "planned"
        elif (k + 1 < len(cands) and cands[k + 1].unit == c.unit and c.unit
              and sent[:c.num_start].rstrip(" ")[-1:] in ("", ",", ";", ":", "、", "。", "|")
              and R.task_set_done.match(sent[c.end:cands[k + 1].num_start])):
            # 15个农村幸福院建设已完成8个: the first count with its items is the set to be done (planned)
            for o in made:
                o.stance = "planned"
        if (made and c.unit == "人" and outs and outs[-1].cand is cands[k - 1] and cands[k - 1].unit == "户"
                and not outs[-1].indicator and not sent[cands[k - 1].end:c.num_start].strip()):
            # 全市14035户25559人享受城乡低保: the households of a 户/人 pair share the people's predicate
            outs[-1].indicator = made[0].indicator
        if made and not carried:
            base, rate = made[-1].indicator, ""
        if not chained:  # the verb of this record's name is looked up only if a listed item follows
            list_verb, list_name = "", made[-1].indicator if made else ""
        outs.extend(made)
    return outs


def _clause_before(R: _Rules, S: _Sentence, clause: int) -> int:
    """Start of the clause before the one at clause, reaching past a clause that only names how the figures
    are counted (1514976万元,按可比价格计算,比上年增长2.7%: the change is of the value two clauses back)."""
    lo = S.clause_start(max(clause - 1, 0))
    if lo and R.method_clause.match(S.text, lo, clause):
        lo = S.clause_start(lo - 1)
    return lo


def _placeholder_subject_start(S: _Sentence, ph: tuple[int, int], lo: int) -> int:
    """Where the subject of a placeholder value starts: its segment, after any earlier placeholder."""
    i = bisect_left(S.placeholders, ph)
    if i:
        lo = max(lo, S.placeholders[i - 1][1])
    return max(S.segment_start(ph[0], lo), ph[0] - _MAX_BEFORE)


def _placeholder_base(R: _Rules, S: _Sentence, cands: list[_Cand], k: int, clause: int) -> str:
    """What the placeholder value right before cands[k] measures (in its clause or the one before,
    after the previous value), or "" when there is none or it names no thing of its own (a change
    written as a placeholder, 同比增长xx%, is of the value before it)."""
    c = cands[k]
    ph = S.placeholder_before(c.num_start)
    if ph is None or ph[0] < S.clause_start(max(clause - 1, 0)) or (k and cands[k - 1].num_start >= ph[0]):
        return ""
    lo = cands[k - 1].end if k else 0
    name = _clean_before(R, S.text[_placeholder_subject_start(S, ph, lo):ph[0]])[1].strip()
    if not _HAN2.search(name) or R.relative_phrase.match(name):
        return ""
    return name


def _measured_thing(R: _Rules, name: str) -> str:
    """What a value's name counts, without its own measure: 粮食播种面积 -> 粮食, 生猪出栏 -> 生猪,
    完成公路预防性养护 -> 公路预防性养护, 总投资华能光伏项目 -> 华能光伏项目."""
    name = R.bare_measure_base_lead.sub("", name, count=1)
    return R.bare_measure_base_tail.sub("", name, count=1)


def _coordinated_start(R: _Rules, S: _Sentence, clause: int, seg: int, cut: int) -> int:
    """Where the subject starts when the segment before the value follows a 、 list.

    孕产妇艾滋病、梅毒和乙肝检测率达95% / 核心数据集向市、县平台汇聚率达100%: one value after a
    coordinated noun phrase measures the whole phrase, so the subject starts at the clause. Not when
    the clause spreads values over its list (分别/均/各: _spread splits it), holds brackets, or is
    longer than a subject phrase; nor when the list ends in 等 (免疫、解热镇痛、清肺排毒等个性化的方子:
    the items are examples of what the value counts). The earlier items must be plain nouns: one
    holding a rate word is an indicator of its own (报告及时率、准确率达100%; 接种率稳中有升、…覆盖100%),
    one holding a digit is a count of its own (4大板块、58条措施)."""
    head = S.text[clause:cut]
    if (cut - clause > _MAX_BEFORE or head.rstrip().endswith("等") or R.respectively in head or R.all_of.search(head)
            or head.rstrip().endswith(R.each_of) or _BRACKET.search(S.mask, clause, cut)
            or R.own_indicator.search(S.text, clause, seg)):
        return seg
    return clause


def _previous_phrase(R: _Rules, S: _Sentence, seg: int) -> str:
    """The nearest earlier segment's words: 三级流调队伍(6个分队,106人) -> 分队 for 106人.
    A segment that is no subject (从7月份开始,为243户…; 由X牵头: R.not_subject_clause) gives none."""
    i = seg - 1
    while i > 0:
        j = S.segment_start(i, 0)
        words = _NOT_WORDS.sub("", S.text[j:i])
        _, words = _clean_before(R, words)
        if words:
            return "" if R.not_subject_clause.search(S.text[j:i].strip()) else words[-_MAX_BEFORE:]
        i = j - 1
    return ""


def _spread(R: _Rules, S: _Sentence, c: _Cand, clause: int, seg: int, raw_before: str,
            indicator: str, start: int, end: int, siblings: list[_Cand], outs: list[_Out]) -> list[_Out]:
    """One record per indicator when 各 / 均 / 分别 spreads the value over a list."""
    sent, mask = S.text, S.mask
    # 各3-5个: the 、-listed items before 各 each get the range.
    if raw_before.rstrip().endswith(R.each_of):
        items = _split_items(sent, mask, clause, seg) + [raw_before.rstrip()[:-1]]
        items = [_clean_before(R, x)[1] or x for x in items]
        if len(items) >= 2:
            return [_Out(c, it.strip(), clause, end) for it in items]
    if c.unit in _RATE_UNITS and (every := R.all_of.search(raw_before)):
        # 抗病毒治疗率、治疗成功率均达90%: one record per listed rate.
        cut = seg + every.start()
        listed = sent[clause:cut]
        items = _split_items(sent, mask, clause, cut)
        lo = clause
        counts = [o.cand for o in outs if clause <= o.cand.num_start and o.cand.end <= cut] if _DIGIT.search(listed) else ()
        if counts and counts[-1].unit not in _RATE_UNITS and not _DIGIT.search(sent, counts[-1].end, cut):
            # 6个国考断面达标率、优三类比例均为100%: a count opens the list of rates (and scopes them)
            lo = counts[-1].end
            listed = sent[lo:cut]
            items = _split_items(sent, mask, lo, cut)
        if len(items) < 2 and not _DIGIT.search(listed):
            # 接种率和系统管理率均达95%: two whole rates joined by 和 (each ends in its own 率); 和 inside one
            # name (艾滋病感染者和病人抗病毒治疗率) leaves a first item without a rate, and stays one name.
            joined = _split_items(sent, mask, clause, cut, "和|与")
            if len(joined) >= 2 and all(R.has_rate_tail.search(_clean_before(R, x)[1] or x.strip()) for x in joined):
                items = joined
        if not listed.strip() and clause:
            # 分别达93%、83%,均高出全国5个百分点: 均 opening its clause speaks of the rates the clause before
            # gave values to one by one (分别); each of them gets this value too.
            before = S.clause_start(clause - 1)
            earlier = [o for o in outs if before <= o.cand.num_start < clause]
            if len(earlier) >= 2 and sent.find(R.respectively, before, clause) >= 0:
                return [_Out(c, o.indicator + indicator, start, end) for o in earlier]
        if len(items) >= 2 and not _DIGIT.search(listed):
            names = [_clean_before(R, it)[1] or it.strip() for it in items]
            # 申报、检测、培训、检查率: the last item's 率 belongs to every item.
            if names[-1].endswith("率"):
                names = [n if R.has_rate_tail.search(n) else n + "率" for n in names]
            return [_Out(c, n, lo, end) for n in names]
        # 65岁以上居民7008人,3岁以下儿童1031人,管理率均达到70%: one per counted group before.
        groups = _counted_clauses_before(R, S, clause)
        if len(groups) >= 2:
            return [_Out(c, g + indicator, start, end) for g in groups]
    respectively = sent.find(R.respectively, clause, c.num_start)
    if respectively >= 0:
        # 分别: a list of subjects before it; one value goes to each, n values pair with n subjects.
        cut = respectively
        if len(siblings) >= 2:
            parts = _split_items(sent, mask, clause, cut, "、|和|与")
            if len(parts) >= len(siblings):
                # 用水量、…用水量比2015年分别下降24%、25%: the base and the change belong to every item
                change = R.respectively_change.match(sent, respectively, c.num_start)
                compared = R.respectively_comparison.search(parts[-1]) if change else None
                if compared:
                    parts[-1] = parts[-1][:compared.start()]
                item = parts[len(parts) - len(siblings) + siblings.index(c)]
                name = _clean_before(R, item)[1] or item.strip()
                if item is not parts[-1]:
                    name = _with_shared_ending(R, name, _clean_before(R, parts[-1])[1] or parts[-1].strip())
                if compared:
                    name += compared.group()
                if change:  # 分别增长6%、9%: the change belongs to every item (…可支配收入增长)
                    name += change.group("verb")
                return [_Out(c, name, start, end)]
            # 总产275.5万吨,分别比上年增长15.3%和19.7%: no subject before 分别, so the list pairs with as many
            # values before this clause (小麦平均单产比上年增长, 总产比上年增长)
            bare = R.respectively_bare_clause.match(sent, clause, respectively)
            after = R.respectively_after_values.match(sent, respectively, siblings[0].num_start) if bare else None
            earlier = [o for o in outs if o.cand.num_start < clause][-len(siblings):]
            if after and len(earlier) == len(siblings):
                pre = (bare.group("pre") or "").strip()
                name = earlier[siblings.index(c)].indicator + pre + (after.group("rel") or "") + after.group("verb")
                return [_Out(c, name, start, end)]
            if after and clause > 1 and not earlier:
                # 自然灾害受灾人口、…和直接经济损失,与前5年平均值相比,同比分别下降59.9%、…: the subjects are the
                # clause before, past a comparison clause; one per value
                hi, base = clause - 1, ""
                lo = S.clause_start(hi)
                if lo > 1 and R.respectively_base_clause.fullmatch(sent, lo, hi):
                    base, hi = sent[lo:hi].strip(), lo - 1
                    lo = S.clause_start(hi)
                parts = _split_items(sent, mask, lo, hi, "、|和|与")
                if len(parts) == len(siblings) and not _DIGIT.search(sent, lo, hi):
                    item = parts[siblings.index(c)]
                    pre = (bare.group("pre") or "").strip()
                    name = (_clean_before(R, item)[1] or item.strip()) + base + pre + (after.group("rel") or "") + after.group("verb")
                    return [_Out(c, name, start, end)]
        else:
            m = R.subject_list.search(mask[clause:cut])
            if m:
                return [_Out(c, _clean_before(R, x)[1] or x.strip(), clause, end)
                        for x in _split_items(sent, mask, clause + m.start(), cut, "、|和|与")]
            if c.unit in _RATE_UNITS and clause and not sent[clause:cut].strip():
                # 棚户区新开工10523套,基本建成5936套,分别完成年度任务的100%: one rate, no subject; it goes to each
                # value the clauses before gave one by one (one value a clause, at least two clauses).
                earlier: list[_Out] = []
                hi = clause - 1
                while hi > 0:
                    lo = S.clause_start(hi)
                    here = [o for o in outs if lo <= o.cand.num_start < hi]
                    if len(here) != 1:
                        break
                    earlier.insert(0, here[0])
                    hi = lo - 1
                if len(earlier) >= 2:
                    rest = indicator[len(R.respectively):] if indicator.startswith(R.respectively) else indicator
                    return [_Out(c, o.indicator + rest, start, end) for o in earlier]
    return [_Out(c, indicator, start, end)]


def _with_shared_ending(R: _Rules, name: str, last: str) -> str:
    """An earlier item of a 分别 list completed with the ending it shares with the last item:
    新生儿 (…和5岁以下儿童死亡率) -> 新生儿死亡率; 二 (、三级公立医疗机构…评价) -> 二级公立医疗机构…评价;
    城镇 (和农村居民人均可支配收入) -> 城镇居民人均可支配收入."""
    if R.grade_only.search(name):
        head = R.grade_head.search(last)
        if head and len(last) > head.end() and name.startswith("第") == last.startswith("第"):
            # the item's numeral in place of the last item's: 二 (三级…) -> 二级…, 第二 (第三产业…) -> 第二产业…
            at = 1 if name.startswith("第") else 0
            return last[:at] + name[at] + last[at + 1:]
    if name in R.modifiers:
        # 城镇 (和农村居民人均可支配收入): 城镇居民人均可支配收入
        head = next((m for m in R.modifiers_longest_first if last.startswith(m)), None)
        if head and len(last) > len(head):
            return name + last[len(head):]
    if not R.has_rate_tail.search(name):
        tail = R.shared_rate_tail.search(last)
        if tail:
            return name + tail.group()
    return name


def _counted_clauses_before(R: _Rules, S: _Sentence, clause: int) -> list[str]:
    """Subjects of the contiguous comma clauses right before that end in a plain count."""
    groups = []
    i = clause - 1
    while i > 0:
        j = S.clause_start(i)
        m = _COUNT_CLAUSE.search(S.text[j:i])
        if not m:
            break
        groups.append(_clean_before(R, m.group("subj"))[1])
        i = j - 1
    return list(reversed(groups))


# -- stance and deadline ------------------------------------------------------------------------

class _SectionTitles:
    """Section id -> the title (normalized) whose cue words set the stance of the whole section, read when a
    record first asks (most sections hold no record that lacks a sentence cue).

    A title that holds a number with a unit is an item's first sentence, not a heading
    (1、我局今年…项目共10个,其中计划开工项目6个,…): its 计划 speaks for that sentence only (the
    sentence cues see it), so the title is left out (""), all but a first clause without a number:
    a heading run into its text ((一)“十二五”发展成效“十二五”期间,我市…覆盖率保持在98%以上) keeps
    "“十二五”发展成效“十二五”期间"."""

    def __init__(self, ctx: Context, cands: list[_Cand]):
        self.text = ctx.text
        self.patterns = ctx.patterns
        # a plan's top-level review of the year before (一、2023年亮点工作 in a 2024 plan): read once, for the
        # deadlines too (Context.year_parts, deadlines.toml review_section_title)
        self.reviewed = {sid for sid, (_, reviewed) in ctx.year_parts.items() if reviewed}
        # taken now: the sentence loop makes the candidates' positions sentence-relative
        self.digit_starts = [c.num_start for c in cands if not _is_chinese_only(ctx.text.norm[c.num_start:c.num_end])]
        self.nodes = {}
        stack = list(ctx.outline.sections)
        while stack:
            node = stack.pop()
            self.nodes[node.id] = node
            stack.extend(node.children)

    def get(self, section: str) -> str:
        node = self.nodes.get(section)
        if node is None:
            return ""
        title, digit_starts, text = node.title, self.digit_starts, self.text
        if not title:
            return title
        if text.identity:
            start = text.source.find(title, *node.span)  # node.span indexes the source
            end = start + len(title)
        else:  # the title is the source without what normalize removed: look for it in norm
            norm_title = self.patterns.normalize(title).norm
            start = text.norm.find(norm_title, text.to_norm(node.span[0]), text.to_norm(node.span[1]))
            end = start + len(norm_title)
        if start < 0:
            return self.patterns.normalize(title).norm
        if bisect_left(digit_starts, start) < bisect_left(digit_starts, end):
            head = _CLAUSE_END.search(text.norm, start, end)
            end = head.start() if head else start
            if bisect_left(digit_starts, start) != bisect_left(digit_starts, end):
                return ""
        # normalized, as the cue patterns are written: 下半年工作計畫 is searched as 下半年工作计划
        return text.norm[start:end]


def _section_stance(R: _Rules, titles: _SectionTitles, section: str | None,
                    known: dict[str | None, str | None]) -> str | None:
    """The stance the innermost title with a cue sets, among section's and its ancestors' (known:
    the sections already worked out, ancestors included: siblings share them)."""
    if not section:
        return None
    if section not in known:
        title = titles.get(section)
        plan = R.title_plan.search(title) if title else None
        report = R.title_report.search(title) if title else None
        if plan and report:
            known[section] = "planned" if plan.start() > report.start() else "achieved"
        elif plan or report:
            known[section] = "planned" if plan else "achieved"
        elif section in titles.reviewed:
            known[section] = "achieved"  # last year's work, reviewed
        else:
            known[section] = _section_stance(R, titles, section.rpartition(".")[0], known)
    return known[section]


def _part_stances(R: _Rules, norm: str, title: str | None) -> tuple[list[int], list[str]]:
    """(ends, stances) of the unnumbered part labels (targets.toml part_label: 2021年工作回顾 /
    2022年发展主要预期目标 on a line of their own), in order; the word the label ends in gives the
    stance. A label that names both a review and a plan (2022年工作总结和2023年工作计划) is the whole
    document's title and parts nothing; so is the head of the title reprinted over two lines
    (2022年区政府工作报告目标任务⏎半年完成情况 under the title …目标任务半年完成情况)."""
    ends, stances = [], []
    for m in R.part_label.finditer(norm):
        label = m.group()
        if R.title_plan.search(label) and R.title_report.search(label):
            continue
        if title and _title_head(title, label.strip(), norm, m.end()):
            continue
        ends.append(m.end())
        stances.append("planned" if m.group("plan") else "achieved")
    return ends, stances


def _title_head(title: str, label: str, norm: str, end: int) -> bool:
    """Whether label is the title's beginning and the text after it goes on with the title's rest."""
    title = title.replace(" ", "")
    if len(title) <= len(label) or not title.startswith(label):
        return False
    rest = title[len(label):]
    return norm[end:end + 40].lstrip().replace(" ", "").startswith(rest[:6])


def _part_stance(parts: tuple[list[int], list[str]], pos: int) -> str | None:
    """The stance of the last part label before pos, if any."""
    ends, stances = parts
    i = bisect_right(ends, pos)
    return stances[i - 1] if i else None


def _stance_cues(R: _Rules, sent: str, plan_year: int | None, reported: bool, year_report: bool = False):
    """(requirement spans, cues [(start, end, stance)] in order, running maximum of the cues' ends).
    预计 before a past reporting period (预计前三季度, 预计上半年) estimates that period's result: an
    achieved cue in a report, no cue elsewhere (the section or document decides; stance_estimate_cue).
    So does 预计 right before 完成/实现/同比 in a report (预计完成地区生产总值331亿元): it replaces the
    planned cue 预计 there; outside reports that 预计 stays a planned cue.
    In a report on a whole year (year_report: its title names no half year, quarter or month), 预计(全县)全年
    estimates that year too (stance_estimate_year_cue).
    In a report, a clause opening with 全年(共)完成 (今年计划…121万亩,全年共完成…121.1万亩) tells the year's
    result the same way: settled by the section or part like an estimate (stance_year_total_cue).
    In a report, 争取 before the funds or projects it brought in (争取上级补助资金6.946亿元) tells what was
    obtained, not a goal: no cue (stance_obtain_cue). In a plan, the plan's own verbs (加快, 进一步, 启动 ...) after a report cue are planned cues:
    完成园区已征用地块整体规划,加快推进7公顷工业用地报批 (the 已 describes the plots)."""
    required = [m.span() for m in R.requirement.finditer(sent)] if _holds(sent, R.requirement_anchor) else []
    planned = R.stance_cue_planned
    cues = [(m.start(), m.end(), "planned" if m.group(planned) else "achieved") for m in R.stance_cue.finditer(sent)]
    if cues and _holds(sent, R.condition_anchor):  # 对已认定为…的,给予50万元: 已 says who qualifies, no cue
        conditions = [m.span() for m in R.condition.finditer(sent)]
        if conditions:
            cues = [cue for cue in cues if cue[2] == "planned" or not any(a <= cue[0] < b for a, b in conditions)]
    if _holds(sent, R.plan_bracket_anchor):  # 63.9%(全年任务62%),…: the bracket's figure is planned, nothing after it
        brackets = [m.span() for m in R.plan_bracket.finditer(sent)]
        if brackets:
            required = sorted(required + brackets)
            cues = [cue for cue in cues if not any(a <= cue[0] < b for a, b in brackets)]
    if plan_year and _holds(sent, R.past_year_anchor):
        cues += [(m.start(), m.end(), "achieved") for m in R.past_year.finditer(sent) if int(m.group(1)) < plan_year]
        cues.sort()
    if reported and _holds(sent, R.estimate_anchor):  # 预计前三季度…, 预计完成…: a report's estimate of a past period
        estimates = [(m.start(), m.end(), "estimate") for m in R.estimate.finditer(sent)]
        if year_report:  # 预计全年完成… in a report on the whole year: that year's estimate
            estimates = sorted(set(estimates + [(m.start(), m.end(), "estimate") for m in R.estimate_year.finditer(sent)]))
        if estimates:
            starts = {a for a, _, _ in estimates}
            cues = sorted([cue for cue in cues if cue[2] != "planned" or cue[0] not in starts] + estimates)
    if reported and _holds(sent, R.year_total_anchor):  # 今年计划…,全年共完成…: the year's result, unless a plan part
        totals = [(m.start(), m.end(), "estimate") for m in R.year_total.finditer(sent)]
        if totals:
            cues = sorted(cues + totals)
    if reported and cues:  # 争取上级补助37310万元 in a report: obtained, no cue (the section decides)
        cues = [cue for cue in cues if cue[2] != "planned" or not R.obtain.match(sent, cue[0])]
    if not reported:
        first = next((a for a, _, st in cues if st == "achieved"), None)
        if first is not None:
            cues += [(m.start(), m.end(), "planned") for m in R.plan_intent.finditer(sent, first)]
            cues.sort()
    reach = list(accumulate((b for _, b, _ in cues), max))
    return required, cues, reach


def _sentence_stance(cues, pos: int) -> str | None:
    """'planned' inside 按照…要求, else the stance of the last cue before the first one that
    reaches past pos (bisect on the running maximum of ends: one long sentence stays linear)."""
    required, marks, reach = cues
    if required and any(a <= pos < b for a, b in required):
        return "planned"
    i = bisect_right(reach, pos)
    return marks[i - 1][2] if i else None


def _reference_year(ctx: Context) -> int | None:
    """The year whose earlier years are the past: the plan year, else the first year the title
    names (三年行动方案(2023-2025年)), else the document date's year."""
    if ctx.plan_year:
        return ctx.plan_year
    m = _YEAR.search(ctx.title or "")
    if m:
        return int(m.group())
    return int(ctx.meta.date[:4]) if ctx.meta.date else None


def _deadlines(ctx: Context, s: int, e: int, reported: bool) -> tuple[list[int], list[int], list[str]]:
    """The sentence's deadlines as (starts, ends, dates); they never overlap, so both are sorted."""
    found = ctx.deadlines_in(s, e, reported)
    return [d[0] for d in found], [d[1] for d in found], [d[2] for d in found]


def _clause_limit(ctx: Context, S: _Sentence, s: int, e: int, c: _Cand) -> str | None:
    """In a report, the first deadline of c's clause that the deadlines extractor keeps as still to come
    (a limit after the part of the year a 上半年/第一季度 summary reports on: 剩余8个小区9月底前全部完成改造):
    the target of that clause is still to be done, by that date."""
    found = ctx.deadlines_in(s, e, True)
    if not found:
        return None
    lo = S.clause_start(c.num_start)
    i = bisect_right(S.clause_ends, c.end - 1)
    hi = S.clause_ends[i] if i < len(S.clause_ends) else e - s
    return next((iso for ds, de, iso, _ in found if lo <= ds - s and de - s <= hi), None)


def _pick_deadline(deadlines, pos: int) -> str | None:
    """The last deadline ending before pos, else the first starting after it."""
    starts, ends, dates = deadlines
    i = bisect_right(ends, pos)
    if i:
        return dates[i - 1]
    j = bisect_left(starts, pos)
    return dates[j] if j < len(dates) else None


# A target in a table's task cell is planned, in its progress cell achieved (tables.toml)
_TABLE_STANCE = {"task": "planned", "progress": "achieved"}


def _cell_goal(ctx: Context, sent: str, cues, pos: int) -> bool:
    """Whether the stance cue that governs pos in a table's progress cell names a goal (tables.toml
    progress_cell_goal: 年度任务目标8.65亿元), not a verb of work under way (正在推进…451个厢房)."""
    marks = cues[1]
    i = bisect_right(cues[2], pos)
    if not i or marks[i - 1][2] != "planned":
        return False
    a, b, _ = marks[i - 1]
    return ctx.patterns["tables"].fragment("progress_cell_goal").fullmatch(sent, a, b) is not None


def _cell_deadline(ctx: Context, deadlines, cell, pos: int) -> str | None:
    """The deadline of a target in a table's task cell: one written in the cell itself (到2020年,…), else
    the row's time cell (计划完成时间 2023年底: the row is one task, due then). A date in another cell of
    a row printed on one line (the progress cell's 12月底完成) is not the target's."""
    row, (cs, ce) = cell[0], (cell[1].start, cell[1].end)
    inside = [(a, b, d) for a, b, d in zip(*deadlines) if cs <= a and b <= ce]
    if inside:
        return _pick_deadline(tuple(map(list, zip(*inside))), pos)
    due = row.cell("due")
    if due is None:
        return None
    found = ctx.deadlines_in(due.start, due.end, False)  # a time cell is a due date, in a report too
    if found:
        return found[0][2]
    found = time_cell_dates(ctx.text.norm, due, ctx.deadline_year, ctx.patterns)  # 2023年12月: no limit word
    return found[-1][2] if found else None


def _frame_deadline(ctx: Context, sentences: list[tuple[int, int]], i: int, reported: bool) -> str | None:
    """The deadline that frames sentence i from the head of an earlier ;-part of the same sentence:
    到2025年,A达到X;B达到Y;C达到Z。 puts every part under 到2025年. The nearest earlier part
    (the parts are contiguous, each ending in ;) whose first deadline opens it (at most _FRAME_LEAD
    characters of lead-in, no comma before it, a comma after it) gives it; a deadline inside a part
    (…,6月底前建成…;) frames nothing."""
    norm = ctx.text.norm
    while i > 0:
        s, e = sentences[i - 1]
        if norm[e - 1] != ";" or norm[e:sentences[i][0]].strip():
            return None
        found = ctx.deadlines_in(s, e, reported)
        if found:
            start, end = found[0][0], found[0][1]
            if start - s <= _FRAME_LEAD and "," not in norm[s:start] and norm[end:end + 2].lstrip().startswith(","):
                return found[0][2]
        i -= 1
    return None


def _breakdown_parent(R: _Rules, norm: str, sentences: list[tuple[int, int]], index: int,
                      first_stance: dict[int, tuple[str | None, str]]) -> tuple[str | None, str] | None:
    """(section, stance) of the first value of the sentence a 其中 breakdown itemizes, when sentence
    index is that breakdown or one of its ;-separated pieces on the same line (…累计完成总收入67949万元…。
    其中:地方收入完成51653万元…;上划中央收入完成12133万元…): the items are what the total was, planned or
    done. The total is the sentence's first value (批复工可项目6个,…拟申请…资金9.55亿元。其中公路升级改造项目4个)."""
    k = _piece_start(norm, sentences, index)
    # bounded by the sentence (which starts with no blank): a call's cost grows with the text after pos
    if k == 0 or not R.breakdown.match(norm, *sentences[k]):
        return None
    for j in range(_piece_start(norm, sentences, k - 1), k):
        if j in first_stance:
            return first_stance[j]
    return None


def _carried_stance(R: _Rules, norm: str, sentences: list[tuple[int, int]], index: int, carried: list[str | None],
                    plan_year: int | None) -> str | None:
    """'achieved' when the last cue of the ;-pieces before sentence index on its line is: the pieces of one
    sentence share its frame (在接下来的1年多时间里,…举办了…大赛;投入6000万元设立专项资金,…;安排1.7亿元资金,…:
    a news report of a plan reviewing the year before). Asked only outside reports, whose pieces are done work
    anyway; a plan verb after the report cue (加快, 进一步 …: stance_plan_intent_cue) ends the carry.
    carried caches the answer for the sentence's other values."""
    if not carried:
        k = _piece_start(norm, sentences, index)
        cues = _stance_cues(R, norm[sentences[k][0]:sentences[index][0]], plan_year, False)[1] if k < index else []
        carried.append("achieved" if cues and cues[-1][2] == "achieved" else None)
    return carried[0]


def _piece_start(norm: str, sentences: list[tuple[int, int]], k: int) -> int:
    """The first of the ;-separated pieces on one line that sentence k belongs to."""
    while k > 0 and norm[sentences[k - 1][1] - 1] == ";" and not norm[sentences[k - 1][1]:sentences[k][0]].strip(" "):
        k -= 1
    return k


def _join_wrapped(ctx: Context, sentences: list[tuple[int, int]], positions: list[int],
                  ends: list[int]) -> list[tuple[int, int]]:
    """sentences with a PDF soft wrap between a name and its number undone: a line that ends in a word
    (no 。；：, no punctuation) and is followed by a line that opens with a value, in the same section and
    neither line a heading, is one sentence (今年,共开展专项整治行动⏎150余次 / 查处并上报违法建筑共计⏎39户).
    So is a line whose value runs on into the next line (a number alone on its line, its unit opening
    the next: 出动⏎8000⏎余人次; targets.toml wrap_gap): positions and ends are the candidates' starts
    and ends, in order of start.
    The line break stays in the text; it is looked past like a space when the name is looked for."""
    norm, starts = ctx.text.norm, ctx.outline._starts
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            if norm.startswith("\n", pe) and s == pe + 1:  # a value of the line before runs on into this one
                lo, hi = bisect_left(positions, ps), bisect_left(positions, pe)
                if any(ends[k] > pe for k in range(lo, hi)):
                    out[-1] = (ps, e)
                    continue
            if (norm.startswith("\n", pe) and s == pe + 1 and _WRAP_END.match(norm, pe - 1)
                    and (i := bisect_left(positions, s)) < len(positions) and positions[i] == s
                    and bisect_right(starts, s) == bisect_left(starts, norm.rfind("\n", 0, ps) + 1)):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _reported(R: _Rules, ctx: Context) -> bool:
    """Whether the document reports done work: its title says so (总结, 完成情况 ...), or, when the
    title is missing (then a portal's 内容概述 header field stands for it: summary_field) or names no kind,
    the text reads like a report (Context.reads_like_report, or a
    preamble sentence opens with the to-date period: 。截至10月7日,: report_opening_sentence, or a preamble
    line opens with a year and the leadership formula, no plan verb: 2024年,办公室在…的正确领导下,…:
    report_opening_year_lead, or the preamble opens a report to the people's congress: …报告…,请予审议:
    report_opening_congress, or a preamble sentence is a news lead on a past event, not on a document
    issued: 近日,州级财政下达奖补资金…: report_opening_news, or a press conference's lead on the work of a period:
    …举行2023年一季度新闻发布会,介绍…工作进展情况: report_opening_press, or the page was published after the year a
    preamble sentence opens with: report_opening_past_year), or
    at least _OUTCOME_HEADINGS of its headings state an outcome reached (六是坚持实干为民,民生福祉全面提升;
    (一)综合实力明显增强: targets.toml report_outcome_heading), as a summary's headings do."""
    title = ctx.title
    if not title:  # 内容概述: | 2024年重点工作任务二季度进展情况 |: a portal's header field says what the page is
        m = R.summary_field.search(ctx.text.norm, 0, 2000)
        title = m.group("head") if m else None
    if title and R.title_report.search(title):
        return True
    if title and R.title_plan.search(title):
        return False
    if ctx.reads_like_report:
        return True
    first = ctx.outline.sections_start
    end = len(ctx.text.norm) if first is None else first
    if any(p.search(ctx.text.norm, 0, end) for p in (R.opening_sentence, R.opening_year_lead, R.opening_congress,
                                                     R.opening_news, R.opening_press)):
        return True
    if ctx.meta.date and any(int(m.group("year")) < int(ctx.meta.date[:4])
                             for m in R.opening_past_year.finditer(ctx.text.norm, 0, end)):
        return True  # published after the year its preamble opens with (2023年,… on a 2024 page): a review
    # Every outcome heading ends in an outcome state (全面提升 before 。 or a line end), and two headings in
    # two states: a page with fewer states has fewer headings. Counting the states is a fast scan for
    # their words; the heading pattern is tried at each numbered heading (~0.3 ms on a 6k-character page).
    states = R.outcome_state.finditer(ctx.text.norm)
    if len(list(islice(states, _OUTCOME_HEADINGS))) < _OUTCOME_HEADINGS:
        return False
    headings = R.outcome_heading.finditer(ctx.text.norm)
    return len(list(islice(headings, _OUTCOME_HEADINGS))) == _OUTCOME_HEADINGS


# -- entry point -----------------------------------------------------------------------------

def extract(ctx: Context) -> list[Target]:
    R = _rules(ctx.patterns["targets"])
    norm = ctx.text.norm
    reported = _reported(R, ctx)
    doc_stance = "achieved" if reported else "planned"
    year_report = reported and bool(ctx.title) and not R.title_part_year.search(ctx.title)
    ref_year = _reference_year(ctx)
    stance_of_section: dict[str | None, str | None] = {}
    records: list[dict] = []
    everything = _candidates(R, norm)
    titles = _SectionTitles(ctx, everything)
    positions = [c.num_start for c in everything]
    placed = 0  # candidates before this one lie before the sentence (sentences come in order)
    sentences = ctx.outline.sentences
    if "\n" in norm:
        sentences = _join_wrapped(ctx, sentences, positions, [c.end for c in everything])
    first_stance: dict[int, tuple[str | None, str]] = {}  # sentence index -> (section, stance) of its first record
    parts = _part_stances(R, norm, ctx.title) if R.part_label.search(norm) else ((), ())
    by_document: list[int] = []  # records whose stance is the document's, no nearer cue deciding it
    for index, (s, e) in enumerate(sentences):
        if placed == len(positions):
            break
        if positions[placed] >= e:
            continue
        lo = bisect_left(positions, s, placed)
        placed = hi = bisect_left(positions, e, lo)
        if lo == hi:
            continue
        sent = norm[s:e]
        cands = [_shift(c, s) for c in everything[lo:hi] if c.end <= e]  # each is in one sentence only
        kept: list[_Cand] = []
        for c in cands:
            if _accept(R, sent, c, kept[-1] if kept else None):
                kept.append(c)
        if not kept:
            continue
        kept = _baselines(R, sent, kept)
        S = _Sentence(R.plain_bracket, sent, kept)
        if _holds(sent, R.placeholder_anchor):
            S.placeholders = [m.span() for m in R.placeholder.finditer(sent)
                              if not any(m.start() < o.end and o.num_start < m.end() for o in kept)]
            S.placeholder_ends = [b for _, b in S.placeholders]
        clauses = [S.clause_start(c.num_start) for c in kept]
        _comparators(R, S, kept, clauses)
        deadlines = frame = None
        cues = _stance_cues(R, sent, ref_year, reported, year_report)
        parent = _breakdown_parent(R, norm, sentences, index, first_stance)
        carried: list[str | None] = []  # the last cue of the ;-pieces before this one on its line, once asked
        for out in _indicators(R, S, kept, clauses):
            c = out.cand
            common = record_kwargs(ctx, s + out.start, s + out.end, c.rule)
            section = common["section"]
            cell = ctx.tables.at(s + c.num_start) if ctx.tables else None
            stance = _TABLE_STANCE.get(cell[1].role) if cell else None
            if stance == "achieved" and _cell_goal(ctx, sent, cues, c.num_start):
                stance = "planned"  # a goal restated in a progress cell (年度任务目标8.65亿元,累计完成投资11.3亿元)
            limit = _clause_limit(ctx, S, s, e, c) if reported and not (stance or out.stance) else None
            stance = (stance or out.stance or _sentence_stance(cues, c.num_start) or (limit and "planned")
                      or (None if reported else _carried_stance(R, norm, sentences, index, carried, ref_year))
                      or (parent[1] if parent is not None and parent[0] == section else None)
                      or _section_stance(R, titles, section, stance_of_section)
                      or (_part_stance(parts, s + c.num_start) if parts[0] else None))
            if stance == "estimate":  # 预计完成…: the period reported on, unless the section is a plan
                planned_part = _section_stance(R, titles, section, stance_of_section) == "planned" or (
                    parts[0] and _part_stance(parts, s + c.num_start) == "planned")
                stance = "planned" if planned_part else "achieved"
            if stance is None:
                stance = doc_stance
                by_document.append(len(records))
            first_stance.setdefault(index, (section, stance))
            deadline = None
            if stance == "planned" and limit:
                deadline = limit
            elif stance == "planned" and cell and cell[1].role == "task":
                if deadlines is None:
                    deadlines = _deadlines(ctx, s, e, reported)
                deadline = _cell_deadline(ctx, deadlines, cell, s + c.num_start)
            elif stance == "planned":
                if deadlines is None:
                    deadlines = _deadlines(ctx, s, e, reported)
                deadline = _pick_deadline(deadlines, s + c.num_start)
                if deadline is None:
                    if frame is None:
                        frame = _frame_deadline(ctx, sentences, index, reported) or ""
                    deadline = frame or None
            indicator = out.indicator
            if c.rule == "targets.industry_ratio":  # 5.7:49.3:45.0,进一步优化为6.6:45.8:47.6: the structure names each share
                names = list(R.ratio_name.finditer(sent, 0, c.num_start))
                indicator = names[-1].group() if names else indicator
            records.append(dict(
                common,
                indicator=indicator, value=c.value, value_max=c.value_max, baseline=c.baseline,
                unit=c.unit, comparator=c.comparator, stance=stance, deadline=deadline,
            ))
    # the figures decide only a page whose cues leave most of them undecided: where cues decide most, the
    # rest are of another kind (the task cell of a progress-table row: 报销比例提高到70%)
    if 2 * len(by_document) >= len(records) and not reported \
            and not (ctx.title and R.title_plan.search(ctx.title)) and _reads_as_results(records):
        for i in by_document:
            records[i]["stance"], records[i]["deadline"] = "achieved", None
    records = _without_restatements(R, ctx.text, records)
    _in_page_characters(ctx.text, records)
    return _TARGETS.validate_python(records)


_RATIO_RULE = "targets.industry_ratio"


def _without_restatements(R: _Rules, text, records: list[dict]) -> list[dict]:
    """records without a figure the text already gave: restated, it adds no target. Two cues:
    - an industry ratio (A:B:C, targets.industry_ratio) whose every share its section states as a percentage
      target (第一产业增加值…比重为37.5%,…第三产业增加值比重为37.1%。三次产业结构比为37.5:25.4:37.1);
    - the first term of a sum (收入决算数129748万元,加上级补助收入428905万元,…收入总计…: targets.toml
      sum_first_term_after) whose exact value an earlier record gave in the same unit."""
    dropped = _restated_shares(records)
    seen: set[tuple[float, str]] = set()
    for i, r in enumerate(records):
        if i in dropped:
            continue
        key = (r["value"], r["unit"])
        if key in seen and _exact(r["value"]) and R.sum_first_term_after.match(text.norm, text.to_norm(r["span"][1])):
            dropped.add(i)
        seen.add(key)
    return [r for i, r in enumerate(records) if i not in dropped] if dropped else records


def _restated_shares(records: list[dict]) -> set[int]:
    """The indices of the industry ratios (runs of them, in one section) whose every share is a percentage
    record of that section."""
    runs: list[list[int]] = []
    for i, r in enumerate(records):
        if r["rule"] != _RATIO_RULE:
            continue
        if runs and runs[-1][-1] == i - 1 and records[i - 1]["section"] == r["section"]:
            runs[-1].append(i)
        else:
            runs.append([i])
    dropped: set[int] = set()
    for run in runs:
        section = records[run[0]]["section"]
        stated = {r["value"] for r in records if r["section"] == section and r["unit"] == "%" and r["rule"] != _RATIO_RULE}
        if all(records[i]["value"] in stated for i in run):
            dropped.update(run)
    return dropped


def _exact(value: float) -> bool:
    """A figure with 3 or more significant digits (54972, 94.08, 710.85万): counted, not set."""
    return len(("%.4f" % value).replace(".", "").strip("0")) >= 3


def _reads_as_results(records: list[dict]) -> bool:
    """Whether a page that names no kind reports results by its figures alone: enough of them, most exact
    and hardly any bounded (全市城镇新增就业人数54972人,…就业率94.08%; a plan writes 新增就业5万人以上). The
    stance cues of such a report are its verbs (实现, 建成, 超额完成目标任务), which name plans too."""
    n = len(records)
    if n < _RESULTS_MIN_FIGURES:
        return False
    exact = sum(_exact(r["value"]) for r in records if r["value"] is not None)
    bounded = sum(r["comparator"] not in (None, "=") for r in records)
    return exact >= _RESULTS_EXACT_SHARE * n and bounded <= _RESULTS_BOUNDED_SHARE * n


def _in_page_characters(text, records: list[dict]) -> None:
    """Indicators and units in the characters the page is written in (gold-schema: the unit after the
    number, as written: 萬畝 gives 畝, 26個 gives 個). Rules read the folded text (關於 -> 关于),
    so on a traditional-character page an indicator comes out simplified (年纳税缴费时间) while its
    record's text is the page's own (年納稅繳費時間). A character of the indicator goes back to what the
    page printed for it inside the record's own text; one the text does not hold (a borrowed name) to
    what the page printed where it first occurs. A page whose records' texts fold to themselves (nearly
    every page: simplified) is left as it is after one comparison of their Han characters."""
    norm, source = text.norm, text.source
    if text.identity:
        read = "".join(norm[s:e] for r in records for s, e in (r["span"],))
        printed = "".join(source[s:e] for r in records for s, e in (r["span"],))
    else:
        spans = [(text.to_norm(r["span"][0]), text.to_norm(r["span"][1])) for r in records]
        read = "".join(norm[s:e] for s, e in spans)
        printed = "".join(text.source_kept(s, e) for s, e in spans)
    if read == printed or _NOT_HAN.sub("", read) == _NOT_HAN.sub("", printed):
        return  # the records' texts fold to themselves: a simplified page (nearly every one)
    back: dict[str, str] = {}
    for ch in {ch for r in records for field in ("indicator", "unit") for ch in (r[field] or "") if ch >= "\u3400"}:
        i = norm.find(ch)
        if i >= 0:
            printed = source[text.to_source(i)]
            if printed != ch and printed >= "\u3400":
                back[ch] = printed
    if not back:
        return
    for r in records:
        if not (r["indicator"] or r["unit"]):
            continue
        s, e = r["span"]
        own = {}  # a page mixing both scripts (签约 here, 簽約 there): the record's own text decides
        for k in range(text.to_norm(s), text.to_norm(e)):
            printed = source[text.to_source(k)]
            if norm[k] >= "\u3400" and not _NOT_HAN.match(printed):  # characters only: ９８％ is read 98%
                own.setdefault(norm[k], printed)
        for field in ("indicator", "unit"):
            if r[field]:
                r[field] = "".join(own.get(ch) or back.get(ch, ch) for ch in r[field])
