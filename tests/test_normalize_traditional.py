"""The traditional-character fold of normalize (patterns/normalize.toml): mirror sites serve
mainland notices in traditional characters; the cue words must match there too, while the
records keep slicing the original (traditional) text."""
from __future__ import annotations

import planparse
from planparse.normalize import normalize


def _fold(text: str) -> str:
    return normalize(text, planparse.load_patterns().char_map()).norm


def test_cue_words_fold_one_for_one():
    for trad, simp in [("牽頭", "牵头"), ("負責", "负责"), ("號", "号"), ("關於印發", "关于印发"),
                       ("萬", "万"), ("個", "个"), ("印發時間", "印发时间"), ("各轄市、區", "各辖市、区")]:
        assert _fold(trad) == simp


def test_the_taiwan_form_of_jihua_folds_to_jihua():
    # 水利局 上半年汇报 (devgold-sm37 sm3712): 計畫 is 计划 ("計畫投資1300萬元", "下半年工作計畫"), not 计画
    assert _fold("下半年工作計畫") == "下半年工作计划"
    assert _fold("計畫投資1300萬元") == "计划投资1300万元"


def test_characters_simplified_text_also_uses_are_left_alone():
    # in GB2312 and used in simplified writing (显著, 乾隆, 瞭望, 获益甚夥): not folded
    for ch in "著乾瞭夥徵摺":
        assert _fold(ch) == ch
    simplified = "2023年全县卫生健康工作要点\n(一)显著提升覆盖率达83%以上。(县卫健局牵头负责)"
    assert _fold(simplified) == simplified


def test_a_traditional_page_gets_its_header_and_the_spans_stay_on_the_source():
    # t1003 (newton.com.tw mirror of 安徽省冷链物流发展实施方案): the label 印發時間, X印發《…》
    text = ("安徽省冷鏈物流發展實施方案(2022—2025年)\n\n"
            "2022年4月26日,安徽省人民政府辦公廳印發《安徽省冷鏈物流發展實施方案(2022—2025年)》。\n\n基本介紹\n\n"
            "  • 中文名:安徽省冷鏈物流發展實施方案(2022—2025年)\n"
            "  • 印發時間:2022年4月26日\n"
            "  • 印發單位:安徽省人民政府辦公廳\n"
            "一、總體要求\n到2025年,冷庫總庫容達到1750萬立方米。")
    doc = planparse.parse(text)
    assert doc.meta.date == "2022-04-26"
    assert doc.meta.issuer == "安徽省人民政府辦公廳"
    assert doc.sections[0].title == "總體要求"


def test_a_traditional_document_number_and_recipients():
    # m1006 (a mirror with pinyin glosses): 號 ends the 文号; the recipients line is read
    m = planparse.parse("鄂市監綜〔2022〕51號\n省藥監局,省知識產(chǎn)權局,各市、州、縣市場(chǎng)監管局:\n"
                        "《行動方案》已經省局研究同意,現印發給你們。\n一、總體要求").meta
    assert m.doc_number == "鄂市監綜〔2022〕51號"
    assert m.recipients[0] == "省藥監局"


def test_a_traditional_section_title_sets_the_stance_as_its_simplified_form_does():
    # 水利局 上半年汇报和下半年工作計畫 (devgold-sm37 sm3712): the figures under the plan part's (二) are planned,
    # all but the one a sentence cue reports (目前已完成投資85萬元)
    text = ("水利局2024年上半年工作情況匯報和下半年工作計畫\n\n三、下半年工作計畫\n\n(一)繼續夯實水利基礎設施\n\n"
            "(二)抓好民生工程\n\n41項農村飲水安全工程總投資1903.88萬元,受益人口3.59萬人。目前已完成投資85萬元。")
    stances = {t.text: t.stance for t in planparse.parse(text).targets}
    assert stances == {"41項農村飲水安全工程總投資": "planned", "1903.88萬元": "planned", "受益人口3.59萬人": "planned",
                       "完成投資85萬元": "achieved"}
