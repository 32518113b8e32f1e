"""Speed and memory of planparse against jieba, each figure a ratio measured in the same run.

    .venv/bin/python bench/bench_speed.py            # the figures of issue 4
    .venv/bin/python bench/bench_speed.py --check    # exit 1 when a target is missed

Every timing is of a fresh process, median of --repeat runs taken round-robin; wall clock is
what a user waits for, CPU time (user + system, workers included) is also shown because it
stays meaningful on a busy machine:
  1. `planparse batch` over N copies of samples/*.txt, one worker, vs `jieba.lcut` over the same
     files in one process including jieba's initialization (default dictionary)   target >= 3x
  2. `planparse batch` with two workers vs one worker                             target >= 1.6x
  3. `planparse extract SAMPLE` cold vs `python -c "import jieba; jieba.initialize()"`
                                                                                  target <= 0.4x
  4. peak memory (max RSS of the largest process) of a batch over --big files, and its ratio to
     the batch over N files (about 1 when memory is bounded, i.e. documents are streamed).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).with_name("planparse")
PLANPARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "planparse"]

JIEBA_OVER_FILES = """
import sys
from pathlib import Path
import jieba
jieba.initialize()
words = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    words += len(jieba.lcut(path.read_text(encoding="utf-8")))
print(words)
"""

# The floor the required stack sets: a one-command typer app (typer imports pydantic and builds
# its parameters' validators) started cold, with nothing of planparse in it.
TYPER_FLOOR = """
import typer
app = typer.Typer()
@app.command()
def extract(files: list[str], year: int = 0) -> None:
    pass
app(["x.txt"], standalone_mode=False)
"""

MAX_RSS_OF = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if proc.returncode:
    sys.exit(proc.stderr.decode(errors="replace"))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KiB, largest descendant
"""


