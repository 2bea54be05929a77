"""Render a case into its court-ready drafts: 民事答辩状, 证据目录 and 分期还款申请书 (.docx).

import summons_kit as sk paths = sk.draft(case, "drafts/", report=sk.check(case))
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from summons_kit.atomic import directory_error, exists_error, write_all
from summons_kit.case import registry
from summons_kit.case.model import Case
from summons_kit.case.redact import redact as redact_case
from summons_kit.documents.catalog import builtin_templates, template_path
from summons_kit.documents.context import template_context
from summons_kit.documents.form import resolve_answer_form
from summons_kit.documents.lint import template_names, template_style, template_variables
from summons_kit.documents.markers import missing_error
from summons_kit.documents.render import CompiledTemplate, TemplateError, load_template, render_bytes
from summons_kit.errors import CaseError
from summons_kit.law.calendar import DEFAULT as DEFAULT_CALENDAR
from summons_kit.law.calendar import Calendar

__all__ = ["FILE_NAMES", "Drafted", "builtin_templates", "draft", "template_path", "template_style"]

log = logging.getLogger(__name__)

#: The file each document is written to (Chinese titles, no 案号, so a folder per case stays readable).
FILE_NAMES = {d.key: d.file_name for d in registry.DOCUMENTS}


class Drafted(list[Path]):
    """The files written, in order.

    ``skipped``: (document, reason) of the documents not drafted; ``missing``: the 【待填：……】 markers left in
    the drafts (dicts as in the context's ``missing``); ``unconfirmed``: what the answer prints with
    【待确认：……】 — 是否接受电子送达 when ``defence.electronic_service`` is not set, then the rows with no position
    (element style: every row left out or entered without ``disputed``; narrative style: the rows entered with
    text and no ``disputed``) — as dicts ``section``, ``key``, ``label`` and ``field`` (the case-file key to
    set); only what the answer's template actually prints (:func:`printed_unconfirmed`).
    """

    def __init__(
        self,
        paths: Iterable[Path],
        skipped: Iterable[tuple[str, str]] = (),
        missing: Iterable[Mapping[str, str]] = (),
        unconfirmed: Iterable[Mapping[str, str]] = (),
    ) -> None:
        super().__init__(paths)
        self.skipped: tuple[tuple[str, str], ...] = tuple(skipped)
        self.missing: tuple[Mapping[str, str], ...] = tuple(missing)
        self.unconfirmed: tuple[Mapping[str, str], ...] = tuple(unconfirmed)

    def _repr_html_(self) -> str:
        """In a notebook: links to the files, what to fill in and what to confirm."""
        from summons_kit.documents.html import drafted_html

        return drafted_html(self, self.skipped, self.missing, self.unconfirmed)


def _instalment_problems(case: Case, calendar: Calendar) -> CaseError | None:
    """The schedule's own error when the plan cannot be built (not merely for a missing total)."""
    from summons_kit.law.instalment import case_schedule

    try:
        case_schedule(case, calendar)
    except CaseError as error:
        return error
    return None


def draft(
    case: Case,
    out_dir: Path | str,
    *,
    style: str | None = None,
    templates: Mapping[str, Path | str] | None = None,
    strict: bool = False,
    force: bool = False,
    today: dt.date | None = None,
    report: Any = None,
    documents: Iterable[str] | None = None,
    calendar: Calendar = DEFAULT_CALENDAR,
    redact: bool = False,
    durable: bool = True,
) -> Drafted:
    """Write the drafts of ``case`` into ``out_dir`` and return their paths.

    - ``style``: the answer's style, narrative | element | element_loan | element_card (default: the case's,
      else — with your own answer template — the template's own (:func:`template_style`), else element for
      金融借款合同纠纷 / 信用卡纠纷, else narrative);
    - ``templates``: your own templates by document, e.g. ``{"answer": "firm_answer.docx"}``;
    - ``strict``: refuse (CaseError listing every missing field) instead of drafting with 【待填：……】 markers;
    - ``force``: replace existing files (otherwise FileExistsError, and nothing is written);
    - ``report``: the :func:`summons_kit.check` report whose findings suggest answer points (computed when
      None);
    - ``calendar``: the working-day calendar for the instalment due dates (the one given to ``check``);
    - ``documents``: which documents to draft (default: all). The instalment request is skipped (see
      ``.skipped``) when the case proposes no instalments; the evidence list is skipped when the case lists no
      evidence (the answer says 答辩人暂无证据提交) unless ``documents`` names it (then it is drafted with
      【待填：证据】).

    - ``redact``: draft from :func:`summons_kit.case.redact.redact` of the case (names, numbers, addresses
      reduced); the report is then computed from the redacted case.

    - ``durable``: fsync the files and the folder before returning (default), so the drafts survive a power
      loss; ``False`` leaves that to the caller (:func:`summons_kit.atomic.make_durable`: a batch does it once
      at the end).

    Every document is rendered before any is written; the set is written all or nothing
    (:func:`summons_kit.atomic.write_all`).
    """
    case, report = (redact_case(case), None) if redact else (case, report)
    named = documents is not None
    documents = registry.check_keys(registry.KEYS if documents is None else documents)
    templates = dict(templates or {})
    registry.check_keys(templates)
    if report is None:  # the skip rules read the findings (a venue finding: objection)
        from summons_kit.check import check

        report = check(case, today=today or dt.date.today(), calendar=calendar)
    codes = frozenset(f.code for f in getattr(report, "findings", ()))
    skipped = [(doc, reason) for doc, reason in _skips(case, named, codes) if doc in documents]
    for doc, reason in skipped:
        log.info("未生成%s:%s", FILE_NAMES[doc], reason)
    wanted = [d for d in documents if d not in dict(skipped)]

    own_answer = templates.get("answer") if "answer" in wanted else None
    own_style = template_style(own_answer) if own_answer is not None else None
    form = resolve_answer_form(case, style, own_style)  # the one decision: template, rows and lists follow it
    used: dict[str, Path] = {}
    for doc in wanted:
        if doc in templates:
            used[doc] = Path(templates[doc])
        elif doc == "answer":
            used[doc] = template_path("answer", form.template_style)
        else:
            used[doc] = template_path(doc)
    compiled: dict[str, CompiledTemplate | None] = {}
    for doc, path in used.items():  # each file read (or looked up) once
        try:
            compiled[doc] = load_template(path)
        except TemplateError:  # raised where it always was: when the document is rendered, after the checks below
            compiled[doc] = None
    sections = _sections_used(wanted, compiled.values())
    context = template_context(case, report, today, style=form, calendar=calendar, sections=sections)
    missing = [m for m in context["missing"] if m["document"] in wanted]
    if strict:
        error = missing_error(missing, tuple(wanted))
        if error is not None:
            raise error
    if "instalment" in wanted and context["instalment"] and context["instalment"]["problems"]:
        error = _instalment_problems(case, calendar)  # the context built the schedule; rebuilt only to raise
        if error is not None:
            raise error

    out = Path(out_dir)
    targets = {doc: out / FILE_NAMES[doc] for doc in wanted}
    found = {path: _kind(path) for path in targets.values()}
    folders = [path for path, kind in found.items() if kind == "folder"]
    if folders:  # even with force: a folder is never replaced (and nothing is written)
        raise directory_error(folders[0])
    existing = [path for path, kind in found.items() if kind == "file"]
    if existing and not force:
        raise (
            exists_error(existing[0])
            if len(existing) == 1
            else FileExistsError(
                "文件已存在,未覆盖 / files exist, not overwritten (use force=True / --force): "
                + ", ".join(str(p) for p in existing)
            )
        )

    rendered = {doc: render_bytes(compiled[doc] or used[doc], context) for doc in wanted}
    written = write_all(
        {targets[doc]: rendered[doc] for doc in wanted}, force=force, inputs=templates.values(), durable=durable
    )
    unconfirmed = []
    if "answer" in used:
        variables = template_variables(compiled["answer"] or used["answer"])
        unconfirmed = printed_unconfirmed(context["unconfirmed"], context["answer"]["style"], variables)
    return Drafted(written, skipped, missing, unconfirmed)


def _sections_used(wanted: Iterable[str], templates: Iterable[CompiledTemplate | None]) -> set[str] | None:
    """The context sections worth building: each wanted document's own and every top-level name its templates read
    (:func:`~summons_kit.documents.lint.template_names`); None (all of them) when a template could not be read."""
    found = {registry.get(doc).section for doc in wanted}
    for template in templates:
        if template is None:
            return None
        found |= template_names(template)
    return found


def _kind(path: Path) -> str:
    """What is at ``path``, links followed: "folder", "file" (anything else there) or "" (nothing, or a link that
    leads nowhere: :func:`summons_kit.atomic.write_all` refuses a link itself) — ``Path.is_dir`` and
    ``Path.exists`` in one call."""
    try:
        return "folder" if stat.S_ISDIR(os.stat(path).st_mode) else "file"
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EBADF):  # as Path.exists ignores them
            return ""
        raise


