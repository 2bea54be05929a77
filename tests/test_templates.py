"""The built-in templates (the committed .docx files are their source): typeset as a court filing, lint-clean,
rendering the example whole, element rows drawn from the row data;
the linter on broken templates; the generated variables reference."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import attrs
import docx
import pytest
from conftest import fixed_report, write_docx

from summons_kit.case import elements
from summons_kit.case.model import Case
from summons_kit.documents.catalog import builtin_templates, template_path
from summons_kit.documents.context import template_context
from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.lint import lint_template
from summons_kit.documents.render import TemplateError, load_template, render_bytes
from summons_kit.documents.variables import DESCRIPTIONS, PAGE, describe, reference_paths, variables_markdown

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2025, 9, 20)
TEMPLATES = ROOT / "templates"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _text(data: bytes) -> str:
    """Every paragraph of a .docx, the body's and the tables' (cells in order), one a line."""
    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for t in document.tables:
        for r in t.rows:
            seen: list[object] = []
            for c in r.cells:
                if c._tc not in seen:  # a merged cell is listed once per column it spans
                    seen.append(c._tc)
                    lines += [p.text for p in c.paragraphs]
    return "\n".join(lines)


def test_the_committed_docx_files_are_the_templates() -> None:
    """templates/ holds the .docx files and nothing that writes them (the wheel packs the folder as is)."""
    from summons_kit.case import registry

    declared = [t.file for d in registry.DOCUMENTS for t in d.templates]
    assert sorted(p.name for p in TEMPLATES.iterdir()) == sorted(declared)
    assert {"answer_element_card.docx", "answer_narrative.docx", "negotiation.docx"} <= set(declared)
    assert {p for _, _, p in builtin_templates()} == set(TEMPLATES.glob("*.docx"))


@pytest.mark.parametrize("path", [p for _, _, p in builtin_templates()], ids=lambda p: p.name)
def test_builtin_template_renders_the_example_whole(path: Path) -> None:
    from summons_kit.documents.lint import example_context

    context = example_context()
    text = _text(render_bytes(path, context))
    assert "{{" not in text and "{%" not in text and "}}" not in text
    assert context["court"]["case_number"] in text
    assert re.search(r"二〇二\S年\S+月\S+日", text), "signed and dated"


@pytest.mark.parametrize("form", [elements.LOAN, elements.CARD])
def test_element_form_rows_come_from_the_row_data(form: str) -> None:
    """Each row of the official form is printed from answer.item_rows / answer.fact_rows, numbered, with the
    form's brackets; nothing of the rows is written into the .docx itself."""

    path = template_path("answer", "element", cause=form)
    with zipfile.ZipFile(path) as package:
        body = package.read("word/document.xml").decode()
    assert "answer.item_rows" in body and "answer.fact_rows" in body
    labels = [*elements.ANSWER_ITEMS[form].values(), *elements.FACT_ITEMS[form].values()]
    assert not [label for label in labels if f"．{label.split('(')[0]}" in body], "a row label written in the .docx"
    case = example_case()
    case = attrs.evolve(case, court=attrs.evolve(case.court, cause=form))
    text = _text(render_bytes(path, template_context(case, today=EXAMPLE_TODAY, style="element")))
    expected = [
        f"{no}．{label.replace('(', '（').replace(')', '）')}"
        for table in (elements.ANSWER_ITEMS[form], elements.FACT_ITEMS[form])
        for no, label in enumerate(table.values(), 1)
    ]
    positions = [text.find(f"\n{line}\n") for line in expected]
    assert -1 not in positions, [line for line, at in zip(expected, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert f"\n{len(elements.FACT_ITEMS[form]) + 1}．证据清单\n" in text


def test_a_revised_form_is_a_change_of_data_not_of_the_template() -> None:
    """A row added to the data (a revised official form) is printed in its place, ticked like the others."""
    from summons_kit.documents.lint import example_context

    context = example_context()
    answer = dict(context["answer"])
    extra = dict(answer["item_rows"][0]) | {
        "key": "new_row",
        "no": len(answer["item_rows"]) + 1,
        "label": "新项目(试行)",
    }
    answer["item_rows"] = [*answer["item_rows"], extra]
    text = _text(render_bytes(template_path("answer", "element", cause=elements.LOAN), context | {"answer": answer}))
    row = text[text.index(f"{extra['no']}．新项目（试行）") :]
    assert row.split("\n")[1] == f"无异议{extra['agree_box']}　　有异议{extra['dispute_box']}"
    assert text.index("新项目") < text.index("事实和理由（对起诉状")


def test_a_template_edited_in_word_is_used_as_edited(tmp_path: Path) -> None:
    """The .docx is the source: change a built-in template's wording (as a lawyer would in Word) and it lints
    clean and drafts with the new wording."""
    from summons_kit.documents.lint import example_context

    path = tmp_path / "evidence_list.docx"
    document = docx.Document(str(template_path("evidence")))
    title = document.paragraphs[0]
    assert title.text == "证据目录"
    title.runs[0].text = "证据目录（补充）"
    document.save(str(path))
    assert lint_template(path).ok
    assert _text(render_bytes(path, example_context())).startswith("证据目录（补充）\n")


@pytest.mark.parametrize("path", [p for _, _, p in builtin_templates()], ids=lambda p: p.name)
def test_builtin_template_is_lint_clean(path: Path) -> None:
    report = lint_template(path)
    assert report.ok, report.format()
    assert "court.case_number" in report.names


@pytest.mark.parametrize("path", [p for _, _, p in builtin_templates()], ids=lambda p: p.name)
def test_typography_of_a_court_filing(path: Path) -> None:
    document = docx.Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [
        round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ]
    assert margins == [37, 35, 28, 26]
    styles = zipfile.ZipFile(path).read("word/styles.xml").decode()
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert 'w:eastAsia="仿宋"' in defaults and "Theme" not in defaults and 'w:val="32"' in defaults
    assert 'w:eastAsia="宋体"' in styles and 'w:lineRule="exact"' in styles
    title = document.paragraphs[0]
    assert title.style.font.size.pt == 22 and title.style.font.bold
    footer = zipfile.ZipFile(path).read("word/footer1.xml").decode()
    assert " PAGE " in footer and " NUMPAGES " in footer and "第 " in footer and " 页 共 " in footer
    body = zipfile.ZipFile(path).read("word/document.xml").decode()
    if "<w:tbl>" in body and path.name.startswith(("evidence", "instalment")):
        assert "<w:tblHeader/>" in body, "the header row repeats on every page"


@pytest.mark.parametrize("path", [p for _, _, p in builtin_templates()], ids=lambda p: p.name)
def test_paragraph_tags_stand_alone(path: Path) -> None:
    """{%p %} and {%tr %} tags sit in a paragraph/row of their own, so no empty paragraph is left behind."""
    document = docx.Document(str(path))
    paragraphs = list(document.paragraphs) + [
        p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs
    ]
    for paragraph in paragraphs:
        text = paragraph.text
        if re.search(r"\{%(p|tr) ", text):
            assert re.fullmatch(r"\{%(p|tr) [^%]*%\}", text), text


# --- the linter on broken templates -------------------------------------------------------------------------


def test_unknown_variable_with_the_nearest_name(tmp_path: Path) -> None:
    report = lint_template(write_docx(tmp_path / "firm.docx", "法院：{{ court.nmae }}，原告：{{ plantiff.name }}"))
    assert not report.ok
    found = {(u.name, u.suggestion) for u in report.unknown}
    assert found == {("court.nmae", "court.name"), ("plantiff.name", "plaintiff.name")}
    assert "{{ court.nmae }}" in report.format() and "court.name" in report.format()


def test_loop_variables_are_followed_to_their_list(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{%p for point in answer.points %}",
            "{{ loop.index }}. {{ point.txt }}{{ point.evidence_refs }}",
            "{%p endfor %}",
            "{% for g in evidence_list.groups %}{% for e in g.items %}{{ e.pages_rang }}{% endfor %}{% endfor %}",
        )
    )
    unknown = {u.name: (u.path, u.suggestion) for u in report.unknown}
    assert unknown == {
        "point.txt": ("answer.points[].txt", "point.text"),
        "e.pages_rang": ("evidence_list.groups[].items[].pages_rang", "e.pages_range"),
    }
    assert "answer.points[].evidence_refs" in report.names
    assert not any(name.startswith("loop") for name in report.names)


def test_variables_in_headers_and_footers_are_checked(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(tmp_path / "firm.docx", "正文", header="{{ court.case_numbr }}", footer="{{ dates.signed }}")
    )
    assert [(u.part, u.name, u.suggestion) for u in report.unknown] == [
        ("word/header1.xml", "court.case_numbr", "court.case_number")
    ]
    assert "dates.signed" in report.names


def test_syntax_error_reports_the_tag(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(tmp_path / "firm.docx", "正常段落 {{ court.name }}", "{% for c in %}{{ c }}{% endfor %}")
    )
    problem = next(p for p in report.problems if p.kind == "syntax")
    assert problem.tag == "{% for c in %}" and problem.part == "word/document.xml"
    unclosed = lint_template(write_docx(tmp_path / "firm.docx", "{% if agent %}", "{{ agent.name }}"))
    assert unclosed.problems[0].tag == "{% if agent %}" and "endif" in unclosed.problems[0].message_en


def test_two_paragraph_tags_in_one_paragraph(tmp_path: Path) -> None:
    report = lint_template(write_docx(tmp_path / "firm.docx", "{%p if agent %}{%p endif %}", "正文 {{ court.name }}"))
    kinds = [p.kind for p in report.problems]
    assert kinds[0] == "paragraph-tags" and "单独成段" in str(report.problems[0])
    fixed = lint_template(write_docx(tmp_path / "firm.docx", "{%p if agent %}", "{{ agent.line }}", "{%p endif %}"))
    assert fixed.ok, fixed.format()


def test_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("plain text")
    report = lint_template(path)
    assert [p.kind for p in report.problems] == ["file"] and not report.ok


def test_element_row_keys_resolve(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{{ answer.items.principal.agree_box }}{{ answer.facts.repaid.text }}{{ answer.items.princpal.text }}",
        )
    )
    assert [(u.name, u.suggestion) for u in report.unknown] == [
        ("answer.items.princpal.text", "answer.items.principal.text")
    ]


