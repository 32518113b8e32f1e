"""Task tables (tables.py, patterns/tables.toml): the header gives each column a role, each row's
cells take them, and the extractors read a target in a task cell as planned and due the row's
time cell, in a progress cell as achieved. Real rows from real pages, in the three shapes they
reach us in: one cell a line, one row a line between |, one row a line between spaces."""
from __future__ import annotations

import planparse
from planparse import tables
from planparse.normalize import normalize
from planparse.patterns import load_patterns

PATTERNS = load_patterns()

# 怀远县农业农村局 2023年11月承担政府重点工作完成情况 (blind44 b4405): one cell a line, blank lines
# between, a stray 2 in row 6, two units on two lines in row 54, the last column empty
HUAIYUAN = """农业农村局2023年11月承担政府重点工作完成情况

序号

目标任务

牵头责任单位

计划完成时间

目前完成情况

是否达到序时进度

6

农村常住居民人均可支配收入与经济增长同步。

经管站

2

2023年底

三季度绝对数16285元,增幅7.4%

53

加快推动农业规模化经营,完成“一村一块田”改革试验20万亩,全县土地流转率达60%。

经管站

2023年底

已累计完成“一村一块田”改革试验面积31.7万亩,全县土地流转面积138.133万亩。

54

加强农产品品牌建设,完成“三品一标”认证10个。

农业股

乡村产业发展股

2023年底

完成“三品一标”认证10个。
"""

# 崇川 2023年区政府重点民生实事项目推进情况(1-11月) (devgold un44, also un35 un3505), rows 24-26 as
# saved: one cell a line, each closed by |, 全年目标任务 merged into 主要任务 (rows of 9 and 10 lines, a
# trailing "||" / "|" line), a month range in two progress columns (1-10月推进情况), a person column.
# Also the units' table reader's fixture (test_responsible_units_tables.py)
CHONGCHUAN = """2023年区政府重点民生实事项目推进情况(1-11月)
序号 |
主要任务 |
全年目标任务 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
1-10月推进情况 |
1-11月推进情况 |
是否达序 |
说明 |
24 |
优化提升50条背街后巷交通组织。 |
徐国江 |
城管局 |
市政局、相关街道 |
已进场施工,完成30%。 |
已进场施工,完成60%。 |
是 |
||
25 |
新增四分类“三定一督”达标小区210个。 |
徐国江 |
城管局 |
市政局、环卫处、崇川经济开发区、各街道 |
已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。 |
在46个小区,建成38个厢房,70个分类亭。 |
否 |
前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。 |
|
26 |
新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |
徐国江 |
城管局 |
崇川经济开发区、相关街道 |
已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。 |
已建成建筑垃圾中转站7个、分类池17个。 |
是 |
"""

# 平顶山市全面推行河长制主要任务分解表 (devgold un45): cells between spaces, a space inside a cell
PINGDINGSHAN = """序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位
1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。到2020年,全市用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局、农业局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会
"""

# 淮南市林业局 2021 落实情况 (tests/corpus/responsible_units.toml): one row a line between |
HUAINAN = ("序号 | 主要任务 | 牵头单位 | 协同单位 | 工作进度 | 落实情况 | 进度滞后原因及下步措施 | 联系人 联系电话 |\n"
           "175 | 开展大规模国土绿化行动,新增造林3万亩。 | 市林业局 | 相关县区政府、相关园区管委会 | 已完成 | "
           "截至目前,全市共完成人工造林5.9万亩。 | 闫家峰6644603 | |\n")


def _cells(text: str) -> list[tuple[int, str | None, str]]:
    norm = normalize(text, PATTERNS.char_map(), PATTERNS.removals()).norm
    return [(r.number, c.role, norm[c.start:c.end]) for r in tables.read(norm, PATTERNS).rows for c in r.cells]


def _labelled(text: str) -> list[tuple[int, str | None, str]]:
    norm = normalize(text, PATTERNS.char_map(), PATTERNS.removals()).norm
    return [(r.number, c.role, c.label) for r in tables.read(norm, PATTERNS).rows for c in r.cells]


def _targets(text: str) -> list[dict]:
    doc = planparse.parse(text)
    for t in doc.targets:
        assert text[t.span[0]:t.span[1]] == t.text
    return [dict(section=t.section, text=t.text, value=t.value, unit=t.unit, comparator=t.comparator,
                 stance=t.stance, deadline=t.deadline) for t in doc.targets]


def test_one_cell_a_line_rows_take_their_columns_roles():
    assert _cells(HUAIYUAN) == [
        (6, "task", "农村常住居民人均可支配收入与经济增长同步。"),
        (6, "lead", "经管站\n\n2"),  # the stray 2 stays in the cell before the time cell
        (6, "due", "2023年底"),
        (6, "progress", "三季度绝对数16285元,增幅7.4%"),
        (53, "task", "加快推动农业规模化经营,完成“一村一块田”改革试验20万亩,全县土地流转率达60%。"),
        (53, "lead", "经管站"),
        (53, "due", "2023年底"),
        (53, "progress", "已累计完成“一村一块田”改革试验面积31.7万亩,全县土地流转面积138.133万亩。"),
        (54, "task", "加强农产品品牌建设,完成“三品一标”认证10个。"),
        (54, "lead", "农业股\n\n乡村产业发展股"),
        (54, "due", "2023年底"),
        (54, "progress", "完成“三品一标”认证10个。"),
    ]


