"""The two exceptions of the kit.

Both are ``ValueError`` so that callers who only know the standard library still catch them.
Every message carries a Chinese text (what a court user reads) and an English text (for script users).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import attrs

#: how much of a value an error message echoes (the rest is counted, not printed: a 5,000-character value would
#: bury the message)
ECHO = 60


def shown(value: object) -> str:
    """``value`` as an error message echoes it: text quoted, amounts and dates as written (never a Python repr such
    as ``Decimal('12.00')``), anything long cut with its length stated."""
    if isinstance(value, Decimal | dt.date | dt.datetime | int | float) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        text = repr(value)
    if len(text) > ECHO:
        text = f"{text[:ECHO]}…（共{len(text)}字 / {len(text)} characters）"
    return repr(text) if isinstance(value, str) else text


class ParseError(ValueError):
    """A single field string could not be read.

    ``text`` is the raw string as entered, ``reason``/``reason_en`` say what was wrong, ``field`` is the
    path of the field (``service.served_on``) once the loader knows it.
    """

    def __init__(self, text: object, reason: str, reason_en: str, *, field: str | None = None) -> None:
        self.text = "" if text is None else str(text)
        self.reason = reason
        self.reason_en = reason_en
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.field}: " if self.field else ""
        quoted = shown(self.text)
        return f"{where}无法识别“{quoted[1:-1]}”:{self.reason} / cannot read {quoted}: {self.reason_en}"

    def at(self, field: str) -> ParseError:
        """The same error, located at ``field``."""
        return ParseError(self.text, self.reason, self.reason_en, field=field)

    def __str__(self) -> str:
        return self.message


class FieldValueError(ValueError):
    """A value of the right type but outside what the field allows (raised by model validators)."""

    def __init__(self, field: str, value: object, expected: str, expected_en: str) -> None:
        self.field, self.value, self.expected, self.expected_en = field, value, expected, expected_en
        super().__init__(f"{field} = {shown(value)}: {expected} / {expected_en}")


@attrs.frozen
class Problem:
    """One thing wrong in a case file: where, what was there, and what was expected."""

    field: str
    value: object
    message: str
    message_en: str

    def __str__(self) -> str:
        echoed = "" if self.value is None else f" (值/value: {shown(self.value)})"
        return f"{self.field}{echoed}: {self.message} / {self.message_en}"


class CaseError(ValueError):
    """A case file or dict that cannot become a :class:`~summons_kit.case.model.Case`.

    ``problems`` lists every problem found, not just the first.
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        head = f"{source}: " if source else ""
        lines = [f"{head}案件文件有 {len(self.problems)} 处问题 / the case has {len(self.problems)} problem(s):"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))
