"""Task tables: a header row that names the columns, then numbered rows (patterns/tables.toml).

Progress and task-division pages (落实情况, 进展情况, 任务分工) are often one table with a 序号
column, which reaches us in three shapes: one cell a line (序号 / 目标任务 / 牵头责任单位 / …, each
row's cells on their own lines, with or without a | after each), one row a line with the cells
between | (序号 | 工作任务 | 推进情况 |), or one row a line with the cells between spaces (序号 类别
主要任务 …). The header's cells give each column a role (tables.toml: task, progress, due, lead,
support, responsible, person, measure, category, other, serial); each row's cells are then put under the
columns and take their roles. This is the one table reader; the others read what it found:
segment takes each table's numbered rows (`Tables.spans`, `Tables.rows`) as numbered items titled
by their first cell (`Row.first`), the page's first table opening past 1 an excerpt (`Tables.excerpt`);
the targets ask `Tables.at(pos)` (the row and the cell a position is in), the deadlines read the rows'
time cells, and the units read the rows' unit cells (`Tables.unit_list` for a cell under no header
they found; `Tables.bare_label` to find a column by the label a prose line names). The serial column may be headed 编号 or 任务项, and a header printed on one line between | may have none (工作内容 |
当前工作进展 | 形象进度 |): each line with a | under it is then a row with no number. A header with
no serial column saved one cell a line, a line of | after each cell, is read as that one-line header,
its rows numbered; columns printed before the serial one put the first row's cells there before its
number (考核项目 / 序号 / …: 农业高质高效 / 1 / …), not among the labels.

A row does not always hold one piece per column: a blank cell may be missing, a cell may be
split over two lines (two units, one a line), a stray number may stand between cells, a space
may split a cell (加强水资源保 护). Where the count differs, the pieces are put under the columns
in order by what they look like (a due date under the time column, unit names under a unit
column, a person's name under the person column, sentences under a task or progress column):
the best-scoring order-keeping assignment (_assign). Where the count is the header's, each
piece is its column's.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import compiled, orgs
from .dates import find_times, resolve_period

_BARS = compiled.compile(r"[ ]*[|][| ]*")  # a line of cell separators only (| or ||)
_SPACES = compiled.compile(r"[ ]+")
# three short lines, each followed by a line holding only | (a header saved one cell a line, a | line after each cell)
_BARRED_LABELS = compiled.compile(r"(?:[ ]*[^\n|]{1,16}[ ]*\n[ ]*[|][ ]*\n){3}")
# a person's name (欧乾震, 徐国江), or two-character names printed with a space (周 斐, 李 四王 五)
_PERSON = compiled.compile(r"\p{Han}{2,3}|(?:\p{Han}[ ]\p{Han}{1,2}){1,2}")
_SENTENCE_END = "。;!?"
# a header has at most this many cells after the serial one, however printed (the widest in the corpus
# has 9: 崇川 民生实事 2023); a wider line is no header, so placing a row's pieces (_assign, cubic in
# the column count) stays bounded. A header saved one cell a line is read over at most this many lines
MAX_HEADER_LINES = 16
_NOTE_LINES = 3  # a header cell's bracketed note wraps over at most this many more lines
MAX_LABEL = 16  # a header cell's label has at most this many characters (tables.toml header_cell)
MAX_ORG_PIECE = 150   # a unit cell is short (a list of 15 units is ~100 characters): a longer piece is text
UNIT_ROLES = ("lead", "support", "responsible")
# How well a piece of a given look fits under a column of a given role (_assign), in tenths (whole
# numbers: ties are exact and go to the earlier column); 'unit' stands for the three unit roles.
# Unlisted pairs score 0.
_FIT = {
    "time": {"due": 30, "unit": -20, "person": -20},
    "org": {"unit": 20, None: 15, "task": -5, "progress": -5, "other": -5, "person": -10, "due": -20},
    "person": {"person": 20, "unit": 5, "task": -10, "progress": -10, "other": -5, "due": -20},
    "group": {"category": 30, "task": 5, "progress": 5, None: 5, "unit": -20, "due": -20, "person": -20},
    "yesno": {"other": 20, None: 5, "task": -10, "unit": -20, "due": -10, "person": -20},
    "measure": {"measure": 20, "person": 10, None: 5, "task": -5, "progress": -5, "unit": -20, "due": -20},
    "num": {},
    "text": {"task": 10, "progress": 10, None: 8, "other": 5, "unit": -20, "due": -20, "person": -20},
}
_MERGE = -6  # a second piece in the same cell
_SKIP = -3   # a column left empty
_SKIP_FIRST = -15  # a first column left empty: a row's first cell is rarely missing (广电 is a 指标 cell, no person)


@dataclass(frozen=True)
class Cell:
    start: int  # norm positions
    end: int
    role: str | None
    label: str  # the header cell's text (spaces removed)


@dataclass(frozen=True)
class Row:
    number: int
    number_start: int
    cells: tuple[Cell, ...]
    shape: str  # lines (one cell a line), bars (one row a line, cells between |), spaces (… between spaces)
    numbered: bool = True  # False: a row of a table with no serial column (工作内容 | 当前工作进展 |); number is its place
    # the first cell after the number as printed, its first piece (segment titles the row by it: a cell
    # may hold a second piece, 孕产妇死亡率 | / /10万 |); None: empty
    first: tuple[int, int] | None = None

    def cell(self, role: str) -> Cell | None:
        return next((c for c in self.cells if c.role == role), None)


class Tables:
    """The rows of a document's task tables; `at(pos)` finds the cell a position lies in."""

    def __init__(self, rows: list[Row], rules: _Rules | None = None, norm: str = "",
                 spans: list[tuple[int, int]] | None = None):
        self.rows = rows
        self.spans = spans or []  # each table's rows: rows[a:b], in the order of the text
        self._rules, self._norm = rules, norm
        self._cells = sorted(((c.start, c.end, k, c) for k, r in enumerate(rows) for c in r.cells),
                             key=lambda t: t[0])
        self._starts = [t[0] for t in self._cells]

    def __bool__(self) -> bool:
        return bool(self.rows)

    def excerpt(self, a: int) -> bool:
        """Whether the table whose rows start at rows[a] is an excerpt of a longer one (_excerpt)."""
        return _excerpt(a, self.rows[a].number)

    def at(self, pos: int) -> tuple[Row, Cell] | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        s, e, k, cell = self._cells[i]
        return (self.rows[k], cell) if s <= pos < e else None

    def bare_label(self, label: str) -> str:
        """A header cell's label without its bracketed note (责任部门(加*号为牵头部门) -> 责任部门)."""
        return self._rules.bare(label)

    def unit_list(self, cell: Cell) -> bool:
        """Whether a cell reads as a list of units (市水利局, 农业股、经管站; not 万亩 or a sentence)."""
        norm = self._norm
        return cell.end - cell.start <= MAX_ORG_PIECE and not any(ch in norm[cell.start:cell.end] for ch in _SENTENCE_END) \
            and _names_units(self._rules, norm, cell.start, cell.end)


