"""The loader's fast paths (issue 12) give what the plain ones give: the one walk over the input (_tidy) against
the separate shape check, pruning and source collection, on any nesting of tables, lists and texts."""

from __future__ import annotations

import datetime as dt
import types
import unicodedata
from decimal import Decimal
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summons_kit.case import load
from summons_kit.errors import ParseError

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# texts a case file holds, blank ones, and the characters the loader refuses (controls, surrogates, non-characters)
TEXTS = st.one_of(
    st.sampled_from(["", " ", "\u3000", "\x1f", "\n", "甲", "2025年1月2日", "a\x00b", "\ud800", "\U0001fffe"]),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=8),
)
KEYS = st.one_of(TEXTS, st.integers(-2, 3))
SCALARS = st.one_of(
    TEXTS,
    st.integers(),
    st.booleans(),
    st.none(),
    st.just(dt.date(2025, 1, 2)),
    st.just(Decimal("1.5")),
    st.just(2.5),
)


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.dictionaries(KEYS, inner, max_size=4),
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=2).map(tuple),  # rare in a case, read by the separate walks
        st.dictionaries(KEYS, inner, max_size=2).map(types.MappingProxyType),  # a Mapping that is not a dict
        st.just({}),
        st.just([{}]),
    )


VALUES = st.recursive(SCALARS, _containers, max_leaves=25)
TOP = st.dictionaries(KEYS, VALUES, max_size=5)


def _only_dicts_and_lists(data: object) -> bool:
    if isinstance(data, str):
        return type(data) is str
    if type(data) is dict:
        return all(_only_dicts_and_lists(v) for v in data.values())
    if type(data) is list:
        return all(_only_dicts_and_lists(v) for v in data)
    return not isinstance(data, tuple | list | dict | types.MappingProxyType)


def _agrees(data: dict[Any, Any]) -> None:
    tidy = load._tidy(data)
    problems = load._shape_problems(data)
    if tidy is None:
        assert problems or not _only_dicts_and_lists(data)
        return
    assert not problems
    pruned, sources = tidy
    expected = load._prune(data)
    assert pruned == expected
    assert repr(pruned) == repr(expected)  # the same key order all the way down
    assert sources == load._sources(expected)  # the same paths, in the same order


@FAST
@given(TOP)
def test_the_one_walk_gives_what_the_separate_walks_give(data: dict[Any, Any]) -> None:
    _agrees(data)


@FAST
@given(TOP)
def test_the_one_walk_keeps_the_depth_and_length_limits(data: dict[Any, Any]) -> None:
    with mock.patch.object(load, "MAX_DEPTH", 2), mock.patch.object(load, "MAX_TEXT", 3):
        _agrees(data)


def _deep(levels: int, leaf: object, container: str = "dict") -> object:
    value = leaf
    for _ in range(levels):
        value = {"k": value} if container == "dict" else [value]
    return value


def test_the_one_walk_stops_where_the_shape_check_does() -> None:
    for levels in (15, 16, 17):
        leaves: list[object] = ["text", 5, {}, [], "  "]
        for leaf in leaves:
            for container in ("dict", "list"):
                data = {"top": _deep(levels - 1, leaf, container)}
                _agrees(data)
                assert (load._tidy(data) is None) == (levels > load.MAX_DEPTH)  # the leaf is at depth `levels`
    _agrees({"a": "x" * load.MAX_TEXT})
    _agrees({"a": ["x" * (load.MAX_TEXT + 1)]})
    assert load._tidy({"a": ["x" * (load.MAX_TEXT + 1)]}) is None


def test_the_one_walk_numbers_list_items_as_they_are_after_pruning() -> None:
    data = {"claims": [{"text": " "}, {"text": "判令"}, {}, "  ", {"a": {"b": ""}}, {"text": "x"}]}
    _agrees(data)
    assert load._tidy(data) == (
        {"claims": [{"text": "判令"}, "  ", {"text": "x"}]},
        [("claims[0].text", "判令"), ("claims[1]", "  "), ("claims[2].text", "x")],
    )


