"""The dates layer: period resolution, normalize_date, and find_deadlines in report mode."""
from __future__ import annotations

import planparse


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from planparse.dates import TimeCues, find_deadlines, find_times, normalize_date, reference_year, resolve_period
from planparse.extract import Context, deadlines
from planparse.meta import read_meta
from planparse.models import Meta
from planparse.normalize import normalize
from planparse.patterns import load_patterns
from planparse.segment import segment

PATS = load_patterns()


@pytest.mark.parametrize("text,year,end", [
    ("8月底", 2022, "2022-08-31"),
    ("6月30日前", 2022, "2022-06-30"),
    ("年底前", 2022, "2022-12-31"),
    ("年内", 2022, "2022-12-31"),
    ("年底", 2022, "2022-12-31"),
    ("上半年", 2022, "2022-06-30"),
    ("下半年", 2022, "2022-12-31"),
    ("第三季度", 2022, "2022-09-30"),
    ("三季度末", 2022, "2022-09-30"),
    ("一季度", 2022, "2022-03-31"),
    ("2025年前", 2022, "2025-12-31"),
    ("2023年底", 2022, "2023-12-31"),
    ("10月", 2022, "2022-10-31"),
    ("9月份", 2022, "2022-09-30"),
    ("二〇三五年", None, "2035-12-31"),
    ("2月", 2024, "2024-02-29"),
    ("2月", 2023, "2023-02-28"),
    ("6月上旬", 2023, "2023-06-10"),
    ("6月中旬", 2023, "2023-06-20"),
    ("2月下旬", 2024, "2024-02-29"),
    # two parts of a month together: the later one ends it (6月中下旬召开; 上中旬 ends on the 20th)
    ("6月中下旬", 2023, "2023-06-30"),
    ("9月上中旬", 2023, "2023-09-20"),
    ("十二月", 2023, "2023-12-31"),
    ("二〇二二年三月五日", None, "2022-03-05"),
    ("十四五末", None, "2025-12-31"),
    ("2023年5月—2024年6月", None, "2024-06-30"),
    ("2023年3月至4月", None, "2023-04-30"),
    # 跨年的时段：右端的月份早于左端，右端在下一年（冬春季的整治阶段 12月11日—2月28日）
    ("12月11日—2月28日", 2023, "2024-02-28"),
    ("2023年11月至3月", None, "2024-03-31"),
    ("12月中旬至1月底", 2023, "2024-01-31"),
    ("2023年12月—2024年2月", None, "2024-02-29"),
    ("２０２３年６月３０日", None, "2023-06-30"),
])
def test_period_end(text, year, end):
    got = normalize_date(text, year=year)
    assert got is not None and got["end"] == end


def test_implicit_year_needs_a_year_or_base():
    assert normalize_date("8月底") is None
    assert normalize_date("今年") is None
    assert normalize_date("今年", base="2023-05-01") == {"start": "2023-01-01", "end": "2023-12-31"}
    assert normalize_date("2023年8月底")["end"] == "2023-08-31"


@pytest.mark.parametrize("meta,year", [
    (Meta(plan_year=2023, date="2022-12-20", doc_number="x发〔2022〕1号"), 2023),  # the plan year wins
    (Meta(date="2022-04-26", doc_number="于府办发〔2021〕33号"), 2022),  # then the signing date
    (Meta(doc_number="国发〔2020〕6号"), 2020),  # then the 文号
    (Meta(doc_number="许政 [2020] 20号"), 2020),
    (Meta(title="于都县应急责任落实全覆盖工作方案"), None),  # no year anywhere: none invented
])
def test_reference_year_is_the_plan_year_else_the_year_of_issue(meta, year):
    assert reference_year(meta, PATS) == year


def test_invalid_dates_do_not_resolve():
    assert normalize_date("2023年2月30日") is None
    assert normalize_date("2023年13月") is None
    assert normalize_date("这不是日期") is None


def test_resolve_period_on_a_found_expression():
    norm = "力争在2025年底前完成"
    (expr,) = find_times(norm, 0, len(norm), PATS)
    assert norm[expr.start:expr.end] == "2025年底"
    assert resolve_period(expr, patterns=PATS).end_iso == "2025-12-31"


