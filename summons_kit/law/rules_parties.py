"""Parties and venue: an assignee suing without notice, and a court far from the defendant's domicile."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from summons_kit.case.model import Case
from summons_kit.fields.dates import format_date
from summons_kit.law import basis
from summons_kit.law.deadlines import Deadline
from summons_kit.law.finding import Code, Context, Finding, declare

NOT_NOTIFIED = declare(
    "assignment.not_notified",
    "warning",
    "assignment.notified",
    basis.ASSIGNMENT,
    "债权转让未通知债务人",
    "the plaintiff is not the original lender (loan.lender or assignment.assignor) and assignment.notified is not true",
    order=20,  # standing: argued right after limitation
)
BY_PUBLICATION = declare(
    "assignment.notice_by_publication",
    "info",
    "assignment.notice_method",
    basis.ASSIGNMENT_PUBLICATION,
    "以公告方式通知债权转让",
    "the assignment was notified only by a newspaper or other public notice (公告/登报)",
)
SPOUSE_JOINED = declare(
    "parties.spouse_joint_debt",
    "warning",
    "defendants",
    basis.SPOUSE_DEBT,
    "配偶作为共同被告（夫妻共同债务）",
    "a defendant is marked spouse = true (joined as the borrower's spouse on a 夫妻共同债务 claim)",
)
FAR_COURT = declare(
    "jurisdiction.far_court",
    "warning",
    "court.name",
    basis.JURISDICTION,
    "受诉法院不在答辩人住所地",
    "the court's province or city (from its name) differs from that of the defendant's address (simple "
    "comparison of the 省/市 names) and the venue clause (loan.venue_clause) names the place of signing (签订地) "
    "or another place whose connection to the dispute must be checked; an internet court is noted",
)
FAR_COURT_LENDER_SEAT = declare(
    "jurisdiction.far_court_lender_seat",
    "info",
    "loan.venue_clause",
    basis.JURISDICTION,
    "受诉法院不在答辩人住所地（约定由贷款人住所地法院管辖）",
    "a far court (as jurisdiction.far_court) and the venue clause names the lender's (plaintiff's) seat: the "
    "objection turns on whether the standard term was brought to the borrower's attention (民诉法解释 31)",
)
FAR_COURT_NO_CLAUSE = declare(
    "jurisdiction.far_court_no_clause",
    "info",
    "court.name",
    basis.join(basis.JURISDICTION, basis.PLACE_OF_PERFORMANCE),
    "受诉法院不在答辩人住所地（未载明管辖条款）",
    "a far court (as jurisdiction.far_court) and the case records no venue clause: the receiving party's seat "
    "is the place of performance of a money claim (民诉法解释 18 ¶2), so an objection is weak",
)
_CODE_OF_KIND = {"none": FAR_COURT_NO_CLAUSE, "plaintiff_seat": FAR_COURT_LENDER_SEAT}

#: the document the finding proposes (summons_kit.case.registry OBJECTION; the draft cites this finding back)
OBJECTION_DRAFT = "可起草《管辖权异议申请书》（summons-kit draft CASE -o DIR --documents objection）。"

_PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCE_SUFFIX = re.compile(r"^(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)")
#: the province abbreviation that begins a 案号's court code (法院代字), by province; 兵 is the 兵团 courts of 新疆
PROVINCE_ABBREVIATIONS = {
    "北京": "京",
    "天津": "津",
    "上海": "沪",
    "重庆": "渝",
    "河北": "冀",
    "山西": "晋",
    "辽宁": "辽",
    "吉林": "吉",
    "黑龙江": "黑",
    "江苏": "苏",
    "浙江": "浙",
    "安徽": "皖",
    "福建": "闽",
    "江西": "赣",
    "山东": "鲁",
    "河南": "豫",
    "湖北": "鄂",
    "湖南": "湘",
    "广东": "粤",
    "海南": "琼",
    "四川": "川",
    "贵州": "贵",
    "云南": "云",
    "陕西": "陕",
    "甘肃": "甘",
    "青海": "青",
    "内蒙古": "蒙",
    "广西": "桂",
    "西藏": "藏",
    "宁夏": "宁",
    "新疆": "新",
}
#: cities whose courts are often named without 市 (前海, 互联网, 金融, 铁路运输 courts ...), with their province;
#: other cities need “X市”
CITY_PROVINCE = {
    "深圳": "广东",
    "广州": "广东",
    "珠海": "广东",
    "佛山": "广东",
    "东莞": "广东",
    "中山": "广东",
    "汕头": "广东",
    "杭州": "浙江",
    "宁波": "浙江",
    "温州": "浙江",
    "南京": "江苏",
    "苏州": "江苏",
    "无锡": "江苏",
    "成都": "四川",
    "武汉": "湖北",
    "西安": "陕西",
    "长沙": "湖南",
    "郑州": "河南",
    "济南": "山东",
    "青岛": "山东",
    "厦门": "福建",
    "福州": "福建",
    "大连": "辽宁",
    "沈阳": "辽宁",
    "哈尔滨": "黑龙江",
    "长春": "吉林",
    "石家庄": "河北",
    "太原": "山西",
    "合肥": "安徽",
    "南昌": "江西",
    "南宁": "广西",
    "海口": "海南",
    "三亚": "海南",
    "贵阳": "贵州",
    "昆明": "云南",
    "兰州": "甘肃",
    "西宁": "青海",
    "银川": "宁夏",
    "乌鲁木齐": "新疆",
    "呼和浩特": "内蒙古",
    "拉萨": "西藏",
}
_CITIES = tuple(CITY_PROVINCE)


def _by_first_character(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``names`` grouped by their first character, each group in the order of ``names``."""
    groups: dict[str, tuple[str, ...]] = {}
    for name in names:
        groups[name[0]] = (*groups.get(name[0], ()), name)
    return groups


