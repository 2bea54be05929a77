"""Shared fixtures and builders: the sample cases built from the model classes, the field corpus, template
files, and the drafts opened by LibreOffice.

``weilidai_case`` and ``card_case`` feed the document tests (and the bundled ``EXAMPLES``, loaded from their case
files); the check tests build on ``weilidai_case`` and the
package's example case with a few changes (test_check_cases.py, test_check_rules.py). Test modules import the
builders and helpers with ``from conftest import …``.

The ``office`` fixture renders every document the document tests look at, converts them all to PDF with ONE
headless LibreOffice call (a private profile under the session's tmp dir), reads the PDF text with pdftotext
-layout and renders each first page to PNG under test-artifacts/ (git-ignored) for a person to look at.

Set SUMMONS_KIT_NO_OFFICE=1 to skip the LibreOffice tests on a machine without LibreOffice/poppler (CI has
them: .ci/run installs them).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import docx
import pytest

import summons_kit as sk
from summons_kit.case.model import (
    Agent,
    AnswerPoint,
    Assignment,
    Case,
    Claim,
    Complaint,
    Court,
    Defence,
    DocumentOptions,
    Evidence,
    Instalment,
    LenderKind,
    Loan,
    Party,
    PartyKind,
    Position,
    Procedure,
    Service,
    ServiceMethod,
)
from summons_kit.check import Report
from summons_kit.errors import ParseError
from summons_kit.fields.case_number import CaseNumber
from summons_kit.fields.claims import ClaimInfo, ClaimKind, Rate
from summons_kit.fields.identity import CreditCode, IdNumber
from summons_kit.law.finding import Finding

# --- LibreOffice ------------------------------------------------------------------------------------------------

#: What the ``office`` tests run: LibreOffice opens each .docx, poppler reads the PDF back.
OFFICE_TOOLS = ("soffice", "pdftotext", "pdftoppm")
OFFICE_HINT = "apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils (.ci/run does this)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "office: opens documents in LibreOffice headless (skipped with a message when it is absent)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:  # every test that asks for the session's LibreOffice batch is an office test
        if "office" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.office)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("office") is None:
        return
    if os.environ.get("SUMMONS_KIT_NO_OFFICE") == "1":
        pytest.skip("SUMMONS_KIT_NO_OFFICE=1: LibreOffice tests skipped")
    absent = [tool for tool in OFFICE_TOOLS if shutil.which(tool) is None]
    if absent:
        message = f"LibreOffice tests need {', '.join(absent)}: {OFFICE_HINT}"
        if os.environ.get("CI"):  # CI installs them: their absence there is a failure, never a silent skip
            pytest.fail(message)
        pytest.skip(message)


ROOT = Path(__file__).resolve().parents[1]
#: the case files bundled with the kit (examples/), by label
EXAMPLES = {
    "weilidai": ROOT / "examples" / "weilidai" / "case.toml",
    "credit_card": ROOT / "examples" / "credit_card" / "case.toml",
}
ARTIFACTS = ROOT / "test-artifacts"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
CORPUS = Path(__file__).resolve().parent / "corpus"

# --- the field corpus ---------------------------------------------------------------------------------------


def corpus_rows(name: str) -> list[dict[str, str]]:
    """The rows of tests/corpus/``name``, a tab-separated table with a header line."""
    with (CORPUS / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def rejected(parse: Callable[[str], object], text: str) -> ParseError:
    """The ParseError ``parse(text)`` raises, checked to name the text and give a reason in Chinese and English."""
    with pytest.raises(ParseError) as err:
        parse(text)
    assert err.value.text == text
    assert err.value.reason and err.value.reason_en
    return err.value


# --- the cases ----------------------------------------------------------------------------------------------


DAILY_005 = Rate("日利率0.05%", Decimal("18.25"), "day", 365)
DAILY_0075 = Rate("日利率0.075%", Decimal("27.375"), "day", 365)


def claim(
    text: str,
    amount: str | None = None,
    *kinds: ClaimKind,
    rate: Rate | None = None,
    parts: tuple[tuple[ClaimKind, Decimal], ...] = (),
) -> Claim:
    """A claim as the parser reads it: amount, kinds (OTHER if none given), rate and the parts of a total."""
    value = Decimal(amount) if amount is not None else None
    info = ClaimInfo(raw=text, kinds=kinds or (ClaimKind.OTHER,), amount=value, rate=rate, parts=parts)
    return Claim(text=text, amount=value, info=info)


def weilidai_case() -> Case:
    """A 微粒贷 金融借款合同纠纷 (the shared sample's facts), simple procedure, instalments proposed to the
    plaintiff."""
    return Case(
        court=Court(
            name="深圳前海合作区人民法院",
            case_number=CaseNumber("（2025）粤0391民初18888号", 2025, "粤0391", "民初", 18888),
            cause="金融借款合同纠纷",
            procedure=Procedure.SIMPLE,
        ),
        service=Service(
            served_on=dt.date(2025, 9, 11),
            method=ServiceMethod.MAIL,
            evidence_deadline=dt.date(2025, 9, 26),
            hearing=dt.datetime(2025, 10, 15, 9, 30),
            hearing_place="本院第七法庭",
            notice_date=dt.date(2025, 9, 3),
        ),
        plaintiff=Party(
            name="深圳前海微众银行股份有限公司",
            kind=PartyKind.ORGANIZATION,
            credit_code=CreditCode("91440300MA5G8RTU22", "91440300MA5G8RTU22"),
            representative="陈某某",
            representative_title="董事长",
            address="深圳市前海深港合作区前湾一路1号A栋201室",
        ),
        defendant=Party(
            name="张伟",
            id_number=IdNumber("440106199206181537", "440106199206181537", dt.date(1992, 6, 18), "male"),
            ethnicity="汉族",
            address="广州市越秀区东风中路某某大院3栋502房",
            phone="13711112222",
        ),
        claims=(
            claim("判令被告立即偿还借款本金人民币15,600.00元", "15600.00", ClaimKind.PRINCIPAL),
            claim(
                "判令被告支付截至2025年7月31日的利息人民币312.50元、罚息人民币1,046.88元、复利人民币58.72元，"
                "合计人民币1,418.10元",
                "1418.10",
                ClaimKind.INTEREST,
                ClaimKind.PENALTY_INTEREST,
                ClaimKind.COMPOUND_INTEREST,
                parts=(
                    (ClaimKind.INTEREST, Decimal("312.50")),
                    (ClaimKind.PENALTY_INTEREST, Decimal("1046.88")),
                    (ClaimKind.COMPOUND_INTEREST, Decimal("58.72")),
                ),
            ),
            claim(
                "判令被告支付自2025年8月1日起至实际清偿之日止的罚息和复利（以未偿还本金15,600.00元为基数，"
                "按日利率0.075%计算）",
                None,
                ClaimKind.PENALTY_INTEREST,
                ClaimKind.COMPOUND_INTEREST,
                rate=DAILY_0075,
            ),
            claim("判令被告承担本案诉讼费、保全费等全部诉讼费用", None, ClaimKind.COURT_COSTS),
        ),
        complaint=Complaint(total=Decimal("17018.10"), filed_on=dt.date(2025, 8, 20)),
        evidence=(
            Evidence(
                "微粒贷还款记录截图",
                "微信“微粒贷”平台（答辩人账户）",
                "证明答辩人已偿还本金4,400.00元",
                pages=3,
                group="还款情况",
            ),
            Evidence(
                "银行账户交易明细",
                "中国建设银行广州分行",
                "证明每期还款的时间和金额",
                pages=2,
                original=True,
                group="还款情况",
            ),
            Evidence(
                "解除劳动合同证明",
                "广州某某科技有限公司",
                "证明答辩人自2024年11月起失业",
                pages=1,
                original=True,
                group="经济困难",
            ),
        ),
        loan=Loan(
            contract_name="《微粒贷借款合同》",
            contract_number="WLD20231102008817",
            signed_on=dt.date(2023, 11, 2),
            signed_place="线上(微信“微粒贷”平台,电子签名)",  # typed on a Latin keyboard
            lender_kind=LenderKind.LICENSED,
            principal=Decimal("20000.00"),
            disbursed_on=dt.date(2023, 11, 2),
            term_months=20,
            rate=DAILY_005,
            penalty_rate=DAILY_0075,
            repayment_method="按月等额本息,每月2日还款",
            first_due=dt.date(2023, 12, 2),
            last_due=dt.date(2025, 7, 2),
            accelerated_on=dt.date(2025, 3, 2),
            overdue_since=dt.date(2024, 12, 2),
            repaid_principal=Decimal("4400.00"),
        ),
        defence=Defence(
            items={
                "principal": Position(False, "对借款本金余额15,600.00元无异议。"),
                "interest": Position(True, "利息、罚息、复利合计折合年利率超过24%，超出部分应予调减。"),
            },
            facts={"repayment": Position(False, "答辩人已偿还本金4,400.00元。")},
            points=(
                AnswerPoint(
                    title="利息、罚息和复利合计超过年利率24%的部分应予调减",
                    text="原告逾期后按日利率0.075%计收罚息并对应付未付利息计收复利，折合年利率超过24%，"
                    "超过部分应予调减。",
                    evidence=(1, 2),
                ),
                AnswerPoint(text="答辩人因失业收入骤减,并非恶意拖欠,愿意分期清偿", evidence=(3,)),
            ),
            electronic_service=True,
            email="zhangwei.example@163.com",
        ),
        instalment=Instalment(
            months=12,
            first_due=dt.date(2025, 11, 2),
            addressee="plaintiff",
            reasons="申请人自2024年11月失业,目前靠打零工维持生活;\n母亲患病住院,需要支付医疗费用。",
            monthly_income=Decimal("3000.00"),
            monthly_expenses=Decimal("2200.00"),
            repaid=Decimal("4400.00"),
            attachments=("解除劳动合同证明", "母亲住院病历"),
        ),
        documents=DocumentOptions(date=dt.date(2025, 9, 20), copies=1),
    )


def card_case() -> Case:
    """A 信用卡纠纷 brought by a debt buyer, small claims, a lawyer, instalments proposed to the court."""
    return Case(
        court=Court(
            name="北京市朝阳区人民法院",
            case_number=CaseNumber("（2026）京0105民初1234号", 2026, "京0105", "民初", 1234),
            cause="信用卡纠纷",
            procedure=Procedure.SMALL_CLAIMS,
        ),
        service=Service(
            served_on=dt.date(2026, 3, 5),
            method=ServiceMethod.ELECTRONIC,
            evidence_deadline=dt.date(2026, 3, 12),
        ),
        plaintiff=Party(
            name="北京某某资产管理有限公司",
            kind=PartyKind.ORGANIZATION,
            credit_code=CreditCode("91110105MA01XY3R8E", "91110105MA01XY3R8E"),
            representative="刘某某",
            representative_title="执行董事",
            address="北京市朝阳区某某路66号8层",
        ),
        defendant=Party(
            name="王芳",
            id_number=IdNumber("110105199005123426", "110105199005123426", dt.date(1990, 5, 12), "female"),
            address="北京市朝阳区某某小区2号楼3单元402室",
            residence="北京市通州区某某路9号",
            phone="13900001111",
            occupation="北京某某餐饮有限公司服务员",
        ),
        agent=Agent("李某某", "北京某某律师事务所", "律师", "010-6666××××"),
        claims=(
            claim("判令被告偿还信用卡透支本金人民币8,800.00元", "8800.00", ClaimKind.PRINCIPAL),
            claim(
                "判令被告支付截至2025年10月31日的利息人民币960.40元、违约金人民币440.00元",
                "1400.40",
                ClaimKind.INTEREST,
                ClaimKind.DAMAGES,
            ),
            claim("本案诉讼费用由被告承担", None, ClaimKind.COURT_COSTS),
        ),
        complaint=Complaint(total=Decimal("10200.40"), filed_on=dt.date(2026, 1, 15)),
        evidence=(
            Evidence("信用卡还款记录", "某某银行手机银行", "证明答辩人累计还款12,000.00元", pages=4, copies=2),
            Evidence("收入证明", "北京某某餐饮有限公司", "证明答辩人月收入约4,000元", pages=1, original=True),
        ),
        loan=Loan(
            contract_name="《信用卡领用合约》",
            signed_on=dt.date(2020, 6, 8),
            lender="某某银行股份有限公司北京分行",
            lender_kind=LenderKind.LICENSED,
            rate=Rate("日利率万分之五", Decimal("18.25"), "day", 365),
            repaid=Decimal("12000.00"),
            last_payment_on=dt.date(2024, 5, 20),
            overdue_since=dt.date(2024, 6, 1),
            card_tail="3579",
        ),
        assignment=Assignment(
            assignor="某某银行股份有限公司北京分行", assigned_on=dt.date(2025, 10, 31), notified=False
        ),
        defence=Defence(
            items={"principal": Position(False, "对透支本金8,800.00元无异议。")},
            facts={"collection": Position(True, "答辩人从未收到债权转让通知。")},
            points=(AnswerPoint(text="违约金过高，请求依法调减。", evidence=(1,)),),
            suggest=False,
            electronic_service=False,
        ),
        instalment=Instalment(
            months=24,
            first_due=dt.date(2026, 4, 30),
            down_payment=Decimal("1000.00"),
            total=Decimal("9000.00"),
            addressee="court",
            reasons="答辩人收入微薄，需抚养两名子女。",
            waive_penalty=False,
        ),
        documents=DocumentOptions(date=dt.date(2026, 3, 10), copies=2),
    )


def escape_case() -> Case:
    """The 微粒贷 case with & < > " and line breaks in names, addresses, points and reasons."""
    case = weilidai_case()
    return attrs.evolve(
        case,
        defendant=attrs.evolve(case.defendant, address='东风路1号 & 2号 <东座> "丙"室'),
        defence=attrs.evolve(
            case.defence,
            points=(AnswerPoint(text='罚息 & 复利 <重复> 计收，"不合理"。\n第二段：请求调减。', evidence=(1,)),),
        ),
        instalment=attrs.evolve(case.instalment, reasons='第一行 A&B <甲>\n第二行 "乙"'),
    )


def fixed_report(case: Case, today: dt.date) -> Report:
    """A report with two suggested points, so the snapshots do not move with the legal rules' wording: one on
    the 24% cap (the 微粒贷 case's own first point argues it, so it is not printed) and one on acceleration."""
    rate = Finding(
        "rate.combined_above_24",
        "warning",
        "loan.penalty_rate",
        "罚息与复利合计折合年利率超过24%。",
        "penalty and compound interest above 24% a year.",
        "法发〔2017〕22号第2条",
        "原告主张的罚息与复利叠加计收，合计超过年利率24%的部分应予调减。",
    )
    acceleration = Finding(
        "claims.acceleration",
        "info",
        "loan.accelerated_on",
        "原告主张借款已提前到期。",
        "the plaintiff says the loan was accelerated.",
        "合同的提前到期条款（无单一条文）；民诉法解释第90条（举证责任）",
        "原告主张借款全部提前到期,应举证证明合同约定的提前到期条件已经成就,且已依约通知答辩人;否则,"
        "不得对未到期部分计收罚息、复利。",
    )
    return Report((rate, acceleration), (), today)


@pytest.fixture
def weilidai() -> Case:
    return weilidai_case()


@pytest.fixture
def card() -> Case:
    return card_case()


def write_docx(path: Path, *paragraphs: str, header: str = "", footer: str = "") -> Path:
    """A plain .docx at ``path`` (a template under test): a body paragraph per text, a header and a footer
    line if given."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    document.save(str(path))
    return path


# --- LibreOffice --------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """LibreOffice text for comparison: each line's whitespace collapsed, blank lines dropped."""
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def joined(text: str) -> str:
    """All whitespace removed: for finding a sentence that the layout broke across lines."""
    return re.sub(r"\s+", "", text)


def near(flat: str, one: str, other: str, gap: int = 40) -> bool:
    """``one`` and ``other`` within ``gap`` characters of each other, in either order: the cells of a row,
    whose lines the PDF layout interleaves (a vertically centred label sits between its neighbour's lines)."""
    a, b = re.escape(one), re.escape(other)
    return re.search(f"{a}.{{0,{gap}}}?{b}|{b}.{{0,{gap}}}?{a}", flat) is not None


@attrs.frozen
class Office:
    """The documents rendered for the tests: .docx, .pdf, PDF text (pdftotext -layout) and pages of text."""

    docx: dict[str, Path]
    pdf: dict[str, Path]
    text: dict[str, str]

    def pages(self, name: str) -> list[str]:
        return [p for p in self.text[name].split("\f") if p.strip()]

    def flat(self, name: str) -> str:
        """The text without whitespace and page footers (a sentence may run across a page break)."""
        return re.sub(r"第\d+页共\d+页", "", joined(self.text[name]))


def _jobs() -> dict[str, tuple[Case, str | None, str]]:
    """name -> (case, answer style, document)."""
    jobs: dict[str, tuple[Case, str | None, str]] = {}
    for label, build in (("weilidai", weilidai_case), ("card", card_case)):
        case = build()
        jobs[f"{label}_answer_element"] = (case, "element", "answer")
        jobs[f"{label}_answer_narrative"] = (case, "narrative", "answer")
        jobs[f"{label}_evidence"] = (case, None, "evidence")
        jobs[f"{label}_instalment"] = (case, None, "instalment")
    jobs["escape_answer_narrative"] = (escape_case(), "narrative", "answer")
    company = card_case()
    debtor = Party(
        name="杭州某某贸易有限公司",
        kind=PartyKind.ORGANIZATION,
        credit_code=CreditCode("91310000MA1K4NBX9C", "91310000MA1K4NBX9C"),
        representative="周某某",
        representative_title="执行董事",
        address="杭州市西湖区某某路88号",
        phone="0571-8765××××",
        org_type="有限责任公司",
    )
    jobs["company_answer_element"] = (
        attrs.evolve(company, defendant=debtor, agent=None),
        "element",
        "answer",
    )
    jobs["escape_instalment"] = (escape_case(), None, "instalment")
    many = weilidai_case()
    items = tuple(
        Evidence(f"还款凭证第{i}号", "中国建设银行广州分行", f"证明第{i}期还款", pages=2, group="还款情况")
        for i in range(1, 41)
    )
    jobs["many_evidence"] = (attrs.evolve(many, evidence=items, defence=Defence()), None, "evidence")
    for label, path in EXAMPLES.items():  # the bundled case files, through the real loader and the real checks
        case = sk.load_case(path)
        jobs[f"example_{label}_answer_element"] = (case, "element", "answer")
        jobs[f"example_{label}_answer_narrative"] = (case, "narrative", "answer")
        jobs[f"example_{label}_instalment"] = (case, None, "instalment")
    return jobs


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    from summons_kit.documents.draft import FILE_NAMES, draft

    if os.environ.get("SUMMONS_KIT_NO_OFFICE") == "1":
        pytest.skip("SUMMONS_KIT_NO_OFFICE=1: LibreOffice tests skipped")
    soffice, pdftotext, pdftoppm = (shutil.which(t) for t in ("soffice", "pdftotext", "pdftoppm"))
    if not (soffice and pdftotext and pdftoppm):
        pytest.fail(
            "LibreOffice (soffice) and poppler (pdftotext, pdftoppm) are needed: run .ci/run or set "
            "SUMMONS_KIT_NO_OFFICE=1"
        )
    base = tmp_path_factory.mktemp("office")
    docx: dict[str, Path] = {}
    for name, (case, style, document) in _jobs().items():
        folder = base / "drafts" / name
        today = case.documents.date
        report = None if name.startswith("example_") else fixed_report(case, today)  # None: sk.check's own
        draft(case, folder, style=style, documents=(document,), today=today, report=report)
        docx[name] = (folder / FILE_NAMES[document]).rename(base / f"{name}.docx")
    pdf_dir = base / "pdf"
    result = convert_to_pdf(list(docx.values()), pdf_dir, base / "lo-profile")
    pdf = {name: pdf_dir / f"{name}.pdf" for name in docx}
    missing = [name for name, path in pdf.items() if not path.is_file()]
    if result.returncode != 0 or missing:
        pytest.fail(f"LibreOffice could not convert {missing or 'the drafts'}: {result.stdout}\n{result.stderr}")
    text = {}
    ARTIFACTS.mkdir(exist_ok=True)
    for name, path in pdf.items():
        text[name] = subprocess.run(
            [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
        ).stdout
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-singlefile",
                str(path),
                str(ARTIFACTS / name),
            ],
            check=True,
            timeout=60,
        )
    return Office(docx, pdf, text)


def convert_to_pdf(
    docx: list[Path], out: Path, profile_dir: Path, *, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    """Open every .docx in one headless LibreOffice run and save it as PDF in ``out`` (a private profile in
    ``profile_dir``, so parallel runs never share one)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(f"LibreOffice (soffice) is needed: {OFFICE_HINT}")
    return subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile_dir.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docx),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def office_text(docx_path: Path) -> str:
    """One document opened by LibreOffice (headless, converted to PDF) and read back with pdftotext.

    For a test that drafts its own document; the session's batch (:func:`office`) is cheaper for many.
    """
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not (soffice and pdftotext):
        pytest.fail("LibreOffice (soffice) and poppler (pdftotext) are needed: run .ci/run")
    out = docx_path.parent / "pdf"
    done = convert_to_pdf([docx_path], out, docx_path.parent / "lo-profile", timeout=300)
    if done.returncode != 0:
        pytest.fail(f"LibreOffice could not convert {docx_path.name}: {done.stdout}\n{done.stderr}")
    pdf = out / f"{docx_path.stem}.pdf"
    return subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
