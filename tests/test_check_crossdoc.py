"""The checks across the drafts, run by check(): cited evidence against the evidence list, and the instalment
plan's total against the amount claimed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from test_check_rules import INSTALMENT, TODAY, clean, evolve

from summons_kit.case.model import AnswerPoint, Case, Complaint, Defence, Evidence
from summons_kit.check import Finding, check
from summons_kit.errors import FieldValueError

ITEMS = (Evidence(name="还款记录"), Evidence(name="收入证明"), Evidence(name="解除劳动合同证明"))


def with_points(*points: AnswerPoint, evidence: tuple[Evidence, ...] = ITEMS) -> Case:
    return attrs.evolve(clean(), evidence=evidence, defence=Defence(points=points))


def found(case: Case, code: str, today: dt.date = TODAY) -> list[Finding]:
    return [f for f in check(case, today=today).findings if f.code == code]


# -- evidence.cited_missing ----------------------------------------------------------------------------------


def test_a_citation_beyond_the_evidence_list_is_reported_per_point() -> None:
    case = with_points(AnswerPoint(text="甲", evidence=(1, 3)), AnswerPoint(text="乙", evidence=(2, 5, 7)))
    [finding] = found(case, "evidence.cited_missing")
    assert finding.severity == "warning"
    assert finding.field == "defence.points[1].evidence"
    assert finding.message == (
        "第2项答辩意见引用了证据5、7，但证据目录只有3项证据。请补充证据或更正引用（《证据规定》第19条）。"
    )
    assert finding.message_en.startswith("answer point 2 cites evidence 5, 7, but the evidence list has 3 item(s)")
    assert finding.basis == "证据规定第19条"
    assert finding.point == ""


def test_a_citation_without_any_evidence_list() -> None:
    [finding] = found(with_points(AnswerPoint(text="甲", evidence=(1,)), evidence=()), "evidence.cited_missing")
    assert "第1项答辩意见引用了证据1，但证据目录中没有证据。" in finding.message
    assert finding.field == "defence.points[0].evidence"


def test_evidence_number_zero_cannot_be_entered() -> None:
    # numbering starts at 1: the model refuses 0 before any check runs (the loader reports it with its path)
    with pytest.raises(FieldValueError, match="evidence numbers start at 1"):
        AnswerPoint(text="甲", evidence=(0, 1))


def test_every_offending_point_gets_its_own_finding() -> None:
    case = with_points(AnswerPoint(text="甲", evidence=(4,)), AnswerPoint(text="乙", evidence=(9,)))
    assert [f.field for f in found(case, "evidence.cited_missing")] == [
        "defence.points[0].evidence",
        "defence.points[1].evidence",
    ]


def test_citations_inside_the_list_raise_nothing() -> None:
    case = with_points(AnswerPoint(text="甲", evidence=(1, 2, 3)), AnswerPoint(text="乙"))  # last item, no refs
    assert found(case, "evidence.cited_missing") == []
    assert found(clean(), "evidence.cited_missing") == []  # no points at all


def test_the_sample_answer_cites_only_listed_evidence(weilidai: Case) -> None:
    assert found(weilidai, "evidence.cited_missing", dt.date(2025, 9, 20)) == []
    points = (AnswerPoint(text="甲", evidence=(1, 5)),)
    case = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, points=points))
    [finding] = found(case, "evidence.cited_missing", dt.date(2025, 9, 20))
    assert "证据5" in finding.message and finding.field == "defence.points[0].evidence"
    assert "第19条" in finding.basis


# -- instalment.total_differs --------------------------------------------------------------------------------


def test_an_instalment_total_below_the_stated_total_is_noted() -> None:
    case = attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, total=Decimal("15600.00")))
    [finding] = found(case, "instalment.total_differs")
    assert finding.severity == "info" and finding.field == "instalment.total"
    assert finding.message == (
        "分期还款申请的总额15,600.00元与起诉状所称合计金额17,018.10元不一致（相差1,418.10元）。"
        "如系扣除罚息、违约金等后的金额，请在申请中说明。"
    )
    assert "分期还款申请的通常内容" in finding.basis


def test_without_a_stated_total_the_claims_are_summed() -> None:
    case = attrs.evolve(clean(), complaint=Complaint(), instalment=attrs.evolve(INSTALMENT, total=Decimal("20000.00")))
    [finding] = found(case, "instalment.total_differs")
    assert "与原告各项诉讼请求金额之和17,018.10元不一致（相差2,981.90元）" in finding.message
    assert "sum of the claims" in finding.message_en


def test_the_card_sample_plans_less_than_it_is_sued_for(card: Case) -> None:
    [finding] = found(card, "instalment.total_differs", dt.date(2026, 3, 10))
    assert "9,000.00元" in finding.message and "10,200.40元" in finding.message


def test_no_instalment_note_when_the_totals_agree_or_are_not_given() -> None:
    same = attrs.evolve(clean(), instalment=attrs.evolve(INSTALMENT, total=Decimal("17018.1")))
    assert found(same, "instalment.total_differs") == []  # the same amount written without the last 0
    assert found(attrs.evolve(clean(), instalment=INSTALMENT), "instalment.total_differs") == []  # no total
    nothing_claimed = attrs.evolve(
        clean(), claims=(), complaint=Complaint(), instalment=attrs.evolve(INSTALMENT, total=Decimal("5000.00"))
    )
    assert found(nothing_claimed, "instalment.total_differs") == []
    assert found(evolve(clean(), "complaint", total=Decimal("1.00")), "instalment.total_differs") == []
