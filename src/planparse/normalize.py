"""A length-preserving normalized copy of the source text.

Matching runs on `Text.norm`; records slice `Text.source` with the same indices, so
`len(norm) == len(source)` is the invariant everything relies on. Every mapping is one
code point to one code point: full-width ASCII to half-width, odd spaces and control
characters to a plain space, `\\r` to `\\n`, plus the extra pairs in patterns/normalize.toml
(dashes, tildes, brackets). NFKC is not used: it expands ㈠ ⑴ ⒈ and turns ① into 1.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# U+2000..U+200B are the typographic spaces (en, em, thin, zero-width…); U+3000 is the
# ideographic space, U+00A0 NBSP, U+FEFF a stray BOM inside the text.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\t\f\v"


def _base_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
    table.update({ord(ch): " " for ch in _SPACES})
    table.update({cp: " " for cp in range(0, 32) if chr(cp) not in "\n\r"})
    table.update({cp: " " for cp in range(0x7F, 0xA0)})
    table[ord("\r")] = "\n"
    return table


@lru_cache(maxsize=8)
def translation_table(extra: tuple[tuple[str, str], ...] = ()) -> dict[int, str]:
    table = _base_table()
    for src, dst in extra:
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"normalize map must be one character to one character: {src!r} -> {dst!r}")
        table[ord(src)] = dst
    return table


@lru_cache(maxsize=8)
def _mapped_chars(extra: tuple[tuple[str, str], ...]) -> re.Pattern:
    """A class of the characters the table maps. Replacing only those is ~4x faster than
    str.translate, which looks every character of the text up in the table."""
    ranges: list[list[int]] = []  # consecutive code points as one range: compiles ~10x faster
    for cp in sorted(translation_table(extra)):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


@dataclass(frozen=True)
class Text:
    """The source as read and its normalized twin of equal length."""

    source: str
    norm: str

    def __len__(self) -> int:
        return len(self.source)


def normalize(source: str, extra: tuple[tuple[str, str], ...] = ()) -> Text:
    table = translation_table(extra)
    norm = _mapped_chars(extra).sub(lambda m: table[ord(m.group())], source)
    assert len(norm) == len(source)
    return Text(source, norm)
