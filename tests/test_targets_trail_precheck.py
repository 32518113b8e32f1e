"""targets._trail skips the search for trailing words (R.trail) when no trail word ends the text
(R.trail_end, matched backwards from the end): it must find exactly what the search finds."""
from __future__ import annotations

import tomllib
from pathlib import Path

from planparse.extract import targets
from planparse.normalize import normalize
from planparse.patterns import load_patterns

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = load_patterns()
R = targets._rules(PATTERNS["targets"])


def _texts():
    char_map = PATTERNS.char_map()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for spec in sorted((ROOT / "tests" / "corpus").glob("targets*.toml")):
        texts += [case["text"] for case in tomllib.loads(spec.read_text(encoding="utf-8")).get("case", [])]
    return [normalize(t, char_map).norm for t in texts]


def test_trail_precheck_finds_what_the_search_finds():
    tried = found = 0
    for norm in _texts():
        for line in norm.splitlines():
            for i in range(1, len(line) + 1):  # every prefix of every line: a phrase ends anywhere
                head = line[:i]
                for start in (0, max(0, i - 12)):
                    expected = R.trail.search(head, start)
                    got = targets._trail(R, head, start)
                    assert (got and got.span()) == (expected and expected.span()), (head, start)
                    tried += 1
                    found += expected is not None
    assert tried > 10000 and found > 1000
