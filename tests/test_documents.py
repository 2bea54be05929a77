"""draft() and template_context(): what a user relies on without opening the files (LibreOffice tests are in
test_documents_office.py)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat
import zipfile
from decimal import Decimal
from pathlib import Path

import attrs
import docx
import pytest
from conftest import fixed_report, write_docx

from summons_kit.case.model import AnswerPoint, Case, Evidence, Instalment, Party, PartyKind, Position
from summons_kit.documents.catalog import builtin_templates, template_path
from summons_kit.documents.citations import court_citations
from summons_kit.documents.context import template_context
from summons_kit.documents.draft import FILE_NAMES, draft
from summons_kit.documents.element_rows import claim_body
from summons_kit.documents.render import TemplateError, cache_info, clear_cache, load_template, render_bytes
from summons_kit.documents.suggestions import suggestions
from summons_kit.errors import CaseError

TODAY = dt.date(2025, 9, 20)


def _draft(case: Case, out: Path, **kwargs: object) -> list[Path]:
    kwargs.setdefault("report", fixed_report(case, TODAY))
    return draft(case, out, today=TODAY, **kwargs)  # type: ignore[arg-type]


def _text(path: Path) -> str:
    """Body, table and footer text of a .docx (python-docx), for checks that do not need the layout."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


# --- drafting -----------------------------------------------------------------------------------------------


def test_draft_writes_the_three_documents_with_chinese_names(weilidai: Case, tmp_path: Path) -> None:
    paths = _draft(weilidai, tmp_path)
    assert [p.name for p in paths] == ["民事答辩状.docx", "证据目录.docx", "分期还款申请书.docx"]
    # the companion documents this case does not call for are offered, each with why
    assert [doc for doc, _ in paths.skipped] == [
        "objection",
        "small_claims_objection",
        "cross_examination",
        "power_of_attorney",
        "representative_certificate",
        "evidence_extension",
        "negotiation",
    ]
    for path, title in zip(paths, ("民事答辩状", "证据目录", "分期还款申请书"), strict=True):
        first = docx.Document(str(path)).paragraphs[0].text
        assert first == title
    assert not list(tmp_path.glob(".*")), "no temporary file is left behind"


def test_element_rows_left_to_confirm_are_reported(weilidai: Case, tmp_path: Path) -> None:
    element = _draft(weilidai, tmp_path / "element", documents=("answer",))
    labels = {row["label"] for row in element.unconfirmed}
    assert "对借款金额有无异议" in labels and "本金" not in labels  # 本金 was entered
    narrative = _draft(weilidai, tmp_path / "narrative", style="narrative", documents=("answer",))
    assert narrative.unconfirmed == ()


def test_electronic_service_not_set_is_marked_and_listed(weilidai: Case, tmp_path: Path) -> None:
    """是否接受电子送达 left blank with nobody told: the form shows a marker and draft() lists it to confirm."""
    case = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, electronic_service=None, email=""))
    element = _draft(case, tmp_path / "unset", documents=("answer",))
    text = _text(element[0])
    assert "是☐" in text and "否☐【待确认：是否接受电子送达】" in text
    assert element.unconfirmed[0] == {
        "section": "delivery",
        "key": "electronic_service",
        "label": "是否接受电子送达",
        "field": "defence.electronic_service",
    }
    assert all(item["field"] == f"defence.{item['section']}.{item['key']}" for item in element.unconfirmed[1:])
    for value, ticked in ((True, "是☑"), (False, "否☑")):
        chosen = attrs.evolve(case, defence=attrs.evolve(case.defence, electronic_service=value))
        paths = _draft(chosen, tmp_path / str(value), documents=("answer",))
        shown = _text(paths[0])
        assert ticked in shown and "是否接受电子送达】" not in shown
        assert "defence.electronic_service" not in {item["field"] for item in paths.unconfirmed}
    narrative = _draft(case, tmp_path / "narrative", style="narrative", documents=("answer",))
    assert narrative.unconfirmed == () and "电子送达" not in _text(narrative[0])


def test_delivery_phone_falls_back_to_the_defendants_then_is_marked(weilidai: Case, tmp_path: Path) -> None:
    def delivery(case: Case) -> dict[str, str]:
        return template_context(case, fixed_report(case, TODAY), TODAY)["answer"]["delivery"]

    assert delivery(weilidai)["phone"] == "13711112222"
    no_phone = attrs.evolve(weilidai, defendant=attrs.evolve(weilidai.defendant, phone=""))
    own = attrs.evolve(no_phone, defence=attrs.evolve(no_phone.defence, delivery_phone="020-8888××××"))
    assert delivery(own)["phone"] == "020-8888××××"
    assert delivery(no_phone)["phone"] == "【待填：联系电话】"
    paths = _draft(no_phone, tmp_path, documents=("answer",))
    text = _text(paths[0])
    assert re.search(r"电话：【待填：联系电话】\s*是否接受电子送达", text), "the delivery block's phone is marked"
    assert ("answer", "defendant.phone", "答辩人联系电话") in {
        (m["document"], m["field"], m["label"]) for m in paths.missing
    }


def test_narrative_answer_carries_the_entered_element_rows(weilidai: Case) -> None:
    """The narrative form has no rows: what [defence.items]/[defence.facts] say becomes points of their own
    after the entered points, one for the claims and one for the facts, a paragraph per row."""
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY, style="narrative")
    points = context["answer"]["points"]
    assert [p["title"] for p in points[2:]] == [
        "对原告各项诉讼请求的意见",
        "对原告所述事实的意见",
        "原告应就借款提前到期的条件已经成就承担举证责任",
    ]
    assert points[2]["body"].split("\n") == [
        "（一）本金：对借款本金余额15,600.00元无异议。",
        "（二）利息：有异议。利息、罚息、复利合计折合年利率超过24%，超出部分应予调减。",
    ]
    assert points[3]["body"] == "还款情况：无异议。答辩人已偿还本金4,400.00元。"
    assert points[4]["suggested"] and [p["no_zh"] for p in points] == ["一", "二", "三", "四", "五"]
    card = attrs.evolve(
        weilidai,
        court=attrs.evolve(weilidai.court, cause="信用卡纠纷"),
        defence=attrs.evolve(
            weilidai.defence,
            items={"basis": Position(False, "  ")},
            facts={"exemption": Position(True, "债权已超过诉讼时效"), "notice": Position(True, "")},
            points=(),
            suggest=False,
        ),
    )
    points = template_context(card, None, TODAY, style="narrative")["answer"]["points"]
    assert [(p["title"], p["body"]) for p in points] == [
        (
            "对原告所述事实的意见",
            "（一）原告是否对格式条款履行提示说明义务：有异议。\n（二）其他免责/减责事由：有。债权已超过诉讼时效。",
        )
    ], "a blank text-only row is left out; a position without text still says it"
    element = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY, style="element")
    assert [p["title"] for p in element["answer"]["points"]][2:] == [
        "原告应就借款提前到期的条件已经成就承担举证责任"
    ], "the element form prints the rows in its table, not as points"