def test_a_syntax_error_does_not_hide_the_other_paragraphs(tmp_path: Path) -> None:
    """The broken {% for %} is reported, and the typos in the paragraphs before and after it are still found."""
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "法院：{{ court.nmae }}",
            "{% for c in %}{{ c.txt }}{% endfor %}",
            "原告：{{ plantiff.name }}",
            "{{ defendant.name }}",
        )
    )
    syntax = [p for p in report.problems if p.kind == "syntax"]
    assert [(p.tag, p.part) for p in syntax] == [("{% for c in %}", "word/document.xml")]
    assert {(u.name, u.suggestion, u.tag) for u in report.unknown} == {
        ("court.nmae", "court.name", "{{ court.nmae }}"),
        ("plantiff.name", "plaintiff.name", "{{ plantiff.name }}"),
    }
    assert "defendant.name" in report.names
    assert not any(u.name == "c" or u.name.startswith("c.") for u in report.unknown), (
        "the broken loop's variable stays a loop variable"
    )


def test_every_syntax_error_of_a_part_is_reported(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{{ court.name }}{% endif %}",
            "{{ court.case_numbr }}",
            "{% for c in claims %}{{ c.txt }}",
            "{{ defendant.nmae }}",
        )
    )
    syntax = [p.tag for p in report.problems if p.kind == "syntax"]
    assert syntax == ["{% endif %}", "{% for c in claims %}"], report.format()
    assert "endfor" in next(p for p in report.problems if p.tag == "{% for c in claims %}").message_en
    assert {u.name for u in report.unknown} == {"court.case_numbr", "c.txt", "defendant.nmae"}
    assert next(u for u in report.unknown if u.name == "c.txt").path == "claims[].txt"


