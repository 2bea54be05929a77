"""Checks across the drafts: what one document says must agree with another.

- ``evidence.cited_missing``: an answer point cites evidence (见证据5) that the 证据目录 does not list. The
  evidence list must number every item the party relies on (证据规定 第19条), so a citation without an item
  points at nothing.
- ``instalment.total_differs``: the total of the instalment request is not the amount the complaint claims (a
  plan for less than the claim, e.g. without the penalties, is fine; the lawyer should see that it differs).

The codes are made with summons_kit.law.finding.Code (same severity and basis rules as the legal checks) but
are not registered in the legal checks' table: check() does not run them (law/ never imports documents/); call
cross_check() next to check().
"""

from __future__ import annotations

from summons_kit.law import basis
from summons_kit.law.finding import Code, Finding
from summons_kit.model import Case

CITED_MISSING = Code(
    "evidence.cited_missing",
    "warning",
    "defence.points",
    basis.EVIDENCE_RULES_19,
    "答辩意见引用的证据不在证据目录中",
    "an answer point cites an evidence number that the evidence list (case.evidence) does not have",
)
INSTALMENT_TOTAL = Code(
    "instalment.total_differs",
    "info",
    "instalment.total",
    basis.INSTALMENT_CUSTOM,
    "分期还款总额与起诉金额不一致",
    "instalment.total is given and differs from the complaint's total (or the sum of the claimed amounts)",
)


#: the codes this module produces
CODES = (CITED_MISSING, INSTALMENT_TOTAL)


def cross_check(case: Case) -> list[Finding]:
    """The findings that compare the drafts with one another (empty when they agree)."""
    findings: list[Finding] = []
    count = len(case.evidence)
    for index, point in enumerate(case.defence.points):
        unknown = [n for n in point.evidence if not 1 <= n <= count]
        if not unknown:
            continue
        numbers = "、".join(str(n) for n in unknown)
        listed = f"证据目录只有{count}项证据" if count else "证据目录中没有证据"
        findings.append(
            CITED_MISSING.finding(
                f"第{index + 1}项答辩意见引用了证据{numbers},但{listed}。"
                "请补充证据或更正引用(《证据规定》第19条)。",
                f"answer point {index + 1} cites evidence {', '.join(map(str, unknown))}, "
                "but the evidence list has "
                f"{count} item(s); add the evidence or correct the citation.",
                field=f"defence.points[{index}].evidence",
            )
        )
    plan = case.instalment
    if plan is not None and plan.total is not None:
        claimed = case.complaint.total if case.complaint.total is not None else case.claimed_total
        if claimed and plan.total != claimed:
            findings.append(
                INSTALMENT_TOTAL.finding(
                    f"分期还款申请的总额{plan.total}元与原告主张的金额{claimed}元不一致"
                    f"(相差{abs(claimed - plan.total)}元)。"
                    "如系扣除罚息、违约金等后的金额,请在申请中说明。",
                    f"the instalment total {plan.total} differs from the claimed {claimed} "
                    f"(by {abs(claimed - plan.total)}); say why in the request if it is intended.",
                )
            )
    return findings
