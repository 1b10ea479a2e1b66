"""练习环境 (training mode): demo accounts printed at start, auto-approval after a short delay."""

from __future__ import annotations
