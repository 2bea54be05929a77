"""Check the bundled 微粒贷 case and write its drafts, as a script would.

python examples/draft_weilidai.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import summons_kit as sk

HERE = Path(__file__).resolve().parent


def main(out: Path) -> None:
    case = sk.load_case(HERE / "weilidai" / "case.toml")
    report = sk.check(case)
    answer = report.deadline("answer")
    print(f"答辩期限 / answer deadline: {answer.date:%Y-%m-%d} — {answer.explanation}")
    for finding in report.findings:
        print(f"[{finding.severity}] {finding.message} ({finding.basis})")
    for path in sk.draft(case, out, report=report, force=True):
        print("written:", path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("drafts"))
