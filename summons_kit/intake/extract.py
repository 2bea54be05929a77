"""Field rules: where on which paper each case-file field is stated, read with the kit's own parsers.

Each rule finds the words on the paper (a label and its value, a phrase of the complaint), parses them with
:mod:`summons_kit.fields` and records the value with its :class:`Source`. A value the parser refuses is left
out and listed as unread, with the parser's reason; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from summons_kit.errors import ParseError
from summons_kit.fields import parse_amount, parse_case_number, parse_claim, parse_credit_code, parse_rate
from summons_kit.fields import parse_date as _parse_date
from summons_kit.fields import parse_id_number as _parse_id_number
from summons_kit.fields.identity import normalize_phone
from summons_kit.fields.text import zh_punctuation
from summons_kit.intake.model import Source, Unread
from summons_kit.intake.pages import Paper, PaperKind
from summons_kit.intake.text import PaperText

# --- shared patterns (on squeezed text: no spaces, ASCII digits) ----------------------------------------------
_CN = "〇零一二三四五六七八九十"
_NUM = rf"[\d{_CN}Oo]"
DATE = rf"{_NUM}{{4}}年{_NUM}{{1,3}}月{_NUM}{{1,3}}[日号]?|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}日?"
_END = r"(?=[，,。；;）)]|$)"
COLON = r"[:：]?"
CASE_NUMBER = r"[(（〔\[]\d{4}[)）〕\]][^(（)）〔〕\[\]，,。；;:：]{2,20}?号"
_SENTENCES = re.compile(r"[^。]+。?")
_ITEMS = re.compile(r"[^，,。；;]+")
_ORG_WORDS = re.compile(r"(?:公司|银行|中心|合作社|事务所|分行|支行|集团|委员会|协会|学校|医院|企业|商行|店)$")
_RATE = (
    r"(?:日利率|年利率|月利率|年化利率|日息|月息|年息)(?:为|按|是)?"
    r"(?:\d+(?:\.\d+)?%|\d+(?:\.\d+)?‰|[百千万]分之[\d一二三四五六七八九十点.]+)"
)
_WORDS_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_int(text: str) -> int:
    """十五 -> 15, 三十 -> 30, 7 -> 7."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_WORDS_NUM[tens] if tens else 1) * 10 + (_WORDS_NUM[ones] if ones else 0)
    return int("".join(str(_WORDS_NUM[c]) for c in text))


@attrs.frozen
class Found:
    """A value read, before it is put into the case."""

    value: Any
    source: Source


@attrs.define
class Reading:
    """What has been read so far: values by case-file path, unread fields, notes."""

    values: dict[str, Found] = attrs.Factory(dict)
    unread: list[Unread] = attrs.Factory(list)
    notes: dict[str, str] = attrs.Factory(dict)
    seen: dict[str, list[Found]] = attrs.Factory(dict)  # every reading of a field, for cross-checks


