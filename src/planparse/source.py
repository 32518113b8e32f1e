"""Reading: bytes to str. Nothing here strips, normalizes or touches offsets.

The decoded string is the coordinate system of every span, so it is returned
exactly as decoded: no newline translation, no BOM left in front.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class ReadError(Exception):
    """A file that cannot be read as text; the message names the reason."""


def decode(data: bytes) -> str:
    """Decode a notice: BOM first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312).

    Archives mix encodings; strict UTF-8 almost never accepts GBK-encoded Chinese by accident,
    so trying it first and falling back to GB18030 is reliable.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as err:
                raise ReadError(f"not valid {encoding} after its byte-order mark ({err.reason} at byte {err.start})") from None
    head = data[:4096]
    if b"\x00" in head and not _stray_nuls_in_utf8(head):
        raise ReadError("binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as err:
            raise ReadError(f"neither UTF-8 nor GB18030 text (undecodable byte at {err.start})") from None
    if _looks_binary(text):
        raise ReadError("binary data (mostly control characters), not a text file")
    return text


def _stray_nuls_in_utf8(head: bytes) -> bool:
    """A few NULs in valid UTF-8 are damage inside a text file (PDF extraction, bad copies), not
    binary data; UTF-16 without a BOM or real binary files have NULs everywhere or do not decode."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 3:  # not just a character cut at the 4 KB boundary
            return False
    return head.count(b"\x00") <= max(2, len(head) // 100)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # control characters other than \t\n\v\f\r


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > len(sample) * 0.1


def read_bytes(path: str | Path) -> bytes:
    """Bytes of a path, or of stdin for "-"; OSError reasons become ReadError."""
    if str(path) == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError("is a directory")
        return p.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as err:
        raise ReadError(err.strerror or str(err)) from None
