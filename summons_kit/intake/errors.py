"""The one exception of intake: input that cannot be read at all (exit 2 on the command line)."""

from __future__ import annotations


class IntakeError(ValueError):
    """A file that cannot be read as court papers: missing, of an unknown type, damaged, or needing OCR when
    the OCR extra is not installed. The message is in Chinese and English."""

    def __init__(self, path: str, reason: str, reason_en: str) -> None:
        self.path, self.reason, self.reason_en = path, reason, reason_en
        super().__init__(f"{path}: {reason} / {reason_en}")
