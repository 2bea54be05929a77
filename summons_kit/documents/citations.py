"""Legal bases as a court filing cites them.

The kit's own bases are data (:class:`summons_kit.law.citation.Basis`: each finding's ``cited``) and are rendered
by :func:`summons_kit.law.citation.court_text` (full titles, articles in Chinese numerals, one list per statute,
notes dropped). The only text read here is what a user typed as the ``basis`` of their own answer point
(``《民法典》第496条``, ``民诉法解释第90条（举证责任）``): :func:`parse_basis` turns it into the same data:

- abbreviations become the statute's full title (:data:`summons_kit.law.citation.TITLES`; a title the kit does
  not know stays as written); ``第188条``, ``第一百八十八条`` and ``第201-203条`` are read as articles;
- notes are dropped: a parenthetical with Latin letters (``(unverified)``), one saying there is no single article
  (``无单一条文``), a gloss right after an article or a document number (``第90条（举证责任）``), the words around
  a citation (``……第2条参照适用``); a part that is only court practice (``司法实践……``) is not a citation and is
  left out; a part without any citation (``合同约定``) is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import cn2an

from summons_kit.law.citation import TITLES, Basis, Citation, Part, court_text

_NUMBER = r"[\d一二三四五六七八九十百千零〇]+"
_ARTICLE = rf"第{_NUMBER}(?:[-–~至]第?{_NUMBER})?条(?:第{_NUMBER}款)?(?:第{_NUMBER}项)?"
_SHORT = "|".join(re.escape(k) for k in sorted(TITLES, key=len, reverse=True))
_NAME = (
    rf"《[^》]+》(?:[（(][^（）()]*[）)])?"  # a title, optionally with its document number
    rf"|(?:{_SHORT})(?:[（(]\d{{4}}[）)])?"  # a short name, optionally with its year
)
_REFERENCE = re.compile(rf"(?P<name>{_NAME})(?P<articles>{_ARTICLE}(?:[、，,和及]{_ARTICLE})*)")
_ONE_ARTICLE = re.compile(
    rf"第(?P<first>{_NUMBER})(?:[-–~至]第?(?P<last>{_NUMBER}))?条(?:第(?P<para>{_NUMBER})款)?"
    rf"(?:第(?P<item>{_NUMBER})项)?"
)
_NOTE = re.compile(
    r"\s*[（(][^（）()]*(?:[A-Za-z]|无单一条文)[^（）()]*[）)]"  # (unverified …), （…无单一条文）
    r"|(?<=[条款项号])\s*[（(][^（）()]*[）)]"  # a gloss after an article or a document number
)
_SEPARATORS = "；;。，,、 \u3000"


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def _title(name: str) -> str:
    bare = re.sub(r"[（(]\d{4}[）)]$", "", name).strip("《》")
    if bare in TITLES:
        return TITLES[bare]
    if name.startswith("《"):
        return name.replace("(", "（").replace(")", "）")
    return TITLES.get(bare, name)


def _articles(law: str, text: str) -> list[Citation]:
    found = []
    for m in _ONE_ARTICLE.finditer(text):
        first = _number(m["first"])
        last = _number(m["last"]) if m["last"] else None
        para = _number(m["para"]) if m["para"] else None
        item = _number(m["item"]) if m["item"] else None
        found.append(Citation(law, first, para, item, last))
    return found


def parse_basis(typed: str) -> Basis:
    """What a user typed as a point's basis, as data (see the module doc); ；-separated parts."""
    parts: list[Part] = []
    for raw in re.split(r"[；;]", typed or ""):
        part = _NOTE.sub("", raw).strip(_SEPARATORS)
        if not part:
            continue
        if part.startswith("司法实践"):
            parts.append(Part(text=part, court=False))
            continue
        references = list(_REFERENCE.finditer(part))
        for match in references:  # what else the part says is a gloss (参照适用 …)
            title = _title(match["name"])
            parts.append(Part(tuple(_articles(title, match["articles"]))))
        if references:
            continue
        if part in TITLES:  # a whole document, no article: 法释〔2020〕27号
            parts.append(Part((Citation(TITLES[part]),)))
        else:
            parts.append(Part(text=part))
    return Basis(tuple(parts))


def court_citations(bases: Iterable[Basis | str]) -> str:
    """The bases as one citation list a filing prints, parts joined by ；. A :class:`Basis` (the kit's own) is
    rendered as it is; a text (what a user typed) is read with :func:`parse_basis` first."""
    return court_text(b if isinstance(b, Basis) else parse_basis(b) for b in bases)
