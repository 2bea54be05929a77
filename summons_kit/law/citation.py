"""Legal bases as data: a :class:`Citation` per article, a :class:`Basis` of citation groups and free-text parts.

A basis has two renderings:

- **compact** (``str(basis)``), what the report, the findings and the CLI print: short statute names, Arabic
  article numbers, notes for the lawyer (``民法典第188条、第192条；诉讼时效司法解释第3条``,
  ``… (unverified verbatim)``, ``合同的提前到期条款（无单一条文）``);
- **court** (:func:`court_text`), what a filing prints: full titles (:data:`TITLES`), articles in Chinese
  numerals, the articles of one statute merged and listed once, laws before judicial interpretations and other
  documents, notes dropped, parts that are not law (court practice) left out, contract terms first::

    《中华人民共和国民法典》第一百八十八条、第一百九十二条；
    《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第三条
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

UNVERIFIED = "(unverified)"

_PRC = "《中华人民共和国"
#: The short names the kit's bases use -> the full title a filing cites. A name that is itself a full title
#: (``《……》（法释〔2015〕18号）``) is cited as written.
TITLES: dict[str, str] = {
    "民诉法解释": "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
    "民事诉讼法解释": "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
    "民诉法": f"{_PRC}民事诉讼法》",
    "民事诉讼法": f"{_PRC}民事诉讼法》",
    "民诉法（2021）": f"{_PRC}民事诉讼法》（2021年修正）",
    "民法典": f"{_PRC}民法典》",
    "证据规定": "《最高人民法院关于民事诉讼证据的若干规定》",
    "诉讼时效司法解释": "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》",
    "合同编通则解释": "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》",
    "合同编通则解释（2023）": "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》",
    "民间借贷司法解释": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》",
    "民间借贷司法解释（2020）": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》",
    "银行卡民事纠纷司法解释": "《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》",
    "法发〔2017〕22号": "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）",
    "法释〔2020〕27号": "《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）",
    "诉讼费用交纳办法": "《诉讼费用交纳办法》",
    "电子签名法": f"{_PRC}电子签名法》",
    "商业银行信用卡业务监督管理办法": "《商业银行信用卡业务监督管理办法》",
}


def court_title(law: str) -> str:
    """The full title of ``law`` (a short name of :data:`TITLES`, or a title written in full)."""
    if law in TITLES:
        return TITLES[law]
    return law.replace("(", "（").replace(")", "）")


@functools.lru_cache(maxsize=1024)
def _zh(n: int) -> str:
    import cn2an  # only a filing's court form needs Chinese numerals (a check imports none)

    return str(cn2an.an2cn(n))


@attrs.frozen
class Citation:
    """One article (or a range ``article``–``last_article``, a 款 ``paragraph``, a 项 ``item``) of ``law``, or the
    whole document when ``article`` is None. ``note`` is printed after it in the compact form only (a gloss such
    as ``（举证责任）``, ``参照适用``); an unverified citation says ``(unverified)`` there unless its note already
    qualifies it (``(unverified verbatim)``)."""

    law: str
    article: int | None = None
    paragraph: int | None = None
    item: int | None = None
    last_article: int | None = None
    note: str = ""
    verified: bool = True

    def compact_articles(self) -> str:
        """``第201-203条第2款`` + note, without the statute's name."""
        text = ""
        if self.article is not None:
            last = f"-{self.last_article}" if self.last_article not in (None, self.article) else ""
            text = f"第{self.article}{last}条"
            text += f"第{self.paragraph}款" if self.paragraph else ""
            text += f"第{self.item}项" if self.item else ""
        text += self.note
        if not self.verified and "unverified" not in self.note:
            text += f" {UNVERIFIED}"
        return text

    def court_articles(self) -> str:
        """``第二百零一条至第二百零三条第二款`` (empty for a whole document)."""
        if self.article is None:
            return ""
        last = self.last_article if self.last_article is not None else self.article
        text = f"第{_zh(self.article)}条" if last == self.article else f"第{_zh(self.article)}条至第{_zh(last)}条"
        text += f"第{_zh(self.paragraph)}款" if self.paragraph else ""
        text += f"第{_zh(self.item)}项" if self.item else ""
        return text

    def key(self) -> tuple[int, int, int, int]:
        """first, last, 款, 项 (0 when absent): the order articles are listed in."""
        first = self.article or 0
        last = self.last_article if self.last_article is not None else first
        return first, last, self.paragraph or 0, self.item or 0


