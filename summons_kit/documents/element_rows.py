"""The rows of the element-style (要素式) answer as template data: a position (无异议/有异议 ticked) and a
text per row.

A row the defendant entered (``[defence.items.KEY]`` / ``[defence.facts.KEY]``) prints the ticked box and the
text as entered. A row entered with text but no ``disputed`` (None: the defendant did not say) ticks neither box
— ticking 无异议 by default would be an admission (自认) — and prints the text with 【待确认：有无异议】; such a
row is listed in ``unconfirmed`` like a row left out (a row entered with neither counts as left out). A row left
out prints what the case knows for it (借款金额 from ``loan.principal``, the claims for 本金 …) with both boxes
unticked and a 【待确认：有无异议】 marker, so the lawyer sees it still needs a position; a row left out for which
the case knows nothing prints the marker alone (有无其他免责/减责事由: 【待确认：有无免责、减责事由】; a text-only
row: 【待确认：……】); a guarantee row of a case without guarantee, and a claim row (实现债权的费用, 其他请求) the
complaint does not make, print 无. The 标的总额 row always states the claimed total in figures and in capitals
before the defendant's text. Every key of both forms is present, so any element template renders for any case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from types import MappingProxyType

from summons_kit.case import elements
from summons_kit.case.model import Case, Position
from summons_kit.documents import values as v
from summons_kit.documents.views.answer import ElementRows, ElementRowView, UnconfirmedView
from summons_kit.fields.claims import ClaimKind

UNCONFIRMED = "【待确认：有无异议】"
#: the marker of a 有/无 row left out (有无其他免责/减责事由)
UNCONFIRMED_EXEMPTION = "【待确认：有无免责、减责事由】"

#: rows that take text only (no 无异议/有异议 boxes)
TEXT_ONLY = {("facts", "basis"), ("facts", "other"), ("items", "basis")}

_INTEREST = {ClaimKind.INTEREST, ClaimKind.PENALTY_INTEREST, ClaimKind.COMPOUND_INTEREST}
_ROW_KINDS = {
    elements.LOAN: {
        "principal": {ClaimKind.PRINCIPAL},
        "interest": _INTEREST,
        "costs": {ClaimKind.COLLECTION_COSTS},
        "other": {ClaimKind.DAMAGES, ClaimKind.COURT_COSTS, ClaimKind.OTHER},
    },
    elements.CARD: {
        "principal": {ClaimKind.PRINCIPAL},
        "interest": _INTEREST | {ClaimKind.DAMAGES},
        "costs": {ClaimKind.COLLECTION_COSTS},
        "other": {ClaimKind.COURT_COSTS, ClaimKind.OTHER},
    },
}
_GUARANTEE_ROWS = (
    "collateral",
    "collateral_party",
    "max_mortgage",
    "registration",
    "guaranty",
    "guaranty_type",
    "other_guarantee",
)


def _sentences(*parts: object, sep: str = "，") -> str:
    """The texts among ``parts`` joined; the others (``loan.signed_on and f"…"`` of an absent date: None, "", 0,
    False) are left out."""
    return sep.join(p for p in parts if isinstance(p, str) and p)


#: a claim's own number as a complaint writes it: 1. 1、 1． (1) （1） 1) 一、 （一） ① 第一项 第1项
_CLAIM_NUMBER = re.compile(
    r"""^\s*(?:
        第[\d一二三四五六七八九十]+项[、，,：:．.]?
      | [(（]\s*[\d一二三四五六七八九十]+\s*[)）][、.．]?
      | \d+\s*(?:[、．]|\.(?!\d)|[)）])
      | [一二三四五六七八九十]+\s*[、．.]
      | [\u2460-\u2473\u2776-\u277f]
    )\s*""",
    re.X,
)


def claim_body(text: str) -> str:
    """A claim as quoted in a row: without the number it had in the complaint (``1、判令…`` -> ``判令…``)."""
    return _CLAIM_NUMBER.sub("", text, count=1).strip()


def _claims_text(case: Case, form: str, key: str) -> str:
    kinds = _ROW_KINDS[form].get(key, set())
    texts = [claim_body(c.text).rstrip(";；。") for c in case.claims if c.kind in kinds]
    texts = [t for t in texts if t]
    return f"原告诉请：{'；'.join(texts)}。" if texts else ""


def _repaid_text(case: Case) -> str:
    """还款情况 / 已还款金额: what was repaid in total and of it the principal, each only if known, and the last
    payment."""
    loan = case.loan
    assert loan is not None
    repaid, principal = loan.repaid, loan.repaid_principal
    if repaid is not None and principal is not None:
        amount = f"已还款人民币{v.money(repaid)}元，其中本金人民币{v.money(principal)}元"
    elif repaid is not None:
        amount = f"已还款人民币{v.money(repaid)}元"
    elif principal is not None:
        amount = f"已偿还本金人民币{v.money(principal)}元"
    else:
        amount = ""
    return _sentences(amount, loan.last_payment_on and f"最后一次还款日{v.date(loan.last_payment_on)}")


def _item_known(case: Case, form: str, key: str) -> str:
    loan = case.loan
    if key in ("principal", "interest", "costs", "other"):
        return _claims_text(case, form, key) or ("无" if key in ("costs", "other") and case.claims else "")
    if key == "acceleration":
        return f"原告于{v.date(loan.accelerated_on)}宣布借款提前到期。" if loan and loan.accelerated_on else ""
    if key == "guarantee":
        if loan is not None and not loan.guarantee:
            return "无"
        return f"担保情况：{loan.guarantee}。" if loan else ""
    if key == "total":
        claimed = _claimed(case, "标的总额")
        return f"{claimed}。" if claimed else ""
    return ""


def _total(case: Case) -> Decimal | None:
    """The complaint's stated total, else the sum of the claimed amounts, else None."""
    if case.complaint.total is not None:
        return case.complaint.total
    return case.claimed_total if any(c.amount is not None for c in case.claims) else None