def _deadlines(text, plan_year, reported=False):
    norm = normalize(text, PATS.char_map()).norm
    return [(text[s:e], iso) for s, e, iso, _ in find_deadlines(norm, 0, len(norm), plan_year, PATS, reported=reported)]


@pytest.mark.parametrize("text,expected", [
    ("2023年完成县疾控中心实验室资质认定。", []),
    ("3月底就社区卫生服务站服务用房进行对接。", []),
    ("7月底已全部发放到位。", []),
    ("2023年8月完成施工验收。", []),
    ("5月份开工建设,计划10月完成。", [("计划10月完成", "2023-10-31")]),
    ("计划2025年创成全国卫生县城。", [("计划2025年创成", "2025-12-31")]),
    ("2023年计划将妇计中心纳入试行。", [("2023年计划", "2023-12-31")]),
    ("预计2023年底完成其他乡镇分院评审。", [("预计2023年底完成", "2023-12-31")]),
    ("力争在2025年,每个乡镇卫生院达到标准。", [("力争在2025年", "2025-12-31")]),
    # 将/可/能 + an action after the time: not yet done (武进民防总结, 仙居民政总结, 区农业农村局总结)
    ("11月底,我局将组织城市人口疏散与接收安置演练,参演人员约500人。", [("11月底", "2023-11-30")]),
    ("以上三个项目年内均可实现主体建筑结顶;", [("年内均可实现", "2023-12-31")]),
    ("预计,粮食作物年内可完成种植38万亩,其中水稻完成30万亩。", [("年内可完成", "2023-12-31")]),
    ("11月底,我局已组织城市人口疏散演练。", []),
    ("6月底将材料报送市局。", []),
    ("2023年,我们将继续推进农村改厕。", []),
    ("该批项目预测上半年将完成投资34.32亿元。", []),
])
def test_reports_keep_only_future_marked_times(text, expected):
    assert _deadlines(text, 2023, reported=True) == expected


@pytest.mark.parametrize("text,issued,expected", [
    # 怀远县农业农村局 2023年11月承担政府重点工作完成情况 (2023-12-14): each task's 计划完成时间
    ("2023年底", "2023-12-14", [("2023年底", "2023-12-31")]),
    ("正在抢抓工期,12月底完成主体工程建设任务。", "2023-12-14", [("12月底完成", "2023-12-31")]),
    ("12月底完成主体工程建设任务。", "2024-01-20", []),   # a summary written after: done
    ("2023年完成投资2.05亿元。", "2023-12-20", []),       # a bare year: the year reported on
])
def test_a_reports_time_after_its_own_date_is_no_past_event(text, issued, expected):
    norm = normalize(text, PATS.char_map()).norm
    got = find_deadlines(norm, 0, len(norm), 2023, PATS, reported=True, issued=issued)
    assert [(text[s:e], iso) for s, e, iso, _ in got] == expected


@pytest.mark.parametrize("text,issued,expected", [
    # 年末发的通知里 1—3 月的限期是下一年的：写通知时今年的 1 月早已过去（round 43）
    ("请于1月5日前将年度工作总结报送县局办公室。", "2023-12-25", [("于1月5日前", "2024-01-05")]),
    ("各单位于2月底前完成自查整改。", "2023-11-20", [("于2月底前", "2024-02-29")]),
    ("一季度完成设备招标采购。", "2022-10-18", [("一季度完成", "2023-03-31")]),
    ("请于12月20日前报送。", "2023-12-05", [("于12月20日前", "2023-12-20")]),  # still ahead this year
    ("请于3月底前报送。", "2023-04-21", [("于3月底前", "2023-03-31")]),  # a page stamped weeks later: same year
    ("6月底前完成验收。", "2023-11-20", [("6月底前", "2023-06-30")]),  # only the first months roll over
])
def test_a_notice_at_the_years_end_sets_limits_in_the_next_years_first_months(text, issued, expected):
    norm = normalize(text, PATS.char_map()).norm
    got = find_deadlines(norm, 0, len(norm), int(issued[:4]), PATS, issued=issued, issued_on=issued, undated_plan=True)
    assert [(text[s:e], iso) for s, e, iso, _ in got] == expected


