"""The plain one-cell-per-line table whose rows differ in line count (_PlainCellLines._uneven_rows):
rows from one row-number line to the next, org cells filling the unit columns from the right."""
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
