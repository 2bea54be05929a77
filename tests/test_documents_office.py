"""The drafts as a word processor shows them: every .docx is converted by LibreOffice (one batch, see
conftest.py) and the PDF text is checked for the case's facts. Snapshots of the text of each document for two
cases are kept in tests/snapshots/ (regenerate with UPDATE_SNAPSHOTS=1 after a deliberate change, and review
the diff)."""

from __future__ import annotations

import os
import re
import zipfile
from decimal import Decimal

import pytest
from conftest import EXAMPLES, SNAPSHOTS, Office, joined, near, normalise

import summons_kit as sk
from summons_kit.fields.dates import format_date, format_date_upper
from summons_kit.fields.money import amount_in_words, format_amount
from summons_kit.law.instalment import instalment_total
from summons_kit.law.schedule import build_schedule


def test_every_document_opens_with_its_title(office: Office) -> None:
    titles = {
        "answer_element": "民事答辩状",
        "answer_narrative": "民事答辩状",
        "evidence": "证据目录",
        "instalment": "分期还款申请书",
    }
    for name, text in office.text.items():
        kind = next((k for k in titles if name.endswith(k)), "evidence")
        first = next(line.strip() for line in text.splitlines() if line.strip())
        assert first == titles[kind], name
        assert "{{" not in text and "{%" not in text and "}}" not in text, name


def test_page_numbers_in_the_footer(office: Office) -> None:
    pages = office.pages("weilidai_answer_element")
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert joined(page).endswith(f"第{number}页共{len(pages)}页")


def test_element_answer_loan(office: Office) -> None:
    flat = office.flat("weilidai_answer_element")
    for fact in (
        "民事答辩状（金融借款合同纠纷）说明：为了方便您参加诉讼",
        "案号（2025）粤0391民初18888号",
        "案由金融借款合同纠纷",
        "姓名：张伟",
        "性别：男☑女☐",
        "出生日期：1992年6月18日",
        "民族：汉族",
        "公民身份号码：440106199206181537",
        "住所地（户籍所在地）：广州市越秀区东风中路某某大院3栋502房",
        "有☐无☑",
        "是☑电子邮箱：zhangwei.example@163.com",
        "借款金额人民币20,000.00元。【待确认：有无异议】",
        "答辩人（签字、盖章）：日期：二〇二五年九月二十日",
    ):
        assert fact in flat, fact
    assert near(flat, "1．本金", "无异议☑有异议☐")
    assert near(flat, "无异议☑有异议☐", "事实和理由：对借款本金余额15,600.00元无异议。")
    assert near(flat, "2．利息", "无异议☐有异议☑")
    assert near(flat, "无异议☐有异议☑", "事实和理由：利息、罚息、复利合计折合年利率超过")
    assert near(flat, "委托诉讼代理人", "有☐无☑")
    assert near(flat, "20．证据清单", "《证据目录》（共3项）")


def test_element_answer_card_with_agent_and_assignee(office: Office) -> None:
    flat = office.flat("card_answer_element")
    for fact in (
        "（信用卡纠纷）",
        "（2026）京0105民初1234号",
        "性别：男☐女☑",
        "民族：【待填：民族】",
        "经常居住地：北京市通州区某某路9号",
        "有☑无☐",
        "姓名：李某某",
        "单位：北京某某律师事务所",
        "否☑",
        "卡号尾号3579",
    ):
        assert fact in flat, fact
    assert near(flat, "6．对是否通知和催收", "无异议☐有异议☑")
    assert near(flat, "无异议☐有异议☑", "事实和理由：答辩人从未收到债权转让通知。")
    assert near(flat, "1．透支本金", "无异议☑有异议☐")
    assert near(flat, "无异议☑有异议☐", "事实和理由：对透支本金8,800.00元无异议。")
    assert near(flat, "15．其他需要说明的内容", "一、违约金过高，请求依法调减（见证据1）。")
    assert near(flat, "16．证据清单", "（共2项）")


def test_element_answer_for_an_organization(office: Office) -> None:
    flat = office.flat("company_answer_element")
    assert "（自然人）" not in flat and "性别" not in flat
    assert near(flat, "答辩人", "（法人、非法人组织）", gap=80)
    assert near(flat, "（法人、非法人组织）", "名称：杭州某某贸易有限公司", gap=80)
    for fact in (
        "住所地（主要办事机构所在地）：杭州市西湖区某某路88号",
        "法定代表人/主要负责人：周某某",
        "职务：执行董事",
        "统一社会信用代码：91310000MA1K4NBX9C",
        "类型：有限责任公司",
        "有☐无☑",
    ):
        assert fact in flat, fact


