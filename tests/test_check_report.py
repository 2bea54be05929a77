"""The Report: its dict, its Jupyter table, the CLI text, the .ics file, and the generated docs."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from pathlib import Path

import attrs
import icalendar
import pytest
from test_check_cases import credit_card, weilidai
from test_check_rules import clean

import summons_kit.report.html  # noqa: F401  (registers Report's notebook display)
from summons_kit.case.model import Case, Service
from summons_kit.check import check
from summons_kit.law.deadlines import answer_deadline
from summons_kit.law.rules import findings_markdown, replace_generated, rule_table
from summons_kit.report.ics import write_ics
from summons_kit.report.text import EXPLANATION_WIDTH, format_report, width, wrap

D = dt.date
DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_to_dict_has_exactly_the_given_keys() -> None:
    report = check(weilidai(), today=D(2025, 9, 20))
    data = report.to_dict()
    assert set(data) == {"ok", "deadlines", "findings"}
    assert data["ok"] is True
    assert data["deadlines"] == {
        "answer": "2025-09-26",
        "jurisdiction": "2025-09-26",
        "evidence": "2025-09-26",
        "hearing": "2025-10-15",
    }
    assert data["findings"]
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "field", "message", "message_en", "basis"}
    json.dumps(data, ensure_ascii=False)  # serialisable as is
    details = report.to_dict(details=True)["deadline_details"]
    assert [d["key"] for d in details] == ["answer", "jurisdiction", "evidence", "hearing", "appeal"]
    assert details[3]["at"] == "2025-10-15T09:30:00" and details[4]["date"] is None
    assert details[0]["field"] == "service.served_on" and details[0]["undated_zh"] == ""
    small = check(credit_card(), today=D(2026, 2, 5)).to_dict(details=True)["deadline_details"]
    assert small[-1]["key"] == "appeal" and small[-1]["undated_zh"] == "一审终审"
    assert small[-1]["explanation"].startswith("本案适用小额诉讼程序，实行一审终审")


def test_report_accessors() -> None:
    report = check(weilidai(), today=D(2025, 9, 20))
    assert report.deadline("answer").date == D(2025, 9, 26)
    assert report.deadline("public_notice") is None  # served by post
    with pytest.raises(KeyError, match="known: public_notice, answer"):
        report.deadline("answr")
    assert set(report.warnings) | set(report.infos) | set(report.errors) == set(report.findings)
    assert all(f.point for f in report.points)
    assert "rate.above_licensed_cap" in [f.code for f in report.points]
    assert report.days_left(report.deadline("answer")) == 6


def test_repr_html_shows_the_deadlines_and_a_table_per_severity() -> None:
    report = check(weilidai(), today=D(2025, 9, 20))
    html = report._repr_html_()
    severities = {f.severity for f in report.findings}
    assert html.count("<table ") == 1 + len(severities)
    assert "答辩期限" in html and "2025-09-26 星期五" in html
    assert "rate.above_licensed_cap" in html and "答辩要点" in html
    empty = check(Case(), today=D(2025, 9, 20))._repr_html_()
    assert "service.unknown" in empty
    marked = attrs.evolve(clean(), court=attrs.evolve(clean().court, name="<b>广州</b>市越秀区人民法院"))
    shown = check(evolve_hearing_place(marked, "A&B <法庭>"), today=D(2025, 9, 20))._repr_html_()
    assert "A&amp;B &lt;法庭&gt;" in shown and "<法庭>" not in shown


def evolve_hearing_place(case: Case, place: str) -> Case:
    return attrs.evolve(case, service=attrs.evolve(case.service, hearing_place=place))


def test_format_report_is_aligned_for_chinese() -> None:
    report = check(credit_card(), today=D(2026, 2, 5))
    text = format_report(report, credit_card())
    lines = text.splitlines()
    assert lines[0] == "案件检查 / case check — 今天 2026-02-05（星期四）"
    assert "案号 （2026）沪0115民初3456号" in lines[1]
    rows = {line.split()[0]: line for line in lines if re.match(r"^\d{4}-\d\d-\d\d", line)}
    assert "2026-02-24" in rows and "星期二" in rows["2026-02-24"] and "19天" in rows["2026-02-24"]
    assert "2026-03-03 14:30" in text and "最迟 20" not in text  # no deadline shown as a latest-possible date
    # small claims: the court may set a shorter answer period (民诉法解释 275), the computed date is the latest
    assert "2026年2月24日是最迟的答辩期限" in text
    # the label column starts at the same display column in every deadline row
    header = next(line for line in lines if line.startswith("日期"))
    label_at = width(header[: header.index("期限")])
    for line in lines[lines.index(header) + 2 : lines.index(header) + 7]:
        cells = re.split(r"\s{2,}", line.strip())
        assert width(line[: line.index(cells[-1])]) == label_at, line
    assert "jurisdiction.far_court" in text and "民诉法" in text
    # the infos: small claims (objection before the hearing, no appeal: 民诉法 169, 165), the assignment notified by a
    # newspaper, interest with 违约金 and fees to add up (法发〔2017〕22号), and the far court without a recorded venue
    # clause (graded info: 民诉法解释 18 ¶2)
    # the counts on their own line under the heading: heading and counts together are wider than 80 columns
    # (4 warnings: without an id number the 性别 and 出生日期 the answer's 当事人 line prints are missing too)
    assert lines[lines.index("检查结果 / findings:") + 1] == (
        "  0 个错误，4 个警告，4 个提示 / 0 error(s), 4 warning(s), 4 info"
    )
    assert all(width(line) <= 80 for line in lines)
    assert [f.code for f in report.infos] == [
        "procedure.small_claims_objection",
        "rate.combined_unknown",
        "assignment.notice_by_publication",
        "jurisdiction.far_court_no_clause",
    ]


def test_format_report_shows_how_each_deadline_was_computed() -> None:
    report = check(credit_card(), today=D(2026, 2, 5))
    text = format_report(report, credit_card())
    lines = text.splitlines()
    start = lines.index("计算方法与依据 / how each deadline was computed")
    block = lines[start + 1 : lines.index("", start)]
    assert block[0] == "- 答辩期限：2026年2月3日收到起诉状副本，次日起算15日至2026年2月18日（星期"
    assert all(line.startswith(("- ", "  ")) for line in block)
    assert all(width(line) <= 2 + EXPLANATION_WIDTH for line in block)
    joined = "".join(line[2:] for line in block)
    for deadline in report.deadlines:  # every explanation and basis, whole, in report order
        assert f"{deadline.label_zh}：{deadline.explanation}" in joined
        assert f"依据：{deadline.basis}" in joined
    assert "  依据：民诉法第128条；民诉法第85条第2款；民诉法解释第125条；民诉法第85条第3款" in block
    # the small-claims appeal row says 一审终审 where other undated rows say —
    appeal_row = next(line for line in lines if "上诉期限 / appeal deadline" in line)
    assert appeal_row.startswith("一审终审")
    assert "- 上诉期限：本案适用小额诉讼程序，实行一审终审" in text
    ordinary = format_report(check(weilidai(), today=D(2025, 9, 20)), weilidai())
    row = next(line for line in ordinary.splitlines() if "上诉期限 / appeal deadline" in line)
    assert row.startswith("—") and "一审终审" not in ordinary


def test_format_report_shows_a_dated_appeal() -> None:
    case = attrs.evolve(weilidai(), service=attrs.evolve(weilidai().service, judgment_served_on=D(2025, 11, 3)))
    text = format_report(check(case, today=D(2025, 11, 10)), case)
    row = next(line for line in text.splitlines() if "上诉期限 / appeal deadline" in line)
    assert row.startswith("2025-11-18") and "星期二" in row and "8天" in row
    assert "- 上诉期限：不服第一审判决的，自判决书送达之日起15日内上诉" in text


def test_format_report_days_left_and_passed() -> None:
    text = format_report(check(clean(), today=D(2025, 9, 28)))
    assert "已过2天" in text
    assert "今天" in format_report(check(clean(), today=D(2025, 9, 26)))


def test_wrap_respects_display_width() -> None:
    lines = wrap("答辩期限已于2025年9月26日届满 deadline.answer_passed", 10)
    assert all(width(line) <= 10 for line in lines)
    assert "".join(lines).replace(" ", "") == "答辩期限已于2025年9月26日届满deadline.answer_passed"


def test_wrap_keeps_chinese_punctuation_off_the_wrong_end_of_a_line() -> None:
    lines = wrap("答辩期限届满，还剩3天（见通知书）。", 8)
    assert lines == ["答辩期限", "届满，还", "剩3天", "（见通知", "书）。"]
    assert not any(line.startswith(("，", "）", "。")) or line.endswith("（") for line in lines)


def test_ics_parses_back(tmp_path: Path) -> None:
    report = check(weilidai(), today=D(2025, 9, 20))
    path = write_ics(report, weilidai(), tmp_path / "deadlines.ics", remind_days=2)
    assert path == tmp_path / "deadlines.ics"
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        f"{label} （2025）粤0391民初18888号" for label in ("答辩期限", "管辖权异议期限", "举证期限", "开庭")
    }
    answer = events["答辩期限 （2025）粤0391民初18888号"]
    assert answer.decoded("dtstart") == D(2025, 9, 26)
    assert answer.decoded("dtend") == D(2025, 9, 27)
    hearing = events["开庭 （2025）粤0391民初18888号"]
    start = hearing.decoded("dtstart")
    assert start == dt.datetime(2025, 10, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert str(hearing["location"]) == "深圳前海合作区人民法院第七法庭(深圳市前海深港合作区某某路1号)"
    assert str(answer["description"]).endswith(
        "依据：民诉法第128条；民诉法第85条第2款；民诉法解释第125条；民诉法第85条第3款"
    )
    for event in events.values():
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("trigger") == -dt.timedelta(days=2)
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Asia/Shanghai"
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file is gone


def test_ics_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "d.ics"
    target.write_text("old", encoding="utf-8")
    write_ics(check(weilidai(), today=D(2025, 9, 20)), None, target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    with pytest.raises(ValueError, match="remind_days"):
        write_ics(check(weilidai(), today=D(2025, 9, 20)), None, target, remind_days=-1)


def test_ics_with_nothing_dated_is_refused_not_written_empty(tmp_path: Path) -> None:
    """No service date and no hearing: no deadline has a date. An empty calendar would read as "nothing due",
    so write_ics refuses, in Chinese and English, and writes no file."""
    case = attrs.evolve(weilidai(), service=Service())
    report = check(case, today=D(2025, 9, 20))
    assert report.deadlines and all(d.date is None for d in report.deadlines)
    target = tmp_path / "d.ics"
    with pytest.raises(ValueError) as caught:
        write_ics(report, case, target)
    message = str(caught.value)
    assert "日历" in message and "nothing to put in the calendar" in message
    assert "service.served_on" in message and "service.hearing" in message
    assert list(tmp_path.iterdir()) == []
    hearing_only = attrs.evolve(case, service=Service(hearing=dt.datetime(2025, 10, 15, 9, 30)))
    cal = icalendar.Calendar.from_ical(
        write_ics(check(hearing_only, today=D(2025, 9, 20)), hearing_only, target).read_bytes()
    )
    assert [str(e["summary"]).split()[0] for e in cal.walk("VEVENT")] == ["开庭"]


def test_ics_into_a_folder_names_the_folder_not_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    target.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_ics(check(weilidai(), today=D(2025, 9, 20)), weilidai(), target)
    assert str(target) in str(caught.value) and ".tmp" not in str(caught.value)
    assert list(tmp_path.iterdir()) == [target] and list(target.iterdir()) == []


def _hearing_location(case: Case, tmp_path: Path) -> str:
    path = write_ics(check(case, today=D(2025, 9, 20)), case, tmp_path / "h.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return str(next(e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("开庭"))["location"])


def test_ics_hearing_location_names_the_court_not_this_court(tmp_path: Path) -> None:
    """ "本院" means nothing in a calendar: the court's name replaces it, or precedes a place that lacks it."""
    case = weilidai()
    assert "本院" not in _hearing_location(case, tmp_path)
    bare = attrs.evolve(case, service=attrs.evolve(case.service, hearing_place="第七法庭"))
    assert _hearing_location(bare, tmp_path) == "深圳前海合作区人民法院 第七法庭"
    named = attrs.evolve(case, service=attrs.evolve(case.service, hearing_place="深圳前海合作区人民法院第三法庭"))
    assert _hearing_location(named, tmp_path) == "深圳前海合作区人民法院第三法庭"
    nameless = attrs.evolve(case, court=attrs.evolve(case.court, name=""))
    assert _hearing_location(nameless, tmp_path) == "本院第七法庭(深圳市前海深港合作区某某路1号)"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ics_gets_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    """Not mkstemp's 0600: a calendar file is 0644 under umask 022, like the drafts; a replaced one keeps its
    mode; without force an existing file is not replaced."""
    report = check(weilidai(), today=D(2025, 9, 20))
    previous = os.umask(0o022)
    try:
        target = write_ics(report, weilidai(), tmp_path / "new" / "d.ics")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o600)
    write_ics(report, weilidai(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = target.read_bytes()
    with pytest.raises(FileExistsError, match="文件已存在"):
        write_ics(report, weilidai(), target, force=False)
    assert target.read_bytes() == before
    assert not list(target.parent.glob(".*.tmp"))


def test_findings_doc_matches_the_code() -> None:
    page = (DOCS / "findings.md").read_text(encoding="utf-8")
    stale = "docs/findings.md is stale: run python -m summons_kit.law.rules docs/findings.md"
    assert findings_markdown() in page, stale
    assert replace_generated(page) == page
    for code in rule_table():
        assert f"`{code.code}`" in page


def test_deadlines_doc_examples_are_right() -> None:
    page = (DOCS / "deadlines.md").read_text(encoding="utf-8")
    table = page.split("<!-- worked examples: served | deadline | why -->", 1)[1].split("\n\n", 1)[0]
    rows = re.findall(r"^\| (\d{4}-\d\d-\d\d) \| (\d{4}-\d\d-\d\d) \|", table, flags=re.MULTILINE)
    assert len(rows) >= 15
    for served, deadline in rows:
        assert answer_deadline(D.fromisoformat(served)).isoformat() == deadline, served


def test_a_dated_appeal_goes_into_the_calendar_file_and_the_html(tmp_path: Path) -> None:
    case = attrs.evolve(weilidai(), service=attrs.evolve(weilidai().service, judgment_served_on=D(2025, 11, 3)))
    report = check(case, today=D(2025, 11, 10))
    cal = icalendar.Calendar.from_ical(write_ics(report, case, tmp_path / "d.ics").read_bytes())
    appeal = next(e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("上诉期限"))
    assert appeal.decoded("dtstart") == D(2025, 11, 18)
    assert "依据：民诉法第171条第1款" in str(appeal["description"])
    assert "一审终审" in check(credit_card(), today=D(2026, 2, 5))._repr_html_()
