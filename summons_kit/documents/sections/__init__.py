"""The section builders: one module per document, each filling the template-context section its registry entry
names (:attr:`summons_kit.case.registry.Document.section`) from the case.

A builder is a module ``summons_kit.documents.sections.<Document.builder>`` with one function
``build(build: Build) -> object``; :func:`build_section` finds it from the registry, so a new document needs no
change here.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import attrs

from summons_kit.case.model import Case
from summons_kit.case.registry import Document
from summons_kit.documents.form import AnswerForm
from summons_kit.documents.markers import MissingLog
from summons_kit.law.calendar import Calendar


@attrs.frozen
class Build:
    """What a section builder reads: the case, its report, the answer's form and the log of missing values."""

    case: Case
    report: Any
    today: dt.date
    form: AnswerForm
    calendar: Calendar
    log: MissingLog
    evidence: list[dict[str, Any]]  # the numbered evidence rows (the context's ``evidence``)


def build_section(document: Document, build: Build) -> Any:
    """The context section of ``document`` for ``build``."""
    module = importlib.import_module(f"{__name__}.{document.builder}")
    return module.build(build)
