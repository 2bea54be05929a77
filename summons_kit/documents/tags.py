"""The template language as the kit speaks it: the sandboxed, autoescaping, strict Jinja environment, the
error every template problem becomes (:class:`TemplateError`), and where in a part's source a tag or an error is.

The lowest module of the rendering code: it knows nothing of .docx packages (see :mod:`.render`) nor of
variables (see :mod:`.uses`); both build on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from summons_kit.documents import limits

#: Characters docxtpl turns into a paragraph break inside a <w:t> (see DocxTemplate.resolve_listing).
PARAGRAPH = "\a"
_TAGS = re.compile(r"<[^>]+>")


class TemplateError(ValueError):
    """A template that cannot be rendered: the file, the part, the tag or variable, in Chinese and English."""

    def __init__(
        self,
        template: Path | str,
        reason: str,
        reason_en: str,
        *,
        part: str = "",
        tag: str = "",
        variable: str = "",
        kind: str = "",
    ) -> None:
        # plain str copies: a name read from an lxml tree is a "smart string" that holds the whole tree (and
        # would not pickle back from a budgeted child process)
        self.template = str(template)
        self.kind = str(kind)  # unsafe | limit | budget | not-xml | xml | "" (what went wrong, for the linter)
        self.reason = str(reason)
        self.reason_en = str(reason_en)
        self.part = str(part)
        self.tag = str(tag)
        self.variable = str(variable)
        where = f"{self.template}" + (f" ({part})" if part else "")
        shown = f" 标签/tag: {tag}" if tag else ""
        super().__init__(f"模板 {where}: {reason} / template {where}: {reason_en}{shown}")

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole (a render in a budgeted child process sends it back)
        return (
            _template_error,
            (self.template, self.reason, self.reason_en, self.part, self.tag, self.variable, self.kind),
        )


def _template_error(*fields: str) -> TemplateError:
    template, reason, reason_en, part, tag, variable, kind = fields
    return TemplateError(template, reason, reason_en, part=part, tag=tag, variable=variable, kind=kind)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0 (tab and newline are)
#: characters no XML document may hold and no repair should guess at: lone surrogates, U+FFFE, U+FFFF
NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


class NotXmlText(ValueError):
    """A value holds a character no XML document can hold (raised while rendering, turned into a
    :class:`TemplateError` naming the variable by the renderer)."""

    def __init__(self, value: str, char: str) -> None:
        self.value = value
        self.char = char
        super().__init__(f"U+{ord(char):04X} cannot be written into a document")


#: what :func:`_finalize` changes in a value (anything else passes as it is)
_TOUCHED = re.compile(r"[\x00-\x08\x0a-\x1f]")
#: what :func:`_finalize` changes or refuses: one search tells that a value passes as it is (most values)
_SPECIAL = re.compile("[\x00-\x08\x0a-\x1f\ud800-\udfff\ufffe\uffff]")


def _finalize(value: Any) -> Any:
    """A newline in a value becomes a new paragraph (docxtpl's \\a), never a raw \\n or a space; C0 control
    characters pasted from elsewhere (formatting debris such as Word's \\v, not allowed in XML) are dropped; a
    character no document can hold (a lone surrogate, U+FFFE, U+FFFF) is refused, never dropped or cut at."""
    if not isinstance(value, str) or _SPECIAL.search(value) is None:
        return value
    if not value.isascii():
        if "\ufffe" in value or "\uffff" in value:
            raise NotXmlText(value, "\ufffe" if "\ufffe" in value else "\uffff")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # a lone surrogate
            raise NotXmlText(value, value[error.start]) from None
    if _TOUCHED.search(value) is None:
        return value
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\n", PARAGRAPH)


_FULL_WIDTH = str.maketrans({"(": "（", ")": "）", ":": "："})


def fullwidth(text: Any) -> str:
    """``{{ r.label|fullwidth }}``: the ASCII brackets and colon of a label as a court form prints them (（）：)."""
    return str(text).translate(_FULL_WIDTH)


class KitEnvironment(SandboxedEnvironment):
    # ``**``, ``*`` and ``%`` go through call_binop (and are never folded at compile time, so that
    # ``{{ 9**999999999 }}`` cannot hang the compiler): see summons_kit.documents.limits
    intercepted_binops = frozenset({"**", "*", "%"})

    """The sandboxed, autoescaping, strict environment every template renders in.

    ``a.b`` on a mapping looks up the key ``b`` first, so a context key named like a dict method (``items``)
    works.
    """

    def __init__(self) -> None:
        super().__init__(
            autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize, keep_trailing_newline=True
        )
        self.filters["fullwidth"] = fullwidth
        self.filters.update(limits.bounded_filters(self.filters))
        lipsum = self.globals["lipsum"]
        assert callable(lipsum)
        self.globals["lipsum"] = limits.bounded_lipsum(lipsum)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        limits.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        limits.check_call(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:  # the context's own mappings: the common case, without an ABC check
            if attribute in obj:
                return obj[attribute]
        elif isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        elif isinstance(obj, str) and attribute in ("format", "format_map"):
            limits.check_format(obj)
        return super().getattr(obj, attribute)


ENV = KitEnvironment()


def has_tags(xml: str) -> bool:
    return "{{" in xml or "{%" in xml or "{#" in xml


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # what Jinja counts as a new line (str.splitlines splits on more)
#: an opening delimiter and what follows it up to a closing one, another opening one or the line's end
_OPENED = r"\{[%{#](?:(?![%}#]\}|\{[%{#]).)*"
#: a whole tag on one line (no other tag opened inside it), or a tag never closed
_RAW_TAG = re.compile(rf"\{{%(?:(?!\{{[%{{#]).)*?%\}}|\{{\{{(?:(?!\{{[%{{#]).)*?\}}\}}|\{{#.*?#\}}|{_OPENED}")


def _line_span(source: str, lineno: int | None) -> tuple[int, int] | None:
    """The offsets of line ``lineno`` (1-based, as Jinja counts) in ``source``."""
    if not lineno or lineno < 1:
        return None
    start, line = 0, 1
    for match in _LINE_BREAK.finditer(source):
        if line == lineno:
            return start, match.start()
        start, line = match.end(), line + 1
    return (start, len(source)) if line == lineno else None


def line_text(source: str, lineno: int | None) -> str:
    """The visible text of line ``lineno`` of a part's source (one paragraph per line)."""
    span = _line_span(source, lineno)
    return "" if span is None else _TAGS.sub("", source[span[0] : span[1]]).strip()


def tag_text(raw: str) -> str:
    """A tag as the user typed it: the XML docxtpl left inside it removed."""
    return _TAGS.sub("", raw).strip()


def line_tags(source: str, lineno: int | None) -> list[tuple[int, int]]:
    """The offsets of each tag on line ``lineno`` of ``source``."""
    span = _line_span(source, lineno)
    if span is None:
        return []
    start, end = span
    return [(start + m.start(), start + m.end()) for m in _RAW_TAG.finditer(source[start:end])]


def tag_at(source: str, lineno: int | None, hint: str = "") -> str:
    """The tag on line ``lineno`` that contains the word ``hint`` (else the line's first tag, else the line)."""
    tags = [tag_text(source[a:b]) for a, b in line_tags(source, lineno)]
    if hint:
        word = re.compile(rf"(?<!\w){re.escape(hint)}(?!\w)")
        tags = [t for t in tags if word.search(t)] or tags
    return tags[0] if tags else line_text(source, lineno)


_BLOCK = re.compile(r"\{%-?\s*(\w+)[^%]*%\}")
_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "raw", "autoescape"})


