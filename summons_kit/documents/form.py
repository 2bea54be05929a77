"""Which answer the case gets: the one resolver of the answer's style and element form.

The style (narrative or element) and, for the element style, the form (金融借款合同纠纷 or 信用卡纠纷, whose rows
differ) decide the template, the context's rows and the 【待确认】 list alike; :func:`resolve_answer_form` is called
once per draft and everything reads its result.
"""

from __future__ import annotations

import attrs

from summons_kit.case import elements
from summons_kit.case.model import Case
from summons_kit.case.registry import ANSWER

#: The styles a user asks for: the narrative form (法〔2016〕221号) and the element forms (法〔2025〕82号);
#: ``element`` picks the form that fits the cause, ``element_loan`` / ``element_card`` name one.
STYLES = ("narrative", "element")
ASKED = ("narrative", "element", "element_loan", "element_card")

_BY_TEMPLATE_STYLE = {"element_loan": elements.LOAN, "element_card": elements.CARD}


@attrs.frozen
class AnswerForm:
    """The answer's style (``narrative`` | ``element``) and the element form whose rows it uses."""

    style: str
    form: str  # elements.LOAN | elements.CARD (a narrative answer carries the rows of the form that fits the cause)

    @property
    def template_style(self) -> str:
        """The built-in template's style: narrative | element_loan | element_card."""
        if self.style == "narrative":
            return "narrative"
        return "element_card" if self.form == elements.CARD else "element_loan"

    @property
    def template_file(self) -> str:
        return ANSWER.template(self.template_style).file


def resolve_answer_form(
    case: Case | None = None,
    style: str | AnswerForm | None = None,
    template_style: str | None = None,
    *,
    cause: str | None = None,
) -> AnswerForm:
    """The answer's form: ``style`` if given, else the case's ``[documents] style``, else — with your own answer
    template — the style that template is written for (``template_style``, read by
    :func:`summons_kit.documents.lint.template_style`), else element when the cause has a form, else narrative.

    ``element`` with a cause that has no element form is refused (ValueError naming the cause); with no cause at
    all it means the loan form (a 微粒贷 suit is the common case).
    """
    if isinstance(style, AnswerForm):
        return style
    cause = (case.court.cause if case is not None else cause) or ""
    fits = elements.element_form(cause)
    chosen = style or (case.documents.style if case is not None else None)
    if not chosen and template_style:
        chosen = template_style
    # the element forms are tables for one 答辩人: a joint answer is written in the narrative form, which prints
    # every defendant who files
    joint = case is not None and len(case.filers) > 1
    if not chosen:
        return AnswerForm("element" if fits and not joint else "narrative", fits or elements.LOAN)
    if joint and chosen != "narrative":
        raise ValueError(
            f"要素式答辩状是单一答辩人的表格,本案{len(case.filers) if case else 0}名被告共同答辩(defence.joint):"
            "请使用叙述式(narrative) / the element forms are for one defendant; this answer is filed jointly by "
            f"{len(case.filers) if case else 0} defendants (defence.joint): use the narrative style"
        )
    if chosen in _BY_TEMPLATE_STYLE:
        asked = _BY_TEMPLATE_STYLE[chosen]
        if fits is not None and fits != asked:  # the rows would restate the case's facts as another kind of debt
            raise ValueError(
                f"答辩状样式{chosen}是“{asked}”的要素式表格,与本案案由“{cause}”不符 / the answer style {chosen} is "
                f"the element form of {asked}, which does not fit the cause {cause!r}; use element (the form of the "
                "cause) or narrative"
            )
        return AnswerForm("element", asked)
    if chosen == "narrative":
        return AnswerForm("narrative", fits or elements.LOAN)
    if chosen == "element":
        if fits is None and cause.strip():
            raise ValueError(
                f"要素式答辩状需要案由为金融借款合同纠纷或信用卡纠纷(案由:{cause}) / "
                f"the element style needs the cause (金融借款合同纠纷 or 信用卡纠纷), got {cause!r}; "
                "or ask for element_loan / element_card"
            )
        return AnswerForm("element", fits or elements.LOAN)
    raise ValueError(f"未知的答辩状样式“{chosen}” / unknown answer style {chosen!r}; known: {', '.join(ASKED)}")
