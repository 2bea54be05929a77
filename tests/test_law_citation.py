"""Legal bases as data: the compact text the report prints, the form a filing prints, and one claim classifier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_check_findings import one
from test_check_rules import TODAY, with_claims

from summons_kit.case.model import AnswerPoint, Claim
from summons_kit.check import check
from summons_kit.documents.citations import court_citations, parse_basis
from summons_kit.documents.suggestions import suggestions
from summons_kit.fields.claims import ClaimKind, parse_claim
from summons_kit.law import basis
from summons_kit.law.citation import Basis, Citation, cite, court_text, join, text
from summons_kit.law.rules import rule_table
from summons_kit.law.topics import TOPICS

#: the compact texts the bases printed when they were strings: the report and the finding table must not move
COMPACT: dict[str, str] = json.loads((Path(__file__).parent / "snapshots" / "compact_bases.json").read_text("utf-8"))


@pytest.mark.parametrize(("name", "compact"), COMPACT.items())
def test_a_basis_prints_the_same_compact_text_as_before(name: str, compact: str) -> None:
    assert str(getattr(basis, name)) == compact


def test_every_code_keeps_its_basis_as_structured_data() -> None:
    for code in rule_table():
        assert isinstance(code.cited, Basis) and code.basis == str(code.cited), code.code


def test_a_finding_carries_its_basis_as_data_and_prints_it_as_text() -> None:
    finding = one(with_claims(Claim(text="判令被告支付律师代理费人民币3,000元")), "claims.attorney_fees")
    assert finding.cited == basis.ATTORNEY_FEES
    assert finding.basis == "合同约定；民诉法解释第90条（举证责任）" == finding.to_dict()["basis"]


def test_the_court_form_is_rendered_from_the_data() -> None:
    cited = court_text([basis.LIMITATION_DEFENCE, basis.ASSIGNMENT, basis.PENALTY_AND_DAMAGES, basis.ACCELERATION])
    # the contract's acceleration clause is the plaintiff's basis: not cited among the defendant's (答辩依据)
    assert cited == (
        "《中华人民共和国民法典》第一百八十八条、第一百九十二条、第一百九十三条、第一百九十五条、第五百四十六条、"
        "第五百四十八条、第五百八十五条第二款；"
        "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第三条；"
        "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第四十八条；"
        "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"
    )  # court practice (司法实践) is not cited; notes are dropped
    assert (
        basis.LIMITATION.court()
        == "《中华人民共和国民法典》第一百八十八条、第一百八十九条、第一百九十五条、第二百零一条至第二百零三条"
    )


def test_an_unverified_citation_says_so_in_the_compact_form_only() -> None:
    unchecked = cite("民诉法", 283, verified=False)
    assert str(unchecked) == "民诉法第283条 (unverified)"
    assert unchecked.court() == "《中华人民共和国民事诉讼法》第二百八十三条"
    assert not unchecked.parts[0].verified and basis.CPL_128.parts[0].verified


def test_join_keeps_each_part_once() -> None:
    assert join(basis.CPL_128, basis.ANSWER) == basis.ANSWER
    assert str(join(text("合同约定"), cite("民法典", Citation("民法典", 85, 2)))) == "合同约定；民法典第85条第2款"


def test_a_users_typed_basis_is_read_into_the_same_data() -> None:
    typed = parse_basis("《民法典》第四百九十六条、第585条；民诉法解释第90条（举证责任）")
    assert typed.citations == (
        Citation("《中华人民共和国民法典》", 496),
        Citation("《中华人民共和国民法典》", 585),
        Citation("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》", 90),
    )
    # the kit's own basis and a typed one merge into one list; the kit's 合同约定 (the plaintiff's basis for attorney
    # fees) is not cited, a 合同约定 the user types is, first
    assert court_citations([basis.ATTORNEY_FEES, "《民法典》第585条"]) == (
        "《中华人民共和国民法典》第五百八十五条；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"
    )
    assert court_citations([basis.ATTORNEY_FEES, "合同约定；《民法典》第585条"]) == (
        "合同约定；《中华人民共和国民法典》第五百八十五条；"
        "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"
    )


def test_the_24_percent_line_is_called_the_judicial_protection_ceiling() -> None:
    rate = next(t for t in TOPICS if t.name == "rate")
    assert "司法保护上限" in rate.heading and "法定上限" not in rate.heading


# --- one claim classifier (fields.claims) for the whole kit -------------------------------------------------


def test_a_public_notice_fee_is_a_litigation_cost_not_an_enforcement_cost() -> None:
    """公告费 is a litigation cost (诉讼费用交纳办法 第12条 (unverified)): parsed as such, and the checks agree —
    no claims.attorney_fees finding."""
    text = "判令被告承担本案公告费300元"
    assert parse_claim(text).kind is ClaimKind.COURT_COSTS
    assert "claims.attorney_fees" not in check(with_claims(Claim(text=text)), today=TODAY).codes()


@pytest.mark.parametrize(
    "text",
    [
        "判令被告承担本案诉讼费及律师费3,000元",
        "判令被告承担实现债权的费用（含诉讼费）",
        "本案诉讼费用、律师费由被告承担",
    ],
)
def test_attorney_fees_stay_attorney_fees_when_the_claim_also_names_court_fees(text: str) -> None:
    assert parse_claim(text).kind is ClaimKind.COLLECTION_COSTS
    assert "claims.attorney_fees" in check(with_claims(Claim(text=text)), today=TODAY).codes()


def test_court_fees_alone_are_court_costs() -> None:
    assert parse_claim("本案诉讼费用由被告承担").kind is ClaimKind.COURT_COSTS


# --- the order of suggested points ---------------------------------------------------------------------------


def test_a_dispositive_defence_is_suggested_first() -> None:
    """Limitation (and standing: the assignment) are argued before the amounts (legal caution: dispositive
    defences first), whatever the order the rules run in."""
    order = {c.code: c.order for c in rule_table()}
    assert order["limitation.possibly_expired"] < order["assignment.not_notified"] < order["claims.attorney_fees"]


def test_suggestions_follow_the_findings_order() -> None:
    from summons_kit.law.finding import Finding

    late = Finding("claims.attorney_fees", "info", "claims", "m", "m", "合同约定", "律师费不应支持。", None, 100)
    early = Finding("limitation.possibly_expired", "warning", "x", "m", "m", "民法典第188条", "时效已届满。", None, 10)
    points = suggestions((AnswerPoint(text="无关"),), [late, early])
    assert [s.code for s in points] == ["limitation.possibly_expired", "claims.attorney_fees"]


def test_every_code_that_suggests_a_point_has_a_topic() -> None:
    """A suggested point needs a heading and the words that show the lawyer already argues it (law.topics)."""
    from test_check_rules import TRIGGERS

    from summons_kit.law.topics import topic_of

    suggesting = set()
    for trigger in TRIGGERS.values():
        case, today, *calendar = trigger()
        suggesting |= {f.code for f in check(case, today=today, calendar=calendar[0] if calendar else None).points}
    assert suggesting, "the triggers suggest points"
    assert [code for code in sorted(suggesting) if topic_of(code) is None] == []
