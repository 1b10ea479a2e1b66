"""The settings dialog's interface-language chooser (zsdesk/gui/settings_dialog.py) and what the
English translation changes in the shell: navigation labels and the quick-start shown in 操作指引."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from zsdesk.gui.guide_dialog import GuideDialog, quickstart_markdown, quickstart_name
from zsdesk.gui.i18n import LANGUAGES
from zsdesk.gui.navigation import AGENCY_NAV, STAFF_NAV
from zsdesk.gui.settings_dialog import SettingsDialog
from zsdesk.services.app_settings import UI_LANGUAGES, AppSettings


def _choices(dialog: SettingsDialog) -> dict[str, str]:
    combo = dialog.ui.languageCombo
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_settings_and_gui_know_the_same_languages() -> None:
    assert tuple(LANGUAGES) == UI_LANGUAGES


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_dialog_shows_the_current_language_by_its_native_name(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(language=language))
    qtbot.addWidget(dialog)
    assert _choices(dialog) == {"zh_CN": "中文（简体）", "en": "English"}
    assert dialog.ui.languageCombo.currentData() == language
    assert dialog.language == language
    assert "下次启动" in dialog.ui.languageNote.text()


def test_language_names_stay_native_under_the_english_translation(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.ui.languageLabel.text() == "Interface language"
    assert _choices(dialog) == {"zh_CN": "中文（简体）", "en": "English"}


def test_saving_carries_the_chosen_language_and_keeps_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    original = AppSettings(registry_url="https://wq.example.gov.cn", proxy="http://p:3128",
                           remembered_account="agency01", extra={"k": 1})
    dialog = SettingsDialog(original)
    qtbot.addWidget(dialog)
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_settings == replace(original, language="en")


def test_language_can_be_changed_in_the_training_environment_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppSettings(language="en"))
    qtbot.addWidget(dialog)
    assert dialog.ui.sandboxRadio.isChecked()
    assert dialog.ui.languageCombo.isEnabled()
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData("zh_CN"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_settings == AppSettings(language="zh_CN")


def test_navigation_labels_follow_the_installed_translation(english) -> None:  # type: ignore[no-untyped-def]
    assert [item.text for item in STAFF_NAV][:3] == ["Workbench", "Sale contract", "My contracts"]
    assert [item.text for item in AGENCY_NAV][1:] == ["Enterprise record", "Staff", "Approved staff",
                                                       "Agency contracts"]
    assert STAFF_NAV[0].label == "工作台"      # the item keeps its Chinese source


def test_navigation_labels_are_chinese_without_a_translation() -> None:
    assert [item.text for item in AGENCY_NAV] == [item.label for item in AGENCY_NAV]
    assert AGENCY_NAV[2].text == "人员管理"


def test_guide_shows_the_english_quick_start_and_the_registry_guide_in_chinese(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    assert quickstart_name() == "quickstart_en.md"
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.quickstart.toPlainText().startswith("zsdesk quick start")
    assert "training environment" in dialog.quickstart.toPlainText()
    assert dialog.tabs.tabText(1) == "Filing guide (registry, in Chinese)"
    assert "操作指引" in dialog.guide.toPlainText()


def test_english_quick_start_has_every_step_of_the_chinese_one() -> None:
    def steps(text: str) -> list[str]:
        return [line.split(".")[0] for line in text.splitlines() if line[:1].isdigit()]

    chinese, english_text = quickstart_markdown("quickstart_zh.md"), quickstart_markdown("quickstart_en.md")
    assert steps(english_text) == steps(chinese) == [str(n) for n in range(1, 8)]
    assert "500 KB" in english_text and "24 hours" in english_text and "123456" in english_text


class _NoQuickStart(QTranslator):
    """A translation whose language ships no quick-start file of its own."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "quickstart_xx.md" if (context, source) == ("GuideDialog", "quickstart_zh.md") else ""

    def isEmpty(self) -> bool:
        return False


def test_a_language_without_its_own_quick_start_falls_back_to_the_chinese_one() -> None:
    translator = _NoQuickStart()
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("GuideDialog", "quickstart_zh.md") == "quickstart_xx.md"
        assert quickstart_name() == "quickstart_zh.md"
        assert quickstart_markdown().startswith("# zsdesk 快速上手")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_language_note_says_what_the_english_ui_shows(qtbot, english, sandbox_url, new_agency) -> None:  # type: ignore[no-untyped-def]
    """The note promised the registry's messages "always in Chinese"; the English UI shows them in English
    (the sandbox's refusal of a wrong password here, on the real login window)."""
    import re

    from PySide6.QtCore import Qt

    from zsdesk.gui.controller import AppController
    from zsdesk.paths import app_paths
    from zsdesk.services.app_context import AppContext

    dialog = SettingsDialog(AppSettings(language="en"))
    qtbot.addWidget(dialog)
    note = dialog.ui.languageNote.text()
    assert "the registry's messages are shown in the interface language" in note
    assert "printed contracts are always in Chinese" in note
    paths = app_paths().ensure()
    controller = AppController(paths, AppContext(paths, AppSettings(registry_url=sandbox_url)))
    controller.start()
    login = controller.login_window
    assert login is not None
    qtbot.waitUntil(lambda: login.connected, timeout=15000)
    qtbot.keyClicks(login.ui.accountEdit, new_agency["login"])
    qtbot.keyClicks(login.ui.passwordEdit, "wrong-password")
    qtbot.mouseClick(login.ui.loginButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.ui.errorLabel.text()), timeout=10000)
    shown = login.ui.errorLabel.text()
    assert re.search(r"[\u4e00-\u9fff]", shown) is None and "password" in shown.lower(), shown
    controller.shutdown()
