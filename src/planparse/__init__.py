"""planparse: Chinese government notices and work plans to structured, verifiable JSON.

    import planparse
    doc = planparse.parse_file("samples/zunyi-2022-health-workplan.txt")
    doc.targets[0].value, doc.sections[0].children
"""
from .core import parse, parse_file
from .models import (Deadline, Document, InlineItem, Meta, Percentage, Record, ResponsibleUnit,
                     Section, Target)
from .patterns import PatternError, load_patterns
from .source import ReadError

__version__ = "0.1.0"

__all__ = [
    "parse", "parse_file", "load_patterns", "Document", "Meta", "Section", "InlineItem", "Record",
    "Target", "Percentage", "Deadline", "ResponsibleUnit", "PatternError", "ReadError", "__version__",
]
