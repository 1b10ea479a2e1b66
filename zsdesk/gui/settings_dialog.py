"""Connection settings: the embedded training sandbox, or a registry URL with CA bundle and proxy."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from zsdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from zsdesk.gui.widgets.field_state import fit_height, set_invalid
from zsdesk.services.app_settings import AppSettings, validate_ca_bundle, validate_registry_url


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.original = settings
        self.result_settings: AppSettings | None = None
        for label in (self.ui.urlError, self.ui.caError):
            label.setProperty("role", "error")
        self.ui.noteLabel.setProperty("role", "hint")
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

    def _mode_changed(self) -> None:
        remote = self.ui.registryRadio.isChecked()
        for w in (self.ui.urlEdit, self.ui.caEdit, self.ui.caBrowse, self.ui.proxyEdit):
            w.setEnabled(remote)
        self._validate()

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择 CA 证书", "", "证书 (*.pem *.crt *.cer);;所有文件 (*)")
        if path:
            self.ui.caEdit.setText(path)

    def _validate(self) -> bool:
        remote = self.ui.registryRadio.isChecked()
        url = self.ui.urlEdit.text().strip()
        url_error = (validate_registry_url(url) or ("请输入登记中心地址" if not url else None)) if remote else None
        ca_error = validate_ca_bundle(self.ui.caEdit.text().strip()) if remote else None
        for edit, label, error in ((self.ui.urlEdit, self.ui.urlError, url_error),
                                   (self.ui.caEdit, self.ui.caError, ca_error)):
            label.setText(error or "")
            label.setVisible(bool(error))
            set_invalid(edit, bool(error))
        ok = not url_error and not ca_error
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _save(self) -> None:
        if not self._validate():
            return
        if self.ui.sandboxRadio.isChecked():
            self.result_settings = replace(self.original, registry_url="")
        else:
            self.result_settings = replace(self.original, registry_url=self.ui.urlEdit.text().strip(),
                                           ca_bundle=self.ui.caEdit.text().strip(),
                                           proxy=self.ui.proxyEdit.text().strip())
        self.accept()
