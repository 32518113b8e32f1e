"""Checks shared by the invariant, encoding and property tests."""
from __future__ import annotations

import re

ID = re.compile(r"^[0-9]+(?:-[0-9]+)?(?:\.[0-9]+(?:-[0-9]+)?)*$")
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "%": "％", "\u00a0": "\u3000"})


def assert_contract_invariants(source: str, doc) -> None:
    """What every Document must satisfy, whatever the input."""
    sections = list(doc.iter_sections())
    ids = [s.id for s in sections]
    assert len(ids) == len(set(ids)), "section ids are unique"
    for s in sections:
        assert ID.match(s.id), f"well-formed id {s.id!r}"
        assert s.level == s.id.count(".") + 1
        start, end = s.span
        assert 0 <= start <= end <= len(source)
        assert source[start:].startswith(s.marker) or s.marker in source[start:start + len(s.marker) + 3]
        for child in s.children:
            assert start <= child.span[0] <= child.span[1] <= end, f"{child.id} inside {s.id}"
            assert child.id.startswith(s.id + ".")
        for item in s.inline:
            assert start <= item.span[0] <= item.span[1] <= end
    known = set(ids)
    for kind in ("targets", "percentages", "deadlines", "responsible_units"):
        for r in getattr(doc, kind):
            s, e = r.span
            assert 0 <= s < e <= len(source), f"{kind} span {r.span} inside the text"
            assert source[s:e] == r.text, f"{kind} text {r.text!r} == source[{s}:{e}]"
            assert r.section is None or r.section in known, f"{kind} section {r.section} exists"


def comparable(doc) -> dict:
    """A document without its source name and spans' text (for variants of the same notice)."""
    data = doc.model_dump(mode="json")
    data.pop("source")
    return data
