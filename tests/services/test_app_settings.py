"""settings.json (zsdesk/services/app_settings.py): the UI language round trip and its fallback."""

from __future__ import annotations

import json

from zsdesk.paths import app_paths
from zsdesk.services.app_settings import UI_LANGUAGES, AppSettings, load_settings, save_settings


def test_language_defaults_to_chinese_without_a_settings_file() -> None:
    assert load_settings(app_paths()).language == "zh_CN" == UI_LANGUAGES[0]


def test_language_survives_a_save_and_load_with_the_other_settings() -> None:
    paths = app_paths()
    settings = AppSettings(registry_url="https://wq.example.gov.cn", proxy="http://p:3128", language="en",
                           extra={"window": {"w": 800}})
    save_settings(paths, settings)
    assert json.loads(paths.settings_file.read_text(encoding="utf-8"))["language"] == "en"
    assert load_settings(paths) == settings


def test_unknown_or_malformed_language_falls_back_to_chinese_and_is_not_kept_as_extra() -> None:
    paths = app_paths()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    for value in ("fr", "EN", "", 7, None, ["en"]):
        paths.settings_file.write_text(json.dumps({"registry_url": "https://a.example", "language": value}),
                                       encoding="utf-8")
        loaded = load_settings(paths)
        assert loaded.language == "zh_CN", value
        assert loaded.registry_url == "https://a.example"
        assert "language" not in loaded.extra
    save_settings(paths, loaded)                # the next save writes the fallback back
    assert json.loads(paths.settings_file.read_text(encoding="utf-8"))["language"] == "zh_CN"
