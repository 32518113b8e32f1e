"""Input formats: the text of a saved web page or a Word file, ready to parse as plain text.

Spans of a document read from HTML or DOCX index the text these functions return, so the same
file always gives the same text (batch's `--include-text` writes it out to keep spans checkable).
HTML is parsed with selectolax (the Lexbor engine); DOCX is read from its word/document.xml with
zipfile and xml.etree, which is all a .docx body needs. Each parser is imported only when a file
of its kind is read, so plain-text runs never pay for it.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .source import ReadError, decode, read_bytes

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
DOCX_SUFFIXES = frozenset({".docx", ".docm"})


def read_document(path: str | Path) -> str:
    """The text of a notice file: HTML and DOCX by their suffix, anything else tried as text.

    Raises source.ReadError naming the reason when the file cannot be read.
    """
    data = read_bytes(path)
    suffix = Path(str(path)).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_to_text(data)
    if suffix in DOCX_SUFFIXES:
        return docx_to_text(data)
    return decode(data)


# --- HTML -----------------------------------------------------------------------------------

# Never visible, or page furniture rather than content.
_DROP = frozenset("""script style noscript template head title meta link base nav iframe frame
frameset object embed applet svg math canvas map area audio video source track select option
datalist button input textarea""".split())
# Elements that start and end a line in a browser (CSS display: block and friends).
_BLOCK = frozenset("""html body address article aside blockquote center details dialog dd div dl
dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu
ol p pre section summary table thead tbody tfoot tr caption ul""".split())
_CELL = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML collapses ASCII whitespace only (not U+3000)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# GB2312 and GBK pages routinely use characters only GB18030 (their superset) names.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
_BREAK = object()  # a soft line break: collapses with neighbours and never starts the text


def html_to_text(data: bytes | str) -> str:
    """Visible text of an HTML page: one line per block element, table cells tab-separated.

    Scripts, styles, navigation, form controls and hidden elements are dropped; whitespace is
    collapsed as a browser would (ASCII spaces only; U+3000 indentation and &nbsp; are kept);
    <pre> keeps its lines.
    """
    from selectolax.lexbor import LexborHTMLParser  # imported only when a page is read

    html = data if isinstance(data, str) else _decode_html(data)
    tree = LexborHTMLParser(html)
    root = tree.root
    if root is None:
        return ""
    pieces: list = []
    # Explicit stack (pages nest deeply): entries are (node, None) to enter, (tag, True) to leave.
    stack: list = [(root, None)]
    pre_depth = 0
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if node in _BLOCK:
                pieces.append(_BREAK)
            elif node == "pre":
                pre_depth -= 1
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text(deep=False)
            pieces.append(text if pre_depth else _HTML_SPACE.sub(" ", text))
            continue
        if not tag or tag.startswith("-") or tag in _DROP or _hidden(node):
            continue  # comments, doctype, invisible elements
        if tag == "br":
            pieces.append("\n")
            continue
        if tag in _CELL:
            pieces.append("\t")  # leading and trailing tabs of a row are trimmed with the line
        elif tag in _BLOCK:
            pieces.append(_BREAK)
        if tag == "pre":
            pre_depth += 1
            pieces.append(_BREAK)
        stack.append(("pre" if tag == "pre" else tag, True))
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, None) for c in reversed(children))
    return _assemble(pieces)


def _hidden(node) -> bool:
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role") == "navigation":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _assemble(pieces: list) -> str:
    """Join text pieces; soft breaks collapse, lines are trimmed, at most one blank line in a row."""
    parts: list[str] = []
    line_blank = True  # nothing but spaces since the last line break
    for piece in pieces:
        if piece is _BREAK:
            if not line_blank:
                parts.append("\n")
                line_blank = True
        else:
            parts.append(piece)
            if "\n" in piece:
                line_blank = not piece.rpartition("\n")[2].strip(" \t")
            elif piece.strip(" \t"):
                line_blank = False
    lines = [line.strip(" \t") for line in "".join(parts).split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def _decode_html(data: bytes) -> str:
    """BOM first, then the page's declared <meta charset>, then planparse's own detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096]:
        return decode(data)  # BOM, or binary (decode names the reason)
    found = _META_CHARSET.search(data[:4096])
    if found:
        try:
            name = codecs.lookup(found.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = None
        if name:
            name = _SUPERSETS.get(name.replace("_", ""), name)
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall back to detection
    return decode(data)


# --- DOCX -----------------------------------------------------------------------------------

_MAX_XML_BYTES = 256 * 1024 * 1024  # refuse zip bombs before inflating them


def docx_to_text(data: bytes) -> str:
    """Paragraph text of a .docx body in order; each table row on one line, cells tab-separated.

    Tracked deletions and field codes are left out; text boxes are read once (not also their
    legacy fallback copy). Headers, footers and footnotes are not part of the body.
    """
    import io
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise ReadError("not a Word document (no word/document.xml in the archive)") from None
            if info.file_size > _MAX_XML_BYTES:
                raise ReadError("Word document body too large to read")
            xml = archive.read(info)
    except zipfile.BadZipFile:
        raise ReadError("not a valid .docx file (not a zip archive)") from None
    except (OSError, RuntimeError, NotImplementedError) as err:  # encrypted or odd compression
        raise ReadError(f"cannot unpack .docx ({err})") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as err:
        raise ReadError(f"damaged .docx (word/document.xml: {err})") from None
    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is None:
        return ""
    lines: list[str] = []
    _docx_blocks(body, lines)
    return "\n".join(lines)


def _local(tag: str) -> str:
    """Local name of a namespaced tag: transitional and strict OOXML use different namespaces."""
    return tag.rpartition("}")[2]


def _docx_blocks(container, lines: list[str]) -> None:
    for el in container:
        name = _local(el.tag)
        if name == "p":
            lines.append(_docx_paragraph(el))
        elif name == "tbl":
            for row in _direct_rows(el):
                lines.append("\t".join(_docx_cell(cell) for cell in row if _local(cell.tag) == "tc"))
        elif name not in ("sectPr", "pPr", "tblPr"):
            _docx_blocks(el, lines)  # content controls, custom XML, tracked insertions …


def _direct_rows(table):
    """Rows of this table only: a nested table's rows are read as part of its cell."""
    for el in table:
        name = _local(el.tag)
        if name == "tr":
            yield el
        elif name not in ("tblPr", "tblGrid", "tbl"):
            yield from _direct_rows(el)  # rows wrapped in content controls


def _docx_cell(cell) -> str:
    lines: list[str] = []
    _docx_blocks(cell, lines)
    return " ".join(line.replace("\t", " ") for line in lines if line.strip())


_SKIP_RUN_CONTENT = frozenset({"delText", "instrText", "Fallback", "pPr", "rPr"})


def _docx_paragraph(paragraph) -> str:
    parts: list[str] = []
    stack = [paragraph]
    while stack:
        el = stack.pop()
        name = _local(el.tag)
        if name == "t":
            parts.append(el.text or "")
        elif name == "tab":
            parts.append("\t")
        elif name in ("br", "cr"):
            parts.append("\n")
        elif name == "noBreakHyphen":
            parts.append("-")
        elif name not in _SKIP_RUN_CONTENT:
            stack.extend(reversed(list(el)))
    return "".join(parts)
