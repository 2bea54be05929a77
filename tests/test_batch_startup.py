"""Start-up: ``import summons_kit`` and a check load none of the Word engine's modules nor dateparser (run in a
fresh interpreter: what this test process has imported does not count)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
HEAVY = ["docx", "docxtpl", "jinja2", "lxml", "dateparser", "cn2an"]

SCRIPT = """
import json, sys
heavy = {heavy!r}
loaded = lambda: sorted(m for m in heavy if m in sys.modules)
import summons_kit as sk
after_import = loaded()
report = sk.check(sk.load_case({case!r}))
after_check = loaded()
from summons_kit.cli.main import main
print(json.dumps({{"import": after_import, "check": after_check, "deadline": str(report.deadline("answer").date)}}))
"""


def _run(script: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_import_and_check_load_no_word_engine_nor_dateparser() -> None:
    found = _run(SCRIPT.format(heavy=HEAVY, case=str(WEILIDAI)))
    assert found["import"] == []
    assert found["check"] == []
    assert found["deadline"] == "2026-12-07"  # the check did run


def test_the_cli_check_command_loads_none_of_them() -> None:
    script = (
        "import sys, io, contextlib\n"
        "from summons_kit.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['check', {str(WEILIDAI)!r}, '--today', '2026-11-30'])\n"
        f"print(__import__('json').dumps({{'code': code, 'loaded': sorted(m for m in {HEAVY!r} if m in sys.modules)}}))"
    )
    found = _run(script)
    assert found == {"code": 0, "loaded": []}


def test_public_names_still_resolve_lazily() -> None:
    import summons_kit as sk

    for name in sk.__all__:
        assert getattr(sk, name) is not None, name
    assert callable(sk.check) and callable(sk.draft) and callable(sk.draft_many)
    import summons_kit.check  # the subpackage does not replace the function

    assert callable(sk.check)
