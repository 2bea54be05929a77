"""Many cases at once: :func:`draft_many` drafts each case into its own folder and reports every case.

import summons_kit as sk
results = sk.draft_many("cases.xlsx", "drafts/", workers=2, name="court.case_number")

The unit of work is :func:`summons_kit.draft` (after :func:`summons_kit.check`) on one case. Cases are read one at
a time from any iterable (Case objects, dicts, case-file paths, :class:`~summons_kit.case.sheet.Row`), or from a
sheet (.xlsx, .csv, .jsonl) given as a path; at most a few cases per worker are in flight, so memory stays flat
however long the sheet is. Work runs in this process (``workers`` None or 1), in a process pool (``workers=N``,
each worker importing the kit and drafting the bundled example in memory once before it takes work, so every
template is compiled), or on any :class:`concurrent.futures.Executor` (``executor=``: a Dask
``Client.get_executor()`` runs the same call on a cluster). Cases go to the workers in small chunks (one message
per chunk, not per case). A case that fails is reported (its row, the fields at fault, the message) and the
others go on.

Each case's files are written all or nothing with rename-only atomicity (no fsync per case); the batch makes
everything it wrote durable in one step at the end (:func:`_make_durable`), before ``report.csv`` is moved into
place. A power loss before that step may leave the last cases' files empty (never a partial file a process can
see); see docs/security.md. With an ``executor`` that is not a local thread or process pool (Dask, Ray: the workers
may be on other machines, which this sync does not reach), each case is fsynced where it is written.

Each run writes ``report.csv`` into the output folder (one row per case: ok / error / skipped); ``resume=True``
skips the cases that report (or a complete folder) shows as drafted.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, Literal

import attrs

from summons_kit.atomic import make_durable
from summons_kit.case.model import Case
from summons_kit.case.sheet import SHEET_SUFFIXES, Row, column_of, lookup, read_row, read_sheet
from summons_kit.errors import CaseError, ParseError

__all__ = [
    "REPORT_COLUMNS",
    "REPORT_NAME",
    "BatchError",
    "CaseResult",
    "draft_many",
    "iter_draft_many",
    "safe_name",
    "warm_templates",
]

#: the keys tried, in order, to name a case's folder when ``name`` is not given
DEFAULT_NAME = ("court.case_number", "defendant.name")
REPORT_NAME = "report.csv"
REPORT_COLUMNS = (
    "index",
    "row",
    "name",
    "status",
    "files",
    "fields",
    "message",
    "to_fill",
    "deadlines",
    "findings",
)
#: a folder name's length limit in characters (file systems allow 255 bytes: 85 Chinese characters)
_NAME_LIMIT = 80
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')

Status = Literal["ok", "error", "skipped"]


@attrs.frozen
class CaseResult:
    """What happened to one case.

    ``index``: its position in the input (from 1); ``row``: its row (or .jsonl line) in the sheet, when it came
    from one; ``name``: its folder's name under the output folder; ``status``: ok | error | skipped (drafted by an
    earlier run, see ``resume``); ``paths``: the files written; ``message``: the error (Chinese and English);
    ``fields``: the case-file keys at fault, as sheet columns (``claims.1.text``); ``to_fill``: the keys the
    drafts mark 【待填：……】; ``deadlines``: (key, ISO date) of the computed deadlines; ``findings``: the codes of
    the check's error findings.
    """

    index: int
    name: str
    status: Status
    folder: Path
    row: int | None = None
    paths: tuple[Path, ...] = ()
    message: str = ""
    fields: tuple[str, ...] = ()
    to_fill: tuple[str, ...] = ()
    deadlines: tuple[tuple[str, str], ...] = ()
    findings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Drafted now or by an earlier run."""
        return self.status != "error"

    def report_row(self, out_dir: Path) -> dict[str, str]:
        """The row of ``report.csv`` (paths relative to the output folder)."""

        def shown(path: Path) -> str:
            try:
                return path.relative_to(out_dir).as_posix()
            except ValueError:
                return str(path)

        return {
            "index": str(self.index),
            "row": "" if self.row is None else str(self.row),
            "name": self.name,
            "status": self.status,
            "files": "; ".join(shown(p) for p in self.paths),
            "fields": "; ".join(self.fields),
            "message": self.message,
            "to_fill": "; ".join(self.to_fill),
            "deadlines": "; ".join(f"{k}={v}" for k, v in self.deadlines),
            "findings": "; ".join(self.findings),
        }


