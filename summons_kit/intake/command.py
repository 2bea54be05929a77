"""``summons-kit read``: the papers to a case.toml and a summary on the terminal.

Exit codes: 0 everything read and nothing in doubt, 1 something in doubt or unread (the file is still
written), 2 input that cannot be used (the caller turns :class:`IntakeError` into its usage message).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from summons_kit.intake.errors import IntakeError
from summons_kit.intake.read import read_papers
from summons_kit.intake.toml_writer import summary_lines, write_toml

EXIT_OK, EXIT_DOUBT = 0, 1


def run_read(
    paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str] | None,
    *,
    force: bool = False,
    out: Callable[[str], None] = print,
    emit: Callable[[str], None] = print,
) -> int:
    """Read ``paths`` and write the case file to ``output`` (with ``emit`` when None); print the summary with
    ``out``."""
    target = Path(output) if output is not None else None
    if target is not None and target.exists() and not force:
        raise IntakeError(
            str(target),
            "已存在,未覆盖(如需覆盖请加 --force)",
            "exists; not overwritten without --force",
        )
    intake = read_papers(paths)
    text = write_toml(intake)
    if target is None:
        emit(text)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for line in summary_lines(intake):
        out(line)
    if target is not None:
        out(f"已写入案件文件 / wrote the case file: {target}")
    if intake.in_doubt:
        out(
            "请对照原件核对标有【存疑】的值并补填【未读出】的项"
            " / check the values in doubt and fill in the unread fields"
        )
    return EXIT_DOUBT if intake.in_doubt else EXIT_OK
