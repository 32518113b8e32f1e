"""Numerals: the value of Arabic, Chinese and mixed numeral expressions.

All characters and words come from patterns/numbers.toml (digit, unit and multiplier tables).
Where numerals are in running text is the `number` fragment there, which other rule files use as
`${numbers.number}`. Values are computed with
`decimal.Decimal`, so 1.1万 is exactly 11000 and 1149.312万 exactly 11493120; integral results
are `int`, others `float`.

Public API:
    parse_number(text)      value of one whole numeral expression, or None
    parse_range(text)       (low, high) of "5-10", "0.6~1.2万" (the multiplier distributes), or None
    normalize_number(text)  {"value": v} for `planparse normalize number`
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache
from typing import NamedTuple

import regex

from . import compiled
from .normalize import normalize
from .patterns import PatternSet, load_patterns

Number = int | float

_MAX_LENGTH = 64  # no numeral in a notice is longer; bounds the work on digit garbage
_ARABIC = compiled.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])|[0-9]++)(?:\.[0-9]++)?")


class _Tables(NamedTuple):
    digit: dict[str, int]
    unit: dict[str, int]
    multiplier: dict[str, int]
    special: dict[str, Decimal]
    signs: tuple[str, ...]
    points: tuple[str, ...]
    fraction_infixes: tuple[str, ...]
    fillers: tuple[str, ...]
    more: tuple[str, ...]
    spaced_multiplier: regex.Pattern  # the one space allowed before 万/亿 (365.15 万亩)
    range_sep: regex.Pattern
    range: regex.Pattern
    char_map: tuple[tuple[str, str], ...]


@lru_cache(maxsize=4)
def _tables(patterns: PatternSet | None = None) -> _Tables:
    pats = patterns if patterns is not None else load_patterns()
    f = pats["numbers"]
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    return _Tables(
        digit=dict(f.map("digit")),
        unit=dict(f.map("unit")),
        multiplier=dict(f.map("multiplier")),
        special={k: Decimal(str(v)) for k, v in f.map("special").items()},
        signs=by_length(f.words("sign")),
        points=by_length(f.words("point")),
        fraction_infixes=by_length(f.words("fraction_infix")),
        fillers=by_length(f.words("filler_before_multiplier")),
        more=by_length(f.words("more_suffix")),
        spaced_multiplier=f.fragment("spaced_multiplier"),
        range_sep=f.fragment("range_sep"),
        range=f.fragment("range"),
        char_map=pats.char_map(),
    )


def _as_number(value: Decimal) -> Number:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# --- evaluation -------------------------------------------------------------------------

class _Fail(Exception):
    pass


def _tokens(s: str, t: _Tables) -> list[tuple]:
    """Split a numeral into tokens.

    ("num", Decimal, kind, zero_led, raw): kind is "arabic", "cn1" (one Chinese digit) or "cnrun"
    (several Chinese digits read one by one, 一七二零); zero_led marks a run that began with 零,
    which rules out the colloquial reading (一千零三 is 1003, 一千三 is 1300).
    ("unit", n) for 十百千, ("mult", n) for 万亿, ("point",) for 点.
    """
    out: list[tuple] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isdigit() and ch.isascii():
            m = _ARABIC.match(s, i)
            out.append(("num", Decimal(m.group().replace(",", "")), "arabic", False, m.group()))
            i = m.end()
            continue
        if ch in t.digit:
            j = i
            while j < n and s[j] in t.digit:
                j += 1
            run = s[i:j]
            zero_led = t.digit[run[0]] == 0 and len(run) > 1
            significant = run.lstrip("".join(k for k, v in t.digit.items() if v == 0)) if zero_led else run
            if not significant:  # 零零: still zero
                significant = run[-1]
            value = Decimal("".join(str(t.digit[c]) for c in significant))
            kind = "cn1" if len(significant) == 1 else "cnrun"
            out.append(("num", value, kind, zero_led, run))
            i = j
            continue
        if ch in t.unit:
            out.append(("unit", t.unit[ch]))
            i += 1
            continue
        if ch in t.multiplier:
            out.append(("mult", t.multiplier[ch]))
            i += 1
            continue
        word = next((w for w in t.points if s.startswith(w, i)), None)
        if word:
            out.append(("point",))
            i += len(word)
            continue
        word = next((w for w in t.fillers + t.more if s.startswith(w, i)), None)
        if word and i + len(word) < n and s[i + len(word)] in t.multiplier and out:
            i += len(word)  # 两个亿; 十多万 and 1000余万 read as their lower bound
            continue
        raise _Fail(s)
    return out


def _evaluate(s: str, t: _Tables) -> Decimal:
    toks = _tokens(s, t)
    if not toks:
        raise _Fail(s)
    # A run of Chinese digits with no unit anywhere is read digit by digit: 二〇〇二, 一七二零点一.
    has_units = any(k[0] in ("unit", "mult") for k in toks)
    total = Decimal(0)     # everything already multiplied by 亿
    wan = Decimal(0)       # since the last 亿, already multiplied by 万
    cur = Decimal(0)       # since the last multiplier, below 万
    pending: Decimal | None = None
    pending_tok: tuple | None = None
    last: tuple | None = None  # previous token
    seen_any = False
    before_pending: tuple | None = None  # the token just before the pending number
    after_zero = False  # a 零 filler came right before: 一千零三 is 1003, not 1300

    def colloquial(value: Decimal, tok: tuple, before: tuple | None) -> Decimal:
        # 三万五 = 35000, 一百二 = 120, 两千三点一 = 2300.1: a lone Chinese digit right after a unit
        # of 100 or more (no 零 between) counts in the next lower place.
        if tok[2] == "cn1" and not tok[3] and before is not None and before[0] in ("unit", "mult") \
                and before[1] >= 100:
            return value * (Decimal(before[1]) / 10)
        return value

    i = 0
    while i < len(toks):
        tok = toks[i]
        kind = tok[0]
        if kind == "num" and tok[2] != "arabic" and tok[1] == 0 and i + 1 < len(toks) \
                and toks[i + 1][0] in ("num", "unit") and has_units:
            # 零 as a place filler (一千零十, 1千零1, 2千零30万)
            after_zero = True
            i += 1
            continue
        if kind == "num":
            if pending is not None:
                raise _Fail("two numbers in a row")
            if tok[2] == "cnrun" and has_units:
                raise _Fail("digit-by-digit run mixed with units")
            pending, pending_tok = tok[1], (tok if not after_zero else tok[:3] + (True,) + tok[4:])
            before_pending = last
            seen_any = True
        elif kind == "unit":
            if last is not None and last[0] == "unit" and pending is None and tok[1] >= last[1]:
                raise _Fail("unit after a smaller unit")
            coef = pending if pending is not None else Decimal(1)
            cur += coef * tok[1]
            pending = pending_tok = None
            seen_any = True
        elif kind == "mult":
            section = cur + (pending if pending is not None else 0)
            if tok[1] == max(t.multiplier.values()):
                # the largest multiplier (yi) multiplies everything since the previous one,
                # the wan part included (十万亿, 3千万亿)
                base = wan + section
                if base == 0 and not seen_any:
                    base = Decimal(1)
                elif base == 0:
                    raise _Fail("multiplier without a coefficient")
                total += base * tok[1]
                wan = Decimal(0)
            else:
                if section == 0 and not seen_any:
                    section = Decimal(1)
                elif section == 0 and not (last and last[0] == "num"):
                    raise _Fail("multiplier without a coefficient")
                wan += section * tok[1]
            cur = Decimal(0)
            pending = pending_tok = None
            seen_any = True
        elif kind == "point":
            if i + 1 >= len(toks):
                raise _Fail("point at the end")
            frac_tok = toks[i + 1]
            frac = _fraction_digits(frac_tok, t)
            if pending is not None:
                pending = colloquial(pending, pending_tok, before_pending) + frac
            else:
                pending = frac
            pending_tok = ("num", pending, "decimal", True, "")
            last = frac_tok
            after_zero = False
            i += 2
            continue
        if kind != "num":
            after_zero = False
        last = tok
        i += 1
    if pending is not None:
        pending = colloquial(pending, pending_tok, before_pending)
    return total + wan + cur + (pending if pending is not None else 0)


def _fraction_digits(tok: tuple, t: _Tables) -> Decimal:
    if tok[0] != "num" or tok[2] == "decimal":
        raise _Fail("point without digits")
    if tok[2] == "arabic":
        raw = format(tok[1], "f")
        if "." in raw:
            raise _Fail("two decimal points")
        return Decimal("0." + raw)
    run = tok[4]
    return Decimal("0." + "".join(str(t.digit[c]) for c in run))


def _value(s: str, t: _Tables) -> Decimal:
    s = s.strip()
    if not s:
        raise _Fail(s)
    if s in t.special:
        return t.special[s]
    for sign in t.signs:
        if s.startswith(sign) and len(s) > len(sign):
            return -_value(s[len(sign):], t)
    for infix in t.fraction_infixes:
        if infix in s:
            denominator, _, numerator = s.partition(infix)
            den = _value(denominator, t)
            if den == 0:
                raise _Fail("zero denominator")
            with localcontext() as c:
                c.prec = 28
                return _value(numerator, t) / den
    return _evaluate(s, t)


def parse_number(text: str, patterns: PatternSet | None = None) -> Number | None:
    """The value of one numeral expression (the whole string, spaces around allowed), or None.

    Arabic (1,234.5), Chinese (一千二百三十四, 两, 〇, 壹佰万零伍拾肆, 一七二零), colloquial (三万五,
    一百二), mixed (1.1万, 三点五亿, 2千零30万, 5万4千6百, 两个亿), negative (负三, -10.1万),
    fractions (三分之一, 百分之五十 as 0.5) and 一半. Full-width digits are accepted.
    多/余/几 before a multiplier give the lower bound (十多万 -> 100000, 1000余万 -> 10000000);
    the caller reads the qualifier from the text (numbers.toml `more_suffix`).
    """
    if len(text) > _MAX_LENGTH:
        return None
    whole, point, fraction = text.partition(".")
    if whole.isascii() and whole.isdigit() and (not point or (fraction.isascii() and fraction.isdigit())):
        # Plain digits (95, 3.5), most numerals in a notice: the same value without the grammar.
        return int(whole) if not point or not fraction.strip("0") else float(text)
    return _parse_number(text, patterns)


# The same numerals recur across a batch (一百, 1.5万, 三分之一); their values are computed once.
@lru_cache(maxsize=4096)
def _parse_number(text: str, patterns: PatternSet | None) -> Number | None:
    t = _tables(patterns)
    norm = normalize(text, t.char_map).norm
    if " " in norm.strip():  # 365.15 万, 200 余万: the `spaced_multiplier` space carries no value
        norm = t.spaced_multiplier.sub("", norm.strip())
    try:
        return _as_number(_value(norm, t))
    except (_Fail, InvalidOperation, ValueError, KeyError):
        return None


def normalize_number(text: str, patterns: PatternSet | None = None) -> dict | None:
    """`{"value": v}` for `planparse normalize number`, or None when text is not a number."""
    value = parse_number(text, patterns)
    return None if value is None else {"value": value}


def parse_range(text: str, patterns: PatternSet | None = None) -> tuple[Number, Number] | None:
    """(low, high) of a numeric range written "A<sep>B" (the whole string), or None.

    Separators are numbers.toml's `range_sep` (- ~ 至 到). A multiplier written only on the high
    end distributes to the low end when that keeps low <= high: 0.6~1.2万 -> (6000, 12000),
    两到三万 -> (20000, 30000); but 500-1万 stays (500, 10000). Units are the caller's business:
    pass the numeric part (the `${numbers.range}` fragment matches exactly that).
    """
    return _parse_range(text, patterns)


@lru_cache(maxsize=1024)
def _parse_range(text: str, patterns: PatternSet | None) -> tuple[Number, Number] | None:
    t = _tables(patterns)
    norm = normalize(text, t.char_map).norm.strip()
    m = t.range.fullmatch(norm)
    if not m:
        return None
    for sep in t.range_sep.finditer(norm):
        left, right = norm[:sep.start()].strip(), norm[sep.end():].strip()
        low, high = parse_number(left, patterns), parse_number(right, patterns)
        if low is None or high is None:
            continue
        mult = next((v for k, v in t.multiplier.items() if right.endswith(k)), None)
        if mult and not any(left.endswith(k) for k in t.multiplier):
            spread = _as_number(Decimal(str(low)) * mult)
            if spread <= high:
                low = spread
        return low, high
    return None
