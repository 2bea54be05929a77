"""诉讼请求 texts: what each claim asks for, its amount, the date interest runs to and any rate it states."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import unicodedata
from decimal import Decimal

import attrs

from summons_kit.errors import ParseError
from summons_kit.fields.dates import day_of, parse_date
from summons_kit.fields.money import parse_amount


class ClaimKind(enum.StrEnum):
    PRINCIPAL = "本金"
    INTEREST = "利息"
    PENALTY_INTEREST = "罚息"
    COMPOUND_INTEREST = "复利"
    DAMAGES = "违约金/滞纳金"
    COLLECTION_COSTS = "实现债权费用"
    COURT_COSTS = "诉讼费用"
    OTHER = "其他"


@attrs.frozen
class Modifier:
    """A mark-up written on a base rate: 上浮30% (``up``), 下浮10% (``down``), 1.5倍 (``times``), 加154个基点
    (``plus_bp``), 减50个基点 (``minus_bp``)."""

    kind: str  # "up" | "down" | "times" | "plus_bp" | "minus_bp"
    value: Decimal
    raw: str

    def apply(self, annual: Decimal) -> Decimal:
        """The annual percent of the base ``annual`` with this mark-up."""
        if self.kind == "up":
            return annual * (1 + self.value / 100)
        if self.kind == "down":
            return annual * (1 - self.value / 100)
        if self.kind == "times":
            return annual * self.value
        if self.kind == "plus_bp":
            return annual + self.value / 100
        return annual - self.value / 100


@attrs.frozen
class Rate:
    """A rate as the claim states it, with its annual equivalent.

    ``annual`` is a percentage (Decimal('18.25') for 18.25 % a year) or None when it depends on a rate not
    stated here: a multiple of the LPR (``lpr_multiple``) or the LPR plus basis points (``base`` "lpr"), whose
    date is not known here, or a mark-up on the contract rate (``base`` "contract": 借款利率上浮50%). The law
    layer resolves those (summons_kit.law.limits.annual_of). ``modifier`` is the mark-up the text writes on its
    base (日利率万分之五上浮30%: annual already includes it). ``day_count`` is 360 or 365 for rates stated per
    day (the convention used to annualise, always stated), None otherwise.
    """

    raw: str
    annual: Decimal | None
    period: str  # "year" | "month" | "day" | "lpr" | "contract"
    day_count: int | None = None
    lpr_multiple: Decimal | None = None
    base: str = "stated"  # "stated" | "lpr" | "contract"
    modifier: Modifier | None = None

    def describe(self) -> str:
        """Chinese text naming the rate and how it was annualised."""
        if self.annual is None and self.base == "contract":
            return f"{self.raw}(以借款利率为基数计)"
        if self.annual is None and self.lpr_multiple is None:
            return f"{self.raw}(以一年期LPR为基数计)"
        if self.annual is None:
            return f"{self.raw}(按一年期LPR的{self.lpr_multiple}倍计)"
        if self.day_count:
            return f"{self.raw}(折合年利率{self.annual}%,按一年{self.day_count}天计)"
        return f"{self.raw}(折合年利率{self.annual}%)"


@attrs.frozen
class ClaimInfo:
    """What the text of one 诉讼请求 says."""

    raw: str
    kinds: tuple[ClaimKind, ...]  # a claim such as 利息、罚息、复利合计 has several
    amount: Decimal | None  # the claim's amount (its stated 合计 where there is one)
    interest_to: dt.date | None = None  # 截至2025年7月31日
    interest_from: dt.date | None = None  # 自2025年8月1日起
    rate: Rate | None = None
    parts: tuple[tuple[ClaimKind, Decimal], ...] = ()  # amounts named one by one inside the text

    @property
    def kind(self) -> ClaimKind:
        """What the claim mainly asks for: its first kind, except that litigation costs (诉讼费, 公告费 …), which
        a complaint adds to any claim, give way to any other kind it names (``本案诉讼费及律师费由被告承担`` is a
        claim for attorney fees)."""
        main: list[ClaimKind] = [k for k in self.kinds if k is not ClaimKind.COURT_COSTS] or list(self.kinds)
        return main[0] if main else ClaimKind.OTHER


# --- Rates --------------------------------------------------------------------------------------------------
# A rate is a period word (年/月/日 利率, 年化, 息) and a value: 18.25%, 0.5‰, 百分之十五, 万分之五, or the
# 分/厘 of common usage (月息1分5厘 = 1.5 % a month; 年息1分 = 10 % a year (unverified: customary, no statute
# defines it)). Or a multiple of the one-year LPR (一年期贷款市场报价利率的四倍, 4倍LPR).
_PERIOD_WORDS = {
    "year": "年化利率|年利率|年化|年息|年利",
    "month": "月利率|月息|月利",
    "day": "日利率|日息|日利",
}
_PERIOD_OF = {w: p for p, words in _PERIOD_WORDS.items() for w in words.split("|")}
_CN_NUM = "[零〇一二三四五六七八九十百两点]+"
_ONE = r"\d|[一二三四五六七八九两]"
_RATE = re.compile(
    rf"(?P<word>{'|'.join(_PERIOD_WORDS.values())})(?:为|是|:|按|约)?"
    rf"(?:(?P<pct>\d+(?:\.\d+)?)%|(?P<pml>\d+(?:\.\d+)?)‰"
    rf"|(?P<base>百|千|万)分之(?P<frac>\d+(?:\.\d+)?|{_CN_NUM})"
    # 1分5厘, 8厘; not 一分五 (colloquial for 1.5, or a typo: refused rather than read as 1分)
    rf"|(?P<fen>{_ONE})分(?:(?P<li>{_ONE})厘)?(?![\d一二三四五六七八九])|(?P<li_only>{_ONE})厘)"
)
_LPR_NAME = r"(?:一年期)?(?:LPR|贷款市场报价利率)"
#: the words every LPR pattern holds: a text without them is not searched (and the patterns, about 10 ms to
#: compile, are compiled only when a text names the LPR)
_LPR_WORDS = ("LPR", "贷款市场报价利率")


@functools.cache
def _lpr_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A multiple of the LPR (4倍LPR), and the LPR as a base with basis points (LPR加154个基点)."""
    multiple = re.compile(
        rf"{_LPR_NAME}(?:\([^()]*\))?的?(?P<times>\d+(?:\.\d+)?|{_CN_NUM})倍"  # 一年期贷款市场报价利率的四倍
        # 4倍LPR, 四倍的同期全国银行间同业拆借中心公布的贷款市场报价利率
        # (a number starts where no digit/numeral precedes it: a long run is scanned once, not once per position)
        rf"|(?P<times2>(?<![\d.])\d+(?:\.\d+)?|(?<![零〇一二三四五六七八九十百两点]){_CN_NUM})倍的?(?:同期)?"
        rf"(?:全国银行间同业拆借中心公布的)?{_LPR_NAME}"
    )
    return multiple, re.compile(rf"{_LPR_NAME}(?:\([^()]*\))?(?=加|减|\+|-)")