NONE = Tables([])  # a page without a task table


class _Rules:
    def __init__(self, patterns):
        pf = patterns["tables"]
        self.roles = [(r.regex, r.emit["role"]) for r in pf.rules]
        self.serial = pf.fragment("serial_cell")
        self.header_cell = pf.fragment("header_cell")
        self.tails = set(pf.words("header_tail"))
        self.row_number = pf.fragment("row_number")
        self.note = pf.fragment("header_note")  # a header cell's bracketed note: 责任股室(单位), 责任部门(加*号为牵头部门)
        self.key_cell = pf.fragment("key_cell")  # a label cell of the page's own data table: 索引号:
        self.group = pf.fragment("group_heading")
        self.due = pf.fragment("due_cell")
        self.whole_year = pf.fragment("whole_year_cell")
        self.yes_no = pf.fragment("yes_no_cell")
        self.measure = pf.fragment("measure_cell")
        # the page's closing lines (sections.toml closing_date, closing_above; boilerplate.toml colophon):
        # a signature date, the signer above it, the 版记 (抄送: …, … 印发)
        sections = patterns["sections"]
        self.closing_date = sections.fragment("closing_date")
        self.closing_above = sections.fragment("closing_above")
        self.colophon = next(r.regex for r in patterns["boilerplate"].rules if r.id == "boilerplate.colophon")
        self.orgs = orgs.finder(patterns)
        self.org_end = tuple(pf.words("org_end"))
        # the unit labels and their roles are one vocabulary with the units' (responsible_units.toml
        # lists.label: 责任街镇, 主办单位, 协同责任单位 …, each taking the role of the longest word of
        # maps.label_role it opens with), whether in a table's header or before a colon
        self.two_labels = pf.fragment("two_labels")
        openings = patterns["responsible_units"].map("label_role")
        self.unit_labels = {}
        for label in patterns["responsible_units"].words("label"):
            opening = max((w for w in openings if label.startswith(w)), key=len, default=None)
            if opening is not None:
                self.unit_labels[label] = openings[opening]

    def bare(self, label: str) -> str:
        """A header cell's label without its bracketed note (header_note)."""
        return self.note.sub("", label) or label

    def role(self, label: str) -> str | None:
        label = self.bare(label)
        role = self.unit_labels.get(label) or next((role for rx, role in self.roles if rx.fullmatch(label)), None)
        if role is None and (m := self.two_labels.fullmatch(label)) is not None:
            # two unit labels in one cell, read as the units read them (responsible_units.table_header):
            # A与B takes A's role (责任主体与协同单位), A或B and A/B take B's (责任单位或牵头单位)
            first, second = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
            if first in self.unit_labels and second in self.unit_labels:
                role = self.unit_labels[first if m.group("a") else second]
        return role


