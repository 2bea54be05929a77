"""Rules for the complaint (起诉状): the parties, the claims and their total, the complaint's date, and the loan
and assignment facts its 事实与理由 states."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from summons_kit.errors import ParseError
from summons_kit.fields import parse_amount, parse_claim, parse_credit_code, parse_rate
from summons_kit.fields.identity import normalize_phone
from summons_kit.fields.text import zh_punctuation
from summons_kit.intake.model import Unread
from summons_kit.intake.pages import Paper, PaperKind
from summons_kit.intake.reader import (
    COLON,
    DATE,
    ITEMS,
    ORG_WORDS,
    RATE,
    SENTENCES,
    Reader,
    cn_int,
    parse_date,
    parse_id_number,
)
from summons_kit.intake.text import PaperText


def complaint_parties(r: Reader) -> None:
    for paper, pt in r.of(PaperKind.COMPLAINT):
        stop = r"(?=被告[:：]|第三人[:：]|诉讼请求|$)"
        m = re.search(rf"原告{COLON}(?P<v>.+?){stop}", pt.text)
        if m:
            party_block(r, "plaintiff", paper, pt, m.start("v"), m.end("v"))
        for i, m in enumerate(re.finditer(rf"(?<!原)被告[:：](?P<v>.+?){stop}", pt.text)):
            if i == 0:
                party_block(r, "defendant", paper, pt, m.start("v"), m.end("v"))
            else:
                r.r.notes.setdefault("more_defendants", "")
                r.r.notes["more_defendants"] += m["v"].split("，")[0].split(",")[0] + " "
        return


def party_block(r: Reader, role: str, paper: Paper, pt: PaperText, start: int, end: int) -> None:
    """原告：X，住所地……。法定代表人：Y，董事长。委托诉讼代理人：Z，……律师。"""
    block = pt.text[start:end]
    parts = re.split(r"(法定代表人|负责人|委托诉讼代理人|委托代理人|诉讼代理人)[:：]", block)
    party_items(r, role, paper, pt, start, parts[0])
    at = start + len(parts[0])
    for label, body in zip(parts[1::2], parts[2::2], strict=True):
        at += len(label) + 1
        items = [(m.start() + at, m[0]) for m in ITEMS.finditer(body)]
        at += len(body)
        if not items:
            continue
        name_at, name = items[0]
        title_at, title = items[1] if len(items) > 1 else (name_at, "")
        if label in ("法定代表人", "负责人"):
            r.put(f"{role}.representative", name, r.source(paper, pt, name_at, name_at + len(name)))
            if title:
                r.put(f"{role}.representative_title", title, r.source(paper, pt, title_at, title_at + len(title)))
        elif role == "plaintiff":
            src = r.source(paper, pt, name_at, title_at + len(title))
            r.put("agent.name", name, src)
            for word in ("律师", "实习律师", "基层法律服务工作者", "法律工作者"):
                if title.endswith(word) and len(title) > len(word):
                    r.put("agent.firm", title[: -len(word)], src)
                    r.put("agent.title", word, src)
                    break
            else:
                if title:
                    r.put("agent.firm", title, src)
                    r.put("agent.title", "", src)
            for extra_at, extra in items[2:]:
                phone = re.match(r"(?:联系电话|电话|手机)[:：]?(?P<v>[\d\-+]{7,20})$", extra)
                if phone:
                    r.parsed("agent.phone", phone["v"], normalize_phone, paper, pt, extra_at, extra_at + len(extra))


def party_items(r: Reader, role: str, paper: Paper, pt: PaperText, start: int, block: str) -> None:
    items = [(m.start() + start, m[0]) for m in ITEMS.finditer(block)]
    if not items:
        return
    name_at, name = items[0]
    r.put(f"{role}.name", name, r.source(paper, pt, name_at, name_at + len(name)))
    kind = "organization" if ORG_WORDS.search(name) else "person"
    for at, item in items[1:]:
        end = at + len(item)
        if item in ("男", "女"):
            r.put(f"{role}.gender", item, r.source(paper, pt, at, end))
        elif m := re.fullmatch(rf"(?P<v>{DATE})出生", item):
            r.parsed(f"{role}.birth_date", m["v"], parse_date, paper, pt, at, end)
        elif re.fullmatch(r"[\u4e00-\u9fff]{1,6}族", item):
            r.put(f"{role}.ethnicity", item, r.source(paper, pt, at, end))
        elif m := re.fullmatch(r"(?:公民身份号码|居民身份证号码|身份证号码|身份证号)[:：]?(?P<v>.+)", item):
            r.parsed(f"{role}.id_number", m["v"], parse_id_number, paper, pt, at, end)
        elif m := re.fullmatch(r"统一社会信用代码[:：]?(?P<v>.+)", item):
            kind = "organization"
            r.parsed(f"{role}.credit_code", m["v"], lambda s: str(parse_credit_code(s)), paper, pt, at, end)
        elif m := re.fullmatch(r"(?:联系电话|电话|手机号码|手机号|手机|联系方式)[:：]?(?P<v>.+)", item):
            r.parsed(f"{role}.phone", m["v"], normalize_phone, paper, pt, at, end)
        elif m := re.fullmatch(r"经常居住地[:：]?(?P<v>.+)", item):
            r.put(f"{role}.residence", zh_punctuation(m["v"]), r.source(paper, pt, at, end))
        elif m := re.fullmatch(r"(?:住所地|住所|住址|户籍地|住)[:：]?(?P<v>.+)", item):
            r.put(f"{role}.address", zh_punctuation(m["v"]), r.source(paper, pt, at, end))
    r.put(f"{role}.kind", kind, r.source(paper, pt, name_at, name_at + len(name)))


def claims(r: Reader) -> None:
    for paper, pt in r.of(PaperKind.COMPLAINT):
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
        claim_items(r, paper, pt, start, block[:claims_end])
        if total:
            t0 = start + total.start("v")
            r.parsed("complaint.total", total["v"], parse_amount, paper, pt, t0, t0 + len(total["v"]))
            refs = [int(n) for n in re.findall(r"\d+", total["items"])]
            r.r.notes["total_items"] = ",".join(str(n) for n in refs)
            r.r.notes["total_text"] = total["items"]
        filed = list(re.finditer(rf"(?P<v>{DATE})", pt.text[m.end() :]))
        after_sign = [d for d in filed if "具状人" in pt.text[m.end() : m.end() + d.start()]]
        candidates = after_sign or filed
        if candidates:
            date = candidates[-1]
            d0 = m.end() + date.start()
            r.parsed("complaint.filed_on", date["v"], parse_date, paper, pt, d0, d0 + len(date["v"]))
        return


def claim_items(r: Reader, paper: Paper, pt: PaperText, start: int, block: str) -> None:
    markers = list(re.finditer(r"(?:^|(?<=[；;。]))(?P<n>\d{1,2})[.、．,，]", block))
    if markers:
        spans = [
            (mk.end(), markers[i + 1].start() if i + 1 < len(markers) else len(block)) for i, mk in enumerate(markers)
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
        src = r.source(paper, pt, start + a, start + b)
        r.put(f"{field}.text", zh_punctuation(text), src)
        try:
            amount = parse_claim(text).amount
        except ParseError as exc:
            r.r.unread.append(
                Unread(
                    f"{field}.amount",
                    f"请求“{text}”的金额无法识别:{exc.reason}",
                    f"cannot read the amount of {text!r}: {exc.reason_en}",
                    src,
                )
            )
            continue
        if amount is not None:
            r.put(f"{field}.amount", amount, src)


def loan(r: Reader) -> None:
    for paper, pt in r.of(PaperKind.COMPLAINT):
        m = re.search(r"事实(?:与|和)理由[:：]?(?P<v>.+?)(?=此致|具状人|$)", pt.text)
        if m:
            facts(r, paper, pt, m.start("v"), m["v"])
        return


def facts(r: Reader, paper: Paper, pt: PaperText, start: int, block: str) -> None:
    def put_match(
        field: str, rx: str, parse: Callable[[str], Any] | None = None, within: str = block, offset: int = start
    ) -> re.Match[str] | None:
        mm = re.search(rx, within)
        if mm is None:
            return None
        a, b = offset + mm.start("v"), offset + mm.end("v")
        if parse is None:
            r.put(field, zh_punctuation(mm["v"]), r.source(paper, pt, a, b))
        else:
            r.parsed(field, mm["v"], parse, paper, pt, a, b)
        return mm

    sentences = [(start + s.start(), s[0]) for s in SENTENCES.finditer(block)]
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
    if "loan.venue_clause" not in r.r.values:
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
        if "loan.signed_on" not in r.r.values and re.search(r"签订|签署|订立|签约", sentence) and first_date:
            r.parsed(
                "loan.signed_on",
                first_date["v"],
                parse_date,
                paper,
                pt,
                s_at + first_date.start(),
                s_at + first_date.end(),
            )
        if re.search(r"发放|放款|转入|划付|支付至", sentence) and "loan.disbursed_on" not in r.r.values:
            if first_date:
                r.parsed(
                    "loan.disbursed_on",
                    first_date["v"],
                    parse_date,
                    paper,
                    pt,
                    s_at + first_date.start(),
                    s_at + first_date.end(),
                )
            elif re.search(r"(?:于)?当日", sentence) and previous_date is not None:
                r.parsed("loan.disbursed_on", previous_date["v"], parse_date, paper, pt, s_at, s_at + len(sentence))
        for c_at, clause in clauses:
            rate = re.search(rf"(?P<v>{RATE})", clause)
            if rate is None:
                continue
            penalty = re.search(r"罚息|逾期|违约", clause)
            field = "loan.penalty_rate" if penalty else "loan.rate"
            if field in r.r.values or "诉讼请求" in clause or "计算" in clause:
                continue
            if re.search(r"约定|利息|罚息|计收|合同", sentence):
                r.parsed(
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
            r.put("assignment.assignor", transfer["v"], r.source(paper, pt, a, a + len(transfer["v"])))
            before = list(re.finditer(rf"(?P<v>{DATE})", sentence[: transfer.start("v")]))
            if before:  # the date the sentence gives before the transfer, never one after it
                d = before[-1]
                r.parsed("assignment.assigned_on", d["v"], parse_date, paper, pt, s_at + d.start(), s_at + d.end())
        notice = re.search(
            rf"(?:于)?(?P<d>{DATE})?(?:在|通过)(?P<v>《[^》]+》|[^，,。]{{2,12}}?)(?:上)?(?:刊登|发布|公告)[^，,。]*?(?:转让|催收)[^，,。]*?公告",
            sentence,
        )
        if notice:
            r.put(
                "assignment.notice_method",
                f"报纸公告（{notice['v']}）" if notice["v"].startswith("《") else f"公告（{notice['v']}）",
                r.source(paper, pt, s_at + notice.start(), s_at + notice.end()),
            )
            if notice["d"]:
                r.parsed(
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
            r.put("loan.lender", lender["v"], r.source(paper, pt, a, a + len(lender["v"])))
        if first_date:
            dates = list(re.finditer(rf"(?P<v>{DATE})", sentence))
            previous_date = dates[-1]