def test_task_cell_targets_are_planned_and_due_the_rows_time_cell():
    assert _targets(HUAIYUAN) == [
        dict(section="6", text="绝对数16285元", value=16285, unit="元", comparator="=", stance="achieved", deadline=None),
        dict(section="6", text="增幅7.4%", value=7.4, unit="%", comparator="=", stance="achieved", deadline=None),
        dict(section="53", text="完成“一村一块田”改革试验20万亩", value=200000, unit="亩", comparator="=",
             stance="planned", deadline="2023-12-31"),
        dict(section="53", text="土地流转率达60%", value=60, unit="%", comparator="=", stance="planned",
             deadline="2023-12-31"),
        dict(section="53", text="完成“一村一块田”改革试验面积31.7万亩", value=317000, unit="亩", comparator="=",
             stance="achieved", deadline=None),
        dict(section="53", text="土地流转面积138.133万亩", value=1381330, unit="亩", comparator="=",
             stance="achieved", deadline=None),
        dict(section="54", text="完成“三品一标”认证10个", value=10, unit="个", comparator="=", stance="planned",
             deadline="2023-12-31"),
        dict(section="54", text="完成“三品一标”认证10个", value=10, unit="个", comparator="=", stance="achieved",
             deadline=None),
    ]


def test_cells_closed_by_bars_and_a_merged_column():
    assert [c for c in _cells(CHONGCHUAN) if c[0] == 25] == [
        (25, "task", "新增四分类“三定一督”达标小区210个。"),
        (25, "person", "徐国江"),
        (25, "lead", "城管局"),
        (25, "responsible", "市政局、环卫处、崇川经济开发区、各街道"),  # 责任主体与协同单位: the first label's role
        (25, "progress", "已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。"),
        (25, "progress", "在46个小区,建成38个厢房,70个分类亭。"),
        (25, "other", "否"),
        (25, "other", "前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。"),
    ]
    assert [(t["section"], t["text"], t["stance"]) for t in _targets(CHONGCHUAN)] == [
        ("24", "优化提升50条背街后巷交通组织", "planned"), ("24", "完成30%", "achieved"), ("24", "完成60%", "achieved"),
        ("25", "新增四分类“三定一督”达标小区210个", "planned"),
        ("25", "第一批451个厢房(亭房)正在加紧制作", "achieved"),  # 正在推进 names no goal: the cell's achieved stays
        ("25", "46个小区", "achieved"), ("25", "建成38个厢房", "achieved"), ("25", "70个分类亭", "achieved"),
        ("26", "新建建筑垃圾中转站8个", "planned"), ("26", "建筑垃圾分类池20个", "planned"),
        ("26", "建成建筑垃圾中转站3个", "achieved"), ("26", "分类池10个", "achieved"),
        ("26", "建成建筑垃圾中转站7个", "achieved"), ("26", "分类池17个", "achieved"),
    ]


def test_cells_between_spaces_are_placed_from_what_they_hold():
    assert _cells(PINGDINGSHAN) == [
        (1, "category", "加强水资源保 护"),  # a lone character between spaces ends the cell before it
        (1, "task", "严守水资源开发利用控制红线"),
        (1, "task", "实施水资源消耗总量和强度双控行动。到2020年,全市用水总量控制在11.88亿立方米以内。"),
        (1, "lead", "市水利局"),
        (1, "support", "市发展改革委、工业和信息化委、住房和城乡建设局、农业局等"),
        (1, "responsible", "各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会"),
    ]


def test_one_row_a_line_progress_cell_is_achieved():
    assert _cells(HUAINAN)[:6] == [
        (175, "task", "开展大规模国土绿化行动,新增造林3万亩。"),
        (175, "lead", "市林业局"),
        (175, "support", "相关县区政府、相关园区管委会"),
        (175, "progress", "已完成"),
        (175, "progress", "截至目前,全市共完成人工造林5.9万亩。"),
        (175, "other", "闫家峰6644603"),
    ]
    assert [(t["text"], t["stance"]) for t in _targets(HUAINAN)] == [
        ("新增造林3万亩", "planned"), ("完成人工造林5.9万亩", "achieved")]


def test_no_header_no_table():
    # 序号 in prose, and a 序号 line whose words are not all header words: no table
    assert _cells("按序号排列。\n序号 1 为市级项目,完成投资5亿元。\n") == []
    assert not tables.read("没有表格的通知。", PATTERNS)


def test_rows_between_spaces_are_numbered_items_and_their_unit_cells_give_roles():
    doc = planparse.parse(PINGDINGSHAN)
    assert [(s.id, s.marker, s.title) for s in doc.sections] == [("1", "1", "严守水资源开发利用控制红线")]
    for u in doc.responsible_units:
        assert PINGDINGSHAN[u.span[0]:u.span[1]] == u.text
    assert [(u.section, u.role, u.name) for u in doc.responsible_units] == [
        ("1", "lead", "市水利局"),
        ("1", "support", "市发展改革委"),
        ("1", "support", "工业和信息化委"),
        ("1", "support", "住房和城乡建设局"),
        ("1", "support", "农业局"),
        ("1", "responsible", "各县(市、区)党委和人民政府"),
        # the gold keeps 城乡一体化示范区、高新区党工委和管委会 whole (a head shared over a 、 list: orgs.py)
        ("1", "responsible", "城乡一体化示范区"),
        ("1", "responsible", "高新区党工委和管委会"),
    ]
    assert [(t.section, t.text, t.stance, t.deadline) for t in doc.targets] == [
        ("1", "用水总量控制在11.88亿立方米以内", "planned", "2020-12-31")]


# 略阳 文化旅游 2019 任务 (tests/corpus/responsible_units.toml): a header note on a line of its own
# ((单位) under 责任股室), a 指标 cell of two characters (广电, no person), a person printed with a space
LUEYANG = ("序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n9\n广电\n完成县级应急广播系统(二期)建设。\n"
           "广电事业股\n10\n三建设一整治\n完善西淮坝油菜观花线路观景平台及配套服务设施建设。\n5月底\n周 斐\n旅游股")

# 绥宁 人均预期寿命提升行动 主要目标责任清单: the header printed again after a page break
SUINING = ("序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n2 |\n居民健康素养水平 |\n% |\n"
           "21.6 |\n≥31.5 |\n≥33 |\n县卫健局 |\n县疾控中心,各乡镇人民政府 |\n序号 |\n指标名称 |\n单位 |\n2022年 |\n"
           "2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n8 |\n5岁以下儿童死亡率 |\n‰ |\n6.07 |\n持续改善 |\n持续改善 |\n"
           "县卫健局 |\n县妇计中心,各乡镇人民政府 |")