class BatchError(ValueError):
    """Raised with ``on_error="raise"``: the first case that failed (``result``)."""

    def __init__(self, result: CaseResult) -> None:
        self.result = result
        where = f"第{result.row}行 / row {result.row}" if result.row is not None else f"#{result.index}"
        super().__init__(f"{where} ({result.name}): {result.message}")


# --- names ------------------------------------------------------------------------------------------------------------


def safe_name(text: str, fallback: str) -> str:
    """``text`` as one folder name on any system: no path separators or characters Windows refuses, no control
    characters, no leading dot (``..`` or a hidden folder), no name Windows reserves (CON, NUL, COM1 …), no
    trailing dot or space, at most 80 characters; ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("_", name)
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").rstrip(". ")  # a leading dot hides a folder
    name = name[:_NAME_LIMIT].rstrip(". ")
    if not name or set(name) <= {".", "_", " "}:
        return fallback
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    return name


class _Names:
    """Unique folder names: the second 张三 becomes 张三-2 (compared ignoring case, as Windows and macOS do)."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, name: str) -> str:
        candidate, n = name, 1
        while candidate.casefold() in self._used:
            n += 1
            candidate = f"{name}-{n}"
        self._used.add(candidate.casefold())
        return candidate


def _value(source: Case | Mapping[str, Any], key: str) -> object:
    if isinstance(source, Mapping):
        return lookup(source, key)
    node: object = source
    for part in key.split("."):
        if part.isdigit() and isinstance(node, tuple | list):
            index = int(part) - 1
            node = node[index] if 0 <= index < len(node) else None
        else:
            node = getattr(node, part, None)
        if node is None:
            return None
    return node


def _raw_name(source: Case | Mapping[str, Any], name: str | Sequence[str] | Callable[[Any], object] | None) -> str:
    if callable(name):
        value = name(source)
        return "" if value is None else str(value)
    keys = DEFAULT_NAME if name is None else ((name,) if isinstance(name, str) else tuple(name))
    for key in keys:
        value = _value(source, key)
        if value is not None and str(value).strip():
            return str(value)
    return ""


# --- input ------------------------------------------------------------------------------------------------------------


@attrs.frozen
class _Item:
    index: int
    row: int | None
    payload: Case | Mapping[str, Any] | None
    error: CaseError | None = None


def _items(cases: Iterable[Any] | str | os.PathLike[str]) -> Iterator[_Item]:
    if isinstance(cases, str | os.PathLike):
        source: Iterable[Any] = read_sheet(Path(cases))
    else:
        source = cases
    for index, case in enumerate(source, start=1):
        if isinstance(case, Row):
            yield _Item(index, case.number, case.data, case.error)
        elif isinstance(case, Case):
            yield _Item(index, None, case)
        elif isinstance(case, Mapping):
            row = read_row(case)
            yield _Item(index, None, row.data, row.error)
        elif isinstance(case, str | os.PathLike):
            path = Path(case)
            if path.suffix.lower() in SHEET_SUFFIXES:
                raise ValueError(
                    f"{path} 是表格:请直接传入 draft_many({str(path)!r}, …) / {path} is a sheet: pass it as the "
                    "cases argument itself"
                )
            from summons_kit.case.load import read_file

            try:
                yield _Item(index, None, read_file(path))
            except CaseError as error:
                yield _Item(index, None, {}, error)
        else:
            raise TypeError(
                f"第{index}个案件的类型无法识别 / case #{index}: expected a Case, a dict, a case-file path or a sheet "
                f"row, got {type(case).__name__}"
            )


# --- one case (runs in a worker) --------------------------------------------------------------------------------------


@attrs.frozen
class _Options:
    style: str | None
    templates: Mapping[str, Path] | None
    strict: bool
    force: bool
    today: dt.date | None
    calendar: Any  # a Calendar, or None for the default (not sent to workers)
    documents: tuple[str, ...] | None
    durable: bool = False  # fsync each case: the workers may be on other machines, which the final sync misses