_DAYS_360 = re.compile(r"(?:360|三百六十)[天日]")
_BARE_PERCENT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?%|百分之")
_SCALE = {"百": Decimal(1), "千": Decimal("0.1"), "万": Decimal("0.01")}  # 万分之五 = 0.05 %


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _number(raw: str, s: str) -> Decimal:
    """'0.05' or a Chinese number ('十五', '二十四点五', '五') as a Decimal, without float."""
    if _DECIMAL.fullmatch(s):
        return Decimal(s)
    whole, _, frac = s.replace("〇", "零").partition("点")
    digits = "零一二三四五六七八九"
    import cn2an  # imported here: slow to import, needed only for Chinese numerals

    try:
        value = Decimal(int(cn2an.cn2an(whole.replace("两", "二"), "strict"))) if whole else Decimal(0)
    except ValueError:
        raise ParseError(raw, f"数字“{s}”写法有误", f"the numeral {s!r} is malformed") from None
    if frac:
        if any(c not in digits for c in frac):
            raise ParseError(raw, f"数字“{s}”写法有误", f"the numeral {s!r} is malformed")
        value += Decimal("0." + "".join(str(digits.index(c)) for c in frac))
    return value


def _plain(d: Decimal) -> Decimal:
    """18.250 -> 18.25, 18.0 -> 18, without exponent notation."""
    d = d.normalize()
    exponent = d.as_tuple().exponent
    return d.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else d


