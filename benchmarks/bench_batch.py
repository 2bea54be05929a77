"""Many cases: the kit's per-case cost against plain docxtpl, a 1,000-case ``batch``, and the start-up of
``summons-kit check`` against an earlier release, side by side. Ratios are printed, never asserted.

    python benchmarks/bench_batch.py case [N] [ROUNDS]         # N cases in one process (30), interleaved rounds (5)
    python benchmarks/bench_batch.py batch [ROWS] [WORKERS]    # summons-kit batch on a generated sheet (1000, 2)
    python benchmarks/bench_batch.py startup BASE_DIR [RUNS]   # `summons-kit check` here and in BASE_DIR (best of 7)

``case``: load + check + the three documents written, per case: the kit (``sk.draft``, templates compiled once
per process) against plain docxtpl fed the kit's own ``sk.template_context`` (``DocxTemplate(path).render`` and
``save`` for each document, in the kit's sandboxed autoescaping environment). The kit is timed twice: as a batch
writes (``durable=False`` per case, then the batch's one durability step over all of them, included in the time),
and with each case fsynced (``sk.draft``'s default); docxtpl's ``save`` never fsyncs. The three take turns in
blocks of 10 cases, each running its 10 in a row (as a real run does: a docxtpl render between two of the kit's
cases evicts the kit's working set from the CPU caches) after a ``sync`` (so that none pays for the writes of the
one before), ROUNDS times over the N cases; the medians of wall and CPU time per case are printed, and the ratio
of each block's medians (CPU time is what the machine's other jobs disturb least; the fsyncs' waiting shows only
in the wall time).

``batch``: a .csv of ROWS cases (the bundled example with its case number and defendant changed per row) drafted
by ``summons-kit batch --workers WORKERS`` in a fresh process: the wall time a user waits, start-up and the
final sync included, and the largest peak RSS of the processes (run it with 100 and 1000 rows: memory is flat
when the two agree).

``startup``: BASE_DIR is a source tree of the release to compare against, e.g.
``mkdir /tmp/base && git archive a30d82b | tar -x -C /tmp/base``; each tree is run with PYTHONPATH set to it.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "weilidai" / "case.toml"
TODAY = dt.date(2026, 11, 30)


def _cases(n: int) -> list[dict[str, object]]:
    from summons_kit.case.load import read_file
    from summons_kit.case.sheet import flatten

    base = flatten(read_file(EXAMPLE))
    rows = []
    for i in range(n):
        row = dict(base)
        row["court.case_number"] = f"（2026）粤0391民初{10000 + i}号"
        row["defendant.name"] = f"李{i}"
        rows.append(row)
    return rows


def bench_case(n: int, rounds: int = 5) -> None:
    from docxtpl import DocxTemplate

    import summons_kit as sk
    from summons_kit.case.sheet import unflatten
    from summons_kit.documents.batch import _make_durable
    from summons_kit.documents.draft import FILE_NAMES
    from summons_kit.documents.form import resolve_answer_form
    from summons_kit.documents.render import KitEnvironment

    data = [unflatten(row.items()) for row in _cases(n)]

    def kit(item: dict[str, object], folder: Path, durable: bool) -> None:
        case = sk.load_case(item)
        sk.draft(case, folder, today=TODAY, report=sk.check(case, today=TODAY), durable=durable)

    def plain(item: dict[str, object], folder: Path) -> None:
        case = sk.load_case(item)
        report = sk.check(case, today=TODAY)
        context = sk.template_context(case, report, TODAY)
        folder.mkdir(parents=True)
        templates = {
            "answer": sk.template_path("answer", resolve_answer_form(case).template_style),
            "evidence": sk.template_path("evidence"),
            "instalment": sk.template_path("instalment"),
        }
        for doc, path in templates.items():
            document = DocxTemplate(str(path))
            document.render(context, jinja_env=KitEnvironment(), autoescape=True)
            document.save(str(folder / FILE_NAMES[doc]))

    def timed(run: Callable[[], object]) -> tuple[float, float]:
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000

    names = ("batch", "durable", "plain")
    wall: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    ratios: list[float] = []  # plain / batch, CPU medians of one block each
    block = 10
    with tempfile.TemporaryDirectory() as work:
        sk.draft(sk.load_case(data[0]), Path(work) / "warm", today=TODAY)  # compile once, as a batch worker does
        for round_ in range(rounds):
            out = Path(work) / f"r{round_}"
            for first in range(0, n, block):
                # interleaved by blocks of 10 cases, each way running its 10 in a row as a batch does (a plain
                # docxtpl render between two of the kit's cases evicts the kit's working set from the CPU caches,
                # and the next case then takes 25-45% longer, which no real run of either has); the blocks of one
                # round run within about a second of each other, so the ratio of their medians is not moved by
                # this machine's load changing from second to second
                cases = list(enumerate(data))[first : first + block]
                medians: dict[str, float] = {}
                for name in names:
                    os.sync()  # each way starts with nothing left to write back from the one before (not timed)
                    times = [
                        timed(
                            (lambda: plain(item, out / name / f"{i}"))  # noqa: B023
                            if name == "plain"
                            else (lambda: kit(item, out / name / f"{i}", name == "durable"))  # noqa: B023
                        )
                        for i, item in cases
                    ]
                    if name == "batch":  # the batch's one durability step, shared by its cases
                        paths = [p for i, _item in cases for p in (out / "batch" / f"{i}").iterdir()]
                        sync_wall, sync_cpu = timed(lambda: _make_durable(paths))  # noqa: B023
                        times = [(w + sync_wall / len(cases), c + sync_cpu / len(cases)) for w, c in times]
                    wall[name] += [w for w, _c in times]
                    cpu[name] += [c for _w, c in times]
                    medians[name] = statistics.median(c for _w, c in times)
                ratios.append(medians["plain"] / medians["batch"])
    w = {k: statistics.median(v) for k, v in wall.items()}
    c = {k: statistics.median(v) for k, v in cpu.items()}
    low, mid, high = statistics.quantiles(ratios, n=4)
    print(f"{n} cases x {rounds} rounds in blocks of {block}, each case loaded, checked and drafted (3 documents")
    print("written); medians per case:                                       wall       CPU")
    print(f"  kit as a batch writes (durable once at the end, included): {w['batch']:7.1f} ms {c['batch']:7.1f} ms")
    print(f"  kit, each case fsynced (sk.draft's default):               {w['durable']:7.1f} ms {c['durable']:7.1f} ms")
    print(f"  plain docxtpl + sk.template_context (no fsync):            {w['plain']:7.1f} ms {c['plain']:7.1f} ms")
    print(
        f"  ratio plain/kit: batch {w['plain'] / w['batch']:.1f}x wall, {c['plain'] / c['batch']:.1f}x CPU; "
        f"each case fsynced {w['plain'] / w['durable']:.1f}x wall, {c['plain'] / c['durable']:.1f}x CPU"
    )
    print(
        f"  block by block (CPU, plain/batch, {len(ratios)} blocks): median {mid:.1f}x, "
        f"quartiles {low:.1f}x-{high:.1f}x, "
        f"lowest {min(ratios):.1f}x"
    )


def bench_batch(rows: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as work:
        sheet = Path(work) / "cases.csv"
        data = _cases(rows)
        with sheet.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(data[0]))
            writer.writeheader()
            writer.writerows(data)
        command = [sys.executable, "-m", "summons_kit", "batch", str(sheet), "-o", str(Path(work) / "out")]
        command += ["--workers", str(workers), "--today", TODAY.isoformat(), "--quiet"]
        before, cpu = _peak_rss_children(), _cpu()
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        cpu = _cpu() - cpu  # the command and its pool's workers (waited for, so counted)
        peak = _peak_rss_children()
        documents = sum(1 for _ in (Path(work) / "out").rglob("*.docx"))
    print(f"summons-kit batch: {rows} rows, --workers {workers}: {wall:.1f} s wall, {documents} documents written")
    memory = f"{peak / 1024:.0f} MB" if peak > before else "below an earlier child's"
    print(f"  {wall / rows * 1000:.1f} ms/case wall; exit code {done.returncode}; largest process's peak RSS {memory}")
    print(
        f"  CPU time of all its processes: {cpu:.1f} s ({cpu / rows * 1000:.1f} ms/case); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if done.returncode:
        print(done.stderr[-2000:])


def _peak_rss_children() -> int:
    """The largest peak resident set (KiB on Linux) of any waited-for child so far."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _check_once(tree: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one `summons-kit check` run with PYTHONPATH=tree."""
    command = [sys.executable, "-m", "summons_kit", "check", str(EXAMPLE), "--today", TODAY.isoformat()]
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run(command, env=env, cwd=tree, capture_output=True, check=True)  # cwd: `-m` looks there first
    return time.perf_counter() - start, _cpu() - cpu


