"""Header metadata: title, 文号, issuer, date, plan year, recipients.

Everything is read from the lines before the first numbered section (the header and
transmittal), except the signature date, which may also close the document. Rules are in
patterns/meta.toml; this module decides which source wins when several give an answer.
"""
from __future__ import annotations

import calendar
from functools import lru_cache
from typing import NamedTuple

import regex

from . import compiled
from .dates import body_year
from .models import Meta
from .normalize import Text, normalize
from .patterns import PatternFile, PatternSet
from .segment import Outline, cn_ordinal

_HEADER_LINES_WITHOUT_SECTIONS = 20
_SPACES_BETWEEN_HAN = compiled.compile(r"(?<=\p{Han}|[”》)])[ ]+(?=\p{Han}|[“《(])")
_HAN = compiled.compile(r"\p{Han}")
_RECIPIENT_CUT = compiled.compile(r"[,;]|、|$")


class _Line(NamedTuple):
    """A header line (or lines read together) as normalized, and where its pieces are in the text."""

    start: int
    end: int
    norm: str
    text: Text
    # (offset in norm, norm position in text) where each piece of the line starts; a position of
    # None is a space put between two lines read together (in neither text)
    pieces: tuple[tuple[int, int | None], ...]

    def source(self, start: int = 0, end: int | None = None) -> str:
        """The source as printed under norm[start:end] (Text.source_kept: a pinyin gloss kept, a joined
        line break left out), and with a space where two lines were put together."""
        end = len(self.norm) if end is None else end
        if len(self.pieces) == 1:
            pos = self.pieces[0][1] - self.pieces[0][0]
            return self.text.source_kept(pos + start, pos + end)
        out = []
        for k, (off, pos) in enumerate(self.pieces):
            stop = self.pieces[k + 1][0] if k + 1 < len(self.pieces) else len(self.norm)
            s, e = max(start, off), min(end, stop)
            if s < e:
                out.append(self.norm[s:e] if pos is None else self.text.source_kept(pos + s - off, pos + e - off))
        return "".join(out)

    def cut(self, start: int, end: int | None = None) -> _Line:
        """The part norm[start:end] of a line read alone (one piece)."""
        assert len(self.pieces) == 1, "cut a line read alone"
        end = len(self.norm) if end is None else end
        return _Line(self.start + start, self.start + end, self.norm[start:end], self.text, ((0, self.start + start),))


def _joined(parts: list[_Line], sep: str = "") -> _Line:
    """Lines read together, with sep (a space or nothing) between them."""
    pieces, off = [], 0
    for k, ln in enumerate(parts):
        if k and sep:
            pieces.append((off, None))
            off += len(sep)
        pieces.extend((off + o, p) for o, p in ln.pieces)
        off += len(ln.norm)
    return _Line(parts[0].start, parts[-1].end, sep.join(x.norm for x in parts), parts[0].text, tuple(pieces))


@lru_cache(maxsize=64)
def _rule(rules: PatternFile, rule_id: str) -> regex.Pattern:
    """rules.rule(rule_id).regex, without a search through the file's rules on every line."""
    return rules.rule(rule_id).regex


def _title_line(rules: PatternFile, norm: str) -> regex.Match | None:
    """meta.title_line matched on norm, tried only when norm ends like a title (checked backwards
    from the line end, which is cheap; most header lines end otherwise)."""
    ending = rules.compile("(?r)${title_kind_end}${title_file_end}", "fragments.title_kind_end")
    return _rule(rules, "meta.title_line").match(norm) if ending.match(norm) else None


def _date_line(rules: PatternFile, norm: str) -> regex.Match | None:
    """meta.date_line fullmatched on norm, tried only when norm ends in a date (checked backwards
    from the line end: cheap, and false for almost every line of text)."""
    ending = rules.compile("(?r)${date_line_tail}", "fragments.date_line_tail")
    return _rule(rules, "meta.date_line").fullmatch(norm) if ending.match(norm) else None


def _after_bullet(norm: str, s: int, e: int, bullet: regex.Pattern) -> int:
    """Where the line norm[s:e] starts after a list bullet before a page's field ("- 文号:" /
    "- 办公共函〔2017〕118号"; meta.list_bullet), else s. A bullet is a mark: a line starting with a
    character or a digit is not tried."""
    if s < e and not norm[s].isalnum() and (b := bullet.match(norm, s, e)) and b.end() < e:
        return b.end()
    return s


def _all_lines(text: Text, bullet: regex.Pattern) -> list[_Line]:
    """The text's non-blank lines, without the spaces around them and without a list bullet (_after_bullet)."""
    norm = text.norm
    out, pos = [], 0
    for raw in norm.split("\n"):
        s, e = pos, pos + len(raw)
        while s < e and norm[s] == " ":
            s += 1
        s = _after_bullet(norm, s, e, bullet)
        while e > s and norm[e - 1] == " ":
            e -= 1
        if e > s:
            out.append(_Line(s, e, norm[s:e], text, ((0, s),)))
        pos += len(raw) + 1
    return out


