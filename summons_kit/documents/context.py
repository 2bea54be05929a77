"""Case + Report -> the variables every template sees.

Every section is a typed view (:mod:`summons_kit.documents.views`, whose fields carry their descriptions; the
reference page docs/variables.md is generated from them by :mod:`summons_kit.documents.variables`):
:func:`template_views` builds them — the case's own sections here, each document's section by the builder its
registry entry names (:mod:`summons_kit.documents.sections`) — and :func:`template_context` is their plain dict,
the one templates see.

Naming convention:

- Top-level sections mirror the case file: ``court``, ``service``, ``plaintiff``, ``defendant``, ``agent``,
  ``claims``, ``complaint``, ``evidence``, ``loan``, ``assignment``, ``instalment``; ``answer`` is built from
  ``[defence]``; ``evidence_list``, ``dates``, ``deadlines``, ``findings``, ``missing`` and ``unconfirmed``
  are derived.
- Every value is ready to print: money as ``15,600.00`` (a template writes 人民币{{ … }}元), its capital
  numerals under the same name + ``_words``; dates as ``2025年9月11日``, a date under a signature + ``_upper``
  (二〇二五年九月十一日); ticked/unticked boxes as ☑/☐ under names ending in ``_box``. Booleans are
  ``is_…``/``has_…``/``to_…`` or plain flags.
- An optional section the case leaves out (``agent``, ``loan``, ``assignment``, ``instalment``) is ``None``:
  test it with ``{% if agent %}``. A value a document needs and the case leaves empty prints 【待填：……】 and
  is listed in ``missing``; every other absent value is an empty string.
- Formatting lives on the data objects (``Party.line``, ``Rate.describe``, ``Evidence.form_text``) and in
  :mod:`summons_kit.fields`; this module only assembles. One pass at the end (:func:`_typeset`) gives every text
  Chinese punctuation (，；：（）) however the case file typed it.
- Answer points: the entered ones, then the suggested ones a topic of an entered point does not already cover
  (:mod:`summons_kit.documents.suggestions`); the 答辩依据 row cites their bases as a filing does
  (:mod:`summons_kit.documents.citations`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

import attrs

from summons_kit.case import registry
from summons_kit.case.model import Case, Claim, Label, Party
from summons_kit.documents import values as v
from summons_kit.documents.form import AnswerForm, resolve_answer_form
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build, build_section
from summons_kit.documents.sections.evidence import evidence_rows
from summons_kit.documents.views import (
    AgentView,
    AnswerView,
    AssignmentView,
    CaseSections,
    ClaimView,
    ComplaintView,
    CourtView,
    DatesView,
    DeadlineView,
    DraftSections,
    FindingView,
    LoanView,
    MissingView,
    PartyView,
    ServiceView,
    TemplateViews,
)
from summons_kit.documents.views.context import ALWAYS
from summons_kit.fields.text import zh_punctuation
from summons_kit.law.calendar import DEFAULT as DEFAULT_CALENDAR
from summons_kit.law.calendar import Calendar


def template_context(
    case: Case,
    report: Any = None,
    today: dt.date | None = None,
    *,
    style: str | AnswerForm | None = None,
    calendar: Calendar = DEFAULT_CALENDAR,
    sections: Collection[str] | None = None,
) -> dict[str, Any]:
    """Every variable a template sees (see the module docstring and docs/variables.md).

    ``report`` is the :func:`summons_kit.check` report whose findings suggest answer points and whose
    deadlines the templates may print; when None and the case asks for suggestions, it is computed with
    ``today``. ``style`` is the answer's (:func:`summons_kit.documents.form.resolve_answer_form`). ``calendar``
    moves the instalment due dates to working days (pass the one given to ``check`` when you supplied a year's
    arrangement). ``context["missing"]`` lists what the documents need and the case leaves empty (each shown
    as【待填：……】). ``sections``: the sections to give (default: every one), by their names (``court``,
    ``answer``, ``evidence_list``, ``deadlines``, …; see :data:`SECTIONS`): what a set of templates reads, so
    drafting three documents does not build the other seven documents' sections. ``missing`` and ``unconfirmed``
    are always given; they list what the sections built ask for, so asking for either of them builds and gives
    every section. An unknown name is a ValueError.

    The plain-dict form of :func:`template_views`, every text typeset with Chinese punctuation. A view listed twice
    in one section (the element rows of ``answer.items`` and ``answer.item_rows``) is one dict in both places.
    """
    views = template_views(case, report, today, style=style, calendar=calendar, sections=sections)
    return views.as_context(text=_typeset, only=_checked_sections(sections))


def template_views(
    case: Case,
    report: Any = None,
    today: dt.date | None = None,
    *,
    style: str | AnswerForm | None = None,
    calendar: Calendar = DEFAULT_CALENDAR,
    sections: Collection[str] | None = None,
) -> TemplateViews:
    """The template context as typed views (:mod:`summons_kit.documents.views`), before typesetting: the same
    arguments and values as :func:`template_context`, which is its plain dict."""
    sections = _checked_sections(sections)
    today = today or dt.date.today()
    form = resolve_answer_form(case, style)
    if report is None and case.defence.suggest:
        from summons_kit.check import check

        report = check(case, today=today, calendar=calendar)
    log = MissingLog()
    for document in registry.DOCUMENTS:
        if sections is not None and document.section not in sections:
            continue  # a section not built: what its document lacks is not asked for
        if document.plan and registry.is_missing(registry.lookup(case, document.plan)):
            continue  # no plan: the document is not drafted (draft() skips it)
        for need in document.missing(case):  # a person has no credit code …
            log.add((document.key,), need.field, need.label)
    signed = case.documents.date or today
    evidence = evidence_rows(case, log)
    own = CaseSections(
        court=_court(case),
        service=_service(case),
        plaintiff=_party(case.plaintiff, "原告", None, log),
        defendant=_party(case.defendant, "被告", _party_docs(case), log),
        agent=_agent(case),
        claims=tuple(_claim(i, c) for i, c in enumerate(case.claims, 1)),
        complaint=_complaint(case),
        evidence=evidence,
        loan=_loan(case),
        assignment=_assignment(case),
    )
    build = Build(case, report, today, form, calendar, log, evidence)
    documents = {
        document.section: build_section(document, build)
        for document in registry.DOCUMENTS
        if sections is None or document.section in sections
    }
    answer = documents.get("answer")
    if isinstance(answer, AnswerView):
        unconfirmed = answer.unconfirmed
    else:  # a builder's plain dict carries the list under its own key
        unconfirmed = tuple(answer.pop("unconfirmed", ())) if isinstance(answer, dict) else ()
    derived = DraftSections(
        dates=DatesView(today=v.date(today), signed=v.date(signed), signed_upper=v.date_upper(signed)),
        deadlines=tuple(_deadline(d) for d in getattr(report, "deadlines", ())),
        findings=tuple(_finding(f) for f in getattr(report, "findings", ())),
        unconfirmed=unconfirmed,
        missing=tuple(MissingView(**m.as_dict()) for m in log.items),
    )
    return TemplateViews(case=own, documents=documents, drafts=derived)


#: every section of the context, by name: the case's own, the documents', the derived ones (in the context's order)
SECTIONS: tuple[str, ...] = (
    *(f.name for f in attrs.fields(CaseSections)),
    *(d.section for d in registry.DOCUMENTS),
    *(f.name for f in attrs.fields(DraftSections)),
)


def _checked_sections(sections: Collection[str] | None) -> frozenset[str] | None:
    """``sections`` as a set, every section when it asks for ``missing`` or ``unconfirmed`` (their lists come from
    all the others); a ValueError naming what is not a section."""
    if sections is None:
        return None
    if isinstance(sections, str):
        raise ValueError(
            f"sections 应为章节名的集合,而不是字符串 {sections!r} / sections is a collection of section names, "
            f"not the string {sections!r} (write {{{sections!r}}})"
        )
    unknown = sorted(set(sections) - set(SECTIONS))
    if unknown:
        raise ValueError(
            f"未知的章节 / unknown sections: {', '.join(unknown)} (expected some of: {', '.join(SECTIONS)})"
        )
    return None if ALWAYS & set(sections) else frozenset(sections)


def _party_docs(case: Case) -> tuple[tuple[str, str], ...]:
    """The documents that print the defendant's 当事人 block, with the defendant's role in each."""
    return tuple(
        (d.key, d.party_role)
        for d in registry.DOCUMENTS
        if d.party_role and not (d.plan and registry.is_missing(registry.lookup(case, d.plan)))
    )


#: A text of the context with Chinese punctuation (:func:`summons_kit.fields.text.zh_punctuation`): what the user
#: typed on a Latin keyboard (还款19期,累计……) prints ，：；（）; figures (15,600.00) and Latin text stay as they are.
#: Applied to every string while the views become the plain dict (``as_context(text=_typeset)``, one walk): the one
#: place values are typeset, so every template (built-in or the user's) gets it. (The function itself, not a
#: wrapper: it runs on every string of every case.)
_typeset = zh_punctuation


# --- sections -----------------------------------------------------------------------------------------------


def _required(case: Case, path: str, value: str) -> str:
    """``value``, or the marker of ``path`` when a document needs it (its label from the registry)."""
    if value:
        return value
    label = registry.label_of(case, path)
    return marker(label) if label else value


def _court(case: Case) -> CourtView:
    court = case.court
    return CourtView(
        name=_required(case, "court.name", court.name),
        case_number=_required(case, "court.case_number", str(court.case_number or "")),
        cause=_required(case, "court.cause", court.cause),
        procedure=str(court.procedure or ""),
    )


def _service(case: Case) -> ServiceView:
    service = case.service
    return ServiceView(
        served_on=v.date(service.served_on),
        method=str(service.method or ""),
        evidence_deadline=v.date(service.evidence_deadline),
        hearing=v.moment(service.hearing),
        hearing_place=service.hearing_place,
        notice_date=v.date(service.notice_date),
    )


def _party(party: Party, role: str, documents: tuple[tuple[str, str], ...] | None, log: MissingLog) -> PartyView:
    """A party's fields, its 当事人 line under its role in the suit, and its block.

    For the defendant (``documents`` given: the documents that print its block, with its role there) a value a
    pleading needs prints a marker and is logged; for the plaintiff absent values are left out.
    """

    def blank(label: Label) -> str:
        if documents is None:
            return ""
        for document, doc_role in documents:
            log.add((document,), f"defendant.{label.field}", f"{doc_role}{label}")
        return marker(label)

    def need(value: str, label: str, field: str) -> str:
        return value or blank(Label(label, field))

    person = party.is_person
    name = party.name or (marker("原告名称") if documents is None else marker("答辩人姓名"))
    gender = party.gender_text
    return PartyView(
        name=name,
        kind="自然人" if person else "法人、非法人组织",
        is_person=person,
        line=party.line(role, blank),
        block=tuple(party.lines(role, blank)),
        gender=need(gender, "性别", "gender") if person else "",
        male_box=v.box(gender == "男"),
        female_box=v.box(gender == "女"),
        birth=need(party.birth_text, "出生日期", "birth_date") if person else "",
        ethnicity=need(party.ethnicity, "民族", "ethnicity") if person and party.mainland else party.ethnicity,
        occupation=party.occupation,
        address=need(party.address, "住所" if person else "住所地", "address"),
        residence=party.residence,
        id_number=(
            need(str(party.id_number or ""), "公民身份号码", "id_number")
            if party.mainland
            else f"（{party.id_type}）" + need(party.id_document, f"{party.id_type}号码", "id_document")
        )
        if person
        else "",
        credit_code="" if person else need(str(party.credit_code or ""), "统一社会信用代码", "credit_code"),
        phone=need(party.phone, "联系电话", "phone") if person else party.phone,
        representative="" if person else need(party.representative, "法定代表人", "representative"),
        representative_title=party.representative_title,
        representative_line=party.representative_line(blank),
        org_type=party.org_type,
        abroad=party.abroad,
        mainland=party.mainland,
    )


def _agent(case: Case) -> AgentView | None:
    agent = case.agent
    if agent is None:
        return None
    return AgentView(
        name=agent.name,
        firm=agent.firm,
        title=agent.title,
        phone=agent.phone,
        line=agent.line(),
    )


def _claim(no: int, claim: Claim) -> ClaimView:
    return ClaimView(
        no=no,
        text=claim.text,
        amount=v.money(claim.amount),
        amount_words=v.money_words(claim.amount),
        kind=str(claim.kind),
    )


def _complaint(case: Case) -> ComplaintView:
    has_amounts = any(c.amount is not None for c in case.claims)
    claimed = case.claimed_total if has_amounts else None
    return ComplaintView(
        total=v.money(case.complaint.total),
        total_words=v.money_words(case.complaint.total),
        claimed_total=v.money(claimed),
        claimed_total_words=v.money_words(claimed),
        filed_on=v.date(case.complaint.filed_on),
    )


def _loan(case: Case) -> LoanView | None:
    loan = case.loan
    if loan is None:
        return None
    return LoanView(
        contract_name=loan.contract_name,
        contract_number=loan.contract_number,
        signed_on=v.date(loan.signed_on),
        signed_place=loan.signed_place,
        lender=case.original_lender,
        principal=v.money(loan.principal),
        principal_words=v.money_words(loan.principal),
        disbursed_on=v.date(loan.disbursed_on),
        term_months=loan.term_months or "",
        rate=loan.rate.describe() if loan.rate else "",
        penalty_rate=loan.penalty_rate.describe() if loan.penalty_rate else "",
        repayment_method=loan.repayment_method,
        first_due=v.date(loan.first_due),
        last_due=v.date(loan.last_due),
        accelerated_on=v.date(loan.accelerated_on),
        overdue_since=v.date(loan.overdue_since),
        repaid=v.money(loan.repaid),
        repaid_principal=v.money(loan.repaid_principal),
        last_payment_on=v.date(loan.last_payment_on),
        venue_clause=loan.venue_clause,
        guarantee=loan.guarantee,
        card_tail=loan.card_tail,
        last_collection_on=v.date(loan.last_collection_on),
    )


def _assignment(case: Case) -> AssignmentView | None:
    a = case.assignment
    if a is None:
        return None
    return AssignmentView(
        assignor=a.assignor,
        assigned_on=v.date(a.assigned_on),
        notified=v.yes_no(a.notified),
        notice_method=a.notice_method,
        notified_on=v.date(a.notified_on),
    )


# --- the report ---------------------------------------------------------------------------------------------


def _text(value: object) -> str:
    value = getattr(value, "value", value)
    return "" if value is None else str(value)


def _deadline(d: Any) -> DeadlineView:
    return DeadlineView(
        key=d.key,
        label=d.label_zh,
        date=v.date(d.date),
        explanation=d.explanation,
        basis=str(d.basis),
    )


def _finding(f: Any) -> FindingView:
    return FindingView(
        code=f.code,
        severity=_text(f.severity),
        field=_text(getattr(f, "field", "")),
        message=f.message,
        basis=f.basis,
        point=getattr(f, "point", "") or "",
    )
