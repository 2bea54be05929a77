"""Chinese typography for running text: full-width punctuation where the text around it is Chinese.

People type case files on Latin keyboards (“还款19期,累计还款9,857.40元”); a court document writes ，：；（）？！.
Punctuation between figures (15,600.00; 9:30) and inside Latin text is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_IS_CJK = re.compile(f"[{_CJK}]")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
#: , ; : ? ! with a Chinese character (or full-width punctuation) on at least one side
_MARK = re.compile(f"(?<=[{_CJK}])[,;:?!]|[,;:?!](?=[{_CJK}])")
_PAREN = re.compile(r"\(([^()\n]*)\)")
#: any character this module may convert
_ANY = re.compile(r"[,;:?!()]")


def _paren(match: re.Match[str]) -> str:
    inner = match.group(1)
    before = match.string[match.start() - 1] if match.start() else ""
    if _IS_CJK.search(inner) or (before and _IS_CJK.match(before)):
        return f"（{inner}）"
    return match.group(0)


def zh_punctuation(text: str) -> str:
    """``text`` with ASCII , ; : ? ! ( ) turned full-width where they punctuate Chinese."""
    if not text or text.isascii() or not _ANY.search(text):  # nothing Chinese, or nothing to convert
        return text
    return _converted(text)


@lru_cache(maxsize=4096, typed=True)  # a batch typesets the same sentences case after case
def _converted(text: str) -> str:
    if not _IS_CJK.search(text):
        return text
    while True:  # a bracket may turn on a mark converted after it, and nested brackets on each other
        done = _MARK.sub(lambda m: _FULL[m.group(0)], _PAREN.sub(_paren, text))
        if done == text:
            return done
        text = done
