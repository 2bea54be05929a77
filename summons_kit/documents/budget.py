"""Running untrusted work under a budget: a forked child process with a CPU-time and a memory limit, killed at a
wall-clock deadline, its result sent back through a pipe.

A user's template is a program; :mod:`.limits` refuses the single operations that would be too big, this
bounds what adds up (nested loops, a growing list). Where ``os.fork`` or ``resource`` is missing (Windows) the
work runs in-process, bounded by :mod:`.limits` only.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from summons_kit.documents.tags import TemplateError

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

T = TypeVar("T")


@attrs.frozen
class Budget:
    """What one render may use."""

    cpu_seconds: int = 20
    memory_mb: int = 1024  # above what the process uses when the work starts
    wall_seconds: float = 60.0


#: the budget a user's template renders (and is linted) under
DEFAULT = Budget()


class BudgetExceeded(Exception):
    """The work ran out of time or memory (``kind``: "time" or "memory")."""

    def __init__(self, kind: str, budget: Budget) -> None:
        self.kind = kind
        self.budget = budget
        super().__init__(f"{kind} budget exceeded ({budget})")


def can_isolate() -> bool:
    return hasattr(os, "fork") and resource is not None


def _address_space() -> int:
    """The bytes of address space this process uses now (Linux: /proc/self/statm), 0 when unknown."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit(budget: Budget) -> None:
    assert resource is not None
    resource.setrlimit(resource.RLIMIT_CPU, (budget.cpu_seconds, budget.cpu_seconds + 1))
    used = _address_space()
    if used:
        ceiling = used + budget.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def _child(work: Callable[[], Any], budget: Budget, out: int) -> None:
    """In the forked child: limit, work, send ("ok", result) | ("error", exception) | ("memory", None)."""
    try:
        _limit(budget)
        try:
            result: tuple[str, Any] = ("ok", work())
        except MemoryError:
            result = ("memory", None)
        except Exception as error:
            result = ("error", error)
        if result[0] == "error" and isinstance(result[1], TemplateError):
            # sent as its fields (plain strings): what other modules imported into this process may have
            # attached to the exception object never has to travel
            result = ("template-error", result[1].__reduce__()[1])
        try:
            payload = pickle.dumps(result)
        except Exception as error:  # an exception that does not pickle: its text
            payload = pickle.dumps(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]} ({error})")))
        view = memoryview(payload)
        while view:
            view = view[os.write(out, view) :]
    finally:
        os._exit(0)


def run(work: Callable[[], T], budget: Budget = DEFAULT) -> T:
    """``work()`` in a child process under ``budget``: its result, or its exception raised here, or
    :class:`BudgetExceeded`. Without fork (Windows) ``work()`` runs here."""
    if not can_isolate():
        return work()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (coverage does not follow it)
        os.close(read)
        _child(work, budget, write)
    os.close(write)
    chunks: list[bytes] = []
    deadline = time.monotonic() + budget.wall_seconds
    timed_out = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
                break
            ready, _, _ = select.select([read], [], [], left)
            if ready:
                chunk = os.read(read, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        os.close(read)
        _, status = os.waitpid(pid, 0)
    if timed_out or (os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL)):
        raise BudgetExceeded("time", budget)
    if not chunks:
        raise BudgetExceeded("memory", budget)  # killed or failed before it could answer: out of memory
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "ok":
        return value
    if kind == "memory":
        raise BudgetExceeded("memory", budget)
    if kind == "template-error":
        template, reason, reason_en, part, tag, variable, what = value
        raise TemplateError(template, reason, reason_en, part=part, tag=tag, variable=variable, kind=what)
    raise value