def test_a_plan_that_names_its_year_keeps_it_whenever_posted():
    # 2023年…工作方案 posted in November: its 3月底前 is 2023's, as before
    norm = normalize("3月底前完成摸底排查。", PATS.char_map()).norm
    got = find_deadlines(norm, 0, len(norm), 2023, PATS, issued="2023-11-02", issued_on="2023-11-02")
    assert [iso for _, _, iso, _ in got] == ["2023-03-31"]


def test_a_late_year_notice_read_whole():
    text = ("关于开展年度考核工作的通知\n各乡镇、各有关单位:\n一、请于1月5日前将年度工作总结报送县局办公室。\n"
            "二、各单位于12月28日前完成自查。\n某县农业农村局\n2023年12月25日\n")
    got = deadlines.extract(_context(text, "关于开展年度考核工作的通知", None))
    assert [(r.text, r.date) for r in got] == [("于1月5日前", "2024-01-05"), ("于12月28日前", "2023-12-28")]


def test_plans_count_what_reports_do_not():
    assert _deadlines("2023年完成县疾控中心实验室资质认定。", 2023) == [("2023年完成", "2023-12-31")]
    assert _deadlines("3月底前完成对接。", 2023) == [("3月底前", "2023-03-31")]


def _context(text, title, plan_year):
    txt = normalize(text, PATS.char_map())
    outline = segment(txt, PATS)
    meta = read_meta(txt, outline, PATS).model_copy(update={"title": title, "plan_year": plan_year})
    return Context(text=txt, outline=outline, meta=meta, patterns=PATS)


def test_extractor_reads_report_titles_and_plan_sections():
    text = ("一、2022年工作开展情况\n2022年完成全部村卫生室标准化建设。8月底完成信息系统升级。\n"
            "二、2023年工作计划\n6月底前完成县医院胸痛中心建设。年内建成3个示范点。\n")
    got = [(r.section, r.date) for r in deadlines.extract(_context(text, "某县卫生健康局2022年工作总结及2023年工作计划", 2022))]
    # the summary part reports (nothing due); the plan part sets deadlines, its implicit years in the year its
    # heading names (二、2023年工作计划: 6月底前 is 2023's, not the reported year's)
    assert got == [("2", "2023-06-30"), ("2", "2023-12-31")]
    as_plan = deadlines.extract(_context(text, "某县2022年卫生健康工作要点", 2022))
    assert [r.date for r in as_plan] == ["2022-12-31", "2022-08-31", "2022-06-30", "2022-12-31"]


def test_a_plan_opening_with_last_years_review_reports_it():
    # 2024年平阳县交通运输局工作计划 (devgold-dl46 pingyang-jiaotong): 一、2023年亮点工作 reviews last year, so its
    # 前三季度 (a ranking) and 年底再开工4个 are 2023's record, not limits of the 2024 plan; 二、 plans 2024
    text = ("2024年平阳县交通运输局工作计划\n一、2023年亮点工作\n(一)强省考核名列前茅。全省“十项重大工程”星级考核评比连续两个季度"
            "获评五星评定,前三季度26县排名前二。\n(三)项目建设提质增效。建成投用平阳县闹联线农村公路改造提升工程等项目7个,"
            "年底再开工4个。\n二、2024年重点工作思路\n(一)加快项目建设。6月底前完成项目前期工作。\n")
    got = deadlines.extract(_context(text, "2024年平阳县交通运输局工作计划", 2024))
    assert [(r.section, r.text, r.date) for r in got] == [("2.1", "6月底前", "2024-06-30")]


@pytest.mark.parametrize("title,year", [
    # a review heading in a plan: a past year and what it did (realdocs rd-009 2020年水利工作情况, rd-078
    # 2019年工作回顾, rd-041 2022年度工作完成情况, sm43 2022年工作成效及亮点, dl46 2023年亮点工作)
    ("2020年水利工作情况", 2020), ("2019年工作回顾", 2019), ("2022年度工作完成情况", 2022),
    ("2022年工作成效及亮点", 2022), ("2023年亮点工作", 2023),
    # not reviews: a year's plan, a goal
    ("2023年工作计划", None), ("2025年主要目标", None),
])
def test_review_section_titles(title, year):
    m = PATS["deadlines"].fragment("review_section_title").search(normalize(title, PATS.char_map()).norm)
    assert (int(m.group("year")) if m else None) == year


