"""The 证据目录 (evidence list): the numbered rows with their page ranges, grouped under headings."""

from __future__ import annotations

from summons_kit.case.model import Case, Evidence
from summons_kit.documents import values as v
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.documents.sections import Build
from summons_kit.documents.sections.common import signatures
from summons_kit.documents.views.base import Empty
from summons_kit.documents.views.evidence import EvidenceGroupView, EvidenceListView, EvidenceView


def build(b: Build) -> EvidenceListView:
    return evidence_list(b.case, b.evidence, b.log)


def evidence_rows(case: Case, log: MissingLog) -> tuple[EvidenceView, ...]:
    rows: list[EvidenceView] = []
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
    return tuple(rows)


def evidence_row(no: int, item: Evidence, pages_range: str, opposing: int = 1) -> EvidenceView:
    """One row; ``copies`` defaults to one per opposing party (证据规定 19: copies for each of them)."""
    return EvidenceView(
        no=no,
        name=item.name,
        source=item.source,
        purpose=item.purpose,
        pages="" if item.pages is None else item.pages,
        pages_range=pages_range,
        form=item.form_text,
        copies=item.copies or opposing,
        group=item.group,
    )


def evidence_list(case: Case, evidence: tuple[EvidenceView, ...], log: MissingLog) -> EvidenceListView:
    """The 证据目录: consecutive items of one group under a heading row (numbers and pages stay in the case's
    order)."""
    runs: list[list[EvidenceView]] = []
    for row in evidence:
        if not runs or runs[-1][0].group != row.group:
            runs.append([])
        runs[-1].append(row)
    groups: list[EvidenceGroupView] = []
    named = 0
    for run in runs:
        name = run[0].group
        if name:
            named += 1
        groups.append(
            EvidenceGroupView(name=name, heading=f"{v.numeral(named)}、{name}" if name else "", items=tuple(run))
        )
    if not evidence:  # one empty row to write in by hand
        empty = EvidenceView(
            no="", name=marker("证据"), source="", purpose="", pages="", pages_range="", form="", copies="", group=""
        )
        groups = [EvidenceGroupView(name="", heading="", items=(empty,))]
    pages = [item.pages for item in case.evidence]
    total_pages: int | Empty = sum(p for p in pages if p is not None) if pages and None not in pages else ""
    return EvidenceListView(
        submitter="、".join(p.name for p in case.filers if p.name) or marker("提交人"),
        submitter_role="被告",
        count=len(evidence),
        total_pages=total_pages,
        groups=tuple(groups),
        has_groups=any(g.name for g in groups),
        signature=tuple(signatures(case, "提交人")),
    )
