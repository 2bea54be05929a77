"""A report as plain text for a terminal: a deadline table and a findings table, aligned for Chinese.

Chinese characters take two columns in a terminal (East Asian width W/F); the tables measure text that way
(:func:`width`) and wrap long cells inside their column.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from summons_kit.case.model import Case
from summons_kit.check import Report
from summons_kit.fields.dates import weekday_zh
from summons_kit.law.deadlines import Deadline
from summons_kit.law.finding import SEVERITY_ZH

GAP = "  "
MESSAGE_WIDTH = 56
BASIS_WIDTH = 36
#: display columns of the explanation lines under the deadline table (after a 2-column indent)
EXPLANATION_WIDTH = 76
INDENT = "  "


def width(text: str) -> int:
    """Terminal columns of ``text``: 2 for wide and full-width characters, 0 for combining marks, else 1."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def wrap(text: str, columns: int) -> list[str]:
    """``text`` cut into lines of at most ``columns`` display columns (ASCII words kept whole)."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if width(line + token) <= columns:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token.lstrip()
        while width(line) > columns:  # a token longer than the column: cut it
            cut = _fit(line, columns)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


#: punctuation that must not start a line (it joins the token before) / end a line (it joins the token after)
NO_LINE_START = "，。、；：？！）》」』〕】”’…,.;:?!)]"
NO_LINE_END = "（《「『〔【“‘(["


def _tokens(text: str) -> list[str]:
    """Runs of ASCII letters and digits stay together; every other character is its own token, except that
    closing punctuation sticks to what precedes it and an opening bracket to what follows (Chinese line
    breaking: no line starts with ，or ）, none ends with （)."""
    tokens: list[str] = []
    for ch in text:
        last = tokens[-1][-1:] if tokens else ""
        if (
            last
            and ch.isascii()
            and (ch.isalnum() or ch in "._-/%")
            and last.isascii()
            and (last.isalnum() or last in "._-/%")
        ):
            tokens[-1] += ch
        elif last and (ch in NO_LINE_START or last in NO_LINE_END):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def _fit(text: str, columns: int) -> int:
    used = 0
    for index, ch in enumerate(text):
        used += width(ch)
        if used > columns:
            return max(1, index)
    return len(text)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], limits: Sequence[int | None]) -> list[str]:
    """Lines of an aligned table; a column with a limit wraps its cells to that many display columns."""
    wrapped = [
        [wrap(cell, limit) if limit else [cell] for cell, limit in zip(row, limits, strict=True)] for row in rows
    ]
    widths = [
        max([width(header)] + [width(line) for row in wrapped for line in row[i]]) for i, header in enumerate(headers)
    ]
    out = [GAP.join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    out.append(GAP.join("-" * w for w in widths))
    for row in wrapped:
        for n in range(max(len(cell) for cell in row)):
            cells = [cell[n] if n < len(cell) else "" for cell in row]
            out.append(GAP.join(pad(c, w) for c, w in zip(cells, widths, strict=True)).rstrip())
    return out


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


def _left_cell(report: Report, deadline: Deadline) -> str:
    left = report.days_left(deadline)
    if left is None:
        return "—"
    if left == 0:
        return "今天"
    return f"{left}天" if left > 0 else f"已过{-left}天"


def _block(first: str, rest: str, text: str, columns: int) -> list[str]:
    """``text`` wrapped to ``columns``, its first line after ``first`` and the others after ``rest``."""
    lines = wrap(text, columns)
    return [first + lines[0]] + [rest + line for line in lines[1:]]


def explained(deadline: Deadline) -> list[str]:
    """Lines for one deadline: ``- 答辩期限：<explanation>`` and ``  依据：<basis>``, wrapped to
    :data:`EXPLANATION_WIDTH` columns after a 2-column indent."""
    lines = _block("- ", INDENT, f"{deadline.label_zh}：{deadline.explanation}", EXPLANATION_WIDTH)
    if deadline.basis:
        lines += _block(INDENT, INDENT, f"依据：{deadline.basis}", EXPLANATION_WIDTH)
    return lines


def format_report(report: Report, case: Case | None = None) -> str:
    """The report as text: deadlines (date, weekday, days left, label), how each was computed and its basis,
    then the findings (severity, code, field, message, basis)."""
    lines = [f"案件检查 / case check — 今天 {report.today.isoformat()}（{weekday_zh(report.today)}）"]
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
            lines.append("  ".join(head))
    lines += ["", "期限 / deadlines"]
    if report.deadlines:
        rows = [
            [
                _date_cell(d),
                weekday_zh(d.day) if d.day else "—",
                _left_cell(report, d),
                f"{d.label_zh} / {d.label_en}",
            ]
            for d in report.deadlines
        ]
        lines += table(["日期", "星期", "剩余", "期限"], rows, [None, None, None, None])
        lines += ["", "计算方法与依据 / how each deadline was computed"]
        for deadline in report.deadlines:
            lines += explained(deadline)
    else:
        lines.append("无可计算的期限 / no deadline can be computed")
    summary = (
        f"{len(report.errors)} 个错误，{len(report.warnings)} 个警告，{len(report.infos)} 个提示 / "
        f"{len(report.errors)} error(s), {len(report.warnings)} warning(s), {len(report.infos)} info"
    )
    lines += ["", f"检查结果 / findings: {summary}"]
    if report.findings:
        rows = [[SEVERITY_ZH[f.severity], f.code, f.field, f.message, f.basis] for f in report.findings]
        lines += table(["级别", "代码", "字段", "说明", "依据"], rows, [None, None, None, MESSAGE_WIDTH, BASIS_WIDTH])
    else:
        lines.append("无 / none")
    if report.documents:
        lines += ["", "文书 / documents (summons-kit draft; --documents KEY 起草未列入的文书 / drafts one not listed)"]
        for call in report.documents:
            if call.applies:
                lines.append(f"  起草 / drafted  {call.key}  《{call.title}》")
        for call in report.documents:
            if not call.applies:
                lines.append(f"  未起草 / offered  {call.key}  《{call.title}》：{call.reason}")
    return "\n".join(lines) + "\n"
