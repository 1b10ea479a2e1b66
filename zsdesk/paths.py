"""Where zsdesk keeps its files. `ZSDESK_HOME` overrides everything (tests, portable use)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from zsdesk.private_files import private_dir

APP_NAME = "zsdesk"
APP_AUTHOR = "zsdesk"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "cache.sqlite3"

    @property
    def sandbox_database(self) -> Path:
        return self.data_dir / "sandbox-registry.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "zsdesk.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> AppPaths:
        for d in (self.data_dir, self.log_dir, self.config_dir):
            private_dir(d)
        return self


def app_paths(home: Path | None = None) -> AppPaths:
    root = home or (Path(os.environ["ZSDESK_HOME"]) if os.environ.get("ZSDESK_HOME") else None)
    if root is not None:
        return AppPaths(root / "data", root / "logs", root / "config")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )
