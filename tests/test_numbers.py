"""The numbers layer: values of numeral expressions and ranges, and the `number` fragment that finds them."""
from __future__ import annotations


import pytest

from planparse.normalize import normalize
from planparse.numbers import normalize_number, parse_number, parse_range
from planparse.patterns import load_patterns


@pytest.mark.parametrize("text,value", [
    ("83", 83), ("1,234.5", 1234.5), ("１２．５", 12.5), (" 96.10 ", 96.1),
    ("一千二百三十四", 1234), ("两", 2), ("〇", 0), ("零", 0), ("十二万三千", 123000),
    ("一万零五十四", 10054), ("壹佰万零伍拾肆", 1000054), ("拾万零五十六", 100056),
    ("1.1万", 11000), ("1149.312万", 11493120), ("0.59亿", 59000000), ("三点五亿", 350000000),
    ("2千零30万", 20300000), ("5万4千6百", 54600), ("两个亿", 200000000), ("十万亿", 10**13),
    ("三万五", 35000), ("一百二", 120), ("两千三点一", 2300.1), ("一千零三", 1003),
    ("二〇〇二", 2002), ("负三点八", -3.8), ("-10.1万", -101000), ("三分之一", 1 / 3),
    ("一半", 0.5), ("十多万", 100000), ("1000余万", 10000000),
    ("365.15 万", 3651500), ("11656.26 万", 116562600), ("200 余万", 2000000), ("1.3 亿", 130000000),
])
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == pytest.approx(value)
    assert isinstance(got, int) == isinstance(value, int)


@pytest.mark.parametrize("text", ["", "abc", "百姓", "十四五", "5-10", "1.5.3", "负", "两千三点", "5G", "3 5", "5 千"])
def test_not_a_number(text):
    assert parse_number(text) is None


def test_exact_decimal_arithmetic():
    # Decimal, not float: 1.1 * 10000 must not become 11000.000000000002
    assert parse_number("1.1万") == 11000 and type(parse_number("1.1万")) is int
    assert normalize_number("0.59亿") == {"value": 59000000}
    assert normalize_number("统一") is None


@pytest.mark.parametrize("text,low,high", [
    ("5-10", 5, 10), ("2至3", 2, 3), ("1—2", 1, 2), ("0.6~1.2万", 6000, 12000),
    ("两到三万", 20000, 30000), ("500-1万", 500, 10000), ("3～5", 3, 5),
])
def test_parse_range(text, low, high):
    assert parse_range(text) == (low, high)


def test_parse_range_rejects_single_numbers():
    assert parse_range("10") is None
    assert parse_range("到10") is None


def _found(text):
    """(numeral as printed, value) of each match of numbers.toml `number` in text, as rule files use it."""
    norm = normalize(text).norm
    number = load_patterns()["numbers"].fragment("number")
    return [(text[m.start():m.end()], parse_number(m.group())) for m in number.finditer(norm)]


def test_number_arabic_and_mixed():
    assert _found("新建5-10个,投资1.1万元,约0.59亿元") == [("5", 5), ("10", 10), ("1.1万", 11000), ("0.59亿", 59000000)]
    assert _found("增长-3.5%") == [("-3.5", -3.5)]


def test_number_digits_follow_only_places():
    # 六统一100%: a Chinese digit run is followed only by a place word, so 一 does not swallow 100
    assert _found("落实六统一100%") == [("六", 6), ("100", 100)]
    assert _found("共1000余万元,十多万人") == [("1000余万", 10000000), ("十多万", 100000)]


def test_number_thousand_inside_a_unit():
    # 千 of 千米/千克/千瓦/千伏安 belongs to the unit: 1.5万千伏安 is 15000 千伏安, not 1.5万千 (round 28)
    assert _found("新增配变容量1.5万千伏安,装机1.5万千瓦") == [("1.5万", 15000), ("1.5万", 15000)]


def test_number_count_before_a_size_qualifier():
    # 3个亿元以上项目: 3 counts projects each worth 亿元以上 (r33 安吉昌硕街道总结; 柯城农业总结), not 3亿元;
    # 4.9个亿 followed by no qualifier stays an amount
    assert _found("招引浙江南北能源等3个亿元以上项目,5个亿元以上的农业项目") == [("3", 3), ("5", 5)]
    assert _found("完成固定资产投资4.9个亿,同比增长28%") == [("4.9个亿", 490000000), ("28", 28)]


def test_number_bare_place_before_more():
    # 千余份, 百余人次: 一 is left out before a place word followed by 余/多 (real notices, round 6);
    # a bare place word anywhere else is a word (百姓, 千家万户), and 数百 is vague
    assert _found("发放宣传资料千余份,咨询百余人次,开展十余场") == [("千", 1000), ("百", 100), ("十", 10)]
    assert _found("百姓满意,千家万户,数百余人") == []


def test_number_skips_ascii_tokens():
    assert _found("通过ISO15189认证,建设5G网络,防控H7N9,COVID-19疫情") == []


def test_number_hyphen_after_a_unit_is_a_range():
    # 3万元-5万元: the - after a number's unit joins a range, it is no minus sign; 减负 is a word (round 42)
    assert _found("给予3万元-5万元的资金支持,为企业减负1800亿元,增长-3.5%") == [
        ("3万", 30000), ("5万", 50000), ("1800亿", 180000000000), ("-3.5", -3.5)]


def test_number_after_gdp():
    # GDP names a quantity, not a model or code: 占GDP16.5% is a share of GDP (round 42, a known miss);
    # the other letter runs stay names (ISO15189, PM2.5 is one token)
    assert _found("研发投入占GDP16.5%,单位GDP能耗下降3%") == [("16.5", 16.5), ("3", 3)]
    assert _found("PM2.5浓度,ISO15189") == []


def test_number_reads_no_value_in_mixed_numeral_runs():
    # digits, 万, then a run of Chinese numerals is no number; that such a line takes linear time
    # is bench/bench_linear.py's "runs-numerals" shape.
    line = ("1" * 50 + "万" + "二" * 50 + ",") * 5000
    assert [v for _, v in _found(line) if v is not None] == []
    assert [v for _, v in _found("11111万,二十,")] == [111110000, 20]


def test_plain_digits_take_a_shortcut_that_agrees_with_the_grammar():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from planparse.numbers import _parse_number

    digits = st.text("0123456789", min_size=1, max_size=12)

    @settings(max_examples=300, deadline=None)
    @given(digits, st.none() | digits)
    def check(whole, fraction):
        text = whole if fraction is None else f"{whole}.{fraction}"
        value = parse_number(text)
        assert value == _parse_number(text, None) and type(value) is type(_parse_number(text, None))

    check()