def test_a_failed_write_leaves_neither_the_file_nor_a_temporary(
    weilidai: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import summons_kit.atomic as atomic

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        _draft(weilidai, tmp_path, documents=("evidence",))
    assert list(tmp_path.iterdir()) == []


def test_instalment_request_is_skipped_and_said_so_when_there_is_no_plan(weilidai: Case, tmp_path: Path) -> None:
    case = attrs.evolve(weilidai, instalment=None)
    paths = _draft(case, tmp_path)
    assert [p.name for p in paths] == ["民事答辩状.docx", "证据目录.docx"]
    assert paths.skipped[0][0] == "instalment" and "分期方案" in paths.skipped[0][1]
    assert not (tmp_path / "分期还款申请书.docx").exists()


def test_never_overwrites_without_force(weilidai: Case, tmp_path: Path) -> None:
    target = tmp_path / FILE_NAMES["evidence"]
    target.write_bytes(b"the lawyer's own edits")
    with pytest.raises(FileExistsError) as caught:
        _draft(weilidai, tmp_path)
    message = str(caught.value)
    assert str(target) in message and "已存在" in message and "exists" in message
    assert target.read_bytes() == b"the lawyer's own edits"
    assert not (tmp_path / FILE_NAMES["answer"]).exists(), "nothing is written when one target exists"
    paths = _draft(weilidai, tmp_path, force=True)
    assert target in paths and zipfile.is_zipfile(target)


def test_a_failing_template_leaves_no_file_and_no_temporary(weilidai: Case, tmp_path: Path) -> None:
    broken = write_docx(tmp_path / "broken.docx", "{{ court.nmae }}")
    out = tmp_path / "out"
    with pytest.raises(TemplateError):
        _draft(weilidai, out, templates={"answer": broken})
    assert not out.exists() or list(out.iterdir()) == []


def test_strict_mode_refuses_and_lists_every_missing_field(weilidai: Case, tmp_path: Path) -> None:
    case = attrs.evolve(weilidai, defendant=attrs.evolve(weilidai.defendant, address="", phone="", ethnicity=""))
    with pytest.raises(CaseError) as caught:
        _draft(case, tmp_path, strict=True)
    fields = {p.field for p in caught.value.problems}
    assert {"defendant.address", "defendant.phone", "defendant.ethnicity"} <= fields
    assert "答辩人住所" in str(caught.value) and "民事答辩状" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_without_strict_missing_values_are_marked_and_listed(weilidai: Case, tmp_path: Path) -> None:
    case = attrs.evolve(weilidai, defendant=attrs.evolve(weilidai.defendant, address=""))
    paths = _draft(case, tmp_path, style="narrative")
    answer = _text(paths[0])
    assert "住【待填：住所】" not in answer and "【待填：住所】" in answer
    missing = {(m["document"], m["field"], m["label"]) for m in paths.missing}
    assert ("answer", "defendant.address", "答辩人住所") in missing
    assert ("instalment", "defendant.address", "申请人住所") in missing


def test_user_template_is_used(weilidai: Case, tmp_path: Path) -> None:
    mine = write_docx(
        tmp_path / "firm_answer.docx",
        "某某律师事务所代拟答辩状",
        "案号：{{ court.case_number }}；答辩人：{{ defendant.name }}",
    )
    paths = _draft(weilidai, tmp_path / "out", templates={"answer": mine}, documents=("answer",))
    text = _text(paths[0])
    assert "某某律师事务所代拟答辩状" in text and "案号：（2025）粤0391民初18888号；答辩人：张伟" in text


def test_unknown_document_name_is_refused(weilidai: Case, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown document 'answr'"):
        _draft(weilidai, tmp_path, documents=("answr",))


def test_an_impossible_plan_is_refused_naming_the_field(weilidai: Case, tmp_path: Path) -> None:
    # (months outside 1-60 cannot even be entered: the model refuses them; see test_load.py)
    plan = weilidai.instalment
    case = attrs.evolve(weilidai, instalment=attrs.evolve(plan, down_payment=weilidai.instalment_total))
    with pytest.raises(CaseError) as caught:
        _draft(case, tmp_path)
    assert caught.value.problems[0].field == "instalment.down_payment"
    # the other documents can still be drafted on their own
    assert len(_draft(case, tmp_path, documents=("answer", "evidence"))) == 2


# --- safety of rendering ------------------------------------------------------------------------------------


def test_sandbox_refuses_unsafe_attribute_access(weilidai: Case, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", "{{ ''.__class__.__mro__ }}")
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, template_context(weilidai, fixed_report(weilidai, TODAY), TODAY))
    assert "不安全" in str(caught.value) and "unsafe" in str(caught.value) and str(path) in str(caught.value)


def test_typo_is_an_error_naming_the_template_and_the_variable(weilidai: Case, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", "法院：{{ court.nmae }}")
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, template_context(weilidai, fixed_report(weilidai, TODAY), TODAY))
    error = caught.value
    assert error.variable == "court.nmae" and error.template == str(path.resolve())
    assert "court.name" in str(error) and "{{ court.nmae }}" in str(error)


def test_typo_in_a_loop_variable_in_the_header(weilidai: Case, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "t.docx", "正文", header="{% for c in claims %}{{ c.txt }}{% endfor %}")
    with pytest.raises(TemplateError) as caught:
        render_bytes(path, template_context(weilidai, fixed_report(weilidai, TODAY), TODAY))
    assert caught.value.part == "word/header1.xml" and caught.value.variable == "c.txt"
    assert "c.text" in str(caught.value)


def test_values_are_escaped_and_newlines_become_paragraphs(weilidai: Case, tmp_path: Path) -> None:
    value = 'A&B <甲> "乙"\r\n第二行\x0b'
    case = attrs.evolve(weilidai, defendant=attrs.evolve(weilidai.defendant, name=value))
    path = write_docx(tmp_path / "t.docx", "被告：{{ defendant.name }}。")
    out = tmp_path / "out.docx"
    out.write_bytes(render_bytes(path, template_context(case, fixed_report(case, TODAY), TODAY)))
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs == ['被告：A&B <甲> "乙"', "第二行。"]
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "A&amp;B &lt;甲&gt;" in xml and "\n第二行" not in xml and "\a" not in xml


def test_templates_are_compiled_once_per_file_version(weilidai: Case, tmp_path: Path) -> None:
    clear_cache()
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    path = template_path("evidence")
    for _ in range(3):
        render_bytes(path, context)
    info = cache_info()
    assert (info.misses, info.hits) == (1, 2)
    copy = tmp_path / "copy.docx"
    copy.write_bytes(path.read_bytes())
    first = load_template(copy)
    assert load_template(copy) is first
    document = docx.Document(str(copy))
    document.add_paragraph("{{ court.name }}")
    document.save(str(copy))
    assert load_template(copy) is not first, "a changed file is compiled again"


# --- the context --------------------------------------------------------------------------------------------


def test_context_page_ranges_and_groups(weilidai: Case) -> None:
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    assert [e["pages_range"] for e in context["evidence"]] == ["1-3", "4-5", "6"]
    groups = context["evidence_list"]["groups"]
    assert [(g["heading"], [i["no"] for i in g["items"]]) for g in groups] == [
        ("一、还款情况", [1, 2]),
        ("二、经济困难", [3]),
    ]
    assert context["evidence_list"]["total_pages"] == 6


def test_unknown_page_count_is_marked_once(weilidai: Case) -> None:
    items = (Evidence("甲", pages=2), Evidence("乙"), Evidence("丙", pages=1))
    context = template_context(attrs.evolve(weilidai, evidence=items), fixed_report(weilidai, TODAY), TODAY)
    assert [e["pages_range"] for e in context["evidence"]] == ["1-2", "【待填：证据2页数】", ""]
    assert context["evidence_list"]["total_pages"] == ""


def test_points_entered_then_suggested_with_evidence_references(weilidai: Case) -> None:
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    points = context["answer"]["points"]
    assert [p["no_zh"] for p in points] == ["一", "二", "三"]
    assert points[0]["evidence_refs"] == "（见证据1、2）" and points[1]["evidence_refs"] == "（见证据3）"
    # the citation goes before the full stop; a point typed without one gets it
    assert points[0]["body"].endswith("超过部分应予调减（见证据1、2）。")
    assert points[1]["body"] == "答辩人因失业收入骤减，并非恶意拖欠，愿意分期清偿（见证据3）。"
    assert points[2]["suggested"] and points[2]["code"] == "claims.acceleration"
    assert points[2]["title"] == "原告应就借款提前到期的条件已经成就承担举证责任"
    quiet = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, suggest=False))
    assert len(template_context(quiet, fixed_report(quiet, TODAY), TODAY)["answer"]["points"]) == 2


