"""Property-based tests (hypothesis) over the loader, the field parsers, check, draft and the .ics export: any
Unicode in any field, wrong types, extremes. Only the documented errors (CaseError/ParseError, both ValueError)
may come out; every draft is strictly well-formed XML and prints the values it was given intact.

Bounded (max_examples, deadline=None) to run in well under two minutes on two cores."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tomllib
import unicodedata
import zipfile
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import icalendar
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

import summons_kit as sk
from summons_kit.fields.case_number import parse_case_number
from summons_kit.fields.claims import parse_claim, parse_rate
from summons_kit.fields.identity import normalize_phone, parse_credit_code, parse_id_number
from summons_kit.report.ics import calendar_of

ROOT = Path(__file__).resolve().parent.parent
BASE: dict[str, Any] = tomllib.loads((ROOT / "examples" / "weilidai" / "case.toml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 28)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _leaves(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, (*path, k))] or [path]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, (*path, i))] or [path]
    return [path]


LEAVES = _leaves(BASE)
SECTIONS = [(k,) for k in BASE] + [p[:2] for p in LEAVES if len(p) > 2]


def _set(data: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    data = copy.deepcopy(data)
    inner: Any = data
    for part in path[:-1]:
        inner = inner[part]
    inner[path[-1]] = value
    return data


# every Unicode character, including the ones the loader refuses (surrogates, non-characters, controls)
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
SCALARS = st.one_of(
    ANY_TEXT,
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.decimals(allow_nan=True),
    st.none(),
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3), max_leaves=8
)


def _loads_or_case_error(data: dict[str, Any]) -> sk.Case | None:
    try:
        return sk.load_case(data)
    except sk.CaseError as error:
        assert error.problems and all(p.field and p.message and p.message_en for p in error.problems)
        return None


@FAST
@given(path=st.sampled_from(LEAVES + SECTIONS), value=VALUES)
def test_any_value_anywhere_loads_or_is_a_case_error(path: tuple[Any, ...], value: object) -> None:
    case = _loads_or_case_error(_set(BASE, path, value))
    if case is not None:
        report = sk.check(case, today=TODAY)  # a loaded case is always checkable, and redactable
        assert report.deadlines
        assert sk.check(sk.redact(case), today=TODAY).deadlines == report.deadlines


@FAST
@given(data=st.dictionaries(ANY_TEXT, VALUES, max_size=4))
def test_any_mapping_loads_or_is_a_case_error(data: dict[str, Any]) -> None:
    _loads_or_case_error(data)


@FAST
@given(text=st.text(max_size=200))
def test_any_text_as_a_toml_or_json_file_is_a_case_error_at_worst(tmp_path_factory: Any, text: str) -> None:
    folder = tmp_path_factory.mktemp("files", numbered=True)
    for name in ("case.toml", "case.json"):
        path = folder / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            sk.load_case(path)
        except sk.CaseError:
            pass


PARSERS = [
    sk.parse_date,
    sk.parse_amount,
    parse_claim,
    parse_rate,
    parse_case_number,
    parse_id_number,
    parse_credit_code,
    normalize_phone,
    lambda text: parse_id_number(text, allow_masked=True),
    lambda text: normalize_phone(text, allow_masked=True),
]


FIELD_LIKE = st.from_regex(r"[\d一二三四五六七八九十百千万亿元角分年月日.,%*()（）]{0,40}", fullmatch=True)


@FAST
@given(parser=st.sampled_from(PARSERS), text=ANY_TEXT | FIELD_LIKE)
def test_the_parsers_raise_only_parse_errors(parser: Any, text: str) -> None:
    try:
        parser(text)
    except sk.ParseError as error:
        assert error.reason and error.reason_en


# --- drafts and the calendar over printable text ---------------------------------------------------------------------

#: fields printed in the answer as they are entered (whitespace aside)
PRINTED = [
    ("defendant", "name"),
    ("defendant", "address"),
    ("defendant", "occupation"),
    ("defendant", "ethnicity"),
    ("defendant", "name"),
]
PRINTABLE = st.text(st.characters(codec=None, exclude_categories=("Cs", "Cc", "Co", "Cn")), min_size=1, max_size=25)


def _document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        for name in docx.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                etree.fromstring(docx.read(name), etree.XMLParser(recover=False, resolve_entities=False))
        root = etree.fromstring(docx.read("word/document.xml"), etree.XMLParser(recover=False))
    return "".join(t.text or "" for t in root.iter(f"{W}t"))


def _plain(text: str) -> str:
    """Without whitespace, NFKC: the drafts set ASCII punctuation next to Chinese full-width (张:三 -> 张：三)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_the_answer_prints_every_field_the_property_looks_for(tmp_path: Path) -> None:
    for number, (section, key) in enumerate(PRINTED):
        case = sk.load_case(_set(BASE, (section, key), "标记QXZ"))
        path = sk.draft(case, tmp_path / str(number), today=TODAY, documents=("answer",))[0]
        assert "标记QXZ" in _document_text(path), (section, key)


@SLOW
@given(field=st.sampled_from(PRINTED), value=PRINTABLE)
def test_drafts_are_well_formed_and_print_the_value_intact(field: tuple[str, str], value: str) -> None:
    case = _loads_or_case_error(_set(BASE, field, value))
    assume(case is not None and _plain(value))
    assert case is not None
    with TemporaryDirectory() as folder:
        paths = sk.draft(case, folder, today=TODAY, documents=("answer",))
        text = _document_text(paths[0])
    assert _plain(value) in _plain(text), (field, value)


@SLOW
@given(value=PRINTABLE, cause=PRINTABLE)
def test_redacted_drafts_are_well_formed(value: str, cause: str) -> None:
    case = _loads_or_case_error(_set(_set(BASE, ("defendant", "address"), value), ("court", "cause"), cause))
    assume(case is not None)
    assert case is not None
    with TemporaryDirectory() as folder:
        for path in sk.draft(case, folder, today=TODAY, redact=True):
            assert "李明" not in _document_text(path)


@SLOW
@given(field=st.sampled_from([("court", "cause"), ("service", "hearing_place"), ("court", "name")]), value=ANY_TEXT)
def test_the_calendar_parses_with_exactly_the_listed_events(field: tuple[str, str], value: str) -> None:
    data = _set(BASE, field, value)
    if field == ("court", "cause"):
        del data["court"]["case_number"]  # the calendar's name is then the cause
    case = _loads_or_case_error(data)
    assume(case is not None)
    assert case is not None
    report = sk.check(case, today=TODAY)
    ical = calendar_of(report, case).to_ical()
    parsed = icalendar.Calendar.from_ical(ical)
    assert len(parsed.walk("VEVENT")) == len([d for d in report.deadlines if d.date is not None])
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", ical)
