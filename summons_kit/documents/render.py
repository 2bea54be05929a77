"""The rendering engine: a .docx template is compiled once, then rendered with a context into .docx bytes.

The whole contract (everything else in the package renders through it):

- :func:`load_template` (path) -> :class:`CompiledTemplate`: read, tag-repaired and compiled once per process,
  cached by path, size and mtime;
- :func:`render_bytes` (template path, context mapping) -> the bytes of the rendered .docx;
- :func:`read_parts` (the bytes of a .docx) -> the templated parts as the linter reads them;
- every failure is a :class:`TemplateError` naming the file, the part and the tag (or the variable).

What it promises beyond plain docxtpl (see docs/templates.md):

- every value is escaped (a ``&`` or ``<`` in a name cannot corrupt the file); templates run sandboxed with
  strict undefined (:mod:`.tags`);
- a newline in a value starts a new paragraph with the same formatting (never a raw ``\\n`` or a space);
- strict output: every rendered part is checked as it comes out of Jinja, before anything could repair it, by a
  parser that never recovers; a value holding a character no document can hold (a lone surrogate, U+FFFE,
  U+FFFF) is refused naming the variable; a broken ``{{ x|safe }}`` is refused, never repaired or cut short;
  the body is parsed with lxml and serialised (as docxtpl writes it), except for a built-in template whose source
  allows it, whose body is checked by expat and written as lxml would write it without building a tree
  (:mod:`.canonical`: the same bytes, a third of the time);
- the parts that are not templated are copied into the result as they are (compressed bytes and all); only
  the rendered parts are compressed again.

docxtpl stays behind this module: two of its functions are used, ``DocxTemplate.patch_xml`` (the repair of tags
Word splits across runs, and the ``{%p %}``/``{%tr %}``/``{%tc %}`` forms) at compile time and
``DocxTemplate.resolve_listing`` (``\\a``, ``\\t``, ``\\n``, ``\\f`` inside ``<w:t>``) on the paragraphs that need
it. The table-grid and drawing-id repairs docxtpl applies after rendering are done here on the strictly parsed
tree (docxtpl's own parse with ``recover=True`` would truncate a broken part silently). tests/test_engine.py
pins these behaviours and the docxtpl version range of pyproject.toml.
"""

from __future__ import annotations

import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import Any

import attrs
import jinja2
from docxtpl import DocxTemplate
from jinja2.sandbox import SecurityError
from lxml import etree

from summons_kit.documents import budget as budgets
from summons_kit.documents import precompiled
from summons_kit.documents.budget import Budget, BudgetExceeded
from summons_kit.documents.canonical import MAX_BODY, canonical, plan, well_formed
from summons_kit.documents.catalog import template_dirs
from summons_kit.documents.limits import LimitError
from summons_kit.documents.scrub import scrub
from summons_kit.documents.tags import (
    ENV,
    NOT_XML,
    PARAGRAPH,
    KitEnvironment,
    NotXmlText,
    TemplateError,
    has_tags,
    refused_attribute,
    refused_name,
    render_lineno,
    syntax_error,
    tag_at,
)
from summons_kit.documents.uses import undefined_error

__all__ = [
    "ENV",
    "Budget",
    "CompiledTemplate",
    "KitEnvironment",
    "Part",
    "RawPart",
    "TemplateError",
    "cache_info",
    "clear_cache",
    "load_template",
    "read_parts",
    "render_bytes",
]

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_HEADER_FOOTER = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
    }
)
_FOOTNOTES = "wordprocessingml.footnotes+xml"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: python-docx's parser (docxtpl reads parts through it): blank text between elements is dropped
_READER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
#: the strict check of a rendered part: never recovers, never resolves an entity
_STRICT = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

#: a template whose members unpack to more than this is refused (a zip bomb), as is one with more members
MAX_UNPACKED = 64 * 1024 * 1024
MAX_MEMBERS = 2000


@attrs.frozen
class RawPart:
    """One XML part of a template as read from the package: its XML and its source after docxtpl's tag repairs."""

    name: str  # word/document.xml, word/header1.xml ...
    xml: str  # as python-docx reads it (for word/document.xml: the <w:body> element)
    source: str  # after docxtpl's tag repairs, one <w:p> per line