def test_an_entered_point_on_the_same_topic_wins_over_the_suggestion(weilidai: Case) -> None:
    """The 微粒贷 case's first point argues the 24% cap (its title says 24%): the checks' 24% point is not
    printed a second time, but its basis is still cited; without that point, the suggestion is printed."""
    report = fixed_report(weilidai, TODAY)
    answer = template_context(weilidai, report, TODAY)["answer"]
    texts = " ".join(p["text"] for p in answer["points"])
    assert "叠加计收" not in texts and [p["code"] for p in answer["points"] if p["suggested"]] == [
        "claims.acceleration"
    ]
    assert "法发〔2017〕22号" in answer["facts"]["basis"]["text"]
    # without that point — and without the disputed rows, whose texts argue the cap too — it is printed
    bare = attrs.evolve(weilidai.defence, points=weilidai.defence.points[1:], items={}, facts={})
    points = template_context(attrs.evolve(weilidai, defence=bare), report, TODAY)["answer"]["points"]
    assert [(p["code"], p["title"]) for p in points if p["suggested"]] == [
        ("rate.combined_above_24", "原告主张的利息、罚息、复利等合计超过司法保护上限的部分应予调减"),
        ("claims.acceleration", "原告应就借款提前到期的条件已经成就承担举证责任"),
    ]
    # a disputed element row on the topic is the lawyer's own argument as well
    row = Position(disputed=True, text="罚息与复利叠加计算，折合年利率超过24%，超出部分应予调减。")
    argued = attrs.evolve(bare, items={"interest": row})
    points = template_context(attrs.evolve(weilidai, defence=argued), report, TODAY)["answer"]["points"]
    assert [p["code"] for p in points if p["suggested"]] == ["claims.acceleration"]
    # ... an undisputed one is not
    agreed = attrs.evolve(bare, items={"interest": Position(disputed=False, text=row.text)})
    points = template_context(attrs.evolve(weilidai, defence=agreed), report, TODAY)["answer"]["points"]
    assert [p["code"] for p in points if p["suggested"]] == ["rate.combined_above_24", "claims.acceleration"]
    # a point without a title is matched on its text
    untitled = AnswerPoint(text="原告的利率明显过高，超过年利率24%的部分请求调减。")
    mine = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, points=(untitled,)))
    codes = [p["code"] for p in template_context(mine, report, TODAY)["answer"]["points"]]
    assert codes == ["", "claims.acceleration"]


def test_suggested_points_come_from_the_real_checks(weilidai: Case) -> None:
    from summons_kit.check import check
    from summons_kit.fields.text import zh_punctuation

    # the loan still running at filing (last instalment after it), so that acceleration suggests a point
    weilidai = attrs.evolve(weilidai, loan=attrs.evolve(weilidai.loan, last_due=dt.date(2026, 7, 2)))
    report = check(weilidai, TODAY)
    suggested = suggestions(weilidai.defence.points, report.findings)
    assert any(not s.printed for s in suggested), "the case's own 24% point covers the rate finding"
    expected = [zh_punctuation(s.text) for s in suggested if s.printed]
    assert expected, "the 微粒贷 case's acceleration should suggest a point"
    points = template_context(weilidai, report, TODAY)["answer"]["points"]
    assert [p["text"] for p in points if p["suggested"]] == expected
    assert all(p["title"] for p in points if p["suggested"])
    computed = template_context(weilidai, None, TODAY)["answer"]["points"]  # report=None: checked on the spot
    assert [p["text"] for p in computed if p["suggested"]] == expected


