"""``summons-kit init --interactive``: ask for what a lawyer has on the court's papers, one field at a time, check
each answer with the kit's own parsers at once (a wrong 身份证号 is reported with the parser's message and asked
again), show the deadlines, and write the case file with :func:`summons_kit.case.dump.dump_case`.

Needs prompt_toolkit (``pip install 'summons-kit[interactive]'``).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from summons_kit.case.model import Case
from summons_kit.errors import CaseError

MISSING = (
    "交互式填写需要 prompt_toolkit:pip install 'summons-kit[interactive]' / "
    "--interactive needs prompt_toolkit: pip install 'summons-kit[interactive]'"
)


@attrs.frozen
class Question:
    """One field of the case file: its dotted path, the prompt, and whether it may be left empty."""

    path: str
    zh: str
    en: str
    required: bool = False
    choices: tuple[str, ...] = ()


QUESTIONS: tuple[Question, ...] = (
    Question("court.name", "受诉法院", "court", required=True),
    Question("court.case_number", "案号,如(2026)粤0391民初23456号", "case number", required=True),
    Question("court.cause", "案由,如 金融借款合同纠纷", "cause of action"),
    Question("court.procedure", "程序", "procedure", choices=("普通程序", "简易程序", "小额诉讼程序")),
    Question("service.served_on", "收到起诉状副本的日期", "day the complaint copy was received", required=True),
    Question(
        "service.method",
        "送达方式",
        "how it was served",
        choices=("直接送达", "邮寄送达", "电子送达", "留置送达", "委托送达", "转交送达", "公告送达"),
    ),
    Question("service.evidence_deadline", "举证期限届满日", "evidence deadline"),
    Question("service.hearing", "开庭时间,如 2026年12月22日上午9时30分", "hearing date and time"),
    Question("service.hearing_place", "开庭地点", "hearing place"),
    Question("plaintiff.name", "原告名称", "plaintiff", required=True),
    Question("plaintiff.credit_code", "原告统一社会信用代码", "plaintiff's credit code"),
    Question("defendant.name", "被告(答辩人)姓名", "defendant", required=True),
    Question("defendant.id_number", "被告身份证号码", "defendant's ID number"),
    Question("defendant.address", "被告住所", "defendant's address"),
    Question("defendant.phone", "被告联系电话", "defendant's phone"),
    Question("loan.contract_name", "合同名称,如《微粒贷借款合同》", "contract"),
    Question("loan.signed_on", "合同签订日期", "signed on"),
    Question("loan.principal", "借款本金", "principal"),
    Question("loan.rate", "合同利率,如 日利率0.05%", "contract rate"),
    Question("loan.last_due", "最后一期还款日", "last instalment due"),
)

#: asks one line: (prompt text, choices) -> the answer
Ask = Callable[[str, Sequence[str]], str]
Say = Callable[[str], None]


def _set(mapping: dict[str, Any], path: str, value: Any) -> None:
    section, key = path.split(".", 1)
    mapping.setdefault(section, {})[key] = value


def problems_of(mapping: dict[str, Any], path: str) -> list[str]:
    """The loader's messages about ``path`` (``claims`` for any claim) in ``mapping``; other fields (not asked yet)
    do not count."""
    from summons_kit.case.load import load_case

    try:
        load_case(mapping)
    except CaseError as exc:
        return [f"{p.message} / {p.message_en}" for p in exc.problems if p.field.startswith(path)]
    return []


def ask_case(ask: Ask, say: Say) -> dict[str, Any]:
    """The case file's mapping, asked question by question; each answer is checked before the next question."""
    mapping: dict[str, Any] = {}
    for question in QUESTIONS:
        optional = "" if question.required else " (可空 / optional)"
        choices = f" [{' | '.join(question.choices)}]" if question.choices else ""
        text = f"{question.zh} / {question.en}{choices}{optional}: "
        while True:
            answer = ask(text, question.choices).strip()
            if not answer:
                if question.required:
                    say("必填 / required")
                    continue
                break
            trial = copy.deepcopy(mapping)
            _set(trial, question.path, answer)
            found = problems_of(trial, question.path)
            if found:
                _refused(found, say)
                continue
            mapping = trial
            break
    claims: list[dict[str, str]] = []
    while True:
        n = len(claims) + 1
        answer = ask(f"第{n}项诉讼请求(含金额;空行结束)/ claim {n} with its amount (empty line: done): ", ()).strip()
        if not answer:
            break
        trial = {**copy.deepcopy(mapping), "claims": [*claims, {"text": answer}]}
        found = problems_of(trial, "claims")
        if found:
            _refused(found, say)
            continue
        claims.append({"text": answer})
    if claims:
        mapping["claims"] = claims
    return mapping


def _refused(messages: list[str], say: Say) -> None:
    """The parser's messages, the Chinese and the English each on lines of their own wrapped to the terminal, then
    a request to type the answer again."""
    from summons_kit.cli.parser import columns, split_bilingual
    from summons_kit.report.wrapping import wrap

    lines = [line for message in messages for part in split_bilingual(message) for line in wrap(part, columns() - 4)]
    for n, line in enumerate(lines):
        say(("  ✗ " if n == 0 else "    ") + line)
    say("  请重新输入 / please try again")


def deadline_lines(case: Case, today: dt.date | None = None) -> list[str]:
    """The deadlines of ``case``, one line each: date, weekday, label."""
    from summons_kit.check import check
    from summons_kit.fields.dates import weekday_zh

    report = check(case, today=today)
    lines = []
    for d in report.deadlines:
        if d.day is None:
            continue
        when = f"{d.at:%Y-%m-%d %H:%M}" if d.at else d.day.isoformat()
        lines.append(f"  {when} {weekday_zh(d.day)}  {d.label_zh} / {d.label_en}")
    return lines


def prompt_toolkit_asker(session: Any) -> Ask:
    """An :data:`Ask` on a prompt_toolkit ``PromptSession`` (choices completed with Tab)."""
    from prompt_toolkit.completion import WordCompleter

    def ask(text: str, choices: Sequence[str]) -> str:
        completer = WordCompleter(list(choices)) if choices else None
        return str(session.prompt(text, completer=completer, default=""))

    return ask


def run_interactive(target: Path, *, force: bool, say: Say, session: Any = None, today: dt.date | None = None) -> Path:
    """Ask, check, show the deadlines, write ``target`` (refused when it exists, unless ``force``)."""
    from summons_kit.case.dump import dump_case
    from summons_kit.case.load import load_case

    try:
        from prompt_toolkit import PromptSession
    except ImportError:
        raise RuntimeError(MISSING) from None
    session = session if session is not None else PromptSession()
    say("逐项填写传票、起诉状上的信息;非必填项可直接回车跳过。")
    say("Fill in what the court's papers say; Enter skips an optional field.")
    mapping = ask_case(prompt_toolkit_asker(session), say)
    case = load_case(mapping)
    lines = deadline_lines(case, today)
    say("期限 / deadlines:" if lines else "无可计算的期限 / no deadline can be computed")
    for line in lines:
        say(line)
    written = dump_case(case, target, force=force)
    say(f"已写入案件文件 / wrote the case file: {written}")
    say(f"下一步 / next: summons-kit check {written}")
    return written