@attrs.frozen
class _Task:
    index: int
    row: int | None
    name: str
    folder: str
    payload: Case | Mapping[str, Any]
    options: _Options


def _problem_fields(error: CaseError) -> tuple[str, ...]:
    return tuple(dict.fromkeys(column_of(p.field) for p in error.problems))


def _failed(task: _Task | _Item, name: str, folder: Path, message: str, fields: tuple[str, ...] = ()) -> CaseResult:
    return CaseResult(task.index, name, "error", folder, task.row, message=message, fields=fields)


def _run(task: _Task) -> CaseResult:
    """Load, check and draft one case; every failure becomes an error result (never an exception)."""
    from summons_kit.case.load import load_case
    from summons_kit.check import check
    from summons_kit.documents.draft import draft
    from summons_kit.law.calendar import DEFAULT

    folder = Path(task.folder)
    options = task.options
    calendar = options.calendar if options.calendar is not None else DEFAULT
    try:
        case = task.payload if isinstance(task.payload, Case) else load_case(task.payload)
        report = check(case, today=options.today, calendar=calendar)
        drafted = draft(
            case,
            folder,
            style=options.style,
            templates=options.templates,
            strict=options.strict,
            force=options.force,
            today=options.today,
            report=report,
            calendar=calendar,
            documents=options.documents,
            durable=options.durable,  # else the batch is made durable once, at the end (_make_durable)
        )
    except CaseError as error:
        return _failed(task, task.name, folder, str(error), _problem_fields(error))
    except ParseError as error:
        return _failed(task, task.name, folder, str(error), (column_of(error.field),) if error.field else ())
    except (OSError, ValueError) as error:  # files in the way, a template that cannot render, a style that does not fit
        return _failed(task, task.name, folder, str(error))
    except Exception as error:  # a bug must not stop the other cases; it is reported with its type
        return _failed(task, task.name, folder, f"内部错误 / internal error: {type(error).__name__}: {error}")
    return CaseResult(
        task.index,
        task.name,
        "ok",
        folder,
        task.row,
        paths=tuple(drafted),
        to_fill=tuple(dict.fromkeys(column_of(m["field"]) for m in drafted.missing)),
        deadlines=tuple((d.key, d.date.isoformat()) for d in report.deadlines if d.date is not None),
        findings=tuple(f.code for f in report.errors),
    )


def _run_chunk(tasks: Sequence[_Task]) -> list[CaseResult]:
    """:func:`_run` on each case of a chunk (one message to a worker and one back, not one per case)."""
    return [_run(task) for task in tasks]


def warm_templates() -> None:
    """Make this process ready to draft (a pool worker's initializer): the kit's modules imported and the built-in
    templates compiled, then the bundled example loaded, checked and rendered once in memory (nothing written),
    so the first real case pays no first-use cost."""
    import summons_kit.case.load  # noqa: F401  (the loader's converter is built on import)
    from summons_kit.check import check
    from summons_kit.documents.catalog import builtin_templates
    from summons_kit.documents.context import template_context
    from summons_kit.documents.draft import draft  # noqa: F401
    from summons_kit.documents.example import EXAMPLE_TODAY, example_case
    from summons_kit.documents.render import load_template, render_bytes

    for _name, _style, path in builtin_templates():
        load_template(path)
    try:
        case = example_case()
        context = template_context(case, check(case, today=EXAMPLE_TODAY), EXAMPLE_TODAY)
        for _name, _style, path in builtin_templates():
            render_bytes(path, context)
    except Exception:  # only a warm-up: a real case reports its own failure
        pass


# --- resume and the report --------------------------------------------------------------------------------------------


