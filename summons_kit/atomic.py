"""Writing a file atomically with the permissions a plain ``open(path, "w")`` would give it.

The data goes to a temporary file in the target's own folder (same file system), is flushed and fsynced, gets
the mode ``0666 & ~umask`` (or, when replacing under ``force``, the replaced file's own mode) and is moved into
place with ``os.replace``: a reader (Word, a calendar program) never sees half a file, and a failure leaves the
old file as it was. Used by the drafts (documents/) and the calendar file (law/ics.py); it imports neither.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

__all__ = ["directory_error", "exists_error", "file_mode", "write_atomic"]


def write_atomic(data: bytes, target: Path | str, *, force: bool = False) -> Path:
    """Write ``data`` to ``target`` through a temporary file in the same directory and ``os.replace``.

    Without ``force`` an existing ``target`` is never replaced (FileExistsError, in Chinese and English); a
    ``target`` that is a folder is never replaced, even with ``force`` (IsADirectoryError naming it). The folder
    is created when missing. Returns the target path.
    """
    target = Path(target)
    if target.is_dir():  # checked first: otherwise the error would name the temporary file, not the target
        raise directory_error(target)
    if target.exists() and not force:
        raise exists_error(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = file_mode(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp creates 0600; the file gets the mode any new file would
        if not force and target.exists():
            raise exists_error(target)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def file_mode(target: Path) -> int:
    """The permissions ``open(target, "w")`` would leave: an existing file's own, else 0666 less the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)  # the only portable way to read it: set and restore at once
        os.umask(umask)
        return 0o666 & ~umask


def exists_error(target: Path) -> FileExistsError:
    """The error for a target that exists and may not be replaced."""
    return FileExistsError(
        f"文件已存在,未覆盖:{target}(如需覆盖请使用 force=True / --force) / "
        f"file exists, not overwritten: {target} (use force=True / --force to replace it)"
    )


def directory_error(target: Path) -> IsADirectoryError:
    """The error for a target that is a folder: a file cannot be written in its place."""
    return IsADirectoryError(
        f"目标是文件夹,无法写入文件:{target}(请指定文件名或换一个路径) / "
        f"the target is a folder, a file cannot be written there: {target} (give a file name or another path)"
    )
