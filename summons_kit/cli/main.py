"""The ``summons-kit`` command: argument parsing and printing only.

Exit codes: 0 done (``check``: no error findings; ``summons-kit`` with no arguments prints the help and exits 0),
1 ``check`` found errors / ``templates lint`` found problems / ``batch`` had a failed row, 2 input that cannot be
used (unreadable case file, bad option, refused overwrite), 3 an internal error of the kit (a bug: a one-line
message names the file the traceback was saved to), 130 interrupted (Ctrl-C). The command never prints a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summons_kit import __version__
from summons_kit.case.registry import KEYS as DOCUMENT_KEYS
from summons_kit.cli.parser import Parser, UsageError
from summons_kit.documents.form import ASKED as ANSWER_STYLES
from summons_kit.errors import CaseError, ParseError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

__all__ = ["EXIT_FINDINGS", "EXIT_INPUT", "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_OK", "UsageError", "main"]


def _today(text: str | None) -> dt.date | None:
    if not text:
        return None
    from summons_kit.fields.dates import day_of, parse_date

    try:
        value = parse_date(text)
    except ParseError as exc:
        raise UsageError(f"--today: {exc}") from None
    return day_of(value)


def _calendar(path: str | None):
    from summons_kit.law.calendar import DEFAULT, Calendar

    if not path:
        return DEFAULT
    if not os.path.lexists(path):
        raise UsageError(f"--calendar: 找不到文件 / file not found: {path}")
    if Path(path).is_dir():
        raise UsageError(f"--calendar: {path} 是文件夹,请给出节假日文件 / {path} is a folder: give a calendar file")
    if not Path(path).is_file():  # a FIFO or a device would block or never end
        raise UsageError(f"--calendar {path}: 不是普通文件 / not a regular file")
    try:
        return Calendar.from_file(Path(path))
    except OSError as exc:
        raise UsageError(f"--calendar: {_os_message(exc)}") from None
    except ValueError as exc:
        raise UsageError(f"--calendar {path}: {exc}") from None


def _load(path: str, redact: bool = False):
    from summons_kit.case.load import load_case
    from summons_kit.case.redact import redact as redact_case

    case = load_case(Path(path))
    return redact_case(case) if redact else case


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def _wrapped(write: Any) -> Any:
    """``write`` with each line wrapped to the terminal's width by display columns (continued 2 columns in); a
    line ending in the path of a file is written whole."""
    from summons_kit.cli.parser import columns
    from summons_kit.report.wrapping import width, wrap

    def say(text: str) -> None:
        limit = columns()
        for line in text.rstrip("\n").split("\n"):
            if width(line) <= limit or os.path.lexists(line.rsplit(" ", 1)[-1]):
                write(line)
                continue
            indent = line[: len(line) - len(line.lstrip(" "))]
            parts = wrap(line.strip(), limit - len(indent) - 2)
            write(indent + parts[0])
            for part in parts[1:]:
                write(indent + "  " + part)

    return say


def _console() -> Any:
    """A rich console on stdout: the terminal's width (COLUMNS when set), colours on a terminal only and never
    with NO_COLOR; plain text when piped."""
    from rich.console import Console

    return Console(file=sys.stdout, highlight=False, markup=False, emoji=False, soft_wrap=False)


# --- commands ---------------------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    if getattr(args, "sheet", None):
        return cmd_init_sheet(args)
    target = Path(args.path)
    if os.path.lexists(target) and not args.force:
        raise UsageError(
            f"{target} 已存在,未覆盖(如需覆盖请加 --force) / {target} exists; not overwritten without --force"
        )
    if args.interactive:
        from summons_kit.cli.interactive import MISSING, run_interactive

        try:
            run_interactive(target, force=args.force, say=_out, today=_today(args.today))
        except RuntimeError as exc:
            if str(exc) == MISSING:
                raise UsageError(MISSING) from None
            raise
        except EOFError:
            raise UsageError("输入已结束,未写入文件 / input ended: nothing written") from None
        return EXIT_OK
    from summons_kit.atomic import write_atomic

    text = (Path(__file__).resolve().parents[1] / "case" / "case_template.toml").read_bytes()
    write_atomic(text, target, force=args.force)  # never through a link, never over a device
    _out(f"已写入案件文件模板 / wrote a case file to fill in: {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from summons_kit.check import check

    case = _load(args.case, args.redact)
    report = check(case, today=_today(args.today), calendar=_calendar(args.calendar))
    if args.json:
        from summons_kit.report.json_report import report_json

        _out(json.dumps(report_json(report, details=args.details), ensure_ascii=False, indent=2))
    elif not args.quiet:
        from summons_kit.report.text import print_report

        print_report(report, case, _console())
    if args.ics:
        from summons_kit.report.ics import write_ics

        inputs = [p for p in (args.case, args.calendar) if p]  # never written over, even with --force
        write_ics(report, case, Path(args.ics), remind_days=args.remind, force=args.force, inputs=inputs)
        if not args.json and not args.quiet:
            _out(f"日历文件 / calendar file: {args.ics}")
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _templates(pairs: Sequence[str]) -> dict[str, Path]:
    from summons_kit.case.registry import KEYS

    found: dict[str, Path] = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep or name not in KEYS or not path:
            raise UsageError(
                f"--template {pair!r}: 应为 文书=路径,文书为 {' | '.join(KEYS)} / "
                f"expected NAME=PATH with NAME one of {', '.join(KEYS)}"
            )
        if not Path(path).is_file():
            raise UsageError(f"--template {pair!r}: 找不到模板文件 / template file not found: {path}")
        found[name] = Path(path)
    return found


def _documents(text: str | None) -> list[str] | None:
    """``--documents answer,evidence``: the registry keys asked for (None: the documents that apply)."""
    if not text:
        return None
    from summons_kit.case.registry import KEYS

    asked = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [key for key in asked if key not in KEYS]
    if unknown or not asked:
        raise UsageError(
            f"--documents {text!r}: 未知文书 {', '.join(unknown) or '(空)'};可选 {' | '.join(KEYS)} / "
            f"unknown document(s) {', '.join(unknown) or '(none given)'}; known: {', '.join(KEYS)}"
        )
    return asked


def cmd_draft(args: argparse.Namespace) -> int:
    from summons_kit.check import check
    from summons_kit.documents.draft import draft

    templates = _templates(args.template or [])  # refuse a bad option before printing anything
    documents = _documents(args.documents)
    if getattr(args, "pdf", False):
        _need_office()
    case = _load(args.case, args.redact)
    today = _today(args.today)
    calendar = _calendar(args.calendar)
    report = check(case, today=today, calendar=calendar)
    if args.verbose:
        from summons_kit.report.text import print_report

        print_report(report, case, _console())
        _out("")
    paths = draft(
        case,
        Path(args.output),
        style=args.style,
        templates=templates,
        strict=args.strict,
        force=args.force,
        today=today,
        report=report,
        calendar=calendar,
        documents=documents,
    )
    pdfs = _pdfs(list(paths), force=args.force) if getattr(args, "pdf", False) else []
    if not args.quiet:
        from summons_kit.cli.summary import draft_summary

        _out(draft_summary(paths, pdfs, report, args.case, named=documents is not None))
    return EXIT_OK


def cmd_read(args: argparse.Namespace) -> int:
    from summons_kit.intake.command import run_read
    from summons_kit.intake.errors import IntakeError

    try:
        say = _out if args.output else _err
        return run_read(args.papers, args.output, force=args.force, out=_wrapped(say), emit=_out)
    except IntakeError as exc:
        raise UsageError(str(exc)) from None


def cmd_templates_list(_args: argparse.Namespace) -> int:
    from summons_kit.documents.draft import builtin_templates

    for name, style, path in builtin_templates():
        label = f"{name}" + (f" --style {style}" if style else "")
        _out(f"{label:<28} {path}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.report:
        from summons_kit.report.json_report import report_schema

        _out(json.dumps(report_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    from summons_kit.case.schema import case_schema

    _out(json.dumps(case_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_templates_lint(args: argparse.Namespace) -> int:
    from summons_kit.documents.lint import lint_template

    status = EXIT_OK
    for path in args.paths:
        if Path(path).is_dir():
            raise UsageError(f"{path} 是文件夹，请给出 .docx 模板文件 / {path} is a folder: give a .docx template file")
        if not Path(path).is_file():
            raise UsageError(f"找不到模板文件 / template file not found: {path}")
        result = lint_template(Path(path))
        _out(result.format())
        if not result.ok:
            status = EXIT_FINDINGS
    return status


def _need_office() -> None:
    from summons_kit.documents.pdf import OfficeMissingError, find_office

    if find_office() is None:
        raise UsageError(str(OfficeMissingError()))


def _pdfs(paths: list[Path], *, force: bool) -> list[Path]:
    from summons_kit.documents.pdf import OfficeMissingError, PdfError, to_pdf

    try:
        return to_pdf(paths, force=force)
    except (OfficeMissingError, PdfError) as exc:
        raise UsageError(str(exc)) from None


def _example_case() -> Path:
    """The bundled example case (a 微粒贷 suit): in the installed package, else the repository's examples/."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "case" / "example_case.toml", package.parent / "examples" / "weilidai" / "case.toml"):
        if candidate.is_file():
            return candidate
    raise UsageError("找不到示例案件文件 / the bundled example case file is missing from the installation")