@attrs.frozen
class Part:
    """One XML part of a template (body, header, footer, footnotes) with its compiled Jinja template."""

    name: str
    source: str  # the XML after docxtpl's tag repairs, one <w:p> per line (for the body: the <w:body> element)
    template: jinja2.Template | None  # None when the part has no tags
    encoding: str = "utf-8"


@attrs.frozen
class _Member:
    """One member of the template's zip: its raw local record (header + compressed data), its central record."""

    name: str
    local: bytes
    central: bytes


@attrs.frozen
class CompiledTemplate:
    """A template read and compiled once: its bytes, its parts, the document.xml around the body, its members."""

    path: Path
    data: bytes
    parts: tuple[Part, ...]
    head: bytes = b""  # document.xml up to <w:body>
    tail: bytes = b""  # document.xml after </w:body>
    members: tuple[_Member, ...] = ()
    grids_fixed: bool = False  # no rendering can put a table out of step with its grid (see _grids_fixed)
    #: a built-in template's body rendered without a tree: the elements a rendering may leave empty (see
    #: :mod:`.canonical`); None: the strict lxml parse and serialisation
    fast: frozenset[str] | None = None

    def part(self, name: str) -> Part | None:
        return next((p for p in self.parts if p.name == name), None)


# --- reading a package --------------------------------------------------------------------------------------


def _open(path: Path | str, data: bytes) -> zipfile.ZipFile:
    """The zip of a template, refused when it would unpack to more than :data:`MAX_UNPACKED`."""
    package = zipfile.ZipFile(BytesIO(data))
    infos = package.infolist()
    unpacked = sum(i.file_size for i in infos)
    if len(infos) > MAX_MEMBERS or unpacked > MAX_UNPACKED:
        raise TemplateError(
            path,
            f"文件解压后过大({unpacked} 字节,{len(infos)} 个成员;上限 {MAX_UNPACKED} 字节、{MAX_MEMBERS} 个)",
            f"the file unpacks to too much ({unpacked} bytes in {len(infos)} members; the limit is "
            f"{MAX_UNPACKED} bytes, {MAX_MEMBERS} members)",
        )
    return package


