"""Benchmark: summons_kit's parse_date against plain dateparser on the date corpus.

Run ``python benchmarks/bench_dates.py``. For every row of tests/corpus/dates.tsv, and the date-range and
month-only rows below, it reports whether each parser reads it correctly (a rejected row counts as correct
when the parser refuses it), then times both on the rows both read correctly and prints the speed ratio.
No assertions: the numbers are for the reader.
"""

from __future__ import annotations

import csv
import datetime as dt
import statistics
import timeit
import unicodedata
from pathlib import Path

import dateparser

from summons_kit.errors import ParseError
from summons_kit.fields.dates import parse_date

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "dates.tsv"
REPEAT, NUMBER = 5, 200  # best of REPEAT runs of NUMBER calls each


# Forms of court papers and complaints beyond the corpus: date ranges (the start counts) and a month without
# a day (refused: a deadline needs the day).
EXTRA = [
    ("2025年10月20日至10月25日", "2025-10-20", "range, end without year"),
    ("2025年10月20日至2025年10月25日", "2025-10-20", "range, full end"),
    ("2025年10月20日—2025年10月25日", "2025-10-20", "range with a dash"),
    ("2025年10月20日-25日", "2025-10-20", "range, end day only"),
    ("2025年10月20日～10月25日", "2025-10-20", "range with a wave dash"),
    ("2025-10-20至2025-10-25", "2025-10-20", "ISO range"),
    ("2025年10月20日至10月15日", "ERROR", "range ends before it starts"),
    ("2023年9月", "ERROR", "month without a day"),
]


def load() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return rows + [{"input": i, "expected": e, "reference": "", "note": n} for i, e, n in EXTRA]


def expected_of(row: dict[str, str]) -> dt.date | dt.datetime | None:
    value = row["expected"]
    if value == "ERROR":
        return None
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def reference_of(row: dict[str, str]) -> dt.date | None:
    return dt.date.fromisoformat(row["reference"]) if row["reference"] else None


def ours(row: dict[str, str]) -> dt.date | dt.datetime | None:
    try:
        return parse_date(row["input"], reference_of(row))
    except ParseError:
        return None


def theirs(row: dict[str, str]) -> dt.datetime | None:
    return dateparser.parse(row["input"], languages=["zh"])


def ours_correct(row: dict[str, str]) -> bool:
    got, want = ours(row), expected_of(row)
    return got == want and type(got) is type(want)


def theirs_correct(row: dict[str, str]) -> bool:
    got, want = theirs(row), expected_of(row)
    if want is None or got is None:
        return got is None and want is None
    if isinstance(want, dt.datetime):
        return got == want
    return got == dt.datetime.combine(want, dt.time())  # dateparser returns midnight for a date


def pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a CJK character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def best_time(fn: object, row: dict[str, str]) -> float:
    """Seconds per call, best of REPEAT."""
    return min(timeit.repeat(lambda: fn(row), repeat=REPEAT, number=NUMBER)) / NUMBER  # type: ignore[operator]


def main() -> None:
    rows = load()
    for row in rows:  # warm up both (dateparser loads its language data on first use)
        ours(row)
        theirs(row)

    head = f"{'input':<40} {'expected':<17} {'parse_date':>10} {'dateparser':>10}"
    print(f"{head} {'ours µs':>8} {'dp µs':>8} {'x':>6}")
    print("-" * 106)
    both: list[tuple[float, float]] = []
    n_ours = n_theirs = 0
    for row in rows:
        ok_ours, ok_theirs = ours_correct(row), theirs_correct(row)
        n_ours += ok_ours
        n_theirs += ok_theirs
        timing = ""
        if ok_ours and ok_theirs:
            t_ours, t_theirs = best_time(ours, row), best_time(theirs, row)
            both.append((t_ours, t_theirs))
            timing = f"{t_ours * 1e6:8.1f} {t_theirs * 1e6:8.1f} {t_theirs / t_ours:6.1f}"
        shown = pad(row["input"] or "(empty)", 40)
        print(f"{shown} {row['expected']:<17} {'ok' if ok_ours else 'WRONG':>10} "
              f"{'ok' if ok_theirs else 'WRONG':>10} {timing}")  # fmt: skip

    print("-" * 106)
    print(f"read correctly: parse_date {n_ours}/{len(rows)}, dateparser {n_theirs}/{len(rows)}")
    if both:
        total_ours, total_theirs = sum(t for t, _ in both), sum(t for _, t in both)
        ratios = [theirs_t / ours_t for ours_t, theirs_t in both]
        print(
            f"on the {len(both)} rows both read correctly: "
            f"parse_date {total_ours / len(both) * 1e6:.1f} µs/call, "
            f"dateparser {total_theirs / len(both) * 1e6:.1f} µs/call; "
            f"parse_date is {total_theirs / total_ours:.0f}x faster overall "
            f"(per row: median {statistics.median(ratios):.0f}x, min {min(ratios):.0f}x)"
        )


if __name__ == "__main__":
    main()
