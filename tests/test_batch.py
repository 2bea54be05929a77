"""Many cases at once: sk.draft_many and ``summons-kit batch`` (folders, names, the report, resume, exit codes,
executors)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest

import summons_kit as sk
from summons_kit.case.load import read_file
from summons_kit.case.sheet import flatten, read_sheet
from summons_kit.cli import main
from summons_kit.documents.batch import BatchError, iter_draft_many, safe_name

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
TODAY = dt.date(2026, 11, 30)
NAMES = ["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"]


def _flat(i: int, **changes: Any) -> dict[str, Any]:
    row = flatten(read_file(WEILIDAI))
    row["court.case_number"] = f"（2026）粤0391民初{10000 + i}号"
    row["defendant.name"] = f"李{i}"
    row.update(changes)
    return row


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _report(out: Path) -> list[dict[str, str]]:
    with (out / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _answer_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- names ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（2026）粤0391民初1号", "（2026）粤0391民初1号"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("..", "row-1"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("张三\x00\x1f", "张三__"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("name. ", "name"),
        ("", "row-1"),
        ("   ", "row-1"),
    ],
)
def test_folder_names_are_safe_on_every_system(text: str, expected: str) -> None:
    assert safe_name(text, "row-1") == expected


def test_a_long_name_is_cut_to_80_characters() -> None:
    assert len(safe_name("长" * 300, "x")) == 80


def test_duplicate_and_unsafe_names_never_collide(tmp_path: Path) -> None:
    base = read_file(WEILIDAI)
    cases = [
        {**base, "defendant": {**base["defendant"], "name": name}}
        for name in ["张三", "张三", "../张三", "CON", "Zhang", "zhang"]
    ]
    results = sk.draft_many(cases, tmp_path, name="defendant.name", today=TODAY, documents=["answer"])
    assert [r.name for r in results] == ["张三", "张三-2", "_张三", "_CON", "Zhang", "zhang-2"]
    assert all(r.status == "ok" for r in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([r.name for r in results] + ["report.csv"])
    for result in results:
        (answer,) = result.paths
        assert answer.parent == tmp_path / result.name
    # each folder holds its own case: the second 张三's answer is the second case's
    assert "张三" in _answer_text(tmp_path / "张三-2" / "民事答辩状.docx")


def test_without_the_key_a_case_is_named_by_its_row_or_position(tmp_path: Path) -> None:
    base = read_file(WEILIDAI)
    no_number = {**base, "court": {k: v for k, v in base["court"].items() if k != "case_number"}}
    results = sk.draft_many([no_number], tmp_path, name="court.case_number", today=TODAY, documents=["answer"])
    assert results[0].name == "case-1"


# --- the API ----------------------------------------------------------------------------------------------------------


def test_draft_many_accepts_cases_dicts_flat_dicts_and_paths(tmp_path: Path) -> None:
    case = sk.load_case(WEILIDAI)
    cases = [case, read_file(WEILIDAI), _flat(3), WEILIDAI]
    results = sk.draft_many(cases, tmp_path / "out", today=TODAY)
    assert [r.status for r in results] == ["ok"] * 4
    assert [r.name for r in results] == [
        "（2026）粤0391民初23456号",
        "（2026）粤0391民初23456号-2",
        "（2026）粤0391民初10003号",
        "（2026）粤0391民初23456号-3",
    ]
    for result in results:
        assert [p.name for p in result.paths] == NAMES
        assert dict(result.deadlines)["answer"] == "2026-12-07"
    assert "李3" in _answer_text(results[2].paths[0])


def test_a_bad_case_is_reported_with_its_fields_and_the_others_are_drafted(tmp_path: Path) -> None:
    cases = [_flat(1), _flat(2, **{"service.served_on": "2026年13月40日"}), _flat(3, **{"clams.1.text": "判令"})]
    results = sk.draft_many(cases, tmp_path, today=TODAY)
    assert [r.status for r in results] == ["ok", "error", "error"]
    assert results[1].fields == ("service.served_on",)
    assert "2026年13月40日" in results[1].message
    assert "clams" in results[2].fields and "claims" in results[2].message  # did you mean 'claims'?
    assert not (tmp_path / results[1].name).exists(), "nothing is written for a failed case"
    with pytest.raises(BatchError, match=r"service\.served_on"):
        sk.draft_many(cases, tmp_path / "raise", today=TODAY, on_error="raise")


def test_an_existing_report_is_never_overwritten_without_force_or_resume(tmp_path: Path) -> None:
    sk.draft_many([_flat(1)], tmp_path, today=TODAY, documents=["answer"])
    with pytest.raises(FileExistsError, match="resume"):
        sk.draft_many([_flat(1)], tmp_path, today=TODAY, documents=["answer"])
    results = sk.draft_many([_flat(1)], tmp_path, today=TODAY, documents=["answer"], force=True)
    assert results[0].status == "ok"


def test_resume_skips_what_was_drafted_and_drafts_the_rest(tmp_path: Path) -> None:
    first = sk.draft_many([_flat(1), _flat(2, **{"service.served_on": "坏日期"})], tmp_path, today=TODAY)
    assert [r.status for r in first] == ["ok", "error"]
    fixed = [_flat(1), _flat(2), _flat(3)]
    again = sk.draft_many(fixed, tmp_path, today=TODAY, resume=True)
    assert [r.status for r in again] == ["skipped", "ok", "ok"]
    assert again[0].paths == first[0].paths
    assert [row["status"] for row in sorted(_report(tmp_path), key=lambda r: int(r["index"]))] == [
        "skipped",
        "ok",
        "ok",
    ]
    # a folder drafted by a run that stopped before writing its report counts as drafted too
    (tmp_path / "report.csv").unlink()
    third = sk.draft_many(fixed, tmp_path, today=TODAY, resume=True)
    assert [r.status for r in third] == ["skipped"] * 3


def test_a_thread_pool_executor_gives_the_same_drafts(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = sk.draft_many([_flat(i) for i in range(4)], tmp_path, executor=pool, today=TODAY)
    assert [r.index for r in results] == [1, 2, 3, 4]
    assert all(r.status == "ok" for r in results)
    assert "李2" in _answer_text(tmp_path / "（2026）粤0391民初10002号" / "民事答辩状.docx")


def test_a_dask_cluster_runs_the_same_call(tmp_path: Path) -> None:
    distributed = pytest.importorskip(
        "distributed", reason="dask[distributed] is not installed (pip install 'summons_kit[test]')"
    )
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        results = sk.draft_many([_flat(i) for i in range(3)], tmp_path, executor=client.get_executor(), today=TODAY)
    assert [r.status for r in results] == ["ok"] * 3
    assert "李1" in _answer_text(tmp_path / "（2026）粤0391民初10001号" / "民事答辩状.docx")


# --- the command ------------------------------------------------------------------------------------------------------


def test_batch_of_200_rows_with_bad_rows_reports_them_and_drafts_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = [_flat(i) for i in range(200)]
    rows[17]["service.served_on"] = "2026年2月30日"
    rows[88]["loan.principal"] = "三万块"
    rows[150]["court.case_number"] = rows[149]["court.case_number"]  # a duplicate case number gets its own folder
    sheet = _write_csv(tmp_path / "cases.csv", rows)
    out = tmp_path / "out"
    code, printed, _ = run(capsys, "batch", str(sheet), "-o", str(out), "--workers", "2", "--today", "2026-11-30")
    assert code == 1
    assert "共 200 件:已起草 198" in printed and "失败 2" in printed
    assert "第19行 / row 19" in printed and "service.served_on" in printed  # sheet row = index + 2 (header)
    assert "第90行 / row 90" in printed and "loan.principal" in printed
    report = {int(r["row"]): r for r in _report(out)}
    assert len(report) == 200
    assert report[19]["status"] == "error" and report[19]["fields"] == "service.served_on"
    assert "2026年2月30日" in report[19]["message"]
    assert report[90]["status"] == "error" and report[90]["fields"] == "loan.principal"
    assert report[2]["status"] == "ok"
    assert report[2]["files"].split("; ") == [f"（2026）粤0391民初10000号/{n}" for n in NAMES]
    assert "answer=2026-12-07" in report[2]["deadlines"]
    assert report[152]["name"] == "（2026）粤0391民初10149号-2"
    folders = [p for p in out.iterdir() if p.is_dir()]
    assert len(folders) == 198
    assert "李150" in _answer_text(out / "（2026）粤0391民初10149号-2" / "民事答辩状.docx")


def test_batch_exit_codes_and_resume(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = _write_csv(tmp_path / "cases.csv", [_flat(1), _flat(2)])
    out = tmp_path / "out"
    assert run(capsys, "batch", str(sheet), "-o", str(out), "--today", "2026-11-30")[0] == 0
    code, _, err = run(capsys, "batch", str(sheet), "-o", str(out))
    assert code == 2 and "--resume" in err and "Traceback" not in err
    code, printed, _ = run(capsys, "batch", str(sheet), "-o", str(out), "--resume")
    assert code == 0 and "跳过(此前已起草)2" in printed
    code, printed, _ = run(capsys, "batch", str(sheet), "-o", str(out), "--force", "--today", "2026-11-30")
    assert code == 0 and "已起草 2" in printed
    code, _, err = run(capsys, "batch", str(tmp_path / "none.xlsx"), "-o", str(out))
    assert code == 2 and "找不到表格文件" in err
    code, _, err = run(capsys, "batch", str(sheet), "-o", str(out), "--workers", "0")
    assert code == 2 and "--workers" in err


def test_batch_from_jsonl_named_by_a_chosen_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    nested = read_file(WEILIDAI)
    lines = [json.dumps(nested, ensure_ascii=False), json.dumps(_flat(5), ensure_ascii=False)]
    sheet = tmp_path / "cases.jsonl"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", str(sheet), "-o", str(out), "--name", "defendant.name", "--today", "2026-11-30")
    assert code == 0
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["李5", "李明"]


def test_batch_from_xlsx_refuses_a_numeric_id_naming_the_cell(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    rows = [_flat(1), _flat(2)]
    columns = list(rows[0])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(columns)
    for row in rows:
        sheet.append([row[c] for c in columns])
    id_column = columns.index("defendant.id_number")
    sheet.cell(row=3, column=id_column + 1, value=440104199104235116)
    sheet.cell(row=2, column=columns.index("loan.principal") + 1, value=30000.5)
    book.save(tmp_path / "cases.xlsx")
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", str(tmp_path / "cases.xlsx"), "-o", str(out), "--today", "2026-11-30")
    assert code == 1
    report = {int(r["row"]): r for r in _report(out)}
    assert report[2]["status"] == "ok"
    assert report[3]["status"] == "error" and report[3]["fields"] == "defendant.id_number"
    letter = openpyxl.utils.get_column_letter(id_column + 1)
    assert f"{letter}3" in report[3]["message"]
    (first, _second) = read_sheet(tmp_path / "cases.xlsx")
    assert sk.load_case(first.data).loan.principal == Decimal("30000.50")  # the float 30000.5, to the fen


def test_init_sheet_writes_a_sheet_that_batch_drafts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pytest.importorskip("openpyxl", reason="writing .xlsx needs openpyxl")
    sheet = tmp_path / "cases.xlsx"
    code, printed, _ = run(capsys, "init", "--sheet", str(sheet))
    assert code == 0 and str(sheet) in printed
    code, _, err = run(capsys, "init", "--sheet", str(sheet))
    assert code == 2 and "--force" in err
    code, _, _ = run(capsys, "batch", str(sheet), "-o", str(tmp_path / "out"), "--today", "2026-11-30")
    assert code == 0
    drafted = tmp_path / "out" / "（2026）粤0391民初23456号"
    assert sorted(p.name for p in drafted.iterdir()) == sorted(NAMES)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_batch_pdf_makes_a_pdf_next_to_each_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = _write_csv(tmp_path / "cases.csv", [_flat(1), _flat(2)])
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", str(sheet), "-o", str(out), "--pdf", "--today", "2026-11-30")
    assert code == 0
    for number in ("10001", "10002"):
        folder = out / f"（2026）粤0391民初{number}号"
        assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(n.replace(".docx", ".pdf") for n in NAMES)
        assert all(p.read_bytes().startswith(b"%PDF") for p in folder.glob("*.pdf"))
    assert all(len(r["files"].split("; ")) == 6 for r in _report(out))


def test_pdf_without_libreoffice_says_so_in_both_languages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMONS_KIT_SOFFICE", str(tmp_path / "no-such-soffice"))
    monkeypatch.setenv("PATH", str(tmp_path))
    sheet = _write_csv(tmp_path / "cases.csv", [_flat(1)])
    code, _, err = run(capsys, "batch", str(sheet), "-o", str(tmp_path / "out"), "--pdf")
    assert code == 2 and "LibreOffice" in err and "未找到" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists(), "nothing is drafted when the PDFs cannot be made"
    code, _, err = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path / "one"), "--pdf")
    assert code == 2 and "LibreOffice" in err
    assert not (tmp_path / "one").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_draft_pdf_for_one_case(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, printed, _ = run(capsys, "draft", str(WEILIDAI), "-o", str(tmp_path), "--pdf", "--today", "2026-11-30")
    assert code == 0
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == sorted(n.replace(".docx", ".pdf") for n in NAMES)
    assert str(tmp_path / "民事答辩状.pdf") in printed


class _CountingExecutor(ThreadPoolExecutor):
    """A thread pool that records the most futures it had outstanding at once."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.outstanding = 0
        self.most = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.outstanding += 1
        self.most = max(self.most, self.outstanding)
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(lambda _f: setattr(self, "outstanding", self.outstanding - 1))
        return future


def test_cases_are_streamed_with_a_bounded_number_in_flight(tmp_path: Path) -> None:
    read: list[int] = []

    def cases() -> Any:
        for i in range(12):
            read.append(i)
            yield _flat(i)

    with _CountingExecutor() as pool:
        results = iter_draft_many(cases(), tmp_path, executor=pool, max_in_flight=3, today=TODAY, documents=["answer"])
        first = next(results)
        assert len(read) <= 4, "the input is read as work finishes, not all at once"
        rest = list(results)
    assert pool.most <= 3
    assert sorted(r.index for r in [first, *rest]) == list(range(1, 13))
