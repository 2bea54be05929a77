"""Money and time limits: interest caps by lender type, rate annualisation, and the limitation period.

- Licensed lenders (banks, consumer-finance companies): interest, penalty interest, compound interest, damages
  and fees above 24 % a year in total may be reduced (法发〔2017〕22号 item 2, unverified verbatim; 民法典 585).
- Private lenders: 4x the one-year LPR at the contract date (民间借贷司法解释 25); contracts before
  2020-08-20: the interest from 2020-08-20 on is capped at 4x the LPR at filing (民间借贷司法解释 31), the
  interest before it follows the 2015 rule (24 % protected, above 36 % void; 法释〔2015〕18号 26, unverified).
- Local financial firms (small-loan companies, financing guarantors, pawnshops ...) are outside the
  private-lending rule (法释〔2020〕27号); the kit compares them with 24 % as courts often do (unverified:
  courts differ).
- Daily rates are annualised with a stated day count: 360 (the PBoC convention for bank interest) or 365.
- Limitation: 3 years from the due date of the last instalment or the acceleration date (民法典 188, 189),
  restarted by a demand or a payment (195); periods counted by 民法典 201-203.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from summons_kit.case.elements import CARD, element_form
from summons_kit.case.model import Case, LenderKind, PartyKind, infer_kind
from summons_kit.fields.claims import Rate
from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.lpr import LprTable, default_table
from summons_kit.law.schedule import add_months

LICENSED_CAP = Decimal("24")  # 法发〔2017〕22号 item 2 (unverified verbatim)
PRIVATE_MULTIPLE = Decimal("4")  # 民间借贷司法解释 25
PRIVATE_RULE_START = dt.date(2020, 8, 20)  # 民间借贷司法解释 31
OLD_PRIVATE_PROTECTED = Decimal("24")  # 法释〔2015〕18号 26 (unverified): interest up to 2020-08-19
OLD_PRIVATE_VOID = Decimal("36")  # 法释〔2015〕18号 26 (unverified): the part above is void
DAY_COUNT_PBOC = 360  # PBoC convention for bank interest
DAY_COUNTS = (360, 365)
LIMITATION_YEARS = 3  # 民法典 188

_LICENSED_MARKS = ("银行", "消费金融", "信托", "金融租赁", "汽车金融", "财务有限公司", "农村信用", "信用合作")
_LOCAL_MARKS = (
    "小额贷款",
    "小贷",
    "融资担保",
    "典当",
    "融资租赁",
    "商业保理",
    "保理",
    "地方资产管理",
    "区域性股权",
)


def percent(value: Decimal) -> str:
    """``27.375`` / ``24`` — a percentage without trailing zeros."""
    text = format(value.normalize(), "f")
    return text


@attrs.frozen
class Cap:
    """An annual interest cap (percent) and how it was found.

    ``text`` is Chinese and names the day whose LPR was used, the LPR and the cap (``合同成立时（2023年11月2日）一年
    期LPR 3.45%的4倍，即年利率13.8%（LPR数据未经核实）``). ``moment`` is that day's role (``合同成立时`` |
    ``起诉时``). For a contract made before 2020-08-20 the cap governs the interest from ``applies_from`` on
    (民间借贷司法解释 31); the interest before it follows the 2015 rule (:data:`OLD_PRIVATE_PROTECTED`).
    """

    annual: Decimal
    text: str
    cited: basis.Basis
    stale: bool = False  # the LPR table may be out of date for the day used
    moment: str = ""
    applies_from: dt.date | None = None

    @property
    def basis(self) -> str:
        """The compact text of ``cited``."""
        return str(self.cited)


def licensed_cap() -> Cap:
    return Cap(
        LICENSED_CAP,
        "持牌金融机构的利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分可请求调减",
        basis.FINANCIAL_24,
    )


def private_cap(contract_date: dt.date | None, filed_on: dt.date | None, table: LprTable | None = None) -> Cap | None:
    """4x the one-year LPR at the contract date; for a contract made before 2020-08-20, 4x the LPR at filing
    for the interest from 2020-08-20 on (民间借贷司法解释 31). None when the day needed is unknown or has no
    LPR."""
    table = table or default_table()
    if contract_date is None:
        return None
    if contract_date >= PRIVATE_RULE_START:
        day, moment, applies_from = contract_date, "合同成立时", None
        lead = f"合同成立时（{format_date(contract_date)}）"
        article = basis.PRIVATE_LENDING_25
    else:
        if filed_on is None:
            return None
        day, moment, applies_from = filed_on, "起诉时", PRIVATE_RULE_START
        lead = (
            f"合同成立于2020年8月20日之前（{format_date(contract_date)}），自2020年8月20日起的利息以起诉时"
            f"（{format_date(filed_on)}）"
        )
        article = basis.join(basis.PRIVATE_LENDING_25, basis.PRIVATE_LENDING_31)
    lpr = table.rate_on(day)
    if lpr is None:
        return None
    cap = PRIVATE_MULTIPLE * lpr
    stale = table.stale(day)
    note = "（LPR数据未经核实，且该日晚于表中最后一次调整，LPR可能已变动）" if stale else "（LPR数据未经核实）"
    text = f"{lead}一年期LPR {percent(lpr)}%的4倍，即年利率{percent(cap)}%"
    text += f"为限{note}" if applies_from else note
    return Cap(cap, text, basis.join(article, basis.LPR_SOURCE), stale, moment, applies_from)


def old_private_rule(annual: Decimal) -> str:
    """Chinese: how the 2015 rule treats ``annual`` for the interest up to 2020-08-19 of a contract made before
    2020-08-20 (法释〔2015〕18号 26: up to 24 % protected, above 36 % void; unverified)."""
    rule = (
        f"2020年8月19日以前的利息可适用当时的司法解释（年利率{percent(OLD_PRIVATE_PROTECTED)}%以内予以支持，"
        f"超过年利率{percent(OLD_PRIVATE_VOID)}%的部分约定无效）"
    )
    if annual > OLD_PRIVATE_VOID:
        return f"{rule}：该利率超过年利率{percent(OLD_PRIVATE_VOID)}%，超过部分无效，超过年利率24%的部分亦不予支持"
    if annual > OLD_PRIVATE_PROTECTED:
        return f"{rule}：该利率超过年利率{percent(OLD_PRIVATE_PROTECTED)}%，超过部分原告请求支付的不予支持"
    return f"{rule}：该利率未超过年利率{percent(OLD_PRIVATE_PROTECTED)}%"


def infer_lender_kind(name: str) -> LenderKind | None:
    """Licensed, local financial or private, from the lender's name; None when the name does not tell."""
    name = name.strip()
    if not name:
        return None
    if any(mark in name for mark in _LOCAL_MARKS):
        return LenderKind.LOCAL_FINANCIAL
    if any(mark in name for mark in _LICENSED_MARKS):
        return LenderKind.LICENSED
    if infer_kind(name) is PartyKind.PERSON:
        return LenderKind.PRIVATE
    return None