def test_header_notes_short_first_cells_and_names_with_a_space():
    assert _cells(LUEYANG) == [
        (9, "task", "广电"),
        (9, "task", "完成县级应急广播系统(二期)建设。"),
        (9, "responsible", "广电事业股"),  # 责任股室(单位)
        (10, "task", "三建设一整治"),
        (10, "task", "完善西淮坝油菜观花线路观景平台及配套服务设施建设。"),
        (10, "due", "5月底"),
        (10, "person", "周 斐"),
        (10, "responsible", "旅游股"),
    ]


def test_a_header_printed_again_opens_a_table_of_its_own():
    assert [(n, role, text) for n, role, text in _cells(SUINING) if role] == [
        (2, "task", "居民健康素养水平"), (2, "measure", "%"), (2, "lead", "县卫健局"),
        (2, "responsible", "县疾控中心,各乡镇人民政府"),
        (8, "task", "5岁以下儿童死亡率"), (8, "measure", "‰"), (8, "lead", "县卫健局"),
        (8, "responsible", "县妇计中心,各乡镇人民政府"),
    ]


def test_a_unit_cell_the_rules_leave_gives_its_names_the_columns_role():
    # 郧阳区 2023年区政府工作目标任务落实责任分解表 (devgold dl43): the excerpt ends in the first row's lead cell
    text = ("2023年区政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n责任单位\n\n责任人\n\n"
            "一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:成坤)\n\n1\n\n★地区生产总值增长15%。\n\n区发改局")
    doc = planparse.parse(text)
    assert [(u.section, u.role, u.name, text[u.span[0]:u.span[1]]) for u in doc.responsible_units] == [
        ("1.1", "lead", "区发改局", "区发改局")]


def test_a_time_cell_is_the_rows_due_date_with_no_limit_word():
    # 完成时限 2023年12月 / 2024年1月-12月: the column says when the row is due; 长期坚持 names no date
    def read(due):
        text = ("2023年重点工作任务分解表\n序号\n工作任务\n牵头单位\n完成时限\n1\n新建公园5个。\n市住建局\n" + due
                + "\n2\n改造老旧小区30个。\n市住建局\n长期坚持\n")
        doc = planparse.parse(text)
        for d in doc.deadlines:
            assert text[d.span[0]:d.span[1]] == d.text
        return ([(t.section, t.stance, t.deadline) for t in doc.targets],
                [(d.section, d.date, d.text) for d in doc.deadlines])
    assert read("2023年12月") == ([("1", "planned", "2023-12-31"), ("2", "planned", None)],
                                 [("1", "2023-12-31", "2023年12月")])
    assert read("2024年1月-12月") == ([("1", "planned", "2024-12-31"), ("2", "planned", None)],
                                     [("1", "2024-12-31", "2024年1月-12月")])
    assert read("6月底前") == ([("1", "planned", "2023-06-30"), ("2", "planned", None)],
                              [("1", "2023-06-30", "6月底前")])


def test_a_time_cell_of_全年_is_the_plan_years_end_one_per_row():
    # 霍山 开发区 2025年重点工作及责任清单 (blind47b c4713): one cell a line with a | after each; the 完成时限
    # cell 全年 is due by the year's end, like 年内 (one deadline a row, the row's targets due then);
    # the 全年 in row 2's task cell (力争 全年盘活…) is the year's span, no deadline
    text = ("2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n1 |\n"
            "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导+专班””“项目管家”等制度,"
            "全力服务重 大项目落地见效。 |\n叶林 |\n招商工作部、安商工作部 |\n全年 |\n2 |\n"
            "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。 |\n"
            "马振明 |\n改革办 |\n全年 |\n")
    doc = planparse.parse(text)
    assert [(d.section, d.date, d.text, text[d.span[0]:d.span[1]]) for d in doc.deadlines] == [
        ("1", "2025-12-31", "全年", "全年"), ("2", "2025-12-31", "全年", "全年")]
    assert [(t.section, t.value, t.stance, t.deadline) for t in doc.targets] == [
        ("2", 10, "planned", "2025-12-31"), ("2", 400, "planned", "2025-12-31")]


# 上虞 交通 重点工作进展 (open46b pb07): a table with no serial column and no row numbers, one row a
# line between |; a goal restated in the progress cell (年度任务目标8.65亿元) stays planned
SHANGYU = ("工作内容 | 当前工作进展 | 形象进度 |\n完成交通投资30亿元 | 完成综合交通投资33.9亿元 | 100.0% |\n"
           "建成329国道北移工程 | 已完工 | 100.0% |\n"
           "104国道南移完成工程量30% | 年度任务目标8.65亿元,累计完成投资11.3元 | 100.0% |\n")
# 相山区城管局 2024年第四季度重点工作任务完成情况 (open46a pa07): the row numbers under 任务项, one cell a
# line; 四季度任务分解 is the quarter's task, 四季度进展情况 what was done
XIANGSHAN = ("任务项\n\n重点工作内容\n\n牵头责任单位\n\n四季度任务分解\n\n四季度进展情况\n\n完成状况\n\n2\n\n"
             "深入推进生活垃圾分类工作。\n\n区环卫所(垃圾分类管理办)\n\n"
             "对各街道和公共机构、公共场所开展生活垃圾分类督查考核1次,开展生活垃圾分类宣传活动2次。\n\n"
             "1115日——1210日对全区和公共机构、公共场所开展生活垃圾分类督查考核1次,开展区级生活垃圾分类宣传活动4次。\n\n"
             "已完成\n")
