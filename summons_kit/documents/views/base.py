"""What every view shares: the description a field carries, and the conversion of views into the plain values a
template sees.

A view is a frozen, slotted attrs class; each of its fields says what it prints in its metadata
(``attrs.field(metadata=doc("答辩人 (the defendant's name)"))``). :func:`as_context` turns a view into the dict
docxtpl renders: one key per field, in the class's order, nested views as dicts, sequences as lists, mappings as
dicts. docs/variables.md and the template lint read the descriptions and types from the classes
(:func:`described_fields`), so a variable is declared once.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

import attrs

#: the type of a value that is printed empty when absent (``int | Empty``: a number, or "" when the case has none)
Empty = Literal[""]

#: the metadata key of a field's description
DOC = "summons_kit.doc"
#: the metadata key of a field the section keeps for the context to lift elsewhere (not printed under the section)
HIDDEN = "summons_kit.hidden"


def doc(text: str, *, hidden: bool = False) -> dict[str, object]:
    """A field's metadata: its description as docs/variables.md prints it (``hidden``: the field is not a key of
    its section's dict; the context moves its value elsewhere, e.g. the answer's ``unconfirmed`` to the top)."""
    return {DOC: text, HIDDEN: hidden} if hidden else {DOC: text}


def is_view(value: object) -> bool:
    """Whether ``value`` is a view (an attrs instance)."""
    return attrs.has(type(value))


def as_context(value: Any, text: Callable[[str], str] | None = None, seen: dict[int, Any] | None = None) -> Any:
    """``value`` as a template sees it: a view as a dict of its printed fields (class order), a mapping as a
    dict, a tuple or list as a list; anything else (str, int, bool, None) as it is. A plain dict a section
    builder returned passes through with its values converted the same way. ``text``: applied to every string
    on the way (the context's typesetting, in the same pass).

    A view met twice in one walk (``seen``: the walk's memory; give the same dict to walk several values as
    one) is converted once: the element rows listed both by key (``answer.items``) and in order
    (``answer.item_rows``) are the same dicts."""
    return _item(value, text, {} if seen is None else seen)


def _item(value: Any, text: Callable[[str], str] | None, seen: dict[int, Any]) -> Any:
    """:func:`as_context` of one value, the plain ones (most of a context) first."""
    kind = type(value)
    if kind is str:
        return text(value) if text is not None and value else value
    if kind in _PLAIN:
        return value
    if kind is dict:
        return _pairs(value.items(), text, seen)
    if kind is tuple or kind is list:
        return _items(value, text, seen)
    try:
        printed = _PRINTED[kind]
    except KeyError:
        printed = _PRINTED[kind] = _printed(kind)
    if printed is not None:
        done = seen.get(id(value))
        if done is not None and done[0] is value:
            return done[1]
        names, read = printed
        converted = _pairs(zip(names, read(value), strict=True), text, seen)
        seen[id(value)] = (value, converted)  # the view is kept, so its id cannot be reused during the walk
        return converted
    if isinstance(value, Mapping):
        return _pairs(value.items(), text, seen)
    if isinstance(value, list | tuple):
        return _items(value, text, seen)
    if text is not None and isinstance(value, str):
        return text(value)
    return value


def _pairs(pairs: Iterable[tuple[Any, Any]], text: Callable[[str], str] | None, seen: dict[int, Any]) -> dict[Any, Any]:
    """A dict of converted values (the texts and plain values, most of them, without a call each)."""
    out = {}
    for key, item in pairs:
        kind = type(item)
        if kind is str:
            out[key] = text(item) if text is not None and item else item
        elif kind in _PLAIN:
            out[key] = item
        else:
            out[key] = _item(item, text, seen)
    return out


def _items(values: Iterable[Any], text: Callable[[str], str] | None, seen: dict[int, Any]) -> list[Any]:
    """A list of converted values (as :func:`_pairs`)."""
    out = []
    for item in values:
        kind = type(item)
        if kind is str:
            out.append(text(item) if text is not None and item else item)
        elif kind in _PLAIN:
            out.append(item)
        else:
            out.append(_item(item, text, seen))
    return out


#: the types passed through as they are, tested first (most of a context's values)
_PLAIN = frozenset({int, bool, float, type(None)})
#: per type met, when it is a view, the names of its printed fields in order and a reader of their values (one
#: ``operator.attrgetter``: attrs.fields and the metadata read once per class, not per instance); None when not
_PRINTED: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]] | None] = {}


def _printed(kind: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]] | None:
    if not attrs.has(kind):
        return None
    names = tuple(field.name for field in attrs.fields(kind) if not field.metadata.get(HIDDEN))
    if len(names) > 1:
        return names, operator.attrgetter(*names)
    # attrgetter of one name returns the value, not a tuple; of none, it cannot be made
    return names, lambda view: tuple(getattr(view, name) for name in names)


def described_fields(cls: type) -> list[tuple[str, str, Any]]:
    """(name, description, type) of each printed field of the view class ``cls``, in order (types resolved)."""
    hints = attrs.resolve_types(cls)
    return [
        (field.name, str(field.metadata.get(DOC, "")), field.type)
        for field in attrs.fields(hints)
        if not field.metadata.get(HIDDEN)
    ]
