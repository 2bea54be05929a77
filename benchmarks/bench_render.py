"""Every built-in template rendered by the kit's engine and by plain docxtpl, side by side in one run.

    python benchmarks/bench_render.py [ROUNDS]          # default 15 rounds

For each template (the example case's context for it): the kit's warm render (compiled once, cached, run a few
times), the kit's first render in a process (what the first draft pays: the template's precompiled module imported,
:mod:`summons_kit.documents.precompiled`), the kit's first render compiling the template from its file (what a
user's own template pays the first time, and a built-in one when its module does not match), and plain docxtpl
(``DocxTemplate(path).render(context)`` then ``save``, which reads, repairs, compiles and re-zips everything on every
render). Both use the kit's sandboxed, autoescaping environment, and the script checks that their document.xml is
the same, byte for byte. Times are CPU times of this process (``time.process_time``), the rounds interleaved and the
median taken, so that a busy machine slows both alike; the numbers to read are the ratios.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate  # type: ignore[import-untyped]

from summons_kit.documents import precompiled
from summons_kit.documents.catalog import template_path
from summons_kit.documents.context import template_context
from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.render import KitEnvironment, clear_cache, render_bytes


def plain_docxtpl(path: Path, context: dict[str, Any]) -> bytes:
    document = DocxTemplate(str(path))
    document.render(context, jinja_env=KitEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def seconds(render: Callable[[], bytes]) -> float:
    """The CPU time of one render (this process's, so other processes on a busy machine do not count)."""
    start = time.process_time()
    render()
    return time.process_time() - start


def body(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def cases() -> list[tuple[str, Path, dict[str, Any]]]:
    case = example_case()
    found = []
    for cause in ("金融借款合同纠纷", "信用卡纠纷"):
        one = case if case.court.cause == cause else _with_cause(case, cause)
        found.append((cause, template_path("answer", "element", cause=cause), _context(one, "element")))
    found.append(("narrative", template_path("answer", "narrative"), _context(case, "narrative")))
    found.append(("evidence", template_path("evidence"), _context(case, "element")))
    found.append(("instalment", template_path("instalment"), _context(case, "element")))
    return found


def _with_cause(case: Any, cause: str) -> Any:
    import attrs

    return attrs.evolve(case, court=attrs.evolve(case.court, cause=cause))


def _context(case: Any, style: str) -> dict[str, Any]:
    return template_context(case, today=EXAMPLE_TODAY, style=style)


def first_render(path: Path, context: dict[str, Any], *, precompiled_module: bool) -> float:
    """The CPU time of a first render in a process: nothing cached, the precompiled module imported from its .pyc
    (``precompiled_module``) or the template compiled from its file."""
    clear_cache()
    sys.modules.pop(f"{precompiled.PACKAGE}.{path.stem}", None)
    if precompiled_module:
        return seconds(lambda: render_bytes(path, context))
    lookup = precompiled.lookup
    precompiled.lookup = lambda data, env: None  # type: ignore[assignment]
    try:
        return seconds(lambda: render_bytes(path, context))
    finally:
        precompiled.lookup = lookup


def main(rounds: int = 15) -> None:
    print(f"{rounds} interleaved rounds, median per render (ms); ratio = plain docxtpl / kit")
    print(
        f"{'template':32} {'kit warm':>9} {'kit first':>10} {'compiling':>10} {'docxtpl':>9} {'warm x':>7} "
        f"{'first x':>8} {'compiling x':>12}  document.xml"
    )
    for _label, path, context in cases():
        same = body(render_bytes(path, context)) == body(plain_docxtpl(path, context))
        first: list[float] = []
        cold: list[float] = []
        plain: list[float] = []
        for _ in range(rounds):  # interleaved: the machine's load changes from second to second
            first.append(first_render(path, context, precompiled_module=True))
            cold.append(first_render(path, context, precompiled_module=False))
            plain.append(seconds(lambda: plain_docxtpl(path, context)))  # noqa: B023
        clear_cache()
        for _ in range(30):  # warm: Python specialises the compiled template's code over its first runs
            render_bytes(path, context)
        warm: list[float] = []
        for _ in range(rounds):
            plain.append(seconds(lambda: plain_docxtpl(path, context)))  # noqa: B023
            warm += [seconds(lambda: render_bytes(path, context)) for _ in range(5)]  # noqa: B023
        w, f, c, p = (statistics.median(x) * 1000 for x in (warm, first, cold, plain))
        print(
            f"{path.name:32} {w:9.2f} {f:10.2f} {c:10.2f} {p:9.2f} {p / w:6.1f}x {p / f:7.1f}x {p / c:11.2f}x  "
            f"{'same' if same else 'DIFFERENT'}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
