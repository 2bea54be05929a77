"""The section builders: one module per document, each filling the template-context section its registry entry
names (:attr:`summons_kit.case.registry.Document.section`) from the case.

A builder is a module ``summons_kit.documents.sections.<Document.builder>`` with one function
``build(build: Build) -> <view> | None``; :func:`build_section` finds it from the registry, so a new document needs no
change here.

The contract of its return value: a view — a frozen attrs class of
:mod:`summons_kit.documents.views` whose fields carry their descriptions (``AnswerView``) — or None when the case
gives the document nothing to fill (the section is then None: ``{% if instalment %}``), or, for a document not yet
typed, a plain ``dict`` of ready-to-print values. The context turns a view into the same kind of dict
(:func:`summons_kit.documents.views.as_context`); docs/variables.md reads a typed section's variables from the
``build`` function's return annotation (``-> AnswerView``, ``-> InstalmentView | None``), a dict section's from
:data:`summons_kit.documents.variables.UNTYPED`.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Mapping
from typing import Any

import attrs

from summons_kit.case.model import Case
from summons_kit.case.registry import Document
from summons_kit.documents.form import AnswerForm
from summons_kit.documents.markers import MissingLog
from summons_kit.documents.views.base import is_view
from summons_kit.documents.views.evidence import EvidenceView
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
    evidence: tuple[EvidenceView, ...]  # the numbered evidence rows (the context's ``evidence``)


def builder(document: Document) -> Any:
    """The builder module of ``document``."""
    return importlib.import_module(f"{__name__}.{document.builder}")


def build_section(document: Document, build: Build) -> object:
    """The context section of ``document`` for ``build``: its builder's view, None, or dict (see the module)."""
    section = builder(document).build(build)
    if section is not None and not is_view(section) and not isinstance(section, Mapping):
        raise TypeError(
            f"builder {document.builder!r} of document {document.key!r} returned {type(section).__name__}; "
            "expected a view (attrs class), a dict or None"
        )
    return section
