"""The wizard applies the registry's own rule for unfileable text and dates (`zsdesk.domain`) before
it queues a draft: such terms stay in the local copy with the field to fix, instead of a command the
registry can only refuse. Real sandbox over loopback, real encrypted cache."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.wizard_world import Desk, fill_terms, form_for, free_property
from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.services.wizard_pages import PageId
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import outbox


def _registry_terms(desk: Desk, local_id: str) -> dict[str, object]:
    with desk.cache.sessions() as s:
        row = s.get(ContractRow, local_id)
        assert row is not None and row.registry_id
        registry_id = row.registry_id
    with desk.registry.db.session() as s:
        rec = s.scalars(select(ContractRecord).where(ContractRecord.id == registry_id)).one()
        terms: dict[str, object] = rec.terms_doc
        return terms


def test_unfileable_terms_stay_local_until_fixed(desk: Desk) -> None:
    wiz = desk.wizard()
    assert wiz.verify_property(form_for(free_property())).ok
    desk.sync()
    assert wiz.contract is not None and wiz.local_id is not None
    fill_terms(wiz)
    wiz.flush()
    desk.sync()
    with desk.cache.sessions() as s:
        assert outbox.open_commands(s) == []
    wiz.contract.buyers[0].name = "王\x00晓\x1b东"
    wiz.contract.handover.date = date(9999, 12, 31)
    wiz.flush()
    with desk.cache.sessions() as s:
        assert outbox.open_commands(s) == []              # nothing queued that the registry must refuse
    found = {(i.field, i.code) for i in wiz.issues() if i.is_error}
    assert {("buyers.0.name", "TEXT_CONTROL_CHAR"), ("handover.date", "DATE_TOO_LATE")} <= found
    assert {i.field for i in wiz.page_issues(PageId.BUYERS)} >= {"buyers.0.name"}

    wiz.contract.buyers[0].name = "王晓东"
    wiz.contract.handover.date = date(2027, 3, 31)
    wiz.flush()
    desk.sync()
    with desk.cache.sessions() as s:
        assert outbox.open_commands(s) == [] and outbox.list_failed(s) == []
    terms = _registry_terms(desk, wiz.local_id)
    buyers = terms["buyers"]
    assert isinstance(buyers, list) and buyers[0]["name"] == "王晓东"
