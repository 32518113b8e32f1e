"""The disk cache of compiled rules: a second process reuses them, and a bad cache is harmless."""
from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Parses a sample with the default rules and prints the count of regex.compile calls it made
# plus the output, so a run that reads the cache can be compared with one that compiles.
RUN = r"""
import json, sys, regex
calls = 0
real = regex.compile
def counting(*args, **kwargs):
    global calls
    calls += 1
    return real(*args, **kwargs)
regex.compile = counting
import planparse
doc = planparse.parse_file(sys.argv[1])
print(calls)
print(doc.model_dump_json())
"""


def run(cache_dir: str) -> tuple[int, str]:
    env = {**os.environ, "PLANPARSE_CACHE_DIR": cache_dir}
    proc = subprocess.run([sys.executable, "-c", RUN, str(ROOT / "samples" / "zunyi-2022-health-workplan.txt")],
                          capture_output=True, text=True, encoding="utf-8", env=env, check=True)
    calls, output = proc.stdout.split("\n", 1)
    return int(calls), output


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("rules-*.pickle"))


def test_second_run_compiles_fewer_patterns_and_gives_the_same_document(tmp_path):
    first_calls, first = run(str(tmp_path))
    assert len(cache_files(tmp_path)) == 1
    second_calls, second = run(str(tmp_path))
    assert second == first
    assert first_calls > 50  # the rule files alone hold ~100 patterns
    assert second_calls < first_calls // 4  # only regexes built outside the rule files remain


def test_a_corrupt_cache_file_is_ignored_and_replaced(tmp_path):
    _, expected = run(str(tmp_path))
    path = cache_files(tmp_path)[0]
    path.write_bytes(b"not a pickle")
    path.chmod(0o600)
    calls, output = run(str(tmp_path))
    assert output == expected and calls > 50
    assert path.read_bytes() != b"not a pickle"  # rewritten at exit


def test_a_damaged_entry_is_compiled_again_and_the_rest_still_read(tmp_path):
    _, expected = run(str(tmp_path))
    path = cache_files(tmp_path)[0]
    stored = pickle.loads(path.read_bytes())
    damaged = next(iter(stored["regex"]))
    stored["regex"][damaged] = b"not a pickle"
    path.write_bytes(pickle.dumps(stored))
    path.chmod(0o600)
    calls, output = run(str(tmp_path))
    assert output == expected and calls == 1 + run(str(tmp_path))[0]
    assert pickle.loads(pickle.loads(path.read_bytes())["regex"][damaged])  # replaced at exit



def test_entries_other_runs_left_are_kept_newest_first_up_to_a_megabyte(tmp_path):
    run(str(tmp_path))
    path = cache_files(tmp_path)[0]
    stored = pickle.loads(path.read_bytes())
    old_big = pickle.dumps("x" * (3 << 19))  # 1.5 MiB, stored before the small one
    used = next(iter(stored["regex"]))
    stored["regex"] = {"old big": old_big, "recent small": pickle.dumps("y"), **stored["regex"],
                       used: b"not a pickle"}  # a damaged entry is compiled again: the file is rewritten
    path.write_bytes(pickle.dumps(stored))
    path.chmod(0o600)
    run(str(tmp_path))
    kept = pickle.loads(path.read_bytes())["regex"]
    assert "recent small" in kept and "old big" not in kept

@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_file_others_can_write_is_not_read(tmp_path):
    _, expected = run(str(tmp_path))
    path = cache_files(tmp_path)[0]
    path.chmod(0o666)
    calls, output = run(str(tmp_path))
    assert output == expected and calls > 50


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    calls, _ = run("")
    assert calls > 50 and not list(tmp_path.rglob("*.pickle"))


def test_an_unwritable_cache_dir_costs_only_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    calls, output = run(str(blocker / "cache"))
    _, expected = run(str(tmp_path / "ok"))
    assert output == expected and calls > 50


PERCENT_VALUES = r"""
import planparse
doc = planparse.parse("一、目标\n到2025年,孕产妇死亡率下降百分之五,婴儿死亡率下降百分之三。\n")
print(sorted(p.value for p in doc.percentages))
"""


def test_an_edit_reaches_every_rule_that_reads_the_edited_fragment_through_the_cache(tmp_path):
    # percentages.toml reads numbers.toml's cn_digit through ${numbers.number}: a cached
    # expansion must not outlive an edit of the other file
    patterns = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", patterns)
    env = {**os.environ, "PLANPARSE_CACHE_DIR": str(tmp_path / "cache"), "PLANPARSE_PATTERNS": str(patterns)}

    def values() -> str:
        return subprocess.run([sys.executable, "-c", PERCENT_VALUES], capture_output=True, text=True,
                              env=env, check=True).stdout.strip()

    assert values() == values() == "[3, 5]"
    numbers = patterns / "numbers.toml"
    numbers.write_text(numbers.read_text(encoding="utf-8").replace("cn_digit = '[零〇一二三四五", "cn_digit = '[零〇一二三四"),
                       encoding="utf-8")
    assert values() == "[3]"
