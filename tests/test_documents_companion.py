"""The companion documents (issue 10): 管辖权异议申请书, 对适用小额诉讼程序的异议, 质证意见, 授权委托书,
法定代表人身份证明书, 延期举证申请书 and 协商还款申请书 — when each is offered, and each drafted from the bundled
examples and opened by LibreOffice (one batch for the module), its PDF text checked for the parties, the case number
and the document's key content. Expected values are read from the loaded case files."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import attrs
import pytest
from conftest import EXAMPLES, ROOT, convert_to_pdf, joined

import summons_kit as sk
from summons_kit.case import registry
from summons_kit.case.model import Agent, Case, Court, Party, PartyKind, Procedure
from summons_kit.documents.context import template_context
from summons_kit.documents.draft import FILE_NAMES, draft
from summons_kit.fields.dates import format_date, format_date_upper

COMPANY = ROOT / "examples" / "company" / "case.toml"
CASES = {**EXAMPLES, "company": COMPANY}
COMPANION = (
    "objection",
    "small_claims_objection",
    "cross_examination",
    "power_of_attorney",
    "representative_certificate",
    "evidence_extension",
    "negotiation",
)
TITLES = {
    "objection": "管辖权异议申请书",
    "small_claims_objection": "对适用小额诉讼程序的异议",
    "cross_examination": "质证意见",
    "power_of_attorney": "授权委托书",
    "representative_certificate": "法定代表人身份证明书",
    "evidence_extension": "延期举证申请书",
    "negotiation": "协商还款申请书",
}


def load(label: str) -> Case:
    return sk.load_case(CASES[label])


def branch_case() -> Case:
    """The company example sued as a branch: its head is a 负责人, not a 法定代表人."""
    case = load("company")
    return attrs.evolve(
        case, defendant=attrs.evolve(case.defendant, name="成都某某商贸有限公司锦江分公司", representative_title="经理")
    )


def general_case() -> Case:
    """The company example with a general authorisation only."""
    case = load("company")
    assert case.agent is not None
    return attrs.evolve(case, agent=attrs.evolve(case.agent, authority="general", powers=()))


def outside_court_case() -> Case:
    """The credit-card example before any suit: no court section, so the letter to the lender is drafted."""
    return attrs.evolve(load("credit_card"), court=Court())


def _jobs() -> dict[str, tuple[Case, str]]:
    jobs: dict[str, tuple[Case, str]] = {}
    for label in CASES:
        case = load(label)
        for key in COMPANION:
            if key == "representative_certificate" and case.defendant.is_person:
                continue  # a person has no representative to certify (never drafted)
            if key in ("power_of_attorney",) and case.agent is None:
                continue
            if key == "evidence_extension" and case.evidence_extension is None:
                continue
            jobs[f"{label}_{key}"] = (case, key)
    jobs["branch_representative_certificate"] = (branch_case(), "representative_certificate")
    jobs["branch_objection"] = (branch_case(), "objection")
    jobs["general_power_of_attorney"] = (general_case(), "power_of_attorney")
    jobs["outside_negotiation"] = (outside_court_case(), "negotiation")
    jobs["company_answer"] = (load("company"), "answer")  # narrative: the joint answer of three defendants
    return jobs


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """name -> the text LibreOffice shows (pdftotext), whitespace and page footers removed."""
    if os.environ.get("SUMMONS_KIT_NO_OFFICE") == "1":
        pytest.skip("SUMMONS_KIT_NO_OFFICE=1: LibreOffice tests skipped")
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not (soffice and pdftotext):
        pytest.fail("LibreOffice (soffice) and poppler (pdftotext) are needed: run .ci/run")
    base = tmp_path_factory.mktemp("companion")
    docx = []
    for name, (case, key) in _jobs().items():
        folder = base / "drafts" / name
        style = "narrative" if key == "answer" else None
        draft(case, folder, documents=(key,), today=case.documents.date, style=style)
        docx.append((folder / FILE_NAMES[key]).rename(base / f"{name}.docx"))
    done = convert_to_pdf(docx, base / "pdf", base / "lo-profile")
    if done.returncode != 0:
        pytest.fail(f"LibreOffice could not convert the companion drafts: {done.stdout}\n{done.stderr}")
    text = {}
    for path in docx:
        pdf = base / "pdf" / f"{path.stem}.pdf"
        out = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
        text[path.stem] = re.sub(r"第\d+页共\d+页", "", joined(out.stdout))
    return text


# --- every document, every example --------------------------------------------------------------------------


def test_every_companion_document_opens_with_its_title_parties_and_case_number(pdf_text: dict[str, str]) -> None:
    for name, (case, key) in _jobs().items():
        if key == "answer":
            continue  # the answer's own tests are in test_documents_office.py
        flat = pdf_text[name]
        title = "负责人身份证明书" if name.startswith("branch_representative") else TITLES[key]
        assert flat.startswith(title), name
        assert "{{" not in flat and "{%" not in flat, name
        assert case.defendant.name in flat, name
        if case.court.case_number is not None:
            assert joined(str(case.court.case_number)) in flat, name
        else:
            assert "案号" not in flat, name  # a letter before any suit names no case
        if key != "representative_certificate":
            assert (case.plaintiff.name or "") in flat, name
        signed = case.documents.date
        assert signed is not None and flat.endswith(format_date_upper(signed)), name


def test_organizations_seal_and_their_head_signs(pdf_text: dict[str, str]) -> None:
    for key in ("objection", "small_claims_objection", "cross_examination", "power_of_attorney"):
        flat = pdf_text[f"company_{key}"]
        role = {"cross_examination": "质证人", "power_of_attorney": "委托人"}.get(key, "申请人")
        assert f"{role}（盖章）：法定代表人（签名）：" in flat, key
    assert "申请人（盖章）：负责人（签名）：" in pdf_text["branch_objection"]
    assert "负责人：刘某某，经理。" in pdf_text["branch_objection"]
    # a person signs, and nothing is sealed
    person = pdf_text["weilidai_objection"]
    assert "申请人（签名）：" in person and "盖章" not in person


# --- 管辖权异议申请书 ---------------------------------------------------------------------------------------------


def test_objection_asks_to_move_the_case_and_cites_the_venue_finding(pdf_text: dict[str, str]) -> None:
    case = load("company")
    report = sk.check(case, today=case.documents.date)
    jurisdiction = report.deadline("jurisdiction")
    assert jurisdiction is not None and jurisdiction.date is not None
    flat = pdf_text["company_objection"]
    assert f"移送{case.defence.venue_court}审理" in flat
    assert f"本申请须在答辩期内提出，即{format_date(jurisdiction.date)}前" in joined(flat)
    finding = next(f for f in report.findings if f.code == "jurisdiction.far_court")
    assert joined(f"jurisdiction.far_court（{finding.basis}）") in flat
    assert case.loan is not None and joined(f"“{case.loan.venue_clause}”") in flat
    # a company is no consumer: the consumer rule (民诉法解释 31) is not argued for it, and the clause's validity is
    # left to the lawyer
    assert "消费者" not in flat and "【待确认：该管辖条款的效力及所选地点与争议的实际联系】" in flat
    person = pdf_text["weilidai_objection"]
    assert "提请消费者注意" in person and "【待确认：签约时原告是否以合理方式提示、说明该管辖条款】" in person
    # no court to move to in the case file: marked, never guessed
    assert "移送【待填：有管辖权的人民法院】审理" in person


def test_the_venue_finding_names_the_objection_and_check_lists_the_documents() -> None:
    # a 签订地 clause (the company example): the far court is a warning and the objection is drafted by default
    company = load("company")
    report = sk.check(company, today=company.documents.date)
    finding = next(f for f in report.findings if f.code == "jurisdiction.far_court")
    assert "《管辖权异议申请书》" in finding.message and "--documents objection" in finding.message
    assert "--documents objection" in finding.message_en
    calls = {c.key: c for c in report.documents}
    assert list(calls) == list(registry.KEYS)
    assert calls["objection"].applies and calls["objection"].reason == ""
    assert "起草 / drafted  objection  《管辖权异议申请书》" in _format(report, company)
    assert report.to_dict(details=True)["documents"][3] == {
        "key": "objection",
        "title": "管辖权异议申请书",
        "applies": True,
        "reason": "",
    }
    # the lender's seat (the 微粒贷 example): whether the clause binds is the lawyer's call, so the objection is
    # offered with the reason, never drafted unasked
    case = load("weilidai")
    report = sk.check(case, today=dt.date(2026, 11, 28))
    finding = next(f for f in report.findings if f.code == "jurisdiction.far_court_lender_seat")
    assert "--documents objection" in finding.message
    calls = {c.key: c for c in report.documents}
    assert [k for k, c in calls.items() if c.applies] == ["answer", "evidence", "instalment"]
    assert "far_court_lender_seat" in calls["objection"].reason and "--documents objection" in calls["objection"].reason
    assert "court.procedure" in calls["small_claims_objection"].reason
    text = _format(report, case)
    assert "未起草 / offered  negotiation  《协商还款申请书》：案件已进入诉讼" in text


def _format(report: object, case: Case) -> str:
    from summons_kit.report.text import format_report

    return format_report(report, case)  # type: ignore[arg-type]


def test_no_venue_finding_no_objection_unless_asked_for(tmp_path: Path) -> None:
    case = load("weilidai")
    near_home = attrs.evolve(case, court=attrs.evolve(case.court, name="广州市越秀区人民法院"))
    report = sk.check(near_home, today=dt.date(2026, 11, 28))
    assert "jurisdiction.far_court" not in report.codes()
    paths = draft(near_home, tmp_path / "default", report=report, today=dt.date(2026, 11, 28))
    assert FILE_NAMES["objection"] not in [p.name for p in paths]
    reason = dict(paths.skipped)["objection"]
    assert "jurisdiction.far_court" in reason and "--documents objection" in reason
    asked = draft(near_home, tmp_path / "asked", report=report, documents=("objection",), today=dt.date(2026, 11, 28))
    assert [p.name for p in asked] == ["管辖权异议申请书.docx"] and asked.skipped == ()
    assert ("objection", "defence.venue_court") in {(m["document"], m["field"]) for m in asked.missing}
    with pytest.raises(sk.CaseError, match=r"defence\.venue_court"):
        draft(near_home, tmp_path / "strict", documents=("objection",), strict=True, today=dt.date(2026, 11, 28))


# --- 对适用小额诉讼程序的异议 ---------------------------------------------------------------------------------------


def test_small_claims_objection(pdf_text: dict[str, str]) -> None:
    case = load("company")
    assert case.court.procedure is Procedure.SMALL_CLAIMS
    flat = pdf_text["company_small_claims_objection"]
    assert "不适用小额诉讼程序，依法转为简易程序的其他规定或者普通程序审理" in flat
    assert "一审终审" in flat and "丧失上诉的权利" in flat
    assert "本异议应在开庭前（2026年12月15日上午9时前）提出" in flat
    # the dispute is the lawyer's to state: marked, not asserted, when the answer disputes nothing yet
    assert "【待确认：申请人对原告主张的哪些事项" in flat
    card = pdf_text["credit_card_small_claims_objection"]
    assert "原告系受让债权" in card  # the card case is an assignee's
    # where the answer disputes rows, the objection names exactly those (the card form's labels: 透支本金, not 借款本金)
    assert "申请人对原告主张的透支本金、" in joined(card) and "借款本金" not in card


def test_small_claims_objection_only_under_small_claims(tmp_path: Path) -> None:
    case = load("weilidai")
    assert case.court.procedure is Procedure.SIMPLE
    paths = draft(case, tmp_path, today=dt.date(2026, 11, 28))
    assert "本案未适用小额诉讼程序" in dict(paths.skipped)["small_claims_objection"]
    assert FILE_NAMES["small_claims_objection"] not in [p.name for p in paths]


# --- 质证意见 -------------------------------------------------------------------------------------------------


def test_cross_examination_gives_positions_to_confirm_never_concessions(pdf_text: dict[str, str]) -> None:
    case = load("company")
    flat = pdf_text["company_cross_examination"]
    for no, item in enumerate(case.plaintiff_evidence, 1):
        assert joined(f"证据{no}：{item.name}（{item.pages}页）") in flat, item.name
        # pdftotext drops a 、 that LibreOffice hangs at the end of a line
        assert joined(f"原告主张的证明目的：{item.purpose}").replace("、", "") in flat.replace("、", "")
    opinions = re.findall(r"\d．(真实性|合法性|关联性|证明目的)：(.{6})", flat)
    assert len(opinions) == 4 * len(case.plaintiff_evidence)
    assert all(text.startswith("【待确认】") for _, text in opinions)
    assert "予以认可" not in flat and "无异议。" not in flat
    for point in (
        "《电子签名法》第十三条、第十四条",  # 电子合同
        "不属于可靠的电子签名",  # 电子签名
        "（“砍头息”）不应计入本金",  # 放款凭证
        "原告单方制作",  # 还款明细
        "不能证明诉讼时效中断",  # 催收记录
    ):
        assert point in flat, point


def test_cross_examination_needs_the_plaintiffs_evidence(tmp_path: Path) -> None:
    case = load("weilidai")
    assert case.plaintiff_evidence == ()
    paths = draft(case, tmp_path / "default", today=dt.date(2026, 11, 28))
    assert "[[plaintiff_evidence]]" in dict(paths.skipped)["cross_examination"]
    asked = draft(case, tmp_path / "asked", documents=("cross_examination",), today=dt.date(2026, 11, 28))
    assert ("cross_examination", "plaintiff_evidence") in {(m["document"], m["field"]) for m in asked.missing}


def test_an_item_of_another_kind_is_left_to_the_lawyer() -> None:
    case = sk.load_case({"plaintiff_evidence": [{"name": "情况说明", "pages": 1}]})
    section = template_context(case, None, dt.date(2026, 1, 5))["cross_examination"]
    lines = [o["line"] for o in section["items"][0]["opinions"]]
    assert lines[0] == "真实性：【待确认】【待填：对真实性的意见】"
    assert lines[3] == "证明目的：【待确认】不认可其证明目的。"


def test_plaintiff_evidence_kind_is_checked() -> None:
    with pytest.raises(sk.CaseError) as raised:
        sk.load_case({"plaintiff_evidence": [{"name": "合同", "kind": "录音"}]})
    problem = raised.value.problems[0]
    assert problem.field == "plaintiff_evidence[0].kind" and "电子合同" in str(raised.value)


# --- 授权委托书 -------------------------------------------------------------------------------------------------


def test_power_of_attorney_special_lists_each_power(pdf_text: dict[str, str]) -> None:
    case = load("company")
    assert case.agent is not None
    flat = pdf_text["company_power_of_attorney"]
    assert joined(f"受委托人：{case.agent.name}，{case.agent.firm}律师，联系电话{case.agent.phone}。") in flat
    assert "代理权限：特别授权：代为应诉" in flat
    for power in case.agent.powers:
        assert power in flat, power
    general = pdf_text["general_power_of_attorney"]
    assert "代理权限：一般授权：代为应诉" in general
    assert "代为进行和解" not in general.split("】", 1)[1]  # the note explains it; the authority does not grant it
    assert "《民诉法解释》第八十九条" in general  # a bare 全权代理 is general only


def test_a_bare_full_authority_is_read_as_general_and_special_without_powers_is_marked() -> None:
    case = sk.load_case({"agent": {"name": "李某某", "authority": "全权代理"}})
    assert case.agent is not None and case.agent.authority == "general"
    special = sk.load_case({"agent": {"name": "李某某", "title": "近亲属", "authority": "特别授权"}})
    section = template_context(special, None, dt.date(2026, 1, 5))["power_of_attorney"]
    assert section["authority"] == "特别授权" and "【待填：特别授权事项" in section["authority_text"]
    # an agent who is not a lawyer gives an id number
    assert "【待填：受委托人身份证号码】" in section["agent_line"]


def test_power_of_attorney_only_with_an_agent(tmp_path: Path) -> None:
    case = load("weilidai")
    paths = draft(case, tmp_path, documents=("power_of_attorney",), today=dt.date(2026, 11, 28))
    assert list(paths) == [] and "[agent]" in dict(paths.skipped)["power_of_attorney"]


# --- 法定代表人身份证明书 ------------------------------------------------------------------------------------------


def test_representative_certificate(pdf_text: dict[str, str]) -> None:
    case = load("company")
    flat = pdf_text["company_representative_certificate"]
    representative, title = case.defendant.representative, case.defendant.representative_title
    assert f"{representative}在我单位任{title}职务，是我单位的法定代表人。" in flat
    assert f"统一社会信用代码：{case.defendant.credit_code}" in flat and "单位（盖章）：" in flat
    branch = pdf_text["branch_representative_certificate"]
    assert branch.startswith("负责人身份证明书") and "刘某某在我单位任经理职务，是我单位的负责人。" in branch


def test_no_representative_certificate_for_a_person(tmp_path: Path) -> None:
    case = load("weilidai")
    paths = draft(case, tmp_path, documents=("representative_certificate",), today=dt.date(2026, 11, 28))
    assert list(paths) == [] and "自然人" in dict(paths.skipped)["representative_certificate"]
    company = attrs.evolve(case, defendant=Party(name="杭州某某贸易有限公司", kind=PartyKind.ORGANIZATION))
    report = sk.check(company, today=dt.date(2026, 11, 28))
    fields = {f.field for f in report.findings if f.code == "missing.representative_certificate"}
    assert fields == {"defendant.representative", "defendant.representative_title"}


# --- 延期举证申请书 ---------------------------------------------------------------------------------------------


def test_evidence_extension(pdf_text: dict[str, str]) -> None:
    case = load("company")
    plan = case.evidence_extension
    assert plan is not None and case.service.evidence_deadline is not None
    flat = pdf_text["company_evidence_extension"]
    assert f"请求将本案举证期限延长至{format_date(plan.until)}。" in flat
    assert f"贵院确定的举证期限至{format_date(case.service.evidence_deadline)}届满" in flat
    assert joined(plan.reasons) in flat and joined(plan.items[0]) in flat
    assert f"延期申请须在举证期限届满（{format_date(case.service.evidence_deadline)}）前书面提出" in flat
    assert "《最高人民法院关于民事诉讼证据的若干规定》第五十四条" in flat


def test_an_extension_not_beyond_the_deadline_is_flagged() -> None:
    case = load("company")
    assert case.evidence_extension is not None and case.service.evidence_deadline is not None
    short = attrs.evolve(
        case, evidence_extension=attrs.evolve(case.evidence_extension, until=case.service.evidence_deadline)
    )
    note = template_context(short, None, dt.date(2026, 11, 27))["evidence_extension"]["note"]
    assert "不晚于原举证期限，请核对" in note


# --- 协商还款申请书 ---------------------------------------------------------------------------------------------


def test_negotiation_letter_for_a_card_outside_court(pdf_text: dict[str, str]) -> None:
    case = outside_court_case()
    assert case.loan is not None and case.instalment is not None
    flat = pdf_text["outside_negotiation"]
    assert f"被申请人：{case.plaintiff.name}" in flat and f"卡号尾号{case.loan.card_tail}" in flat
    # the creditor bought the debt: the rule that binds issuing banks is not cited to it (plain 分期 is asked)
    assert case.assignment is not None
    assert "《商业银行信用卡业务监督管理办法》第七十条" not in flat.split("此致")[0].split("依据")[0]
    assert "请求贵方与申请人协商分期还款" in flat
    issuer = attrs.evolve(case, assignment=None, plaintiff=attrs.evolve(case.plaintiff, name=case.assignment.assignor))
    requests = "".join(template_context(issuer, None, dt.date(2026, 11, 27))["negotiation"]["requests"])
    assert "《商业银行信用卡业务监督管理办法》第七十条" in requests and "个性化分期" in requests
    assert "(unverified" not in flat  # a note for the lawyer, not for the lender
    assert f"分{case.instalment.months}期偿还" in flat
    # the reservation: an offer to settle admits nothing
    assert "不构成对贵方主张的欠款金额、利息、费用及其他事实的认可" in flat and "第一百零七条" in flat
    # the limitation warning, as for the instalment request
    assert "诉讼时效因此中断并重新计算" in flat and "《诉讼时效司法解释》第十四条、第十九条" in flat


def test_negotiation_is_offered_outside_court_and_drafted_when_asked(tmp_path: Path) -> None:
    case = outside_court_case()
    today = dt.date(2026, 11, 30)
    paths = draft(case, tmp_path / "outside", today=today)
    assert "协商还款申请书.docx" in [p.name for p in paths]
    in_court = load("credit_card")
    paths = draft(in_court, tmp_path / "in_court", today=today)
    assert "已进入诉讼" in dict(paths.skipped)["negotiation"]
    asked = draft(in_court, tmp_path / "asked", documents=("negotiation",), today=today)
    assert [p.name for p in asked] == ["协商还款申请书.docx"]
    no_plan = attrs.evolve(case, instalment=None)
    section = template_context(no_plan, None, today)["negotiation"]
    assert section["requests"][0] == "一、【待填：还款方案】"


def test_negotiation_warns_harder_when_limitation_may_have_run() -> None:
    case = outside_court_case()
    report = sk.check(case, today=dt.date(2026, 11, 30))
    expired = attrs.evolve(
        report, findings=(*report.findings, attrs.evolve(report.findings[0], code="limitation.possibly_expired"))
    )
    note = template_context(case, expired, dt.date(2026, 11, 30))["negotiation"]["note"]
    assert "提交本申请将放弃时效抗辩" in note


# --- the company example: every document it calls for ---------------------------------------------------------


def test_the_company_example_drafts_what_it_calls_for(tmp_path: Path) -> None:
    case = load("company")
    today = case.documents.date
    report = sk.check(case, today=today)
    paths = draft(case, tmp_path, report=report, today=today)
    assert [p.name for p in paths] == [
        "民事答辩状.docx",
        "证据目录.docx",
        "分期还款申请书.docx",
        "管辖权异议申请书.docx",
        "对适用小额诉讼程序的异议.docx",
        "质证意见.docx",
        "授权委托书.docx",
        "法定代表人身份证明书.docx",
        "延期举证申请书.docx",
    ]
    assert [k for k, _ in paths.skipped] == ["negotiation"]
    assert [c.key for c in report.documents if c.applies] == [
        "answer",
        "evidence",
        "instalment",
        *COMPANION[:-1],
    ]


def test_every_companion_template_is_registered_and_lint_clean() -> None:
    from summons_kit.documents.catalog import builtin_templates
    from summons_kit.documents.lint import lint_template

    listed = {key: path for key, _, path in builtin_templates()}
    for key in COMPANION:
        assert registry.get(key).title == TITLES[key]
        report = lint_template(listed[key])
        assert report.ok, report.format()
        assert any(name.startswith(f"{registry.get(key).section}.") for name in report.names), key


def test_a_person_defendant_never_gets_a_representative_line_in_any_companion_document() -> None:
    case = load("credit_card")
    context = template_context(case, None, case.documents.date)
    for key in ("objection", "small_claims_objection", "negotiation"):
        block = context[registry.get(key).section]["party_block"]
        assert len(block) == 1 and block[0].startswith(("申请人（被告）：", "申请人：")), key
    assert context["representative_certificate"] is None


def test_an_agent_for_a_defendant_without_court_is_still_drafted(tmp_path: Path) -> None:
    case = attrs.evolve(load("credit_card"), agent=Agent(name="李某某", firm="北京某某律师事务所", phone="13900001111"))
    paths = draft(case, tmp_path, documents=("power_of_attorney",), today=dt.date(2026, 11, 30))
    assert [p.name for p in paths] == ["授权委托书.docx"]


# --- several parties -------------------------------------------------------------------------------------------


def test_listed_defendants_are_read_in_order_with_their_own_paths() -> None:
    case = load("company")
    assert [p.name for p in case.defendants] == ["成都某某商贸有限公司", "刘某某", "张某"]
    assert case.defendant.name == "成都某某商贸有限公司" and case.defence.joint
    assert case.filers == case.defendants and case.plaintiffs == (case.plaintiff,)
    with pytest.raises(sk.CaseError) as raised:
        sk.load_case({"defendants": [{"name": "张三"}, {"name": "李四", "phone": "12"}]})
    assert [p.field for p in raised.value.problems] == ["defendants[1].phone"]
    with pytest.raises(sk.CaseError, match=r"\[defendant\]与\[\[defendants\]\]只能填写一种"):
        sk.load_case({"defendant": {"name": "张三"}, "defendants": [{"name": "李四"}]})


def test_a_joint_answer_names_every_defendant_and_the_spouse_point(pdf_text: dict[str, str]) -> None:
    case = load("company")
    flat = pdf_text["company_answer"]
    for party in case.defendants:
        assert joined(f"答辩人：{party.name}，") in flat, party.name
    assert "答辩人：张某，女，1987年9月8日出生" in flat
    # the spouse's point: the plaintiff must prove the debt joint (民法典 1064)
    assert "原告主张张某对本案债务承担共同还款责任，应当举证证明" in flat and "第一千零六十四条" in flat
    # one copy for each opposing party: one plaintiff
    assert "本答辩状副本1份" in flat


def test_applications_name_every_party_and_every_filer_signs(pdf_text: dict[str, str]) -> None:
    case = load("company")
    flat = pdf_text["company_objection"]
    for party in case.defendants:
        assert joined(f"申请人（被告）：{party.name}，") in flat, party.name
    assert "原告杭州某某网络银行股份有限公司诉被告成都某某商贸有限公司、刘某某、张某金融借款合同纠纷一案" in flat
    assert flat.count("申请人（签名）：") == 2 and flat.count("申请人（盖章）：法定代表人（签名）：") == 1


def test_a_defendant_who_does_not_file_is_listed_as_another_party() -> None:
    case = attrs.evolve(load("company"), defence=attrs.evolve(load("company").defence, joint=False))
    section = template_context(case, None, dt.date(2026, 11, 27))["objection"]
    assert [line.split("：")[0] for line in section["party_block"]] == ["申请人（被告）", "法定代表人"]
    roles = [line.split("：")[0] for line in section["counterparty_block"]]
    assert roles == ["被申请人（原告）", "法定代表人", "被告", "被告"]
    assert section["signature"] == ["申请人（盖章）：", "法定代表人（签名）："]


def test_copies_follow_the_plaintiffs_and_a_missing_item_of_a_listed_defendant_is_marked() -> None:
    case = sk.load_case(
        {
            "plaintiffs": [{"name": "甲银行股份有限公司"}, {"name": "乙资产管理有限公司"}],
            "defendants": [{"name": "王某"}, {"name": "赵某"}],
            "defence": {"joint": True},
            "evidence": [{"name": "还款凭证"}, {"name": "失业证明", "copies": 1}],
        }
    )
    context = template_context(case, None, dt.date(2026, 1, 5))
    assert context["answer"]["copies"] == 2
    # 证据规定 19: a copy of each item for each opposing party, unless the case file says otherwise
    assert [row["copies"] for row in context["evidence"]] == [2, 1]
    assert context["answer"]["plaintiff_names"] == "甲银行股份有限公司、乙资产管理有限公司"
    assert ("answer", "defendants[1].address") in {(m["document"], m["field"]) for m in context["missing"]}
    stated = attrs.evolve(case, documents=attrs.evolve(case.documents, copies=5))
    assert template_context(stated, None, dt.date(2026, 1, 5))["answer"]["copies"] == 5


def test_a_spouse_is_warned_before_signing_a_repayment_offer() -> None:
    case = load("company")
    note = template_context(case, None, dt.date(2026, 11, 27))["negotiation"]["note"]
    assert "张某系作为配偶被列为被告：在本申请上签名可能被认定为对夫妻共同债务的事后追认" in note
    alone = attrs.evolve(case, defence=attrs.evolve(case.defence, joint=False))
    assert "事后追认" not in template_context(alone, None, dt.date(2026, 11, 27))["negotiation"]["note"]


def test_an_extension_asked_after_the_deadline_is_flagged() -> None:
    case = load("company")
    ends = case.service.evidence_deadline
    assert ends is not None
    late = template_context(case, None, ends + dt.timedelta(days=1))["evidence_extension"]["note"]
    assert f"举证期限已于{format_date(ends)}届满" in late
    in_time = template_context(case, None, ends)["evidence_extension"]["note"]
    assert "届满：逾期申请" not in in_time


def test_the_cli_drafts_a_chosen_set_and_check_lists_the_documents(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from summons_kit.cli import main

    code = main(
        [
            "draft",
            str(COMPANY),
            "-o",
            str(tmp_path),
            "--documents",
            "objection,cross_examination",
            "--today",
            "2026-11-27",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["管辖权异议申请书.docx", "质证意见.docx"])
    assert "未生成 / not drafted" not in out
    assert main(["check", str(COMPANY), "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    listed = out[out.index("文书 / documents") :]
    for key in ("answer", "objection", "small_claims_objection", "cross_examination", "evidence_extension"):
        assert f"起草 / drafted  {key}  " in listed, key
    assert "未起草 / offered  negotiation  《协商还款申请书》" in listed
    assert main(["draft", str(COMPANY), "-o", str(tmp_path / "x"), "--documents", "objection,complaint"]) == 2
    assert "complaint" in capsys.readouterr().err


def test_the_certificate_is_for_the_organization_that_files() -> None:
    data = {
        "defendants": [{"name": "刘某某"}, {"name": "成都某某商贸有限公司", "representative": "刘某某"}],
        "defence": {"joint": True},
    }
    case = sk.load_case(data)
    context = template_context(case, None, dt.date(2026, 1, 5))
    section = context["representative_certificate"]
    assert section["unit"] == "成都某某商贸有限公司" and section["text"].startswith("刘某某在我单位任【待填：")
    missing = {(m["document"], m["field"]) for m in context["missing"]}
    assert ("representative_certificate", "defendants[1].representative_title") in missing
    alone = sk.load_case({**data, "defence": {"joint": False}})  # the person files alone: nothing to certify
    assert template_context(alone, None, dt.date(2026, 1, 5))["representative_certificate"] is None


def test_the_objection_leaves_the_place_of_performance_to_the_lawyer() -> None:
    """民诉法解释 18 (a money debt is performed where the receiving party is) would point to the lender's court in a
    repayment suit: the objection asks the lawyer to confirm the agreed place instead of arguing it."""
    case = load("weilidai")
    report = sk.check(case, today=dt.date(2026, 11, 28))
    reasons = template_context(case, report, dt.date(2026, 11, 28))["objection"]["reasons"]
    first = reasons[0]
    assert "【待确认：合同约定的履行地点是否在受诉法院辖区" in first
    assert first.index("【待确认") < first.index("接收货币一方")  # the rule is named only inside the question


def test_a_named_small_claims_objection_never_asserts_the_procedure() -> None:
    """The 微粒贷 case is under the simple procedure: drafted on request, the objection asks which procedure applies
    instead of saying the court chose small claims."""
    case = load("weilidai")
    context = template_context(case, sk.check(case, today=dt.date(2026, 11, 28)), dt.date(2026, 11, 28))
    first = context["small_claims_objection"]["reasons"][0]
    assert "决定适用小额诉讼程序" not in first and "【待填：本案适用的程序】" in first


def test_the_objection_argues_what_the_clause_allows() -> None:
    """A clause naming the lender's seat is allowed by 民诉法 第35条: only 民诉法解释 第31条 (was the clause brought to
    notice) is argued, the 签订地 rulings are not cited, and 格式条款 is asked, not asserted, when the case does not
    say the contract was a standard form."""
    case = load("weilidai")
    assert case.loan is not None and case.loan.standard_form is None
    context = template_context(case, sk.check(case, today=dt.date(2026, 11, 28)), dt.date(2026, 11, 28))
    text = "".join(context["objection"]["reasons"])
    assert "第三十一条" in text and "实际联系的地点（《民事诉讼法》第三十五条）" not in text
    assert "最高法民辖" not in text
    assert "【待确认：该条款是否为原告预先拟定、重复使用的格式条款】" in text
    company = load("company")  # a 签订地 clause: no connection to the dispute, the rulings apply
    context = template_context(company, sk.check(company, today=company.documents.date), company.documents.date)
    assert "最高法民辖" in "".join(context["objection"]["reasons"])


def test_a_joint_narrative_answer_names_every_party_in_its_opening(tmp_path: Path) -> None:
    import docx

    case = load("company")
    assert case.defence.joint and len(case.defendants) > 1
    paths = draft(case, tmp_path, documents=["answer"], style="narrative", today=case.documents.date)
    text = "\n".join(p.text for p in docx.Document(str(paths[0])).paragraphs)
    names = "、".join(p.name for p in case.defendants)
    assert f"{case.plaintiff.name}诉{names}" in text
    lines = text.splitlines()
    assert all(any(line.startswith("答辩人") and p.name in line for line in lines) for p in case.defendants)
