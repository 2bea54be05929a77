"""Typed template views: the classes declare every variable once (name, type, description); the context a
template sees is their plain dict; a section builder may still return a dict; a hardship budget drafts."""

from __future__ import annotations

import datetime as dt
import sys
import types
from decimal import Decimal
from pathlib import Path

import attrs
import docx
import pytest
from conftest import fixed_report

from summons_kit.case import registry
from summons_kit.case.model import Case
from summons_kit.cli import main
from summons_kit.documents import variables, views
from summons_kit.documents.context import template_context, template_views
from summons_kit.documents.sections import Build
from summons_kit.documents.variables import TYPES, describe, type_name, variables_markdown
from summons_kit.documents.views import AnswerView, InstalmentView, PartyView, PointView, as_context

TODAY = dt.date(2025, 9, 20)
WEILIDAI = Path(__file__).resolve().parent.parent / "examples" / "weilidai" / "case.toml"


def _texts(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


# --- issue 13: expenses above income -------------------------------------------------------------------------


def test_a_budget_with_expenses_above_income_drafts_the_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Before: `draft` exited 2 with "format_amount: 金额-1200.00有误" and wrote nothing, while `check` said ok.
    text = WEILIDAI.read_text(encoding="utf-8")
    assert 'monthly_expenses = "人民币2,600元"' in text
    case_file = tmp_path / "case.toml"
    case_file.write_text(
        text.replace('monthly_expenses = "人民币2,600元"', 'monthly_expenses = "人民币5,000元"'), "utf-8"
    )
    out = tmp_path / "drafts"
    assert main(["check", str(case_file), "--today", "2026-11-28"]) == 0
    code = main(["draft", str(case_file), "-o", str(out), "--today", "2026-11-28"])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == sorted(["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"])
    request = _texts(out / "分期还款申请书.docx")
    assert "每月收入约人民币3,800.00元，每月必要生活支出约人民币5,000.00元，无力一次性清偿全部欠款。" in request
    assert "-1,200" not in request and "足以按期支付" not in request


def test_the_shortfall_is_printed_as_a_positive_amount(weilidai: Case) -> None:
    assert weilidai.instalment is not None
    plan = attrs.evolve(weilidai.instalment, monthly_income=Decimal("1800"), monthly_expenses=Decimal("3000.50"))
    context = template_context(attrs.evolve(weilidai, instalment=plan), None, TODAY)["instalment"]
    assert (context["monthly_surplus"], context["monthly_shortfall"]) == ("", "1,200.50")
    assert context["surplus_covers"] is False
    even = attrs.evolve(plan, monthly_income=Decimal("3000.50"))
    context = template_context(attrs.evolve(weilidai, instalment=even), None, TODAY)["instalment"]
    assert (context["monthly_surplus"], context["monthly_shortfall"]) == ("0.00", "")


# --- the views and their plain dict ---------------------------------------------------------------------------


def test_the_context_is_the_plain_dict_of_the_views(weilidai: Case) -> None:
    report = fixed_report(weilidai, TODAY)
    typed = template_views(weilidai, report, TODAY)
    answer = typed.documents["answer"]
    assert isinstance(answer, AnswerView) and isinstance(answer.points[0], PointView)
    assert isinstance(typed.case.defendant, PartyView) and typed.case.defendant.name == "张伟"
    assert isinstance(typed.documents["instalment"], InstalmentView)
    context = template_context(weilidai, report, TODAY)
    assert list(context) == [
        *(f.name for f in attrs.fields(views.CaseSections)),
        *(d.section for d in registry.DOCUMENTS),  # answer, evidence_list, instalment, then the companions
        *(f.name for f in attrs.fields(views.DraftSections)),
    ]
    # the answer's 【待确认】 list is lifted to the top: not a key of the answer section
    assert "unconfirmed" not in context["answer"]
    assert [u["field"] for u in context["unconfirmed"]] == [u.field for u in answer.unconfirmed]
    assert context["dates"] == as_context(typed.drafts.dates)
    assert list(context["answer"]["points"][0]) == [f.name for f in attrs.fields(PointView)]
    assert context["defendant"]["block"] == list(typed.case.defendant.block)  # lists, as before


def test_a_context_of_some_sections_builds_only_those(weilidai: Case) -> None:
    report = fixed_report(weilidai, TODAY)
    full = template_context(weilidai, report, TODAY)
    wanted = {"court", "defendant", "evidence_list", "instalment", "findings"}
    some = template_context(weilidai, report, TODAY, sections=wanted)
    assert list(some) == [k for k in full if k in wanted | {"missing", "unconfirmed"}]  # the context's order
    for key in wanted:
        assert some[key] == full[key], key
    mine = ("evidence", "instalment")
    assert [m for m in some["missing"] if m["document"] in mine] == [
        m for m in full["missing"] if m["document"] in mine
    ]


def test_rows_listed_twice_are_one_dict(weilidai: Case) -> None:
    """answer.items and answer.item_rows hold the same rows: converted once, the same dict in both places."""
    answer = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY, style="element")["answer"]
    by_key = {id(row) for row in answer["items"].values()}
    assert answer["item_rows"] and {id(row) for row in answer["item_rows"]} <= by_key
    assert [row["text"] for row in answer["item_rows"]] == [
        answer["items"][r["key"]]["text"] for r in answer["item_rows"]
    ]


