"""The case.toml intake writes: every value with a comment saying where it came from, every doubt marked,
every unread field as a commented-out line to fill in by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from summons_kit.intake.model import Intake, Source

DOUBT_MARK = "【存疑/doubt】"
UNREAD_MARK = "【未读出/unread】"

_HEADER = """\
# 由 summons-kit read 从法院文书读出 / read from the court's papers by summons-kit read
# 每个值旁注明出处(文件、页码、文书、读取方式);标有{doubt}的值请对照原件核对,
# 标有{unread}的项未能读出,请照原件手工填写(去掉行首的 #)。
# Each value names where it was read (file, page, paper, text layer or OCR); check every value marked
# {doubt} against the paper; fill in the lines marked {unread} by hand (remove the leading #).
"""


def toml_value(value: Any) -> str:
    """``value`` as a TOML literal: dates and times as TOML dates, money as a quoted exact figure."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return json.dumps(f"{value:.2f}")
    return json.dumps(str(value), ensure_ascii=False)


def _where(source: Source | None) -> str:
    if source is None:
        return ""
    how = "文字层" if source.method == "text" else f"OCR {source.confidence:.2f}"
    return f"{PurePath(source.file).name} 第{source.page}页 {source.paper} ({how})"


def write_toml(intake: Intake) -> str:
    """The text of the case.toml for ``intake``."""
    out = [_HEADER.format(doubt=DOUBT_MARK, unread=UNREAD_MARK)]
    out += summary_lines(intake, prefix="# ")
    unread_by_section: dict[str, list[str]] = {}
    for item in intake.unread:
        unread_by_section.setdefault(_section(item.field), []).append(item.field)
    sections = [k for k in intake.case]
    sections += [s for s in unread_by_section if s not in sections and not s.startswith("claims")]
    for section in sections:
        body = intake.case.get(section)
        if isinstance(body, list):
            for i, item in enumerate(body, start=1):
                out.append(f"\n[[{section}]]")
                out += _table(intake, f"{section}[{i}]", item)
            continue
        out.append(f"\n[{section}]")
        out += _table(intake, section, body or {})
    return "\n".join(out) + "\n"


def _section(field: str) -> str:
    return field.split(".")[0].split("[")[0] if "[" in field.split(".")[0] else field.split(".")[0]


def _table(intake: Intake, path: str, body: dict[str, Any]) -> list[str]:
    lines = []
    for key, value in body.items():
        field = f"{path}.{key}"
        line = f"{key} = {toml_value(value)}"
        comment = _where(intake.sources.get(field))
        doubts = intake.doubts_of(field)
        if doubts:
            comment = f"{DOUBT_MARK} {comment}"
        lines.append(f"{line}  # {comment}" if comment else line)
        for doubt in doubts:
            lines.append(f"#   {DOUBT_MARK} {doubt.message} / {doubt.message_en}")
    for item in intake.unread:
        if item.field.rsplit(".", 1)[0] == path:
            key = item.field.rsplit(".", 1)[1]
            lines.append(f"# {key} =   # {UNREAD_MARK} {_where(item.source)}")
            lines.append(f"#   {item.message} / {item.message_en}")
    return lines


def summary_lines(intake: Intake, prefix: str = "") -> list[str]:
    """What was read and what needs a look, as the command prints it (and the file's header repeats it)."""
    lines = []
    papers: dict[tuple[str, str], list[int]] = {}
    for page, kind in intake.pages:
        papers.setdefault((PurePath(page.file).name, kind), []).append(page.number)
    for (name, kind), numbers in papers.items():
        how = {p.method for p, k in intake.pages if PurePath(p.file).name == name and k == kind}
        method = "OCR" if how == {"ocr"} else "文字层/text" if how == {"text"} else "文字层+OCR"
        pages = ",".join(map(str, numbers))
        lines.append(f"{prefix}文书/paper: {kind}  {name} 第{pages}页/p.{pages} ({method})")
    days = intake.notes.get("answer_period_days")
    if days:
        lines.append(
            f"{prefix}应诉通知书所载答辩期/answer period the notice states: {days}日/days"
            f" ({intake.notes.get('answer_period_source', '')})"
        )
    days = intake.notes.get("evidence_period_days")
    if days:
        lines.append(
            f"{prefix}举证通知书所载举证期限/evidence period the notice states: {days}日/days"
            f" ({intake.notes.get('evidence_period_source', '')})"
        )
    if intake.notes.get("more_defendants"):
        others = intake.notes["more_defendants"].strip()
        lines.append(
            f"{prefix}{DOUBT_MARK} 起诉状另列被告/other defendants in the complaint: {others}"
            " (只读取第一被告/only the first was read)"
        )
    count = len(intake.sources)
    lines.append(
        f"{prefix}读出 {count} 项 / {count} fields read; 存疑 {len(intake.doubts)} 项 / in doubt; "
        f"未读出 {len(intake.unread)} 项 / unread"
    )
    for doubt in intake.doubts:
        lines.append(f"{prefix}{DOUBT_MARK} {doubt}")
    for item in intake.unread:
        lines.append(f"{prefix}{UNREAD_MARK} {item}")
    return lines
