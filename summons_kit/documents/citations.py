"""Legal bases as a court filing cites them: full titles, articles in Chinese numerals, one list per statute.

The legal checks write their bases compactly and with notes for the lawyer (``民法典第188条、第192条；诉讼时效司法
解释第3条``, ``… (unverified verbatim)``, ``合同的提前到期条款（无单一条文）``). The 答辩依据 row of an answer prints
them the way a Chinese pleading does::

    《中华人民共和国民法典》第一百八十八条、第一百九十二条；
    《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第三条

- abbreviations become the statute's full title (:data:`TITLES`; a title the kit does not know stays as written);
- ``第188条`` becomes ``第一百八十八条``, ``第201-203条`` ``第二百零一条至第二百零三条``;
- the articles of one statute are merged, sorted and listed once, laws before judicial interpretations and other
  documents, in the order they were first cited within each rank;
- notes are dropped: a parenthetical with Latin letters (``(unverified)``), one saying there is no single article
  (``无单一条文``), a gloss right after an article or a document number (``第90条（举证责任）``), the words around
  a citation (``……第2条参照适用``); a part that is only court practice (``司法实践……``) is not a citation and is
  left out; a part without any citation (``合同约定``, ``合同的提前到期条款``) is kept as written, contract
  terms first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import cn2an

#: The short names the kit's bases use -> the full title a filing cites (longest names first when matching).
TITLES: dict[str, str] = {
    "民诉法解释": "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
    "民事诉讼法解释": "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
    "民诉法": "《中华人民共和国民事诉讼法》",
    "民事诉讼法": "《中华人民共和国民事诉讼法》",
    "民法典": "《中华人民共和国民法典》",
    "证据规定": "《最高人民法院关于民事诉讼证据的若干规定》",
    "诉讼时效司法解释": "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》",
    "合同编通则解释": "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》",
    "民间借贷司法解释": "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》",
    "银行卡民事纠纷司法解释": "《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》",
    "法发〔2017〕22号": "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）",
    "法释〔2020〕27号": "《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）",
}

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


def _zh(n: int) -> str:
    return str(cn2an.an2cn(n))


def _title(name: str) -> str:
    bare = re.sub(r"[（(]\d{4}[）)]$", "", name).strip("《》")
    if bare in TITLES:
        return TITLES[bare]
    if name.startswith("《"):
        return name.replace("(", "（").replace(")", "）")
    return TITLES.get(bare, name)


def _rank(title: str) -> int:
    """Laws (中华人民共和国……法/法典) first, then judicial interpretations, then other documents."""
    if title.startswith("《中华人民共和国"):
        return 0
    if title.startswith("《最高人民法院关于") and "意见" not in title:
        return 1
    return 2


Article = tuple[int, int, int, int]  # first, last, paragraph (款), item (项); 0 when absent


def _articles(text: str) -> list[Article]:
    found = []
    for m in _ONE_ARTICLE.finditer(text):
        first = _number(m["first"])
        last = _number(m["last"]) if m["last"] else first
        found.append((first, last, _number(m["para"]) if m["para"] else 0, _number(m["item"]) if m["item"] else 0))
    return found


def _article_text(article: Article) -> str:
    first, last, para, item = article
    text = f"第{_zh(first)}条" if first == last else f"第{_zh(first)}条至第{_zh(last)}条"
    if para:
        text += f"第{_zh(para)}款"
    if item:
        text += f"第{_zh(item)}项"
    return text


def _merged(articles: list[Article]) -> list[Article]:
    """Sorted, without repeats; an article cited whole makes its 款/项 citations redundant."""
    whole = {(a[0], a[1]) for a in articles if not a[2] and not a[3]}
    kept = {a for a in articles if not (a[2] or a[3]) or (a[0], a[1]) not in whole}
    return sorted(kept)


def court_citations(bases: Iterable[str]) -> str:
    """The bases (each one or several citations separated by ；) as one citation list, parts joined by ；."""
    statutes: dict[str, list[Article]] = {}
    others: list[str] = []
    for basis in bases:
        for part in re.split(r"[；;]", basis or ""):
            part = _NOTE.sub("", part).strip(_SEPARATORS)
            if not part or part.startswith("司法实践"):
                continue
            references = list(_REFERENCE.finditer(part))
            for match in references:
                statutes.setdefault(_title(match["name"]), []).extend(_articles(match["articles"]))
            if references:  # what else the part says is a gloss (参照适用 …)
                continue
            if part in TITLES:  # a whole document, no article: 法释〔2020〕27号
                statutes.setdefault(TITLES[part], [])
            elif part not in others:
                others.append(part)
    ordered = sorted(statutes, key=_rank)  # stable: first-cited order within a rank
    cited = [f"{title}{'、'.join(_article_text(a) for a in _merged(statutes[title]))}" for title in ordered]
    contract = [o for o in others if o.startswith("合同")]  # 合同约定 first, as the form's row reads
    return "；".join(contract + cited + [o for o in others if o not in contract])