def _content_starts(outline: Outline, text: Text, bullet: regex.Pattern) -> set[int]:
    """Where the content lines start, as _all_lines reads them (after a list bullet)."""
    return {s for s, _ in outline.content} | {_after_bullet(text.norm, s, e, bullet) for s, e in outline.content}


def _header(lines: list[_Line], outline: Outline) -> list[_Line]:
    first = outline.sections_start
    if first is not None:
        return [ln for ln in lines if ln.end <= first]
    return lines[:_HEADER_LINES_WITHOUT_SECTIONS]


def _preamble(lines: list[_Line], outline: Outline) -> list[_Line]:
    """The header, plus the part before the first section of the line that holds it (a page
    saved as one long line has its transmittal and first heading on the same line)."""
    header = _header(lines, outline)
    first = outline.sections_start
    if first is not None:
        for ln in lines:
            if ln.start < first < ln.end:
                header = [*header, ln.cut(0, first - ln.start)]
                break
    return header


def _field_lines(header: list[_Line], rules: PatternFile) -> list[_Line]:
    """The header with a date/issuer/source label printed alone on its line read together with
    the value on the next line ("• 发文日期:" / "2024年04月06日 16:40"; meta.label_alone)."""
    alone, any_alone = _rule(rules, "meta.label_alone"), _rule(rules, "meta.any_label_alone")
    out = []
    for i, ln in enumerate(header):
        nxt = header[i + 1] if i + 1 < len(header) else None
        if nxt and alone.match(ln.norm) and not any_alone.match(nxt.norm):
            ln = _joined([ln, nxt], " ")
        out.append(ln)
    return out


def _group(m: regex.Match, line: _Line, name: str) -> str | None:
    """A named group of a match on line.norm, sliced from the source (as written)."""
    if name not in m.re.groupindex or m.group(name) is None:
        return None
    return line.source(m.start(name), m.end(name)).strip()


def _compact(digits: str) -> str | None:
    """2024327 -> 2024-03-27: the one valid reading of year+month+day without separators, if unique."""
    year, rest = int(digits[:4]), digits[4:]
    readings = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if 1 <= len(day) <= 2 and 1 <= int(month) <= 12 and 1 <= int(day) <= calendar.monthrange(year, int(month))[1]:
            readings.add(f"{year:04d}-{int(month):02d}-{int(day):02d}")
    return readings.pop() if len(readings) == 1 else None


def _iso(m: regex.Match, digits: dict[str, int]) -> str | None:
    if m.groupdict().get("compact"):
        return _compact(m.group("compact"))
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    else:
        y = int("".join(str(digits[ch]) for ch in m.group("cy")))
        mo, d = cn_ordinal(m.group("cm"), digits), cn_ordinal(m.group("cd"), digits)
        if mo is None or d is None:
            return None
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


_TITLE_WRAP = 3  # a long title may be printed over up to three lines
_TITLE_FIRST_PIECE = 4  # ... its first line holding four characters at least
_PAGE_CHUNK_LINES = 3  # a document site's "1、" page chunk starts within the first lines (after its header)


def _wrapper(rules: PatternFile, norm: str) -> regex.Match | None:
    """The line as a wrapper around the plan's name: 关于印发《X》的通知 (meta.wrapper) or a consultation
    notice 关于征求《X》意见的通知 (meta.consult_wrapper)."""
    return _rule(rules, "meta.wrapper").match(norm) or _rule(rules, "meta.consult_wrapper").match(norm)


def _title_lines(header: list[_Line], content: set[int], rules: PatternFile) -> list[_Line]:
    """Content lines of the header that could hold the title, each preceded by itself joined
    with the next one or two when they follow each other directly (long titles wrap)."""
    not_title = _rule(rules, "meta.not_title")
    no_join = _rule(rules, "meta.no_join")
    bracketed = _rule(rules, "meta.bracketed")
    wrapper_verb = rules.fragment("wrapper_verb")

    draft = _rule(rules, "meta.draft_marker")
    conj = _rule(rules, "meta.title_conj_line")

    def usable(ln: _Line) -> bool:
        return (ln.start in content and not not_title.match(ln.norm) and not _date_line(rules, ln.norm)
                and not draft.match(ln.norm))

    # a title the page prints twice (under the site's lines, then again under its 栏目/发布 line) stands alone at
    # its first print: the lines above it are the site's (添加大秘书到电脑桌面 / 安装后可以… / 关于开展…的通知)
    last_print = {ln.norm.strip(): k for k, ln in enumerate(header)}
    out = []
    for i, ln in enumerate(header):
        if not usable(ln):
            continue
        joins = []
        # a title wraps after a long first piece; lines of a word or two in a row are a site's tag list
        # (2023 / 民政局 / 十四 / 工作 / 安排 / 范文 above 民政局十四五工作安排), not a title in pieces
        if not (no_join.search(ln.norm) or bracketed.match(ln.norm) or len(ln.norm) < _TITLE_FIRST_PIECE):
            for j in range(i + 1, min(i + _TITLE_WRAP, len(header))):
                if not usable(header[j]) or no_join.search(header[j].norm) or last_print[header[j].norm.strip()] > j:
                    break
                complete = ((_title_line(rules, ln.norm) and not wrapper_verb.search(ln.norm))
                            or _wrapper(rules, ln.norm))  # …关于印发《X》的通知 ends there
                last = bracketed.match(header[j].norm) or conj.match(header[j].norm)
                if complete and not last:
                    break  # a complete title continues only with a bracketed suffix (2016版) or 与/及 <second half>
                part = header[i:j + 1]
                joins.append(_joined(part))
                if last:
                    break
        out += reversed(joins)  # the longest reading of a wrapped title first
        out.append(ln)
    return out


