"""Files that hold personal data or secrets are the owner's only: 0600, their directories 0700.

The process umask decides the mode of whatever `open()` and `mkdir()` create (0644/0755 under the
usual 022), so these helpers set the mode explicitly, whatever the umask. SQLite creates its
-wal and -shm files with the database file's own mode, so a database made with
`private_file` before its first connection gets owner-only companions too. On Windows the
POSIX mode bits mean little (the profile directory's ACL protects the files); the calls are
harmless there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) and make it owner-only. Parents that already existed
    keep their mode: they may be shared directories (a home, /tmp)."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    for p in missing:
        with contextlib.suppress(OSError):
            os.chmod(p, DIR_MODE)
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make sure `path` exists (empty when new) with mode 0600; an existing file is tightened."""
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)
    return path


def tighten_sqlite(path: Path) -> None:
    """Owner-only mode on a SQLite database and its -wal/-shm/-journal companions that exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                os.chmod(companion, FILE_MODE)


__all__ = ["DIR_MODE", "FILE_MODE", "private_dir", "private_file", "tighten_sqlite"]
