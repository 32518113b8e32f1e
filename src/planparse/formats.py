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
MHTML_SUFFIXES = frozenset({".mht", ".mhtml"})
DOCX_SUFFIXES = frozenset({".docx", ".docm"})
# Formats read as text only if they turn out to be text (sites serve HTML named .doc); otherwise
# the reason says what to do instead of "binary data".
_UNSUPPORTED = {
    ".doc": "legacy Word .doc is not supported; save it as .docx",
    ".wps": "WPS .wps is not supported; save it as .docx",
    ".pdf": "PDF is not supported; convert it to text first",
    ".xls": "spreadsheets are not supported", ".xlsx": "spreadsheets are not supported",
}


def read_document(path: str | Path) -> str:
    """The text of a notice file: HTML, MHTML and DOCX by their suffix, anything else tried as text.

    Raises source.ReadError naming the reason when the file cannot be read.
    """
    data = read_bytes(path)
    suffix = Path(str(path)).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_to_text(data)
    if suffix in MHTML_SUFFIXES:
        return mhtml_to_text(data)
    if suffix in DOCX_SUFFIXES:
        return docx_to_text(data)
    try:
        text = decode(data)
    except ReadError:
        if suffix in _UNSUPPORTED:
            raise ReadError(_UNSUPPORTED[suffix]) from None
        raise
    if _LOOKS_HTML.match(text[:1024]):  # a page saved without its suffix, or served as .doc
        return html_to_text(data)
    return text


_LOOKS_HTML = re.compile(r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,500}?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.I | re.S)


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


def mhtml_to_text(data: bytes) -> str:
    """Visible text of a page saved as one file (.mht: MIME with the HTML as one of its parts)."""
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:
                try:
                    name = codecs.lookup(charset).name
                    return html_to_text(payload.decode(_SUPERSETS.get(name.replace("_", ""), name)))
                except (LookupError, UnicodeDecodeError):
                    pass  # a wrong declaration: detect as for any page
            return html_to_text(payload)
    raise ReadError("no HTML part in this .mht file")


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

    Automatic list numbering (一、 (一) 1. typed by Word, not by the author) is written in front
    of its paragraph as Word displays it, since the section tree depends on those markers.
    Tracked deletions and field codes are left out; text boxes are read once (not also their
    legacy fallback copy). Headers, footers and footnotes are not part of the body.
    """
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = _docx_part(archive, "word/document.xml", required=True)
            numbering = _Numbering(_docx_part(archive, "word/numbering.xml"),
                                   _docx_part(archive, "word/styles.xml"))
    except zipfile.BadZipFile:
        raise ReadError("not a valid .docx file (not a zip archive)") from None
    except (OSError, RuntimeError, NotImplementedError) as err:  # encrypted or odd compression
        raise ReadError(f"cannot unpack .docx ({err})") from None
    body = next((el for el in root if _local(el.tag) == "body"), None)
    if body is None:
        return ""
    lines: list[str] = []
    _docx_blocks(body, lines, numbering)
    return "\n".join(lines)


def _docx_part(archive, name: str, required: bool = False):
    from xml.etree import ElementTree

    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise ReadError(f"not a Word document (no {name} in the archive)") from None
        return None
    if info.file_size > _MAX_XML_BYTES:
        raise ReadError(f"{name} too large to read")
    try:
        return ElementTree.fromstring(archive.read(info))
    except ElementTree.ParseError as err:
        if required:
            raise ReadError(f"damaged .docx ({name}: {err})") from None
        return None  # damaged numbering or styles: the text is still worth having


def _local(tag: str) -> str:
    """Local name of a namespaced tag: transitional and strict OOXML use different namespaces."""
    return tag.rpartition("}")[2]


def _docx_blocks(container, lines: list[str], numbering: _Numbering) -> None:
    for el in container:
        name = _local(el.tag)
        if name == "p":
            lines.append(numbering.marker(el) + _docx_paragraph(el))
        elif name == "tbl":
            for row in _direct_rows(el):
                lines.append("\t".join(_docx_cell(cell, numbering) for cell in row if _local(cell.tag) == "tc"))
        elif name not in ("sectPr", "pPr", "tblPr"):
            _docx_blocks(el, lines, numbering)  # content controls, custom XML, tracked insertions …


def _direct_rows(table):
    """Rows of this table only: a nested table's rows are read as part of its cell."""
    for el in table:
        name = _local(el.tag)
        if name == "tr":
            yield el
        elif name not in ("tblPr", "tblGrid", "tbl"):
            yield from _direct_rows(el)  # rows wrapped in content controls


