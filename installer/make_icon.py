"""Renders the app's SVG icon into a Windows .ico (several sizes) for the executable and the installer.

    uv run --frozen python installer/make_icon.py build/zsdesk.ico

Called by build_installer.spec on Windows; the SVG stays the single source of the icon."""

from __future__ import annotations

import io
import os
import sys
from importlib import resources
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: bytes, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_icon(target: Path) -> Path:
    from PIL import Image

    svg = (resources.files("zsdesk.resources.gui") / "app.svg").read_bytes()
    largest = Image.open(io.BytesIO(render_png(svg, max(SIZES))))
    target.parent.mkdir(parents=True, exist_ok=True)
    largest.save(target, format="ICO", sizes=[(s, s) for s in SIZES])
    return target


if __name__ == "__main__":
    print(make_icon(Path(sys.argv[1] if len(sys.argv) > 1 else "build/zsdesk.ico")))
