"""The main window: role-based navigation, page area, status bar, menus and shortcuts."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from zsdesk.domain.china_time import format_china_time
from zsdesk.domain.enums import AccountKind
from zsdesk.gui.forms.ui_main_window import Ui_MainWindow
from zsdesk.gui.i18n import label, sentences, translate
from zsdesk.gui.navigation import NavItem, nav_for
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.open_external import open_external
from zsdesk.services.app_context import AppContext

log = logging.getLogger(__name__)


def gui_settings(ctx: AppContext) -> QSettings:
    """Window geometry and last page live in the app's config directory, not the registry."""
    return QSettings(str(ctx.paths.config_dir / "gui.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    switch_account_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: AppContext, page_factory: Callable[[str, AppContext, MainWindow], QWidget] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quit_confirmed = False          # set once the user agreed to quit with work still queued
        self.quit_box: QMessageBox | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        assert ctx.account is not None, "the main window needs a signed-in account"
        self.account = ctx.account
        self._page_factory = page_factory or _default_page_factory
        self._pages: dict[str, QWidget] = {}
        self.nav_items: tuple[NavItem, ...] = nav_for(self.account.kind)
        self.ui.trainingBanner.setVisible(ctx.training)
        self.ui.trainingBanner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.training_bar: QWidget | None = None      # 练习环境 only: the panel, restarting the sandbox
        self._attach_training_bar()
        self._build_nav()
        self._build_status_bar()
        self._wire_actions()
        self.setWindowTitle(translate("MainWindow", "中山市存量房网签备案（中介网签） — {name}")
                            .format(name=self.account.display_name))
        self._restore()
        self._sync_op: object | None = None
        from zsdesk.gui import background_sync

        # contract sync (outbox + change feed) in the background from login to logout/close
        self.background_sync = background_sync.attach(self)

    # navigation -------------------------------------------------------------------------
    def _build_nav(self) -> None:
        for item in self.nav_items:
            entry = QListWidgetItem(item.text)
            entry.setData(Qt.ItemDataRole.UserRole, item.key)
            self.ui.navList.addItem(entry)
        self.ui.navList.currentRowChanged.connect(self._on_nav_row)
        # a click on the entry already shown changes no row, but may mean something to the page
        self.ui.navList.itemClicked.connect(self._on_nav_click)

    def nav_labels(self) -> list[str]:
        return [self.ui.navList.item(i).text() for i in range(self.ui.navList.count())]

    def show_page(self, key: str) -> QWidget:
        keys = [i.key for i in self.nav_items]
        if key not in keys:
            raise KeyError(f"page {key!r} is not available to {self.account.kind}")
        row = keys.index(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)  # triggers _on_nav_row
        return self._pages[key]

    def current_key(self) -> str:
        row = self.ui.navList.currentRow()
        return self.nav_items[row].key if 0 <= row < len(self.nav_items) else ""

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self.nav_items):
            return
        key = self.nav_items[row].key
        page = self._pages.get(key)
        if page is None:
            page = self._page_factory(key, self.ctx, self)
            self._pages[key] = page
            self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()

    def _on_nav_click(self, item: QListWidgetItem) -> None:
        page = self._pages.get(str(item.data(Qt.ItemDataRole.UserRole)))
        clicked = getattr(page, "nav_clicked", None)
        if callable(clicked):
            clicked()

    # status bar -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.ui.statusbar
        acc = self.account
        self.account_label = QLabel(translate("MainWindow", "{name}（{kind}） · {agency}").format(
            name=acc.display_name, kind=label(acc.kind_label), agency=acc.agency_name))
        self.account_label.setObjectName("accountStatus")
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineStatus")
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncStatus")
        self.queued_button = QPushButton()
        self.queued_button.setObjectName("queuedButton")
        self.queued_button.setFlat(True)
        self.queued_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.queued_button.clicked.connect(self.show_queued)
        bar.addWidget(self.account_label)
        bar.addPermanentWidget(self.online_label)
        bar.addPermanentWidget(self.sync_label)
        bar.addPermanentWidget(self.queued_button)
        # Short in the bar, whole on hover and on click: the full explanation (with the key file's
        # path) is a paragraph, which the status bar cut off beside its permanent widgets.
        self.key_notice = QPushButton(translate("MainWindow", "⚠ 密钥环不可用"))
        self.key_notice.setObjectName("keyNotice")
        self.key_notice.setFlat(True)
        self.key_notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.key_notice.setProperty("role", "status-bad")
        self.key_notice.setVisible(False)
        self.key_notice.clicked.connect(self._explain_key_notice)
        self.key_message = ""
        self.key_box: QMessageBox | None = None
        bar.addPermanentWidget(self.key_notice)
        # Asked once the window is painted: the check opens the keyring, whose imports (~100 ms)
        # would otherwise compete for the GIL with building and painting this window.
        self.key_check: Operation[str | None] | None = None
        QTimer.singleShot(0, self, self._check_key)
        self.refresh_status()

    def _check_key(self) -> None:
        from zsdesk.services.key_notice import key_fallback_notice

        self.key_check = run_operation(self, lambda _p: key_fallback_notice(self.ctx.paths),
                                       on_success=self._show_key_notice, name="key check")

    def _show_key_notice(self, message: str | None) -> None:
        if message:
            self.key_message = label(message)
            # Rich text, so Qt wraps the tooltip instead of one line wider than the screen.
            self.key_notice.setToolTip(f"<p>{html.escape(self.key_message)}</p>")
            self.key_notice.setVisible(True)

    def _explain_key_notice(self) -> None:
        self.key_box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "密钥环不可用"),
                                   self.key_message, QMessageBox.StandardButton.Ok, self)
        self.key_box.open()

    def refresh_status(self) -> None:
        st = self.ctx.status
        if st.connecting:
            self.online_label.setText(translate("MainWindow", "● 正在登录…"))
            self.online_label.setProperty("role", "status-wait")
            self.online_label.setToolTip(label(st.message))
        elif st.online:
            self.online_label.setText(translate("MainWindow", "● 在线"))
            self.online_label.setProperty("role", "status-ok")
        else:
            self.online_label.setText(translate("MainWindow", "● 离线（使用本机数据）"))
            self.online_label.setProperty("role", "status-bad")
        self.online_label.style().polish(self.online_label)
        self.sync_label.setText(translate("MainWindow", "上次同步：{time}").format(
            time=format_china_time(st.last_sync, "%m-%d %H:%M"))
                                if st.last_sync else translate("MainWindow", "上次同步：尚未同步"))
        text = translate("MainWindow", "待发送：{count} 项").format(count=len(st.queued))
        tip = translate("MainWindow", "点击查看尚未发送到登记中心的操作")
        refused = [c for c in st.queued if c.state == "failed"]
        if refused:       # the reason in the bar itself: a refusal must not wait for a click to be seen
            first = refused[0]
            reason = label(first.last_error) or translate("MainWindow", "未说明原因")
            short = reason if len(reason) <= 24 else reason[:23] + "…"
            text += translate("MainWindow", " · {count} 项被拒绝：{reason}").format(count=len(refused), reason=short)
            tip = translate("MainWindow", "登记中心拒绝了「{what}」：{reason}\n"
                                          "点击查看并处理（改正后重试，或放弃该操作）。").format(
                what=label(first.summary), reason=reason)
        self.queued_button.setText(text)
        self.queued_button.setToolTip(tip)
        self.queued_button.setProperty("role", "status-bad" if refused else "")
        self.queued_button.style().polish(self.queued_button)

    def went_online(self) -> None:
        """Signed in after the window opened (a remembered login at start, or back from offline):
        the banner follows what the registry said, and the background sync starts now."""
        from zsdesk.gui import background_sync

        self.ui.trainingBanner.setVisible(self.ctx.training)
        self._attach_training_bar()
        if self.background_sync is None:
            self.background_sync = background_sync.attach(self)
        self.refresh_status()

    def _attach_training_bar(self) -> None:
        from zsdesk.gui.training import bar

        had = self.training_bar
        assert had is None or isinstance(had, bar.TrainingBar)
        self.training_bar = bar.attach(self.ctx, self.ui.centralLayout, self.ui.trainingBanner, registration=False,
                                       existing=had, margins=(8, 4, 8, 4))
        if self.training_bar is not None and had is None:
            # A review, a clock move or a restart changed the registry's data: a sync round, then the
            # open pages re-read (as F5 does).
            self.training_bar.registry_changed.connect(self.sync_now)
            self.training_bar.restarted.connect(self.refresh_status)

    def show_queued(self) -> None:
        from zsdesk.gui.queued_dialog import QueuedCommandsDialog

        dialog = QueuedCommandsDialog(self.ctx.status.queued, self)
        dialog.open()

    # actions ----------------------------------------------------------------------------
    def _wire_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSwitchAccount.triggered.connect(self.switch_account_requested.emit)
        ui.actionSettings.triggered.connect(self.settings_requested.emit)
        ui.actionSync.triggered.connect(self.sync_now)
        ui.actionQueued.triggered.connect(self.show_queued)
        ui.actionFind.triggered.connect(self.find_contract)
        ui.actionPrint.triggered.connect(self.print_current)
        ui.actionOpenLogDir.triggered.connect(
            lambda: open_external(self, QUrl.fromLocalFile(str(self.ctx.paths.log_dir))))
        ui.actionAbout.triggered.connect(self._about)
        ui.actionGuide.triggered.connect(self._guide)
        if self.account.kind is AccountKind.AGENCY:
            # An agency account can never sign a contract: the action is absent, not greyed.
            ui.menuContract.removeAction(ui.actionNewContract)
            ui.actionNewContract.setEnabled(False)
        else:
            ui.actionNewContract.triggered.connect(self.new_contract)

    def new_contract(self) -> None:
        """Ctrl+N: the 存量房买卖合同 page opens a fresh wizard."""
        page = self.show_page("new_contract")
        start = getattr(page, "new_contract", None)
        if callable(start):
            start()

    def find_contract(self) -> None:
        key = "agency_contracts" if self.account.kind is AccountKind.AGENCY else "my_contracts"
        page = self.show_page(key)
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def print_current(self) -> None:
        page = self._pages.get(self.current_key())
        printer = getattr(page, "print_current", None)
        if callable(printer):
            printer()
        else:
            self.statusBar().showMessage(
                translate("MainWindow", "当前页面没有可打印的内容；请在合同列表中选中一份合同后打印。"), 5000)

    def sync_now(self) -> None:
        import zsdesk.services.connection as connection

        if self.background_sync is not None:
            self.background_sync.sync_now()
            self.statusBar().showMessage(translate("MainWindow", "正在同步…"), 3000)
            return
        if self._sync_op is not None and not getattr(self._sync_op, "done", True):
            return
        self.statusBar().showMessage(translate("MainWindow", "正在同步…"))

        def done(_: object) -> None:
            self.statusBar().showMessage(translate("MainWindow", "同步完成"), 3000)
            self.refresh_status()
            for page in self._pages.values():
                refresh = getattr(page, "refresh", None)
                if callable(refresh):
                    refresh()

        def failed(exc: BaseException) -> None:
            self.refresh_status()
            from zsdesk.services.errors import user_facing

            info = user_facing(exc)
            if info is None:
                from zsdesk.gui.errors import report_failure

                report_failure(exc, self, "sync")
                return
            self.statusBar().showMessage(label(info.message), 8000)

        self._sync_op = run_operation(self, lambda p: connection.sync_now(self.ctx, p),
                                      on_success=done, on_failure=failed, name="sync")

    def _about(self) -> None:
        from zsdesk.gui.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.ctx, self)
        self.about_dialog.open()

    def _guide(self) -> None:
        from zsdesk.gui.guide_dialog import GuideDialog

        self.guide_dialog = GuideDialog(self)
        self.guide_dialog.show()

    # persistence ------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = gui_settings(self.ctx)
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([190, 1010])
        last = str(settings.value(f"main/last_page/{self.account.kind.value}", "") or "")
        keys = [i.key for i in self.nav_items]
        self.show_page(last if last in keys else keys[0])

    def save_state(self) -> None:
        settings = gui_settings(self.ctx)
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.ui.splitter.saveState())
        settings.setValue(f"main/last_page/{self.account.kind.value}", self.current_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quit_confirmed and self._ask_before_quit():
            event.ignore()
            return
        self.save_state()
        if self.background_sync is not None:
            from zsdesk.gui import background_sync

            background_sync.detach(self.ctx)
            self.background_sync = None
        super().closeEvent(event)

    def _ask_before_quit(self) -> bool:
        """Work still in the outbox: say once what happens to it; True while the question is open."""
        from zsdesk.services import sync_status

        try:
            waiting, refused = sync_status.outbox_counts(self.ctx)
        except Exception:     # a cache that cannot be read must not keep the window from closing
            log.exception("outbox count at quit")
            return False
        if not waiting and not refused:
            return False
        text = translate("MainWindow", "还有 {count} 项待发送到登记中心，已保存在本机。"
                                       "下次启动 zsdesk 并登录后会自动发送。").format(count=waiting) if waiting else ""
        if refused:
            text = sentences(text, translate("MainWindow", "另有 {count} 项被登记中心拒绝，不会自动发送："
                                                           "请在「待发送」中改正后重试或放弃。").format(count=refused))
        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "退出 zsdesk"),
                          text + "\n\n" + translate("MainWindow", "确定现在退出吗？"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("quitWithQueued")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("MainWindow", "退出"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._quit_answered(result == QMessageBox.StandardButton.Yes))
        self.quit_box = box
        box.open()
        return True

    def _quit_answered(self, leave: bool) -> None:
        self.quit_box = None
        if leave:
            self.quit_confirmed = True
            self.close()


def _default_page_factory(key: str, ctx: AppContext, window: MainWindow) -> QWidget:
    from zsdesk.gui.pages import create_page

    return create_page(key, ctx, window)
