"""Linear time (issue 5): parsing 4x the input must take at most about 4x as long (target <= 4.8x).

    .venv/bin/python bench/bench_linear.py                 # every shape at the default size
    .venv/bin/python bench/bench_linear.py --size 50000    # smaller N (faster, noisier)
    .venv/bin/python bench/bench_linear.py --shape runs-一 --profile   # where the time goes
    .venv/bin/python bench/bench_linear.py --check         # exit 1 when a shape misses the target

Each shape builds inputs of N/64, N/16, N/4, N and 4N characters and parses them in this process
(after a warm-up parse, so pattern compilation is not timed; best of --repeat runs), and prints
the ratio t(4N) / t(N). A quadratic stage shows up as a ratio near 16; a linear one near 4. A
shape that would blow the --budget on its next size stops early and reports its last pair, so a
quadratic shape costs seconds, not an hour.
`--stages` splits the time into normalize / segment / meta / each extractor, to name the culprit.
This is a benchmark, not a unit test: timings depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import planparse  # noqa: E402
from planparse.extract import EXTRACTORS, Context, extractor  # noqa: E402
from planparse.meta import read_meta  # noqa: E402
from planparse.normalize import normalize  # noqa: E402
from planparse.patterns import load_patterns  # noqa: E402
from planparse.segment import segment  # noqa: E402

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
TARGET = 4.8
CN = "一二三四五六七八九十"


def _fill(unit: str, n: int) -> str:
    return (unit * (n // max(1, len(unit)) + 1))[:n]


def _samples() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)


def _numbered_plan(n: int) -> str:
    """A plan whose numbering keeps counting: 一、 (一) 1. (1) ① nested, many short items."""
    lines, i = [], 0
    while sum(map(len, lines)) < n:
        i += 1
        lines.append(f"{CN[i % 9]}、总体要求")
        for j in range(1, 4):
            lines.append(f"({CN[j - 1]})主要目标")
            for k in range(1, 6):
                lines.append(f"{k}.到2025年底前,覆盖率达到9{k}%以上。")
                lines.append(f"({k})加强监测;①建立台账;②完善机制。")
    return "\n".join(lines)[:n]


def _wide_table(n: int) -> str:
    """序号 | 工作任务 | 工作任务 | … |, then row 1 one cell short: about n characters."""
    k = max(3, n // 14)
    return ("表\n序号 | " + " | ".join(["工作任务"] * k) + " |\n1 | " + " | ".join(["市教育局"] * (k - 1)) + " |\n")[:n]


_TABLE = "任务分工\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n" + "".join(
    f"{i} | 新建学校5所,完善设施 | 市教育局 | 市财政局、市住建局 | 2024年12月 |\n" for i in range(1, 51))


# name -> builder(n) -> text of exactly about n characters
SHAPES = {
    "notices": lambda n: _fill(_samples() + "\n", n),
    "one-line": lambda n: _fill(_samples().replace("\r", "").replace("\n", ""), n),
    "numbered-plan": _numbered_plan,
    "numbered-one-line": lambda n: _numbered_plan(n).replace("\n", ""),
    "markers-lines": lambda n: _fill("一、\n(一)\n1.\n(1)\n①\n", n),
    "markers-one-line": lambda n: _fill("一、(一)1.(1)①", n),
    "numbers-sentences": lambda n: _fill("到2025年底前,全县覆盖率达到95%以上,新增床位3.5万张、两千家、1,000元。\n", n),
    "numbers-one-sentence": lambda n: _fill("到2025年底前覆盖率达到95%以上、新增3.5万张、", n),
    "runs-1.": lambda n: _fill("1.", n),
    "runs-%": lambda n: _fill("%", n),
    "runs-年": lambda n: _fill("年", n),
    "runs-一": lambda n: _fill("一", n),
    "runs-十": lambda n: _fill("十", n),
    "runs-9": lambda n: _fill("9", n),
    "runs-汉字": lambda n: _fill("加强基层医疗卫生服务能力建设", n),
    # the inputs of tests/test_dates.py and test_numbers.py's pathological cases
    "runs-open-ranges": lambda n: _fill("2023年5月至", n),
    "runs-titled-dates": lambda n: _fill("《2023年底前》", n),
    "runs-cue-words": lambda n: _fill("到 ", n),
    "runs-recurring": lambda n: _fill("每年6月底前完成,", n),
    "runs-numerals": lambda n: _fill("1" * 50 + "万" + "二" * 50 + ",", n),
    # a 申报 notice signed in the year before its plan year, one paragraph of limits: each month-day without
    # a year looks back for the written year it carries (dates._carried_year; unbounded it was quadratic)
    "carried-year": lambda n: "关于做好2021年度资金申报工作的通知\n各乡镇:\n" + _fill(
        "截止时间为2020年11月4日,需在11月6日前完成,", n) + "\n某县财政局\n2020年10月20日\n",
    # task tables (tables.py): a | header as wide as the input (its reading was cubic in the column
    # count: 400 columns took 5.7 s), its one row a piece short; and a table of many | rows
    "table-wide-header": lambda n: _wide_table(n),
    "table-rows": lambda n: _fill(_TABLE, n),
}


def best_time(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def stage_times(text: str, patterns) -> dict[str, float]:
    out = {}
    t = time.perf_counter()
    txt = normalize(text, patterns.char_map())
    out["normalize"] = time.perf_counter() - t
    t = time.perf_counter()
    outline = segment(txt, patterns)
    out["segment"] = time.perf_counter() - t
    t = time.perf_counter()
    meta = read_meta(txt, outline, patterns)
    out["meta"] = time.perf_counter() - t
    ctx = Context(text=txt, outline=outline, meta=meta, patterns=patterns)
    for name in EXTRACTORS:
        t = time.perf_counter()
        extractor(name)(ctx)
        out[name] = time.perf_counter() - t
    return out


def _ladder(shape, args) -> tuple[str, str, float, float, str]:
    """Time the shape at growing sizes up to factor x N; the last two measured give the ratio."""
    f = args.factor
    sizes = [n for n in (args.size // f ** 3, args.size // f ** 2, args.size // f) if n >= 500]
    sizes += [args.size, args.size * f]
    measured: list[tuple[int, str, float]] = []
    for n in sizes:
        if len(measured) >= 2:
            growth = measured[-1][2] / max(measured[-2][2], 1e-6)
            if measured[-1][2] * max(growth, f) > args.budget:
                break
        text = shape(n)
        t = best_time(planparse.parse, text, 1)
        if t < args.budget / 4 and args.repeat > 1:
            t = min(t, best_time(planparse.parse, text, args.repeat - 1))
        measured.append((n, text, t))
    (n1, small, t_small), (n2, big, t_big) = measured[-2], measured[-1]
    note = "" if n2 == args.size * f else f" (stopped at {n1:,} -> {n2:,} chars: the next step would exceed --budget)"
    return small, big, t_small, t_big, note


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000, help="N in characters (default 100,000)")
    ap.add_argument("--factor", type=int, default=4, help="the larger input is factor x N (default 4)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing, best taken (default 3)")
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes (repeatable)")
    ap.add_argument("--stages", action="store_true", help="also print the ratio of each pipeline stage")
    ap.add_argument("--profile", action="store_true", help="cProfile the larger input of each shape")
    ap.add_argument("--check", action="store_true", help=f"exit 1 when a ratio exceeds {TARGET} (scaled)")
    ap.add_argument("--budget", type=float, default=20.0,
                    help="seconds: sizes grow N/64, N/16, N/4, N, 4N and stop before a step predicted (from "
                         "the last growth) to take longer; the ratio is then the last pair measured, so a "
                         "quadratic shape reports ~16x in seconds instead of running for an hour (default 20)")
    args = ap.parse_args()

    limit = TARGET * args.factor / 4
    patterns = load_patterns(None)
    planparse.parse(SAMPLES[0].read_text(encoding="utf-8"))  # warm-up: compile every pattern
    print(f"N = {args.size:,} chars, {args.factor}N = {args.size * args.factor:,}; best of {args.repeat}; "
          f"target ratio <= {limit:.1f}")
    print(f"{'shape':<22}{'t(N) s':>9}{f't({args.factor}N) s':>10}{'ratio':>8}")
    missed = []
    for name in args.shape or SHAPES:
        small, big, t_small, t_big, note = _ladder(SHAPES[name], args)
        ratio = t_big / t_small if t_small > 0 else float("inf")
        # below a few ms the ratio is noise (fixed costs dominate): flag only when time is real
        bad = ratio > limit and t_big > 0.05
        print(f"{name:<22}{t_small:9.3f}{t_big:10.3f}{ratio:8.2f}  {'MISSED' if bad else 'ok'}{note}", flush=True)
        if bad:
            missed.append(name)
        if args.stages:
            s_small, s_big = stage_times(small, patterns), stage_times(big, patterns)
            for stage in s_small:
                r = s_big[stage] / s_small[stage] if s_small[stage] > 0 else float("inf")
                if s_big[stage] > 0.01:
                    print(f"    {stage:<18}{s_small[stage]:9.3f}{s_big[stage]:10.3f}{r:8.2f}")
        if args.profile:
            prof = cProfile.Profile()
            prof.runcall(planparse.parse, big)
            pstats.Stats(prof).sort_stats("tottime").print_stats(8)
    print(f"\n{len(SHAPES if not args.shape else args.shape) - len(missed)} shape(s) linear"
          + (f"; superlinear: {', '.join(missed)}" if missed else ""))
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
