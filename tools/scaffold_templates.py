"""A one-off scaffold: how the kit's built-in .docx templates were first laid out. NOT the source of the
templates and not used by any test: the committed templates/*.docx are the source, edited in Word (docs/templates.md).

    python tools/scaffold_templates.py OUT_DIR     # write fresh scaffolds into OUT_DIR (never into templates/)

Kept for the record of the typography below and as a starting point for a new template; a template it writes
is a draft to open in Word, not a replacement for the committed file. Content follows the official forms as far
as the kit's legal reference transcribes them:

- answer_narrative.docx: 民事答辩状, 民事诉讼文书样式 (法〔2016〕221号);
- answer_element_loan.docx / answer_element_card.docx: the element-style (要素式) answers for 金融借款合同纠纷
  and 信用卡纠纷 (法〔2024〕46号, replaced by 法〔2025〕82号). The official .docx forms were not obtained: the
  rows come from summons_kit/elements.py and the 说明 box paraphrases the forms' good-faith warning
  (unverified wording);
- evidence_list.docx: 证据目录 (证据规定 第19条: numbered, source, what it proves, signed and dated);
- instalment_request.docx: 分期还款申请书 (customary content; no official form).

Typography (custom borrowed from GB/T 9704-2012; no rule binds party filings): A4; margins top 37 mm, bottom
35 mm, left 28 mm, right 26 mm; title 宋体 bold 22 pt; body 仿宋 16 pt at an exact 28.9 pt line (22 lines a
page); East Asian fonts set through w:rFonts w:eastAsia; tables 仿宋 12 pt with repeating header rows; page
numbers "第 X 页 共 Y 页".
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

from summons_kit.case import elements

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

FANGSONG, SONGTI, HEITI, KAITI = "仿宋", "宋体", "黑体", "楷体"
LATIN = "Times New Roman"
BODY_LINE = Pt(28.9)  # 22 lines on the A4 text block
TABLE_LINE = Pt(20)
TEXT_WIDTH_MM = 210 - 28 - 26  # 156 mm
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

Run = tuple[str, dict[str, object]]  # (text, {"bold": True, "font": HEITI})
Text = str | Sequence[Run]


# --- document and styles ------------------------------------------------------------------------------------


def _font_names(fonts: object, east_asia: str, latin: str = LATIN) -> None:
    """Name the fonts of a w:rFonts outright, dropping the theme fonts."""
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # type: ignore[attr-defined]
    for script, name in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(script), name)  # type: ignore[attr-defined]


def _set_fonts(rpr: object, east_asia: str, latin: str = LATIN) -> None:
    fonts = rpr.get_or_add_rFonts()  # type: ignore[attr-defined]
    _font_names(fonts, east_asia, latin)
    fonts.set(qn("w:hint"), "eastAsia")


def _defaults(doc: DocumentObject) -> None:
    """docDefaults: 仿宋 16 pt, zh-CN, no theme fonts (python-docx's default falls back to MS Mincho)."""
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _font_names(rpr.find(qn("w:rFonts")), FANGSONG)
    rpr.find(qn("w:sz")).set(qn("w:val"), "32")
    rpr.find(qn("w:szCs")).set(qn("w:val"), "32")
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(int(BODY_LINE.pt * 20)))
    spacing.set(qn("w:lineRule"), "exact")


_NAMES: dict[str, str] = {}  # style id -> style name (python-docx looks styles up by name)


def _paragraph_style(
    doc: DocumentObject,
    style_id: str,
    name: str,
    *,
    font: str = FANGSONG,
    size: float = 16,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line_chars: int = 0,
    left_indent_chars: int = 0,
    line: Pt = BODY_LINE,
    before: float = 0,
    after: float = 0,
    keep_next: bool = False,
) -> None:
    _NAMES[style_id] = name
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    _set_fonts(style.element.get_or_add_rPr(), font)
    style.font.size = Pt(size)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = line
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    ind = OxmlElement("w:ind")
    if first_line_chars:
        ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
        ind.set(qn("w:firstLine"), str(int(size * 20 * first_line_chars)))
    if left_indent_chars:
        ind.set(qn("w:leftChars"), str(left_indent_chars * 100))
        ind.set(qn("w:left"), str(int(size * 20 * left_indent_chars)))
    if first_line_chars or left_indent_chars:
        style.element.get_or_add_pPr().append(ind)


