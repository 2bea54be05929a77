"""The template context as views: the case file's own sections, the documents' sections (one per registry entry,
filled by its builder) and the sections derived for every draft. :meth:`TemplateViews.as_context` is the plain
dict every template sees, in that order."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

import attrs

from summons_kit.documents.views.answer import UnconfirmedView
from summons_kit.documents.views.base import as_context, doc
from summons_kit.documents.views.case import (
    AgentView,
    AssignmentView,
    ClaimView,
    ComplaintView,
    CourtView,
    LoanView,
    PartyView,
    ServiceView,
)
from summons_kit.documents.views.evidence import EvidenceView
from summons_kit.documents.views.report import DatesView, DeadlineView, FindingView, MissingView


@attrs.frozen
class CaseSections:
    """The sections that mirror the case file (the context's first keys)."""

    court: CourtView = attrs.field(metadata=doc("受诉法院与案件"))
    service: ServiceView = attrs.field(metadata=doc("送达 and the dates the court set"))
    plaintiff: PartyView = attrs.field(metadata=doc("原告 (same fields as defendant)"))
    defendant: PartyView = attrs.field(metadata=doc("被告 (答辩人 / 申请人 / 提交人 in the drafts)"))
    agent: AgentView | None = attrs.field(metadata=doc("委托诉讼代理人 of the defendant, or None"))
    claims: tuple[ClaimView, ...] = attrs.field(metadata=doc("诉讼请求, in the complaint's order"))
    complaint: ComplaintView = attrs.field(metadata=doc("facts from the complaint beyond its claims"))
    evidence: tuple[EvidenceView, ...] = attrs.field(metadata=doc("the defendant's evidence, in the case file's order"))
    loan: LoanView | None = attrs.field(metadata=doc("the contract (loan or credit card), or None"))
    assignment: AssignmentView | None = attrs.field(metadata=doc("债权转让, or None"))


@attrs.frozen
class DraftSections:
    """The sections derived for every draft (the context's last keys)."""

    dates: DatesView = attrs.field(metadata=doc("dates of the drafts"))
    deadlines: tuple[DeadlineView, ...] = attrs.field(metadata=doc("the report's deadlines"))
    findings: tuple[FindingView, ...] = attrs.field(metadata=doc("the report's findings"))
    unconfirmed: tuple[UnconfirmedView, ...] = attrs.field(
        metadata=doc(
            "what the answer prints with 【待确认：……】: 是否接受电子送达 when not set, then the rows with no "
            "position (element style: every row left out or entered without one; narrative style: the rows "
            "entered with text and no position)"
        )
    )
    missing: tuple[MissingView, ...] = attrs.field(
        metadata=doc("what the drafts need and the case leaves empty (shown as 【待填：……】); strict refuses")
    )


@attrs.frozen
class TemplateViews:
    """Every section of the template context, typed.

    ``documents`` holds each registry document's section by its name (``answer``, ``evidence_list``,
    ``instalment``, …), in the registry's order: the view its builder returned (:class:`AnswerView`,
    :class:`EvidenceListView`, :class:`InstalmentView` or None), or the plain dict of a builder that returns one.
    """

    case: CaseSections
    documents: Mapping[str, object]
    drafts: DraftSections

    def as_context(
        self, text: Callable[[str], str] | None = None, only: Collection[str] | None = None
    ) -> dict[str, Any]:
        """The plain dict a template sees: the case's sections, the documents', then the derived ones (``text``:
        applied to every string, see :func:`~summons_kit.documents.views.base.as_context`; ``only``: the sections
        to convert, by name, when not all — :data:`ALWAYS` always are). A view listed twice in one section is one
        dict in both places; sections never share a dict."""
        sections = [
            *((f.name, getattr(self.case, f.name)) for f in attrs.fields(CaseSections)),
            *self.documents.items(),
            *((f.name, getattr(self.drafts, f.name)) for f in attrs.fields(DraftSections)),
        ]
        return {
            name: as_context(section, text, {})
            for name, section in sections
            if only is None or name in only or name in ALWAYS
        }


#: the sections every context holds (a draft reads them whatever its templates print)
ALWAYS = frozenset({"missing", "unconfirmed"})
