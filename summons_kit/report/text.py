"""A report as text for a terminal, rendered with rich: a deadline table, how each deadline was computed, and
the findings, each fitting the terminal's width (80 columns when piped, ``COLUMNS`` when set) without breaking a
word or a number.

rich measures Chinese characters as two columns and knows the terminal's width; colours (by severity) are used on a
terminal only, never when piped, and never with ``NO_COLOR`` set. :func:`format_report` is the plain-text API
(no colour, a fixed width); :func:`print_report` prints to a terminal. Paragraphs are wrapped by :func:`wrap`,
which follows Chinese line breaking (no line starts with ，or ）, none ends with （) and keeps ASCII words whole.
"""

from __future__ import annotations

import io
from typing import IO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from summons_kit.case.model import Case
from summons_kit.check import Report
from summons_kit.fields.dates import weekday_zh
from summons_kit.law.deadlines import Deadline
from summons_kit.law.finding import SEVERITY_ZH
from summons_kit.report.wrapping import NO_LINE_END, NO_LINE_START, width, wrap

__all__ = ["NO_LINE_END", "NO_LINE_START", "format_report", "print_report", "renderables", "width", "wrap"]

#: the width of the plain text, and the narrowest a terminal is assumed to be
WIDTH = 80
INDENT = "  "
#: display columns of the explanation lines under the deadline table (after a 2-column indent) at 80 columns
EXPLANATION_WIDTH = WIDTH - 4
#: rich styles of the severities (shown on a colour terminal only)
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _date_cell(deadline: Deadline) -> str:
    if deadline.undated_zh and deadline.day is None:
        return deadline.undated_zh
    if deadline.at is not None:
        return f"{deadline.at:%Y-%m-%d %H:%M}"
    if deadline.date is not None:
        return deadline.date.isoformat()
    if deadline.earliest is not None:
        return f"最早 {deadline.earliest.isoformat()}"
    if deadline.latest is not None:
        return f"最迟 {deadline.latest.isoformat()}"
    return "—"


def _left_cell(report: Report, deadline: Deadline) -> Text:
    left = report.days_left(deadline)
    if left is None:
        return Text("—")
    if left == 0:
        return Text("今天", style="bold red")
    if left < 0:
        return Text(f"已过{-left}天", style="red")
    return Text(f"{left}天", style="bold yellow" if left <= 3 else "")


def _block(first: str, rest: str, text: str, columns: int, style: str = "") -> list[Text]:
    """``text`` wrapped to ``columns``, its first line after ``first`` and the others after ``rest``."""
    lines = wrap(text, columns)
    return [Text(first + lines[0], style=style)] + [Text(rest + line, style=style) for line in lines[1:]]


def explained(deadline: Deadline, columns: int = WIDTH) -> list[str]:
    """Lines for one deadline: ``- 答辩期限：<explanation>`` and ``  依据：<basis>``, wrapped to ``columns``
    (a 2-column indent and 2 columns to spare)."""
    return [line.plain for line in _explained(deadline, columns)]


def _explained(deadline: Deadline, columns: int) -> list[Text]:
    inner = max(20, columns - 4)
    lines = _block("- ", INDENT, f"{deadline.label_zh}：{deadline.explanation}", inner)
    if deadline.basis:
        lines += _block(INDENT, INDENT, f"依据：{deadline.basis}", inner, style="dim")
    return lines


def _deadline_table(report: Report) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1), collapse_padding=True, expand=False
    )
    for header in ("日期", "星期", "剩余"):
        table.add_column(header, no_wrap=True)
    table.add_column("期限", overflow="fold")
    for d in report.deadlines:
        table.add_row(
            _date_cell(d), weekday_zh(d.day) if d.day else "—", _left_cell(report, d), f"{d.label_zh} / {d.label_en}"
        )
    return table


