"""What a user's template must not pass on to the drafts made from it: who wrote it, macros, and links that make
Word fetch something from elsewhere.

- docProps/core.xml: the author (``dc:creator``) and ``cp:lastModifiedBy`` are emptied; docProps/app.xml: the
  company and the manager;
- macros: ``word/vbaProject.bin`` (and its ``vbaData.xml``) are dropped with their relationships and content
  types, and a macro-enabled main part is declared an ordinary one;
- external relationships other than hyperlinks (an attached template, a linked picture or object: Word loads
  them when the file opens) are dropped, and ``w:attachedTemplate`` with them.

Built-in templates are the kit's own and are used as they are.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PERSONAL = {
    "docProps/core.xml": (
        "{http://purl.org/dc/elements/1.1/}creator",
        "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}lastModifiedBy",
    ),
    "docProps/app.xml": (
        "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Company",
        "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Manager",
    ),
}
_MACRO = re.compile(r"(^|/)vba(Project\.bin|Data\.xml)$", re.I)
_MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_HYPERLINK = "/hyperlink"


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def _dump(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels(data: bytes) -> bytes | None:
    """A .rels part without macro and external (non-hyperlink) relationships; None when nothing changes."""
    root = _xml(data)
    dropped = [
        rel
        for rel in root.iter(f"{_REL}Relationship")
        if _MACRO.search(rel.get("Target", ""))
        or (rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith(_HYPERLINK))
    ]
    for rel in dropped:
        root.remove(rel)
    return _dump(root) if dropped else None


def _content_types(data: bytes) -> bytes | None:
    root = _xml(data)
    changed = False
    for override in list(root.iter(f"{_CT}Override")):
        if _MACRO.search(override.get("PartName", "")):
            root.remove(override)
            changed = True
        elif override.get("ContentType") == _MACRO_MAIN:
            override.set("ContentType", _MAIN)
            changed = True
    for default in list(root.iter(f"{_CT}Default")):
        if default.get("Extension", "").lower() == "bin" and "vbaProject" in default.get("ContentType", ""):
            root.remove(default)
            changed = True
    return _dump(root) if changed else None


def _personal(name: str, data: bytes) -> bytes | None:
    root = _xml(data)
    found = [e for tag in _PERSONAL[name] for e in root.iter(tag) if e.text]
    for element in found:
        element.text = ""
    return _dump(root) if found else None


def _settings(data: bytes) -> bytes | None:
    root = _xml(data)
    found = list(root.iter(f"{_W}attachedTemplate"))
    for element in found:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return _dump(root) if found else None


def scrub(data: bytes) -> bytes:
    """The .docx ``data`` without personal metadata, macros and external non-hyperlink relationships (the same
    bytes when it has none)."""
    changed: dict[str, bytes | None] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            name = info.filename
            if _MACRO.search(name):
                changed[name] = None
                continue
            if name.endswith(".rels"):
                fixed = _rels(package.read(info))
            elif name == "[Content_Types].xml":
                fixed = _content_types(package.read(info))
            elif name in _PERSONAL:
                fixed = _personal(name, package.read(info))
            elif name == "word/settings.xml":
                fixed = _settings(package.read(info))
            else:
                continue
            if fixed is not None:
                changed[name] = fixed
        if not changed:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in package.infolist():
                if info.filename not in changed:
                    target.writestr(info, package.read(info), zipfile.ZIP_DEFLATED)
                elif changed[info.filename] is not None:
                    target.writestr(info, changed[info.filename], zipfile.ZIP_DEFLATED)  # type: ignore[arg-type]
    return out.getvalue()
