"""Frozen dataclasses to JSON text and back, driven by their type hints: what the office's cache
keeps of each program's figures. Not pickle: a database file is input, so decoding builds only
the types the hints name and refuses (``Damaged``) anything that does not fit them.

A dataclass is written as the list of its fields' values in their order, a mapping as a list of
key/value pairs (its order kept), enums by value, dates in ISO form and UUIDs in hex; ``shape``
is a digest of the types' structure, so a changed dataclass never reads an older text."""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import enum
import hashlib
import json
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Convert = Callable[[Any], Any]
# built once per type: what writes and reads each
_ENCODERS: dict[Any, Convert] = {}
_DECODERS: dict[Any, Convert] = {}

SHARED_MAX = 100_000  # distinct plain dataclass values kept for sharing
_SEQUENCES = (tuple, list, collections.abc.Sequence)
_MAPPINGS = (dict, collections.abc.Mapping)


class Damaged(ValueError):
    """A text that does not fit the type it is read as."""


def dumps(value: object, kind: type[Any]) -> str:
    """``value``, an instance of the dataclass ``kind``, as JSON text."""
    return json.dumps(_encoder(kind)(value), separators=(",", ":"))


def loads(text: str, kind: type[T]) -> T:
    """The ``kind`` written in ``text``; :class:`Damaged` when the text does not fit it."""
    try:
        value = _decoder(kind)(json.loads(text))
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        raise Damaged(f"not a {kind.__name__}: {exc}") from exc
    if not isinstance(value, kind):
        raise Damaged(f"not a {kind.__name__}")
    return value


def shape(kind: type[Any]) -> str:
    """A short digest of ``kind``'s structure: its fields' names and types, all the way down."""
    return hashlib.sha256(_describe(kind).encode()).hexdigest()[:16]


# --- the types understood ----------------------------------------------------------------------


def _optional(kind: Any) -> Any | None:
    """``X`` of ``X | None``; None for any other type (other unions are refused)."""
    if typing.get_origin(kind) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if len(args) != 1 or len(typing.get_args(kind)) != 2:
        raise TypeError(f"only X | None unions are understood, not {kind}")
    return args[0]


def _fields(kind: type[Any]) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(kind)
    fields = dataclasses.fields(kind)
    if any(not f.init for f in fields):
        raise TypeError(f"{kind.__name__} has a field made after __init__")
    return [(f.name, hints[f.name]) for f in fields]


def _items(kind: Any) -> tuple[Any, ...]:
    """The item type(s) of a sequence or the key and value types of a mapping."""
    args = typing.get_args(kind)
    if not args:
        raise TypeError(f"{kind} names no item type")
    return args


def _describe(kind: Any) -> str:
    inner = _optional(kind)
    if inner is not None:
        return f"{_describe(inner)}?"
    origin = typing.get_origin(kind)
    if origin is not None:
        return f"{origin.__name__}[{','.join(_describe(a) for a in typing.get_args(kind))}]"
    if kind is Ellipsis:
        return "..."
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        fields = ",".join(f"{name}:{_describe(hint)}" for name, hint in _fields(kind))
        return f"{kind.__qualname__}({fields})"
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return f"{kind.__qualname__}{{{','.join(str(m.value) for m in kind)}}}"
    if isinstance(kind, type):
        return kind.__qualname__
    raise TypeError(f"{kind} cannot be described")


# --- writing -------------------------------------------------------------------------------------


def _same(value: Any) -> Any:
    return value


def _encoder(kind: Any) -> Convert:
    made = _ENCODERS.get(kind)
    if made is None:
        made = _ENCODERS[kind] = _make_encoder(kind)
    return made


def _make_encoder(kind: Any) -> Convert:
    inner = _optional(kind)
    if inner is not None:
        present = _encoder(inner)
        return lambda value: None if value is None else present(value)
    origin = typing.get_origin(kind)
    if origin in _SEQUENCES:
        args = _items(kind)
        if (len(args) == 2 and args[1] is Ellipsis) or origin is not tuple:
            item = _encoder(args[0])
            return lambda value: [item(v) for v in value]
        parts = [_encoder(a) for a in args]
        return lambda value: [part(v) for part, v in zip(parts, value, strict=True)]
    if origin in _MAPPINGS:
        key_type, value_type = _items(kind)
        key, val = _encoder(key_type), _encoder(value_type)
        return lambda value: [[key(k), val(v)] for k, v in value.items()]
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        fields = [(name, _encoder(hint)) for name, hint in _fields(kind)]
        return lambda value: [convert(getattr(value, name)) for name, convert in fields]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return lambda value: value.value
    if kind is uuid.UUID:
        return lambda value: value.hex
    if kind in (dt.date, dt.datetime):
        return lambda value: value.isoformat()
    if kind in (bool, int, float, str):
        return _same
    raise TypeError(f"{kind} cannot be written as JSON")


# --- reading -------------------------------------------------------------------------------------


def _exactly(*allowed: type[Any]) -> Convert:
    def check(value: Any) -> Any:
        if type(value) not in allowed:
            raise Damaged(f"{value!r} is not a {allowed[0].__name__}")
        return value

    return check


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise Damaged(f"{value!r} is not a list")
    return value


