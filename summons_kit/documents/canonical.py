"""A rendered body written as lxml would write it, without building a tree: the fast path of a built-in template.

The engine (:mod:`.render`) makes every rendered body byte-identical to what docxtpl writes: it parses Jinja's output
strictly with lxml and serialises the tree. For a built-in template whose source allows it (:func:`plan`), the two
things that serialisation changes are done on the text instead, and the well-formedness check is expat's:

- an element left with no content (``<w:t></w:t>``, a paragraph whose runs an ``{% if %}`` dropped) is written
  self-closed (``<w:t/>``), as lxml writes an element without text or children;
- a value's quotes, escaped by Jinja as ``&#34;`` and ``&#39;``, are written as the characters, as lxml writes them in
  text (the plan allows only templates whose values all stand in text, never in an attribute).

Anything expat refuses goes down the strict lxml path, whose error the user then sees. tests/test_canonical.py renders
every built-in template both ways, with the example cases and with generated values, and compares the bytes.
"""

from __future__ import annotations

import re
from xml.parsers import expat

#: an XML tag, a Jinja tag (what the plan reads of a template's source)
_TOKEN = re.compile(r"<[^<>]*>|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_NAME = re.compile(r"</?([\w:.-]+)")
#: the statements a fast-path template may use: none of them writes anything but its body's XML and escaped values
_STATEMENTS = frozenset({"if", "elif", "else", "endif", "for", "endfor", "set", "with", "endwith"})
_STATEMENT = re.compile(r"\{%[-+]?\s*(\w+)(.*?)[-+]?%\}", re.S)
#: what could put raw XML into the output (a value not escaped), or anything the scan cannot vouch for
_RAW = ("safe", "Markup", "markup", "xmlattr", "urlize", "tojson", "indent", "autoescape", "caller", "super")
#: libxml2 refuses a text node longer than this (lxml's default, huge_tree off): longer bodies take the strict path
MAX_BODY = 10_000_000


def plan(source: str) -> frozenset[str] | None:
    """The names of the elements a rendering may leave empty (those holding a Jinja tag directly), or None when
    the fast path does not apply: a tag inside an XML tag (a value in an attribute); a statement other than
    if/for/with/set (``set`` of a value, not of a block); anything that writes raw XML (``|safe``, ``Markup``,
    ``|xmlattr``, ``|urlize``, ``|tojson``, ``{% autoescape %}`` …); drawings (their ids are renumbered on the
    tree), text boxes, comments or CDATA; or XML the scan cannot follow."""
    if any(mark in source for mark in ("docPr", "txbxContent", "<!--", "<![CDATA[", "<?")):
        return None
    stack: list[str] = []
    names: set[str] = set()
    for token in _TOKEN.finditer(source):
        text = token.group(0)
        if text[0] == "{":
            if not stack or any(word in text for word in _RAW):
                return None
            statement = _STATEMENT.match(text)
            if statement and (
                statement.group(1) not in _STATEMENTS or (statement.group(1) == "set" and "=" not in statement.group(2))
            ):
                return None
            names.add(stack[-1])
            continue
        if "{" in text and ("{{" in text or "{%" in text or "{#" in text):
            return None  # a tag inside an XML tag
        found = _NAME.match(text)
        if found is None:
            return None
        name = found.group(1)
        if text.startswith("</"):
            if not stack or stack.pop() != name:
                return None
        elif not text.endswith("/>"):
            stack.append(name)
    return frozenset(names) if not stack else None


def canonical(xml: str, names: frozenset[str]) -> str:
    """``xml`` as lxml would serialise it, for a body whose :func:`plan` gave ``names``."""
    if "&#3" in xml:
        xml = xml.replace("&#34;", '"').replace("&#39;", "'")
    for name in names:
        xml = _self_close(xml, name)
    return xml


def _self_close(xml: str, name: str) -> str:
    """Every ``<name ...></name>`` written ``<name .../>``."""
    closing = f"></{name}>"
    at = xml.find(closing)
    if at < 0:
        return xml
    pieces: list[str] = []
    done = 0
    opening = f"<{name}"
    after = len(opening)
    while at >= 0:
        start = xml.rfind("<", 0, at)
        if xml.startswith(opening, start) and xml[start + after] in " >" and xml[at - 1] != "/":
            pieces += [xml[done:at], "/>"]
            done = at + len(closing)
        at = xml.find(closing, at + 1)
    return "".join([*pieces, xml[done:]]) if pieces else xml


def well_formed(data: bytes) -> bool:
    """Whether ``data`` is well-formed XML (expat, which never recovers; no DTD, no entity is fetched).

    Namespaces are not checked here: every element and attribute name of the output comes from the template's
    source, which lxml read with its namespaces bound, and a value cannot add one (it is escaped; the plan refuses
    ``|safe``)."""
    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return False
    return True
