"""All rules, in the order their findings are reported, and the table of finding codes they can produce."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.law import (
    rules_completeness,
    rules_deadlines,
    rules_documents,
    rules_limitation,
    rules_masked,
    rules_money,
    rules_parties,
    rules_procedure,
    rules_service,
    rules_terms,
)
from summons_kit.law.finding import SEVERITY_ZH, Code, Rule, registered

RULES: tuple[Rule, ...] = (
    *rules_service.RULES,
    *rules_deadlines.RULES,
    *rules_procedure.RULES,
    *rules_completeness.RULES,
    *rules_masked.RULES,
    *rules_documents.RULES,
    *rules_money.RULES,
    *rules_terms.RULES,
    *rules_limitation.RULES,
    *rules_parties.RULES,
)

GENERATED_BEGIN = "<!-- BEGIN GENERATED: summons_kit.law.rules.findings_markdown() -->"
GENERATED_END = "<!-- END GENERATED -->"


#: the order of the code table: by the family a code starts with
FAMILIES = (
    "service",
    "procedure",
    "evidence",
    "case_number",
    "deadline",
    "calendar",
    "missing",
    "claims",
    "rate",
    "limitation",
    "instalment",
    "assignment",
    "jurisdiction",
)


def _family(code: Code) -> int:
    family = code.code.split(".")[0]
    return FAMILIES.index(family) if family in FAMILIES else len(FAMILIES)


def rule_table() -> Iterator[Code]:
    """Every finding code the checks can produce, with severity, field, basis and trigger."""
    yield from sorted(registered(), key=_family)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def findings_markdown() -> str:
    """The finding-code table of docs/findings.md (between the GENERATED markers)."""
    lines = [
        GENERATED_BEGIN,
        "| code | severity | field | what | triggered when | basis |",
        "|---|---|---|---|---|---|",
    ]
    for code in rule_table():
        lines.append(
            f"| `{code.code}` | {code.severity} ({SEVERITY_ZH[code.severity]}) | `{code.field}` | "
            f"{_cell(code.title)} | {_cell(code.trigger)} | {_cell(code.basis)} |"
        )
    lines.append(GENERATED_END)
    return "\n".join(lines) + "\n"


def replace_generated(text: str) -> str:
    """``text`` (a docs page) with its GENERATED section replaced by the current table."""
    start, end = text.find(GENERATED_BEGIN), text.find(GENERATED_END)
    if start < 0 or end < start:
        raise ValueError(f"the page has no {GENERATED_BEGIN!r} ... {GENERATED_END!r} section")
    return text[:start] + findings_markdown() + text[end + len(GENERATED_END) + 1 :]


if __name__ == "__main__":  # python -m summons_kit.law.rules docs/findings.md  (rewrites the table in place)
    import sys
    from pathlib import Path

    page = Path(sys.argv[1])
    page.write_text(replace_generated(page.read_text(encoding="utf-8")), encoding="utf-8")