def _docx_cell(cell, numbering: _Numbering) -> str:
    lines: list[str] = []
    _docx_blocks(cell, lines, numbering)
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


def _attr(el, name: str):
    """An attribute by local name (w:val …), whatever the namespace."""
    if el is None:
        return None
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return None


def _child(el, *path: str):
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


class _Numbering:
    """Word's automatic list numbers: counters per list and level, rendered with the level's
    format (numFmt) and template (lvlText, e.g. "%1、" or "(%2)")."""

    def __init__(self, numbering, styles):
        self.levels: dict[str, dict[int, dict]] = {}  # abstractNumId -> ilvl -> level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.style_num: dict[str, tuple[str, int | None]] = {}  # paragraph style -> (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}
        if numbering is not None:
            for el in numbering:
                if _local(el.tag) == "abstractNum":
                    self.levels[_attr(el, "abstractNumId")] = {
                        int(_attr(lvl, "ilvl") or 0): {
                            "start": int(_attr(_child(lvl, "start"), "val") or 1),
                            "fmt": _attr(_child(lvl, "numFmt"), "val") or "decimal",
                            "text": _attr(_child(lvl, "lvlText"), "val") or "",
                            "suff": _attr(_child(lvl, "suff"), "val") or "tab",
                            "legal": _child(lvl, "isLgl") is not None,
                        } for lvl in el if _local(lvl.tag) == "lvl"}
                elif _local(el.tag) == "num":
                    overrides = {}
                    for over in el:
                        start = _child(over, "startOverride")
                        if _local(over.tag) == "lvlOverride" and start is not None:
                            overrides[int(_attr(over, "ilvl") or 0)] = int(_attr(start, "val") or 1)
                    self.nums[_attr(el, "numId")] = (_attr(_child(el, "abstractNumId"), "val"), overrides)
        if styles is not None:
            for style in styles:
                num_pr = _child(style, "pPr", "numPr")
                if _local(style.tag) == "style" and num_pr is not None:
                    ilvl = _attr(_child(num_pr, "ilvl"), "val")
                    self.style_num[_attr(style, "styleId")] = (_attr(_child(num_pr, "numId"), "val"),
                                                               int(ilvl) if ilvl else None)

    def marker(self, paragraph) -> str:
        if not self.nums:
            return ""
        ppr = _child(paragraph, "pPr")
        num_pr = _child(ppr, "numPr")
        num_id, ilvl = None, None
        style = self.style_num.get(_attr(_child(ppr, "pStyle"), "val"))
        if style:
            num_id, ilvl = style
        if num_pr is not None:
            num_id = _attr(_child(num_pr, "numId"), "val") or num_id
            level_attr = _attr(_child(num_pr, "ilvl"), "val")
            ilvl = int(level_attr) if level_attr else ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""  # numId 0 switches numbering off
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        ilvl = ilvl or 0
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new parent item restarts its sub-lists
        start = overrides.get(ilvl, levels[ilvl]["start"])
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        level = levels[ilvl]
        if level["fmt"] in ("bullet", "none"):
            return ""

        def number(match) -> str:
            k = int(match.group(1)) - 1
            at = levels.get(k, level)
            value = counters.get(k, overrides.get(k, at["start"]))
            return _counter(value, "decimal" if level["legal"] else at["fmt"])

        text = re.sub(r"%([1-9])", number, level["text"])
        return text + {"tab": "\t", "space": " "}.get(level["suff"], "") if text else ""


# Word's counter styles (ECMA-376 ST_NumberFormat): spec data for drawing list numbers as the
# reader sees them, not extraction rules.
_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def _counter(n: int, fmt: str) -> str:
    if n <= 0:
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "ideographDigital"):
        return _cn_number(n, _CN_DIGITS, "十百千")
    if fmt == "chineseLegalSimplified":
        return _cn_number(n, _CN_LEGAL_DIGITS, "拾佰仟")
    if fmt == "ideographTraditional" and n <= 10:
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and n <= 12:
        return _BRANCHES[n - 1]
    if fmt.startswith("decimalEnclosedCircle"):
        if n <= 20:
            return chr(0x2460 + n - 1)
        if n <= 35:
            return chr(0x3251 + n - 21)
        if n <= 50:
            return chr(0x32B1 + n - 36)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and n < 4000:
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _cn_number(n: int, digits: str, units: str) -> str:
    """1..9999 as written in Chinese counting: 十, 十一, 二十, 一百零五."""
    if n >= 10000:
        return str(n)
    out, zero = "", False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d:
            if zero:
                out += digits[0]
            if not (power == 10 and d == 1 and n < 20):  # 十一, not 一十一
                out += digits[d]
            out += unit
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out
