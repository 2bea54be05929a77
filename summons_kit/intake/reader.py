"""What the field rules share: the patterns of dates, 案号 and rates on squeezed text, and the :class:`Reader`
that searches the papers and records each value with its source, or lists it as unread with the parser's reason."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from summons_kit.errors import ParseError
from summons_kit.fields import parse_date as _parse_date
from summons_kit.fields import parse_id_number as _parse_id_number
from summons_kit.fields.text import zh_punctuation
from summons_kit.intake.model import Source, Unread
from summons_kit.intake.pages import Paper, PaperKind
from summons_kit.intake.text import PaperText

# --- shared patterns (on squeezed text: no spaces, ASCII digits) ----------------------------------------------
_CN = "〇零一二三四五六七八九十"
_NUM = rf"[\d{_CN}Oo]"
DATE = rf"{_NUM}{{4}}年{_NUM}{{1,3}}月{_NUM}{{1,3}}[日号]?|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}日?"
COLON = r"[:：]?"
CASE_NUMBER = r"[(（〔\[]\d{4}[)）〕\]][^(（)）〔〕\[\]，,。；;:：]{2,20}?号"
SENTENCES = re.compile(r"[^。]+。?")
ITEMS = re.compile(r"[^，,。；;]+")
ORG_WORDS = re.compile(r"(?:公司|银行|中心|合作社|事务所|分行|支行|集团|委员会|协会|学校|医院|企业|商行|店)$")
RATE = (
    r"(?:日利率|年利率|月利率|年化利率|日息|月息|年息)(?:为|按|是)?"
    r"(?:\d+(?:\.\d+)?%|\d+(?:\.\d+)?‰|[百千万]分之[\d一二三四五六七八九十点.]+)"
)
_WORDS_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_int(text: str) -> int:
    """十五 -> 15, 三十 -> 30, 7 -> 7."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_WORDS_NUM[tens] if tens else 1) * 10 + (_WORDS_NUM[ones] if ones else 0)
    return int("".join(str(_WORDS_NUM[c]) for c in text))


@attrs.frozen
class Found:
    """A value read, before it is put into the case."""

    value: Any
    source: Source


@attrs.define
class Reading:
    """What has been read so far: values by case-file path, unread fields, notes."""

    values: dict[str, Found] = attrs.Factory(dict)
    unread: list[Unread] = attrs.Factory(list)
    notes: dict[str, str] = attrs.Factory(dict)
    seen: dict[str, list[Found]] = attrs.Factory(dict)  # every reading of a field, for cross-checks


class Reader:
    """Reads the papers one rule at a time into a :class:`Reading`."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers = papers
        self.texts = [(p, PaperText.of(p.pages)) for p in papers]
        self.r = Reading()

    # --- plumbing -----------------------------------------------------------------------------------------
    def of(self, *kinds: PaperKind) -> Iterator[tuple[Paper, PaperText]]:
        """Papers of ``kinds`` in the order given (all papers when no kind is given)."""
        if not kinds:
            yield from self.texts
            return
        for kind in kinds:
            yield from ((p, t) for p, t in self.texts if p.kind == kind)

    def source(self, paper: Paper, pt: PaperText, start: int, end: int) -> Source:
        page, lines, method, confidence = pt.origin(start, end)
        return Source(page.file, page.number, lines, method, confidence, paper.kind.value)

    def put(self, field: str, value: Any, src: Source, *, first: bool = True) -> None:
        """Record ``value`` for ``field``; the first reading wins, every reading is kept for cross-checks."""
        found = Found(value, src)
        self.r.seen.setdefault(field, []).append(found)
        if field not in self.r.values or not first:
            self.r.values[field] = found

    def parsed(
        self, field: str, raw: str, parse: Callable[[str], Any], paper: Paper, pt: PaperText, start: int, end: int
    ) -> Any:
        """``parse(raw)``; on a ParseError the field is listed as unread with the parser's reason."""
        src = self.source(paper, pt, start, end)
        try:
            value = parse(raw)
        except (ParseError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, ParseError) else str(exc)
            reason_en = exc.reason_en if isinstance(exc, ParseError) else str(exc)
            if not any(u.field == field for u in self.r.unread):
                self.r.unread.append(
                    Unread(
                        field,
                        f"纸面写作“{raw}”,无法识别:{reason}",
                        f"the paper says {raw!r}, which cannot be read: {reason_en}",
                        src,
                    )
                )
            return None
        self.put(field, value, src)
        return value

    def search(self, pattern: str, *kinds: PaperKind) -> Iterator[tuple[Paper, PaperText, re.Match[str]]]:
        rx = re.compile(pattern)
        for paper, pt in self.of(*kinds):
            for m in rx.finditer(pt.text):
                yield paper, pt, m

    def text_field(self, field: str, pattern: str, *kinds: PaperKind, group: str = "v", once: bool = False) -> None:
        """A free-text value (name, address, place): every match is kept (the first on each paper when
        ``once``), the first is written."""
        done: set[int] = set()
        for paper, pt, m in self.search(pattern, *kinds):
            if once and id(paper) in done:
                continue
            value = zh_punctuation(m[group].strip("，,。；;:："))
            if value:
                done.add(id(paper))
                self.put(field, value, self.source(paper, pt, m.start(), m.end()))

    def date_field(self, field: str, pattern: str, *kinds: PaperKind, group: str = "v", once: bool = True) -> None:
        for paper, pt, m in self.search(pattern, *kinds):
            self.parsed(field, m[group], parse_date, paper, pt, m.start(), m.end())
            if once:
                return


def parse_date(text: str) -> dt.date | dt.datetime:
    """:func:`summons_kit.fields.parse_date` without a reference date: a paper's date always has its year."""
    return _parse_date(text)


def parse_id_number(text: str) -> str:
    """The checked ID number (check digit, birth date) as the case file takes it."""
    return _parse_id_number(text).value