_RULES: dict[int, _Rules] = {}


def _rules(patterns) -> _Rules:
    R = _RULES.get(id(patterns))
    if R is None:
        R = _RULES[id(patterns)] = _Rules(patterns)
    return R


def read(norm: str, patterns) -> Tables:
    """Every task table of the text (norm), its rows and their cells."""
    R = _rules(patterns)
    serial = R.serial.search(norm) is not None  # a serial cell (tables.toml serial_cell): most pages hold none
    if not serial and "|" not in norm:  # nearly every page: no table
        return NONE
    if not serial and not _bar_header_at(R, norm) and not _barred_labels_at(norm):
        return NONE
    lines = _lines(norm)
    rows: list[Row] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        m = R.serial.match(norm, s, e) if serial else None
        first = len(rows)
        header = _header(R, norm, lines, i, m.end()) if m is not None else None
        if header is not None:
            columns, shape, j, gap = header
            i = _rows(R, norm, lines, j, columns, shape, gap, rows)
        elif m is None and norm.find("|", s, e) >= 0 and (columns := _bar_header(R, norm, s, e)) is not None:
            i = _bar_rows(R, norm, lines, i + 1, columns, rows)
        elif m is None and (barred := _barred_header(R, norm, lines, i)) is not None:
            columns, j = barred
            i = _rows(R, norm, lines, j, columns, "lines", 0, rows)
        else:
            i += 1
        if len(rows) > first:
            spans.append((first, len(rows)))
    return Tables(rows, R, norm, spans) if rows else NONE


def time_cell_dates(norm: str, cell: Cell, year: int | None, patterns) -> list[tuple[int, int, str]]:
    """The dates of a time cell (计划完成时间, 完成时限): each time expression there as the last day of the
    period it names, with no limit word needed: the column says it is when the row is due (2023年12月,
    2023年6月30日, 12月, 2024年1月-12月, 2023年). 长期坚持, 持续推进 name none. A cell of 全年 alone
    (tables.toml whole_year_cell) is due by the end of `year`, as 年内 is."""
    s, e = _trim(norm, cell.start, cell.end)
    if year is not None and _rules(patterns).whole_year.fullmatch(norm, s, e):
        return [(s, e, f"{year}-12-31")]
    out = []
    for t in find_times(norm, cell.start, cell.end, patterns):
        period = resolve_period(t, year=year, patterns=patterns)
        if period is not None:
            out.append((t.start, t.end, period.end_iso))
    return out


def _lines(norm: str) -> list[tuple[int, int]]:
    """Every line, its spaces and a leading | stripped (a blank line is empty)."""
    out, pos = [], 0
    while pos <= len(norm):
        end = norm.find("\n", pos)
        end = len(norm) if end < 0 else end
        s, e = _trim(norm, pos, end)
        if s < e and norm[s] == "|" and not _BARS.fullmatch(norm, s, e):
            # a row whose first cell opens with | too (| 序号 | / | 1 |, 谯城 民政局 2025): the cell from its text on
            s, e = _trim(norm, s + 1, e)
        out.append((s, e))
        pos = end + 1
    return out


