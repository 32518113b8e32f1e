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
    assert cap.indicator == "深度贫困地区企业的稳岗补贴上限可"  # no (yè) in what was read
    assert doc.meta.doc_number == "湘政發〔2018〕30號"  # 號 was not seen through 發(fā)
    assert doc.sections[0].title == "支持企業穩定就業"  # a value read from the text: without its glosses
    _assert_spans(doc, D1601)


def test_a_gloss_does_not_hide_a_comparator():
    doc = planparse.parse(T1703, plan_year=2015)
    by_value = {(t.value, t.unit): t for t in doc.targets}
    assert by_value[(2, "次")].comparator == "<=" and by_value[(2, "次")].indicator == "所有网上申办事项到现场办理次数"
    assert by_value[(1, "次")].comparator == "<="
    assert not [t for t in doc.targets if "guò" in t.text and t.text.startswith("guò")]
    # a record's text is the source as written, its gloss included
    assert by_value[(2, "次")].text == "所有網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)2次"
    _assert_spans(doc, T1703)


def test_a_name_is_read_without_its_glosses():
    text = "各轄市、區(qū)人民政府,常州經開區(qū)管委會:\n現(xiàn)將方案印發(fā)給你們,請認真貫徹執(zhí)行。\n"
    doc = planparse.parse(text)
    assert [u.name for u in doc.responsible_units] == ["各轄市、區人民政府", "常州經開區管委會"]
    assert [u.text for u in doc.responsible_units] == ["各轄市、區(qū)人民政府", "常州經開區(qū)管委會"]
    _assert_spans(doc, text)