@attrs.frozen
class Part:
    """One ；-separated part of a basis: citations of one statute (``民法典第188条、第192条``), or a text that is
    not an article (``合同约定``, a court ruling's number). A text with ``court=False`` (court practice, a
    customary form) is not cited in a filing; ``note`` is for the compact form only."""

    citations: tuple[Citation, ...] = ()
    text: str = ""
    note: str = ""
    court: bool = True

    def __attrs_post_init__(self) -> None:
        if bool(self.citations) == bool(self.text):
            raise ValueError("a basis part is either citations or a text")
        if len({c.law for c in self.citations}) > 1:
            raise ValueError("the citations of one basis part name one statute")

    def __str__(self) -> str:
        if self.citations:
            return self.citations[0].law + "、".join(c.compact_articles() for c in self.citations)
        return self.text + self.note

    @property
    def verified(self) -> bool:
        return all(c.verified for c in self.citations) and "unverified" not in self.note


@attrs.frozen
class Basis:
    """The legal basis of a rule or a finding: parts in the order cited. ``str()`` is the compact form."""

    parts: tuple[Part, ...] = ()

    @functools.cached_property
    def compact(self) -> str:
        """The compact form, ``str()``: worked out once (a basis is frozen; every check prints the same ones)."""
        return "；".join(str(p) for p in self.parts)

    def __str__(self) -> str:
        return self.compact

    def __bool__(self) -> bool:
        return bool(self.parts)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(c for p in self.parts for c in p.citations)

    def starts_with(self, other: Basis) -> bool:
        return self.parts[: len(other.parts)] == other.parts

    def court(self) -> str:
        """The court form of this basis alone (see :func:`court_text`)."""
        return court_text((self,))


def cite(law: str, *articles: int | Citation, note: str = "", verified: bool = True) -> Basis:
    """One part citing ``law``: ``cite("民法典", 188, 192)``; a :class:`Citation` for an article with a 款, a
    range or a note. ``note`` and ``verified`` apply to the last article (or the whole document)."""
    citations = [a if isinstance(a, Citation) else Citation(law, a) for a in articles] or [Citation(law)]
    if note or not verified:
        citations[-1] = attrs.evolve(citations[-1], note=citations[-1].note + note, verified=verified)
    return Basis((Part(tuple(citations)),))


def text(words: str, note: str = "", *, court: bool = True) -> Basis:
    """A part that is not an article: ``text("合同约定")``; ``court=False`` for what a filing does not cite."""
    return Basis((Part(text=words, note=note, court=court),))


def join(*bases: Basis) -> Basis:
    """Bases joined, each part once, in the order given."""
    seen: list[Part] = []
    for b in bases:
        for part in b.parts:
            if part not in seen:
                seen.append(part)
    return Basis(tuple(seen))


def _rank(title: str) -> int:
    """Laws (中华人民共和国……法/法典) first, then judicial interpretations, then other documents."""
    if title.startswith(_PRC):
        return 0
    if title.startswith("《最高人民法院关于") and "意见" not in title:
        return 1
    return 2


def _merged(citations: list[Citation]) -> list[Citation]:
    """Sorted, without repeats (notes aside); an article cited whole makes its 款/项 citations redundant."""
    plain = {attrs.evolve(c, note="", verified=True, law="") for c in citations}
    whole = {(c.key()[0], c.key()[1]) for c in plain if not c.paragraph and not c.item}
    kept = {c for c in plain if not (c.paragraph or c.item) or (c.key()[0], c.key()[1]) not in whole}
    return sorted(kept, key=Citation.key)


def court_text(bases: Iterable[Basis]) -> str:
    """The bases as one citation list a filing prints, parts joined by ；: see the module doc."""
    statutes: dict[str, list[Citation]] = {}
    others: list[str] = []
    for b in bases:
        for part in b.parts:
            if part.citations:
                statutes.setdefault(court_title(part.citations[0].law), []).extend(
                    c for c in part.citations if c.article is not None
                )
            elif part.court and part.text not in others:
                others.append(part.text)
    ordered = sorted(statutes, key=_rank)  # stable: first-cited order within a rank
    cited = [f"{title}{'、'.join(c.court_articles() for c in _merged(statutes[title]))}" for title in ordered]
    contract = [o for o in others if o.startswith("合同")]  # 合同约定 first, as the form's row reads
    return "；".join(contract + cited + [o for o in others if o not in contract])
