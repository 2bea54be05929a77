"""Findings and the table of finding codes.

Each rule module declares its codes with :func:`declare` (stable code, severity, field path, legal basis, what
triggers it); a finding is made from its code, so a code's severity and basis cannot differ between two
findings. The code table (:func:`codes`) is what docs/findings.md lists.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

import attrs

from summons_kit.case.model import Case
from summons_kit.fields.text import zh_punctuation
from summons_kit.law.calendar import Calendar
from summons_kit.law.citation import Basis
from summons_kit.law.deadlines import Deadline
from summons_kit.law.lpr import LprTable

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


@attrs.frozen
class Finding:
    """One thing a lawyer should know about the case: a suggestion, never a refusal to draft.

    ``point`` is a suggested answer point (Chinese, for the 答辩状) where the finding supports one. The Chinese
    texts (``message``, ``point``, ``basis``) are set in Chinese typography (fields.text.zh_punctuation), also
    where they quote what the user typed. ``basis`` is the compact text of ``cited`` (the structured basis a
    filing renders with :func:`summons_kit.law.citation.court_text`); ``cited`` is None only for a finding
    built by hand from a text. ``order`` sorts the suggested points: a dispositive defence (limitation,
    standing) has a lower order and is argued first.
    """

    code: str
    severity: Severity
    field: str
    message: str = attrs.field(converter=zh_punctuation)
    message_en: str
    basis: str = attrs.field(converter=zh_punctuation)
    point: str = attrs.field(default="", converter=zh_punctuation)
    cited: Basis | None = None
    order: int = 100

    def to_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
            "message_en": self.message_en,
            "basis": self.basis,
        }


@attrs.frozen
class Code:
    """A finding code's fixed facts."""

    code: str
    severity: Severity
    field: str  # the usual field path (a finding may name a more precise one)
    cited: Basis
    title: str = attrs.field(converter=zh_punctuation)  # Chinese, short
    trigger: str  # English: what triggers it
    #: the order of a suggested point in the answer (lower first: dispositive defences)
    order: int = 100

    @property
    def basis(self) -> str:
        """The compact text of the basis (what the finding table and the report print)."""
        return zh_punctuation(str(self.cited))

    def finding(
        self, message: str, message_en: str, *, field: str | None = None, point: str = "", basis: Basis | None = None
    ) -> Finding:
        """A finding of this code; ``basis`` may add to (never replace) the code's basis."""
        cited = self.cited if basis is None else basis
        if not cited.starts_with(self.cited):
            raise ValueError(f"{self.code}: a finding's basis must start with the code's basis")
        return Finding(
            self.code, self.severity, field or self.field, message, message_en, str(cited), point, cited, self.order
        )


_CODES: dict[str, Code] = {}


def declare(
    code: str, severity: Severity, field: str, basis: Basis, title: str, trigger: str, *, order: int = 100
) -> Code:
    """Register a finding code (once; codes are stable identifiers). ``order``: see :class:`Finding`."""
    if code in _CODES:
        raise ValueError(f"finding code declared twice: {code}")
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: unknown severity {severity!r}")
    declared = Code(code, severity, field, basis, title, trigger, order)
    _CODES[code] = declared
    return declared


def registered() -> tuple[Code, ...]:
    return tuple(_CODES.values())


@attrs.frozen
class Context:
    """What every rule sees: the case, the day of the check, the calendar, the deadlines, the LPR table."""

    case: Case
    today: dt.date
    calendar: Calendar
    deadlines: tuple[Deadline, ...]
    lpr: LprTable

    def deadline(self, key: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.key == key), None)


Rule = Callable[[Context], Iterable[Finding]]


def run(rules: Iterable[Rule], context: Context) -> Iterator[Finding]:
    for rule in rules:
        yield from rule(context)