@FAST
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=12))
def test_the_quick_character_check_agrees_with_the_invalid_text_pattern(text: str) -> None:
    assert load._valid_text(text) == (load._INVALID_TEXT.search(text) is None)


def test_the_quick_character_check_finds_each_refused_character() -> None:
    refused = [chr(c) for c in [*range(0x20), 0xD800, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF]]
    refused += [chr(plane * 0x10000 + low) for plane in range(1, 17) for low in (0xFFFE, 0xFFFF)]
    for char in refused:
        assert load._valid_text(f"甲{char}乙") == (load._INVALID_TEXT.search(char) is None), f"U+{ord(char):04X}"
    for char in "\t\n\r 甲\U0001fffd\U00020000\U0010fffd":
        assert load._valid_text(f"甲{char}乙")


def test_a_case_given_with_party_lists_keeps_the_paths_as_read() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "weilidai" / "case.toml"
    data = load.read_file(path)
    listed = {k: v for k, v in data.items() if k != "defendant"} | {"defendants": [data["defendant"]]}
    case = load.load_case(listed)
    moved, _ = load._party_lists(load._prune(listed), None)  # type: ignore[arg-type]
    assert list(case.source.items()) == load._sources(moved)
    assert case.source["defendant.name"] == data["defendant"]["name"]


# --- the field parsers' shortcuts, against the code they replace ------------------------------------------------

DATE_TEXTS = st.one_of(
    st.text(st.sampled_from("0123456789年月日号元〇一二十两 \u3000:-./()上午下时分半至星期O"), max_size=16),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=8),
)


def _reference_normalise(raw: str) -> str:
    from summons_kit.fields import dates

    s = unicodedata.normalize("NFKC", raw).translate(dates._CHARS).strip()
    s = dates._SPACE_AROUND.sub(r"\1", dates._SPACES.sub(" ", s))
    s = dates._LETTER_O.sub("〇", s)
    s = dates._FIRST_MONTH.sub(r"\g<1>1月", s)
    return dates._CN_RUN.sub(lambda m: dates._cn_run_or_fail(raw, m[0]), s)


def _outcome(function: Any, *args: Any) -> object:
    try:
        return function(*args)
    except ParseError as error:
        return str(error)


@FAST
@given(DATE_TEXTS)
def test_date_normalisation_gives_what_it_gave(text: str) -> None:
    from summons_kit.fields import dates

    assert _outcome(dates._normalise, text) == _outcome(_reference_normalise, text)


def _reference_kinds(s: str) -> list[tuple[int, Any]]:
    from summons_kit.fields import claims

    return [
        (m.start(), claims._KIND_WORDS[int(name[1:])][0])
        for m in claims._KIND_RE.finditer(s)
        for name, v in m.groupdict().items()
        if v
    ]


@FAST
@given(
    st.lists(
        st.sampled_from(["罚息", "逾期", "利息", "复利", "本金", "偿还", "借款", "利", "保全", "担保费", "、", "元"])
    )
)
def test_claim_kinds_are_found_as_before(words: list[str]) -> None:
    from summons_kit.fields import claims

    s = "".join(words)
    assert claims._kinds_in(s) == _reference_kinds(s)


def test_cached_readings_are_the_same_and_errors_are_raised_every_time() -> None:
    import pytest

    from summons_kit.fields.claims import parse_claim
    from summons_kit.fields.dates import parse_date

    claim = "判令被告支付截至2026年9月30日的利息人民币455.20元、罚息人民币2,214.81元，合计人民币2,670.01元"
    assert parse_claim(claim) == parse_claim(claim) and parse_claim(claim).amount == Decimal("2670.01")
    assert parse_date("10月20日", dt.date(2025, 11, 1)) == dt.date(2026, 10, 20)
    assert parse_date("10月20日", dt.date(2025, 10, 1)) == dt.date(2025, 10, 20)  # the reference is part of the key
    for _ in range(2):
        with pytest.raises(ParseError, match="没有30日"):
            parse_date("2025年2月30日")
        with pytest.raises(ParseError, match="有误"):
            parse_claim("判令被告偿还人民币12.345.67元")