@pytest.mark.parametrize("title,is_report", [
    # real titles of reports in the dev pages (round 15)
    ("乡镇十四五规划纲要中期评估报告(范文二)", True),
    ("关于2023年10月份民生实事项目进展情况的通报", True),
    ("关于2024年阳东区十件民生实事完成情况的通报", True),
    ("关于2024年度1-4月份创业担保贷款工作情况的通报", True),
    ("教育局2023年度工作总结汇编", True),
    ("黄山市应急管理局2022年工作总结以及2023年工作安排", True),
    # statistical bulletins report the year past (round 42: realdocs rd-036/037/038 read 年末全县常住人口… and
    # 2019年全县完成造林面积… as deadlines)
    ("2019年洪洞县国民经济和社会发展统计公报", True),
    ("2022年湖州市生态环境状况公报", True),
    # not reports: a commendation, a plan with a note in brackets, a report table of tasks, a plenum's
    # communiqué (it sets goals: 到2035年基本实现社会主义现代化)
    ("中国共产党第十九届中央委员会第五次全体会议公报", False),
    ("关于表彰2023年度先进集体的通报", False),
    ("某县2023年卫生健康工作实施方案(试行)", False),
    ("开化县2023年度重点工作清单(一季度政府工作报告重点任务执行落实情况)", False),
])
def test_report_titles(title, is_report):
    rx = PATS["deadlines"].fragment("report_title")
    assert bool(rx.search(normalize(title, PATS.char_map()).norm)) is is_report


@pytest.mark.parametrize("title,is_plan", [
    # section headings inside reports that announce work to come
    ("2023年工作计划", True), ("下一步工作打算", True), ("下半年重点工作", True), ("重点工作", True),
    ("2024年重点工作", True), ("重点工作及任务分工", True),
    # real headings of reports (round 17) that name the report's own part: the period it covers
    # (m1601 上半年工作总结及下步计划), a finding (35 区卫生健康委2023年工作总结和2024年工作计划), a run-on
    # sentence (t1403 市交通 2023年工作会报告), a done part (重点工作完成情况)
    ("xxxx 年上半年重点工作", False),
    ("2023年重点工作指标平稳推进", False),
    ("狠抓项目建设,稳增长促投资体现交通担当把市委、市政府确定的“15122”交通重大项目建设作为交通重点工作全力推进", False),
    ("重点工作完成情况", False),
    ("上半年各项重点工作任务完成情况", False),
])
def test_plan_section_titles(title, is_plan):
    rx = PATS["deadlines"].fragment("plan_section_title")
    assert bool(rx.search(normalize(title, PATS.char_map()).norm)) is is_plan


def test_a_statistical_bulletin_reports_its_year():
    # 2019年洪洞县国民经济和社会发展统计公报 (realdocs rd-036): 年末 dates a stock, 2019年…完成 a result
    text = "年末全县常住人口766579人。全年转移农村劳动力6204人,年末城镇登记失业率0.57%。2019年全县完成造林面积27420亩。"
    assert deadlines.extract(_context(text, "2019年洪洞县国民经济和社会发展统计公报", 2019)) == []


def test_a_year_and_plan_closing_a_line_names_the_plan():
    # 乡镇过去五年工作总结暨2022年计划 (realdocs rd-043, title line twice): 计划 ending a title or heading is a noun
    text = "乡镇过去五年工作总结暨2022年计划\n五年来,全镇经济稳步发展。\n二、2023年计划:\n2023年计划将妇计中心纳入试行。\n"
    for title, year in (("乡镇过去五年工作总结暨2022年计划", 2021), ("某镇2023年工作要点", 2023)):
        got = deadlines.extract(_context(text, title, year))
        assert [(r.text, r.date) for r in got] == [("2023年计划", "2023-12-31")]  # the verb: 2023年计划将…纳入


def test_a_notice_asking_for_a_summary_is_not_a_report():
    text = "请于12月20日前将年度工作总结报送市卫健委。"
    got = deadlines.extract(_context(text, "关于报送2023年度工作总结的通知", 2023))
    assert [(r.text, r.date) for r in got] == [("于12月20日前", "2023-12-20")]


