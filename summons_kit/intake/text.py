"""The text of a paper as one string, with each character traceable to its page and line.

Lines are squeezed (no spaces: PDF text layers space out digits, 案　　号 is spaced on purpose) and joined
without a separator, so a value the layout wrapped (签收日 / 期：2025年9月11日) reads whole. OCR's usual
slips in figures are mended here: a full-width comma or a stray dot inside an amount or a date (15，600.00,
120.00.元, 2025年6.月30日).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from summons_kit.intake.model import Line, Method, Page

# Full-width digits and Latin letters to ASCII; the punctuation a Chinese reader sees stays as it is.
_WIDTH = str.maketrans(
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"．": ".", "％": "%", "￥": "¥"}
)
_SPACE = re.compile(r"\s+")
_FIGURE_COMMA = re.compile(r"(?<=\d)[，,](?=\d{3}(?:\D|$))")  # 15，600.00 -> 15,600.00
# 120.00.元, 第1、.2项, 2025年6.月30日
_STRAY_DOT = re.compile(r"(?<=\d\.\d\d)\.(?=元)|(?<=[、，,])\.(?=\d)|(?<=\d)\.(?=[年月日号])")
_DOUBLE_MARK = re.compile(r"([、，。；：])\1+")  # 五、、
# Characters OCR confuses in the words intake looks for; neither wrong form is a word of a court paper.
_OCR_WORDS = (("时问", "时间"), ("曰期", "日期"), ("案曰", "案由"))
_OCR_DAY = re.compile(r"(?<=\d)曰")  # 11曰 -> 11日


def squeeze(text: str) -> str:
    """``text`` without spaces, with ASCII digits and letters and OCR's slips in figures mended."""
    s = _SPACE.sub("", text.translate(_WIDTH))
    s = _FIGURE_COMMA.sub(",", s)
    s = _STRAY_DOT.sub("", s)
    for wrong, right in _OCR_WORDS:
        s = s.replace(wrong, right)
    s = _OCR_DAY.sub("日", s)
    return _DOUBLE_MARK.sub(r"\1", s)


@attrs.frozen
class Span:
    """Where a run of the joined text came from."""

    start: int
    end: int
    page: Page
    line: Line


@attrs.frozen
class PaperText:
    """The squeezed, joined text of some pages, and where each run of it came from."""

    text: str
    spans: tuple[Span, ...]

    @classmethod
    def of(cls, pages: Sequence[Page]) -> PaperText:
        parts: list[str] = []
        spans: list[Span] = []
        at = 0
        for page in pages:
            for line in page.lines:
                s = squeeze(line.text)
                if not s:
                    continue
                parts.append(s)
                spans.append(Span(at, at + len(s), page, line))
                at += len(s)
        return cls("".join(parts), tuple(spans))

    def origin(self, start: int, end: int) -> tuple[Page, str, Method, float]:
        """The page a slice starts on, the lines it spans (as printed), how they were read, the least
        confidence among them."""
        touched = [s for s in self.spans if s.start < max(end, start + 1) and s.end > start]
        if not touched:
            touched = [self.spans[-1]]
        page = touched[0].page
        lines = "".join(s.line.text.strip() for s in touched)
        method: Method = "ocr" if any(s.page.method == "ocr" for s in touched) else "text"
        return page, lines, method, min(s.line.confidence for s in touched)
