"""Rules for the court's own papers: the 传票, the 应诉通知书, the 举证通知书 and the 送达回证 / electronic
service record (court, 案号, 案由, procedure, service, evidence deadline, hearing, the notices' date)."""

from __future__ import annotations

import re

from summons_kit.fields import parse_case_number
from summons_kit.intake.pages import PaperKind
from summons_kit.intake.reader import CASE_NUMBER, COLON, DATE, Reader, cn_int, parse_date


def court(r: Reader) -> None:
    court_papers = (PaperKind.SUMMONS, PaperKind.NOTICE_TO_RESPOND, PaperKind.EVIDENCE_NOTICE)
    r.text_field("court.name", r"^(?P<v>[^，,。：:]{2,30}?人民法院)", *court_papers, PaperKind.SERVICE_PROOF)
    r.text_field("court.name", r"此致(?P<v>[^，,。]{2,30}?人民法院)", PaperKind.COMPLAINT)
    for paper, pt, m in r.search(rf"(?P<v>{CASE_NUMBER})"):
        r.parsed("court.case_number", m["v"], parse_case_number, paper, pt, m.start(), m.end())
    r.text_field("court.cause", rf"案由{COLON}(?P<v>[^，,。；;:：]{{2,30}}?纠纷)", PaperKind.SUMMONS)
    r.text_field("court.cause", r"诉你(?:们)?(?P<v>[^，,。；;:：]{2,30}?纠纷)一案")
    r.text_field("court.procedure", r"适用(?P<v>简易程序|小额诉讼程序|普通程序)")
    r.text_field("plaintiff.name", r"受理原告(?P<v>[^，,。；;:：]{2,40}?)诉你")


def service(r: Reader) -> None:
    order = (
        PaperKind.SERVICE_PROOF,
        PaperKind.SUMMONS,
        PaperKind.NOTICE_TO_RESPOND,
        PaperKind.EVIDENCE_NOTICE,
        PaperKind.COMPLAINT,
        PaperKind.UNKNOWN,
    )
    r.text_field(
        "service.method",
        rf"送达方式{COLON}(?P<v>直接送达|邮寄送达|电子送达|留置送达|委托送达|转交送达|公告送达)",
        *order,
    )
    labels = r"签收日期|签收时间|送达日期|送达时间|收到日期|收件日期|(?:文书)?到达(?:系统)?(?:日期|时间)|受送达人签收"
    time = r"(?:(?:上午|下午|中午|晚上|晚|早上)?\d{1,2}(?:[时点]\d{0,2}分?|[:：]\d{2}))?"
    r.date_field("service.served_on", rf"(?:{labels}){COLON}(?P<v>(?:{DATE}){time})", *order)
    r.date_field(
        "service.evidence_deadline",
        rf"举证期限[^。]{{0,60}}?(?:至|到)(?P<v>{DATE})(?:届满|止|截止)",
        PaperKind.EVIDENCE_NOTICE,
        PaperKind.NOTICE_TO_RESPOND,
    )
    r.date_field(
        "service.hearing",
        rf"应到时间{COLON}(?P<v>.+?)(?=应到处所|应到地点|传唤事由|注意事项|$)",
        PaperKind.SUMMONS,
        PaperKind.UNKNOWN,
    )
    r.text_field(
        "service.hearing_place",
        rf"应到(?:处所|地点){COLON}(?P<v>.+?)(?=注意事项|备注|审判员|法官|书记员|应到时间|$)",
        PaperKind.SUMMONS,
        PaperKind.UNKNOWN,
    )
    for kind in (PaperKind.NOTICE_TO_RESPOND, PaperKind.EVIDENCE_NOTICE, PaperKind.SUMMONS):
        for paper, pt in r.of(kind):
            dates = list(re.finditer(rf"(?P<v>{DATE})(?=[(（]院印|$)", pt.text))
            if not dates:  # no seal mark read: the last date in Chinese numerals that no label introduces
                dates = [
                    m
                    for m in re.finditer(rf"(?P<v>{DATE})", pt.text)
                    if not m["v"][:1].isdigit()
                    and not re.search(r"(?:时间|日期|[:：至于]|截至)$", pt.text[: m.start()])
                    and not re.match(r"[(（上下中晚早\d]", pt.text[m.end() : m.end() + 1])
                ]
            if dates:
                m = dates[-1]
                r.parsed("service.notice_date", m["v"], parse_date, paper, pt, m.start(), m.end())
    for paper, pt, m in r.search(r"收到起诉状副本之日起(?P<v>[\d十一二三四五六七八九]+)日内"):
        r.r.notes.setdefault("answer_period_days", str(cn_int(m["v"])))
        r.r.notes.setdefault("answer_period_source", r.source(paper, pt, m.start(), m.end()).where())
    for paper, pt, m in r.search(r"举证期限为(?P<v>[\d十一二三四五六七八九]+)日"):
        r.r.notes.setdefault("evidence_period_days", str(cn_int(m["v"])))
        r.r.notes.setdefault("evidence_period_source", r.source(paper, pt, m.start(), m.end()).where())


def summons_party(r: Reader) -> None:
    r.text_field(
        "defendant.name",
        rf"被传唤人{COLON}(?P<v>.+?)(?=工作单位|住址|传唤事由|应到时间|$)",
        PaperKind.SUMMONS,
        once=True,
    )
    r.text_field(
        "defendant.address",
        rf"工作单位或者?住址{COLON}(?P<v>.+?)(?=传唤事由|应到时间|$)",
        PaperKind.SUMMONS,
        once=True,
    )
    r.text_field("defendant.name", r"号(?P<v>[\u4e00-\u9fff·]{2,10})[:：]本院受理", once=True)
    r.text_field(
        "defendant.name",
        rf"受送达人(?!签){COLON}(?P<v>[\u4e00-\u9fff·]{{2,10}}?)(?=[，,。；;]|送达|$)",
        PaperKind.SERVICE_PROOF,
        PaperKind.SUMMONS,
        once=True,
    )