class Reader:
    """Reads the papers one rule at a time into a :class:`Reading`."""

    def __init__(self, papers: list[Paper]) -> None:
        self.papers = papers
        self.texts = [(p, PaperText.of(p.pages)) for p in papers]
        self.r = Reading()

    # --- plumbing -----------------------------------------------------------------------------------------
    def of(self, *kinds: PaperKind) -> Iterator[tuple[Paper, PaperText]]:
        """Papers of ``kinds`` in the order given (all papers when no kind is given)."""
        if not kinds:
            yield from self.texts
            return
        for kind in kinds:
            yield from ((p, t) for p, t in self.texts if p.kind == kind)

    def source(self, paper: Paper, pt: PaperText, start: int, end: int) -> Source:
        page, lines, method, confidence = pt.origin(start, end)
        return Source(page.file, page.number, lines, method, confidence, paper.kind.value)

    def put(self, field: str, value: Any, src: Source, *, first: bool = True) -> None:
        """Record ``value`` for ``field``; the first reading wins, every reading is kept for cross-checks."""
        found = Found(value, src)
        self.r.seen.setdefault(field, []).append(found)
        if field not in self.r.values or not first:
            self.r.values[field] = found

    def parsed(
        self, field: str, raw: str, parse: Callable[[str], Any], paper: Paper, pt: PaperText, start: int, end: int
    ) -> Any:
        """``parse(raw)``; on a ParseError the field is listed as unread with the parser's reason."""
        src = self.source(paper, pt, start, end)
        try:
            value = parse(raw)
        except (ParseError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, ParseError) else str(exc)
            reason_en = exc.reason_en if isinstance(exc, ParseError) else str(exc)
            if not any(u.field == field for u in self.r.unread):
                self.r.unread.append(
                    Unread(
                        field,
                        f"纸面写作“{raw}”,无法识别:{reason}",
                        f"the paper says {raw!r}, which cannot be read: {reason_en}",
                        src,
                    )
                )
            return None
        self.put(field, value, src)
        return value

    def search(self, pattern: str, *kinds: PaperKind) -> Iterator[tuple[Paper, PaperText, re.Match[str]]]:
        rx = re.compile(pattern)
        for paper, pt in self.of(*kinds):
            for m in rx.finditer(pt.text):
                yield paper, pt, m

    def text_field(self, field: str, pattern: str, *kinds: PaperKind, group: str = "v", once: bool = False) -> None:
        """A free-text value (name, address, place): every match is kept (the first on each paper when
        ``once``), the first is written."""
        done: set[int] = set()
        for paper, pt, m in self.search(pattern, *kinds):
            if once and id(paper) in done:
                continue
            value = zh_punctuation(m[group].strip("，,。；;:："))
            if value:
                done.add(id(paper))
                self.put(field, value, self.source(paper, pt, m.start(), m.end()))

    def date_field(self, field: str, pattern: str, *kinds: PaperKind, group: str = "v", once: bool = True) -> None:
        for paper, pt, m in self.search(pattern, *kinds):
            self.parsed(field, m[group], parse_date, paper, pt, m.start(), m.end())
            if once:
                return

    # --- the rules ----------------------------------------------------------------------------------------
    def read(self) -> Reading:
        self.court()
        self.service()
        self.complaint_parties()
        self.summons_party()
        self.claims()
        self.loan()
        return self.r

    def court(self) -> None:
        court_papers = (PaperKind.SUMMONS, PaperKind.NOTICE_TO_RESPOND, PaperKind.EVIDENCE_NOTICE)
        self.text_field("court.name", r"^(?P<v>[^，,。：:]{2,30}?人民法院)", *court_papers, PaperKind.SERVICE_PROOF)
        self.text_field("court.name", r"此致(?P<v>[^，,。]{2,30}?人民法院)", PaperKind.COMPLAINT)
        for paper, pt, m in self.search(rf"(?P<v>{CASE_NUMBER})"):
            self.parsed("court.case_number", m["v"], parse_case_number, paper, pt, m.start(), m.end())
        self.text_field("court.cause", rf"案由{COLON}(?P<v>[^，,。；;:：]{{2,30}}?纠纷)", PaperKind.SUMMONS)
        self.text_field("court.cause", r"诉你(?:们)?(?P<v>[^，,。；;:：]{2,30}?纠纷)一案")
        self.text_field("court.procedure", r"适用(?P<v>简易程序|小额诉讼程序|普通程序)")
        self.text_field("plaintiff.name", r"受理原告(?P<v>[^，,。；;:：]{2,40}?)诉你")

    def service(self) -> None:
        order = (
            PaperKind.SERVICE_PROOF,
            PaperKind.SUMMONS,
            PaperKind.NOTICE_TO_RESPOND,
            PaperKind.EVIDENCE_NOTICE,
            PaperKind.COMPLAINT,
            PaperKind.UNKNOWN,
        )
        self.text_field(
            "service.method",
            rf"送达方式{COLON}(?P<v>直接送达|邮寄送达|电子送达|留置送达|委托送达|转交送达|公告送达)",
            *order,
        )
        labels = (
            r"签收日期|签收时间|送达日期|送达时间|收到日期|收件日期|(?:文书)?到达(?:系统)?(?:日期|时间)|受送达人签收"
        )
        time = r"(?:(?:上午|下午|中午|晚上|晚|早上)?\d{1,2}(?:[时点]\d{0,2}分?|[:：]\d{2}))?"
        self.date_field("service.served_on", rf"(?:{labels}){COLON}(?P<v>(?:{DATE}){time})", *order)
        self.date_field(
            "service.evidence_deadline",
            rf"举证期限[^。]{{0,60}}?(?:至|到)(?P<v>{DATE})(?:届满|止|截止)",
            PaperKind.EVIDENCE_NOTICE,
            PaperKind.NOTICE_TO_RESPOND,
        )
        self.date_field(
            "service.hearing",
            rf"应到时间{COLON}(?P<v>.+?)(?=应到处所|应到地点|传唤事由|注意事项|$)",
            PaperKind.SUMMONS,
            PaperKind.UNKNOWN,
        )
        self.text_field(
            "service.hearing_place",
            rf"应到(?:处所|地点){COLON}(?P<v>.+?)(?=注意事项|备注|审判员|法官|书记员|应到时间|$)",
            PaperKind.SUMMONS,
            PaperKind.UNKNOWN,
        )
        for kind in (PaperKind.NOTICE_TO_RESPOND, PaperKind.EVIDENCE_NOTICE, PaperKind.SUMMONS):
            for paper, pt in self.of(kind):
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
                    self.parsed("service.notice_date", m["v"], parse_date, paper, pt, m.start(), m.end())
        for paper, pt, m in self.search(r"收到起诉状副本之日起(?P<v>[\d十一二三四五六七八九]+)日内"):
            self.r.notes.setdefault("answer_period_days", str(cn_int(m["v"])))
            self.r.notes.setdefault("answer_period_source", self.source(paper, pt, m.start(), m.end()).where())
        for paper, pt, m in self.search(r"举证期限为(?P<v>[\d十一二三四五六七八九]+)日"):
            self.r.notes.setdefault("evidence_period_days", str(cn_int(m["v"])))
            self.r.notes.setdefault("evidence_period_source", self.source(paper, pt, m.start(), m.end()).where())

    def complaint_parties(self) -> None:
        for paper, pt in self.of(PaperKind.COMPLAINT):
            stop = r"(?=被告[:：]|第三人[:：]|诉讼请求|$)"
            m = re.search(rf"原告{COLON}(?P<v>.+?){stop}", pt.text)
            if m:
                self.party_block("plaintiff", paper, pt, m.start("v"), m.end("v"))
            for i, m in enumerate(re.finditer(rf"(?<!原)被告[:：](?P<v>.+?){stop}", pt.text)):
                if i == 0:
                    self.party_block("defendant", paper, pt, m.start("v"), m.end("v"))
                else:
                    self.r.notes.setdefault("more_defendants", "")
                    self.r.notes["more_defendants"] += m["v"].split("，")[0].split(",")[0] + " "
            return

    def party_block(self, role: str, paper: Paper, pt: PaperText, start: int, end: int) -> None:
        """原告：X，住所地……。法定代表人：Y，董事长。委托诉讼代理人：Z，……律师。"""
        block = pt.text[start:end]
        parts = re.split(r"(法定代表人|负责人|委托诉讼代理人|委托代理人|诉讼代理人)[:：]", block)
        self.party_items(role, paper, pt, start, parts[0])
        at = start + len(parts[0])
        for label, body in zip(parts[1::2], parts[2::2], strict=True):
            at += len(label) + 1
            items = [(m.start() + at, m[0]) for m in _ITEMS.finditer(body)]
            at += len(body)
            if not items:
                continue
            name_at, name = items[0]
            title_at, title = items[1] if len(items) > 1 else (name_at, "")
            if label in ("法定代表人", "负责人"):
                self.put(f"{role}.representative", name, self.source(paper, pt, name_at, name_at + len(name)))
                if title:
                    self.put(
                        f"{role}.representative_title", title, self.source(paper, pt, title_at, title_at + len(title))
                    )
            elif role == "plaintiff":
                src = self.source(paper, pt, name_at, title_at + len(title))
                self.put("agent.name", name, src)
                for word in ("律师", "实习律师", "基层法律服务工作者", "法律工作者"):
                    if title.endswith(word) and len(title) > len(word):
                        self.put("agent.firm", title[: -len(word)], src)
                        self.put("agent.title", word, src)
                        break
                else:
                    if title:
                        self.put("agent.firm", title, src)
                        self.put("agent.title", "", src)
                for extra_at, extra in items[2:]:
                    phone = re.match(r"(?:联系电话|电话|手机)[:：]?(?P<v>[\d\-+]{7,20})$", extra)
                    if phone:
                        self.parsed(
                            "agent.phone", phone["v"], normalize_phone, paper, pt, extra_at, extra_at + len(extra)
                        )

    def party_items(self, role: str, paper: Paper, pt: PaperText, start: int, block: str) -> None:
        items = [(m.start() + start, m[0]) for m in _ITEMS.finditer(block)]
        if not items:
            return
        name_at, name = items[0]
        self.put(f"{role}.name", name, self.source(paper, pt, name_at, name_at + len(name)))
        kind = "organization" if _ORG_WORDS.search(name) else "person"
        for at, item in items[1:]:
            end = at + len(item)
            if item in ("男", "女"):
                self.put(f"{role}.gender", item, self.source(paper, pt, at, end))
            elif m := re.fullmatch(rf"(?P<v>{DATE})出生", item):
                self.parsed(f"{role}.birth_date", m["v"], parse_date, paper, pt, at, end)
            elif re.fullmatch(r"[\u4e00-\u9fff]{1,6}族", item):
                self.put(f"{role}.ethnicity", item, self.source(paper, pt, at, end))
            elif m := re.fullmatch(r"(?:公民身份号码|居民身份证号码|身份证号码|身份证号)[:：]?(?P<v>.+)", item):
                self.parsed(f"{role}.id_number", m["v"], parse_id_number, paper, pt, at, end)
            elif m := re.fullmatch(r"统一社会信用代码[:：]?(?P<v>.+)", item):
                kind = "organization"
                self.parsed(f"{role}.credit_code", m["v"], lambda s: str(parse_credit_code(s)), paper, pt, at, end)
            elif m := re.fullmatch(r"(?:联系电话|电话|手机号码|手机号|手机|联系方式)[:：]?(?P<v>.+)", item):
                self.parsed(f"{role}.phone", m["v"], normalize_phone, paper, pt, at, end)
            elif m := re.fullmatch(r"经常居住地[:：]?(?P<v>.+)", item):
                self.put(f"{role}.residence", zh_punctuation(m["v"]), self.source(paper, pt, at, end))
            elif m := re.fullmatch(r"(?:住所地|住所|住址|户籍地|住)[:：]?(?P<v>.+)", item):
                self.put(f"{role}.address", zh_punctuation(m["v"]), self.source(paper, pt, at, end))
        self.put(f"{role}.kind", kind, self.source(paper, pt, name_at, name_at + len(name)))

    def summons_party(self) -> None:
        self.text_field(
            "defendant.name",
            rf"被传唤人{COLON}(?P<v>.+?)(?=工作单位|住址|传唤事由|应到时间|$)",
            PaperKind.SUMMONS,
            once=True,
        )
        self.text_field(
            "defendant.address",
            rf"工作单位或者?住址{COLON}(?P<v>.+?)(?=传唤事由|应到时间|$)",
            PaperKind.SUMMONS,
            once=True,
        )
        self.text_field("defendant.name", r"号(?P<v>[\u4e00-\u9fff·]{2,10})[:：]本院受理", once=True)
        self.text_field(
            "defendant.name",
            rf"受送达人(?!签){COLON}(?P<v>[\u4e00-\u9fff·]{{2,10}}?)(?=[，,。；;]|送达|$)",
            PaperKind.SERVICE_PROOF,
            PaperKind.SUMMONS,
            once=True,
        )

    def claims(self) -> None:
        for paper, pt in self.of(PaperKind.COMPLAINT):
            m = re.search(r"诉讼请求[:：]?(?P<v>.+?)(?=事实(?:与|和)理由|此致|$)", pt.text)
            if not m:
                return
            start, block = m.start("v"), m["v"]
            total = re.search(
                r"(?:以上|上述|前述|前)(?P<items>(?:第)?[\d、,，至\-和及.]*项?)(?:诉讼请求)?(?:金额)?(?:共计|总计|合计)"
                r"(?:为)?[:：]?(?P<v>[^。；;]+?)(?=[。；;]|$)",
                block,
            )
            claims_end = total.start() if total else len(block)
            self.claim_items(paper, pt, start, block[:claims_end])
            if total:
                t0 = start + total.start("v")
                self.parsed("complaint.total", total["v"], parse_amount, paper, pt, t0, t0 + len(total["v"]))
                refs = [int(n) for n in re.findall(r"\d+", total["items"])]
                self.r.notes["total_items"] = ",".join(str(n) for n in refs)
                self.r.notes["total_text"] = total["items"]
            filed = list(re.finditer(rf"(?P<v>{DATE})", pt.text[m.end() :]))
            after_sign = [d for d in filed if "具状人" in pt.text[m.end() : m.end() + d.start()]]
            candidates = after_sign or filed
            if candidates:
                date = candidates[-1]
                d0 = m.end() + date.start()
                self.parsed("complaint.filed_on", date["v"], parse_date, paper, pt, d0, d0 + len(date["v"]))
            return

    def claim_items(self, paper: Paper, pt: PaperText, start: int, block: str) -> None:
        markers = list(re.finditer(r"(?:^|(?<=[；;。]))(?P<n>\d{1,2})[.、．,，]", block))
        if markers:
            spans = [
                (mk.end(), markers[i + 1].start() if i + 1 < len(markers) else len(block))
                for i, mk in enumerate(markers)
            ]
        else:
            spans = [(mm.start(), mm.end()) for mm in re.finditer(r"[^；;]+", block)]
        index = 0
        for a, b in spans:
            text = block[a:b].strip("；;。，, ")
            if not text:
                continue
            index += 1
            field = f"claims[{index}]"
            src = self.source(paper, pt, start + a, start + b)
            self.put(f"{field}.text", zh_punctuation(text), src)
            try:
                amount = parse_claim(text).amount
            except ParseError as exc:
                self.r.unread.append(
                    Unread(
                        f"{field}.amount",
                        f"请求“{text}”的金额无法识别:{exc.reason}",
                        f"cannot read the amount of {text!r}: {exc.reason_en}",
                        src,
                    )
                )
                continue
            if amount is not None:
                self.put(f"{field}.amount", amount, src)

    def loan(self) -> None:
        for paper, pt in self.of(PaperKind.COMPLAINT):
            m = re.search(r"事实(?:与|和)理由[:：]?(?P<v>.+?)(?=此致|具状人|$)", pt.text)
            if m:
                self.facts(paper, pt, m.start("v"), m["v"])
            return

    def facts(self, paper: Paper, pt: PaperText, start: int, block: str) -> None:
        def put_match(
            field: str, rx: str, parse: Callable[[str], Any] | None = None, within: str = block, offset: int = start
        ) -> re.Match[str] | None:
            mm = re.search(rx, within)
            if mm is None:
                return None
            a, b = offset + mm.start("v"), offset + mm.end("v")
            if parse is None:
                self.put(field, zh_punctuation(mm["v"]), self.source(paper, pt, a, b))
            else:
                self.parsed(field, mm["v"], parse, paper, pt, a, b)
            return mm

        sentences = [(start + s.start(), s[0]) for s in _SENTENCES.finditer(block)]
        put_match("loan.contract_name", r"(?P<v>《[^《》]{2,30}?(?:合同|合约|协议|协议书|章程)》)")
        put_match("loan.contract_number", r"(?:合同编号|合同号|借据号|编号)[:：为]?(?P<v>[A-Za-z0-9\-]{4,40})")
        put_match("loan.term_months", r"(?:借款期限|贷款期限|期限)(?:为)?(?P<v>[\d一二三四五六七八九十]+)个月", cn_int)
        put_match(
            "loan.repayment_method",
            r"(?P<v>按月等额本息|按月等额本金|等额本息|等额本金|按月付息[，,]?到期还本|先息后本|到期一次性还本付息)",
        )
        put_match(
            "loan.principal",
            r"(?:借款金额|借款本金|贷款金额|授信额度)(?:为)?(?P<v>(?:人民币)?[\d,.]+(?:万)?元)",
            parse_amount,
        )
        put_match("loan.card_tail", r"尾号(?:为)?(?P<v>\d{4})")
        put_match("loan.repaid_principal", r"已(?:偿还|归还|还款|清偿)本金(?:人民币)?(?P<v>[\d,.]+元)", parse_amount)
        put_match(
            "loan.repaid",
            r"已(?:偿还|归还|还款|清偿)(?:借款)?(?:本息|款项)?(?:共计|合计)?(?:人民币)(?P<v>[\d,.]+元)",
            parse_amount,
        )
        put_match("loan.venue_clause", r"(?P<v>(?:因|凡)[^。]{2,40}?(?:争议|纠纷)[^。]{0,30}?管辖)")
        if "loan.venue_clause" not in self.r.values:
            put_match("loan.venue_clause", r"约定[，,]?(?P<v>由[^。，,]{2,30}?管辖)")
        put_match(
            "loan.overdue_since",
            r"自(?P<v>[^，,。自]{4,16}?)起(?:即)?(?:未按约|未按期|未按时|未依约|未再|开始逾期|逾期|停止还款|未偿还|未还款)",
            parse_date,
        )
        previous_date: re.Match[str] | None = None
        for s_at, sentence in sentences:
            first_date = re.search(rf"(?P<v>{DATE})", sentence)
            clauses = [(s_at + c.start(), c[0]) for c in re.finditer(r"[^，,；;]+", sentence)]
            if "loan.signed_on" not in self.r.values and re.search(r"签订|签署|订立|签约", sentence) and first_date:
                self.parsed(
                    "loan.signed_on",
                    first_date["v"],
                    parse_date,
                    paper,
                    pt,
                    s_at + first_date.start(),
                    s_at + first_date.end(),
                )
            if re.search(r"发放|放款|转入|划付|支付至", sentence) and "loan.disbursed_on" not in self.r.values:
                if first_date:
                    self.parsed(
                        "loan.disbursed_on",
                        first_date["v"],
                        parse_date,
                        paper,
                        pt,
                        s_at + first_date.start(),
                        s_at + first_date.end(),
                    )
                elif re.search(r"(?:于)?当日", sentence) and previous_date is not None:
                    self.parsed(
                        "loan.disbursed_on", previous_date["v"], parse_date, paper, pt, s_at, s_at + len(sentence)
                    )
            for c_at, clause in clauses:
                rate = re.search(rf"(?P<v>{_RATE})", clause)
                if rate is None:
                    continue
                penalty = re.search(r"罚息|逾期|违约", clause)
                field = "loan.penalty_rate" if penalty else "loan.rate"
                if field in self.r.values or "诉讼请求" in clause or "计算" in clause:
                    continue
                if re.search(r"约定|利息|罚息|计收|合同", sentence):
                    self.parsed(
                        field,
                        rate["v"],
                        lambda s: str(parse_rate(s).raw),
                        paper,
                        pt,
                        c_at + rate.start(),
                        c_at + rate.end(),
                    )
            transfer = re.search(
                r"(?P<v>[^，,。；;]{2,40}?)(?:将|把)(?:对被告的|其对被告享有的)?(?:上述)?(?:全部)?债权(?:依法)?转让(?:给|予|至)原告",
                sentence,
            )
            if transfer:
                a = s_at + transfer.start("v")
                self.put("assignment.assignor", transfer["v"], self.source(paper, pt, a, a + len(transfer["v"])))
                before = list(re.finditer(rf"(?P<v>{DATE})", sentence[: transfer.start("v")]))
                if before:  # the date the sentence gives before the transfer, never one after it
                    d = before[-1]
                    self.parsed(
                        "assignment.assigned_on", d["v"], parse_date, paper, pt, s_at + d.start(), s_at + d.end()
                    )
            notice = re.search(
                rf"(?:于)?(?P<d>{DATE})?(?:在|通过)(?P<v>《[^》]+》|[^，,。]{{2,12}}?)(?:上)?(?:刊登|发布|公告)[^，,。]*?(?:转让|催收)[^，,。]*?公告",
                sentence,
            )
            if notice:
                self.put(
                    "assignment.notice_method",
                    f"报纸公告（{notice['v']}）" if notice["v"].startswith("《") else f"公告（{notice['v']}）",
                    self.source(paper, pt, s_at + notice.start(), s_at + notice.end()),
                )
                if notice["d"]:
                    self.parsed(
                        "assignment.notified_on",
                        notice["d"],
                        parse_date,
                        paper,
                        pt,
                        s_at + notice.start("d"),
                        s_at + notice.end("d"),
                    )
            lender = re.search(r"向(?P<v>[^，,。；;向]{2,40}?)申领", sentence)
            if lender:
                a = s_at + lender.start("v")
                self.put("loan.lender", lender["v"], self.source(paper, pt, a, a + len(lender["v"])))
            if first_date:
                dates = list(re.finditer(rf"(?P<v>{DATE})", sentence))
                previous_date = dates[-1]


def parse_date(text: str) -> dt.date | dt.datetime:
    return _parse_date(text)


def parse_id_number(text: str) -> str:
    return _parse_id_number(text).value


def amount_text(value: Decimal) -> str:
    return f"{value:.2f}"
