"""percentages: every %, ‰, 百分之X, 千分之X, X个百分点, X成 share and 1/3-style share.

The rules live in patterns/percentages.toml; each names the number in a `value` group (or
`num`/`den` for fractions) and gives the kind in `emit.kind` (and `emit.scale` for 成). Values
are as written, in the scale the kind names: 83% -> 83 percent, 千分之五 -> 5 permille,
10个百分点 -> 10 points, 三成半 -> 35 percent, 1/3 -> 33.33 fraction. Points are never merged
into percent. A record's text may include a leading 超 and a trailing 以上/以下/以内/左右.

Ranges: "5%-10%" gives two records; so does "5-10%": the bare low end borrows the high end's
unit (rule percentages.range_low), because both ends are percentages the analyst wants.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..models import Percentage
from ..normalize import normalize
from ..numbers import parse_number
from ..patterns import PatternSet, load_patterns
from . import Context, record_kwargs, resolve_overlaps

_MAX_CHENG = 10  # 十成 is the whole; 12成 is not a share
# A rule runs only in windows around its anchor (emit.anchor names a fragment: %, ‰, 分之, 成 …):
# a match holds the anchor, its number ends there and is far shorter than BEFORE, and AFTER
# leaves room for a numerator after 分之, a trailing 以上 and the lookaheads.
_BEFORE, _AFTER = 48, 24
_MAX_DENOMINATOR = 99  # 1/3, 三分之二 are shares; 十万分之三 is a rate with no kind here


class Found(NamedTuple):
    start: int
    end: int
    value: int | float
    kind: str
    rule: str
    priority: int = 0


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _resolve(m, rule, suffix_kind: dict[str, str]) -> tuple[int | float, str] | None:
    groups = m.groupdict()
    kind = rule.emit.get("kind")
    if groups.get("den") is not None:
        num, den = parse_number(groups["num"]), parse_number(groups["den"])
        if num is None or not den or not 0 < num < den or den > _MAX_DENOMINATOR:
            return None  # 3/2 or 0/5 is not a share
        return _number(round(Decimal(num) / Decimal(den) * 100, 2)), kind
    if groups.get("suffix") is not None:
        kind = suffix_kind.get(groups["suffix"].replace(" ", ""))
    raw = groups.get("value")
    if raw is None and groups.get("half") is None:
        return None
    value = None
    if raw is not None:
        parsed = parse_number(raw)
        if parsed is None:
            return None
        value = Decimal(str(parsed))
    scale = rule.emit.get("scale")
    if scale is not None:  # 成: tenths of the whole; 半 adds half a tenth
        value = value if value is not None else Decimal(0)
        if value > _MAX_CHENG:
            return None
        value = value * scale + (Decimal(scale) / 2 if groups.get("half") else 0)
        if value == 0:
            return None
    return _number(value), kind


def find(norm: str, start: int = 0, end: int | None = None,
         patterns: PatternSet | None = None) -> list[Found]:
    """Non-overlapping percentages in norm[start:end] (normalized text), in document order."""
    pats = patterns if patterns is not None else load_patterns()
    pfile = pats["percentages"]
    suffix_kind = pfile.map("suffix_kind")
    end = len(norm) if end is None else end
    run_before = pfile.compile("(?r)${before_anchor}*", "fragments.before_anchor")
    windows_of: dict[tuple[str, int], list[list[int]]] = {}
    found: list[Found] = []
    for rule in pfile.rules:
        # emit.ends_with_anchor: the match and its lookahead end with the anchor (5-10%'s low end)
        key = rule.emit["anchor"], 0 if rule.emit.get("ends_with_anchor") else _AFTER
        if key not in windows_of:
            windows_of[key] = _windows(pfile.fragment(key[0]), run_before, norm, start, end, key[1])
        for ws, we in windows_of[key]:
            for m in rule.regex.finditer(norm, ws, we):
                found.extend(_found(m, rule, suffix_kind))
    return _without_overlaps(found)


def _windows(anchor, run_before, norm: str, start: int, end: int, after: int) -> list[list[int]]:
    """The merged windows around every match a of `anchor` in norm[start:end]: from the start
    of the run of characters a match can hold before its anchor (at most _BEFORE back) to
    `after` past a. A rule is tried only there, not at the dozens of positions before a number
    where it cannot start (the rules' cost is per position).
    """
    windows: list[list[int]] = []
    for a in anchor.finditer(norm, start, end):
        ws = run_before.match(norm, max(start, a.start() - _BEFORE), a.start()).start()
        we = min(end, a.end() + after)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = we
        else:
            windows.append([ws, we])
    return windows


def _found(m, rule, suffix_kind) -> list[Found]:
    resolved = _resolve(m, rule, suffix_kind)
    if resolved is None or resolved[1] is None:
        return []
    s, e = m.span(rule.emit.get("span_group", 0))
    if s == e:
        return []
    return [Found(s, e, resolved[0], resolved[1], rule.id, rule.priority)]


def _without_overlaps(found: list[Found]) -> list[Found]:
    """resolve_overlaps, applied to each run of mutually overlapping candidates.

    Same result as one call over everything, but linear in the number of percentages (a
    one-line archive can hold thousands; resolve_overlaps compares every pair).
    """
    kept: list[Found] = []
    cluster: list[Found] = []
    reach = -1
    for f in sorted(set(found), key=lambda f: (f.start, f.end)):
        if cluster and f.start >= reach:
            kept += _resolved(cluster)
            cluster = []
        cluster.append(f)
        reach = max(reach, f.end) if len(cluster) > 1 else f.end
    if cluster:
        kept += _resolved(cluster)
    return kept


def _resolved(cluster: list[Found]) -> list[Found]:
    if len(cluster) == 1:  # most percentages overlap nothing
        return cluster
    return resolve_overlaps(cluster, lambda c: (c.start, c.end), lambda c: c.priority)


def extract(ctx: Context) -> list[Percentage]:
    # One pass over the whole text, not one per content line (a per-call cost times ~40 lines):
    # no match spans a newline, so only matches on non-content lines need dropping.
    return [Percentage(value=f.value, kind=f.kind, **record_kwargs(ctx, f.start, f.end, f.rule))
            for f in find(ctx.text.norm, 0, len(ctx.text.norm), ctx.patterns) if ctx.outline.is_content(f.start)]


def normalize_percentage(text: str, patterns: PatternSet | None = None) -> dict | None:
    """`{"value": v, "kind": k}` when the whole text is one percentage expression, else None.

    Used by `planparse normalize percentage`: 百分之负三点八 -> -3.8 percent, 六个百分点 -> 6 points,
    三成半 -> 35 percent, 千分之２．４ -> 2.4 permille.
    """
    pats = patterns if patterns is not None else load_patterns()
    norm = normalize(text, pats.char_map()).norm
    stripped = norm.strip()
    offset = norm.index(stripped) if stripped else 0
    found = find(norm, offset, offset + len(stripped), pats)
    if len(found) != 1 or (found[0].start, found[0].end) != (offset, offset + len(stripped)):
        return None
    return {"value": found[0].value, "kind": found[0].kind}
