"""The 民事答辩状 (answer): the defendant's points, the element rows, delivery and the 【待确认】 questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from summons_kit.case.model import AnswerPoint, Case, Label
from summons_kit.documents import values as v
from summons_kit.documents.citations import court_citations
from summons_kit.documents.element_rows import element_rows, narrative_rows, narrative_unconfirmed
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build
from summons_kit.documents.sections.common import signature
from summons_kit.documents.suggestions import suggestions
from summons_kit.documents.views.answer import AnswerView, DeliveryView, PointView, UnconfirmedView
from summons_kit.law.citation import Basis

#: a suggested point of a finding with an order below this is a dispositive defence (limitation, standing), put
#: before every other point (summons_kit.law.finding.Finding.order)
DISPOSITIVE = 100

#: 是否接受电子送达 when ``defence.electronic_service`` is not set: printed after the form's 否☐, and listed in
#: ``unconfirmed`` (the element form asks it; the narrative form does not).
ELECTRONIC_MARKER = "【待确认：是否接受电子送达】"
ELECTRONIC_UNCONFIRMED = UnconfirmedView(
    section="delivery", key="electronic_service", label="是否接受电子送达", field="defence.electronic_service"
)


def build(b: Build) -> AnswerView:
    points, bases = _points(b.case, b.report, b.log, b.form.style, b.form.form)
    return _answer(b.case, points, bases, b.form.style, b.form.form, b.log)


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
) -> PointView:
    evidence_refs = f"（见证据{'、'.join(refs)}）" if refs else ""
    return PointView(
        no=no,
        no_zh=v.numeral(no),
        title=title,
        text=text,
        body=v.sentence(text, evidence_refs),
        basis=basis,
        evidence=tuple(evidence),
        evidence_refs=evidence_refs,
        suggested=suggested,
        code=code,
    )


def _points(
    case: Case, report: Any, log: MissingLog, style: str, form: str
) -> tuple[list[PointView], list[Basis | str]]:
    """The answer's points, numbered 一、二、……: first the suggested dispositive defences (limitation, standing:
    a finding of order below 100, when ``defence.suggest``), then the entered points, in a narrative answer the
    element rows the defendant entered (one point for the claims, one for the facts:
    :func:`summons_kit.documents.element_rows.narrative_rows`, which the narrative form has no rows for), then the
    other suggested points; and the legal bases the answer relies on (those of every point, and of suggestions
    left out because an entered point argues their topic: see :mod:`summons_kit.documents.suggestions`), the
    kit's own as data (``Suggestion.cited``), a user's as typed."""
    known = len(case.evidence)
    first: list[PointView] = []
    points: list[PointView] = []
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
        points.append(_point(0, point.title, point.text, point.basis, point.evidence, refs))
    if style == "narrative":
        for title, text in narrative_rows(case, form):
            points.append(_point(0, title, text, ""))
    bases: list[Basis | str] = [p.basis for p in points]
    if case.defence.suggest and report is not None:
        for suggestion in suggestions(_argued(case), getattr(report, "findings", ())):
            bases.append(suggestion.cited or suggestion.basis)
            if suggestion.printed:
                made = _point(
                    0, suggestion.heading, suggestion.text, suggestion.basis, suggested=True, code=suggestion.code
                )
                (first if suggestion.order < DISPOSITIVE else points).append(made)
    points = first + points
    if not points and style == "narrative":
        points.append(_point(0, "", log.mark(("answer",), "defence.points", "答辩意见"), ""))
    numbered = [attrs.evolve(p, no=no, no_zh=v.numeral(no)) for no, p in enumerate(points, 1)]
    return numbered, bases


def _argued(case: Case) -> tuple[AnswerPoint, ...]:
    """What the lawyer argues in their own words: the entered points and the disputed element rows' texts
    (both are printed, in either style), so a suggestion on the same topic is not printed twice. A row with no
    position (``disputed`` None) is not an argument yet: the lawyer has still to confirm it."""
    rows = (*case.defence.items.values(), *case.defence.facts.values())
    return (
        *case.defence.points,
        *(AnswerPoint(text=row.text) for row in rows if row.disputed is True and row.text),
    )


def _filer_lines(case: Case, blank: Callable[[Label], str], log: MissingLog) -> list[str]:
    """答辩人 lines: the first defendant's, and with ``defence.joint`` every other defendant's (each marked where
    an item is missing, under its own path ``defendants[N]``)."""
    lines = case.defendant.lines("答辩人", blank)
    for index, party in enumerate(case.filers[1:], 1):

        def other(label: Label, index: int = index) -> str:
            log.add(("answer",), f"defendants[{index}].{label.field}", f"答辩人{label}")
            return marker(label)

        lines += party.lines("答辩人", other)
    return lines


def _points_text(points: list[PointView]) -> str:
    """The points for one cell (其他需要说明的内容): 一、title：body, one line each."""
    return "\n".join(f"{p.no_zh}、{p.title}：{p.body}" if p.title else f"{p.no_zh}、{p.body}" for p in points)


def _answer(
    case: Case, points: list[PointView], bases: list[Basis | str], style: str, form: str, log: MissingLog
) -> AnswerView:
    defence, defendant = case.defence, case.defendant

    def blank(label: Label) -> str:
        log.add(("answer",), f"defendant.{label.field}", f"答辩人{label}")
        return marker(label)

    cited = court_citations(bases)
    rows = element_rows(case, form, _points_text(points), f"{cited}。" if cited else "")
    count = len(case.evidence)
    cited_missing = sorted({n for p in case.defence.points for n in p.evidence if not 1 <= n <= count})
    electronic = defence.electronic_service
    accepted, methods = electronic is True, defence.electronic_methods
    by_email = "电子邮箱" in methods or not methods  # an e-mail alone (no methods listed) is service by e-mail
    unconfirmed = list(rows.unconfirmed if style == "element" else narrative_unconfirmed(case, form))
    if electronic is None:  # the form's 是☐/否☐ would stay blank with nobody told
        unconfirmed.insert(0, ELECTRONIC_UNCONFIRMED)
    return AnswerView(
        style=style,
        form=form,
        title="民事答辩状",
        form_title=f"民事答辩状（{form}）" if style == "element" else "民事答辩状",
        party_block=tuple(_filer_lines(case, blank, log)),
        plaintiff_names="、".join(p.name for p in case.plaintiffs if p.name) or marker("原告名称"),
        defendant_names="、".join(p.name for p in case.defendants if p.name) or marker("答辩人姓名"),
        joint=case.defence.joint,
        has_agent=case.agent is not None,
        agent_yes_box=v.box(case.agent is not None),
        agent_no_box=v.box(case.agent is None),
        agent_general_box=v.box(case.agent.authority == "general") if case.agent else "",
        agent_special_box=v.box(case.agent.authority == "special") if case.agent else "",
        points=tuple(points),
        items=rows.items,
        facts=rows.facts,
        item_rows=rows.item_rows,
        fact_rows=rows.fact_rows,
        delivery=DeliveryView(
            address=case.delivery_address or log.mark(("answer",), "defence.delivery_address", "送达地址"),
            # 收件人 is a person: an organization names the one who receives its papers (经办人)
            recipient=defence.recipient
            or (
                (defendant.name or marker("答辩人姓名"))
                if defendant.is_person
                else log.mark(("answer",), "defence.recipient", "收件人", "收件人（经办人姓名）")
            ),
            phone=defence.delivery_phone
            or defendant.phone
            or log.mark(("answer",), "defendant.phone", "答辩人联系电话", "联系电话"),
            email=defence.email
            or (log.mark(("answer",), "defence.email", "电子邮箱") if electronic is True and by_email else ""),
            electronic_yes_box=v.box(electronic is True),
            sms_box=v.box(accepted and "短信" in methods),
            wechat_box=v.box(accepted and "微信" in methods),
            fax_box=v.box(accepted and "传真" in methods),
            email_box=v.box(accepted and by_email),
            other_box=v.box(accepted and "其他" in methods),
            electronic_no_box=v.box(electronic is False) + (ELECTRONIC_MARKER if electronic is None else ""),
        ),
        # 答辩状副本: one for each opposing party (every plaintiff) unless documents.copies says otherwise
        copies=case.documents.copies or len(case.plaintiffs),
        evidence_count=count,
        evidence_note=(
            f"答辩人提交的证据、证据来源及证明目的详见所附《证据目录》（共{count}项）。"
            if count
            else "答辩人暂无证据提交。"
        ),
        cited_missing=tuple(cited_missing),
        unconfirmed=tuple(unconfirmed),
        signature=tuple(_signature(case, style)),
    )


def _signature(case: Case, style: str) -> list[str]:
    """Each filer's signature lines: a person signs (the element form keeps its 答辩人（签字、盖章））; an
    organization seals and its 法定代表人 (负责人 of a branch) signs (民诉法 第51条第2款; 民诉法解释 第52条)."""
    lines: list[str] = []
    for party in case.filers:
        lines += ["答辩人（签字、盖章）："] if style == "element" and party.is_person else signature(party, "答辩人")
    return lines
