"""PDF copies of the drafts, made by LibreOffice (``soffice --headless --convert-to pdf``).

One office process converts the whole list (a batch of 1,000 cases starts LibreOffice once, not 3,000 times),
with a private profile folder so it never waits for, or disturbs, a LibreOffice the user has open. Files of the
same name in different folders (every case folder has a 民事答辩状.docx) are linked under unique names into a
work folder, converted there, and each PDF is moved next to its .docx.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

__all__ = ["OfficeMissingError", "PdfError", "find_office", "to_pdf"]

#: files per office invocation (keeps the command line well under the operating system's limit)
CHUNK = 2000


class OfficeMissingError(RuntimeError):
    """LibreOffice is not installed (or not on PATH)."""

    def __init__(self) -> None:
        super().__init__(
            "未找到 LibreOffice(soffice),无法生成 PDF;请安装 LibreOffice 后重试,或不加 --pdf 只生成 .docx / "
            "LibreOffice (soffice) not found, so no PDF can be made: install LibreOffice "
            "(https://www.libreoffice.org) or leave out --pdf to write the .docx drafts only"
        )


class PdfError(RuntimeError):
    """LibreOffice ran but some PDFs were not made: names the files (``failed``; ``written``: those made)."""

    def __init__(self, message: str, failed: Sequence[Path] = (), written: Sequence[Path] = ()) -> None:
        super().__init__(message)
        self.failed = tuple(failed)
        self.written = tuple(written)


def find_office() -> str | None:
    """The LibreOffice program: ``$SUMMONS_KIT_SOFFICE``, else soffice / libreoffice on PATH, else None."""
    configured = os.environ.get("SUMMONS_KIT_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else shutil.which(configured)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    mac = Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    return str(mac) if mac.is_file() else None


def to_pdf(documents: Sequence[Path | str], *, force: bool = False, timeout: float | None = None) -> list[Path]:
    """Convert ``documents`` (.docx) to PDF files next to them (same name, .pdf) and return the PDF paths.

    Without ``force`` an existing PDF is never replaced (FileExistsError, before LibreOffice starts). Raises
    :class:`OfficeMissingError` when LibreOffice is not installed, :class:`PdfError` naming the files that were
    not converted. ``timeout``: seconds for the whole list (default: 60 + 2 per file).
    """
    sources = [Path(p) for p in documents]
    if not sources:
        return []
    office = find_office()
    if office is None:
        raise OfficeMissingError()
    targets = [p.with_suffix(".pdf") for p in sources]
    if not force:
        from summons_kit.atomic import exists_error

        for target in targets:
            if target.exists():
                raise exists_error(target)
    with tempfile.TemporaryDirectory(prefix="summons_kit_pdf_") as work:
        root = Path(work)
        profile = root / "profile"
        inbox, outbox = root / "in", root / "out"
        inbox.mkdir()
        outbox.mkdir()
        for index, source in enumerate(sources):
            link = inbox / f"{index:07d}.docx"
            try:
                link.symlink_to(source.resolve())
            except OSError:  # no symlinks (Windows without the right): a copy
                shutil.copyfile(source, link)
        for start in range(0, len(sources), CHUNK):
            names = [str(inbox / f"{i:07d}.docx") for i in range(start, min(start + CHUNK, len(sources)))]
            command = [
                office,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outbox),
                *names,
            ]
            limit = timeout if timeout is not None else 60 + 2 * len(names)
            try:
                subprocess.run(command, capture_output=True, timeout=limit, check=False)
            except subprocess.TimeoutExpired:
                raise PdfError(
                    f"LibreOffice 在 {limit:.0f} 秒内未完成转换 / LibreOffice did not finish within {limit:.0f} s"
                ) from None
        failed: list[Path] = []
        written: list[Path] = []
        for index, (source, target) in enumerate(zip(sources, targets, strict=True)):
            made = outbox / f"{index:07d}.pdf"
            if not made.is_file() or made.stat().st_size == 0:
                failed.append(source)
                continue
            shutil.move(str(made), str(target))  # os.replace within a file system, a copy across
            written.append(target)
    if failed:
        shown = ", ".join(str(p) for p in failed[:5]) + (" …" if len(failed) > 5 else "")
        raise PdfError(
            f"{len(failed)} 个文件未能转换为 PDF:{shown} / "
            f"{len(failed)} file(s) could not be converted to PDF: {shown}",
            failed,
            written,
        )
    return written
