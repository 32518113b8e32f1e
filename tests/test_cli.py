"""The command line as a user drives it: real processes, real files, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLES

ONE = SAMPLES[-1]


def run(*args, stdin: bytes | None = None, env: dict | None = None):
    proc = subprocess.run([sys.executable, "-m", "planparse", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=60, env={**os.environ, **(env or {})})
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_extract_one_file_prints_one_object_with_chinese_unescaped():
    code, out, err = run("extract", str(ONE))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema_version"] == 1 and doc["source"] == str(ONE)
    assert doc["meta"]["title"] in out and "\\u" not in out


def test_extract_several_files_prints_an_array_in_argument_order():
    code, out, _ = run("extract", str(SAMPLES[0]), str(SAMPLES[1]))
    assert code == 0
    assert [d["source"] for d in json.loads(out)] == [str(SAMPLES[0]), str(SAMPLES[1])]


def test_jsonl_prints_one_document_per_line():
    code, out, _ = run("extract", "--format", "jsonl", *map(str, SAMPLES))
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(SAMPLES)
    assert [json.loads(line)["source"] for line in lines] == [str(p) for p in SAMPLES]


def test_stdin_is_dash_and_gb18030_is_detected():
    code, out, _ = run("extract", "-", stdin=ONE.read_text(encoding="utf-8").encode("gb18030"))
    assert code == 0
    doc = json.loads(out)
    assert doc["source"] == "-" and doc["sections"]


def test_year_option_overrides_the_plan_year():
    code, out, _ = run("extract", "--year", "2031", "-", stdin="一、工作要求\n1.8月底前完成建设任务。".encode())
    assert code == 0
    assert json.loads(out)["meta"]["plan_year"] == 2031


@pytest.mark.parametrize("make_bad,reason", [
    (lambda tmp: tmp / "missing.txt", "no such file"),
    (lambda tmp: tmp, "is a directory"),
    (lambda tmp: (tmp / "bin.dat").write_bytes(bytes(range(256)) * 4) and tmp / "bin.dat", "binary"),
])
def test_bad_input_is_one_line_naming_the_file_and_the_others_still_print(tmp_path, make_bad, reason):
    bad = make_bad(tmp_path)
    code, out, err = run("extract", str(bad), str(ONE))
    assert code == 1
    assert err.strip().count("\n") == 0 and str(bad) in err and reason in err and "Traceback" not in err
    assert [d["source"] for d in json.loads(out)] == [str(ONE)]


def test_empty_file_is_an_empty_document(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run("extract", str(empty))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["sections"] == [] and doc["targets"] == []


def test_usage_errors_exit_2():
    assert run("extract")[0] == 2
    assert run("extract", "--format", "xml", str(ONE))[0] == 2
    assert run("nonsense")[0] == 2


def test_schema_is_the_json_schema_of_the_document_model():
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Document"
    assert {"sections", "targets", "percentages", "deadlines", "responsible_units"} <= set(schema["properties"])


def test_help_teaches_with_examples_and_version_prints():
    code, out, _ = run("extract", "--help")
    assert code == 0 and "planparse extract samples/" in out and "--format" in out
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("planparse ")


def loaded_by(command: str, modules: tuple[str, ...]) -> list[str]:
    """Which of modules a fresh `planparse COMMAND` process has imported when it exits."""
    probe = ("import sys, runpy; sys.argv=['planparse', {!r}];\n"
             "try: runpy.run_module('planparse', run_name='__main__')\n"
             "except SystemExit: pass\n"
             "sys.stderr.write('\\nloaded: ' + ' '.join(m for m in {!r} if m in sys.modules))").format(command, modules)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr.rsplit("loaded:", 1)[1].split()


def test_help_and_schema_do_not_import_jieba():
    for command in ("--help", "schema"):
        assert loaded_by(command, ("jieba",)) == []


def test_help_and_version_do_not_import_pydantic_or_the_engine():
    for command in ("--help", "--version"):
        assert loaded_by(command, ("pydantic", "regex", "planparse.core")) == []


def test_broken_pattern_directory_is_an_error_naming_file_rule_and_field(tmp_path):
    for src in (ROOT / "patterns").glob("*.toml"):
        (tmp_path / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "sections.toml"
    assert "${cn_num})${space}(?:、" in target.read_text(encoding="utf-8")
    target.write_text(target.read_text(encoding="utf-8").replace("${cn_num})${space}(?:、", "${cn_numeral})${space}(?:、"),
                      encoding="utf-8")
    code, out, err = run("extract", "--patterns", str(tmp_path), str(ONE))
    assert code == 1 and out == ""
    assert "sections.toml" in err and 'rule[' in err and "sections.cn_dun" in err and "${cn_numeral}" in err


def test_normalize_one_expression_of_each_kind():
    assert json.loads(run("normalize", "number", "1.1万")[1]) == {"value": 11000}
    assert json.loads(run("normalize", "percentage", "三成半")[1]) == {"value": 35, "kind": "percent"}
    assert json.loads(run("normalize", "percentage", "5个百分点")[1]) == {"value": 5, "kind": "points"}
    assert json.loads(run("normalize", "date", "8月底", "--year", "2022")[1])["end"] == "2022-08-31"


def test_normalize_reads_one_expression_per_line_and_prints_null_for_unknown():
    code, out, _ = run("normalize", "number", stdin="1.1万\n不是数字\n两千\n".encode())
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [{"value": 11000}, None, {"value": 2000}]
    code, out, _ = run("normalize", "number", "不是数字")
    assert code == 1 and out.strip() == "null"


def test_explain_shows_records_with_their_rule():
    code, out, _ = run("explain", str(SAMPLES[0]), env={"COLUMNS": "240"})  # wide enough not to fold rule ids
    assert code == 0
    assert "targets." in out and "percentages." in out and "kind" in out
    code, _, err = run("explain", "missing.txt")
    assert code == 1 and "missing.txt" in err


def test_extract_reads_a_saved_web_page_as_its_visible_text(tmp_path):
    page = tmp_path / "notice.html"
    page.write_text("<html><head><script>var a='一、脚本';</script></head><body><nav>首页 > 政策</nav>"
                    "<h1>某县2023年工作要点</h1><p>一、总体要求</p><p>1.全人群全程接种率达90%以上。</p></body></html>",
                    encoding="utf-8")
    code, out, err = run("extract", str(page))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["meta"]["title"] == "某县2023年工作要点"
    assert [s["id"] for s in doc["sections"]] == ["1"] and [t["value"] for t in doc["targets"]] == [90]
