"""Intake from PDFs with a text layer: the sample suits' papers, bundled and one per file, in any order."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

import summons_kit as sk
from summons_kit.intake.score import score
from summons_kit.intake.toml_writer import write_toml

PAPERS = Path(__file__).parent / "papers"
SINGLE = ("summons.pdf", "notice_to_respond.pdf", "evidence_notice.pdf", "complaint.pdf")


def expected(case: str, name: str = "expected.toml") -> dict:
    with (PAPERS / case / name).open("rb") as f:
        return tomllib.load(f)


@pytest.mark.parametrize("case", ["weilidai", "credit_card"])
def test_bundle_reads_every_field_right(case: str) -> None:
    intake = sk.read_papers([PAPERS / case / "bundle.pdf"])
    result = score(intake, expected(case))
    assert result.silent == () and result.flagged == () and result.extra == ()
    assert result.accuracy == 1.0


@pytest.mark.parametrize("case", ["weilidai", "credit_card"])
def test_one_file_per_paper_in_any_order_reads_the_same(case: str) -> None:
    bundle = sk.read_papers([PAPERS / case / "bundle.pdf"])
    single = sk.read_papers([PAPERS / case / name for name in reversed(SINGLE)])
    assert single.case == bundle.case
    assert sorted(kind for _, kind in single.pages) == sorted(kind for _, kind in bundle.pages)


def test_weilidai_values_as_a_user_checks_them() -> None:
    intake = sk.read_papers([PAPERS / "weilidai" / "bundle.pdf"])
    case = intake.case
    assert case["court"]["case_number"] == "（2025）粤0391民初18888号"
    assert case["court"]["procedure"] == "简易程序"
    assert case["service"]["method"] == "邮寄送达"
    assert case["service"]["served_on"] == dt.date(2025, 9, 11)
    assert case["service"]["hearing"] == dt.datetime(2025, 10, 15, 9, 30)
    assert case["defendant"]["id_number"] == "440106199206181537"
    assert [c.get("amount") for c in case["claims"]] == [Decimal("15600.00"), Decimal("1418.10"), None, None]
    assert case["complaint"]["total"] == Decimal("17018.10")
    assert case["loan"]["rate"] == "日利率0.05%" and case["loan"]["penalty_rate"] == "日利率0.075%"
    assert intake.notes["answer_period_days"] == "15"
    # where the served date came from: the service record on the summons' second page
    src = intake.sources["service.served_on"]
    assert (Path(src.file).name, src.page, src.method, src.paper) == ("bundle.pdf", 2, "text", "传票")
    assert "签收日" in src.text and src.confidence == 1.0


def test_a_month_without_a_day_is_listed_never_guessed() -> None:
    intake = sk.read_papers([PAPERS / "credit_card" / "complaint.pdf"])
    assert "overdue_since" not in intake.case["loan"]
    (item,) = [u for u in intake.unread if u.field == "loan.overdue_since"]
    assert "2023年9月" in item.message and "缺少日" in item.message
    assert "the day is missing" in item.message_en


@pytest.mark.parametrize("case", ["weilidai", "credit_card"])
def test_written_toml_loads_and_names_the_source_of_each_value(case: str) -> None:
    intake = sk.read_papers([PAPERS / case / "bundle.pdf"])
    text = write_toml(intake)
    data = tomllib.loads(text)
    loaded = sk.load_case(data)
    assert loaded.court.case_number is not None
    for line in text.splitlines():
        if " = " in line and not line.startswith("#"):
            assert "# bundle.pdf 第" in line, line


def test_papers_recognised_by_content() -> None:
    intake = sk.read_papers([PAPERS / "weilidai" / "bundle.pdf"])
    kinds = [(page.number, kind) for page, kind in intake.pages]
    assert kinds == [(1, "传票"), (2, "传票"), (3, "应诉通知书"), (4, "举证通知书"), (5, "举证通知书"),
                     (6, "起诉状"), (7, "起诉状")]  # fmt: skip


def test_spaced_headings_full_width_digits_and_a_service_proof_page() -> None:
    """A summons laid out with 案　　号 and full-width digits, and a 送达回证 of its own whose date has no 日."""
    own = PAPERS / "own"
    intake = sk.read_papers([own / "service_proof.pdf", own / "summons_spaced.pdf"])
    assert [kind for _, kind in intake.pages] == ["送达回证", "传票"]
    assert intake.case["court"]["case_number"] == "（2025）京0105民初777号"
    assert intake.case["service"] == {
        "method": "直接送达",
        "served_on": dt.date(2025, 11, 5),
        "hearing": dt.datetime(2025, 12, 2, 9, 0),
        "hearing_place": "本院第十五法庭",
        "notice_date": dt.date(2025, 11, 3),
    }
    assert intake.case["defendant"] == {"name": "李娜", "address": "北京市朝阳区某某路12号院3号楼"}
    assert not intake.in_doubt
