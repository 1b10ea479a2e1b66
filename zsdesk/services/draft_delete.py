"""删除草稿: the agent deletes a draft, or the local copy of a draft the registry already deleted.

The confirmation says what goes: the registry's draft with its materials (when it has one) and
this computer's copy with the parties' names, ID numbers and phones — after which
从本机副本重新创建 is no longer possible. The deletion itself (`delete_draft`) removes every
local row of the draft in one transaction and queues the registry's delete
(`zsdesk.sync.contracts.discard_draft`); SQLite's write-ahead log is then checkpointed, so the
deleted rows (zeroed by secure_delete) leave no copy in the -wal file either.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg
from zsdesk.services.app_context import AppContext
from zsdesk.services.app_context import cache_of as _cache
from zsdesk.services.errors import ServiceError
from zsdesk.store.models import Contract as ContractRow
from zsdesk.sync import contracts as sc

log = logging.getLogger(__name__)

_AT_REGISTRY = msg(QT_TRANSLATE_NOOP("messages", "确定删除这份合同草稿吗？登记中心的草稿及已上传的材料将被删除，"
                                                 "本机保存的副本（含双方当事人的姓名、证件号码和电话）也将一并删除，"
                                                 "删除后无法恢复，也不能再从本机副本重新创建。"))
_LOCAL_ONLY = msg(QT_TRANSLATE_NOOP("messages", "确定删除这份合同草稿吗？本机保存的草稿（含双方当事人的姓名、"
                                                "证件号码和电话）将被删除，删除后无法恢复。"))
_EXPIRED = msg(QT_TRANSLATE_NOOP("messages", "登记中心已删除这份超过 24 小时未提交的草稿。确定删除本机副本吗？"
                                             "副本中双方当事人的姓名、证件号码和电话将从本机删除，"
                                             "删除后不能再从本机副本重新创建。"))


@dataclass(frozen=True, slots=True)
class DeleteQuestion:
    text: str             # the confirmation, in Chinese (a msg() recipe)
    tells_registry: bool  # a delete will go to the registry


def delete_question(sessions: sessionmaker[Session], local_id: str) -> DeleteQuestion:
    with sessions() as s:
        row = s.get(ContractRow, local_id)
        if row is None:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同，可能已被删除。")), code="NOT_FOUND")
        if row.status == ContractStatus.EXPIRED:
            return DeleteQuestion(_EXPIRED, False)
        if row.status != ContractStatus.DRAFT:
            raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有未提交的合同草稿可以删除；已备案的合同"
                                                                 "须办理注销网签备案。")), field="status",
                               code="INVALID_STATE")
        return DeleteQuestion(_AT_REGISTRY, True) if row.registry_id else DeleteQuestion(_LOCAL_ONLY, False)


def delete_draft(sessions: sessionmaker[Session], local_id: str) -> bool:
    """Delete the draft here (and queue its deletion at the registry). True when the registry will
    be told; the caller wakes the background sync then."""
    try:
        with sessions.begin() as s:
            cmd = sc.discard_draft(s, local_id)
    except sc.ContractStateError as exc:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "只有未提交的合同草稿可以删除；已备案的合同"
                                                             "须办理注销网签备案。")), field="status",
                           code="INVALID_STATE") from exc
    except LookupError as exc:
        raise ServiceError(msg(QT_TRANSLATE_NOOP("messages", "本机没有这份合同，可能已被删除。")),
                           code="NOT_FOUND") from exc
    checkpoint(sessions)
    log.info("draft %s deleted locally (registry told: %s)", local_id, cmd is not None)
    return cmd is not None


def checkpoint(sessions: sessionmaker[Session]) -> None:
    """Fold the write-ahead log into the database and empty it (best effort: a reader that holds
    an old snapshot keeps the log until the next checkpoint)."""
    with contextlib.suppress(OperationalError), sessions() as s:
        s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def delete_draft_for(ctx: AppContext, local_id: str) -> bool:
    return delete_draft(_cache(ctx).sessions, local_id)


__all__ = ["DeleteQuestion", "checkpoint", "delete_draft", "delete_draft_for", "delete_question"]
