"""Chinese typography of what the law layer writes: full-width ，；：（） in Chinese text, figures untouched.

Two guards: the findings and deadlines convert what they are given (user input typed on a Latin keyboard
included), and the source itself writes its Chinese prose with full-width punctuation, so that what a
reader of the code sees is what the lawyer reads.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from test_check_rules import BUYER, TODAY, clean, evolve

from summons_kit.case.model import Assignment
from summons_kit.check import check
from summons_kit.fields.text import zh_punctuation
from summons_kit.law.deadlines import compute_deadlines
from summons_kit.law.finding import Finding
from summons_kit.law.rules import rule_table

PACKAGE = Path(__file__).resolve().parent.parent / "summons_kit"
SOURCES = [
    *sorted((PACKAGE / "law").glob("*.py")),
    *sorted((PACKAGE / "check").glob("*.py")),
    *sorted((PACKAGE / "report").glob("*.py")),
]
CJK = re.compile("[\u3400-\u9fff]")
STAND_IN = "字"  # what an f-string placeholder is taken to produce (a Chinese date, amount or name)


def test_a_finding_sets_its_chinese_texts_in_chinese_typography() -> None:
    finding = Finding(
        "x.y",
        "info",
        "f",
        "还款19期,累计还款9,857.40元(见证据1)",
        "paid 19 times, 9,857.40 (see 1)",
        "民法典第546条;合同编通则解释(2023)第48条",
        "请求驳回:理由如下",
    )
    assert finding.message == "还款19期，累计还款9,857.40元（见证据1）"
    assert finding.message_en == "paid 19 times, 9,857.40 (see 1)"  # English is left as it is
    assert finding.basis == "民法典第546条；合同编通则解释（2023）第48条"
    assert finding.point == "请求驳回：理由如下"


def test_user_input_quoted_in_a_finding_is_converted_too() -> None:
    case = attrs.evolve(
        evolve(clean(), "plaintiff", name=BUYER),
        assignment=Assignment(
            assignor="某某银行股份有限公司",
            notified=True,
            notice_method="报纸公告(法制日报)",
            notified_on=dt.date(2025, 7, 15),
        ),
    )
    finding = next(f for f in check(case, today=TODAY).findings if f.code == "assignment.notice_by_publication")
    assert "以“报纸公告（法制日报）”方式通知。" in finding.message
    assert "原告主张以“报纸公告（法制日报）”方式通知债权转让，" in finding.point


def test_a_deadline_explanation_converts_the_hearing_place() -> None:
    case = evolve(clean(), "service", hearing_place="本院第三法庭(三楼),请携带身份证")
    hearing = next(d for d in compute_deadlines(case) if d.key == "hearing")
    assert "上午9时30分开庭，地点：本院第三法庭（三楼），请携带身份证。" in hearing.explanation


def test_the_code_table_is_in_chinese_typography() -> None:
    for code in rule_table():
        assert zh_punctuation(code.title) == code.title, code.code
        assert zh_punctuation(code.basis) == code.basis, code.code
        assert "(unverified" not in code.basis or " (unverified" in code.basis  # the Latin note stays ASCII


def _chinese_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal written as Chinese prose: not docstrings, not the patterns given
    to ``re``, and not English text that quotes a Chinese word; f-string placeholders read as ``字``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skipped.add(id(body[0].value))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            skipped.update(id(sub) for sub in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(v) for v in node.values)
            text = "".join(v.value if isinstance(v, ast.Constant) else STAND_IN for v in node.values)
            if not any(isinstance(v, ast.Constant) and CJK.search(v.value) for v in node.values):
                continue
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if CJK.search(text) and len(CJK.findall(text)) >= len(re.findall("[A-Za-z]", text)):
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_the_source_writes_chinese_with_full_width_punctuation(path: Path) -> None:
    literals = _chinese_literals(path)
    wrong = [f"{path.name}:{line}: {text}" for line, text in literals if zh_punctuation(text) != text]
    assert not wrong, "\n".join(wrong)


def test_the_source_scan_sees_the_literals() -> None:
    # the guard above is only worth something if it reads the messages: it must see f-strings and plain ones
    texts = [text for _, text in _chinese_literals(PACKAGE / "law" / "rules_service.py")]
    assert "送达日期字晚于开庭日期字，请核对。" in texts
    assert "普通程序举证期限不得少于15日（《民诉法解释》第99条）" in texts
    assert zh_punctuation("送达日期字晚于开庭日期字,请核对。") != "送达日期字晚于开庭日期字,请核对。"
