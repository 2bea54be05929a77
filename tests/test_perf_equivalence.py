"""The speed work of issue 12 changes no output: the context a template sees is the same dict as the plain
conversion gave before (every value, key order and type), and zh_punctuation's fast paths and cache give what the
plain conversion gives.

The ``_reference_*`` functions are the conversions as they were before the speed-up, kept here as the oracle."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import card_case, escape_case, fixed_report, weilidai_case

from summons_kit.case.load import load_case
from summons_kit.case.model import Case
from summons_kit.documents.context import template_context, template_views
from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.views import as_context
from summons_kit.documents.views.base import HIDDEN, doc
from summons_kit.fields.text import zh_punctuation

TODAY = dt.date(2025, 9, 20)
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_IS_CJK = re.compile(f"[{_CJK}]")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_MARK = re.compile(f"(?<=[{_CJK}])[,;:?!]|[,;:?!](?=[{_CJK}])")
_PAREN = re.compile(r"\(([^()\n]*)\)")


def _reference_paren(match: re.Match[str]) -> str:
    inner = match.group(1)
    before = match.string[match.start() - 1] if match.start() else ""
    if _IS_CJK.search(inner) or (before and _IS_CJK.match(before)):
        return f"（{inner}）"
    return match.group(0)


def _reference_zh(text: str) -> str:
    if not text or not _IS_CJK.search(text):
        return text
    while True:
        done = _MARK.sub(lambda m: _FULL[m.group(0)], _PAREN.sub(_reference_paren, text))
        if done == text:
            return done
        text = done


def _reference_as_context(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            field.name: _reference_as_context(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if not field.metadata.get(HIDDEN)
        }
    if isinstance(value, Mapping):
        return {key: _reference_as_context(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_reference_as_context(item) for item in value]
    return value


def _reference_typeset(value: Any) -> Any:
    if isinstance(value, str):
        return _reference_zh(value)
    if isinstance(value, dict):
        return {key: _reference_typeset(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_reference_typeset(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_reference_typeset(item) for item in value)
    return value


def _same(one: Any, other: Any, where: str = "context") -> None:
    """Equal, with the same types all the way down and dict keys in the same order."""
    assert type(one) is type(other), where
    if isinstance(one, dict):
        assert list(one) == list(other), where
        for key in one:
            _same(one[key], other[key], f"{where}.{key}")
    elif isinstance(one, list | tuple):
        assert len(one) == len(other), where
        for i, (a, b) in enumerate(zip(one, other, strict=True)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert one == other, where


def _cases() -> list[tuple[str, Case, dt.date]]:
    found = [
        ("weilidai", weilidai_case(), TODAY),
        ("card", card_case(), TODAY),
        ("escape", escape_case(), TODAY),
        ("example", example_case(), EXAMPLE_TODAY),
    ]
    found += [(path.parent.name, load_case(path), TODAY) for path in sorted(EXAMPLES.glob("*/case.toml"))]
    return found


@pytest.mark.parametrize(("name", "case", "today"), _cases(), ids=[c[0] for c in _cases()])
def test_the_context_is_the_one_the_plain_conversion_gives(name: str, case: Case, today: dt.date) -> None:
    report = fixed_report(case, today)
    views = template_views(case, report, today)
    plain = _reference_as_context(views.case)
    plain.update((key, _reference_as_context(section)) for key, section in views.documents.items())
    plain.update(_reference_as_context(views.drafts))
    _same(as_context(views.case), _reference_as_context(views.case), "case sections")
    _same(views.as_context(), plain)
    _same(template_context(case, report, today), _reference_typeset(plain))
    _same(template_context(case, report, today), _reference_typeset(plain))  # twice: the caches give the same


@attrs.frozen
class _Inner:
    text: str = attrs.field(metadata=doc("shown"))
    kept: str = attrs.field(default="", metadata=doc("hidden", hidden=True))


@attrs.frozen
class _Empty:
    secret: int = attrs.field(default=0, metadata=doc("hidden", hidden=True))


class _Named(tuple[int, int]):
    pass


def test_as_context_converts_every_kind_of_value_as_before() -> None:
    values: list[Any] = [
        _Inner("甲,乙", "x"),
        _Empty(),  # a view with no printed field is an empty dict, not passed through
        {"a": (_Inner("x"), [1, 2.5, None, True])},
        _Named((1, 2)),
        frozenset({1}),
        dt.date(2025, 1, 2),
        "文本",
        b"bytes",
    ]
    for value in values:
        _same(as_context(value), _reference_as_context(value), repr(value))
    assert as_context(_Empty()) == {}


TEXTS = [
    "",
    "abc, def: ghi",
    "15,600.00",
    "还款19期,累计还款9,857.40元",
    "原告(某银行)诉称:",
    "(a)",
    "借款(见附件(一)),逾期!",
    "是否同意?同意",
    "纯中文没有标点",
    "9:30开庭;地点:第三法庭",
    "Latin (text) only, here; ok?",
    "((嵌套))",
    "全角，已有：",
    "a\n(换行)\nb",
]


@pytest.mark.parametrize("text", TEXTS)
def test_zh_punctuation_gives_what_the_plain_conversion_gives(text: str) -> None:
    assert zh_punctuation(text) == _reference_zh(text)
    assert zh_punctuation(text) == _reference_zh(text)  # the cached answer is the same
    assert type(zh_punctuation(text)) is str


def test_zh_punctuation_keeps_a_string_subclass_apart_from_an_equal_str() -> None:
    class Marked(str):
        pass

    plain, marked = "甲(乙)", Marked("甲(乙)")
    assert zh_punctuation(plain) == "甲（乙）"
    assert zh_punctuation(marked) == "甲（乙）"
    unchanged = Marked("纯中文")
    assert zh_punctuation(unchanged) is unchanged  # nothing to convert: the value itself, as before


def _reference_dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(case)"


def _reference_sources(data: object, path: tuple[str | int, ...] = ()) -> Any:
    if isinstance(data, Mapping):
        for key, value in data.items():
            yield from _reference_sources(value, (*path, str(key)))
    elif isinstance(data, list | tuple):
        for index, value in enumerate(data):
            yield from _reference_sources(value, (*path, index))
    elif isinstance(data, str):
        yield _reference_dotted(path), data


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*/case.toml")), ids=lambda p: p.parent.name)
def test_a_loaded_case_keeps_the_texts_of_its_file_under_the_same_paths(path: Path) -> None:
    from summons_kit.case.load import _party_lists, _prune, read_file

    data, _listed = _party_lists(_prune(read_file(path)), None)  # type: ignore[arg-type]
    source = load_case(path).source
    assert list(source.items()) == list(_reference_sources(data))
    assert source and all(isinstance(v, str) for v in source.values())


def _deep(levels: int, leaf: object) -> object:
    value = leaf
    for _ in range(levels):
        value = {"k": value}
    return value


SHAPES: list[object] = [
    {"a": "fine", "b": [1, "x", {"c": "y"}]},
    _deep(16, "at the limit"),
    _deep(17, "one too deep"),
    _deep(17, 5),
    {"a": "x" * 100_001},
    {"a": ["ok", "bad\x00"]},
    {"bad\x01key": "v"},
    {"a": "\ud800"},
    {"a": ("tuple", "bad\x0b")},
    "text at the top",
]


@pytest.mark.parametrize("data", SHAPES, ids=range(len(SHAPES)))
def test_the_quick_shape_check_agrees_with_the_full_one(data: object) -> None:
    import summons_kit.case.load as load

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(load, "_shape_fine", lambda _data: False)  # the full walk, as before the quick check
        problems = load._shape_problems(data)
    assert load._shape_fine(data) == (not problems)
    assert load._shape_problems(data) == problems
