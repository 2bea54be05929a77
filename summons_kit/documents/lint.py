"""Lint a .docx template: every variable it uses, the ones the context does not provide, Jinja syntax errors,
and what the sandbox would refuse.

Variables are read from the body, the headers, the footers and the footnotes, with their full dotted names
(``court.name``), loop variables followed to what they loop over (``point.text`` in ``{% for point in
answer.points %}`` is ``answer.points[].text``). They are checked against the context of a complete example
case (:mod:`summons_kit.documents.example`), and an unknown one gets the nearest correct name when one is close.

A syntax error does not end the lint of its part: the faulty tag is reported and replaced by a stand-in, and the
part is parsed again, so the other paragraphs are still checked. Each problem names the tag it is in.

    summons-kit templates lint firm_answer.docx
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs
import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import (
    UNSAFE_ASYNC_GENERATOR_ATTRIBUTES,
    UNSAFE_COROUTINE_ATTRIBUTES,
    UNSAFE_FUNCTION_ATTRIBUTES,
    UNSAFE_GENERATOR_ATTRIBUTES,
    UNSAFE_METHOD_ATTRIBUTES,
)
from lxml import etree

from summons_kit.documents import budget as budgets
from summons_kit.documents.budget import Budget
from summons_kit.documents.render import CompiledTemplate, TemplateError, load_template, read_parts, render_bytes
from summons_kit.documents.tags import ENV, error_span, syntax_error, tag_at
from summons_kit.documents.uses import Collector, VariableUse, check_uses
from summons_kit.documents.variables import dotted

__all__ = [
    "LintProblem",
    "LintReport",
    "TemplateError",
    "VariableUse",
    "lint_template",
    "template_names",
    "template_style",
    "template_variables",
]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@attrs.frozen
class LintProblem:
    """Something that stops a template from rendering (or corrupts the result)."""

    kind: str  # unknown-variable | syntax | unsafe | paragraph-tags | row-tag | file | limit | budget | not-xml | xml
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
            head += f"没有问题，使用 {len(self.names)} 个变量 / no problems, {len(self.names)} variables used"
        else:
            head += f"{len(self.problems)} 个问题 / {len(self.problems)} problem(s)"
        lines = [head]
        lines += [f"  - {p}" for p in self.problems]
        if self.names:
            lines.append("  变量 / variables: " + ", ".join(self.names))
        return "\n".join(lines)


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


# --- syntax errors, and linting past them ------------------------------------------------------------------

#: a part is repaired at most this many times (each repair gets past one syntax error)
_MAX_REPAIRS = 30
_OPENER_STANDINS = {
    "if": "{% if false %}",
    "elif": "{% elif false %}",
    "with": "{% with %}",
    "filter": "{% filter string %}",
    "macro": "{% macro _lint_macro() %}",
    "call": "{% call range() %}",
    "autoescape": "{% autoescape true %}",
}


def _stand_in(tag: str, message: str, serial: int) -> str:
    """What replaces a faulty tag so that the rest of the part parses: an unknown filter or test becomes a
    known one, a broken block opener an empty block of the same kind (its ``{% endfor %}`` still closes it,
    its loop variable stays a loop variable), anything else (a stray ``{% endif %}``, a broken ``{{ }}``)
    nothing."""
    named = re.search(r"No (filter|test) named '([^']+)'", message)
    if named:
        kind, name = named.groups()
        fixed = (
            re.sub(rf"\|\s*{re.escape(name)}(?!\w)", "|string", tag)
            if kind == "filter"
            else re.sub(rf"\bis(\s+not)?\s+{re.escape(name)}(?!\w)", r"is\1 defined", tag)
        )
        return fixed if fixed != tag else ""
    keyword = re.match(r"\{%[-+]?\s*(\w+)", tag)
    word = keyword.group(1) if keyword else ""
    if word == "for":
        target = re.match(r"\{%[-+]?\s*for\s+(.*?)\s+in\b", tag)
        names = target.group(1) if target and re.fullmatch(r"\w+(\s*,\s*\w+)*", target.group(1)) else "_"
        return f"{{% for {names} in () %}}"
    if word == "set":
        target = re.match(r"\{%[-+]?\s*set\s+(\w+(?:\s*,\s*\w+)*)", tag)
        names = target.group(1) if target else "_"
        return f"{{% set {names} = none %}}" if "=" in tag else f"{{% set {names} %}}"
    if word == "block":
        return f"{{% block _lint_block_{serial} %}}"
    return _OPENER_STANDINS.get(word, "")


def _repair(source: str, error: jinja2.TemplateSyntaxError, serial: int) -> str | None:
    """``source`` with the fault of ``error`` taken out (a block left open is closed at the end), or None."""
    message = error.message or ""
    innermost = re.search(r"innermost block that needs to be closed is '(\w+)'", message)
    if message.startswith("Unexpected end of template") and innermost:
        return f"{source}{{% end{innermost.group(1)} %}}"
    span = error_span(source, error)
    if span is None:
        return None
    start, end = span
    tag = source[start:end]
    if not re.search(r"[%}#]\}$", tag):  # a tag never closed: its opening delimiter goes, its text stays
        return source[:start] + tag[2:] + source[end:]
    return source[:start] + _stand_in(tag, message, serial) + source[end:]


@attrs.frozen
class _Parsed:
    """A part's source as far as it can be read: its syntax tree (of the repaired source) and its errors."""

    tree: nodes.Template | None
    source: str  # the source the tree is of (the faulty tags replaced; the same lines as the original)
    errors: tuple[LintProblem, ...]