def test_narrative_answer(office: Office) -> None:
    flat = office.flat("weilidai_answer_narrative")
    for fact in (
        "答辩人：张伟，男，1992年6月18日出生，汉族，住广州市越秀区东风中路某某大院3栋502房，"
        "公民身份号码440106199206181537，联系电话13711112222。",
        "对深圳前海合作区人民法院（2025）粤0391民初18888号深圳前海微众银行股份有限公司诉张伟金融借款合同纠纷一案的起诉，"
        "答辩如下：",
        "一、利息、罚息和复利合计超过年利率24%的部分应予调减",
        "超过部分应予调减（见证据1、2）。二、",
        "二、答辩人因失业收入骤减，并非恶意拖欠，愿意分期清偿（见证据3）。",
        # the element rows entered under [defence.items] / [defence.facts], which the narrative form has no rows
        # for, carried as points of their own after the entered points
        "三、对原告各项诉讼请求的意见（一）本金：对借款本金余额15,600.00元无异议。（二）利息：有异议。利息、罚息、复利"
        "合计折合年利率超过24%，超出部分应予调减。四、对原告所述事实的意见还款情况：无异议。答辩人已偿还本金4,400.00元。",
        "五、原告应就借款提前到期的条件已经成就承担举证责任原告主张借款全部提前到期，应举证证明",
        "证据和证据来源，证人姓名和住所：答辩人提交的证据、证据来源及证明目的详见所附《证据目录》（共3项）。",
        "此致深圳前海合作区人民法院附：本答辩状副本1份答辩人（签名）：二〇二五年九月二十日",
    ):
        assert fact in flat, fact
    assert "叠加计收" not in flat, "the suggested 24% point is not printed: the case's first point argues it"
    card = office.flat("card_answer_narrative")
    assert "委托诉讼代理人：李某某，北京某某律师事务所律师，联系电话010-6666××××。" in card
    assert "附：本答辩状副本2份" in card
    assert "二、对原告各项诉讼请求的意见透支本金：对透支本金8,800.00元无异议。" in card
    assert "三、对原告所述事实的意见是否通知和催收：有异议。答辩人从未收到债权转让通知。证据和证据来源" in card
    lines = [line.strip() for line in office.text["weilidai_answer_narrative"].splitlines()]
    assert any(line.startswith("（二）利息：有异议。") for line in lines), "each row is a paragraph of its own"


def test_evidence_list_pages_groups_and_copies(office: Office) -> None:
    flat = office.flat("weilidai_evidence")
    assert "案号：（2025）粤0391民初18888号" in flat and "提交人：张伟（被告）" in flat
    assert near(flat, "一、还款情况", "微粒贷还款记") and near(flat, "二、经济困难", "解除劳动合同")
    assert near(flat, "证明答辩人已偿还本", "1-3复印件（1份）")
    assert near(flat, "证明每期还款的时间", "4-5原件（1份）")
    assert near(flat, "证明答辩人自2024年", "6原件（1份）")
    assert "以上证据共3项，共6页。" in flat and "提交日期：二〇二五年九月二十日" in flat
    card = office.flat("card_evidence")
    assert "复印件（2份）" in card and "一、" not in card, "ungrouped items get no heading"


def test_evidence_header_row_repeats_on_every_page(office: Office) -> None:
    pages = office.pages("many_evidence")
    assert len(pages) >= 2
    for page in pages:
        assert "证据名称" in page and "证明目的" in page
    flat = office.flat("many_evidence")
    assert "79-80" in flat and "以上证据共40项，共80页。" in flat


_ROW = re.compile(
    r"(首付|第\s*\d+\s*期)\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+([\d,]+\.\d\d)\s+([\d,]+\.\d\d)"
)


def _schedule_rows(text: str) -> list[tuple[str, str, Decimal, Decimal]]:
    """(期数, 还款日期, 还款金额, 剩余未还金额) of each schedule row as the PDF shows it."""
    found = []
    for line in text.splitlines():
        match = _ROW.fullmatch(line.strip())
        if match:
            label, due, amount, balance = (re.sub(r"\s+", "", g) for g in match.groups())
            found.append((label, due, Decimal(amount.replace(",", "")), Decimal(balance.replace(",", ""))))
    return found


