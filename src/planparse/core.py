"""The pipeline: source text -> normalized Text -> Outline -> Meta -> records -> Document.

Data flows one way; no stage reads anything downstream of it. No printing, no clock.
"""
from __future__ import annotations

from pathlib import Path

from .extract import EXTRACTORS, Context, extractor
from .meta import read_meta
from .models import Document
from .normalize import normalize
from .patterns import PatternSet, load_patterns
from .segment import segment
from .formats import read_document


def parse(text: str, *, source: str = "-", plan_year: int | None = None,
          patterns: PatternSet | str | Path | None = None) -> Document:
    """Parse the text of one notice into a Document.

    `plan_year` overrides the year read from the document (it resolves 8月底, 年底前 …).
    `patterns` is a PatternSet or a directory of pattern files (default: planparse's own).
    """
    pats = patterns if isinstance(patterns, PatternSet) else load_patterns(patterns)
    txt = normalize(text, pats.char_map(), pats.removals())
    outline = segment(txt, pats)
    meta = read_meta(txt, outline, pats)
    if plan_year is not None:
        meta = meta.model_copy(update={"plan_year": plan_year})
    ctx = Context(text=txt, outline=outline, meta=meta, patterns=pats)
    records = {name: extractor(name)(ctx) for name in EXTRACTORS}
    return Document(source=source, meta=meta, sections=outline.sections, **records)


def parse_file(path: str | Path, *, plan_year: int | None = None,
               patterns: PatternSet | str | Path | None = None) -> Document:
    """Read and parse one file; "-" reads stdin.

    Text in UTF-8, UTF-16 with BOM or GB18030/GBK; .html/.htm and .mht pages and .docx files
    are read as their visible text, which the spans then index. Raises source.ReadError when the
    file cannot be read.
    """
    return parse(read_document(path), source=str(path), plan_year=plan_year, patterns=patterns)