def _xml(package: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(package.read(name), _READER)


def _templated_names(package: zipfile.ZipFile) -> Iterator[str]:
    """The headers and footers word/document.xml refers to, then the footnotes (the parts docxtpl renders)."""
    names = set(package.namelist())
    rels = "word/_rels/document.xml.rels"
    if rels in names:
        for rel in _xml(package, rels).iter(f"{_REL}Relationship"):
            if rel.get("Type") in _HEADER_FOOTER and rel.get("TargetMode") != "External":
                target = str(PurePosixPath("word", rel.get("Target", "")))
                target = target.lstrip("/") if rel.get("Target", "").startswith("/") else target
                if target in names and package.getinfo(target).file_size:
                    yield target
    if "[Content_Types].xml" in names:
        for override in _xml(package, "[Content_Types].xml").iter(f"{_CT}Override"):
            name = override.get("PartName", "").lstrip("/")
            if override.get("ContentType", "").endswith(_FOOTNOTES) and name in names:
                yield name


def prepared_source(xml: str) -> str:
    """docxtpl's repair of tags Word split across runs, then one paragraph per line (as docxtpl does)."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", DocxTemplate.patch_xml(_DOCXTPL, xml))


def _read(path: Path | str, package: zipfile.ZipFile) -> tuple[str, list[RawPart]]:
    """The raw document.xml text and the templated parts of ``package``."""
    document = package.read("word/document.xml").decode("utf-8")
    body = _xml(package, "word/document.xml").find(f"{_W}body")
    if body is None:
        raise TemplateError(path, "word/document.xml 中没有正文", "word/document.xml has no <w:body>")
    parts = [("word/document.xml", etree.tostring(body, encoding="unicode"))]
    seen = {"word/document.xml"}
    for name in _templated_names(package):
        if name not in seen:
            seen.add(name)
            parts.append((name, etree.tostring(_xml(package, name), encoding="unicode")))
    return document, [RawPart(name, xml, prepared_source(xml)) for name, xml in parts]


def read_parts(data: bytes, path: Path | str = "") -> list[RawPart]:
    """The body, headers, footers and footnotes of the .docx ``data``, as read and tag-repaired for rendering."""
    with _open(path, data) as package:
        return _read(path, package)[1]


# --- compiling ----------------------------------------------------------------------------------------------


def compile_part(path: Path, name: str, source: str) -> jinja2.Template:
    """Compile one part; a syntax error names the file, the part and the tag text."""
    try:
        return ENV.from_string(source)
    except jinja2.TemplateSyntaxError as error:
        raise syntax_error(path, name, source, error) from error


_BODY = re.compile(r"<w:body[ >/].*</w:body>|<w:body/>", re.S)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DESCRIPTOR = b"PK\x07\x08"


def _members(path: Path, data: bytes, package: zipfile.ZipFile) -> tuple[_Member, ...]:
    """Each member's raw local record and central record, sliced from ``data`` to be copied as they are."""
    members = []
    offset = package.start_dir
    for info in package.infolist():
        central = _CENTRAL_HEADER.unpack_from(data, offset)
        if central[0] != b"PK\x01\x02":
            raise TemplateError(path, "zip 目录损坏", "the zip's central directory is damaged")
        size = _CENTRAL_HEADER.size + central[10] + central[11] + central[12]
        record = data[offset : offset + size]
        offset += size
        start = info.header_offset
        local = _LOCAL_HEADER.unpack_from(data, start)
        end = start + _LOCAL_HEADER.size + local[9] + local[10] + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows the data
            end += 16 if data[end : end + 4] == _DESCRIPTOR else 12
        if info.file_size >= 0xFFFFFFFF or info.compress_size >= 0xFFFFFFFF or start >= 0xFFFFFFFF:
            raise TemplateError(path, "不支持 zip64 文件", "zip64 files are not supported")
        members.append(_Member(info.filename, data[start:end], record))
    return tuple(members)


@attrs.frozen
class ReadTemplate:
    """What compiling a template reads from its file: the templated parts, the document.xml around the body."""

    parts: tuple[RawPart, ...]  # word/document.xml's body first
    head: bytes  # document.xml up to <w:body>
    tail: bytes  # document.xml after </w:body>
    grids_fixed: bool


def read_template(path: Path, data: bytes) -> ReadTemplate:
    """Read the .docx ``data`` (of the file ``path``) for compiling: its parts after docxtpl's tag repairs."""
    with _open(path, data) as package:
        document, raw = _read(path, package)
    body = _BODY.search(document)
    if body is None:
        raise TemplateError(path, "word/document.xml 中没有正文", "word/document.xml has no <w:body>")
    head, tail = document[: body.start()].encode("utf-8"), document[body.end() :].encode("utf-8")
    return ReadTemplate(tuple(raw), head, tail, _grids_fixed(raw[0].source))


@lru_cache(maxsize=64)
def _compiled(path: str, _mtime_ns: int, _size: int) -> CompiledTemplate:
    file = Path(path).resolve()
    data = file.read_bytes()
    trusted = _trusted(file)
    if not trusted:
        with _open(file, data):  # the size is checked before anything is unpacked
            pass
        data = scrub(data)  # a user's template: no author, macro or external link reaches a draft
    with _open(file, data) as package:
        members = _members(file, data, package)
    ready = precompiled.lookup(data, ENV) if trusted else None
    if ready is not None:  # a built-in template compiled ahead of time (the same parts, without compiling)
        others = (Part(name, source, None) for name, source in ready.other_parts)
        parts: tuple[Part, ...] = (Part("word/document.xml", ready.source, ready.template), *others)
        head, tail, grids = ready.head, ready.tail, ready.grids_fixed
    else:
        read = read_template(file, data)
        parts = tuple(
            Part(p.name, p.source, compile_part(file, p.name, p.source) if has_tags(p.source) else None)
            for p in read.parts
        )
        head, tail, grids = read.head, read.tail, read.grids_fixed
    fast = plan(parts[0].source) if trusted and grids else None
    return CompiledTemplate(file, data, parts, head, tail, members, grids, fast)


def load_template(path: Path | str) -> CompiledTemplate:
    """The compiled template at ``path``, read and compiled once per (path, size, mtime)."""
    file = os.path.abspath(path)
    try:
        stat = os.stat(file)
    except FileNotFoundError:
        raise TemplateError(Path(file).resolve(), "找不到模板文件", "template file not found") from None
    try:
        return _compiled(file, stat.st_mtime_ns, stat.st_size)
    except TemplateError:
        raise
    except Exception as error:  # a file that is not a .docx
        where = Path(file).resolve()
        raise TemplateError(where, f"无法读取为 .docx 文件:{error}", f"cannot read as a .docx file: {error}") from error


def cache_info() -> Any:
    """Hits and misses of the compiled-template cache (for the benchmark and tests)."""
    return _compiled.cache_info()


def clear_cache() -> None:
    _compiled.cache_clear()


# --- rendering ----------------------------------------------------------------------------------------------


class _DocxtplHelpers(DocxTemplate):
    """docxtpl's XML helpers (``patch_xml``, ``resolve_listing``), which use no package: never opens a file."""

    def __init__(self) -> None:
        pass


_DOCXTPL = _DocxtplHelpers()
#: what docxtpl's listing pass turns into runs, breaks and paragraphs inside a <w:t>
_LISTED = re.compile("[\t\a\n\f]")
_PARAGRAPH_XML = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.S)


