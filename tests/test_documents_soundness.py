"""Issue 9, the documents side: the drafts follow the law layer's findings and the rules of pleading.

Each test states its rule and article; the drafted documents are read back from their XML (what a lawyer reads).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from conftest import card_case, weilidai_case
from test_check_rules import INSTALMENT, TODAY, clean, loan

import summons_kit as sk
from summons_kit.case.model import Agent, AnswerPoint, Claim, Defence, Party, PartyKind
from summons_kit.case.registry import INSTALMENT as INSTALMENT_DOC
from summons_kit.cli import main
from summons_kit.documents.context import template_context
from summons_kit.errors import CaseError
from summons_kit.fields.claims import parse_claim

D = dt.date


def docx_text(path: Path) -> str:
    """The text of a drafted .docx, paragraphs joined (no line breaks inside a paragraph)."""
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)


def drafted(case: sk.Case, tmp_path: Path, *documents: str) -> sk.Drafted:
    return sk.draft(case, tmp_path / "out", today=TODAY, documents=documents or None)


# --- 1. no instalment request that would waive limitation --------------------------------------------------------


def test_no_instalment_request_when_it_would_waive_limitation(tmp_path: Path) -> None:
    """An offer to pay after limitation has run waives the defence (诉讼时效司法解释 第19条; 民法典 第192条第2款):
    the request is skipped, with the reason in Chinese and English, even when named, unless the case confirms
    ``[instalment] despite_limitation = true``."""
    expired = attrs.evolve(loan(last_due=D(2022, 3, 5)), instalment=INSTALMENT)
    result = drafted(expired, tmp_path, "answer", "instalment")
    reason = dict(result.skipped)["instalment"]
    assert "《诉讼时效司法解释》第19条" in reason and "《民法典》第192条第2款" in reason
    assert "waives the limitation defence" in reason and "despite_limitation = true" in reason
    assert not (tmp_path / "out" / "分期还款申请书.docx").exists()
    confirmed = attrs.evolve(expired, instalment=attrs.evolve(INSTALMENT, despite_limitation=True))
    assert INSTALMENT_DOC.skip(confirmed, frozenset({"instalment.waives_limitation"}), True) == ""
    result = drafted(confirmed, tmp_path / "confirmed", "instalment")
    assert "instalment" not in dict(result.skipped)


def test_a_running_limitation_drafts_the_request() -> None:
    assert INSTALMENT_DOC.skip(attrs.evolve(clean(), instalment=INSTALMENT), frozenset(), False) == ""


# --- 2. the default total and the settlement reservation ---------------------------------------------------------


def test_the_request_offers_the_principal_and_reserves_its_position(tmp_path: Path) -> None:
    """No ``[instalment] total``: the request offers the undisputed amounts, else the principal — never the
    disputed interest — and prints the reservation that an offer to settle is no admission (民诉法解释 第107条)."""
    case = attrs.evolve(clean(), instalment=INSTALMENT)  # claims: principal 15,600.00 and interest 1,418.10
    drafted(case, tmp_path, "instalment")
    text = docx_text(tmp_path / "out" / "分期还款申请书.docx")
    assert "分期偿还本案欠款共计人民币15,600.00元（大写：人民币壹万伍仟陆佰元整）" in text
    assert "17,018.10" not in text
    assert "不构成对原告诉讼请求或相关事实的认可" in text and "诉讼法〉的解释》第一百零七条）。" in text
    given = attrs.evolve(case, instalment=attrs.evolve(INSTALMENT, total=Decimal("16000.00")))
    drafted(given, tmp_path / "given", "instalment")
    assert "共计人民币16,000.00元" in docx_text(tmp_path / "given" / "out" / "分期还款申请书.docx")


# --- 10. the agreed due day stands ---------------------------------------------------------------------------------


def test_the_agreed_due_day_stands_unless_the_plan_rolls(tmp_path: Path) -> None:
    """A plan's due day is a contract term, not a procedural period (民诉法 第85条 does not move it) and a debtor
    may pay early: 1 November 2025 (a Saturday) stays; ``roll_to_workday`` moves it to Monday 3 November."""
    case = attrs.evolve(clean(), instalment=INSTALMENT)  # first_due 2025-11-01
    plan = template_context(case, None, TODAY)["instalment"]
    assert plan["rows"][0]["due"] == "2025年11月1日"
    rolled = attrs.evolve(case, instalment=attrs.evolve(INSTALMENT, roll_to_workday=True))
    assert template_context(rolled, None, TODAY)["instalment"]["rows"][0]["due"] == "2025年11月3日"
    drafted(rolled, tmp_path, "instalment")
    assert "遇法定节假日或者休息日顺延至其后第一个工作日" in docx_text(tmp_path / "out" / "分期还款申请书.docx")


def test_roll_to_workday_is_read_from_the_case_file(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "examples" / "weilidai" / "case.toml").read_text("utf-8")
    path = tmp_path / "case.toml"
    path.write_text(source.replace("[instalment]\n", "[instalment]\nroll_to_workday = true\n", 1), "utf-8")
    rolled = sk.load_case(path).instalment
    assert rolled is not None and rolled.roll_to_workday is True
    path.write_text(source, "utf-8")
    kept = sk.load_case(path).instalment
    assert kept is not None and kept.roll_to_workday is False


# --- 4. organizations seal, their head signs ---------------------------------------------------------------------

BANK_BRANCH = Party(
    name="某某银行股份有限公司信用卡中心",
    kind=PartyKind.ORGANIZATION,
    representative="王某",
    representative_title="总经理",
    address="上海市浦东新区某某路1号",
)
COMPANY = Party(
    name="广州某某贸易有限公司",
    kind=PartyKind.ORGANIZATION,
    representative="刘某某",
    representative_title="执行董事",
    address="广州市天河区某某路2号",
    phone="020-12345678",
)


def test_a_branch_is_headed_by_its_responsible_person() -> None:
    """A branch (分行, 支行, 信用卡中心, 分公司, 营业部) has no legal personality: it sues through its 负责人, not a
    法定代表人 (民诉法 第51条第2款; 民诉法解释 第52条)."""
    assert BANK_BRANCH.representative_line() == "负责人：王某，总经理。"
    assert COMPANY.representative_line() == "法定代表人：刘某某，执行董事。"
    by_type = attrs.evolve(COMPANY, name="广州某某贸易有限公司天河", org_type="分公司")
    assert by_type.representative_line().startswith("负责人：")
    for name in ("某某银行股份有限公司广州分行", "某某银行广州天河支行", "某某证券营业部", "某某有限公司深圳分公司"):
        assert attrs.evolve(COMPANY, name=name).head_title == "负责人", name
    card = attrs.evolve(card_case(), plaintiff=BANK_BRANCH)
    block = template_context(card, None, TODAY)["instalment"]["counterparty_block"]
    assert block[-1] == "负责人：王某，总经理。" and not any(line.startswith("法定代表人") for line in block)


def test_an_organization_seals_and_its_head_signs_every_document(tmp_path: Path) -> None:
    """An organization signs a pleading with its seal and its 法定代表人's (负责人's) signature (民诉法 第51条第2款;
    民诉法解释 第52条): the answer in both styles, the evidence list and the instalment request."""
    case = attrs.evolve(weilidai_case(), defendant=COMPANY)
    for style in ("narrative", "element"):
        out = tmp_path / style
        sk.draft(case, out, today=TODAY, style=style, documents=("answer", "evidence", "instalment"))
        texts = {p.name: docx_text(p) for p in out.glob("*.docx")}
        assert set(texts) >= {"分期还款申请书.docx", "证据目录.docx"}, sorted(texts)
        for name, text in texts.items():
            lines = text.splitlines()
            role = "申请人" if name.startswith("分期") else "提交人" if name.startswith("证据") else "答辩人"
            assert f"{role}（盖章）：" in lines and "法定代表人（签名）：" in lines, (style, name)
            assert f"{role}（签名）：" not in lines and f"{role}（签字、盖章）：" not in lines, (style, name)
    person = weilidai_case()
    out = tmp_path / "person"
    sk.draft(person, out, today=TODAY, style="element", documents=("answer", "instalment"))
    answer = next(p for p in out.glob("*.docx") if "答辩" in p.name)
    assert "答辩人（签字、盖章）：" in docx_text(answer).splitlines()  # the court's element form, as printed
    assert "申请人（签名）：" in docx_text(out / "分期还款申请书.docx").splitlines()


# --- 11. one 当事人 line ------------------------------------------------------------------------------------------


def test_a_line_break_in_an_address_does_not_split_the_party_line() -> None:
    """The 当事人 item is one paragraph (诉讼文书样式): a line break typed in an address or name becomes ``，``."""
    person = Party(name="张伟", address="广州市越秀区东风中路\n某某大院3栋502房", phone="13711112222")
    assert person.line("答辩人") == "答辩人：张伟，住广州市越秀区东风中路，某某大院3栋502房，联系电话13711112222。"
    broken = attrs.evolve(COMPANY, address="广州市天河区，\r\n某某路2号\n", representative="刘某某\n")
    assert "\n" not in "".join(broken.lines("原告"))
    assert broken.line("原告").startswith("原告：广州某某贸易有限公司，住所地广州市天河区，某某路2号，")


# --- 3. the answer's points and bases ------------------------------------------------------------------------------


def _answer_with_limitation_and_fees() -> sk.Case:
    case = attrs.evolve(
        loan(last_due=D(2022, 3, 5)),
        defence=Defence(points=(AnswerPoint(text="原告主张的利息过高。", basis="《民法典》第680条"),)),
    )
    fees = Claim(
        text="判令被告支付律师费3,000元", amount=Decimal("3000"), info=parse_claim("判令被告支付律师费3,000元")
    )
    return attrs.evolve(case, claims=(*case.claims, fees))


def test_the_limitation_defence_is_argued_first() -> None:
    """Limitation is dispositive (民法典 第192条: the debtor may refuse to perform): the suggested limitation point
    comes before the lawyer's own points and every other suggestion."""
    case = _answer_with_limitation_and_fees()
    answer = template_context(case, sk.check(case, today=TODAY), TODAY)["answer"]
    points = answer["points"]
    assert points[0]["code"] == "limitation.possibly_expired" and points[0]["no_zh"] == "一"
    assert points[1]["text"] == "原告主张的利息过高。" and points[1]["no_zh"] == "二"
    assert [p["no"] for p in points] == list(range(1, len(points) + 1))