def test_several_errors_in_one_paragraph_each_at_its_tag(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{{ court.name|nof1 }}{{ defendant.name|nof2 }}{% endif %}",
            "{{ court.nmae }}",
        )
    )
    syntax = [(p.tag, p.message_en) for p in report.problems if p.kind == "syntax"]
    assert [tag for tag, _ in syntax] == ["{% endif %}", "{{ court.name|nof1 }}", "{{ defendant.name|nof2 }}"]
    assert "nof1" in syntax[1][1] and "nof2" in syntax[2][1]
    assert [(u.name, u.tag) for u in report.unknown] == [("court.nmae", "{{ court.nmae }}")]
    assert {"court.name", "defendant.name"} <= set(report.names), "the variables of the faulty tags are kept"


def test_an_unclosed_value_tag_is_reported_and_the_rest_linted(tmp_path: Path) -> None:
    report = lint_template(write_docx(tmp_path / "firm.docx", "案号：{{ court.case_number", "{{ court.nmae }}"))
    syntax = [p for p in report.problems if p.kind == "syntax"]
    assert len(syntax) == 1 and syntax[0].tag == "{{ court.case_number", report.format()
    assert [u.name for u in report.unknown] == ["court.nmae"]


@pytest.mark.parametrize(
    ("paragraph", "tag", "message"),
    [
        (
            "{{ defendant.name|upper }}，{{ court.name|nosuchfilter }}",
            "{{ court.name|nosuchfilter }}",
            "No filter named 'nosuchfilter'",
        ),
        (
            "{% with x = court.name %}{{ x }}{% endwith %}{% endif %}",
            "{% endif %}",
            "unknown tag 'endif'",
        ),
        (
            "{% if agent %}{{ agent.name }}{% endif %}{% endif %}",
            "{% endif %}",
            "unknown tag 'endif'",
        ),
        (
            "{{ court.name }}{% if court.name is nosuchtest %}甲{% endif %}",
            "{% if court.name is nosuchtest %}",
            "No test named 'nosuchtest'",
        ),
        ("{{ court.name }}，{{ court.name + }}", "{{ court.name + }}", "unexpected"),
    ],
)
def test_a_syntax_error_is_shown_at_the_tag_that_has_it(tmp_path: Path, paragraph: str, tag: str, message: str) -> None:
    report = lint_template(write_docx(tmp_path / "firm.docx", "{{ court.nmae }}", paragraph))
    syntax = [p for p in report.problems if p.kind == "syntax"]
    assert [p.tag for p in syntax] == [tag]
    assert message.lower() in syntax[0].message_en.lower() and "语法错误" in syntax[0].message
    assert [u.name for u in report.unknown] == ["court.nmae"], "the other paragraph is still linted"