def _paragraph_spans(xml: str, until: int) -> Iterator[tuple[int, int]]:
    """The spans ``<w:p(?: [^>]*)?>.*?</w:p>`` (DOTALL) matches, left to right, as ``re.finditer`` finds them,
    up to the first one ending after ``until``: found with ``str.find``, without a regex pass over the part."""
    at = 0
    while True:
        start = xml.find("<w:p", at)
        if start < 0:
            return
        after = xml[start + 4 : start + 5]
        if after == ">":
            opened = start + 5
        elif after == " ":
            opened = xml.find(">", start + 4) + 1
            if opened == 0:
                return
        else:
            at = start + 1
            continue
        close = xml.find("</w:p>", opened)
        if close < 0:
            return
        end = close + 6
        yield start, end
        if end > until:
            return
        at = end


def _listed_at(xml: str) -> list[int]:
    """The offsets of the characters the listing pass handles, in order (``str.find``: no regex pass)."""
    found: list[int] = []
    for char in "\t\a\n\f":
        at = xml.find(char)
        while at >= 0:
            found.append(at)
            at = xml.find(char, at + 1)
    return sorted(found)


def _listing(xml: str) -> str:
    """docxtpl's listing pass (``resolve_listing``), run only on the paragraphs that hold one of its characters:
    the same result, without its three nested regex passes over every paragraph."""
    listed = _listed_at(xml)
    if not listed:
        return xml
    if "<w:txbxContent" in xml:  # paragraphs inside paragraphs: follow docxtpl's own left-to-right matching
        spans = [(a, b) for a, b in _paragraph_spans(xml, listed[-1]) if any(a <= i < b for i in listed)]
    else:  # paragraphs do not nest: the one holding an offset is the last opened before it
        spans = []
        for at in listed:
            if spans and spans[-1][0] <= at < spans[-1][1]:
                continue
            start = max(xml.rfind("<w:p ", 0, at), xml.rfind("<w:p>", 0, at))
            end = xml.find("</w:p>", start) + 6 if start >= 0 else 5
            if start >= 0 and end > at and xml.find(">", start) < at:
                spans.append((start, end))
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces += [xml[done:start], DocxTemplate.resolve_listing(_DOCXTPL, xml[start:end])]
        done = end
    return "".join([*pieces, xml[done:]])


