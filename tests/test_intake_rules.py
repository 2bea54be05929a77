"""Field rules and cross-checks on pages as OCR gives them: slips in figures, low confidence, a wrong check
digit, papers that disagree. Built from the sample papers' text with the errors put in by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from summons_kit import load_case
from summons_kit.intake.model import Line, Page
from summons_kit.intake.read import read_pages
from summons_kit.intake.toml_writer import DOUBT_MARK, UNREAD_MARK, write_toml

PAPERS = Path(__file__).parent / "papers"


def page(name: str, text: str, *, confidence: dict[str, float] | None = None, number: int = 1) -> Page:
    """A page as OCR reads it: one line per text line, with a confidence (1.0 unless the line holds a key of
    ``confidence``)."""
    lines = []
    for line in text.splitlines():
        conf = next((c for key, c in (confidence or {}).items() if key in line), 0.99)
        lines.append(Line(line, conf))
    return Page(name, number, tuple(lines), "ocr")


def sample(case: str, paper: str) -> str:
    return (PAPERS / case / f"{paper}.txt").read_text(encoding="utf-8")


def test_ocr_slips_in_figures_are_mended() -> None:
    text = sample("credit_card", "complaint").replace("9,876.54元；", "9，876.54元；").replace("120.00元", "120.00.元")
    intake = read_pages([page("c.jpg", text)])
    assert intake.case["claims"][0]["amount"] == Decimal("9876.54")
    assert intake.case["claims"][1]["amount"] == Decimal("1700.23")
    assert not intake.doubts


def test_ocr_confusions_in_labels_and_dates() -> None:
    text = sample("weilidai", "summons").replace("应到时间", "应到时问").replace("2025年9月11日", "2025年9月11曰")
    intake = read_pages([page("s.jpg", text)])
    assert intake.case["service"]["hearing"] == dt.datetime(2025, 10, 15, 9, 30)
    assert intake.case["service"]["served_on"] == dt.date(2025, 9, 11)


def test_low_confidence_value_is_written_and_flagged() -> None:
    intake = read_pages([page("s.jpg", sample("weilidai", "summons"), confidence={"应到处所": 0.62})])
    assert intake.case["service"]["hearing_place"] == "本院第七法庭（深圳市前海深港合作区某某路1号）"
    (doubt,) = intake.doubts_of("service.hearing_place")
    assert "置信度0.62" in doubt.message and "confidence 0.62" in doubt.message_en
    text = write_toml(intake)
    line = next(x for x in text.splitlines() if x.startswith("hearing_place"))
    assert DOUBT_MARK in line and "OCR 0.62" in line


def test_wrong_id_check_digit_is_left_out_and_listed() -> None:
    text = sample("weilidai", "complaint").replace("440106199206181537", "440106199206181538")
    intake = read_pages([page("c.jpg", text)])
    assert "id_number" not in intake.case["defendant"]
    (item,) = [u for u in intake.unread if u.field == "defendant.id_number"]
    assert "440106199206181538" in item.message and "校验" in item.message
    toml = write_toml(intake)
    assert f"# id_number =   # {UNREAD_MARK}" in toml
    load_case(intake.case)  # what is written still loads


def test_id_number_against_stated_birth_date_and_gender() -> None:
    text = sample("weilidai", "complaint").replace("张伟，男，1992年6月18日", "张伟，女，1992年6月19日")
    intake = read_pages([page("c.jpg", text)])
    birth, gender = intake.doubts_of("defendant.birth_date"), intake.doubts_of("defendant.gender")
    assert "1992年6月19日" in birth[0].message and "1992年6月18日" in birth[0].message
    assert "“女”" in gender[0].message and "“男”" in gender[0].message
    assert intake.case["defendant"]["gender"] == "女"  # written as the paper says, but flagged


def test_stated_total_against_the_claims() -> None:
    text = sample("weilidai", "complaint").replace("合计人民币17,018.10元", "合计人民币17,081.10元")
    intake = read_pages([page("c.jpg", text)])
    (doubt,) = intake.doubts_of("complaint.total")
    assert "17,081.10" in doubt.message and "17,018.10" in doubt.message and "第1、2项" in doubt.message


def test_case_numbers_that_disagree_between_papers() -> None:
    notice = sample("weilidai", "notice_to_respond").replace("18888号", "18883号")
    intake = read_pages([page("s.jpg", sample("weilidai", "summons")), page("n.jpg", notice)])
    (doubt,) = intake.doubts_of("court.case_number")
    assert "18888号" in doubt.message and "18883号" in doubt.message and "案号不一致" in doubt.message


def test_a_case_number_unreadable_on_one_paper_is_taken_from_another_and_flagged() -> None:
    notice = sample("weilidai", "notice_to_respond").replace("（2025）粤0391民初18888号", "（2025）粤0391民初号")
    intake = read_pages([page("n.jpg", notice), page("s.jpg", sample("weilidai", "summons"))])
    assert intake.case["court"]["case_number"] == "（2025）粤0391民初18888号"
    assert not [u for u in intake.unread if u.field == "court.case_number"]
    (doubt,) = intake.doubts_of("court.case_number")
    assert "取自另一份文书" in doubt.message and "n.jpg" in doubt.message


def test_date_misread_before_the_notices_is_flagged() -> None:
    text = sample("weilidai", "evidence_notice").replace("即至2025年9月26日届满", "即至2025年8月26日届满")
    intake = read_pages([page("e.jpg", text)])
    (doubt,) = intake.doubts_of("service.evidence_deadline")
    assert "早于通知落款日期2025年9月3日" in doubt.message


def test_labels_run_into_values_and_short_time_forms() -> None:
    text = """上海市浦东新区人民法院