_PROVINCES_BY_FIRST, _CITIES_BY_FIRST = _by_first_character(_PROVINCES), _by_first_character(_CITIES)


def _first_prefix(text: str, names_by_first: dict[str, tuple[str, ...]]) -> str | None:
    """The first name (in list order) that ``text`` starts with: only names with its first character are tried."""
    return next((name for name in names_by_first.get(text[:1], ()) if text.startswith(name)), None)


_CITY = re.compile(r"^(.{2,4}?)(市|自治州|地区|盟)")
_SPACE = re.compile(r"\s")
INTERNET_COURTS = ("北京互联网法院", "广州互联网法院", "杭州互联网法院")


@attrs.frozen
class Place:
    """The province and city a court name or an address names (None where it does not say)."""

    province: str | None
    city: str | None


def place(text: str) -> Place:
    """Province and city at the start of ``text``: ``广东省深圳市…`` -> 广东/深圳, ``杭州市…`` -> None/杭州
    ."""
    rest = _SPACE.sub("", text)
    province = _first_prefix(rest, _PROVINCES_BY_FIRST)
    if province:
        rest = _PROVINCE_SUFFIX.sub("", rest[len(province) :], count=1)
        if province in _MUNICIPALITIES:
            return Place(province, province)
    known = _first_prefix(rest, _CITIES_BY_FIRST)
    if known:
        return Place(province, known)
    match = _CITY.match(rest)
    return Place(province, match.group(1) if match else None)


def province_of(text: str) -> str | None:
    """The province a court name or address names: ``广东省…`` -> 广东, ``深圳前海合作区人民法院`` -> 广东 (a
    city of :data:`CITY_PROVINCE`); None when it cannot be read."""
    found = place(text)
    if found.province:
        return found.province
    return CITY_PROVINCE.get(found.city) if found.city else None


