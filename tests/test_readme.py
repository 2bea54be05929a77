"""The README's Python example runs as written, and what its comments promise is what it gives."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

import summons_kit as sk

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "the README has a Python example"
    source = block.group(1)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copy(sk.template_path("answer", "element", cause="金融借款合同纠纷"), tmp_path / "firm_answer.docx")
    monkeypatch.chdir(tmp_path)
    # the README's check runs on the real today; its comment promises the answer deadline, which does not depend on it
    namespace: dict[str, object] = {}
    exec(compile(source, "README.md", "exec"), namespace)
    assert namespace["report"].deadline("answer").date == dt.date(2026, 12, 7)  # type: ignore[attr-defined]
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == sorted(
        ["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"]
    )
    # the values the comments show
    assert sk.parse_date("二〇二五年十月二十日上午九时三十分") == dt.datetime(2025, 10, 20, 9, 30)
    assert sk.parse_amount("人民币壹万贰仟叁佰肆拾伍元陆角柒分") == Decimal("12345.67")
    assert sk.amount_in_words(sk.parse_amount("200500")) == "人民币贰拾万零伍佰元整"
    assert sk.answer_deadline(dt.date(2025, 9, 16)) == dt.date(2025, 10, 9)
    for comment in (
        "datetime.datetime(2025, 10, 20, 9, 30)",
        "Decimal('12345.67')",
        "'人民币贰拾万零伍佰元整'",
        "datetime.date(2025, 10, 9)",
        "datetime.date(2026, 12, 7)",
    ):
        assert comment in source
