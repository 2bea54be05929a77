"""Deadlines counted as a court counts them: next-day start, rest days rolled over, 调休 days kept."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from test_check_cases import credit_card, weilidai

from summons_kit import load_case
from summons_kit.case.model import Case, Party, Procedure, Service, ServiceMethod
from summons_kit.errors import ParseError
from summons_kit.law.calendar import DEFAULT, Calendar
from summons_kit.law.deadlines import DEADLINE_KEYS, Deadline, answer_deadline, compute_deadlines

D = dt.date


@pytest.mark.parametrize(
    ("served", "deadline", "why"),
    [
        (D(2025, 9, 11), D(2025, 9, 26), "the brief's worked example: a Friday"),
        (D(2025, 9, 16), D(2025, 10, 9), "10-01 National Day; 10-08 still off; 10-11 (working Saturday) comes later"),
        (D(2025, 9, 13), D(2025, 9, 28), "the 15th day is the working Sunday 2025-09-28: it stays"),
        (D(2025, 9, 26), D(2025, 10, 11), "the 15th day is the working Saturday 2025-10-11: it stays"),
        (D(2024, 1, 27), D(2024, 2, 18), "Spring Festival 2024: rolls onto the working Sunday 2024-02-18"),
        (D(2024, 1, 20), D(2024, 2, 4), "working Sunday 2024-02-04 stays"),
        (D(2024, 9, 14), D(2024, 9, 29), "working Sunday 2024-09-29 stays"),
        (D(2024, 9, 20), D(2024, 10, 8), "Saturday inside National Day week 2024 rolls to 10-08"),
        (D(2025, 1, 15), D(2025, 2, 5), "Spring Festival 2025 (01-28..02-04)"),
        (D(2025, 1, 11), D(2025, 1, 26), "working Sunday 2025-01-26 stays"),
        (D(2026, 2, 3), D(2026, 2, 24), "Spring Festival 2026 (02-15..02-23): the credit-card sample"),
        (D(2026, 1, 30), D(2026, 2, 14), "working Saturday 2026-02-14 stays"),
        (D(2026, 9, 25), D(2026, 10, 10), "working Saturday 2026-10-10 stays"),
        (D(2026, 9, 5), D(2026, 9, 20), "working Sunday 2026-09-20 stays"),
        (D(2024, 2, 14), D(2024, 2, 29), "the leap day is the 15th day"),
        (D(2024, 2, 29), D(2024, 3, 15), "served on the leap day"),
        (D(2027, 3, 10), D(2027, 3, 25), "2027: an ordinary Thursday (calendar not covered)"),
    ],
)
def test_answer_deadline(served: dt.date, deadline: dt.date, why: str) -> None:
    assert answer_deadline(served) == deadline, why


def test_a_saturday_before_a_working_sunday_rolls_onto_it() -> None:
    # served 2025-09-12: day 15 is Saturday 09-27, the first working day after it is the working Sunday 09-28
    assert answer_deadline(D(2025, 9, 12)) == D(2025, 9, 28)


def test_abroad_gets_30_days() -> None:
    # 2025-09-11 + 30 = Saturday 2025-10-11, a 调休 working day
    assert answer_deadline(D(2025, 9, 11), abroad=True) == D(2025, 10, 11)
    case = attrs.evolve(weilidai(), defendant=attrs.evolve(weilidai().defendant, abroad=True))
    answer = _get(case, "answer")
    assert answer.date == D(2025, 10, 11)
    assert answer.explanation.startswith("答辩人在中华人民共和国领域内没有住所，答辩期为30日")
    assert "民诉法第285条" in answer.basis


def test_a_supplied_2027_arrangement_changes_a_2027_deadline() -> None:
    # the package estimates National Day 2027 as 10-01..10-05; a supplied arrangement (test data) adds 10-06,
    # 10-07
    assert answer_deadline(D(2027, 9, 16)) == D(2027, 10, 6)
    calendar = DEFAULT.with_arrangement(
        2027, [D(2027, 10, 1) + dt.timedelta(days=n) for n in range(7)], [D(2027, 9, 26), D(2027, 10, 9)]
    )
    assert answer_deadline(D(2027, 9, 16), calendar=calendar) == D(2027, 10, 8)


def _get(case: Case, key: str, calendar: Calendar = DEFAULT):
    found = {d.key: d for d in compute_deadlines(case, calendar)}
    return found[key]


def test_explanation_of_the_worked_example() -> None:
    answer = _get(weilidai(), "answer")
    assert answer.explanation.startswith("2025年9月11日收到起诉状副本，次日起算15日至2025年9月26日（星期五）。")
    assert "在途时间不计入期间" in answer.explanation and "第85条第4款" in answer.explanation
    assert answer.basis.startswith("民诉法第128条")
    assert answer.uncovered_years == ()


def test_explanation_of_a_roll_over_and_of_a_working_sunday() -> None:
    rolled = _get(_served(D(2025, 9, 16)), "answer")
    assert (
        "次日起算15日至2025年10月1日（星期三）；该日（国庆节假期，星期三）不是工作日，"
        "依《民事诉讼法》第85条第3款顺延至其后第一个工作日2025年10月9日（星期四）。"
    ) in rolled.explanation
    kept = _get(_served(D(2025, 9, 13)), "answer")
    assert "2025年9月28日（星期日），该日为国务院调休安排的上班日，是工作日，期间不顺延。" in kept.explanation


def test_a_2027_deadline_says_the_year_is_not_covered() -> None:
    answer = _get(_served(D(2027, 3, 10)), "answer")
    assert answer.date == D(2027, 3, 25)
    assert answer.uncovered_years == (2027,)
    assert "2027年的国务院放假调休安排尚未收录" in answer.explanation
    late_december = _get(_served(D(2026, 12, 13)), "answer")
    assert late_december.date == D(2026, 12, 28) and late_december.uncovered_years == (2027,)


def _served(day: dt.date, **service: object) -> Case:
    return attrs.evolve(weilidai(), service=Service(served_on=day, **service))


def test_jurisdiction_objection_ends_with_the_answer_period() -> None:
    deadlines = {d.key: d for d in compute_deadlines(_served(D(2025, 9, 16)))}
    assert deadlines["jurisdiction"].date == deadlines["answer"].date == D(2025, 10, 9)
    assert "民诉法第130条" in deadlines["jurisdiction"].basis


def test_public_notice_adds_30_days_before_the_answer_period() -> None:
    case = _served(D(2025, 8, 1), method=ServiceMethod.PUBLIC_NOTICE)
    deadlines = {d.key: d for d in compute_deadlines(case)}
    assert deadlines["public_notice"].date == D(2025, 8, 31)
    assert "经过30日，即2025年8月31日（星期日）视为送达" in deadlines["public_notice"].explanation
    # 2025-08-31 + 15 = Monday 2025-09-15
    assert deadlines["answer"].date == D(2025, 9, 15)
    assert deadlines["answer"].explanation.startswith("2025年8月31日视为送达起诉状副本，次日起算15日")


@pytest.mark.parametrize(
    ("procedure", "earliest", "latest", "words"),
    [
        (Procedure.ORDINARY, D(2025, 9, 26), None, "不少于15日"),
        (Procedure.SIMPLE, None, D(2025, 9, 26), "不超过15日"),
        (Procedure.SMALL_CLAIMS, None, D(2025, 9, 18), "不超过7日"),
    ],
)
def test_evidence_period_by_procedure_when_the_notice_date_is_not_given(
    procedure: Procedure, earliest: dt.date | None, latest: dt.date | None, words: str
) -> None:
    case = attrs.evolve(_served(D(2025, 9, 11)), court=attrs.evolve(weilidai().court, procedure=procedure))
    evidence = _get(case, "evidence")
    assert evidence.date is None
    assert (evidence.earliest, evidence.latest) == (earliest, latest)
    assert words in evidence.explanation
    assert evidence.day == (earliest or latest)


def test_evidence_period_of_small_claims_rolls_over_national_day() -> None:
    # served 2025-09-24, small claims: 7 days to 10-01, rolled to 10-09
    case = attrs.evolve(_served(D(2025, 9, 24)), court=attrs.evolve(weilidai().court, procedure=Procedure.SMALL_CLAIMS))
    assert _get(case, "evidence").latest == D(2025, 10, 9)


def test_evidence_deadline_from_the_notice() -> None:
    evidence = _get(weilidai(), "evidence")
    assert evidence.date == D(2025, 9, 26)
    assert evidence.explanation.startswith("举证通知书载明举证期限至2025年9月26日（星期五）届满。")
    assert evidence.field == "service.evidence_deadline"
    on_holiday = _get(_served(D(2025, 9, 20), evidence_deadline=D(2025, 10, 3)), "evidence")
    assert "可顺延至2025年10月9日" in on_holiday.explanation
    assert on_holiday.date == D(2025, 10, 3)  # the notice's date stays the planning date


def test_evidence_without_procedure_states_the_rules() -> None:
    case = attrs.evolve(_served(D(2025, 9, 11)), court=attrs.evolve(weilidai().court, procedure=None))
    evidence = _get(case, "evidence")
    assert evidence.day is None
    assert "普通程序不少于15日，简易程序不超过15日，小额诉讼程序一般不超过7日" in evidence.explanation


def test_hearing_and_appeal() -> None:
    deadlines = {d.key: d for d in compute_deadlines(weilidai())}
    hearing = deadlines["hearing"]
    assert hearing.date == D(2025, 10, 15) and hearing.at == dt.datetime(2025, 10, 15, 9, 30)
    assert "2025年10月15日（星期三）上午9时30分开庭" in hearing.explanation
    appeal = deadlines["appeal"]
    assert appeal.date is None and appeal.day is None
    assert "自判决书送达之日起15日内上诉" in appeal.explanation and "10日内上诉" in appeal.explanation
    small = {d.key: d for d in compute_deadlines(credit_card())}["appeal"]
    assert "一审终审" in small.explanation and small.basis == "民诉法第165条"
    assert "下午2时30分" in {d.key: d for d in compute_deadlines(credit_card())}["hearing"].explanation


def test_no_service_date_no_answer_deadline() -> None:
    case = Case(defendant=Party(name="张伟"))
    keys = [d.key for d in compute_deadlines(case)]
    assert keys == ["appeal"]


def test_deadlines_come_in_the_documented_order() -> None:
    case = _served(D(2025, 8, 1), method=ServiceMethod.PUBLIC_NOTICE, hearing=D(2025, 10, 20))
    keys = [d.key for d in compute_deadlines(case)]
    assert keys == [k for k in DEADLINE_KEYS if k in keys]
    assert keys == ["public_notice", "answer", "jurisdiction", "evidence", "hearing", "appeal"]


# -- appeal deadlines from the service of a judgment or ruling ------------------------------------------------------
def _decided(case: Case, **dates: object) -> dict[str, Deadline]:
    return {d.key: d for d in compute_deadlines(attrs.evolve(case, service=attrs.evolve(case.service, **dates)))}


def test_appeal_from_a_judgment_is_15_days_rolled() -> None:
    # judgment served 2025-09-16: day 15 is National Day (10-01), rolled to 10-09
    appeal = _decided(weilidai(), judgment_served_on=D(2025, 9, 16))["appeal"]
    assert appeal.date == D(2025, 10, 9) and appeal.day == D(2025, 10, 9)
    assert appeal.explanation.startswith(
        "不服第一审判决的，自判决书送达之日起15日内上诉（《民事诉讼法》第171条第1款）：2025年9月16日收到判决书，"
        "次日起算15日至2025年10月1日（星期三）；该日（国庆节假期，星期三）不是工作日"
    )
    assert "顺延至其后第一个工作日2025年10月9日（星期四）" in appeal.explanation
    assert "上诉状应通过原审人民法院提出" in appeal.explanation
    assert appeal.basis.startswith("民诉法第171条第1款；民诉法第85条第2款")
    assert appeal.field == "service.judgment_served_on" and appeal.label_zh == "上诉期限"
    # not rolled: served 2026-03-02, day 15 is Tuesday 2026-03-17
    assert _decided(weilidai(), judgment_served_on=D(2026, 3, 2))["appeal"].date == D(2026, 3, 17)


def test_appeal_from_a_ruling_is_10_days_and_the_judgments_rule_stays() -> None:
    found = _decided(weilidai(), ruling_served_on=D(2025, 9, 26))
    ruling = found["appeal_ruling"]
    # 2025-09-26 + 10 = Monday 2025-10-06, inside the National Day break: rolled to 10-09
    assert ruling.date == D(2025, 10, 9)
    assert ruling.label_zh == "裁定上诉期限" and ruling.field == "service.ruling_served_on"
    assert "自裁定书送达之日起10日内上诉（《民事诉讼法》第171条第2款" in ruling.explanation
    assert ruling.basis.startswith("民诉法第171条第2款")
    assert found["appeal"].date is None  # the judgment is not known yet
    assert "service.judgment_served_on" in found["appeal"].explanation
    assert list(found)[-2:] == ["appeal", "appeal_ruling"]


def test_appeal_abroad_is_30_days() -> None:
    abroad = attrs.evolve(weilidai(), defendant=attrs.evolve(weilidai().defendant, abroad=True))
    found = _decided(abroad, judgment_served_on=D(2026, 3, 2), ruling_served_on=D(2026, 3, 2))
    # 2026-03-02 + 30 = Wednesday 2026-04-01
    assert found["appeal"].date == found["appeal_ruling"].date == D(2026, 4, 1)
    assert "当事人在中华人民共和国领域内没有住所" in found["appeal"].explanation
    assert found["appeal"].basis.startswith("民诉法第286条")


def test_no_appeal_in_small_claims_even_with_a_judgment_date() -> None:
    found = _decided(credit_card(), judgment_served_on=D(2026, 3, 10), ruling_served_on=D(2026, 2, 10))
    appeal = found["appeal"]
    assert appeal.date is None and appeal.day is None and "appeal_ruling" not in found
    assert appeal.undated_zh == "一审终审" and appeal.basis == "民诉法第165条"
    assert "判决书于2026年3月10日送达，没有上诉期限" in appeal.explanation
    assert "裁定书于2026年2月10日送达" in appeal.explanation


def test_an_appeal_in_an_uncovered_year_says_so() -> None:
    appeal = _decided(weilidai(), judgment_served_on=D(2027, 3, 2))["appeal"]
    assert appeal.date == D(2027, 3, 17) and appeal.uncovered_years == (2027,)
    assert "2027年的国务院放假调休安排尚未收录" in appeal.explanation


def test_the_loader_reads_the_judgment_and_ruling_dates() -> None:
    case = load_case({"service": {"judgment_served_on": "2026年3月2日", "ruling_served_on": "二〇二六年一月五日"}})
    assert case.service.judgment_served_on == D(2026, 3, 2) and case.service.ruling_served_on == D(2026, 1, 5)
    found = {d.key: d for d in compute_deadlines(case)}
    assert found["appeal"].date == D(2026, 3, 17)
    assert found["appeal_ruling"].date == D(2026, 1, 15)  # 2026-01-05 + 10, a Thursday


# -- answer_deadline takes what a user has at hand --------------------------------------------------------------
def test_answer_deadline_takes_a_datetime_and_returns_a_date() -> None:
    result = answer_deadline(dt.datetime(2025, 9, 16, 10))
    assert result == D(2025, 10, 9) and type(result) is dt.date


@pytest.mark.parametrize("text", ["2025年9月16日", "二〇二五年九月十六日", "2025-09-16", "2025年9月16日上午10时"])
def test_answer_deadline_reads_a_date_text(text: str) -> None:
    result = answer_deadline(text)
    assert result == D(2025, 10, 9) and type(result) is dt.date


def test_answer_deadline_refuses_what_is_not_a_date() -> None:
    with pytest.raises(TypeError, match=r"served 应为日期.*not int"):
        answer_deadline(20250916)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="相对日期"):
        answer_deadline("明天")


@pytest.mark.parametrize("abroad", ["no", "false", "否", 1, None])
def test_answer_deadline_abroad_must_be_a_bool(abroad: object) -> None:
    with pytest.raises(TypeError, match="abroad must be True or False"):
        answer_deadline(dt.date(2025, 9, 11), abroad=abroad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hour", "minute", "said"),
    [(9, 30, "上午9时30分"), (12, 0, "中午12时"), (14, 30, "下午2时30分"), (18, 30, "晚上6时30分")],
)
def test_the_hearing_time_is_said_as_in_the_drafts(hour: int, minute: int, said: str) -> None:
    from summons_kit.fields.dates import format_datetime

    at = dt.datetime(2025, 10, 15, hour, minute)
    case = Case(service=Service(served_on=dt.date(2025, 9, 11), hearing=at))
    hearing = next(d for d in compute_deadlines(case) if d.key == "hearing")
    assert said in hearing.explanation
    assert format_datetime(at).endswith(said)  # the drafts print the same words