def lender_kind(case: Case) -> LenderKind | None:
    """The lender type that decides the cap (an assignee takes the original lender's place)."""
    if case.loan is not None and case.loan.lender_kind is not None:
        return case.loan.lender_kind
    return infer_lender_kind(case.original_lender)


def annualise(value: Decimal, period: str, day_count: int = DAY_COUNT_PBOC) -> Decimal:
    """A rate per ``period`` ("day" | "month" | "year") as percent a year, ``day_count`` days a year."""
    if period == "day":
        return value * day_count
    if period == "month":
        return value * 12
    return value


def annual_of(
    rate: Rate, on: dt.date | None = None, table: LprTable | None = None, contract: Rate | None = None
) -> Decimal | None:
    """The annual percent of ``rate``: an LPR multiple or the LPR plus basis points uses the LPR on ``on``; a
    mark-up on the contract rate (借款利率上浮50%) applies to ``contract`` (loan.rate). None when what it
    depends on is unknown."""
    if rate.annual is not None:
        return rate.annual
    if rate.base == "contract":
        if contract is None or contract.base == "contract" or rate.modifier is None:
            return None
        base = annual_of(contract, on, table)
        return rate.modifier.apply(base) if base is not None else None
    if on is None:
        return None
    lpr = (table or default_table()).rate_on(on)
    if lpr is None:
        return None
    if rate.lpr_multiple is not None:
        return rate.lpr_multiple * lpr
    if rate.base == "lpr" and rate.modifier is not None:
        return rate.modifier.apply(lpr)
    return None


def rate_text(
    rate: Rate, on: dt.date | None = None, table: LprTable | None = None, contract: Rate | None = None
) -> str:
    """Chinese: the rate as written and its annual equivalent, with the day-count convention stated."""
    annual = annual_of(rate, on, table, contract)
    if annual is None:
        return rate.raw
    if rate.base == "contract" and contract is not None:
        return f"{rate.raw}（以借款利率{contract.raw}为基数，折合年利率{percent(annual)}%）"
    if rate.base == "lpr" and rate.lpr_multiple is None:
        return f"{rate.raw}（按一年期LPR计，折合年利率{percent(annual)}%）"
    if rate.period == "day" and rate.modifier is not None:
        return f"{rate.raw}（按一年{rate.day_count or DAY_COUNT_PBOC}天折合年利率{percent(annual)}%）"
    if rate.period == "day":
        used = rate.day_count or DAY_COUNT_PBOC
        daily = annual / used
        other = next(n for n in DAY_COUNTS if n != used)
        return (
            f"{rate.raw}（按一年{used}天折合年利率{percent(annual)}%；按{other}天计为"
            f"{percent(annualise(daily, 'day', other))}%）"
        )
    if rate.period == "lpr":
        return f"{rate.raw}（按一年期LPR折合年利率{percent(annual)}%）"
    if rate.period == "month":
        return f"{rate.raw}（折合年利率{percent(annual)}%）"
    if f"{percent(annual)}%" in rate.raw:  # 年利率30% says it already
        return rate.raw
    return f"{rate.raw}（年利率{percent(annual)}%）"


