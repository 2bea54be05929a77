"""The bundled examples run as a user would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def test_the_notebook_runs_cell_by_cell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = json.loads((EXAMPLES / "notebook.ipynb").read_text(encoding="utf-8"))
    monkeypatch.chdir(EXAMPLES)
    namespace: dict[str, object] = {}
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code, "the notebook has no code cells"
    for cell in code:
        source = "".join(cell["source"]).replace('"drafts"', repr(str(tmp_path / "drafts")))
        exec(compile(source, "notebook", "exec"), namespace)
    report = namespace["report"]
    assert report.deadline("answer").date.isoformat() == "2026-12-07"  # type: ignore[attr-defined]
    assert "<table" in report._repr_html_()  # type: ignore[attr-defined]
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == sorted(
        ["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"]
    )


def test_the_script_example_runs(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "draft_weilidai.py"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "答辩期限 / answer deadline" in done.stdout
    assert len(list((tmp_path / "out").glob("*.docx"))) == 3
