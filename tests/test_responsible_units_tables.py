"""Responsibility tables copied one cell per line, as real copies write them (round 22): header
cells wrapped over lines or holding a space, a bracketed note under the label with its lead mark
(加*号为牵头部门), | at a cell's end or on a line of its own, several names in one cell, a place
column (责任街镇) beside the department column, the last row cut where the excerpt ends."""
from __future__ import annotations

import planparse
from test_tables import CHONGCHUAN


def _units(text: str, rule: str = "") -> list[tuple[str, str]]:
    return [(u.role, u.name) for u in planparse.parse(text).responsible_units if rule in u.rule]


# 闵行 乡村振兴重点任务 2023 (devgold u2102, the 任务要求 cells cut to their first sentence): lone |
# lines between the cells, a three-line header cell with its note, * marking the lead, multi-line
# unit cells, a six-line 类别 cell before rows 1 and 4, a 责任街镇 column, the last row cut
MINHANG = """类别
|
序号
|
任务名称
|
任务要求及举措
|
责任部门
(加*号为牵头部门,
其余为参与部门)
|
责任街镇
|
完成时间节点
|
(一)
持续
推进
“两个
示范村”
建设
|
1
|
完成2022年度
乡村振兴示范村建设
|
完成2022年度1个乡村振兴示范村建设。
|
区农业农村委*
|
浦江镇
|
10月底
|
2
|
开展2023年度
乡村振兴示范村建设
|
按市级部署遴选1个示范村开展建设,完成村庄设计,形成建设项目清单。
|
区农业农村委*
|
浦江镇
|
12月底
|
3
|
开展市级
美丽乡村示范村创建
|
按市级部署开展美丽乡村示范村创建工作,年内形成若干个生态环境优良、村容风貌靓丽、设施配置到位、管护机制落实的美丽乡村典型。
|
区农业农村委*
|
浦江镇、浦锦街道、
马桥镇、华漕镇
|
12月底
|
(二)
全面
推进
农民
集中
居住
|
4
|
推进
农民相对集中居住
|
持续稳妥推进农民相对集中居住,完成年度工作目标任务,加快推进已签约项目的安置基地建设,紧抓项目质量安全,保障农户入住满意度。
|
区农业农村委*、
区规划资源局、
区房管局、
区财政局、
区征收中心
|
浦江镇、浦锦街道、
梅陇镇、颛桥镇
|
12月底
|
5
|
加强农房建设管理
|
落实新改扩建农房建设监管,强化施工图纸和建房协议审核。
|
区建管委*、
区农业农村委、
区规划资源局
|
浦江镇、马桥镇、
华漕镇、梅陇镇、"""


def test_bar_lines_multiline_cells_star_lead_and_town_column():
    got = _units(MINHANG, "table_header")  # (美丽乡村示范村 in a 任务名称 cell is read as a subject: not this reader)
    assert sorted(got) == sorted([
        ("lead", "区农业农村委"), ("responsible", "浦江镇"),
        ("lead", "区农业农村委"), ("responsible", "浦江镇"),
        ("lead", "区农业农村委"), ("responsible", "浦江镇"), ("responsible", "浦锦街道"),
        ("responsible", "马桥镇"), ("responsible", "华漕镇"),
        ("lead", "区农业农村委"), ("support", "区规划资源局"), ("support", "区房管局"),
        ("support", "区财政局"), ("support", "区征收中心"),
        ("responsible", "浦江镇"), ("responsible", "浦锦街道"), ("responsible", "梅陇镇"), ("responsible", "颛桥镇"),
        ("lead", "区建管委"), ("support", "区农业农村委"), ("support", "区规划资源局"),
        ("responsible", "浦江镇"), ("responsible", "马桥镇"), ("responsible", "华漕镇"), ("responsible", "梅陇镇"),
    ])


def test_without_the_note_the_star_is_no_lead():
    # the mark means lead only where the header declares it: here every name keeps the column's role
    text = MINHANG.replace("责任部门\n(加*号为牵头部门,\n其余为参与部门)", "责任部门")
    got = _units(text)
    assert ("responsible", "区农业农村委") in got and ("responsible", "区建管委") in got
    assert not any(role in ("lead", "support") for role, _ in got)


