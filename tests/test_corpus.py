"""Sentence-level specs: every [[case]] of tests/corpus/<extractor>.toml, one test each.

A case gives `text`, optional `plan_year`, and `expect`: the records the extractor named by the
file must produce, in document order. Only the keys a case lists are compared, so adding output
fields later does not break cases; the number of records must match exactly, so `expect = []`
is a negative case. `xfail = "reason"` marks a known gap (strict: a fixed case fails until it
is promoted).
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import planparse

CORPUS = Path(__file__).with_name("corpus")


def _cases():
    for path in sorted(CORPUS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("case", [])):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            yield pytest.param(path.stem, case, id=f"{path.name}::{i}-{case['text'][:16]}", marks=marks)


@pytest.mark.parametrize("extractor,case", list(_cases()))
def test_case(extractor, case):
    doc = planparse.parse(case["text"], plan_year=case.get("plan_year"))
    got = [r.model_dump(mode="json") for r in getattr(doc, extractor)]
    want = case["expect"]
    shown = [{k: g.get(k) for k in (want[0] if want else g)} for g in got]
    assert len(got) == len(want), f"expected {len(want)} records, got {shown}"
    for g, w in zip(got, want):
        assert {k: g.get(k) for k in w} == w, f"got {shown}"
    for g in got:  # spans are sacred even in one sentence
        s, e = g["span"]
        assert case["text"][s:e] == g["text"]
