"""Visible markers for what a document needs and the case leaves empty, and the list of them.

A missing value is never a silent blank: the draft shows 【待填：住所】 in its place and the context's
``missing`` list names the case field, so the CLI can list what to fill in and ``strict`` mode can refuse
instead.
"""

from __future__ import annotations

import attrs

from summons_kit.case import registry
from summons_kit.errors import CaseError, Problem

MARK_OPEN, MARK_CLOSE = "【待填：", "】"


def marker(label: str) -> str:
    """``【待填：住所】``: what a draft shows where ``label`` is missing."""
    return f"{MARK_OPEN}{label}{MARK_CLOSE}"


@attrs.frozen
class Missing:
    """One value a document needs that the case does not give."""

    document: str  # a registry key: answer | evidence | instalment | ...
    field: str  # the case path, e.g. defendant.address
    label: str  # what the user reads, e.g. 答辩人住所

    @property
    def title(self) -> str:
        return registry.get(self.document).title

    def as_dict(self) -> dict[str, str]:
        return {"document": self.document, "title": self.title, "field": self.field, "label": self.label}


@attrs.define
class MissingLog:
    """Collects :class:`Missing` items while a context is assembled (each (document, field) once)."""

    items: list[Missing] = attrs.Factory(list)

    def add(self, documents: tuple[str, ...], field: str, label: str) -> None:
        for document in documents:
            if not any(m.document == document and m.field == field for m in self.items):
                self.items.append(Missing(document, field, label))

    def mark(self, documents: tuple[str, ...], field: str, label: str, shown: str | None = None) -> str:
        """Record the item and return its marker (``shown`` overrides the marker's label)."""
        self.add(documents, field, label)
        return marker(shown or label)


def missing_error(items: list[Missing] | list[dict[str, str]], documents: tuple[str, ...]) -> CaseError | None:
    """A :class:`CaseError` listing what ``documents`` miss (one problem per field), or None."""
    by_field: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        entry = item.as_dict() if isinstance(item, Missing) else item
        if entry["document"] in documents:
            by_field.setdefault(entry["field"], []).append((entry["title"], entry["label"]))
    if not by_field:
        return None
    problems = []
    for field, needs in by_field.items():
        titles = "、".join(dict.fromkeys(f"《{title}》" for title, _ in needs))
        label = needs[0][1]
        problems.append(
            Problem(
                field,
                None,
                f"{titles}需要“{label}”,案件文件未填写",
                f"{', '.join(dict.fromkeys(t for t, _ in needs))} need(s) {field}, which the case file leaves empty",
            )
        )
    return CaseError(problems, source="严格模式 / strict mode")
