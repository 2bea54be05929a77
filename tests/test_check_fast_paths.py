"""The check's shortcuts (issue 12) decide as the code they replace: the venue finding's code read without
drafting the finding, and the court's and address's province and city found among the names that share their
first character."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from conftest import card_case, escape_case, weilidai_case
from hypothesis import given, settings
from hypothesis import strategies as st
from test_check_rules import BUYER, court, evolve

from summons_kit.case.load import load_case
from summons_kit.case.model import Case
from summons_kit.law import rules_parties
from summons_kit.law.calendar import DEFAULT
from summons_kit.law.citation import Basis, Part, cite, join
from summons_kit.law.deadlines import compute_deadlines
from summons_kit.law.finding import Context
from summons_kit.law.lpr import default_table
from summons_kit.law.rules_parties import Place, check_venue, place, venue_code

TODAY = dt.date(2025, 9, 20)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FAR = court(name="深圳前海合作区人民法院")


def _cases() -> list[Case]:
    found = [weilidai_case(), card_case(), escape_case(), FAR, court(name="北京互联网法院")]
    found += [evolve(FAR, "loan", venue_clause=c) for c in ("由贷款人住所地人民法院管辖", "合同签订地法院管辖", "")]
    bought = evolve(evolve(FAR, "plaintiff", name=BUYER), "loan", lender="某某银行股份有限公司")
    found.append(evolve(bought, "loan", venue_clause="由甲方住所地人民法院管辖"))
    found += [load_case(path) for path in sorted(EXAMPLES.glob("*/case.toml"))]
    return found


@pytest.mark.parametrize("case", _cases())
def test_the_venue_code_is_the_code_of_the_venue_finding(case: Case) -> None:
    context = Context(case, TODAY, DEFAULT, compute_deadlines(case, DEFAULT), default_table())
    codes = [f.code for f in check_venue(context)]
    code = venue_code(case)
    assert codes == ([] if code is None else [code.code])


def _reference_place(text: str) -> Place:
    """place() as it was: every province and city tried in list order."""
    rest = rules_parties._SPACE.sub("", text)
    province = next((p for p in rules_parties._PROVINCES if rest.startswith(p)), None)
    if province:
        rest = rules_parties._PROVINCE_SUFFIX.sub("", rest[len(province) :], count=1)
        if province in rules_parties._MUNICIPALITIES:
            return Place(province, province)
    known = next((c for c in rules_parties._CITIES if rest.startswith(c)), None)
    if known:
        return Place(province, known)
    match = rules_parties._CITY.match(rest)
    return Place(province, match.group(1) if match else None)


NAMES = [*rules_parties._PROVINCES, *rules_parties._CITIES, "省", "市", "自治区", "区", "县", " ", "某", "人民法院"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMES), max_size=4).map("".join) | st.text(max_size=6))
def test_place_finds_what_the_list_scan_found(text: str) -> None:
    assert place(text) == _reference_place(text)


def test_a_basis_prints_the_same_each_time_and_after_evolve() -> None:
    b = join(cite("民法典", 188, 192), cite("诉讼时效司法解释", 3, note="（时效）", verified=False))
    first = str(b)
    assert first == "民法典第188条、第192条；诉讼时效司法解释第3条（时效） (unverified)"
    assert str(b) == first and b.compact == first
    other = attrs.evolve(b, parts=b.parts[:1])
    assert str(other) == "民法典第188条、第192条" and str(b) == first
    assert Basis(tuple(Part(text=t) for t in ("合同约定", "法院惯例"))).compact == "合同约定；法院惯例"
    assert b == join(cite("民法典", 188, 192), cite("诉讼时效司法解释", 3, note="（时效）", verified=False))
