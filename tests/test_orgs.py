"""The organization-name finder (orgs.py): jieba loading, tokens, and reading windows."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planparse.orgs import finder
from planparse.patterns import load_patterns

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def orgs():
    return finder(load_patterns())


def names(spans, text):
    return [text[s:e] for s, e in spans]


def _probe(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, text=True)


def test_jieba_is_loaded_only_when_a_cue_is_present():
    proc = _probe("import sys, planparse\n"
                  "planparse.parse('一、总体要求\\n1.全市居民健康素养水平达25%以上。')\n"
                  "assert 'jieba' not in sys.modules, 'jieba imported without a cue'\n"
                  "planparse.parse('(区教育局负责)')\n"
                  "assert 'jieba' in sys.modules\n")
    assert proc.returncode == 0, proc.stderr


def test_jieba_import_skips_pkg_resources_and_restores_modules_and_is_quiet():
    proc = _probe("import sys, planparse\n"
                  "had = 'pkg_resources' in sys.modules\n"
                  "doc = planparse.parse('由市卫生健康局牵头')\n"
                  "assert [u.name for u in doc.responsible_units] == ['市卫生健康局']\n"
                  "assert ('pkg_resources' in sys.modules) == had\n"
                  "assert sys.modules.get('pkg_resources', 1) is not None\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no "Building prefix dict…" chatter


HMM_CUT = "import jieba; print(list(jieba.finalseg.cut('他来到了网易杭研大厦')))"


def test_jiebas_hmm_is_not_loaded_by_planparse_yet_works_for_other_code():
    proc = _probe("import sys, planparse\n"
                  "doc = planparse.parse('由市卫生健康局牵头')\n"
                  "assert [u.name for u in doc.responsible_units] == ['市卫生健康局']\n"
                  "assert 'jieba.finalseg.prob_emit' not in sys.modules, 'HMM tables loaded'\n"
                  + HMM_CUT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == _probe(HMM_CUT).stdout != ""


def test_tokenizer_uses_the_small_generated_dictionary(orgs):
    tok = orgs.tokenizer
    assert Path(tok.dictionary).name.startswith("planparse-orgs-")
    assert Path(tok.dictionary).read_text(encoding="utf-8") == orgs.dictionary_text
    assert len(tok.FREQ) < 20000  # the default dictionary has ~350,000 entries


def test_tokens_carry_absolute_offsets_and_word_classes(orgs):
    text = "xx由卫健委医政科牵头"
    toks = orgs.tokens(text, 2, len(text))
    assert [(t.word, t.kind) for t in toks] == [("由", "boundary"), ("卫健委", "suffix"), ("医政科", "known"),
                                                ("牵头", "boundary")]
    assert all(text[t.start:t.end] == t.word for t in toks)


def test_person_words_are_not_names_ending_in_an_organization_character(orgs):
    text = "党委领导下的院长负责制"
    kinds = {t.word: t.kind for t in orgs.tokens(text, 0, len(text))}
    assert kinds["院长"] == "person"
    assert names(orgs.names_at_end(text, 0, text.index("负责")), text) == []


def test_short_parentheses_are_one_token(orgs):
    text = "各县(市、区)党委"
    assert [t.word for t in orgs.tokens(text, 0, len(text))] == ["各县", "(市、区)", "党委"]


@pytest.mark.parametrize("text,expected", [
    ("市第一医院建设胸痛中心", ["市第一医院"]),
    ("奉贤区基层中医药实践推广培训基地,举办", ["奉贤区基层中医药实践推广培训基地"]),
    ("区安宁疗护服务管理中心以及市级安宁疗护社区示范基地建设", ["区安宁疗护服务管理中心", "市级安宁疗护社区示范基地"]),
    ("全市各县(市、区)党委、政府和市直各单位结合实际", ["各县(市、区)党委、政府", "市直各单位"]),
    ("属地医疗机构与学校建立协同对接机制", ["属地医疗机构"]),  # 与 introduces a partner here
    ("县疾控中心深入企业开展宣传", ["县疾控中心"]),
    # a lone level character after a glossed place continues the list of places (各县(市)、区, as 各县、区):
    # alone it names nothing (新乡 工程技术研究中心申报 2021, blind47c c4723 "由各县(市)、区统一收集汇总")
    ("各县(市)、区统一收集汇总", ["各县(市)、区"]),
    ("各县(区)、市统一组织", ["各县(区)、市"]),
    ("现有资源", []),
    ("、计划生育家庭帮扶", []),
])
def test_names_at_start(orgs, text, expected):
    assert names(orgs.names_at_start(text, 0, len(text)), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("加强监督,区教育局", ["区教育局"]),
    ("市医保局、市财政局", ["市医保局", "市财政局"]),
    ("正安、务川两县", ["正安、务川两县"]),
    ("加强协调", []),
    ("指定具体工作人员专门", []),
])
def test_names_at_end(orgs, text, expected):
    assert names(orgs.names_at_end(text, 0, len(text)), text) == expected


@pytest.mark.parametrize("text,expected", [
    ("乡(镇)政府和村委会", ["乡(镇)政府", "村委会"]),
    ("各级党委和政府", ["各级党委和政府"]),
    ("市委、市政府", ["市委", "市政府"]),
    ("市、县卫生健康部门党组", ["市、县卫生健康部门党组"]),
    ("疾控、卫生监督所", ["疾控", "卫生监督所"]),
    ("11家乡镇分院、3家社区卫生服务站", ["乡镇分院", "社区卫生服务站"]),
    ("总院与医共体成员单位", ["总院", "医共体成员单位"]),
    ("二级以上公立医院", []),       # a category, not a doer
    ("设党委的公立医院", []),
    ("我局", []),
    ("领导班子", []),
    ("发挥总院", []),               # a verb before the name: all or nothing
    ("医共体各乡镇分院", ["各乡镇分院"]),   # head + 各 + a place level + a name: the minimal name (round 29)
    ("区政府各部门", ["区政府各部门"]),     # 各 before a bare head: the head's own units, kept whole
    ("各级人民政府和司法行政机关", ["各级人民政府", "司法行政机关"]),
])
def test_names_in_a_subject_window(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected


def test_labelled_lists_accept_names_without_an_organization_word(orgs):
    text = "团市委、市城投、市卫健委等"
    assert names(orgs.names_in(text, 0, len(text), strict=False), text) == ["团市委", "市城投", "市卫健委"]


def test_addressee_lists_split_on_commas_and_keep_shared_heads(orgs):
    text = "各县、自治县、区(市)卫生健康局,市直医疗卫生单位,局(计生协会)机关各科室"
    assert names(orgs.names_in(text, 0, len(text), strict=True, commas=True), text) == [
        "各县、自治县、区(市)卫生健康局", "市直医疗卫生单位", "局(计生协会)机关各科室"]


def test_lone_generic_heads_are_not_names(orgs):
    text = "中心全覆盖"
    assert orgs.names_at_start(text, 0, len(text)) == []


def test_subject_rule_final_characters_cover_the_vocabulary():
    pats = load_patterns()
    final = pats["responsible_units"].fragment("org_final")
    lists = pats["organizations"].spec.lists
    words = [w for key in ("suffix", "known", "level", "shared_head", "sector") for w in lists[key]]
    assert [w for w in words if not final.fullmatch(w[-1])] == []


@pytest.mark.parametrize("text,expected", [
    # 全国 before a name word is part of a national body's name (全国爱卫办, 全国总工会); the other 全X only
    # mark the scope and stay out of the minimal name (blind45 b4501/b4509 gold: 市场监管部门, 交通运输系统)
    ("全国爱卫办", ["全国爱卫办"]),
    ("全市教育系统", ["教育系统"]),
    ("全市市场监管部门", ["市场监管部门"]),
    # 全国 stays before a name that opens with a level character (乡村…联盟: blind45b c4510 gold 全国乡村村晚联盟成员单位)
    ("全国乡村村晚联盟成员单位", ["全国乡村村晚联盟成员单位"]),
    # before a level word it is only a scope (龙岩 sample gold: 各县(市、区)党委、政府), 全国各省 too
    ("全市各县(市、区)党委、政府", ["各县(市、区)党委、政府"]),
    ("全市乡镇卫生院", ["乡镇卫生院"]),
    # fields sharing 部门 without 等 are one name too, also when the first is a name of its own (财政):
    # blind47b c4716 "由财政、税务、审计部门负责监督执行" (gold one span); a level before a later item ends the list
    ("财政、税务、审计部门", ["财政、税务、审计部门"]),
    ("财政、审计部门", ["财政、审计部门"]),
    ("县财政、县审计局", ["县财政", "县审计局"]),
    # 系统 ends a name only after a 全X
    ("教育系统", []),
    ("全民健康信息系统", []),
])
def test_area_scope_words_and_sector_heads(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), strict=True), text) == expected


def test_area_scope_words_are_scope_words():
    # area_scope says which scope words may stay before a name; they are skipped as scope first,
    # so each must be a scope word too (and area_name, the 全X that is part of a name, an area_scope word)
    lists = load_patterns()["organizations"].spec.lists
    assert set(lists["area_scope"]) <= set(lists["scope"])
    assert set(lists["area_name"]) <= set(lists["area_scope"])


def test_area_scope_word_before_a_name_at_the_end(orgs):
    text = "全国爱卫办负责"
    assert names(orgs.names_at_end(text, 0, len(text) - 2), text) == ["全国爱卫办"]


def test_subject_rule_predicate_gate_covers_the_predicate_words():
    rules = load_patterns()["responsible_units"]
    first = rules.fragment("predicate_first")
    words = [w for key in ("adverb", "preposition", "action", "modal", "manner") for w in rules.spec.lists[key]]
    assert [w for w in words if not first.fullmatch(w[0])] == []


def test_subject_rule_does_not_read_a_name_word_as_its_predicate():
    pats = load_patterns()
    rules, lists = pats["responsible_units"], pats["organizations"].spec.lists
    words = [w for key in ("suffix", "known", "level", "shared_head") for w in lists[key]]
    starts_with_action = [w for w in words for a in rules.spec.lists["action"] if w.startswith(a) and w != a]
    assert sorted(set(starts_with_action) - set(rules.spec.lists["action_noun"])) == []


@pytest.mark.parametrize("text,expected", [
    # a separator inside brackets does not split; a comma always does
    ("各县区教育局(社会事务局、教育文体局),各直属学校(含民办)、高校附校",
     ["各县区教育局(社会事务局、教育文体局)", "各直属学校(含民办)", "高校附校"]),
    # places before a place with a shared head share it; places alone stay a list
    ("各县(市)、区人民政府,市直各部门", ["各县(市)、区人民政府", "市直各部门"]),
    ("城东开发区、滨江新区管委会", ["城东开发区、滨江新区管委会"]),
    ("城南新区、市第一人民医院", ["城南新区", "市第一人民医院"]),
    ("滨江区、城北区", ["滨江区", "城北区"]),
    # an item that needs a head takes the next one's; a lone head continues the one before
    ("市属、驻市有关单位", ["市属、驻市有关单位"]),
    # an item with its own 各+noun waits for no head; a lone head after a bare place is a unit of its own
    ("镇属各岗位、驻镇相关单位", ["驻镇相关单位"]),
    ("各乡镇(街道)、部门(单位)", ["各乡镇(街道)", "部门(单位)"]),
    ("市各委、办、局,区人民政府各部门、单位", ["市各委、办、局", "区人民政府各部门、单位"]),
    # 街道的党工委和办事处同乡镇的党委和政府：共用"各街道"（open46a pa08 江海区 主送；金标整段一个名称）
    ("各街道党工委、办事处,区委实施乡村振兴战略领导小组成员单位",
     ["各街道党工委、办事处", "区委实施乡村振兴战略领导小组成员单位"]),
    # 中央在X各单位 as 中央驻X单位: 在 inside the name is no preposition (甘肃 open46b pb01, devgold-un42 促进消费)
    ("省政府各部门,中央在甘各单位", ["省政府各部门", "中央在甘各单位"]),
    ("省政府各部门,中央在甘有关单位", ["省政府各部门", "中央在甘有关单位"]),
    # the same for the two levels below 中央 written together: 省市在X各单位 (环县 主送, blind45b c4509), 中省在X单位
    ("各人民团体,省市在环各单位", ["各人民团体", "省市在环各单位"]),
    ("县直各单位,中省在县单位", ["县直各单位", "中省在县单位"]),
    # 中央、省在X单位 shares 在X单位 as 中央、省驻岳单位 does (白银 open47a pc05, 怀化 realdocs rd-034)
    ("市属各企事业单位,中央、省在银有关单位", ["市属各企事业单位", "中央、省在银有关单位"]),
    ("高校附校,机关各科室", ["高校附校", "机关各科室"]),
    # 各高等院校 / 各人民团体 are items of their own, and a lone head keeps its bracketed note
    # (主送机关 of the 首都精神文明建设委员会 notice, realdocs4/y01, and of 鲁政发〔2014〕20号, y04;
    # 各大企业 is an addressee too since round 38: 大企业 is a name word (organizations.toml), as the
    # addressee ruling makes every recipient responsible; devgold u2802 keeps 重点企业 the same way)
    ("各区、县,市委各部、委、办,市政府各委、办、局(总公司),各高等院校,各人民团体,北京卫戍区、武警北京总队",
     ["各区、县", "市委各部、委、办", "市政府各委、办、局(总公司)", "各高等院校", "各人民团体", "北京卫戍区",
      "武警北京总队"]),
    ("各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校",
     ["各市人民政府", "各县(市、区)人民政府", "省政府各部门、各直属机构", "各大企业", "各高等院校"]),
    # a 直属 category has no owner of its own: after an owner's category it is that owner's (one name, as
    # the golds of open47b pd02, blind46 c4606, open48a pf04/pf06/pf09, open48b pg05 keep it); after an
    # ownerless 各科室 it names units of its own; 市直相关单位 has its own level
    ("县政府有关部门、有关直属单位,各乡镇人民政府", ["县政府有关部门、有关直属单位", "各乡镇人民政府"]),
    ("局机关各科室、直属单位", ["局机关各科室、直属单位"]),
    ("各科室、直属单位", ["各科室", "直属单位"]),
    ("市政府各部门、市直相关单位", ["市政府各部门", "市直相关单位"]),
])
def test_addressee_lists_keep_brackets_and_shared_heads(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), strict=True, commas=True), text) == expected


@pytest.mark.parametrize("text,expected", [
    # two fields joined by 和 share the head after them (names from the 拉萨 addressee list and
    # the 文化和旅游部 notices); names joined by 和 stay two, also when one has no organization word
    ("市文化和旅游局、市经济和信息化局", ["市文化和旅游局", "市经济和信息化局"]),
    ("市自然资源和规划局", ["市自然资源和规划局"]),
    ("市教育局和市卫健委", ["市教育局", "市卫健委"]),
    ("市城投和团市委", ["市城投", "团市委"]),
])
def test_labelled_lists_keep_field_pairs_under_one_head(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), strict=False), text) == expected


@pytest.mark.parametrize("text", ["多部门构建网络", "若干单位参与", "政府另行安排"])
def test_vague_plurals_and_adverbs_are_not_names(orgs, text):
    assert orgs.names_at_start(text, 0, len(text), predicate_at=lambda pos: False) == []


def test_labelled_cells_skip_spaced_person_names_but_not_spaced_organizations(orgs):
    for person in ("张 三", "王 小明", "陆 明王 芳"):
        assert orgs.names_in(person, 0, len(person), strict=False) == []
    text = "财 政 局"
    assert names(orgs.names_in(text, 0, len(text), strict=False), text) == ["财 政 局"]


def test_placeholder_place_names_are_place_characters(orgs):
    text = "XX区卫健委"
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == ["XX区卫健委"]


def test_the_fast_cut_gives_jiebas_own_words(orgs):
    """orgs._Words replays jieba's cut(HMM=False) on jieba's dictionary; a jieba upgrade that
    changes how it cuts must fail here, not silently change the names found."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    lines = [line for p in sorted((ROOT / "samples").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        assert orgs._words.cut(line) == list(orgs.tokenizer.cut(line, HMM=False)), line

    alphabet = "市县区卫生健康委员会局牵头负责配合各乡镇人民政府医院中心疾控(、)2024年AB x,。"

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet, max_size=40))
    def same(text):
        assert orgs._words.cut(text) == list(orgs.tokenizer.cut(text, HMM=False))

    same()


