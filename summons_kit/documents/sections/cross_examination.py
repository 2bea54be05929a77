"""The 质证意见 (opinions on the plaintiff's evidence, 民诉法 71; 证据规定 60-62): per item, 真实性, 合法性, 关联性
and 证明目的. Each opinion is a position for the lawyer to confirm (【待确认】) with the typical points on that kind of
evidence; nothing is conceded by default (an item is never 认可 unless the lawyer writes it)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from summons_kit.case.model import EvidenceKind
from summons_kit.documents import values as v
from summons_kit.documents.sections import Build
from summons_kit.documents.sections import common as c

KEY = "cross_examination"
CONFIRM = "【待确认】"
ASPECTS = (("authenticity", "真实性"), ("legality", "合法性"), ("relevance", "关联性"), ("purpose", "证明目的"))

_ELECTRONIC = (
    "该证据系电子数据的打印件，原告未提供原件或者与原件一致的副本，也未提交电子数据的生成、存储、传输过程记录，"
    "其完整性、可靠性无法核实（证据规定第十五条、第九十三条、第九十四条），对其真实性不予认可。"
)
#: the typical points per kind, as the defendant's position (the lawyer confirms each)
POINTS: MappingProxyType[EvidenceKind, dict[str, str]] = MappingProxyType(
    {
        EvidenceKind.CONTRACT: {
            "authenticity": _ELECTRONIC
            + "原告未证明合同系质证人本人以可靠的电子签名签署（《电子签名法》第十三条、第十四条）。",
            "legality": "合同中的利息、罚息、复利、费用及管辖等条款系原告单方拟定的格式条款，原告未证明已采取合理方式"
            "提示、说明，质证人可以主张该等条款不成为合同内容（《民法典》第四百九十六条）。",
            "relevance": "对与本案借款事实的关联性，以原告证明合同真实且由质证人签署为前提。",
            "purpose": "不认可原告以此证明其主张的利率、罚息、复利及各项费用的证明目的。",
        },
        EvidenceKind.SIGNATURE: {
            "authenticity": "原告未提交依法设立的电子认证服务机构出具的认证证书及签署日志，无法证明电子签名制作数据"
            "专属于质证人并由其控制、签署后的改动能够被发现（《电子签名法》第十三条），该电子签名不属于可靠的电子签名，"
            "不具有与手写签名同等的法律效力（第十四条）。",
            "legality": "对签署过程的合法性以原告提交完整的身份核验及签署记录为前提。",
            "relevance": "不能证明质证人签署了原告主张的合同文本。",
            "purpose": "不认可其证明目的。",
        },
        EvidenceKind.DISBURSEMENT: {
            "authenticity": "应以银行出具的转账回单或者账户流水为准，原告自行打印的放款记录不能单独证明款项实际到账。",
            "legality": "原告应提交银行回单证明款项由出借人账户转入质证人账户，否则对其合法性不予确认。",
            "relevance": "借款本金应以实际出借、实际到账的金额认定；预先在本金中扣除的利息、服务费等（“砍头息”）"
            "不应计入本金（《民法典》第六百七十条）。",
            "purpose": "对原告以合同载明金额主张本金的证明目的不予认可，本金应以实际到账金额为准。",
        },
        EvidenceKind.REPAYMENTS: {
            "authenticity": "还款明细系原告单方制作，无银行流水等证据印证，对其真实性不予认可。",
            "legality": "原告单方制作的计算表不是独立的证据，仅是其主张的计算过程。",
            "relevance": "质证人已还款项应当全部扣减，并按法定顺序先抵充费用、利息，再抵充本金"
            "（《民法典》第五百六十条、第五百六十一条），明细与质证人的还款记录不一致之处应以银行流水为准。",
            "purpose": "不认可原告主张的欠款余额及利息、罚息、复利的计算结果。",
        },
        EvidenceKind.COLLECTION: {
            "authenticity": "催收记录系原告或其委托的催收机构单方制作，未显示送达质证人，对其真实性不予认可。",
            "legality": "催收过程中存在的违规催收行为所形成的记录，不能作为认定案件事实的依据。",
            "relevance": "原告未证明催收通知到达质证人，不能证明诉讼时效中断（《民法典》第一百九十五条）。",
            "purpose": "不认可其证明诉讼时效中断及质证人认可欠款的证明目的。",
        },
        EvidenceKind.ASSIGNMENT: {
            "authenticity": "原告未提交债权转让协议原件、债权清单及转让价款的支付凭证，对其真实性不予认可。",
            "legality": "原告未证明其具有受让该类债权的资格及转让程序合法。",
            "relevance": "协议未载明本案债权的具体信息（借款人、合同编号、金额），不能证明本案债权已转让给原告。",
            "purpose": "不认可原告以此证明其为适格债权人的证明目的；质证人对原债权人的抗辩可以向原告主张"
            "（《民法典》第五百四十八条）。",
        },
        EvidenceKind.NOTICE: {
            "authenticity": "质证人从未收到该转让通知，原告未提交送达凭证。",
            "legality": "以报纸公告等方式通知，不能视为已通知债务人，除法律另有规定的外。",
            "relevance": "未通知债务人的，债权转让对债务人不发生效力（《民法典》第五百四十六条）。",
            "purpose": "不认可其证明已履行通知义务的证明目的。",
        },
        EvidenceKind.OTHER: {
            "authenticity": "【待填：对真实性的意见】",
            "legality": "【待填：对合法性的意见】",
            "relevance": "【待填：对关联性的意见】",
            "purpose": "不认可其证明目的。",
        },
    }
)


def build(b: Build) -> dict[str, Any]:
    case, log = b.case, b.log
    items = []
    for no, item in enumerate(case.plaintiff_evidence, 1):
        points = POINTS[item.kind]
        opinions = []
        for key, label in ASPECTS:
            text = points[key]
            if item.kind is EvidenceKind.OTHER and key != "purpose":
                text = log.mark((KEY,), f"plaintiff_evidence[{no - 1}]", f"证据{no}{label}意见", f"对{label}的意见")
            opinions.append(
                {"key": key, "label": label, "text": f"{CONFIRM}{text}", "line": f"{label}：{CONFIRM}{text}"}
            )
        items.append(
            {
                "no": no,
                "no_zh": v.numeral(no),
                "name": item.name,
                "kind": str(item.kind),
                "purpose": item.purpose or "（原告未写明）",
                "pages": "" if item.pages is None else item.pages,
                "heading": f"证据{no}：{item.name}" + (f"（{item.pages}页）" if item.pages else ""),
                "opinions": opinions,
            }
        )
    if not items:
        log.add((KEY,), "plaintiff_evidence", "原告证据")
        items.append(
            {
                "no": 1,
                "no_zh": v.numeral(1),
                "name": "【待填：原告证据】",
                "kind": "",
                "purpose": "",
                "pages": "",
                "heading": "证据1：【待填：原告证据】",
                "opinions": [
                    {"key": k, "label": lbl, "text": CONFIRM, "line": f"{lbl}：{CONFIRM}"} for k, lbl in ASPECTS
                ],
            }
        )
    examiner = c.names(case.filers) or log.mark((KEY,), "defendant.name", "质证人")
    return {
        "title": "质证意见",
        "examiner": examiner,
        "examiner_line": f"质证人（被告）：{examiner}",
        "intro": f"质证人就{c.suit(case, log, KEY)}中原告提交的证据，发表质证意见如下：",
        "items": items,
        "count": len(case.plaintiff_evidence),
        "closing": "综上，原告提交的证据不足以证明其诉讼请求，质证人保留在庭审中补充发表质证意见的权利。",
        "basis": c.basis_text(KEY),
        "note": c.note(
            "每项意见前的【待确认】须由律师逐项核对原告证据原件后确认或改写；未经确认的意见不得视为已发表，"
            "本文书不对任何证据作出认可。"
        ),
        "addressee": c.court_name(case, log, KEY),
        "signature": c.signatures(case, "质证人"),
    }
