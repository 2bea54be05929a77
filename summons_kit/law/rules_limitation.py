"""Limitation: a possibly expired limitation period, and the warning an instalment request must carry."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.limits import limitation

EXPIRED = declare(
    "limitation.possibly_expired",
    "warning",
    "loan.last_due",
    basis.LIMITATION_DEFENCE,
    "诉讼时效可能已届满",
    "3 years (rolled over rest days) from the last instalment's due date or the acceleration date, "
    "restarted by the last payment or demand the case records, ended before the complaint was filed (or, if "
    "unknown, served)",
    order=10,  # dispositive: argued first
)
INSTALMENT = declare(
    "instalment.limitation_effect",
    "warning",
    "instalment",
    basis.INSTALMENT_LIMITATION,
    "分期还款申请对诉讼时效的影响",
    "the case has an instalment plan: offering to pay interrupts limitation and, after expiry, waives the defence",
)


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
        "（《民法典》第193条；《诉讼时效司法解释》第3条）；如原告有催收、"
        "答辩人有还款或同意履行等中断事由，时效重新计算。" + after,
        f"limitation ran from {period.start} and ended on {period.expires}, before {period.reference} "
        f"({period.reference_field}): it may have expired unless interrupted. The court will not raise it: "
        "the defendant must, at first instance." + after_en,
        field=period.start_field,
        point=(
            f"原告的债权自{period.start_text}即{format_date(period.start)}起算三年诉讼时效，"
            f"至{format_date(period.expires)}届满，原告于{format_date(period.reference)}方才主张权利，"
            "期间不存在诉讼时效中断、中止的情形，诉讼时效已经届满。答辩人依据《民法典》第一百八十八条、"
            "第一百九十二条的规定提出诉讼时效抗辩，请求驳回原告的诉讼请求。"
        ),
    )


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


RULES = (check_limitation, check_instalment)