# 新兴县土地储备中心 政务公开工作任务分工 (rd-019): no serial column; a row whose 工作任务 cell is merged
# into the row above ends in an empty cell and is placed by what its cells hold
XINXING = ("工作任务 | 具体要求 | 责任部门 |\n一、做好财政信息公开。 | 1.积极推进本中心预算、决算及相关报表公开。 | 财务科 |\n"
           "二、做好政府网站专栏信息公开。 | 2.及时更新网站频道的各类型概况信息。 | 办公室 |\n"
           "3.及时反馈网民对调查征集信息的意见。 | 各科室 | |\n")


def test_a_header_with_no_serial_column_gives_each_line_with_bars_its_roles():
    assert _cells(SHANGYU) == [
        (1, "task", "完成交通投资30亿元"), (1, "progress", "完成综合交通投资33.9亿元"), (1, "progress", "100.0%"),
        (2, "task", "建成329国道北移工程"), (2, "progress", "已完工"), (2, "progress", "100.0%"),
        (3, "task", "104国道南移完成工程量30%"), (3, "progress", "年度任务目标8.65亿元,累计完成投资11.3元"),
        (3, "progress", "100.0%"),
    ]
    doc = planparse.parse(SHANGYU)
    assert doc.sections == []  # rows with no number are no numbered items
    assert _targets(SHANGYU) == [
        dict(section=None, text="交通投资30亿元", value=3000000000, unit="元", comparator="=", stance="planned", deadline=None),
        dict(section=None, text="综合交通投资33.9亿元", value=3390000000, unit="元", comparator="=", stance="achieved",
             deadline=None),
        dict(section=None, text="100.0%", value=100, unit="%", comparator="=", stance="achieved", deadline=None),
        dict(section=None, text="100.0%", value=100, unit="%", comparator="=", stance="achieved", deadline=None),
        dict(section=None, text="104国道南移完成工程量30%", value=30, unit="%", comparator="=", stance="planned", deadline=None),
        dict(section=None, text="年度任务目标8.65亿元", value=865000000, unit="元", comparator="=", stance="planned",
             deadline=None),
        dict(section=None, text="完成投资11.3元", value=11.3, unit="元", comparator="=", stance="achieved", deadline=None),
        dict(section=None, text="100.0%", value=100, unit="%", comparator="=", stance="achieved", deadline=None),
    ]


def test_row_numbers_under_a_task_item_column_and_a_quarters_task_division():
    assert [(n, role) for n, role, _ in _cells(XIANGSHAN)] == [
        (2, "task"), (2, "lead"), (2, "task"), (2, "progress"), (2, None)]
    assert _targets(XIANGSHAN) == [
        dict(section="2", text="对各街道和公共机构、公共场所开展生活垃圾分类督查考核1次", value=1, unit="次", comparator="=",
             stance="planned", deadline=None),
        dict(section="2", text="开展生活垃圾分类宣传活动2次", value=2, unit="次", comparator="=", stance="planned", deadline=None),
        dict(section="2", text="公共场所开展生活垃圾分类督查考核1次", value=1, unit="次", comparator="=", stance="achieved",
             deadline=None),
        dict(section="2", text="开展区级生活垃圾分类宣传活动4次", value=4, unit="次", comparator="=", stance="achieved",
             deadline=None),
    ]


def test_a_row_short_by_a_merged_first_cell_is_placed_by_what_it_holds():
    assert _cells(XINXING) == [
        (1, "task", "一、做好财政信息公开。"), (1, "task", "1.积极推进本中心预算、决算及相关报表公开。"),
        (1, "responsible", "财务科"),
        (2, "task", "二、做好政府网站专栏信息公开。"), (2, "task", "2.及时更新网站频道的各类型概况信息。"),
        (2, "responsible", "办公室"),
        (3, "task", "3.及时反馈网民对调查征集信息的意见。"), (3, "responsible", "各科室"),
    ]


def test_rows_are_the_sections_and_a_list_in_a_cell_is_no_heading():
    # 相山区城管局 (open46a pa07) rows 1 and 2, whole: segment takes its rows from tables.py; the
    # 1. 2. lists inside the task and progress cells are no headings, every record is in its row
    text = ("任务项\n\n重点工作内容\n\n牵头责任单位\n\n四季度任务分解\n\n四季度进展情况\n\n完成状况\n\n1\n\n"
            "开展市容秩序专项整治行动,推行沿街主体“门责制”,突出抓好商业大街、背街小巷、居民小区等区域环境治理。\n\n"
            "区城管大队法制办及街道城管中队\n\n"
            "1.根据2024年度专项整治行动方案,并按方案要求迅速动员部署、选定示范道路、细化工作措施、启动专项整治。2.开展商业大街环境治理专项行动\n\n"
            "1.根据《淮北市2024年“门责制”市容管理新机制推进方案》,1129日召开“门责制”管理工作调度会,明确职责、加强协作,"
            "推动3条示范道路,加快落实各项整治工作。2.对万达广场、国购广场等周边开展专项治理行动,清理卫生死角30余处、"
            "小广告50余张,冲洗污染点位70余处。\n\n已完成\n\n" + XIANGSHAN[XIANGSHAN.index("2\n\n深入"):])
    doc = planparse.parse(text)
    assert [(s.id, s.marker, s.title) for s in doc.sections] == [
        ("1", "1", "开展市容秩序专项整治行动,推行沿街主体“门责制”,突出抓好商业大街、背街小巷、居民小区等区域环境治理"),
        ("2", "2", "深入推进生活垃圾分类工作")]
    assert [(t["section"], t["text"], t["stance"]) for t in _targets(text)] == [
        ("1", "推动3条示范道路", "achieved"), ("1", "清理卫生死角30余处", "achieved"),
        ("1", "小广告50余张", "achieved"), ("1", "冲洗污染点位70余处", "achieved"),
        ("2", "对各街道和公共机构、公共场所开展生活垃圾分类督查考核1次", "planned"),
        ("2", "开展生活垃圾分类宣传活动2次", "planned"),
        ("2", "公共场所开展生活垃圾分类督查考核1次", "achieved"),
        ("2", "开展区级生活垃圾分类宣传活动4次", "achieved"),
    ]
    assert [(u.section, u.name, u.role) for u in doc.responsible_units] == [
        ("1", "区城管大队法制办", "lead"), ("1", "街道城管中队", "lead"), ("2", "区环卫所(垃圾分类管理办)", "lead")]


