"""The built-in templates: which file serves which document and style, and where it is installed.

Templates live at the repository's top level (templates/, where lawyers find them) and are packed into the
wheel as summons_kit/templates; the installed copy is looked up first.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from summons_kit.case import elements

DOCUMENTS = ("answer", "evidence", "instalment")


@attrs.frozen
class BuiltinTemplate:
    """One built-in template file."""

    document: str  # answer | evidence | instalment
    style: str  # narrative | element_loan | element_card | "" (one style only)
    file: str
    title: str


BUILTIN = (
    BuiltinTemplate("answer", "narrative", "answer_narrative.docx", "民事答辩状(法〔2016〕221号样式)"),
    BuiltinTemplate("answer", "element_loan", "answer_element_loan.docx", "民事答辩状(金融借款合同纠纷,要素式)"),
    BuiltinTemplate("answer", "element_card", "answer_element_card.docx", "民事答辩状(信用卡纠纷,要素式)"),
    BuiltinTemplate("evidence", "", "evidence_list.docx", "证据目录"),
    BuiltinTemplate("instalment", "", "instalment_request.docx", "分期还款申请书"),
)


def template_dirs() -> tuple[Path, ...]:
    """Where built-in templates are looked for: the installed package, then the repository's templates/."""
    package = Path(__file__).resolve().parents[1]
    return (package / "templates", package.parent / "templates")


def _find(file: str) -> Path:
    for folder in template_dirs():
        candidate = folder / file
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(d) for d in template_dirs())
    raise FileNotFoundError(f"找不到内置模板 {file} / built-in template {file} not found (searched {searched})")


def _answer_style(style: str | None, cause: str | None) -> str:
    if style is None:
        style = "element" if cause and elements.element_form(cause) else "narrative"
    if style == "element":
        form = elements.element_form(cause or "")
        if form is None:
            raise ValueError(
                f"要素式答辩状需要案由为金融借款合同纠纷或信用卡纠纷(案由:{cause or '未提供'}) / "
                f"the element style needs the cause (金融借款合同纠纷 or 信用卡纠纷), got {cause!r}; "
                "or ask for element_loan / element_card"
            )
        style = "element_card" if form == elements.CARD else "element_loan"
    return style


def template_path(name: str, style: str | None = None, *, cause: str | None = None) -> Path:
    """The built-in template of document ``name`` (answer | evidence | instalment).

    For the answer, ``style`` is narrative | element | element_loan | element_card; ``element`` picks the loan
    or the card form from ``cause`` (:func:`summons_kit.case.elements.element_form`); None means element when the
    cause has a form, else narrative.
    """
    if name not in DOCUMENTS:
        raise ValueError(f"未知文书“{name}” / unknown document {name!r}; known: {', '.join(DOCUMENTS)}")
    if name == "answer":
        style = _answer_style(style, cause)
        styles = [t.style for t in BUILTIN if t.document == "answer"]
        if style not in styles:
            raise ValueError(
                f"未知的答辩状样式“{style}” / unknown answer style {style!r}; known: element, {', '.join(styles)}"
            )
    else:
        style = ""
    found = next(t for t in BUILTIN if t.document == name and t.style == style)
    return _find(found.file)


def builtin_templates() -> list[tuple[str, str, Path]]:
    """(document, style, path) of every built-in template, for ``summons-kit templates list``."""
    return [(t.document, t.style, _find(t.file)) for t in BUILTIN]
