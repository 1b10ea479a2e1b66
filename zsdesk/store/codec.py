"""Domain dataclasses to JSON-able dicts and back, driven by their type hints.

Decimals travel as strings (exact), dates and datetimes as ISO text, enums as their codes.
"""

from __future__ import annotations

import dataclasses
import types
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def _convert(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        return _convert(inner[0], data) if len(inner) == 1 else data
    if origin is list:
        (item,) = get_args(tp)
        return [_convert(item, v) for v in data]
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return from_jsonable(tp, data)
        if issubclass(tp, Enum):
            return tp(data)
        if tp is Decimal:
            return Decimal(data)
        if tp is datetime:
            return datetime.fromisoformat(data)
        if tp is date:
            return date.fromisoformat(data)
    return data


def from_jsonable(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild `cls` from `to_jsonable` output; keys the class no longer has are ignored, missing
    ones take the field default (so payloads written by an older release still load)."""
    hints = get_type_hints(cls)
    kwargs = {f.name: _convert(hints[f.name], data[f.name]) for f in dataclasses.fields(cls)  # type: ignore[arg-type]
              if f.name in data}
    return cls(**kwargs)