# 谯城区教育局 2025年政府工作报告重点工作任务分解表 (devgold-un42): the bureau's rows of the county's
# table, 3 under 一、, then 68 and 69 under 六、 after five group headings with no rows of its own
QIAOCHENG = ("序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、2025年经济社会发展的主要预期目标\n\n3\n\n"
             "固定资产投资增长7.5%左右。\n\n区发改委\n\n区工信局、区住建局,各乡镇人民政府、街道办事处。\n\n"
             "二、全力以赴扩投资、优服务,筑牢经济增长根基\n\n三、全力以赴延链条、壮集群,构建现代产业体系\n\n"
             "四、全力以赴增动能、聚人气,激发改革创新活力\n\n五、全力以赴促融合、护生态,打造宜居宜业家园\n\n"
             "六、全力以赴惠民生、增福祉,加快社会事业发展\n\n68\n\n"
             "持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设黎明小学、亳州四中等扩建教学楼项目。\n\n区教育局\n\n"
             "区政府有关部门,各乡镇人民政府、街道办事处。\n\n69\n\n深化与海亮集团合作,积极引进优质教育资源。\n\n区教育局\n\n"
             "区投资促进中心。\n")


def test_rows_numbered_on_after_group_headings_are_items_under_the_last_one():
    doc = planparse.parse(QIAOCHENG)
    flat = []
    stack = list(reversed(doc.sections))
    while stack:
        s = stack.pop()
        flat.append((s.id, s.marker))
        stack += list(reversed(s.children))
    assert flat == [("1", "一、"), ("1.3", "3"), ("2", "二、"), ("3", "三、"), ("4", "四、"), ("5", "五、"),
                    ("6", "六、"), ("6.68", "68"), ("6.69", "69")]
    assert [(u.section, u.name, u.role) for u in doc.responsible_units if u.section.startswith("6")] == [
        ("6.68", "区教育局", "lead"), ("6.68", "区政府有关部门", "support"), ("6.68", "各乡镇人民政府", "support"),
        ("6.68", "街道办事处", "support"), ("6.69", "区教育局", "lead"), ("6.69", "区投资促进中心", "support")]
    # a table that starts at 1 goes up one by one: a 5 after 1 is a number in a cell
    norm = "序号 | 工作任务 | 责任单位 |\n1 | 做好信息发布 | 办公室 |\n5 | 个 |\n2 | 推进公开 | 财务科 |"
    assert [n for n, _, _ in _cells(norm)] == [1, 1, 2, 2]


def test_unit_labels_are_the_units_vocabulary():
    # responsible_units.toml maps.label_role gives a unit column its role, two labels in one cell read
    # as the units read them; the prefixed forms come from tables.toml
    R = tables._Rules(PATTERNS)
    assert [R.role(label) for label in ("责任街镇", "主办单位", "协同责任单位", "责任主体与协同单位", "责任单位或牵头单位",
                                        "市级牵头单位", "责任股室(单位)", "目标与任务")] == [
        "responsible", "lead", "support", "responsible", "lead", "lead", "responsible", "task"]


def test_a_single_row_excerpt_opening_past_1_is_a_numbered_item():
    # 怀远 农业农村局 (blind44 b4405) row 53 alone: under a header of header words, with its cells after
    # it, the bare 53 is a row, not a page number; its records are in it
    text = HUAIYUAN[:HUAIYUAN.index("6\n\n农村")] + HUAIYUAN[HUAIYUAN.index("53\n"):HUAIYUAN.index("54\n")]
    doc = planparse.parse(text)
    assert [(s.id, s.marker) for s in doc.sections] == [("53", "53")]
    assert [(t["section"], t["text"], t["stance"], t["deadline"]) for t in _targets(text)] == [
        ("53", "完成“一村一块田”改革试验20万亩", "planned", "2023-12-31"),
        ("53", "土地流转率达60%", "planned", "2023-12-31"),
        ("53", "完成“一村一块田”改革试验面积31.7万亩", "achieved", None),
        ("53", "土地流转面积138.133万亩", "achieved", None),
    ]
    assert [(d.section, d.date) for d in doc.deadlines] == [("53", "2023-12-31")]
    assert [(u.section, u.name, u.role) for u in doc.responsible_units] == [("53", "经管站", "lead")]


# 龙口 民生事项 1-9月份 2022 (devgold-un42): no serial column, a row short by its merged 类别 cell, then
# the page's own data table (索引号: | … | 成文日期: | …), which is no row
LONGKOU = '类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |\n15.推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 | 刘福利 | 罗峰学校:9月份开始施工,完成基础施工30%; 农村学校塑胶运动场地:完成基础施工,其中邵家初中塑胶运动场地完成人工草坪铺设正在进行篮球场硅PU施工,十字道初中开始人工草坪铺设。 | 罗峰学校正在全力推进基础施工;13处农村学校塑胶运动场地已完成基础建设,两处学校开始铺设面层。 | 监督电话0535-8246306 | |\n索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |\n'


