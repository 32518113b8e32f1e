"""How much of a parse is spent inside the regex engine, and in which patterns.

    .venv/bin/python bench/regex_time.py          # the samples; --top N patterns (default 25)

Every pattern planparse compiles is wrapped in a proxy that times its search/match/fullmatch/
finditer calls (finditer's matches are drawn inside the timing). The parse time printed first is
measured in a separate process without the proxies; the regex total is with them, less the
timer's own cost, so the share is an estimate.
Each pattern line names the function that called it: where to look when one dominates.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_spent: Counter = Counter()  # (caller, pattern head) -> seconds
_calls: Counter = Counter()


class _Timed:
    __slots__ = ("_inner",)

    def __init__(self, pattern):
        self._inner = pattern

    def _timed(self, method: str, args, kwargs):
        start = time.perf_counter()
        result = getattr(self._inner, method)(*args, **kwargs)
        if method == "finditer":
            result = iter(list(result))
        spent = time.perf_counter() - start
        caller = sys._getframe(2).f_code
        key = (f"{caller.co_filename.rpartition('/')[2]}:{caller.co_name}", self._inner.pattern[:60])
        _spent[key] += spent
        _calls[key] += 1
        return result

    def search(self, *args, **kwargs):
        return self._timed("search", args, kwargs)

    def match(self, *args, **kwargs):
        return self._timed("match", args, kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._timed("fullmatch", args, kwargs)

    def finditer(self, *args, **kwargs):
        return self._timed("finditer", args, kwargs)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def _fastest_parse(repeat: int) -> float:
    """Seconds per sample, the fastest of `repeat` parses of every sample (patterns compiled)."""
    import planparse

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for text in texts:
        planparse.parse(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            planparse.parse(text)
        best = min(best, time.process_time() - start)
    return best / len(texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--repeat", type=int, default=7, help="parses of every sample; the fastest counts")
    ap.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)  # the unwrapped timing, in a child
    args = ap.parse_args()
    if args.plain:
        print(_fastest_parse(args.repeat))
        return 0
    plain = float(subprocess.run([sys.executable, __file__, "--plain", "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True).stdout)

    from planparse import compiled  # before anything compiles: every pattern gets wrapped

    original = compiled.compile
    wrapped: dict[str, _Timed] = {}
    compiled.compile = lambda source: wrapped.setdefault(source, _Timed(original(source)))
    import planparse

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for text in texts:
        planparse.parse(text)
    _spent.clear()
    _calls.clear()
    for text in texts:
        planparse.parse(text)

    start = time.perf_counter()
    for _ in range(10000):
        t = time.perf_counter()
        _ = time.perf_counter() - t
    timer = (time.perf_counter() - start) / 10000
    total = (sum(_spent.values()) - timer * sum(_calls.values())) / len(texts)
    print(f"parse {plain * 1000:.2f} ms per sample; inside regex calls about {total * 1000:.2f} ms "
          f"({total / plain:.0%}) in {sum(_calls.values()) / len(texts):.0f} calls")
    for (caller, head), spent in _spent.most_common(args.top):
        print(f"{spent / len(texts) * 1000:7.3f} ms {_calls[caller, head] / len(texts):6.0f} calls  {caller:44s} {head!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
