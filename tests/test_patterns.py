"""Every pattern file loads, every rule's own examples match and counter-examples do not."""
from __future__ import annotations

import pytest

from planparse.normalize import normalize
from planparse.patterns import PatternError, load_patterns

PATTERNS = load_patterns()
RULES = [(name, rule) for name in PATTERNS.names() for rule in PATTERNS[name].rules]


def test_every_file_validates_and_rule_ids_are_unique():
    ids = [rule.id for _, rule in RULES]
    assert len(ids) == len(set(ids))
    for name, rule in RULES:
        assert rule.id.split(".")[0] == name, f"{rule.id} lives in {name}.toml"


@pytest.mark.parametrize("name,rule", RULES, ids=lambda r: r.id if hasattr(r, "id") else r)
def test_rule_examples(name, rule):
    char_map = PATTERNS.char_map()
    for example in rule.examples:
        assert rule.regex.search(normalize(example, char_map).norm), f"{rule.id} should match {example!r}"
    for counter in rule.counter_examples:
        assert not rule.regex.search(normalize(counter, char_map).norm), f"{rule.id} should not match {counter!r}"


ANCHORED = [(name, rule) for name, rule in RULES if "anchor" in rule.emit]


@pytest.mark.parametrize("name,rule", ANCHORED, ids=lambda r: r.id if hasattr(r, "id") else r)
def test_every_example_holds_its_rules_anchor(name, rule):
    # The extractors run an anchored rule only where its anchor occurs, and the examples test
    # above searches the whole example: an anchor an example lacks would pass there and never fire.
    # emit.anchor may name several (a fragment and a word list): the match holds one of them.
    pf, anchor = PATTERNS[name], rule.emit["anchor"]
    anchors = [anchor] if isinstance(anchor, str) else anchor
    char_map = PATTERNS.char_map()
    for example in rule.examples:
        norm = normalize(example, char_map).norm
        assert any(any(word in norm for word in pf.words(a)) if a in pf.spec.lists else pf.fragment(a).search(norm)
                   for a in anchors), f"{rule.id}: none of {anchors} in {example!r}"


def test_every_rule_has_an_example():
    assert [rule.id for _, rule in RULES if not rule.examples] == []


def _broken(tmp_path, text):
    (tmp_path / "x.toml").write_text(text, encoding="utf-8")
    return load_patterns(tmp_path)


@pytest.mark.parametrize("text,expected", [
    ("schema = 1\n[[rule]]\nid = 'x.a'\npattern = '${nope}'\n", ['rule[0] "x.a"', "${nope}"]),
    ("schema = 1\n[[rule]]\nid = 'x.a'\npattern = '(unclosed'\n", ['rule[0] "x.a"', "invalid regex"]),
    ("schema = 1\n[[rule]]\nid = 'x.a'\npatern = 'typo'\n", ['rule[0] "x.a"', "patern"]),
    ("schema = 1\n[fragments]\na = '${b}'\nb = '${a}'\n[[rule]]\nid = 'x.a'\npattern = '${a}'\n", ["cycle"]),
    ("schema = 1\n[lists]\nw = []\n[[rule]]\nid = 'x.a'\npattern = '${w}'\n", ["lists.w", "empty"]),
    ("schema = [\n", ["not valid TOML"]),
])
def test_broken_files_name_the_file_rule_and_field(tmp_path, text, expected):
    with pytest.raises(PatternError) as err:
        _broken(tmp_path, text)["x"].rules
    message = str(err.value)
    assert "x.toml" in message
    for part in expected:
        assert part in message


def test_spaced_lists_allow_spaces_inside_labels(tmp_path):
    pats = _broken(tmp_path, "schema = 1\n[lists]\nlabel = ['索引号']\n[[rule]]\nid = 'x.a'\npattern = '^${label:spaced}:'\n")
    assert pats["x"].rule("x.a").regex.match("索 引  号:")


def test_a_set_is_loaded_once_per_folder_and_a_relative_name_follows_the_current_folder(tmp_path, monkeypatch):
    assert load_patterns() is load_patterns(None)
    for name in ("a", "b"):
        (tmp_path / name / "rules").mkdir(parents=True)
        (tmp_path / name / "rules" / "x.toml").write_text(f"schema = 1\ndescription = '{name}'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    first = load_patterns("rules")
    assert first is load_patterns("rules") and first["x"].spec.description == "a"
    monkeypatch.chdir(tmp_path / "b")
    assert load_patterns("rules")["x"].spec.description == "b"
    with pytest.raises(PatternError, match="not found"):
        load_patterns(tmp_path / "missing")
