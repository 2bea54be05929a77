"""Render the first page of every built-in document as a PNG for docs/documents.md (docs/img/<key>.png).

    python tools/render_doc_pictures.py

Drafts every registry document from the bundled company example (which calls for each of them; the answer in both
styles from the 微粒贷 example, the company's being a joint, narrative one), opens the drafts in LibreOffice
(headless) and writes the first page of each with poppler's pdftoppm. Needs LibreOffice and poppler (as the tests do).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import summons_kit as sk
from summons_kit.case import registry
from summons_kit.documents.pdf import to_pdf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
DPI = "45"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        company = sk.load_case(ROOT / "examples" / "company" / "case.toml")
        today = company.documents.date
        # the company's answer is joint, so narrative: the element form is shown from the 微粒贷 example
        others = [key for key in registry.KEYS if key != "answer"]
        drafted = sk.draft(company, folder / "company", documents=others, today=today, force=True)
        weilidai = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
        narrative = sk.draft(weilidai, folder / "narrative", documents=["answer"], style="narrative", force=True)
        named = {path.stem: path for path in drafted}
        files = {d.key: named[d.title] for d in registry.DOCUMENTS if d.title in named}
        files["answer_narrative"] = narrative[0]
        element = sk.draft(weilidai, folder / "element", documents=["answer"], style="element", force=True)
        files["answer"] = element[0]
        staged = folder / "staged"  # one file per key: two drafts share the title 民事答辩状
        staged.mkdir()
        files = {key: Path(shutil.copy(path, staged / f"{key}.docx")) for key, path in files.items()}
        pdfs = to_pdf(list(files.values()))  # the kit's one LibreOffice run (documents/pdf.py), PDFs beside them
        for key, pdf in zip(files, pdfs, strict=True):
            target = OUT / key
            subprocess.run(
                ["pdftoppm", "-png", "-r", DPI, "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
                check=True,
            )
            print(f"wrote {target.with_suffix('.png').relative_to(ROOT)}")
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", *map(str, OUT.glob("*.png"))], check=False)


if __name__ == "__main__":
    main()
