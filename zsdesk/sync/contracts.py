"""Contracts in sync: local use cases that write the cache and the outbox in one transaction,
the outbox handlers that send them, and the change-feed applier that brings the registry's view.

Rules that keep the cache right:
- A contract the agent is still changing locally (open outbox commands) keeps its local terms
  when the feed or an answer brings an older server copy; only the registry's facts (id, number,
  status, version, dates) are taken. Once its commands are done, the registry's copy wins.
- A tombstone (the registry deleted an unsubmitted draft after 24 h) never deletes the local
  row: it is marked expired, and :func:`recreate_from_expired` files it again with one action.
- The registry's revision list (修订记录) comes with every copy of a contract — a command's answer,
  the feed — and is kept with it (only ever added to), so the detail shows it offline too.
- If the feed brought a contract before the lost answer of its create command did, the answer
  merges the feed's copy into the local row (no duplicate).
- The agent deleting a draft (or the local copy of an expired one, :func:`discard_draft`) removes
  every local row of it — contract, parties, revisions, change requests, materials, its outbox
  commands — and queues one delete carrying only the registry id. Until that is done, neither the
  feed nor a late answer brings the draft back.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import ContractStatus
from zsdesk.registry.client import RegistryClient
from zsdesk.registry.errors import ErrorCode
from zsdesk.registry.exceptions import RegistryError, VersionConflict
from zsdesk.registry.schemas.changes import ChangeItem, ChangeOp
from zsdesk.registry.schemas.contracts import (
    CancellationRequest,
    ChangeRequest,
    ConsentRequest,
    ContractCreate,
    ContractOut,
    ContractTerms,
    RevisionOut,
)
from zsdesk.store.contracts import (
    Revision,
    contract_from_row,
    contract_party_values,
    contract_values,
    keep_revisions,
    revision_values,
    save_contract,
)
from zsdesk.store.events import derived_values
from zsdesk.store.models import Contract as ContractRow
from zsdesk.store.models import ContractParty, ContractRevision, Material, OutboxCommand
from zsdesk.store.models.base import utcnow
from zsdesk.store.types import cipher_of
from zsdesk.sync import outbox
from zsdesk.sync.handlers import CommandHandler, CommandView, Send

ENTITY = "contract"
CREATE = "contract.create"
UPDATE = "contract.update"
CONSENT = "contract.consent"
SUBMIT = "contract.submit"
CHANGE = "contract.change"
CANCEL = "contract.cancel"
DELETE = "contract.delete"

_VERIFICATION = "verification_id"


class ContractStateError(ValueError):
    """The local contract is not in a state that allows this action."""


# -- local use cases (each runs inside the caller's transaction) ----------------------------------

def create_draft(session: Session, verification_id: str, contract: dc.Contract, *,
                 local_id: str | None = None) -> str:
    """A new draft from a successful verification: cached now, created at the registry by the outbox."""
    local_id = local_id or str(uuid.uuid4())
    contract.status = ContractStatus.DRAFT
    row = save_contract(session, contract, local_id, dirty=True)
    row.registry_id = None
    row.payload = {**row.payload, _VERIFICATION: verification_id}
    outbox.enqueue(session, ENTITY, local_id, CREATE, {
        _VERIFICATION: verification_id, "terms": ContractTerms.from_domain(contract).model_dump(mode="json")})
    return local_id


def update_draft(session: Session, local_id: str, contract: dc.Contract) -> None:
    """Save edited terms of a draft locally and queue them for the registry."""
    row = _row(session, local_id)
    if row.status != ContractStatus.DRAFT:
        raise ContractStateError(f"contract {local_id} is {row.status}, not a draft")
    _save_terms(session, row, contract)
    outbox.enqueue(session, ENTITY, local_id, UPDATE,
                   {"terms": ContractTerms.from_domain(contract).model_dump(mode="json")})


def record_consent(session: Session, local_id: str, request: ConsentRequest) -> None:
    _row(session, local_id)
    outbox.enqueue(session, ENTITY, local_id, CONSENT, request.model_dump(mode="json"))


def submit(session: Session, local_id: str) -> None:
    """Queue the filing. The Idempotency-Key stored with it makes a lost answer harmless."""
    row = _row(session, local_id)
    if row.status not in (ContractStatus.DRAFT,):
        raise ContractStateError(f"contract {local_id} is {row.status}; only a draft can be submitted")
    outbox.enqueue(session, ENTITY, local_id, SUBMIT, {})


def request_change(session: Session, local_id: str, request: ChangeRequest) -> None:
    _row(session, local_id)
    outbox.enqueue(session, ENTITY, local_id, CHANGE, request.model_dump(mode="json"))


def request_cancellation(session: Session, local_id: str, request: CancellationRequest) -> None:
    _row(session, local_id)
    outbox.enqueue(session, ENTITY, local_id, CANCEL, request.model_dump(mode="json"))


def recreate_from_expired(session: Session, local_id: str) -> OutboxCommand:
    """One action to file again a draft the registry deleted: the local copy (with every term the
    agent typed) becomes a fresh draft and a new create command is queued. Commands still queued
    for the old registry draft are discarded (the registry no longer has it)."""
    row = _row(session, local_id)
    if row.status != ContractStatus.EXPIRED:
        raise ContractStateError(f"contract {local_id} is {row.status}, not expired")
    verification_id = str(row.payload.get(_VERIFICATION, ""))
    contract = contract_from_row(row)
    outbox.discard_entity(session, ENTITY, local_id)
    contract.status = ContractStatus.DRAFT
    contract.contract_no = ""
    contract.filing_no = ""
    contract.version = 0
    contract.created_at = None
    contract.consents = []
    row = save_contract(session, contract, local_id, dirty=True)
    row.registry_id = None
    row.payload = {**row.payload, _VERIFICATION: verification_id}
    return outbox.enqueue(session, ENTITY, local_id, CREATE, {
        _VERIFICATION: verification_id, "terms": ContractTerms.from_domain(contract).model_dump(mode="json")})


def discard_draft(session: Session, local_id: str) -> OutboxCommand | None:
    """The agent deletes a draft, or the local copy of a draft the registry deleted: every local row
    of it goes. A draft the registry has gets one delete command (payload: its registry id only),
    returned; None when there is nothing to tell the registry."""
    row = _row(session, local_id)
    if row.status not in (ContractStatus.DRAFT, ContractStatus.EXPIRED):
        raise ContractStateError(f"contract {local_id} is {row.status}; only a draft can be deleted")
    registry_id = row.registry_id if row.status == ContractStatus.DRAFT else None
    owner_ids = [i for i in (row.local_id, row.registry_id) if i]
    session.execute(delete(Material).where(Material.owner_kind == ENTITY, Material.owner_id.in_(owner_ids))
                    .execution_options(synchronize_session=False))
    # Every command of it, done ones too: their payloads carried the parties.
    session.execute(delete(OutboxCommand).where(OutboxCommand.entity_type == ENTITY,
                                                OutboxCommand.entity_id == local_id)
                    .execution_options(synchronize_session=False))
    session.delete(row)   # parties, revisions and change requests go with it (cascade)
    session.flush()
    if registry_id is None:
        return None
    return outbox.enqueue(session, ENTITY, local_id, DELETE, {"registry_id": registry_id})


def _being_deleted(session: Session) -> set[str]:
    """Registry ids of drafts the agent deleted whose delete the registry has not confirmed."""
    return {str(c.payload.get("registry_id")) for c in outbox.open_commands(session, ENTITY)
            if c.kind == DELETE}


def expired_drafts(session: Session) -> list[ContractRow]:
    return list(session.scalars(select(ContractRow).where(ContractRow.status == ContractStatus.EXPIRED)))


# -- applying the registry's view -----------------------------------------------------------------

def _row(session: Session, local_id: str) -> ContractRow:
    row = session.get(ContractRow, local_id)
    if row is None:
        raise LookupError(f"no local contract {local_id}")
    return row


def _save_terms(session: Session, row: ContractRow, contract: dc.Contract) -> None:
    keep = {"registry_id": row.registry_id, _VERIFICATION: row.payload.get(_VERIFICATION)}
    saved = save_contract(session, contract, row.local_id, dirty=True)
    saved.registry_id = keep["registry_id"]
    saved.payload = {**saved.payload, _VERIFICATION: keep[_VERIFICATION]}


def revisions_from_wire(revisions: list[RevisionOut]) -> list[Revision]:
    return [Revision(r.revision, r.created_at, r.staff_account, tuple((i.item, i.before, i.after) for i in r.items))
            for r in revisions]


def revisions_of(out: ContractOut) -> list[Revision]:
    return revisions_from_wire(out.revisions)


def _take_facts(row: ContractRow, out: ContractOut) -> None:
    """Only what the registry decides, leaving the locally edited terms alone."""
    row.registry_id = out.id
    row.contract_no = out.contract_no
    row.filing_no = out.filing_no
    row.status = out.status.value
    row.version = out.version
    row.revision = out.revision
    row.created_at = out.created_at
    row.submitted_at = out.submitted_at
    row.expires_at = out.expires_at
    row.updated_at = utcnow()


def apply_contract(session: Session, out: ContractOut, *, local_id: str | None = None,
                   keep_local_terms: bool | None = None) -> ContractRow:
    """Write the registry's contract into the cache, keyed by its registry id (or ``local_id``
    for the answer to our own create). Idempotent."""
    by_registry = session.scalar(select(ContractRow).where(ContractRow.registry_id == out.id))
    if local_id is not None and by_registry is not None and by_registry.local_id != local_id:
        # The feed delivered this contract before our create's answer: fold that copy into ours.
        session.delete(by_registry)
        session.flush()
        by_registry = None
    target_id = local_id or (by_registry.local_id if by_registry is not None else str(uuid.uuid4()))
    row = session.get(ContractRow, target_id)
    if keep_local_terms is None:
        keep_local_terms = row is not None and outbox.has_open(session, ENTITY, target_id)
    if row is not None and keep_local_terms:
        _take_facts(row, out)
    else:
        verification = (row.payload.get(_VERIFICATION) if row is not None else None) or out.verification_id
        row = save_contract(session, out.to_domain(), target_id, dirty=False)
        row.registry_id = out.id
        row.expires_at = out.expires_at
        row.payload = {**row.payload, _VERIFICATION: verification}
    keep_revisions(session, target_id, revisions_of(out))
    return row


def mark_expired(session: Session, registry_id: str, at: datetime | None = None) -> ContractRow | None:
    row = session.scalar(select(ContractRow).where(ContractRow.registry_id == registry_id))
    if row is None:
        return None
    if row.status == ContractStatus.DRAFT:
        row.status = ContractStatus.EXPIRED.value
    row.updated_at = at or utcnow()
    return row


class ContractApplier:
    """Change-feed applier for ``contract`` items."""

    def __call__(self, session: Session, item: ChangeItem) -> None:
        if item.op == ChangeOp.DELETE:
            mark_expired(session, item.entity_id, item.changed_at)
            return
        if item.data is None or item.entity_id in _being_deleted(session):
            return
        apply_contract(session, ContractOut.model_validate(item.data))

    def apply_batch(self, session: Session, items: list[ChangeItem]) -> None:
        """A page at once, with the same result as item by item: only the last item per contract
        counts (each carries the full state). Contracts new to the cache — nearly all of them on
        the first sync of a big account — are written with bulk Core inserts; known ones go
        through the ORM as usual."""
        last: dict[str, ChangeItem] = {}
        for item in items:
            last.pop(item.entity_id, None)
            last[item.entity_id] = item
        for rid in _being_deleted(session) & set(last):
            del last[rid]
        upserts = {rid: ContractOut.model_validate(i.data) for rid, i in last.items()
                   if i.op == ChangeOp.UPSERT and i.data is not None}
        with session.no_autoflush:
            known: dict[str, str] = {
                rid: lid for rid, lid in session.execute(
                    select(ContractRow.registry_id, ContractRow.local_id)
                    .where(ContractRow.registry_id.in_(list(upserts)))).tuples() if rid is not None}
        fresh = [out for rid, out in upserts.items() if rid not in known]
        if fresh:
            _bulk_insert(session, fresh)
        if len(fresh) == len(upserts) and all(i.op == ChangeOp.UPSERT for i in last.values()):
            return
        with session.no_autoflush:
            rows = {r.local_id: r for r in session.scalars(
                select(ContractRow).where(ContractRow.local_id.in_(list(known.values())))
                .options(selectinload(ContractRow.parties)))}
            busy = set(session.scalars(select(OutboxCommand.entity_id).where(
                OutboxCommand.entity_type == ENTITY, OutboxCommand.entity_id.in_(list(known.values())),
                OutboxCommand.state.in_(outbox.OPEN_STATES))))
            for rid, item in last.items():
                if item.op == ChangeOp.DELETE:
                    mark_expired(session, rid, item.changed_at)
                    continue
                out = upserts.get(rid)
                if out is None or rid not in known:
                    continue
                lid = known[rid]
                row = rows[lid]
                keep_revisions(session, lid, revisions_of(out))
                if lid in busy:
                    _take_facts(row, out)
                    continue
                verification = row.payload.get(_VERIFICATION) or out.verification_id
                row = save_contract(session, out.to_domain(), lid, dirty=False)
                row.expires_at = out.expires_at
                row.payload = {**row.payload, _VERIFICATION: verification}
        session.flush()


def _bulk_insert(session: Session, outs: list[ContractOut]) -> None:
    cipher = cipher_of(session.get_bind().dialect)
    rows: list[dict[str, Any]] = []
    parties: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    for out in outs:
        lid = str(uuid.uuid4())
        contract = out.to_domain()
        values = contract_values(contract)
        values.update(local_id=lid, registry_id=out.id, expires_at=out.expires_at,
                      payload={**values["payload"], _VERIFICATION: out.verification_id})
        rows.append(values)
        for p in contract_party_values(contract):
            p["contract_id"] = lid
            p.update(derived_values(ContractParty, p, cipher))
            parties.append(p)
        revisions.extend(revision_values(lid, r) for r in revisions_of(out))
    session.execute(insert(ContractRow), rows)
    if parties:
        session.execute(insert(ContractParty), parties)
    if revisions:
        session.execute(insert(ContractRevision), revisions)


# -- outbox handlers ------------------------------------------------------------------------------

def _registry_id(session: Session, cmd: CommandView) -> tuple[str, int]:
    row = _row(session, cmd.entity_id)
    if not row.registry_id:
        # The create before this command is done (per-entity order), so this means the draft was
        # re-created or expired locally: let the registry's NOT_FOUND decide.
        return "", row.version
    return row.registry_id, row.version


class _ContractCommand(CommandHandler):
    def apply(self, session: Session, cmd: CommandView, result: Any) -> None:
        assert isinstance(result, ContractOut)
        if session.get(ContractRow, cmd.entity_id) is None and session.get(OutboxCommand, cmd.id) is None:
            # The agent deleted the draft while this command was on its way: do not bring it back,
            # and have the registry delete the draft this answer tells of.
            if result.status is ContractStatus.DRAFT and not outbox.has_open(session, ENTITY, cmd.entity_id):
                outbox.enqueue(session, ENTITY, cmd.entity_id, DELETE, {"registry_id": result.id})
            return
        later = [c for c in outbox.open_commands(session, ENTITY, cmd.entity_id) if c.id != cmd.id]
        row = apply_contract(session, result, local_id=cmd.entity_id, keep_local_terms=bool(later))
        row.local_dirty = bool(later)

    def refused(self, session: Session, cmd: CommandView, err: RegistryError) -> None:
        if err.code == ErrorCode.DRAFT_EXPIRED:
            row = session.get(ContractRow, cmd.entity_id)
            if row is not None and row.status == ContractStatus.DRAFT:
                row.status = ContractStatus.EXPIRED.value

    def prepare(self, session: Session, cmd: CommandView) -> Send:
        raise NotImplementedError


class CreateHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        body = ContractCreate(verification_id=str(cmd.payload[_VERIFICATION]),
                              terms=ContractTerms.model_validate(cmd.payload["terms"]))
        key = cmd.idempotency_key
        return lambda client: client.create_contract(body, idempotency_key=key)


class UpdateHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid, version = _registry_id(session, cmd)
        terms = ContractTerms.model_validate(cmd.payload["terms"])
        key = cmd.idempotency_key

        def send(client: RegistryClient) -> ContractOut:
            try:
                return client.update_contract(rid, terms, version, idempotency_key=key)
            except VersionConflict:
                # PUT replaces the terms as a whole and the registry does not replay it by key: when
                # an earlier attempt took effect but its answer was lost, the retry is "stale". If the
                # registry already holds exactly these terms, the command is done.
                current = client.get_contract(rid)
                if current.terms == terms:
                    return current
                raise

        return send


class ConsentHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid, _ = _registry_id(session, cmd)
        body = ConsentRequest.model_validate(cmd.payload)
        key = cmd.idempotency_key
        return lambda client: client.record_consent(rid, body, idempotency_key=key)


class SubmitHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid, version = _registry_id(session, cmd)
        key = cmd.idempotency_key
        return lambda client: client.submit_contract(rid, version, idempotency_key=key)


class ChangeHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid, _ = _registry_id(session, cmd)
        body = ChangeRequest.model_validate(cmd.payload)
        key = cmd.idempotency_key
        return lambda client: client.request_change(rid, body, idempotency_key=key)


class CancelHandler(_ContractCommand):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid, _ = _registry_id(session, cmd)
        body = CancellationRequest.model_validate(cmd.payload)
        key = cmd.idempotency_key
        return lambda client: client.request_cancellation(rid, body, idempotency_key=key)


class DeleteHandler(CommandHandler):
    """The registry deletes the draft; the local rows are already gone (discard_draft)."""

    def prepare(self, session: Session, cmd: CommandView) -> Send:
        rid = str(cmd.payload["registry_id"])
        return lambda client: client.delete_contract(rid)

    def apply(self, session: Session, cmd: CommandView, result: Any) -> None:
        return None

    def refused(self, session: Session, cmd: CommandView, err: RegistryError) -> None:
        if err.code in (ErrorCode.DRAFT_EXPIRED, ErrorCode.NOT_FOUND):
            row = session.get(OutboxCommand, cmd.id)   # gone already (expired, or an earlier try): done
            if row is not None:
                outbox.mark_done(row)


def handlers() -> dict[str, CommandHandler]:
    return {CREATE: CreateHandler(), UPDATE: UpdateHandler(), CONSENT: ConsentHandler(),
            SUBMIT: SubmitHandler(), CHANGE: ChangeHandler(), CANCEL: CancelHandler(), DELETE: DeleteHandler()}


def appliers() -> dict[str, ContractApplier]:
    return {ENTITY: ContractApplier()}