def _path_of(context: Any, char: str, prefix: str = "") -> str:
    """The dotted path of the first string in ``context`` holding ``char`` ("" when none does)."""
    if isinstance(context, str):
        return prefix if char in context else ""
    if isinstance(context, Mapping):
        items: Any = ((f"{prefix}.{k}" if prefix else str(k), v) for k, v in context.items())
    elif isinstance(context, list | tuple):
        items = ((f"{prefix}[{i}]", v) for i, v in enumerate(context))
    else:
        return ""
    for path, value in items:
        found = _path_of(value, char, path)
        if found:
            return found
    return ""


def _not_xml_error(
    compiled: CompiledTemplate, part: Part, char: str, context: Mapping[str, Any], lineno: int | None
) -> TemplateError:
    """A character no document can hold, naming the variable that holds it (else the tag that writes it)."""
    tag = tag_at(part.source, lineno) if lineno else ""
    name = _path_of(context, char) or re.sub(r"^\{\{-?\s*|\s*-?\}\}$", "", tag)
    code = f"U+{ord(char):04X}"
    return TemplateError(
        compiled.path,
        f"变量 {name} 含有文书中不能出现的字符 {code}(孤立代理项或非字符,多为复制粘贴所致);请删除该字符后重试",
        f"variable {name} holds {code}, a character no document can hold (a lone surrogate or a noncharacter, "
        "usually from copy and paste); remove it and try again",
        part=part.name,
        tag=tag,
        variable=name,
        kind="not-xml",
    )


def _jinja(compiled: CompiledTemplate, part: Part, context: Mapping[str, Any]) -> str:
    """Run the compiled Jinja template of ``part``; errors name the file, the part and the tag."""
    assert part.template is not None
    try:
        return part.template.render(context)
    except NotXmlText as error:
        raise _not_xml_error(compiled, part, error.char, context, render_lineno(error)) from error
    except LimitError as error:
        raise TemplateError(
            compiled.path,
            f"模板的运算超出限制:{error.what}",
            f"the template computes beyond the kit's limits: {error.what_en}",
            part=part.name,
            tag=tag_at(part.source, render_lineno(error)),
            kind="limit",
        ) from error
    except SecurityError as error:
        raise TemplateError(
            compiled.path,
            f"模板调用了不安全的属性或方法:{error}",
            f"unsafe call refused by the sandbox: {error}",
            part=part.name,
            tag=tag_at(part.source, render_lineno(error), refused_attribute(error)),
            variable=refused_name(error),
            kind="unsafe",
        ) from error
    except jinja2.UndefinedError as error:
        raise undefined_error(compiled.path, part.name, part.source, error, context) from error
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        raise TemplateError(
            compiled.path,
            f"渲染出错:{type(error).__name__}: {error}",
            f"rendering failed: {type(error).__name__}: {error}",
            part=part.name,
            tag=tag_at(part.source, render_lineno(error)),
        ) from error


def _render_part(compiled: CompiledTemplate, part: Part, context: Mapping[str, Any]) -> str:
    """Render one part and apply docxtpl's text post-processing (no XML repair)."""
    out = _jinja(compiled, part, context)
    out = out.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
    if "{_" in out or "_}" in out:
        out = out.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    out = _listing(out)
    return out.replace(PARAGRAPH, "") if PARAGRAPH in out else out  # a break outside any <w:t>: dropped