def _clean_title(title: str, rules: PatternFile, banner: bool = True) -> str:
    """The title without 《》 around the whole of it, unbalanced 《 or 》, spaces between characters, and (when
    `banner`: meta.site_banner) a site's name or slogan printed before it (法搜网--中国法律信息搜索网)."""
    if banner and (b := _rule(rules, "meta.site_banner").match(title)) and len(title) - b.end() >= 4:
        title = title[b.end():]
    title = title.strip(" ")
    close = _closing_mark(title) if title.startswith("《") else -1
    if close == len(title) - 1 or (close > 0 and rules.fragment("cut_wrapper_end").fullmatch(title, close + 1)):
        # 《》 around the whole title, or a wrapper cut before its 《 (《X》的通知); 《政府工作报告》重点工作任务分工 keeps its own
        title = title[1:close].strip(" ")
    if title.count("《") != title.count("》"):
        title = title.replace("《", "").replace("》", "")
    return _SPACES_BETWEEN_HAN.sub("", title)


def _closing_mark(title: str) -> int:
    """Where the 》 closing the 《 that opens title is; -1 when none does."""
    depth = 0
    for i, ch in enumerate(title):
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _title(header: list[_Line], preamble: list[_Line], content: set[int],
           rules: PatternFile, shared: bool) -> tuple[str | None, str | None]:
    """(title, issuer named in a 关于印发 wrapper). `shared`: the page names itself a sharing site."""
    def clean(title: str) -> str:
        return _clean_title(title, rules)

    for ln in header:
        if m := _rule(rules, "meta.docsite_title").match(ln.norm):
            # the uploaded file's name; the document's own heading on the first page chunk, when it words the
            # name otherwise (2022年X方案.doc over 1、X方案…), is the plan's title
            named = clean(_group(m, ln, "title"))
            own = _chunk_title(preamble, content, rules, _HEADER_LINES_WITHOUT_SECTIONS)
            return (own if own and own != named.replace("《", "").replace("》", "") else named), None
        m = _rule(rules, "meta.title_field").match(ln.norm)
        if m:
            # the field may hold the transmittal (名称: X关于印发《Y》的通知): the title is Y
            s, e = m.span("title")
            field = ln.cut(s, e)
            w = _wrapper(rules, field.norm)
            if w and (inner := _group(w, field, "inner") or _group(w, field, "bare")):
                return clean(inner), _group(w, field, "issuer")
            return clean(_group(m, ln, "title")), None
    candidates = _title_lines(header, content, rules)
    headline = _rule(rules, "meta.prints_headline")
    headings = [(ln, clean(_group(h or m, ln, "title"))) for ln in candidates
                if (m := _title_line(rules, ln.norm))
                for h in [headline.match(ln.norm)]]
    for ln in candidates:
        m = _wrapper(rules, ln.norm)
        if m and (inner := _group(m, ln, "inner") or _group(m, ln, "bare")):
            inner = clean(inner)
            # the plan's own heading after the transmittal is its title (the wrapper may reword it,
            # or transmit a summary and a plan at once)
            notice = rules.fragment("notice_end")
            own = [t for h, t in headings if h.start >= ln.end and not notice.search(t) and _similar(t, inner)]
            return (own[0] if own else inner), _group(m, ln, "issuer")
    cut = _rule(rules, "meta.cut_wrapper")
    for ln in candidates:  # 关于印发X工作方案 with its 的通知 cut off: the plan's own heading below it, when there is one
        if m := cut.match(ln.norm):
            inner, notice = clean(_group(m, ln, "bare")), rules.fragment("notice_end")
            own = [t for h, t in headings if h.start >= ln.end and not notice.search(t) and _similar(t, inner)]
            if own:
                return own[0], _group(m, ln, "issuer")
    if headings:
        first = headings[0][1]
        if shared:  # a sharing site's title for the piece (…报告范本), and above the body the document's own heading, dated
            year = rules.fragment("year")
            dated = [t for _, t in headings[1:] if t.endswith(first) and year.fullmatch(t[:-len(first)].rstrip("年度 "))]
            return (dated[-1] if dated else first), None
        return first, None
    for ln in preamble:  # a sharing site's editor names the piece: 本站小编为你精心准备了X参考范文
        if ln.start in content and (m := _rule(rules, "meta.editor_title").search(ln.norm)):
            return clean(_group(m, ln, "title")), None
    run_on = _rule(rules, "meta.title_run_on")
    # 1、<title> of a page chunk: within the first lines, or anywhere in the header of a page that names itself a
    # sharing site (its upload fields come first: 上傳人/編號/date/18頁/33.20KB, then 1、諸城市…行動計劃(2021-2022年)為…)
    if own := _chunk_title(preamble, content, rules, _HEADER_LINES_WITHOUT_SECTIONS if shared else _PAGE_CHUNK_LINES):
        return own, None
    not_title = _rule(rules, "meta.not_title")
    for ln in preamble:  # a page saved as one line: the title runs on into the text
        if ln.start in content and not not_title.match(ln.norm) and (m := run_on.match(ln.norm)):
            return clean(_group(m, ln, "title")), None
    address = _rule(rules, "meta.title_before_address")
    for ln in preamble:  # a report saved as one line, its title run into 各位代表: (behind a site's watermark)
        if ln.start in content and (m := address.search(ln.norm)):
            return clean(_group(m, ln, "title")), None
    transmittal = _rule(rules, "meta.transmittal")
    for ln in preamble:  # a page without its heading: the transmittal names the plan
        if m := transmittal.search(ln.norm):
            return clean(ln.source(m.start("title"), m.end("title"))), None
    summary = _rule(rules, "meta.summary_field")
    for ln in header:  # a disclosure page holding only its table: the index's 内容概述 names it
        if (m := summary.search(ln.norm)) and _title_line(rules, m.group("title")):
            return clean(_group(m, ln, "title")), None
    return None, None


