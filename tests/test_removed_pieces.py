"""What normalize removes, end to end through parse(), on real lines: pinyin glosses of traditional-script
mirror sites (關(guān)于印發(fā)) and the line breaks of hard-wrapped PDF text. Every span still indexes the
source as read."""
from __future__ import annotations

import planparse


def _assert_spans(doc, source: str) -> None:
    for name in ("targets", "percentages", "deadlines", "responsible_units"):
        for rec in getattr(doc, name):
            assert source[rec.span[0]:rec.span[1]] == rec.text, (name, rec)
    for sec in doc.iter_sections():
        s, e = sec.span
        assert 0 <= s <= e <= len(source)
        for item in sec.inline:
            assert 0 <= item.span[0] <= item.span[1] <= len(source)
            assert source[item.span[0]:item.span[1]].startswith(item.marker)


# d1601 湖南 就业二十条 (a mirror with pinyin glosses), 一、 and its (一)
D1601 = (
    "湘政發(fā)〔2018〕30號\n"
    "各市州、縣市區人民政府,省政府各廳委、各直屬機構:\n"
    "現將《湖南省進(jìn)一步促進(jìn)就業(yè)工作二十條措施》印發(fā)給你們,請認真貫徹落實(shí)。\n"
    "一、支持企業(yè)穩定就業(yè)\n"
    "(一)加大援企穩崗力度。2019年1月1日至12月31日,對面臨暫時(shí)性生產(chǎn)經(jīng)營(yíng)困難且恢復有望、"
    "堅持不裁員或少裁員的參保企業(yè),返還標準可按6個(gè)月的當地月人均失業(yè)保險金和參保職工人數確定。"
    "深度貧困地區企業(yè)的穩崗補貼上限可提高至60%。\n"
)

# t1703 广东 网上办事大厅 (a mirror with pinyin glosses)
T1703 = (
    "一、工作目標\n"
    "  總體目標:到2015年底,全省行政審批事項網(wǎng)上全流程辦理率達30%以上,網(wǎng)上辦結率達30%以上;"
    "所有網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)2次,70%以上網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)1次。\n"
)


def test_a_gloss_does_not_cut_a_number_from_its_unit():
    doc = planparse.parse(D1601)
    assert not [t for t in doc.targets if t.value == 6]  # 6個(gè)月 is a duration, not 6 个
    [cap] = [t for t in doc.targets if t.value == 60]
    assert cap.indicator == "深度貧困地區企業的穩崗補貼上限可"  # no (yè) in what was read; the page's own characters
    assert doc.meta.doc_number == "湘政發(fā)〔2018〕30號"  # 號 was seen through 發(fā); the 文号 is written as printed
    assert doc.sections[0].title == "支持企業(yè)穩定就業(yè)"  # a value read from the text: as printed, glosses too (the last one as well)
    _assert_spans(doc, D1601)


def test_a_gloss_does_not_hide_a_comparator():
    doc = planparse.parse(T1703, plan_year=2015)
    by_value = {(t.value, t.unit): t for t in doc.targets}
    assert by_value[(2, "次")].comparator == "<=" and by_value[(2, "次")].indicator == "所有網上申辦事項到現場辦理次數"
    assert by_value[(1, "次")].comparator == "<="
    assert not [t for t in doc.targets if "guò" in t.text and t.text.startswith("guò")]
    # a record's text is the source as written, its gloss included
    assert by_value[(2, "次")].text == "所有網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)2次"
    _assert_spans(doc, T1703)


def test_a_name_is_written_as_printed_glosses_and_all():
    # the rules read the text without its glosses (the list shares its head, 各轄市、區); the name is
    # what the page prints (gold-schema: "name: as written")
    text = "各轄市、區(qū)人民政府,常州經開區(qū)管委會:\n現(xiàn)將方案印發(fā)給你們,請認真貫徹執(zhí)行。\n"
    doc = planparse.parse(text)
    assert [u.name for u in doc.responsible_units] == ["各轄市、區(qū)人民政府", "常州經開區(qū)管委會"]
    assert [u.text for u in doc.responsible_units] == ["各轄市、區(qū)人民政府", "常州經開區(qū)管委會"]
    _assert_spans(doc, text)


