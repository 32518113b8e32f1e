"""Speed work must not change what planparse finds: record every output, then compare.

    .venv/bin/python bench/same_output.py record /tmp/ref.jsonl   # before a change
    .venv/bin/python bench/same_output.py check  /tmp/ref.jsonl   # after it: exit 1 on any difference

The inputs are the samples (as written, full-width, paragraphs shuffled across samples), every
sentence in tests/corpus, every example in patterns/, the bench_linear shapes at a small size, and
any *.txt under $PLANPARSE_EXTRA_DOCS (folders of real notices kept outside the repository,
separated by ':').
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from planparse import parse  # noqa: E402
from planparse.patterns import load_patterns  # noqa: E402

FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.,:;()"}


def inputs():
    samples = sorted((ROOT / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    for p, t in zip(samples, texts):
        yield f"sample:{p.name}", t, None
        yield f"full-width:{p.name}", t.translate(str.maketrans(FULL_WIDTH)), None
    paragraphs = [line for t in texts for line in t.splitlines()]
    rng = random.Random(4)
    for i in range(20):
        yield f"shuffled:{i}", "\n".join(rng.sample(paragraphs, min(len(paragraphs), 120))), None
    for spec in sorted((ROOT / "tests" / "corpus").glob("*.toml")):
        for case in tomllib.loads(spec.read_text(encoding="utf-8")).get("case", []):
            yield f"corpus:{spec.stem}:{_digest(case['text'])}", case["text"], case.get("plan_year")
    for spec in sorted((ROOT / "patterns").glob("*.toml")):
        for rule in tomllib.loads(spec.read_text(encoding="utf-8")).get("rule", []):
            for text in rule.get("examples", []) + rule.get("counter_examples", []):
                yield f"example:{rule['id']}:{_digest(text)}", text, 2022
    from bench_linear import SHAPES
    for name, build in SHAPES.items():
        yield f"shape:{name}", build(3000), None
    for folder in filter(None, os.environ.get("PLANPARSE_EXTRA_DOCS", "").split(os.pathsep)):
        for p in sorted(Path(folder).rglob("*.txt")):
            yield f"extra:{p.name}", p.read_text(encoding="utf-8", errors="replace"), None


def _digest(text: str) -> str:
    """A case's key part: its text's hash, not its position, so adding a case moves no other key."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def outputs():
    pats = load_patterns()
    for key, text, year in inputs():
        yield key, parse(text, plan_year=year, patterns=pats).model_dump(mode="json")


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "record":
        with path.open("w", encoding="utf-8") as out:
            for n, (key, doc) in enumerate(outputs(), 1):
                out.write(json.dumps({"key": key, "doc": doc}, ensure_ascii=False) + "\n")
        print(f"recorded {n} outputs in {path}")
        return 0
    recorded = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        recorded[row["key"]] = row["doc"]
    differ = 0
    for n, (key, doc) in enumerate(outputs(), 1):
        old = recorded.get(key)
        if old != doc:
            differ += 1
            if old is None:
                print(f"NEW  {key}")  # an input the record did not have (a case or example added since)
            else:
                fields = [f for f in sorted(set(doc) | set(old)) if old.get(f) != doc.get(f)]
                print(f"DIFF {key} fields {' '.join(fields)}")
    print(f"{n} outputs, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
