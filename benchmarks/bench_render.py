"""Render the answer N times with the kit's cached renderer and with plain docxtpl, side by side.

    python benchmarks/bench_render.py [N] [STYLE]      # N renders (default 20), STYLE element | narrative

Plain docxtpl (``DocxTemplate(path).render(context)`` each time) reads the .docx, repairs the tags and
compiles the Jinja template on every render; the kit reads and compiles each template once per process (cached
by path, size and mtime) and only renders. Both use the kit's sandboxed, autoescaping environment and produce
the same document.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile
from collections.abc import Callable

from docxtpl import DocxTemplate

from summons_kit.documents.catalog import template_path
from summons_kit.documents.context import template_context
from summons_kit.documents.example import EXAMPLE_TODAY, example_case
from summons_kit.documents.render import KitEnvironment, clear_cache, render_bytes


def plain_docxtpl(path: str, context: dict) -> bytes:
    document = DocxTemplate(path)
    document.render(context, jinja_env=KitEnvironment(), autoescape=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(render: Callable[[], bytes], n: int) -> tuple[float, bytes]:
    start = time.perf_counter()
    data = b""
    for _ in range(n):
        data = render()
    return (time.perf_counter() - start) / n, data


def body(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def main(n: int = 20, style: str = "element") -> None:
    case = example_case()
    context = template_context(case, today=EXAMPLE_TODAY, style=style)
    path = template_path("answer", style, cause=case.court.cause)
    clear_cache()
    first_start = time.perf_counter()
    render_bytes(path, context)  # the one read + compile
    first = time.perf_counter() - first_start
    kit, kit_doc = timed(lambda: render_bytes(path, context), n)
    plain, plain_doc = timed(lambda: plain_docxtpl(str(path), context), n)
    same = "same" if body(kit_doc) == body(plain_doc) else "DIFFERENT"
    print(f"template: {path.name}, {n} renders each; output document.xml: {same}")
    print(f"  kit (cached, first render {first * 1000:.0f} ms): {kit * 1000:8.1f} ms/render")
    print(f"  plain docxtpl (compile every time):      {plain * 1000:8.1f} ms/render")
    print(f"  ratio plain/kit: {plain / kit:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20, sys.argv[2] if len(sys.argv) > 2 else "element")
