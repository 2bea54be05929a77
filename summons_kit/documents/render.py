"""Rendering a .docx template safely: autoescape, sandbox, strict undefined, a compiled cache, atomic writes.

What plain docxtpl does not do (see docs/templates.md):

- every value is escaped (a ``&`` or ``<`` in a name cannot corrupt the file);
- a newline in a value starts a new paragraph with the same formatting (never a raw ``\\n`` or a space);
- templates run in a jinja2 ``SandboxedEnvironment`` (``{{ ''.__class__ }}`` is refused);
- an unknown variable is an error naming the template file and the variable (``StrictUndefined``), never a
  blank;
- each template is read and compiled once per process (cached by path, size and mtime), not on every render;
- the result is written by :func:`summons_kit.atomic.write_atomic` (a temporary file in the target directory
  moved into place with ``os.replace``), so a failure never leaves a half-written document.
"""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import attrs
import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from lxml import etree

#: Characters docxtpl turns into a paragraph break inside a <w:t> (see DocxTemplate.resolve_listing).
_PARAGRAPH = "\a"
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
    ) -> None:
        self.template = str(template)
        self.reason = reason
        self.reason_en = reason_en
        self.part = part
        self.tag = tag
        self.variable = variable
        where = f"{self.template}" + (f" ({part})" if part else "")
        shown = f" 标签/tag: {tag}" if tag else ""
        super().__init__(f"模板 {where}: {reason} / template {where}: {reason_en}{shown}")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0 (tab and newline are)


def _finalize(value: Any) -> Any:
    """A newline in a value becomes a new paragraph (docxtpl's \\a), never a raw \\n or a space; control
    characters pasted from elsewhere (not allowed in XML) are dropped."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
        if "\n" in value:
            return value.replace("\n", _PARAGRAPH)
    return value


class KitEnvironment(SandboxedEnvironment):
    """The sandboxed, autoescaping, strict environment every template renders in.

    ``a.b`` on a mapping looks up the key ``b`` first, so a context key named like a dict method (``items``)
    works.
    """

    def __init__(self) -> None:
        super().__init__(
            autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize, keep_trailing_newline=True
        )

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


ENV = KitEnvironment()


@attrs.frozen
class Part:
    """One XML part of a template (body, header, footer, footnotes) with its compiled Jinja template."""

    name: str  # word/document.xml, word/header1.xml ...
    source: str  # the XML after docxtpl's tag repairs, one <w:p> per line (for the body: the <w:body> element)
    template: jinja2.Template | None  # None when the part has no tags
    encoding: str = "utf-8"


@attrs.frozen
class CompiledTemplate:
    """A template read and compiled once: its bytes, its parts, and the document.xml around the body."""

    path: Path
    data: bytes
    parts: tuple[Part, ...]
    head: str = ""  # document.xml up to <w:body>
    tail: str = ""  # document.xml after </w:body>

    def part(self, name: str) -> Part | None:
        return next((p for p in self.parts if p.name == name), None)


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


def iter_parts(doc: DocxTemplate) -> Iterator[tuple[str, str, str]]:
    """(part name, XML text, encoding) of the body, the headers, the footers and the footnotes of ``doc``."""
    doc.init_docx()
    yield "word/document.xml", doc.get_xml(), "utf-8"
    for uri in (doc.HEADER_URI, doc.FOOTER_URI):
        for _rel, part in doc.get_headers_footers(uri):
            xml = doc.get_part_xml(part)
            yield str(part.partname).lstrip("/"), xml, doc.get_headers_footers_encoding(xml)
    for part in doc.docx.part.package.parts:
        if part.content_type.endswith("wordprocessingml.footnotes+xml"):
            yield str(part.partname).lstrip("/"), doc.get_part_xml(part), "utf-8"


def prepared_source(doc: DocxTemplate, xml: str) -> str:
    """docxtpl's repair of tags Word split across runs, then one paragraph per line (as docxtpl does)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", doc.patch_xml(xml))


def compile_part(path: Path, name: str, source: str) -> jinja2.Template:
    """Compile one part; a syntax error names the file, the part and the tag text."""
    try:
        return ENV.from_string(source)
    except jinja2.TemplateSyntaxError as error:
        raise syntax_error(path, name, source, error) from error


_BODY = re.compile(r"<w:body[ >/].*</w:body>|<w:body/>", re.S)


@lru_cache(maxsize=64)
def _compiled(path: str, _mtime_ns: int, _size: int) -> CompiledTemplate:
    data = Path(path).read_bytes()
    doc = DocxTemplate(io.BytesIO(data))
    parts = []
    for name, xml, encoding in iter_parts(doc):
        source = prepared_source(doc, xml)
        template = compile_part(Path(path), name, source) if has_tags(source) else None
        parts.append(Part(name, source, template, encoding))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = package.read("word/document.xml").decode("utf-8")
    body = _BODY.search(document)
    if body is None:
        raise TemplateError(path, "word/document.xml 中没有正文", "word/document.xml has no <w:body>")
    return CompiledTemplate(Path(path), data, tuple(parts), document[: body.start()], document[body.end() :])