@pytest.mark.parametrize(
    "tag",
    [
        "{% set ns = namespace(c=court) %}{{ ns.c.name }}",
        "{% set d = {'c': court} %}{{ d.c.name }}",
        "{{ dict(c=court).c.name }}",
        "{% if false %}{% set court = none %}{% endif %}{{ court.name }}",
        "{% for c in [court] %}{{ c.name }}{% endfor %}",
    ],
)
def test_a_draft_builds_every_section_a_template_reads_however_it_reads_it(
    weilidai: Case, tmp_path: Path, tag: str
) -> None:
    from conftest import write_docx

    from summons_kit.documents.draft import draft

    template = write_docx(tmp_path / "mine.docx", tag)
    written = draft(weilidai, tmp_path / "out", templates={"evidence": template}, documents=["evidence"], today=TODAY)
    assert "深圳前海合作区人民法院" in _texts(written[0])


def test_a_template_printing_what_is_missing_sees_every_document_s(weilidai: Case, tmp_path: Path) -> None:
    """``missing`` lists what every section asks for: a template that prints it gets all of them built."""
    from conftest import write_docx

    from summons_kit.documents.draft import draft

    template = write_docx(tmp_path / "mine.docx", "{% for m in missing %}{{ m.document }}/{{ m.field }};{% endfor %}")
    full = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["missing"]
    assert any(m["document"] == "cross_examination" for m in full)  # what a section not drafted here asks for
    written = draft(weilidai, tmp_path / "out", templates={"evidence": template}, documents=["evidence"], today=TODAY)
    text = _texts(written[0])
    for m in full:
        assert f"{m['document']}/{m['field']};" in text


def test_sections_must_be_names_of_sections(weilidai: Case) -> None:
    with pytest.raises(ValueError, match="not the string 'court'"):
        template_context(weilidai, None, TODAY, sections="court")
    with pytest.raises(ValueError, match="unknown sections: cour "):
        template_context(weilidai, None, TODAY, sections={"cour"})
    every = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY, sections={"court", "unconfirmed"})
    assert list(every) == list(template_context(weilidai, fixed_report(weilidai, TODAY), TODAY))


def test_sections_never_share_a_dict(weilidai: Case) -> None:
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    rows = {id(e) for e in context["evidence"]}
    listed = {id(item) for group in context["evidence_list"]["groups"] for item in group["items"]}
    assert rows and listed and not rows & listed


def test_a_draft_builds_the_sections_its_own_template_uses(weilidai: Case, tmp_path: Path) -> None:
    """A user's answer template may print another document's section: draft builds what the template uses."""
    from conftest import write_docx

    from summons_kit.documents.draft import draft

    template = write_docx(tmp_path / "mine.docx", "{{ court.name }}", "{{ negotiation.creditor }}")
    written = draft(weilidai, tmp_path / "out", templates={"answer": template}, documents=["answer"], today=TODAY)
    text = _texts(written[0])
    assert "深圳前海合作区人民法院" in text and weilidai.plaintiff.name in text


