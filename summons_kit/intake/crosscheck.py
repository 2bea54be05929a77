"""Cross-checks between values read: the same fact on two papers, an ID number against the stated birth date
and gender, the stated total against the claims, the order of the dates. A failed check is a doubt; the value
read first stays written."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from summons_kit.fields import format_amount, parse_case_number
from summons_kit.fields.dates import day_of, format_date
from summons_kit.fields.identity import parse_id_number
from summons_kit.intake.model import Doubt
from summons_kit.intake.reader import Found, Reading

#: an OCR reading less sure than this is flagged for a look at the paper
LOW_CONFIDENCE = 0.85

_SAME_ON_EVERY_PAPER = {
    "court.case_number": ("案号", "case number"),
    "court.cause": ("案由", "cause of action"),
    "court.procedure": ("审理程序", "procedure"),
    "plaintiff.name": ("原告名称", "plaintiff's name"),
    "defendant.name": ("被告姓名", "defendant's name"),
    "defendant.address": ("被告住址", "defendant's address"),
    "service.notice_date": ("通知落款日期", "date of the notices"),
}


def _key(field: str, value: object) -> str:
    if field == "court.case_number":
        try:
            return str(parse_case_number(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def _where(found: Found) -> str:
    return f"{found.source.paper}({found.source.file} p.{found.source.page})"


def disagreements(reading: Reading) -> Iterator[Doubt]:
    """A fact stated differently on two papers."""
    for field, (zh, en) in _SAME_ON_EVERY_PAPER.items():
        seen = reading.seen.get(field, [])
        values = {_key(field, f.value) for f in seen}
        if len(values) > 1:
            listed = ";".join(f"{_where(f)}:{f.value}" for f in seen)
            yield Doubt(
                field,
                f"各文书所载{zh}不一致:{listed}",
                f"the papers state different {en}s: {listed}",
            )
    names = reading.seen.get("court.name", [])
    if names:
        first = str(names[0].value)
        for other in names[1:]:
            value = str(other.value)
            if not (first.endswith(value) or value.endswith(first)):
                yield Doubt(
                    "court.name",
                    f"法院名称不一致:{_where(names[0])}为“{first}”,{_where(other)}为“{value}”",
                    f"the court's name differs: {first!r} on one paper, {value!r} on another",
                )


def identity(reading: Reading, role: str = "defendant") -> Iterator[Doubt]:
    """The ID number's birth date and gender against those the paper states."""
    found = reading.values.get(f"{role}.id_number")
    if found is None:
        return
    number = parse_id_number(str(found.value))
    birth = reading.values.get(f"{role}.birth_date")
    if birth is not None and number.birth is not None and day_of(birth.value) != number.birth:
        yield Doubt(
            f"{role}.birth_date",
            f"所写出生日期{format_date(day_of(birth.value))}与身份证号码{number.value}中的{format_date(number.birth)}不符",
            f"the stated birth date {day_of(birth.value)} differs from {number.birth} in the ID number",
        )
    gender = reading.values.get(f"{role}.gender")
    if gender is not None and gender.value != number.gender_zh:
        yield Doubt(
            f"{role}.gender",
            f"所写性别“{gender.value}”与身份证号码{number.value}所示“{number.gender_zh}”不符",
            f"the stated gender {gender.value} differs from the ID number's ({number.gender_zh})",
        )


def total(reading: Reading) -> Iterator[Doubt]:
    """The complaint's stated total against the sum of the claims it names (all claims with an amount when it
    names none)."""
    stated = reading.values.get("complaint.total")
    if stated is None:
        return
    items = [int(n) for n in reading.notes.get("total_items", "").split(",") if n]
    amounts: dict[int, Decimal] = {}
    for field, found in reading.values.items():
        if field.startswith("claims[") and field.endswith("].amount"):
            amounts[int(field[7 : field.index("]")])] = found.value
    if items and (len(items) == 2 and f"{items[0]}至" in reading.notes.get("total_text", "")):
        items = list(range(items[0], items[1] + 1))
    chosen = [amounts[i] for i in items if i in amounts] if items else list(amounts.values())
    missing = [i for i in items if i not in amounts]
    total_sum = sum(chosen, Decimal(0))
    if missing or total_sum != stated.value:
        which = "、".join(str(i) for i in items) if items else "全部"
        yield Doubt(
            "complaint.total",
            f"起诉状所载合计{format_amount(stated.value)}元与第{which}项请求金额之和{format_amount(total_sum)}元不符"
            + (f"(第{'、'.join(map(str, missing))}项金额未能读出)" if missing else ""),
            f"the stated total {stated.value} differs from the sum {total_sum} of claims {items or 'all'}"
            + (f" (no amount read for claims {missing})" if missing else ""),
        )


def date_order(reading: Reading) -> Iterator[Doubt]:
    """Service on or after the notices' date; the evidence deadline and the hearing after it."""
    notice = reading.values.get("service.notice_date")
    if notice is None:
        return
    day = day_of(notice.value)
    checks = (
        ("service.served_on", "送达日期", "service date", False),
        ("service.evidence_deadline", "举证期限届满日", "evidence deadline", True),
        ("service.hearing", "开庭时间", "hearing", True),
    )
    for field, zh, en, strict in checks:
        found = reading.values.get(field)
        if found is None:
            continue
        other = day_of(found.value)
        if other < day or (strict and other == day):
            yield Doubt(
                field,
                f"{zh}{format_date(other)}早于通知落款日期{format_date(day)},疑为误读",
                f"the {en} {other} is not after the notices' date {day}: probably misread",
            )


def low_confidence(reading: Reading) -> Iterator[Doubt]:
    for field, found in reading.values.items():
        if found.source.method == "ocr" and found.source.confidence < LOW_CONFIDENCE:
            yield Doubt(
                field,
                f"文字识别把握不大(置信度{found.source.confidence:.2f}),请对照原件核对“{found.value}”",
                f"OCR is unsure (confidence {found.source.confidence:.2f}): check {found.value!r} against the paper",
            )


def all_doubts(reading: Reading) -> list[Doubt]:
    doubts = [*disagreements(reading), *identity(reading), *total(reading), *date_order(reading)]
    doubts += low_confidence(reading)
    return doubts
