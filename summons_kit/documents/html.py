"""Notebook display of a draft's result (:class:`~summons_kit.documents.draft.Drafted`): links to the files written,
what is left to fill in (【待填：……】) and what the answer asks to confirm (【待确认：……】), as HTML with inline
styles (the tables and helpers are the report layer's, :mod:`summons_kit.report.html`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import quote

from summons_kit.report.html import NOWRAP, esc, heading, paragraph, table, td

__all__ = ["drafted_html"]


def _link(path: Path) -> str:
    """A link the notebook opens (a relative path is relative to the notebook's folder)."""
    return f'<a href="{esc(quote(path.as_posix()))}" target="_blank">{esc(path.name)}</a>'


def drafted_html(
    paths: Sequence[Path],
    skipped: Sequence[tuple[str, str]],
    missing: Sequence[Mapping[str, str]],
    unconfirmed: Sequence[Mapping[str, str]],
) -> str:
    files = [[td(_link(p), NOWRAP), td(f"<code>{esc(str(p.parent))}</code>")] for p in paths]
    out = [heading(f"已起草 / drafted ({len(paths)})"), table(["文件 / file", "文件夹 / folder"], files)]
    if skipped:
        out.append(heading(f"未起草 / not drafted ({len(skipped)})"))
        out.append(table(["文书 / document", "原因 / reason"], [[td(esc(d), NOWRAP), td(esc(r))] for d, r in skipped]))
    if missing:
        out.append(heading(f'<span style="color:#c62828">待填 / to fill in ({len(missing)})</span>'))
        rows = [
            [td(esc(m.get("title", m.get("document", ""))), NOWRAP), td(esc(m.get("label", ""))), td(_key(m))]
            for m in missing
        ]
        out.append(table(["文书 / document", "待填 / what", "字段 / case-file key"], rows))
    if unconfirmed:
        out.append(heading(f'<span style="color:#ef6c00">待确认 / to confirm ({len(unconfirmed)})</span>'))
        rows = [[td(esc(u.get("section", "")), NOWRAP), td(esc(u.get("label", ""))), td(_key(u))] for u in unconfirmed]
        out.append(table(["部分 / section", "待确认 / what", "字段 / case-file key"], rows))
    if not missing and not unconfirmed:
        out.append(paragraph("无待填、待确认内容 / nothing left to fill in or confirm"))
    return '<div style="text-align:left">' + "".join(out) + "</div>"


def _key(item: Mapping[str, str]) -> str:
    return f"<code>{esc(item.get('field', ''))}</code>"
