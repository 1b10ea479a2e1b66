"""Whether a material's bytes really are the picture their first bytes announce: the one rule the
client (before upload) and the registry (on upload) both apply. Checking the magic bytes proves
nothing about the rest of a file; only decoding every pixel does, and a decompression bomb (a small
file announcing a huge picture) must be refused before it is decoded.

Pure: in-memory bytes in, a finding out; each end words the finding for its own message."""

from __future__ import annotations

import io
import warnings
from enum import StrEnum
from typing import Literal

from PIL import Image

_PILLOW_DEFAULT_PIXELS = 89_478_485   # PIL.Image.MAX_IMAGE_PIXELS as shipped


class PictureProblem(StrEnum):
    TOO_MANY_PIXELS = "too_many_pixels"
    BROKEN = "broken"


def pixel_limit() -> int:
    # Pillow's own bomb threshold, even when something switched it off (None).
    limit = Image.MAX_IMAGE_PIXELS
    return int(limit) if limit else _PILLOW_DEFAULT_PIXELS


def picture_problem(data: bytes, kind: Literal["jpeg", "png"]) -> PictureProblem | None:
    """None when `data` decodes, every pixel, as a `kind` picture of a sane size."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[kind.upper()]) as img:
                width, height = img.size
                if width * height > pixel_limit():
                    return PictureProblem.TOO_MANY_PIXELS
                img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return PictureProblem.TOO_MANY_PIXELS
    except Exception:  # Pillow raises many kinds for broken data
        return PictureProblem.BROKEN
    return None