def _same(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _norm(name: str) -> str:
    return _SPACE.sub("", name).replace("(", "（").replace(")", "）")


def check_assignment(context: Context) -> Iterator[Finding]:
    case = context.case
    lender = case.original_lender
    plaintiff = case.plaintiff.name
    assignment = case.assignment
    if not lender or not plaintiff or _norm(lender) == _norm(plaintiff):
        return
    if assignment is None or assignment.notified is not True:
        unknown = assignment is None or assignment.notified is None
        state = "案件未载明是否通知答辩人" if unknown else "答辩人未收到债权转让通知"
        yield NOT_NOTIFIED.finding(
            f"原告“{plaintiff}”并非原债权人“{lender}”，{state}。债权转让未通知债务人的，"
            "对债务人不发生效力（《民法典》第546条）；答辩人对原债权人的抗辩可以向受让人主张（第548条）；"
            "受让人未通知即起诉的，起诉状副本送达时转让对债务人发生效力，"
            "因未通知增加的费用应由受让人承担（《合同编通则解释》第48条）。",
            f"the plaintiff {plaintiff!r} is not the original lender {lender!r} and no notice of the "
            "assignment to the defendant is recorded: the assignment binds the debtor only once notified; "
            "defences against the original lender carry over.",
            field="assignment.notified" if assignment is not None else "plaintiff.name",
            # what the case records is stated; what it does not (an assignment at all, whether notice was given)
            # is asked with a 【待确认】 question: never inferred from two names that differ
            point=(
                f"原告并非与答辩人签订合同的原债权人“{lender}”，其主张受让债权"
                + (
                    "【待确认：原告是否受让债权，原债权人或原告在起诉前是否通知答辩人】"
                    if unknown
                    else "，但原债权人及原告在起诉前均未将债权转让事实通知答辩人"
                )
                + "。依据《民法典》第五百四十六条，"
                "债权转让未通知债务人的，对债务人不发生效力；原告未通知即起诉的，债权转让自起诉状副本送达"
                "答辩人时起才对答辩人发生效力，答辩人在此之前向原债权人履行的部分应予扣除，因未通知而增加的"
                "费用（包括本案诉讼费用中因此增加的部分）应由原告自行承担（《最高人民法院关于适用〈中华人民"
                "共和国民法典〉合同编通则若干问题的解释》第四十八条）。答辩人对原债权人的全部抗辩均可向原告"
                "主张（《民法典》第五百四十八条），原告还应提供完整的债权转让协议及对价支付凭证以证明其受让事实。"
            ),
        )
        return
    method = assignment.notice_method
    if any(word in method for word in ("公告", "登报", "报纸", "日报")):
        when = f"于{format_date(assignment.notified_on)}" if assignment.notified_on else ""
        yield BY_PUBLICATION.finding(
            f"债权转让系{when}以“{method}”方式通知。公告通知能否视为已通知债务人存在争议："
            "金融不良债权转让中可以公告通知，其他情形各地法院做法不一 (unverified)。"
            "请核实答辩人是否实际收到通知。",
            f"the assignment was notified by public notice ({method}); whether that counts as notice outside "
            "the transfer of banks' non-performing loans is disputed (unverified).",
            point=(
                f"原告主张以“{method}”方式通知债权转让，答辩人从未实际收到该通知。"
                "请原告举证证明已依法通知答辩人，否则债权转让对答辩人不发生效力（《民法典》第五百四十六条）。"
            ),
        )


def far_court(case: Case) -> bool:
    """True when the court's city or province (from its name) differs from the defendant's address."""
    court, address = case.court.name, case.defendant.address
    if not court or not address:
        return False
    court_place, home = place(court), place(address)
    cities_differ = court_place.city and home.city and not _same(court_place.city, home.city)
    provinces_differ = court_place.province and home.province and court_place.province != home.province
    return bool(cities_differ or provinces_differ)


def venue_code(case: Case) -> Code | None:
    """The code of the finding :func:`check_venue` makes for ``case`` (None: the court is not far away)."""
    if not far_court(case):
        return None
    return _CODE_OF_KIND.get(venue_clause_kind(case), FAR_COURT)


def check_venue(context: Context) -> Iterator[Finding]:
    case = context.case
    court, address = case.court.name, case.defendant.address
    code = venue_code(case)
    if code is None:
        return
    court_place, home = place(court), place(address)
    court_where = court_place.city or court_place.province
    home_where = home.city or home.province
    objection = context.deadline("jurisdiction")
    until = f"（至{format_date(objection.date)}）" if objection and objection.date else ""
    clause = f"合同的管辖条款为：“{case.loan.venue_clause}”。" if case.loan and case.loan.venue_clause else ""
    kind = venue_clause_kind(case)
    clause += _CLAUSE_ADVICE[kind]
    extra = basis.Basis()
    if kind != "none" and _norm(case.original_lender) != _norm(case.plaintiff.name):
        clause += "原告系受让债权，受让人受原合同管辖条款的约束（《民诉法解释》第33条）。"
        extra = basis.join(extra, basis.ASSIGNEE_VENUE)
    internet = ""
    if any(_norm(court).startswith(name) for name in INTERNET_COURTS):
        internet = (
            "受诉法院为互联网法院，集中管辖所在市辖区内的网络金融借款合同纠纷（《最高人民法院关于互联网法院审"
            "理案件若干问题的规定》第2条第3项），其管辖仍以约定管辖或合同履行地等连结点在该市为前提。"
        )
    passed = objection is not None and objection.date is not None and objection.date < context.today
    yield code.finding(
        f"受诉法院“{court}”（{court_where}）不在答辩人住所地（{home_where}）。"
        "被告住所地人民法院有管辖权（《民事诉讼法》第22条），合同纠纷也可由合同履行地法院管辖（第24条；"
        "《民诉法解释》第18条）；约定管辖须选择与争议有实际联系的地点（第35条），"
        "未采取合理方式提示的格式管辖条款无效（《民诉法解释》第31条），最高人民法院在（2022）最高法民辖124号、"
        "（2023）最高法民辖36号、（2022）最高法民辖27号等裁定中否定了与争议无实际联系的网络借款“签订地”条款。"
        f"{clause}{internet}{_objection_advice(objection, until, context.today)}",
        f"the court ({court_where}) is not at the defendant's domicile ({home_where}); if its jurisdiction "
        "rests only on a standard-form venue clause with no real connection, a jurisdiction objection may "
        "be filed within the answer period (CPL 22, 24, 35, 130; SPC interpretation 31); draft it with "
        "--documents objection"
        + ("; that period has passed: CPL 86 allows a request to extend it for a justified reason." if passed else "."),
        basis=basis.join(code.cited, extra, basis.CPL_86) if passed else basis.join(code.cited, extra),
    )


_SIGNING_PLACE = ("签订地", "签约地", "合同签订", "签署地")
_PLAINTIFF_SEAT = (
    "原告住所地",
    "贷款人住所地",
    "出借人住所地",
    "债权人住所地",
    "甲方住所地",
    "发卡行住所地",
    "银行住所地",
)
_CLAUSE_ADVICE = {
    "signing_place": (
        "该条款以合同签订地确定管辖：网络借款的“签订地”往往与争议没有实际联系，约定管辖须选择与争议有实际联系的"
        "地点（《民事诉讼法》第35条），管辖权异议的理由较为充分。"
    ),
    "other": (
        "请核实该条款约定的地点与争议有无实际联系（《民事诉讼法》第35条）：无实际联系的，约定无效，"
        "管辖权异议的理由较为充分。"
    ),
    "plaintiff_seat": (
        "该条款约定由原告（贷款人）住所地法院管辖：属于格式条款的，原告未采取合理方式提示答辩人注意的，"
        "答辩人可以主张该管辖条款无效（《民诉法解释》第31条），异议能否成立取决于签约时有无提示。"
    ),
    "none": (
        "案件未载明合同有管辖条款：合同对履行地点没有约定的，争议标的为给付货币的，接收货币一方所在地为合同"
        "履行地（《民诉法解释》第18条第2款），原告住所地法院可能据此有管辖权，管辖权异议成功的可能性较低。"
    ),
}


def venue_clause_kind(case: Case) -> str:
    """What decides the venue: ``none`` (no clause in the case), ``signing_place`` (签订地), ``plaintiff_seat``
    (the lender's seat) or ``other`` (another place, whose connection to the dispute must be checked)."""
    clause = case.loan.venue_clause if case.loan is not None else ""
    if not clause:
        return "none"
    if any(word in clause for word in _SIGNING_PLACE):
        return "signing_place"
    if any(word in clause for word in _PLAINTIFF_SEAT):
        return "plaintiff_seat"
    return "other"


def _objection_advice(objection: Deadline | None, until: str, today: dt.date) -> str:
    """When to object: within the answer period, or — once it has passed — what is left (民诉法 86, 130)."""
    if objection is not None and objection.date is not None and objection.date < today:
        return (
            f"管辖权异议应在答辩期内提出，答辩期已于{format_date(objection.date)}届满（《民事诉讼法》第130条）；"
            "因不可抗拒的事由或者其他正当理由耽误期限的，可以在障碍消除后的10日内申请顺延（第86条）。"
            "未提出异议并应诉答辩的，视为受诉法院有管辖权。"
        )
    return (
        f"如认为受诉法院无管辖权，应在答辩期内{until}另行书面提出管辖权异议（《民事诉讼法》第130条）。{OBJECTION_DRAFT}"
    )


def check_spouse(context: Context) -> Iterator[Finding]:
    """A spouse joined on a 夫妻共同债务 claim: the creditor must prove the debt is joint (民法典 1064)."""
    case = context.case
    parties = case.defendants
    for index, spouse in enumerate(parties):
        if not spouse.spouse:
            continue
        # the debtor spouse: the nearest person sued before it who is not a spouse (a company has no spouse)
        before = [p for p in parties[:index] if p.is_person and not p.spouse and p.name]
        borrower = before[-1].name if before else "债务人"
        name = spouse.name or "配偶"
        yield SPOUSE_JOINED.finding(
            f"{name}作为{borrower}的配偶被列为共同被告。夫妻一方以个人名义超出家庭日常生活需要所负的债务，"
            "不属于夫妻共同债务，但债权人能够证明该债务用于夫妻共同生活、共同生产经营或者基于夫妻双方共同意思表示的"
            "除外（《民法典》第1064条）：举证责任在原告。请核实借款用途、是否共同签字或事后追认。",
            f"{name} is sued as {borrower}'s spouse: a debt one spouse incurred alone beyond daily household needs is "
            "joint only if the creditor proves it served the common life or business or both spouses agreed "
            "(Civil Code 1064); the burden is the plaintiff's.",
            field=f"defendants[{index}].spouse",
            point=(
                f"原告主张{name}对本案债务承担共同还款责任，应当举证证明该债务系夫妻双方共同签名或者{name}事后追认，"
                "或者系为家庭日常生活需要所负，或者用于夫妻共同生活、共同生产经营（《民法典》第一千零六十四条）；"
                f"原告不能举证证明的，{name}不承担还款责任。"
            ),
        )


RULES = (check_assignment, check_venue, check_spouse)
