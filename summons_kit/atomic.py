"""Writing files atomically, with the permissions a plain ``open(path, "w")`` would give them, never through a link.

:func:`write_all` writes a set of files (the drafts of one case) as one step from the user's view:

1. every target is checked first: a folder, a symbolic link, a device, a FIFO or anything but a regular file is
   refused (even with ``force``), as is a target that is one of the ``inputs`` (the case file, a template); an
   existing regular file is replaced only with ``force``;
2. every file is written to a temporary file ``.NAME.XXXXXXXX.sk-tmp`` in its target's folder (same file
   system), created with ``O_EXCL | O_NOFOLLOW`` and mode ``0666`` so the kernel applies the umask (the process
   umask is never read or changed), and (``durable``, the default) fsynced; a replaced file's own permission
   bits are kept, without setuid, setgid or sticky bits;
3. every temporary file is renamed into place (``os.replace``, which replaces a link rather than following it);
   a failure while renaming puts back the files already replaced and removes the new ones, so a failure leaves
   the folder as it was; then (``durable``) each folder is fsynced once, so the renames survive a power loss;
4. a temporary file left by a killed earlier run (the kit's own naming, for the same targets) is removed first,
   so it never blocks or litters a rerun.

``durable=False`` skips both fsyncs (rename-only atomicity): no process ever sees a partial file (the rename
shows the whole file or nothing), but after a power loss or kernel crash before the data reaches the disk a
renamed file may be empty (ext4 and XFS allocate blocks late). A batch writes its cases so and makes them
durable in one step at the end (:func:`make_durable`); a single ``write_all`` is durable by default.

Used by the drafts (documents/) and the calendar file (report/ics.py); it imports neither.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "TEMP_SUFFIX",
    "UnsafeTargetError",
    "directory_error",
    "exists_error",
    "make_durable",
    "write_all",
    "write_atomic",
]

#: the suffix of the kit's temporary files (``.民事答辩状.docx.1a2b3c4d.sk-tmp``)
TEMP_SUFFIX = ".sk-tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class UnsafeTargetError(OSError):
    """A target the kit never writes: a link, a device, a FIFO, not a regular file, or one of its own inputs."""


def write_atomic(
    data: bytes, target: Path | str, *, force: bool = False, inputs: Iterable[Path | str] = (), durable: bool = True
) -> Path:
    """Write ``data`` to ``target`` (see :func:`write_all`) and return the target path."""
    target = Path(target)
    write_all({target: data}, force=force, inputs=inputs, durable=durable)
    return target


def write_all(
    files: Mapping[Path, bytes] | Mapping[str, bytes] | Mapping[Path | str, bytes],
    *,
    force: bool = False,
    inputs: Iterable[Path | str] = (),
    durable: bool = True,
) -> list[Path]:
    """Write every ``{path: data}`` of ``files``, all or none, and return the paths in order.

    Without ``force`` an existing target is never replaced (FileExistsError, in Chinese and English); a folder
    is never replaced (IsADirectoryError naming it); a link, a device, a FIFO or an input file is never written
    (:class:`UnsafeTargetError`), with or without ``force``. Missing folders are created. ``durable`` (default):
    each file is fsynced before its rename and each folder once after, so the files survive a power loss once
    this returns; ``durable=False``: rename-only (see the module docstring), call :func:`make_durable` later.
    """
    targets = [(Path(path), bytes(data)) for path, data in files.items()]
    read = [_identity(Path(p)) for p in inputs]
    modes = {target: _check(target, force, read) for target, _data in targets}  # nothing written yet
    created = {folder for folder in dict.fromkeys(target.parent for target, _data in targets) if _made(folder)}
    _remove_stale([target for target, _data in targets if target.parent not in created])  # a new folder is empty
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in targets:
            temps.append((_write_temp(target, data, modes[target], durable), target))
        _replace_all(temps, force, read)
    except BaseException:
        for tmp, _target in temps:
            tmp.unlink(missing_ok=True)
        raise
    if durable:
        for folder in dict.fromkeys(t.parent for _tmp, t in temps):
            _fsync_dir(folder)
    return [target for target, _data in targets]


def make_durable(paths: Iterable[Path | str]) -> int:
    """Make files written with ``durable=False`` (and their renames) survive a power loss: each file is fsynced,
    then each of their folders once (and the folders' own folders, which may have been created). Files that no
    longer exist are passed over. Returns how many files were fsynced."""
    folders: dict[Path, None] = {}
    synced = 0
    for path in map(Path, paths):
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
        except OSError:
            continue
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        synced += 1
        folders[path.parent] = None
    for folder in [*folders, *dict.fromkeys(f.parent for f in folders if f.parent not in folders)]:
        _fsync_dir(folder)
    return synced


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _check(target: Path, force: bool, inputs: list[tuple[int, int] | None]) -> int | None:
    """The permission bits to give ``target`` (None: a new file, the umask decides), or the refusal."""
    try:
        found = target.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(found.st_mode):
        raise directory_error(target)
    if stat.S_ISLNK(found.st_mode):
        raise UnsafeTargetError(
            f"目标是符号链接,不会写入或跟随:{target}(请指定普通文件路径) / "
            f"the target is a symbolic link, never written through or replaced: {target} (give a plain file path)"
        )
    if not stat.S_ISREG(found.st_mode):
        raise UnsafeTargetError(
            f"目标不是普通文件(设备、管道或套接字),不会被替换:{target} / "
            f"the target is not a regular file (a device, FIFO or socket) and is never replaced: {target}"
        )
    if (found.st_dev, found.st_ino) in inputs:
        raise UnsafeTargetError(
            f"目标是本次读取的输入文件(案件文件或模板),不会被覆盖:{target} / "
            f"the target is an input of this run (the case file or a template), never overwritten: {target}"
        )
    if not force:
        raise exists_error(target)
    return stat.S_IMODE(found.st_mode) & 0o777  # never carry setuid/setgid/sticky over


def _made(folder: Path) -> bool:
    """Create ``folder`` (and its parents) when missing; whether this call created it."""
    try:
        folder.mkdir()
    except FileExistsError:
        if not folder.is_dir():  # as mkdir(exist_ok=True) would: a file in the way
            raise
        return False
    except FileNotFoundError:
        folder.mkdir(parents=True, exist_ok=True)
    return True


def _remove_stale(targets: list[Path]) -> None:
    """Temporary files of the kit's own naming for ``targets`` left by a killed run (regular files only): one
    listing of each folder, however many targets it holds."""
    by_folder: dict[Path, list[str]] = {}
    for target in targets:
        by_folder.setdefault(target.parent, []).append(f".{target.name}.")
    for folder, prefixes in by_folder.items():
        try:
            with os.scandir(folder) as entries:
                stale = [e for e in entries if any(_stale_of(e.name, prefix) for prefix in prefixes)]
        except PermissionError:  # a folder one may write into but not list: nothing to clean that can be seen
            continue
        for entry in stale:
            try:
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
            except FileNotFoundError:
                pass


def _stale_of(name: str, prefix: str) -> bool:
    """Whether ``name`` is ``{prefix}*{TEMP_SUFFIX}``: a temporary file of the target ``prefix`` names."""
    return name.startswith(prefix) and name.endswith(TEMP_SUFFIX) and len(name) >= len(prefix) + len(TEMP_SUFFIX)


def _write_temp(target: Path, data: bytes, mode: int | None, durable: bool = True) -> Path:
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            # 0666: the kernel applies the umask, as for any new file (no os.umask() call, which is process-wide)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            if durable:
                os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _CLOEXEC)
    except OSError:  # not supported here (Windows): the files themselves are fsynced
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _replace_all(temps: list[tuple[Path, Path]], force: bool, inputs: list[tuple[int, int] | None]) -> None:
    """Rename every temporary file into place; on a failure, undo the renames already done."""
    done: list[tuple[Path, bool, Path | None]] = []  # (target, it existed, a link to the replaced file)
    try:
        for tmp, target in temps:
            # again, just before: the target may have appeared or changed (None: there is nothing there)
            existed, backup = _check(target, force, inputs) is not None, None
            if existed:
                backup = target.with_name(f".{target.name}.{secrets.token_hex(4)}.old{TEMP_SUFFIX}")
                try:
                    os.link(target, backup, follow_symlinks=False)
                except OSError:  # a file system without hard links: this one cannot be put back
                    backup = None
            os.replace(tmp, target)
            done.append((target, existed, backup))
    except BaseException:
        for target, existed, backup in reversed(done):
            if backup is not None:
                os.replace(backup, target)
            elif not existed:
                target.unlink(missing_ok=True)
        raise
    finally:
        for _target, _existed, backup in done:
            if backup is not None:
                backup.unlink(missing_ok=True)


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