def _strict(compiled: CompiledTemplate, part: Part, xml: str, context: Mapping[str, Any]) -> etree._Element:
    """The rendered ``xml`` parsed by a parser that never recovers: anything not well formed is refused."""
    try:
        data = xml.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate that did not come through a value (a filter's result)
        raise _not_xml_error(compiled, part, xml[error.start], context, None) from None
    try:
        return etree.fromstring(data, _STRICT)
    except etree.XMLSyntaxError as error:
        bad = NOT_XML.search(xml)
        if bad:  # U+FFFE / U+FFFF
            raise _not_xml_error(compiled, part, bad.group(0), context, None) from None
        raise TemplateError(
            compiled.path,
            f"渲染结果不是有效的 XML({error});请检查 {{%p %}}、{{%tr %}} 标签是否单独成段/成行,以及 |safe 输出的内容",
            f"the rendered XML is not valid ({error}); check that {{%p %}} and {{%tr %}} tags stand alone, and "
            "what |safe lets through",
            part=part.name,
            kind="xml",
        ) from error


_TABLE = re.compile(r"<w:tbl>.*?</w:tbl>", re.S)
_ROW_OR_TAG = re.compile(r"<w:tr[ >].*?</w:tr>|\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
_CELL = re.compile(r"<w:tc[ >].*?</w:tc>", re.S)
_STATEMENT = re.compile(r"\{%[-+]?\s*(\w+)([^%]*)%\}")
_BLOCK_OPENERS = frozenset({"for", "if", "macro", "call", "filter", "with", "block", "autoescape"})


def _step(depth: int, statement: re.Match[str]) -> int:
    """The block depth after ``statement`` (-1: it closes or continues a block never opened here)."""
    word, rest = statement.groups()
    if word in _BLOCK_OPENERS or (word == "set" and "=" not in rest):
        return depth + 1
    if word.startswith("end"):
        return depth - 1
    if word in ("else", "elif"):
        return depth if depth > 0 else -1
    return -1 if word == "raw" else depth  # what {% raw %} holds is not read as tags: never judged


def _balanced(text: str) -> bool:
    depth = 0
    for statement in _STATEMENT.finditer(text):
        depth = _step(depth, statement)
        if depth < 0:
            return False
    return depth == 0


def _row_width(row: str, columns: int) -> int | None:
    """The grid columns ``row`` fills, or None when a rendering could change its cells: a tag in the row outside
    its cells or in a cell's properties, a block opened in one cell and closed elsewhere, more cells than
    ``columns``."""
    cells = _CELL.findall(row)
    if len(cells) > columns or has_tags(_CELL.sub("", row)):
        return None
    width = 0
    for cell in cells:
        found = _CELL_PROPERTIES.search(cell)
        properties = found.group(0) if found else ""
        if has_tags(properties) or not _balanced(cell):
            return None
        span = _GRID_SPAN.search(properties)
        width += int(span.group(1)) if span else 1
    return width


_GRID_SPAN = re.compile(r'<w:gridSpan w:val="(\d+)"')
_CELL_PROPERTIES = re.compile(r"<w:tcPr>.*?</w:tcPr>|<w:tcPr/>", re.S)


def _grids_fixed(source: str) -> bool:
    """Whether no rendering of this body can leave a table out of step with its grid (so that docxtpl's grid
    repair would change nothing and is skipped): in every table, none inside another, the tags between rows
    only repeat or drop whole rows, every row keeps its cells (:func:`_row_width`), none has more cells than the
    grid has columns, and a row outside any block fills the grid. (Raw XML that a ``|safe`` value writes into a
    table is not regridded.)"""
    for table in _TABLE.findall(source):
        if "<w:tbl>" in table[7:] or "<w:tbl " in table:
            return False
        grid_end = table.find("</w:tblGrid>")
        head = table[:grid_end]
        if grid_end < 0 or has_tags(head):
            return False
        columns = head.count("<w:gridCol")
        depth, filled = 0, False
        for token in _ROW_OR_TAG.finditer(table, grid_end):
            text = token.group(0)
            if text.startswith("<w:tr"):
                width = _row_width(text, columns)
                if width is None:
                    return False
                filled = filled or (depth == 0 and width >= columns)
            else:
                for statement in _STATEMENT.finditer(text):
                    depth = _step(depth, statement)
                    if depth < 0:
                        return False
        if depth != 0 or not filled:
            return False
    return True


_ROW_WIDER_THAN = etree.XPath("boolean(.//w:tr[count(w:tc) > $n])", namespaces={"w": _W_NS})
_ROW_OF_AS_MANY = etree.XPath("boolean(.//w:tr[count(w:tc) >= $n])", namespaces={"w": _W_NS})
_ROW_AS_WIDE_AS = etree.XPath(
    "boolean(.//w:tr[count(w:tc[not(w:tcPr/w:gridSpan)]) + sum(w:tc/w:tcPr/w:gridSpan/@w:val) >= $n])",
    namespaces={"w": _W_NS},
)


def _grid_fits(table: etree._Element, columns: int) -> bool:
    """No row has more cells than the grid has columns, and one row fills the grid: nothing to repair."""
    if _ROW_WIDER_THAN(table, n=columns):
        return False
    return bool(_ROW_OF_AS_MANY(table, n=columns) or _ROW_AS_WIDE_AS(table, n=columns))


def _fix_table_grids(body: etree._Element) -> None:
    """docxtpl's ``fix_tables`` on the parsed tree: a table whose rows (after ``{%tc %}`` loops) have more or
    fewer cells than its grid gets a grid of as many columns, its width kept."""
    for table in body.iter(f"{_W}tbl"):
        grid = table.find(f"{_W}tblGrid")
        if grid is None:
            continue
        columns = grid.findall(f"{_W}gridCol")
        if _grid_fits(table, len(columns)):
            continue  # no row has more cells than the grid and one fills it: the repair would change nothing
        rows = list(table.iter(f"{_W}tr"))
        to_add = 0
        for row in rows:
            cells = row.findall(f"{_W}tc")
            if len(columns) + to_add < len(cells):
                to_add = len(cells) - len(columns)
        if to_add > 0:
            width = sum(float(c.get(f"{_W}w")) for c in columns if c.get(f"{_W}w") is not None)
            if width > 0:
                old_average = width / len(columns)
                new_average = width / (len(columns) + to_add)
                for column in columns:
                    column.set(f"{_W}w", str(int(float(column.get(f"{_W}w")) * new_average / old_average)))
                for _ in range(to_add):
                    etree.SubElement(grid, f"{_W}gridCol", {f"{_W}w": str(int(new_average))})
        columns = grid.findall(f"{_W}gridCol")
        widest = 0
        for row in rows:
            count = 0
            for cell in row.findall(f"{_W}tc"):
                properties = cell.find(f"{_W}tcPr")
                span = None if properties is None else properties.find(f"{_W}gridSpan")
                count += int(span.get(f"{_W}val")) if span is not None else 1
            widest = max(widest, count)
        to_remove = len(columns) - widest
        if to_remove > 0:
            removed = 0.0
            for column in columns[-to_remove:]:
                removed += float(column.get(f"{_W}w"))
                grid.remove(column)
            left = grid.findall(f"{_W}gridCol")
            extra = int(removed / len(left)) if left else 0
            for column in left:
                column.set(f"{_W}w", str(int(float(column.get(f"{_W}w")) + extra)))


_NAMESPACES_B = re.compile(rb'\s+xmlns:\w+="[^"]*"')


def _render_parts(compiled: CompiledTemplate, context: Mapping[str, Any]) -> dict[str, bytes]:
    replaced: dict[str, bytes] = {}
    for part in compiled.parts:
        if part.template is None:
            continue
        out = _render_part(compiled, part, context)
        if part.name == "word/document.xml" and compiled.fast is not None:
            body = _fast_body(compiled, out)
            if body is not None:
                replaced[part.name] = body
                continue
        tree = _strict(compiled, part, out, context)
        if part.name == "word/document.xml":
            if not compiled.grids_fixed:
                _fix_table_grids(tree)
            for number, drawing in enumerate(tree.iter(f"{_WP}docPr"), start=1001):  # docxtpl's fix_docpr_ids
                drawing.set("id", str(number))
            replaced[part.name] = _document(compiled, etree.tostring(tree, encoding="utf-8", xml_declaration=False))
        else:
            replaced[part.name] = (_DECLARATION + out).encode("utf-8")
    return replaced


def _fast_body(compiled: CompiledTemplate, xml: str) -> bytes | None:
    """document.xml from a built-in template's rendered body, as the lxml path writes it (:mod:`.canonical`);
    None when expat refuses it (the strict path then says why)."""
    assert compiled.fast is not None
    try:
        body = canonical(xml, compiled.fast).encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(body) > MAX_BODY or not well_formed(body):
        return None
    return _document(compiled, body)


def _document(compiled: CompiledTemplate, body: bytes) -> bytes:
    """word/document.xml: the template's own head and tail around the rendered ``<w:body>`` (whose namespaces are
    declared on the document element already)."""
    opened = body.index(b">") + 1
    return b"".join([compiled.head, _NAMESPACES_B.sub(b"", body[:opened]), body[opened:], compiled.tail])


_OFFSET = struct.Struct("<L")  # a central record's "offset of the local header", at byte 42
#: rendered parts are compressed fast: they are small, and the time is the render's
_LEVEL = 1


def _package(compiled: CompiledTemplate, replaced: Mapping[str, bytes]) -> bytes:
    """The .docx: unchanged members copied byte for byte, rendered ones compressed, a new central directory."""
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for member in compiled.members:
        data = replaced.get(member.name)
        if data is None:
            local = member.local
            directory.append(member.central[:42] + _OFFSET.pack(offset) + member.central[46:])
        else:
            central = list(_CENTRAL_HEADER.unpack_from(member.central))
            name = member.central[_CENTRAL_HEADER.size : _CENTRAL_HEADER.size + central[10]]
            packer = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
            packed = packer.compress(data) + packer.flush()
            crc = zlib.crc32(data)
            flags = central[3] & 0x0800  # keep only "the name is UTF-8"
            local = _LOCAL_HEADER.pack(
                b"PK\x03\x04", 20, flags, 8, central[5], central[6], crc, len(packed), len(data), len(name), 0
            )
            local += name + packed
            central[2:10] = [20, flags, 8, central[5], central[6], crc, len(packed), len(data)]
            central[11:13] = [0, 0]
            central[16] = offset
            directory.append(_CENTRAL_HEADER.pack(*central) + name)
        chunks.append(local)
        offset += len(local)
    size = sum(len(d) for d in directory)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(directory), len(directory), size, offset, 0)
    return b"".join([*chunks, *directory, end])


def _trusted(path: Path) -> bool:
    """A built-in template (shipped with the kit, reviewed): rendered in-process, without a budget."""
    return path.parent in _builtin_folders()


@cache
def _builtin_folders() -> tuple[Path, ...]:
    return tuple(folder.resolve() for folder in template_dirs())


def render_bytes(
    template: Path | str | CompiledTemplate,
    context: Mapping[str, Any],
    *,
    trusted: bool | None = None,
    budget: Budget = budgets.DEFAULT,
) -> bytes:
    """Render ``template`` (a path, or a template :func:`load_template` gave) with ``context`` and return the
    .docx file's bytes.

    Only the templated parts are rendered and replaced; every other member of the package is copied as it is.
    A user's template (``trusted`` None: anything but a built-in one) renders in a child process under
    ``budget`` (CPU time, memory, wall clock; :mod:`.budget`); running out is a :class:`TemplateError`.
    """
    compiled = template if isinstance(template, CompiledTemplate) else load_template(template)
    if trusted is None:
        trusted = _trusted(compiled.path)
    if trusted:
        return _package(compiled, _render_parts(compiled, context))
    try:
        return budgets.run(lambda: _package(compiled, _render_parts(compiled, context)), budget)
    except BudgetExceeded as error:
        raise budget_error(compiled.path, error) from None


def budget_error(path: Path | str, error: BudgetExceeded) -> TemplateError:
    """Running out of the render budget, as a TemplateError naming the limit."""
    budget = error.budget
    if error.kind == "time":
        return TemplateError(
            path,
            f"渲染超过时间上限(CPU {budget.cpu_seconds} 秒 / 总计 {budget.wall_seconds:g} 秒);请检查循环是否嵌套过深",
            f"rendering took longer than its budget ({budget.cpu_seconds} s of CPU, {budget.wall_seconds:g} s in "
            "all); check for loops nested too deep",
            kind="budget",
        )
    return TemplateError(
        path,
        f"渲染超过内存上限({budget.memory_mb} MB);请检查模板是否生成了过多内容",
        f"rendering needed more memory than its budget ({budget.memory_mb} MB); check what the template builds",
        kind="budget",
    )