def add_years(day: dt.date, years: int) -> dt.date:
    """The corresponding day ``years`` later, or the month's last day when there is none.

    民法典 202: 2024-02-29 + 3 years -> 2027-02-28.
    """
    return add_months(day, 12 * years)


@attrs.frozen
class Limitation:
    """The 3-year limitation period as far as the case shows it."""

    start: dt.date
    start_text: str  # Chinese: what started (or restarted) the period
    start_field: str
    nominal: dt.date  # start + 3 years (民法典 202)
    expires: dt.date  # the last day, rolled over rest days (民法典 203)
    reference: dt.date  # the day the suit interrupted it (filing, else service)
    reference_text: str
    reference_field: str
    payment_after_expiry: dt.date | None = None
    uncovered_years: tuple[int, ...] = ()
    #: the article of the interruption the period restarted from (empty: it was not interrupted)
    interrupted_by: basis.Basis = attrs.field(factory=basis.Basis)

    @property
    def expired(self) -> bool:
        return self.reference > self.expires

    def explanation(self) -> str:
        text = (
            f"诉讼时效期间为3年，自{self.start_text}（{format_date(self.start)}）起算，"
            f"至{format_date(self.expires)}届满"
        )
        if self.expires != self.nominal:
            text += f"（{format_date(self.nominal)}为休息日，顺延）"
        return text + f"；{self.reference_text}为{format_date(self.reference)}。"


def limitation(case: Case, calendar: Calendar = DEFAULT) -> Limitation | None:
    """The limitation period of the loan (None when the case lacks the dates needed)."""
    loan = case.loan
    if loan is None:
        return None
    if loan.accelerated_on is not None and (loan.last_due is None or loan.accelerated_on < loan.last_due):
        start, start_text, start_field = loan.accelerated_on, "宣布借款提前到期之日", "loan.accelerated_on"
    elif loan.last_due is not None:
        start, start_text, start_field = loan.last_due, "最后一期还款期限届满之日", "loan.last_due"
    else:
        return None
    if case.complaint.filed_on is not None:
        reference, reference_field = case.complaint.filed_on, "complaint.filed_on"
        reference_text = "原告起诉日期"
    elif case.service.served_on is not None:
        reference = case.service.served_on
        reference_text = "起诉日期不详，以收到起诉状副本日期代替（实际起诉日期更早）"
        reference_field = "service.served_on"
    else:
        return None
    interruptions = sorted(
        (day, text, field, article) for day, text, field, article in _interruptions(case) if day is not None
    )
    expires = calendar.next_working_day(add_years(start, LIMITATION_YEARS))
    payment_after_expiry = None
    interrupted_by = basis.Basis()
    for day, text, field, article in interruptions:
        if day > reference:
            continue
        if start <= day <= expires:
            start, start_text, start_field, interrupted_by = day, text, field, article
            expires = calendar.next_working_day(add_years(start, LIMITATION_YEARS))
        elif day > expires and field == "loan.last_payment_on":
            payment_after_expiry = day
    nominal = add_years(start, LIMITATION_YEARS)
    return Limitation(
        start=start,
        start_text=start_text,
        start_field=start_field,
        nominal=nominal,
        expires=expires,
        reference=reference,
        reference_text=reference_text,
        reference_field=reference_field,
        payment_after_expiry=payment_after_expiry,
        uncovered_years=calendar.uncovered(nominal, expires),
        interrupted_by=interrupted_by,
    )


def _interruptions(case: Case) -> list[tuple[dt.date | None, str, str, basis.Basis]]:
    """What the case records that interrupts limitation (民法典 195): a payment (the debtor agrees to perform),
    a demand (for a credit card, the issuer's SMS, letter or e-mail: 银行卡民事纠纷司法解释 3), a notice of
    assignment reaching the debtor (诉讼时效司法解释 17, unverified)."""
    loan = case.loan
    assert loan is not None
    card = element_form(case.court.cause) == CARD
    found: list[tuple[dt.date | None, str, str, basis.Basis]] = [
        (loan.last_payment_on, "最后一次还款之日（同意履行，时效中断）", "loan.last_payment_on", basis.INTERRUPTION),
        (
            loan.last_collection_on,
            "最后一次催收之日（权利人主张权利，时效中断）",
            "loan.last_collection_on",
            basis.CARD_COLLECTION if card else basis.INTERRUPTION,
        ),
    ]
    notice = case.assignment
    if notice is not None and notice.notified is True:
        found.append(
            (
                notice.notified_on,
                "债权转让通知到达答辩人之日（时效中断）",
                "assignment.notified_on",
                basis.ASSIGNMENT_NOTICE_INTERRUPTS,
            )
        )
    return found