def test_a_table_with_no_serial_column_ends_at_the_pages_data_table():
    # the row is short by its 类别 cell (merged, printed on the group's first row): 15.推进… is the 民生事项名称
    assert _labelled(LONGKOU)[:2] == [(1, "task", "民生事项名称"), (1, "task", "2022年度任务目标")]
    assert [(n, role) for n, role, _ in _cells(LONGKOU)] == [
        (1, "task"), (1, "task"), (1, "responsible"), (1, "person"), (1, "progress"), (1, "progress"), (1, None)]
    assert _targets(LONGKOU) == [
        dict(section=None, text="完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用", value=13, unit="处", comparator="=",
             stance="planned", deadline=None),
        dict(section=None, text="完成基础施工30%", value=30, unit="%", comparator="=", stance="achieved", deadline=None),
        dict(section=None, text="13处农村学校塑胶运动场地已完成基础建设", value=13, unit="处", comparator="=",
             stance="achieved", deadline=None),
    ]


# 祁门 民生工程进度表 (open48b pg10): one cell a line with a | after each; the 类别 cell (一、就业促进(3项)) is
# merged over its group's rows, printed on the first only, so rows 5 and 6 have none; 累计完成 is a column
# of its own (what is done so far), not joined with 累计进度
QIMEN = ("序号 |\n类别 |\n项目名称 |\n目标任务 |\n牵头单位 |\n目标任务 |\n累计完成 |\n累计进度 |\n备注 |\n"
         "5 |\n农村敬老院运营服务能力提升 |\n督促辖区内4家公建公营敬老院规范运营,加强内部安全管理,提升服务质量 |\n"
         "县民政局 |\n4 |\n4 |\n100% |\n按照工程进度测算 |\n6 |\n加强城乡公益性公墓建设管理 |\n"
         "推进不少于7个城乡公益性公墓新建、改扩建或配套设施改造以及提升管理维护水平 |\n县民政局 |\n7 |\n7 |\n100% |\n"
         "按照工程进度测算 |\n")


def test_a_category_column_merged_over_its_groups_rows_is_left_empty():
    # a row without its 类别 cell puts its first cell under the next column, not under 类别
    assert [cell for cell in _labelled(QIMEN) if cell[0] == 5] == [
        (5, "task", "项目名称"), (5, "task", "目标任务"), (5, "lead", "牵头单位"), (5, "task", "目标任务"),
        (5, "progress", "累计完成"), (5, "progress", "累计进度"), (5, "other", "备注")]
    # 平顶山 河长制主要任务分解表 (devgold un45): cells between spaces, row 2's 类别 cell merged into row 1's
    # (printed as an empty cell: 2 then two spaces): its 主要任务 cell is 严守用水 效率控制 红线 whole
    doc = planparse.parse(PINGDINGSHAN + "2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系,"
                          "把节水目标任务完成情况纳入市、县级政府政绩考核内容。 市水利局 市发展改革委、工业和信息化委、"
                          "住房和城乡建设局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会\n")
    assert [(s.marker, s.title) for s in doc.sections] == [("1", "严守水资源开发利用控制红线"), ("2", "严守用水 效率控制 红线")]


# 祁门 民生工程进度表 (open48b pg10), rows 1-4: the 类别 cell (一、就业促进(3项)) printed right after the row's
# number, on its group's first row only, is the row's category cell; its heading opens before the row
QIMEN_GROUPS = '序号 |\n类别 |\n项目名称 |\n目标任务 |\n牵头单位 |\n目标任务 |\n累计完成 |\n累计进度 |\n备注 |\n1 |\n一、就业促进(3项) |\n促进重点群体稳定就业 |\n城镇新增就业1100人 |\n县人社局 |\n1100 |\n1063 |\n96.64% |\n|\n“三公里”充分就业社区4个 |\n4 |\n4 |\n100% |\n|\n2 |\n支持毕业生求职创业 |\n按1500元/人标准发放求职创业补贴 |\n县人社局 |\n|\n目前此项工作按照文件实施方案已组织符合条件人员进行网上申请,待系统、人工审核通过校验信息人员,完成公示阶段后,补贴资金于12月28日前,足额发放到符合申领条件的毕业生银行账户中。 |\n3 |\n放心家政行动 |\n培训家政服务人员613人次 |\n县科商工信局 |\n613 |\n626 |\n102.12% |\n|\n新增家政服务人员275人 |\n275 |\n284 |\n103.27% |\n|\n4 |\n二、社会保障(5项) |\n加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准 |\n最低生活保障 |\n农村标准(元/月) |\n县民政局 |\n|\n|\n|\n|\n'


def test_a_category_cell_after_the_row_number_heads_its_group():
    doc = planparse.parse(QIMEN_GROUPS)
    assert [(s.id, s.marker, [(c.id, c.title) for c in s.children]) for s in doc.sections] == [
        ("1", "一、", [("1.1", "促进重点群体稳定就业"), ("1.2", "支持毕业生求职创业"), ("1.3", "放心家政行动")]),
        ("2", "二、", [("2.4", "加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准")])]
    assert [(u.section, u.name, u.role) for u in doc.responsible_units] == [
        ("1.1", "县人社局", "lead"), ("1.2", "县人社局", "lead"), ("1.3", "县科商工信局", "lead"), ("2.4", "县民政局", "lead")]


# 嵊泗 2021年乡村振兴任务清单 (realdocs5/u805, tests/corpus/responsible_units.toml): a column printed before
# 序号 (考核项目, its cell 农业高质高效 before row 1's number), a measure column (单位), two units a cell
# one a line, then the 评分部门 column
SHENGSI = ("2021年嵊泗县乡村振兴任务清单\n\n考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
           "农业高质高效\n\n1\n\n确保粮食和重要农产品有效供给\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n"
           "县农业农村局\n\n市海洋渔业局市农业农村局\n\n2\n\n农业劳动生产率及增幅\n\n万元/人\n\n全市统筹\n\n县海洋与渔业局\n\n"
           "县农业农村局\n\n市海洋渔业局市农业农村局")


