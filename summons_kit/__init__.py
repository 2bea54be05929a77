"""summons_kit: from the fields of a Chinese civil summons to checked deadlines and Word drafts.

The data's path: entered fields -> :func:`load_case` (a frozen :class:`Case`) -> :func:`check` (a :class:`Report` of
deadlines and findings) -> :func:`template_context` -> :func:`draft` (.docx files). :func:`read_papers` reads the
court's papers (PDFs, scans, photos) into the fields to enter.
"""

from summons_kit.case.dump import dump_case
from summons_kit.case.load import load_case
from summons_kit.case.model import Case
from summons_kit.case.redact import redact
from summons_kit.check import Finding, Report, check
from summons_kit.documents.context import template_context, template_views
from summons_kit.documents.draft import draft, template_path
from summons_kit.errors import CaseError, ParseError, Problem
from summons_kit.fields.dates import parse_date
from summons_kit.fields.money import amount_in_words, parse_amount
from summons_kit.intake import Intake, IntakeError, read_papers
from summons_kit.law.calendar import Calendar
from summons_kit.law.deadlines import Deadline, answer_deadline

__version__ = "0.1.0"

__all__ = [
    "Calendar",
    "Case",
    "CaseError",
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
    "dump_case",
    "load_case",
    "parse_amount",
    "parse_date",
    "read_papers",
    "redact",
    "template_context",
    "template_path",
    "template_views",
]
