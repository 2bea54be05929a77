"""Lint a .docx template: every variable it uses, the ones the context does not provide, and Jinja syntax
errors.

Variables are read from the body, the headers, the footers and the footnotes, with their full dotted names
(``court.name``), loop variables followed to what they loop over (``point.text`` in ``{% for point in
answer.points %}`` is ``answer.points[].text``). They are checked against the context of a complete example
case (:mod:`summons_kit.documents.example`), and an unknown one gets the nearest correct name.

    summons-kit templates lint firm_answer.docx
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs
import jinja2
from docxtpl import DocxTemplate
from jinja2 import nodes
from lxml import etree

from summons_kit.documents.render import (
    ENV,
    TemplateError,
    compile_part,
    iter_parts,
    line_text,
    prepared_source,
)
from summons_kit.documents.variables import LIST, all_paths

_GLOBALS = frozenset(ENV.globals) | {"loop", "super", "varargs", "kwargs", "caller"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@attrs.frozen
class VariableUse:
    """One variable as a template uses it."""

    name: str  # as written: point.text
    path: str  # in the context: answer.points[].text
    part: str  # word/document.xml, word/header1.xml ...
    tag: str  # the tag it is in
    known: bool = True
    suggestion: str = ""  # the nearest known name, as it would be written


@attrs.frozen
class LintProblem:
    """Something that stops a template from rendering (or corrupts the result)."""

    kind: str  # unknown-variable | syntax | paragraph-tags | row-tag | file
    part: str
    tag: str
    message: str
    message_en: str
    suggestion: str = ""

    def __str__(self) -> str:
        where = f"[{self.part}] " if self.part else ""
        tag = f"\n      标签/tag: {self.tag}" if self.tag else ""
        return f"{where}{self.message} / {self.message_en}{tag}"


@attrs.frozen
class LintReport:
    """What ``lint_template`` found in one template."""

    path: Path
    variables: tuple[VariableUse, ...]
    problems: tuple[LintProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def names(self) -> tuple[str, ...]:
        """Every context path the template uses, sorted."""
        return tuple(sorted({u.path for u in self.variables}))

    @property
    def unknown(self) -> tuple[VariableUse, ...]:
        return tuple(u for u in self.variables if not u.known)

    def format(self) -> str:
        """The report as the CLI prints it (Chinese and English)."""
        head = f"{self.path}: "
        if self.ok:
            head += f"没有问题,使用 {len(self.names)} 个变量 / no problems, {len(self.names)} variables used"
        else:
            head += f"{len(self.problems)} 个问题 / {len(self.problems)} problem(s)"
        lines = [head]
        lines += [f"  - {p}" for p in self.problems]
        if self.names:
            lines.append("  变量 / variables: " + ", ".join(self.names))
        return "\n".join(lines)


# --- reading the variables ----------------------------------------------------------------------------------


@attrs.frozen
class _Use:
    written: tuple[str, ...]
    resolved: tuple[str, ...]
    lineno: int


class _Collector:
    """Walks a Jinja AST and records each variable path, following loop and ``set`` aliases."""

    def __init__(self) -> None:
        self.uses: list[_Use] = []

    def template(self, tree: nodes.Template) -> list[_Use]:
        self.body(tree.body, {})
        return self.uses

    def body(self, stmts: Sequence[nodes.Node], scope: dict[str, tuple[str, ...] | None]) -> None:
        for stmt in stmts:
            self.stmt(stmt, scope)

    def stmt(self, node: nodes.Node, scope: dict[str, tuple[str, ...] | None]) -> None:
        if isinstance(node, nodes.For):
            source = self.expr(node.iter, scope)
            inner = dict(scope)
            inner["loop"] = None
            for name in _target_names(node.target):
                inner[name] = (
                    (*source, LIST) if source is not None and isinstance(node.target, nodes.Name) else None
                )
            if node.test is not None:
                self.expr(node.test, inner)
            self.body(node.body, inner)
            self.body(node.else_, scope)
        elif isinstance(node, nodes.Assign):
            value = self.expr(node.node, scope)
            for name in _target_names(node.target):
                scope[name] = value if isinstance(node.target, nodes.Name) else None
        elif isinstance(node, nodes.AssignBlock):
            self.body(node.body, scope)
            for name in _target_names(node.target):
                scope[name] = None
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            inner = dict(scope)
            for arg in node.args:
                inner[arg.name] = None
            for default in node.defaults:
                self.expr(default, scope)
            if isinstance(node, nodes.CallBlock):
                self.expr(node.call, scope)
            else:
                scope[node.name] = None
            self.body(node.body, inner)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                resolved = self.expr(value, scope)
                for name in _target_names(target):
                    inner[name] = resolved if isinstance(target, nodes.Name) else None
            self.body(node.body, inner)
        else:
            for child in node.iter_child_nodes():
                if isinstance(child, nodes.Stmt | nodes.Template):
                    self.stmt(child, scope)
                elif isinstance(child, nodes.Expr):
                    self.expr(child, scope)
                else:
                    self.stmt(child, scope)

    def expr(self, node: nodes.Node, scope: dict[str, tuple[str, ...] | None]) -> tuple[str, ...] | None:
        """Record the path ``node`` reads (if any) and return it, or None when it is not a plain path."""
        chain = _chain(node)
        if chain is not None:
            head, rest, lineno = chain
            if head in scope:
                base = scope[head]
                if base is None:
                    return None
                resolved = (*base, *rest)
            elif head in _GLOBALS:
                return None
            else:
                resolved = (head, *rest)
            self.uses.append(_Use((head, *rest), resolved, lineno))
            return resolved
        for child in node.iter_child_nodes():
            if isinstance(child, nodes.Expr):
                self.expr(child, scope)
        return None


def _target_names(target: nodes.Node) -> list[str]:
    if isinstance(target, nodes.Name):
        return [target.name]
    return [n.name for n in target.find_all(nodes.Name)]


def _chain(node: nodes.Node) -> tuple[str, tuple[str, ...], int] | None:
    """``court.name`` / ``claims[0].text`` / ``answer.items['principal']`` as (head, segments, line)."""
    rest: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            rest.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            rest.append(LIST if isinstance(node.arg.value, int) else str(node.arg.value))
            node = node.node
        elif isinstance(node, nodes.Name):
            return node.name, tuple(reversed(rest)), node.lineno
        else:
            return None


# --- checking them against a context ------------------------------------------------------------------------


def _resolve(context: Mapping[str, Any], path: tuple[str, ...]) -> int | None:
    """The index of the first segment of ``path`` the context does not have, or None when it is all there."""
    node: Any = context
    for index, segment in enumerate(path):
        if node is None:
            return None  # an optional section: its example is absent, nothing to check below it
        if segment == LIST:
            if isinstance(node, list | tuple):
                if not node:
                    return None
                node = node[0]
                continue
            return index
        if isinstance(node, Mapping):
            if segment in node:
                node = node[segment]
                continue
            return index
        if isinstance(node, list | tuple):
            return index
        if not segment.startswith("_") and hasattr(node, segment):
            return None  # a method or attribute of a printed value (str.upper ...)
        return index
    return None


def _level_keys(context: Mapping[str, Any], prefix: tuple[str, ...]) -> list[str]:
    node: Any = context
    for segment in prefix:
        if segment == LIST and isinstance(node, list | tuple) and node:
            node = node[0]
        elif isinstance(node, Mapping) and segment in node:
            node = node[segment]
        else:
            return []
    return [str(k) for k in node] if isinstance(node, Mapping) else []


def _suggest(context: Mapping[str, Any], use: _Use, failed: int) -> str:
    keys = _level_keys(context, use.resolved[:failed])
    wrong = use.resolved[failed]
    best = difflib.get_close_matches(wrong, keys, n=1, cutoff=0.5)
    offset = len(use.resolved) - len(use.written)
    if best and failed - offset >= 0:
        written = list(use.written)
        written[failed - offset] = best[0]
        return _dotted(tuple(written))
    full = _dotted(use.resolved)
    best = difflib.get_close_matches(full, all_paths(context), n=1, cutoff=0.6)
    return best[0] if best else ""


def _dotted(path: tuple[str, ...]) -> str:
    text = ""
    for segment in path:
        text += segment if segment == LIST else (f".{segment}" if text else segment)
    return text


def check_uses(uses: list[_Use], source: str, part: str, context: Mapping[str, Any]) -> list[VariableUse]:
    found: list[VariableUse] = []
    for use in uses:
        failed = _resolve(context, use.resolved)
        tag = _tag_for(source, use)
        found.append(
            VariableUse(
                name=_dotted(use.written),
                path=_dotted(use.resolved),
                part=part,
                tag=tag,
                known=failed is None,
                suggestion="" if failed is None else _suggest(context, use, failed),
            )
        )
    return found


def _tag_for(source: str, use: _Use) -> str:
    text = line_text(source, use.lineno)
    for tag in re.findall(r"\{%.*?%\}|\{\{.*?\}\}", text):
        if use.written[0] in tag:
            return tag
    return text


def unknown_variables(source: str, context: Mapping[str, Any]) -> list[VariableUse]:
    """The variables of one prepared part source that ``context`` does not provide."""
    try:
        tree = ENV.parse(source)
    except jinja2.TemplateSyntaxError:
        return []
    return [u for u in check_uses(_Collector().template(tree), source, "", context) if not u.known]


# --- structural checks on the raw XML -----------------------------------------------------------------------

_P_TAG = re.compile(r"\{%-?\s*p\s|\{\{p\s")
_TR_TAG = re.compile(r"\{%-?\s*tr\s")


def _paragraph_problems(part: str, xml: str) -> Iterator[LintProblem]:
    """Two {%p %} tags in one paragraph corrupt the file; a {%tr %} tag outside a table row is misplaced."""
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return
    for paragraph in root.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))
        if len(_P_TAG.findall(text)) > 1:
            yield LintProblem(
                "paragraph-tags",
                part,
                text,
                "同一段落中有两个 {%p %} 标签,会损坏文件;每个 {%p %} 标签须单独成段",
                "two {%p %} tags in one paragraph corrupt the file; put each on a paragraph of its own",
            )
        if _TR_TAG.search(text) and not any(a.tag == f"{_W}tr" for a in paragraph.iterancestors()):
            yield LintProblem(
                "row-tag",
                part,
                text,
                "{%tr %} 标签须位于表格行中",
                "a {%tr %} tag must be in a table row",
            )


# --- the linter ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def example_context() -> dict[str, Any]:
    """The context of the complete example case: every variable a template can use."""
    from summons_kit.documents.example import example_context as build

    return build()


def lint_template(path: Path | str, context: Mapping[str, Any] | None = None) -> LintReport:
    """Every variable ``path`` uses, those ``context`` (default: the full example's) lacks, syntax errors."""
    path = Path(path)
    context = example_context() if context is None else context
    try:
        doc = DocxTemplate(io.BytesIO(path.read_bytes()))
        parts = list(iter_parts(doc))
    except Exception as error:
        problem = LintProblem(
            "file", "", "", f"无法读取为 .docx 文件:{error}", f"cannot read as a .docx file: {error}"
        )
        return LintReport(path, (), (problem,))
    variables: list[VariableUse] = []
    problems: list[LintProblem] = []
    for part, xml, _encoding in parts:
        problems.extend(_paragraph_problems(part, xml))
        source = prepared_source(doc, xml)
        try:
            compile_part(path, part, source)
            tree = ENV.parse(source)
        except TemplateError as error:
            problems.append(LintProblem("syntax", part, error.tag, error.reason, error.reason_en))
            continue
        for use in check_uses(_Collector().template(tree), source, part, context):
            variables.append(use)
            if not use.known:
                problems.append(
                    LintProblem(
                        "unknown-variable",
                        part,
                        use.tag,
                        f"未知变量 {use.name}" + (f",是否应为 {use.suggestion}?" if use.suggestion else ""),
                        f"unknown variable {use.name}"
                        + (f"; did you mean {use.suggestion}?" if use.suggestion else ""),
                        use.suggestion,
                    )
                )
    return LintReport(path, tuple(variables), tuple(problems))