@pytest.mark.parametrize("text,expected", [
    # an office field that is a verb elsewhere stays inside an office name (处 科 司 股)
    ("发展规划处负责", ["发展规划处"]),
    ("组织人事科负责", ["组织人事科"]),
    ("规划发展与信息化司负责", ["规划发展与信息化司"]),
    # before a whole organization word it is still the verb: 组织|医政科
    ("组织医政科负责", ["医政科"]),
])
def test_office_fields_inside_office_names(orgs, text, expected):
    end = text.index("负责")
    assert names(orgs.names_at_end(text, 0, end), text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body named by its task keeps the task's verbs and unknown characters (realdocs d1501, u1401, d1603)
    ("特成立XX镇创建全国文明城市工作领导小组负责", ["XX镇创建全国文明城市工作领导小组"]),
    ("统筹安排成立市区扩大消费工作领导小组负责", ["市区扩大消费工作领导小组"]),
    ("厦门市公共文化服务体系建设协调领导小组办公室负责", ["厦门市公共文化服务体系建设协调领导小组办公室"]),
    # the verb that sets the body up, an organization word or a function word stays outside
    ("各乡镇成立工作专班负责", ["工作专班"]),
    ("县卫健委牵头成立疫情防控工作专班负责", ["疫情防控工作专班"]),
    ("成立了以镇长为组长的应急管理工作领导小组负责", ["应急管理工作领导小组"]),
    # a party committee's body (区委|实施乡村振兴战略|领导小组): the committee word after the level word
    # owns the task as the level word does (江门 江海区 乡村振兴 2023, open46a pa08 主送)
    ("区委实施乡村振兴战略领导小组成员单位负责", ["区委实施乡村振兴战略领导小组成员单位"]),
    ("县委全面深化改革领导小组办公室负责", ["县委全面深化改革领导小组办公室"]),
    ("镇党委创建全国文明城市工作领导小组负责", ["镇党委创建全国文明城市工作领导小组"]),
    ("县委牵头成立疫情防控工作专班负责", ["疫情防控工作专班"]),
])
def test_task_named_bodies_keep_their_task(orgs, text, expected):
    end = text.rindex("负责")
    assert names(orgs.names_at_end(text, 0, end), text) == expected


