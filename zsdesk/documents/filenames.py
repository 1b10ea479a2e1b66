"""Suggested file names for saved PDFs. They never carry ID numbers: file names end up in
directory listings, mail attachments and recent-file lists, where the document's own
protection does not reach."""

from __future__ import annotations

import re

from zsdesk.documents.power_of_attorney import PowerOfAttorney
from zsdesk.domain.contract import Contract

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
# Anything that could be an ID number (15/18-character resident IDs, long permit/passport numbers).
_NUMBERISH = re.compile(r"[0-9A-Za-z]{15,}")
_KINDS = {"contract": "存量房买卖合同", "cancellation": "注销网签备案申请"}


def _clean(text: str, secrets: list[str], keep: frozenset[str] = frozenset()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "")
    text = _UNSAFE.sub("_", text)
    text = _NUMBERISH.sub(lambda m: m.group(0) if m.group(0) in keep else "", text)
    text = re.sub(r"_+", "_", text).strip(" ._")
    return text[:150]


def suggested_filename(contract: Contract, kind: str = "contract") -> str:
    """e.g. 存量房买卖合同_ZS2024050100123_吉𠮷等→阿卜杜·热合曼等_已签约.pdf"""
    people = contract.sellers + contract.buyers + contract.guardians
    secrets = [p.id_number for p in people] + [o.id_number for o in contract.property.owners]
    secrets += [contract.applicant.id_number]

    def side(parties: list[str]) -> str:
        return parties[0] + ("等" if len(parties) > 1 else "") if parties else ""

    sellers = side([p.name for p in contract.sellers])
    buyers = side([p.name for p in contract.buyers])
    parts = [_KINDS[kind], contract.contract_no or "未编号", f"{sellers}→{buyers}", contract.status.label]
    # The registry's contract number is long and alphanumeric like an ID, but it is not one.
    keep = frozenset({contract.contract_no} - set(secrets))
    return _clean("_".join(p for p in parts if p), secrets, keep) + ".pdf"


def power_of_attorney_filename(poa: PowerOfAttorney) -> str:
    items = "、".join(n for n, on in (("开户", poa.open_agency_account), ("网签", poa.use_staff_account)) if on)
    secrets = [poa.legal_rep_id, poa.entrusted_id]
    return _clean(f"委托书_{poa.agency_name}_{poa.entrusted_name}_{items}", secrets) + ".pdf"
