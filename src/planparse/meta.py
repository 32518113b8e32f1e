"""Header metadata: title, 文号, issuer, date, plan year, recipients (being built)."""
from __future__ import annotations

from .models import Meta
from .normalize import Text
from .patterns import PatternSet
from .segment import Outline


def read_meta(text: Text, outline: Outline, patterns: PatternSet) -> Meta:
    return Meta()
