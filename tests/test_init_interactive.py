"""``summons-kit init --interactive`` driven end to end through prompt_toolkit's pipe input: typed answers, one wrong
ID number refused with the parser's message and asked again, the deadlines shown, the written file loads."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len

pytest.importorskip("prompt_toolkit")

from prompt_toolkit import PromptSession
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

import summons_kit as sk
from summons_kit.cli.interactive import QUESTIONS, run_interactive
from summons_kit.cli.main import main

ANSWERS = {
    "court.name": "深圳前海合作区人民法院",
    "court.case_number": "（2026）粤0391民初23456号",
    "court.cause": "金融借款合同纠纷",
    "court.procedure": "简易程序",
    "service.served_on": "2026年11月20日",
    "service.method": "邮寄送达",
    "service.evidence_deadline": "",
    "service.hearing": "2026年12月22日上午9时30分",
    "service.hearing_place": "第七法庭",
    "plaintiff.name": "深圳前海微众银行股份有限公司",
    "plaintiff.credit_code": "",
    "defendant.name": "李某某",
    "defendant.id_number": "11010119900307123X",  # wrong check digit: refused, then the right number
    "defendant.address": "广州市越秀区某某路12号",
    "defendant.phone": "",
    "loan.contract_name": "",
    "loan.signed_on": "2023年3月1日",
    "loan.principal": "20000元",
    "loan.rate": "日利率0.05%",
    "loan.last_due": "",
}
RIGHT_ID = "110101199003071233"


def _typed() -> str:
    lines: list[str] = []
    for question in QUESTIONS:
        lines.append(ANSWERS[question.path])
        if question.path == "defendant.id_number":
            lines.append(RIGHT_ID)
    lines += ["判令被告偿还借款本金20000元", "判令被告支付利息1200元", ""]
    return "".join(line + "\r" for line in lines)


def test_interactive_init_writes_a_case_that_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    from summons_kit.fields.identity import parse_id_number

    parse_id_number(RIGHT_ID)  # the fixture's right number is right
    said: list[str] = []
    target = tmp_path / "case.toml"
    with create_pipe_input() as pipe:
        pipe.send_text(_typed())
        session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput())
        run_interactive(target, force=False, say=said.append, session=session, today=dt.date(2026, 11, 28))
    shown = "\n".join(said)
    # the parser's own message for the wrong number, at once, and the question asked again
    assert "校验位不符(按前17位应为3)" in shown and "the check character should be 3" in shown
    assert shown.count("请重新输入 / please try again") == 1
    assert all(cell_len(line) <= 80 for line in said if str(tmp_path) not in line)  # a path is printed whole
    assert "2026-12-07 星期一  答辩期限 / answer deadline" in shown
    assert "2026-12-22 09:30 星期二  开庭 / hearing" in shown
    case = sk.load_case(target)
    assert case.court.case_number is not None and str(case.court.case_number) == "（2026）粤0391民初23456号"
    assert case.defendant.name == "李某某" and case.defendant.id_number is not None
    assert str(case.defendant.id_number) == RIGHT_ID
    assert case.service.served_on == dt.date(2026, 11, 20)
    assert case.service.hearing == dt.datetime(2026, 12, 22, 9, 30)
    assert [c.text for c in case.claims] == ["判令被告偿还借款本金20000元", "判令被告支付利息1200元"]
    assert [c.amount for c in case.claims] == [Decimal("20000"), Decimal("1200")]
    assert case.loan is not None and case.loan.rate is not None and case.loan.principal == Decimal("20000")
    assert case.court.procedure is not None and str(case.court.procedure.value) == "简易程序"


def test_interactive_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "case.toml"
    target.write_text("mine", encoding="utf-8")
    assert main(["init", "--interactive", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


def test_without_prompt_toolkit_the_command_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "prompt_toolkit", None)  # import prompt_toolkit -> ImportError
    target = tmp_path / "case.toml"
    assert main(["init", "--interactive", str(target)]) == 2
    err = capsys.readouterr().err
    assert "pip install 'summons-kit[interactive]'" in err and "需要 prompt_toolkit" in err
    assert not target.exists()


def test_input_that_ends_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "case.toml"
    with create_pipe_input() as pipe:
        pipe.send_text("某某法院\r")
        pipe.close()
        session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput())
        with pytest.raises(EOFError):
            run_interactive(target, force=False, say=lambda _: None, session=session)
    assert not target.exists()
