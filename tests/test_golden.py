"""The samples against their golden files (see tests/golden/README.md)."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import SAMPLES

GOLDEN = Path(__file__).with_name("golden")
FLOORS = json.loads((GOLDEN / "floors.json").read_text(encoding="utf-8"))
_PUNCT = re.compile(r"[\s\u3000。；;：:，,、．.“”\"'‘’《》〈〉()（）【】\[\]！!？?·—\-]+")


def _expect(sample: Path) -> dict:
    return json.loads((GOLDEN / f"{sample.stem}.expect.json").read_text(encoding="utf-8"))


def _keys(kind: str, records: list[dict]) -> Counter:
    if kind == "targets":
        return Counter((round(float(r["value"]), 2), (r.get("unit") or "").replace("％", "%")) for r in records)
    if kind == "percentages":
        return Counter((round(float(r["value"]), 2), r["kind"]) for r in records)
    if kind == "deadlines":
        return Counter(r["date"] for r in records)
    return Counter(_PUNCT.sub("", r["name"]) for r in records)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_section_tree_matches_expectation(sample, parsed_samples):
    _, doc = parsed_samples[sample.name]
    got = [{"id": s.id, "marker": s.marker, "title": s.title} for s in doc.iter_sections()]
    assert got == _expect(sample)["sections"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_meta_matches_expectation(sample, parsed_samples):
    _, doc = parsed_samples[sample.name]
    got = doc.meta.model_dump(include={"title", "doc_number", "date", "plan_year"})
    assert got == _expect(sample)["meta"]


@pytest.mark.parametrize("kind", ["targets", "percentages", "deadlines", "responsible_units"])
def test_extraction_quality_floor(kind, parsed_samples):
    tp = fp = fn = 0
    misses = []
    for sample in SAMPLES:
        _, doc = parsed_samples[sample.name]
        want = _keys(kind, _expect(sample)[kind])
        got = _keys(kind, [r.model_dump(mode="json") for r in getattr(doc, kind)])
        tp += sum((want & got).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
        misses += [f"{sample.stem[:8]} missed {k}" for k in (want - got)][:3]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= FLOORS[kind], f"{kind} F1 {f1:.3f} < floor {FLOORS[kind]} (p={precision:.3f} r={recall:.3f}); {misses[:8]}"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_whole_output_matches_snapshot(sample, parsed_samples, update_golden):
    _, doc = parsed_samples[sample.name]
    got = doc.model_dump(mode="json")
    got["source"] = f"samples/{sample.name}"
    path = GOLDEN / f"{sample.stem}.json"
    if update_golden:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}: run pytest --update-golden and review it"
    assert got == json.loads(path.read_text(encoding="utf-8"))
