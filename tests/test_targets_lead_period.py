"""indicator_lead_period opens with a lookahead of the first characters its choices can start with
(a speed form: the lead is tried at every step of a subject phrase). Without that lookahead the
fragment must match exactly where and what it matches with it."""
from __future__ import annotations

import tomllib
from pathlib import Path

import regex

from planparse.normalize import normalize
from planparse.patterns import load_patterns

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = load_patterns()
PERIODS = ["1-10月份", "一至十月", "2023年1-5月", "截至2023年10月底", "2021-2022年", "4月底", "3月底前", "12 月底前",
           "8月份", "8月6日12时", "截至9月30日", "到2025年底", "今年底前", "年内", "2024年度末", "第一季度", "前三季度末",
           "截至2022年上半年", "下半年", "明年度", "至3季度", "在2023年底"]


def _unguarded() -> regex.Pattern:
    source = PATTERNS["targets"].spec.fragments["indicator_lead_period"]
    guard = regex.match(r"\(\?=\[[^\]]*\]\)", source)
    assert guard, source[:60]
    return regex.compile(PATTERNS["targets"].expand(source[guard.end():], "test"))


def test_the_guard_covers_every_period():
    guarded, plain = PATTERNS["targets"].fragment("indicator_lead_period"), _unguarded()
    for text in PERIODS:
        assert plain.match(text), text
        assert guarded.match(text).span() == plain.match(text).span(), text


def test_the_guard_changes_no_match_in_the_samples_and_corpus():
    guarded, plain = PATTERNS["targets"].fragment("indicator_lead_period"), _unguarded()
    char_map = PATTERNS.char_map()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for spec in sorted((ROOT / "tests" / "corpus").glob("*.toml")):
        texts += [case["text"] for case in tomllib.loads(spec.read_text(encoding="utf-8")).get("case", [])]
    found = 0
    for norm in (normalize(t, char_map).norm for t in texts):
        for i in range(len(norm)):
            m = plain.match(norm, i, min(len(norm), i + 40))
            g = guarded.match(norm, i, min(len(norm), i + 40))
            assert (g and g.span()) == (m and m.span()), norm[i:i + 20]
            found += m is not None
    assert found > 100
