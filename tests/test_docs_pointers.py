"""What the package tells a user to read names a page of the docs site: a pip user has no docs/ folder, and nobody
has the kit's legal reference (law.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "summons_kit"
TEXT = [p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".toml", ".csv", ".json") and p.is_file()]
#: 文档“X”页 / the docs page "X" (or 'X')
POINTER = re.compile(r"""(?:文档(?:网站)?“([^”]+)”页|the docs page\s+["']([^"']+)["'])""")


def site_pages() -> set[str]:
    """The pages' names: their titles in mkdocs.yml's nav, and the first words of each page's heading."""
    nav = re.findall(r"^\s*- ([^:\n]+): \S+\.md$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    headings = [p.read_text(encoding="utf-8").splitlines()[0].lstrip("# ") for p in (ROOT / "docs").glob("*.md")]
    return set(nav) | set(headings) | {h.split(":")[0] for h in headings}


def test_no_file_of_the_package_points_to_law_md() -> None:
    assert [p.relative_to(ROOT).as_posix() for p in TEXT if "law.md" in p.read_text(encoding="utf-8")] == []


def test_every_docs_page_the_package_names_is_on_the_site() -> None:
    pages = site_pages()
    named = {m[0] or m[1] for p in TEXT for m in POINTER.findall(p.read_text(encoding="utf-8"))}
    assert {"The case file", "Deadlines", "Many cases at once"} <= named
    assert named <= pages, named - pages


def test_the_init_file_and_the_sheet_point_to_the_page_not_to_a_folder() -> None:
    from summons_kit.case.sheet_template import SEE_CASE_FILE

    template = (PACKAGE / "case" / "case_template.toml").read_text(encoding="utf-8")
    for text in (template, SEE_CASE_FILE):
        assert 'the docs page "The case file"' in text.replace("'", '"')
        assert not re.search(r"(?<![(\w])docs/", text)  # docs/case-file.md only in brackets, after the page's name