def _chunk_title(preamble: list[_Line], content: set[int], rules: PatternFile, window: int) -> str | None:
    """The heading after a sharing site's first page-chunk number (1、<title>, or 1、<title><body…>) within the
    first `window` content lines of the preamble, cleaned; None without one."""
    for ln in [ln for ln in preamble if ln.start in content][:window]:
        if c := _rule(rules, "meta.page_chunk").match(ln.norm):
            rest = ln.cut(c.end())
            if m := _title_line(rules, rest.norm) or _rule(rules, "meta.chunk_title").match(rest.norm):
                return _clean_title(_group(m, rest, "title"), rules)
            return None
    return None


def _news_headline(header: list[_Line], content: set[int], rules: PatternFile) -> _Line | None:
    """A news page's headline: the line right above its first dateline (<date> 来源:…, <paper> <date> <time>,
    X网讯 …; meta.news_dateline), a short content line (meta.news_headline)."""
    dateline, news_headline = _rule(rules, "meta.news_dateline"), _rule(rules, "meta.news_headline")
    source_line = _rule(rules, "meta.news_source_line")
    for i, (prev, ln) in enumerate(zip(header, header[1:])):
        # a 来源 line alone, the date on the next line (来源:黑河日报 / 2021年02月24日08:48): one dateline
        if dateline.match(ln.norm) or (source_line.match(ln.norm) and i + 2 < len(header)
                                       and dateline.match(ln.norm + " " + header[i + 2].norm)):
            if prev.start in content and news_headline.match(prev.norm) and not _date_line(rules, prev.norm):
                return prev
            return None
    return None


def _news_dateline(header: list[_Line], rules: PatternFile) -> bool:
    """A news page's dateline among the first lines (2020年01月06日09:05 来源:《工人日报》, meta.news_dateline)."""
    dateline = _rule(rules, "meta.news_dateline")
    return any(dateline.match(ln.norm) for ln in header[:_NEWS_DATELINE_LINES])


def _heading_above_first(header: list[_Line], text: Text, outline: Outline, content: set[int],
                         rules: PatternFile) -> _Line | None:
    """An untitled page's own heading: the short line right above its first numbered heading
    (乡镇工作总结亮点 / 一、推动经济发展; meta.heading_above_first). Not when the line above it is a
    short bare line too: a table's header row printed one cell a line (序号/…/协同配合单位)."""
    if not header or outline.sections_start is None:
        return None
    last = header[-1]
    if (last.start in content and _rule(rules, "meta.heading_above_first").match(last.norm)
            and not _date_line(rules, last.norm)
            and not text.norm[last.end:outline.sections_start].strip()
            and not (len(header) > 1 and _rule(rules, "meta.bare_short_line").match(header[-2].norm))):
        return last
    return None