# 南陵 政府工作报告 进展情况表 2023 (devgold u2103): "牵头责任 单位 |" holds a space, the cells list
# several units apart by spaces, the last row is cut inside its 完成情况 cell
NANLING = """序号 |
目标与任务 |
牵头责任 单位 |
完成情况 |
督查 情况 |
71 |
完善多元调处化解机制,发挥县矛盾纠纷调处化解中心作用。 |
县司法局 县信访局 |
邀请法律专家按月对人民调解员进行专业培训。 |
已完成 |
76 |
积极创建“枫桥式”法庭、派出所、司法所。 |
县司法局 |
均被授予“枫桥式”司法所 |
已完成 |
83 |
以创成全国法治政府建设示范县为起点,明确法治建设任务清单。 |
县司法局 县政府办 |
一是持续擦亮法治政府奖牌成色。立足服务企业"""


def test_spaced_header_label_and_names_apart_by_spaces():
    got = _units(NANLING)
    assert ("lead", "县司法局") in got and ("lead", "县信访局") in got
    assert ("lead", "县政府办") in got  # the last row, cut after its unit cell


# 谯城区民政局 2025 (realdocs5/u808): the row number cell opens with | too ("| 1 |"); 实施部门 names
# the unit that carries the task out
BOZHOU = """| 序号 |
责任单位 |
考核指标 |
监督方式 |
实施部门 |
完成时限 |
| 1 |
区民政局 |
按月完成临时救助的审核确认工作。 |
谯城区民政局办公室0558-5130002 |
低保中心 |
2025年12月底 |
| 2 |
区民政局 |
按月完成城乡低保对象的动态调整工作。 |
谯城区民政局办公室0558-5130002 |
低保中心 |
2025年12月底 |
"""


def test_row_number_cells_opening_with_a_bar():
    got = _units(BOZHOU)
    assert set(got) == {("responsible", "区民政局"), ("responsible", "低保中心")}


def test_marked_lead_note_on_the_header_line_of_a_bar_table():
    text = ("序号 |\n重点工作 |\n责任单位(加*号为牵头单位) |\n完成时限 |\n"
            "1 |\n建设智慧农业平台。 |\n县农业农村局* 县财政局 |\n12月底前 |\n")
    assert _units(text) == [("lead", "县农业农村局"), ("responsible", "县财政局")]


def test_every_label_ends_in_a_character_of_the_table_header_anchor():
    # table_header is tried only on lines where its anchor, a label's last character at a cell's
    # end, is found: a label added to the list with a new last character would never be read
    rules = planparse.load_patterns()["responsible_units"]
    anchor = rules.fragment("table_label")
    missing = [label for label in rules.words("label") if not anchor.search(label + " |")]
    assert missing == []


# 某市 创建国家园林城市任务表 2010 (devgold-un35 un3504, task texts cut): one row a line with |, the
# unit header holding two labels joined by 或, row 1 broken over two lines by a cell with a line
# break (市国土资源局 / 市农牧林业局), row 2 one cell short (任务内容 "生 态 环 境" merged over the
# rows), the last row cut where the excerpt ends (tables.py reads the rows: a table with no serial column)
YUANLIN = """任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |
生 态 环 境 | 1、城市大环境绿化扎实开展。 | 禁止开发城市周围的自然山体,保护植被。 | 市规划局 | 市国土资源局
市农牧林业局 | 2010年9月20日前 |
2、按照城市卫生、安全等要求建设防护绿地。 | 加强建成区防护绿地的建设,缓解交通压力。 | 市规划局 市建设局 | 有关部门 | 2010年9月20日前 |
3、城市环境综合治理工作扎实开展。 | 改善污水处理设施,提高污水处理率。 | 市环保局
|"""


def test_or_label_broken_row_and_row_short_by_a_merged_cell():
    got = _units(YUANLIN, "table_header")
    # the last row, cut after its unit cell, is short by its merged 任务内容 cell as row 2 is: 市环保局
    # stands in the 责任单位 place (as 区发改局 in the 郧阳 excerpt, test_tables.py)
    assert got == [("lead", "市规划局"), ("support", "市国土资源局"), ("support", "市农牧林业局"),
                   ("lead", "市规划局"), ("lead", "市建设局"), ("support", "有关部门"), ("lead", "市环保局")]