def _parse(path: Path, part: str, source: str) -> _Parsed:
    """Parse and compile ``source``; on an error, report it, take the faulty tag out and go on, so that one
    mistake does not hide the unknown variables elsewhere in the part."""
    errors: list[LintProblem] = []
    seen: set[tuple[int | None, str]] = set()
    current = source
    for serial in range(_MAX_REPAIRS):
        tree: nodes.Template | None = None
        try:
            tree = ENV.parse(current)
            ENV.compile(current)  # unknown filters and tests are found here
        except jinja2.TemplateSyntaxError as error:
            fault = (error.lineno, error.message or "")
            if fault in seen:
                return _Parsed(tree, current, tuple(errors))
            seen.add(fault)
            found = syntax_error(path, part, current, error)
            errors.append(LintProblem("syntax", part, found.tag, found.reason, found.reason_en))
            repaired = _repair(current, error, serial)
            if repaired is None or repaired == current:
                return _Parsed(tree, current, tuple(errors))
            current = repaired
        else:
            errors.extend(_unknown_filters(part, current, tree))
            return _Parsed(tree, current, tuple(errors))
    try:
        return _Parsed(ENV.parse(current), current, tuple(errors))
    except jinja2.TemplateSyntaxError:
        return _Parsed(None, current, tuple(errors))


def _unknown_filters(part: str, source: str, tree: nodes.Template) -> Iterator[LintProblem]:
    """Filters and tests the environment does not have, where Jinja leaves them to render time (in an ``{% if
    %}`` condition: ``{% if x is nosuchtest %}`` fails only when drafting)."""
    seen: set[tuple[str, str]] = set()
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        kind, known = ("filter", ENV.filters) if isinstance(node, nodes.Filter) else ("test", ENV.tests)
        if node.name in known or (kind, node.name) in seen:
            continue
        seen.add((kind, node.name))
        message = f"No {kind} named '{node.name}'."
        yield LintProblem(
            "syntax",
            part,
            tag_at(source, node.lineno, node.name),
            f"Jinja 语法错误：{message}",
            f"Jinja syntax error: {message}",
        )


# --- what the sandbox refuses -------------------------------------------------------------------------------

#: attributes the sandbox refuses besides those starting with "_" (jinja2.sandbox.is_internal_attribute)
_INTERNAL = frozenset(
    {"mro"}
    | UNSAFE_FUNCTION_ATTRIBUTES
    | UNSAFE_METHOD_ATTRIBUTES
    | UNSAFE_GENERATOR_ATTRIBUTES
    | UNSAFE_COROUTINE_ATTRIBUTES
    | UNSAFE_ASYNC_GENERATOR_ATTRIBUTES
)
#: filters that read an attribute named by a string: the position of that argument (None: only attribute=)
_ATTRIBUTE_FILTERS: dict[str, int | None] = {
    "attr": 0,
    "selectattr": 0,
    "rejectattr": 0,
    "groupby": 0,
    "sum": 0,
    "sort": 2,
    "min": 1,
    "max": 1,
    "unique": 1,
    "map": None,
}
_FORMAT_FIELD = re.compile(r"\{[^{}]*?(?:\.|\[)\s*['\"]?(_\w*|mro)")