def test_instalment_request_to_the_plaintiff(office: Office) -> None:
    text, flat = office.text["weilidai_instalment"], office.flat("weilidai_instalment")
    for fact in (
        "申请人（被告）：张伟，男，",
        "被申请人（原告）：深圳前海微众银行股份有限公司，住所地深圳市前海深港合作区前湾一路1号A栋201室，"
        "统一社会信用代码91440300MA5G8RTU22。法定代表人：陈某某，董事长。",
        "案号：（2025）粤0391民初18888号",
        # no [instalment] total: the undisputed principal, never the disputed interest (民诉法解释 第107条)
        "请求被申请人同意申请人分期偿还本案欠款共计人民币15,600.00元（大写：人民币壹万伍仟陆佰元整）",
        # 2 November 2025 is a Sunday: the agreed day stands (a debtor may pay early), no 顺延 clause
        "分12期偿还，自2025年11月2日起每月2日前还款，每期人民币1,300.00元，最后一期人民币1,300.00元",
        "二、请求被申请人减免罚息、复利、违约金等费用，并自本申请提出之日起停止计收利息。",
        "申请人自2024年11月失业，目前靠打零工维持生活；",
        "申请人此前已累计还款人民币4,400.00元",
        "每月收入约人民币3,000.00元，每月必要生活支出约人民币2,200.00元，无力一次性清偿全部欠款。",
        "此致深圳前海微众银行股份有限公司",
        "附件：1．解除劳动合同证明2．母亲住院病历",
        "联系电话：13711112222",
        "二〇二五年九月二十日",
        "不构成对原告诉讼请求或相关事实的认可",  # the settlement reservation (民诉法解释 第107条)
        "诉讼法〉的解释》第一百零七条）。",
    ):
        assert fact in flat, fact
    assert "顺延" not in flat
    rows = _schedule_rows(text)
    assert len(rows) == 12
    assert sum(r[2] for r in rows) == Decimal("15600.00")
    assert rows[0][:2] == ("第1期", "2025年11月2日") and rows[-1][3] == Decimal("0.00")
    assert "合计15,600.00" in flat
    assert "诉讼时效" not in flat, "the limitation warning is for the user (report), not printed in the request"


def test_instalment_request_to_the_court_with_down_payment(office: Office) -> None:
    text, flat = office.text["card_instalment"], office.flat("card_instalment")
    assert "原告：北京某某资产管理有限公司" in flat and "请求人民法院主持调解，准许申请人" in flat
    assert "人民币9,000.00元（大写：人民币玖仟元整）" in flat
    assert "申请人于2026年4月30日前首付人民币1,000.00元，余款分24期偿还" in flat
    assert "减免罚息" not in flat, "waive_penalty is false"
    assert "此致北京市朝阳区人民法院" in flat
    rows = _schedule_rows(text)
    assert [r[0] for r in rows[:2]] == ["首付", "第1期"] and len(rows) == 25
    assert sum(r[2] for r in rows) == Decimal("9000.00")
    # 30th of each month, clamped to 28 February 2027 (a Sunday: kept, no roll_to_workday)
    assert ("第10期", "2027年2月28日") in [(r[0], r[1]) for r in rows]


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_bundled_example_case_files_draft_right(office: Office, example: str) -> None:
    """The case files a user starts from (examples/), loaded by sk.load_case and checked by sk.check, drafted in
    both answer styles and as the instalment request: every expected value is read from the loaded case and the
    computed schedule and deadlines, not copied from an output."""
    case = sk.load_case(EXAMPLES[example])
    report = sk.check(case, today=case.documents.date)
    court, number = case.court.name, str(case.court.case_number)
    defendant, plaintiff = case.defendant.name, case.plaintiff.name
    total = case.complaint.total
    signed = case.documents.date
    assert signed is not None and total is not None and case.instalment is not None
    deadlines = {d.key: d.date for d in report.deadlines}
    hearing = case.service.hearing
    assert hearing is not None and deadlines["hearing"] == getattr(hearing, "date", lambda: hearing)()
    # the drafts are dated within the answer period and before the hearing (the dates a lawyer checks first)
    assert signed <= deadlines["answer"] < deadlines["hearing"]
    names = {  # the document, and how it names the defendant
        "answer_element": (f"example_{example}_answer_element", f"姓名：{defendant}"),
        "answer_narrative": (f"example_{example}_answer_narrative", f"答辩人：{defendant}，"),
        "instalment": (f"example_{example}_instalment", f"申请人（被告）：{defendant}，"),
    }
    for kind, (name, party) in names.items():
        flat = office.flat(name)
        assert flat.startswith("分期还款申请书" if kind == "instalment" else "民事答辩状"), name
        assert number in flat and defendant in flat, name
        if kind != "answer_element":  # the element form names only the 答辩人 and has no 此致
            assert plaintiff in flat and court in flat, name
        assert format_date_upper(signed) in flat, f"{name}: the date under the signature"
        assert "【待填" not in flat, f"{name}: the bundled case has every value its drafts need"
        assert party in flat, name
    element = office.flat(names["answer_element"][0])
    assert f"案号{number}" in element and f"案由{case.court.cause}" in element
    # (the row's label may sit between the lines of its text)
    assert near(element, f"原告主张标的总额人民币{format_amount(total)}元", f"（大写：{amount_in_words(total)}）", 12)
    narrative = office.flat(names["answer_narrative"][0])
    assert f"对{court}{number}{plaintiff}诉{defendant}{case.court.cause}一案的起诉，答辩如下：" in narrative
    assert f"此致{court}" in narrative
    # the instalment request: the total in figures and capitals, the schedule's first and last rows
    plan = case.instalment
    request_name = names["instalment"][0]
    request, text = office.flat(request_name), office.text[request_name]
    to_pay = instalment_total(case)  # the case's total, else the undisputed part or the principal
    assert to_pay is not None
    assert f"人民币{format_amount(to_pay)}元（大写：{amount_in_words(to_pay)}）" in request
    schedule = build_schedule(to_pay, plan.months, plan.first_due, plan.down_payment, roll=plan.roll_to_workday)
    expected = [
        (row.label, format_date(row.due), row.amount, row.balance) for row in (schedule.rows[0], schedule.rows[-1])
    ]
    rows = _schedule_rows(text)
    assert len(rows) == len(schedule.rows)
    assert [rows[0], rows[-1]] == expected
    assert sum(r[2] for r in rows) == to_pay and rows[-1][3] == Decimal("0.00")
    assert f"合计{format_amount(to_pay)}" in request
    addressee = court if plan.addressee == "court" else plaintiff
    assert f"此致{addressee}" in request


