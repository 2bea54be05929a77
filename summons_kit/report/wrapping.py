"""Text wrapped by display columns (a Chinese character is two, rich's cell length), following Chinese line
breaking: no line starts with ，or ）, none ends with （; ASCII words and numbers are kept whole."""

from __future__ import annotations

from rich.cells import cell_len


def width(text: str) -> int:
    """Terminal columns of ``text`` (rich's cell length: 2 for wide and full-width characters)."""
    return cell_len(text)


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


def _word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "._-/%")


def _tokens(text: str) -> list[str]:
    """Runs of ASCII letters and digits stay together; every other character is its own token, except that
    closing punctuation sticks to what precedes it and an opening bracket to what follows (Chinese line
    breaking: no line starts with ，or ）, none ends with （)."""
    tokens: list[str] = []
    for ch in text:
        last = tokens[-1][-1:] if tokens else ""
        if last and _word(ch) and _word(last):
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
