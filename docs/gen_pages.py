"""Pages generated when the docs site is built (mkdocs-gen-files): the home page from the README, and the command
line reference from the CLI's own parser, so neither can drift from its source."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import mkdocs_gen_files

from summons_kit.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _home() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    text = re.sub(r"\]\(docs/([\w-]+\.md)\)", r"](\1)", text)  # docs/x.md -> x.md on the site
    # files of the repository beside docs/ (examples, benchmarks) are shown by name, not linked
    return re.sub(r"\[([^\]]+)\]\((?!https?:)(?![\w-]+\.md)([^)]+)\)", r"\1 (`\2` in the repository)", text)


def _commands(parser: argparse.ArgumentParser, words: list[str]) -> list[str]:
    lines = [f"## `{' '.join(words)}`", "", "```text", parser.format_help().rstrip(), "```", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                lines += _commands(sub, [*words, name])
    return lines


def _cli() -> str:
    parser = build_parser()
    intro = [
        "# Command line",
        "",
        "Generated from the `summons-kit` parser when the site is built. Exit codes: 0 done, 1 `check` found errors or "
        "`templates lint` found problems, 2 input that cannot be used (see terminal.md).",
        "",
    ]
    return "\n".join(intro + _commands(parser, [parser.prog or "summons-kit"]))


with mkdocs_gen_files.open("index.md", "w") as page:
    page.write(_home())
with mkdocs_gen_files.open("reference/cli.md", "w") as page:
    page.write(_cli())