def planparse_package() -> str:
    out = subprocess.run([PYTHON, "-c", "import planparse, os; print(os.path.dirname(planparse.__file__))"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def copies(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        sample = SAMPLES[i % len(SAMPLES)]
        shutil.copyfile(sample, folder / f"{i:05d}-{sample.name}")
    return folder


def timed(commands: dict[str, list[str] | tuple[list[str], ...]], repeat: int, before=None) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each command, run round-robin so that a change in the
    machine's load hits every command alike; `before()` runs untimed before each run. CPU is
    user + system time of the process and its workers: steadier than wall time on a busy machine.
    A tuple of commands runs them side by side and times them together.
    """
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            if before:
                before()
            together = cmd if isinstance(cmd, tuple) else (cmd,)
            cpu0 = _children_cpu()
            start = time.perf_counter()
            procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in together]
            errors = [proc.communicate()[1] for proc in procs]
            runs[name].append((time.perf_counter() - start, _children_cpu() - cpu0))
            for c, proc, err in zip(together, procs, errors):
                if proc.returncode != 0:
                    sys.exit(f"failed ({proc.returncode}): {' '.join(c)}\n{err.decode(errors='replace')}")
    return {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for name, r in runs.items()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def max_rss_kib(cmd: list[str]) -> int:
    out = subprocess.run([PYTHON, "-c", MAX_RSS_OF, *cmd], capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    return int(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=100, help="files in the speed runs (default 100)")
    ap.add_argument("--big", type=int, default=1000, help="files in the memory run (default 1000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per batch timing, median (default 3)")
    ap.add_argument("--cold-repeat", type=int, default=5, help="runs per cold-start timing (default 5)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()

    results = []  # (figure, ratio, target, met)
    with tempfile.TemporaryDirectory(prefix="planparse-bench-") as tmp:
        tmp = Path(tmp)
        small = copies(tmp / "in-small", args.files)
        big = copies(tmp / "in-big", args.big)
        out = tmp / "out"

        out2 = tmp / "out2"  # for a second batch running beside the first

        def clean():
            for folder in (out, out2):
                shutil.rmtree(folder, ignore_errors=True)

        def batch(folder: Path, workers: int, into: Path = out) -> list[str]:
            return [*PLANPARSE, "batch", str(folder), "--out", str(into), "--workers", str(workers), "--quiet"]

        # Both tools start from their caches, as on a user's second run: jieba's dictionary cache and
        # planparse's compiled patterns (compiled.py). Bytecode too: pip compiles it when it installs
        # a package, but an editable checkout under PYTHONDONTWRITEBYTECODE=1 would recompile planparse's
        # source in every process, while jieba's was compiled by pip.
        subprocess.run([PYTHON, "-c", "import jieba; jieba.initialize()"], capture_output=True)
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(Path(planparse_package()))], check=True)
        subprocess.run([*PLANPARSE, "extract", str(SAMPLES[0])], capture_output=True, check=True)
        # Two 1-worker batches side by side: what the machine's cores give two busy processes
        # (shared or virtual cores give less than 2), the ceiling of the 2-worker figure.
        t = timed({"one": batch(small, 1), "two": batch(small, 2),
                   "pair": (batch(small, 1), batch(small, 1, out2)),
                   "jieba": [PYTHON, "-c", JIEBA_OVER_FILES, str(small)]}, args.repeat, clean)
        (one, one_cpu), (two, two_cpu), (jieba_files, jieba_cpu) = t["one"], t["two"], t["jieba"]
        ceiling = 2 * one / t["pair"][0]
        print(f"batch {args.files} files, 1 worker : {one:7.3f} s wall {one_cpu:7.3f} s CPU ({args.files / one:6.1f} files/s)")
        print(f"batch {args.files} files, 2 workers: {two:7.3f} s wall {two_cpu:7.3f} s CPU ({args.files / two:6.1f} files/s)")
        print(f"jieba.lcut {args.files} files (incl. init): {jieba_files:7.3f} s wall {jieba_cpu:7.3f} s CPU")
        results.append((f"jieba.lcut / batch, 1 worker, {args.files} files (wall)", jieba_files / one, ">= 3", jieba_files / one >= 3))
        results.append((f"jieba.lcut / batch, 1 worker, {args.files} files (CPU)", jieba_cpu / one_cpu, ">= 3", jieba_cpu / one_cpu >= 3))
        cores = os.cpu_count() or 1
        print(f"two 1-worker batches side by side: {t['pair'][0]:7.3f} s wall, so two busy processes get "
              f"{ceiling:.2f}x the work of one done in the same time (2 workers can do no better)")
        results.append((f"1 worker / 2 workers, wall ({cores} cores)", one / two, ">= 1.6", one / two >= 1.6))

        sample = str(SAMPLES[-1])
        t = timed({"extract": [*PLANPARSE, "extract", sample],
                   "jieba": [PYTHON, "-c", "import jieba; jieba.initialize()"],
                   "typer": [PYTHON, "-c", TYPER_FLOOR],
                   "bare": [PYTHON, "-c", "pass"]}, args.cold_repeat)
        (extract, extract_cpu), (jieba_init, jieba_init_cpu), (bare, _) = t["extract"], t["jieba"], t["bare"]
        typer_floor = t["typer"][0]
        print(f"planparse extract (cold): {extract:7.3f} s wall {extract_cpu:6.3f} s CPU   jieba init (cold): "
              f"{jieba_init:7.3f} s wall {jieba_init_cpu:6.3f} s CPU   bare python: {bare:7.3f} s")
        print(f"a one-command typer app (cold), the stack's floor: {typer_floor:7.3f} s = "
              f"{typer_floor / jieba_init:.2f}x jieba init; planparse extract adds {extract - typer_floor:.3f} s")
        results.append((f"cold extract / cold jieba init, median of {args.cold_repeat} (wall)", extract / jieba_init,
                        "<= 0.4", extract / jieba_init <= 0.4))
        results.append((f"cold extract / cold jieba init, median of {args.cold_repeat} (CPU)",
                        extract_cpu / jieba_init_cpu, "<= 0.4", extract_cpu / jieba_init_cpu <= 0.4))

        clean()
        rss_small = max_rss_kib(batch(small, 1))
        clean()
        rss_big = max_rss_kib(batch(big, 1))
        clean()
        rss_big2 = max_rss_kib(batch(big, 2))
        print(f"peak RSS, batch {args.files} files, 1 worker : {rss_small / 1024:7.1f} MiB")
        print(f"peak RSS, batch {args.big} files, 1 worker: {rss_big / 1024:7.1f} MiB")
        print(f"peak RSS, batch {args.big} files, 2 workers (largest process): {rss_big2 / 1024:7.1f} MiB")
        results.append((f"peak RSS {args.big} files / {args.files} files (1 worker)", rss_big / rss_small,
                        "~1 (bounded)", rss_big / rss_small < 1.25))

    print()
    width = max(len(r[0]) for r in results)
    for figure, ratio, target, met in results:
        print(f"{figure:<{width}}  {ratio:6.2f}x  target {target:<13} {'ok' if met else 'MISSED'}")
    return 1 if args.check and not all(r[3] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
