"""The command line: parse arguments, call the library, write the result.

stdout carries only the result (JSON for extract/schema/normalize); messages go to stderr as
one line naming the file and the reason. Exit codes: 0 success, 1 a file could not be read or
parsed (the other files are still processed), 2 usage errors.
"""
from __future__ import annotations

import gc

# Start-up builds what a run keeps to its end (typer's and pydantic's classes and schemas, the
# compiled rules) and frees next to nothing, yet the cyclic collector runs ~90 times meanwhile
# (~15 ms, 5-8% of a cold `extract`), and its collections during a batch rescan all of it. So it
# waits until the rules are loaded (_collect_from_here), and what exists then is frozen out of its
# scans (gc.freeze): the documents' garbage is still collected as usual. This happens here, on
# import, because the console script imports typer and pydantic through this module before main()
# runs (disabling in main() leaves ~40 of the collections); a program that imports the module for
# `app` gets the collector back when it runs a command.
gc.disable()

import json
import sys
import textwrap
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__

EXAMPLES = """\b
Examples:
  planparse extract samples/zunyi-2022-health-workplan.txt
  planparse extract notices/*.txt --format jsonl > notices.jsonl
  cat notice.txt | planparse extract - | jq '.targets[] | [.indicator, .value, .unit]'
  planparse normalize number 1.1万        # {"value": 11000}
  planparse explain samples/zunyi-2022-health-workplan.txt
"""

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  help="Turn Chinese government notices and work plans into structured, verifiable JSON.",
                  epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"


class Kind(str, Enum):
    number = "number"
    percentage = "percentage"
    date = "date"


PatternsOption = Annotated[Optional[Path], typer.Option(
    "--patterns", help="a directory of pattern files to use instead of the built-in rules (see patterns/)",
    file_okay=False)]
YearOption = Annotated[Optional[int], typer.Option(
    "--year", help="the plan year that resolves implicit dates (8月底, 年底前); default: read from the document")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planparse {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="print the version and exit")] = False) -> None:
    """Turn Chinese government notices and work plans into structured, verifiable JSON."""


def _fail(name: str, reason: str) -> None:
    sys.stderr.write(f"planparse: {name}: {reason}\n")