def test_element_basis_row_cites_the_bases_as_a_filing_does(weilidai: Case) -> None:
    answer = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["answer"]
    assert answer["facts"]["basis"]["text"] == (
        "合同的提前到期条款；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条；"
        "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条。"
    )
    other = answer["facts"]["other"]["text"]
    assert other.startswith("一、利息、罚息和复利合计超过年利率24%的部分应予调减：")
    assert "\n三、原告应就借款提前到期的条件已经成就承担举证责任：原告主张借款全部提前到期，" in other


@pytest.mark.parametrize(
    ("bases", "cited"),
    [
        (
            ["民法典第188条、第192条；诉讼时效司法解释第3条", "民法典第546条、第548条；合同编通则解释（2023）第48条"],
            "《中华人民共和国民法典》第一百八十八条、第一百九十二条、第五百四十六条、第五百四十八条；"
            "《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第三条；"
            "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》第四十八条",
        ),
        (
            [
                "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第2条 (unverified verbatim)；"
                "民法典第585条",
                "司法实践（罚息与违约金不宜重复计收，无单一条文）；民法典第585条第2款",
            ],
            "《中华人民共和国民法典》第五百八十五条；"
            "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条",
        ),
        (
            ["合同约定；民诉法解释第90条（举证责任）", "民法典第201-203条"],
            "合同约定；《中华人民共和国民法典》第二百零一条至第二百零三条；"
            "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条",
        ),
        (["《中华人民共和国民法典》第一百八十八条", "民法典第188条"], "《中华人民共和国民法典》第一百八十八条"),
        ([""], ""),
    ],
)
def test_court_citations(bases: list[str], cited: str) -> None:
    assert court_citations(bases) == cited


def test_cited_evidence_missing_from_the_list(weilidai: Case) -> None:
    points = (AnswerPoint(text="甲", evidence=(1, 5)),)
    case = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, points=points))
    context = template_context(case, fixed_report(case, TODAY), TODAY)
    assert context["answer"]["cited_missing"] == [5]
    assert context["answer"]["points"][0]["evidence_refs"] == "（见证据1、5【待填：证据目录第5项】）"
    assert any(m["field"] == "defence.points[0].evidence" for m in context["missing"])


def test_element_rows_tick_entered_positions_and_fill_known_facts(weilidai: Case) -> None:
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    answer = context["answer"]
    principal, interest = answer["items"]["principal"], answer["items"]["interest"]
    assert (principal["agree_box"], principal["dispute_box"]) == ("☑", "☐")
    assert (interest["agree_box"], interest["dispute_box"]) == ("☐", "☑")
    amount = answer["facts"]["amount"]
    assert (amount["agree_box"], amount["dispute_box"]) == ("☐", "☐")
    assert amount["text"] == "借款金额人民币20,000.00元。【待确认：有无异议】"
    assert answer["facts"]["guaranty"]["text"] == "无" and answer["items"]["costs"]["text"] == "无"
    # typed with ASCII punctuation in the case: printed with Chinese punctuation, figures untouched
    assert answer["facts"]["contract"]["text"].startswith(
        "《微粒贷借款合同》，编号WLD20231102008817，签订时间2023年11月2日，签订地点线上（微信“微粒贷”平台，电子签名）"
    )
    assert [r["key"] for r in answer["item_rows"]] == [
        "principal",
        "interest",
        "acceleration",
        "guarantee",
        "costs",
        "other",
        "total",
    ]


def test_element_rows_the_case_knows_nothing_about_are_marked(weilidai: Case) -> None:
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    facts = context["answer"]["facts"]
    assert facts["exemption"]["text"] == "【待确认：有无免责、减责事由】"
    assert (facts["exemption"]["yes_box"], facts["exemption"]["no_box"]) == ("☐", "☐")
    labels = {(u["section"], u["key"]) for u in context["unconfirmed"]}
    assert ("facts", "exemption") in labels and ("facts", "guaranty") not in labels
    quiet = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, points=(), suggest=False))
    facts = template_context(quiet, None, TODAY)["answer"]["facts"]
    assert facts["basis"]["text"] == "【待确认：答辩的依据】"
    assert facts["other"]["text"] == "【待确认：其他需要说明的内容】"


@pytest.mark.parametrize(
    ("repaid", "principal", "last", "text"),
    [
        ("5000", None, None, "已还款人民币5,000.00元。"),
        (None, "4400", None, "已偿还本金人民币4,400.00元。"),
        ("5000", "4400", None, "已还款人民币5,000.00元，其中本金人民币4,400.00元。"),
        (None, None, None, ""),
        (
            "5000",
            "4400",
            dt.date(2025, 1, 2),
            "已还款人民币5,000.00元，其中本金人民币4,400.00元，最后一次还款日2025年1月2日。",
        ),
        (None, "4400", dt.date(2025, 1, 2), "已偿还本金人民币4,400.00元，最后一次还款日2025年1月2日。"),
        (None, None, dt.date(2025, 1, 2), "最后一次还款日2025年1月2日。"),
    ],
)
def test_repayment_row_is_a_whole_sentence_whatever_is_known(
    weilidai: Case, repaid: str | None, principal: str | None, last: dt.date | None, text: str
) -> None:
    """还款情况 (loan form) and 已还款金额 (card form), not entered: never a dangling 其中本金…"""
    loan = attrs.evolve(
        weilidai.loan,
        repaid=Decimal(repaid) if repaid else None,
        repaid_principal=Decimal(principal) if principal else None,
        last_payment_on=last,
    )
    case = attrs.evolve(weilidai, loan=loan, defence=attrs.evolve(weilidai.defence, facts={}))
    facts = template_context(case, fixed_report(case, TODAY), TODAY)["answer"]["facts"]
    for key in ("repayment", "repaid"):
        assert facts[key]["known"] == text, key
        assert facts[key]["text"] == f"{text}【待确认：有无异议】", key
        assert not facts[key]["text"].startswith("其中")