def test_every_view_field_is_described() -> None:
    undescribed = [
        f"{cls.__name__}.{field.name}"
        for cls in (getattr(views, name) for name in views.__all__)
        if isinstance(cls, type) and attrs.has(cls) and cls not in (views.TemplateViews, views.ElementRows)
        for field in attrs.fields(cls)
        if not field.metadata.get(views.DOC)
    ]
    assert undescribed == []


def test_the_reference_names_each_variables_type() -> None:
    page = variables_markdown()
    assert "| `answer` | AnswerView |" in page
    assert "| `instalment` | InstalmentView or None |" in page
    assert "| `answer.points` | list of PointView |" in page
    assert "| `answer.items` | ElementRowView by key |" in page
    assert "| `loan.term_months` | int or empty |" in page
    assert "| `answer.items.<key>.disputed` | bool or None |" in page
    assert type_name(TYPES["defendant.block"]) == "list of text"
    assert "每月收支缺口" in (describe("instalment.monthly_shortfall") or "")


# --- the builder contract -------------------------------------------------------------------------------------


def _with_builder(monkeypatch: pytest.MonkeyPatch, build: object) -> registry.Document:
    """A registry document whose builder module is ``summons_kit.documents.sections.probe``."""
    module = types.ModuleType("summons_kit.documents.sections.probe")
    module.build = build  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    probe = attrs.evolve(registry.EVIDENCE, key="probe", title="探针", section="probe", builder="probe", needs=())
    monkeypatch.setattr(registry, "DOCUMENTS", (*registry.DOCUMENTS, probe))
    return probe


def test_a_builder_may_still_return_a_plain_dict(monkeypatch: pytest.MonkeyPatch, weilidai: Case) -> None:
    def build(b: Build) -> dict[str, object]:
        return {"name": b.case.defendant.name, "note": "送达地址:(见上)", "rows": [{"no": 1}]}

    _with_builder(monkeypatch, build)
    context = template_context(weilidai, None, TODAY)
    assert list(context)[list(context).index(registry.DOCUMENTS[-2].section) + 1] == "probe"  # in registry order
    # typeset like every other section (Chinese punctuation), values as returned
    assert context["probe"] == {"name": "张伟", "note": "送达地址：（见上）", "rows": [{"no": 1}]}
    # the reference lists its variables where the section is, described by variables.UNTYPED
    described = {
        "probe": "探针",
        "probe.name": "姓名",
        "probe.note": "附注",
        "probe.rows": "行",
        "probe.rows[].no": "序号",
    }
    monkeypatch.setattr(variables, "UNTYPED", described)
    assert ("probe", "探针", dict) in variables.schema()
    paths = variables.reference_paths(context)
    at = paths.index("probe")
    assert paths[at : at + 5] == list(described) and paths[at + 5] == "dates"


def test_a_builder_returning_something_else_is_named(monkeypatch: pytest.MonkeyPatch, weilidai: Case) -> None:
    _with_builder(monkeypatch, lambda b: ["not", "a", "section"])
    with pytest.raises(TypeError, match="builder 'probe' of document 'probe' returned list"):
        template_context(weilidai, None, TODAY)


# --- the lint knows the classes -------------------------------------------------------------------------------


def test_the_lint_checks_the_items_of_a_list_the_example_has_empty(tmp_path: Path) -> None:
    # The complete example case misses nothing, so its context's `missing` is empty: before, any name under it
    # passed. The view classes declare its items' fields.
    from conftest import write_docx

    from summons_kit.documents.lint import lint_template

    template = write_docx(
        tmp_path / "checklist.docx",
        "{%p for m in missing %}",
        "{{ m.title }}：{{ m.lable }}（{{ m.field.upper() }}）",
        "{%p endfor %}",
    )
    report = lint_template(template)
    assert [(u.name, u.suggestion) for u in report.unknown] == [("m.lable", "missing[].label")]
    assert {"missing[].title", "missing[].field.upper"} <= set(report.names)