def _skips(case: Case, named: bool, codes: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(document, reason) of the documents this case cannot fill or does not call for (each document's registry
    skip rule, given the report's finding ``codes``)."""
    skips = []
    for document in registry.DOCUMENTS:
        reason = document.skip(case, codes, named)
        if reason:
            skips.append((document.key, reason))
    return skips


def printed_unconfirmed(
    unconfirmed: Iterable[Mapping[str, str]], style: str, variables: frozenset[str]
) -> list[Mapping[str, str]]:
    """The ``unconfirmed`` entries the answer template (its ``variables``) prints with 【待确认：……】: 是否接受电子送达
    where it prints ``answer.delivery.electronic_no_box``; in element style a row where it prints that row
    (``answer.items.KEY`` …, or every row through ``answer.item_rows`` / ``answer.fact_rows``); in narrative
    style the rows carried in the points, where it prints ``answer.points``. So a template that does not print a
    question is never said to ask it, and one that does (the built-in ones, or your own) always is."""

    def uses(*prefixes: str) -> bool:
        return any(v == p or v.startswith((f"{p}.", f"{p}[")) for v in variables for p in prefixes)

    shown = []
    for entry in unconfirmed:
        section = entry["section"]
        if section == "delivery":
            ok = uses("answer.delivery.electronic_no_box")
        elif style == "narrative":  # the rows are carried in the points (and 其他需要说明的内容 lists them)
            ok = uses("answer.points", "answer.facts.other", "answer.fact_rows")
        else:
            rows = "answer.item_rows" if section == "items" else "answer.fact_rows"
            ok = uses(f"answer.{section}.{entry['key']}", rows)
        if ok:
            shown.append(entry)
    return shown
