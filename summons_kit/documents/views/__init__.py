"""Typed template views: every section of the template context as a frozen attrs class whose fields carry their
description (``attrs.fields(AnswerView).points.metadata``; ``help(AnswerView)``).

:func:`summons_kit.documents.context.template_views` builds them; :func:`summons_kit.template_context` is their
plain-dict form (:func:`as_context`), the one docxtpl and user templates see. docs/variables.md is generated from
these classes (``python -m summons_kit.documents.variables``).
"""

import attrs

from summons_kit.documents.views.answer import (
    AnswerView,
    DeliveryView,
    ElementRows,
    ElementRowView,
    PointView,
    UnconfirmedView,
)
from summons_kit.documents.views.base import DOC, Empty, as_context, described_fields, doc, is_view
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
from summons_kit.documents.views.context import CaseSections, DraftSections, TemplateViews
from summons_kit.documents.views.evidence import EvidenceGroupView, EvidenceListView, EvidenceView
from summons_kit.documents.views.instalment import InstalmentView, ScheduleRowView
from summons_kit.documents.views.report import DatesView, DeadlineView, FindingView, MissingView

__all__ = [
    "DOC",
    "AgentView",
    "AnswerView",
    "AssignmentView",
    "CaseSections",
    "ClaimView",
    "ComplaintView",
    "CourtView",
    "DatesView",
    "DeadlineView",
    "DeliveryView",
    "DraftSections",
    "ElementRowView",
    "ElementRows",
    "Empty",
    "EvidenceGroupView",
    "EvidenceListView",
    "EvidenceView",
    "FindingView",
    "InstalmentView",
    "LoanView",
    "MissingView",
    "PartyView",
    "PointView",
    "ScheduleRowView",
    "ServiceView",
    "TemplateViews",
    "UnconfirmedView",
    "as_context",
    "described_fields",
    "doc",
    "is_view",
]

for _name in __all__:  # field.type is the type itself, not its name
    _view = globals()[_name]
    if isinstance(_view, type) and attrs.has(_view):
        attrs.resolve_types(_view)