def test_a_reports_request_sets_a_limit():
    # 2022关于留坝县创森迎检工作督查情况的通报 (devgold-sm43 liuba): an inspection bulletin is a report, but its close asks
    # for something by a date (请…在6月10日前报送): a limit still to come. 按照要求,于…前报送了 reports what was done.
    text = ("创建国家森林城市是市委、市政府对全市人民作出的庄严承诺。\n具体整改方案请以留坝县人民政府名义,在6月10日前报送市创建办,"
            "并及时上报后续整改落实情况。\n按照要求,县林业局于4月10日前报送了自查报告。各地要在6月底前完成整改。")
    got = deadlines.extract(_context(text, "关于留坝县创森迎检工作督查情况的通报", 2022))
    assert [(r.text, r.date) for r in got] == [("在6月10日前", "2022-06-10"), ("在6月底前", "2022-06-30")]


def test_a_whole_year_report_looks_ahead_to_next_january():
    # 市交通运输局 2022年工作总结暨2023年工作计划 (realdocs rd-073): a whole-year summary is written at the year's end,
    # so 预计1月中旬通车 is January 2023, while 计划11月底前通车 stays 2022; a first-quarter report's 预计3月底 is its own year's
    text = ("一、工作完成情况\n(一)突出精品抓项目。主路面工程基本完成,正在进行附属工程施工,计划11月底前通车。"
            "对10座桥梁病害进行维修加固,目前项目已进入验收阶段,预计1月中旬通车。\n")
    got = deadlines.extract(_context(text, "市交通运输局 2022年工作总结暨2023年工作计划", 2022))
    assert [(r.text, r.date) for r in got] == [("计划11月底前", "2022-11-30"), ("预计1月中旬", "2023-01-20")]
    text = "一、主要工作\n春耕备耕有序推进,预计3月底完成全部农资储备。\n"
    got = deadlines.extract(_context(text, "某镇2022年第一季度工作总结", 2022))
    assert [(r.text, r.date) for r in got] == [("预计3月底完成", "2022-03-31")]
    # a progress report dated early in the year it reports on: its 预计3月底 is this March too
    ctx = _context(text, "某镇2022年重点工作推进情况", 2022)
    ctx = Context(text=ctx.text, outline=ctx.outline, meta=ctx.meta.model_copy(update={"date": "2022-02-15"}),
                  patterns=PATS)
    assert [(r.text, r.date) for r in deadlines.extract(ctx)] == [("预计3月底完成", "2022-03-31")]


def test_a_targets_deadline_is_read_against_the_same_year_as_the_deadline():
    # the next-year and other-year readings live in Context.deadlines_in, so a planned target in a whole-year
    # summary (力争1月底前完成投资2亿元 in a 2022 summary: January 2023) carries the date the deadline record has
    text = ("某县交通运输局2022年工作总结\n\n一、主要工作完成情况\n"
            "全年完成交通投资12亿元。县城至白沙公路改造工程进展顺利,力争1月底前完成投资2亿元。\n")
    doc = planparse.parse(text)
    assert [(d.text, d.date) for d in doc.deadlines] == [("力争1月底前", "2023-01-31")]
    assert [(t.text, t.stance, t.deadline) for t in doc.targets] == [
        ("交通投资12亿元", "achieved", None), ("完成投资2亿元", "planned", "2023-01-31")]


def test_spans_index_the_source():
    text = "力争到２０２５年底前，全面建成；６月３０日前报送。"
    ctx = _context(text, None, 2023)
    recs = deadlines.extract(ctx)
    assert [r.date for r in recs] == ["2025-12-31", "2023-06-30"]
    for r in recs:
        assert text[r.span[0]:r.span[1]] == r.text


@pytest.mark.parametrize("text", ["2023年5月至" * 2000, "年" * 100_000, "2" * 100_000, "《2023年底前》" * 2000,
                                  "到 " * 50_000, "每年6月底前完成," * 2000])
def test_long_pathological_runs_hold_no_deadline(text):
    # A chain of open ranges, bare 年 or digits, a name in 《》, cue words alone, a recurring 每年:
    # none sets a limit. That they take linear time is bench/bench_linear.py's "runs-*" shapes.
    assert find_deadlines(text, 0, len(text), 2023, PATS) == []


