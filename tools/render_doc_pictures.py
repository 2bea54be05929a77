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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
DPI = "45"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        company = sk.load_case(ROOT / "examples" / "company" / "case.toml")
        today = company.documents.date
        drafted = sk.draft(company, folder / "company", documents=registry.KEYS, today=today, force=True)
        weilidai = sk.load_case(ROOT / "examples" / "weilidai" / "case.toml")
        narrative = sk.draft(weilidai, folder / "narrative", documents=["answer"], style="narrative", force=True)
        named = {path.stem: path for path in drafted}
        files = {d.key: named[d.title] for d in registry.DOCUMENTS if d.title in named}
        files["answer_narrative"] = narrative[0]
        # the company's answer is joint, so narrative: the element form is shown from the 微粒贷 example
        element = sk.draft(weilidai, folder / "element", documents=["answer"], style="element", force=True)
        files["answer"] = element[0]
        staged = folder / "staged"  # one file per key: two drafts share the title 民事答辩状
        staged.mkdir()
        files = {key: Path(shutil.copy(path, staged / f"{key}.docx")) for key, path in files.items()}
        pdfs = folder / "pdf"
        profile = (folder / "profile").as_uri()
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
             "--outdir", str(pdfs), *map(str, files.values())],
            check=True, capture_output=True,
        )  # fmt: skip
        for key, docx in files.items():
            target = OUT / key
            subprocess.run(
                ["pdftoppm", "-png", "-r", DPI, "-f", "1", "-l", "1", "-singlefile", str(pdfs / f"{docx.stem}.pdf"),
                 str(target)],
                check=True,
            )  # fmt: skip
            print(f"wrote {target.with_suffix('.png').relative_to(ROOT)}")
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", *map(str, OUT.glob("*.png"))], check=False)


if __name__ == "__main__":
    main()
