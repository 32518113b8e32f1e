"""Hostile and odd input (issue 5): never a crash, never a wrong span, a sensible result.

Each input is a regression case for something archives really contain: empty files, markers
with nothing after them, runs of one symbol, control characters, megabytes on one line, odd
numbering. Every case checks the contract invariants; where a result makes sense it checks that
too (20,000 "1." lines are not 20,000 sections). Full-size inputs that take more than a second
or two run under `-m slow`; the default run uses a smaller size of the same shape.
"""
from __future__ import annotations

import pytest

import planparse
from conftest import SAMPLES
from helpers import assert_contract_invariants

RECORD_KINDS = ("targets", "percentages", "deadlines", "responsible_units")


def parse_checked(text: str, **kwargs):
    doc = planparse.parse(text, **kwargs)
    assert_contract_invariants(text, doc)
    return doc


def all_sections(doc):
    return list(doc.iter_sections())


def records(doc):
    return {kind: getattr(doc, kind) for kind in RECORD_KINDS}


def no_records(doc) -> bool:
    return not any(records(doc).values())


def tree(doc) -> list[tuple[str, str]]:
    return [(s.id, s.marker) for s in doc.iter_sections()]


def sample_one_line(size: int) -> str:
    """Sample text with every line break removed, repeated up to `size` characters."""
    one = "".join(p.read_text(encoding="utf-8") for p in SAMPLES).replace("\r", "").replace("\n", "")
    return (one * (size // len(one) + 1))[:size]


# -- nothing to read ---------------------------------------------------------------------------

def test_empty_text_gives_an_empty_document():
    doc = parse_checked("")
    assert doc.sections == [] and no_records(doc)


@pytest.mark.parametrize("text", [" ", "\n", "\r\n\r\n", "\t \u3000\u00a0\r\n\u3000\u3000", "\u200b\ufeff\n" * 50],
                         ids=["space", "newline", "crlf", "mixed-spaces", "zero-width"])
def test_whitespace_only_gives_an_empty_document(text):
    doc = parse_checked(text)
    assert doc.sections == [] and no_records(doc)


@pytest.mark.parametrize("marker", ["一、", "(一)", "（一）", "1.", "１．", "①", "第一章"])
def test_lone_marker_is_at_most_one_section_and_no_records(marker):
    doc = parse_checked(marker)
    assert len(all_sections(doc)) <= 1
    assert no_records(doc)
    for text in (marker + "\n", "\n" + marker + "\n\n"):
        assert len(all_sections(parse_checked(text))) <= 1


# -- runs of one thing -------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["", "\n", " "], ids=["one-line", "lines", "spaces"])
def test_5000_cn_paren_markers_in_a_row(sep):
    doc = parse_checked(sep.join(["(一)"] * 5000))
    assert len(all_sections(doc)) <= 1, "a repeated (一) is not a new heading each time"
    assert no_records(doc)


FULL_SIZE = pytest.mark.slow  # the full-size input of a linear but slow-ish case; the default run uses less


@pytest.mark.parametrize("count", [4000, pytest.param(20000, marks=FULL_SIZE)])
@pytest.mark.parametrize("sep", ["", "\n", " ", "\r\n"], ids=["one-line", "lines", "spaces", "crlf"])
def test_20000_arabic_markers_in_a_row_are_not_20000_sections(sep, count):
    doc = parse_checked(sep.join(["1."] * count))
    assert len(all_sections(doc)) <= 1
    assert no_records(doc)


def test_counting_markers_without_titles_stay_a_flat_list():
    text = "\n".join(f"{i}." for i in range(1, 3001))
    doc = parse_checked(text)
    ids = [s.id for s in all_sections(doc)]
    assert len(ids) == len(set(ids))
    assert all(s.level == 1 for s in all_sections(doc))


def test_10000_percent_signs_give_no_percentages():
    for text in ("%" * 10000, "％" * 10000, "%\n" * 5000, "1" + "%" * 10000):
        doc = parse_checked(text)
        assert len(doc.percentages) <= 1
        assert len(doc.targets) <= 1


def test_30000_nian_give_no_dates():
    for text in ("年" * 30000, "年底前" * 10000, "2023年" + "年" * 30000, "月" * 10000 + "底前"):
        doc = parse_checked(text)
        assert len(doc.deadlines) <= 1
        assert len(doc.targets) <= 1


def test_long_runs_of_digits_and_separators():
    for text in ("9" * 50000, "1.2." * 10000, "1,000," * 5000, "①" * 10000, "(" * 20000 + ")" * 20000):
        parse_checked(text)


@pytest.mark.parametrize("count", [1500, pytest.param(20000, marks=FULL_SIZE)])
@pytest.mark.parametrize("digit", ["一", "十", "〇", "两"])
def test_long_run_of_one_chinese_digit(digit, count):
    """Quadratic in numbers.toml `number` (a match is retried at every digit of the run): see report."""
    doc = parse_checked(digit * count)
    assert not doc.targets and not doc.percentages


# -- characters that should not be there -------------------------------------------------------

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\n\r") + "\x7f\x85\x9f"
SPACE_LIKE = " \t\u00a0\u2002\u2003\u3000"  # all normalize to a plain space, as controls do


def test_control_characters_alone():
    parse_checked((CONTROLS + "\u2028\u2029\ufffe\uffff") * 200)
    parse_checked("\x00" * 10000)


def test_nul_and_controls_inside_a_notice_change_no_value():
    """Controls normalize to a space: the notice with NUL etc. in place of spaces reads the same."""
    source = SAMPLES[0].read_text(encoding="utf-8")
    dirty = "".join(CONTROLS[i % len(CONTROLS)] if ch in SPACE_LIKE else ch for i, ch in enumerate(source))
    assert dirty != source and len(dirty) == len(source)
    clean_doc, dirty_doc = parse_checked(source), parse_checked(dirty)
    assert tree(dirty_doc) == tree(clean_doc)
    for kind in RECORD_KINDS:
        want = [r.model_dump(exclude={"text", "name", "indicator"}) for r in getattr(clean_doc, kind)]
        got = [r.model_dump(exclude={"text", "name", "indicator"}) for r in getattr(dirty_doc, kind)]
        assert got == want, kind


def test_nul_between_every_character_of_a_heading_line():
    parse_checked("\x00".join("一、总体要求\n(一)到2025年底,覆盖率达到95%以上。\n"))


def test_surrogates_and_private_use_and_astral_characters():
    parse_checked("一、\ud800\udfff总体要求\ue000\U0001f600\n1.到2025年底前达到95%\U00020000。")


# -- very long lines ---------------------------------------------------------------------------

def _check_one_line(size: int):
    text = sample_one_line(size)
    assert "\n" not in text and len(text) == size
    doc = parse_checked(text)
    assert doc.percentages, "a one-line notice is still read"
    assert len(all_sections(doc)) > 5, "headings are found after sentence ends"


def test_long_single_line_of_sample_text():
    _check_one_line(100_000)


@pytest.mark.slow
def test_500k_single_line_of_sample_text():
    _check_one_line(500_000)


def test_one_line_notice_mentioning_a_web_page_cue_is_content():
    """A cue such as 当前位置 marks a short chrome line, not a whole one-line document."""
    text = "当前位置:首页 > 政策文件 " + sample_one_line(20_000)
    doc = parse_checked(text)
    assert doc.percentages and doc.sections


def test_long_line_without_any_break():
    parse_checked("加强" * 100_000)
    parse_checked("到2025年底前覆盖率达到95%以上" * 200)


@pytest.mark.slow
def test_one_long_sentence_with_5000_numbers():
    """No sentence end, 15,000 numbers: targets compares every number with every other (report)."""
    parse_checked("到2025年底前覆盖率达到95%以上" * 5000)


# -- numbering ---------------------------------------------------------------------------------

NESTED = "第一部分 总结\n第一章 总则\n第一节 目标\n一、总体要求\n(一)主要目标\n1.提高覆盖\n(1)加强监测\n1)建立台账\n①建立制度\n"


def test_deeply_nested_numbering_nests():
    doc = parse_checked(NESTED)
    assert [s.id for s in all_sections(doc)][-1] == ".".join(["1"] * 9)
    assert [s.level for s in all_sections(doc)] == list(range(1, 10))


def test_deeply_nested_numbering_on_one_line():
    text = "一、总体要求。(一)主要目标。1.到2025年底前覆盖率达到95%。(1)加强监测。①建立制度。" * 3
    doc = parse_checked(text)
    assert doc.sections


def test_nested_numbering_repeated_many_times():
    doc = parse_checked(NESTED * 500)
    ids = [s.id for s in all_sections(doc)]
    assert len(ids) == len(set(ids))


def test_numbering_that_skips_a_little_keeps_going():
    doc = parse_checked("一、甲\n三、乙\n四、丙\n")
    assert [s.id for s in doc.sections] == ["1", "3", "4"]


def test_numbering_that_jumps_far_is_prose():
    doc = parse_checked("一、甲\n二、乙\n十五、丙\n三、丁\n")
    assert [s.id for s in doc.sections] == ["1", "2", "3"]


def test_repeated_number_is_not_a_second_heading():
    doc = parse_checked("一、甲\n二、乙\n二、乙乙\n三、丙\n")
    assert [s.id for s in doc.sections] == ["1", "2", "3"]


def test_numbering_that_restarts_keeps_ids_unique():
    doc = parse_checked("一、甲\n1.子\n2.子\n二、乙\n1.子\n2.子\n一、第二部分\n1.子\n二、再\n")
    ids = [s.id for s in all_sections(doc)]
    assert len(ids) == len(set(ids))
    assert [s.id for s in doc.sections] == ["1", "2", "1-2", "2-2"]
    assert [c.id for c in doc.sections[1].children] == ["2.1", "2.2"]


def test_numbering_backwards_and_out_of_order():
    doc = parse_checked("\n".join(f"{n}.条目" for n in (5, 4, 3, 2, 1, 9, 7, 8, 100, 2, 3)))
    ids = [s.id for s in all_sections(doc)]
    assert len(ids) == len(set(ids))


def test_numbering_restarting_many_times():
    doc = parse_checked("\n".join(["一、甲", "二、乙"] * 2000))
    ids = [s.id for s in all_sections(doc)]
    assert len(ids) == len(set(ids))


def test_huge_ordinals():
    parse_checked("一百零五、甲\n九百九十九、乙\n999.丙\n(99)丁\n第九百九十九章 戊\n第999条 己")


# -- files -------------------------------------------------------------------------------------

def test_utf8_file_with_a_stray_nul_is_read(tmp_path):
    """A NUL or two in a UTF-8 notice (PDF extraction damage) is a control character, not binary."""
    text = SAMPLES[0].read_text(encoding="utf-8")
    damaged = text[:200] + "\x00" + text[200:1000] + "\x00\x01" + text[1000:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(damaged.encode("utf-8"))
    doc = planparse.parse_file(path)
    assert_contract_invariants(damaged, doc)
    assert tree(doc) == tree(planparse.parse(text))


@pytest.mark.parametrize("data", [
    "一、总体要求\n到2025年底达到95%。".encode("utf-16-le"),  # UTF-16 without its BOM
    bytes(range(256)) * 16,
    b"\x00" * 4096 + "一、总体要求".encode(),
    b"PK\x03\x04" + b"\x00\x14\x00\x06\x00" * 100,
])
def test_files_full_of_nuls_are_still_binary(tmp_path, data):
    path = tmp_path / "bin.dat"
    path.write_bytes(data)
    with pytest.raises(planparse.ReadError):
        planparse.parse_file(path)


def test_alternating_major_and_minor_styles_build_a_sound_tree():
    text = "".join(f"{'二三四五六七八九'[i % 8]}、标题\n第一章 总则\n" for i in range(400))
    doc = planparse.parse(text)
    assert_contract_invariants(text, doc)
    assert doc.sections and all(s.marker.startswith("第") for s in doc.sections)