def _trim(norm: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without its leading and trailing spaces."""
    while s < e and norm[s] == " ":
        s += 1
    while e > s and norm[e - 1] == " ":
        e -= 1
    return s, e


def _filled(norm: str, lines, k: int) -> tuple[int, int, bool]:
    """(index of the first line from lines[k] that is neither blank nor | alone, or len(lines); how many
    blank lines stand before it; whether a line of | alone does): the header, the rows and a row's cells
    step over such lines alike."""
    blank, barred = 0, False
    while k < len(lines):
        s, e = lines[k]
        if s == e:
            blank += 1
        elif _BARS.fullmatch(norm, s, e):
            barred = True
        else:
            break
        k += 1
    return k, blank, barred


def _label(text: str) -> str:
    return _SPACES.sub("", text).strip("|")


def _header(R: _Rules, norm: str, lines, i: int, after: int):
    """(columns [(label, role)] after the serial column, shape, index of the first line after the
    header, the widest blank gap between its cells) of a header whose serial cell ends at `after` on
    lines[i], or None: not a header."""
    s, e = lines[i]
    rest = norm[after:e].strip(" |")
    gap = 0  # the widest run of blank lines between the header's cells
    if not rest:  # one cell a line: the labels follow on their own lines
        labels, j = [], i + 1
        while len(labels) < MAX_HEADER_LINES:
            j, blank, _ = _filled(norm, lines, j)
            if j == len(lines):
                break
            ls, le = lines[j]
            j += 1
            gap = max(gap, blank)
            text = _label(norm[ls:le])
            if labels and text.startswith("(") and ")" not in text:
                # a note wrapped over lines (责任部门 / (加*号为牵头部门, / 其余为参与部门)): one note
                k = j
                while k < len(lines) and k - j < _NOTE_LINES and ")" not in text:
                    text += _label(norm[slice(*lines[k])])
                    k += 1
                if R.note.fullmatch(text):
                    labels.append(text)
                    j = k
                    continue
                text = _label(norm[ls:le])
            if (_lone_number(R, norm, ls, le) is not None or R.group.match(norm, ls, le)
                    or not R.header_cell.fullmatch(text)):
                j -= 1
                break
            labels.append(text)
        shape = "lines"
        labels = _joined(R, labels)
        # columns printed before the serial one (考核项目 / 序号 / 考核指标 …, 嵊泗 乡村振兴任务清单 2021): the
        # first row's cells there stand before its number, after the labels (农业高质高效 / 1): so many last
        # labels with no role are those cells, not columns
        pre = _labels_before(R, norm, lines, i)
        while pre and len(labels) > 1 and R.role(labels[-1]) is None:
            labels.pop()
            pre -= 1
    else:
        shape = "bars" if norm.find("|", after, e) >= 0 else "spaces"
        labels = [_label(t) for t in (rest.split("|") if shape == "bars" else _SPACES.split(rest))]
        labels = [t for t in labels if t]
        if len(labels) > MAX_HEADER_LINES or not all(R.header_cell.fullmatch(t) for t in labels):
            return None
        j = i + 1
    columns = [(t, R.role(t)) for t in labels]
    roles = [r for _, r in columns]
    if not columns:
        return None
    if shape == "spaces" and (len(columns) < 2 or None in roles
                              or not any(r in ("task", "progress", "due", *UNIT_ROLES) for r in roles)):
        return None  # a line of words after 序号 that are not all header words is no header
    return columns, shape, j, gap


def _labels_before(R: _Rules, norm: str, lines, i: int) -> int:
    """How many header cells with a role stand one a line just before the serial cell on lines[i]."""
    n, k = 0, i - 1
    while k >= 0 and n < MAX_HEADER_LINES:
        ls, le = lines[k]
        k -= 1
        if ls == le or _BARS.fullmatch(norm, ls, le):
            continue
        text = _label(norm[ls:le])
        if not R.header_cell.fullmatch(text) or R.role(text) in (None, "serial"):
            break
        n += 1
    return n


def _barred_labels_at(norm: str) -> bool:
    """Whether three short lines, each followed by a line of | alone, stand somewhere (_barred_header):
    tried only at the line before a line of | alone."""
    return any(s > 0 and _BARS.fullmatch(norm, s, e) and _BARRED_LABELS.match(norm, norm.rfind("\n", 0, s - 1) + 1)
               for s, e in _bar_lines(norm))


def _bar_lines(norm: str):
    """Each line holding a | (start, end): the only lines where a header with no serial column may stand."""
    pos = norm.find("|")
    while pos >= 0:
        s = norm.rfind("\n", 0, pos) + 1
        e = norm.find("\n", pos)
        e = len(norm) if e < 0 else e
        yield s, e
        pos = norm.find("|", e)


def _barred_header(R: _Rules, norm: str, lines, i: int):
    """(columns, index of the line after the header) of a header with no serial column saved one
    cell a line, a line of | alone after each cell (工作任务 / | / 具体要求 / | / 责任科室 / | / 时限要求 / |,
    池州 信访局 政务公开重点任务清单), read as _bar_header reads one printed on one line; else None."""
    labels, k = [], i
    while k + 1 < len(lines) and len(labels) <= MAX_HEADER_LINES:
        s, e = lines[k]
        if s == e or norm.find("|", s, e) >= 0 or not _BARS.fullmatch(norm, *lines[k + 1]) \
                or R.row_number.fullmatch(norm, s, e) or not R.header_cell.fullmatch(_label(norm[s:e])):
            break
        labels.append(norm[s:e])
        k += 2
    if labels and R.role(_label(labels[-1])) is None and k < len(lines) and R.row_number.fullmatch(norm, *lines[k]):
        # the first row's cell printed before its number, in a column before the serial one (工作任务
        # 强化行政规范性文件集中规范公开 / | / 1 / | / 对行政规范性文件…): no label
        labels.pop()
        k -= 2
    if len(labels) < 3:
        return None
    columns = _bar_header(R, " | ".join(labels), 0, len(" | ".join(labels)))
    return (columns, k) if columns is not None and len(columns) == len(labels) else None


def _bar_header_at(R: _Rules, norm: str) -> bool:
    """Whether a line of the text is a header with no serial column (_bar_header): only lines with a |."""
    return any(_bar_header(R, norm, s, e) is not None for s, e in _bar_lines(norm))


def _bar_header(R: _Rules, norm: str, s: int, e: int):
    """The columns [(label, role)] of a header printed on one line with its cells between | and no
    serial column (工作内容 | 当前工作进展 | 形象进度 |; 工作任务 | 具体要求 | 责任部门 |; 类别 | 民生事项名称 |
    2022年度任务目标 | 责任单位 | …), or None. Any line of short cells might be one (索引号: | 成文日期: |), so
    each cell is a header word (tables.toml), at most one without a role, and a task or progress
    column is among them."""
    if e - s > (MAX_LABEL + 3) * (norm.count("|", s, e) + 1):
        return None  # a row of sentences, not of labels (most lines with a | on a page)
    labels = [t for t in (_label(c) for c in norm[s:e].split("|")) if t]
    if not 3 <= len(labels) <= MAX_HEADER_LINES or any(len(t) > MAX_LABEL for t in labels) \
            or not all(R.header_cell.fullmatch(t) for t in labels):
        return None
    columns, unknown = [], 0
    for t in labels:
        role = R.role(t)
        unknown += role is None
        if unknown > 1 or role == "serial":
            return None
        columns.append((t, role))
    return columns if any(r in ("task", "progress") for _, r in columns) else None


def _bar_rows(R: _Rules, norm: str, lines, j: int, columns, rows: list[Row]) -> int:
    """Reads the rows after a header with no serial column (from lines[j]): every line holding a |
    is a row, up to a line with none or a line of the page's own data table (索引号: | …); blank
    lines between rows pass. A row whose last cells are empty is short by its first cells (a merged
    类别 or 工作任务 cell printed on its group's first row only: 3.及时反馈… | 各科室 | |): its pieces
    are placed by what they look like (_assign)."""
    k, place, top = j, 0, len(rows)
    while True:
        k = _filled(norm, lines, k)[0]
        if k == len(lines):
            break
        s, e = lines[k]
        k += 1
        if norm.find("|", s, e) < 0:
            k -= 1
            break
        pieces = _split(norm, s, e, "cells")
        if pieces and R.key_cell.fullmatch(norm, *pieces[0]):
            k -= 1
            break  # the page's own data table after the task table (索引号: | … | 成文日期: | …): no row
        while norm[e - 1] != "|" and k < len(lines) and lines[k][0] < lines[k][1] \
                and not _BARS.fullmatch(norm, *lines[k]) and norm.find("|", *lines[k]) >= 0:
            # a cell holding a line break breaks the row over lines (… | 市规划局 | 市国土资源局 / 市农牧林业局 |
            # 2010年9月20日前 |, 某市 园林城市任务表 2010): the last cell of one line and the first of the next are one
            more = _split(norm, *lines[k], "cells")
            if len(pieces) + len(more) - 1 > len(columns) + 1:
                break
            pieces[-1] = (pieces[-1][0], more[0][1])
            pieces += more[1:]
            e = lines[k][1]
            k += 1
        while pieces and pieces[-1][0] == pieces[-1][1]:
            pieces.pop()
        if len(pieces) != len(columns):
            pieces = [p for p in pieces if p[0] < p[1]]
        place += 1
        _add_row(R, norm, columns, "bars", place, s, pieces, rows, top, numbered=False)
    return k


def _joined(R: _Rules, labels: list[str]) -> list[str]:
    """A header saved one cell a line, its cells wrapped over two lines put back together: a line
    that is only a tail word (任务, 领导, 情况: tables.toml header_tail) or a bracketed note (责任股室 /
    (单位)) goes on the line before; a line with no role goes on the next when together they have one
    (第二季度 / 完成情况)."""
    out: list[str] = []
    k = 0
    while k < len(labels):
        label = labels[k]
        if out and R.note.fullmatch(label):
            out[-1] += label
        elif out and label in R.tails and R.role(out[-1] + label) is not None:
            out[-1] += label
        elif R.role(label) is None and k + 1 < len(labels) and R.role(label + labels[k + 1]) is not None:
            out.append(label + labels[k + 1])
            k += 1
        else:
            out.append(label)
        k += 1
    return out


def _rows(R: _Rules, norm: str, lines, j: int, columns, shape: str, gap: int, rows: list[Row]) -> int:
    """Reads the rows after a header (from lines[j]) into rows; returns the index of the line
    after the table. A row opens with its number, one more than the last row's; a table that is an
    excerpt of a longer one (the page's first table, its first row not 1: 6, 52, 53 …; 99, 175)
    may skip numbers, and so may any table after a group heading (一、… 3, 六、… 68); any other
    number is a cell (a stray 2, 5 | 个). One cell a line, the row's pieces are its lines up to the
    next row; a group heading between rows (一、…) is no cell, nor are the lines after it up to the
    next row (a merged category cell). One row a line, a number alone on its line is a page number
    (no row), and a line with no number and no | ends the table. One cell a line, the table ends at
    a blank gap wider than the header's (three times as wide, or any where the header has none)
    before a line that opens no row, and at the page's closing lines once the row has a piece for
    every column (_closing: the signer and its date, 抄送: …): what follows the table; and after a row
    of more than 2·width+2 lines, unless they are a unit cell printed one name a line with the next
    row after it (_names_to_row)."""
    width = len(columns)
    top = len(rows)  # the table's first row: no cell of it is merged into a row above
    last = None
    number = number_start = None
    pieces: list[tuple[int, int]] = []
    in_row = False
    may_skip = after_group = False
    row_barred = False  # a line of | alone seen in this row
    names_to = -1  # the lines up to this one name units, the next row after them (_names_to_row)
    k = j
    while True:
        k, blank, barred = _filled(norm, lines, k)
        if k == len(lines):
            break
        s, e = lines[k]
        k += 1
        wide = blank > 3 * gap
        joined, row_barred = row_barred and not barred, row_barred or barred
        if R.serial.fullmatch(norm[s:e].replace(" ", "").strip("|")):
            k -= 1  # the header again (after a page break): a table of its own
            break
        m = R.row_number.match(norm, s, e)
        if m is not None:
            rest = norm[m.end():e]
            kind = ("lines" if not rest.strip(" |") else "bars" if rest.startswith("|")
                    else "spaces" if shape == "spaces" and m.end() > m.end("num") else None)
            num = int(m.group("num"))
            if kind == "lines" and shape == "bars":
                continue  # a number alone between rows of | (a page number, 3): no row, no cell
            if kind == "lines" and _again(R, norm, lines, k, num, 2 * width + 2):
                kind = None  # a value cell equal to the next row's number (目标值 2 before row 2): the later one opens it
            if kind is not None and (last is None or num == last + 1 or (num > last and (may_skip or after_group))) \
                    and (kind == "spaces") == (shape == "spaces"):
                if in_row:
                    _add_row(R, norm, columns, shape, number, number_start, pieces, rows, top)
                if last is None:
                    may_skip = _excerpt(top, num)
                last, number, number_start, in_row, after_group = num, num, m.start("num"), True, False
                row_barred = False
                pieces = [] if kind == "lines" else _split(norm, m.end(), e, kind)
                if kind != "lines" and len(pieces) == width:
                    pieces = [p if p[0] < p[1] else None for p in pieces]
                continue
        if R.group.match(norm, s, e) and not (in_row and not pieces and shape == "lines"):
            # (right after a row's number, before its cells, it is the row's category cell: 1 | / 一、就业促进(3项) |)
            if in_row:
                _add_row(R, norm, columns, shape, number, number_start, pieces, rows, top)
            in_row, after_group = False, True
            continue
        if shape != "lines":
            if "|" in norm[s:e] and shape == "bars":
                continue  # the rest of a wrapped row: its cells are not placed
            k -= 1
            break
        if not in_row:
            if last is None and k - j > 2 * width + 2:
                break  # no row follows the header
            continue
        if wide or (len(pieces) >= width and _closing(R, norm, lines, k - 1, last, 2 * width + 2)):
            k -= 1
            break
        cut = e
        while cut > s and norm[cut - 1] in " |":
            cut -= 1
        if joined and pieces:
            # cells closed by a line of | alone (闵行 乡村振兴 2023: 浦江镇、浦锦街道、 / 马桥镇、华漕镇 / |):
            # the lines up to the next | are one cell
            pieces[-1] = (pieces[-1][0], cut)
            continue
        pieces.append((s, cut))
        if len(pieces) > 2 * width + 2 and k > names_to:
            names_to = _names_to_row(R, norm, lines, k - 1, last, width - 1)
            if names_to >= 0:
                continue  # a unit cell printed one name a line, row last+1 after it: the row goes on
            pieces = pieces[:width]
            break  # the table has ended: prose follows its last row
    if in_row:
        _add_row(R, norm, columns, shape, number, number_start, pieces, rows, top)
    return k


def _excerpt(top: int, number: int) -> bool:
    """Whether a table whose first row is rows[top], numbered `number`, is an excerpt of a longer one (the
    page's first table, its first row not 1: 99 | …, 175 | …; 6 … 52 53, bare): it keeps its numbers and
    may skip some. Only here is it decided which table is the page's first (segment asks Tables.excerpt)."""
    return top == 0 and number != 1


def _closing(R: _Rules, norm: str, lines, i: int, last: int, within: int) -> bool:
    """Whether lines[i] opens the page's closing lines, not a cell: a 版记 line (抄送: …, … 印发), a
    signature date, or a signer with the date or 版记 on the next line; and no row last+1 opens in the
    next `within` lines. Asked only once the row has a piece for every column (a cell split over two
    lines, a due date 2024年3月1日 last, is still the row's)."""
    def closes(s: int, e: int) -> bool:
        return R.colophon.search(norm[s:e]) is not None or R.closing_date.fullmatch(norm, s, e) is not None

    s, e = lines[i]
    if not closes(s, e):
        nxt = next(((a, b) for a, b in lines[i + 1:i + 3] if a < b), None)
        if nxt is None or not R.closing_above.fullmatch(norm, s, e) or not closes(*nxt):
            return False
    return all(_lone_number(R, norm, a, b) != last + 1 for a, b in lines[i + 1:i + 1 + within])


def _names_to_row(R: _Rules, norm: str, lines, i: int, last: int, after: int) -> int:
    """The index of the line opening row last+1 when lines[i] and the lines up to it name units (a
    unit cell printed one name a line: 市教育局 / 市财政局 / … / 市文旅局 / 2), but for at most `after`
    last ones (the row's cells after its unit cell: … / 市文旅局 / 2024年12月 / 2); else -1."""
    others, k = 0, i
    while (k := _filled(norm, lines, k)[0]) < len(lines):
        s, e = lines[k]
        number = _lone_number(R, norm, s, e) if k > i else None
        if number is not None:
            return k if number == last + 1 else -1
        while e > s and norm[e - 1] in " |":
            e -= 1
        if others or _look(R, norm, s, e) != "org":
            others += 1
            if k == i or others > after:
                return -1
        k += 1
    return -1


def _lone_number(R: _Rules, norm: str, s: int, e: int) -> int | None:
    """The number of a line that is a row number alone (3, | 3 |), else None."""
    m = R.row_number.fullmatch(norm[s:e].rstrip(" |")) if s < e else None
    return int(m.group("num")) if m is not None else None


def _again(R: _Rules, norm: str, lines, k: int, num: int, within: int) -> bool:
    """Whether the same row number stands alone again on one of the next `within` lines, before any
    higher one."""
    for s, e in lines[k:k + within]:
        n = _lone_number(R, norm, s, e)
        if n is not None and n >= num:
            return n == num
    return False


def _split(norm: str, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """The cells of a row printed on one line, after its number: between | or between spaces; kind
    'cells': a whole line's cells between | (a row with no number)."""
    out, pos = [], start
    sep = " " if kind == "spaces" else "|"
    text = norm[start:end]
    if kind == "bars":
        pos = start + text.index("|") + 1
    while pos < end:
        nxt = norm.find(sep, pos, end)
        nxt = end if nxt < 0 else nxt
        s, e = _trim(norm, pos, nxt)
        if s < e or kind != "spaces":
            out.append((s, e))
        pos = nxt + 1
    if kind == "spaces":  # a lone character between spaces ends the cell before it (加强水资源保 护)
        glued: list[tuple[int, int]] = []
        for a, b in out:
            if glued and b - a == 1:
                glued[-1] = (glued[-1][0], b)
            else:
                glued.append((a, b))
        out = glued
    return out


def _add_row(R: _Rules, norm: str, columns, shape: str, number: int, number_start: int, pieces, rows: list[Row],
             top: int, numbered: bool = True) -> None:
    """Puts a row's pieces under the columns and adds it to rows; rows[top] is its table's first row."""
    first = pieces[0] if pieces and pieces[0] is not None and pieces[0][0] < pieces[0][1] else None
    if first is not None and len(pieces) > 1 and pieces[1] is not None and R.group.match(norm, *first):
        first = pieces[1]  # the row's category cell (一、就业促进(3项)) is no title: the next cell is
    if pieces and all(p is not None for p in pieces) and len(pieces) != len(columns):
        pieces = [p for p in pieces if p[0] < p[1]]
    if len(pieces) == len(columns) and shape != "lines":
        placed = [(k, p) for k, p in enumerate(pieces) if p is not None and p[0] < p[1]]
    else:
        pieces = [p for p in pieces if p is not None and p[0] < p[1]]
        placed = _assign(R, norm, columns, pieces, len(rows) > top, shape == "lines")
    cells: dict[int, list[int]] = {}
    for k, (s, e) in placed:
        span = cells.setdefault(k, [s, e])
        span[1] = e
    rows.append(Row(number=number, number_start=number_start, shape=shape, numbered=numbered, first=first, cells=tuple(
        Cell(s, e, columns[k][1], columns[k][0]) for k, (s, e) in sorted(cells.items()))))


def _look(R: _Rules, norm: str, s: int, e: int) -> str:
    """What a piece looks like: time, yesno, num, measure, person, org or text."""
    text = norm[s:e]
    if R.group.match(text):  # 一、就业促进(3项): a category cell
        return "group"
    if R.yes_no.fullmatch(text):  # before the time: due_cell fully matches 完成 too (是否完成: 完成)
        return "yesno"
    if R.due.fullmatch(text) and (any(ch.isdigit() for ch in text) or len(text) > 1):
        return "time"
    if text.isdigit():
        return "num"
    if R.measure.fullmatch(text):
        return "measure"
    if e - s <= MAX_ORG_PIECE and not any(ch in text for ch in _SENTENCE_END) \
            and not any(ch.isdigit() for ch in text) and _names_units(R, norm, s, e):
        return "org"
    if _PERSON.fullmatch(text):
        return "person"
    return "text"


def _names_units(R: _Rules, norm: str, s: int, e: int) -> bool:
    """Whether a piece is a list of units: names the finder reads as a whole list, or names it
    reads loosely that all end as units do (tables.toml org_end: 局, 委, 站, 政府 …)."""
    if R.orgs.names_in(norm, s, e):
        return True
    names = R.orgs.names_in(norm, s, e, strict=False)
    return bool(names) and all(norm[a:b].rstrip("等").endswith(R.org_end) for a, b in names)


def _fit(look: str, role: str | None) -> int:
    return _FIT[look].get("unit" if role in UNIT_ROLES else role, 0)


def _assign(R: _Rules, norm: str, columns, pieces, above: bool, lines: bool) -> list[tuple[int, tuple[int, int]]]:
    """Each piece's column, in order (a piece goes in the column of the piece before it or a later
    one): the assignment whose pieces fit their columns best (_FIT), a second piece in a cell and an
    empty column costing a little. Ties go to the earlier column, but between unit columns of a row
    below another (above) saved one cell a line (lines: an empty cell leaves no line) to the later."""
    n, m = len(pieces), len(columns)
    if not n:
        return []
    looks = [_look(R, norm, s, e) for s, e in pieces]
    neg = None
    best = [[neg] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    skipped = 0  # the columns a first piece leaves empty before c, but for a category column: merged over
    for c in range(m):  # its group's rows, it is printed on the group's first row only (祁门 民生工程进度表 类别)
        best[0][c] = _SKIP_FIRST * skipped + _fit(looks[0], columns[c][1])
        skipped += columns[c][1] != "category"
    for i in range(1, n):
        for c in range(m):
            fit = _fit(looks[i], columns[c][1])
            for p in range(c + 1):
                if best[i - 1][p] is None:
                    continue
                score = best[i - 1][p] + fit + (_MERGE if p == c else _SKIP * (c - p - 1))
                if best[i][c] is None or score > best[i][c]:
                    best[i][c], back[i][c] = score, p
    ends = [c for c in range(m) if best[n - 1][c] is not None]
    top = max(best[n - 1][c] + _SKIP * (m - 1 - c) for c in ends)
    ends = [c for c in ends if best[n - 1][c] + _SKIP * (m - 1 - c) == top]
    # one cell a line, below another row, a tie between unit columns goes to the later one: a unit cell missing from such
    # a row is most often a lead cell merged into the row above (printed once, on the group's first row),
    # so the names left fill the unit columns from the right (推广绿色种养技术。 / 县科技局 under 牵头单位 /
    # 配合单位: 配合). A table's first row has no row above (an excerpt cut after its lead cell: 区发改局 leads)
    last = ends[-1] if lines and above and all(columns[c][1] in UNIT_ROLES for c in ends) else ends[0]
    out = []
    for i in range(n - 1, -1, -1):
        out.append((last, pieces[i]))
        last = back[i][last]
    return out[::-1]
