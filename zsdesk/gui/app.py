"""GUI entry point: QApplication set-up (high DPI, translations, stylesheet, icon,
logging, excepthook), then the login → main window flow in `controller`."""

from __future__ import annotations

import logging
import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import zsdesk
from zsdesk.gui.errors import install_excepthook
from zsdesk.gui.i18n import DEFAULT_LANGUAGE, translate
from zsdesk.paths import app_paths
from zsdesk.services.app_settings import normalise_language

log = logging.getLogger("zsdesk.gui")

_translators: list[QTranslator] = []


def stylesheet() -> str:
    return (resources.files("zsdesk.resources.gui") / "style.qss").read_text(encoding="utf-8")


def app_icon() -> QIcon:
    with resources.as_file(resources.files("zsdesk.resources.gui") / "app.svg") as path:
        return QIcon(str(path))


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Our strings in `language` (sources are Chinese: no catalogue for zh_CN) and Qt's own
    strings (dialog buttons) to match. Returns what was loaded."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    language = normalise_language(language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates: list[tuple[str, str, str]] = []
    if language == DEFAULT_LANGUAGE:
        # qtbase only: qt_zh_CN.qm is a meta catalogue that also loads modules the app never uses.
        candidates.append(("qtbase", qt_dir, "zh_CN"))
        # What qtbase_zh_CN leaves in English (the file dialog's 「Look in:」, its 「Folder」 type column):
        # installed after it, so asked first.
        candidates.append(("qtbase_gaps", str(resources.files("zsdesk.resources") / "i18n"), "zh_CN"))
    else:
        candidates.append(("zsdesk", str(resources.files("zsdesk.resources") / "i18n"), language))
    loaded = []
    for name, directory, code in candidates:
        translator = QTranslator(app)
        if translator.load(QLocale(code), name, "_", directory):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
        elif name == "zsdesk":   # a shipped catalogue that does not load is a broken build
            log.error("translation %s_%s not found in %s", name, language, directory)
    QLocale.setDefault(QLocale(language))
    return loaded


def create_application(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("zsdesk")
    app.setOrganizationName("zsdesk")
    install_translators(app, language)
    app.setApplicationDisplayName(translate("App", "中山市存量房网签备案"))
    app.setWindowIcon(app_icon())
    app.setStyleSheet(stylesheet())
    return app


def freeze_long_lived() -> None:
    """Objects alive now live as long as the app: keep them out of full collections, which
    otherwise pause the GUI thread for ~100 ms once the app's modules are loaded. Called again
    after connecting and after login, when the workers have imported more."""
    import gc

    gc.freeze()


def _after_first_paint(app: QApplication) -> None:
    from zsdesk.gui.logs import setup_logging

    setup_logging(app_paths().log_file)
    version = zsdesk.__version__
    app.setApplicationVersion(version)
    log.info("zsdesk %s starting (Python %s)", version, sys.version.split()[0])
    freeze_long_lived()


def run_gui() -> int:
    paths = app_paths().ensure()
    from zsdesk.services.app_context import AppContext

    ctx = AppContext(paths)     # reads settings.json once: the language, then everything else
    app = create_application(language=ctx.settings.language)
    install_excepthook()
    from zsdesk.gui.gui_thread_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)     # cyclic garbage is freed on this thread only
    from zsdesk.gui.single_instance import SingleInstance

    instance = SingleInstance(paths.data_dir, app)
    if not instance.acquire():
        log.info("another zsdesk holds %s: asking it to come forward", paths.data_dir)
        notice = second_instance_notice(instance.ask_first_to_show())
        if os.environ.get("ZSDESK_EXIT_WHEN_READY"):
            print("ZSDESK_READY second-instance", flush=True)   # automation: nobody is there to click OK
        else:
            notice.exec()
        return SECOND_INSTANCE_EXIT
    from zsdesk.gui.controller import AppController

    controller = AppController(paths, ctx)
    instance.activate_requested.connect(controller.bring_to_front)
    controller.start(exit_when_ready=os.environ.get("ZSDESK_EXIT_WHEN_READY", ""),
                     demo_page=os.environ.get("ZSDESK_SCREENSHOT_PAGE", ""))
    # Once the login window is painted: what waited (version lookup, the collector) runs then.
    QTimer.singleShot(0, lambda: _after_first_paint(app))
    code = app.exec()
    controller.shutdown()
    instance.release()
    collector.stop()
    log.info("zsdesk exiting with %s", code)
    return int(code)


SECOND_INSTANCE_EXIT = 3


def second_instance_notice(first_came_forward: bool) -> QMessageBox:
    """What a second start on the same data directory says before it exits."""
    text = translate("App", "zsdesk 已经在运行。同一台电脑的同一数据目录只能打开一个 zsdesk，"
                            "以免两个窗口同时发送同一批待发送的内容。")
    if first_came_forward:
        text += "\n\n" + translate("App", "已把正在运行的 zsdesk 窗口切换到最前面，请在那里继续。")
    else:
        text += "\n\n" + translate("App", "正在运行的 zsdesk 没有响应。"
                                          "如果它已卡住，请在任务管理器中结束 zsdesk 后再启动。")
    box = QMessageBox(QMessageBox.Icon.Information, translate("App", "zsdesk 已在运行"), text)
    box.setObjectName("secondInstanceNotice")
    return box


def log_file() -> Path:
    return app_paths().log_file
