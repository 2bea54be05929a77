"""Which variables a template uses and which of them a context lacks: a walk over the Jinja syntax tree that
follows loop and ``set`` aliases to full dotted paths (``point.text`` in ``{% for point in answer.points %}`` is
``answer.points[].text``), checked against a context, with the nearest known name for a typo.

Used by the renderer (an undefined variable's error names it in full) and by the linter; it depends only on
:mod:`.tags` and :mod:`.variables`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import jinja2
from jinja2 import nodes

from summons_kit.documents.tags import ENV, TemplateError, line_tags, line_text, render_lineno, tag_at, tag_text
from summons_kit.documents.variables import LIST, all_paths, dotted, undeclared

GLOBALS = frozenset(ENV.globals) | {"loop", "super", "varargs", "kwargs", "caller"}


@attrs.frozen
class VariableUse:
    """One variable as a template uses it."""

    name: str  # as written: point.text
    path: str  # in the context: answer.points[].text
    part: str  # word/document.xml, word/header1.xml ...
    tag: str  # the tag it is in
    known: bool = True
    suggestion: str = ""  # the nearest known name, as it would be written


# --- reading the variables ----------------------------------------------------------------------------------


@attrs.frozen
class Use:
    written: tuple[str, ...]
    resolved: tuple[str, ...]
    lineno: int


class Collector:
    """Walks a Jinja AST and records each variable path, following loop and ``set`` aliases."""

    def __init__(self) -> None:
        self.uses: list[Use] = []

    def template(self, tree: nodes.Template) -> list[Use]:
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
                inner[name] = (*source, LIST) if source is not None and isinstance(node.target, nodes.Name) else None
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
            for target, bound in zip(node.targets, node.values, strict=False):
                resolved = self.expr(bound, scope)
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
            elif head in GLOBALS:
                return None
            else:
                resolved = (head, *rest)
            self.uses.append(Use((head, *rest), resolved, lineno))
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
                if not node:  # an empty list: what the view classes declare for its items
                    return undeclared(path, index)
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


#: how close a name must be to a known one to be suggested (difflib ratio): a typo, not a different word
CLOSE = 0.75


def _depth(path: str) -> int:
    return len(re.findall(r"\.|\[\]", path)) + 1


def _last(path: str) -> str:
    return [p for p in re.split(r"\.|\[\]", path) if p][-1]


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _suggest(context: Mapping[str, Any], use: Use, failed: int) -> str:
    """The known name nearest to ``use``, or "" when none is close enough (:data:`CLOSE`).

    First the failing segment against the keys at its level (``court.nmae`` -> ``court.name``); else a path
    whose whole dotted name and last segment are both close (``deadlines.answer.date`` ->
    ``deadlines[].date``), of the same depth if there is one. ``firm_name`` gets no suggestion: no variable
    is spelled like it.
    """
    keys = _level_keys(context, use.resolved[:failed])
    wrong = use.resolved[failed]
    best = difflib.get_close_matches(wrong, keys, n=1, cutoff=CLOSE)
    offset = len(use.resolved) - len(use.written)
    if best and failed - offset >= 0:
        written = list(use.written)
        written[failed - offset] = best[0]
        return dotted(tuple(written))
    full = dotted(use.resolved)
    scored = [
        (_depth(path) == _depth(full), _ratio(full, path), path)
        for path in all_paths(context)
        if _ratio(_last(full), _last(path)) >= CLOSE and _ratio(full, path) >= CLOSE
    ]
    return max(scored)[2] if scored else ""


def check_uses(uses: list[Use], source: str, part: str, context: Mapping[str, Any]) -> list[VariableUse]:
    found: list[VariableUse] = []
    for use in uses:
        failed = _resolve(context, use.resolved)
        tag = _tag_for(source, use)
        found.append(
            VariableUse(
                name=dotted(use.written),
                path=dotted(use.resolved),
                part=part,
                tag=tag,
                known=failed is None,
                suggestion="" if failed is None else _suggest(context, use, failed),
            )
        )
    return found


def _name_pattern(written: tuple[str, ...]) -> re.Pattern[str]:
    """``r.amout`` as a template may write it (``r.amout``, ``r['amout']``, ``r[0]``), not inside another name."""
    parts = [rf"(?<![\w.]){re.escape(written[0])}"]
    for segment in written[1:]:
        if segment == LIST:
            parts.append(r"\s*\[\s*-?\d+\s*\]")
        else:
            name = re.escape(segment)
            parts.append(rf"\s*(?:\.\s*{name}|\[\s*(?:'{name}'|\"{name}\")\s*\])")
    return re.compile("".join(parts) + r"(?!\w)")


def _tag_for(source: str, use: Use) -> str:
    """The tag on the use's line that contains its whole name (``{{ r.amout }}``, not a tag with an ``r`` in
    it), else the first tag of the line, else the line."""
    tags = [tag_text(source[a:b]) for a, b in line_tags(source, use.lineno)]
    pattern = _name_pattern(use.written)
    hits = [t for t in tags if pattern.search(t)]
    if hits:
        return hits[0]
    return tags[0] if tags else line_text(source, use.lineno)


def unknown_variables(source: str, context: Mapping[str, Any]) -> list[VariableUse]:
    """The variables of one prepared part source that ``context`` does not provide."""
    try:
        tree = ENV.parse(source)
    except jinja2.TemplateSyntaxError:
        return []
    return [u for u in check_uses(Collector().template(tree), source, "", context) if not u.known]


_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def undefined_error(
    path: Path | str, part: str, source: str, error: jinja2.UndefinedError, context: Mapping[str, Any]
) -> TemplateError:
    """A StrictUndefined error in part ``part`` (of ``source``) as a TemplateError naming the variable (dotted)
    and the nearest known name."""
    unknown = [u for u in unknown_variables(source, context) if u.part in ("", part)]
    match = _UNDEFINED.search(str(error))
    short = next((g for g in match.groups() if g), "") if match else ""
    use = next((u for u in unknown if u.name.split(".")[-1] == short), unknown[0] if unknown else None)
    if use is not None:
        name, tag, suggestion = use.name, use.tag, use.suggestion
    else:
        name, tag = short, tag_at(source, render_lineno(error), short)
        suggestion = ", ".join(difflib.get_close_matches(short, [str(k) for k in context], n=1, cutoff=0.75))
    hint_zh = f",是否应为 {suggestion}?" if suggestion else ""
    hint_en = f"; did you mean {suggestion}?" if suggestion else ""
    return TemplateError(
        path,
        f"变量 {name} 未定义{hint_zh}",
        f"undefined variable {name}{hint_en}",
        part=part,
        tag=tag,
        variable=name,
    )
