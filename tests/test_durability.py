"""Durability as issue 12 left it: a single write (``sk.draft``, ``write_all``) fsyncs each file and each folder
once before it returns; ``durable=False`` writes with rename-only atomicity (still all or nothing, never a partial
file in place); a batch makes everything it wrote durable in one step at the end, before its report appears."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import summons_kit.atomic as atomic
import summons_kit.documents.batch as batch
from summons_kit.atomic import TEMP_SUFFIX, make_durable, write_all
from summons_kit.case.load import read_file
from summons_kit.case.model import Case
from summons_kit.case.sheet import flatten
from summons_kit.documents.batch import REPORT_NAME, draft_many
from summons_kit.documents.draft import FILE_NAMES, draft

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"
TODAY = dt.date(2026, 11, 30)


class _Fsyncs:
    """Records what os.fsync was called on (a file or a folder), through the real call."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files: list[str] = []
        self.folders: list[str] = []
        real = os.fsync

        def fsync(fd: int) -> None:
            path = os.readlink(f"/proc/self/fd/{fd}")
            (self.folders if os.path.isdir(path) else self.files).append(path)
            real(fd)

        monkeypatch.setattr(atomic.os, "fsync", fsync)


needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")


@needs_proc
def test_a_durable_write_fsyncs_each_file_and_each_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _Fsyncs(monkeypatch)
    write_all({tmp_path / "a.docx": b"a", tmp_path / "b.docx": b"b", tmp_path / "sub" / "c.docx": b"c"})
    assert len(seen.files) == 3 and all(p.endswith(TEMP_SUFFIX) for p in seen.files), "fsynced before the rename"
    assert sorted(seen.folders) == sorted([str(tmp_path), str(tmp_path / "sub")])


@needs_proc
def test_draft_is_durable_by_default(weilidai: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _Fsyncs(monkeypatch)
    written = draft(weilidai, tmp_path, today=TODAY)
    assert len(seen.files) == len(written) == 3
    assert seen.folders == [str(tmp_path)]


@needs_proc
def test_durable_false_never_fsyncs_and_still_writes_every_file_whole(
    weilidai: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _Fsyncs(monkeypatch)
    written = draft(weilidai, tmp_path / "fast", today=TODAY, durable=False)
    reference = draft(weilidai, tmp_path / "slow", today=TODAY)
    assert [p for p in seen.files if "/fast/" in p] == []
    assert [p for p in seen.folders if p.endswith("fast")] == []
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in reference], "the same bytes"
    assert sorted(p.name for p in (tmp_path / "fast").iterdir()) == sorted(p.name for p in written)


def test_durable_false_is_still_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "a.docx"
    old.write_bytes(b"old a")
    real = os.replace
    calls: list[object] = []

    def fail_second(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", fail_second)
    with pytest.raises(OSError, match="No space"):
        write_all({old: b"new a", tmp_path / "b.docx": b"new b"}, force=True, durable=False)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]
    assert old.read_bytes() == b"old a"


def test_a_kill_during_a_rename_only_write_never_leaves_a_partial_file_in_place(tmp_path: Path) -> None:
    """Killed while the second file's data is being written: the first target is whole or absent, never cut."""
    script = f"""
import os, signal
from pathlib import Path
import summons_kit.atomic as atomic
real = os.fdopen
count = []
class Killing:
    def __init__(self, handle): self.handle = handle
    def __enter__(self): return self
    def __exit__(self, *a): return self.handle.__exit__(*a)
    def write(self, data):
        count.append(1)
        if len(count) == 2:
            self.handle.write(data[: len(data) // 2]); self.handle.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return self.handle.write(data)
    def __getattr__(self, name): return getattr(self.handle, name)
atomic.os.fdopen = lambda fd, mode: Killing(real(fd, mode))
atomic.write_all({{Path({str(tmp_path)!r}) / "a.docx": b"x" * 1000000,
                  Path({str(tmp_path)!r}) / "b.docx": b"y" * 1000000}}, durable=False)
"""
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == -signal.SIGKILL
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "a.docx" not in left and "b.docx" not in left, "no target appears before every file is written"
    assert left and all(name.endswith(TEMP_SUFFIX) for name in left)
    write_all({tmp_path / "a.docx": b"a", tmp_path / "b.docx": b"b"}, durable=False)  # the rerun cleans up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]


@needs_proc
def test_make_durable_fsyncs_each_file_then_each_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = write_all(
        {tmp_path / "one" / "a.docx": b"a", tmp_path / "one" / "b.docx": b"b", tmp_path / "two" / "c.docx": b"c"},
        durable=False,
    )
    seen = _Fsyncs(monkeypatch)
    assert make_durable([*written, tmp_path / "gone.docx"]) == 3  # a file no longer there is passed over
    assert seen.files == [str(p) for p in written]
    assert seen.folders == [str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path)]