def test_short_row_whose_task_cell_falls_in_the_unit_column_reads_nothing():
    # right-aligned, a row that is no merged-cell row puts a task or date cell under the label:
    # only a cell of names is read
    text = ("序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
            "开展大规模国土绿化行动,新增造林3万亩。 | 12月底前 |\n")
    assert _units(text, "table_header") == []


# 崇川 民生实事推进情况 2023 (CHONGCHUAN, from test_tables.py): numbered rows of 9 and 10 lines, the rows
# run from number to number, the cells of names fill the unit columns from the right (牵头单位 = the
# first of the two). 责任主体与协同单位 is two labels joined by 与 (round 43): its column is read too,
# with the first label's role (责任主体 -> responsible)


def test_one_cell_lines_numbered_rows_of_uneven_line_counts_align_by_content():
    assert _units(CHONGCHUAN, "table_header") == [
        ("lead", "城管局"), ("responsible", "市政局"), ("responsible", "相关街道"),
        ("lead", "城管局"), ("responsible", "市政局"), ("responsible", "环卫处"), ("responsible", "崇川经济开发区"),
        ("responsible", "各街道"),
        ("lead", "城管局"), ("responsible", "崇川经济开发区"), ("responsible", "相关街道")]


# 莱州 民生事项进展 2022 (devgold-un37 un3701): the 类别 cell is merged into the first row; row 15
# has an extra empty cell at its end, so it has as many cells as the header and 分管市领导 (a
# person) sat under 责任单位
LAIZHOU = (
    "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 监督电话 |\n"
    "四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设。 | 教育体育局 | 刘福利 | 完成主体建筑结构施工。 | 监督电话0535-8246306 |\n"
    "15.推进学校塑胶运动场地建设 | 完成罗峰学校塑胶运动场地建设。 | 市体育局 | 刘福利 | 9月份开始施工。 | 监督电话0535-8246306 | |\n"
    "16.推进义务教育课后服务 | 实行课后服务全覆盖。 | 市教育局 | 刘福利 | 9月23日进行调度。 | 监督电话0535-8246336 |\n")


def test_row_with_an_extra_empty_end_cell_short_by_a_merged_left_cell():
    assert _units(LAIZHOU, "table_header") == [
        ("responsible", "教育体育局"), ("responsible", "市体育局"), ("responsible", "市教育局")]


def test_full_row_with_an_empty_last_cell_keeps_its_place():
    # an empty 备注 cell is no sign of a short row: the cell in place is names, so it is read
    text = ("工作任务 | 责任单位 | 备注 |\n"
            "开展国土绿化行动 | 市林业局 | 持续推进 |\n"
            "加强湿地保护 | 市水利局 | |\n")
    assert _units(text, "table_header") == [("responsible", "市林业局"), ("responsible", "市水利局")]


# 金华 市文广旅游局 2023 政府工作报告重点工作半年度完成情况汇总表 (devgold-un42): the 责任单位 cell holds
# labels of its own ("牵头单位:X 责任单位:Y、Z"); the labelled rule reads it name by name, the column
# reading adds no name of the whole cell
JINHUA = ("序号 | 工作任务 | 进展情况 | 存在问题和下步计划 | 责任单位 |\n"
          "71 | 提高公共文化服务水平,加快推进市图书馆新馆等市县重大文化设施建设。 | 1.深入实施全市公共文化设施跨越提升工程,"
          "全市在建项目13个。 | 下步计划: 开展乡村博物馆问题整改及展陈提升工作。 | 牵头单位:市文广旅游局 "
          "责任单位:市各县(市、区)政府、金华开发区管委会 |\n")


def test_a_column_cell_holding_labels_is_read_by_its_labels():
    assert _units(JINHUA) == [("lead", "市文广旅游局"), ("responsible", "市各县(市、区)政府"),
                              ("responsible", "金华开发区管委会")]
