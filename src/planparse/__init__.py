"""planparse: Chinese government notices and work plans to structured, verifiable JSON.

    import planparse
    doc = planparse.parse_file("samples/zunyi-2022-health-workplan.txt")
    doc.targets[0].value, doc.sections[0].children
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Imported on first use (PEP 562), so that `planparse --help` and `--version` do not pay for
# pydantic and the rule engine, which is most of the start-up time.
_EXPORTS = {
    "parse": "core", "parse_file": "core", "load_patterns": "patterns", "PatternError": "patterns",
    "ReadError": "source", "Document": "models", "Meta": "models", "Section": "models",
    "InlineItem": "models", "Record": "models", "Target": "models", "Percentage": "models",
    "Deadline": "models", "ResponsibleUnit": "models",
}

__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:
    from .core import parse, parse_file
    from .models import (Deadline, Document, InlineItem, Meta, Percentage, Record, ResponsibleUnit,
                         Section, Target)
    from .patterns import PatternError, load_patterns
    from .source import ReadError


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'planparse' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
