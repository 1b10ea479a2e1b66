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


def png_bomb(width: int, height: int) -> bytes:
    """A real decompression bomb: a 1-bit PNG of `width`×`height` black pixels whose file is a few
    KB (deflate of zeros), which Pillow would expand to width×height bytes in memory."""
    import struct
    import zlib

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    row = b"\0" * (1 + (width + 7) // 8)   # filter byte + packed bits
    z = zlib.compressobj(9)
    idat = b"".join(z.compress(row) for _ in range(height)) + z.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def jpeg_header_then_garbage(size: int = 4000, seed: int = 3) -> bytes:
    """Starts like a JPEG (SOI + APP0 marker), then random bytes: passes a first-bytes check only."""
    rng = random.Random(seed)
    return b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(size))


def truncated_jpeg() -> bytes:
    """A real JPEG's header and half its scan: Pillow opens it, but decoding it fails."""
    img = Image.new("RGB", (64, 48), (30, 120, 200))
    ImageDraw.Draw(img).line([(0, 0), (63, 47)], fill=(250, 250, 0), width=3)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=90)
    data = out.getvalue()
    return data[: len(data) // 2]


def small_png(size: tuple[int, int] = (640, 400)) -> bytes:
    """A plain PNG of a few KB (a scanned page's worth of flat colour)."""
    out = io.BytesIO()
    Image.new("RGB", size, (200, 210, 220)).save(out, format="PNG")
    return out.getvalue()


def png_of_exactly(n_bytes: int) -> bytes:
    """A valid PNG of exactly `n_bytes`: a small picture padded with a private ancillary chunk
    (which decoders skip), for the size limit's edge."""
    import struct
    import zlib

    base = small_png((64, 48))
    pad = n_bytes - len(base) - 12          # a chunk is length + tag + body + CRC
    if pad < 0:
        raise ValueError(f"a PNG cannot be smaller than {len(base) + 12} bytes here")
    body = random.Random(n_bytes).randbytes(pad)
    chunk = struct.pack(">I", pad) + b"prVt" + body + struct.pack(">I", zlib.crc32(b"prVt" + body))
    iend = base.rindex(b"IEND") - 4          # before the IEND chunk's length field
    data = base[:iend] + chunk + base[iend:]
    assert len(data) == n_bytes
    return data
