"""Limitation: a possibly expired limitation period, a payment offer next to the limitation defence, and the
warning an instalment request must carry (or the reason it must not be drafted)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summons_kit.case.model import Case
from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.limits import Limitation, limitation

EXPIRED = declare(
    "limitation.possibly_expired",
    "warning",
    "loan.last_due",
    basis.LIMITATION_DEFENCE,
    "诉讼时效可能已届满",
    "3 years (rolled over rest days) from the last instalment's due date or the acceleration date, "
    "restarted by the last payment, demand or notice of assignment the case records, ended before the "
    "complaint was filed (or, if unknown, served)",
    order=10,  # dispositive: argued first
)
PAYMENT_OFFER = declare(
    "limitation.payment_offer",
    "error",
    "defence.points",
    basis.WAIVER_AFTER_EXPIRY,
    "时效抗辩与还款意愿同时出现",
    "limitation may have expired and an entered answer point (or a disputed element row) offers to pay "
    "(愿意还款, 分期, 同意偿还 …): agreeing to perform after expiry waives the limitation defence",
)
INSTALMENT = declare(
    "instalment.limitation_effect",
    "warning",
    "instalment",
    basis.INSTALMENT_LIMITATION,
    "分期还款申请对诉讼时效的影响",
    "the case has an instalment plan: offering to pay interrupts limitation and, after expiry, waives the defence",
)
INSTALMENT_WAIVES = declare(
    "instalment.waives_limitation",
    "warning",
    "instalment.despite_limitation",
    basis.WAIVER_AFTER_EXPIRY,
    "诉讼时效可能已届满：不起草分期还款申请",
    "the case has an instalment plan, limitation may have expired and instalment.despite_limitation is not "
    "true: the instalment request is not drafted (it would waive the defence)",
)

#: words of an answer that offer to pay (not preceded by 不: 不同意偿还 is no offer)
_OFFER = re.compile(
    r"(?<![不无])(?:愿意|同意|希望|请求|申请|承诺)(?:分期|继续|逐步|尽快)?(?:还款|偿还|归还|支付|履行|清偿|还清|付款)"
    r"|分期(?:还款|偿还|付款|支付|归还|清偿)|还款计划|协商还款"
)


def payment_offers(case: Case) -> list[tuple[str, str]]:
    """(field, words) for each entered point or element row (disputed or not: its text is printed) that offers to
    pay."""
    found = []
    for index, point in enumerate(case.defence.points):
        m = _OFFER.search(point.title + point.text)
        if m:
            found.append((f"defence.points[{index}]", m[0]))
    for section, rows in (("items", case.defence.items), ("facts", case.defence.facts)):
        for key, row in rows.items():
            m = _OFFER.search(row.text)  # whatever the row's position: the words are printed either way
            if m:
                found.append((f"defence.{section}.{key}", m[0]))
    return found


def check_limitation(context: Context) -> Iterator[Finding]:
    period = limitation(context.case, context.calendar)
    if period is None or not period.expired:
        return
    after = ""
    after_en = ""
    if period.payment_after_expiry is not None:
        after = (
            f"但答辩人于{format_date(period.payment_after_expiry)}（时效届满后）仍有还款，"
            "可能被认定为同意履行而不得再以时效抗辩（《民法典》第192条第2款），请慎重核实。"
        )
        after_en = (
            f" A payment on {period.payment_after_expiry}, after expiry, may count as waiving the defence (CC 192 ¶2)."
        )
    yield EXPIRED.finding(
        period.explanation() + "原告起诉时诉讼时效可能已经届满。人民法院不主动适用诉讼时效，须由答辩人在一审中提出抗辩"
        "（《民法典》第193条；《诉讼时效司法解释》第3条）；如原告有催收、债权转让通知，"
        "答辩人有还款或同意履行等中断事由，时效重新计算：本案所载的还款、催收、转让通知日期已计入，"
        "请律师向答辩人核实有无其他中断事由。" + after,
        f"limitation ran from {period.start} and ended on {period.expires}, before {period.reference} "
        f"({period.reference_field}): it may have expired unless interrupted by something the case does not "
        "record. The court will not raise it: the defendant must, at first instance." + after_en,
        field=period.start_field,
        basis=basis.join(EXPIRED.cited, period.interrupted_by),
        point=(
            f"原告的债权自{period.start_text}即{format_date(period.start)}起算三年诉讼时效，"
            f"至{format_date(period.expires)}届满，原告于{format_date(period.reference)}方才起诉主张权利。"
            + _known_facts(period)
            + "诉讼时效已经届满。答辩人依据《民法典》第一百八十八条、第一百九十二条的规定提出诉讼时效抗辩，"
            "请求驳回原告的诉讼请求。"
        ),
    )


def _known_facts(period: Limitation) -> str:
    """What the defendant states about the time after the limitation started: built from what the case records,
    and marked 【待确认】 for the lawyer (a statement of the defendant's, never a fact the kit asserts)."""
    if period.payment_after_expiry is not None:
        return (
            f"答辩人于{format_date(period.payment_after_expiry)}的还款发生在时效届满之后"
            "【待确认：该次还款是否构成同意履行；如构成，本项抗辩不宜提出（《民法典》第一百九十二条第二款）】，"
        )
    return (
        "据答辩人所知，此期间原告未向答辩人主张权利，答辩人亦未还款或同意履行"
        "【待确认：此期间有无催收、还款或同意履行（均使时效中断）】，"
    )


def check_payment_offer(context: Context) -> Iterator[Finding]:
    period = limitation(context.case, context.calendar)
    if period is None or not period.expired:
        return
    offers = payment_offers(context.case)
    if not offers:
        return
    where = "、".join(f"{field}（“{words}”）" for field, words in offers)
    yield PAYMENT_OFFER.finding(
        f"本案诉讼时效可能已于{format_date(period.expires)}届满，但答辩意见中有同意还款的表述：{where}。"
        "诉讼时效期间届满后，义务人同意履行的，不得以诉讼时效期间届满为由抗辩（《民法典》第192条第2款；"
        "《诉讼时效司法解释》第19条）：在同一答辩状中既主张时效抗辩又表示愿意还款，时效抗辩可能因此落空。"
        "请删除还款意愿的表述，或在确认放弃时效抗辩后再提出。",
        f"limitation may have run (on {period.expires}) and the answer offers to pay "
        f"({', '.join(f for f, _ in offers)}): agreeing to perform after expiry waives the limitation defence "
        "(CC 192 ¶2; SPC limitation rules 19). "
        "Remove the offer, or drop the limitation defence knowingly.",
        field=offers[0][0],
    )


def instalment_waives_limitation(case: Case, report: object | None = None, calendar: Calendar = DEFAULT) -> bool:
    """True when the instalment request must not be drafted: the case has an instalment plan, limitation may
    have expired and the case does not confirm the offer (``instalment.despite_limitation``). With a ``report``
    (summons_kit.check.Report), its findings decide (code ``instalment.waives_limitation``)."""
    if report is not None:
        return any(getattr(f, "code", "") == INSTALMENT_WAIVES.code for f in getattr(report, "findings", ()))
    if case.instalment is None or case.instalment.despite_limitation:
        return False
    period = limitation(case, calendar)
    return period is not None and period.expired


def check_instalment(context: Context) -> Iterator[Finding]:
    if context.case.instalment is None:
        return
    period = limitation(context.case, context.calendar)
    risk = ""
    if period is not None and period.expired:
        risk = f"本案诉讼时效可能已于{format_date(period.expires)}届满：提出分期还款将放弃时效抗辩，提交前务必慎重。"
    yield INSTALMENT.finding(
        "提出分期还款申请即表示同意履行债务：诉讼时效因此中断并重新计算；诉讼时效期间届满后同意履行的，"
        "不得再以诉讼时效期间届满为由抗辩（《诉讼时效司法解释》第14条、第19条；《民法典》第192条、第195条）。"
        "起草分期还款申请前，请先核对诉讼时效。" + risk,
        "an instalment request is an agreement to perform: it interrupts limitation, and after expiry it "
        "waives the limitation defence. Check limitation before drafting it.",
    )
    if period is not None and period.expired and not context.case.instalment.despite_limitation:
        yield INSTALMENT_WAIVES.finding(
            f"本案诉讼时效可能已于{format_date(period.expires)}届满。分期还款申请是同意履行的表示，"
            "提交后答辩人不得再以诉讼时效届满为由抗辩（《诉讼时效司法解释》第19条；《民法典》第192条第2款），"
            "因此不起草分期还款申请。答辩人在知悉上述后果后仍决定申请分期的，请在案件文件中填写 "
            "[instalment] despite_limitation = true。",
            f"limitation may have run (on {period.expires}): an instalment request would waive the defence, so it "
            "is not drafted. Set [instalment] despite_limitation = true if the defendant, told so, still wants it.",
        )


RULES = (check_limitation, check_payment_offer, check_instalment)