@pytest.mark.parametrize(
    ("written", "body"),
    [
        ("1、判令被告偿还本金", "判令被告偿还本金"),
        ("1.判令被告偿还本金", "判令被告偿还本金"),
        ("2. 判令被告偿还本金", "判令被告偿还本金"),
        ("3．判令被告偿还本金", "判令被告偿还本金"),
        ("(1)判令被告偿还本金", "判令被告偿还本金"),
        ("（2）判令被告偿还本金", "判令被告偿还本金"),
        ("1）判令被告偿还本金", "判令被告偿还本金"),
        ("一、判令被告偿还本金", "判令被告偿还本金"),
        ("（三）判令被告偿还本金", "判令被告偿还本金"),
        ("十二、判令被告偿还本金", "判令被告偿还本金"),
        ("①判令被告偿还本金", "判令被告偿还本金"),
        ("第一项：判令被告偿还本金", "判令被告偿还本金"),
        ("判令被告偿还本金", "判令被告偿还本金"),
        ("1.5万元借款本金由被告偿还", "1.5万元借款本金由被告偿还"),  # a figure, not a number
        ("一次性偿还本金", "一次性偿还本金"),
        ("2025年7月31日前的利息", "2025年7月31日前的利息"),
    ],
)
def test_claim_body_drops_the_complaints_numbering(written: str, body: str) -> None:
    assert claim_body(written) == body


def test_element_rows_quote_the_claims_without_their_numbers(weilidai: Case) -> None:
    numbered = ("1、", "（2）", "③", "四、")
    claims = tuple(attrs.evolve(c, text=n + c.text) for n, c in zip(numbered, weilidai.claims, strict=True))
    case = attrs.evolve(weilidai, claims=claims)
    items = template_context(case, fixed_report(case, TODAY), TODAY)["answer"]["items"]
    assert items["principal"]["known"] == "原告诉请：判令被告立即偿还借款本金人民币15,600.00元。"
    interest = items["interest"]["known"]
    assert interest.startswith("原告诉请：判令被告支付截至2025年7月31日的利息")
    assert "；判令被告支付自2025年8月1日起至实际清偿之日止的罚息和复利" in interest
    for n in numbered:
        assert n not in interest and n not in items["principal"]["known"]


def test_evidence_numbers_below_one_are_never_cited(weilidai: Case, tmp_path: Path) -> None:
    """The model refuses them (证据序号应从1开始); built past it, the context still never prints 见证据0."""
    with pytest.raises(ValueError, match="evidence numbers start at 1"):
        AnswerPoint(text="甲", evidence=(0,))
    with attrs.validators.disabled():
        point = AnswerPoint(text="罚息过高，应予调减", evidence=(0, 1, -2, 7))
    case = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, points=(point,)))
    context = template_context(case, fixed_report(case, TODAY), TODAY)
    refs = context["answer"]["points"][0]["evidence_refs"]
    assert refs == "（见证据【待填：证据序号】、1、【待填：证据序号】、7【待填：证据目录第7项】）"
    missing = [m for m in context["missing"] if m["field"] == "defence.points[0].evidence"]
    assert len(missing) == 1 and "0无效" in missing[0]["label"]
    paths = _draft(case, tmp_path, style="narrative", documents=("answer",))
    text = _text(paths[0])
    assert "罚息过高，应予调减（见证据【待填：证据序号】、1、【待填：证据序号】、7【待填：证据目录第7项】）。" in text
    assert re.search(r"证据-?0|证据-\d|、-\d|、0[、）]", text) is None
    element = _text(_draft(case, tmp_path / "element", documents=("answer",))[0])
    assert "证据0" not in element and "证据-2" not in element and "（见证据【待填：证据序号】、1、" in element


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_drafts_get_the_permissions_of_a_new_file(weilidai: Case, tmp_path: Path) -> None:
    """Not mkstemp's 0600: 0666 less the umask, as any program writing a new file; a replaced file keeps its
    own."""
    for umask, expected in ((0o022, 0o644), (0o027, 0o640), (0o002, 0o664)):
        previous = os.umask(umask)
        try:
            paths = _draft(weilidai, tmp_path / oct(umask), documents=("answer", "evidence"))
        finally:
            os.umask(previous)
        assert [stat.S_IMODE(p.stat().st_mode) for p in paths] == [expected, expected], oct(umask)
    target = tmp_path / oct(0o022) / FILE_NAMES["evidence"]
    target.chmod(0o600)
    _draft(weilidai, target.parent, documents=("evidence",), force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_total_row_states_the_amount_in_figures_and_capitals(weilidai: Case) -> None:
    total = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["answer"]["items"]["total"]
    assert total["text"] == (
        "原告主张标的总额人民币17,018.10元（大写：人民币壹万柒仟零壹拾捌元壹角）。【待确认：有无异议】"
    )
    entered = attrs.evolve(
        weilidai.defence,
        items={**weilidai.defence.items, "total": Position(True, "应扣减超过年利率24%的部分。")},
    )
    total = template_context(attrs.evolve(weilidai, defence=entered), None, TODAY)["answer"]["items"]["total"]
    assert total["text"] == (
        "原告主张标的总额人民币17,018.10元（大写：人民币壹万柒仟零壹拾捌元壹角）。应扣减超过年利率24%的部分。"
    )
    assert total["dispute_box"] == "☑"


def test_every_text_of_the_context_has_chinese_punctuation(weilidai: Case) -> None:
    """The one typesetting pass: no ASCII , ; : ( ) next to a Chinese character anywhere in the context."""
    import re

    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    bad = re.compile(r"[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]")

    def texts(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [t for value in node.values() for t in texts(value)]
        if isinstance(node, list | tuple):
            return [t for value in node for t in texts(value)]
        return []

    found = [t for t in texts(context) if bad.search(t)]
    assert found == []
    assert context["loan"]["repayment_method"] == "按月等额本息，每月2日还款"
    assert context["instalment"]["reasons"] == (
        "申请人自2024年11月失业，目前靠打零工维持生活；\n母亲患病住院，需要支付医疗费用。"
    )
    assert context["claims"][0]["text"] == "判令被告立即偿还借款本金人民币15,600.00元"


def test_instalment_context_schedule(weilidai: Case) -> None:
    """No [instalment] total: the request offers what the answer leaves undisputed (the principal 15,600.00), never
    the disputed interest (民诉法解释 第107条: no concession by default); the agreed day (Sunday 2 November) stands."""
    plan = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["instalment"]
    assert plan["total"] == "15,600.00" and plan["total_words"] == "人民币壹万伍仟陆佰元整"
    assert len(plan["rows"]) == 12 and plan["rows"][0]["due"] == "2025年11月2日"
    amounts = [Decimal(r["amount"].replace(",", "")) for r in plan["rows"]]
    assert sum(amounts) == Decimal("15600.00")
    assert plan["rolled"] is False and "第一百零七条" in plan["reservation"]
    # given, the total is the case's; with roll_to_workday a due day on a rest day moves to the next working day
    given = attrs.evolve(
        weilidai, instalment=attrs.evolve(weilidai.instalment, total=Decimal("17018.10"), roll_to_workday=True)
    )
    plan = template_context(given, None, TODAY)["instalment"]
    assert plan["total"] == "17,018.10" and plan["total_words"] == "人民币壹万柒仟零壹拾捌元壹角"
    assert plan["rows"][0]["due"] == "2025年11月3日" and plan["rolled"] is True


def test_instalment_parties_and_the_monthly_budget(weilidai: Case, card: Case) -> None:
    plan = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["instalment"]
    assert plan["party_block"][0].startswith("申请人（被告）：张伟，男，")
    assert plan["counterparty_block"] == [
        "被申请人（原告）：深圳前海微众银行股份有限公司，住所地深圳市前海深港合作区前湾一路1号A栋201室，"
        "统一社会信用代码91440300MA5G8RTU22。",
        "法定代表人：陈某某，董事长。",
    ]
    # 3,000.00 - 2,200.00 leaves 800.00 a month, less than an instalment of 1,300.00 (15,600.00 / 12, the default
    # total being the undisputed principal): not claimed to suffice
    assert plan["monthly_surplus"] == "800.00" and plan["surplus_covers"] is False
    richer = attrs.evolve(weilidai, instalment=attrs.evolve(weilidai.instalment, monthly_income=Decimal("3700")))
    plan = template_context(richer, None, TODAY)["instalment"]
    assert (plan["monthly_surplus"], plan["regular_amount"], plan["surplus_covers"]) == ("1,500.00", "1,300.00", True)
    court = template_context(card, None, TODAY)["instalment"]
    assert court["counterparty_block"][0].startswith("原告：北京某某资产管理有限公司，住所地")
    # 每月30日: the first instalment's agreed day is a Saturday and stays (a debtor may pay early); only with
    # roll_to_workday is it paid on Monday 1 June
    assert (court["instalments_from"], court["day"], court["rows"][1]["due"]) == ("2026年5月30日", 30, "2026年5月30日")
    rolled = attrs.evolve(card, instalment=attrs.evolve(card.instalment, roll_to_workday=True))
    assert template_context(rolled, None, TODAY)["instalment"]["rows"][1]["due"] == "2026年6月1日"


def test_no_context_key_hides_a_dict_method(weilidai: Case) -> None:
    """Templates may also be rendered by plain Jinja: keys must not shadow dict methods (items is the
    exception the kit's environment resolves, see render.KitEnvironment)."""
    context = template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)
    clashes = set()

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if hasattr(dict, key) and key != "items":
                    clashes.add(f"{path}.{key}")
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, f"{path}[]")

    walk(context, "")
    assert clashes == set()


