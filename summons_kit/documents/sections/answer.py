"""The 民事答辩状 (answer): the defendant's points, the element rows, delivery and the 【待确认】 questions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summons_kit.case.model import AnswerPoint, Case, Label
from summons_kit.documents import values as v
from summons_kit.documents.citations import court_citations
from summons_kit.documents.element_rows import element_rows, narrative_rows, narrative_unconfirmed
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build
from summons_kit.documents.suggestions import suggestions
from summons_kit.documents.views.answer import AnswerView, DeliveryView, PointView, UnconfirmedView

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


def _points(case: Case, report: Any, log: MissingLog, style: str, form: str) -> tuple[list[PointView], list[str]]:
    """Entered points; in a narrative answer then the element rows the defendant entered (one point for the
    claims, one for the facts: :func:`summons_kit.documents.element_rows.narrative_rows`, which the narrative
    form has no rows for); then the points the findings suggest (when ``defence.suggest``), numbered 一、二、……;
    and the legal bases the answer relies on (those of every point, and of suggestions left out because an
    entered point argues their topic: see :mod:`summons_kit.documents.suggestions`)."""
    known = len(case.evidence)
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
        points.append(_point(len(points) + 1, point.title, point.text, point.basis, point.evidence, refs))
    if style == "narrative":
        for title, text in narrative_rows(case, form):
            points.append(_point(len(points) + 1, title, text, ""))
    bases = [p.basis for p in points]
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
    case: Case, points: list[PointView], bases: list[str], style: str, form: str, log: MissingLog
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
        points=tuple(points),
        items=rows.items,
        facts=rows.facts,
        item_rows=rows.item_rows,
        fact_rows=rows.fact_rows,
        delivery=DeliveryView(
            address=defence.delivery_address
            or defendant.address
            or log.mark(("answer",), "defence.delivery_address", "送达地址"),
            recipient=defence.recipient or defendant.name or marker("答辩人姓名"),
            phone=defence.delivery_phone
            or defendant.phone
            or log.mark(("answer",), "defendant.phone", "答辩人联系电话", "联系电话"),
            email=defence.email or (log.mark(("answer",), "defence.email", "电子邮箱") if electronic is True else ""),
            electronic_yes_box=v.box(electronic is True),
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
    )
