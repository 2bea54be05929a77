"""What each document needs depends on who the defendant is."""

from __future__ import annotations

import summons_kit as sk
from summons_kit.case.registry import missing


def test_a_person_needs_an_id_number_and_an_organization_a_credit_code() -> None:
    person = sk.load_case({"defendant": {"name": "张三", "address": "杭州市", "phone": "13800000000"}})
    company = sk.load_case({"defendant": {"name": "杭州某某贸易有限公司", "address": "杭州市", "phone": "13800000000"}})
    assert ("defendant.id_number", "答辩人身份证号码") in missing(person, "answer")
    assert all(path != "defendant.credit_code" for path, _ in missing(person, "answer"))
    assert ("defendant.credit_code", "答辩人统一社会信用代码") in missing(company, "answer")
    assert all(path != "defendant.id_number" for path, _ in missing(company, "answer"))
    registered = sk.load_case({"defendant": {"name": "杭州某某贸易有限公司", "credit_code": "91310115MA1H7PLX46"}})
    assert all(path != "defendant.credit_code" for path, _ in missing(registered, "answer"))


def test_the_check_asks_an_organization_for_its_credit_code_not_an_id_number() -> None:
    company = sk.load_case({"defendant": {"name": "杭州某某贸易有限公司", "address": "杭州市", "phone": "13800000000"}})
    fields = {f.field for f in sk.check(company).findings if f.code.startswith("missing.")}
    assert "defendant.credit_code" in fields and "defendant.id_number" not in fields


def test_a_missing_name_is_marked_in_the_party_line() -> None:
    from summons_kit.case.model import Party, PartyKind

    def blank(label: str) -> str:
        return f"【待填：{label}】"

    assert Party(name="", address="杭州市").line("答辩人", blank).startswith("答辩人：【待填：姓名】，")
    company = Party(name="", kind=PartyKind.ORGANIZATION, address="杭州市")
    assert company.line("原告", blank).startswith("原告：【待填：名称】，")
