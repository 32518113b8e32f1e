"""Batch conversion of an archive: nested folders, mixed encodings and formats, broken files."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import planparse
from conftest import ROOT, SAMPLES
from planparse import batch
from planparse.formats import read_document
from test_formats import docx_of_lines, html_page_of

GOOD = 6  # converted inputs in the archive below
TABLES = ("documents", "sections", "targets", "percentages", "deadlines", "responsible_units")


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """An archive as analysts get them: nested folders, GB18030, UTF-16, a page, a Word file, junk."""
    root = tmp_path / "archive"
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    files = {
        "2022/plan.txt": texts[0].encode("utf-8"),
        "2022/county/gbk.txt": texts[1].encode("gb18030"),
        "2023/utf16.txt": b"\xff\xfe" + texts[2].encode("utf-16-le"),
        "2023/web/page.html": html_page_of(texts[3]).encode("utf-8"),
        "2023/word/notice.docx": docx_of_lines(texts[4].splitlines()),
        "notes": texts[0][:2000].encode("utf-8"),  # no suffix: tried as text
        "2023/empty.txt": b"",
        "2023/blank.html": b"<html><body><script>x()</script></body></html>",
        "2022/scan.pdf": b"%PDF-1.4\n\x00\x01\x02\x03" + bytes(range(256)) * 8,
        "2022/county/broken.docx": b"PK\x03\x04 truncated",
        "2023/blob.dat": bytes(range(256)) * 4,
        ".hidden/skip.txt": b"not an input",
    }
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def expected_json(path: Path) -> dict:
    """What `planparse extract` gives for the same file (HTML and DOCX read as their text)."""
    if path.suffix in (".html", ".docx"):
        return planparse.parse(read_document(path), source=str(path)).model_dump(mode="json")
    return planparse.parse_file(path).model_dump(mode="json")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM for spreadsheet programs"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_archive_converts_every_good_file_and_reports_every_bad_one(archive, tmp_path):
    out, failures = tmp_path / "json", tmp_path / "failures.tsv"
    summary = batch.run([str(archive)], out=out, workers=1, failures=failures)

    assert summary.converted == GOOD and summary.exit_code == 1
    assert sorted(tree(out)) == ["2022/county/gbk.json", "2022/plan.json", "2023/utf16.json",
                                 "2023/web/page.json", "2023/word/notice.json", "notes.json"]
    for rel in tree(out):
        data = json.loads((out / rel).read_text(encoding="utf-8"))
        source = Path(data["source"])
        assert source.is_relative_to(archive)
        assert data == expected_json(source), rel
    reasons = dict(summary.failed)
    assert set(reasons) == {str(archive / "2022/scan.pdf"), str(archive / "2022/county/broken.docx"),
                            str(archive / "2023/blob.dat")}
    assert "binary" in reasons[str(archive / "2023/blob.dat")]
    assert "PDF is not supported" in reasons[str(archive / "2022/scan.pdf")]
    assert "not a valid .docx" in reasons[str(archive / "2022/county/broken.docx")]
    assert dict(summary.skipped) == {str(archive / "2023/empty.txt"): "empty",
                                     str(archive / "2023/blank.html"): "empty"}
    rows = list(csv.reader(failures.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    assert rows[0] == ["path", "status", "reason"]
    assert {(r[0], r[1]) for r in rows[1:]} == {(p, "failed") for p in reasons} | {
        (str(archive / "2023/empty.txt"), "skipped"), (str(archive / "2023/blank.html"), "skipped")}
    assert not list(out.rglob("*.tmp")), "no temporary files left behind"
    assert summary.lines()[-1] == "planparse batch: 6 converted, 3 failed, 2 skipped (2 empty)"


def test_all_good_inputs_exit_0_and_empty_files_do_not_count_as_failures(archive, tmp_path):
    summary = batch.run([str(archive / "2022/plan.txt"), str(archive / "2023/empty.txt")], out=tmp_path / "o")
    assert summary.exit_code == 0 and summary.converted == 1 and summary.skipped


def test_missing_inputs_too_large_inputs_and_globs(archive, tmp_path):
    txt = sorted(archive.rglob("[!.]*/*.txt"), key=lambda p: p.stat().st_size)
    largest = txt[-1]
    summary = batch.run([str(archive / "nope.txt"), str(archive / "**" / "*.txt"), str(archive / "*.none")],
                        out=tmp_path / "o", max_size=largest.stat().st_size - 1, workers=1)
    reasons = dict(summary.failed)
    assert reasons[str(archive / "nope.txt")] == "no such file or directory"
    assert reasons[str(archive / "*.none")] == "no file matches this pattern"
    assert reasons[str(largest)].startswith("larger than --max-size")
    assert len(reasons) == 3 and summary.converted == len(txt) - 2  # empty.txt is skipped
    assert "2022/plan.json" in tree(tmp_path / "o") or largest.name == "plan.txt"


def test_same_stem_in_one_folder_keeps_both(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_text("一、目标\n", encoding="utf-8")
    (tmp_path / "in/a.html").write_text("<p>二、措施</p>", encoding="utf-8")
    batch.run([str(tmp_path / "in")], out=tmp_path / "o")
    names = sorted(tree(tmp_path / "o"))
    assert names == ["a.json", "a.txt.json"] or names == ["a.html.json", "a.json"]


def test_jsonl_and_csv_agree_with_the_json_files(archive, tmp_path):
    out, lines, tables = tmp_path / "json", tmp_path / "all.jsonl", tmp_path / "csv"
    batch.run([str(archive)], out=out, jsonl=lines, csv_dir=tables, workers=1)

    docs = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    by_source = {json.loads(p.read_text(encoding="utf-8"))["source"]: json.loads(p.read_text(encoding="utf-8"))
                 for p in out.rglob("*.json")}
    assert [d["source"] for d in docs] == sorted(by_source, key=lambda s: Path(s).parts), "stable order"
    assert all(d == by_source[d["source"]] for d in docs)

    csvs = {name: read_csv(tables / f"{name}.csv") for name in TABLES}
    assert [r["document"] for r in csvs["documents"]] == [d["source"] for d in docs]
    for doc, row in zip(docs, csvs["documents"]):
        assert row["title"] == (doc["meta"]["title"] or "")
        assert int(row["sections"]) == len([r for r in csvs["sections"] if r["document"] == doc["source"]])
    for doc in docs:
        ids = {r["section"] for r in csvs["sections"] if r["document"] == doc["source"]}
        flat = [s.id for s in planparse.Document.model_validate(doc).iter_sections()]
        assert sorted(ids) == sorted(flat)
        for row in csvs["sections"]:
            if row["document"] == doc["source"] and row["parent"]:
                assert row["parent"] in ids and row["section"].startswith(row["parent"] + ".")
        for kind in TABLES[2:]:
            rows = [r for r in csvs[kind] if r["document"] == doc["source"]]
            assert len(rows) == len(doc[kind])
            for row, record in zip(rows, doc[kind]):
                assert row["section"] == "" or row["section"] in ids, "joins sections.csv"
                assert row["text"] == record["text"]
                assert [int(row["span_start"]), int(row["span_end"])] == record["span"]


def test_csv_section_ids_join_on_a_document_with_records(tmp_path):
    # Records or not in the samples today, every record row must name an existing section.
    text = "一、工作目标\n(一)提高接种率\n1.由市卫生健康局牵头，8月底前全人群接种率达到90%以上。\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in/plan.txt").write_text(text, encoding="utf-8")
    batch.run([str(tmp_path / "in")], csv_dir=tmp_path / "csv")
    sections = {(r["document"], r["section"]) for r in read_csv(tmp_path / "csv/sections.csv")}
    assert sections
    for kind in TABLES[2:]:
        for row in read_csv(tmp_path / f"csv/{kind}.csv"):
            assert row["section"] == "" or (row["document"], row["section"]) in sections


def test_include_text_keeps_spans_checkable_for_html_and_docx(archive, tmp_path):
    lines = tmp_path / "all.jsonl"
    batch.run([str(archive / "2023/web"), str(archive / "2023/word")], jsonl=lines, include_text=True)
    docs = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 2
    for doc in docs:
        assert doc.pop("text") == read_document(doc["source"])
    for doc in docs:  # the rest is exactly the document
        assert doc == expected_json(Path(doc["source"]))


def test_resume_skips_up_to_date_outputs_and_leaves_them_unchanged(archive, tmp_path):
    out = tmp_path / "json"
    batch.run([str(archive)], out=out, workers=1)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*.json")}

    again = batch.run([str(archive)], out=out, jsonl=tmp_path / "all.jsonl", resume=True, workers=1)
    assert again.converted == 0 and again.up_to_date == GOOD
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*.json")} == before
    assert len((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()) == GOOD, \
        "resumed documents still reach the JSONL"

    edited = archive / "2022/plan.txt"
    later = before[out / "2022/plan.json"][0] + 10**9
    os.utime(edited, ns=(later, later))
    third = batch.run([str(archive)], out=out, resume=True, workers=1)
    assert third.converted == 1 and third.up_to_date == GOOD - 1


def test_resume_converts_again_when_the_json_is_damaged(archive, tmp_path):
    out = tmp_path / "json"
    batch.run([str(archive / "2022")], out=out)
    (out / "plan.json").write_text('{"source": "cut short', encoding="utf-8")
    again = batch.run([str(archive / "2022")], out=out, jsonl=tmp_path / "all.jsonl", resume=True)
    assert again.converted == 1 and again.up_to_date == 1
    assert json.loads((out / "plan.json").read_text(encoding="utf-8")) == expected_json(archive / "2022/plan.txt")


def test_a_crash_on_one_document_is_reported_and_the_rest_convert(archive, tmp_path, monkeypatch):
    real_parse = batch.parse

    def fragile(text, *, source, **kw):
        if source.endswith("gbk.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real_parse(text, source=source, **kw)

    monkeypatch.setattr(batch, "parse", fragile)
    summary = batch.run([str(archive / "2022")], out=tmp_path / "o", workers=1)
    assert summary.converted == 1
    assert dict(summary.failed)[str(archive / "2022/county/gbk.txt")].startswith("internal error (RecursionError")


def test_two_workers_give_exactly_what_one_worker_gives(archive, tmp_path):
    def outputs(workers: int, name: str):
        base = tmp_path / name
        summary = batch.run([str(archive)], out=base / "json", jsonl=base / "all.jsonl", csv_dir=base / "csv",
                            failures=base / "failures.tsv", workers=workers)
        return summary.lines(), tree(base)

    assert outputs(2, "two") == outputs(1, "one")


def test_two_workers_keep_input_order_over_inputs_sent_in_chunks(tmp_path):
    # 64 inputs: enough for the pool to send several files per task, bad files among them
    text = SAMPLES[4].read_text(encoding="utf-8")
    for i in range(64):
        data = b"\x00\x01" * 50 if i % 9 == 4 else text[i * 120:i * 120 + 600].encode("utf-8")
        (tmp_path / "in" / f"{i // 10}").mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / f"{i // 10}" / f"{i:02d}.txt").write_bytes(data)

    def run(workers: int):
        lines = tmp_path / f"{workers}.jsonl"
        summary = batch.run([str(tmp_path / "in")], jsonl=lines, workers=workers)
        return summary.lines(), lines.read_text(encoding="utf-8")

    one, two = run(1), run(2)
    assert two == one
    sources = [json.loads(line)["source"] for line in one[1].splitlines()]
    assert sources == sorted(sources) and len(sources) == 64 - 7


def test_output_folder_inside_the_input_is_not_read_back(archive):
    batch.run([str(archive)], out=archive / "json")
    again = batch.run([str(archive)], out=archive / "json")
    assert again.converted == GOOD


@pytest.mark.parametrize("text,size", [("20MB", 20 * 1024 * 1024), ("500k", 500 * 1024), ("1048576", 1048576),
                                       ("1.5 GiB", 3 * 1024 ** 3 // 2), ("0", 0)])
def test_parse_size(text, size):
    assert batch.parse_size(text) == size


# --- the command ----------------------------------------------------------------------------

def cli(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "planparse", "batch", *args], capture_output=True, cwd=cwd,
                          timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_cli_batch_reports_failures_one_line_each_and_exits_1(archive, tmp_path):
    code, out, err = cli(str(archive), "--out", str(tmp_path / "json"), "--workers", "2")
    assert code == 1 and out == ""
    assert "Traceback" not in err
    assert f"planparse: {archive / '2022/scan.pdf'}: PDF is not supported" in err
    assert err.splitlines()[-1] == "planparse batch: 6 converted, 3 failed, 2 skipped (2 empty)"
    assert len(tree(tmp_path / "json")) == GOOD


def test_cli_batch_jsonl_to_stdout_matches_extract(archive):
    code, out, err = cli(str(archive / "2022"), "--jsonl", "-", "--quiet")
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 1  # scan.pdf and broken.docx
    assert [d["source"] for d in docs] == [str(archive / "2022/county/gbk.txt"), str(archive / "2022/plan.txt")]
    assert all(d == expected_json(Path(d["source"])) for d in docs)
    assert "planparse batch:" not in err and "scan.pdf" in err  # quiet: failures only


def test_cli_batch_all_good_exits_0_and_usage_errors_exit_2(archive, tmp_path):
    from typer.testing import CliRunner

    from planparse.cli import app

    def invoke(*args):
        return CliRunner().invoke(app, ["batch", *args]).exit_code

    assert invoke(str(archive / "2022/plan.txt"), "--csv", str(tmp_path / "csv"), "-q") == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    assert invoke(str(archive)) == 2, "an output is required"
    assert invoke(str(archive), "--jsonl", "-", "--resume") == 2, "--resume needs --out"
    assert invoke(str(archive), "--out", str(tmp_path / "o"), "--max-size", "huge") == 2
    assert invoke(str(archive), "--out", str(tmp_path / "o"), "--workers", "0") == 2