def _styles(doc: DocumentObject) -> None:
    _defaults(doc)
    normal = doc.styles["Normal"]
    _set_fonts(normal.element.get_or_add_rPr(), FANGSONG)
    normal.font.size = Pt(16)
    centre, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(
        doc,
        "SKTitle",
        "文书标题",
        font=SONGTI,
        size=22,
        bold=True,
        align=centre,
        line=Pt(40),
        after=6,
        keep_next=True,
    )
    _paragraph_style(doc, "SKSubtitle", "文书副标题", font=KAITI, size=16, align=centre, after=6, keep_next=True)
    _paragraph_style(doc, "SKBody", "正文", first_line_chars=2)
    # 当事人 lines end in long unbreakable figures (公民身份号码): left-aligned, a justified line would be spread out
    _paragraph_style(doc, "SKParty", "当事人", align=left, first_line_chars=2)
    _paragraph_style(doc, "SKHeading", "正文小标题", font=HEITI, first_line_chars=2, keep_next=True)
    _paragraph_style(doc, "SKLead", "正文引导句", first_line_chars=2, keep_next=True)
    _paragraph_style(doc, "SKFlush", "正文顶格", align=left)
    _paragraph_style(doc, "SKAddressee", "致送", align=left, keep_next=True)  # the court after 此致
    _paragraph_style(doc, "SKSalute", "此致", first_line_chars=2, before=14, keep_next=True)
    _paragraph_style(doc, "SKSign", "落款", align=left, left_indent_chars=10, keep_next=True)
    # the last line of a closing block: nothing follows it to keep with (a chain of keep-with-next ending at the
    # end of the document is ignored by LibreOffice)
    _paragraph_style(doc, "SKSignLast", "落款末行", align=left, left_indent_chars=10)
    _paragraph_style(doc, "SKSignFirst", "落款首行", align=left, left_indent_chars=10, before=28, keep_next=True)
    _paragraph_style(doc, "SKTable", "表格文字", size=12, align=left, line=TABLE_LINE)
    _paragraph_style(doc, "SKTableHead", "表格标题", font=HEITI, size=12, align=centre, line=TABLE_LINE)
    _paragraph_style(
        doc, "SKTableSection", "表格分节", font=HEITI, size=12, align=left, line=TABLE_LINE, keep_next=True
    )
    _paragraph_style(doc, "SKNote", "说明", font=KAITI, size=12, align=left, line=Pt(18))
    _paragraph_style(doc, "SKCell", "列表文字", size=10.5, align=left, line=Pt(16))
    _paragraph_style(doc, "SKCellCentre", "列表文字居中", size=10.5, align=centre, line=Pt(16))
    _paragraph_style(doc, "SKCellHead", "列表标题", font=HEITI, size=10.5, align=centre, line=Pt(16))
    _paragraph_style(doc, "SKCellSection", "列表分组", font=HEITI, size=10.5, align=left, line=Pt(16), keep_next=True)
    footer = doc.styles["Footer"]
    _set_fonts(footer.element.get_or_add_rPr(), SONGTI)
    footer.font.size = Pt(12)
    footer.paragraph_format.alignment = centre
    footer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _page_field(paragraph: object, instruction: str) -> None:
    def run_with(child: object) -> None:
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)  # type: ignore[attr-defined]

    def field_char(kind: str) -> None:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run_with(char)

    field_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    field_char("separate")
    text = OxmlElement("w:t")
    text.text = "1"
    run_with(text)
    field_char("end")


def new_document(title: str) -> DocumentObject:
    """An empty A4 document with the kit's styles and a 第 X 页 共 Y 页 footer."""
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(22)
    paragraph = section.footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    paragraph.add_run("第 ")
    _page_field(paragraph, "PAGE")
    paragraph.add_run(" 页 共 ")
    _page_field(paragraph, "NUMPAGES")
    paragraph.add_run(" 页")
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "summons_kit", "summons_kit"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    props.comments = "由 summons_kit 生成的模板;可复制后在 Word 中修改 / a summons_kit template"
    return doc


# --- content helpers ----------------------------------------------------------------------------------------


