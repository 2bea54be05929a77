"""The ``summons-kit`` command: argument parsing and printing only."""

from summons_kit.cli.main import main

__all__ = ["main"]