def _rate_from(raw: str, m: re.Match[str], context: str) -> Rate:
    """A :class:`Rate` from a match of ``_RATE`` in the text ``raw``; ``context`` may state 360 days."""
    period = _PERIOD_OF[m["word"]]
    if m["pct"]:  # 18.25%
        percent = Decimal(m["pct"])
    elif m["pml"]:  # 0.5‰
        percent = Decimal(m["pml"]) / 10
    elif m["base"]:  # 百分之十五, 千分之零点五, 万分之五
        percent = _number(raw, m["frac"]) * _SCALE[m["base"]]
    elif period == "day":
        raise ParseError(
            raw,
            "“日息×分×厘”的含义不确定,请写成百分比",
            "a daily rate in 分/厘 is ambiguous: give a percentage",
        )
    else:  # 分/厘 of common usage: 年息1分 = 10 %, 月息1分 = 1 %; a 厘 is a tenth of a 分
        unit = Decimal(10) if period == "year" else Decimal(1)
        fen, li = _number(raw, m["fen"] or "0"), _number(raw, m["li"] or m["li_only"] or "0")
        percent = fen * unit + li * unit / 10
    if period == "year":
        return Rate(raw=m[0], annual=_plain(percent), period="year")
    if period == "month":
        return Rate(raw=m[0], annual=_plain(percent * 12), period="month")
    days = 360 if _DAYS_360.search(context) else 365
    return Rate(raw=m[0], annual=_plain(percent * days), period="day", day_count=days)


# A mark-up right after its base: 上浮30%, 下浮10%, 的1.5倍, 加154个基点 / +154BP, 减50个基点.
_NUM = rf"\d+(?:\.\d+)?|{_CN_NUM}"
_MODIFIER = re.compile(
    rf"^(?:的|为|之)?(?:基础上|的基础上)?(?:再)?"
    rf"(?:(?:上浮|上调|提高|加收)(?P<up>{_NUM})%|(?:上浮|上调|提高|加收)百分之(?P<up_cn>{_NUM})"
    rf"|(?:下浮|下调|降低)(?P<down>{_NUM})%|(?:下浮|下调|降低)百分之(?P<down_cn>{_NUM})"
    rf"|(?P<times>{_NUM})倍"
    rf"|(?:加|\+)(?P<plus>{_NUM})(?:个)?(?:基点|BP|bp)|(?:减|-)(?P<minus>{_NUM})(?:个)?(?:基点|BP|bp))"
)
# words that mark a mark-up the kit may fail to read: refused rather than the base taken silently
_MODIFIER_WORD = re.compile(r"^[^,;。、]{0,8}?(?:上浮|下浮|上调|下调|浮动|提高|降低|加收|倍|基点|BP|bp|加点)")
_CONTRACT_BASE = re.compile(
    r"(?:合同|借款|贷款|约定|正常|原)(?:执行)?(?:年|月|日)?(?:利率|利息)(?=的|基础上|上浮|下浮|上调|下调|提高|加收)"
)


def _modifier(raw: str, tail: str) -> Modifier | None:
    """The mark-up at the start of ``tail`` (the text right after a base rate), or None when there is none; a
    mark-up word there that cannot be read is refused (never the base rate taken silently)."""
    m = _MODIFIER.match(tail)
    if m is None:
        word = _MODIFIER_WORD.match(tail)
        if word:
            raise ParseError(
                raw,
                f"利率的浮动部分“{word[0]}”无法识别(可写成如“上浮30%”“1.5倍”“加154个基点”)",
                f"the mark-up {word[0]!r} on the rate cannot be read (write e.g. 上浮30%, 1.5倍, 加154个基点)",
            )
        return None
    for kind, group in (("up", "up"), ("up", "up_cn"), ("down", "down"), ("down", "down_cn"), ("times", "times")):
        if m[group]:
            return Modifier(kind, _number(raw, m[group]), m[0])
    if m["plus"]:
        return Modifier("plus_bp", _number(raw, m["plus"]), m[0])
    return Modifier("minus_bp", _number(raw, m["minus"]), m[0])


def _find_rate(raw: str, s: str) -> Rate | None:
    """The first rate stated in ``s`` (the normalised ``raw``), or None."""
    m = _RATE.search(s)
    lpr = lpr_base = None
    if any(word in s for word in _LPR_WORDS):
        multiple, base = _lpr_patterns()
        lpr, lpr_base = multiple.search(s), base.search(s)
    contract = _CONTRACT_BASE.search(s)
    candidates = ((m, "rate"), (lpr, "lpr"), (contract, "contract"), (lpr_base, "bp"))
    found = sorted((x.start(), name) for x, name in candidates if x is not None)
    if not found:
        return None
    first = found[0][1]
    if first == "lpr" and lpr is not None:
        times = _number(raw, lpr["times"] or lpr["times2"])
        return Rate(raw=lpr[0], annual=None, period="lpr", lpr_multiple=_plain(times))
    if first == "bp" and lpr_base is not None:
        modifier = _modifier(raw, s[lpr_base.end() :])
        if modifier is not None:
            return Rate(
                raw=s[lpr_base.start() : lpr_base.end() + len(modifier.raw)],
                annual=None,
                period="lpr",
                base="lpr",
                modifier=modifier,
            )
        return _find_rate_after(raw, s, lpr_base.end())
    if first == "contract" and contract is not None:
        modifier = _modifier(raw, s[contract.end() :])
        if modifier is not None:
            end = contract.end() + len(modifier.raw)
            return Rate(
                raw=s[contract.start() : end], annual=None, period="contract", base="contract", modifier=modifier
            )
        return _find_rate_after(raw, s, contract.end())
    assert m is not None
    rate = _rate_from(raw, m, s)
    modifier = _modifier(raw, s[m.end() :])
    if modifier is None or rate.annual is None:
        return rate
    return attrs.evolve(rate, raw=m[0] + modifier.raw, annual=_plain(modifier.apply(rate.annual)), modifier=modifier)


def _find_rate_after(raw: str, s: str, start: int) -> Rate | None:
    """The first rate after ``start`` (a base word without a mark-up was no rate of its own)."""
    return _find_rate(raw, s[start:])


def parse_rate(text: str) -> Rate:
    """Read a stated rate and annualise it.

    年利率18.25%, 年利率百分之十五; 日利率万分之五 (x 365, or 360 when the text says so); 月息1分5厘 (x 12);
    LPR的四倍 (annual None, ``lpr_multiple`` 4). Raises :class:`ParseError` naming the text and the reason.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_rate expects a str, got {type(text).__name__}")
    s = _normal(text)
    if not s:
        raise ParseError(text, "利率为空", "the rate is empty")
    rate = _find_rate(text, s)
    if rate is None:
        if _BARE_PERCENT.search(s):
            raise ParseError(text, "利率应注明是年、月还是日利率", "say whether the rate is per year, month or day")
        raise ParseError(
            text,
            "不是可识别的利率(应如年利率18.25%、日利率万分之五)",
            "not a recognised rate (e.g. 年利率18.25%)",
        )
    return attrs.evolve(rate, raw=text.strip())


def _normal(text: str) -> str:
    """NFKC (full-width -> ASCII, ％ -> %, （） -> ()), no spaces."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


