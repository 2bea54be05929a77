"""The report layer: a :class:`~summons_kit.check.Report` shown as text (the CLI) or as calendar events (.ics)."""
