"""Intake by OCR: the sample phone photos and four pages of a scanned bundle (the summons with its service
record, the complaint). OCR takes seconds a page: each file is read once per module; the benchmark reads the
whole scanned bundles."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import summons_kit as sk
from summons_kit.intake import Intake, ocr_available
from summons_kit.intake.score import score

pytestmark = pytest.mark.skipif(
    not ocr_available(), reason='OCR extra not installed: pip install "summons_kit[ocr]" (rapidocr-onnxruntime)'
)
PAPERS = Path(__file__).parent / "papers"


def expected(case: str, name: str) -> dict:
    with (PAPERS / case / name).open("rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module")
def photos() -> dict[str, Intake]:
    return {case: sk.read_papers([PAPERS / case / "summons_photo.jpg"]) for case in ("weilidai", "credit_card")}


@pytest.fixture(scope="module")
def scan() -> Intake:
    return sk.read_papers([PAPERS / "credit_card" / "scan_excerpt.pdf"])


@pytest.mark.parametrize("case", ["weilidai", "credit_card"])
def test_photo_of_the_summons(photos: dict[str, Intake], case: str) -> None:
    result = score(photos[case], expected(case, "expected_photo.toml"))
    assert result.silent == ()
    assert result.accuracy >= 0.95
    assert all(s.method == "ocr" for s in photos[case].sources.values())


def test_photo_without_the_notice_date_does_not_take_the_hearing_date(photos: dict[str, Intake]) -> None:
    """The weilidai photo cuts off the date at the foot of the summons: it is not read from elsewhere."""
    assert "notice_date" not in photos["weilidai"].case["service"]


def test_scanned_bundle(scan: Intake) -> None:
    notices_only = {"court.procedure", "service.evidence_deadline"}  # stated on the notices, not in the excerpt
    want = {k: v for k, v in expected("credit_card", "expected.toml").items() if k not in notices_only}
    result = score(scan, want)
    assert result.silent == () and result.extra == ()
    assert result.accuracy >= 0.95
    assert [kind for _, kind in scan.pages] == ["传票", "传票", "起诉状", "起诉状"]
    src = scan.sources["complaint.total"]
    assert src.method == "ocr" and 0 < src.confidence <= 1 and src.page == 3


def test_scanned_case_loads(scan: Intake) -> None:
    case = sk.load_case(scan.case)
    assert case.claims[1].amount is not None
