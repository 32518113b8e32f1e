"""Anchors searched with Python's re (PatternFile.plain): they must find what regex finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from planparse.extract.responsible_units import _Anchor
from planparse.normalize import normalize
from planparse.patterns import PatternError, load_patterns

PATTERNS = load_patterns()
ROOT = Path(__file__).resolve().parents[1]


def _texts(pf):
    char_map = PATTERNS.char_map()
    texts = [normalize(e, char_map).norm for r in pf.rules for e in r.examples + r.counter_examples]
    texts += [normalize(p.read_text(encoding="utf-8"), char_map).norm for p in sorted((ROOT / "samples").glob("*.txt"))]
    return texts


def _plain_and_first(name):
    pf = PATTERNS[name]
    plain = list(pf.spec.lists.get("plain_anchor", []))
    first = [k[: -len("_first")] for k in pf.spec.fragments if k.endswith("_first")]
    return plain, first


def test_plain_compiles_with_re_and_refuses_what_re_cannot_read():
    pf = PATTERNS["responsible_units"]
    assert pf.plain("label").pattern == pf.fragment("label").pattern
    with pytest.raises(PatternError, match="Python's re"):
        pf.plain("anchor_subject")  # \p{Han} inside its predicate


@pytest.mark.parametrize("name", ["responsible_units"])
def test_plain_anchors_find_what_regex_finds(name):
    pf = PATTERNS[name]
    plain, first = _plain_and_first(name)
    assert plain and first
    for text in _texts(pf):
        for a in plain:
            assert [m.span() for m in pf.plain(a).finditer(text)] == [m.span() for m in pf.fragment(a).finditer(text)], a


@pytest.mark.parametrize("name", ["responsible_units"])
def test_anchor_search_through_first_characters_is_regex_search(name):
    # <anchor>_first holds one character where every match of the anchor starts: searching
    # through it finds, from every position, the match regex's own search finds
    pf = PATTERNS[name]
    for a in _plain_and_first(name)[1]:
        rx = pf.fragment(a)
        for text in _texts(pf):
            anchor = _Anchor(pf, a, text)
            assert all(len(m.group()) == 1 for m in pf.plain(a + "_first").finditer(text))
            for pos in range(0, len(text), 7):
                got, want = anchor.search(pos, len(text)), rx.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (a, pos)
