"""The built-in templates compiled ahead of time (summons_kit.documents.precompiled): the committed modules are what
the generator writes, a precompiled template is the same template as one compiled from its file (same parts, same
output, same error messages), and a module is never used for other bytes, other library versions or another
environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summons_kit.documents import precompiled, render
from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.precompile import FOLDER, builtin_files, modules
from summons_kit.documents.render import TemplateError, load_template, render_bytes

FILES = builtin_files()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    render.clear_cache()
    yield
    render.clear_cache()


def _from_source(monkeypatch: pytest.MonkeyPatch, path: Path) -> render.CompiledTemplate:
    """``path`` compiled from its file, as without the precompiled modules."""
    with monkeypatch.context() as patch:
        patch.setattr(precompiled, "lookup", lambda data, env: None)
        render.clear_cache()
        compiled = load_template(path)
    render.clear_cache()
    return compiled


def _precompiled(template: object) -> bool:
    root = template.root_render_func  # type: ignore[attr-defined]
    return str(root.__globals__.get("__name__", "")).startswith(precompiled.PACKAGE)


def test_the_committed_modules_are_what_the_generator_writes() -> None:
    stale = "summons_kit/documents/_compiled is stale: run python -m summons_kit.documents.precompile"
    wanted = modules()
    assert sorted(p.name for p in FOLDER.glob("*.py")) == sorted(wanted), stale
    for name, text in wanted.items():
        assert (FOLDER / name).read_text(encoding="utf-8") == text, f"{name}: {stale}"


def test_every_builtin_template_is_precompiled() -> None:
    assert len(FILES) == 12
    for path in FILES:
        assert _precompiled(load_template(path).parts[0].template), path.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_a_precompiled_template_is_the_template_compiled_from_its_file(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    fresh = _from_source(monkeypatch, path)
    ready = load_template(path)
    assert _precompiled(ready.parts[0].template) and not _precompiled(fresh.parts[0].template)
    assert [(p.name, p.source, p.template is None) for p in ready.parts] == [
        (p.name, p.source, p.template is None) for p in fresh.parts
    ]
    assert (ready.head, ready.tail, ready.grids_fixed, ready.members) == (
        fresh.head,
        fresh.tail,
        fresh.grids_fixed,
        fresh.members,
    )


def test_drafts_are_byte_identical_with_and_without_the_precompiled_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    from summons_kit.documents.lint import example_context

    context = example_context()  # every variable any built-in template uses
    for path in FILES:
        with monkeypatch.context() as patch:
            patch.setattr(precompiled, "lookup", lambda data, env: None)
            render.clear_cache()
            fresh = render_bytes(path, context)
        render.clear_cache()
        assert render_bytes(path, context) == fresh, path.name


@pytest.mark.parametrize("broken", ["undefined", "not-xml"])
def test_an_error_in_a_precompiled_template_names_the_same_tag(monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    """Jinja maps the failing line back to the template: the message quotes the tag either way."""
    from summons_kit.documents.context import template_context

    context = template_context(example_case(), today=EXAMPLE_TODAY)
    if broken == "undefined":
        del context["court"]  # the answer's first tag reads court.name
    else:
        context["court"]["name"] = "某某\ufffe法院"  # found by the failing line, not by the variable's name
    path = next(p for p in FILES if p.stem == "answer_narrative")
    with pytest.raises(TemplateError) as ready:
        render_bytes(path, context)
    with monkeypatch.context() as patch:
        patch.setattr(precompiled, "lookup", lambda data, env: None)
        render.clear_cache()
        with pytest.raises(TemplateError) as fresh:
            render_bytes(path, context)
    assert "court.name" in ready.value.tag
    assert str(ready.value) == str(fresh.value)


def test_a_module_is_not_used_under_other_library_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(precompiled, "versions", lambda: {"jinja2": "9.9", "docxtpl": "0.20.2"})
    compiled = load_template(FILES[0])
    assert not _precompiled(compiled.parts[0].template)


def test_a_module_is_not_used_for_another_environment() -> None:
    from summons_kit.documents.tags import KitEnvironment

    class Looser(KitEnvironment):
        intercepted_binops = frozenset({"**"})

    data = FILES[0].read_bytes()
    assert precompiled.lookup(data, render.ENV) is not None
    assert precompiled.lookup(data, Looser()) is None


def test_a_module_is_not_used_for_other_bytes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A built-in template edited in place (or any other file) is compiled from what it now holds."""
    import shutil

    from conftest import write_docx

    folder = tmp_path / "templates"
    folder.mkdir()
    edited = folder / FILES[0].name
    write_docx(edited, "法院：{{ court.name }}")
    monkeypatch.setattr(render, "_builtin_folders", lambda: (folder.resolve(),))
    compiled = load_template(edited)
    assert not _precompiled(compiled.parts[0].template)
    assert "{{ court.name }}" in compiled.parts[0].source
    shutil.copyfile(FILES[0], edited)  # the shipped bytes again: the module serves them
    render.clear_cache()
    assert _precompiled(load_template(edited).parts[0].template)
