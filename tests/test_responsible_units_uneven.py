"""The plain one-cell-per-line table whose rows differ in line count (tables.py): rows from one
row-number line to the next, org cells of a row below another filling the unit columns from the right."""
from __future__ import annotations

import planparse


def _units(text: str) -> list[tuple[str, str, str]]:
    doc = planparse.parse(text)
    return [(u.section, u.role, u.name) for u in doc.responsible_units]


HEADER = "序号\n重点任务\n完成时限\n牵头单位\n配合单位\n"


def test_merged_lead_cell_leaves_the_support_column_read():
    # row 2's lead cell is merged into row 1's: its one org cell is the supporter
    text = HEADER + ("1\n建设智慧农业平台。\n12月底前\n县农业农村局\n县财政局\n"
                     "2\n推广绿色种养技术。\n县科技局\n"
                     "3\n开展农产品质量抽检。\n6月底前\n县市场监管局\n县农业农村局\n")
    assert _units(text) == [
        ("1", "lead", "县农业农村局"), ("1", "support", "县财政局"),
        ("2", "support", "县科技局"),
        ("3", "lead", "县市场监管局"), ("3", "support", "县农业农村局"),
    ]


def test_more_cells_than_columns_go_to_the_first():
    text = HEADER + ("1\n建设智慧农业平台。\n12月底前\n县农业农村局\n县发展改革局\n县财政局\n"
                     "2\n推广绿色种养技术。\n县科技局\n")
    assert _units(text) == [
        ("1", "lead", "县农业农村局"), ("1", "lead", "县发展改革局"), ("1", "support", "县财政局"),
        ("2", "support", "县科技局"),
    ]


def test_a_value_cell_equal_to_the_next_row_number_is_not_a_row():
    # "2" (万亩) comes before row 2's number: the later "2" opens the row, so row 1 keeps its units
    text = ("序号\n指标\n单位\n目标值\n责任单位\n配合单位\n"
            "1\n粮食播种面积\n万亩\n2\n县农业农村局\n县财政局\n"
            "2\n生猪存栏\n万头\n县农业农村局\n"
            "3\n家禽出栏\n万只\n0.5\n县农业农村局\n县市场监管局\n")
    assert _units(text) == [
        ("1", "responsible", "县农业农村局"), ("1", "support", "县财政局"),
        ("2", "support", "县农业农村局"),
        ("3", "responsible", "县农业农村局"), ("3", "support", "县市场监管局"),
    ]


def test_the_last_row_ends_at_a_wider_blank_gap():
    # the signature after the table is apart by a blank line, the cells are not
    text = HEADER + ("1\n建设智慧农业平台。\n12月底前\n县农业农村局\n县财政局\n"
                     "2\n推广绿色种养技术。\n县科技局\n"
                     "\n县人民政府办公室\n")
    assert _units(text) == [
        ("1", "lead", "县农业农村局"), ("1", "support", "县财政局"), ("2", "support", "县科技局"),
    ]


def test_rows_of_one_line_count_are_read_by_place():
    # even rows keep the fixed-width reading: a cell that is no whole name list is still read
    text = HEADER + ("1\n建设智慧农业平台。\n12月底前\n县农业农村局牵头\n县财政局\n"
                     "2\n推广绿色种养技术。\n6月底前\n县科技局\n县农业农村局\n")
    assert ("1", "lead", "县农业农村局") in _units(text)


def test_a_selection_of_rows_from_a_longer_table_keeps_reading_past_the_skip():
    # devgold d2701 怀远 农业农村局 完成情况 2023: one office's rows 6, 52, 53, 54 of the county's task
    # table, one cell per line between blank lines; row 6 holds a stray 2, row 52 an empty cell,
    # row 54 two units on lines of their own. Only row 6 was read: the rows had to go up one by one.
    text = ("农业农村局2023年11月承担政府重点工作完成情况\n\n序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n"
            "目前完成情况\n\n是否达到序时进度\n\n"
            "6\n\n农村常住居民人均可支配收入与经济增长同步。\n\n经管站\n\n2\n\n2023年底\n\n三季度绝对数16285元,增幅7.4%\n\n"
            "52\n\n建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。\n\n农田建设管理股、农业股\n\n2023年底\n\n"
            "高标准农田8.3万亩正在施工中。\n\n \n\n"
            "53\n\n加快推动农业规模化经营。\n\n经管站\n\n2023年底\n\n已累计完成改革试验面积31.7万亩。\n\n"
            "54\n\n加强农产品品牌建设。\n\n农业股\n\n乡村产业发展股\n\n2023年底\n\n完成“三品一标”认证10个。\n")
    assert _units(text) == [
        ("6", "lead", "经管站"), ("52", "lead", "农田建设管理股"), ("52", "lead", "农业股"),
        ("53", "lead", "经管站"), ("54", "lead", "农业股"), ("54", "lead", "乡村产业发展股"),
    ]
