"""A message's recipe on the wire, so a client can show a registry's refusal in its UI language.

The registry builds its messages with `msg()` (zsdesk.domain.i18n.Text): the Chinese `detail` is
what every client shows by default; `detail_text` carries the same message as
`{"template": "…{name}…", "params": {"name": value}}` (a param may itself be such an object). A
client rebuilds the Text only when it formats to exactly the `detail` it came with, so a
mismatched or foreign `detail_text` can never change what a user reads."""

from __future__ import annotations

from typing import Any

from zsdesk.domain.i18n import Text

_SCALARS = (int, float, bool)


def text_to_wire(value: object) -> dict[str, Any] | None:
    """The recipe of a `Text`, or None for a plain string."""
    if not isinstance(value, Text):
        return None
    params: dict[str, Any] = {}
    for name, param in value.params.items():
        nested = text_to_wire(param)
        params[name] = nested if nested is not None else param if isinstance(param, _SCALARS) else str(param)
    return {"template": value.template, "params": params}


def _rebuild(wire: object) -> Text | None:
    if not isinstance(wire, dict) or not isinstance(wire.get("template"), str):
        return None
    raw = wire.get("params") or {}
    if not isinstance(raw, dict):
        return None
    params: dict[str, object] = {}
    for name, param in raw.items():
        if isinstance(param, dict):
            nested = _rebuild(param)
            if nested is None:
                return None
            params[str(name)] = nested
        elif isinstance(param, (str, *_SCALARS)):
            params[str(name)] = param
        else:
            return None
    try:
        return Text(wire["template"], **params)
    except (KeyError, IndexError, ValueError):
        return None


def text_from_wire(plain: str, wire: object) -> str:
    """`plain` as a Text when `wire` is its recipe; otherwise `plain` unchanged."""
    rebuilt = _rebuild(wire)
    return rebuilt if rebuilt is not None and rebuilt == plain else plain