传票
案号（2026）沪0115民初3456号案由信用卡纠纷被传唤人陈静
应到时间2026年3月3日(二)晚8:00应到处所本院第三法庭
"""
    intake = read_pages([page("p.jpg", text)])
    assert intake.case["court"]["cause"] == "信用卡纠纷"
    assert intake.case["defendant"]["name"] == "陈静"
    assert intake.case["service"]["hearing"] == dt.datetime(2026, 3, 3, 20, 0)
    assert intake.case["service"]["hearing_place"] == "本院第三法庭"


def test_an_unreadable_hearing_time_is_listed_with_the_parsers_reason() -> None:
    text = sample("weilidai", "summons").replace(
        "二〇二五年十月十五日上午九时三十分", "二〇二五年十月十五日上午九时三十分(星期一)"
    )
    intake = read_pages([page("s.jpg", text)])
    assert "hearing" not in intake.case["service"]
    (item,) = [u for u in intake.unread if u.field == "service.hearing"]
    assert "星期三" in item.message and "Wednesday" in item.message_en


def test_a_photo_of_the_second_page_continues_the_complaint() -> None:
    first, _, second = sample("weilidai", "complaint").partition("事实与理由：")
    intake = read_pages([page("p1.jpg", first), page("p2.jpg", "事实与理由：" + second)])
    assert [kind for _, kind in intake.pages] == ["起诉状", "起诉状"]
    assert intake.case["loan"]["contract_number"] == "WLD20231102008817"
    assert intake.sources["loan.contract_number"].file == "p2.jpg"


def test_another_court_paper_never_passes_for_a_page_of_the_one_before() -> None:
    judgment = "某某人民法院\n民事判决书\n借款合同编号XYZ99999，借款期限12个月。\n"
    intake = read_pages([page("c.pdf", sample("credit_card", "complaint")), page("j.pdf", judgment)])
    assert [kind for _, kind in intake.pages] == ["起诉状", "未识别"]
    assert "term_months" not in intake.case["loan"]


def test_a_page_without_heading_continues_the_paper_before_it() -> None:
    first, _, second = sample("weilidai", "complaint").partition("事实与理由：")
    intake = read_pages([page("c.pdf", first), page("c.pdf", "事实与理由：" + second, number=2)])
    assert [kind for _, kind in intake.pages] == ["起诉状", "起诉状"]
    assert intake.sources["loan.contract_number"].page == 2


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("民事起诉状", "起诉状"), ("应诉通知书", "应诉通知书"), ("举证通知书", "举证通知书"), ("传　票", "传票"),
     ("送 达 回 证", "送达回证"), ("电子送达凭证", "送达回证"), ("判决书", "未识别")],
)  # fmt: skip
def test_headings(heading: str, kind: str) -> None:
    intake = read_pages([page("x.pdf", f"某某人民法院\n{heading}\n（2025）粤0391民初18888号\n")])
    assert intake.pages[0][1] == kind
