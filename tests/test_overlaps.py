"""The one overlap policy every extractor uses: priority, then longest, then leftmost."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.extract import resolve_overlaps

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


def reference(candidates):
    """The policy stated plainly: take candidates best first, skip any that overlaps one taken."""
    kept = []
    for s, e in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(s < te and ts < e for ts, te in kept):
            kept.append((s, e))
    return sorted(kept)


@settings(max_examples=200, deadline=None)
@given(spans)
def test_same_result_as_the_plain_statement_of_the_policy(candidates):
    assert resolve_overlaps(candidates, span=lambda c: c) == reference(candidates)


def test_priority_beats_length():
    kept = resolve_overlaps([("long", (0, 10), 0), ("short", (2, 4), 1)], span=lambda c: c[1], priority=lambda c: c[2])
    assert [c[0] for c in kept] == ["short"]