_SPACES = re.compile(r"\s+")


# --- Claims -------------------------------------------------------------------------------------------------
# Each kind and the words that name it. Order matters only for overlapping words (逾期利息 is 罚息, not 利息).
_KIND_WORDS: tuple[tuple[ClaimKind, str], ...] = (
    (ClaimKind.PENALTY_INTEREST, r"罚息|逾期利息"),
    (ClaimKind.COMPOUND_INTEREST, r"复利"),
    (ClaimKind.INTEREST, r"(?<!逾期)利息"),
    (ClaimKind.PRINCIPAL, r"本金|(?:偿还|归还|返还|清偿)(?:全部)?(?:借款|欠款|贷款|透支款)(?![利罚复])"),
    (ClaimKind.DAMAGES, r"违约金|滞纳金"),
    (ClaimKind.COLLECTION_COSTS, r"律师费|律师代理费|实现债权的?费用|催收费|保全担保费|保全保险费|差旅费"),
    (ClaimKind.COURT_COSTS, r"诉讼费|案件受理费|受理费|保全费|公告费|鉴定费"),
    (ClaimKind.OTHER, r"手续费|年费|服务费|管理费|(?<!保全)担保费"),
)
_KIND_RE = re.compile("|".join(f"(?P<k{i}>{words})" for i, (_, words) in enumerate(_KIND_WORDS)))
# A figure is taken whole (digits, commas and dots, ending on a digit) so that parse_amount sees a malformed
# one (12.345.67元) and refuses it, instead of this regex finding a valid-looking tail (345.67元) in it.
_FIG = r"(?<![\d.,])\d(?:[\d,.]*\d)?"
_CAP = "[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]"
_MONEY = re.compile(
    rf"(?:人民币|RMB)?¥?{_FIG}[万亿]?元"  # 人民币15,600.00元, 1.2万元
    rf"|(?:人民币|RMB)?¥{_FIG}"  # ¥11,576.77
    # 壹万壹仟伍佰柒拾陆元柒角柒分, 五万元
    # (a numeral run is entered at its first character only: a long run is scanned once, not once per position)
    rf"|(?<!{_CAP})(?:人民币)?{_CAP}+元(?:零?{_CAP}角)?(?:零?{_CAP}分)?(?:整|正)?"
    rf"|(?<!{_CAP})(?:人民币)?{_CAP}*{_CAP}角(?:零?{_CAP}分)?"  # 叁角
)
# A word before an amount, in the same clause, that makes the amount a total (合计人民币1,418.10元).
_TOTAL = re.compile(r"(?:合计|共计|总计|合共|总额|总金额)[^,、;]*$")
# 以未偿还本金15,600.00元为基数: the base of a calculation, not an amount claimed.
_BASE = re.compile(r"以(?:[^,;()]|(?<=\d),(?=\d))*?为(?:计算)?基数")
_BRACKETED = re.compile(r"\(([^()]*)\)")
# An amount with its other form in brackets right after it: 壹万元整(¥10,000.00). The two must agree.
_MONEY_PAIR = re.compile(rf"(?:{_MONEY.pattern})\((?P<alt>[^()]*)\)")
# Clauses end at 、 ; and at commas that are not grouping commas (1,046.88).
_CLAUSE = re.compile(r"[、;]|(?<!\d),|,(?!\d)")
_DATE = r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
_DATE_WITH_WORD = re.compile(rf"(?P<kw>自|从|截至|截止到|截止至|截止|计至|计算至|算至|至|到)(?P<date>{_DATE})")
_ENUMERATOR = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)[、.)](?!\d)|^\(\d+\)")


