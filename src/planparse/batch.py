"""Batch conversion of archives: inputs -> one JSON per document, JSONL, CSV tables.

    from planparse import batch
    summary = batch.run(["archive/"], out="json/", csv_dir="tables/", workers=4)
    summary.exit_code  # 0 every input converted, 1 some failed

Inputs are files, folders (walked recursively, hidden entries skipped) and globs, converted in a
stable order (sorted by path). Each worker reads, parses and writes one document's JSON file
itself and sends back only what the ordered writers (JSONL, CSV) need, so the main process
holds one document at a time whatever the size of the archive. Every document written is
`Document.model_dump(mode="json")`, exactly what `planparse extract` prints.

A bad input never stops the run: it becomes an Outcome with status "failed" and a reason.
Empty inputs (no bytes, or no visible text) are "skipped" with reason "empty", as `extract`
treats them as an empty document rather than an error.
"""
from __future__ import annotations

import csv
import glob
import json
import os
import re
import typing
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .core import parse
from .formats import read_document
from .models import Document, Record
from .source import ReadError

DEFAULT_MAX_SIZE = 20 * 1024 * 1024
EMPTY = "empty"
UP_TO_DATE = "up to date"
_GLOB_MAGIC = re.compile(r"[*?\[]")


# --- inputs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One input file: `path` is the document key (its `source`), `out` its JSON path under --out."""

    path: str
    out: str


def collect_inputs(inputs: Iterable[str], exclude: Iterable[str | Path] = ()) -> tuple[list[Item], list[tuple[str, str]]]:
    """Expand files, folders and globs into Items sorted by path, and (input, reason) for misses.

    Output paths mirror each input's tree below the folder (or the glob's fixed prefix) given:
    `archive/a/b.txt` from `archive` becomes `a/b.json`. When two inputs would share an output
    name (b.txt and b.html) the later keeps its suffix (b.html.json).
    """
    excluded = {os.path.realpath(p) for p in exclude}
    found: dict[str, tuple[str, str]] = {}  # realpath -> (path, path relative to its root)
    missing: list[tuple[str, str]] = []

    def add(path: str, rel: str) -> None:
        real = os.path.realpath(path)
        if real not in excluded and real not in found:
            found[real] = (path, rel)

    def walk(root: str, prefix: str) -> None:
        for folder, dirs, files in os.walk(root):
            if os.path.realpath(folder) in excluded:
                dirs[:] = []
                continue
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    path = os.path.join(folder, name)
                    add(path, os.path.join(prefix, os.path.relpath(path, root)))

    for arg in inputs:
        if os.path.isdir(arg):
            walk(arg, "")
        elif os.path.lexists(arg) or not _GLOB_MAGIC.search(arg):
            if os.path.lexists(arg):
                add(arg, os.path.basename(arg))
            else:
                missing.append((arg, "no such file or directory"))
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                missing.append((arg, "no file matches this pattern"))
            base = _glob_base(arg)
            for match in matches:
                rel = os.path.relpath(match, base) if base else match
                if os.path.isdir(match):
                    walk(match, rel)
                elif not os.path.basename(match).startswith("."):
                    add(match, rel)

    items: list[Item] = []
    taken: set[str] = set()
    for path, rel in sorted(found.values(), key=lambda pr: Path(pr[0]).parts):
        out = _output_name(rel, taken)
        taken.add(out)
        items.append(Item(path, out))
    return items, missing