def bench_startup(base: Path, runs: int) -> None:
    """The two trees run alternately (this machine's load changes from second to second); best of ``runs``."""
    _check_once(ROOT), _check_once(base)  # bytecode compiled, files cached
    inf = float("inf")
    now, then, empty = [inf, inf], [inf, inf], inf
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        empty = min(empty, time.perf_counter() - start)
        for best, tree in ((now, ROOT), (then, base)):
            wall, cpu = _check_once(tree)
            best[0], best[1] = min(best[0], wall), min(best[1], cpu)
    print(f"`summons-kit check` (the bundled example), best of {runs}; Python alone starts in {empty * 1000:.0f} ms:")
    print(f"  this tree:      {now[0] * 1000:6.0f} ms wall, {now[1] * 1000:6.0f} ms CPU")
    print(f"  {base}: {then[0] * 1000:6.0f} ms wall, {then[1] * 1000:6.0f} ms CPU")
    print(f"  this/base: {now[0] / then[0]:.2f} wall, {now[1] / then[1]:.2f} CPU")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "case"
    args = sys.argv[2:]
    if what == "case":
        bench_case(int(args[0]) if args else 30, int(args[1]) if len(args) > 1 else 5)
    elif what == "batch":
        bench_batch(int(args[0]) if args else 1000, int(args[1]) if len(args) > 1 else 2)
    elif what == "startup":
        if not args:
            sys.exit("usage: bench_batch.py startup BASE_DIR [RUNS]")
        bench_startup(Path(args[0]), int(args[1]) if len(args) > 1 else 7)
    else:
        sys.exit(__doc__)
