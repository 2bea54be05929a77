"""The reference of every template variable: their paths, types, what they mean, and the generated
docs/variables.md.

Names, types and descriptions come from the view classes (:mod:`summons_kit.documents.views`: each field carries
its description); a document section whose builder still returns a plain dict is described in :data:`UNTYPED`.
The examples are the values of the complete example case, so the page cannot drift from the code::

    python -m summons_kit.documents.variables            # rewrite docs/variables.md
    python -m summons_kit.documents.variables --check    # exit 1 when the committed page differs

A test fails when a context variable has no description, or a description names no variable.
"""

from __future__ import annotations

import collections.abc
import re
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, Union

import attrs

from summons_kit.case import registry
from summons_kit.documents.views import CaseSections, DraftSections, described_fields

LIST = "[]"
KEY = "<key>"


def _application(key: str, what: str) -> dict[str, str]:
    """The keys every 申请书 of the companion documents has (summons_kit.documents.sections.common)."""
    return {
        key: what,
        f"{key}.title": "the title printed",
        f"{key}.party_block": "申请人（被告）：… line(s) of the defendant (an organization: its 法定代表人/负责人)",
        f"{key}.counterparty_block": "被申请人（原告）：… line(s) of the plaintiff",
        f"{key}.request": "请求事项",
        f"{key}.reasons": "事实和理由, a paragraph each",
        f"{key}.basis": "the articles the document relies on",
        f"{key}.closing": "the closing paragraph",
        f"{key}.addressee": "此致 …: the court",
        f"{key}.note": "【提示（提交前删除）：…】 for the lawyer: when to file, what follows (deleted before filing)",
        f"{key}.signature": "申请人（签名）, or 申请人（盖章） and 法定代表人/负责人（签名） for an organization",
    }