def test_a_column_before_the_serial_one_and_a_measure_column():
    assert _cells(SHENGSI) == [
        (1, "task", "确保粮食和重要农产品有效供给"), (1, "task", "农林牧渔业增加值增幅"), (1, "measure", "%"),
        (1, "task", "≥2%"), (1, "responsible", "县海洋与渔业局\n\n县农业农村局"), (1, None, "市海洋渔业局市农业农村局"),
        (2, "task", "农业劳动生产率及增幅"), (2, "measure", "万元/人"), (2, "task", "全市统筹"),
        (2, "responsible", "县海洋与渔业局\n\n县农业农村局"), (2, None, "市海洋渔业局市农业农村局"),
    ]


def test_a_header_with_no_serial_column_saved_one_cell_a_line_between_bar_lines():
    # 池州市信访局 政务公开重点任务清单 (realdocs4/u04): 工作任务 / | / 具体要求 / | / …, the 工作任务 cell
    # printed before the row's number (the next row's, 深化政策解读形式, still trails row 1's last cell)
    text = ("工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化行政规范性文件集中规范公开\n|\n1\n|\n"
            "对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。\n|\n办公室\n|\n年底前\n|\n"
            "深化政策解读形式\n|\n2\n|\n积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。\n|\n各科室\n|\n持续推进")
    assert [(n, role, cell) for n, role, cell in _cells(text) if role != "task"] == [
        (1, "responsible", "办公室"), (1, "due", "年底前\n|\n深化政策解读形式"),
        (2, "responsible", "各科室"), (2, "due", "持续推进"),
    ]


def test_a_category_merged_over_rows_is_no_row_title():
    # 略阳 文化旅游 2019 (open47a pc01): 指标 (公共文化服务) is printed on its group's first row only; rows
    # 2-3 hold the 工作任务 cell alone. Every row is titled by its task, as the gold reads it
    text = ("序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n1\n公共文化服务\n"
            "“两馆一站”免费开放服务人次较上年增长15%。\n12月底前\n夏俊贵\n文化宣传股\n2\n"
            "全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股\n3\n文化产业\n培育规模以上文化服务企业1家。\n")
    doc = planparse.parse(text)
    assert [(s.id, s.title) for s in doc.sections] == [
        ("1", "“两馆一站”免费开放服务人次较上年增长15%"), ("2", "全年组织开展文化下乡等惠民演出不少于100场"),
        ("3", "培育规模以上文化服务企业1家"),
    ]


def _units(text: str) -> list[tuple[str | None, str, str, str]]:
    doc = planparse.parse(text)
    return [(u.section, u.role, u.name, text[u.span[0]:u.span[1]]) for u in doc.responsible_units]


# a 任务分工 attachment saved one cell a line, its last row run on by the page's closing lines with no
# blank line between (rv47 v01, v03): the signer and its date, or the 版记 (抄送: …, … 印发)
_LAST_ROWS = "任务分工\n序号\n工作任务\n完成时限\n牵头单位\n1\n新建学校5所\n2024年12月\n市教育局\n2\n改造道路10公里\n" \
             "2024年6月\n市交通局\n"


def test_a_table_one_cell_a_line_ends_at_the_pages_closing_lines():
    signed = _LAST_ROWS + "汉中市人民政府办公室\n2024年3月1日\n"
    # the last row's unit cell looks like a signer line above the date: it is the row's, and in its section
    assert _units(signed) == [("1", "lead", "市教育局", "市教育局"), ("2", "lead", "市交通局", "市交通局")]
    copied = _LAST_ROWS + "抄送:市委办公室,市人大常委会办公室\n市人民政府办公室\n2024年3月1日印发\n"
    assert _units(copied) == [("1", "lead", "市教育局", "市教育局"), ("2", "lead", "市交通局", "市交通局")]
    # a row whose unit cell is split over two lines, its due date last, is still all cells
    split = "序号\n工作任务\n牵头单位\n完成时限\n1\n新建学校5所\n市教育局\n市财政局\n2024年3月1日\n" \
            "2\n改造道路10公里\n市交通局\n2024年6月30日\n"
    assert [(n, role, text) for n, role, text in _cells(split)] == [
        (1, "task", "新建学校5所"), (1, "lead", "市教育局\n市财政局"), (1, "due", "2024年3月1日"),
        (2, "task", "改造道路10公里"), (2, "lead", "市交通局"), (2, "due", "2024年6月30日")]


def test_the_serial_column_is_one_vocabulary_序号_编号_任务项():
    # rv47 w01, u04: a header whose serial cell is 编号 is a header; a header printed again (after a page
    # break) is one whatever its serial cell is, its labels no units
    numbered = ("任务分工\n编号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 新建学校5所 | 市教育局 | 2024年12月 |\n"
                "2 | 改造道路10公里 | 市交通局 | 2024年6月 |\n")
    assert _units(numbered) == [("1", "lead", "市教育局", "市教育局"), ("2", "lead", "市交通局", "市交通局")]
    again = ("任务分工\n任务项\n工作内容\n牵头单位\n1\n新建学校5所\n市教育局\n任务项\n工作内容\n牵头单位\n2\n"
             "改造道路10公里\n市交通局\n")
    assert _units(again) == [("1", "lead", "市教育局", "市教育局"), ("2", "lead", "市交通局", "市交通局")]


def test_a_bare_number_between_rows_of_bars_is_a_page_number():
    # rv47 u01, u02: a table one row a line between |, a page number 3 printed between its rows or under its
    # last one opens no row (it has no cells); the row 3 after it is read
    rows = "任务分工\n序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 新建学校5所 | 市教育局 | 2024年12月 |\n" \
           "2 | 改造道路10公里 | 市交通局 | 2024年6月 |\n3\n"
    inside = rows + "3 | 建成公园2个 | 市园林局 | 2024年9月 |\n4 | 新增绿地100亩 | 市林业局 | 2024年10月 |\n"
    doc = planparse.parse(inside)
    assert [(s.id, s.title) for s in doc.sections] == [
        ("1", "新建学校5所"), ("2", "改造道路10公里"), ("3", "建成公园2个"), ("4", "新增绿地100亩")]
    assert _units(inside) == [("1", "lead", "市教育局", "市教育局"), ("2", "lead", "市交通局", "市交通局"),
                              ("3", "lead", "市园林局", "市园林局"), ("4", "lead", "市林业局", "市林业局")]
    assert [(d.section, d.text, d.date) for d in doc.deadlines] == [
        ("1", "2024年12月", "2024-12-31"), ("2", "2024年6月", "2024-06-30"), ("3", "2024年9月", "2024-09-30"),
        ("4", "2024年10月", "2024-10-31")]
    doc = planparse.parse(rows)
    assert [(s.id, s.title) for s in doc.sections] == [("1", "新建学校5所"), ("2", "改造道路10公里")]


