"""Contracts saved in a real cache for the printing tests (services and GUI), and PDF checks."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

from documents.docsupport import BUYER_IDS, GUARDIAN_ID, SELLER_IDS, make_contract
from PIL import Image, ImageStat
from pypdf import PdfReader

from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import AccountKind, ContractStatus
from zsdesk.paths import app_paths
from zsdesk.services.app_context import Account, AppContext, cache_of
from zsdesk.services.app_settings import AppSettings
from zsdesk.store.contracts import save_contract
from zsdesk.store.models.account import Staff

ALL_IDS = (*SELLER_IDS, *BUYER_IDS, GUARDIAN_ID)
AGENT_ACCOUNT = "zs_agent01"     # make_contract's staff account
AGENT_NAME = "黄小明"


def contract_no(i: int) -> str:
    return f"ZS20240501{i:05d}"


def variant(i: int) -> Contract:
    status = (ContractStatus.SIGNED, ContractStatus.DRAFT, ContractStatus.CANCELLED)[i % 3]
    contract = make_contract(status)
    return replace(contract, contract_no=contract_no(i),
                   filing_no=f"BA2024-{i:06d}" if status is not ContractStatus.DRAFT else "")


def new_context(*, staff_row: bool = True) -> AppContext:
    ctx = AppContext(app_paths().ensure(), AppSettings())
    ctx.account = Account("uid01", AGENT_ACCOUNT, AccountKind.STAFF, "登录人", "中山市好家园房地产代理有限公司")
    if staff_row:
        with cache_of(ctx).sessions() as session:
            session.add(Staff(name=AGENT_NAME, login_account=AGENT_ACCOUNT, review_status="approved"))
            session.commit()
    return ctx


def store_contracts(ctx: AppContext, count: int) -> list[str]:
    ids = [f"local-{i:03d}" for i in range(count)]
    with cache_of(ctx).sessions() as session:
        for i, local_id in enumerate(ids):
            save_contract(session, variant(i), local_id)
        session.commit()
    return ids


def close(ctx: AppContext) -> None:
    cache = getattr(ctx, "cache", None)
    if cache is not None:
        cache.close()


def pdf_text(pdf: bytes | Path) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def pdf_pages(pdf: bytes | Path) -> int:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return len(PdfReader(io.BytesIO(data)).pages)


def looks_printed(image: Image.Image) -> bool:
    """White paper with some ink: not blank, and not black (a transparent page flattened wrongly)."""
    dark = sum(image.histogram()[:128]) / (image.width * image.height)
    return ImageStat.Stat(image).mean[0] > 200 and 0.002 < dark < 0.3