#: descriptions of the variables of a document section whose builder returns a plain dict (not yet a view):
#: ``{"section.name": "…"}``; a typed section's descriptions come from its view class
UNTYPED: dict[str, str] = {
    **_application("objection", "the 管辖权异议申请书 (民诉法 130)"),
    "objection.deadline": "the answer period's last day, by which the objection must be filed (empty when unknown)",
    "objection.finding_basis": "the basis of the jurisdiction.far_court finding that suggested it (empty when none)",
    **_application("small_claims_objection", "the 对适用小额诉讼程序的异议 (民诉法 169)"),
    **_application("evidence_extension", "the 延期举证申请书 (民诉法解释 100), or None without [evidence_extension]"),
    "evidence_extension.until": "the day the period is asked to run to",
    "cross_examination": "the 质证意见 on the plaintiff's evidence ([[plaintiff_evidence]])",
    "cross_examination.title": "质证意见",
    "cross_examination.examiner": "质证人: the defendant's name",
    "cross_examination.examiner_line": "质证人（被告）：…",
    "cross_examination.intro": "the opening sentence naming the case",
    "cross_examination.items": "one block per item of the plaintiff's evidence, in its numbering",
    "cross_examination.items[].no": "1, 2, …",
    "cross_examination.items[].no_zh": "一, 二, …",
    "cross_examination.items[].name": "证据名称 as the plaintiff lists it",
    "cross_examination.items[].kind": "the kind (model.EvidenceKind): 电子合同 | 电子签名 | 放款凭证 | 还款明细 | …",
    "cross_examination.items[].purpose": "the plaintiff's 证明目的",
    "cross_examination.items[].pages": "页数 (empty when not given)",
    "cross_examination.items[].heading": "证据1：name（N页）",
    "cross_examination.items[].opinions": "真实性, 合法性, 关联性, 证明目的: each a position starting 【待确认】",
    "cross_examination.items[].opinions[].key": "authenticity | legality | relevance | purpose",
    "cross_examination.items[].opinions[].label": "真实性 | 合法性 | 关联性 | 证明目的",
    "cross_examination.items[].opinions[].text": "【待确认】 + the typical point on that kind of evidence",
    "cross_examination.items[].opinions[].line": "label：text",
    "cross_examination.count": "number of items of the plaintiff's evidence",
    "cross_examination.closing": "the closing paragraph (reserves further opinions at the hearing)",
    "cross_examination.basis": "the articles (民诉法 71; 证据规定; 电子签名法 13-14)",
    "cross_examination.note": "note to the lawyer (deleted before filing)",
    "cross_examination.addressee": "此致 …: the court",
    "cross_examination.signature": "质证人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "power_of_attorney": "the 授权委托书, or None without [agent]",
    "power_of_attorney.title": "授权委托书",
    "power_of_attorney.party_block": "委托人：… line(s) of the defendant",
    "power_of_attorney.agent_line": "受委托人：name, firm and title, id number (non-lawyers), phone",
    "power_of_attorney.matter": "the case the agent acts in",
    "power_of_attorney.special": "True for a special authorisation (agent.authority = special)",
    "power_of_attorney.authority": "一般授权 | 特别授权",
    "power_of_attorney.general_powers": "the powers of a general authorisation",
    "power_of_attorney.powers": "the special powers listed (agent.powers; 【待填】 when special and none listed)",
    "power_of_attorney.authority_text": "代理权限 as printed",
    "power_of_attorney.note": "note to the lawyer on 民诉法 62 and 民诉法解释 89 (deleted before filing)",
    "power_of_attorney.addressee": "此致 …: the court",
    "power_of_attorney.signature": "委托人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "representative_certificate": "the 法定代表人身份证明书 (负责人身份证明书 for a branch), or None for a person "
    "defendant",
    "representative_certificate.title": "法定代表人身份证明书 | 负责人身份证明书",
    "representative_certificate.head": "法定代表人 | 负责人",
    "representative_certificate.unit": "the organization's name",
    "representative_certificate.unit_lines": "单位名称：…, 住所地：…, 统一社会信用代码：… (those the case gives)",
    "representative_certificate.text": "××在我单位任××职务，是我单位的法定代表人。",
    "representative_certificate.case_line": "the case the representative acts in",
    "representative_certificate.attachment": "附：法定代表人身份证件复印件一份。",
    "representative_certificate.addressee": "此致 …: the court",
    "representative_certificate.signature": "单位（盖章）：",
    "negotiation": "the 协商还款申请书 to the lender (no 案号 needed)",
    "negotiation.title": "协商还款申请书",
    "negotiation.party_block": "申请人：… line(s) of the borrower",
    "negotiation.account": "卡号尾号 / 合同编号",
    "negotiation.creditor": "the lender (the plaintiff, else loan.lender)",
    "negotiation.counterparty_block": "被申请人：the lender",
    "negotiation.is_card": "True for a credit-card debt (个性化分期, 商业银行信用卡业务监督管理办法 70)",
    "negotiation.in_suit": "True when the case has a 案号 (the letter names it)",
    "negotiation.requests": "申请事项, numbered: the plan, waiver of 罚息/复利/违约金, 个性化分期 for cards",
    "negotiation.reasons": "事实和理由: hardship, repayments, budget, then the reservation",
    "negotiation.reservation": "an offer to settle admits nothing (after 民诉法解释 107)",
    "negotiation.basis": "the rules relied on",
    "negotiation.closing": "the closing paragraph",
    "negotiation.addressee": "此致 …: the lender",
    "negotiation.attachments": "附件 (instalment.attachments)",
    "negotiation.note": "the limitation warning (deleted before sending)",
    "negotiation.signature": "申请人（签名） or （盖章） + 法定代表人/负责人（签名）",
    "negotiation.phone": "the applicant's phone",
}


