"""Contract invariants on every sample and on generated documents."""
from __future__ import annotations

import random

import pytest

import planparse
from conftest import SAMPLES
from helpers import assert_contract_invariants


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_invariants(sample, parsed_samples):
    source, doc = parsed_samples[sample.name]
    assert_contract_invariants(source, doc)
    assert doc.sections, "every sample has a section tree"


def _generated_notice(rng: random.Random) -> str:
    """A plan stitched from sample sentences under random numbering styles and spacing."""
    sentences = [s.strip() for p in SAMPLES for s in p.read_text(encoding="utf-8").split("。")
                 if 8 < len(s) < 80 and "\n" not in s.strip() and not s.strip()[0].isdigit()]
    cn = "一二三四五六七八九十"
    lines = ["关于印发《2023年某县卫生健康工作要点》的通知", "", "某卫发〔2023〕7号", ""]
    item = 0
    for i in range(rng.randint(1, 6)):
        lines.append(f"{cn[i]}、{rng.choice(sentences).strip()}")
        for _ in range(rng.randint(0, 4)):
            item += 1
            sep = rng.choice([".", "．", "、", ". "])
            lines.append(f"{item}{sep}{rng.choice(sentences).strip()}。{rng.choice(sentences).strip()}。")
    return rng.choice(["\n", "\r\n", "\n\n"]).join(lines)


@pytest.mark.parametrize("seed", range(12))
def test_generated_notice_invariants(seed):
    text = _generated_notice(random.Random(seed))
    doc = planparse.parse(text)
    assert_contract_invariants(text, doc)
    assert [s.id for s in doc.sections] == [str(i + 1) for i in range(len(doc.sections))]


def _hard_wrapped(text: str, width: int, rng: random.Random) -> str:
    """The notice printed as PDF text: every line broken at `width` characters, and some pinyin
    glosses after Han characters (a mirror site's)."""
    lines = []
    for line in text.splitlines():
        while len(line) > width:
            lines.append(line[:width])
            line = line[width:]
        lines.append(line)
    out = "\n".join(lines)
    for _ in range(rng.randint(0, 5)):
        at = rng.randrange(len(out))
        if "\u4e00" <= out[at] <= "\u9fff":
            out = out[:at + 1] + rng.choice(["(guān)", "(fā)", "(gè)"]) + out[at + 1:]
    return out


@pytest.mark.parametrize("seed", range(12))
def test_generated_hard_wrapped_notice_invariants(seed):
    rng = random.Random(seed)
    text = _hard_wrapped(_generated_notice(rng), rng.randint(18, 30), rng)
    doc = planparse.parse(text)
    assert_contract_invariants(text, doc)
    for sec in doc.iter_sections():  # every section's span starts at its marker in the source
        assert text[sec.span[0]:sec.span[1]].startswith(sec.marker)
