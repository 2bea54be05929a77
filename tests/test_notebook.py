"""examples/notebook.ipynb is committed with its outputs, and they are what the notebook shows when run today.

The notebook is executed on a Jupyter kernel (nbclient; the kernel spec of this interpreter, ipykernel) in a copy of
examples/ in a temporary folder, as tools/run_notebook.py does; its checks run as of a fixed day (``TODAY``).
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

nbformat = pytest.importorskip("nbformat", reason="the test extra installs nbformat")
pytest.importorskip("nbclient", reason="the test extra installs nbclient")
pytest.importorskip("ipykernel", reason="the test extra installs ipykernel")

import run_notebook  # noqa: E402

STALE = "the notebook's outputs are stale: run python tools/run_notebook.py"


@pytest.fixture(scope="module")
def fresh() -> object:
    return run_notebook.execute()


def test_the_notebook_runs_without_an_error(fresh: object) -> None:
    errors = [o for cell in run_notebook.outputs(fresh) for o in cell if "error" in o]
    assert errors == []


def test_the_committed_outputs_are_the_fresh_ones(fresh: object) -> None:
    committed = run_notebook.outputs(nbformat.read(run_notebook.NOTEBOOK, as_version=4))
    now = run_notebook.outputs(fresh)
    if committed != now:
        a = json.dumps(committed, ensure_ascii=False, indent=1).splitlines()
        b = json.dumps(now, ensure_ascii=False, indent=1).splitlines()
        diff = "\n".join(list(difflib.unified_diff(a, b, "committed", "fresh", lineterm=""))[:40])
        pytest.fail(f"{STALE}\n{diff}")


def test_the_outputs_show_what_a_reader_checks(fresh: object) -> None:
    shown = run_notebook.outputs(fresh)
    html = "".join(o.get("text/html", "") for cell in shown for o in cell)
    assert "2026-12-22 星期二 09:30" in html  # the hearing with its time
    assert "深圳前海微众银行股份有限公司" in html and "13,980.16" in html  # the case: parties, claims
    assert "第12期" in html  # the schedule
    assert "民事答辩状.docx</a>" in html and "defendant.address" in html  # the drafts and what to fill in
    printed = "".join(o.get("text", "") for cell in shown for o in cell)
    assert printed.startswith("2026-12-07 ")  # the answer deadline of the fixed day's check
