"""The same notice in other encodings and with full-width punctuation gives the same output."""
from __future__ import annotations

import pytest

import planparse
from conftest import SAMPLES
from helpers import FULL_WIDTH, assert_contract_invariants, comparable


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_reencoded_sample_gives_same_document(sample, encoding, tmp_path, parsed_samples):
    source, original = parsed_samples[sample.name]
    copy = tmp_path / sample.name
    copy.write_bytes(source.encode(encoding))
    doc = planparse.parse_file(copy)
    assert doc.source == str(copy)
    assert comparable(doc) == comparable(original)


def test_crlf_and_cr_line_ends_keep_spans_on_the_text_as_read(parsed_samples):
    source, original = parsed_samples[SAMPLES[0].name]
    for newline in ("\r\n", "\r"):
        text = source.replace("\n", newline)
        doc = planparse.parse(text)
        assert_contract_invariants(text, doc)
        assert [s.id for s in doc.iter_sections()] == [s.id for s in original.iter_sections()]
        assert [t.value for t in doc.targets] == [t.value for t in original.targets]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_full_width_variant_gives_same_records(sample, parsed_samples):
    source, original = parsed_samples[sample.name]
    variant = source.translate(FULL_WIDTH)
    assert variant != source
    doc = planparse.parse(variant)
    assert_contract_invariants(variant, doc)
    assert [(s.id, s.marker.translate(FULL_WIDTH)) for s in doc.iter_sections()] == \
        [(s.id, s.marker.translate(FULL_WIDTH)) for s in original.iter_sections()]
    for kind in ("targets", "percentages", "deadlines", "responsible_units"):
        got = [r.model_dump(exclude={"text", "name", "indicator"}) for r in getattr(doc, kind)]
        want = [r.model_dump(exclude={"text", "name", "indicator"}) for r in getattr(original, kind)]
        assert got == want, kind


def test_undecodable_bytes_are_a_read_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x81\x30\xff\xfe\x00\x00binary\x00")
    with pytest.raises(planparse.ReadError):
        planparse.parse_file(bad)