def _unclosed_span(source: str) -> tuple[int, int] | None:
    """The innermost block tag of ``source`` that is never closed, as offsets, or None."""
    stack: list[tuple[int, int]] = []
    for match in _BLOCK.finditer(source):
        word = match.group(1)
        if word in _OPENERS:
            stack.append(match.span())
        elif word.startswith("end") and stack:
            stack.pop()
    return stack[-1] if stack else None


_OPEN_ONLY = re.compile(rf"{_OPENED}(?=\{{[%{{#]|$)")


def _open_delimiter(source: str) -> tuple[int, int] | None:
    """The first ``{{`` / ``{%`` / ``{#`` whose tag does not close on its own line (paragraph), to the line's
    end."""
    start = 0
    for brk in [*_LINE_BREAK.finditer(source), None]:
        end = brk.start() if brk else len(source)
        found = _OPEN_ONLY.search(source, start, end)
        if found:
            return found.span()
        if brk is None:
            return None
        start = brk.end()
    return None


_NAMED_IN_ERROR = re.compile(r"unknown tag '([^']+)'|No filter named '([^']+)'|No test named '([^']+)'")


def _error_at(source: str, lineno: int, *, compile_it: bool) -> bool:
    """True when reading ``source`` fails at line ``lineno`` (a block left open at its end does not count);
    ``compile_it`` also compiles it (unknown filters and tests are found then)."""
    try:
        (ENV.compile if compile_it else ENV.parse)(source)
    except jinja2.TemplateSyntaxError as error:
        return not (error.message or "").startswith("Unexpected end of template") and error.lineno == lineno
    return False


