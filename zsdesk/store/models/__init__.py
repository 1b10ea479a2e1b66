"""ORM models of the local cache, one module per area."""

from zsdesk.store.models.account import Account, AgencyRecord, Staff
from zsdesk.store.models.audit import AuditLog
from zsdesk.store.models.base import Base
from zsdesk.store.models.contract import ChangeRequest, Contract, ContractParty, ContractRevision
from zsdesk.store.models.material import Material
from zsdesk.store.models.meta import CacheMeta
from zsdesk.store.models.property import VerifiedProperty
from zsdesk.store.models.sync import OutboxCommand, SyncCursor

__all__ = [
    "Account",
    "AgencyRecord",
    "AuditLog",
    "Base",
    "CacheMeta",
    "ChangeRequest",
    "Contract",
    "ContractParty",
    "ContractRevision",
    "Material",
    "OutboxCommand",
    "Staff",
    "SyncCursor",
    "VerifiedProperty",
]
