"""Conformance with other projects' numeral and percentage suites (../shared/conformance).

Each case goes through the functions `planparse normalize number|percentage` uses
(`numbers.normalize_number`, `extract.percentages.normalize_percentage`). Known failures are
listed with a reason in tests/conformance_known_failures.toml and marked xfail (strict). The
rate tests report the share of passing cases and hold it at or above the targets. Without
../shared beside the checkout everything collapses to one skipped test.
"""
from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import pytest

from planparse.extract.percentages import normalize_percentage
from planparse.numbers import normalize_number

ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE = ROOT.parent / "shared" / "conformance"
if not CONFORMANCE.is_dir():
    pytest.skip("../shared/conformance is not beside this checkout", allow_module_level=True)
KNOWN = tomllib.loads(Path(__file__).with_name("conformance_known_failures.toml").read_text(encoding="utf-8"))
SUITES = {"numbers": 0.97, "percentages": 0.95}  # suite -> minimum pass rate


def _rows(suite: str) -> list[dict]:
    path = CONFORMANCE / f"{suite}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _close(got, want) -> bool:
    return isinstance(got, (int, float)) and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9)


def _passes(suite: str, row: dict) -> tuple[bool, object]:
    if suite == "numbers":
        got = normalize_number(row["text"])
        return got is not None and _close(got["value"], row["value"]), got
    got = normalize_percentage(row["text"])
    return got is not None and got["kind"] == row["kind"] and _close(got["value"], row["value"]), got


def _params():
    for suite in SUITES:
        known = KNOWN.get(suite, {})
        for i, row in enumerate(_rows(suite)):
            marks = [pytest.mark.xfail(reason=known[row["text"]], strict=True)] if row["text"] in known else []
            yield pytest.param(suite, row, marks=marks, id=f"{suite}-{i}-{row['text']}")


@pytest.mark.parametrize("suite,row", list(_params()))
def test_case(suite, row):
    ok, got = _passes(suite, row)
    want = {"value": row["value"]} | ({"kind": row["kind"]} if "kind" in row else {})
    assert ok, f"{row['text']!r} from {row['source']}: got {got}, want {want}"


@pytest.mark.parametrize("suite", list(SUITES))
def test_pass_rate(suite, record_property):
    rows = _rows(suite)
    rate = sum(_passes(suite, row)[0] for row in rows) / len(rows)
    record_property(f"{suite}_pass_rate", rate)
    assert rate >= SUITES[suite], f"{suite} conformance {rate:.3f} < {SUITES[suite]}"


def test_known_failures_are_real_cases():
    for suite, entries in KNOWN.items():
        texts = {row["text"] for row in _rows(suite)}
        assert set(entries) <= texts, f"stale entries in conformance_known_failures.toml [{suite}]"
