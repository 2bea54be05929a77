"""Every code block of the README and the docs runs, in a fresh temporary folder (examples/ copied), in page order.

- ```python blocks run with ``exec``, a page's blocks sharing one namespace. An expression statement whose comment
  starts with a value (``x  # datetime.date(2026, 12, 7): why``; the value ends at ``: `` or the end of the
  comment) must give that value; a comment that is prose, or a value with ``...``/``…`` in it, is not checked.
- ```bash and ```console blocks run line by line (a console block's commands are its ``$`` lines): a
  ``summons-kit`` command through :func:`summons_kit.cli.main` (``> file`` writes its output there), any other
  command with bash. A command exits 0 unless its comment says ``(exit N)``, or a console block shows ``$ echo $?``
  and N after it. The lines a console block shows as a command's output (less ``...`` lines; a line ending in
  ``……`` up to there) must be in what it printed.
  A shown line cut short with ``……`` is a table row: its cells, and the first characters of its last cell,
  must begin a printed line.
- Lines matching :data:`SKIPPED` (installing packages, the test suite itself) are not run, by name.
- A block after ``<!-- not run: reason -->`` is not run; the test reports it as skipped with its reason.
- A block after a line that is only a file name (`` `calendar-2027.toml`: ``) is that file's text: it is written to
  the folder when the page reaches it (and :data:`FIXTURES` may name it for another page, ``page::name``).
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tokenize
from decimal import Decimal
from pathlib import Path, PosixPath
from typing import Any

import attrs
import pytest

from summons_kit.cli.main import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "README.md",
    "examples/README.md",
    *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")),
]
#: commands not run, each with why
SKIPPED = {
    r"^pip install\b": "installs packages",
    r"^apt-get\b": "installs system packages",
    r"^python -m pytest\b": "the test suite itself",
    r"^summons-kit init (--interactive|-i)\b": "asks at a terminal (tests/test_init_interactive.py drives it)",
}
#: files a page's examples read besides examples/ (name in the temporary folder -> file in the repository)
FIXTURES = {
    "README.md": {
        "calendar-2027.toml": "docs/deadlines.md::calendar-2027.toml",
        "传票.pdf": "tests/papers/weilidai/summons.pdf",
        "起诉状.pdf": "tests/papers/weilidai/complaint.pdf",
        "举证通知书.pdf": "tests/papers/weilidai/evidence_notice.pdf",
    },
    "docs/intake.md": {
        name: f"tests/papers/credit_card/{name}"
        for name in ("summons.pdf", "notice_to_respond.pdf", "evidence_notice.pdf", "complaint.pdf")
    },
}
#: the names a shown value may use
VALUES = {"datetime": datetime, "date": datetime.date, "Decimal": Decimal, "Path": Path, "PosixPath": PosixPath}
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
_NOT_RUN = re.compile(r"<!-- not run: (.+?) -->\s*$")
_EXIT = re.compile(r"\(exit (\d+)\)")
_FILE_NAME = re.compile(r"^`([\w.-]+)`:$")


@attrs.frozen
class Block:
    page: str
    line: int
    lang: str
    source: str
    not_run: str = ""
    file: str = ""  # the file whose text the block is


def blocks(page: str) -> list[Block]:
    text = (ROOT / page).read_text(encoding="utf-8")
    found = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip().splitlines()
        line = text[: m.start()].count("\n") + 2
        named = _FILE_NAME.match(before[-1].strip()) if before else None
        if named:
            found.append(Block(page, line, m[1], m[2], file=named[1]))
            continue
        if m[1] not in ("python", "bash", "console"):
            continue
        marker = _NOT_RUN.search(before[-1]) if before else None
        found.append(Block(page, line, m[1], m[2], marker[1] if marker else ""))
    return found


ALL = [b for page in PAGES for b in blocks(page) if not b.file]


# --- python ------------------------------------------------------------------------------------------------------


def _comments(source: str) -> dict[int, str]:
    out = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            out[tok.start[0]] = tok.string.lstrip("#").strip()
    return out


def shown_value(comment: str) -> tuple[bool, Any]:
    """(True, value) when the comment starts with a value to check."""
    head = comment.split(": ", 1)[0].strip()
    if not head or "..." in head or "…" in head:
        return False, None
    try:
        tree = ast.parse(head, mode="eval")
    except SyntaxError:
        return False, None
    if isinstance(tree.body, ast.Name) and tree.body.id not in ("True", "False", "None"):
        return False, None  # a word of prose
    return True, eval(compile(tree, "<shown>", "eval"), dict(VALUES))


def run_python(block: Block, namespace: dict[str, Any]) -> None:
    tree = ast.parse(block.source)
    comments = _comments(block.source)
    where = f"{block.page}:{block.line}"
    for stmt in tree.body:
        line = block.line + stmt.lineno - 1
        comment = comments.get(stmt.end_lineno or stmt.lineno, "")
        check, expected = shown_value(comment) if isinstance(stmt, ast.Expr) else (False, None)
        try:
            if check:
                got = eval(compile(ast.Expression(stmt.value), where, "eval"), namespace)
            else:
                exec(compile(ast.Module([stmt], []), where, "exec"), namespace)
        except Exception as error:
            pytest.fail(f"{block.page} line {line}: {ast.unparse(stmt)!r} raised {error!r}")
        if check:
            assert got == expected, (
                f"{block.page} line {line}: {ast.unparse(stmt)} gives {got!r}, the docs show {comment!r}"
            )


# --- bash and console ----------------------------------------------------------------------------------------------


@attrs.frozen
class Command:
    text: str
    exit: int
    shown: tuple[str, ...] = ()


def commands(block: Block) -> list[Command]:
    if block.lang == "bash":
        out = []
        for line in block.source.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            code, comment = split_comment(line)
            exit_code = _EXIT.search(comment)
            out.append(Command(code.strip(), int(exit_code[1]) if exit_code else 0))
        return out
    found: list[list[Any]] = []  # [command, exit, shown lines]
    for line in block.source.splitlines():
        if line.startswith("$ "):
            if line == "$ echo $?":
                found.append(["echo $?", None, []])
            else:
                found.append([line[2:].strip(), 0, []])
        elif found and found[-1][0] == "echo $?":
            found[-2][1] = int(line.strip())
        elif found:
            found[-1][2].append(line)
    return [Command(c, e, tuple(s)) for c, e, s in found if c != "echo $?"]


def split_comment(line: str) -> tuple[str, str]:
    """(command, comment): the comment starts at the first `` #`` outside quotes."""
    for m in re.finditer(r"\s#", line):
        before = line[: m.start()]
        if before.count("'") % 2 == 0 and before.count('"') % 2 == 0:
            return before, line[m.end() :]
    return line, ""


