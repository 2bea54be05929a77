"""What the companion documents share: the parties' blocks, the case line, the signature by party kind, the
report's deadlines and findings, and a note to the lawyer that is deleted before filing.

Not a builder (the registry names no document ``common``); the builders of the companion documents import it.
"""

from __future__ import annotations

from typing import Any

from summons_kit.case.model import Case, Label, Party
from summons_kit.documents import values as v
from summons_kit.documents.markers import MissingLog, marker

#: An organization whose head is its 负责人, not a 法定代表人 (a branch has no legal personality of its own:
#: 民诉法 51; 民诉法解释 50-52 (unverified)).
BRANCH_SUFFIXES = ("分行", "支行", "信用卡中心", "分公司", "营业部", "分中心")

#: Where a note to the lawyer starts: the template prints it in its own paragraph, to be deleted before filing.
NOTE_OPEN = "【提示（提交前删除）："


def head_title(party: Party) -> str:
    """法定代表人, or 负责人 for a branch (分行/支行/信用卡中心/分公司 …)."""
    return "负责人" if party.name.strip().rstrip(")）").endswith(BRANCH_SUFFIXES) else "法定代表人"


def party_block(party: Party, role: str, log: MissingLog, key: str, who: str = "defendant") -> list[str]:
    """The 当事人 lines of ``party`` under ``role``: its line and, for an organization, its head's line (法定代表人
    or 负责人). For the defendant (``who``) a missing item prints 【待填：……】 and is logged for document ``key``;
    for the plaintiff only its name is required."""

    def blank(label: Label) -> str:
        if who != "defendant":
            return ""
        log.add((key,), f"defendant.{label.field}", f"{role.split('（')[0]}{label}")
        return marker(label)

    if who != "defendant" and not party.name:
        return [f"{role}：{log.mark((key,), 'plaintiff.name', '原告名称')}"]
    lines = [party.line(role, blank)]
    if not party.is_person:
        title = head_title(party)
        name = party.representative
        if not name and who == "defendant":
            name = log.mark((key,), "defendant.representative", title)
        if name:
            lines.append(f"{title}：{'，'.join(x for x in (name, party.representative_title) if x)}。")
    return lines


def signature(party: Party, role: str) -> list[str]:
    """The lines a party signs under: a person signs; an organization seals and its head signs."""
    if party.is_person:
        return [f"{role}（签名）："]
    return [f"{role}（盖章）：", f"{head_title(party)}（签名）："]


def court_name(case: Case, log: MissingLog, key: str) -> str:
    return case.court.name or log.mark((key,), "court.name", "受诉法院")


def case_number(case: Case, log: MissingLog, key: str) -> str:
    return str(case.court.case_number or "") or log.mark((key,), "court.case_number", "案号")


def suit(case: Case, log: MissingLog, key: str) -> str:
    """``（2026）粤0391民初23456号原告某某诉被告某某金融借款合同纠纷一案``."""
    plaintiff = case.plaintiff.name or log.mark((key,), "plaintiff.name", "原告名称")
    defendant = case.defendant.name or log.mark((key,), "defendant.name", "被告姓名")
    cause = case.court.cause or log.mark((key,), "court.cause", "案由")
    return f"{case_number(case, log, key)}原告{plaintiff}诉被告{defendant}{cause}一案"


def deadline(report: Any, key: str) -> Any:
    """The report's deadline ``key`` (None when there is no report or the papers do not allow to compute it)."""
    return next((d for d in getattr(report, "deadlines", ()) if d.key == key), None)


def finding(report: Any, code: str) -> Any:
    """The report's first finding of ``code`` (None when it raised none)."""
    return next((f for f in getattr(report, "findings", ()) if f.code == code), None)


def codes(report: Any) -> frozenset[str]:
    return frozenset(f.code for f in getattr(report, "findings", ()))


def note(*parts: str) -> str:
    """A note to the lawyer, printed in its own paragraph and deleted before filing (empty when nothing to say)."""
    text = "".join(p for p in parts if p)
    return f"{NOTE_OPEN}{text}】" if text else ""


def deadline_text(found: Any) -> str:
    """``2026年12月7日`` of a dated deadline, or empty."""
    return v.date(found.date) if found is not None and found.date is not None else ""