def _claimed(case: Case, what: str) -> str:
    """原告主张{what}人民币X元（大写：…）, or "" when the complaint states no amount."""
    total = _total(case)
    if total is None:
        return ""
    return f"原告主张{what}人民币{v.money(total)}元（大写：{v.money_words(total)}）"


def _fact_known(case: Case, form: str, key: str) -> str:
    loan, plaintiff, defendant = case.loan, case.plaintiff, case.defendant
    if loan is None:
        return ""
    if key in _GUARANTEE_ROWS:
        if not loan.guarantee:
            return "无"
        return f"担保情况：{loan.guarantee}。" if key == "other_guarantee" else ""
    lender = case.original_lender
    known: dict[str, Callable[[], str]] = {
        "contract": lambda: _sentences(
            loan.contract_name,
            loan.contract_number and f"编号{loan.contract_number}",
            loan.signed_on and f"签订时间{v.date(loan.signed_on)}",
            loan.signed_place and f"签订地点{loan.signed_place}",
        ),
        "parties": lambda: _sentences(
            lender and f"贷款人{lender}",
            defendant.name and f"借款人{defendant.name}",
            case.assignment and f"原告{plaintiff.name}主张受让{case.assignment.assignor or lender}的债权",
        ),
        "amount": lambda: (loan.principal is not None and f"借款金额人民币{v.money(loan.principal)}元") or "",
        "term": lambda: _sentences(
            loan.term_months and f"借款期限{loan.term_months}个月",
            loan.first_due and loan.last_due and f"自{v.date(loan.first_due)}至{v.date(loan.last_due)}分期还款",
        ),
        "rate": lambda: _sentences(
            loan.rate and f"借款利率{loan.rate.describe()}",
            loan.penalty_rate and f"逾期利率{loan.penalty_rate.describe()}",
        ),
        "disbursement": lambda: (loan.disbursed_on and f"{v.date(loan.disbursed_on)}发放") or "",
        "repayment_method": lambda: loan.repayment_method,
        "repayment": lambda: _repaid_text(case),
        "repaid": lambda: _repaid_text(case),
        "overdue": lambda: _sentences(
            loan.overdue_since and f"自{v.date(loan.overdue_since)}起逾期",
            loan.accelerated_on and f"原告于{v.date(loan.accelerated_on)}宣布借款提前到期",
        ),
        "overdue_amount": lambda: _claimed(case, "欠款合计"),
        "card": lambda: _sentences(
            lender and f"发卡行{lender}",
            loan.card_tail and f"卡号尾号{loan.card_tail}",
            loan.signed_on and f"{v.date(loan.signed_on)}领用",
            loan.contract_name,
        ),
        "terms": lambda: _sentences(
            loan.contract_name,
            loan.rate and f"透支利率{loan.rate.describe()}",
            loan.penalty_rate and f"逾期利率{loan.penalty_rate.describe()}",
        ),
        "collection": lambda: _sentences(
            loan.last_collection_on and f"最近一次催收时间{v.date(loan.last_collection_on)}",
            case.assignment is not None
            and case.assignment.notice_method
            and f"债权转让通知方式：{case.assignment.notice_method}",
        ),
    }
    text = known.get(key, lambda: "")()
    return f"{text}。" if text and not text.endswith("。") and text != "无" else (text or "")


