"""What a template may compute: the bounds the kit's Jinja environment puts on arithmetic and formatting.

A template is a program. These checks refuse, before it is done, the operations whose result alone would take
minutes or gigabytes (``{{ 9**999999999 }}``, ``{{ 'x' * 10**9 }}``, ``{{ 'x'.center(10**9) }}``,
``{{ '%999999999d' % 1 }}``, ``{{ '{:999999999}'.format(1) }}``, ``{{ lipsum(1000000) }}``,
``{{ [1]|slice(10**9) }}``); what adds up over many cheap steps (nested loops) is bounded by the render budget
(:func:`summons_kit.documents.render.render_bytes` runs a user's template in a process with CPU and memory
limits). It imports nothing from the kit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jinja2.sandbox import SecurityError

#: the longest text (or list) one operation may produce
MAX_LENGTH = 1_000_000
#: the widest field a format may pad to, the most lines or paragraphs a generator may make
MAX_WIDTH = 10_000
#: the largest integer (in bits) arithmetic may produce
MAX_BITS = 100_000
#: the string methods whose numeric arguments are output widths
_WIDENING = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_PRINTF_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_WIDTH = re.compile(r"\{[^{}]*?:[^{}]*?(\d+)[^{}]*\}")


class LimitError(SecurityError):
    """An operation beyond the bounds of this module (the renderer names the tag that asked for it)."""

    def __init__(self, what: str, what_en: str) -> None:
        self.what = what
        self.what_en = what_en
        super().__init__(f"{what_en} / {what}")


def refuse(what: str, what_en: str) -> LimitError:
    return LimitError(what, what_en)


def _bits(value: Any) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


def _sized(value: Any) -> bool:
    return isinstance(value, str | bytes | list | tuple)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``**``, ``*`` and ``%`` whose result would be too big to make."""
    if operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        if right * _bits(left) > MAX_BITS:
            raise refuse(f"幂运算结果过大({left}**{right})", f"the power {left}**{right} is too large to compute")
    elif operator == "*":
        if _sized(left) or _sized(right):
            size, times = (len(left), right) if _sized(left) else (len(right), left)
            if isinstance(times, int) and size * times > MAX_LENGTH:
                raise refuse(
                    f"重复后的长度 {size}×{times} 超过上限 {MAX_LENGTH}",
                    f"repeating {size} items {times} times exceeds {MAX_LENGTH}",
                )
        elif _bits(left) + _bits(right) > MAX_BITS:
            raise refuse("乘法结果过大", "the product is too large to compute")
    elif operator == "%" and isinstance(left, str):
        check_printf(left)


def _width_error(width: int) -> LimitError:
    return refuse(f"格式宽度 {width} 超过上限 {MAX_WIDTH}", f"a format width of {width} exceeds {MAX_WIDTH}")


def check_printf(template: str) -> None:
    """``'%10d' % x``: a width or precision above :data:`MAX_WIDTH` (or a ``*`` one) is refused."""
    for match in _PRINTF_WIDTH.finditer(template):
        for number in match.groups():
            if number == "*":
                raise refuse("格式宽度不能由参数给出(*)", "a format width may not come from an argument (*)")
            if number and int(number) > MAX_WIDTH:
                raise _width_error(int(number))


def check_format(template: str) -> None:
    """``'{:10}'.format(x)``: a width or precision above :data:`MAX_WIDTH` is refused."""
    for match in _FORMAT_WIDTH.finditer(template):
        for number in re.findall(r"\d+", match.group(0).split(":", 1)[1]):
            if int(number) > MAX_WIDTH:
                raise _width_error(int(number))


def check_call(function: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """A string method that pads (``'x'.center(n)``) is refused above :data:`MAX_WIDTH` columns."""
    owner = getattr(function, "__self__", None)
    if isinstance(owner, str) and getattr(function, "__name__", "") in _WIDENING:
        for value in (*args, *kwargs.values()):
            if isinstance(value, int) and value > MAX_WIDTH:
                raise _width_error(value)


def _check_center(value: Any, width: Any = 80, *_: Any, **__: Any) -> None:
    if isinstance(width, int) and width > MAX_WIDTH:
        raise _width_error(width)


def _check_indent(value: Any, width: Any = 4, *_: Any, **__: Any) -> None:
    size = width if isinstance(width, int) else len(str(width))
    if size > MAX_WIDTH:
        raise _width_error(size)


def _check_format(value: Any, *_: Any, **__: Any) -> None:
    check_printf(str(value))


def _check_slice(value: Any, slices: Any = 1, *_: Any, **__: Any) -> None:
    if isinstance(slices, int) and slices > MAX_WIDTH:
        raise refuse(f"分组数 {slices} 超过上限 {MAX_WIDTH}", f"{slices} slices exceed {MAX_WIDTH}")


_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": _check_center,
    "indent": _check_indent,
    "format": _check_format,
    "slice": _check_slice,
}


def bounded_filters(filters: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Jinja's filters whose arguments size their output (``center``, ``indent``, ``format``, ``slice``), each
    checked first; a filter Jinja passes its environment or context to keeps that first argument."""
    checked: dict[str, Callable[..., Any]] = {}
    for name, check in _FILTER_CHECKS.items():
        original = filters[name]
        skip = 0 if getattr(original, "jinja_pass_arg", None) is None else 1

        def wrapper(
            *args: Any, _check: Any = check, _original: Any = original, _skip: int = skip, **kwargs: Any
        ) -> Any:
            _check(*args[_skip:], **kwargs)
            return _original(*args, **kwargs)

        wrapper.__name__ = name
        if skip:
            wrapper.jinja_pass_arg = original.jinja_pass_arg  # type: ignore[attr-defined]
        checked[name] = wrapper
    return checked


def bounded_lipsum(lipsum: Callable[..., Any]) -> Callable[..., Any]:
    """``lipsum(n)`` (placeholder text) for at most :data:`MAX_WIDTH` paragraphs and words."""

    def checked(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> Any:
        if any(isinstance(v, int) and v > MAX_WIDTH for v in (n, min, max)):
            raise refuse(f"占位文字数量超过上限 {MAX_WIDTH}", f"placeholder text beyond {MAX_WIDTH}")
        return lipsum(n, html, min, max)

    return checked