def test_a_header_has_at_most_16_cells_after_the_serial_one():
    # rv47 item 5: placing a row's pieces under the columns (_assign) is cubic in the column count (a |
    # header of 400 cells took 5.7 s). The widest header in the corpus has 9 cells after 序号 (崇川 民生实事
    # 2023), so a line of more than 16 is no header, printed between | or between spaces, with a serial
    # column or none
    labels, cells = ["工作任务", "牵头单位", "完成时限"] * 6, ["新建学校5所", "市教育局", "2024年12月"] * 6

    def wide(k: int, sep: str) -> str:
        return "任务分工\n" + sep.join(["序号", *labels[:k]]) + sep + "\n" + sep.join(["1", *cells[:k]]) + sep + "\n"
    assert [(n, role) for n, role, _ in _cells(wide(15, " | "))][:3] == [(1, "task"), (1, "lead"), (1, "due")]
    assert len(_cells(wide(16, " | "))) == 16
    assert _cells(wide(17, " | ")) == []
    assert len(_cells(wide(16, " "))) == 16
    assert _cells(wide(17, " ")) == []
    def no_serial(k: int) -> str:
        return " | ".join(labels[:k]) + "\n" + " | ".join(cells[:k]) + "\n"
    assert len(_cells(no_serial(16))) == 16
    assert _cells(no_serial(17)) == []


# rv47 x01: a 任务分工 table saved one cell a line whose 配合单位 cell is a list printed one name a line (the
# cell's line breaks kept: 市教育局 / 市财政局 / …), more lines than twice the columns: the row goes on
# to the next row's number (2), it is not prose after the table's last row
_LONG_CELL = "任务分工\n序号\n工作任务\n完成时限\n配合单位\n1\n新建学校5所\n2024年12月\n" + "".join(
    f"{u}\n" for u in ("市教育局", "市财政局", "市住建局", "市交通局", "市水利局", "市农业农村局", "市林业局",
                       "市卫健委", "市民政局", "市人社局", "市商务局", "市文旅局")) + \
    "2\n改造道路10公里\n2024年6月\n市交通局\n3\n建成公园2个\n2024年9月\n市园林局\n"


def test_a_unit_cell_printed_one_name_a_line_does_not_end_the_table():
    cells = _cells(_LONG_CELL)
    assert [(n, role) for n, role, _ in cells] == [
        (1, "task"), (1, "due"), (1, "support"), (2, "task"), (2, "due"), (2, "support"), (3, "task"), (3, "due"),
        (3, "support")]
    assert cells[2][2].split("\n") == ["市教育局", "市财政局", "市住建局", "市交通局", "市水利局", "市农业农村局",
                                       "市林业局", "市卫健委", "市民政局", "市人社局", "市商务局", "市文旅局"]
    doc = planparse.parse(_LONG_CELL)
    assert [(s.id, s.title) for s in doc.sections] == [("1", "新建学校5所"), ("2", "改造道路10公里"), ("3", "建成公园2个")]
    units = _units(_LONG_CELL)
    assert [u for u in units if u[0] != "1"] == [("2", "support", "市交通局", "市交通局"),
                                                ("3", "support", "市园林局", "市园林局")]
    assert len([u for u in units if u[0] == "1" and u[1] == "support"]) == 12
    # the cells after the unit cell (牵头单位 / 配合单位 / 完成时限: … / 市文旅局 / 2024年12月 / 2) or names ending in 、
    due_last = _LONG_CELL.replace("完成时限\n配合单位\n", "配合单位\n完成时限\n").replace("2024年12月\n", "") \
        .replace("市文旅局\n", "市文旅局\n2024年12月\n")
    assert [(n, role) for n, role, _ in _cells(due_last)][:4] == [(1, "task"), (1, "support"), (1, "due"), (2, "task")]
    listed = _LONG_CELL.replace("局\n", "局、\n").replace("委\n", "委、\n")
    assert sorted({n for n, _, _ in _cells(listed)}) == [1, 2, 3]
    # the table's last row, the same cell, then prose: the prose is no cell (the row keeps one piece a column)
    prose = _LONG_CELL.replace("2\n改造道路10公里\n2024年6月\n市交通局\n3\n建成公园2个\n2024年9月\n市园林局\n", "") + \
        "各单位要高度重视\n加强统筹协调\n确保按时完成\n认真抓好落实\n"
    assert [(n, role) for n, role, _ in _cells(prose)] == [(1, "task"), (1, "due"), (1, "support")]


def test_a_yes_no_cell_holding_完成_is_no_time_cell():
    # 怀远 (b4405) row 53 with its 是否 column printed before the time column: 完成 there is a yes/no
    # answer, not a time (tables.toml due_cell fully matches 完成 too), so the row's due cell is its date alone
    text = """序号

目标任务

牵头责任单位

是否完成

计划完成时间

53

加快推动农业规模化经营,完成“一村一块田”改革试验20万亩,全县土地流转率达60%。

经管站

完成

2023年底
"""
    assert _cells(text) == [
        (53, "task", "加快推动农业规模化经营,完成“一村一块田”改革试验20万亩,全县土地流转率达60%。"),
        (53, "lead", "经管站"),
        (53, "other", "完成"),
        (53, "due", "2023年底"),
    ]