def test_a_bare_office_is_a_name(orgs):
    text = "办公室"
    assert names(orgs.names_in(text, 0, len(text)), text) == ["办公室"]


@pytest.mark.parametrize("text,expected", [
    ("各乡镇各部门", ["各乡镇", "各部门"]),                       # a separator left out
    ("各县(市、区)各有关部门", ["各县(市、区)", "各有关部门"]),
    ("市政府有关部门市直有关单位", ["市政府有关部门", "市直有关单位"]),
    ("县卫健局县医院", ["县卫健局", "县医院"]),
    ("县政府各部门", ["县政府各部门"]),                           # 各 after a head: its own units
    ("市卫健委各科室", ["市卫健委各科室"]),
    ("各级各部门", ["各级各部门"]),                               # 各级 names nobody
    ("县委县政府", ["县委县政府"]),                               # 委: one character
    ("市委市政府督查局", ["市委市政府督查局"]),
    ("各地各部门", ["各地各部门"]),                               # one name, as 各级各部门 (blind gold d23-02; lists.each_area)
])
def test_two_names_glued_without_a_separator_are_split(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected


@pytest.mark.parametrize("text,expected", [
    # round 26: sector and body words of government names (no longer unknown characters)
    ("武警中队", ["武警中队"]),
    ("民政部门", ["民政部门"]),
    ("有关职能部门", ["有关职能部门"]),
    ("城市体育行政部门", ["城市体育行政部门"]),
    ("中华全国体育总会竞赛委员会", ["中华全国体育总会竞赛委员会"]),  # 中华 only inside a known full name
    ("各普通高等学校", ["各普通高等学校"]),
    ("水务局", ["水务局"]),
    ("人防办", ["人防办"]),
    ("安委办", ["安委办"]),
    ("民族宗教事务局", ["民族宗教事务局"]),
    ("中华人民共和国体育法", []),  # a law, no organization
    ("体育公园", []),
])
def test_sector_and_body_words_make_names_readable(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected


def test_a_labelled_item_ending_with_a_count_is_a_quantity(orgs):
    # a progress cell read under a unit label (崇川 民生实事推进情况 2023, devgold-un35 un3505):
    # 分类池10个 is a quantity; a leading count is trimmed from a name (11家乡镇分院 -> 乡镇分院)
    text = "已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。"
    assert orgs.names_in(text, 0, len(text), strict=False) == []
    text = "11家乡镇分院、团市委"
    assert names(orgs.names_in(text, 0, len(text), strict=False), text) == ["乡镇分院", "团市委"]


@pytest.mark.parametrize("text,expected", [
    # a bureau's plan gives its own internal offices tasks: a field the dictionary does not know, then
    # the one-character head (realdocs rd-067 区教育局德育 工作计划: "德育科将在全区选拔一个代表队")
    ("德育科", ["德育科"]),
    ("人事科", ["人事科"]),
    ("政策法规科", ["政策法规科"]),
    # one field character is a common noun, no office (学科要…, 教室要…)
    ("学科", []),
    ("教室", []),
    ("德育科工作", []),  # the head must end the window
])
def test_an_internal_office_named_by_an_unknown_field_is_a_subject(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected


@pytest.mark.parametrize("text,expected", [
    # 各地 (a scope word) listed before a 各-name with 、: the list's names are read, 各地 stays a scope, as
    # 各地、各部门配合 already gives 各部门 (realdocs rd-081); 各地各部门 (no 、) is one name (lists.each_area).
    # (嘉兴 2023 政府工作报告责任分解通知: "各地、各部门要坚持以习近平新时代中国特色社会主义思想为指导")
    ("各地、各部门", ["各部门"]),
    ("各地、各有关部门", ["各有关部门"]),
    ("各地各部门", ["各地各部门"]),
    ("各地", []),
])
def test_a_listed_each_area_before_a_name_is_a_scope(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of bare city names (南京, 宁波: characters the dictionary does not know) and cities ending in 州
    # (常州, 湖州: 州 reads as a level) shares the head of its last item: one name, as written (生态环境部等
    # 长三角秋冬季攻坚方案 通知, realdocs rd-013: 40 cities before 市人民政府 were cut into 20 odd names)
    ("南京、无锡、常州、苏州市人民政府", ["南京、无锡、常州、苏州市人民政府"]),
    ("杭州、宁波、温州、湖州市人民政府", ["杭州、宁波、温州、湖州市人民政府"]),
    ("南京、无锡、镇江市人民政府", ["南京、无锡、镇江市人民政府"]),
    # places without a head stay names of their own
    ("红花岗区、播州区", ["红花岗区", "播州区"]),
])
def test_a_list_of_bare_city_names_shares_the_head_of_its_last_item(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), commas=True), text) == expected


@pytest.mark.parametrize("text,expected", [
    # a 各 place and a place joined by 及/和 with no head after them: two (blind46b c4620 沙坡头 统计局 2023)
    ("各乡及中卫工业园区", ["各乡", "中卫工业园区"]),
    ("各乡镇及开发区", ["各乡镇", "开发区"]),
    # a head after them is shared; levels without 各 and lists with 、 stay one
    ("各市、县(区)和赣江新区应急管理局", ["各市、县(区)和赣江新区应急管理局"]),
    ("市、县和乡镇", ["市、县和乡镇"]),
    ("各县、区", ["各县、区"]),
])
def test_two_places_joined_by_a_conjunction_share_nothing(orgs, text, expected):
    assert names(orgs.names_in(text, 0, len(text), subject=True), text) == expected
