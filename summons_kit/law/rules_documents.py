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

from summons_kit.case import registry
from summons_kit.law.finding import Context, Finding, declare
from summons_kit.law.rules_money import yuan

CITED_MISSING = declare(
    "evidence.cited_missing",
    "warning",
    "defence.points",
    registry.EVIDENCE.basis,
    "答辩意见引用的证据不在证据目录中",
    "an answer point cites an evidence number (1-based) that the evidence list (case.evidence) does not have",
)
INSTALMENT_TOTAL = declare(
    "instalment.total_differs",
    "info",
    "instalment.total",
    registry.INSTALMENT.basis,
    "分期还款总额与起诉金额不一致",
    "instalment.total is given and differs from complaint.total (or, without it, the sum of the claimed amounts)",
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


RULES = (check_cited_evidence, check_instalment_total)