def _runs(paragraph: object, text: Text) -> None:
    if isinstance(text, str):
        if text:
            paragraph.add_run(text)  # type: ignore[attr-defined]
        return
    for chunk, fmt in text:
        run = paragraph.add_run(chunk)  # type: ignore[attr-defined]
        if fmt.get("bold"):
            run.bold = True
        if fmt.get("font"):
            _set_fonts(run._r.get_or_add_rPr(), str(fmt["font"]))


def para(container: DocumentObject | _Cell, text: Text, style: str) -> None:
    """A paragraph of one style; template tags stay whole inside one run."""
    paragraph = container.add_paragraph(style=_NAMES[style])
    _runs(paragraph, text)


def tag(container: DocumentObject | _Cell, text: str) -> None:
    """A paragraph holding only a {%p … %} tag (docxtpl removes the whole paragraph)."""
    container.add_paragraph(text, style=_NAMES["SKFlush" if isinstance(container, DocumentObject) else "SKTable"])


def lines(doc: DocumentObject, items: str, style: str = "SKParty") -> None:
    """A paragraph for each line of the list ``items`` (a context variable)."""
    tag(doc, f"{{%p for line in {items} %}}")
    para(doc, "{{ line }}", style)
    tag(doc, "{%p endfor %}")


def para_if(doc: DocumentObject, condition: str, text: Text, style: str) -> None:
    """A paragraph printed only when ``condition`` (a template expression) holds."""
    tag(doc, f"{{%p if {condition} %}}")
    para(doc, text, style)
    tag(doc, "{%p endif %}")


def _border(element: object, tag_name: str, edges: Sequence[str], size: int = 4) -> None:
    borders = OxmlElement(tag_name)
    for edge in edges:
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:val"), "single")
        node.set(qn("w:sz"), str(size))
        node.set(qn("w:space"), "0")
        node.set(qn("w:color"), "000000")
        borders.append(node)
    element.append(borders)  # type: ignore[attr-defined]


