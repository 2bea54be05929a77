"""Loading case files: TOML, JSON and dicts share one schema; every problem is reported at once."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

import summons_kit as sk
from summons_kit.case.model import PartyKind, Procedure, ServiceMethod

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
CARD = ROOT / "examples" / "credit_card" / "case.toml"


@pytest.fixture(scope="module")
def case() -> sk.Case:
    return sk.load_case(WEILIDAI)


def test_court_and_service_are_parsed(case: sk.Case) -> None:
    assert case.court.name == "深圳前海合作区人民法院"
    number = case.court.case_number
    assert (number.year, number.court_code, number.type_code, number.number) == (
        2026,
        "粤0391",
        "民初",
        23456,
    )
    assert case.court.procedure is Procedure.SIMPLE
    assert case.service.served_on == dt.date(2026, 11, 20)
    assert case.service.method is ServiceMethod.MAIL
    assert case.service.hearing == dt.datetime(2026, 12, 22, 9, 30)
    assert case.service.evidence_deadline == dt.date(2026, 12, 7)


def test_parties(case: sk.Case) -> None:
    assert case.plaintiff.kind is PartyKind.ORGANIZATION
    assert str(case.plaintiff.credit_code) == "91440300MA5DC4KQ89"
    assert case.defendant.kind is PartyKind.PERSON
    assert case.defendant.gender_text == "男"
    assert case.defendant.birth == dt.date(1991, 4, 23)
    assert case.defendant.phone == "13922334455"
    line = case.defendant.line("答辩人")
    assert line.startswith("答辩人：李明，男，1991年4月23日出生，汉族")
    assert "公民身份号码440104199104235116" in line
    assert case.plaintiff.lines("被答辩人")[1] == "法定代表人：陈某某，董事长。"


def test_claims_take_their_amounts_from_the_text(case: sk.Case) -> None:
    amounts = [c.amount for c in case.claims]
    assert amounts == [Decimal("11228.78"), Decimal("2751.38"), None, None]
    assert case.claimed_total == Decimal("13980.16")
    assert case.complaint.total == Decimal("13980.16")
    assert case.instalment is not None and case.instalment_total == Decimal("13980.16")
    assert case.loan is not None and case.loan.rate is not None
    assert case.loan.rate.annual == Decimal("18.25")


def test_raw_text_is_kept(case: sk.Case) -> None:
    assert case.raw("service.hearing") == "二〇二六年十二月二十二日上午九时三十分"
    assert case.raw("claims[0].text") == "判令被告立即偿还借款本金人民币11,228.78元"
    assert case.raw("defendant.phone") == "139 2233 4455"


def test_dict_and_json_give_the_same_case(case: sk.Case, tmp_path: Path) -> None:
    data = tomllib.loads(WEILIDAI.read_text(encoding="utf-8"))
    assert sk.load_case(data) == case
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert sk.load_case(path) == case


def test_the_credit_card_example_loads() -> None:
    case = sk.load_case(CARD)
    assert case.court.procedure is Procedure.SMALL_CLAIMS
    assert case.service.hearing == dt.datetime(2026, 12, 15, 14, 30)
    assert case.complaint.total == Decimal("11576.77")
    assert case.defendant.phone == "13805712468"
    assert case.assignment is not None and case.assignment.notified is False
    assert case.instalment is not None and case.instalment.addressee == "court"


def test_toml_native_values_and_numbers() -> None:
    case = sk.load_case(
        {
            "service": {"served_on": dt.date(2025, 9, 11), "hearing": "10月15日上午9时30分"},
            "claims": [{"text": "判令被告承担本案诉讼费用", "amount": 18765.43}],
            "instalment": {"months": "12", "first_due": "2025年11月1日"},
        }
    )
    assert case.service.served_on == dt.date(2025, 9, 11)
    # a year-less date is read against the service date
    assert case.service.hearing == dt.datetime(2025, 10, 15, 9, 30)
    assert case.claims[0].amount == Decimal("18765.43")
    assert case.instalment is not None and case.instalment.months == 12


def test_a_claim_may_be_plain_text() -> None:
    case = sk.load_case({"claims": ["判令被告偿还借款本金人民币1,000元"]})
    assert case.claims[0].amount == Decimal("1000.00")


def test_empty_values_mean_not_known() -> None:
    case = sk.load_case({"court": {"name": "", "case_number": ""}, "claims": [{"text": ""}]})
    assert case.court.case_number is None
    assert case.claims == ()


def _problems(data: object) -> dict[str, sk.Problem]:
    with pytest.raises(sk.CaseError) as info:
        sk.load_case(data)  # type: ignore[arg-type]
    return {p.field: p for p in info.value.problems}


def test_every_problem_is_reported_at_once() -> None:
    problems = _problems(
        {
            "servce": {"served_on": "2025年9月11日"},
            "court": {"case_number": "2025粤0305民初12345号", "procedure": "快速程序"},
            "defendant": {"name": "张三", "id_number": "440305199003071235", "phone": "12345"},
            "claims": [{"text": "判令被告偿还借款本金人民币1,000元"}, {"text": "x", "amount": "abc"}],
            "evidence": [{"source": "银行"}],
            "service": {"hearing": "2025年2月30日上午9时"},
            "defence": {"items": {"principle": {"disputed": True}}},
            "instalment": {"months": "十二", "first_due": "下周一"},
        }
    )
    assert set(problems) == {
        "servce",
        "court.case_number",
        "court.procedure",
        "defendant.id_number",
        "defendant.phone",
        "claims[1].amount",
        "evidence[0].name",
        "service.hearing",
        "defence.items.principle",
        "instalment.months",
        "instalment.first_due",
    }
    assert "service" in problems["servce"].message_en  # did you mean 'service'?
    assert problems["defence.items.principle"].message_en.count("principal") >= 1
    assert problems["service.hearing"].value == "2025年2月30日上午9时"
    assert problems["claims[1].amount"].value == "abc"
    assert problems["court.procedure"].value == "快速程序"
    assert "简易程序" in problems["court.procedure"].message
    assert problems["evidence[0].name"].message_en == "required value missing or empty"


def test_case_error_message_lists_each_problem() -> None:
    with pytest.raises(sk.CaseError) as info:
        sk.load_case({"service": {"served_on": "2025年13月1日"}, "court": {"nmae": "x"}})
    text = str(info.value)
    assert "2 处问题" in text and "2 problem(s)" in text
    assert "service.served_on" in text and "2025年13月1日" in text
    assert "court.nmae" in text and "'name'" in text


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(sk.CaseError, match="not found"):
        sk.load_case(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text('[court]\nname = "x\n', encoding="utf-8")
    with pytest.raises(sk.CaseError, match="TOML"):
        sk.load_case(bad)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{", encoding="utf-8")
    with pytest.raises(sk.CaseError, match="JSON"):
        sk.load_case(bad_json)


def test_the_init_template_loads_as_an_empty_case() -> None:
    template = ROOT / "summons_kit" / "case" / "case_template.toml"
    case = sk.load_case(template)
    assert case.court.name == "" and case.claims == ()


def test_every_case_file_key_is_documented() -> None:
    import attrs

    from summons_kit.case import model

    doc = (ROOT / "docs" / "case-file.md").read_text(encoding="utf-8")
    sections = [
        model.Court,
        model.Service,
        model.Party,
        model.Agent,
        model.Claim,
        model.Complaint,
        model.Loan,
        model.Assignment,
        model.Defence,
        model.AnswerPoint,
        model.Position,
        model.Evidence,
        model.PlaintiffEvidence,
        model.EvidenceExtension,
        model.Instalment,
        model.DocumentOptions,
        model.Case,
    ]
    undocumented = [
        f"{cls.__name__}.{f.name}"
        for cls in sections
        for f in attrs.fields(cls)
        if f.name not in ("source", "info")
        and f"`{f.name}`" not in doc
        and f"[{f.name}]" not in doc
        and f"[[{f.name}]]" not in doc
    ]
    assert undocumented == []


def test_numbers_outside_what_a_field_allows() -> None:
    problems = _problems(
        {
            "evidence": [{"name": "还款记录", "pages": -3, "copies": 0}, {"name": "流水", "pages": 2}],
            "loan": {"term_months": -5},
            "instalment": {"months": 100, "first_due": "2027年1月15日"},
            "documents": {"copies": -1},
            "defence": {"points": [{"text": "已还款", "evidence": [0, 2]}]},
        }
    )
    assert set(problems) == {
        "evidence[0].pages",
        "evidence[0].copies",
        "loan.term_months",
        "instalment.months",
        "documents.copies",
        "defence.points[0].evidence",
    }
    assert problems["instalment.months"].value == 100
    assert "1到60" in problems["instalment.months"].message
    assert problems["evidence[0].pages"].value == -3
    assert "evidence numbers start at 1" in problems["defence.points[0].evidence"].message_en


def test_an_unknown_element_row_does_not_hide_other_problems() -> None:
    problems = _problems(
        {
            "defence": {"items": {"princpal": {"disputed": True}}, "facts": {"card": {"disputed": "maybe"}}},
            "evidence": [{"name": "还款记录", "sorce": "银行"}],
        }
    )
    assert set(problems) == {"defence.items.princpal", "defence.facts.card.disputed", "evidence[0].sorce"}
    assert "'principal'" in problems["defence.items.princpal"].message_en
    assert "did you mean 'source'" in problems["evidence[0].sorce"].message_en


def test_range_and_type_errors_in_one_section_are_all_reported() -> None:
    problems = _problems(
        {
            "loan": {"term_months": 0, "principal": "-5", "signed_on": "2025年2月30日"},
            "evidence": [{"name": "x", "pages": 0, "copies": 0, "original": "maybe"}],
        }
    )
    assert set(problems) == {
        "loan.term_months",
        "loan.principal",
        "loan.signed_on",
        "evidence[0].pages",
        "evidence[0].copies",
        "evidence[0].original",
    }


def test_every_key_the_init_template_offers_is_known() -> None:
    import re

    text = (ROOT / "summons_kit" / "case" / "case_template.toml").read_text(encoding="utf-8")
    # a user uncommenting every optional section: "# [loan]" -> "[loan]", "# rate = \"\"" -> "rate = \"\""
    uncommented = re.sub(r"^# (\[\[?[\w.]+\]\]?|\w+ = )", r"\1", text, flags=re.M)
    assert uncommented.count("\n[") > text.count("\n[")
    data = tomllib.loads(uncommented)
    with pytest.raises(sk.CaseError) as info:
        sk.load_case(data)
    # nothing is unknown: the only problems are required values left empty
    problems = {p.field: p.message_en for p in info.value.problems}
    assert problems == dict.fromkeys(
        [
            "agent.name",
            "evidence[0].name",
            "defence.points[0].text",
            "plaintiff_evidence[0].name",
            "instalment.first_due",
        ],
        "required value missing or empty",
    )


def test_a_list_field_given_a_single_value() -> None:
    problems = _problems({"evidence": 1, "defence": {"points": [{"text": "甲", "evidence": 2}]}})
    assert problems["evidence"].message_en == "expected a list, e.g. [1, 2]"
    assert problems["evidence"].value == 1
    assert problems["defence.points[0].evidence"].value == 2