def _glob_base(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: `data/**/*.txt` -> `data`."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if _GLOB_MAGIC.search(part):
            break
        fixed.append(part)
    return os.path.join(*fixed) if fixed else ""


def _output_name(rel: str, taken: set[str]) -> str:
    # Never outside --out: drop a root and any ".." a glob's relative path may carry.
    parts = [p for p in Path(os.path.normpath(rel)).parts if p not in ("..", os.sep)] or ["input"]
    rel = Path(*parts)
    candidates = [rel.with_suffix(".json") if rel.suffix else rel.with_name(rel.name + ".json"),
                  rel.with_name(rel.name + ".json")]
    for candidate in candidates:
        if candidate.as_posix() not in taken:
            return candidate.as_posix()
    n = 2
    while (name := rel.with_name(f"{rel.name}~{n}.json").as_posix()) in taken:
        n += 1
    return name


# --- one document (runs in the workers) -----------------------------------------------------

@dataclass(frozen=True)
class Settings:
    out_dir: str | None = None
    include_text: bool = False
    resume: bool = False
    max_size: int | None = DEFAULT_MAX_SIZE
    want_line: bool = False  # a compact JSON line for --jsonl
    want_rows: bool = False  # CSV rows for --csv
    plan_year: int | None = None
    patterns: str | None = None  # a directory of pattern files, else planparse's own


@dataclass
class Outcome:
    path: str
    status: str  # "converted" | "failed" | "skipped"
    reason: str = ""
    line: str | None = None
    rows: dict[str, list[list]] | None = None


def convert(item: Item, settings: Settings) -> Outcome:
    """Read, parse and write one input; never raises for a bad input (the Outcome says why)."""
    try:
        out = Path(settings.out_dir, item.out) if settings.out_dir else None
        if settings.resume and out is not None and _up_to_date(item.path, out):
            if not (settings.want_line or settings.want_rows):
                return Outcome(item.path, "skipped", UP_TO_DATE)
            try:  # the JSONL and CSV still get the document, from its JSON
                data = json.loads(out.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None  # unreadable or damaged: convert the input again
            if isinstance(data, dict) and data.get("source") == item.path:
                return _finish(item.path, data, settings, None, "skipped", UP_TO_DATE)
        try:
            size = os.stat(item.path).st_size
        except OSError as err:
            return Outcome(item.path, "failed", _os_reason(err))
        if settings.max_size and size > settings.max_size:
            return Outcome(item.path, "failed", f"larger than --max-size ({_human(size)} > {_human(settings.max_size)})")
        if size == 0:
            return Outcome(item.path, "skipped", EMPTY)
        text = read_document(item.path)
        if not text.strip():
            return Outcome(item.path, "skipped", EMPTY)
        doc = parse(text, source=item.path, plan_year=settings.plan_year, patterns=settings.patterns)
        if settings.include_text or settings.want_line or settings.want_rows:
            data = doc.model_dump(mode="json")
            if settings.include_text:
                data["text"] = text
                return _finish(item.path, data, settings, out, "converted", "")
        else:
            data = None  # only the JSON file is wanted: no dict to build
        # pydantic's serializer writes the same JSON as json.dumps(indent=2) ~7x faster (json's
        # indenting encoder is pure Python); only floats under 1e-4 are spelled differently (1e-05).
        # Its UTF-8 goes to the file as it is: model_dump_json() would decode it to a str, for the
        # file to encode again (~0.1 ms of the ~0.3 ms a document's JSON costs to render and write).
        rendered = doc.__pydantic_serializer__.to_json(doc, indent=2) if out is not None else None
        return _finish(item.path, data, settings, out, "converted", "", rendered)
    except ReadError as err:
        return Outcome(item.path, "failed", str(err))
    except OSError as err:
        return Outcome(item.path, "failed", _os_reason(err))
    except Exception as err:  # an extractor bug must not cost the rest of the archive
        return Outcome(item.path, "failed", f"internal error ({type(err).__name__}: {err}); please report it with this file")


def _finish(path: str, data: dict | None, settings: Settings, out: Path | None, status: str, reason: str,
            rendered: bytes | None = None) -> Outcome:
    if out is not None:
        try:
            write_atomic(out, (rendered or json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")) + b"\n")
        except OSError as err:
            return Outcome(path, "failed", f"cannot write {out}: {_os_reason(err)}")
    line = json.dumps(data, ensure_ascii=False) if settings.want_line else None
    rows = document_rows(data) if settings.want_rows else None
    return Outcome(path, status, reason, line, rows)


def _up_to_date(path: str, out: Path) -> bool:
    try:
        return out.stat().st_mtime_ns >= os.stat(path).st_mtime_ns
    except OSError:
        return False


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _os_reason(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else str(err)


def _human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def parse_size(text: str) -> int:
    """'20MB', '500k', '1.5G', '1048576' -> bytes; '0' means no limit. Raises ValueError."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text, re.I)
    if not m:
        raise ValueError(f"not a size: {text!r} (try 20MB, 500KB or a number of bytes)")
    return int(float(m.group(1)) * 1024 ** " kmg".index(m.group(2).lower() or " "))


# --- CSV tables -----------------------------------------------------------------------------

def _record_tables() -> dict[str, type[Record]]:
    tables = {}
    for name, info in Document.model_fields.items():
        args = typing.get_args(info.annotation)
        if args and isinstance(args[0], type) and issubclass(args[0], Record):
            tables[name] = args[0]
    return tables


RECORD_TABLES = _record_tables()  # targets, percentages, deadlines, responsible_units
_RECORD_COMMON = ("section", "text", "span")
_META_FIELDS = list(Document.model_fields["meta"].annotation.model_fields)


def table_columns(include_text: bool = False) -> dict[str, list[str]]:
    """Header of every CSV table. `document` (the source path) and `section` join them."""
    columns = {
        "documents": ["document", "schema_version", *_META_FIELDS, "sections",
                      *RECORD_TABLES, *(["text"] if include_text else [])],
        "sections": ["document", "section", "parent", "level", "marker", "ordinal", "title",
                     "span_start", "span_end"],
    }
    for name, model in RECORD_TABLES.items():
        own = [f for f, info in model.model_fields.items() if f not in _RECORD_COMMON and not info.exclude]
        columns[name] = ["document", "section", *own, "text", "span_start", "span_end"]
    return columns


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return value


def document_rows(data: dict) -> dict[str, list[list]]:
    """One document's rows for every table, from its JSON form (keys as in table_columns)."""
    key = data["source"]
    sections = []
    stack = [(s, None) for s in reversed(data.get("sections", []))]
    while stack:  # depth first, document order
        node, parent = stack.pop()
        sections.append([key, node["id"], _cell(parent), node["level"], node["marker"], node["ordinal"],
                         node["title"], node["span"][0], node["span"][1]])
        stack.extend((child, node["id"]) for child in reversed(node.get("children", [])))
    meta = data.get("meta", {})
    doc_row = [key, data.get("schema_version"), *(_cell(meta.get(f)) for f in _META_FIELDS), len(sections),
               *(len(data.get(name, [])) for name in RECORD_TABLES)]
    if "text" in data:
        doc_row.append(data["text"])
    rows = {"documents": [doc_row], "sections": sections}
    for name in RECORD_TABLES:
        own = _RECORD_COLUMNS[name][2:-3]
        rows[name] = [[key, _cell(r.get("section")), *(_cell(r.get(f)) for f in own), r["text"],
                       r["span"][0], r["span"][1]] for r in data.get(name, [])]
    return rows


_RECORD_COLUMNS = table_columns()


class _AtomicOutput:
    """A text file written under a temporary name and renamed into place by commit()."""

    def __init__(self, path: str | Path, encoding: str = "utf-8"):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.file = open(self.tmp, "w", encoding=encoding, newline="")

    def commit(self) -> None:
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.file.close()
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


class _CsvTables:
    def __init__(self, folder: str | Path, include_text: bool):
        self.files: dict[str, _AtomicOutput] = {}
        self.writers = {}
        for name, header in table_columns(include_text).items():
            # utf-8-sig: spreadsheet programs read a BOM-less CSV as the local code page.
            out = self.files[name] = _AtomicOutput(Path(folder, f"{name}.csv"), encoding="utf-8-sig")
            self.writers[name] = csv.writer(out.file)
            self.writers[name].writerow(header)

    def add(self, rows: dict[str, list[list]]) -> None:
        for name, table_rows in rows.items():
            self.writers[name].writerows(table_rows)

    def commit(self) -> None:
        for out in self.files.values():
            out.commit()

    def abort(self) -> None:
        for out in self.files.values():
            out.abort()


# --- the run --------------------------------------------------------------------------------

@dataclass
class Summary:
    total: int = 0
    converted: int = 0
    up_to_date: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), not up-to-date ones

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def lines(self, limit: int = 50) -> list[str]:
        """The end-of-run report: every failure and skip with its reason, then the counts."""
        listed = [f"{path}: {reason}" for path, reason in self.failed]
        listed += [f"{path}: skipped ({reason})" for path, reason in self.skipped]
        out = [f"planparse: {line}" for line in listed[:limit]]
        if len(listed) > limit:
            out.append(f"planparse: … and {len(listed) - limit} more (--failures FILE lists them all)")
        skipped = len(self.skipped) + self.up_to_date
        detail = ""
        if skipped:
            counts: dict[str, int] = {}
            for _, reason in self.skipped:
                counts[reason] = counts.get(reason, 0) + 1
            if self.up_to_date:
                counts[UP_TO_DATE] = self.up_to_date
            detail = " (" + ", ".join(f"{n} {reason}" for reason, n in counts.items()) + ")"
        out.append(f"planparse batch: {self.converted} converted, {len(self.failed)} failed, "
                   f"{skipped} skipped{detail}")
        return out


def run(inputs: Iterable[str], *, out: str | Path | None = None, jsonl: str | Path | None = None,
        csv_dir: str | Path | None = None, workers: int | None = None,
        max_size: int | None = DEFAULT_MAX_SIZE, include_text: bool = False, resume: bool = False,
        failures: str | Path | None = None, plan_year: int | None = None,
        patterns: str | Path | None = None, on_start: Callable[[int], None] | None = None,
        on_result: Callable[[Outcome], None] | None = None, stdout=None) -> Summary:
    """Convert every input; write JSON files under `out`, a JSONL file (`"-"`: `stdout`), CSV tables.

    `on_start(total)` is called once the inputs are known, `on_result(outcome)` after each one.
    """
    exclude = [p for p in (out, csv_dir, jsonl, failures) if p and str(p) != "-"]
    items, missing = collect_inputs(inputs, exclude=exclude)
    summary = Summary(total=len(items) + len(missing), failed=list(missing))
    settings = Settings(out_dir=str(out) if out else None, include_text=include_text, resume=resume,
                        max_size=max_size, want_line=jsonl is not None, want_rows=csv_dir is not None,
                        plan_year=plan_year, patterns=str(patterns) if patterns else None)
    converter = _Converter(items, settings, workers)  # before on_start: fork before any progress thread
    if on_start:
        on_start(summary.total)
    for path, reason in missing:
        if on_result:
            on_result(Outcome(path, "failed", reason))

    if jsonl is None:
        line_out = write_line = None
    elif str(jsonl) == "-":
        import sys
        line_out = stdout or sys.stdout
        binary = getattr(line_out, "buffer", None)  # UTF-8 whatever the locale
        write_line = (lambda text: binary.write(text.encode("utf-8"))) if binary else line_out.write
    else:
        line_out = _AtomicOutput(jsonl)
        write_line = line_out.file.write
    tables = _CsvTables(csv_dir, include_text) if csv_dir is not None else None
    try:
        for outcome in converter:
            if outcome.line is not None and write_line is not None:
                write_line(outcome.line + "\n")
            if outcome.rows is not None and tables is not None:
                tables.add(outcome.rows)
            if outcome.status == "converted":
                summary.converted += 1
            elif outcome.status == "failed":
                summary.failed.append((outcome.path, outcome.reason))
            elif outcome.reason == UP_TO_DATE:
                summary.up_to_date += 1
            else:
                summary.skipped.append((outcome.path, outcome.reason))
            if on_result:
                on_result(outcome)
    except BaseException:
        converter.close()
        if isinstance(line_out, _AtomicOutput):
            line_out.abort()
        if tables is not None:
            tables.abort()
        raise
    if isinstance(line_out, _AtomicOutput):
        line_out.commit()
    elif line_out is not None:
        getattr(line_out, "buffer", line_out).flush()
    if tables is not None:
        tables.commit()
    if failures is not None:
        write_failures(failures, summary)
    return summary


def write_failures(path: str | Path, summary: Summary) -> None:
    """A TSV of every input that did not convert: path, status (failed|skipped), reason."""
    target = _AtomicOutput(path)
    writer = csv.writer(target.file, delimiter="\t", lineterminator="\n")
    writer.writerow(["path", "status", "reason"])
    writer.writerows([p, "failed", r] for p, r in summary.failed)
    writer.writerows([p, "skipped", r] for p, r in summary.skipped)
    target.commit()


class _Converter:
    """Outcomes in input order: in-process for one worker, else a process pool streaming results."""

    def __init__(self, items: list[Item], settings: Settings, workers: int | None):
        self.items, self.settings, self.pool = items, settings, None
        self.workers = max(1, min(workers or os.cpu_count() or 1, len(items)))
        if self.workers > 1:
            import multiprocessing

            _warm_up(settings.patterns)  # here, before the fork, so that every worker inherits it
            self.pool = multiprocessing.Pool(self.workers, initializer=_warm_up, initargs=(settings.patterns,))

    def __iter__(self) -> Iterator[Outcome]:
        if self.pool is None:
            for item in self.items:
                yield convert(item, self.settings)
            return
        # Inputs go out in chunks, collected in input order. Each round trip through the pool costs
        # the parent ~1 ms of CPU that the workers want, so early chunks are large; they shrink as
        # the inputs run out ("guided" scheduling) so that no worker idles at the end while another
        # works through a long chunk. At most two chunks per worker are out at once, so finished
        # documents waiting behind a slow one stay few, however large the archive.
        pending: deque = deque()
        todo = deque(self.items)

        def submit() -> None:
            size = max(1, min(_MAX_CHUNK, len(todo) // (self.workers * 4)))
            chunk = [todo.popleft() for _ in range(min(size, len(todo)))]
            pending.append(self.pool.apply_async(_convert_chunk, (chunk, self.settings)))

        try:
            while todo and len(pending) < self.workers * 2:
                submit()
            while pending:
                outcomes = pending.popleft().get()
                if todo:
                    submit()
                yield from outcomes
            self.pool.close()
        finally:
            self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


_MAX_CHUNK = 16


def _convert_chunk(items: list[Item], settings: Settings) -> list[Outcome]:
    return [convert(item, settings) for item in items]


# Touches every rule, extractor and dictionary a parse loads lazily (jieba only loads on a unit cue).
_WARM_UP_TEXT = "一、总体要求\n(一)由市卫生健康委牵头,到2025年底前覆盖率达到90%以上,新增床位1.5万张。\n"


def _warm_up(patterns: str | None) -> None:
    """Load and compile everything once: in the parent before forking workers, or in each spawned one."""
    from .core import parse
    from .patterns import load_patterns

    parse(_WARM_UP_TEXT, patterns=load_patterns(patterns))


# --- progress on a terminal -----------------------------------------------------------------

class Progress:
    """A rich progress bar on stderr (files done/total, rate, ETA); does nothing when disabled."""

    def __init__(self, enabled: bool):
        self.enabled, self.bar, self.task = enabled, None, None

    def start(self, total: int) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, ProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                speed = task.finished_speed or task.speed
                return Text(f"{speed:6.1f} files/s" if speed else "  ---- files/s")

        self.bar = RichProgress(TextColumn("converting"), BarColumn(), MofNCompleteColumn(), Rate(),
                                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("convert", total=total)

    def advance(self, outcome: Outcome) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