def _finding_lines(report: Report, columns: int) -> list[Text]:
    inner = max(20, columns - 2)
    lines: list[Text] = []
    for n, finding in enumerate(report.findings):
        if n:
            lines.append(Text(""))
        head = Text()
        head.append(f"[{SEVERITY_ZH[finding.severity]}]", style=SEVERITY_STYLE[finding.severity])
        head.append(" ")
        head.append(finding.code, style="bold")
        lines += _split(head, inner + 2, f" ({finding.field})" if finding.field else "")
        lines += _block(INDENT, INDENT, finding.message, inner)
        if finding.basis:
            lines += _block(INDENT, INDENT, f"依据：{finding.basis}", inner, style="dim")
    return lines


def _split(head: Text, columns: int, tail: str) -> list[Text]:
    """``head`` and ``tail`` on one line when they fit, else ``tail`` on the next line, indented."""
    if cell_len(head.plain + tail) <= columns:
        return [head + Text(tail, style="dim")]
    return [head] + ([Text(INDENT + tail.strip(), style="dim")] if tail else [])


def renderables(report: Report, case: Case | None = None, width: int = WIDTH) -> list[RenderableType]:
    """The report as rich renderables for a console ``width`` columns wide."""
    title = Text(f"案件检查 / case check — 今天 {report.today.isoformat()}（{weekday_zh(report.today)}）", style="bold")
    out: list[RenderableType] = [title]
    if case is not None:
        head = [
            part
            for part in (
                f"案号 {case.court.case_number}" if case.court.case_number else "",
                case.court.name,
                case.court.cause,
            )
            if part
        ]
        if head:
            out += _block("", "", "  ".join(head), width)
    out += [Text(""), Text("期限 / deadlines", style="bold")]
    if report.deadlines:
        out += [
            _deadline_table(report),
            Text(""),
            Text("计算方法与依据 / how each deadline was computed", style="bold"),
        ]
        for deadline in report.deadlines:
            out += _explained(deadline, width)
    else:
        out.append(Text("无可计算的期限 / no deadline can be computed"))
    out += [Text(""), Text("检查结果 / findings:", style="bold")]
    out += _block(INDENT, INDENT, summary(report), width - 2)
    if report.findings:
        out += _finding_lines(report, width)
    else:
        out.append(Text("无 / none"))
    if report.documents:
        out.append(Text(""))
        heading = "文书 / documents (summons-kit draft --documents KEY 起草其他 / drafts another)"
        out += _block("", "", heading, width, style="bold")
        for call in report.documents:
            if call.applies:
                out += _block("  ", "    ", f"起草 / drafted  {call.key}  《{call.title}》", width - 4)
        for call in report.documents:
            if not call.applies:
                out += _block("  ", "    ", f"未起草 / offered  {call.key}  《{call.title}》：{call.reason}", width - 4)
    return out


def summary(report: Report) -> str:
    """``1 个错误，2 个警告，0 个提示 / 1 error(s), 2 warning(s), 0 info``."""
    e, w, i = len(report.errors), len(report.warnings), len(report.infos)
    return f"{e} 个错误，{w} 个警告，{i} 个提示 / {e} error(s), {w} warning(s), {i} info"


def plain_console(width: int = WIDTH, file: IO[str] | None = None) -> Console:
    """A console that writes plain text (no colour, no markup guessing) ``width`` columns wide."""
    return Console(
        file=file or io.StringIO(),
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
    )


def format_report(report: Report, case: Case | None = None, width: int = WIDTH) -> str:
    """The report as plain text at most ``width`` columns wide: deadlines (date, weekday, days left, label), how
    each was computed and its basis, then the findings (severity, code, field, message, basis)."""
    console = plain_console(width)
    console.print(Group(*renderables(report, case, width)))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def print_report(report: Report, case: Case | None, console: Console) -> None:
    """The report on ``console`` (a terminal: its width, at least 80, colours unless NO_COLOR)."""
    console.print(Group(*renderables(report, case, console.width)))
