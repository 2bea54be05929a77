"""The rendering engine's contract (summons_kit.documents.render): the docxtpl it is built on, the docxtpl
behaviours it relies on, byte-faithful packages, strict output that is never repaired or cut short, and a
package without import cycles."""

from __future__ import annotations

import importlib.metadata
import io
import tomllib
import zipfile
from pathlib import Path

import attrs
import docx
import grimp
import pytest
from conftest import write_docx
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.requirements import Requirement

from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.lint import example_context, lint_template
from summons_kit.documents.render import (
    MAX_UNPACKED,
    KitEnvironment,
    TemplateError,
    _listing,
    load_template,
    read_parts,
    render_bytes,
)

ROOT = Path(__file__).resolve().parents[1]


def _docxtpl_requirement() -> Requirement:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = [Requirement(d) for d in project["dependencies"] if Requirement(d).name == "docxtpl"]
    assert len(found) == 1, "pyproject.toml declares docxtpl once"
    return found[0]


def test_the_installed_docxtpl_is_in_the_range_pyproject_declares() -> None:
    """The engine calls docxtpl's patch_xml and resolve_listing: a docxtpl outside the range the tests below
    were run on must fail here, not in a lawyer's draft."""
    requirement = _docxtpl_requirement()
    assert requirement.specifier, "the docxtpl range has an upper bound"
    assert any(s.operator in ("<", "<=", "~=", "==") for s in requirement.specifier), "an upper bound"
    installed = importlib.metadata.version("docxtpl")
    assert requirement.specifier.contains(installed), f"docxtpl {installed} is outside {requirement.specifier}"


# --- the docxtpl behaviours the engine relies on ------------------------------------------------------------