# -- TimeCues: one scan of the text answers "can this sentence hold a time expression?" -------

_TIME_PIECES = ["2023", "5", ".", "/", "-", "年", "月", "日", "号", "季度", "旬", "末", "底", "前", "。", "\n", "工作", "一",
                "十", "2024.3.1", "5-6", "3/4", "上半年", "“十四五”"]


@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=40).map("".join), st.data())
@settings(max_examples=300, deadline=None)
def test_time_cues_never_skip_a_region_a_scan_of_it_would_not(text, data):
    pats = load_patterns(None)
    anchor = pats["dates"].fragment("anchor")
    cues = TimeCues(text, pats)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not cues.may_hold(start, end):
        assert anchor.search(text, start, end) is None
        assert find_times(text, start, end, pats) == []


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_time_cues_answer_for_every_sentence_as_a_scan_of_it_does(sample):
    pats = load_patterns(None)
    txt = normalize(sample.read_text(encoding="utf-8"), pats.char_map())
    outline = segment(txt, pats)
    cues = TimeCues(txt.norm, pats)
    anchor = pats["dates"].fragment("anchor")
    held = [cues.may_hold(s, e) for s, e in outline.sentences]
    assert held == [anchor.search(txt.norm, s, e) is not None for s, e in outline.sentences]
    assert 0 < sum(held) < len(held)  # the samples have sentences of both kinds


@pytest.mark.parametrize("body,year", [
    ("动员部署情况和实施方案于2011年5月20日前报州环保专项行动领导小组办公室。", 2011),
    ("分别在2011年6月10日、8月10日前将整治情况报领导小组办公室。", 2011),  # a list shares its 前
    ("请于10月30日前将《2009年环保专项行动工作总结》报送。", 2009),  # the year's summary due by a limit
    ("请于1月15日前将《2009年工作总结》报送。", None),  # due early in the next year
    ("每年11月10日前将《2009年工作总结》报送。", None),  # recurring
    ("完成2009年环保专项行动工作总结报告。", None),  # a year that labels the work
    ("(三)重点检查阶段(2010年3月-2010年7月)\n于2011年10月10日前将工作情况报领导小组。", 2010),  # a dated stage first
    ("截至2022年6月底,已完成整治12家。", None),  # an as-of date
    ("2023年度考核排名全市第三。", None),  # a bare year in the body
    # no dated limit at all: the latest year a planned action labels (闵行区乡村振兴重点工作任务表,
    # 略阳县文旅局目标任务分解表); 完成 finishes last year's work, a past result gives no year
    ("完成2022年度1个示范村建设。\n开展2023年度乡村振兴示范村建设。\n12月底", 2023),
    ("完成2022年度1个示范村建设。\n10月底", None),
    ("精心策划2019年汉中油菜花海略阳观花活动。\n5月底", 2019),
    ("对 2020 年已达标的部分无违建街(镇)进行提档升级。", None),
    ("开展2023年3月至4月的专项检查。", 2023),  # no label, but the first dated month (body_dated_month)
    # no label either: the first dated month that is no start, as-of date or past (经普 工作时间表,
    # 河南工信 观摩督导通知)
    ("制定普查方案\n2018年1月-9月\n制定《第四次全国经济普查方案》(7月底前)。", 2018),
    ("认真填写2012年1至11月份《河南省承接产业转移情况月统计报表》。\n于12月10日之前报送。", 2012),
    ("从2022年3月起,务于每月25日前将推进情况表报旗政府督查室。", None),  # a start
    ("2020年6月以来已整改问题15个。6月30日前报送。", None),  # past
    ("截至2022年6月底,已完成整治12家。9月底前全部完成。", None),  # an as-of date
    ("比2019年5月增加3家。", None),  # a comparison base
    # none of these either: the one year the page names, bare (某县市民休闲广场工程实施方案, 某县防汛汇报)
    ("根据县政府关于2021年实施34项民生工程的通知,制定本方案。\n4月底完成附属工程建设。", 2021),
    ("我县迎战乌裕尔河2024年第1号洪水。", 2024),
    ("2021年实施34项民生工程。2021年5月开工。", 2021),  # its dated month is the same year
    ("2021年实施34项民生工程。2022年实施12项。", None),  # two years
    ("到2025年,覆盖率达到90%。", None),  # a horizon
    ("2021年实施34项民生工程。对2020年已达标的街镇进行提档升级。", None),  # a past result beside it
    # the site's clock (今天是:…) is the day the page was fetched, not the notice's year (遂宁防汛办 征求意见函,
    # 天津静海 法治政府建设报告): no year then, rather than 2025
    ("今天是:2025年12月06日\n请各单位于6月18日(星期二)上午下班前反馈至市防汛办。", None),
    ("今天是:2019年10月31日 星期三 农历十月初七\n4月底完成附属工程建设。", None),
    ("今天是:2025年12月06日\n请于2019年6月18日前反馈。", 2019),
])
def test_reference_year_else_the_year_of_the_first_dated_limit_stage_or_summary_in_the_body(body, year):
    assert reference_year(Meta(), PATS, body) == year
    assert reference_year(Meta(date="2012-03-01"), PATS, body) == 2012  # the header still wins