def load_template(path: Path | str) -> CompiledTemplate:
    """The compiled template at ``path``, read and compiled once per (path, size, mtime)."""
    file = Path(path).resolve()
    try:
        stat = file.stat()
    except FileNotFoundError:
        raise TemplateError(file, "找不到模板文件", "template file not found") from None
    try:
        return _compiled(str(file), stat.st_mtime_ns, stat.st_size)
    except TemplateError:
        raise
    except Exception as error:  # a file that is not a .docx
        raise TemplateError(file, f"无法读取为 .docx 文件:{error}", f"cannot read as a .docx file: {error}") from error


def cache_info() -> Any:
    """Hits and misses of the compiled-template cache (for the benchmark and tests)."""
    return _compiled.cache_info()


def clear_cache() -> None:
    _compiled.cache_clear()


class _Post(DocxTemplate):
    """docxtpl's post-processing of rendered XML (listings, table grids, drawing ids), without a package."""

    def __init__(self) -> None:  # no file: only the XML helpers are used
        self.docx_ids_index = 1000


def _render_part(compiled: CompiledTemplate, part: Part, context: Mapping[str, Any]) -> str:
    """Render one compiled part and apply docxtpl's post-processing; errors name the file, part and tag."""
    assert part.template is not None
    try:
        out = part.template.render(context)
    except SecurityError as error:
        raise TemplateError(
            compiled.path,
            f"模板调用了不安全的属性或方法:{error}",
            f"unsafe call refused by the sandbox: {error}",
            part=part.name,
            tag=tag_at(part.source, render_lineno(error), _unsafe_name(error)),
        ) from error
    except jinja2.UndefinedError as error:
        raise undefined_error(compiled, part, error, context) from error
    except jinja2.TemplateError as error:
        raise TemplateError(
            compiled.path,
            f"渲染出错:{error}",
            f"rendering failed: {error}",
            part=part.name,
            tag=tag_at(part.source, render_lineno(error)),
        ) from error
    out = re.sub(r"\n<w:p([ >])", r"<w:p\1", out)
    out = out.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    out = _Post().resolve_listing(out)
    return out.replace(_PARAGRAPH, "")  # a break outside any <w:t> cannot be a paragraph: drop it


def _well_formed(compiled: CompiledTemplate, name: str, xml: str) -> None:
    try:
        etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as error:
        raise TemplateError(
            compiled.path,
            f"渲染结果不是有效的 XML({error});请检查 {{%p %}}、{{%tr %}} 标签是否单独成段/成行",
            f"the rendered XML is not valid ({error}); check that {{%p %}} and {{%tr %}} tags stand alone",
            part=name,
        ) from error


def _render_parts(compiled: CompiledTemplate, context: Mapping[str, Any]) -> dict[str, bytes]:
    post = _Post()
    replaced: dict[str, bytes] = {}
    for part in compiled.parts:
        if part.template is None:
            continue
        out = _render_part(compiled, part, context)
        if part.name == "word/document.xml":
            tree = post.fix_tables(out)
            post.fix_docpr_ids(tree)
            body = etree.tostring(tree, encoding="unicode")
            opening = body[: body.index(">") + 1]  # the namespaces are declared on the document element already
            body = re.sub(r'\s+xmlns:\w+="[^"]*"', "", opening) + body[len(opening) :]
            out = compiled.head + body + compiled.tail
        else:
            out = _DECLARATION + out
        _well_formed(compiled, part.name, out.removeprefix(_DECLARATION))
        replaced[part.name] = out.encode(part.encoding)
    return replaced


def _unsafe_name(error: SecurityError) -> str:
    """The attribute a sandbox error names (``access to attribute '__class__' of 'str' object is unsafe``)."""
    found = re.search(r"attribute '([^']+)'", str(error))
    return found.group(1) if found else ""


_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


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


_UNDEFINED = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


def undefined_error(
    compiled: CompiledTemplate, part: Part, error: jinja2.UndefinedError, context: Mapping[str, Any]
) -> TemplateError:
    """A StrictUndefined error as a TemplateError naming the variable (dotted) and the nearest known name."""
    from summons_kit.documents.lint import unknown_variables

    unknown = [u for u in unknown_variables(part.source, context) if u.part in ("", part.name)]
    match = _UNDEFINED.search(str(error))
    short = next((g for g in match.groups() if g), "") if match else ""
    use = next((u for u in unknown if u.name.split(".")[-1] == short), unknown[0] if unknown else None)
    if use is not None:
        name, tag, suggestion = use.name, use.tag, use.suggestion
    else:
        name, tag = short, tag_at(part.source, render_lineno(error), short)
        suggestion = ", ".join(difflib.get_close_matches(short, [str(k) for k in context], n=1, cutoff=0.75))
    hint_zh = f",是否应为 {suggestion}?" if suggestion else ""
    hint_en = f"; did you mean {suggestion}?" if suggestion else ""
    return TemplateError(
        compiled.path,
        f"变量 {name} 未定义{hint_zh}",
        f"undefined variable {name}{hint_en}",
        part=part.name,
        tag=tag,
        variable=name,
    )


def render_bytes(template: Path | str, context: Mapping[str, Any]) -> bytes:
    """Render ``template`` with ``context`` and return the .docx file's bytes.

    Only the templated parts are rendered and replaced; every other part of the package is copied as it is.
    """
    compiled = load_template(template)
    replaced = _render_parts(compiled, context)
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(compiled.data)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = replaced.get(info.filename)
            target.writestr(info, source.read(info) if data is None else data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
