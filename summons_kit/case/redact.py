"""Redaction: a copy of a case with the personal data of natural persons reduced, for drafts shared outside the
file (a colleague, a training, a public example).

:func:`redact` is pure (``Case -> Case``): every document and report built from the redacted case is redacted.
What it does (the conventions of published court decisions):

- a natural person's name keeps the surname: 张某某 / 张三 -> 张某 (欧阳娜娜 -> 欧阳某); organizations keep their
  names (not personal data), their representatives, the agent and the recipient are persons and are reduced;
- an ID number keeps the region and the last four: ``440104********5116``; the birth date and gender it showed
  are kept as the party's own fields, so the drafts still print them;
- a mobile number keeps the first three and last four (``139****4455``), a landline its area code and last
  four (``0755-****1234``); an e-mail keeps its first character and domain;
- a card number's tail is masked entirely (``****``);
- a person's address (and residence, delivery address) is cut to the district/county (广东省深圳市南山区);
- in every other text of the case (claims, points, reasons, evidence, the raw texts kept in ``source``), the
  full names reduced above are replaced, and anything shaped like an ID number, a mobile number or a card
  number (16-19 digits) is masked.

Free text can name people the case file does not list as parties; those are not found. Read the drafts before
sharing them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from summons_kit.case import model
from summons_kit.fields.identity import IdNumber, is_masked

__all__ = ["masked_fields", "redact", "redact_address", "redact_name", "redact_phone"]

#: two-character surnames (复姓) common enough to meet in a case
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 独孤 南宫 西门 万俟 闻人 "
    "澹台 公冶 太叔 申屠 呼延 赫连 百里 东郭 拓跋 完颜".split()
)
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def redact_name(name: str) -> str:
    """张三 / 张某某 -> 张某, 欧阳娜娜 -> 欧阳某; a name not in Chinese characters keeps its first letter (J***)."""
    name = name.strip()
    if not name:
        return name
    if not _CJK.match(name):
        return name[0] + "***"
    surname = name[:2] if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else name[0]
    return f"{surname}某"


def redact_id_number(number: IdNumber) -> IdNumber:
    """The region (6) and the last four characters kept; birth and gender as the number showed them."""
    value = number.value
    masked = value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else "*" * len(value)
    return IdNumber(raw=masked, value=masked, birth=None, gender=None, masked=True)


def redact_phone(phone: str) -> str:
    """139****4455, 0755-****1234; an already masked or unknown form keeps only its last four digits."""
    phone = phone.strip()
    if not phone:
        return phone
    if re.fullmatch(r"1\d{10}", phone):
        return phone[:3] + "****" + phone[-4:]
    area, sep, number = phone.rpartition("-")
    if sep and re.fullmatch(r"0\d{2,3}", area):
        return f"{area}-" + "*" * max(len(number) - 4, 0) + number[-4:]
    digits = [i for i, c in enumerate(phone) if c.isdigit()]
    keep = set(digits[-4:])
    return "".join(c if (i in keep or not c.isdigit()) else "*" for i, c in enumerate(phone))


def redact_email(email: str) -> str:
    local, at, domain = email.strip().partition("@")
    if not at:
        return "*" * len(local)
    return f"{local[:1]}***@{domain}"


# 自治区 is a province (广西壮族自治区): the district ends at the first 区/县/旗 that is not it
_DISTRICT = re.compile(r"(?<!自治)区|县|旗|(?<=[^省])市辖区")


def redact_address(address: str) -> str:
    """Cut to the district or county: 广东省深圳市南山区粤海街道科技园路1号 -> 广东省深圳市南山区. Without a district
    in it, to the city (…市/…州); else only what no one can be found by (（地址已隐去）)."""
    address = address.strip()
    if not address:
        return address
    found = _DISTRICT.search(address)
    if found:
        return address[: found.end()]
    city = re.match(r".*?市", address) or re.match(r".*?(?:州|盟)", address)
    if city and len(city.group()) < len(address):
        return city.group()
    return "（地址已隐去）"


def card_tail(tail: str) -> str:
    return "*" * len(tail.strip())


# --- free text ----------------------------------------------------------------------------------------------------

_ID_IN_TEXT = re.compile(r"(?<![\dA-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![\dA-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")
_CARD_IN_TEXT = re.compile(r"(?<!\d)\d{12,15}(\d{4})(?!\d)")


def _scrub(text: str, names: Mapping[str, str]) -> str:
    for full, reduced in names.items():
        text = text.replace(full, reduced)
    text = _ID_IN_TEXT.sub(lambda m: f"{m[1]}********{m[2]}", text)
    text = _CARD_IN_TEXT.sub(lambda m: "*" * (len(m[0]) - 4) + m[1], text)
    return _MOBILE_IN_TEXT.sub(lambda m: f"{m[1]}****{m[2]}", text)


def _each_text(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` with ``change`` applied to every str in it (attrs classes, tuples, mappings), other types kept."""
    if type(value) is str:  # not an enum (a StrEnum is a str)
        return change(value)
    if attrs.has(type(value)):
        updates = {}
        for field in attrs.fields(type(value)):
            if field.name in ("info", "source"):  # parsed from text kept elsewhere; the case's raw texts: below
                continue
            old = getattr(value, field.name)
            new = _each_text(old, change)
            if new is not old:
                updates[field.name] = new
        return attrs.evolve(value, **updates) if updates else value
    if isinstance(value, tuple):
        items = tuple(_each_text(v, change) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, Mapping):
        items_map = {k: _each_text(v, change) for k, v in value.items()}
        return items_map if any(items_map[k] is not value[k] for k in value) else value
    return value