def test_the_basis_row_cites_the_defendants_bases_not_the_contract() -> None:
    """答辩依据 prints the defence's bases from the kit's data in court form (full titles, Chinese numerals):
    the limitation articles, the lawyer's typed basis, 民诉法解释 第90条 (the plaintiff proves the fees); never the
    contract the plaintiff relies on (合同约定 is the plaintiff's basis for attorney fees)."""
    case = _answer_with_limitation_and_fees()
    answer = template_context(case, sk.check(case, today=TODAY), TODAY)["answer"]
    basis = answer["items"]["basis"]["text"]
    assert basis.startswith("《中华人民共和国民法典》第一百八十八条、第一百九十二条、第一百九十三条、第一百九十五条")
    assert "第六百八十条" in basis and "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条" in basis
    assert "合同" not in basis and "(unverified)" not in basis


# --- 7. attorney fees in the element row 实现债权的费用 ---------------------------------------------------------


def test_a_claim_for_fees_and_court_costs_belongs_to_the_costs_row() -> None:
    """律师费 is a 实现债权的费用 (element row 5) even when the claim also names 诉讼费 (litigation costs are the
    court's to allocate: 诉讼费用交纳办法 第29条 (unverified)); a claim for 诉讼费 alone is an 其他请求."""
    base = clean()
    mixed = "判令本案诉讼费、保全费、律师费由被告承担"
    alone = "判令被告承担本案诉讼费用"
    claims = tuple(Claim(text=t, info=parse_claim(t)) for t in (mixed, alone))
    rows = template_context(attrs.evolve(base, claims=base.claims[:1] + claims), None, TODAY)["answer"]["items"]
    assert mixed in rows["costs"]["text"] and alone not in rows["costs"]["text"]
    assert alone in rows["other"]["text"] and mixed not in rows["other"]["text"]
    assert rows["costs"]["label"] == "实现债权的费用"


