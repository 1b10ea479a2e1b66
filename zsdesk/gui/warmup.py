"""Import what the main window needs while the login request is on the wire.

Importing the main window's modules (pages, background sync, the cache's ORM models) costs
~100 ms; done on the GUI thread when the window opens it freezes the screen. Called from the
login operation's worker thread, so the GUI thread finds them already in sys.modules."""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

AFTER_LOGIN = (
    "zsdesk.gui.main_window",
    "zsdesk.gui.background_sync",
    "zsdesk.gui.pages.workbench",
    "zsdesk.gui.pages.enterprise_page",
    "zsdesk.gui.pages.staff_page",
    "zsdesk.gui.pages.approved_staff_page",
    "zsdesk.gui.pages.contracts_page",
    "zsdesk.registry.rules.enterprise",
)


def import_for_main_window() -> None:
    for name in AFTER_LOGIN:
        try:
            importlib.import_module(name)
        except ImportError:  # a page not shipped in this build: the window imports what it has
            log.debug("warm-up: %s not importable", name)
