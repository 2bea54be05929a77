"""read_papers: files in, an :class:`Intake` out."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summons_kit.fields.case_number import CaseNumber
from summons_kit.intake.crosscheck import all_doubts
from summons_kit.intake.errors import IntakeError
from summons_kit.intake.extract import read_fields
from summons_kit.intake.model import Doubt, Intake, Page, Source, Unread
from summons_kit.intake.pages import group, read_file
from summons_kit.intake.reader import Reading

_PATH = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_NOTES_ONLY = {"total_items", "total_text"}


def read_papers(paths: Iterable[str | os.PathLike[str]]) -> Intake:
    """Read court papers (PDFs with a text layer, scanned PDFs, photos), in any order and mix, into an
    :class:`Intake`. Raises :class:`IntakeError` for a file that cannot be read at all."""
    pages: list[Page] = []
    for path in paths:
        pages.extend(read_file(Path(path)))
    if not pages:
        raise IntakeError("", "没有给出任何文件", "no files given")
    return read_pages(pages)


def read_pages(pages: Iterable[Page]) -> Intake:
    """An :class:`Intake` from pages already read (a PDF's text layer, OCR lines with their confidence)."""
    papers = group(pages)
    reading = read_fields(papers)
    doubts = all_doubts(reading) + _read_elsewhere(reading)
    _drop_what_the_loader_refuses(reading)
    notes = {k: v for k, v in reading.notes.items() if k not in _NOTES_ONLY}
    return Intake(
        case=build_case(reading),
        sources={field: found.source for field, found in reading.values.items()},
        unread=tuple(reading.unread),
        doubts=tuple(doubts),
        notes=notes,
        pages=tuple((page, paper.kind.value) for paper in papers for page in paper.pages),
    )


def _read_elsewhere(reading: Reading) -> list[Doubt]:
    """A field unreadable on one paper but read on another is written, and in doubt: the two cannot be compared."""
    doubts = []
    for item in list(reading.unread):
        if item.field in reading.values:
            reading.unread.remove(item)
            where = item.source.where() if item.source else ""
            doubts.append(
                Doubt(
                    item.field,
                    f"取自另一份文书;{where}上的无法识别:{item.message}",
                    f"read from another paper; the one on {where} cannot be read: {item.message_en}",
                )
            )
    return doubts


def _drop_what_the_loader_refuses(reading: Reading) -> None:
    """A value the case loader refuses is moved from the case to the unread list, so the case always loads."""
    from summons_kit.case.load import load_case
    from summons_kit.errors import CaseError

    for _ in range(3):
        try:
            load_case(build_case(reading))
        except CaseError as exc:
            for problem in exc.problems:
                found = reading.values.pop(problem.field, None)
                reading.unread.append(
                    Unread(problem.field, problem.message, problem.message_en, found.source if found else None)
                )
                if found is None:  # a section-level problem: nothing to drop field by field
                    return
            continue
        return


def _value(value: Any) -> Any:
    return str(value) if isinstance(value, CaseNumber) else value


def build_case(reading: Reading) -> dict[str, Any]:
    """The nested case dict of the values read (``claims[2].text`` -> ``case["claims"][1]["text"]``)."""
    case: dict[str, Any] = {}
    for field, found in sorted(reading.values.items(), key=lambda kv: _order(kv[0])):
        if found.value in ("", None):
            continue
        node: Any = case
        parts = field.split(".")
        for i, part in enumerate(parts):
            m = _PATH.fullmatch(part)
            assert m is not None, field
            name, index = m[1], m[2]
            last = i == len(parts) - 1
            if index is None:
                if last:
                    node[name] = _value(found.value)
                else:
                    node = node.setdefault(name, {})
            else:
                items = node.setdefault(name, [])
                while len(items) < int(index):
                    items.append({})
                node = items[int(index) - 1]
    return case


_SECTIONS = ["court", "service", "plaintiff", "agent", "defendant", "claims", "complaint", "loan", "assignment"]


def _order(field: str) -> tuple[int, str]:
    head = _PATH.match(field)
    section = head[1] if head else field
    rank = _SECTIONS.index(section) if section in _SECTIONS else len(_SECTIONS)
    if section == "claims" and head and head[2]:
        return rank, f"{int(head[2]):04d}{field}"
    return rank, ""


def source_of(intake: Intake, field: str) -> Source | None:
    return intake.sources.get(field)
