"""The built-in templates, compiled ahead of time: the first render in a process skips docxtpl's tag repair and
Jinja's compile (about 20 ms a template) and imports the compiled code instead.

``python -m summons_kit.documents.precompile`` writes :mod:`summons_kit.documents._compiled`: for each built-in
template, a module holding the Jinja code of its body (Jinja's own module format, as ``Environment.compile_templates``
writes it) and what the renderer would read from the file (the tag-repaired source, the document.xml around the
body). tests/test_precompiled.py regenerates it and fails when the committed modules differ (a template, the kit's
environment, jinja2 or docxtpl changed).

A module is used only for the exact bytes it was made from (its SHA-256) and only when the running jinja2 and docxtpl
and the kit's Jinja environment are the ones it was made with; otherwise the template is compiled as any other
(:func:`summons_kit.documents.render.load_template`), so a stale module can cost time, never change a draft.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import cache
from importlib import metadata
from typing import Any

import attrs
import jinja2

#: the package the generated modules live in
PACKAGE = "summons_kit.documents._compiled"


@attrs.frozen
class Precompiled:
    """One built-in template's compiled body and what the renderer reads from its file."""

    source: str  # word/document.xml's <w:body> after docxtpl's tag repairs (error messages quote it)
    template: jinja2.Template
    head: bytes
    tail: bytes
    grids_fixed: bool
    other_parts: tuple[tuple[str, str], ...]  # (name, source) of the parts without tags (footers …)


def environment_key(env: jinja2.Environment) -> str:
    """What of ``env`` shapes the code Jinja generates (a module made for another environment is not used)."""
    settings = (
        f"{type(env).__module__}.{type(env).__qualname__}",
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        env.autoescape is True,
        env.finalize is not None,
        env.keep_trailing_newline,
        env.trim_blocks,
        env.lstrip_blocks,
        env.optimized,
        env.is_async,
        env.newline_sequence,
        (env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string),
        (env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix),
        sorted(env.extensions),
    )
    return repr(settings)


@cache
def versions() -> dict[str, str]:
    """The versions of the libraries the generated code and sources depend on (read once per process): Jinja
    wrote the code, docxtpl repaired the tags, lxml and libxml2 read and wrote the XML around them."""
    from lxml import etree

    found = {name: metadata.version(name) for name in ("jinja2", "docxtpl", "lxml")}
    found["libxml2"] = ".".join(map(str, etree.LIBXML_VERSION))
    return found


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lookup(data: bytes, env: jinja2.Environment) -> Precompiled | None:
    """The precompiled form of the template file ``data`` for ``env``, or None (compile it as usual)."""
    index = _index()
    if index is None:
        return None
    name = index.TEMPLATES.get(digest(data))
    if name is None or index.VERSIONS != versions() or index.ENVIRONMENT != environment_key(env):
        return None
    module = importlib.import_module(f"{PACKAGE}.{name}")
    template = jinja2.Template.from_module_dict(env, module.__dict__, env.make_globals(None))
    template.filename = "<template>"  # as a template compiled from a string: error lines are found by this name
    return Precompiled(module.SOURCE, template, module.HEAD, module.TAIL, module.GRIDS_FIXED, tuple(module.OTHER_PARTS))


def _index() -> Any:
    try:
        return importlib.import_module(PACKAGE)
    except ImportError:  # not generated (a source tree mid-change): compile as usual
        return None