def test_the_stray_closer_after_a_matching_one_is_blamed(tmp_path: Path) -> None:
    """Two endif tags in one paragraph: the second is the stray one (found by compiling tag by tag), when drafting
    as when linting."""
    path = write_docx(tmp_path / "firm.docx", "{% if agent %}甲{% endif %}乙{%- endif %}")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.tag == "{%- endif %}" and "endif" in caught.value.reason_en
    assert str(path.resolve()) in str(caught.value) and caught.value.part == "word/document.xml"
    assert [p.tag for p in lint_template(path).problems] == ["{%- endif %}"]


def test_an_unknown_variable_is_shown_at_its_own_tag(tmp_path: Path) -> None:
    """``r.amout`` is not placed at ``{{ deadlines.answer.date }}`` merely because that tag contains an r."""
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{{ deadlines.answer.date }}{% for r in findings %}{{ r.amout }}{{ r['mesage'] }}{% endfor %}",
        )
    )
    tags = {u.name: u.tag for u in report.unknown}
    assert tags == {
        "deadlines.answer.date": "{{ deadlines.answer.date }}",
        "r.amout": "{{ r.amout }}",
        "r.mesage": "{{ r['mesage'] }}",
    }
    assert {u.name: u.suggestion for u in report.unknown}["r.mesage"] == "r.message"


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("firm_name", ""),  # no variable is spelled like it (not "instalment")
        ("r.amout", ""),  # findings have no amount (not "point")
        ("court.nmae", "court.name"),
        ("plantiff.name", "plaintiff.name"),
        ("loan.principle", "loan.principal"),
        ("loan.principle_word", "loan.principal_words"),
        ("deadlines.answer.date", "deadlines[].date"),
        ("courtname", ""),
    ],
)
def test_only_plausible_names_are_suggested(tmp_path: Path, name: str, suggestion: str) -> None:
    loop = name.startswith("r.")
    text = f"{{% for r in findings %}}{{{{ {name} }}}}{{% endfor %}}" if loop else f"{{{{ {name} }}}}"
    report = lint_template(write_docx(tmp_path / "firm.docx", text))
    assert [(u.name, u.suggestion) for u in report.unknown] == [(name, suggestion)]
    assert ("是否应为" in report.format()) == bool(suggestion)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("{{ ''.__class__.__mro__ }}", "__class__、__mro__"),
        ("{{ court.__class__ }}", "__class__"),
        ("{{ court.name['__class__'] }}", "__class__"),
        ("{{ court.name|attr('__class__') }}", "__class__"),
        ("{{ claims|map(attribute='__class__')|join }}", "__class__"),
        ("{{ claims|selectattr('__class__')|list }}", "__class__"),
        ("{{ '{0.__class__}'.format(court) }}", "__class__"),
        ("{{ court.name.__class__.mro() }}", "__class__、mro"),
    ],
)
def test_what_the_sandbox_refuses_is_flagged_as_unsafe(
    tmp_path: Path, weilidai: Case, paragraph: str, names: str
) -> None:
    path = write_docx(tmp_path / "firm.docx", "{{ court.name }}", paragraph)
    report = lint_template(path)
    unsafe = [p for p in report.problems if p.kind == "unsafe"]
    assert len(unsafe) == 1, report.format()
    assert unsafe[0].tag == paragraph and f"沙箱禁止的属性或调用 {names}：" in unsafe[0].message
    assert "sandbox" in unsafe[0].message_en and not report.ok
    assert not any("__" in name for name in report.names), "an unsafe access is not listed as a variable"
    # what lint flags, the sandbox refuses when drafting
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, context)
    assert "不安全" in caught.value.reason and "unsafe" in caught.value.reason_en