def _digest(lines: list[_Line], rules: PatternFile) -> tuple[_Line, regex.Match] | None:
    """A policy site's digest: a notice run together with the document it hands on, which it names in 《》 and prints
    again right after the signing date (meta.digest_signature), in one of the page's first lines. Searched once: the
    title is the document named (when none is found otherwise), the date is the signing date."""
    for ln in lines[:_TITLE_WRAP]:
        if m := _rule(rules, "meta.digest_signature").search(ln.norm):
            return ln, m
    return None


def _site_clean(title: str | None, rules: PatternFile) -> str | None:
    """The title without a sharing site's additions: (2篇)/8篇/篇1/范文/(全文) at its end, a repost site's
    (云南省) before it, a run printed twice in a row once (开封市卫生健康委员会开封市卫生健康委员会2019年工作总结)."""
    if not title:
        return title
    if (region := _rule(rules, "meta.site_region").match(title)) and len(title) - region.end() >= 4:
        title = title[region.end():]
    title = _rule(rules, "meta.doubled").sub(lambda m: m.group("once"), title)
    return _rule(rules, "meta.site_addition").sub("", title) or title


def _similar(heading: str, wrapper_title: str) -> bool:
    """Most of the heading's Chinese characters appear in the wrapper's title."""
    chars = set(_HAN.findall(heading))
    return bool(chars) and sum(ch in wrapper_title for ch in chars) >= 0.7 * len(chars)


def _doc_number(header: list[_Line], rules: PatternFile) -> str | None:
    """The 文号 in the header (with the part before the first section of a page saved as one line:
    …的通知 费政办字〔2024〕6号 各乡镇…: … 一、, meta.doc_number_after_notice)."""
    for ln in header:
        m = (_rule(rules, "meta.doc_number_line").match(ln.norm)
             or _rule(rules, "meta.doc_number_field").search(ln.norm)
             or _rule(rules, "meta.doc_number_after_title").match(ln.norm)
             or _rule(rules, "meta.doc_number_after_notice").search(ln.norm))
        if m:
            return _group(m, ln, "number")
    return None


def _date(lines: list[_Line], header: list[_Line], rules: PatternFile, digits: dict[str, int],
          shared: bool, digest: tuple[_Line, regex.Match] | None = None) -> str | None:
    """The signature date (落款) alone on a line, else a 成文日期 label, else the date a report was
    delivered (——2024年1月5日在…会议上, meta.speech_date), else the publication date.
    A 发文日期 field is the date the document was issued: it comes right after 成文日期, before the
    page's 发布日期/发布时间, wherever the table prints the two (嘉鱼 2024: '名 称: … 发布日期: 2024年03月18日'
    above '有效性: 有效 发文日期: 2024年02月22日'; 亳州 2025 and 尚志 2022 print 发文日期 first).
    A report's delivery date, printed in the report itself, comes before a 发文日期 the site's table gives
    (乌镇镇 2016年政府工作报告, blind45 b4506: 发文日期 2017-01-25, delivered 2017年1月9日在…会议上); a 成文日期
    stays first (a notice handing the report on is dated by its own signing: 木洞镇 2024). A progress form's
    填报时间 (meta form_date_labels) is its own date as a 成文日期 is (广水 2025: 填报时间 2025年4月8日, 发布时间 04-14).

    The 落款 under the notice is its signing date even where the page's metadata table copies
    the publication date into 成文日期 (丽水 河长制: 成文日期 2017-12-19 = 发布时间, 落款
    2017年12月15日; as in the zunyi sample, whose gold takes the 落款 over 发布时间).
    A signature is written 2023年3月5日 (or 20230305, its 年月日 lost); a date alone on a line
    written 2023-03-05, or before the page's 作者:/来源:/点击数: fields (meta.chrome_date), is a web
    page's publication stamp, used only when nothing better is found.
    On a document-sharing site (meta.shared_page in its first lines) the page's dates are upload
    dates: only a signature or a 成文日期 counts.
    A PDF saved as one line runs its signature on after the transmittal (…认真贯彻执行。 苏州市教育局
    2023 年 3 月 23 日 (此件公开发布) …; meta.inline_signature): that counts as a signature too.
    A page may print its publication date in 年月日 under the title as well: a later date line under
    its signer (the 落款) wins over a first one with no signer above it."""
    labelled, speech = _rule(rules, "meta.labelled_date"), _rule(rules, "meta.speech_date")
    speech_bracketed = _rule(rules, "meta.speech_date_bracketed")
    chrome = _rule(rules, "meta.chrome_date")
    form_dated = set(rules.words("form_date_labels"))
    signed, written, issued, published, stamped, delivered = None, None, None, None, None, None
    for i, ln in enumerate(header):
        if not stamped and (m := chrome.match(ln.norm)):
            stamped = _iso(m, digits)
        for m in labelled.finditer(ln.norm):
            iso = _iso(m, digits)
            if not iso:
                continue
            label = m.group("label").replace(" ", "")
            if label == "成文日期" or label in form_dated:  # a form's 填报时间 is its own date too
                written = written or iso
            elif label == "发文日期":
                issued = issued or iso
            published = published or iso
        if not delivered and ((m := speech.match(ln.norm)) or (
                i + 1 < len(header) and (m := speech.match(ln.norm + header[i + 1].norm)))):
            delivered = _iso(m, digits)  # the line may break inside: 2022年2月20日在某区⏎第二届人民代表大会…会议上
        if not delivered and (m := speech_bracketed.search(ln.norm)):
            delivered = _iso(m, digits)  # ——在…会议上县长X(2020年1月8日)
    inline, first_dated = None, None
    signer = _rule(rules, "meta.signer_line")
    for i, ln in enumerate(lines):
        m = _date_line(rules, ln.norm)
        if m and (iso := _iso(m, digits)):
            if m.group("compact") or any(ch in m.group() for ch in "年月日"):
                if first_dated is None and not m.group("issuer") and not (i and signer.match(lines[i - 1].norm)):
                    first_dated = iso  # no signer above it: maybe the page's date, printed like a signature
                    continue
                signed = iso
                break
            stamped = stamped or iso
        if not inline and (m := _rule(rules, "meta.inline_signature").search(ln.norm)
                           or (digest is not None and ln is digest[0] and digest[1])):
            inline = _iso(m, digits)
    signed = signed or first_dated or inline
    if shared:
        return signed or written or delivered or issued
    return signed or written or delivered or issued or published or stamped