# --- the case --------------------------------------------------------------------------------------------------------


def _person(party: model.Party, names: dict[str, str]) -> model.Party:
    if not party.name and party.kind is model.PartyKind.PERSON:
        return party
    updates: dict[str, Any] = {"phone": redact_phone(party.phone)}
    if party.representative:
        names[party.representative.strip()] = updates["representative"] = redact_name(party.representative)
    if not party.is_person:  # an organization: its name, address and credit code are public
        return attrs.evolve(party, **updates)
    names[party.name.strip()] = updates["name"] = redact_name(party.name)
    updates["address"] = redact_address(party.address)
    updates["residence"] = redact_address(party.residence)
    if party.id_number is not None:
        updates["id_number"] = redact_id_number(party.id_number)
        updates["birth_date"] = party.birth  # what the number showed stays printed
        updates["gender"] = party.gender_text
    return attrs.evolve(party, **updates)


def redact(case: model.Case) -> model.Case:
    """A copy of ``case`` with the personal data of natural persons reduced (see the module's description)."""
    names: dict[str, str] = {}
    plaintiff = _person(case.plaintiff, names)
    defendant = _person(case.defendant, names)
    agent = case.agent
    if agent is not None:
        names[agent.name.strip()] = reduced = redact_name(agent.name)
        agent = attrs.evolve(agent, name=reduced, phone=redact_phone(agent.phone))
    loan, assignment = case.loan, case.assignment
    if loan is not None:
        if loan.lender and model.infer_kind(loan.lender) is model.PartyKind.PERSON:
            names[loan.lender.strip()] = redact_name(loan.lender)
        loan = attrs.evolve(loan, card_tail=card_tail(loan.card_tail))
    if assignment is not None and assignment.assignor:
        if model.infer_kind(assignment.assignor) is model.PartyKind.PERSON:
            names[assignment.assignor.strip()] = redact_name(assignment.assignor)
    defence = case.defence
    if defence.recipient:
        names[defence.recipient.strip()] = redact_name(defence.recipient)
    defence = attrs.evolve(
        defence,
        delivery_address=redact_address(defence.delivery_address),
        delivery_phone=redact_phone(defence.delivery_phone),
        email=redact_email(defence.email) if defence.email else "",
    )
    names = {k: v for k, v in sorted(names.items(), key=lambda kv: -len(kv[0])) if k and k != v}
    changed = attrs.evolve(
        case, plaintiff=plaintiff, defendant=defendant, agent=agent, loan=loan, assignment=assignment, defence=defence
    )

    def scrub(text: str) -> str:
        return _scrub(text, names)

    scrubbed = _each_text(changed, scrub)
    claims = tuple(attrs.evolve(c, info=attrs.evolve(c.info, raw=c.text)) if c.info else c for c in scrubbed.claims)
    source = {path: _source(scrubbed, path, raw, scrub) for path, raw in case.source.items()}
    return attrs.evolve(scrubbed, claims=claims, source=source)


def _source(case: model.Case, path: str, raw: str, scrub: Callable[[str], str]) -> str:
    """The raw text at ``path`` of the redacted case: the redacted field's own text where it is one."""
    current = _at(case, path)
    if isinstance(current, str):
        return current
    if isinstance(current, IdNumber):
        return current.value
    return scrub(raw)


def _at(case: model.Case, path: str) -> object:
    value: object = case
    for part in re.findall(r"[^.\[\]]+", path):
        if part.isdigit() and isinstance(value, tuple):
            index = int(part)
            value = value[index] if index < len(value) else None
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            value = getattr(value, part, None)
        if value is None:
            return None
    return value


def masked_fields(case: model.Case) -> Iterator[tuple[str, str]]:
    """(path, value) of every party's identity value entered masked (``139****4455``, ``440104********5116``):
    the parties' ID numbers and phones, the delivery phone and the card tail (the agent's own contact is the
    lawyer's business, not checked)."""
    for role in ("plaintiff", "defendant"):
        party: model.Party = getattr(case, role)
        if party.id_number is not None and party.id_number.masked:
            yield f"{role}.id_number", party.id_number.value
        if party.phone and is_masked(party.phone):
            yield f"{role}.phone", party.phone
    if case.defence.delivery_phone and is_masked(case.defence.delivery_phone):
        yield "defence.delivery_phone", case.defence.delivery_phone
    if case.loan is not None and case.loan.card_tail and is_masked(case.loan.card_tail):
        yield "loan.card_tail", case.loan.card_tail
