"""Optical character recognition of page images (rapidocr-onnxruntime, the optional ``ocr`` extra).

The engine ships its Chinese detection and recognition models inside the wheel: nothing is downloaded at run
time. It is loaded once per process.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from summons_kit.intake.errors import IntakeError
from summons_kit.intake.model import Line

if TYPE_CHECKING:
    from PIL.Image import Image

INSTALL_HINT = 'pip install "summons_kit[ocr]"'
#: boxes whose tops are closer than this fraction of a box's height are on one line
_SAME_LINE = 0.5


def ocr_available() -> bool:
    """Whether the OCR extra is installed."""
    import importlib.util

    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@functools.cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-untyped]

    return RapidOCR()


def require_ocr(path: str) -> None:
    """Raise :class:`IntakeError` with the install command when OCR is needed but not installed."""
    if not ocr_available():
        raise IntakeError(
            path,
            f"这是扫描件或照片,需要文字识别(OCR)组件,请先安装:{INSTALL_HINT}",
            f"this is a scan or a photo and needs OCR, which is not installed: {INSTALL_HINT}",
        )


def ocr_image(image: Image, path: str) -> tuple[Line, ...]:
    """The lines of text on ``image``, top to bottom, each with the engine's confidence."""
    import numpy as np

    require_ocr(path)
    result, _elapsed = _engine()(np.asarray(image.convert("RGB")))
    boxes = []
    for box, text, confidence in result or []:
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        boxes.append((min(ys), max(ys), min(xs), str(text), float(confidence)))
    return _to_lines(boxes)


def _to_lines(boxes: list[tuple[float, float, float, str, float]]) -> tuple[Line, ...]:
    """Merge boxes on one visual line (a label and its value: 案号 | (2025)粤0391民初18888号) left to right."""
    boxes.sort(key=lambda b: (b[0], b[2]))
    rows: list[list[tuple[float, float, float, str, float]]] = []
    for box in boxes:
        if rows:
            top, bottom = rows[-1][0][0], rows[-1][0][1]
            if abs(box[0] - top) < _SAME_LINE * (bottom - top):
                rows[-1].append(box)
                continue
        rows.append([box])
    lines = []
    for row in rows:
        row.sort(key=lambda b: b[2])
        lines.append(Line("".join(b[3] for b in row), min(b[4] for b in row)))
    return tuple(lines)