def _issuer(header: list[_Line], lines: list[_Line], wrapper_issuer: str | None, title: str | None,
            rules: PatternFile, digits: dict[str, int]) -> str | None:
    if wrapper_issuer:
        return wrapper_issuer
    for rule_id in ("meta.issuer_field", "meta.issuer_prints", "meta.issuer_source"):
        for ln in header:
            m = _rule(rules, rule_id).search(ln.norm)
            if m:
                return _group(m, ln, "issuer")
    if title and "关于" in title:  # 莆田市人民政府关于加快发展养老服务业的实施意见: named by the title, as printed
        named = _rule(rules, "meta.issuer_in_title")
        for ln in header:
            if (m := named.match(ln.norm)) and title.startswith(_clean_title(_group(m, ln, "issuer"), rules, banner=False)):
                return _group(m, ln, "issuer")
    signer = _signer(lines, rules, digits)
    if signer:
        return signer
    for ln in header:  # a 信息来源 in mid-line, glued to the next label: the site's column, after the 落款
        if m := _rule(rules, "meta.issuer_source_inline").search(ln.norm):
            return _group(m, ln, "issuer")
    return None


def _signer(lines: list[_Line], rules: PatternFile, digits: dict[str, int]) -> str | None:
    """The 落款: the one organization printed on the line above the signing date (or before it on
    its line). Two signer lines in a row are a joint signature: none is taken."""
    signer = _rule(rules, "meta.signer_line")
    for i, ln in enumerate(lines):
        m = _date_line(rules, ln.norm)
        if not (m and (m.group("compact") or any(ch in m.group() for ch in "年月日")) and _iso(m, digits)):
            continue
        if m.group("issuer"):
            return _group(m, ln, "issuer")
        if i and (s := signer.match(lines[i - 1].norm)) and not (i > 1 and signer.match(lines[i - 2].norm)):
            return _group(s, lines[i - 1], "issuer")
        return None
    return None