@pytest.mark.parametrize("body,year", [
    ("根据县政府关于2021年实施34项民生工程的通知,制定本方案。", 2021),
    ("2022年实施34项民生工程。2021年12月,在屯留区布置了7个试点。", None),  # another year, dated: a past event
    ("关于推进健康县城建设的实施方案\n一、2025年发展目标", None),  # a year the plan aims at
    ("请于1月15日前将《2009年工作总结》报送。", None),  # last year's summary
    # a year's 政府工作报告 is that year's plan, the basis of the page, not a summary handed in later
    # (blind42 b4208, 德州某市 若干政策, no header: 第一季度发行专项债券2000万元 is 2023's)
    ("根据《2023年政府工作报告》主要工作安排,结合省、德州市推动经济社会高质量发展政策清单和我市2023年预算编制情况,"
     "制定推动经济社会高质量发展的若干政策。", 2023),
])
def test_the_one_year_a_page_names_is_its_year(body, year):
    from planparse.dates import body_year
    assert body_year(body, PATS["deadlines"]) == year


@pytest.mark.parametrize("body,year", [
    # 衡山县教育局2020—2021学年度第二学期教育工作行事历 (dl3810): the second term is spring 2021
    ("衡山縣教育局2020—2021學年度第二學期教育工作行事曆\n△新學期開學2月27日-28日學生錯峰報到,3月1日正式上課。", 2021),
    # a university's winter-break notice (dl3804): 1月13日放假, 2月22日到岗 fall in 2024, not 2023
    ("對2023-2024學年寒假及有關工作做出如下安排。學生從1月13日開始放假。", 2024),
    ("2023-2024学年第一学期期末考试于1月10日前结束。", 2023),  # the first term is the autumn: 2023
    ("2022—2023学年度上学期工作计划\n9月1日开学。", 2022),
    ("2023-2024学年工作计划\n9月1日开学。", None),  # no term named: either year
])
def test_a_school_year_and_its_term_name_the_year_of_a_headerless_page(body, year):
    """YYYY-YYYY学年 + 第二学期/下学期/春季学期/寒假/暑假 is the later year, + 第一学期/上学期/秋季学期
    the earlier one (deadlines.toml body_school_year, read by dates.body_year)."""
    from planparse.dates import body_year
    norm = normalize(body, PATS.char_map(), PATS.removals()).norm
    assert body_year(norm, PATS["deadlines"]) == year
    assert reference_year(Meta(), PATS, norm) == year


def test_a_first_dated_month_dates_deadlines_but_is_no_plan_year():
    """body_dated_month is reference_year's last resort; dates.body_year (meta's plan year of a
    headerless page) does not read it: a summary's first dated month may be last year's."""
    from planparse.dates import body_year
    body = "今年以来,我局扎实推进乡村振兴。2021年12月,在屯留区布置了7个试点。"
    assert reference_year(Meta(), PATS, body) == 2021
    assert body_year(body, PATS["deadlines"]) is None