def test_a_sandbox_refusal_seen_only_when_rendering_is_flagged(tmp_path: Path) -> None:
    """A callable the sandbox marks unsafe is refused at render time; lint renders with the example case."""
    from jinja2.sandbox import unsafe

    from summons_kit.documents.lint import example_context

    @unsafe
    def delete() -> str:
        return "deleted"

    context = {**example_context(), "tools": {"delete": delete}}
    report = lint_template(write_docx(tmp_path / "firm.docx", "{{ court.name }}", "{{ tools.delete() }}"), context)
    assert [(p.kind, p.tag) for p in report.problems] == [("unsafe", "{{ tools.delete() }}")], report.format()
    assert "delete()" in report.problems[0].message and "callables marked unsafe" in report.problems[0].message_en


def test_a_safe_template_is_not_flagged(tmp_path: Path) -> None:
    report = lint_template(
        write_docx(
            tmp_path / "firm.docx",
            "{{ court.name|replace('_', '-') }}{{ claims|map(attribute='text')|join('；') }}",
            "{{ '{0}年'.format(dates.signed) }}{{ court.name.upper() }}",
        )
    )
    assert report.ok, report.format()


# --- the variables reference --------------------------------------------------------------------------------


def test_variables_page_is_generated_from_the_code() -> None:
    assert PAGE.read_text(encoding="utf-8") == variables_markdown(), (
        "docs/variables.md is out of date: python -m summons_kit.documents.variables"
    )


def test_every_variable_is_described_and_every_description_is_used() -> None:
    from summons_kit.documents.example import example_context

    paths = reference_paths(example_context())
    assert [p for p in paths if describe(p) is None] == []
    shared = ("<party>.",)
    unused = [d for d in DESCRIPTIONS if not d.startswith(shared) and d not in paths]
    assert unused == []