def _plan_year(title: str | None, date: str | None, text: Text, outline: Outline, rules: PatternFile,
               char_map: tuple[tuple[str, str], ...], doc_number: str | None, deadline_rules: PatternFile,
               news: bool = False) -> int | None:
    """The year in the title (not a revision note's; the year before the plan's when a summary without
    its year comes first: 工作总结及2021年工作计划 -> 2020; a summary's first heading's earlier year, when it
    reports one: 2023年乡镇年度工作总结 / 一、2022年度工作完成情况 -> 2022, or the earlier year its text opens
    with: 2022年,**县教育局… -> 2022); else the date's, for a title ending in an
    annual kind, the division of a 政府工作报告 (annual_subject) or a news report (`news`: titled by its
    headline) or a title naming a part of the year (下半年, 第一季度: year_part); else the year the text opens with; else the
    year its 现将…报告如下 names (an untitled news page, cut below its headline: its date's year, before these); else the year the first heading opens with; else, on a page with no 文号 and no date (no header
    at all, or only a title without a year: 市卫片执法工作实施方案), the body's year (_body_year); else, on a page
    without a title whose 文号 is its only date, the 文号's year when the body names it."""
    if title:
        norm = rules.fragment("revision_note").sub("", normalize(title, char_map).norm)  # (2019年修订): not the plan's
        if rules.fragment("year_range").search(norm):
            return None  # a multi-year plan (2023-2025年) is not for one year
        if m := _rule(rules, "meta.summary_then_plan").match(norm):
            return int(m.group("year")) - 1  # 工作总结及2021年工作计划: the summary is of 2020
        year = rules.fragment("year").search(norm)
        if year and rules.fragment("horizon_lead").search(norm, 0, year.start()):
            return None  # 到2025年基本建成…: the horizon aimed at, not the year the plan is for
        if year:
            # a summary a sharing site dated by its upload year: its first heading reports the year before (summary_title)
            reported = (_heading_year(outline, rules, char_map) or _preamble_year(text, outline, rules)
                        if rules.fragment("summary_title").search(norm) else None)
            return reported if reported is not None and reported < int(year.group()) else int(year.group())
        if date and (news or rules.fragment("annual_title_end").search(title)
                     or rules.fragment("annual_subject").search(norm) or rules.fragment("year_part").search(norm)):
            return int(date[:4])  # an annual document (a 政府工作报告's division too), a part of a year, or a news report: of its date's year
    elif news and date:
        return int(date[:4])  # a news page cut below its headline: of its dateline's year
    year = _opening_year(text, outline, rules, title, char_map) or _report_year(text, outline, rules) or _heading_year(outline, rules, char_map)
    if year is None and not date and not doc_number:
        year = _body_year(text.norm, rules, deadline_rules)
    if year is None and title is None and doc_number and (m := rules.fragment("year").search(doc_number)) \
            and regex.search(rf"(?<![0-9]){m.group()}[ ]*年(?![ ]*[-~至到])", text.norm):
        # an untitled notice dated by its 文号 only, whose body names that year's work (许政 [2020] 20号 / 现将…提出的
        # 2020年重点工作任务予以分解); a notice handing on a 十四五 plan without naming its year has none
        year = int(m.group())
    return year


def _body_year(norm: str, rules: PatternFile, deadline_rules: PatternFile) -> int | None:
    """A page without a dated header (cut out of a longer text, a task table saved alone, a copy that
    kept only a title without a year): the year its time limits resolve against (dates.body_year:
    动员部署阶段(2007年3月中旬), 开展2023年度…).
    None when a later year with a month follows in the body: stages running from 2010 into 2011 make
    no one year the plan's."""
    year = body_year(norm, deadline_rules)
    if year is None:
        return None
    if any(int(m.group("year")) > year for m in rules.fragment("dated_year").finditer(norm)):
        return None
    return year


def _heading_year(outline: Outline, rules: PatternFile, char_map: tuple[tuple[str, str], ...]) -> int | None:
    """The year the first level-1 heading reports on or plans: 一、2023年各项工作完成情况."""
    first = outline.sections[0] if outline.sections else None
    if first and first.level == 1 and first.title:
        if m := _rule(rules, "meta.heading_year").match(normalize(first.title, char_map).norm):
            return int(m.group("year"))
    return None


def _preamble_year(text: Text, outline: Outline, rules: PatternFile) -> int | None:
    """The year a line before the first heading opens with (2022年,**县教育局…, meta.opening_year): what a summary
    whose site dated it by its upload year reports on."""
    opening, end = _rule(rules, "meta.opening_year"), outline.sections_start
    for s, e in outline.content:
        if end is not None and s >= end:
            break
        if m := opening.match(text.norm[s:min(e, s + 20)]):
            return int(m.group("year"))
    return None


_BREADCRUMB_LINES = 3  # a site's breadcrumb is printed among the page's first lines
_OPENING_LINES = 3  # a page without its title: the year its first sentences open with
_REPORT_OPENING_LINES = 5  # a report without its title: speaker, date and salutation above its opening sentence
_NEWS_DATELINE_LINES = 3  # a news page cut below its headline: its byline and dateline open it


def _opening_year(text: Text, outline: Outline, rules: PatternFile, title: str | None = None,
                  char_map: tuple[tuple[str, str], ...] = ()) -> int | None:
    """Plan year of a page saved without its title: 2023年,市生态环境局… in one of its first lines; or of a title
    without a year printed again run into its body (区林业局关于 XX 年上半年工作总结 2016 年,我区…): the year the
    body opens with right after it (2024年以来, too, after a title naming a part of the year: 半年度工作总结)."""
    line_opening = after_title = _rule(rules, "meta.opening_year")
    again = None  # the title printed again
    if title:
        norm = normalize(title, char_map).norm.replace(" ", "")
        again = regex.compile("[ ]*" + "[ ]*".join(map(regex.escape, norm)) + "[ ]*") if norm else None
        if rules.fragment("year_part").search(norm):
            after_title = _rule(rules, "meta.part_opening_year")
    for s, e in outline.content[:_OPENING_LINES]:
        if m := (line_opening.match(text.norm[s:min(e, s + 20)])
                 or (again is not None and (t := again.match(text.norm, s, e))
                     and after_title.match(text.norm[t.end():min(e, t.end() + 20)]))):
            return int(m.group("year"))
    return None


