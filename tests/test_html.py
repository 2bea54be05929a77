"""Notebook displays: Case, Report, Schedule and a draft's result as HTML that survives the notebooks' CSS."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from pathlib import Path

import attrs
from test_check_cases import weilidai

import summons_kit as sk
import summons_kit.report.html
from summons_kit.case.model import Case, Claim
from summons_kit.check import check
from summons_kit.law.schedule import build_schedule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "weilidai" / "case.toml"
TODAY = dt.date(2026, 11, 28)


def text(shown: str) -> str:
    """What a reader sees: tags dropped, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", shown)))


def cells(shown: str) -> list[str]:
    return re.findall(r"<t[dh] [^>]*>", shown)


def test_every_cell_is_left_aligned_and_every_date_cell_stays_on_one_line() -> None:
    case = sk.load_case(EXAMPLE)
    for shown in (case._repr_html_(), sk.check(case, today=TODAY)._repr_html_()):  # type: ignore[attr-defined]
        found = cells(shown)
        assert found and all("text-align:" in c for c in found)
        assert "<td>" not in shown and "<table>" not in shown  # no cell left to the notebook's CSS
        for day in re.findall(r"<td ([^>]*)>2026-1\d-\d\d", shown):
            assert "white-space:nowrap" in day and "text-align:left" in day


def test_the_report_shows_the_hearing_time_and_each_deadline_on_its_line() -> None:
    shown = sk.check(sk.load_case(EXAMPLE), today=TODAY)._repr_html_()  # type: ignore[attr-defined]
    seen = text(shown)
    assert "开庭 hearing 2026-12-22 星期二 09:30 24" in seen
    assert "答辩期限 answer deadline 2026-12-07 星期一 9" in seen
    # (no instalment.total_includes_disputed: without [instalment] total the request offers the undisputed part)
    assert "无错误 / no error，4 个警告 / warnings，2 个提示 / notes" in seen


def test_the_report_groups_findings_by_severity_each_in_its_colour() -> None:
    served_late = attrs.evolve(weilidai(), service=attrs.evolve(weilidai().service, served_on=dt.date(2025, 9, 26)))
    report = check(served_late, today=dt.date(2025, 9, 20))
    assert {f.severity for f in report.findings} == {"error", "warning", "info"}
    shown = report._repr_html_()  # type: ignore[attr-defined]
    headings = re.findall(r'<span style="color:(#[0-9a-f]{6})">([^<]+)</span></div>', shown)
    assert [(c, h.split(" (")[0]) for c, h in headings] == [
        ("#c62828", "错误 / errors"),
        ("#ef6c00", "警告 / warnings"),
        ("#1565c0", "提示 / notes"),
    ]
    # each group's table lists exactly that group's codes, in report order
    groups = re.split(r'<span style="color:#[0-9a-f]{6}">', shown)[1:]
    for severity, group in zip(("error", "warning", "info"), groups, strict=True):
        codes = re.findall(r"<td [^>]*><code>([^<]+)</code><br>", group)
        assert codes == [f.code for f in report.findings if f.severity == severity]


def test_the_case_shows_parties_court_claims_with_amounts_and_key_dates() -> None:
    seen = text(sk.load_case(EXAMPLE)._repr_html_())  # type: ignore[attr-defined]
    assert "（2026）粤0391民初23456号 金融借款合同纠纷 · 简易程序 深圳前海合作区人民法院" in seen
    assert "原告 plaintiff 深圳前海微众银行股份有限公司" in seen and "被告 defendant 李明" in seen
    assert "11,228.78" in seen and "合计 / total 13,980.16" in seen
    assert "送达日 served on 2026-11-20 星期五 service.served_on" in seen
    assert "开庭 hearing 2026-12-22 星期二 09:30 service.hearing 开庭地点 hearing place 本院第五法庭" in seen


def test_every_value_is_escaped() -> None:
    case = Case(claims=(Claim(text="<script>alert(1)</script> & 利息", amount=Decimal("1.50")),))
    case = attrs.evolve(case, plaintiff=attrs.evolve(case.plaintiff, name="A&B <银行>"))
    shown = case._repr_html_()  # type: ignore[attr-defined]
    assert "<script>" not in shown and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 利息" in shown
    assert "A&amp;B &lt;银行&gt;" in shown and "<银行>" not in shown
    assert "service.unknown" in text(check(case, today=TODAY)._repr_html_())  # type: ignore[attr-defined]


def test_the_schedule_lists_every_payment_and_the_days_moved_to_a_working_day() -> None:
    schedule = build_schedule(Decimal("1000.00"), 3, dt.date(2026, 10, 1))  # National Day: moved
    seen = text(schedule._repr_html_())  # type: ignore[attr-defined]
    assert "共 1,000.00 元，3 期；每期 333.33，末期 333.34" in seen
    first = schedule.rows[0]
    assert first.moved and first.due == dt.date(2026, 10, 8)
    assert "第1期 2026-10-08 星期四 约定 / agreed 2026-10-01 333.33 666.67" in seen
    assert "第3期 2026-12-01 星期二 333.34 0.00" in seen


def test_a_draft_links_its_files_and_says_what_to_fill_in_and_confirm(tmp_path: Path) -> None:
    case = sk.load_case(EXAMPLE)
    gaps = attrs.evolve(
        case,
        defendant=attrs.evolve(case.defendant, address=""),
        defence=attrs.evolve(case.defence, electronic_service=None),
    )
    drafted = sk.draft(gaps, tmp_path / "out", documents=["answer"])
    shown = drafted._repr_html_()
    assert re.findall(r'<a href="([^"]+)"', shown) == [
        (tmp_path / "out" / "民事答辩状.docx")
        .as_posix()
        .replace("民事答辩状", "%E6%B0%91%E4%BA%8B%E7%AD%94%E8%BE%A9%E7%8A%B6")
    ]
    seen = text(shown)
    assert "待填 / to fill in (2)" in seen and "民事答辩状 答辩人住所 defendant.address" in seen
    assert "待确认 / to confirm (1)" in seen and "是否接受电子送达 defence.electronic_service" in seen
    complete = text(sk.draft(case, tmp_path / "all")._repr_html_())
    assert "已起草 / drafted (3)" in complete and "nothing left to fill in or confirm" in complete


def test_looking_up_the_api_registers_the_displays_and_importing_the_package_does_not() -> None:
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "import summons_kit as sk\n"
        "before = 'summons_kit.report.html' in sys.modules\n"
        f"case = sk.load_case({str(EXAMPLE)!r})\n"
        "print(json.dumps([before, '<table' in case._repr_html_()]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout) == [False, True]