def _optional(kind: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); other types -> (type, False)."""
    args = typing.get_args(kind)
    if typing.get_origin(kind) in (Union, types.UnionType) and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        return (rest[0] if len(rest) == 1 else Union[rest]), True  # noqa: UP007 (a runtime union of types)
    return kind, False


def _element(kind: Any) -> tuple[str, Any] | None:
    """What a path under ``kind`` adds (``[]`` for a sequence, ``<key>`` for a mapping) and the element type."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (tuple, list) and args:
        return LIST, args[0]
    if origin in (Mapping, dict, collections.abc.Mapping) and len(args) == 2:
        return KEY, args[1]
    return None


def _is_view(kind: Any) -> bool:
    return isinstance(kind, type) and attrs.has(kind)


def _is_keyed(kind: Any) -> bool:
    element = _element(_optional(kind)[0])
    return element is not None and element[0] == KEY


def type_name(kind: Any) -> str:
    """The type of a variable as docs/variables.md prints it: text, int, bool, ``int or empty``, a view's class
    name (``AnswerView``), ``list of PointView``, ``ElementRowView by key``, ``… or None``."""
    base, optional = _optional(kind)
    suffix = " or None" if optional else ""
    if typing.get_origin(base) in (Union, types.UnionType):
        return " or ".join(type_name(a) for a in typing.get_args(base)) + suffix
    element = _element(base)
    if element is not None:
        step, item = element
        return (f"list of {type_name(item)}" if step == LIST else f"{type_name(item)} by key") + suffix
    if typing.get_origin(base) is Literal:
        return "empty" + suffix if typing.get_args(base) == ("",) else "text" + suffix
    names = {str: "text", int: "int", bool: "bool", type(None): "None"}
    if base in names:
        return names[base] + suffix
    if _is_view(base):
        return base.__name__ + suffix
    if base is dict or typing.get_origin(base) is dict:
        return "section" + suffix
    return str(base) + suffix


def _summary(cls: type) -> str:
    """The first line of a view class's docstring, as a description (``The 证据目录.`` -> ``The 证据目录``)."""
    return (cls.__doc__ or "").strip().splitlines()[0].rstrip(".")


def section_type(document: registry.Document) -> Any:
    """The type of ``document``'s context section: the return annotation of its builder's ``build`` when that is
    a view (``AnswerView``, ``InstalmentView | None``), else ``dict`` (a builder that returns a plain dict)."""
    from summons_kit.documents.sections import builder

    kind = typing.get_type_hints(builder(document).build).get("return", dict)
    return kind if _is_view(_optional(kind)[0]) else dict


def schema() -> list[tuple[str, str, Any]]:
    """(name, description, type) of each top-level section of the context, in the context's order: the case's
    sections, the registry documents' (their builders' views), then the derived ones."""
    top = described_fields(CaseSections)
    for document in registry.DOCUMENTS:
        kind = section_type(document)
        text = UNTYPED.get(document.section, "") if kind is dict else _summary(_optional(kind)[0])
        top.append((document.section, text or f"the {document.title}", kind))
    return top + described_fields(DraftSections)


def typed_variables() -> list[tuple[str, str, Any]]:
    """(path, description, type) of every variable the view classes declare, in the context's order (the fields
    of a list's elements under ``x[]``, of keyed rows under ``x.<key>``); a plain-dict section is not typed."""
    found: list[tuple[str, str, Any]] = []

    def visit(path: str, text: str, kind: Any) -> None:
        found.append((path, text, kind))
        base, _ = _optional(kind)
        element = _element(base)
        if element is not None:
            step, base = element
            path = f"{path}{LIST}" if step == LIST else f"{path}.{KEY}"
        if _is_view(base):
            for name, sub_text, sub_kind in described_fields(base):
                visit(f"{path}.{name}", sub_text, sub_kind)

    for name, text, kind in schema():
        if kind is not dict:
            visit(name, text, kind)
    return found


