"""Settings: the embedded training sandbox or a registry URL with CA bundle and proxy, and the UI
language (applied at the next start: the translator is installed before any window exists)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from zsdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from zsdesk.gui.i18n import LANGUAGES, label, translate
from zsdesk.gui.widgets.field_feedback import slot_in_place_of
from zsdesk.gui.widgets.field_state import fit_height, set_invalid
from zsdesk.gui.widgets.file_dialogs import open_file
from zsdesk.services.app_settings import AppSettings, normalise_language, validate_ca_bundle, validate_registry_url


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.original = settings
        self.result_settings: AppSettings | None = None
        self.ca_dialog: QFileDialog | None = None
        # Their lines are reserved: a message appearing under the address moves neither the fields
        # nor the Save button (a label shown and hidden moved Save under the mouse).
        self.ui.urlError = slot_in_place_of(self.ui.urlError, 1)
        self.ui.caError = slot_in_place_of(self.ui.caError, 1)
        for hint in (self.ui.noteLabel, self.ui.languageNote):
            hint.setProperty("role", "hint")
        for code, name in LANGUAGES.items():     # each in its own language, so anyone finds theirs
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(
            self.ui.languageCombo.findData(normalise_language(settings.language)))
        self.ui.urlEdit.setText(settings.registry_url)
        self.ui.caEdit.setText(settings.ca_bundle)
        self.ui.proxyEdit.setText(settings.proxy)
        (self.ui.sandboxRadio if settings.uses_sandbox else self.ui.registryRadio).setChecked(True)
        self.ui.sandboxRadio.toggled.connect(self._mode_changed)
        self.ui.urlEdit.textChanged.connect(self._validate)
        self.ui.caEdit.textChanged.connect(self._validate)
        self.ui.caBrowse.clicked.connect(self._browse_ca)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._mode_changed()
        fit_height(self)  # the form's height, not the .ui's

    @property
    def language(self) -> str:
        """The language chosen in the dialog (what `result_settings` carries once saved)."""
        return normalise_language(str(self.ui.languageCombo.currentData()))

    def _mode_changed(self) -> None:
        remote = self.ui.registryRadio.isChecked()
        for w in (self.ui.urlEdit, self.ui.caEdit, self.ui.caBrowse, self.ui.proxyEdit):
            w.setEnabled(remote)
        self._validate()

    def _browse_ca(self) -> None:
        # The settings are this dialog's to change (only once accepted): the folder is not remembered.
        self.ca_dialog = open_file(self, None, "ca", translate("SettingsDialog", "选择 CA 证书"),
                                   translate("SettingsDialog", "证书 (*.pem *.crt *.cer);;所有文件 (*)"),
                                   self.ui.caEdit.setText)

    def _validate(self) -> bool:
        remote = self.ui.registryRadio.isChecked()
        url = self.ui.urlEdit.text().strip()
        url_error = (validate_registry_url(url)
                     or (translate("SettingsDialog", "请输入登记中心地址") if not url else None)) if remote else None
        ca_error = validate_ca_bundle(self.ui.caEdit.text().strip()) if remote else None
        for edit, error_label, error in ((self.ui.urlEdit, self.ui.urlError, url_error),
                                         (self.ui.caEdit, self.ui.caError, ca_error)):
            error_label.setText(label(error or ""))
            set_invalid(edit, bool(error))
        ok = not url_error and not ca_error
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _save(self) -> None:
        if not self._validate():
            return
        language = self.language
        if self.ui.sandboxRadio.isChecked():
            self.result_settings = replace(self.original, registry_url="", language=language)
        else:
            self.result_settings = replace(self.original, registry_url=self.ui.urlEdit.text().strip(),
                                           ca_bundle=self.ui.caEdit.text().strip(),
                                           proxy=self.ui.proxyEdit.text().strip(), language=language)
        self.accept()
