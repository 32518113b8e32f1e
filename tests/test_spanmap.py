"""The map from norm positions to source positions that Text keeps when normalize removed something."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planparse.normalize import Text, _text_without


def _cut(source: str, removed: list[tuple[int, int]]) -> Text:
    return _text_without(source, source, removed)


def test_identity_holds_no_map():
    text = _cut("关于印发", [])
    assert text.identity and text._at is None
    assert text.to_source(2) == 2 and text.to_norm(2) == 2
    assert text.source_span(1, 3) == (1, 3) and text.source_slice(1, 3) == "于印"


def test_both_ends_of_a_removed_piece():
    source = "關(guān)于印發(fā)通知"
    text = _cut(source, [(1, 7), (10, 14)])
    assert text.norm == "關于印發通知"
    assert [text.to_source(i) for i in range(len(text.norm) + 1)] == [0, 7, 8, 9, 14, 15, 16]
    # a span ending right before a removed piece leaves it out; one starting right after it too
    assert text.source_slice(0, 1) == "關"
    assert text.source_slice(1, 2) == "于"
    # a span over a removed piece includes it, as written
    assert text.source_slice(0, 2) == "關(guān)于"
    assert text.source_slice(2, 6) == "印發(fā)通知"
    # every source position inside a removed piece maps to the character kept after it
    assert [text.to_norm(j) for j in range(len(source) + 1)] == [0, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 5, 6]


def test_empty_removal_changes_nothing():
    text = _cut("能源结构", [(2, 2)])
    assert text.identity and text.norm == "能源结构"


def test_removal_at_the_start_and_at_the_end():
    source = "\n能源结构\n"
    text = _cut(source, [(0, 1), (5, 6)])
    assert text.norm == "能源结构"
    assert text.to_source(0) == 1 and text.to_source(4) == 6 == len(source)
    assert text.source_span(0, 4) == (1, 5)  # the pieces outside the span stay out
    assert text.source_span(0, 0) == (1, 1) and text.source_span(4, 4) == (6, 6)
    assert text.to_norm(0) == 0 and text.to_norm(5) == 4 and text.to_norm(6) == 4


def test_adjacent_removals_are_one_piece():
    text = _cut("产业结构和能  \n  源结构", [(6, 8), (8, 9), (9, 11)])
    assert text.norm == "产业结构和能源结构"
    assert text._at == (6,) and text.to_source(6) == 11
    assert text.source_slice(5, 7) == "能  \n  源"


@given(st.text(alphabet="ab关\n(ā)", max_size=30), st.data())
def test_every_span_of_norm_slices_its_source(source, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(source)), max_size=8)))
    removed = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
    text = _cut(source, removed)
    kept = [j for j in range(len(source)) if not any(a <= j < b for a, b in removed)]
    assert text.norm == "".join(source[j] for j in kept)
    for i, j in enumerate(kept):
        assert text.to_source(i) == j and text.to_norm(j) == i
    s = data.draw(st.integers(0, len(text.norm)))
    e = data.draw(st.integers(s, len(text.norm)))
    a, b = text.source_span(s, e)
    assert text.source_slice(s, e) == source[a:b]
    if e > s:
        assert (a, b) == (kept[s], kept[e - 1] + 1)