# t1502 某市国资委 碳达峰方案 (PDF text, every line broken at the page width), its first 16 lines
T1502 = (
    "力争打造一批绿色低碳发展标杆企业。到 2025年,市管企业可再生能源消费\n"
    "比重达到 15%以上,万元收入能耗较2020 年下降 14%,万元收入二氧化碳排\n"
    "放下降确保完成政府下达目标,\"高精尖\"产业营业收入比重达到三分之一,为\n"
    "实现碳达峰奠定坚实基础。\n"
    "\"十五五\"期间,市管企业全面绿色低碳转型取得显著成效,产业结构和能\n"
    "源结构调整取得重大进展,重点行业企业能源利用效率达到国内或世界一流企\n"
    "业先进水平,绿色低碳技术取得重大突破,绿色低碳产业规模与比重明显提升。\n"
    "到 2030 年,市管企业可再生能源消费比重达到 25%左右,二氧化碳排放量整\n"
    "体达到峰值并实现稳中有降,确保完成政府下达指标,如期实现 2030 年前碳\n"
    "达峰目标。\n"
    "三、推动国有经济绿色低碳转型\n"
    "(三)强化绿色低碳发展规划引领\n"
    "将碳达峰碳中和目标要求全面融入市管企业中长期发展规划。加强与各级\n"
    "各类规划的衔接协调,确保企业落实碳达峰碳中和的主要目标、发展方向、重\n"
    "大项目与各方面部署要求协调一致。市管企业根据自身情况制定科学有效、切\n"
    "实可行的碳达峰行动方案,明确碳达峰时间表、路线图、施工图,与所处行业\n"
)

# m02 某县卫健委 2023 总结 (a document site's preview of a PDF), lines 13-27
M02 = (
    "一、2023 年工作总体情况\n"
    "(一)抓改革促发展服务能力不断提升。\n"
    "一是抓深化改革。一方面,稳妥有序推进县域紧密型医共\n"
    "体建设。已经明确“13NN”的“总院统筹、片区管理\n"
    "错位发展”的模式,即:成立 1个医共体总院,下辖 3个县\n"
    "室。总院党政班子组建到位,目前正在完善办公场所、组\n"
    "建内设机构。另一方面,加快疾控体系改革,今年 5月,县\n"
    "疾病预防控制局挂牌成立,正在进行疾控中心、卫监局、\n"
    "血防站、双防所合并方案研究,逐步实现与中国式现代化\n"
    "相适应的疾病预防控制体系。二是抓重点专科。7月份,省\n"
    "卫健委组织专家组对县人民医院创伤急救中心进行评审验\n"
    "收并给予充分肯定,标志着我县“五大中心”建设已基本\n"
    "完成(即:卒中中心、危重孕产妇抢救中心、新生儿抢救\n"
    "中心、胸痛中心、\n"
)


def test_a_wrapped_sentence_keeps_its_subject_and_deadline():
    doc = planparse.parse(T1502)
    [share] = [t for t in doc.targets if t.value == 15]
    assert share.indicator == "市管企业可再生能源消费比重" and share.comparator == ">="
    assert share.deadline == "2025-12-31"
    assert share.text == "市管企业可再生能源消费\n比重达到 15%以上"  # the source as written, its line break included
    [peak] = [t for t in doc.targets if t.value == 25]
    assert peak.indicator.endswith("市管企业可再生能源消费比重")
    # a heading opens its own line: not joined to the line before
    assert [s.title for s in doc.iter_sections()] == ["推动国有经济绿色低碳转型", "强化绿色低碳发展规划引领"]
    _assert_spans(doc, T1502)


def test_a_unit_split_by_a_wrap_is_read_whole():
    doc = planparse.parse(M02)
    assert "省卫健委" in [u.name for u in doc.responsible_units]  # name: the source without the line break
    assert "省\n卫健委" in [u.text for u in doc.responsible_units]
    _assert_spans(doc, M02)


def test_a_page_that_is_not_hard_wrapped_is_left_as_it_is():
    from pathlib import Path

    pats = planparse.load_patterns()
    for path in sorted(Path(__file__).resolve().parents[1].glob("samples/*.txt")):
        text = path.read_text(encoding="utf-8")
        txt = pats.normalize(text)
        assert txt.identity and len(txt.norm) == len(text), path.name


def test_a_gloss_after_a_values_last_character_is_the_values_too():
    # 烟台 就业创业扶持政策 mirror (open48b pg05) '一、支持企業(yè)穩定就業(yè)': the gloss after the title's last character
    # glosses it, so the title keeps it as it keeps the one inside (gold '支持企業(yè)穩定就業(yè)')
    source = "一、支持企業(yè)穩定就業(yè)\n(一)穩崗返還。對不裁員的企業(yè),返還50%的失業保險費。\n"
    doc = planparse.parse(source)
    assert [s.title for s in doc.iter_sections()][:1] == ["支持企業(yè)穩定就業(yè)"]
    # a name at the end of a recipients' line: 各直屬機構(gòu)
    doc = planparse.parse("各縣市人民政府,州人民政府各工作部門(mén),各直屬機構(gòu):\n現將《方案》印發(fā)給你們,請認真貫徹執行。\n"
                          "一、工作目標\n到2025年,建成社區服務中心100個。\n")
    assert doc.meta.recipients == ["各縣市人民政府", "州人民政府各工作部門(mén)", "各直屬機構(gòu)"]
    _assert_spans(doc, "各縣市人民政府,州人民政府各工作部門(mén),各直屬機構(gòu):\n現將《方案》印發(fā)給你們,請認真貫徹執行。\n"
                       "一、工作目標\n到2025年,建成社區服務中心100個。\n")