def _unsafe_name(name: object) -> bool:
    if not isinstance(name, str):
        return False
    return any(segment.startswith("_") or segment in _INTERNAL for segment in name.split("."))


def _unsafe_uses(tree: nodes.Template) -> Iterator[tuple[str, int]]:
    """(what, line) of each attribute access the sandbox refuses at draft time: ``x.__class__``,
    ``x['__class__']``, ``x|attr('__class__')``, ``x|map(attribute='_y')``, ``'{0.__class__}'.format(x)``."""
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Call)):
        if isinstance(node, nodes.Getattr) and _unsafe_name(node.attr):
            yield node.attr, node.lineno
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            if _unsafe_name(node.arg.value):
                yield str(node.arg.value), node.lineno
        elif isinstance(node, nodes.Filter) and node.name in _ATTRIBUTE_FILTERS:
            at = _ATTRIBUTE_FILTERS[node.name]
            given = [node.args[at]] if at is not None and len(node.args) > at else []
            given += [k.value for k in node.kwargs if k.key == "attribute"]
            for value in given:
                if isinstance(value, nodes.Const) and _unsafe_name(value.value):
                    yield str(value.value), node.lineno
        elif (
            isinstance(node, nodes.Call)
            and isinstance(node.node, nodes.Getattr)
            and node.node.attr in ("format", "format_map")
            and isinstance(node.node.node, nodes.Const)
            and isinstance(node.node.node.value, str)
        ):
            field = _FORMAT_FIELD.search(node.node.node.value)
            if field:
                yield field.group(1), node.lineno


def _unsafe_by_tag(source: str, found: Iterable[tuple[str, int | None]]) -> dict[str, list[str]]:
    """The refused attributes grouped by the tag they are in, in the order the tag writes them."""
    by_tag: dict[str, list[str]] = {}
    for name, lineno in found:
        tag = tag_at(source, lineno, name)
        if name not in by_tag.setdefault(tag, []):
            by_tag[tag].append(name)
    for tag, names in by_tag.items():
        names.sort(key=lambda n: (tag.find(n) < 0, tag.find(n)))
    return by_tag


def _unsafe_problem(part: str, tag: str, names: list[str]) -> LintProblem:
    return LintProblem(
        "unsafe",
        part,
        tag,
        f"模板使用了沙箱禁止的属性或调用 {'、'.join(names)}：以下划线开头的属性、Python 内部属性和标记为不安全的"
        "函数都被禁止，生成文书时会被拒绝",
        f"the template uses {', '.join(names)}, which the sandbox refuses (attributes starting with an underscore, "
        "Python internals, callables marked unsafe): drafting would fail",
    )


def template_variables(path: Path | str | CompiledTemplate) -> frozenset[str]:
    """Every context path the template at ``path`` (or a template :func:`load_template` gave) uses
    (``court.name``, ``answer.points[].body`` …), from its compiled parts (read once per compiled template, i.e.
    per file version, like the render cache). A template that cannot be read or compiled raises
    :class:`summons_kit.documents.render.TemplateError`, as rendering it would."""
    return _read_uses(path).variables


def template_names(path: Path | str | CompiledTemplate) -> frozenset[str]:
    """The context's top-level names the template at ``path`` (or a template :func:`load_template` gave) reads
    (``court``, ``answer`` …), whatever form the reading takes (``{% set x = court %}``, ``f(c=court)``,
    ``{'c': court}``): Jinja's own analysis (``jinja2.meta.find_undeclared_variables``), read once per compiled
    template like :func:`template_variables`."""
    return _read_uses(path).names


@attrs.frozen
class _Uses:
    variables: frozenset[str]  # dotted paths, as the linter checks them
    names: frozenset[str]  # top-level names, exact