def test_template_path_picks_the_form_by_cause() -> None:
    assert template_path("answer", "element", cause="金融借款合同纠纷").name == "answer_element_loan.docx"
    assert template_path("answer", "element", cause="信用卡纠纷").name == "answer_element_card.docx"
    assert template_path("answer", cause="信用卡纠纷").name == "answer_element_card.docx"
    assert template_path("answer", cause="民间借贷纠纷").name == "answer_narrative.docx"
    assert template_path("answer", "element_card").name == "answer_element_card.docx"
    assert template_path("instalment").name == "instalment_request.docx"
    with pytest.raises(ValueError, match="民间借贷纠纷"):
        template_path("answer", "element", cause="民间借贷纠纷")
    with pytest.raises(ValueError, match="unknown document"):
        template_path("complaint")
    assert {(d, s) for d, s, _ in builtin_templates()} == {
        ("answer", "narrative"),
        ("answer", "element_loan"),
        ("answer", "element_card"),
        ("evidence", ""),
        ("instalment", ""),
        ("objection", ""),
        ("small_claims_objection", ""),
        ("cross_examination", ""),
        ("power_of_attorney", ""),
        ("representative_certificate", ""),
        ("evidence_extension", ""),
        ("negotiation", ""),
    }


def test_instalment_without_claim_amounts_is_marked(weilidai: Case) -> None:
    claims = tuple(attrs.evolve(c, amount=None) for c in weilidai.claims)
    case = attrs.evolve(weilidai, claims=claims, instalment=Instalment(months=6, first_due=dt.date(2025, 12, 1)))
    context = template_context(case, fixed_report(case, TODAY), TODAY)
    assert context["instalment"]["total"] == "【待填：分期总额】" and context["instalment"]["rows"] == []
    assert any(m["field"] == "instalment.total" for m in context["missing"])


def _with_footnote(tmp_path: Path, note: str) -> Path:
    """A template whose footnotes part holds ``note`` (python-docx cannot add footnotes: edit the package)."""
    base = write_docx(tmp_path / "base.docx", "正文")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}><w:footnote w:id="1">'
        f"<w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    path = tmp_path / "footnote.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(info, data)
        target.writestr("word/footnotes.xml", footnotes)
    return path


def test_footnotes_are_rendered_too(weilidai: Case, tmp_path: Path) -> None:
    path = _with_footnote(tmp_path, "注：案号{{ court.case_number }}")
    data = render_bytes(path, template_context(weilidai, fixed_report(weilidai, TODAY), TODAY))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert "注：案号（2025）粤0391民初18888号" in package.read("word/footnotes.xml").decode()


def test_an_almost_empty_case_drafts_with_markers_or_is_refused_in_strict_mode(tmp_path: Path) -> None:
    case = Case(instalment=Instalment(months=6, first_due=dt.date(2026, 1, 5)))
    asked = ("answer", "evidence", "instalment")  # named: the evidence list is drafted though the case has none
    paths = draft(case, tmp_path / "drafts", today=TODAY, documents=asked)
    assert len(paths) == 3 and paths.skipped == ()
    answer, evidence, request = (_text(p) for p in paths)
    for marker in (
        "【待填：受诉法院】",
        "【待填：案号】",
        "【待填：答辩人姓名】",
        "【待填：住所】",
        "【待填：答辩意见】",
    ):
        assert marker in answer, marker
    assert "【待填：证据】" in evidence and "【待填：分期总额】" in request and "【待填：困难原因】" in request
    fields = {m["field"] for m in paths.missing}
    assert {"court.name", "defendant.address", "evidence", "instalment.total", "instalment.reasons"} <= fields
    with pytest.raises(CaseError) as caught:
        draft(case, tmp_path / "strict", today=TODAY, strict=True, documents=asked)
    assert {p.field for p in caught.value.problems} == fields
    by_default = draft(case, tmp_path / "default", today=TODAY)  # no evidence: no evidence list to fill in
    # no court section: the letter to the lender (协商还款申请书) is offered by default too
    assert [p.name for p in by_default] == ["民事答辩状.docx", "分期还款申请书.docx", "协商还款申请书.docx"]
    assert [doc for doc, _ in by_default.skipped if doc in asked] == ["evidence"]
    assert {m["field"] for m in by_default.missing} == fields - {"evidence"}
    with pytest.raises(CaseError) as caught:
        draft(case, tmp_path / "strict-default", today=TODAY, strict=True)
    assert {p.field for p in caught.value.problems} == fields - {"evidence"}