_SCHEMA = schema()
_TYPED = typed_variables()
#: every variable's description, by path (typed sections from their view classes, dict sections from UNTYPED)
DESCRIPTIONS: dict[str, str] = {path: text for path, text, _ in _TYPED} | UNTYPED
#: every typed variable's type, by path
TYPES: dict[str, Any] = {path: kind for path, _, kind in _TYPED}
#: each top-level section's type (``dict`` for a builder's plain dict)
SECTIONS: dict[str, Any] = {name: kind for name, _, kind in _SCHEMA}
#: mappings whose keys are data (the element rows by key: the views' Mapping fields), shown as <key>
KEYED: tuple[tuple[str, ...], ...] = tuple(
    tuple(path.split(".")) for path, kind in TYPES.items() if LIST not in path and _is_keyed(kind)
)


def dotted(path: tuple[str, ...]) -> str:
    """A path as templates write it: ``("claims", "[]", "amount")`` -> ``claims[].amount``."""
    text = ""
    for segment in path:
        text += segment if segment == LIST else (f".{segment}" if text else segment)
    return text


def walk(context: Mapping[str, Any], *, collapse: bool = True) -> Iterator[tuple[str, Any]]:
    """(path, value) of every node of ``context``; lists by their first element, keyed rows as <key>."""

    def visit(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
        if path and path[-1] not in (LIST, KEY):
            yield dotted(path), node
        if isinstance(node, Mapping):
            if collapse and path in KEYED and node:
                yield from visit(next(iter(node.values())), (*path, KEY))
                return
            for key, value in node.items():
                yield from visit(value, (*path, str(key)))
        elif isinstance(node, list | tuple) and node and isinstance(node[0], Mapping | list | tuple):
            yield from visit(node[0], (*path, LIST))

    yield from visit(context, ())


def all_paths(context: Mapping[str, Any]) -> list[str]:
    """Every path of ``context`` with the real keys of keyed rows (the names a template can write), then those the
    view classes declare that ``context`` does not show (the fields of a list it has empty)."""
    walked = [path for path, _ in walk(context, collapse=False)]
    known = set(walked)
    return walked + [path for path in TYPES if KEY not in path and path not in known]


def undeclared(path: tuple[str, ...], start: int) -> int | None:
    """For a template's ``path`` (``("missing", "[]", "lable")``) whose segment ``start`` loops over a list the
    context has empty: the index of the first later segment the view classes do not declare, or None (every
    segment declared, a method of a printed value such as ``upper``, or a section no view class types)."""
    kind: Any = SECTIONS.get(path[0])
    for index, segment in enumerate(path[1:], 1):
        base, _ = _optional(kind)
        element = _element(base)
        if element is not None and (segment == LIST) == (element[0] == LIST):
            kind = element[1]  # a list's element, or a keyed row
            continue
        fields = dict((name, sub) for name, _, sub in described_fields(base)) if _is_view(base) else None
        if fields is not None and segment in fields:
            kind = fields[segment]
            continue
        if index <= start or not isinstance(base, type) or base is dict:
            return None  # what the context itself resolved, a union or an untyped section: not this check's
        if fields is None and not segment.startswith("_") and hasattr(base, segment):
            return None  # str.upper …
        return index
    return None


def describe(path: str) -> str | None:
    """The description of ``path`` (``answer.points[].body``, ``answer.items.<key>.text``), or None."""
    return DESCRIPTIONS.get(path)


def _top(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def reference_paths(context: Mapping[str, Any]) -> list[str]:
    """The documented paths, in the context's order: every variable the view classes declare (with the fields
    of lists empty in ``context``) and, for a section whose builder returns a plain dict, the paths of that
    section in ``context`` plus the described fields of its lists that are empty there. A path of ``context``
    no class or description declares comes last (the reference test then fails on it)."""
    walked = [path for path, _ in walk(context)]
    paths: list[str] = []
    for name, _, kind in schema():
        if kind is dict:
            own = [p for p in walked if _top(p) == name]
            for path in list(own):
                extra = [d for d in UNTYPED if d.startswith(f"{path}[].") and d not in own]
                at = own.index(path) + 1
                own[at:at] = extra
            paths += own
        else:
            paths += [path for path in TYPES if _top(path) == name]
    return paths + [p for p in walked if p not in paths]


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, Mapping):
        return "section"
    if isinstance(value, list | tuple):
        return "list"
    return "text"


def _example(value: Any) -> str:
    if isinstance(value, Mapping):
        return ""
    if isinstance(value, list | tuple):
        if value and not isinstance(value[0], Mapping | list | tuple):
            return _example(value[0]) + (" …" if len(value) > 1 else "")
        return f"{len(value)} item(s)"
    text = str(value).replace("\n", " ⏎ ").replace("|", "\\|")
    return text if len(text) <= 60 else text[:59] + "…"


_HEADER = """# Template variables

<!-- Generated by `python -m summons_kit.documents.variables`; do not edit by hand. -->

Every variable a template sees, from `summons_kit.template_context(case, report, today)`.
Examples are the values of the complete example case (`summons_kit/documents/example.py`,
drafted on {today}). How to write a template: [templates.md](templates.md).

Conventions:

- Sections mirror the case file (`court`, `plaintiff`, `defendant`, `claims`, `evidence`,
  `loan`, …); `answer` is built from `[defence]`; `evidence_list`, `dates`, `deadlines`,
  `findings`, `missing`, `unconfirmed` are derived.
- The type column names each section's view class (`AnswerView`, `PartyView`, …): every variable is a
  typed, described field of one (`from summons_kit.documents.views import AnswerView`;
  `help(AnswerView)`). `list of X`: a list to loop over; `X by key`: rows by their key;
  `int or empty`: a number, or an empty string when the case has none.
- `x[]` is each element of the list `x`: loop over it
  (`{{%p for item in evidence %}}` … `{{{{ item.name }}}}`).
- `answer.items.<key>` / `answer.facts.<key>`: one row per key of the element forms
  (`answer.items.principal.agree_box`); the keys are those of `[defence.items]` / `[defence.facts]`.
- Money prints as `15,600.00` (write `人民币{{{{ claims[0].amount }}}}元`), its capital numerals
  under the same name + `_words`; dates as `2025年9月11日`, under a signature + `_upper`
  (`二〇二五年九月十一日`); check boxes as ☑/☐ under names ending in `_box`.
- An optional section the case leaves out (`agent`, `loan`, `assignment`, `instalment`) is None:
  test it with `{{% if agent %}}`. A value a document needs and the case leaves empty prints
  【待填：……】 and is listed in `missing`; any other absent value is an empty string.

| variable | type | example | meaning |
|---|---|---|---|"""


def variables_markdown() -> str:
    """docs/variables.md: every context variable, its type, an example value and its meaning."""
    from summons_kit.documents.example import EXAMPLE_TODAY, example_context

    context = example_context()
    values = dict(walk(context))
    lines = _HEADER.format(today=EXAMPLE_TODAY).splitlines()
    for path in reference_paths(context):
        value = values.get(path)
        kind = type_name(TYPES[path]) if path in TYPES else _kind(value) if path in values else "list item"
        example = _example(value) if path in values else ""
        meaning = (describe(path) or "").replace("|", "\\|")
        lines.append(f"| `{path}` | {kind} | {example} | {meaning} |")
    return "\n".join(lines) + "\n"


PAGE = Path(__file__).resolve().parents[2] / "docs" / "variables.md"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = variables_markdown()
    if "--check" in args:
        same = PAGE.is_file() and PAGE.read_text(encoding="utf-8") == text
        if not same:
            print(f"{PAGE} 与代码不一致,请重新生成 / is out of date: python -m summons_kit.documents.variables")
        return 0 if same else 1
    PAGE.write_text(text, encoding="utf-8")
    print(f"written {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
