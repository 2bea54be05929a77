"""docs/batch.md's Python example runs as written on the bundled examples/cases.csv, and the README's batch line
gives what it says."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_batch_docs_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    section = text.split("## From Python", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block, "docs/batch.md has a Python example"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(block.group(1), "docs/batch.md", "exec"), namespace)
    results = namespace["results"]
    assert [(r.row, r.name, r.status) for r in results] == [  # type: ignore[attr-defined]
        (2, "李明", "ok"),
        (3, "王芳", "ok"),
        (4, "张伟", "ok"),
    ]
    assert namespace["failed"] == []
    assert sorted(p.name for p in (tmp_path / "batch_drafts").iterdir()) == ["report.csv", "张伟", "李明", "王芳"]
    # 张伟's row has no evidence and no instalment plan: the answer only, the others skipped as for sk.draft
    assert [p.name for p in (tmp_path / "batch_drafts" / "张伟").iterdir()] == ["民事答辩状.docx"]


def test_the_readme_batch_line_writes_a_folder_per_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("sk.draft_many("))
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    import summons_kit as sk

    exec(line, {"sk": sk})
    folders = sorted(p.name for p in (tmp_path / "batch").iterdir())
    assert folders == sorted(
        ["report.csv", "（2026）粤0391民初23456号", "(2026)沪0115民初18765号", "（2026）粤0391民初23457号"]
    )
