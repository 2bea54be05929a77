"""The report as the JSON that ``summons-kit check --json`` prints, and its JSON Schema.

The shape is :meth:`Report.to_dict` (``ok``, ``deadlines`` as dates, ``findings``) with what a script needs beside
it without ``--details``: ``today``, ``deadline_times`` (the hearing's date and time), and ``counts`` by severity.
``--details`` adds ``deadline_details``. docs/report.schema.json is :func:`report_schema` (a test keeps it so), and
a test validates real output against it.
"""

from __future__ import annotations

from typing import Any

from summons_kit.check import Report
from summons_kit.law.deadlines import DEADLINE_KEYS
from summons_kit.law.finding import SEVERITIES

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_DATETIME = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"}
_NULLABLE_DATE = {"anyOf": [_DATE, {"type": "null"}]}
_TEXT = {"type": "string"}


def report_json(report: Report, details: bool = False) -> dict[str, Any]:
    """The JSON object of ``report`` (see :func:`report_schema`)."""
    out = report.to_dict(details=details)
    out["today"] = report.today.isoformat()
    out["deadline_times"] = {d.key: d.at.isoformat() for d in report.deadlines if d.at is not None}
    out["counts"] = {severity: sum(f.severity == severity for f in report.findings) for severity in SEVERITIES}
    return out


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``summons-kit check --json`` (with or without ``--details``)."""
    keys = {"type": "string", "enum": list(DEADLINE_KEYS)}
    finding = {
        "type": "object",
        "required": ["code", "severity", "field", "message", "message_en", "basis"],
        "properties": {
            "code": {"type": "string", "description": "稳定的提示代码 / stable finding code, e.g. rate.above_cap"},
            "severity": {"type": "string", "enum": list(SEVERITIES)},
            "field": {"type": "string", "description": "案件文件中的字段 / the case file's field, e.g. loan.rate"},
            "message": {"type": "string", "description": "中文说明 / the message in Chinese"},
            "message_en": {"type": "string", "description": "the message in English"},
            "basis": {"type": "string", "description": "法律依据 / legal basis"},
        },
    }
    detail = {
        "type": "object",
        "required": ["key", "date", "earliest", "latest", "at", "label_zh", "label_en", "explanation", "basis"],
        "properties": {
            "key": keys,
            "date": _NULLABLE_DATE,
            "earliest": _NULLABLE_DATE,
            "latest": _NULLABLE_DATE,
            "at": {"anyOf": [_DATETIME, {"type": "null"}]},
            "label_zh": _TEXT,
            "label_en": _TEXT,
            "explanation": {"type": "string", "description": "计算方法 / how the deadline was computed"},
            "basis": _TEXT,
            "uncovered_years": {"type": "array", "items": {"type": "integer"}},
            "field": _TEXT,
            "undated_zh": {"type": "string", "description": "无日期时的说明,如 一审终审 / shown when undated"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "summons-kit check --json / 案件检查结果",
        "type": "object",
        "required": ["ok", "today", "deadlines", "deadline_times", "counts", "findings"],
        "properties": {
            "ok": {"type": "boolean", "description": "没有错误级提示 / no error finding (exit code 0)"},
            "today": {**_DATE, "description": "计算剩余天数所依据的今天 / the day the days left count from"},
            "deadlines": {
                "type": "object",
                "description": "有确定日期的期限 / each deadline that has a date: key -> YYYY-MM-DD",
                "propertyNames": keys,
                "additionalProperties": _DATE,
            },
            "deadline_times": {
                "type": "object",
                "description": "有具体时间的期限(开庭)/ the deadlines with a time of day (the hearing): key -> "
                "YYYY-MM-DDTHH:MM:SS, Beijing time",
                "propertyNames": keys,
                "additionalProperties": _DATETIME,
            },
            "counts": {
                "type": "object",
                "required": list(SEVERITIES),
                "properties": {severity: {"type": "integer", "minimum": 0} for severity in SEVERITIES},
                "additionalProperties": False,
            },
            "findings": {"type": "array", "items": finding},
            "deadline_details": {"type": "array", "items": detail, "description": "仅 --details / with --details"},
            "documents": {
                "type": "array",
                "description": "仅 --details:案件需要的文书(起草)与可选的文书(及原因)/ with --details: each registry "
                "document, drafted by default (applies) or offered (reason)",
                "items": {
                    "type": "object",
                    "required": ["key", "title", "applies", "reason"],
                    "properties": {
                        "key": {"type": "string", "description": "--documents KEY"},
                        "title": _TEXT,
                        "applies": {"type": "boolean"},
                        "reason": {"type": "string", "description": "未起草的原因 / why it is only offered"},
                    },
                    "additionalProperties": False,
                },
            },
        },
        "additionalProperties": False,
    }
