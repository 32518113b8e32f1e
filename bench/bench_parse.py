"""Per-document parse time of each sample, with pytest-benchmark (not part of the test suite).

    .venv/bin/pytest bench/bench_parse.py --benchmark-only -p no:cacheprovider

For extractor authors: shows which sample and which stage got slower. The issue-4 ratios are in
bench_speed.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planparse
from planparse.formats import read_document

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_parse_sample(benchmark, sample):
    text = read_document(sample)
    planparse.parse(text)  # patterns compiled outside the timing
    benchmark(planparse.parse, text)
