"""The fast path of the built-in templates (summons_kit.documents.canonical): the body written without a tree is
byte for byte what the strict lxml parse and serialisation write, for the example cases and for generated values,
and anything not well formed still goes to the strict path."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summons_kit as sk
from summons_kit.documents import render
from summons_kit.documents.canonical import canonical, plan, well_formed
from summons_kit.documents.catalog import builtin_templates
from summons_kit.documents.lint import example_context
from summons_kit.documents.render import TemplateError, load_template

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = sorted({path for _doc, _style, path in builtin_templates()})
TODAY = dt.date(2026, 11, 30)


def _both(path: Path, context: dict[str, Any]) -> tuple[bytes, bytes]:
    """(the fast path's document.xml, the strict lxml path's)."""
    compiled = load_template(path)
    assert compiled.fast is not None, f"{path.name}: a built-in template takes the fast path"
    fast = render._render_parts(compiled, context)["word/document.xml"]
    strict = render._render_parts(attrs.evolve(compiled, fast=None), context)["word/document.xml"]
    return fast, strict


def _contexts() -> list[tuple[str, dict[str, Any]]]:
    found = [("complete example", example_context())]
    for name in ("weilidai", "credit_card", "company"):
        case = sk.load_case(ROOT / "examples" / name / "case.toml")
        report = sk.check(case, today=TODAY)
        for style in ("narrative", "element"):
            try:
                found.append((f"{name} {style}", sk.template_context(case, report, TODAY, style=style)))
            except ValueError:  # an element form that does not fit the case (a joint answer): refused, as drafts are
                continue
    return found


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.stem for p in TEMPLATES])
def test_the_fast_body_is_the_strict_body_for_the_examples(path: Path) -> None:
    for label, context in _contexts():
        try:
            fast, strict = _both(path, context)
        except TemplateError:  # this case has no such section (a person's 法定代表人身份证明书)
            continue
        assert fast == strict, f"{path.name} with the {label} context"


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("\"'&<>;:,，。（）()\t\n\r\x0b\x00\u2028\u0085\ufeff]]> 张伟人民币元 aZ09#%{}[]\\/\U0001f600\u00a0&#34;")
    ),
    max_size=12,
)


def _replace_texts(value: Any, texts: Any) -> Any:
    """``value`` with every string replaced by the next generated text (lists emptied or kept at random)."""
    if isinstance(value, str):
        return texts.draw(_TEXT)
    if isinstance(value, dict):
        return {k: _replace_texts(v, texts) for k, v in value.items()}
    if isinstance(value, list):
        kept = value if texts.draw(st.booleans()) else value[:0]
        return [_replace_texts(v, texts) for v in kept]
    return value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_body_is_the_strict_body_for_any_values(data: st.DataObject) -> None:
    """Quotes, ampersands, brackets, tabs, line breaks, empty texts and empty lists in every value."""
    context = _replace_texts(copy.deepcopy(example_context()), data)
    rendered = 0
    for path in TEMPLATES:
        try:
            fast, strict = _both(path, context)
        except TemplateError:  # a list emptied that a template indexes
            continue
        assert fast == strict, path.name
        rendered += 1
    assert rendered >= len(TEMPLATES) // 2


def test_empty_elements_are_self_closed_as_lxml_writes_them() -> None:
    names = frozenset({"w:t", "w:p"})
    xml = '<w:p><w:r><w:t xml:space="preserve"></w:t></w:r></w:p><w:p></w:p><w:pPr></w:pPr><w:t>&#34;a&#39;</w:t>'
    assert canonical(xml, names) == (
        '<w:p><w:r><w:t xml:space="preserve"/></w:r></w:p><w:p/><w:pPr></w:pPr><w:t>"a\'</w:t>'
    )


@pytest.mark.parametrize(
    "source",
    [
        '<w:body><w:p w:val="{{ x }}"/></w:body>',  # a value in an attribute
        "<w:body><w:t>{{ x|safe }}</w:t></w:body>",  # raw XML from a value
        "<w:body><w:p><w:t>{{ x }}</w:t></w:body>",  # XML the scan cannot follow
        '<w:body><wp:docPr id="1"/><w:t>{{ x }}</w:t></w:body>',  # drawings: ids renumbered on the tree
        "{{ x }}<w:body/>",  # a tag outside every element
        "<w:body>{% autoescape false %}<w:t>{{ x }}</w:t>{% endautoescape %}</w:body>",  # values not escaped
        "<w:body><w:t>{{ x|xmlattr }}</w:t></w:body>",  # raw markup from a filter
        "<w:body><w:t>{{ x|urlize }}</w:t></w:body>",
        "<w:body>{% set x %}<w:p/>{% endset %}<w:t>{{ x }}</w:t></w:body>",  # a block set is markup
        "<w:body>{% macro m() %}<w:p>{% endmacro %}<w:t>{{ m() }}</w:t></w:body>",  # not a statement it follows
    ],
)
def test_templates_the_fast_path_cannot_follow_take_the_strict_path(source: str) -> None:
    assert plan(source) is None


def test_a_body_expat_refuses_goes_to_the_strict_path_and_its_error() -> None:
    assert not well_formed(b"<w:body><w:p></w:body>")
    assert not well_formed(b"<w:body><w:p>&nbsp;</w:p></w:body>")  # an entity no document declares
    assert well_formed(b'<w:body xmlns:w="urn:w"><w:p/></w:body>')
    compiled = load_template(TEMPLATES[0])
    assert render._fast_body(compiled, "<w:body><w:p></w:body>") is None
    part = compiled.parts[0]
    with pytest.raises(TemplateError, match="不是有效的 XML"):
        render._strict(compiled, part, "<w:body><w:p></w:body>", {})


def test_a_body_longer_than_libxml2_reads_goes_the_strict_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """lxml refuses a text node over 10 MB (huge_tree off); the fast path sends such a body to it."""
    compiled = load_template(TEMPLATES[0])
    xml = render._render_part(compiled, compiled.parts[0], example_context())
    assert render._fast_body(compiled, xml) is not None
    monkeypatch.setattr(render, "MAX_BODY", len(xml) // 2)
    assert render._fast_body(compiled, xml) is None