def _rows(n: int) -> list[dict[str, Any]]:
    base = flatten(read_file(WEILIDAI))
    return [
        {**base, "court.case_number": f"（2026）粤0391民初{20000 + i}号", "defendant.name": f"王{i}"} for i in range(n)
    ]


@pytest.mark.parametrize("linux", [True, False])
def test_a_batch_is_made_durable_once_at_the_end_before_its_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, linux: bool
) -> None:
    events: list[tuple[str, object]] = []

    def sync() -> None:
        events.append(("sync", (tmp_path / REPORT_NAME).exists()))

    def durable(paths: Any) -> int:
        paths = list(paths)
        events.append(("fsync", (sorted(Path(p).name for p in paths), (tmp_path / REPORT_NAME).exists())))
        return len(paths)

    import summons_kit.documents.draft as draft_module

    real_write_all = draft_module.write_all

    def write_all_seen(files: Any, **options: Any) -> Any:
        events.append(("write", options["durable"]))
        return real_write_all(files, **options)

    monkeypatch.setattr(draft_module, "write_all", write_all_seen)
    monkeypatch.setattr(batch, "_SYNC_ALL", linux)
    monkeypatch.setattr(batch.os, "sync", sync, raising=False)
    monkeypatch.setattr(batch, "make_durable", durable)
    results = draft_many(_rows(3), tmp_path, today=TODAY, documents=["answer"])
    assert [r.status for r in results] == ["ok"] * 3
    assert events[:3] == [("write", False)] * 3, "each case rename-only"
    if linux:
        assert events[3:] == [("sync", False), ("sync", True)], "all drafts synced before the report appears"
    else:
        names = sorted([FILE_NAMES["answer"]] * 3)
        assert events[3:] == [("fsync", (names, False)), ("fsync", ([REPORT_NAME], True))]
    assert (tmp_path / REPORT_NAME).is_file()


def test_a_batch_stopped_at_a_failure_still_makes_what_it_wrote_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[bool] = []
    monkeypatch.setattr(batch, "_SYNC_ALL", True)
    monkeypatch.setattr(batch.os, "sync", lambda: synced.append(True), raising=False)
    rows = [*_rows(1), {**_rows(1)[0], "court.case_number": "（2026）粤0391民初1号", "service.served_on": "不是日期"}]
    with pytest.raises(batch.BatchError):
        draft_many(rows, tmp_path, today=TODAY, documents=["answer"], on_error="raise")
    assert synced == [True]


def test_resume_never_counts_an_empty_file_as_drafted(tmp_path: Path) -> None:
    """What a power loss before the batch's final sync can leave: a renamed draft with no data. Resume reports
    that case (its file exists, --force replaces it) instead of skipping it as drafted."""
    rows = _rows(2)
    first = draft_many(rows, tmp_path, today=TODAY, documents=["answer"])
    assert [r.status for r in first] == ["ok", "ok"]
    first[1].paths[0].write_bytes(b"")  # as the disk may hold it after the power loss
    again = draft_many(rows, tmp_path, today=TODAY, documents=["answer"], resume=True)
    assert [r.status for r in again] == ["skipped", "error"]
    assert "file exists" in again[1].message and first[1].paths[0].name in again[1].message
    (tmp_path / REPORT_NAME).unlink()  # the folder check (no report) does not count it either
    assert [r.status for r in draft_many(rows, tmp_path, today=TODAY, documents=["answer"], resume=True)] == [
        "skipped",
        "error",
    ]
    fixed = draft_many(rows, tmp_path, today=TODAY, documents=["answer"], force=True)
    assert [r.status for r in fixed] == ["ok", "ok"] and first[1].paths[0].stat().st_size > 0


class _Elsewhere(Executor):
    """An executor the kit does not know to run on this machine (as Dask's or Ray's may not)."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


@pytest.mark.parametrize(("executor", "durable"), [(_Elsewhere, True), (ThreadPoolExecutor, False)])
def test_cases_run_by_an_executor_that_may_be_elsewhere_are_fsynced_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, executor: type[Executor], durable: bool
) -> None:
    """The batch's final sync reaches this machine's disks only: a case drafted by a worker of a cluster is made
    durable where it was written."""
    import summons_kit.documents.draft as draft_module

    seen: list[bool] = []
    real_write_all = draft_module.write_all

    def write_all_seen(files: Any, **options: Any) -> Any:
        seen.append(options["durable"])
        return real_write_all(files, **options)

    monkeypatch.setattr(draft_module, "write_all", write_all_seen)
    with executor() as pool:
        results = draft_many(_rows(2), tmp_path, today=TODAY, documents=["answer"], executor=pool)
    assert [r.status for r in results] == ["ok", "ok"]
    assert seen == [durable, durable]