def _body(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


def test_a_tag_word_split_across_runs_is_joined(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for piece in ("{{ cou", "rt.na", "me }}"):
        paragraph.add_run(piece).bold = piece == "rt.na"
    document.save(str(tmp_path / "split.docx"))
    (raw,) = [p for p in read_parts((tmp_path / "split.docx").read_bytes()) if p.name == "word/document.xml"]
    assert "{{ court.name }}" in raw.source
    assert "某法院" in _body(render_bytes(tmp_path / "split.docx", {"court": {"name": "某法院"}}))


def test_paragraph_and_row_tags_take_their_paragraph_and_row_away(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("{%p for x in items %}")
    document.add_paragraph("项：{{ x }}")
    document.add_paragraph("{%p endfor %}")
    table = document.add_table(rows=3, cols=1)
    table.cell(0, 0).text = "{%tr for x in items %}"
    table.cell(1, 0).text = "行：{{ x }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    document.save(str(tmp_path / "loops.docx"))
    out = docx.Document(io.BytesIO(render_bytes(tmp_path / "loops.docx", {"items": ["甲", "乙"]})))
    assert [p.text for p in out.paragraphs if p.text] == ["项：甲", "项：乙"]
    assert [c.text for r in out.tables[0].rows for c in r.cells] == ["行：甲", "行：乙"]


def test_a_newline_in_a_value_is_a_new_paragraph_with_the_same_formatting(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run("{{ text }}").bold = True
    document.save(str(tmp_path / "t.docx"))
    out = docx.Document(io.BytesIO(render_bytes(tmp_path / "t.docx", {"text": "一\n二"})))
    paragraphs = [p for p in out.paragraphs if p.text]
    assert [p.text for p in paragraphs] == ["一", "二"]
    assert all(p.style is not None and p.style.name == "List Bullet" and p.runs[0].bold for p in paragraphs)


@pytest.mark.parametrize("name", ["answer_element_card", "answer_element_loan", "answer_narrative", "evidence_list"])
def test_document_xml_is_what_plain_docxtpl_writes(name: str) -> None:
    """The engine keeps docxtpl's output: the same document.xml, byte for byte, from the same context."""
    path = ROOT / "templates" / f"{name}.docx"
    style = "narrative" if "narrative" in name else "element"
    context = _example(style)
    plain = DocxTemplate(str(path))
    plain.render(context, jinja_env=KitEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    plain.save(buffer)
    assert _body(render_bytes(path, context)) == _body(buffer.getvalue())


def _example(style: str) -> dict:
    from summons_kit.documents.context import template_context

    return template_context(example_case(), today=EXAMPLE_TODAY, style=style)


def _plain(path: Path, context: dict) -> str:
    plain = DocxTemplate(str(path))
    plain.render(context, jinja_env=KitEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    plain.save(buffer)
    return _body(buffer.getvalue())


def _table_template(path: Path, rows: list[list[str]], columns: int = 3) -> Path:
    document = docx.Document()
    document.add_paragraph("表前")
    table = document.add_table(rows=len(rows), cols=columns)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("表后")
    document.save(str(path))
    return path


TABLES = {
    "column loop": [["{%tc for x in items %}", "{{ x }}", "{%tc endfor %}"], ["甲", "乙", "丙"]],
    "row loop": [["{%tr for x in items %}", "", ""], ["{{ x }}", "二", "三"], ["{%tr endfor %}", "", ""]],
    "a fixed row and a row loop": [
        ["一", "二", "三"],
        ["{%tr for x in items %}", "", ""],
        ["{{ x }}", "{% if flag %}是{% else %}否{% endif %}", "三"],
        ["{%tr endfor %}", "", ""],
    ],
    "every row conditional": [["{%tr if flag %}", "", ""], ["一", "二", "三"], ["{%tr endif %}", "", ""]],
    "a block across cells": [["{% if flag %}一", "二", "三{% endif %}"], ["四", "五", "六"]],
    "column span": [["{% colspan 3 %}合并", "", ""], ["一", "二", "三"]],
}


@pytest.mark.parametrize("flag", [True, False])
@pytest.mark.parametrize("shape", list(TABLES))
def test_table_grids_are_repaired_as_docxtpl_repairs_them(tmp_path: Path, shape: str, flag: bool) -> None:
    """docxtpl's fix_tables is redone on the strictly parsed tree, and skipped only where it cannot change a
    thing: the result is docxtpl's either way."""
    path = _table_template(tmp_path / "t.docx", TABLES[shape])
    context = {"items": ["a", "b", "c", "d", "e"], "flag": flag}
    try:
        expected = _plain(path, context)
    except Exception:  # docxtpl itself cannot render this shape
        return
    assert load_template(path).grids_fixed == (shape == "a fixed row and a row loop"), "the repair is skipped"
    try:
        assert _body(render_bytes(path, context)) == expected
    except TemplateError as error:  # refused by the strict check: docxtpl wrote a broken part
        assert "not valid" in str(error)
        with pytest.raises(Exception):  # noqa: B017
            from lxml import etree  # type: ignore[import-untyped]

            etree.fromstring(expected.encode())


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", '<w:pPr><w:jc w:val="center"/></w:pPr>']),
            st.lists(st.text(alphabet="ab甲\t\a\n\f&", max_size=6), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=150, deadline=None)
def test_the_listing_pass_on_some_paragraphs_is_docxtpls_on_all(paragraphs: list[tuple[str, list[str]]]) -> None:
    opening = ["<w:p>", '<w:p w:rsidR="1">']
    xml = (
        "<w:body>"
        + "".join(
            opening[i % 2]
            + ppr
            + "".join(f"<w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r>" for text in runs)
            + "</w:p>"
            for i, (ppr, runs) in enumerate(paragraphs)
        )
        + "</w:body>"
    )
    assert _listing(xml) == DocxTemplate.resolve_listing(None, xml)


# --- the package ------------------------------------------------------------------------------------------


def test_members_that_are_not_rendered_are_copied_byte_for_byte() -> None:
    path = ROOT / "templates" / "evidence_list.docx"
    data = render_bytes(path, example_context())
    source, out = zipfile.ZipFile(path), zipfile.ZipFile(io.BytesIO(data))
    assert out.testzip() is None
    assert out.namelist() == source.namelist()
    rendered = {p.name for p in load_template(path).parts if p.template is not None}
    assert "word/document.xml" in rendered
    for info in source.infolist():
        if info.filename not in rendered:
            assert out.read(info.filename) == source.read(info.filename)
            copied = out.getinfo(info.filename)
            assert (copied.CRC, copied.compress_size, copied.date_time) == (
                info.CRC,
                info.compress_size,
                info.date_time,
            )


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bomb.docx", "{{ court.name }}")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        with package.open("word/media/zeros.bin", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(MAX_UNPACKED // len(chunk) + 1):
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(TemplateError, match="unpacks to too much"):
        render_bytes(path, example_context())
    report = lint_template(path)
    assert not report.ok and "unpacks to too much" in report.format()


# --- strict output: refused, never repaired or cut short ------------------------------------------------------


def _template(tmp_path: Path, *paragraphs: str) -> Path:
    return write_docx(tmp_path / "t.docx", "开头", *paragraphs, "结尾：{{ court.name }}")


@pytest.mark.parametrize("char", ["\ud800", "\udfff", "\ufffe", "\uffff"])
def test_a_value_no_document_can_hold_is_refused_naming_the_variable(tmp_path: Path, char: str) -> None:
    context = example_context() | {"defendant": example_context()["defendant"] | {"name": f"张{char}三"}}
    path = _template(tmp_path, "被告：{{ defendant.name }}")
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, context)
    assert caught.value.variable == "defendant.name"
    assert f"U+{ord(char):04X}" in str(caught.value) and "{{ defendant.name }}" in str(caught.value)


def test_a_character_no_document_can_hold_in_the_template_is_refused(tmp_path: Path) -> None:
    path = _template(tmp_path, "{{ '\\ud800' }}")
    with pytest.raises(TemplateError, match="U\\+D800"):
        render_bytes(path, example_context())


def test_a_character_from_a_filter_is_refused_too(tmp_path: Path) -> None:
    path = _template(tmp_path, "{% filter replace('A', '\\uffff') %}A{% endfilter %}")
    with pytest.raises(TemplateError, match="U\\+FFFF"):
        render_bytes(path, example_context())


@pytest.mark.parametrize(
    "tag",
    ["{{ '<w:t>'|safe }}", "{{ '</w:t></w:r></w:p>'|safe }}", "{{ '<w:t>x</w:p>'|safe }}"],
)
def test_broken_xml_let_through_by_safe_is_refused_not_repaired(tmp_path: Path, tag: str) -> None:
    path = _template(tmp_path, tag)
    with pytest.raises(TemplateError, match="not valid") as caught:
        render_bytes(path, example_context())
    assert caught.value.part == "word/document.xml"


def test_a_long_document_is_never_cut_at_a_value(tmp_path: Path) -> None:
    """What used to happen: the parse that repairs stopped at the bad value and the rest of the document was
    gone, with no error. Now the document is whole, or there is none."""
    paragraphs = [f"第{i}段：{{{{ court.name }}}}" for i in range(50)]
    path = _template(tmp_path, *paragraphs)
    text = [p.text for p in docx.Document(io.BytesIO(render_bytes(path, example_context()))).paragraphs]
    name = example_context()["court"]["name"]
    assert text[0] == "开头" and text[-1] == f"结尾：{name}" and len(text) == 52


def test_draft_fails_instead_of_writing_a_truncated_draft(tmp_path: Path) -> None:
    from summons_kit.documents.draft import draft

    case = example_case()
    broken = attrs.evolve(case, defendant=attrs.evolve(case.defendant, name="张\ud800三"))
    with pytest.raises(TemplateError, match=r"defendant\.name"):
        draft(broken, tmp_path, today=EXAMPLE_TODAY)
    assert list(tmp_path.iterdir()) == []


# --- the package's modules --------------------------------------------------------------------------------


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each an import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_through_others() -> None:
    """Lazy imports inside functions count too (grimp reads them): render and lint once imported each other."""
    graph = grimp.build_graph("summons_kit")
    assert "summons_kit.documents.uses" in graph.find_modules_directly_imported_by("summons_kit.documents.render")
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cyclic_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from cyclic_pkg import b\n")
    (package / "b.py").write_text("from cyclic_pkg import a\n")
    (package / "c.py").write_text("from cyclic_pkg import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles(grimp.build_graph("cyclic_pkg", cache_dir=None)) == [["cyclic_pkg.a", "cyclic_pkg.b"]]


def test_docxtpl_is_imported_only_by_the_engine() -> None:
    graph = grimp.build_graph("summons_kit", include_external_packages=True)
    importers = {m for m in graph.find_modules_that_directly_import("docxtpl") if m.startswith("summons_kit")}
    assert importers == {"summons_kit.documents.render"}


def test_the_draft_command_refuses_instead_of_writing_a_truncated_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """What used to happen: ``{{ '\\ud800' }}`` cut the draft off there and ``draft`` exited 0."""
    from summons_kit.cli.main import main

    template = write_docx(tmp_path / "firm.docx", "法院：{{ court.name }}", "{{ '\\ud800' }}", "此致")
    out = tmp_path / "out"
    code = main(
        [
            "draft",
            str(ROOT / "examples" / "weilidai" / "case.toml"),
            "-o",
            str(out),
            "--template",
            f"answer={template}",
            "--today",
            "2026-11-28",
        ]
    )
    _, err = capsys.readouterr()
    assert code != 0 and "U+D800" in err and "Traceback" not in err
    assert not out.exists() or not list(out.iterdir())


def test_a_loaded_template_renders_and_reads_as_its_path_does(tmp_path: Path) -> None:
    """render_bytes and template_variables take what load_template gave as they take the path (a user's template
    still renders under its budget)."""
    from summons_kit.documents.lint import template_names, template_variables

    path = write_docx(
        tmp_path / "firm.docx", "法院：{{ court.name }}", "{% set d = {'c': court} %}{{ d.c.case_number }}"
    )
    compiled = load_template(path)
    context = example_context()
    assert _body(render_bytes(compiled, context)) == _body(render_bytes(path, context))
    assert template_variables(compiled) == template_variables(path) >= {"court.name"}
    assert template_names(compiled) == template_names(path) == {"court"}


def test_a_broken_template_still_loses_to_a_file_in_the_way(tmp_path: Path) -> None:
    """draft checks the targets before it renders: an existing file is reported first, as it always was."""
    from summons_kit.documents.draft import FILE_NAMES, draft

    broken = write_docx(tmp_path / "broken.docx", "{{ court.name ")
    out = tmp_path / "out"
    out.mkdir()
    (out / FILE_NAMES["evidence"]).write_bytes(b"kept")
    with pytest.raises(FileExistsError):
        draft(example_case(), out, templates={"evidence": broken}, documents=["evidence"], today=EXAMPLE_TODAY)
    with pytest.raises(TemplateError):
        draft(
            example_case(), out, templates={"evidence": broken}, documents=["evidence"], today=EXAMPLE_TODAY, force=True
        )
    assert (out / FILE_NAMES["evidence"]).read_bytes() == b"kept"
