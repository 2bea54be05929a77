"""The .ics export: no text value can end a line, inject a property or a VEVENT, or carry a control character."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summons_kit.case.model import Case
from summons_kit.check import check
from summons_kit.report.ics import calendar_of, write_ics

TODAY = dt.date(2026, 11, 28)


def _case(base: Case, cause: str, place: str = "第七法庭", court: str = "深圳前海合作区人民法院") -> Case:
    return attrs.evolve(
        base,
        court=attrs.evolve(base.court, case_number=None, cause=cause, name=court),
        service=attrs.evolve(base.service, hearing_place=place),
    )


def _parsed(case: Case) -> tuple[bytes, icalendar.Calendar, int]:
    report = check(case, today=TODAY)
    data = calendar_of(report, case).to_ical()
    return data, icalendar.Calendar.from_ical(data), len([d for d in report.deadlines if d.date is not None])


def _lines_ok(data: bytes) -> None:
    text = data.decode("utf-8")
    assert "\r\n".join(text.split("\r\n")) == text
    for line in text.split("\r\n"):
        assert "\r" not in line and "\n" not in line
        assert not any(ord(c) < 0x20 and c != "\t" for c in line), repr(line)


def test_a_cr_in_the_cause_cannot_inject_a_property(weilidai: Case) -> None:
    data, cal, _ = _parsed(_case(weilidai, "借款合同纠纷\rX-INJECTED:1"))
    assert b"\rX-INJECTED" not in data and "X-INJECTED" not in cal
    assert str(cal["X-WR-CALNAME"]) == "诉讼期限 借款合同纠纷 X-INJECTED:1"
    _lines_ok(data)


def test_an_lf_in_the_cause_cannot_inject_a_vevent(weilidai: Case) -> None:
    evil = "借款合同纠纷\nBEGIN:VEVENT\nUID:fake\nSUMMARY:已撤诉\nEND:VEVENT"
    data, cal, dated = _parsed(_case(weilidai, evil, place=evil))
    assert len(cal.walk("VEVENT")) == dated
    assert "fake" not in [str(e["UID"]) for e in cal.walk("VEVENT")]
    _lines_ok(data)


def test_control_characters_are_stripped_from_text_values(weilidai: Case) -> None:
    data, cal, _ = _parsed(_case(weilidai, "借款\x00合同\x0b纠纷\x1b[31m"))
    assert str(cal["X-WR-CALNAME"]) == "诉讼期限 借款合同纠纷[31m"
    assert all(b not in data for b in (b"\x00", b"\x0b", b"\x1b"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cause=st.text(max_size=40), place=st.text(max_size=40), court=st.text(max_size=20))
def test_any_text_gives_a_calendar_with_exactly_the_listed_events(
    weilidai: Case, cause: str, place: str, court: str
) -> None:
    data, cal, dated = _parsed(_case(weilidai, cause, place, court))
    _lines_ok(data)
    events = cal.walk("VEVENT")
    assert len(events) == dated and len(cal.subcomponents) - len(cal.walk("VTIMEZONE")) == dated
    assert set(cal) <= {"PRODID", "VERSION", "X-WR-CALNAME"}
    for event in events:
        assert set(event) <= {"UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND", "TRANSP", "LOCATION"}


def test_the_written_file_parses(weilidai: Case, tmp_path: Path) -> None:
    case = _case(weilidai, "借款合同纠纷\r\nEND:VCALENDAR")
    path = write_ics(check(case, today=TODAY), case, tmp_path / "d.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert cal.walk("VEVENT")
