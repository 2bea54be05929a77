"""The summons-kit command: exit codes, messages, and files it refuses to overwrite."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summons_kit.cli import main

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_gives_the_answer_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--json")
    data = json.loads(out)
    # served 2026-11-20 (Friday) + 15 days = 2026-12-05, a Saturday: the period ends Monday 2026-12-07 (民诉法 85, 128)
    assert data["deadlines"]["answer"] == "2026-12-07"
    # issue 14: the hearing's time, today and the counts are in the JSON without --details
    assert set(data) == {"ok", "deadlines", "findings", "today", "deadline_times", "counts"}
    assert data["deadline_times"] == {"hearing": "2026-12-22T09:30:00"} and data["today"] == "2026-11-28"
    assert "\\u" not in out and "答辩" in out  # readable UTF-8, not \uXXXX escapes
    assert data["ok"] is True and code == 0  # the example has warnings, no error
    for finding in data["findings"]:
        assert set(finding) >= {"code", "severity", "field", "message", "message_en", "basis"}
        assert finding["basis"]
    assert code == (0 if data["ok"] else 1)


def test_check_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28")
    answer = next(line for line in out.splitlines() if "答辩期限 / answer deadline" in line)
    assert answer.split()[:3] == ["2026-12-07", "星期一", "9天"]  # date, weekday, days left
    hearing = next(line for line in out.splitlines() if "开庭 / hearing" in line)
    assert hearing.split()[:4] == ["2026-12-22", "09:30", "星期二", "24天"]
    assert "民诉法" in out


def test_check_writes_an_ics_file_and_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ics = tmp_path / "deadlines.ics"
    code, _, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--ics", str(ics))
    assert code == 0  # the example has warnings but no error
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "20261207" in text
    code, _, err = run(capsys, "check", str(WEILIDAI), "--ics", str(ics))
    assert code == 2 and "--force" in err


def test_a_bad_case_file_exits_2_without_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "case.toml"
    bad.write_text('[service]\nserved_on = "2025年2月30日"\n[court]\nnmae = "x"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(bad))
    assert code == 2
    assert "service.served_on" in err and "2025年2月30日" in err and "court.nmae" in err
    assert "Traceback" not in out + err


def test_bad_options_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "check", str(WEILIDAI), "--today", "明天")[0] == 2
    assert run(capsys, "check", str(tmp_path / "nope.toml"))[0] == 2
    assert run(capsys, "draft", str(WEILIDAI))[0] == 2  # -o is required
    code, _, err = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path), "--template", "answer")
    assert code == 2 and "NAME=PATH" in err


def test_init_writes_a_case_file_and_never_overwrites(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "case.toml"
    assert run(capsys, "init", str(target))[0] == 0
    text = target.read_text(encoding="utf-8")
    assert "[court]" in text and "案号" in text and "case number" in text
    target.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "init", str(target))
    assert code == 2 and "--force" in err
    assert target.read_text(encoding="utf-8") == "mine"
    assert run(capsys, "init", str(target), "--force")[0] == 0
    # the fresh file checks without a traceback: nothing is filled in yet, so the report lists what is missing
    code, out, err = run(capsys, "check", str(target), "--today", "2026-11-28")
    assert code == 0 and "Traceback" not in out + err
    assert "案号" in out


def test_draft_writes_three_documents_and_never_overwrites(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "drafts"
    code, _, _ = run(capsys, "draft", str(WEILIDAI), "-o", str(out_dir), "--today", "2026-11-28")
    assert code == 0
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted(["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"])
    before = {p.name: p.read_bytes() for p in out_dir.iterdir()}
    code, _, err = run(capsys, "draft", str(WEILIDAI), "-o", str(out_dir))
    assert code == 2 and "--force" in err
    assert {p.name: p.read_bytes() for p in out_dir.iterdir()} == before
    assert run(capsys, "draft", str(WEILIDAI), "-o", str(out_dir), "--force", "--style", "narrative")[0] == 0


def test_strict_draft_refuses_an_incomplete_case(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = WEILIDAI.read_text(encoding="utf-8").replace('address = "广州市越秀区某某路12号5栋803房"\n', "")
    case = tmp_path / "case.toml"
    case.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "draft", str(case), "-o", str(tmp_path / "strict"), "--strict")
    assert code == 2 and "住所" in err
    assert not (tmp_path / "strict").exists() or not any((tmp_path / "strict").iterdir())
    code, out, _ = run(capsys, "draft", str(case), "-o", str(tmp_path / "loose"))
    assert code == 0 and "住所" in out  # the draft is written and the missing item is listed


def test_templates_list_and_lint(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates", "list")
    assert code == 0 and "answer" in out and ".docx" in out
    builtin = [line.split()[-1] for line in out.splitlines() if line.strip()]
    code, out, _ = run(capsys, "templates", "lint", *builtin)
    assert code == 0, out


@pytest.mark.skipif(shutil.which("summons-kit") is None, reason="console script not installed")
def test_console_script_runs() -> None:
    done = subprocess.run(
        ["summons-kit", "check", str(WEILIDAI), "--json", "--today", "2026-11-28"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["deadlines"]["answer"] == "2026-12-07"


def test_module_runs_without_console_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "summons_kit.cli", "check", str(ROOT / "missing.toml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_user_mistakes_never_show_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import docx

    broken = tmp_path / "firm_answer.docx"
    document = docx.Document()
    document.add_paragraph("民事答辩状 {{ court.nmae }}")
    document.save(broken)
    not_docx = tmp_path / "answer.docx"
    not_docx.write_text("not a word file", encoding="utf-8")
    a_file = tmp_path / "a_file"
    a_file.write_text("x", encoding="utf-8")
    calls = [
        ("draft", str(WEILIDAI), "-o", str(tmp_path / "d1"), "--template", f"answer={broken}"),
        ("draft", str(WEILIDAI), "-o", str(tmp_path / "d2"), "--template", f"answer={not_docx}"),
        ("draft", str(WEILIDAI), "-o", str(a_file)),
        ("check", str(WEILIDAI), "--remind", "-5", "--ics", str(tmp_path / "x.ics")),
        ("init", str(a_file / "case.toml")),
    ]
    for argv in calls:
        code, out, err = run(capsys, *argv)
        assert code == 2, (argv, out, err)
        assert "Traceback" not in out + err
        assert err.strip(), argv
    # the unknown variable is named, with the nearest right one
    code, _, err = run(capsys, *calls[0])
    assert "court.nmae" in err and "court.name" in err
    assert not (tmp_path / "d1").exists() or not any((tmp_path / "d1").iterdir())


def test_ics_into_a_new_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ics = tmp_path / "calendar" / "deadlines.ics"
    code, _, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--ics", str(ics))
    assert code == 0 and "BEGIN:VEVENT" in ics.read_text(encoding="utf-8")


def test_check_json_details_explain_each_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--json", "--details")
    data = json.loads(out)
    answer = next(d for d in data["deadline_details"] if d["key"] == "answer")
    assert answer["date"] == "2026-12-07"
    assert "2026年11月20日" in answer["explanation"] and "民诉法" in answer["basis"]


def test_check_exits_1_when_it_finds_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # a service date after the hearing is impossible: one of the two was typed wrong
    text = WEILIDAI.read_text(encoding="utf-8").replace('served_on = "2026年11月20日"', 'served_on = "2026年12月23日"')
    case = tmp_path / "case.toml"
    case.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(case), "--today", "2026-12-24")
    assert code == 1
    assert "service.after_hearing" in out
    code, out, _ = run(capsys, "check", str(case), "--today", "2026-12-24", "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_a_bad_template_option_is_refused_before_anything_is_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path), "--template", "answer=/nonexist.docx")
    assert code == 2 and out == "" and "/nonexist.docx" in err


def test_lint_of_a_folder_says_it_is_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "templates", "lint", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_ics_of_a_case_with_nothing_dated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "case.toml"
    case.write_text('[court]\nname = "深圳前海合作区人民法院"\n', encoding="utf-8")
    code, out, err = run(capsys, "check", str(case), "--ics", str(tmp_path / "x.ics"), "--today", "2026-11-28")
    assert code == 2 and "案件检查" in out  # the report is printed, then the refusal
    assert "Traceback" not in err and err.strip()
    assert not (tmp_path / "x.ics").exists()
