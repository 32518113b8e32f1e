"""Shared fixtures: the samples, and ../shared when it is beside the checkout."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SHARED = ROOT.parent / "shared"


def pytest_configure(config):
    # Compiled rules are cached on disk (compiled.py); the suite and the CLIs it starts use a
    # private cache, so a run never reads or writes the user's ~/.cache.
    import os
    import tempfile

    config._planparse_cache = os.environ["PLANPARSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="planparse-test-cache-")


def pytest_unconfigure(config):
    import os
    import shutil

    # compiled.py writes its cache at exit, after this hook: turned off, it cannot make the folder anew.
    os.environ["PLANPARSE_CACHE_DIR"] = ""
    shutil.rmtree(getattr(config, "_planparse_cache", ""), ignore_errors=True)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the current output (review the diff)")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def parsed_samples():
    import planparse

    return {p.name: (p.read_text(encoding="utf-8"), planparse.parse_file(p)) for p in SAMPLES}
