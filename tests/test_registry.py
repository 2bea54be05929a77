"""The document registry owns the set of documents; one resolver owns the answer's form.

Regression tests for the three bugs of the architecture issue: the answer's form decided in four places that
disagreed, and missing-field reports keyed on labels (``defendant.姓名``).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import docx
import pytest
from conftest import fixed_report

import summons_kit as sk
from summons_kit.case import elements, registry
from summons_kit.case.model import Case, Party
from summons_kit.documents.catalog import builtin_templates, find_template
from summons_kit.documents.context import template_context
from summons_kit.documents.draft import FILE_NAMES, draft
from summons_kit.documents.form import AnswerForm, resolve_answer_form

TODAY = dt.date(2025, 9, 20)


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


@pytest.mark.parametrize(
    ("cause_case", "style"),
    [
        ("weilidai", "element_loan"),
        ("card", "element_card"),
        ("no_cause", "element_card"),
        ("no_cause", "element_loan"),
    ],
)
def test_every_printed_question_is_reported_whatever_form_is_asked(
    cause_case: str, style: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # Before: --style element_card on a loan case printed 9 【待确认】 markers and reported 3; a card case with
    # element_loan printed 15 and reported 4. The template, the rows and the list now follow one decision.
    if cause_case == "no_cause":  # a form asked for a case whose cause is not entered: the form decides
        weilidai: Case = request.getfixturevalue("weilidai")
        case = attrs.evolve(weilidai, court=attrs.evolve(weilidai.court, cause=""))
    else:
        case = request.getfixturevalue(cause_case)
    paths = draft(case, tmp_path, style=style, report=fixed_report(case, TODAY), today=TODAY, documents=["answer"])
    text = _text(paths[0])
    printed = len(re.findall("【待确认", text))
    assert printed == len(paths.unconfirmed), (printed, [u["field"] for u in paths.unconfirmed])
    wanted = "信用卡纠纷" if style == "element_card" else "金融借款合同纠纷"
    assert f"民事答辩状\n（{wanted}）" in text


@pytest.mark.parametrize(("cause_case", "style"), [("weilidai", "element_card"), ("card", "element_loan")])
def test_an_element_form_that_does_not_fit_the_cause_is_refused(
    cause_case: str, style: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # the card form on a loan case would restate the loan as a card (发卡行 …, 领用 …): facts the case never states
    case: Case = request.getfixturevalue(cause_case)
    with pytest.raises(ValueError, match=f"answer style {style} is the element form of"):
        draft(case, tmp_path, style=style, today=TODAY, documents=["answer"])
    assert not list(tmp_path.iterdir())


def test_the_resolver_is_the_one_decision() -> None:
    loan = Case()
    assert resolve_answer_form(loan) == AnswerForm("narrative", elements.LOAN)
    card = attrs.evolve(loan, court=attrs.evolve(loan.court, cause="信用卡纠纷"))
    assert resolve_answer_form(card) == AnswerForm("element", elements.CARD)
    assert resolve_answer_form(loan, "element_card").template_style == "element_card"  # no cause: the form decides
    assert resolve_answer_form(card, "narrative").form == elements.CARD  # the narrative answer carries card rows
    assert resolve_answer_form(None, "element").template_file == "answer_element_loan.docx"
    with pytest.raises(ValueError, match="民间借贷纠纷"):
        resolve_answer_form(None, "element", cause="民间借贷纠纷")
    with pytest.raises(ValueError, match="unknown answer style 'fancy'"):
        resolve_answer_form(loan, "fancy")


def test_a_case_without_a_defendant_lists_real_field_paths(tmp_path: Path) -> None:
    # Before: the missing list named the nonexistent path defendant.姓名 (mapped back from the label).
    case = sk.load_case({"court": {"name": "广州互联网法院", "cause": "金融借款合同纠纷"}})
    context = template_context(case, None, TODAY)
    fields = {m["field"] for m in context["missing"]}
    assert "defendant.name" in fields
    assert not [f for f in fields if re.search(r"[\u4e00-\u9fff]", f)], fields
    for field in fields:
        root = field.split("[")[0].split(".")
        value: object = case
        for part in root:  # every reported path names a real attribute of the Case
            assert hasattr(value, part), field
            value = getattr(value, part) if value is not None else None
    with pytest.raises(sk.CaseError) as raised:
        draft(case, tmp_path, strict=True, today=TODAY)
    assert "defendant.姓名" not in str(raised.value) and "defendant.name" in str(raised.value)


def test_a_missing_party_item_is_reported_by_its_field() -> None:
    seen: list[tuple[str, str]] = []

    def blank(label: str) -> str:
        seen.append((label, getattr(label, "field", "")))
        return ""

    Party(name="").line("答辩人", blank)
    assert ("姓名", "name") in seen and ("住所", "address") in seen and ("公民身份号码", "id_number") in seen


def test_every_registry_document_has_its_templates_installed() -> None:
    listed = {(d, s) for d, s, _ in builtin_templates()}
    for document in registry.DOCUMENTS:
        assert FILE_NAMES[document.key] == f"{document.title}.docx"
        for template in document.templates:
            assert find_template(template.file).is_file()
            assert (document.key, template.style) in listed
    with pytest.raises(ValueError, match="unknown document 'complaint'"):
        registry.get("complaint")


def test_the_checks_and_the_drafts_read_the_same_needs(weilidai: Case) -> None:
    bare = attrs.evolve(weilidai, defendant=Party(name="陈静"))
    report = sk.check(bare, today=TODAY)
    checked = {(f.code.removeprefix("missing."), f.field) for f in report.findings if f.code.startswith("missing.")}
    context = template_context(bare, report, TODAY)
    marked = {(m["document"], m["field"]) for m in context["missing"]}
    assert checked and checked <= marked


def test_the_cli_drafts_the_documents_asked_for(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from summons_kit.cli import main

    example = Path(__file__).resolve().parent.parent / "examples" / "weilidai" / "case.toml"
    code = main(["draft", str(example), "-o", str(tmp_path), "--documents", "evidence", "--today", "2026-11-25"])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["证据目录.docx"]
    assert main(["draft", str(example), "-o", str(tmp_path / "x"), "--documents", "answer,complaint"]) == 2
    err = capsys.readouterr().err
    assert "complaint" in err and "answer | evidence | instalment" in err


def test_every_document_is_shown_in_the_docs_with_its_first_page() -> None:
    root = Path(__file__).resolve().parent.parent
    page = (root / "docs" / "documents.md").read_text(encoding="utf-8")
    for document in registry.DOCUMENTS:
        picture = root / "docs" / "img" / f"{document.key}.png"
        assert picture.is_file() and picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", document.key
        assert f"](img/{document.key}.png)" in page, document.key
        assert document.title in page, document.title


def test_a_joint_answer_is_narrative_and_an_element_form_for_it_is_refused(tmp_path: Path) -> None:
    """The element forms (法〔2025〕82号) are tables for one 答辩人: a joint answer names every defendant who files,
    which only the narrative form can."""
    company = sk.load_case(Path(__file__).resolve().parent.parent / "examples" / "company" / "case.toml")
    assert company.defence.joint and len(company.filers) > 1
    assert resolve_answer_form(company).style == "narrative"
    with pytest.raises(ValueError, match="filed jointly by 3 defendants"):
        resolve_answer_form(company, "element")
    alone = attrs.evolve(company, defence=attrs.evolve(company.defence, joint=False))
    assert resolve_answer_form(alone, "element").style == "element"
