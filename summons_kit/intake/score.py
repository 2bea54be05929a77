"""How well an :class:`Intake` read a set of papers whose right values are known (tests and benchmark).

Each expected field is *right*, *flagged* (wrong or absent, but in doubt or listed as unread: the user is
told to look), or *silent* (wrong or absent with no word about it: what must never happen). A value read for
a field the papers do not state is *extra*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from summons_kit.intake.model import Intake
from summons_kit.intake.toml_writer import toml_value

_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def value_at(case: Mapping[str, Any], field: str) -> Any:
    """The value at a case-file path (``claims[2].amount``), or None."""
    node: Any = case
    for part in field.split("."):
        m = _PART.fullmatch(part)
        if m is None or not isinstance(node, Mapping) or m[1] not in node:
            return None
        node = node[m[1]]
        if m[2] is not None:
            index = int(m[2]) - 1
            if not isinstance(node, list) or index >= len(node):
                return None
            node = node[index]
    return node


@attrs.frozen
class Score:
    right: tuple[str, ...]
    flagged: tuple[str, ...]
    silent: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.right) + len(self.flagged) + len(self.silent)

    @property
    def accuracy(self) -> float:
        return len(self.right) / self.total if self.total else 1.0


def score(intake: Intake, expected: Mapping[str, Any]) -> Score:
    """Compare ``intake`` with ``expected`` (case-file path -> value; ``unread``: the fields that must be
    listed as unread)."""
    must_be_unread = set(expected.get("unread", []))
    doubted = {d.field for d in intake.doubts} | {u.field for u in intake.unread}
    right, flagged, silent = [], [], []
    for field, want in expected.items():
        if field == "unread":
            continue
        got = value_at(intake.case, field)
        if got is not None and toml_value(got) == toml_value(want):
            right.append(field)
        elif field in doubted:
            flagged.append(field)
        else:
            silent.append(field)
    for field in must_be_unread:
        (right if field in {u.field for u in intake.unread} else silent).append(field)
    extra = [f for f in intake.sources if f not in expected and value_at(intake.case, f) not in (None, "")]
    return Score(tuple(right), tuple(flagged), tuple(silent), tuple(extra))
