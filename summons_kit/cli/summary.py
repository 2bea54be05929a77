"""What ``draft`` prints: the files written, what to fill in or confirm, the error and warning counts, and where
the full report is (``summons-kit check CASE``), wrapped to the terminal's width."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summons_kit.check import Report
from summons_kit.cli.parser import columns
from summons_kit.report.wrapping import wrap

INDENT = "  "


def _item(text: str, width: int) -> list[str]:
    lines = wrap(text, width - 2 * len(INDENT))
    return [INDENT + lines[0]] + [INDENT * 2 + line for line in lines[1:]]


def draft_summary(
    paths: Any, pdfs: Sequence[Path], report: Report, case_path: str, width: int | None = None, *, named: bool = False
) -> str:
    """The short summary of a ``draft`` run (``paths``: what :func:`~summons_kit.documents.draft.draft` returned).

    A document the user asked for (``named``: ``--documents``) and did not get is listed with why; the documents
    only offered are listed by key on one line (``summons-kit check`` says why each is offered)."""
    width = width or columns()
    # each path whole on its own line, to copy: a path is never wrapped
    lines = ["已生成 / written:"] + [f"{INDENT}{path}" for path in [*paths, *pdfs]]
    if named:
        for document, reason in paths.skipped:
            lines += _item(f"未生成 / not drafted: {document} — {reason}", width)
    elif paths.skipped:
        offered = ", ".join(document for document, _ in paths.skipped)
        lines += _item(
            f"可另行起草 / also offered (--documents KEY): {offered}(原因见 / why: summons-kit check)", width
        )
    if paths.missing:
        lines.append("待填写(文书中以【待填：……】标出)/ to fill in (marked 【待填：……】):")
        where: dict[tuple[str, str], list[str]] = {}
        for item in paths.missing:
            where.setdefault((item["label"], item["field"]), []).append(item["title"])
        for (label, field), titles in where.items():
            lines += _item(f"{label} ({field}) — {'、'.join(dict.fromkeys(titles))}", width)
    if paths.unconfirmed:
        lines.append("待确认(文书中以【待确认：……】标出)/ to confirm (marked 【待确认：……】):")
        lines += [line for item in paths.unconfirmed for line in _item(f"{item['label']} ({item['field']})", width)]
    lines += _about_the_drafts(paths, report, width)
    e, w, i = len(report.errors), len(report.warnings), len(report.infos)
    lines.append(f"检查结果:{e} 个错误,{w} 个警告,{i} 个提示")
    lines.append(f"findings: {e} error(s), {w} warning(s), {i} info")
    lines += _deadlines(report, width)
    lines = _fit(lines, width)
    lines += ["完整报告 / the full report:", f"{INDENT}summons-kit check {shlex.quote(case_path)}"]
    return "\n".join(lines)


def _about_the_drafts(paths: Any, report: Report, width: int) -> list[str]:
    """The errors and warnings on what a written document says (its code names the document: ``instalment.*``
    for the 分期还款申请书, e.g. ``instalment.due_before_document``), each by code with its first sentence: to be
    put right before filing, not only counted."""
    from summons_kit.documents.draft import FILE_NAMES

    written = {Path(p).name for p in paths}
    keys = {key for key, name in FILE_NAMES.items() if name in written}
    found = [f for f in (*report.errors, *report.warnings) if f.code.split(".")[0] in keys]
    if not found:
        return []
    lines = ["文书相关的提示 / on what the drafts say:"]
    for f in found:
        first = f.message.split("。")[0].split("：")[0]
        lines += _item(f"{f.code} — {first}", width)
    return lines


def _deadlines(report: Report, width: int) -> Iterable[str]:
    """The next deadline that has not passed, one line: what is due first."""
    ahead = [(report.days_left(d), d) for d in report.deadlines if d.day is not None]
    upcoming = sorted(((left, d) for left, d in ahead if left is not None and left >= 0), key=lambda pair: pair[0])
    if not upcoming:
        return []
    left, deadline = upcoming[0]
    day = deadline.day
    return wrap(f"最近的期限 / next deadline: {deadline.label_zh} {day} ({left} 天 / days left)", width)


def _fit(lines: list[str], width: int) -> list[str]:
    """Each line wrapped to ``width`` after its indentation; a file's path is never cut."""
    out: list[str] = []
    for line in lines:
        if "/" in line.strip() and " " not in line.strip():  # a path
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        out += [indent + part for part in wrap(line.strip(), width - len(indent))] if line.strip() else [line]
    return out