def table(doc: DocumentObject, widths_mm: Sequence[float]) -> Table:
    """A bordered table of fixed column widths spanning the text block."""
    t = doc.add_table(rows=0, cols=len(widths_mm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tbl_pr = t._tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    width.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    _border(tbl_pr, "w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = OxmlElement("w:tblCellMar")
    for edge, twips in (("left", 85), ("right", 85), ("top", 28), ("bottom", 28)):
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:w"), str(twips))
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    tbl_pr.append(margins)
    for col, mm in zip(t.columns, widths_mm, strict=True):
        col.width = Mm(mm)
    t._sk_widths = list(widths_mm)  # type: ignore[attr-defined]
    return t


def row(
    t: Table,
    cells: Sequence[Text | Sequence[Text]],
    *,
    style: str = "SKTable",
    header: bool = False,
    span: bool = False,
    shade: bool = False,
    styles: Sequence[str] | None = None,
    keep: bool = False,
    keep_next: bool = False,
) -> None:
    """Append a row. A cell is a text (one paragraph) or a list of texts (one paragraph each).

    ``span`` merges the row into one cell; ``header`` repeats the row at the top of every page (w:tblHeader);
    ``keep`` (and ``header``) keep the row on one page (w:cantSplit); ``keep_next`` keeps it on the page of what
    follows the table (the signature under the last row).
    """
    widths = t._sk_widths  # type: ignore[attr-defined]
    new = t.add_row()
    tr_pr = new._tr.get_or_add_trPr()
    if keep or header:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
    targets = list(new.cells)
    for cell, mm in zip(targets, widths, strict=True):
        cell.width = Mm(mm)
    if span:
        merged = targets[0].merge(targets[-1])
        targets = [merged]
    for index, (cell, content) in enumerate(zip(targets, cells, strict=False)):
        cell_style = styles[index] if styles else style
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        texts = [content] if isinstance(content, str) or (content and isinstance(content[0], tuple)) else content
        first = cell.paragraphs[0]
        for i, text in enumerate(texts):
            paragraph = first if i == 0 else cell.add_paragraph()
            paragraph.style = t.part.document.styles[_NAMES[cell_style]]  # type: ignore[attr-defined]
            _runs(paragraph, text)  # type: ignore[arg-type]
        if shade:
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:color"), "auto")
            shd.set(qn("w:fill"), "E7E6E6")
            cell._tc.get_or_add_tcPr().append(shd)
    for cell in targets[len(cells) :]:
        cell.paragraphs[0].style = t.part.document.styles[_NAMES[style]]  # type: ignore[attr-defined]
    if keep_next:
        for cell in targets:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def tag_row(t: Table, text: str) -> None:
    """A row holding only a {%tr … %} tag (docxtpl replaces the whole row)."""
    row(t, [text], span=True, style="SKCell")


def section_row(t: Table, text: str) -> None:
    """A shaded row spanning the table that opens a part of a form."""
    row(t, [text], span=True, shade=True, style="SKTableSection")


# --- the templates ------------------------------------------------------------------------------------------


def _signature(doc: DocumentObject, who: str, date_label: str = "", between: Sequence[str] = ()) -> None:
    """The closing block: who signs, any ``between`` lines, then the date."""
    para(doc, f"{who}：", "SKSignFirst")
    for line in between:
        para(doc, line, "SKSign")
    para(doc, f"{date_label}{{{{ dates.signed_upper }}}}", "SKSignLast")


def answer_narrative() -> DocumentObject:
    """民事答辩状 after 民事诉讼文书样式 (法〔2016〕221号)."""
    doc = new_document("民事答辩状")
    para(doc, "民事答辩状", "SKTitle")
    lines(doc, "answer.party_block")
    para_if(doc, "agent", "{{ agent.line }}", "SKParty")
    para(
        doc,
        "对{{ court.name }}{{ court.case_number }}{{ plaintiff.name }}诉{{ defendant.name }}"
        "{{ court.cause }}一案的起诉，答辩如下：",
        "SKBody",
    )
    tag(doc, "{%p for point in answer.points %}")
    tag(doc, "{%p if point.title %}")
    para(doc, "{{ point.no_zh }}、{{ point.title }}", "SKHeading")
    para(doc, "{{ point.body }}", "SKBody")
    tag(doc, "{%p else %}")
    para(doc, "{{ point.no_zh }}、{{ point.body }}", "SKBody")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    para(doc, "证据和证据来源，证人姓名和住所：", "SKHeading")
    para(doc, "{{ answer.evidence_note }}", "SKBody")
    para(doc, "此致", "SKSalute")
    para(doc, "{{ court.name }}", "SKAddressee")
    para(doc, "附：本答辩状副本{{ answer.copies }}份", "SKLead")
    _signature(doc, "答辩人（签名）")
    return doc


_WARNING = (
    "说明：为了方便您参加诉讼，保护您的合法权利，请填写本表。",
    "1．答辩人应当遵循诚信原则如实填写本表，对所填内容的真实性负责（《中华人民共和国民事诉讼法》第十三条）；"
    "故意作虚假陈述的，将依法承担相应的法律责任。",
    "2．本表所列内容是人民法院查明案件事实所需，请逐项填写；与您的案件无关的项目，可以填“无”或者不填。",
    "3．勾选项请在对应的“☐”内打“√”；本表未能列明的其他内容，可以在“其他需要说明的内容”栏或者另附页填写。",
)
_LABEL_MM, _VALUE_MM = 52, TEXT_WIDTH_MM - 52


def _defendant_rows(t: Table) -> None:
    tag_row(t, "{%tr if defendant.is_person %}")
    row(
        t,
        [
            ["答辩人", "（自然人）"],
            [
                "姓名：{{ defendant.name }}",
                "性别：男{{ defendant.male_box }}　女{{ defendant.female_box }}",
                "出生日期：{{ defendant.birth }}　　民族：{{ defendant.ethnicity }}",
                "公民身份号码：{{ defendant.id_number }}",
                "工作单位、职务：{{ defendant.occupation }}",
                "联系电话：{{ defendant.phone }}",
                "住所地（户籍所在地）：{{ defendant.address }}",
                "经常居住地：{{ defendant.residence }}",
            ],
        ],
    )
    tag_row(t, "{%tr else %}")
    row(
        t,
        [
            ["答辩人", "（法人、非法人组织）"],
            [
                "名称：{{ defendant.name }}",
                "住所地（主要办事机构所在地）：{{ defendant.address }}",
                "注册地/登记地：",
                "法定代表人/主要负责人：{{ defendant.representative }}　职务：{{ defendant.representative_title }}",
                "联系电话：{{ defendant.phone }}",
                "统一社会信用代码：{{ defendant.credit_code }}",
                "类型：{{ defendant.org_type }}",
            ],
        ],
    )
    tag_row(t, "{%tr endif %}")
    row(
        t,
        [
            "委托诉讼代理人",
            [
                "有{{ answer.agent_yes_box }}　　无{{ answer.agent_no_box }}",
                "{%p if agent %}",
                "姓名：{{ agent.name }}　单位：{{ agent.firm }}　职务：{{ agent.title }}　联系电话：{{ agent.phone }}",
                "{%p endif %}",
            ],
        ],
        keep=True,
    )
    row(
        t,
        [
            "送达地址（所填信息除书面特别声明更改外，适用于案件所有后续程序）及收件人、联系电话",
            [
                "地址：{{ answer.delivery.address }}",
                "收件人：{{ answer.delivery.recipient }}",
                "电话：{{ answer.delivery.phone }}",
            ],
        ],
        keep=True,
    )
    row(
        t,
        [
            "是否接受电子送达",
            [
                "是{{ answer.delivery.electronic_yes_box }}　电子邮箱：{{ answer.delivery.email }}",
                "否{{ answer.delivery.electronic_no_box }}",
            ],
        ],
        keep=True,
    )


#: the second cell of an element row: a text row (答辩依据), the exemption row (有/无), or a row ticked
#: 无异议/有异议, each followed by its 事实和理由
_ROW_CONTENT: list[Text] = [
    '{%p if r.key == "basis" %}',
    "{{ r.text }}",
    '{%p elif r.key == "exemption" %}',
    "有{{ r.yes_box }}　　无{{ r.no_box }}",
    "事实和理由：{{ r.text }}",
    "{%p else %}",
    "无异议{{ r.agree_box }}　　有异议{{ r.dispute_box }}",
    "事实和理由：{{ r.text }}",
    "{%p endif %}",
]


def _element_rows(t: Table, rows: str, *, last_splits: bool = False) -> None:
    """A row for each row of the form (``answer.item_rows`` / ``answer.fact_rows``: the data in
    summons_kit/case/elements.py and documents/element_rows.py), kept on one page; with ``last_splits`` the
    form's last row (其他需要说明的内容, free text of any length) is a row of its own that may break across pages."""
    loop = f"{{%tr for r in {rows}[:-1] %}}" if last_splits else f"{{%tr for r in {rows} %}}"
    tag_row(t, loop)
    row(t, ["{{ r.no }}．{{ r.label|fullwidth }}", _ROW_CONTENT], keep=True)
    tag_row(t, "{%tr endfor %}")
    if last_splits:
        tag_row(t, f"{{%tr with r = {rows}[-1] %}}")
        row(t, ["{{ r.no }}．{{ r.label|fullwidth }}", "{{ r.text }}"])
        tag_row(t, "{%tr endwith %}")


def answer_element(form: str) -> DocumentObject:
    """民事答辩状 (要素式) for ``form`` (elements.LOAN or elements.CARD): the rows are loops over the form's data."""
    doc = new_document(f"民事答辩状（{form}）")
    para(doc, "民事答辩状", "SKTitle")
    para(doc, f"（{form}）", "SKSubtitle")
    t = table(doc, [_LABEL_MM, _VALUE_MM])
    row(t, [list(_WARNING)], span=True, style="SKNote")
    section_row(t, "当事人信息")
    row(t, ["案号", "{{ court.case_number }}"])
    row(t, ["案由", "{{ court.cause }}"])
    _defendant_rows(t)
    section_row(t, "答辩事项和依据（对原告诉讼请求的确认或者异议）")
    _element_rows(t, "answer.item_rows")
    section_row(t, "事实和理由（对起诉状事实与理由的确认或者异议）")
    _element_rows(t, "answer.fact_rows", last_splits=True)
    row(t, ["{{ answer.fact_rows|length + 1 }}．证据清单", "{{ answer.evidence_note }}"], keep=True, keep_next=True)
    _signature(doc, "答辩人（签字、盖章）", "日期：")
    return doc


_EVIDENCE_COLUMNS = (
    ("序号", 12),
    ("证据名称", 30),
    ("证据来源", 28),
    ("证明目的", 42),
    ("页码", 14),
    ("原件/复印件（份数）", 30),
)


def evidence_list() -> DocumentObject:
    """证据目录 (证据规定 第19条)."""
    doc = new_document("证据目录")
    para(doc, "证据目录", "SKTitle")
    para(doc, "案号：{{ court.case_number }}", "SKFlush")
    para(doc, "提交人：{{ evidence_list.submitter }}（{{ evidence_list.submitter_role }}）", "SKFlush")
    t = table(doc, [mm for _, mm in _EVIDENCE_COLUMNS])
    # a heading with （…） breaks before the bracket, never inside it
    head = [name.replace("（", "\n（").split("\n") if "（" in name else name for name, _ in _EVIDENCE_COLUMNS]
    row(t, head, header=True, style="SKCellHead")
    tag_row(t, "{%tr for group in evidence_list.groups %}")
    tag_row(t, "{%tr if group.name %}")
    row(t, ["{{ group.heading }}"], span=True, style="SKCellSection")
    tag_row(t, "{%tr endif %}")
    tag_row(t, "{%tr for item in group.items %}")
    row(
        t,
        [
            "{{ item.no }}",
            "{{ item.name }}",
            "{{ item.source }}",
            "{{ item.purpose }}",
            "{{ item.pages_range }}",
            "{{ item.form }}{% if item.copies %}（{{ item.copies }}份）{% endif %}",
        ],
        styles=["SKCellCentre", "SKCell", "SKCell", "SKCell", "SKCellCentre", "SKCellCentre"],
        keep=True,
    )
    tag_row(t, "{%tr endfor %}")
    tag_row(t, "{%tr endfor %}")
    para(
        doc,
        "以上证据共{{ evidence_list.count }}项{% if evidence_list.total_pages %}，"
        "共{{ evidence_list.total_pages }}页{% endif %}。",
        "SKLead",
    )
    _signature(doc, "提交人（签名）", "提交日期：")
    return doc


_SCHEDULE_COLUMNS = (("期数", 24), ("还款日期", 44), ("还款金额（元）", 44), ("剩余未还金额（元）", 44))


def instalment_request() -> DocumentObject:
    """分期还款申请书 (customary content: law.md "Instalment request")."""
    doc = new_document("分期还款申请书")
    para(doc, "分期还款申请书", "SKTitle")
    lines(doc, "instalment.party_block")
    lines(doc, "instalment.counterparty_block")
    para(doc, "案号：{{ court.case_number }}", "SKParty")
    para(doc, "申请事项：", "SKHeading")
    para(
        doc,
        "一、{% if instalment.to_court %}请求人民法院主持调解，准许申请人"
        "{% else %}请求被申请人同意申请人{% endif %}"
        "分期偿还本案欠款共计人民币{{ instalment.total }}元（大写：{{ instalment.total_words }}）。"
        "{% if instalment.has_down_payment %}申请人于{{ instalment.down_payment_due }}前首付人民币"
        "{{ instalment.down_payment }}元，余款{% else %}上述款项{% endif %}分{{ instalment.months }}期偿还，"
        "自{{ instalment.instalments_from }}起每月{{ instalment.day }}日前还款（遇法定节假日或者休息日顺延至"
        "其后第一个工作日），每期人民币{{ instalment.regular_amount }}元，最后一期人民币"
        "{{ instalment.last_amount }}元，于{{ instalment.last_due }}前全部还清。具体还款计划如下：",
        "SKBody",
    )
    t = table(doc, [mm for _, mm in _SCHEDULE_COLUMNS])
    row(t, [name for name, _ in _SCHEDULE_COLUMNS], header=True, style="SKCellHead")
    tag_row(t, "{%tr for r in instalment.rows %}")
    row(
        t,
        ["{{ r.label }}", "{{ r.due }}", "{{ r.amount }}", "{{ r.balance }}"],
        style="SKCellCentre",
        keep=True,
    )
    tag_row(t, "{%tr endfor %}")
    row(t, ["合计", "", "{{ instalment.total }}", ""], style="SKCellHead", keep=True)
    para_if(
        doc,
        "instalment.waive_penalty",
        "二、请求{% if instalment.to_court %}原告{% else %}被申请人{% endif %}减免罚息、复利、违约金等费用，"
        "并自本申请提出之日起停止计收利息。",
        "SKBody",
    )
    para(doc, "事实和理由：", "SKHeading")
    para(
        doc,
        "申请人与{{ plaintiff.name }}{{ court.cause }}一案，{{ court.name }}已立案受理，案号为"
        "{{ court.case_number }}。",
        "SKBody",
    )
    para(doc, "{{ instalment.reasons }}", "SKBody")
    para_if(doc, "instalment.repaid", "申请人此前已累计还款人民币{{ instalment.repaid }}元，具有还款诚意。", "SKBody")
    para_if(
        doc,
        "instalment.monthly_income",
        "申请人目前每月收入约人民币{{ instalment.monthly_income }}元{% if instalment.monthly_expenses %}，"
        "每月必要生活支出约人民币{{ instalment.monthly_expenses }}元{% endif %}，无力一次性清偿全部欠款"
        "{% if instalment.surplus_covers %}；每月结余约人民币{{ instalment.monthly_surplus }}元，足以按期支付"
        "每期人民币{{ instalment.regular_amount }}元的分期款项{% endif %}。",
        "SKBody",
    )
    para(
        doc,
        "申请人愿意按上述计划如期足额还款。{% if instalment.to_court %}"
        "恳请人民法院主持调解，准许申请人分期还款。{% else %}恳请被申请人予以同意。{% endif %}",
        "SKBody",
    )
    para(doc, "此致", "SKSalute")
    para(doc, "{{ instalment.addressee_name }}", "SKAddressee")
    para_if(doc, "instalment.attachments", "附件：", "SKLead")
    tag(doc, "{%p for attachment in instalment.attachments %}")
    para(doc, "{{ loop.index }}．{{ attachment }}", "SKLead")
    tag(doc, "{%p endfor %}")
    _signature(doc, "申请人（签名）", between=("联系电话：{{ defendant.phone }}",))
    return doc


BUILDERS = {
    "answer_narrative.docx": answer_narrative,
    "answer_element_loan.docx": lambda: answer_element(elements.LOAN),
    "answer_element_card.docx": lambda: answer_element(elements.CARD),
    "evidence_list.docx": evidence_list,
    "instalment_request.docx": instalment_request,
}


def _trim(doc: DocumentObject) -> None:
    """Drop what python-docx's default package carries and a filing does not need: the thumbnail of an empty
    page, stylesWithEffects, customXml and the ~150 styles no paragraph uses (a lawyer's style list stays
    short)."""
    for rels in (doc.part.rels, doc.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in ("stylesWithEffects", "customXml", "thumbnail"):
                rels.pop(r_id)
    styles = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    xml = doc.element.xml + "".join(
        rel.target_part.element.xml
        for rel in doc.part.rels.values()
        if rel.reltype.rsplit("/", 1)[-1] in ("header", "footer")
    )
    wanted = {s for s, el in by_id.items() if el.get(qn("w:default")) == "1"}
    wanted |= set(re.findall(r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', xml)) | set(_NAMES)
    wanted |= {"Footer", "Header"}
    while True:
        linked = {
            ref.get(qn("w:val"))
            for s in wanted
            if s in by_id
            for tag_name in ("w:basedOn", "w:link", "w:next")
            for ref in by_id[s].findall(qn(tag_name))
        }
        if linked <= wanted:
            break
        wanted |= linked
    for style_id, element in by_id.items():
        if style_id not in wanted:
            styles.remove(element)


def build(out_dir: Path) -> list[Path]:
    """Write every built-in template into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, builder in BUILDERS.items():
        path = out_dir / name
        doc = builder()
        _trim(doc)
        buffer = io.BytesIO()
        doc.save(buffer)
        path.write_bytes(_stable_zip(buffer.getvalue()))
        written.append(path)
    return written


def _stable_zip(data: bytes) -> bytes:
    """The same package with fixed entry dates, so an unchanged template rebuilds byte for byte."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


if __name__ == "__main__":
    if len(sys.argv) != 2 or Path(sys.argv[1]).resolve() == TEMPLATES:
        sys.exit("usage: python tools/scaffold_templates.py OUT_DIR (never templates/: its .docx are the source)")
    for written in build(Path(sys.argv[1])):
        print(written)
