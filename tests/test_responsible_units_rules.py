"""The responsible_units pattern file's own bookkeeping: tables the code reads rather than rules."""
from __future__ import annotations

from planparse.extract.responsible_units import _opening_role
from planparse.patterns import load_patterns

PF = load_patterns()["responsible_units"]


def test_every_label_takes_its_role_from_the_word_it_opens_with():
    # maps.label_role holds the opening words, lists.label the labels: each label opens with one
    table = PF.map("label_role")
    roles = {label: _opening_role(table, label) for label in PF.words("label")}
    assert all(roles.values()), [k for k, v in roles.items() if not v]
    assert roles["主要责任单位"] == "lead" and roles["协同责任单位"] == "support"
    assert roles["具体负责单位"] == "responsible" and roles["协办"] == "support"


def test_every_clause_opening_rule_has_an_anchor():
    # a clause-opening rule is tried only at the clause starts around its anchor's matches
    clause_rule = "(?m)" + PF.expand("${clause_start}", "test")
    opening = [r for r in PF.rules if r.regex.pattern.startswith(clause_rule)]
    assert opening and all("anchor" in r.emit for r in opening), [r.id for r in opening if "anchor" not in r.emit]