def _day(value: Any) -> dt.date:
    if type(value) is not str:
        raise Damaged(f"{value!r} is not a date")
    return dt.date.fromisoformat(value)


def _moment(value: Any) -> dt.datetime:
    if type(value) is not str:
        raise Damaged(f"{value!r} is not a moment")
    return dt.datetime.fromisoformat(value)


def _uuid(value: Any) -> uuid.UUID:
    if type(value) is not str:
        raise Damaged(f"{value!r} is not a UUID")
    return uuid.UUID(hex=value)


def _enum(kind: type[enum.Enum]) -> Convert:
    members = {member.value: member for member in kind}

    def member(value: Any) -> Any:
        if type(value) not in (str, int):
            raise Damaged(f"{value!r} is not a {kind.__name__}")
        return members[value]

    return member


def _dataclass(kind: type[Any]) -> Convert:
    """Made without ``__init__`` (which a frozen dataclass makes slow, one ``object.__setattr__``
    a field) when it does nothing but set the fields; one made of plain values only is made once
    per distinct value (frozen: sharing it is safe), most of all the many shares."""
    fields = _fields(kind)
    names = [name for name, _hint in fields]
    converts = [_decoder(hint) for _name, hint in fields]
    if hasattr(kind, "__post_init__") or "__slots__" in vars(kind):
        count = len(fields)

        def by_init(value: Any) -> Any:
            if type(value) is not list or len(value) != count:
                raise Damaged(f"{value!r} is not a {kind.__name__}")
            return kind(**{n: c(v) for n, c, v in zip(names, converts, value, strict=True)})

        return by_init
    made = _maker(kind, names, converts)
    if not all(_is_plain(hint) for _name, hint in fields):
        return made
    known: dict[tuple[Any, ...], Any] = {}

    def shared(value: Any) -> Any:
        # the types in the key too: 1 and 1.0 and True are equal keys, not the same text
        key = (*value, *map(type, value)) if type(value) is list else ()
        try:
            return known[key]
        except (KeyError, TypeError):
            pass
        instance = made(value)
        if len(known) >= SHARED_MAX:
            known.clear()
        known[key] = instance
        return instance

    return shared


def _maker(kind: type[Any], names: list[str], converts: list[Convert]) -> Convert:
    """A function making a ``kind`` from the list of its fields' JSON values, written out field
    by field as ``dataclasses`` writes ``__init__`` (a loop over the fields costs twice as much).
    The names are the dataclass's own, never text read from the database."""
    count = len(names)
    values = "".join(f"{name!r}: _c{i}(value[{i}]), " for i, name in enumerate(names))
    source = (
        "def make(value):\n"
        f"    if type(value) is not list or len(value) != {count}:\n"
        "        raise Damaged(f'{value!r} is not a {kind.__name__}')\n"
        "    instance = _new(kind)\n"
        f"    _set(instance, '__dict__', {{{values}}})\n"
        "    return instance\n"
    )
    scope: dict[str, Any] = {"kind": kind, "Damaged": Damaged, "_new": _new, "_set": _set}
    scope.update((f"_c{i}", convert) for i, convert in enumerate(converts))
    exec(source, scope)
    made: Convert = scope["make"]
    return made


def _is_plain(hint: Any) -> bool:
    """A JSON scalar in the text, a hashable value once read."""
    inner = _optional(hint)
    kind = hint if inner is None else inner
    return kind in _PLAIN or (isinstance(kind, type) and issubclass(kind, enum.Enum))


_new = object.__new__
_set = object.__setattr__


_PLAIN: dict[Any, Convert] = {
    bool: _exactly(bool),
    int: _exactly(int),
    float: _exactly(float, int),  # a share counted in whole rows keeps its ints
    str: _exactly(str),
    uuid.UUID: _uuid,
    dt.date: _day,
    dt.datetime: _moment,
}


def _decoder(kind: Any) -> Convert:
    made = _DECODERS.get(kind)
    if made is None:
        made = _DECODERS[kind] = _make_decoder(kind)
    return made


def _make_decoder(kind: Any) -> Convert:
    inner = _optional(kind)
    if inner is not None:
        present = _decoder(inner)
        return lambda value: None if value is None else present(value)
    origin = typing.get_origin(kind)
    if origin in _SEQUENCES:
        args = _items(kind)
        if (len(args) == 2 and args[1] is Ellipsis) or origin is not tuple:
            item = _decoder(args[0])
            made = tuple if origin is tuple else list
            return lambda value: made(map(item, _list(value)))
        parts = [_decoder(a) for a in args]
        return lambda value: tuple(part(v) for part, v in zip(parts, _list(value), strict=True))
    if origin in _MAPPINGS:
        key_type, value_type = _items(kind)
        key, val = _decoder(key_type), _decoder(value_type)
        return lambda value: {key(k): val(v) for k, v in map(_pair, _list(value))}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum(kind)
    if kind in _PLAIN:
        return _PLAIN[kind]
    raise TypeError(f"{kind} cannot be read from JSON")


def _pair(value: Any) -> list[Any]:
    pair = _list(value)
    if len(pair) != 2:
        raise Damaged(f"{value!r} is not a key and a value")
    return pair
