"""Compiled rules kept on disk between runs, so a cold start neither recompiles nor reparses them.

The `regex` module compiles in Python: the ~100 rule patterns (many inline ${numbers.number})
cost ~0.3 s per process, most of a cold `planparse extract`, and tomllib reads the rule files in
another ~25 ms. A pickled regex.Pattern holds its compiled code. Entries are keyed by what they
are made from (a pattern's expanded source, a rule file's text), so an edited rule file simply
misses and is compiled anew; each entry is pickled on its own and only unpickled when used, so
the stale entries that edits leave behind cost a cold start nothing but their bytes, and only
the most recent megabyte of them is kept.

Where: $PLANPARSE_CACHE_DIR ("" turns the cache off), else $XDG_CACHE_HOME/planparse, else
~/.cache/planparse. The file is named after the regex and Python versions (a pickle from another
version is never read), only read when it belongs to this user and nobody else can write it, and
written atomically at exit. Any problem with it (missing, unreadable, corrupt, read-only home)
means compiling as before.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import stat
import sys
import tempfile
import tomllib
from pathlib import Path

import regex

_FILE_FORMAT = 4  # 3: each entry pickled on its own; 4: expansions too
# Entries earlier runs used and this one did not (left behind by rule edits, or by another checkout of
# the rules) are kept, newest first, up to this many bytes per kind: enough for a few versions of every
# rule file, while a file that grew with each edit would cost every later start its reading time.
_STALE_BYTES = 1 << 20
_stored: dict[str, dict[str, bytes]] | None = None  # what the cache file held, still pickled
_used: dict[str, dict] = {"regex": {}, "toml": {}, "expansion": {}}  # what this process used, written back at exit
_changed = False


def cache_dir() -> Path | None:
    """The folder planparse keeps its caches in (see above), or None when caching is off."""
    root = os.environ.get("PLANPARSE_CACHE_DIR")
    if root is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        try:
            root = str(Path(xdg) / "planparse") if xdg else str(Path.home() / ".cache" / "planparse")
        except RuntimeError:  # no home directory
            return None
    return Path(root) if root else None


def cache_file() -> Path | None:
    root = cache_dir()
    if root is None:
        return None
    version = f"{_FILE_FORMAT}-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    return root / f"rules-{version}.pickle"


def compile(source: str) -> regex.Pattern:
    """regex.compile(source), from the disk cache when an earlier run compiled the same source."""
    return _get("regex", source, regex.compile)


def parse_toml(text: str) -> dict:
    """tomllib.loads(text), from the disk cache when an earlier run parsed the same text.

    Raises tomllib.TOMLDecodeError like tomllib.loads. Callers must not modify the result.
    """
    return _get("toml", hashlib.sha1(text.encode("utf-8")).hexdigest(), lambda key: tomllib.loads(text))


def expansion(key: str, make) -> str:
    """make(key): a rule's pattern with every ${ref} expanded, from the disk cache when an
    earlier run expanded it. The caller keys it by everything the expansion reads."""
    return _get("expansion", key, make)


def _get(kind: str, key: str, make):
    global _changed
    used = _used[kind]
    if key in used:
        return used[key]
    value = None
    blob = _cache()[kind].get(key)
    if blob is not None:
        try:
            value = pickle.loads(blob)
        except Exception:  # a damaged entry: make it again, and store the new one at exit
            del _cache()[kind][key]
    if value is None:
        value = make(key)
        _changed = True
    used[key] = value
    return value


def _cache() -> dict[str, dict]:
    global _stored
    if _stored is None:
        _stored = _read(cache_file())
        atexit.register(save)
    return _stored


def _read(path: Path | None) -> dict[str, dict]:
    empty = {"regex": {}, "toml": {}, "expansion": {}}
    if path is None:
        return empty
    try:
        with path.open("rb") as f:
            info = os.fstat(f.fileno())
            foreign = hasattr(os, "getuid") and info.st_uid != os.getuid()
            if foreign or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return empty  # someone else could have written code for us to unpickle
            data = pickle.load(f)
    except Exception:  # missing, unreadable or corrupt: compile instead
        return empty
    if not isinstance(data, dict) or not all(isinstance(data.get(k), dict) for k in empty):
        return empty
    if not all(isinstance(blob, bytes) for k in empty for blob in data[k].values()):
        return empty
    return data


def _newest_stale(stored: dict[str, bytes], used: dict) -> dict[str, bytes]:
    """The entries of `stored` this run did not use, the most recently used of them up to
    _STALE_BYTES, in the order they were stored (oldest first, as save() appends each run's)."""
    kept: list[str] = []
    size = 0
    for key in reversed(stored):
        if key in used:
            continue
        size += len(stored[key])
        if size > _STALE_BYTES:
            break
        kept.append(key)
    return {k: stored[k] for k in reversed(kept)}


def save() -> None:
    """Write what this process compiled into the cache file (registered to run at exit)."""
    global _changed
    path = cache_file()
    if not _changed or path is None:
        return
    stored = _cache()
    merged = {}
    for kind, used in _used.items():
        fresh = {k: stored[kind].get(k) or pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for k, v in used.items()}
        merged[kind] = {**_newest_stale(stored[kind], used), **fresh}
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(merged, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return  # a read-only or full disk only costs the next run its compile time
    _changed = False
