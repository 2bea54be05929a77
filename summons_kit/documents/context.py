"""Case + Report -> the variables every template sees.

Naming convention (the reference page, docs/variables.md, is generated from this module and
:mod:`summons_kit.documents.variables`):

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
from types import MappingProxyType
from typing import Any

from summons_kit.case import elements
from summons_kit.case.model import AnswerPoint, Case, Evidence, Party
from summons_kit.case.requirements import REQUIRED, missing
from summons_kit.documents import values as v
from summons_kit.documents.citations import court_citations
from summons_kit.documents.element_rows import element_rows, narrative_rows, narrative_unconfirmed
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.suggestions import suggestions
from summons_kit.errors import CaseError
from summons_kit.fields.text import zh_punctuation
from summons_kit.law.calendar import DEFAULT as DEFAULT_CALENDAR
from summons_kit.law.calendar import Calendar

#: 是否接受电子送达 when ``defence.electronic_service`` is not set: printed after the form's 否☐, and listed in
#: ``unconfirmed`` (the element form asks it; the narrative form does not).
ELECTRONIC_MARKER = "【待确认：是否接受电子送达】"
ELECTRONIC_UNCONFIRMED = MappingProxyType(
    {
        "section": "delivery",
        "key": "electronic_service",
        "label": "是否接受电子送达",
        "field": "defence.electronic_service",
    }
)

#: Answer styles: the narrative form (法〔2016〕221号) and the element forms (法〔2025〕82号).
STYLES = ("narrative", "element")

_PERSON_FIELDS = {  # Party.line's labels -> the Party attribute they come from
    "性别": "gender",
    "出生日期": "birth_date",
    "民族": "ethnicity",
    "住所": "address",
    "公民身份号码": "id_number",
    "联系电话": "phone",
    "住所地": "address",
    "统一社会信用代码": "credit_code",
    "法定代表人": "representative",
}


def _party_docs(case: Case) -> tuple[tuple[str, str], ...]:
    """The documents that print the defendant's 当事人 block, with the defendant's role in each."""
    return (("answer", "答辩人"),) + ((("instalment", "申请人"),) if case.instalment is not None else ())


def answer_style(case: Case, style: str | None = None) -> str:
    """``narrative`` or ``element``: the style asked for, else the case's, else element when the cause has a
    form."""
    chosen = style or case.documents.style
    if chosen:
        chosen = "element" if chosen.startswith("element") else chosen
        if chosen not in STYLES:
            raise ValueError(
                f"未知的答辩状样式“{chosen}” / unknown answer style {chosen!r}; known: {', '.join(STYLES)}"
            )
        return chosen
    return "element" if elements.element_form(case.court.cause) else "narrative"


def template_context(
    case: Case,
    report: Any = None,
    today: dt.date | None = None,
    *,
    style: str | None = None,
    calendar: Calendar = DEFAULT_CALENDAR,
) -> dict[str, Any]:
    """Every variable a template sees (see the module docstring and docs/variables.md).

    ``report`` is the :func:`summons_kit.check` report whose findings suggest answer points and whose
    deadlines the templates may print; when None and the case asks for suggestions, it is computed with
    ``today``. ``calendar`` moves the instalment due dates to working days (pass the one given to ``check``
    when you supplied a year's arrangement). ``context["missing"]`` lists what the documents need and the case
    leaves empty (each shown as【待填：……】).
    """
    today = today or dt.date.today()
    if report is None and case.defence.suggest:
        from summons_kit.check import check

        report = check(case, today=today, calendar=calendar)
    log = MissingLog()
    for document in REQUIRED:
        if document == "instalment" and case.instalment is None:
            continue  # no plan: the request is not drafted (draft() skips it)
        for path, label in missing(case, document):  # a person has no credit code …
            log.add((document,), path, label)
    style = answer_style(case, style)
    signed = case.documents.date or today
    form = elements.element_form(case.court.cause) or elements.LOAN
    points, bases = _points(case, report, log, style, form)
    evidence = _evidence(case, log)
    context: dict[str, Any] = {
        "court": _court(case),
        "service": _service(case),
        "plaintiff": _party(case.plaintiff, "原告", None, log),
        "defendant": _party(case.defendant, "被告", _party_docs(case), log),
        "agent": _agent(case),
        "claims": [_claim(i, c) for i, c in enumerate(case.claims, 1)],
        "complaint": _complaint(case),
        "evidence": evidence,
        "evidence_list": _evidence_list(case, evidence, log),
        "loan": _loan(case),
        "assignment": _assignment(case),
        "answer": _answer(case, points, bases, style, form, log),
        "instalment": _instalment(case, log, calendar),
        "dates": {"today": v.date(today), "signed": v.date(signed), "signed_upper": v.date_upper(signed)},
        "deadlines": [_deadline(d) for d in getattr(report, "deadlines", ())],
        "findings": [_finding(f) for f in getattr(report, "findings", ())],
    }
    context["unconfirmed"] = context["answer"].pop("unconfirmed")
    context["missing"] = [m.as_dict() for m in log.items]
    return _typeset(context)


def _typeset(value: Any) -> Any:
    """Every text of the context with Chinese punctuation (:func:`summons_kit.fields.text.zh_punctuation`):
    what the user typed on a Latin keyboard (还款19期,累计……) prints ，：；（）; figures (15,600.00) and Latin
    text stay as they are. The one place values are typeset, so every template (built-in or the user's) gets
    it."""
    if isinstance(value, str):
        return zh_punctuation(value)
    if isinstance(value, dict):
        return {key: _typeset(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typeset(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_typeset(item) for item in value)
    return value


# --- sections -----------------------------------------------------------------------------------------------


def _required(case: Case, path: str, value: str) -> str:
    """``value``, or the marker of ``path`` when a document needs it (label from requirements.py)."""
    if value:
        return value
    for document, required in REQUIRED.items():
        for req_path, label in required:
            if req_path == path and not (document == "instalment" and case.instalment is None):
                return marker(label)
    return value


def _court(case: Case) -> dict[str, Any]:
    court = case.court
    return {
        "name": _required(case, "court.name", court.name),
        "case_number": _required(case, "court.case_number", str(court.case_number or "")),
        "cause": _required(case, "court.cause", court.cause),
        "procedure": str(court.procedure or ""),
    }


def _service(case: Case) -> dict[str, Any]:
    service = case.service
    return {
        "served_on": v.date(service.served_on),
        "method": str(service.method or ""),
        "evidence_deadline": v.date(service.evidence_deadline),
        "hearing": v.moment(service.hearing),
        "hearing_place": service.hearing_place,
        "notice_date": v.date(service.notice_date),
    }


def _party(party: Party, role: str, documents: tuple[tuple[str, str], ...] | None, log: MissingLog) -> dict[str, Any]:
    """A party's fields, its 当事人 line under its role in the suit, and its block.

    For the defendant (``documents`` given: the documents that print its block, with its role there) a value a
    pleading needs prints a marker and is logged; for the plaintiff absent values are left out.
    """

    def blank(label: str) -> str:
        if documents is None:
            return ""
        for document, doc_role in documents:
            log.add((document,), f"defendant.{_PERSON_FIELDS.get(label, label)}", f"{doc_role}{label}")
        return marker(label)

    def need(value: str, label: str) -> str:
        return value or blank(label)

    person = party.is_person
    name = party.name or (marker("原告名称") if documents is None else marker("答辩人姓名"))
    gender = party.gender_text
    return {
        "name": name,
        "kind": "自然人" if person else "法人、非法人组织",
        "is_person": person,
        "line": party.line(role, blank),
        "block": party.lines(role, blank),
        "gender": need(gender, "性别") if person else "",
        "male_box": v.box(gender == "男"),
        "female_box": v.box(gender == "女"),
        "birth": need(party.birth_text, "出生日期") if person else "",
        "ethnicity": need(party.ethnicity, "民族") if person else "",
        "occupation": party.occupation,
        "address": need(party.address, "住所" if person else "住所地"),
        "residence": party.residence,
        "id_number": need(str(party.id_number or ""), "公民身份号码") if person else "",
        "credit_code": "" if person else need(str(party.credit_code or ""), "统一社会信用代码"),
        "phone": need(party.phone, "联系电话") if person else party.phone,
        "representative": "" if person else need(party.representative, "法定代表人"),
        "representative_title": party.representative_title,
        "representative_line": party.representative_line(blank),
        "org_type": party.org_type,
        "abroad": party.abroad,
    }


def _agent(case: Case) -> dict[str, Any] | None:
    agent = case.agent
    if agent is None:
        return None
    return {
        "name": agent.name,
        "firm": agent.firm,
        "title": agent.title,
        "phone": agent.phone,
        "line": agent.line(),
    }


def _claim(no: int, claim: Any) -> dict[str, Any]:
    return {
        "no": no,
        "text": claim.text,
        "amount": v.money(claim.amount),
        "amount_words": v.money_words(claim.amount),
        "kind": str(claim.kind),
    }


def _complaint(case: Case) -> dict[str, Any]:
    has_amounts = any(c.amount is not None for c in case.claims)
    claimed = case.claimed_total if has_amounts else None
    return {
        "total": v.money(case.complaint.total),
        "total_words": v.money_words(case.complaint.total),
        "claimed_total": v.money(claimed),
        "claimed_total_words": v.money_words(claimed),
        "filed_on": v.date(case.complaint.filed_on),
    }


def _evidence(case: Case, log: MissingLog) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    first_page: int | None = 1
    for no, item in enumerate(case.evidence, 1):
        if item.pages is None:
            if first_page is not None:
                pages_range = log.mark(("evidence",), f"evidence[{no - 1}].pages", f"证据{no}页数")
            else:
                pages_range = ""
            first_page = None
        elif first_page is None:
            pages_range = ""
        else:
            last = first_page + item.pages - 1
            pages_range = str(first_page) if last == first_page else f"{first_page}-{last}"
            first_page = last + 1
        rows.append(_evidence_row(no, item, pages_range))
    return rows


def _evidence_row(no: int, item: Evidence, pages_range: str) -> dict[str, Any]:
    return {
        "no": no,
        "name": item.name,
        "source": item.source,
        "purpose": item.purpose,
        "pages": "" if item.pages is None else item.pages,
        "pages_range": pages_range,
        "form": item.form_text,
        "copies": item.copies,
        "group": item.group,
    }


def _evidence_list(case: Case, evidence: list[dict[str, Any]], log: MissingLog) -> dict[str, Any]:
    """The 证据目录: consecutive items of one group under a heading row (numbers and pages stay in the case's
    order)."""
    groups: list[dict[str, Any]] = []
    for row in evidence:
        if not groups or groups[-1]["name"] != row["group"]:
            groups.append({"name": row["group"], "heading": "", "items": []})
        groups[-1]["items"].append(row)
    named = 0
    for group in groups:
        if group["name"]:
            named += 1
            group["heading"] = f"{v.numeral(named)}、{group['name']}"
    if not evidence:
        empty = _evidence_row(1, Evidence(name=marker("证据")), "")
        empty.update(no="", form="", copies="")
        groups = [{"name": "", "heading": "", "items": [empty]}]
    pages = [item.pages for item in case.evidence]
    total_pages = sum(p for p in pages if p is not None) if pages and None not in pages else ""
    return {
        "submitter": case.defendant.name or marker("提交人"),
        "submitter_role": "被告",
        "count": len(evidence),
        "total_pages": total_pages,
        "groups": groups,
        "has_groups": any(g["name"] for g in groups),
    }


def _loan(case: Case) -> dict[str, Any] | None:
    loan = case.loan
    if loan is None:
        return None
    return {
        "contract_name": loan.contract_name,
        "contract_number": loan.contract_number,
        "signed_on": v.date(loan.signed_on),
        "signed_place": loan.signed_place,
        "lender": case.original_lender,
        "principal": v.money(loan.principal),
        "principal_words": v.money_words(loan.principal),
        "disbursed_on": v.date(loan.disbursed_on),
        "term_months": loan.term_months or "",
        "rate": loan.rate.describe() if loan.rate else "",
        "penalty_rate": loan.penalty_rate.describe() if loan.penalty_rate else "",
        "repayment_method": loan.repayment_method,
        "first_due": v.date(loan.first_due),
        "last_due": v.date(loan.last_due),
        "accelerated_on": v.date(loan.accelerated_on),
        "overdue_since": v.date(loan.overdue_since),
        "repaid": v.money(loan.repaid),
        "repaid_principal": v.money(loan.repaid_principal),
        "last_payment_on": v.date(loan.last_payment_on),
        "venue_clause": loan.venue_clause,
        "guarantee": loan.guarantee,
        "card_tail": loan.card_tail,
        "last_collection_on": v.date(loan.last_collection_on),
    }


def _assignment(case: Case) -> dict[str, Any] | None:
    a = case.assignment
    if a is None:
        return None
    return {
        "assignor": a.assignor,
        "assigned_on": v.date(a.assigned_on),
        "notified": v.yes_no(a.notified),
        "notice_method": a.notice_method,
        "notified_on": v.date(a.notified_on),
    }


# --- the answer ---------------------------------------------------------------------------------------------


def _point(
    no: int,
    title: str,
    text: str,
    basis: str,
    evidence: tuple[int, ...] = (),
    refs: list[str] | None = None,
    *,
    suggested: bool = False,
    code: str = "",
) -> dict[str, Any]:
    evidence_refs = f"（见证据{'、'.join(refs)}）" if refs else ""
    return {
        "no": no,
        "no_zh": v.numeral(no),
        "title": title,
        "text": text,
        "body": v.sentence(text, evidence_refs),
        "basis": basis,
        "evidence": list(evidence),
        "evidence_refs": evidence_refs,
        "suggested": suggested,
        "code": code,
    }


def _points(case: Case, report: Any, log: MissingLog, style: str, form: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Entered points; in a narrative answer then the element rows the defendant entered (one point for the
    claims, one for the facts: :func:`summons_kit.documents.element_rows.narrative_rows`, which the narrative
    form has no rows for); then the points the findings suggest (when ``defence.suggest``), numbered 一、二、……;
    and the legal bases the answer relies on (those of every point, and of suggestions left out because an
    entered point argues their topic: see :mod:`summons_kit.documents.suggestions`)."""
    known = len(case.evidence)
    points: list[dict[str, Any]] = []
    for index, point in enumerate(case.defence.points):
        refs = []
        field = f"defence.points[{index}].evidence"
        for number in point.evidence:
            if 1 <= number <= known:
                refs.append(str(number))
            elif number >= 1:  # cited, not (yet) in the list: the number stays, marked
                refs.append(str(number) + log.mark(("answer",), field, f"证据目录第{number}项"))
            else:  # 0 or negative is no evidence number: never printed (证据 are numbered from 1)
                refs.append(log.mark(("answer",), field, f"证据序号（{number}无效，证据从1起编号）", "证据序号"))
        points.append(_point(len(points) + 1, point.title, point.text, point.basis, point.evidence, refs))
    if style == "narrative":
        for title, text in narrative_rows(case, form):
            points.append(_point(len(points) + 1, title, text, ""))
    bases = [p["basis"] for p in points]
    if case.defence.suggest and report is not None:
        for suggestion in suggestions(_argued(case), getattr(report, "findings", ())):
            bases.append(suggestion.basis)
            if suggestion.printed:
                points.append(
                    _point(
                        len(points) + 1,
                        suggestion.heading,
                        suggestion.text,
                        suggestion.basis,
                        suggested=True,
                        code=suggestion.code,
                    )
                )
    if not points and style == "narrative":
        points.append(_point(1, "", log.mark(("answer",), "defence.points", "答辩意见"), ""))
    return points, bases


def _argued(case: Case) -> tuple[AnswerPoint, ...]:
    """What the lawyer argues in their own words: the entered points and the disputed element rows' texts
    (both are printed, in either style), so a suggestion on the same topic is not printed twice. A row with no
    position (``disputed`` None) is not an argument yet: the lawyer has still to confirm it."""
    rows = (*case.defence.items.values(), *case.defence.facts.values())
    return (
        *case.defence.points,
        *(AnswerPoint(text=row.text) for row in rows if row.disputed is True and row.text),
    )


def _points_text(points: list[dict[str, Any]]) -> str:
    """The points for one cell (其他需要说明的内容): 一、title：body, one line each."""
    return "\n".join(
        f"{p['no_zh']}、{p['title']}：{p['body']}" if p["title"] else f"{p['no_zh']}、{p['body']}" for p in points
    )


def _answer(
    case: Case, points: list[dict[str, Any]], bases: list[str], style: str, form: str, log: MissingLog
) -> dict[str, Any]:
    defence, defendant = case.defence, case.defendant

    def blank(label: str) -> str:
        log.add(("answer",), f"defendant.{_PERSON_FIELDS.get(label, label)}", f"答辩人{label}")
        return marker(label)

    cited = court_citations(bases)
    rows = element_rows(case, form, _points_text(points), f"{cited}。" if cited else "")
    count = len(case.evidence)
    cited_missing = sorted({n for p in case.defence.points for n in p.evidence if not 1 <= n <= count})
    electronic = defence.electronic_service
    unconfirmed = rows.pop("unconfirmed") if style == "element" else narrative_unconfirmed(case, form)
    if electronic is None:  # the form's 是☐/否☐ would stay blank with nobody told
        unconfirmed.insert(0, dict(ELECTRONIC_UNCONFIRMED))
    return {
        "style": style,
        "form": form,
        "title": "民事答辩状",
        "form_title": f"民事答辩状（{form}）" if style == "element" else "民事答辩状",
        "party_block": defendant.lines("答辩人", blank),
        "has_agent": case.agent is not None,
        "agent_yes_box": v.box(case.agent is not None),
        "agent_no_box": v.box(case.agent is None),
        "points": points,
        **rows,
        "delivery": {
            "address": defence.delivery_address
            or defendant.address
            or log.mark(("answer",), "defence.delivery_address", "送达地址"),
            "recipient": defence.recipient or defendant.name or marker("答辩人姓名"),
            "phone": defence.delivery_phone
            or defendant.phone
            or log.mark(("answer",), "defendant.phone", "答辩人联系电话", "联系电话"),
            "email": defence.email
            or (log.mark(("answer",), "defence.email", "电子邮箱") if electronic is True else ""),
            "electronic_yes_box": v.box(electronic is True),
            "electronic_no_box": v.box(electronic is False) + (ELECTRONIC_MARKER if electronic is None else ""),
        },
        "unconfirmed": unconfirmed,
        "copies": case.documents.copies,
        "evidence_count": count,
        "evidence_note": (
            f"答辩人提交的证据、证据来源及证明目的详见所附《证据目录》（共{count}项）。"
            if count
            else "答辩人暂无证据提交。"
        ),
        "cited_missing": cited_missing,
    }


# --- the instalment request ---------------------------------------------------------------------------------


def _instalment(case: Case, log: MissingLog, calendar: Calendar) -> dict[str, Any] | None:
    plan = case.instalment
    if plan is None:
        return None
    from summons_kit.law.schedule import build_schedule

    def blank(label: str) -> str:
        log.add(("instalment",), f"defendant.{_PERSON_FIELDS.get(label, label)}", f"申请人{label}")
        return marker(label)

    total = case.instalment_total
    problems: list[str] = []
    schedule = None
    if total:
        try:
            schedule = build_schedule(total, plan.months, plan.first_due, plan.down_payment, calendar)
        except CaseError as error:  # draft() refuses such a plan; the context only reports it
            problems = [str(p) for p in error.problems]
    to_court = plan.addressee == "court"
    rows = [
        {
            "period": r.period,
            "label": r.label,
            "due": v.date(r.due),
            "amount": v.money(r.amount),
            "balance": v.money(r.balance),
            "moved": r.moved,
        }
        for r in (schedule.rows if schedule else ())
    ]
    down = plan.down_payment if plan.down_payment > 0 else None
    surplus = (
        plan.monthly_income - plan.monthly_expenses
        if plan.monthly_income is not None and plan.monthly_expenses is not None
        else None
    )
    return {
        "addressee": plan.addressee,
        "to_court": to_court,
        "addressee_name": (case.court.name or marker("受诉法院"))
        if to_court
        else (case.plaintiff.name or marker("原告名称")),
        "party_block": case.defendant.lines("申请人（被告）", blank),
        "counterparty_block": case.plaintiff.lines("原告" if to_court else "被申请人（原告）")
        if case.plaintiff.name
        else [f"{'原告' if to_court else '被申请人（原告）'}：{marker('原告名称')}"],
        "total": v.money(total) if total else log.mark(("instalment",), "instalment.total", "分期总额"),
        "total_words": v.money_words(total) if total else "",
        "months": plan.months,
        "first_due": v.date(plan.first_due),
        "day": schedule.day_of_month if schedule else plan.first_due.day,
        "has_down_payment": down is not None,
        "down_payment": v.money(down),
        "down_payment_words": v.money_words(down),
        "down_payment_due": v.date(schedule.rows[0].due) if schedule and down else "",
        "instalments_from": v.date(schedule.instalments[0].nominal_due) if schedule else "",
        "regular_amount": v.money(schedule.regular_amount) if schedule else "",
        "last_amount": v.money(schedule.last_amount) if schedule else "",
        "last_due": v.date(schedule.last_due) if schedule else "",
        "rows": rows,
        "reasons": plan.reasons or marker("困难原因"),
        "monthly_income": v.money(plan.monthly_income),
        "monthly_expenses": v.money(plan.monthly_expenses),
        "monthly_surplus": v.money(surplus),
        "surplus_covers": surplus is not None and schedule is not None and surplus >= schedule.regular_amount,
        "repaid": v.money(plan.repaid),
        "waive_penalty": plan.waive_penalty,
        "attachments": list(plan.attachments),
        "problems": problems,
    }


# --- the report ---------------------------------------------------------------------------------------------


def _text(value: object) -> str:
    value = getattr(value, "value", value)
    return "" if value is None else str(value)


def _deadline(d: Any) -> dict[str, Any]:
    return {
        "key": d.key,
        "label": d.label_zh,
        "date": v.date(d.date),
        "explanation": d.explanation,
        "basis": d.basis,
    }


def _finding(f: Any) -> dict[str, Any]:
    return {
        "code": f.code,
        "severity": _text(f.severity),
        "field": _text(getattr(f, "field", "")),
        "message": f.message,
        "basis": f.basis,
        "point": getattr(f, "point", "") or "",
    }