def _done_before(out_dir: Path) -> dict[str, tuple[Path, ...]]:
    """name -> files of the cases an earlier run drafted (its report, or the report it was writing when stopped)."""
    done: dict[str, tuple[Path, ...]] = {}
    for report in (out_dir / REPORT_NAME, out_dir / f"{REPORT_NAME}.partial"):
        if not report.is_file():
            continue
        with report.open(encoding="utf-8-sig", newline="") as handle:
            for entry in csv.DictReader(handle):
                if entry.get("status") not in ("ok", "skipped") or not entry.get("name"):
                    continue
                files = tuple(out_dir / f for f in (entry.get("files") or "").split("; ") if f)
                if files and all(_whole(f) for f in files):
                    done[entry["name"]] = files
    return done


def _complete_folder(folder: Path, pdf: bool) -> tuple[Path, ...]:
    """The files of a folder an earlier run filled (it has the answer, and its PDF when PDFs are wanted)."""
    from summons_kit.documents.draft import FILE_NAMES

    answer = folder / FILE_NAMES["answer"]
    if not _whole(answer) or (pdf and not _whole(answer.with_suffix(".pdf"))):
        return ()
    found = tuple(sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".pdf") and p.is_file()))
    return found if all(_whole(p) for p in found) else ()


def _whole(path: Path) -> bool:
    """A file a run finished: present and not empty (a batch's file whose data a power loss kept from the disk
    can be left empty: that case is drafted again, not skipped)."""
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


# --- the run ----------------------------------------------------------------------------------------------------------


#: Linux's sync() writes everything and waits for it: one call makes the whole batch durable (no list of paths)
_SYNC_ALL = sys.platform.startswith("linux") and hasattr(os, "sync")
#: the most cases sent to a worker in one message; the first chunks are smaller, so every worker starts at once
_CHUNK = 8


