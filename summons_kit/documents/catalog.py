"""The built-in templates: where each registry template file is installed.

Templates live at the repository's top level (templates/, where lawyers find them) and are packed into the
wheel as summons_kit/templates; the installed copy is looked up first. Which file serves which document and style
is declared in the registry (:mod:`summons_kit.case.registry`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from summons_kit.case import registry
from summons_kit.documents.form import resolve_answer_form


@cache  # the package's own place: resolved once, not per template
def template_dirs() -> tuple[Path, ...]:
    """Where built-in templates are looked for: the installed package, then the repository's templates/."""
    package = Path(__file__).resolve().parents[1]
    return (package / "templates", package.parent / "templates")


@cache  # a built-in template does not move while the kit runs: looked up once, not for every draft
def find_template(file: str) -> Path:
    """The installed path of the built-in template ``file``."""
    for folder in template_dirs():
        candidate = folder / file
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(d) for d in template_dirs())
    raise FileNotFoundError(f"找不到内置模板 {file} / built-in template {file} not found (searched {searched})")


def template_path(name: str, style: str | None = None, *, cause: str | None = None) -> Path:
    """The built-in template of document ``name`` (a registry key: answer | evidence | instalment | ...).

    For the answer, ``style`` is narrative | element | element_loan | element_card; ``element`` picks the loan
    or the card form from ``cause`` (:func:`summons_kit.case.elements.element_form`); None means element when the
    cause has a form, else narrative (:func:`summons_kit.documents.form.resolve_answer_form`).
    """
    document = registry.get(name)
    if document is registry.ANSWER:
        return find_template(resolve_answer_form(None, style, cause=cause).template_file)
    if len(document.templates) == 1:  # one style only: a style asked for the answer does not apply here
        return find_template(document.templates[0].file)
    return find_template(document.template(style or "").file)


def builtin_templates() -> list[tuple[str, str, Path]]:
    """(document, style, path) of every built-in template, for ``summons-kit templates list``."""
    return [(d.key, t.style, find_template(t.file)) for d in registry.DOCUMENTS for t in d.templates]
