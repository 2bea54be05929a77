"""The 法定代表人身份证明书 (负责人 for a branch): who acts for an organization defendant (民诉法 51)."""

from __future__ import annotations

from typing import Any

from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "representative_certificate"


def build(b: Build) -> dict[str, Any] | None:
    case, log = b.case, b.log
    found = next(((i, p) for i, p in enumerate(case.filers) if not p.is_person), None)
    if found is None:  # persons act in person: nothing to certify (the registry skips the document)
        return None
    index, party = found  # the organization that files (the first, when several do)
    at = c.defendant_path(index)
    head = c.head_title(party)
    name = party.name or log.mark((KEY,), f"{at}.name", "单位名称")
    person = party.representative or log.mark((KEY,), f"{at}.representative", head)
    title = party.representative_title or log.mark((KEY,), f"{at}.representative_title", f"{head}职务")
    return {
        "title": f"{head}身份证明书",
        "head": head,
        "unit": name,
        "unit_lines": [
            f"单位名称：{name}",
            f"住所地：{party.address or log.mark((KEY,), f'{at}.address', '住所地')}",
            f"统一社会信用代码：{party.credit_code or log.mark((KEY,), f'{at}.credit_code', '统一社会信用代码')}",
        ],
        "text": f"{person}在我单位任{title}职务，是我单位的{head}。",
        "case_line": f"{c.suit(case, log, KEY)}，由{person}代表我单位参加诉讼。",
        "attachment": f"附：{head}身份证件复印件一份。",
        "addressee": c.court_name(case, log, KEY),
        "signature": ["单位（盖章）："],
    }
