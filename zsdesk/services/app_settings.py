"""The user's connection settings (settings.json in the config directory).

No registry URL means "use the embedded training sandbox". Nothing secret lives here:
passwords and tokens go to the keyring only.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from zsdesk.domain.i18n import QT_TRANSLATE_NOOP
from zsdesk.paths import AppPaths
from zsdesk.private_files import private_file

log = logging.getLogger(__name__)

# The UI languages zsdesk ships (codes as in zsdesk.gui.i18n.LANGUAGES, which adds their names);
# the first is the default and what an unknown value in settings.json falls back to.
UI_LANGUAGES: tuple[str, ...] = ("zh_CN", "en")


@dataclass(slots=True)
class AppSettings:
    registry_url: str = ""          # empty: embedded sandbox (练习环境)
    ca_bundle: str = ""             # PEM file for an office proxy's or the registry's CA
    proxy: str = ""                 # e.g. http://proxy.example:3128
    remembered_account: str = ""    # unified-identity login name last remembered (password in keyring)
    language: str = UI_LANGUAGES[0]  # UI language, applied at the next start
    folders: dict[str, str] = field(default_factory=dict)   # file dialogs: the folder used last, by kind
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def uses_sandbox(self) -> bool:
        return not self.registry_url.strip()


def load_settings(paths: AppPaths) -> AppSettings:
    path = paths.settings_file
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError) as exc:
        log.warning("settings file unreadable, using defaults: %s", exc)
        return AppSettings()
    if not isinstance(raw, dict):
        return AppSettings()
    known = {k: raw[k] for k in ("registry_url", "ca_bundle", "proxy", "remembered_account")
             if isinstance(raw.get(k), str)}
    # A language this build does not ship (a newer version's, a typo) must not keep the app from
    # starting: the default language, and the next save writes it back.
    language = raw.get("language")
    raw_folders = raw.get("folders")
    folders = ({k: v for k, v in raw_folders.items() if isinstance(k, str) and isinstance(v, str)}
               if isinstance(raw_folders, dict) else {})
    extra = {k: v for k, v in raw.items() if k not in known and k not in ("language", "folders")}
    return AppSettings(**known, language=normalise_language(language), folders=folders, extra=extra)


def normalise_language(code: object) -> str:
    return code if isinstance(code, str) and code in UI_LANGUAGES else UI_LANGUAGES[0]


def save_settings(paths: AppPaths, settings: AppSettings) -> None:
    data = asdict(settings)
    extra = data.pop("extra")
    data.update(extra)
    tmp = private_file(paths.settings_file.with_suffix(".tmp"))   # 0600 before anything is written
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, paths.settings_file)


def validate_registry_url(url: str) -> str | None:
    """A Chinese message when `url` cannot be a registry address, else None (shown through label())."""
    url = url.strip()
    if not url:
        return None
    if not (url.startswith("https://") or url.startswith("http://")):
        return QT_TRANSLATE_NOOP("labels", "地址须以 https:// 开头（本机测试可用 http://）")
    if url.startswith("http://") and not _is_loopback(url):
        return QT_TRANSLATE_NOOP("labels", "非本机地址必须使用 https://，以保证传输加密")
    return None


def validate_ca_bundle(path: str) -> str | None:
    if path and not Path(path).is_file():
        return QT_TRANSLATE_NOOP("labels", "找不到该证书文件")
    return None


def _is_loopback(url: str) -> bool:
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host in {"localhost", "::1"} or host.startswith("127.")