def test_a_stage_over_before_the_notice_is_still_a_stage_of_its_timetable():
    # 常德市生态文明建设示范市规划(2016-2025)推进方案, 2019-06-17 (open45a oa10): the first stage ended before the
    # notice was issued, but it is the plan's own timetable (第一阶段 … 第二阶段 …), as gold reads it; a bare past
    # limit is still history (至2015年底 in a 2017 plan)
    text = ("二、实施步骤 第一阶段(2016年—2018年):编制《常德市生态文明建设示范市规划(2016-2025)》,提请市人大常委会审议通过"
            "并发布(已完成)。 第二阶段(2019年—2020年):制定规划推进方案,召开全市国家级生态文明建设示范市创建动员大会。")
    norm = normalize(text, PATS.char_map()).norm
    got = [(text[s:e], iso) for s, e, iso, _ in find_deadlines(norm, 0, len(norm), None, PATS, issued="2019-06-17")]
    assert got == [("2016年—2018年", "2018-12-31"), ("2019年—2020年", "2020-12-31")]
    norm = normalize("至2015年底完成改造。", PATS.char_map()).norm
    assert find_deadlines(norm, 0, len(norm), None, PATS, issued="2017-03-01") == []


@pytest.mark.parametrize("text,expect", [
    # 四、活动时间及地点⏎⏎时间:2024131 (blind45 b4508, the site dropped 年月日): the day a one-day activity is held
    ("四、活动时间及地点\n\n时间:2024年1月31日\n\n地点:高楼镇政府文化广场", [("2024年1月31日", "2024-01-31")]),
    ("五、活动地点和时间\n1、时间:2月24日(正月十四)下午13:00", [("2月24日", "2024-02-24")]),
    ("一、活动时间\n2024年\n二、活动地点:镇文化广场", []),  # a bare year is no day of an activity
    ("会议时间:2024年1月31日", []),  # a meeting's own date: no activity label
])
def test_a_single_day_after_an_activity_time_label_is_the_activity_date(text, expect):
    start = text.index("\n", text.index("时间")) + 1 if text.startswith(("四", "五", "一")) else 0
    found = find_deadlines(text, start, len(text), 2024, PATS)
    assert [(text[s:e], iso) for s, e, iso, _ in found] == expect


def test_a_reported_activity_day_is_no_deadline():
    text = "本次活动时间:2024年3月16日\n开始、结束时间:10:00-12:01,共计2小时"
    assert find_deadlines(text, 0, len(text), 2024, PATS, reported=True) == []


@pytest.mark.parametrize("text,expect", [
    # 一、活动时间2021年10月1日2021年10月8日,为期八天 (guoqing-huodong): the site dropped the range's dash
    ("一、活动时间2021年10月1日2021年10月8日,为期八天。", [("2021年10月1日2021年10月8日", "dates.range")]),
    ("2021年10月1日 2021年10月8日", [("2021年10月1日", "dates.point"), ("2021年10月8日", "dates.point")]),  # two cells
    ("10月1日2021年10月3日", [("10月1日", "dates.point"), ("2021年10月3日", "dates.point")]),  # no full day on the left
])
def test_two_full_days_back_to_back_are_a_range_whose_dash_was_dropped(text, expect):
    assert [(text[t.start:t.end], t.rule) for t in find_times(text, 0, len(text), PATS)] == expect


def test_a_report_part_is_read_from_whole_lines_of_the_page_head():
    """The part of the year a report's title names is looked for in the head of the page (dates._HEAD_CHARS),
    line by line: a line the head's edge cuts just after 上半年工作总结 names no part (rv48 finding 10), so a
    whole-year summary without a date keeps 年底前全部完成 a past event."""
    pad = "2023年,在县委县政府的正确领导下,我局紧紧围绕年度目标任务,扎实推进各项工作。\n"
    head = "全局上半年工作总结"
    body = "某县住建局2023年工作总结\n" + pad * 7
    body += "全局" + "各项工作" * 19 + "好好。\n"
    assert len(body) + len(head) == 400  # the head's edge falls just after 总结
    text = body + head + "暨下半年工作部署会于7月10日在县政府三楼会议室召开并对全年各项重点工作作出了安排\n" \
        "一、主要工作\n(一)老旧小区改造。年底前全部完成8个小区改造。\n"
    assert planparse.parse(text).deadlines == []
