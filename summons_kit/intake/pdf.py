"""PDF pages: the text layer where there is one, an image to OCR where there is none (pypdfium2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from summons_kit.intake.errors import IntakeError
from summons_kit.intake.model import Line

if TYPE_CHECKING:
    from PIL.Image import Image

#: a page whose text layer holds fewer CJK characters than this is treated as a scan
MIN_TEXT_CHARS = 10
#: resolution a scanned page is rendered at for OCR (dots per inch)
OCR_DPI = 150


def _cjk_count(text: str) -> int:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def pdf_pages(path: Path) -> Iterator[tuple[int, tuple[Line, ...] | None, Image | None]]:
    """Each page of the PDF at ``path``: (1-based number, its text-layer lines, None) or, for a page without
    a usable text layer, (number, None, the page rendered as an image)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise IntakeError(str(path), f"不是可读的PDF文件({exc})", f"not a readable PDF file ({exc})") from None
    try:
        if len(document) == 0:
            raise IntakeError(str(path), "PDF文件没有页面", "the PDF has no pages")
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            if _cjk_count(text) >= MIN_TEXT_CHARS:
                lines = tuple(Line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
                yield index + 1, lines, None
            else:
                image = page.render(scale=OCR_DPI / 72).to_pil().convert("RGB")
                yield index + 1, None, image
            page.close()
    finally:
        document.close()
