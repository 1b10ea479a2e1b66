"""The interfaces between the generic sync machinery and each kind of entity.

A :class:`CommandHandler` knows how to send one kind of outbox command and how to record the
registry's answer in the cache; a :class:`ChangeApplier` knows how to apply one entity's
change-feed items. Both get the SQLAlchemy session of the transaction they run in and must not
commit it: the engine commits the cache change together with the command's state or the cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from zsdesk.registry.exceptions import RegistryError
from zsdesk.registry.schemas.changes import ChangeItem

if TYPE_CHECKING:
    from zsdesk.registry.client import RegistryClient
    from zsdesk.store.models import OutboxCommand


@dataclass(frozen=True, slots=True)
class CommandView:
    """A detached snapshot of an outbox command (safe to use outside its session)."""

    id: int
    entity_type: str
    entity_id: str
    seq: int
    kind: str
    payload: Mapping[str, Any]
    idempotency_key: str
    attempts: int

    @classmethod
    def of(cls, cmd: OutboxCommand) -> CommandView:
        return cls(cmd.id, cmd.entity_type, cmd.entity_id, cmd.seq, cmd.kind, dict(cmd.payload),
                   cmd.idempotency_key, cmd.attempts)


Send = Callable[["RegistryClient"], Any]


class CommandHandler(Protocol):
    def prepare(self, session: Session, cmd: CommandView) -> Send:
        """Read what the call needs from the cache (e.g. the registry id of an entity created by an
        earlier command) and return the call; it runs after this read transaction has ended."""
        ...

    def apply(self, session: Session, cmd: CommandView, result: Any) -> None:
        """Record the registry's answer in the cache (same transaction as marking the command done)."""
        ...

    def refused(self, session: Session, cmd: CommandView, err: RegistryError) -> None:
        """The registry refused the command for good (e.g. mark a draft expired)."""
        ...


class ChangeApplier(Protocol):
    def __call__(self, session: Session, item: ChangeItem) -> None: ...


class BatchChangeApplier(Protocol):
    """Optional fast path: apply all items of one entity type from a page at once."""

    def apply_batch(self, session: Session, items: list[ChangeItem]) -> None: ...
