"""Date conformance: ../shared/conformance/dates.jsonl through normalize_date.

Every row is normalized against its own `base`; the contract is about `end` (the deadline
date), so `end` must match on every row, and `start` too unless the row is `fuzzy` (a
source-specific convention such as 年底 = Nov 1 - Dec 31). Known failures are listed with a
reason in tests/conformance_dates_known_failures.toml and run as strict xfails.
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from planparse.dates import normalize_date

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "conformance" / "dates.jsonl"
KNOWN = {(f["text"], f["base"]): f["reason"]
         for f in tomllib.loads((HERE / "conformance_dates_known_failures.toml").read_text(encoding="utf-8"))["failures"]}


def _rows():
    if not DATA.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/conformance is not beside this checkout"))]
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    params = []
    for i, row in enumerate(rows):
        reason = KNOWN.get((row["text"], row["base"]))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(row, id=f"{i}-{row['text']}", marks=marks))
    return params


@pytest.mark.parametrize("row", _rows())
def test_date_row(row):
    got = normalize_date(row["text"], base=row["base"])
    assert got is not None, f"{row['text']!r} did not resolve"
    assert got["end"] == row["end"], f"{row['text']!r} (base {row['base']}): end {got['end']} != {row['end']}"
    if not row.get("fuzzy"):
        assert got["start"] == row["start"], f"{row['text']!r}: start {got['start']} != {row['start']}"


def test_end_pass_rate_meets_target():
    if not DATA.is_file():
        pytest.skip("../shared/conformance is not beside this checkout")
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    ok = 0
    for row in rows:
        got = normalize_date(row["text"], base=row["base"])
        ok += got is not None and got["end"] == row["end"]
    assert ok / len(rows) >= 0.90, f"date ends {ok}/{len(rows)}"
