"""The legal bases the kit cites, one named constant each.

Article numbers follow the kit's legal reference (民事诉讼法 2023 revision, 民诉法解释 2022 revision, 民法典).
A basis that was not checked against an official text carries "(unverified)". Change a citation here and every
deadline and finding that uses it follows.
"""

from __future__ import annotations

UNVERIFIED = "(unverified)"

# Periods (期间) and service (送达)
CPL_85_START = "民诉法第85条第2款；民诉法解释第125条"
CPL_85_HOLIDAY = "民诉法第85条第3款"
CPL_85_POST = "民诉法第85条第4款"
CPL_86 = "民诉法第86条"
CPL_95 = "民诉法第95条"
WORKDAY_SWAP = "国务院办公厅年度放假安排通知（调休上班日为工作日） (unverified)"

# Answer, objection, hearing, appeal
CPL_128 = "民诉法第128条"
CPL_285 = "民诉法第285条"
CPL_130 = "民诉法第130条"
CPL_139 = "民诉法第139条"
CPL_171 = "民诉法第171条"
CPL_286 = "民诉法第286条"
CPL_165 = "民诉法第165条"

ANSWER = f"{CPL_128}；{CPL_85_START}；{CPL_85_HOLIDAY}"
ANSWER_ABROAD = f"{CPL_285}；{CPL_85_START}；{CPL_85_HOLIDAY}"
JURISDICTION_OBJECTION = f"{CPL_130}；{CPL_128}"
APPEAL = f"{CPL_171}；{CPL_286}"
APPEAL_JUDGMENT = f"{CPL_171}第1款；{CPL_85_START}；{CPL_85_HOLIDAY}"
APPEAL_RULING = f"{CPL_171}第2款；{CPL_85_START}；{CPL_85_HOLIDAY}"
APPEAL_ABROAD = f"{CPL_286}；{CPL_85_START}；{CPL_85_HOLIDAY}"
PUBLIC_NOTICE = CPL_95

# Evidence period (举证期限)
SPI_99 = "民诉法解释第99条；证据规定第51条"
SPI_266 = "民诉法解释第266条"
SPI_275 = "民诉法解释第275条"
SPI_100 = "民诉法解释第100条"
SPI_102 = "民诉法解释第102条"
SPI_90 = "民诉法解释第90条"

# Documents (each document's own basis is declared with it in summons_kit.case.registry)
CASE_NUMBER_RULES = "《最高人民法院关于人民法院案件案号的若干规定》（法〔2015〕137号） (unverified)"
#: the court code (法院代字) of a 案号 begins with the province's abbreviation (粤, 沪, 京 …)
CASE_NUMBER_COURT_CODE = (
    "《最高人民法院关于人民法院案件案号的若干规定》（法〔2015〕137号）及其附件（各级人民法院的法院代字） (unverified)"
)

# Money
FINANCIAL_24 = (
    "《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第2条 (unverified verbatim)；民法典第585条"
)
PRIVATE_LENDING_25 = "民间借贷司法解释（2020）第25条、第28条、第29条"
PRIVATE_LENDING_31 = "民间借贷司法解释（2020）第31条"
#: the rule for interest up to 2020-08-19 on contracts made before 2020-08-20 (24 % protected, above 36 % void)
PRIVATE_LENDING_2015 = (
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第26条 (unverified)"
)
LOCAL_FINANCIAL = (
    "法释〔2020〕27号（地方金融组织不适用民间借贷司法解释）；法发〔2017〕22号第2条参照适用 (unverified: courts differ)"
)
LPR_SOURCE = "全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR） (unverified table)"
PENALTY_AND_DAMAGES = "司法实践（罚息与违约金不宜重复计收，无单一条文）；民法典第585条第2款"
ATTORNEY_FEES = "合同约定；民诉法解释第90条（举证责任）"
ACCELERATION = "合同的提前到期条款（无单一条文）；民诉法解释第90条（举证责任）"
COMPLAINT_ARITHMETIC = "民诉法第124条（起诉状应写明诉讼请求） (unverified)"


def join(*parts: str) -> str:
    """Bases joined with ；, each article group once, in the order given (``join(A, "A；B")`` -> ``A；B``)."""
    seen: list[str] = []
    for part in parts:
        for item in part.split("；"):
            item = item.strip()
            if item and item not in seen:
                seen.append(item)
    return "；".join(seen)


# Limitation and assignment
LIMITATION = "民法典第188条、第189条、第195条、第201-203条"
LIMITATION_DEFENCE = "民法典第188条、第192条、第193条、第195条；诉讼时效司法解释第3条"
INSTALMENT_LIMITATION = "诉讼时效司法解释第14条、第19条；民法典第192条、第195条"
ASSIGNMENT = "民法典第546条、第548条；合同编通则解释（2023）第48条"
SPOUSE_DEBT = "民法典第1064条"
ASSIGNMENT_PUBLICATION = (
    "民法典第546条；《最高人民法院关于审理涉及金融不良债权转让案件工作座谈会纪要》（法发〔2009〕19号） (unverified)"
)

# Jurisdiction
JURISDICTION = (
    "民诉法第22条、第24条、第35条、第130条；民诉法解释第18条、第31条；（2022）最高法民辖124号、（2023）"
    "最高法民辖36号、（2022）最高法民辖27号"
)
INTERNET_COURT = "《最高人民法院关于互联网法院审理案件若干问题的规定》（2018）第2条第3项"
