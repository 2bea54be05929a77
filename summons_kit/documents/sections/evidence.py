"""The 证据目录 (evidence list): the numbered rows with their page ranges, grouped under headings."""

from __future__ import annotations

from typing import Any

from summons_kit.case.model import Case, Evidence
from summons_kit.documents import values as v
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build


def build(b: Build) -> dict[str, Any]:
    return evidence_list(b.case, b.evidence, b.log)


def evidence_rows(case: Case, log: MissingLog) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    first_page: int | None = 1
    for no, item in enumerate(case.evidence, 1):
        if item.pages is None:
            if first_page is not None:
                pages_range = log.mark(("evidence",), f"evidence[{no - 1}].pages", f"证据{no}页数")
            else:
                pages_range = ""
            first_page = None
        elif first_page is None:
            pages_range = ""
        else:
            last = first_page + item.pages - 1
            pages_range = str(first_page) if last == first_page else f"{first_page}-{last}"
            first_page = last + 1
        rows.append(evidence_row(no, item, pages_range, len(case.plaintiffs)))
    return rows


def evidence_row(no: int, item: Evidence, pages_range: str, opposing: int = 1) -> dict[str, Any]:
    """One row; ``copies`` defaults to one per opposing party (证据规定 19: copies for each of them)."""
    return {
        "no": no,
        "name": item.name,
        "source": item.source,
        "purpose": item.purpose,
        "pages": "" if item.pages is None else item.pages,
        "pages_range": pages_range,
        "form": item.form_text,
        "copies": item.copies or opposing,
        "group": item.group,
    }


def evidence_list(case: Case, evidence: list[dict[str, Any]], log: MissingLog) -> dict[str, Any]:
    """The 证据目录: consecutive items of one group under a heading row (numbers and pages stay in the case's
    order)."""
    groups: list[dict[str, Any]] = []
    for row in evidence:
        if not groups or groups[-1]["name"] != row["group"]:
            groups.append({"name": row["group"], "heading": "", "items": []})
        groups[-1]["items"].append(row)
    named = 0
    for group in groups:
        if group["name"]:
            named += 1
            group["heading"] = f"{v.numeral(named)}、{group['name']}"
    if not evidence:
        empty = evidence_row(1, Evidence(name=marker("证据")), "")
        empty.update(no="", form="", copies="")
        groups = [{"name": "", "heading": "", "items": [empty]}]
    pages = [item.pages for item in case.evidence]
    total_pages = sum(p for p in pages if p is not None) if pages and None not in pages else ""
    return {
        "submitter": "、".join(p.name for p in case.filers if p.name) or marker("提交人"),
        "submitter_role": "被告",
        "count": len(evidence),
        "total_pages": total_pages,
        "groups": groups,
        "has_groups": any(g["name"] for g in groups),
    }
