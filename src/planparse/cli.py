"""The command line: argument parsing, reading files, writing JSON. No extraction logic."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Turn Chinese government notices and work plans into structured, verifiable JSON.")


@app.callback()
def _root() -> None:
    """Turn Chinese government notices and work plans into structured, verifiable JSON."""


@app.command()
def extract(files: Annotated[list[str], typer.Argument(help="notice files; - reads stdin")]):
    """Extract sections, targets, percentages, deadlines and responsible units as JSON."""
    from .core import parse_file

    docs = [parse_file(f) for f in files]
    out = docs[0].model_dump_json(indent=2) if len(docs) == 1 else "[" + ",".join(d.model_dump_json(indent=2) for d in docs) + "]"
    sys.stdout.write(out + "\n")


def main() -> None:
    app()
