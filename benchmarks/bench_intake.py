"""Intake accuracy and speed on the sample papers (tests/papers/): fields right per case from the text PDFs, the
scanned bundles and the phone photos, and seconds per page for each way of reading.

    python benchmarks/bench_intake.py            # text PDFs, scans and photos (OCR: a minute or two)
    python benchmarks/bench_intake.py --no-ocr   # text PDFs only

A field is *right* when it equals the value in tests/papers/<case>/expected*.toml, *flagged* when it is wrong
or missing but listed as in doubt or unread, *silent* when it is wrong or missing with no word (must be 0).
"""

from __future__ import annotations

import argparse
import time
import tomllib
from pathlib import Path

import summons_kit as sk
from summons_kit.intake import ocr_available
from summons_kit.intake.score import score

PAPERS = Path(__file__).resolve().parent.parent / "tests" / "papers"
CASES = ("weilidai", "credit_card")


def run(label: str, case: str, files: list[str], expected_name: str) -> tuple[int, int, int, int, float]:
    with (PAPERS / case / expected_name).open("rb") as f:
        expected = tomllib.load(f)
    start = time.perf_counter()
    intake = sk.read_papers([PAPERS / case / name for name in files])
    seconds = time.perf_counter() - start
    result = score(intake, expected)
    pages = len(intake.pages)
    print(
        f"{label:<10} {case:<12} right {len(result.right):>2}/{result.total:<2} ({result.accuracy:6.1%})"
        f"  flagged {len(result.flagged)}  silent {len(result.silent)}  extra {len(result.extra)}"
        f"  {pages} pages  {seconds / pages:6.2f} s/page"
    )
    for field in result.flagged + result.silent:
        print(f"{'':<10} miss: {field}")
    return len(result.right), result.total, len(result.silent), pages, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-ocr", action="store_true", help="text PDFs only")
    args = parser.parse_args()
    kinds = [("text PDF", ["bundle.pdf"], "expected.toml")]
    if not args.no_ocr:
        if not ocr_available():
            raise SystemExit('OCR extra not installed: pip install "summons_kit[ocr]"')
        kinds += [
            ("scan", ["bundle_scan.pdf"], "expected.toml"),
            ("photo", ["summons_photo.jpg"], "expected_photo.toml"),
        ]
    for label, files, expected_name in kinds:
        totals = [run(label, case, files, expected_name) for case in CASES]
        right, total, silent, pages, seconds = (sum(t[i] for t in totals) for i in range(5))
        print(
            f"{label:<10} {'all':<12} right {right}/{total} ({right / total:.1%}), silent {silent},"
            f" {seconds / pages:.2f} s/page\n"
        )


if __name__ == "__main__":
    main()
