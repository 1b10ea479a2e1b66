"""File dialogs in the UI's language, opening in the folder used last.

The desktop's own dialog speaks the OS's language: it is used only when that is the UI's, else
Qt's own dialog, which follows the app's translators (in Chinese qtbase_zh_CN plus the gaps it
leaves, i18n/zh_CN/qtbase_gaps.ts — see gui.app.install_translators). A folder chosen is kept in
settings.json (AppSettings.folders) per kind of file, written off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from zsdesk.gui.operations import run_operation
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_settings import save_settings


def _os_speaks_ui_language() -> bool:
    return QLocale.system().language() == QLocale().language()   # QLocale(): set to the UI's language


def start_folder(ctx: AppContext | None, key: str) -> str:
    remembered = ctx.settings.folders.get(key, "") if ctx is not None else ""
    if remembered and Path(remembered).is_dir():
        return remembered
    location = (QStandardPaths.StandardLocation.PicturesLocation if key == "materials"
                else QStandardPaths.StandardLocation.DocumentsLocation)
    return QStandardPaths.writableLocation(location) or str(Path.home())


def remember_folder(parent: QWidget, ctx: AppContext | None, key: str, folder: str) -> None:
    if ctx is None or not folder or ctx.settings.folders.get(key) == folder:
        return
    ctx.settings.folders[key] = folder
    snapshot = replace(ctx.settings, folders=dict(ctx.settings.folders), extra=dict(ctx.settings.extra))
    run_operation(parent, lambda _p: save_settings(ctx.paths, snapshot), name="remember folder")


def file_dialog(parent: QWidget | None, title: str, name_filter: str = "", directory: str = "", *,
                save: bool = False) -> QFileDialog:
    dialog = QFileDialog(parent, title, directory, name_filter)
    dialog.setObjectName("fileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not _os_speaks_ui_language():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def open_file(parent: QWidget, ctx: AppContext | None, key: str, title: str, name_filter: str,
              on_selected: Callable[[str], object]) -> QFileDialog:
    """Ask for one existing file (window-modal, not blocking the event loop) in the folder used last
    for `key`; `on_selected(path)` once chosen, and the folder is remembered."""
    dialog = file_dialog(parent, title, name_filter, start_folder(ctx, key))

    def chosen(path: str) -> None:
        remember_folder(parent, ctx, key, str(Path(path).parent))
        on_selected(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