# --- 8. a plan that starts before the drafts' date -----------------------------------------------------------------


def test_draft_lists_a_first_instalment_before_the_documents_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A request whose first payment falls before its own date asks for what is already overdue: ``draft`` names
    the finding (instalment.due_before_document), not only counts it."""
    source = (Path(__file__).parent.parent / "examples" / "weilidai" / "case.toml").read_text("utf-8")
    assert 'first_due = "2027年1月15日"' in source
    path = tmp_path / "case.toml"
    path.write_text(source.replace('first_due = "2027年1月15日"', 'first_due = "2026年1月15日"'), "utf-8")
    code = main(["draft", str(path), "-o", str(tmp_path / "out"), "--today", "2026-11-28"])
    shown = capsys.readouterr().out
    assert code == 0
    assert "instalment.due_before_document — 分期还款计划的首付及首期还款日2026年1月15日早于文书日期" in shown.replace(
        "\n", ""
    ).replace("  ", "")


# --- 9. check and draft agree on what is missing -----------------------------------------------------------------


def test_check_warns_about_every_item_the_draft_marks(tmp_path: Path) -> None:
    """What the 当事人 line of a person prints (诉讼文书样式: 姓名、性别、出生日期、民族、住所、公民身份号码、
    联系电话), the 送达地址 and a narrative answer's 答辩意见 are required alike by ``check`` (missing.*) and
    ``draft`` (【待填】)."""
    bare = sk.Case(defendant=Party(name="张三"))
    report = sk.check(bare, today=TODAY)
    warned = {f.field for f in report.findings if f.code.startswith("missing.")}
    result = sk.draft(bare, tmp_path / "out", today=TODAY, report=report)
    marked = {m["field"] for m in result.missing}
    assert warned == marked
    assert {"defendant.gender", "defendant.birth_date", "defendant.ethnicity", "defence.delivery_address"} <= warned
    # the id number gives the gender and the birth date: neither is then asked for
    born = attrs.evolve(bare, defendant=attrs.evolve(weilidai_case().defendant, ethnicity=""))
    fields = {f.field for f in sk.check(born, today=TODAY).findings if f.code.startswith("missing.")}
    assert "defendant.ethnicity" in fields and not {"defendant.gender", "defendant.birth_date"} & fields


# --- 6. the element form: 代理权限, electronic-service methods, a person as 收件人 ------------------------------------


def _element_text(case: sk.Case, out: Path) -> str:
    sk.draft(case, out, today=TODAY, style="element", documents=("answer",))
    return docx_text(out / "民事答辩状.docx")


def test_the_element_form_prints_the_agents_authority(tmp_path: Path) -> None:
    """An agent acts within the powers granted: 一般授权 or 特别授权 (民诉法 第62条; 民诉法解释 第89条: a bare
    全权代理 is general only); the element form ticks which."""
    case = attrs.evolve(weilidai_case(), agent=Agent(name="李律师", firm="某某律师事务所", authority="special"))
    assert "代理权限：一般授权☐　特别授权☑" in _element_text(case, tmp_path / "special")
    case = attrs.evolve(case, agent=Agent(name="李律师", firm="某某律师事务所", authority="general"))
    assert "代理权限：一般授权☑　特别授权☐" in _element_text(case, tmp_path / "general")
    assert "代理权限" not in _element_text(attrs.evolve(case, agent=None), tmp_path / "none")


def test_the_electronic_service_methods_are_ticked(tmp_path: Path, weilidai: sk.Case) -> None:
    """Electronic service reaches the recipient by the means it accepted (民诉法 第90条): 短信, 微信, 传真, 电子邮箱 or
    another; an e-mail alone means 电子邮箱."""
    defence = attrs.evolve(weilidai.defence, electronic_service=True, electronic_methods=("短信", "微信"), email="")
    text = _element_text(attrs.evolve(weilidai, defence=defence), tmp_path / "sms")
    assert "其他方式：短信☑　微信☑　传真☐　其他☐" in text
    assert "【待填：电子邮箱】" not in text  # no e-mail asked for when it is not a method chosen
    by_email = attrs.evolve(defence, electronic_methods=(), email="zhangwei.example@163.com")
    text = _element_text(attrs.evolve(weilidai, defence=by_email), tmp_path / "email")
    assert "电子邮箱：zhangwei.example@163.com" in text and "其他方式：短信☐　微信☐　传真☐　其他☐" in text


def test_electronic_methods_are_read_from_the_case_file(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "examples" / "weilidai" / "case.toml").read_text("utf-8")
    path = tmp_path / "case.toml"
    path.write_text(
        source.replace("electronic_service = true", 'electronic_service = true\nelectronic_methods = ["sms", "微信"]'),
        "utf-8",
    )
    assert sk.load_case(path).defence.electronic_methods == ("短信", "微信")
    path.write_text(
        source.replace("electronic_service = true", 'electronic_service = true\nelectronic_methods = ["信鸽"]'), "utf-8"
    )
    with pytest.raises(CaseError) as error:
        sk.load_case(path)
    assert "defence.electronic_methods" in str(error.value) and "短信" in str(error.value)


def test_an_organizations_recipient_is_a_person(tmp_path: Path) -> None:
    """Papers are received by a person (民诉法 第88条: an organization's are signed for by its head or the one in
    charge of receiving them): without ``defence.recipient`` an organization's 收件人 is to be filled in, and check
    says so."""
    case = attrs.evolve(weilidai_case(), defendant=COMPANY)
    case = attrs.evolve(case, defence=attrs.evolve(case.defence, recipient=""))
    assert "收件人：【待填：收件人（经办人姓名）】" in _element_text(case, tmp_path / "org")
    assert "defence.recipient" in {f.field for f in sk.check(case, today=TODAY).findings}
    named = attrs.evolve(case, defence=attrs.evolve(case.defence, recipient="赵某（法务）"))
    assert "收件人：赵某（法务）" in _element_text(named, tmp_path / "named")


# --- 5. parties who are not mainland residents --------------------------------------------------------------------

FOREIGNER = Party(
    name="John Smith",
    gender="男",
    birth_date=D(1980, 1, 2),
    nationality="美国",
    id_type="护照",
    id_document="E12345678",
    address="上海市静安区某某路1号",
    phone="13800000000",
)


def test_a_foreigner_is_identified_by_nationality_and_passport() -> None:
    """A foreign party's 当事人 line gives 国籍 and the identity document (护照, 外国人永久居留身份证) with its number,
    never a 民族 or a 公民身份号码 (诉讼文书样式; 民诉法解释 第523条 (unverified))."""
    line = FOREIGNER.line("答辩人", lambda label: f"【待填：{label}】")
    assert line == (
        "答辩人：John Smith，男，1980年1月2日出生，国籍美国，住上海市静安区某某路1号，护照号码E12345678，"
        "联系电话13800000000。"
    )
    case = attrs.evolve(weilidai_case(), defendant=FOREIGNER)
    fields = {f.field for f in sk.check(case, today=TODAY).findings if f.code.startswith("missing.")}
    assert not {"defendant.ethnicity", "defendant.id_number", "defendant.id_document"} & fields


def test_a_hong_kong_resident_prints_the_permit() -> None:
    """A 港澳台 resident: the region and the 通行证 number, printed as given (no checksum is known for it); a 民族
    is printed if given, not required."""
    resident = attrs.evolve(
        FOREIGNER,
        name="陈大文",
        nationality="中国香港特别行政区",
        id_type="港澳居民来往内地通行证",
        id_document="H12345678",
        ethnicity="",
    )
    assert resident.line("答辩人", lambda label: f"【待填：{label}】") == (
        "答辩人：陈大文，男，1980年1月2日出生，中国香港特别行政区居民，住上海市静安区某某路1号，"
        "港澳居民来往内地通行证号码H12345678，联系电话13800000000。"
    )
    missing = attrs.evolve(resident, id_document="")
    assert "【待填：港澳居民来往内地通行证号码】" in missing.line("答辩人", lambda label: f"【待填：{label}】")
    case = attrs.evolve(weilidai_case(), defendant=missing)
    assert "defendant.id_document" in {f.field for f in sk.check(case, today=TODAY).findings}


def test_the_identity_document_is_read_from_the_case_file(tmp_path: Path) -> None:
    source = (Path(__file__).parent.parent / "examples" / "weilidai" / "case.toml").read_text("utf-8")
    assert "[defendant]\n" in source
    path = tmp_path / "case.toml"
    given = '[defendant]\nnationality = "美国"\nid_type = "passport"\nid_document = "E12345678"\n'
    path.write_text(source.replace("[defendant]\n", given, 1), "utf-8")
    party = sk.load_case(path).defendant
    assert (party.nationality, party.id_type, party.id_document) == ("美国", "护照", "E12345678")
    path.write_text(source.replace("[defendant]\n", '[defendant]\nid_type = "驾驶证"\n', 1), "utf-8")
    with pytest.raises(CaseError) as error:
        sk.load_case(path)
    assert "defendant.id_type" in str(error.value) and "护照" in str(error.value)


def test_the_element_form_drops_the_household_registration_label_for_a_foreigner(tmp_path: Path) -> None:
    """户籍 is a mainland registration: a foreigner's or a 港澳台 resident's 住所地 is not their 户籍所在地."""
    case = attrs.evolve(weilidai_case(), defendant=FOREIGNER)
    text = _element_text(case, tmp_path / "foreigner")
    assert "住所地：上海市静安区某某路1号" in text and "户籍所在地" not in text
    assert "住所地（户籍所在地）：" in _element_text(weilidai_case(), tmp_path / "mainland")