@cache  # a few (section, form) pairs, read for every row of every case
def _labels(section: str, form: str) -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, int]]:
    """The labels of the rows of ``form`` and of the other form, and each key's number in its own form."""
    table = elements.ANSWER_ITEMS if section == "items" else elements.FACT_ITEMS
    other = elements.CARD if form == elements.LOAN else elements.LOAN
    numbers = {key: no for no, key in enumerate(table[other], start=1)}
    numbers.update({key: no for no, key in enumerate(table[form], start=1)})
    return table[form], table[other], numbers


def said(entered: Position | None) -> bool:
    """Whether a row was entered at all: a position or a text (``Position()`` with neither counts as left
    out)."""
    return entered is not None and (entered.disputed is not None or bool(entered.text.strip()))


def _unconfirmed_marker(key: str) -> str:
    return UNCONFIRMED_EXEMPTION if key == "exemption" else UNCONFIRMED


def _unconfirmed_entry(section: str, key: str, label: str) -> UnconfirmedView:
    return UnconfirmedView(section=section, key=key, label=label, field=f"defence.{section}.{key}")


def _row(
    section: str,
    key: str,
    form: str,
    entered: Position | None,
    known: str,
    unconfirmed: list[UnconfirmedView],
    written: dict[tuple[str, str], str],
) -> ElementRowView:
    own, other, numbers = _labels(section, form)
    label = own.get(key) or other[key]
    text_only = (section, key) in TEXT_ONLY
    entered = entered if said(entered) else None
    disputed: bool | None = entered.disputed if entered is not None else None
    confirm = False
    if entered is not None:
        text = entered.text
        figure = re.search(r"人民币([\d,]+\.\d\d)元", known) if key == "total" else None
        if figure and figure.group(1) not in text:
            text = f"{known}{text}"  # the form's 标的总额 states the amount whatever the defendant wrote
        if disputed is None and not text_only:  # text without a position: never an admission by default
            text, confirm = f"{text}{_unconfirmed_marker(key)}", True
    elif text_only:
        text = written.get((section, key), "")
        if not text:
            text, confirm = f"【待确认：{label.split('(')[0]}】", True
    elif known == "无":
        text = known
    else:
        text, confirm = f"{known}{_unconfirmed_marker(key)}", True
    if confirm and key in own:
        unconfirmed.append(_unconfirmed_entry(section, key, label))
    return ElementRowView(
        key=key,
        no=numbers[key],
        label=label,
        in_form=key in own,
        entered=entered is not None,
        disputed=disputed,
        agree_box="" if text_only else v.box(disputed is False),
        dispute_box="" if text_only else v.box(disputed is True),
        yes_box="" if text_only else v.box(disputed is True),
        no_box="" if text_only else v.box(disputed is False),
        text=text,
        known=known,
    )


def element_rows(case: Case, form: str, points_text: str, basis_text: str = "") -> ElementRows:
    """``items``/``facts`` (by key, every key of both forms), ``item_rows``/``fact_rows`` (the form's rows in
    order) and ``unconfirmed`` (rows printed with 【待确认】).

    The text-only rows not entered get the answer's own words: 其他需要说明的内容 the answer points
    (``points_text``), 答辩的依据 / 答辩依据 the points' legal bases (``basis_text``).
    """
    unconfirmed: list[UnconfirmedView] = []
    written = {
        ("facts", "other"): points_text,
        ("facts", "basis"): basis_text,
        ("items", "basis"): basis_text,
    }

    def section(
        name: str,
        table: Mapping[str, Mapping[str, str]],
        entered: Mapping[str, Position],
        known: Callable[[Case, str, str], str],
    ) -> dict[str, ElementRowView]:
        return {
            key: _row(name, key, form, entered.get(key), known(case, form, key), unconfirmed, written)
            for key in _ordered(table, form)
        }

    items = section("items", elements.ANSWER_ITEMS, case.defence.items, _item_known)
    facts = section("facts", elements.FACT_ITEMS, case.defence.facts, _fact_known)
    return ElementRows(
        items=MappingProxyType(items),
        facts=MappingProxyType(facts),
        item_rows=tuple(row for row in items.values() if row.in_form),
        fact_rows=tuple(row for row in facts.values() if row.in_form),
        unconfirmed=tuple(unconfirmed),
    )


