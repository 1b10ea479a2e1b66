"""Pages of the main window, created on first visit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from zsdesk.services.app_context import AppContext

if TYPE_CHECKING:
    from zsdesk.gui.main_window import MainWindow


def create_page(key: str, ctx: AppContext, window: MainWindow) -> QWidget:
    if key == "workbench":
        from zsdesk.gui.pages.workbench import WorkbenchPage

        return WorkbenchPage(ctx, window)
    if key == "enterprise":
        from zsdesk.gui.pages.enterprise_page import EnterprisePage

        return EnterprisePage(ctx, window)
    if key == "staff":
        from zsdesk.gui.pages.staff_page import StaffPage

        return StaffPage(ctx, window)
    if key == "approved_staff":
        from zsdesk.gui.pages.approved_staff_page import ApprovedStaffPage

        return ApprovedStaffPage(ctx, window)
    from zsdesk.gui.pages.contracts_page import ContractsPage

    return ContractsPage(key, ctx, window)
