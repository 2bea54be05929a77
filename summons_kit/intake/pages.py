"""Input files to pages, and pages to papers: which court paper each page is, recognised by its heading.

A page whose top carries no paper heading continues the paper before it (a complaint's second page, in the same
file or photographed into the next one; a summons whose 送达回证 runs onto the next page). A 送达回证 /
电子送达凭证 on its own page is a paper of its own.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from summons_kit.intake.errors import IntakeError
from summons_kit.intake.model import Line, Page
from summons_kit.intake.text import squeeze

PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}


class PaperKind(enum.StrEnum):
    COMPLAINT = "起诉状"
    NOTICE_TO_RESPOND = "应诉通知书"
    EVIDENCE_NOTICE = "举证通知书"
    SUMMONS = "传票"
    SERVICE_PROOF = "送达回证"
    UNKNOWN = "未识别"


# Headings, looked for in the first lines of a page (squeezed: no spaces, so 传　票 is 传票). Order matters:
# 应诉及举证通知书 is a notice to respond that also sets the evidence period.
_HEADINGS: tuple[tuple[re.Pattern[str], PaperKind], ...] = (
    (re.compile(r"^(?:民事)?(?:起诉状|起诉书)(?:副本)?$"), PaperKind.COMPLAINT),
    (re.compile(r"^应诉(?:及举证)?通知书$"), PaperKind.NOTICE_TO_RESPOND),
    (re.compile(r"^举证通知书$"), PaperKind.EVIDENCE_NOTICE),
    (re.compile(r"^传票$"), PaperKind.SUMMONS),
    (re.compile(r"^(?:(?:电子)?送达回证|电子送达(?:凭证|回执|记录)|送达证明)$"), PaperKind.SERVICE_PROOF),
    # other papers of a suit: recognised so that they never pass for a page of the paper before them
    (
        re.compile(
            r"^(?:民事)?(?:判决书|裁定书|调解书|决定书|支付令)$|^(?:送达地址确认书|证据清单|证据目录|授权委托书)$"
        ),
        PaperKind.UNKNOWN,
    ),
)
_HEAD_LINES = 4  # the heading is within the first lines (after the court's name)


def classify(page: Page) -> PaperKind | None:
    """The paper whose heading opens ``page``, or None when the page continues a paper."""
    for line in page.lines[:_HEAD_LINES]:
        s = squeeze(line.text)
        for pattern, kind in _HEADINGS:
            if pattern.match(s):
                return kind
    return None


@attrs.frozen
class Paper:
    kind: PaperKind
    pages: tuple[Page, ...]


def group(pages: Iterable[Page]) -> list[Paper]:
    """Pages grouped into papers by their headings, in the order given. A page without a heading continues the
    paper before it, in the same file or in the file before (photos of a complaint's pages, one per file)."""
    papers: list[Paper] = []
    for page in pages:
        kind = classify(page)
        if kind is None and papers:
            papers[-1] = Paper(papers[-1].kind, (*papers[-1].pages, page))
        else:
            papers.append(Paper(kind or PaperKind.UNKNOWN, (page,)))
    return papers


def read_file(path: Path) -> list[Page]:
    """The pages of one input file: a PDF (text layer, or OCR for image-only pages) or an image (OCR)."""
    from summons_kit.intake.ocr import ocr_image, require_ocr

    name = str(path)
    if not path.is_file():
        raise IntakeError(name, "文件不存在", "no such file")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from summons_kit.intake.pdf import pdf_pages

        pages = []
        for number, lines, image in pdf_pages(path):
            if lines is not None:
                pages.append(Page(name, number, lines, "text"))
            else:
                assert image is not None
                pages.append(Page(name, number, ocr_image(image, name), "ocr"))
        return pages
    if suffix in IMAGE_SUFFIXES:
        require_ocr(name)
        from PIL import Image, ImageOps, UnidentifiedImageError

        try:
            with Image.open(path) as opened:
                image = ImageOps.exif_transpose(opened).convert("RGB")
        except (UnidentifiedImageError, OSError) as exc:
            raise IntakeError(name, f"不是可读的图片({exc})", f"not a readable image ({exc})") from None
        return [Page(name, 1, ocr_image(image, name), "ocr")]
    if suffix == ".txt":
        text = path.read_text(encoding="utf-8")
        return [Page(name, 1, tuple(Line(line) for line in text.splitlines()), "text")]
    if suffix in (".heic", ".heif"):
        raise IntakeError(
            name,
            "HEIC格式的照片无法读取,请在手机上改为JPG格式拍摄或导出为JPG后再试",
            "HEIC photos cannot be read: export the photo as JPG (or set the phone's camera to JPG) and try again",
        )
    raise IntakeError(
        name,
        f"不支持的文件类型“{suffix or '无扩展名'}”(应为PDF、JPG或PNG)",
        f"unsupported file type {suffix or '(no extension)'!r} (expected PDF, JPG or PNG)",
    )
