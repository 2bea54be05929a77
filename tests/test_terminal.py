"""The command in an 80-column terminal (issue 14): no line wider than 80 display columns, bilingual help and usage
errors, -V, help with no arguments, --quiet/--verbose, JSON that is UTF-8, complete and valid against its published
schema, case files in other encodings refused by name, bilingual OS errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest
from rich.cells import cell_len

from summons_kit import __version__
from summons_kit.cli import main
from summons_kit.cli.parser import split_bilingual, translate
from summons_kit.report.json_report import report_schema

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
CARD = ROOT / "examples" / "credit_card" / "case.toml"
SCHEMA_FILE = ROOT / "docs" / "report.schema.json"


@pytest.fixture(autouse=True)
def columns_80(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # --help, --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def wide_lines(text: str, limit: int = 80) -> list[str]:
    return [line for line in text.splitlines() if cell_len(line) > limit]


def cases() -> list[Path]:
    return [p for p in (WEILIDAI, CARD) if p.is_file()]


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.parent.name)
def test_check_fits_80_columns_with_no_colour_when_piped(capsys: pytest.CaptureFixture[str], case: Path) -> None:
    code, out, _ = run(capsys, "check", str(case), "--today", "2026-11-28")
    assert code in (0, 1) and "期限 / deadlines" in out and "检查结果 / findings:" in out
    assert wide_lines(out) == []
    assert "\x1b[" not in out  # piped: plain text
    assert "[警告]" in out  # each finding headed by its severity


def test_draft_prints_a_short_summary_verbose_the_report_quiet_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # paths are printed whole: short ones here
    case = tmp_path / "case.toml"
    case.write_bytes(WEILIDAI.read_bytes())
    code, out, _ = run(capsys, "draft", "case.toml", "-o", "a", "--today", "2026-11-28")
    assert code == 0 and wide_lines(out) == []
    assert (
        out.startswith(f"已生成 / written:\n  {Path('a', '民事答辩状.docx')}\n") and "计算方法与依据" not in out
    )  # the summary, not the report
    # (4: the default instalment total, the undisputed principal, no longer includes the disputed interest)
    assert "检查结果:0 个错误,4 个警告" in out and "findings: 0 error(s), 4 warning(s)" in out
    assert "完整报告 / the full report:\n  summons-kit check case.toml" in out  # where the full report is
    assert "最近的期限 / next deadline: 答辩期限 2026-12-07 (9 天 / days left)" in out
    assert len(out.splitlines()) < 20
    code, out, _ = run(capsys, "draft", "case.toml", "-o", "b", "--today", "2026-11-28", "-v")
    assert code == 0 and wide_lines(out) == []
    assert "计算方法与依据 / how each deadline was computed" in out and "民事答辩状.docx" in out
    code, out, err = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path / "c"), "--quiet")
    assert (code, out, err) == (0, "", "") and (tmp_path / "c" / "民事答辩状.docx").is_file()
    code, out, err = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path / "c"), "--quiet")
    assert code == 2 and out == "" and "--force" in err  # errors still reach stderr


def test_check_quiet_gives_the_exit_code_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check", str(WEILIDAI), "-q") == (0, "", "")
    code, out, err = run(capsys, "check", str(tmp_path / "none.toml"), "-q")
    assert code == 2 and out == "" and "找不到案件文件" in err


@pytest.mark.parametrize(
    "command", [[], ["init"], ["check"], ["draft"], ["schema"], ["read"], ["batch"], ["templates"]]
)
def test_help_fits_80_columns_chinese_then_english(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0 and out.startswith("用法 / usage: summons-kit")
    assert wide_lines(out) == []
    lines = out.splitlines()
    assert "显示本帮助并退出" in out and "show this help and exit" in out
    # the Chinese line and the English line of a help string are separate lines
    index = next(i for i, line in enumerate(lines) if line.rstrip().endswith("显示本帮助并退出"))
    assert lines[index + 1].strip() == "show this help and exit"


def test_no_arguments_prints_the_help_and_version_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 0 and err == "" and "命令 / commands:" in out and "check" in out and wide_lines(out) == []
    for flag in ("-V", "--version"):
        assert run(capsys, flag)[:2] == (0, f"summons-kit {__version__}\n")


@pytest.mark.parametrize(
    ("argv", "zh", "en"),
    [
        (["draft", str(WEILIDAI)], "缺少必需的参数:-o/--output", "the following arguments are required: -o/--output"),
        (["chek"], "参数 COMMAND 的值 'chek' 无效", "invalid choice: 'chek'"),
        (["check", str(WEILIDAI), "--jsn"], "无法识别的参数:--jsn", "unrecognized arguments: --jsn"),
        (["check", str(WEILIDAI), "--today"], "参数 --today 后面应有一个值", "expected one argument"),
        (["draft", str(WEILIDAI), "-o", "x", "--style", "zz"], "参数 --style 的值 'zz' 无效", "invalid choice: 'zz'"),
    ],
)
def test_usage_errors_in_chinese_and_english(
    capsys: pytest.CaptureFixture[str], argv: list[str], zh: str, en: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert zh in err and en in err and "--help" in err and "Traceback" not in err


def test_translate_keeps_a_message_the_kit_wrote() -> None:
    message = "应为1到256之间的整数 / expected a whole number from 1 to 256: '0'"
    assert translate(message) == message
    assert split_bilingual("案件文件 (.toml / .json) / case file") == ["案件文件 (.toml / .json)", "case file"]


def test_json_is_utf8_complete_and_valid_against_the_published_schema(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema == report_schema(), "docs/report.schema.json is stale: run summons-kit schema --report"
    code, out, _ = run(capsys, "schema", "--report")
    assert code == 0 and json.loads(out) == schema
    jsonschema.Draft202012Validator.check_schema(schema)
    for case in cases():
        for extra in ([], ["--details"]):
            code, out, _ = run(capsys, "check", str(case), "--today", "2026-11-28", "--json", *extra)
            data = json.loads(out)
            jsonschema.validate(data, schema)
            assert "\\u" not in out and "warning" in out  # UTF-8 text, not \\uXXXX escapes
            assert data["counts"]["warning"] == sum(f["severity"] == "warning" for f in data["findings"])
            assert ("deadline_details" in data) == bool(extra)
    code, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--json")
    assert json.loads(out)["deadline_times"] == {"hearing": "2026-12-22T09:30:00"}
    broken = {**json.loads(out), "deadlines": {"answer": "7 December"}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        ("gbk", "GBK/GB18030"),
        ("gb18030", "GBK/GB18030"),
        ("utf-16", "UTF-16 LE (BOM)"),
        ("utf-16-le", "UTF-16 LE"),
        ("utf-16-be", "UTF-16 BE"),
    ],
)
def test_a_case_file_in_another_encoding_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, encoding: str, named: str
) -> None:
    case = tmp_path / "case.toml"
    case.write_bytes(WEILIDAI.read_text(encoding="utf-8").encode(encoding))
    code, out, err = run(capsys, "check", str(case))
    assert code == 2 and out == ""
    assert f"案件文件似为 {named} 编码,请另存为 UTF-8" in err and f"looks like {named}: save it as UTF-8" in err
    assert "codec" not in err and "Traceback" not in err


def test_a_utf8_bom_is_accepted(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "case.toml"
    case.write_bytes(WEILIDAI.read_text(encoding="utf-8").encode("utf-8-sig"))
    assert run(capsys, "check", str(case), "-q")[0] == 0


def test_os_errors_are_bilingual(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "check", str(WEILIDAI), "--calendar", str(tmp_path / "nope.toml"))
    assert code == 2 and "找不到文件 / file not found" in err and "Errno" not in err
    code, _, err = run(capsys, "check", str(WEILIDAI), "--calendar", str(tmp_path))
    assert code == 2 and "是文件夹" in err and "is a folder" in err
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2 and "不是普通文件" in err and "not a regular file" in err


def test_batch_quiet_prints_nothing_but_the_failures(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from test_batch import _flat, _write_csv

    good = _write_csv(tmp_path / "good.csv", [_flat(1)])
    assert run(capsys, "batch", str(good), "-o", str(tmp_path / "a"), "-q") == (0, "", "")
    bad_row = _flat(2)
    bad_row["service.served_on"] = "2026年2月30日"
    bad = _write_csv(tmp_path / "bad.csv", [_flat(1), bad_row])
    code, out, err = run(capsys, "batch", str(bad), "-o", str(tmp_path / "b"), "--quiet")
    assert code == 1 and out == ""
    assert "失败 1" in err and "第3行 / row 3" in err and "service.served_on" in err


def test_a_wider_terminal_is_used_and_colours_follow_the_terminal_and_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    _, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28")
    assert wide_lines(out) and wide_lines(out, 120) == []  # paragraphs use the width there is
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("FORCE_COLOR", "1")  # as on a terminal
    _, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28")
    assert "\x1b[33m[警告]" in out  # warnings in yellow
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28")
    assert "\x1b[33m" not in out and "[警告]" in out


def test_read_messages_fit_80_columns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bundle = ROOT / "tests" / "papers" / "weilidai" / "bundle.pdf"
    code, out, err = run(capsys, "read", str(bundle), "-o", str(tmp_path / "case.toml"))
    assert code == 0 and "应诉通知书所载答辩期" in out
    assert [line for line in wide_lines(out + err) if str(tmp_path) not in line] == []


def test_the_documents_section_wraps_once_within_80_columns() -> None:
    """Every line of the offered-documents list is written by the kit's own wrapping: none is pushed past the
    width and re-wrapped by the console (a lone word on a line of its own)."""
    import summons_kit as sk
    from summons_kit.report.text import format_report

    case = sk.load_case(ROOT / "examples" / "credit_card" / "case.toml")
    text = format_report(sk.check(case, today=case.documents.date or None), case, width=80)
    block = text[text.index("文书 / documents") :].splitlines()
    assert all(line.startswith("  ") for line in block[1:] if line), block
    assert not [line for line in block if line and not line.startswith(" ") and line != block[0]], block
