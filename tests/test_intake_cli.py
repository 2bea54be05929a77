"""``summons-kit read`` end to end: papers -> case.toml -> load -> check -> draft."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import summons_kit as sk
from summons_kit.cli import main

PAPERS = Path(__file__).parent / "papers"


def test_read_writes_a_case_that_loads_checks_and_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "case.toml"
    code = main(["read", str(PAPERS / "weilidai" / "bundle.pdf"), "-o", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert "读出 47 项 / 47 fields read" in printed and "存疑 0 项" in printed
    assert "应诉通知书所载答辩期/answer period the notice states: 15日/days" in printed
    case = sk.load_case(out)
    assert case.court.case_number is not None and case.court.case_number.number == 18888
    report = sk.check(case)
    assert any(f.field == "service.served_on" for f in report.findings)
    paths = sk.draft(case, tmp_path / "drafts", report=report)
    assert [p for p in paths if p.suffix == ".docx"]
    assert main(["draft", str(out), "-o", str(tmp_path / "drafts2")]) == 0


def test_read_exits_1_and_marks_what_is_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "case.toml"
    code = main(["read", str(PAPERS / "credit_card" / "bundle.pdf"), "-o", str(out)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "【未读出/unread】 loan.overdue_since" in printed
    assert "# overdue_since =   # 【未读出/unread】" in out.read_text(encoding="utf-8")
    tomllib.loads(out.read_text(encoding="utf-8"))


def test_read_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "case.toml"
    out.write_text("# mine\n", encoding="utf-8")
    assert main(["read", str(PAPERS / "weilidai" / "summons.pdf"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "已存在,未覆盖" in err and "not overwritten without --force" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "# mine\n"
    assert main(["read", str(PAPERS / "weilidai" / "summons.pdf"), "-o", str(out), "--force"]) == 0


@pytest.mark.parametrize(
    ("name", "content", "zh", "en"),
    [
        ("missing.pdf", None, "文件不存在", "no such file"),
        ("notes.docx", b"PK", "不支持的文件类型", "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4 not really", "不是可读的PDF文件", "not a readable PDF"),
        ("IMG_0001.HEIC", b"....ftypheic", "HEIC格式的照片无法读取", "export the photo as JPG"),
        ("broken.jpg", b"not a jpeg", "不是可读的图片", "not a readable image"),
    ],
)
def test_unusable_input_exits_2_with_a_bilingual_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, zh: str, en: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["read", str(path), "-o", str(tmp_path / "case.toml")]) == 2
    err = capsys.readouterr().err
    assert zh in err and en in err and "Traceback" not in err
    assert not (tmp_path / "case.toml").exists()


def test_without_ocr_a_scan_says_how_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import summons_kit.intake.ocr as ocr

    monkeypatch.setattr(ocr, "ocr_available", lambda: False)
    assert main(["read", str(PAPERS / "weilidai" / "summons_photo.jpg"), "-o", str(tmp_path / "c.toml")]) == 2
    err = capsys.readouterr().err
    assert 'pip install "summons_kit[ocr]"' in err and "需要文字识别" in err and "needs OCR" in err


def test_without_output_the_case_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(PAPERS / "credit_card" / "summons.pdf")]) == 0
    captured = capsys.readouterr()
    assert tomllib.loads(captured.out)["court"]["cause"] == "信用卡纠纷"
    assert "文书/paper: 传票" in captured.err
