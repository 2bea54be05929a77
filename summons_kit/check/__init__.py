"""The check layer: run every legal rule over a case and collect a :class:`Report` of deadlines and findings."""

from summons_kit.check.report import Finding, Report, check

__all__ = ["Finding", "Report", "check"]
