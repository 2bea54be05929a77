"""summons_kit: from the fields of a Chinese civil summons to checked deadlines and Word drafts.

The data's path: entered fields -> :func:`load_case` (a frozen :class:`Case`) -> :func:`check` (a :class:`Report` of
deadlines and findings) -> :func:`template_context` -> :func:`draft` (.docx files); many cases at once:
:func:`draft_many`. :func:`read_papers` reads the court's papers (PDFs, scans, photos) into the fields to enter;
:func:`dump_case` writes a Case back to a case file; :func:`redact` makes a shareable copy.

The names below are imported on first use (PEP 562), so ``import summons_kit`` and a ``check`` load neither the
Word engine (docx, docxtpl, jinja2, lxml) nor dateparser.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> the module that defines it
_EXPORTS = {
    "Calendar": "summons_kit.law.calendar",
    "Case": "summons_kit.case.model",
    "CaseError": "summons_kit.errors",
    "CaseResult": "summons_kit.documents.batch",
    "Deadline": "summons_kit.law.deadlines",
    "Finding": "summons_kit.check",
    "Intake": "summons_kit.intake",
    "IntakeError": "summons_kit.intake",
    "ParseError": "summons_kit.errors",
    "Problem": "summons_kit.errors",
    "Report": "summons_kit.check",
    "amount_in_words": "summons_kit.fields.money",
    "answer_deadline": "summons_kit.law.deadlines",
    "check": "summons_kit.check",
    "draft": "summons_kit.documents.draft",
    "draft_many": "summons_kit.documents.batch",
    "dump_case": "summons_kit.case.dump",
    "load_case": "summons_kit.case.load",
    "parse_amount": "summons_kit.fields.money",
    "parse_date": "summons_kit.fields.dates",
    "read_papers": "summons_kit.intake",
    "read_sheet": "summons_kit.case.sheet",
    "redact": "summons_kit.case.redact",
    "template_context": "summons_kit.documents.context",
    "template_path": "summons_kit.documents.draft",
    "template_views": "summons_kit.documents.context",
}

#: looking one of these up registers the notebook displays (summons_kit.report.html)
_DISPLAYED = frozenset({"Case", "Report", "check", "load_case", "read_sheet"})

__all__ = [
    "Calendar",
    "Case",
    "CaseError",
    "CaseResult",
    "Deadline",
    "Finding",
    "Intake",
    "IntakeError",
    "ParseError",
    "Problem",
    "Report",
    "amount_in_words",
    "answer_deadline",
    "check",
    "draft",
    "draft_many",
    "dump_case",
    "load_case",
    "parse_amount",
    "parse_date",
    "read_papers",
    "read_sheet",
    "redact",
    "template_context",
    "template_path",
    "template_views",
]

if TYPE_CHECKING:
    from summons_kit.case.dump import dump_case
    from summons_kit.case.load import load_case
    from summons_kit.case.model import Case
    from summons_kit.case.redact import redact
    from summons_kit.case.sheet import read_sheet
    from summons_kit.check import Finding, Report, check
    from summons_kit.documents.batch import CaseResult, draft_many
    from summons_kit.documents.context import template_context, template_views
    from summons_kit.documents.draft import draft, template_path
    from summons_kit.errors import CaseError, ParseError, Problem
    from summons_kit.fields.dates import parse_date
    from summons_kit.fields.money import amount_in_words, parse_amount
    from summons_kit.intake import Intake, IntakeError, read_papers
    from summons_kit.law.calendar import Calendar
    from summons_kit.law.deadlines import Deadline, answer_deadline


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summons_kit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    if name in _DISPLAYED:  # the notebook displays of Case, Report and Schedule (registered by the report layer)
        importlib.import_module("summons_kit.report.html")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


class _Package(types.ModuleType):
    """``summons_kit.check`` is the function, as it was with eager imports: importing the subpackage
    ``summons_kit.check`` (which the import system binds as an attribute of its parent) does not replace it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
