"""What intake produces: the pages it read, where each value came from, and what it could not read or trust."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from types import MappingProxyType
from typing import Any, Literal

import attrs

Method = Literal["text", "ocr"]


@attrs.frozen
class Line:
    """One line of a page as read: its text and the OCR confidence (1.0 for a PDF text layer)."""

    text: str
    confidence: float = 1.0


@attrs.frozen
class Page:
    """One page of one input file."""

    file: str  # the file's name as given
    number: int  # 1-based page number within the file
    lines: tuple[Line, ...]
    method: Method

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@attrs.frozen
class Source:
    """Where one value came from."""

    file: str
    page: int
    text: str  # the words on the paper the value was read from
    method: Method
    confidence: float  # OCR confidence of the least sure line the value spans; 1.0 for a text layer
    paper: str = ""  # 起诉状, 传票 ...

    def where(self) -> str:
        how = "文字层/text" if self.method == "text" else f"OCR {self.confidence:.2f}"
        return f"{PurePath(self.file).name} 第{self.page}页/p.{self.page} {self.paper} ({how})"


@attrs.frozen
class Doubt:
    """A value written but not to be trusted without a look at the paper (``field`` is its case-file path)."""

    field: str
    message: str
    message_en: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message} / {self.message_en}"


@attrs.frozen
class Unread:
    """A field the papers seem to state that could not be read; it is left out of the case."""

    field: str
    message: str
    message_en: str
    source: Source | None = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message} / {self.message_en}"


def _frozen_dict(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen
class Intake:
    """The papers read into a case.

    ``case`` is a dict that :func:`summons_kit.load_case` accepts; ``sources`` maps each field path in it
    (``court.case_number``, ``claims[1].text``) to where it was read; ``unread`` lists the fields the papers
    state that could not be read (left out of ``case``); ``doubts`` the values written but in doubt (low OCR
    confidence, failed cross-check). ``notes`` holds what the papers state that the case file has no key for
    (the answer period a notice states, the paper each page was recognised as).
    """

    case: Mapping[str, Any]
    sources: Mapping[str, Source] = attrs.field(factory=dict, converter=_frozen_dict)
    unread: tuple[Unread, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    notes: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_dict)
    pages: tuple[tuple[Page, str], ...] = ()  # each page read and the paper it was recognised as

    @property
    def in_doubt(self) -> bool:
        return bool(self.doubts or self.unread)

    def doubts_of(self, field: str) -> list[Doubt]:
        return [d for d in self.doubts if d.field == field]
