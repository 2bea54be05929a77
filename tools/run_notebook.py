"""Execute examples/notebook.ipynb and write its outputs back: ``python tools/run_notebook.py``.

The notebook runs in a copy of ``examples/`` in a temporary folder (its drafts land there, not in the repository),
on the kernel of this interpreter, with ``summons_kit`` imported from this checkout. Its checks run as of a fixed
day (``TODAY`` in the notebook), so the outputs are the same on every run; what still varies (the temporary folder,
object addresses) is normalised by :func:`normalise`. tests/test_notebook.py executes it the same way and fails
when the committed outputs differ from fresh ones.

Needs the test extra (nbclient, nbformat, ipykernel).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "notebook.ipynb"
#: the output kinds compared and committed
MIMES = ("text/plain", "text/html")
TIMEOUT = 300  # seconds per cell


def execute(notebook: Path = NOTEBOOK) -> Any:
    """The notebook executed in a temporary copy of its folder; outputs normalised."""
    nb = nbformat.read(notebook, as_version=4)
    with tempfile.TemporaryDirectory(prefix="sk-notebook-") as tmp:
        work = Path(tmp) / "examples"
        shutil.copytree(notebook.parent, work, ignore=shutil.ignore_patterns("drafts", "batch", "*.ipynb"))
        previous = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), previous) if p)
        try:
            client = NotebookClient(
                nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(work)}}
            )
            client.execute()
        finally:
            if previous is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = previous
        return normalise(nb, Path(tmp))


def _clean(text: str, tmp: Path | None) -> str:
    if tmp is not None:
        for form in {str(tmp), str(tmp.resolve()), tmp.as_posix()}:
            text = text.replace(form, "<tmp>")
    return re.sub(r" at 0x[0-9a-f]+", " at 0x…", text)


def normalise(nb: Any, tmp: Path | None = None) -> Any:
    """Keep only the compared parts of the outputs (streams, errors, and text/plain + text/html of results), with the
    temporary folder and object addresses replaced; number the cells' ids and executions in order."""
    count = 0
    for index, cell in enumerate(nb.cells, 1):
        cell["id"] = f"cell-{index:02d}"
        cell["metadata"] = {}
        if cell.cell_type != "code":
            continue
        count += 1
        cell["execution_count"] = count
        kept = []
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                output["text"] = _clean(output["text"], tmp)
            elif output.output_type in ("execute_result", "display_data"):
                output["data"] = {k: _clean(_text(v), tmp) for k, v in output["data"].items() if k in MIMES}
                output["metadata"] = {}
                if output.output_type == "execute_result":
                    output["execution_count"] = count
            kept.append(output)
        cell["outputs"] = kept
    return nb


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def outputs(nb: Any) -> list[list[dict[str, Any]]]:
    """Per code cell, what is compared: each output's type and text."""
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        shown = []
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                shown.append({"stream": output["name"], "text": _text(output["text"])})
            elif output.output_type == "error":
                shown.append({"error": output["ename"], "text": output["evalue"]})
            else:
                shown.append({mime: _text(output["data"][mime]) for mime in MIMES if mime in output["data"]})
        found.append(shown)
    return found


def main() -> int:
    nb = execute()
    errors = [o for cell in outputs(nb) for o in cell if "error" in o]
    if errors:
        print(f"the notebook raised: {errors}", file=sys.stderr)
        return 1
    nbformat.write(nb, NOTEBOOK)
    print(f"wrote {NOTEBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