# --- a row with no position, a template's own style, e-mail, no evidence, a folder in the way -------------------


def _with_rows(case: Case, items: dict[str, Position] | None = None, facts: dict[str, Position] | None = None) -> Case:
    defence = attrs.evolve(case.defence, items=items or {}, facts=facts or {})
    return attrs.evolve(case, defence=defence)


def test_a_row_with_text_and_no_position_is_never_ticked_agreed(weilidai: Case, tmp_path: Path) -> None:
    """disputed None is not 无异议 (that would be an admission, 自认): both boxes stay empty, the text ends with
    【待确认：有无异议】 and the row is listed to confirm; True and False still tick their box."""
    case = _with_rows(
        weilidai,
        items={
            "interest": Position(None, "利息计算方式不明。"),
            "principal": Position(False, "对本金无异议。"),
            "costs": Position(True, "无依据。"),
        },
        facts={"exemption": Position(None, "可能超过诉讼时效"), "amount": Position()},
    )
    context = template_context(case, fixed_report(case, TODAY), TODAY)
    items, facts = context["answer"]["items"], context["answer"]["facts"]
    interest = items["interest"]
    assert (interest["agree_box"], interest["dispute_box"]) == ("☐", "☐")
    assert interest["text"] == "利息计算方式不明。【待确认：有无异议】"
    assert interest["entered"] and interest["disputed"] is None
    assert (items["principal"]["agree_box"], items["principal"]["dispute_box"]) == ("☑", "☐")
    assert (items["costs"]["agree_box"], items["costs"]["dispute_box"]) == ("☐", "☑")
    exemption = facts["exemption"]
    assert (exemption["yes_box"], exemption["no_box"]) == ("☐", "☐")
    assert exemption["text"] == "可能超过诉讼时效【待确认：有无免责、减责事由】"
    # Position() says nothing: the row is as if left out (the known facts and the marker)
    assert facts["amount"]["text"] == "借款金额人民币20,000.00元。【待确认：有无异议】"
    assert not facts["amount"]["entered"]
    fields = [u["field"] for u in context["unconfirmed"]]
    assert {"defence.items.interest", "defence.facts.exemption", "defence.facts.amount"} <= set(fields)
    assert "defence.items.principal" not in fields and "defence.items.costs" not in fields

    paths = _draft(case, tmp_path, documents=("answer",))
    text = _text(paths[0])
    assert re.search(r"无异议☐\s*有异议☐\s*事实和理由：利息计算方式不明。【待确认：有无异议】", text)
    assert "defence.items.interest" in {u["field"] for u in paths.unconfirmed}


def test_narrative_prints_a_row_without_position_with_the_marker_not_a_position(weilidai: Case, tmp_path: Path) -> None:
    case = _with_rows(
        weilidai,
        items={"interest": Position(None, "利息计算方式不明"), "principal": Position(False, "本金属实。")},
        facts={"exemption": Position(None, "可能超过诉讼时效。")},
    )
    points = template_context(case, fixed_report(case, TODAY), TODAY, style="narrative")["answer"]["points"]
    by_title = {p["title"]: p["body"] for p in points}
    assert by_title["对原告各项诉讼请求的意见"].split("\n") == [
        "（一）本金：无异议。本金属实。",
        "（二）利息：利息计算方式不明。【待确认：有无异议】",
    ]
    assert by_title["对原告所述事实的意见"] == "其他免责/减责事由：可能超过诉讼时效。【待确认：有无免责、减责事由】"
    paths = _draft(case, tmp_path, style="narrative", documents=("answer",))
    text = _text(paths[0])
    assert "利息：利息计算方式不明。【待确认：有无异议】" in text
    assert "利息：有异议" not in text and "利息：无异议" not in text
    assert [u["field"] for u in paths.unconfirmed] == ["defence.items.interest", "defence.facts.exemption"]


def test_a_row_with_no_position_does_not_argue_a_topic(weilidai: Case) -> None:
    """A disputed row on the acceleration topic keeps the suggested acceleration point out; the same text with no
    position does not (it is not the lawyer's argument until confirmed)."""

    def titles(disputed: bool | None) -> list[str]:
        case = _with_rows(weilidai, items={"acceleration": Position(disputed, "原告宣布提前到期缺乏依据。")})
        context = template_context(case, fixed_report(case, TODAY), TODAY)
        return [p["title"] for p in context["answer"]["points"] if p["suggested"]]

    heading = "原告应就借款提前到期的条件已经成就承担举证责任"
    assert heading not in titles(True)
    assert heading in titles(None)
    assert heading in titles(False)


def _copy_builtin(style: str, folder: Path) -> Path:
    source = template_path("answer", style)
    target = folder / f"firm_{style}.docx"
    target.write_bytes(source.read_bytes())
    return target


def test_an_answer_template_without_a_style_is_drafted_in_its_own_style(weilidai: Case, tmp_path: Path) -> None:
    """A loan case defaults to the element style; a firm's narrative-shaped template must not lose the entered
    rows and the suggestions they would have printed, and an element-shaped one still gets its rows."""
    narrative = _copy_builtin("narrative", tmp_path)
    paths = _draft(weilidai, tmp_path / "n", templates={"answer": narrative}, documents=("answer",))
    text = _text(paths[0])
    for carried in (
        "对原告各项诉讼请求的意见",
        "（二）利息：有异议。利息、罚息、复利合计折合年利率超过24%",
        "对原告所述事实的意见",
        "原告应就借款提前到期的条件已经成就承担举证责任",
    ):
        assert carried in text, carried
    assert "无异议☐" not in text
    element = _copy_builtin("element_loan", tmp_path)
    paths = _draft(weilidai, tmp_path / "e", templates={"answer": element}, documents=("answer",))
    text = _text(paths[0])
    assert re.search(r"无异议☑\s*有异议☐\s*事实和理由：对借款本金余额15,600.00元无异议。", text)
    assert "对原告各项诉讼请求的意见" not in text, "the element form prints the rows in its table"
    assert "defence.facts.amount" in {u["field"] for u in paths.unconfirmed}, "its 【待确认】 rows are listed"
    # a style given (argument or case file) is obeyed, whatever the template looks like
    chosen = attrs.evolve(weilidai, documents=attrs.evolve(weilidai.documents, style="element"))
    paths = _draft(chosen, tmp_path / "c", templates={"answer": narrative}, documents=("answer",))
    assert "对原告各项诉讼请求的意见" not in _text(paths[0])
    paths = _draft(weilidai, tmp_path / "s", templates={"answer": narrative}, documents=("answer",), style="element")
    assert "对原告各项诉讼请求的意见" not in _text(paths[0])