def test_special_characters_and_line_breaks_survive(office: Office) -> None:
    text = office.text["escape_answer_narrative"]
    flat = joined(text)
    assert joined('东风路1号 & 2号 <东座> "丙"室') in flat
    assert joined('罚息 & 复利 <重复> 计收，"不合理"。') in flat
    lines = [line.strip() for line in text.splitlines()]
    assert any(line.startswith("第二段：请求调减（见证据") for line in lines), "a newline starts a paragraph"
    request = office.text["escape_instalment"]
    assert any(line.strip().startswith("第一行 A&B <甲>") for line in request.splitlines())
    assert any(line.strip().startswith('第二行 "乙"') for line in request.splitlines())
    xml = zipfile.ZipFile(office.docx["escape_instalment"]).read("word/document.xml").decode()
    assert "A&amp;B &lt;甲&gt;" in xml


_ARTEFACTS = re.compile(r"。。|，。|；。|：。|、。|None|\\n|\{\{|\}\}|\{%|%\}")
_ASCII_NEXT_TO_CHINESE = re.compile(r"[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]")


def test_no_template_artefacts_and_chinese_punctuation_throughout(office: Office) -> None:
    """What a lawyer reading the drafts must never see: doubled punctuation, None, a raw \\n, a tag; and the
    values the case typed with ASCII punctuation print ，；：（） (figures keep theirs: 15,600.00)."""
    for name in office.text:
        flat = office.flat(name)
        assert not _ARTEFACTS.search(flat), (name, _ARTEFACTS.search(flat))
        assert not _ASCII_NEXT_TO_CHINESE.search(flat), (name, _ASCII_NEXT_TO_CHINESE.search(flat))
    for name in ("weilidai_answer_element", "weilidai_answer_narrative", "weilidai_evidence", "weilidai_instalment"):
        assert "【待填" not in office.flat(name), f"{name}: the 微粒贷 case has every value its drafts need"
    element = office.flat("weilidai_answer_element")
    assert "签订地点线上（微信“微粒贷”平台，电子签名）" in element and "按月等额本息，每月2日还款" in element
    assert "对借款本金余额15,600.00元无异议。" in element, "figures keep their comma and point"


def test_no_empty_paragraphs_left_by_template_tags(office: Office) -> None:
    body = re.compile(r"<w:body>(.*)</w:body>", re.S)
    for name, path in office.docx.items():
        xml = body.search(zipfile.ZipFile(path).read("word/document.xml").decode()).group(1)
        outside_tables = re.sub(r"<w:tbl>.*?</w:tbl>", "", xml, flags=re.S)
        for paragraph in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", outside_tables, flags=re.S):
            text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))
            assert text.strip(), f"{name}: empty paragraph {paragraph[:120]}"


@pytest.mark.parametrize(
    "name",
    [
        "weilidai_answer_element",
        "weilidai_answer_narrative",
        "weilidai_evidence",
        "weilidai_instalment",
        "card_answer_element",
        "card_answer_narrative",
        "card_evidence",
        "card_instalment",
    ],
)
def test_text_snapshot(office: Office, name: str) -> None:
    actual = normalise(office.text[name])
    snapshot = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        snapshot.write_text(actual, encoding="utf-8")
    assert snapshot.is_file(), f"no snapshot {snapshot}: run UPDATE_SNAPSHOTS=1 pytest {__file__}"
    assert actual == snapshot.read_text(encoding="utf-8"), (
        f"{name} differs from {snapshot}; if the change is intended, regenerate with UPDATE_SNAPSHOTS=1"
    )
