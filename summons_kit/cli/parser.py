"""argparse for a bilingual command: help wrapped to the terminal by display width (Chinese line, then English
line), argparse's own words and usage errors in Chinese and English."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from summons_kit.report.wrapping import wrap

#: the narrowest and widest help text (columns)
MIN_WIDTH, MAX_WIDTH = 40, 100


class UsageError(Exception):
    """A mistake in how the command was called or what it was given (exit 2)."""


def _cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f" for ch in text)


def split_bilingual(text: str) -> list[str]:
    """``"中文说明 / English help"`` as ``["中文说明", "English help"]``: split at the first `` / `` outside brackets
    after which no Chinese follows; a text without one is one paragraph."""
    for match in re.finditer(r"\s*/\s+", text):
        left, right = text[: match.start()], text[match.end() :]
        if _cjk(left) and right and not _cjk(right) and left.count("(") == left.count(")"):
            return [left.strip(), right.strip()]
    return [text.strip()]


def columns() -> int:
    """The terminal's width (``COLUMNS`` first), within MIN_WIDTH..MAX_WIDTH."""
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        width = shutil.get_terminal_size((80, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


class HelpFormatter(argparse.HelpFormatter):
    """Wraps by display columns (a Chinese character is two), the Chinese part and the English part of a help
    string on lines of their own."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, width=(width or columns()) - 1)

    def _split_lines(self, text: str, width: int) -> list[str]:
        lines: list[str] = []
        for part in split_bilingual(" ".join(text.split())):
            lines += wrap(part, max(10, width))
        return lines

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines: list[str] = []
        for paragraph in text.split("\n\n"):
            for part in split_bilingual(" ".join(paragraph.split())):
                lines += [indent + line for line in wrap(part, max(10, width))]
        return "\n".join(lines)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix="用法 / usage: " if prefix is None else prefix)


#: argparse's messages (Python 3.11-3.13) and their Chinese
_MESSAGES: list[tuple[str, str]] = [
    (r"the following arguments are required: (?P<x>.+)", "缺少必需的参数:{x}"),
    (r"argument (?P<a>\S+): invalid choice: (?P<v>.+?) \(choose from (?P<c>.+)\)", "参数 {a} 的值 {v} 无效,可选:{c}"),
    (r"unrecognized arguments: (?P<x>.+)", "无法识别的参数:{x}"),
    (r"argument (?P<a>\S+): expected one argument", "参数 {a} 后面应有一个值"),
    (r"argument (?P<a>\S+): expected at least one argument", "参数 {a} 后面应至少有一个值"),
    (r"argument (?P<a>\S+): ignored explicit argument (?P<v>.+)", "参数 {a} 不接受值 {v}"),
    (r"ambiguous option: (?P<o>\S+) could match (?P<m>.+)", "选项 {o} 有歧义,可能是:{m}"),
    (r"argument (?P<a>\S+): invalid (?P<t>\S+) value: (?P<v>.+)", "参数 {a} 的值 {v} 无效"),
    (r"argument (?P<a>\S+): not allowed with argument (?P<b>\S+)", "参数 {a} 不能与 {b} 同时使用"),
]


def translate(message: str) -> str:
    """argparse's English ``message`` with its Chinese before it: ``中文 / English``; a message the kit wrote
    itself (already bilingual) is kept as it is."""
    if _cjk(message):
        return message
    for pattern, chinese in _MESSAGES:
        match = re.fullmatch(pattern, message)
        if match:
            return f"{chinese.format(**match.groupdict())} / {message}"
    return f"参数有误 / {message}"


class Parser(argparse.ArgumentParser):
    """An ArgumentParser with bilingual help (``-h/--help``), section titles and usage errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数 / arguments"
        self._optionals.title = "选项 / options"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出 / show this help and exit")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        zh_en = "\n  ".join(split_bilingual(translate(message)))
        raise UsageError(f"{self.prog}: {zh_en}\n(帮助 / help: {self.prog} --help)")