def _read_uses(path: Path | str | CompiledTemplate) -> _Uses:
    # the file's own errors first, in the renderer's words
    compiled = path if isinstance(path, CompiledTemplate) else load_template(path)
    found = _USES.get(id(compiled))
    if found is not None and found[0] is compiled:
        return found[1]
    variables: set[str] = set()
    names: set[str] = set()
    for part in compiled.parts:
        if part.template is not None:
            tree = ENV.parse(part.source)
            variables.update(dotted(use.resolved) for use in Collector().template(tree))
            names.update(meta.find_undeclared_variables(tree))
    uses = _Uses(frozenset(variables), frozenset(names))
    if len(_USES) >= 64:
        _USES.clear()
    _USES[id(compiled)] = (compiled, uses)  # the template is kept: its id is not reused
    return uses


#: what each compiled template met uses (by identity: a new version of a file is a new compiled template)
_USES: dict[int, tuple[CompiledTemplate, _Uses]] = {}


# --- the linter ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def example_context() -> dict[str, Any]:
    """The context of the complete example case: every variable a template can use."""
    from summons_kit.documents.example import example_context as build

    return build()


def lint_template(
    path: Path | str, context: Mapping[str, Any] | None = None, *, budget: Budget = budgets.DEFAULT
) -> LintReport:
    """Every variable ``path`` uses, those ``context`` (default: the full example's) lacks, syntax errors; a
    template that passes these is drafted with ``context`` under ``budget``, as ``draft`` would."""
    path = Path(path)
    context = example_context() if context is None else context
    try:
        parts = read_parts(path.read_bytes(), path)
    except Exception as error:
        problem = LintProblem(
            "file", "", "", f"无法读取为 .docx 文件：{error}", f"cannot read as a .docx file: {error}"
        )
        return LintReport(path, (), (problem,))
    variables: list[VariableUse] = []
    problems: list[LintProblem] = []
    for raw in parts:
        part, source = raw.name, raw.source
        problems.extend(_paragraph_problems(part, raw.xml))
        parsed = _parse(path, part, source)
        problems.extend(parsed.errors)
        if parsed.tree is None:
            continue
        # the tree is of the repaired source, whose lines are the original's: tags are shown as written
        unsafe = _unsafe_by_tag(source, _unsafe_uses(parsed.tree))
        problems.extend(_unsafe_problem(part, tag, names) for tag, names in unsafe.items())
        for use in check_uses(Collector().template(parsed.tree), source, part, context):
            if any(_unsafe_name(segment) for segment in use.path.split(".")):
                continue  # reported as unsafe, not as a variable
            variables.append(use)
            if not use.known:
                problems.append(
                    LintProblem(
                        "unknown-variable",
                        part,
                        use.tag,
                        f"未知变量 {use.name}" + (f"，是否应为 {use.suggestion}？" if use.suggestion else ""),
                        f"unknown variable {use.name}"
                        + (f"; did you mean {use.suggestion}?" if use.suggestion else ""),
                        use.suggestion,
                    )
                )
    if not problems:
        problems.extend(_render_problems(path, context, budget))
    return LintReport(path, tuple(variables), tuple(problems))


def _render_problems(path: Path, context: Mapping[str, Any], budget: Budget) -> list[LintProblem]:
    """Draft it with ``context``, as ``draft`` would (a user's template in a child process under the render
    budget): what the static checks cannot see (a callable marked unsafe, a value no document can hold, a
    computation beyond the limits, a loop that never ends) fails the lint as it would fail the draft."""
    try:
        render_bytes(path, context, budget=budget)
    except TemplateError as error:
        if error.kind == "unsafe":
            return [_unsafe_problem(error.part, error.tag, [error.variable])]
        return [LintProblem(error.kind or "render", error.part, error.tag, error.reason, error.reason_en)]
    return []


def template_style(template: Path | str) -> str:
    """The answer style an answer template is written for: ``element`` when it prints the element rows
    (``answer.items`` / ``answer.facts`` / ``answer.item_rows`` / ``answer.fact_rows``), else ``narrative``."""
    rows = ("answer.items", "answer.facts", "answer.item_rows", "answer.fact_rows")
    found = template_variables(template)
    element = any(p == r or p.startswith((f"{r}.", f"{r}[")) for p in found for r in rows)
    return "element" if element else "narrative"