@pytest.mark.parametrize(
    ("paragraph", "style"),
    [
        ("{% for row in answer.item_rows %}{{ row.label }}{{ row.agree_box }}{% endfor %}", "element"),
        ("借款金额：{{ answer.facts.amount.text }}", "element"),
        ("{% set f = answer.facts %}{{ f.rate.text }}", "element"),
        ("{% for p in answer.points %}{{ p.body }}{% endfor %}", "narrative"),
        ("{{ defendant.name }}", "narrative"),
    ],
)
def test_template_style_reads_the_variables(tmp_path: Path, paragraph: str, style: str) -> None:
    from summons_kit.documents.draft import template_style

    assert template_style(write_docx(tmp_path / "t.docx", paragraph)) == style


def test_a_user_template_is_said_to_ask_only_what_it_prints(weilidai: Case, tmp_path: Path) -> None:
    """Drafted.unconfirmed lists the 【待确认】 questions the template actually prints."""
    case = attrs.evolve(weilidai, defence=attrs.evolve(weilidai.defence, electronic_service=None))
    short = write_docx(
        tmp_path / "short.docx",
        "借款金额：{{ answer.facts.amount.agree_box }}{{ answer.facts.amount.text }}",
    )
    paths = _draft(case, tmp_path / "out", templates={"answer": short}, documents=("answer",))
    assert [u["field"] for u in paths.unconfirmed] == ["defence.facts.amount"]
    assert "【待确认：有无异议】" in _text(paths[0])


def test_electronic_service_accepted_without_an_email_is_marked_and_listed(weilidai: Case, tmp_path: Path) -> None:
    def drafted(accepted: bool | None, folder: str) -> tuple[str, set[tuple[str, str, str]]]:
        defence = attrs.evolve(weilidai.defence, electronic_service=accepted, email="")
        paths = _draft(attrs.evolve(weilidai, defence=defence), tmp_path / folder, documents=("answer",))
        return _text(paths[0]), {(m["document"], m["field"], m["label"]) for m in paths.missing}

    text, missing = drafted(True, "yes")
    assert "是☑　电子邮箱：【待填：电子邮箱】" in text
    assert ("answer", "defence.email", "电子邮箱") in missing
    for accepted in (False, None):
        text, missing = drafted(accepted, str(accepted))
        assert "【待填：电子邮箱】" not in text and "电子邮箱：\n" in text
        assert "defence.email" not in {field for _, field, _ in missing}
    assert "电子邮箱：zhangwei.example@163.com" in _text(_draft(weilidai, tmp_path / "given", documents=("answer",))[0])


def test_no_evidence_no_evidence_list_unless_asked_for(weilidai: Case, tmp_path: Path) -> None:
    case = attrs.evolve(weilidai, evidence=(), defence=attrs.evolve(weilidai.defence, points=()))
    paths = _draft(case, tmp_path / "default")
    assert [p.name for p in paths] == ["民事答辩状.docx", "分期还款申请书.docx"]
    assert not (tmp_path / "default" / FILE_NAMES["evidence"]).exists()
    document, reason = paths.skipped[0]
    assert [doc for doc, _ in paths.skipped if doc in ("answer", "evidence", "instalment")] == ["evidence"]
    assert document == "evidence" and "没有证据" in reason and "no evidence" in reason
    assert "答辩人暂无证据提交" in _text(paths[0])
    assert "evidence" not in {m["document"] for m in paths.missing}
    asked = _draft(case, tmp_path / "asked", documents=("evidence",))
    assert [p.name for p in asked] == ["证据目录.docx"] and asked.skipped == ()
    text = _text(asked[0])
    assert "【待填：证据】" in text and "以上证据共0项" in text
    assert ("evidence", "evidence") in {(m["document"], m["field"]) for m in asked.missing}


def test_a_folder_in_place_of_a_draft_is_named_and_nothing_is_written(weilidai: Case, tmp_path: Path) -> None:
    folder = tmp_path / FILE_NAMES["evidence"]
    folder.mkdir()
    for force in (False, True):
        with pytest.raises(IsADirectoryError) as caught:
            _draft(weilidai, tmp_path, force=force)
        message = str(caught.value)
        assert str(folder) in message and "文件夹" in message and "folder" in message and ".tmp" not in message
        assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name], "nothing written"


def test_write_atomic_refuses_a_folder_naming_it(tmp_path: Path) -> None:
    from summons_kit.atomic import write_atomic

    target = tmp_path / "out.ics"
    target.mkdir()
    for force in (False, True):
        with pytest.raises(IsADirectoryError) as caught:
            write_atomic(b"data", target, force=force)
        assert str(caught.value).count(str(target)) == 2, "named in Chinese and in English"
        assert ".tmp" not in str(caught.value)
    assert target.is_dir() and list(target.iterdir()) == [] and list(tmp_path.iterdir()) == [target]


def test_a_person_is_not_asked_for_a_credit_code_nor_an_organization_for_an_id_number(
    weilidai: Case, card: Case
) -> None:
    fields = {m["field"] for m in template_context(weilidai, fixed_report(weilidai, TODAY), TODAY)["missing"]}
    assert "defendant.credit_code" not in fields and "defendant.id_number" not in fields
    company = attrs.evolve(
        card,
        defendant=Party(
            name="杭州某某贸易有限公司",
            kind=PartyKind.ORGANIZATION,
            representative="周某某",
            address="杭州市西湖区某某路88号",
            phone="0571-87650000",
        ),
    )
    missing = template_context(company, None, TODAY)["missing"]
    assert ("answer", "defendant.credit_code") in {(m["document"], m["field"]) for m in missing}
    assert "defendant.id_number" not in {m["field"] for m in missing}
