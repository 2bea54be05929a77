"""Intake: the court's papers (PDFs with a text layer, scanned PDFs, phone photos) read into a case file.

files -> pages (:mod:`.pdf`, :mod:`.ocr`) -> papers by their headings (:mod:`.pages`) -> field rules
(:mod:`.extract`) -> cross-checks (:mod:`.crosscheck`) -> :class:`Intake` -> case.toml (:mod:`.toml_writer`).
"""

from summons_kit.intake.errors import IntakeError
from summons_kit.intake.model import Doubt, Intake, Source, Unread
from summons_kit.intake.ocr import ocr_available
from summons_kit.intake.read import read_papers

__all__ = ["Doubt", "Intake", "IntakeError", "Source", "Unread", "ocr_available", "read_papers"]
