"""Synthetic phone photos for material tests: real JPEG bytes with EXIF orientation and GPS."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw


def phone_photo(target_bytes: int = 1_500_000, size: tuple[int, int] = (3264, 2448), orientation: int = 6,
                seed: int = 7) -> bytes:
    """A landscape-stored JPEG of about `target_bytes` whose EXIF says 'rotate 90° to view'
    and which carries a GPS position (what a phone camera writes)."""
    rng = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size, (235, 230, 220))
    draw = ImageDraw.Draw(img)
    for y in range(0, h, 11):  # printed lines of a licence, plus texture
        for x in range(0, w, 11):
            g = rng.randint(0, 255)
            draw.rectangle([x, y, x + 10, y + 10], fill=(g, (g * 3) % 256, (x + y) % 256))
    draw.rectangle([0, 0, w // 8, h // 8], fill=(255, 0, 0))  # a marker in the stored top-left
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    gps = {1: "N", 2: (22.0, 31.0, 12.0), 3: "E", 4: (113.0, 23.0, 5.0)}
    exif[0x8825] = gps
    best = b""
    for quality in (95, 92, 88, 84, 80, 75, 70, 60, 50):
        out = io.BytesIO()
        img.save(out, format="JPEG", quality=quality, exif=exif.tobytes())
        if not best or abs(out.tell() - target_bytes) < abs(len(best) - target_bytes):
            best = out.getvalue()
    return best
