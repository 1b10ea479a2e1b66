"""Printed documents (reportlab, no Qt): the contract copy, the 委托书, the cancellation application.

Every render is pure and thread-safe: the GUI calls these from worker threads, many at a time.
"""

from zsdesk.documents.cancellation import ChecklistItem, checklist, render_cancellation_application
from zsdesk.documents.contract_copy import render_contract
from zsdesk.documents.filenames import power_of_attorney_filename, suggested_filename
from zsdesk.documents.fonts import FontChain, default_chain, system_font_candidates
from zsdesk.documents.layout import RenderResult
from zsdesk.documents.power_of_attorney import PowerOfAttorney, render_power_of_attorney

__all__ = [
    "ChecklistItem",
    "FontChain",
    "PowerOfAttorney",
    "RenderResult",
    "checklist",
    "default_chain",
    "power_of_attorney_filename",
    "render_cancellation_application",
    "render_contract",
    "render_power_of_attorney",
    "suggested_filename",
    "system_font_candidates",
]
