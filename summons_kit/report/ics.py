"""The deadlines as an iCalendar file: an all-day event per dated deadline, the hearing at its time.

Every event carries a reminder (VALARM) ``remind_days`` days before. The hearing's LOCATION names the court
(never a bare "本院"). The file is written by :func:`summons_kit.atomic.write_atomic` (a temporary file in the
same folder, then replaced), so a calendar program never reads half a file, with the mode a new file gets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import icalendar

from summons_kit.atomic import write_atomic
from summons_kit.case.model import Case
from summons_kit.law.deadlines import Deadline

if TYPE_CHECKING:  # law/ does not import check.py at run time (check.py imports law/)
    from summons_kit.check import Report

TIMEZONE = ZoneInfo("Asia/Shanghai")
HEARING_HOURS = 2  # the hearing event's assumed length
PRODID = "-//summons_kit//deadlines//ZH"


#: what a TEXT value never carries: C0 controls (line breaks are handled apart), DEL, C1 controls, lone
#: surrogates and the non-characters U+FFFE/U+FFFF
_CONTROL = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85]")


def text_value(text: str, *, multiline: bool = False) -> icalendar.vText:
    """A TEXT value with no control character: line breaks kept (escaped as \\n by icalendar) where the
    property may span lines, else made spaces, so no value can end a line and start a property or a VEVENT."""
    cleaned = _CONTROL.sub("", _BREAKS.sub("\n" if multiline else " ", text))
    return icalendar.vText(cleaned if multiline else cleaned.strip())


def _case_title(case: Case | None) -> str:
    if case is None:
        return ""
    number = str(case.court.case_number) if case.court.case_number else ""
    return number or case.court.cause


def _event(deadline: Deadline, case: Case | None, stamp: dt.datetime, remind_days: int) -> icalendar.Event:
    assert deadline.date is not None
    title = _case_title(case)
    event = icalendar.Event()
    event.add("uid", f"{deadline.key}-{deadline.date.isoformat()}-{_slug(title)}@summons-kit")
    event.add("dtstamp", stamp)
    event.add("summary", text_value(f"{deadline.label_zh} {title}"))
    event.add("description", text_value(f"{deadline.explanation}\n依据：{deadline.basis}", multiline=True))
    if deadline.at is not None:
        start = deadline.at.replace(tzinfo=TIMEZONE) if deadline.at.tzinfo is None else deadline.at
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(hours=HEARING_HOURS))
    else:
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    if deadline.key == "hearing" and case is not None and case.service.hearing_place:
        event.add("location", text_value(hearing_location(case)))
    if remind_days > 0:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", text_value(f"{remind_days}天后：{deadline.label_zh}"))
        alarm.add("trigger", dt.timedelta(days=-remind_days))
        event.add_component(alarm)
    return event


def hearing_location(case: Case) -> str:
    """Where the hearing is, readable outside the court's papers: "本院" (this court) becomes the court's name,
    and a place that does not name the court is preceded by it ("深圳前海合作区人民法院 第七法庭")."""
    place = case.service.hearing_place.strip()
    court = case.court.name.strip()
    if not court or not place:
        return place
    place = place.replace("本院", court)
    return place if court in place else f"{court} {place}"


def _slug(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()) or "case"


def calendar_of(report: Report, case: Case | None = None, remind_days: int = 3) -> icalendar.Calendar:
    """The iCalendar object: one event per dated deadline (the objection deadline shares the answer's).

    ValueError (in Chinese and English) when no deadline is dated — no service date and no hearing — rather
    than an empty calendar."""
    if remind_days < 0:
        raise ValueError(f"remind_days 应为非负整数 / must not be negative: {remind_days}")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", text_value(f"诉讼期限 {_case_title(case)}"))
    stamp = dt.datetime.combine(report.today, dt.time(0), tzinfo=dt.UTC)
    dated = [d for d in report.deadlines if d.date is not None]
    if not dated:  # a calendar file with no event would look like "nothing is due"
        raise ValueError(
            "日历中没有可写入的事项:案件没有送达日期(service.served_on),也没有开庭时间(service.hearing),"
            "没有任何期限能算出日期,未生成日历文件 / nothing to put in the calendar: no service date "
            "(service.served_on) and no hearing (service.hearing), so no deadline has a date; no calendar "
            "file written"
        )
    for deadline in dated:
        cal.add_component(_event(deadline, case, stamp, remind_days))
    cal.add_missing_timezones()
    return cal


def write_ics(
    report: Report,
    case: Case | None,
    path: str | Path,
    remind_days: int = 3,
    *,
    force: bool = True,
    inputs: Iterable[str | Path] = (),
) -> Path:
    """Write the deadlines of ``report`` to ``path`` and return the path.

    The file is written atomically with the permissions any new file gets (``0666`` less the umask; a replaced
    file keeps its own). ``force=False`` refuses to replace an existing file (FileExistsError); a link, a device,
    a FIFO, or one of ``inputs`` (the case file) is never replaced (:class:`summons_kit.atomic.UnsafeTargetError`).
    """
    data = calendar_of(report, case, remind_days).to_ical()
    return write_atomic(data, Path(path), force=force, inputs=inputs)