def error_span(source: str, error: jinja2.TemplateSyntaxError) -> tuple[int, int] | None:
    """The offsets in ``source`` of the tag a Jinja syntax (or compile) error is about.

    Jinja gives only the line; a paragraph with several tags is narrowed down by reading the source up to each
    of its tags in turn (parsing it, or compiling it when the error is the compiler's): the first one that brings
    an error on that line is the culprit (a stray ``{% endif %}``, not the ``{% with %}`` before it;
    ``{{ x|nosuchfilter }}``, not the ``{{ y|upper }}`` before it).
    """
    message = error.message or ""
    if "end of template" in message:
        return _open_delimiter(source) or _unclosed_span(source)
    tags = line_tags(source, error.lineno)
    if len(tags) > 1 and error.lineno is not None:
        try:
            ENV.parse(source)
            compile_it = True  # the source parses: the error is the compiler's (an unknown filter or test)
        except jinja2.TemplateSyntaxError:
            compile_it = False
        for start, end in tags:
            if _error_at(source[:end], error.lineno, compile_it=compile_it):
                return start, end
        named = _NAMED_IN_ERROR.search(message)
        if named:
            word = re.compile(rf"(?<!\w){re.escape(next(g for g in named.groups() if g))}(?!\w)")
            hits = [(a, b) for a, b in tags if word.search(tag_text(source[a:b]))]
            if hits:
                return hits[0]
    return tags[0] if tags else None


def syntax_error(path: Path | str, name: str, source: str, error: jinja2.TemplateSyntaxError) -> TemplateError:
    """A Jinja syntax error of part ``name`` as a TemplateError naming the file, the part and the tag."""
    span = error_span(source, error)
    tag = tag_text(source[span[0] : span[1]]) if span else line_text(source, error.lineno)
    return TemplateError(
        path,
        f"Jinja 语法错误：{error.message}",
        f"Jinja syntax error: {error.message}",
        part=name,
        tag=tag,
    )


def refused_name(error: SecurityError) -> str:
    """What the sandbox refused: the attribute (``__class__``) or the callable (``delete()``)."""
    attribute = re.search(r"attribute '([^']+)'", str(error))
    if attribute:
        return attribute.group(1)
    function = re.search(r"<(?:function|bound method|built-in function) (\S+)", str(error))
    return f"{function.group(1).split('.')[-1]}()" if function else str(error)


def refused_attribute(error: SecurityError) -> str:
    """The attribute a sandbox error names (``access to attribute '__class__' of 'str' object is unsafe``)."""
    found = re.search(r"attribute '([^']+)'", str(error))
    return found.group(1) if found else ""


def render_lineno(error: BaseException) -> int | None:
    """The template line of a render-time error (from the traceback of the compiled template)."""
    tb = error.__traceback__
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            found = tb.tb_lineno
        tb = tb.tb_next
    if found is None:
        return getattr(error, "lineno", None)
    return found