def _execute(
    tasks: Iterator[_Task | CaseResult], executor: Executor | None, in_flight: int, width: int
) -> Iterator[CaseResult]:
    """Run the tasks, at most ``in_flight`` cases out at once, in chunks growing from 1 to :data:`_CHUNK` cases
    (never more than a ``width``-th of ``in_flight``, so every worker has work)."""
    pending: dict[Future[list[CaseResult]], int] = {}  # future -> its number of cases
    most = max(1, min(_CHUNK, in_flight // max(1, width)))
    chunk: list[_Task] = []
    sent = 0

    def collect() -> Iterator[CaseResult]:
        done, _rest = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            del pending[future]
            yield from future.result()

    for task in tasks:
        if isinstance(task, CaseResult):
            yield task
            continue
        if executor is None:
            yield _run(task)
            continue
        chunk.append(task)
        if len(chunk) < min(most, 1 << min(sent // max(1, width), 8)):
            continue
        while pending and sum(pending.values()) + len(chunk) > in_flight:
            yield from collect()
        pending[executor.submit(_run_chunk, chunk)] = len(chunk)
        chunk, sent = [], sent + 1
    if chunk and executor is not None:
        while pending and sum(pending.values()) + len(chunk) > in_flight:
            yield from collect()
        pending[executor.submit(_run_chunk, chunk)] = len(chunk)
    while pending:
        yield from collect()


def _make_durable(paths: Iterable[Path]) -> None:
    """The batch's one durability step: on Linux one ``sync()`` (every file and rename the batch made reaches the
    disk in one pass, however many cases; Linux waits for it to finish), elsewhere each file and folder fsynced."""
    if _SYNC_ALL:
        os.sync()
    else:
        make_durable(paths)


def iter_draft_many(
    cases: Iterable[Any] | str | os.PathLike[str],
    out_dir: Path | str,
    *,
    name: str | Sequence[str] | Callable[[Any], object] | None = None,
    workers: int | None = None,
    executor: Executor | None = None,
    on_error: Literal["continue", "raise"] = "continue",
    force: bool = False,
    resume: bool = False,
    pdf: bool = False,
    report: bool = True,
    style: str | None = None,
    templates: Mapping[str, Path | str] | None = None,
    strict: bool = False,
    today: dt.date | None = None,
    calendar: Any = None,
    documents: Iterable[str] | None = None,
    max_in_flight: int | None = None,
) -> Iterator[CaseResult]:
    """:func:`draft_many` one result at a time, as cases finish (in the order they finish; with ``pdf``, the
    drafted cases come after the PDFs are made at the end). Memory stays flat: nothing is kept per case."""
    if on_error not in ("continue", "raise"):
        raise ValueError(f"on_error 应为 continue 或 raise / on_error must be 'continue' or 'raise': {on_error!r}")
    out = Path(out_dir)
    report_path = out / REPORT_NAME
    if report and report_path.exists() and not (force or resume):
        raise FileExistsError(
            f"{report_path} 已存在:继续上次的批量请加 --resume(resume=True),重新起草请加 --force / "
            f"{report_path} exists: add --resume (resume=True) to go on with that batch, or --force to draft again"
        )
    if pdf:
        from summons_kit.documents.pdf import OfficeMissingError, find_office

        if find_office() is None:  # refused before any case is drafted
            raise OfficeMissingError()
    done = _done_before(out) if resume else {}
    options = _Options(
        style=style,
        templates={k: Path(v) for k, v in templates.items()} if templates else None,
        strict=strict,
        force=force,
        today=today,
        calendar=calendar,
        documents=tuple(documents) if documents is not None else None,
        durable=executor is not None and not isinstance(executor, ProcessPoolExecutor | ThreadPoolExecutor),
    )
    names = _Names()

    def tasks() -> Iterator[_Task | CaseResult]:
        for item in _items(cases):
            fallback = f"row-{item.row}" if item.row is not None else f"case-{item.index}"
            raw = _raw_name(item.payload, name) if item.payload is not None else ""
            folder_name = names.claim(safe_name(raw, fallback))
            folder = out / folder_name
            if item.error is not None:
                yield _failed(item, folder_name, folder, str(item.error), _problem_fields(item.error))
                continue
            if resume:
                files = done.get(folder_name) or _complete_folder(folder, pdf)
                if files:
                    yield CaseResult(item.index, folder_name, "skipped", folder, item.row, paths=files)
                    continue
            assert item.payload is not None
            yield _Task(item.index, item.row, folder_name, str(folder), item.payload, options)

    own: Executor | None = None
    if executor is None and workers is not None and workers > 1:
        own = ProcessPoolExecutor(max_workers=workers, initializer=warm_templates)
    runner = executor or own
    width = workers if workers and workers > 1 else 4
    in_flight = max_in_flight or (2 * width * _CHUNK if runner is not None else 1)
    writer = _Report(out, report_path) if report else None
    written: list[Path] = []  # kept only where _make_durable needs them (not on Linux: memory stays flat)
    durable = False
    try:
        held: list[CaseResult] = []
        for result in _execute(tasks(), runner, in_flight, width):
            if result.status == "ok" and not _SYNC_ALL:
                written.extend(result.paths)
            if result.status == "error" and on_error == "raise":
                raise BatchError(result)
            if pdf and result.status == "ok":
                held.append(result)
                continue
            if writer:
                writer.add(result)
            yield result
        if held:
            for result in _with_pdfs(held, force):
                if result.status == "error" and on_error == "raise":
                    raise BatchError(result)
                if writer:
                    writer.add(result)
                yield result
        _make_durable(written)  # every draft reaches the disk before the report says it was made
        durable = True
        if writer:
            writer.close()
            _make_durable([writer.path])
            writer = None
    finally:
        if writer:
            writer.close(keep=False)
        if own is not None:
            own.shutdown(cancel_futures=True)
        if not durable:  # stopped early (on_error="raise", an interrupt): what was written is made durable too
            try:
                _make_durable(written)
            except OSError:
                pass


def _with_pdfs(results: list[CaseResult], force: bool) -> list[CaseResult]:
    """The drafted cases with their PDFs, made by one LibreOffice run over every .docx."""
    from summons_kit.documents.pdf import PdfError, to_pdf

    documents = [p for r in results for p in r.paths if p.suffix == ".docx"]
    failed: set[Path] = set()
    message = ""
    try:
        to_pdf(documents, force=force)
    except PdfError as error:
        failed = set(error.failed)
        message = str(error)
    except FileExistsError as error:
        failed, message = set(documents), str(error)
    out = []
    for result in results:
        bad = [p for p in result.paths if p in failed]
        pdfs = tuple(p.with_suffix(".pdf") for p in result.paths if p.suffix == ".docx" and p not in failed)
        if bad:
            shown = ", ".join(p.name for p in bad)
            out.append(
                attrs.evolve(
                    result,
                    status="error",
                    paths=result.paths + pdfs,
                    message=f"未能生成 PDF / no PDF made: {shown}" + (f" — {message}" if message else ""),
                )
            )
        else:
            out.append(attrs.evolve(result, paths=result.paths + pdfs))
    return out


class _Report:
    """``report.csv`` written as cases finish (to ``report.csv.partial``, flushed per row, moved into place at the
    end), so a run stopped half-way leaves what it did for ``resume``."""

    def __init__(self, out: Path, path: Path) -> None:
        self.out, self.path = out, path
        out.mkdir(parents=True, exist_ok=True)
        self.partial = path.with_name(f"{path.name}.partial")
        self.handle = self.partial.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.DictWriter(self.handle, fieldnames=REPORT_COLUMNS)
        self.writer.writeheader()
        self.rows = 0

    def add(self, result: CaseResult) -> None:
        self.writer.writerow(result.report_row(self.out))
        self.handle.flush()
        self.rows += 1

    def close(self, keep: bool = True) -> None:
        """Move the report into place (``keep``), else leave the partial report of a stopped run for ``resume``
        (or remove it when no case was reported)."""
        self.handle.close()
        if keep:
            os.replace(self.partial, self.path)
        elif not self.rows:
            self.partial.unlink(missing_ok=True)


def draft_many(
    cases: Iterable[Any] | str | os.PathLike[str],
    out_dir: Path | str,
    *,
    name: str | Sequence[str] | Callable[[Any], object] | None = None,
    workers: int | None = None,
    executor: Executor | None = None,
    on_error: Literal["continue", "raise"] = "continue",
    force: bool = False,
    resume: bool = False,
    pdf: bool = False,
    report: bool = True,
    style: str | None = None,
    templates: Mapping[str, Path | str] | None = None,
    strict: bool = False,
    today: dt.date | None = None,
    calendar: Any = None,
    documents: Iterable[str] | None = None,
    max_in_flight: int | None = None,
) -> list[CaseResult]:
    """Draft every case in ``cases`` into its own folder under ``out_dir``; one :class:`CaseResult` per case, in
    input order.

    - ``cases``: an iterable of Case objects, dicts (nested as a case file, or flat with dotted keys), case-file
      paths (.toml/.json) or sheet rows; or the path of a sheet (.xlsx, .csv, .jsonl; see the docs page
      "Many cases at once", docs/batch.md);
    - ``name``: the key naming each case's folder (``"court.case_number"``, ``"defendant.name"``; a list tries
      each in turn; or a function of the case or dict). Default: the case number, else the defendant's name, else
      ``row-N`` / ``case-N``. Names are made safe (no separators, ``..``, control characters or Windows-reserved
      names) and never collide: a second 张三 is 张三-2;
    - ``workers``: processes (None or 1: this process); ``executor``: any
      :class:`concurrent.futures.Executor`, e.g. Dask's ``Client.get_executor()`` (then ``workers`` only sets how
      many cases are kept in flight);
    - ``on_error``: ``"continue"`` (report the case, draft the others) or ``"raise"`` (:class:`BatchError` at the
      first failure);
    - ``force``: replace existing drafts and report; ``resume``: skip the cases an earlier run drafted (its
      ``report.csv``, or a folder holding the answer); without either, an existing ``report.csv`` is refused;
    - ``pdf``: also make PDFs with LibreOffice (one office process for the batch);
    - ``report``: write ``out_dir/report.csv`` (one row per case);
    - ``style``, ``templates``, ``strict``, ``today``, ``calendar``, ``documents``: as for :func:`draft`, for
      every case.
    """
    results = list(
        iter_draft_many(
            cases,
            out_dir,
            name=name,
            workers=workers,
            executor=executor,
            on_error=on_error,
            force=force,
            resume=resume,
            pdf=pdf,
            report=report,
            style=style,
            templates=templates,
            strict=strict,
            today=today,
            calendar=calendar,
            documents=documents,
            max_in_flight=max_in_flight,
        )
    )
    return sorted(results, key=lambda r: r.index)