def cmd_init_sheet(args: argparse.Namespace) -> int:
    """``init --sheet cases.xlsx``: a sheet with the columns, the example case as its first row, and the columns
    explained on a second worksheet."""
    from summons_kit.case.load import read_file
    from summons_kit.case.sheet_template import column_descriptions, write_sheet

    target = Path(args.sheet)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError(f"--sheet {target}: 应为 .xlsx 或 .csv 文件 / expected a .xlsx or .csv file name")
    if target.exists() and not args.force:
        raise UsageError(
            f"{target} 已存在,未覆盖(如需覆盖请加 --force) / {target} exists; not overwritten without --force"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    write_sheet(target, read_file(_example_case()), column_descriptions(), force=args.force)
    _out(f"已写入批量表格 / wrote a sheet to fill in (one case per row): {target}")
    return EXIT_OK


def _workers(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 256:
        raise argparse.ArgumentTypeError(f"应为1到256之间的整数 / expected a whole number from 1 to 256: {text!r}")
    return int(text)


def _progress(enabled: bool) -> Any:
    """A tqdm bar on a terminal (stderr), else nothing."""
    if not enabled or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:
        return None
    tqdm.monitor_interval = 0  # no monitor thread: the worker processes are forked after the bar is made
    return tqdm(unit=" 件/cases", file=sys.stderr, dynamic_ncols=True)


def cmd_batch(args: argparse.Namespace) -> int:
    """``batch SHEET -o DIR``: every row of a sheet drafted into its own folder; DIR/report.csv; exit 1 when any
    row failed."""
    from summons_kit.case.sheet import read_sheet
    from summons_kit.documents.batch import REPORT_NAME, iter_draft_many

    templates = _templates(args.template or [])
    rows = read_sheet(Path(args.sheet))  # a file that cannot be used at all is refused here (exit 2)
    if args.pdf:
        _need_office()
    out = Path(args.output)
    counts = {"ok": 0, "skipped": 0, "error": 0}
    failures: list[Any] = []
    bar = _progress(not args.quiet)
    try:
        for result in iter_draft_many(
            rows,
            out,
            name=args.name.split(",") if args.name else None,
            workers=args.workers,
            force=args.force,
            resume=args.resume,
            pdf=args.pdf,
            style=args.style,
            templates=templates,
            strict=args.strict,
            today=_today(args.today),
            calendar=_calendar(args.calendar),
        ):
            counts[result.status] += 1
            if result.status == "error" and len(failures) < 20:
                failures.append(result)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    total = sum(counts.values())
    say = _err if args.quiet else _out  # --quiet: the failures only, on stderr
    if args.quiet and not counts["error"]:
        return EXIT_OK
    say(
        f"共 {total} 件:已起草 {counts['ok']},跳过(此前已起草){counts['skipped']},失败 {counts['error']} / "
        f"{total} cases: {counts['ok']} drafted, {counts['skipped']} skipped (drafted before), "
        f"{counts['error']} failed"
    )
    for result in failures:
        where = f"第{result.row}行 / row {result.row}" if result.row is not None else f"#{result.index}"
        fields = f" [{', '.join(result.fields)}]" if result.fields else ""
        say(f"  {where} {result.name}{fields}: {result.message.splitlines()[0]}")
        for line in result.message.splitlines()[1:6]:
            say(f"    {line.strip()}")
    if counts["error"] > len(failures):
        say(f"  …… 其余 {counts['error'] - len(failures)} 件见报告 / the other failures are in the report")
    say(f"报告 / report: {out / REPORT_NAME}")
    return EXIT_FINDINGS if counts["error"] else EXIT_OK


# --- parser -----------------------------------------------------------------------------------------------------------


def _days(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 60:
        raise argparse.ArgumentTypeError(f"应为0到60之间的天数 / expected a number of days from 0 to 60: {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="summons-kit",
        description="民事诉讼应诉助手:检查期限,起草答辩状、证据目录和分期还款申请书。"
        " / From the fields of a Chinese civil summons to deadlines, findings and Word drafts.",
        epilog="不带参数运行显示本帮助 / with no arguments, this help is shown (exit 0).\n\n"
        "每个命令的帮助 / each command's help: summons-kit COMMAND --help",
    )
    parser.add_argument(
        "-V", "--version", action="version", version=f"summons-kit {__version__}", help="显示版本 / show the version"
    )
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=Parser, title="命令 / commands", metavar="COMMAND"
    )

    init = sub.add_parser("init", help="写出待填写的案件文件 / write an annotated case file to fill in")
    init.add_argument("path", nargs="?", default="case.toml")
    init.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite an existing file")
    init.add_argument(
        "--sheet",
        metavar="SHEET",
        help="改为写出批量表格 (.xlsx/.csv),每行一个案件 / write a sheet for `batch` instead (one case per row)",
    )
    init.add_argument(
        "-i",
        "--interactive",
        action="store_true",
        help="逐项提问填写(需 prompt_toolkit)/ ask for each field, checking each answer (needs prompt_toolkit)",
    )
    init.add_argument("--today", help="以该日为今天显示剩余天数 / compute days left as of this date")
    init.set_defaults(func=cmd_init)

    def case_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("case", help="案件文件 (.toml / .json) / case file")
        p.add_argument("--today", help="以该日为今天计算剩余天数 / compute days left as of this date")
        p.add_argument(
            "--calendar", help="补充节假日安排的文件 (.toml/.json) / a file with a year's holiday arrangement"
        )
        p.add_argument(
            "--redact",
            action="store_true",
            help="隐去个人信息(姓名→张某,证件号、电话、卡号遮盖,地址只到区县)/ reduce personal data "
            "(names, ID/phone/card numbers, addresses to the district)",
        )

    chk = sub.add_parser("check", help="检查案件并列出期限和提示 / print deadlines and findings")
    case_options(chk)
    chk.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    chk.add_argument(
        "--details",
        action="store_true",
        help="JSON 中附各期限的计算说明和依据 / add how each deadline was computed and its basis to the JSON",
    )
    chk.add_argument("--ics", help="导出日历文件 / export deadlines and the hearing as an .ics calendar")
    chk.add_argument("--remind", type=_days, default=3, help="提前几天提醒(默认3)/ reminder days before (default 3)")
    chk.add_argument("--force", action="store_true", help="覆盖已有的 .ics 文件 / overwrite an existing .ics file")
    chk.add_argument(
        "-q", "--quiet", action="store_true", help="不输出报告,只看退出码 / print nothing: the exit code only (errors)"
    )
    chk.set_defaults(func=cmd_check)

    drf = sub.add_parser("draft", help="起草文书 / write the .docx drafts")
    case_options(drf)
    drf.add_argument("-o", "--output", required=True, help="输出目录 / output folder")
    drf.add_argument(
        "--style",
        choices=ANSWER_STYLES,
        metavar="STYLE",
        help="答辩状样式:要素式或传统叙述式 / answer style (element: the form that fits the cause): "
        + ", ".join(ANSWER_STYLES),
    )
    drf.add_argument(
        "--template",
        action="append",
        metavar="NAME=PATH",
        help="使用自己的模板 / use your own template, e.g. answer=firm_answer.docx",
    )
    drf.add_argument(
        "--strict",
        action="store_true",
        help="缺少必要信息时拒绝起草 / refuse when required fields are missing",
    )
    drf.add_argument(
        "--documents",
        metavar="KEYS",
        help=f"只起草这些文书(逗号分隔)/ draft only these, comma-separated: {','.join(DOCUMENT_KEYS)}",
    )
    drf.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite existing files")
    drf.add_argument("--pdf", action="store_true", help="同时用 LibreOffice 生成 PDF / also make PDFs (LibreOffice)")
    loud = drf.add_mutually_exclusive_group()
    loud.add_argument(
        "-v", "--verbose", action="store_true", help="先输出完整的检查报告 / print the full check report first"
    )
    loud.add_argument("-q", "--quiet", action="store_true", help="只输出错误 / print nothing but errors")
    drf.set_defaults(func=cmd_draft)

    sch = sub.add_parser("schema", help="案件文件的 JSON Schema(供编辑器补全和检查)/ the case file's JSON Schema")
    sch.add_argument(
        "--report",
        action="store_true",
        help="改为输出 check --json 结果的 JSON Schema / the JSON Schema of `check --json` output instead",
    )
    sch.set_defaults(func=cmd_schema)

    rd = sub.add_parser(
        "read", help="从法院文书(PDF、扫描件、照片)读出案件文件 / read the court's papers into a case file"
    )
    rd.add_argument("papers", nargs="+", metavar="PAPER", help="PDF、JPG、PNG 文件 / PDF, JPG or PNG files")
    rd.add_argument("-o", "--output", help="写出的案件文件(默认输出到屏幕)/ case file to write (default: stdout)")
    rd.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite an existing file")
    rd.set_defaults(func=cmd_read)

    bat = sub.add_parser("batch", help="批量起草:表格中每行一个案件 / draft every case (row) of a sheet")
    bat.add_argument("sheet", metavar="SHEET", help="表格 (.xlsx / .csv / .jsonl),列名为案件文件的键 / the sheet")
    bat.add_argument("-o", "--output", required=True, help="输出目录,每个案件一个子目录 / output folder")
    bat.add_argument("--workers", type=_workers, default=1, help="并行进程数(默认1)/ processes (default 1)")
    bat.add_argument("--pdf", action="store_true", help="同时用 LibreOffice 生成 PDF / also make PDFs (LibreOffice)")
    bat.add_argument(
        "--resume", action="store_true", help="跳过此前已起草的案件 / skip the cases an earlier run drafted"
    )
    bat.add_argument("--force", action="store_true", help="覆盖已有文件 / overwrite existing files")
    bat.add_argument(
        "--name",
        metavar="KEY",
        help="以哪一列命名子目录(默认 court.case_number,其次 defendant.name;可用逗号列出多个)/ the column naming "
        "each case's folder (default court.case_number, then defendant.name; several separated by commas)",
    )
    bat.add_argument("--today", help="以该日为今天计算剩余天数 / compute days left as of this date")
    bat.add_argument("--calendar", help="补充节假日安排的文件 / a file with a year's holiday arrangement")
    bat.add_argument(
        "--style",
        choices=ANSWER_STYLES,
        metavar="STYLE",
        help="答辩状样式 / answer style (default: each case's own): " + ", ".join(ANSWER_STYLES),
    )
    bat.add_argument("--template", action="append", metavar="NAME=PATH", help="使用自己的模板 / use your own template")
    bat.add_argument(
        "--strict", action="store_true", help="缺少必要信息的案件记为失败 / a case missing required fields fails"
    )
    bat.add_argument(
        "-q", "--quiet", action="store_true", help="只输出失败的案件,无进度条 / print nothing but the failures"
    )
    bat.set_defaults(func=cmd_batch)

    tpl = sub.add_parser("templates", help="模板:列出或检查 / list or lint templates")
    tsub = tpl.add_subparsers(
        dest="templates_command", required=True, parser_class=Parser, title="命令 / commands", metavar="COMMAND"
    )
    tlist = tsub.add_parser("list", help="列出内置模板 / list the built-in templates")
    tlist.set_defaults(func=cmd_templates_list)
    tlint = tsub.add_parser("lint", help="检查模板中的变量和语法 / check a template's variables and syntax")
    tlint.add_argument("paths", nargs="+", metavar="PATH")
    tlint.set_defaults(func=cmd_templates_lint)
    return parser


def _os_message(exc: OSError) -> str:
    """An operating-system error in Chinese and English, naming the path."""
    where = exc.filename or ""
    if isinstance(exc, FileExistsError):
        return f"{where} 已存在(且不是可写入的文件夹)/ {where} already exists (and is not a folder to write into)"
    if isinstance(exc, FileNotFoundError):
        return f"找不到路径 / no such file or folder: {where}"
    if isinstance(exc, PermissionError):
        return f"没有读写权限 / permission denied: {where}"
    if isinstance(exc, IsADirectoryError):
        return f"这是文件夹,不是文件 / is a folder, not a file: {where}"
    if isinstance(exc, NotADirectoryError):
        return f"路径中有一段不是文件夹 / a part of the path is not a folder: {where}"
    return f"无法读写 {where}:{exc.strerror or exc} / cannot read or write {where}: {exc.strerror or exc}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:  # a newcomer typing the bare command gets the help, not an error
        parser.print_help(sys.stdout)
        return EXIT_OK
    try:
        args = parser.parse_args(argv)
        return int(args.func(args))
    except (UsageError, CaseError, ParseError) as exc:
        _err(str(exc))
    except OSError as exc:
        # FileExistsError raised by the kit itself carries its own bilingual message (no errno)
        _err(str(exc) if exc.errno is None else _os_message(exc))
    except ValueError as exc:  # a template that cannot be rendered, a style that does not fit the case ...
        _err(f"错误 / error: {exc}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception:  # a bug of the kit, not the user's mistake: a short message, the details in a file
        _err(_internal_error(traceback.format_exc()))
        return EXIT_INTERNAL
    return EXIT_INPUT


def _internal_error(details: str) -> str:
    """The one-line message for an internal error, after saving ``details`` (the traceback) to a file it names."""
    try:
        folder = Path(tempfile.gettempdir())
        fd, name = tempfile.mkstemp(prefix="summons-kit-error-", suffix=".txt", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(details)
        saved_zh, saved_en = f"详细信息已保存到 {name}", f"details saved to {name}"
    except OSError:
        saved_zh, saved_en = "详细信息无法保存", "the details could not be saved"
    return (
        f"内部错误(程序缺陷,并非输入有误),{saved_zh},请报告此问题 / "
        f"internal error (a bug in summons-kit, not a mistake in your input); {saved_en}: please report it"
    )


if __name__ == "__main__":
    sys.exit(main())
