"""Procedure: when small-claims or simple procedure does not apply, and what small claims leave open."""

from __future__ import annotations

from collections.abc import Iterator

from summons_kit.case.model import Procedure, ServiceMethod
from summons_kit.fields.dates import day_of, format_date
from summons_kit.law import basis
from summons_kit.law.finding import Context, Finding, declare

SMALL_CLAIMS_EXCLUDED = declare(
    "procedure.small_claims_excluded",
    "warning",
    "court.procedure",
    basis.SMALL_CLAIMS_EXCLUDED,
    "本案可能不适用小额诉讼程序",
    "small-claims procedure and the case is foreign-related (defendant.abroad) or served by public notice "
    "(a party whose whereabouts may be unknown)",
)
SIMPLE_EXCLUDED = declare(
    "procedure.simple_excluded",
    "warning",
    "court.procedure",
    basis.SIMPLE_EXCLUDED,
    "本案可能不适用简易程序",
    "simple procedure and the complaint was served by public notice (a defendant whose whereabouts were "
    "unknown at filing)",
)
SMALL_CLAIMS = declare(
    "procedure.small_claims_objection",
    "info",
    "court.procedure",
    basis.join(basis.SMALL_CLAIMS_OBJECTION, basis.CPL_165),
    "小额诉讼程序：异议应在开庭前提出，一审终审",
    "small-claims procedure: an objection to it must be made before the hearing; the judgment is final",
)

_POINT_TAIL = "请求人民法院裁定转为普通程序审理。"


def check_procedure(context: Context) -> Iterator[Finding]:
    case = context.case
    procedure = case.court.procedure
    notice = case.service.method is ServiceMethod.PUBLIC_NOTICE
    if procedure is Procedure.SMALL_CLAIMS:
        grounds = []
        if case.defendant.abroad:
            grounds.append("答辩人在中华人民共和国领域内没有住所，本案属涉外民事纠纷")
        if notice:
            grounds.append("本案以公告方式送达，如答辩人下落不明")
        if grounds:
            reason = "；".join(grounds)
            yield SMALL_CLAIMS_EXCLUDED.finding(
                f"本案适用小额诉讼程序，但{reason}：涉外民事纠纷、当事人下落不明的案件不适用小额诉讼程序"
                "（《民事诉讼法》第166条）。可以向法院提出异议，请求转为普通程序。",
                "small-claims procedure, but the case is foreign-related or a party's whereabouts may be unknown "
                "(CPL 166: not for such cases): object and ask for ordinary procedure.",
                point=f"{reason}，依据《民事诉讼法》第一百六十六条的规定，本案不适用小额诉讼程序，{_POINT_TAIL}",
            )
        hearing = case.service.hearing
        when = "" if hearing is None else f"（{format_date(day_of(hearing))}）"
        yield SMALL_CLAIMS.finding(
            f"本案适用小额诉讼程序：一审终审，判决不得上诉（《民事诉讼法》第165条）。认为本案不符合小额诉讼程序"
            f"条件的，应当在开庭{when}前向人民法院提出异议（《民事诉讼法》第169条）；开庭后再提出的，"
            "可能不被审查。",
            "small-claims procedure: no appeal (CPL 165); an objection to the procedure must be made before the "
            "hearing (CPL 169).",
        )
    if procedure is Procedure.SIMPLE and notice:
        yield SIMPLE_EXCLUDED.finding(
            "本案适用简易程序，但以公告方式送达：起诉时被告下落不明的案件不适用简易程序"
            "（《民诉法解释》第257条）。请核实答辩人在起诉时是否下落不明。",
            "simple procedure, but served by public notice: a case whose defendant's whereabouts were unknown "
            "at filing is not heard in simple procedure (SPC interpretation 257).",
            point=(
                "原告起诉时答辩人下落不明，本案系以公告方式送达，依据《最高人民法院关于适用〈中华人民共和国民事"
                f"诉讼法〉的解释》第二百五十七条的规定，本案不适用简易程序，{_POINT_TAIL}"
            ),
        )


RULES = (check_procedure,)