def _ordered(table: Mapping[str, Mapping[str, str]], form: str) -> list[str]:
    own = list(table[form])
    return own + [k for other in table.values() for k in other if k not in own and other is not table[form]]


# --- the rows in a narrative answer -------------------------------------------------------------------------

#: The headings of the narrative answer's points that carry the rows the defendant entered (the narrative form,
#: 法〔2016〕221号, has no rows: a lawyer folds the positions into the answer as points of their own).
NARRATIVE_TITLES = {"items": "对原告各项诉讼请求的意见", "facts": "对原告所述事实的意见"}

_PARENTHESIS = re.compile(r"[(（][^()（）]*[)）]")


def row_heading(label: str) -> str:
    """A row's label as a short heading: ``对借款金额有无异议`` -> ``借款金额``; ``利息(期内利息、复利、罚息)`` ->
    ``利息``; ``有无其他免责/减责事由`` -> ``其他免责/减责事由``."""
    text = _PARENTHESIS.sub("", label).strip()
    if text.endswith("有无异议"):
        text = text.removesuffix("有无异议").removeprefix("对")
    return text.removeprefix("有无")


def _position(section: str, key: str, entered: Position) -> str:
    """What the element form's boxes would say, in words (nothing for a text-only row, when the text itself
    says 异议, or when no position was entered: the row then ends with a 【待确认】 marker instead)."""
    if (section, key) in TEXT_ONLY or entered.disputed is None:
        return ""
    if key == "exemption":
        return "有。" if entered.disputed else "无。"
    if "异议" in entered.text:
        return ""
    return "有异议。" if entered.disputed else "无异议。"


def _narrative_entries(case: Case, form: str) -> Iterator[tuple[str, str, str, Position]]:
    """(section, key, label, position) of each row a narrative answer carries, in the form's order."""
    for section, table, entered in (
        ("items", elements.ANSWER_ITEMS, case.defence.items),
        ("facts", elements.FACT_ITEMS, case.defence.facts),
    ):
        own, other, _numbers = _labels(section, form)
        for key in _ordered(table, form):
            position = entered.get(key)
            if position is None or not said(position):
                continue
            if (section, key) in TEXT_ONLY and not position.text.strip():
                continue
            yield section, key, own.get(key) or other[key], position


def narrative_rows(case: Case, form: str) -> list[tuple[str, str]]:
    """The element rows the defendant entered (``[defence.items]``, ``[defence.facts]``), as (title, text) of the
    points a narrative answer adds after the entered points: one for the claims, one for the facts, each a
    paragraph per row in the form's order, ``（二）利息：有异议。利息、罚息……应予调减。`` (numbered when there are
    several). A text-only row (答辩依据, 其他需要说明的内容) is carried only when it has text; the others also
    when they have none (the position is what was entered). A row with text and no position (``disputed`` None)
    prints its text and 【待确认：有无异议】, never 有异议/无异议 (see :func:`narrative_unconfirmed`)."""
    lines: dict[str, list[str]] = {"items": [], "facts": []}
    for section, key, label, position in _narrative_entries(case, form):
        body = v.sentence(_position(section, key, position) + position.text.strip())
        unset = position.disputed is None and (section, key) not in TEXT_ONLY
        lines[section].append(f"{row_heading(label)}：{body}{_unconfirmed_marker(key) if unset else ''}")
    out = []
    for section, found in lines.items():
        if len(found) > 1:
            found = [f"（{v.numeral(no)}）{line}" for no, line in enumerate(found, 1)]
        if found:
            out.append((NARRATIVE_TITLES[section], "\n".join(found)))
    return out


def narrative_unconfirmed(case: Case, form: str) -> list[UnconfirmedView]:
    """The rows a narrative answer prints with 【待确认：有无异议】 (entered with text, no position), as the
    ``unconfirmed`` entries of :func:`element_rows`."""
    return [
        _unconfirmed_entry(section, key, label)
        for section, key, label, position in _narrative_entries(case, form)
        if position.disputed is None and (section, key) not in TEXT_ONLY
    ]