def _kinds_in(s: str) -> list[tuple[int, ClaimKind]]:
    """(position, kind) of every kind word in ``s``."""
    # the words hold no group of their own: the one named group that matched is the last
    return [(m.start(), _KIND_WORDS[int(m.lastgroup[1:])][0]) for m in _KIND_RE.finditer(s) if m.lastgroup]


def parse_claim(text: str) -> ClaimInfo:
    """What one 诉讼请求 asks for: its kinds, its amount, the dates interest runs from and to, and any rate.

    The amount is the 合计 the text states, else its single amount, else the sum of the amounts it names,
    else None (本案诉讼费用由被告承担). An amount that is only the base of a calculation
    (以本金15,600.00元为基数) is not counted. An amount repeated in the other form in brackets
    (壹万元整（¥10,000.00）) counts once, and the two forms must agree.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_claim expects a str, got {type(text).__name__}")
    return _parse_claim(text)


@functools.lru_cache(maxsize=2048, typed=True)
def _parse_claim(text: str) -> ClaimInfo:
    """:func:`parse_claim`'s reading, cached: a pure function of the text with a frozen result (a batch repeats
    claims such as 判令被告承担本案诉讼费用; an error is not cached, it is raised again)."""
    s = _ENUMERATOR.sub("", _normal(text))
    if not s:
        raise ParseError(text, "诉讼请求为空", "the claim is empty")
    rate = _find_rate(text, s)
    interest_from = interest_to = None
    for m in _DATE_WITH_WORD.finditer(s):
        when = _claim_date(text, m["date"])
        if m["kw"] in ("自", "从"):
            interest_from = interest_from or when
        else:
            interest_to = interest_to or when

    body = _BASE.sub("", s)
    for pair in _MONEY_PAIR.finditer(body):
        if _is_amount(pair["alt"]):
            _claim_amount(text, pair[0])  # parse_amount reads both forms: a disagreement is an error
    body = _BRACKETED.sub(lambda b: "" if _is_amount(b[1]) else b[0], body)  # 壹万元(¥10,000.00): count once
    kinds = _kinds_in(body)
    parts: list[tuple[ClaimKind, Decimal]] = []
    totals: list[Decimal] = []
    for clause in _CLAUSE.split(body):
        clause_kinds = _kinds_in(clause)
        for m in _MONEY.finditer(clause):
            found = _claim_amount(text, m[0])
            if _TOTAL.search(clause[: m.start()]):
                totals.append(found)
                continue
            before = [k for pos, k in clause_kinds if pos < m.start()]
            kind = before[-1] if before else (kinds[0][1] if kinds else ClaimKind.OTHER)
            parts.append((kind, found))
    amount: Decimal | None
    if totals:
        amount = totals[-1]
    elif parts:
        amount = sum((a for _, a in parts), Decimal("0.00"))
    else:
        amount = None
    unique = tuple(dict.fromkeys(k for _, k in kinds)) or (ClaimKind.OTHER,)
    return ClaimInfo(
        raw=text,
        kinds=unique,
        amount=amount,
        interest_to=interest_to,
        interest_from=interest_from,
        rate=rate,
        parts=tuple(parts),
    )


def _is_amount(s: str) -> bool:
    try:
        parse_amount(s)
    except ParseError:
        return False
    return True


def _claim_amount(raw: str, s: str) -> Decimal:
    try:
        return parse_amount(s)
    except ParseError as e:
        raise ParseError(raw, f"金额“{s}”有误:{e.reason}", f"the amount {s!r}: {e.reason_en}") from None


def _claim_date(raw: str, s: str) -> dt.date:
    try:
        value = parse_date(s)
    except ParseError as e:
        raise ParseError(raw, f"日期“{s}”有误:{e.reason}", f"the date {s!r}: {e.reason_en}") from None
    return day_of(value)