def _report_year(text: Text, outline: Outline, rules: PatternFile) -> int | None:
    """The year a report saved without its title names in its opening (我受市人民政府委托,现将2023年上半年预算执行情况
    报告如下:, meta.report_opening), in one of the first lines before the first heading (the speaker, the date and
    the salutation may come first: 潮阳 审计工作报告 2023)."""
    opening, end = _rule(rules, "meta.report_opening"), outline.sections_start
    for s, e in outline.content[:_REPORT_OPENING_LINES]:
        if end is not None and s >= end:
            break
        if m := opening.search(text.norm, s, e):
            return int(m.group("year"))
    return None


def _bulleted(ln: _Line) -> bool:
    """The line was read after a list bullet (_after_bullet): a page's field ("• 发文机构:"), never 主送机关."""
    norm = ln.text.norm
    return bool(norm[norm.rfind("\n", 0, ln.start) + 1:ln.start].strip())


def _recipients(header: list[_Line], rules: PatternFile) -> list[str]:
    ends = tuple(sorted(rules.words("org_end"), key=len, reverse=True))
    for ln in header:
        if _bulleted(ln):
            continue
        m = _rule(rules, "meta.recipients").match(ln.norm)
        if not m:
            continue
        names, start = [], m.start("recipients")
        norm = ln.norm[:m.end("recipients")]
        # , and ; always separate; 、 only after a complete organization (各县、自治县、区(市)卫生健康局 is one),
        # outside brackets (各县市区教育局(社会事业局、教育文体局)) and not before a lone head (市各委、办、局)
        cuts = list(_RECIPIENT_CUT.finditer(norm, start))
        for k, cut in enumerate(cuts):
            piece = norm[start:cut.start()]
            if cut.group() == "、" and (not piece.endswith(ends) or piece.count("(") > piece.count(")")
                                       or (k + 1 < len(cuts) and norm[cut.end():cuts[k + 1].start()] in ends)):
                continue
            name = ln.source(start, cut.start()).strip(" ,，;；、")
            if name:
                names.append(name)
            start = cut.end()
        return names
    return []


def read_meta(text: Text, outline: Outline, patterns: PatternSet) -> Meta:
    rules = patterns["meta"]
    bullet = _rule(rules, "meta.list_bullet")
    lines = _all_lines(text, bullet)
    header = _header(lines, outline)
    preamble = _preamble(lines, outline)
    # a document-sharing site (站名, 我要投稿, a title ending 范文) in the page's first lines: its dates are upload
    # dates, and its title may follow a long upload header
    shared = any(_rule(rules, "meta.shared_page").search(ln.norm) for ln in lines[:_HEADER_LINES_WITHOUT_SECTIONS])
    content = _content_starts(outline, text, bullet)
    digest = _digest(lines, rules)
    title, wrapper_issuer = _title(header, preamble, content, rules, shared)
    # no title found otherwise: a news page is titled by its headline (and is a report of the year it is dated)
    news = title is None and (headline := _news_headline(header, content, rules)) is not None
    if news:
        title = _clean_title(headline.source(), rules)
    elif title is None and (heading := _heading_above_first(header, text, outline, content, rules)) is not None:
        title = _clean_title(heading.source(), rules)
    elif title is None and digest is not None:
        title = _clean_title(_group(digest[1], digest[0], "title"), rules)  # the notice and its document on one line
    title = _site_clean(title, rules)
    # no title at all, but a dateline opens the page (a byline above it): a news page cut below its headline, of the
    # year it is dated when it speaks of 今年 (工人日报 2020-01-06: 安排今年的重点工作)
    # (rd-080 黑河日报 2021-02-24 reports 2020 as 去年: only a page that speaks of 今年 names the dateline's year)
    news = news or (title is None and _news_dateline(header, rules) and "今年" in text.norm)
    digits = {k: int(v) for k, v in patterns["sections"].map("cn_digits").items()}
    fields = _field_lines(header, rules)
    # a collection site's headline <文号>《X》 (meta.collected_notice): its stamp is when the site collected the notice
    collected = bool(lines) and _rule(rules, "meta.collected_notice").match(lines[0].norm) is not None
    # a reposting site's breadcrumb under its own name (高新技术企业认定网 > 动态信息 >, meta.site_breadcrumb): its time is the repost's
    reposted = any(_rule(rules, "meta.site_breadcrumb").match(ln.norm) for ln in lines[:_BREADCRUMB_LINES])
    date = _date(lines, fields, rules, digits, shared or collected or reposted, digest)
    doc_number = _doc_number(preamble, rules)
    return Meta(
        title=title,
        doc_number=doc_number,
        issuer=_issuer(fields, lines, wrapper_issuer, title, rules, digits),
        date=date,
        plan_year=_plan_year(title, date, text, outline, rules, patterns.char_map(), doc_number, patterns["deadlines"],
                             news=news),
        recipients=_recipients(preamble, rules),  # 各科室,各站所,各村: 为提高… on a run-on line too
    )