def _skip_reason(command: str) -> str:
    return next((why for pattern, why in SKIPPED.items() if re.search(pattern, command)), "")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def run_command(command: Command, where: str, skipped: list[str]) -> None:
    for part in command.text.split(" && "):
        part = part.strip()
        why = _skip_reason(part)
        if why:
            skipped.append(f"{where}: {part} ({why})")
            continue
        if part.startswith("summons-kit "):
            words = shlex.split(part)[1:]
            target = None
            if ">" in words:
                target = words[words.index(">") + 1]
                words = words[: words.index(">")]
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = cli_main(words)
                except SystemExit as done:  # --version, --help: argparse exits, as the command does
                    code = done.code if isinstance(done.code, int) else 0
            printed = out.getvalue() + err.getvalue()
            if target:
                Path(target).write_text(out.getvalue(), encoding="utf-8")
        else:
            env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
            done = subprocess.run(["bash", "-c", part], capture_output=True, text=True, env=env, timeout=300)
            code, printed = done.returncode, done.stdout + done.stderr
        assert code == command.exit, f"{where}: `{part}` exited {code}, the docs say {command.exit}:\n{printed[-2000:]}"
        seen, lines = _squash(printed), [_squash(line) for line in printed.splitlines()]
        for shown in command.shown:
            if _squash(shown) in ("", "..."):
                continue
            if "……" in shown:  # a row cut short: its cells, and the start of the last one, begin a printed line
                cells = re.split(r"\s{2,}", shown.split("……")[0].strip())
                head = _squash(" ".join([*cells[:-1], cells[-1][:8]]))
                found = any(line.startswith(head) for line in lines)
            else:
                found = _squash(shown) in seen
            assert found, f"{where}: `{part}` did not print {shown!r}; it printed:\n{printed[-3000:]}"


# --- the tests ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_block_of_the_page_runs_as_shown(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page_blocks = [b for b in blocks(page) if not b.not_run]
    if not page_blocks:
        pytest.skip(f"{page} has no block to run")
    shutil.copytree(ROOT / "examples", tmp_path / "examples", ignore=shutil.ignore_patterns("*.ipynb"))
    for name, source in FIXTURES.get(page, {}).items():
        if "::" in source:
            other, file = source.split("::")
            text = next(b.source for b in blocks(other) if b.file == file)
            (tmp_path / name).write_text(text, encoding="utf-8")
        else:
            shutil.copy(ROOT / source, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    skipped: list[str] = []
    for block in page_blocks:
        if block.file:
            Path(block.file).write_text(block.source, encoding="utf-8")
        elif block.lang == "python":
            run_python(block, namespace)
        else:
            for command in commands(block):
                run_command(command, f"{page}:{block.line}", skipped)
    with capsys.disabled():
        for line in skipped:
            print(f"\n  not run by design: {line}", end="")


NOT_RUN = [b for b in ALL if b.not_run]


@pytest.mark.parametrize("block", NOT_RUN, ids=[f"{b.page}:{b.line}" for b in NOT_RUN])
def test_a_block_marked_not_run_is_reported(block: Block) -> None:
    pytest.skip(f"{block.page}:{block.line} not run: {block.not_run}")


def test_the_runner_finds_the_blocks_and_checks_shown_values() -> None:
    assert {b.lang for b in ALL} == {"python", "bash", "console"}
    assert shown_value("datetime.date(2026, 12, 7): served 11-20") == (True, datetime.date(2026, 12, 7))
    assert shown_value("Decimal('1.50')") == (True, Decimal("1.50"))
    assert shown_value("False when a finding is an error") == (False, None)
    assert shown_value('{"ok": ..., "deadlines": {}}') == (False, None)
    assert shown_value("every variable a template sees") == (False, None)
    console = Block("x.md", 1, "console", "$ summons-kit check a.toml\nline one\n...\n$ echo $?\n1\n")
    assert commands(console) == [Command("summons-kit check a.toml", 1, ("line one", "..."))]
    bash = Block("x.md", 1, "bash", "summons-kit check a.toml  # errors found (exit 1)\n")
    assert commands(bash) == [Command("summons-kit check a.toml", 1)]
    assert _skip_reason('pip install ".[test]"') == "installs packages"
    assert split_comment("cp \"$(python -c 'a # b')\" x.docx # copy") == ("cp \"$(python -c 'a # b')\" x.docx", " copy")
    assert sys.executable  # the kernel of the bash lines' python is the one on PATH
