"""Field rules: where on which paper each case-file field is stated, read with the kit's own parsers.

Each rule finds the words on the paper (a label and its value, a phrase of the complaint), parses them with
:mod:`summons_kit.fields` and records the value with its :class:`~summons_kit.intake.model.Source`
(:mod:`.reader`). A value the parser refuses is left out and listed as unread, with the parser's reason; nothing is
guessed. The rules for the court's papers are in :mod:`.rules_notices`, those for the complaint in
:mod:`.rules_complaint`.
"""

from __future__ import annotations

from summons_kit.intake import rules_complaint, rules_notices
from summons_kit.intake.pages import Paper
from summons_kit.intake.reader import Reader, Reading


def read_fields(papers: list[Paper]) -> Reading:
    """Every field the papers state. The order matters: the first reading of a field is the one written (the
    court's own papers for the court and the service, the complaint for the parties)."""
    r = Reader(papers)
    rules_notices.court(r)
    rules_notices.service(r)
    rules_complaint.complaint_parties(r)
    rules_notices.summons_party(r)
    rules_complaint.claims(r)
    rules_complaint.loan(r)
    return r.r
