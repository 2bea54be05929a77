"""Agreement between the drafts: what the answer cites must be in the evidence list, and the instalment plan's
total against the amount claimed.

- ``evidence.cited_missing``: an answer point cites evidence (见证据5) that ``case.evidence`` does not list.
  The evidence list must number every item the party relies on (证据规定 第19条), so a citation without an
  item points at nothing.
- ``instalment.total_differs``: ``instalment.total`` is given and is not the amount the complaint claims (its
  stated total, else the sum of the claimed amounts). A plan for less than the claim (e.g. without the
  penalties) is fine; the lawyer should see that it differs and say why in the request.
"""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case.elements import ANSWER_ITEMS, CARD, LOAN, element_form
from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.instalment import claim_amounts, default_instalment_total, instalment_total
from summons_kit.law.rules_money import yuan

CITED_MISSING = declare(
    "evidence.cited_missing",
    "warning",
    "defence.points",
    basis.EVIDENCE_RULES_19,
    "答辩意见引用的证据不在证据目录中",
    "an answer point cites an evidence number (1-based) that the evidence list (case.evidence) does not have",
)
INSTALMENT_TOTAL = declare(
    "instalment.total_differs",
    "info",
    "instalment.total",
    basis.INSTALMENT_CUSTOM,
    "分期还款总额与起诉金额不一致",
    "instalment.total is given and differs from complaint.total (or, without it, the sum of the claimed amounts)",
)


INSTALMENT_DISPUTED = declare(
    "instalment.total_includes_disputed",
    "warning",
    "instalment.total",
    basis.join(basis.INSTALMENT_CUSTOM, basis.SETTLEMENT_ADMISSION),
    "分期还款总额包含答辩状所争议的金额",
    "the instalment total (instalment.total, else the sum of the claims) is more than the claimed amounts the "
    "answer does not dispute: it includes amounts on element rows marked disputed (e.g. 罚息, 复利)",
)
INSTALMENT_EARLY = declare(
    "instalment.due_before_document",
    "warning",
    "instalment.first_due",
    basis.INSTALMENT_CUSTOM,
    "分期首期（或首付）日期早于文书日期",
    "instalment.first_due (the first instalment, or the down payment) is before the drafts' date "
    "(documents.date, else the day of the check)",
)


def check_instalment_disputed(context: Context) -> Iterator[Finding]:
    case = context.case
    plan = case.instalment
    if plan is None:
        return
    amounts = claim_amounts(case)
    if not amounts.disputed_charges:
        return
    total = instalment_total(case)
    if total is None:
        return
    # the principal is what an instalment plan offers in any case; the rest must not exceed what is undisputed
    ceiling = amounts.undisputed + amounts.unanswered + amounts.disputed_principal
    if total <= ceiling:
        return
    names = ANSWER_ITEMS[CARD if element_form(case.court.cause) == CARD else LOAN]
    rows = "、".join(names.get(r, r) for r in amounts.disputed_rows if r != "principal")
    given = "填写的分期总额" if plan.total is not None else "未填写分期总额，默认的总额"
    default = default_instalment_total(case)
    yield INSTALMENT_DISPUTED.finding(
        f"{given}{yuan(total)}包含答辩状中有异议的金额（{rows}，共{yuan(amounts.disputed_charges)}）：在分期还款"
        "申请中同意偿还答辩状所争议的款项，与答辩意见相矛盾，并可能被视为认可。"
        + (f"建议分期总额以{yuan(default)}（无异议部分，否则本金）为限，" if default else "建议分期总额以本金为限，")
        + "并在申请中声明调解中的让步不构成对事实的认可（《民诉法解释》第107条）。",
        f"the instalment total {total} includes amounts the answer disputes ({amounts.disputed_charges}; rows "
        f"{', '.join(amounts.disputed_rows)}): offer the undisputed part or the principal and reserve the "
        "position (SPC interpretation 107).",
    )


def check_instalment_dates(context: Context) -> Iterator[Finding]:
    case = context.case
    plan = case.instalment
    if plan is None:
        return
    dated = case.documents.date or context.today
    if plan.first_due >= dated:
        return
    what = "首付及首期" if plan.down_payment > 0 else "首期"
    yield INSTALMENT_EARLY.finding(
        f"分期还款计划的{what}还款日{format_date(plan.first_due)}早于文书日期{format_date(dated)}："
        "申请提交时该期已经届满，请改为文书日期之后的日期。",
        f"the first instalment ({plan.first_due}) is before the drafts' date ({dated}): move it after that date.",
    )


def check_cited_evidence(context: Context) -> Iterator[Finding]:
    case = context.case
    count = len(case.evidence)
    listed = f"证据目录只有{count}项证据" if count else "证据目录中没有证据"
    for index, point in enumerate(case.defence.points):
        unknown = [n for n in point.evidence if not 1 <= n <= count]
        if not unknown:
            continue
        yield CITED_MISSING.finding(
            f"第{index + 1}项答辩意见引用了证据{'、'.join(map(str, unknown))}，但{listed}。"
            "请补充证据或更正引用（《证据规定》第19条）。",
            f"answer point {index + 1} cites evidence {', '.join(map(str, unknown))}, but the evidence list "
            f"has {count} item(s); add the evidence or correct the citation.",
            field=f"defence.points[{index}].evidence",
        )


def check_instalment_total(context: Context) -> Iterator[Finding]:
    case = context.case
    plan = case.instalment
    if plan is None or plan.total is None:
        return
    stated = case.complaint.total
    claimed = stated if stated is not None else case.claimed_total
    if not claimed or plan.total == claimed:
        return
    what = "起诉状所称合计金额" if stated is not None else "原告各项诉讼请求金额之和"
    gap = abs(claimed - plan.total)
    yield INSTALMENT_TOTAL.finding(
        f"分期还款申请的总额{yuan(plan.total)}与{what}{yuan(claimed)}不一致（相差{yuan(gap)}）。"
        "如系扣除罚息、违约金等后的金额，请在申请中说明。",
        f"the instalment total {plan.total} differs from the claimed {claimed} "
        f"({'complaint.total' if stated is not None else 'sum of the claims'}; by {gap}); say why in the "
        "request if it is intended.",
    )


RULES = (check_cited_evidence, check_instalment_total, check_instalment_disputed, check_instalment_dates)
