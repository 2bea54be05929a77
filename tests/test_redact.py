"""Redaction (sk.redact, draft(redact=True), --redact) and masked values entered in a case file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

import summons_kit as sk
from summons_kit.case.redact import masked_fields, redact_address, redact_name, redact_phone
from summons_kit.cli import main

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TODAY = "2026-11-28"


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        root = etree.fromstring(docx.read("word/document.xml"))  # strict: no recover
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


@pytest.mark.parametrize(
    ("name", "reduced"),
    [("张某某", "张某"), ("张三", "张某"), ("欧阳娜娜", "欧阳某"), ("李", "李某"), ("John Smith", "J***"), ("", "")],
)
def test_names_keep_the_surname(name: str, reduced: str) -> None:
    assert redact_name(name) == reduced


@pytest.mark.parametrize(
    ("address", "cut"),
    [
        ("广东省深圳市南山区粤海街道科技园路1号", "广东省深圳市南山区"),
        ("广西壮族自治区南宁市青秀区民族大道1号", "广西壮族自治区南宁市青秀区"),
        ("浙江省杭州市淳安县千岛湖镇1号", "浙江省杭州市淳安县"),
        ("广州市某某路12号", "广州市"),
        ("某某路12号", "（地址已隐去）"),
    ],
)
def test_addresses_are_cut_to_the_district(address: str, cut: str) -> None:
    assert redact_address(address) == cut


def test_phones_are_masked() -> None:
    assert redact_phone("13922334455") == "139****4455"
    assert redact_phone("0755-28881234") == "0755-****1234"


def test_redact_is_pure_and_reduces_every_personal_value() -> None:
    case = sk.load_case(WEILIDAI)
    redacted = sk.redact(case)
    assert case.defendant.name == "李明", "the original is unchanged"
    d = redacted.defendant
    assert (d.name, str(d.id_number), d.phone, d.address) == (
        "李某",
        "440104********5116",
        "139****4455",
        "广州市越秀区",
    )
    assert (d.gender_text, d.birth_text) == ("男", "1991年4月23日"), "what the number showed is still printed"
    assert redacted.plaintiff.name == case.plaintiff.name, "an organization keeps its name"
    assert redacted.plaintiff.representative == "陈某"
    assert redacted.defence.email == "l***@163.com"
    assert "13922334455" not in str(dict(redacted.source)) and "李明" not in str(dict(redacted.source))


def test_free_text_is_scrubbed_of_the_names_and_numbers() -> None:
    case = sk.load_case(
        {
            "defendant": {"name": "王小明", "address": "北京市朝阳区建国路1号"},
            "instalment": {
                "months": 6,
                "first_due": "2026年1月1日",
                "reasons": "王小明失业,电话13800138000,卡号6222021234567890123,身份证110101199003077777",
            },
        }
    )
    reasons = sk.redact(case).instalment.reasons  # type: ignore[union-attr]
    assert reasons == "王某失业,电话138****8000,卡号***************0123,身份证110101********7777"


def test_a_redacted_draft_holds_no_personal_value(tmp_path: Path) -> None:
    case = sk.load_case(WEILIDAI)
    paths = sk.draft(case, tmp_path, redact=True, today=sk.parse_date(TODAY))
    assert paths
    for path in paths:
        text = docx_text(path)
        for secret in ("李明", "440104199104235116", "13922334455", "某某路12号", "liming.example", "陈某某"):
            assert secret not in text, (path.name, secret)
    answer = docx_text(tmp_path / "民事答辩状.docx")
    assert "李某" in answer and "440104********5116" in answer and "139****4455" in answer


def test_cli_redact_for_check_and_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["check", str(WEILIDAI), "--today", TODAY, "--redact"]) in (0, 1)
    out, _ = capsys.readouterr()
    assert "李明" not in out and "13922334455" not in out
    assert main(["draft", str(WEILIDAI), "--today", TODAY, "--redact", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    assert "李明" not in docx_text(tmp_path / "民事答辩状.docx")


def test_masked_values_load_print_as_given_and_are_flagged(tmp_path: Path) -> None:
    case = sk.load_case({"defendant": {"name": "张三", "id_number": "440104********5116", "phone": "139****4455"}})
    assert (str(case.defendant.id_number), case.defendant.phone) == ("440104********5116", "139****4455")
    assert case.defendant.birth is None and case.defendant.gender_text == "男"
    assert dict(masked_fields(case)) == {
        "defendant.id_number": "440104********5116",
        "defendant.phone": "139****4455",
    }
    report = sk.check(case, today=sk.parse_date(TODAY))
    flagged = [f for f in report.findings if f.code == "missing.masked"]
    assert {f.field for f in flagged} == {"defendant.id_number", "defendant.phone"}
    assert all(f.severity == "warning" for f in flagged)
    paths = sk.draft(case, tmp_path, documents=("answer",), today=sk.parse_date(TODAY))
    text = docx_text(paths[0])
    assert "440104********5116" in text and "139****4455" in text


@pytest.mark.parametrize("value", ["440104****5116", "44010419910423511*x", "****"])
def test_a_malformed_masked_id_is_an_error(value: str) -> None:
    with pytest.raises(sk.CaseError) as info:
        sk.load_case({"defendant": {"name": "张三", "id_number": value}})
    assert info.value.problems[0].field == "defendant.id_number"
