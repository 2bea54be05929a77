"""What the companion documents share: the parties' blocks, the case line, the signature by party kind, the
report's deadlines and findings, and a note to the lawyer that is deleted before filing.

Not a builder (the registry names no document ``common``); the builders of the companion documents import it.
"""

from __future__ import annotations

from typing import Any

from summons_kit.case import registry
from summons_kit.case.model import Case, Label, Party, one_line
from summons_kit.documents import values as v
from summons_kit.documents.markers import MissingLog, marker
from summons_kit.law import basis

#: Where a note to the lawyer starts: the template prints it in its own paragraph, to be deleted before filing.
NOTE_OPEN = "【提示（提交前删除）："


def head_title(party: Party) -> str:
    """法定代表人, or 负责人 for a branch (分行/支行/信用卡中心/分公司 …: Party.head_title)."""
    return party.head_title


def party_block(
    party: Party, role: str, log: MissingLog, key: str, who: str = "defendant", path: str = "defendant"
) -> list[str]:
    """The 当事人 lines of ``party`` under ``role``: its line and, for an organization, its head's line (法定代表人
    or 负责人). For a defendant who files (``who``) a missing item prints 【待填：……】 and is logged for document
    ``key`` under ``path`` (``defendant``, ``defendants[1]`` …); for the other parties only the plaintiff's name is
    required."""

    def blank(label: Label) -> str:
        if who != "defendant":
            return ""
        log.add((key,), f"{path}.{label.field}", f"{role.split('（')[0]}{label}")
        return marker(label)

    if who == "plaintiff" and not party.name:
        return [f"{role}：{log.mark((key,), 'plaintiff.name', '原告名称')}"]
    lines = [party.line(role, blank)]
    if not party.is_person:
        title = head_title(party)
        name = party.representative
        if not name and who == "defendant":
            name = log.mark((key,), f"{path}.representative", title)
        if name:
            lines.append(one_line(f"{title}：{'，'.join(x for x in (name, party.representative_title) if x)}。"))
    return lines


def defendant_path(index: int) -> str:
    """The case path of defendant ``index``: ``defendant`` for the first, ``defendants[1]`` … for the others."""
    return "defendant" if index == 0 else f"defendants[{index}]"


def filer_blocks(case: Case, role: str, log: MissingLog, key: str) -> list[str]:
    """The lines of the defendants who file (every defendant when ``defence.joint``, else the first)."""
    lines: list[str] = []
    for index, party in enumerate(case.filers):
        lines += party_block(party, role, log, key, path=defendant_path(index))
    return lines


def other_blocks(case: Case, role: str, log: MissingLog, key: str, others: str = "被告") -> list[str]:
    """The lines of every plaintiff under ``role``, then of the defendants who do not file under ``others``."""
    lines: list[str] = []
    for party in case.plaintiffs:
        lines += party_block(party, role, log, key, "plaintiff" if party is case.plaintiff else "other")
    for party in case.defendants[len(case.filers) :]:
        lines += party_block(party, others, log, key, "other")
    return lines


def names(parties: tuple[Party, ...]) -> str:
    """``张三、李四`` (the names given)."""
    return "、".join(p.name for p in parties if p.name)


def signature(party: Party, role: str) -> list[str]:
    """The lines a party signs under: a person signs; an organization seals and its head signs."""
    if party.is_person:
        return [f"{role}（签名）："]
    return [f"{role}（盖章）：", f"{head_title(party)}（签名）："]


def signatures(case: Case, role: str) -> list[str]:
    """The signature lines of every filer (each signs, or seals and its head signs)."""
    lines: list[str] = []
    for party in case.filers:
        lines += signature(party, role)
    return lines


def court_name(case: Case, log: MissingLog, key: str) -> str:
    return case.court.name or log.mark((key,), "court.name", "受诉法院")


def case_number(case: Case, log: MissingLog, key: str) -> str:
    return str(case.court.case_number or "") or log.mark((key,), "court.case_number", "案号")


def suit(case: Case, log: MissingLog, key: str) -> str:
    """``（2026）粤0391民初23456号原告某某诉被告某某金融借款合同纠纷一案``."""
    plaintiff = names(case.plaintiffs) or log.mark((key,), "plaintiff.name", "原告名称")
    defendant = names(case.defendants) or log.mark((key,), "defendant.name", "被告姓名")
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


def basis_text(key: str) -> str:
    """The legal basis of document ``key`` as a filing cites it (full titles, Chinese numerals), from the one
    declaration in :mod:`summons_kit.law.basis` that its registry entry names."""
    return basis.of_document(registry.get(key)).court()
