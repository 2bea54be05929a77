"""What the kit writes: never through a link, never over a device, a FIFO or its own input; a set of drafts is
written all or nothing; the process umask is never touched; the CLI never shows a traceback."""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

import summons_kit.atomic as atomic
from summons_kit.atomic import TEMP_SUFFIX, UnsafeTargetError, write_all, write_atomic
from summons_kit.case.model import Case
from summons_kit.cli import main
from summons_kit.documents.draft import FILE_NAMES, draft

ROOT = Path(__file__).resolve().parent.parent
WEILIDAI = ROOT / "examples" / "weilidai" / "case.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_is_never_replaced(tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "out.ics"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTargetError, match="not a regular file"):
        write_atomic(b"x", fifo, force=force)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and list(tmp_path.iterdir()) == [fifo]


def test_a_device_is_never_replaced() -> None:
    with pytest.raises(UnsafeTargetError, match="not a regular file"):
        write_atomic(b"x", "/dev/null", force=True)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_symlink_is_never_written_through_or_replaced(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "case.toml"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.toml"
    dangling.symlink_to(tmp_path / "nowhere")
    for target in (link, dangling):
        with pytest.raises(UnsafeTargetError, match="symbolic link"):
            write_atomic(b"evil", target, force=True)
        assert target.is_symlink()
    assert victim.read_bytes() == b"precious" and not (tmp_path / "nowhere").exists()


def test_force_never_copies_a_setuid_bit(tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    target.write_bytes(b"old")
    target.chmod(0o4755)
    write_atomic(b"new", target, force=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o755 and target.read_bytes() == b"new"


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    case = tmp_path / "case.toml"
    case.write_bytes(b"the case")
    with pytest.raises(UnsafeTargetError, match="input"):
        write_atomic(b"ics", tmp_path / "." / "case.toml", force=True, inputs=[case])
    assert case.read_bytes() == b"the case"


def test_the_umask_is_never_changed_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(_mask: int) -> int:
        raise AssertionError("os.umask() is process-wide: another thread's files would get its value")

    previous = os.umask(0o027)
    try:
        monkeypatch.setattr(atomic.os, "umask", forbidden)
        monkeypatch.setattr(os, "umask", forbidden)
        done = []
        thread = threading.Thread(target=lambda: done.append(write_atomic(b"x", tmp_path / "a.ics")))
        thread.start()
        thread.join()
        assert done, "the write failed"
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.ics").stat().st_mode) == 0o640


def test_a_failed_rename_puts_every_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "a.docx"
    old.write_bytes(b"old a")
    real = os.replace
    calls = []

    def fail_second(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", fail_second)
    with pytest.raises(OSError, match="No space"):
        write_all({old: b"new a", tmp_path / "b.docx": b"new b"}, force=True)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"]
    assert old.read_bytes() == b"old a"


def test_a_stale_temporary_of_a_killed_run_is_cleaned_and_does_not_block(tmp_path: Path) -> None:
    target = tmp_path / FILE_NAMES["answer"]
    stale = tmp_path / f".{target.name}.deadbeef{TEMP_SUFFIX}"
    stale.write_bytes(b"half a docx")
    other = tmp_path / ".notes.txt.tmp"  # not the kit's: left alone
    other.write_bytes(b"x")
    write_all({target: b"whole"})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, other.name])


def test_stale_temporaries_are_matched_per_target_only(tmp_path: Path) -> None:
    odd = tmp_path / "[1]*.docx"  # glob's special characters in a name are plain characters
    kept = [
        tmp_path / f".b.docx.cafe{TEMP_SUFFIX}",  # another target's: not this write's business
        tmp_path / f".a.docx{TEMP_SUFFIX}",  # not .a.docx.*.sk-tmp
        tmp_path / f".[1]x.docx.ab{TEMP_SUFFIX}",
    ]
    gone = [tmp_path / f".a.docx.deadbeef{TEMP_SUFFIX}", tmp_path / f".[1]*.docx.0.old{TEMP_SUFFIX}"]
    for path in (*kept, *gone):
        path.write_bytes(b"half")
    link = tmp_path / f".a.docx.link{TEMP_SUFFIX}"
    link.symlink_to(tmp_path / "elsewhere")  # not a regular file: left alone, never followed
    write_all({tmp_path / "a.docx": b"a", odd: b"odd"})
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["a.docx", odd.name, link.name, *(p.name for p in kept)]
    )


def test_draft_is_all_or_nothing_when_one_target_is_refused(weilidai: Case, tmp_path: Path) -> None:
    blocker = tmp_path / FILE_NAMES["evidence"]
    os.mkfifo(blocker)
    with pytest.raises(UnsafeTargetError):
        draft(weilidai, tmp_path, force=True, documents=("answer", "evidence"))
    assert list(tmp_path.iterdir()) == [blocker], "nothing written, no temporary left"


def test_draft_never_overwrites_its_own_template(weilidai: Case, tmp_path: Path) -> None:
    from summons_kit.documents.catalog import template_path

    mine = tmp_path / FILE_NAMES["evidence"]
    shutil.copy(template_path("evidence"), mine)
    before = mine.read_bytes()
    with pytest.raises(UnsafeTargetError, match="input"):
        draft(weilidai, tmp_path, force=True, documents=("evidence",), templates={"evidence": mine})
    assert mine.read_bytes() == before


# --- the command ------------------------------------------------------------------------------------------------------


def test_ics_naming_the_case_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "case.toml"
    shutil.copy(WEILIDAI, case)
    before = case.read_bytes()
    code, _out, err = run(capsys, "check", str(case), "--today", "2026-11-28", "--ics", str(case), "--force")
    assert code == 2 and "input" in err and "Traceback" not in err
    assert case.read_bytes() == before


def test_ics_force_over_a_fifo_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "deadlines.ics"
    os.mkfifo(fifo)
    code, _out, err = run(capsys, "check", str(WEILIDAI), "--today", "2026-11-28", "--ics", str(fifo), "--force")
    assert code == 2 and "not a regular file" in err and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_init_force_never_writes_through_a_symlink(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "case.toml"
    link.symlink_to(victim)
    code, _out, err = run(capsys, "init", str(link), "--force")
    assert code == 2 and "symbolic link" in err
    assert victim.read_text(encoding="utf-8") == "precious" and link.is_symlink()


def test_init_refuses_a_dangling_symlink_without_force(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    link = tmp_path / "case.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    code, _out, _err = run(capsys, "init", str(link))
    assert code == 2 and not (tmp_path / "elsewhere.toml").exists()


def test_an_internal_error_exits_3_with_one_line_and_saves_the_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    check_module = sys.modules["summons_kit.check"]  # the package (summons_kit.check is also the function)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(check_module, "check", broken)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    code, out, err = run(capsys, "check", str(WEILIDAI))
    assert code == 3 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "内部错误" in err and "internal error" in err
    (saved,) = tmp_path.glob("summons-kit-error-*.txt")
    assert str(saved) in err
    details = saved.read_text(encoding="utf-8")
    assert "Traceback" in details and "a bug" in details


def test_a_user_error_still_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "case.toml"
    case.write_text('claims = "判令被告偿还借款本金10000元"\n', encoding="utf-8")
    code, _out, err = run(capsys, "check", str(case))
    assert code == 2 and "claims" in err and "expected a list" in err and "Traceback" not in err


def test_a_fifo_as_the_calendar_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fifo = tmp_path / "holidays.toml"
    os.mkfifo(fifo)
    code, _out, err = run(capsys, "check", str(WEILIDAI), "--calendar", str(fifo))
    assert code == 2 and "not a regular file" in err


def test_the_security_page_examples_run() -> None:
    import re

    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/security.md", "exec"), {})


def test_a_kill_before_the_renames_leaves_no_partial_set_and_the_rerun_is_clean(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    script = f"""
import os, signal
from pathlib import Path
import summons_kit.atomic as atomic
atomic.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # killed when the first file would appear
atomic.write_all({{Path({str(tmp_path)!r}) / "a.docx": b"a", Path({str(tmp_path)!r}) / "b.docx": b"b"}})
"""
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == -signal.SIGKILL
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left and all(name.endswith(TEMP_SUFFIX) for name in left), "only hidden temporaries, no partial set"
    write_all({tmp_path / "a.docx": b"a", tmp_path / "b.docx": b"b"})  # the rerun: not blocked, cleans up
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "b.docx"]


def test_a_link_that_loops_is_refused_as_a_link(weilidai: Case, tmp_path: Path) -> None:
    loop = tmp_path / FILE_NAMES["answer"]
    loop.symlink_to(loop)  # os.stat fails with ELOOP: nothing there to call a folder or a file
    with pytest.raises(UnsafeTargetError, match="符号链接"):
        draft(weilidai, tmp_path, force=True, documents=("answer",))
    assert list(tmp_path.iterdir()) == [loop]


def test_a_folder_that_cannot_be_listed_is_still_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder with write but not read permission (-wx): the stale-temporary clean-up is skipped, not an error."""
    folder = tmp_path / "drop"
    folder.mkdir()

    def refused(path: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(atomic.os, "scandir", refused)  # root lists any folder: the refusal is simulated
    write_all({folder / "a.docx": b"a"})
    assert (folder / "a.docx").read_bytes() == b"a"
