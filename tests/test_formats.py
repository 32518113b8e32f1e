"""Input formats: saved web pages and Word files become the text a reader sees, in order."""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from html import escape

import pytest

import planparse
from conftest import ROOT, SAMPLES
from planparse.formats import docx_to_text, html_to_text, read_document
from planparse.source import ReadError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(body_xml: str, **parts: str) -> bytes:
    """A minimal .docx (what Word needs to open it) whose body is `body_xml`; `numbering=`
    and `styles=` add word/numbering.xml and word/styles.xml with that content."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W_NS}" '
                f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                f'<w:body>{body_xml}<w:sectPr/></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/'
                   'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
                   '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
                   '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        for name, content in parts.items():
            z.writestr(f"word/{name}.xml", f'<w:{name} xmlns:w="{W_NS}">{content}</w:{name}>')
    return buf.getvalue()


def para(text: str) -> str:
    return f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx_of_lines(lines: list[str]) -> bytes:
    return make_docx("".join(para(line) for line in lines))


def html_page_of(text: str) -> str:
    """A saved government page: chrome, scripts and styles around the notice, one <p> per line."""
    body = "\n".join(f"<p>{escape(line)}</p>" if line.strip() else "<p>&nbsp;</p>" for line in text.splitlines())
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>站点标题</title>"
            "<style>p { margin: 0 }</style><script>var nav = '首页';</script></head><body>"
            "<nav><a href='/'>首页</a> &gt; <a href='/zw'>政务公开</a></nav>"
            f"<div class=\"article\">\n{body}\n</div>"
            "<div style=\"display: none\">隐藏的统计代码</div><script>track();</script></body></html>")


# --- HTML -----------------------------------------------------------------------------------

def test_html_keeps_visible_text_and_drops_scripts_styles_navigation_and_hidden():
    text = html_to_text(html_page_of("一、总体要求\n到2025年，覆盖率达到90%以上。"))
    assert text == "一、总体要求\n到2025年，覆盖率达到90%以上。"


def test_html_block_elements_become_lines_and_inline_elements_do_not():
    html = ("<div>第一段<span>继续</span><b>加粗</b></div><p>a\n   b<br>c</p><ul><li>甲</li><li>乙</li></ul>"
            "<h2>标题</h2><table><tr><td>指标</td><td>90%</td></tr><tr><th>年份</th><th>2025</th></tr></table>")
    assert html_to_text(html) == "第一段继续加粗\na b\nc\n甲\n乙\n标题\n指标\t90%\n年份\t2025"


def test_html_entities_and_indentation_spaces_survive():
    text = html_to_text("<p>&nbsp;&nbsp;\u3000\u3000各单位：&lt;通知&gt;</p>")
    assert text == "\u00a0\u00a0\u3000\u3000各单位：<通知>"


def test_html_pre_keeps_its_line_breaks():
    assert html_to_text("<pre>一、目标\n二、措施</pre>") == "一、目标\n二、措施"


@pytest.mark.parametrize("charset", ["gb2312", "GBK", "gb18030"])
def test_html_declared_chinese_charset_is_honoured(charset):
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>' \
           "<body><p>卫生健康工作要点</p></body></html>"
    assert html_to_text(html.encode("gb18030")) == "卫生健康工作要点"


def test_html_wrong_declared_charset_falls_back_to_detection():
    html = '<meta charset="utf-8"><p>卫生健康工作要点</p>'.encode("gb18030")
    assert html_to_text(html) == "卫生健康工作要点"


def test_html_page_of_a_sample_parses_like_the_sample():
    sample = SAMPLES[0].read_text(encoding="utf-8")
    text = html_to_text(html_page_of(sample))
    wanted = [line.strip(" \t") for line in sample.splitlines() if line.strip()]
    assert [line for line in text.splitlines() if line.strip()] == wanted
    from_html = planparse.parse(text)
    from_text = planparse.parse(sample)
    assert [s.id for s in from_html.iter_sections()] == [s.id for s in from_text.iter_sections()]
    assert from_html.meta == from_text.meta
    for kind in ("targets", "percentages", "deadlines", "responsible_units"):
        got = getattr(from_html, kind)
        assert [r.text for r in got] == [r.text for r in getattr(from_text, kind)]
        assert all(text[r.span[0]:r.span[1]] == r.text for r in got)


# --- DOCX -----------------------------------------------------------------------------------

def test_docx_paragraphs_in_order_and_table_rows_one_per_line():
    body = (para("一、总体目标") + para("到2025年，覆盖率达到90%。")
            + "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
              "<w:tc><w:p><w:r><w:t>目标值</w:t></w:r></w:p></w:tc></w:tr>"
              "<w:tr><w:tc><w:p><w:r><w:t>接种率</w:t></w:r></w:p><w:p><w:r><w:t>(儿童)</w:t></w:r></w:p></w:tc>"
              "<w:tc><w:p><w:r><w:t>95%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + para("二、保障措施"))
    assert docx_to_text(make_docx(body)) == "一、总体目标\n到2025年，覆盖率达到90%。\n指标\t目标值\n接种率 (儿童)\t95%\n二、保障措施"


def test_docx_runs_join_and_deletions_field_codes_and_fallback_copies_are_left_out():
    body = ("<w:p><w:r><w:t>由市卫生</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>健康局</w:t></w:r>"
            "<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>牵头</w:t></w:r></w:ins>"
            "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>负责</w:t></w:r>"
            "<mc:AlternateContent><mc:Choice><w:r><w:t>。</w:t></w:r></mc:Choice>"
            "<mc:Fallback><w:r><w:t>。</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
            "<w:sdt><w:sdtContent>" + para("控件内的段落") + "</w:sdtContent></w:sdt>")
    assert docx_to_text(make_docx(body)) == "由市卫生健康局牵头\t负责。\n控件内的段落"


def level(ilvl: int, fmt: str, text: str, suff: str | None = None) -> str:
    suffix = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{suffix}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def numbered(text: str, ilvl: int | None = None, num_id: int = 1, style: str | None = None) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if ilvl is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"


def test_docx_automatic_list_numbers_are_written_as_word_shows_them():
    numbering = ('<w:abstractNum w:abstractNumId="0">' + level(0, "chineseCounting", "%1、", "nothing")
                 + level(1, "chineseCounting", "（%2）", "nothing") + level(2, "decimal", "%3.")
                 + "</w:abstractNum>"
                 '<w:abstractNum w:abstractNumId="1">' + level(0, "bullet", "") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/>'
              "</w:numPr></w:pPr></w:style>")
    body = (para("关于印发工作要点的通知")
            + numbered("总体要求", style="Heading1") + numbered("工作目标", 1) + numbered("主要措施", 1)
            + numbered("加强队伍建设。", 2) + numbered("完善制度。", 2) + numbered("要点", ilvl=0, num_id=2)
            + numbered("保障措施", 0) + numbered("加强领导", 1) + numbered("不编号", 0, num_id=0))
    text = docx_to_text(make_docx(body, numbering=numbering, styles=styles))
    assert text.splitlines() == ["关于印发工作要点的通知", "一、总体要求", "（一）工作目标", "（二）主要措施",
                                 "1.\t加强队伍建设。", "2.\t完善制度。", "要点", "二、保障措施", "（一）加强领导",
                                 "不编号"]
    doc = planparse.parse(text)
    assert [s.id for s in doc.iter_sections()] == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1"]


def test_docx_of_a_sample_reads_back_its_lines():
    lines = SAMPLES[1].read_text(encoding="utf-8").splitlines()
    assert docx_to_text(docx_of_lines(lines)) == "\n".join(lines)


@pytest.mark.parametrize("data,reason", [
    (b"PK\x03\x04 not really a zip", "not a valid .docx"),
    (b"plain text saved with the wrong suffix", "not a valid .docx"),
])
def test_damaged_docx_is_a_read_error_naming_the_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        docx_to_text(data)


def test_zip_without_a_word_body_is_a_read_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(ReadError, match="no word/document.xml"):
        docx_to_text(buf.getvalue())


# --- dispatch ---------------------------------------------------------------------------------

def test_read_document_dispatches_on_suffix_and_tries_other_files_as_text(tmp_path):
    (tmp_path / "a.HTM").write_text("<p>一、目标</p><script>x()</script>", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(docx_of_lines(["一、目标"]))
    (tmp_path / "c.md").write_bytes("一、目标\r\n".encode("gb18030"))
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02binary")
    assert read_document(tmp_path / "a.HTM") == "一、目标"
    assert read_document(tmp_path / "b.docx") == "一、目标"
    assert read_document(tmp_path / "c.md") == "一、目标\r\n"
    with pytest.raises(ReadError, match="binary"):
        read_document(tmp_path / "d.txt")


def test_mht_single_file_page_reads_its_html_part(tmp_path):
    import quopri

    html = "<html><body><nav>首页</nav><p>一、总体要求</p><p>到2025年覆盖率达90%。</p></body></html>"
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           "Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           ).encode("ascii") + quopri.encodestring(html.encode("gb18030")) + b"\r\n--B--\r\n"
    (tmp_path / "page.mht").write_bytes(mht)
    assert read_document(tmp_path / "page.mht") == "一、总体要求\n到2025年覆盖率达90%。"
    (tmp_path / "plain.mht").write_bytes(b"Subject: x\r\n\r\nno html here")
    with pytest.raises(ReadError, match="no HTML part"):
        read_document(tmp_path / "plain.mht")


def test_binary_formats_say_what_to_do_and_text_under_their_name_is_read(tmp_path):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00" * 50)
    (tmp_path / "page.doc").write_text("一、总体要求\n", encoding="utf-8")
    with pytest.raises(ReadError, match="save it as .docx"):
        read_document(tmp_path / "old.doc")
    assert read_document(tmp_path / "page.doc") == "一、总体要求\n"
    (tmp_path / "saved.doc").write_text("<!DOCTYPE html><html><body><p>一、总体要求</p></body></html>", encoding="utf-8")
    assert read_document(tmp_path / "saved.doc") == "一、总体要求", "HTML under another name is read as a page"


def test_format_parsers_are_imported_only_when_such_a_file_is_read():
    code = ("import sys, planparse, planparse.batch, planparse.formats; "
            "print('selectolax' in sys.modules, 'xml.etree.ElementTree' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]