def _write(text: str) -> None:
    """UTF-8 on stdout whatever the locale, Chinese unescaped."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _collect_from_here() -> None:
    """Start-up is over: collect cyclic garbage again, not scanning what start-up built (see gc.disable above)."""
    gc.freeze()
    gc.enable()


def _patterns(directory: Path | None):
    from .patterns import PatternError, load_patterns

    try:
        pats = load_patterns(directory)
        for name in pats.names():  # validate every file up front: a broken rule is a usage problem
            pats[name].rules
        return pats
    except PatternError as err:
        _fail("patterns", str(err))
        raise typer.Exit(1) from None
    finally:
        _collect_from_here()


@app.command(epilog=EXAMPLES)
def extract(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="notice files (UTF-8, UTF-16 with BOM, GB18030/GBK); - reads stdin")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json: one object, or an array for several files; jsonl: one document per line")] = Format.json,
    year: YearOption = None,
    patterns: PatternsOption = None,
) -> None:
    """Extract sections, targets, percentages, deadlines and responsible units as JSON.

    Text files may be UTF-8, UTF-16 or GB18030/GBK; saved web pages (.html, .mht) and .docx
    files are read as their visible text, which the spans then index.

    Every record carries its section id and a [start, end) span into the text as read, so that
    text == source[start:end]. An empty file gives an empty document. A file that cannot be read
    is reported on stderr (file and reason) and the others are still processed; exit 1 then.
    """
    from .core import parse
    from .formats import read_document
    from .patterns import PatternError
    from .source import ReadError

    pats = _patterns(patterns)
    rendered, failed = [], False
    for name in files:
        try:
            doc = parse(read_document(name), source=name, plan_year=year, patterns=pats)
        except ReadError as err:
            _fail(name, str(err))
            failed = True
            continue
        except PatternError as err:
            _fail("patterns", str(err))
            raise typer.Exit(1) from None
        except Exception as err:  # a bug must not cost the user the other files
            _fail(name, f"internal error ({type(err).__name__}: {err}); please report it with this file")
            failed = True
            continue
        if format is Format.jsonl:
            _write(doc.model_dump_json() + "\n")
        else:
            # pydantic's serializer: the text json.dumps(indent=2) writes, several times faster
            rendered.append(doc.model_dump_json(indent=2))
    if format is Format.json and len(files) == 1 and rendered:
        _write(rendered[0] + "\n")
    elif format is Format.json and len(files) > 1:
        items = ",\n".join(textwrap.indent(text, "  ") for text in rendered)
        _write(f"[\n{items}\n]\n" if rendered else "[]\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output (the pydantic models of the contract)."""
    from .models import Document

    _write(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def normalize(
    kind: Annotated[Kind, typer.Argument(help="what the expression is: number, percentage or date")],
    text: Annotated[Optional[str], typer.Argument(help="one expression; omit to read one per line from stdin")] = None,
    year: Annotated[Optional[int], typer.Option("--year", help="year for dates without one (8月底)")] = None,
) -> None:
    """Print the normalized value of an expression as JSON.

    number -> {"value": 11000}; percentage -> {"value": 35, "kind": "percent"};
    date -> {"start": "2022-08-01", "end": "2022-08-31"}. Nothing recognized prints null
    (and exits 1 for a single TEXT). Examples: planparse normalize number 三点五亿;
    planparse normalize date 8月底 --year 2022; cut -f1 list.tsv | planparse normalize percentage
    """
    _collect_from_here()
    convert = _normalizer(kind, year)
    if text is not None:
        result = convert(text)
        _write(json.dumps(result, ensure_ascii=False) + "\n")
        if result is None:
            raise typer.Exit(1)
        return
    for line in sys.stdin.buffer.read().decode("utf-8", "replace").splitlines():
        _write(json.dumps(convert(line.strip()) if line.strip() else None, ensure_ascii=False) + "\n")


def _normalizer(kind: Kind, year: int | None):
    if kind is Kind.number:
        from .numbers import normalize_number
        return normalize_number
    if kind is Kind.percentage:
        from .extract.percentages import normalize_percentage
        return normalize_percentage
    from .dates import normalize_date
    return lambda text: normalize_date(text, year=year)


@app.command()
def explain(
    file: Annotated[str, typer.Argument(metavar="FILE", help="a notice file; - reads stdin")],
    year: YearOption = None,
    patterns: PatternsOption = None,
) -> None:
    """Show every record in a table: kind, section, value, the text in context and the rule that fired.

    For pattern authors: when a number is missed or mis-read, this shows which rule produced
    what. Example: planparse explain samples/zunyi-2022-health-workplan.txt | less -R
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text as RichText

    from .core import parse
    from .formats import read_document
    from .source import ReadError

    pats = _patterns(patterns)
    try:
        source = read_document(file)
    except ReadError as err:
        _fail(file, str(err))
        raise typer.Exit(1) from None
    doc = parse(source, source=file, plan_year=year, patterns=pats)
    console = Console()
    meta = doc.meta
    console.print(f"[bold]{meta.title or '(no title)'}[/]  文号 {meta.doc_number or '-'}  "
                  f"date {meta.date or '-'}  plan year {meta.plan_year or '-'}  "
                  f"sections {sum(1 for _ in doc.iter_sections())}")
    table = Table(show_lines=False, expand=True)
    for col in ("kind", "section", "value", "in context", "rule"):
        table.add_column(col, overflow="fold")
    for kind, records in (("target", doc.targets), ("percentage", doc.percentages),
                          ("deadline", doc.deadlines), ("unit", doc.responsible_units)):
        for r in records:
            s, e = r.span
            context = RichText(source[max(0, s - 12):s].replace("\n", " "), style="dim")
            context.append(r.text, style="bold yellow")
            context.append(source[e:e + 12].replace("\n", " "), style="dim")
            table.add_row(kind, r.section or "-", _describe(r), context, r.rule or "-")
    console.print(table)


def _describe(record) -> str:
    data = record.model_dump(exclude={"section", "text", "span"})
    if "name" in data:
        return f"{data['name']} ({data['role']})"
    if "date" in data:
        return data["date"]
    if "indicator" in data:
        bound = f"-{data['value_max']}" if data.get("value_max") is not None else ""
        return (f"{data['indicator']} {data['comparator']} {data['value']}{bound} {data['unit'] or ''} "
                f"[{data['stance']}{', ' + data['deadline'] if data['deadline'] else ''}]")
    return f"{data['value']} {data['kind']}"


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", help="files, folders (walked recursively, hidden entries skipped) or quoted globs such as 'archive/**/*.htm*'")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", file_okay=False, help="write one NAME.json per input here, mirroring the input folders")] = None,
    jsonl: Annotated[Optional[str], typer.Option("--jsonl", metavar="FILE", help="write one document per line to FILE; - for stdout")] = None,
    csv: Annotated[Optional[Path], typer.Option("--csv", metavar="DIR", file_okay=False, help="write documents, sections, targets, percentages, deadlines and responsible_units .csv here (UTF-8 with BOM); rows join on document (the source path) and section")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, help="processes; default: the number of cores; 1 runs in this process")] = None,
    max_size: Annotated[str, typer.Option("--max-size", help="inputs larger than this fail without being read, e.g. 20MB, 500KB; 0: no limit")] = "20MB",
    include_text: Annotated[bool, typer.Option("--include-text", help='add the text the spans index as "text" to each document (the extracted text of HTML and DOCX inputs)')] = False,
    resume: Annotated[bool, typer.Option("--resume", help="skip inputs whose JSON under --out exists and is newer than the input")] = False,
    failures: Annotated[Optional[Path], typer.Option("--failures", metavar="FILE", dir_okay=False, help="write a TSV of the inputs that did not convert: path, status (failed or skipped), reason")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar and no summary; failures are still reported")] = False,
    year: YearOption = None,
    patterns: PatternsOption = None,
) -> None:
    """Convert a whole archive: one JSON per input, and/or JSONL and CSV tables.

    Reads .txt in UTF-8, UTF-16 or GB18030/GBK; .html/.htm/.mht saved pages (visible text only;
    spans index that text, see --include-text); .docx (paragraphs in order with Word's list
    numbers, one table row per line); any other file is tried as text. Each JSON file is written atomically, in a stable (sorted)
    order whatever --workers is; documents are exactly what `planparse extract` prints.
    A bad input (unreadable, binary, undecodable, larger than --max-size) is reported on stderr
    with its reason and the rest still convert. An empty input (no text) is skipped with reason
    "empty" and is not a failure. Exit 0 when every input converted or was skipped, 1 when some
    failed, 2 on usage errors. Example: planparse batch archive/ --out json/ --csv tables/
    """
    from . import batch as batch_run

    if out is None and jsonl is None and csv is None:
        raise typer.BadParameter("say where to write: --out DIR, --jsonl FILE (- for stdout) or --csv DIR")
    if resume and out is None:
        raise typer.BadParameter("--resume needs --out (it compares each input with its JSON there)")
    try:
        limit = batch_run.parse_size(max_size)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--max-size") from None
    _patterns(patterns)  # a broken pattern file fails once here, not once per input
    progress = batch_run.Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        summary = batch_run.run(inputs, out=out, jsonl=jsonl, csv_dir=csv, workers=workers, max_size=limit,
                                include_text=include_text, resume=resume, failures=failures, plan_year=year,
                                patterns=patterns,
                                on_start=progress.start, on_result=progress.advance)
    except KeyboardInterrupt:
        progress.stop()
        _fail("batch", "interrupted; the JSON files written so far are complete (rerun with --resume)")
        raise typer.Exit(130) from None
    except OSError as err:  # an output that cannot be written: nothing sensible to continue with
        progress.stop()
        _fail(getattr(err, "filename", None) or "batch", err.strerror or str(err))
        raise typer.Exit(1) from None
    progress.stop()
    lines = summary.lines()
    if quiet:
        lines = [f"planparse: {path}: {reason}" for path, reason in summary.failed]
    sys.stderr.write("".join(line + "\n" for line in lines))
    raise typer.Exit(summary.exit_code)


def main() -> None:
    app()
