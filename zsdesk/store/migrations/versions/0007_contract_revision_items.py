"""The 修订记录 kept offline: each revision's account and its items (encrypted — an item can hold a
party's phone) in place of the summary and plain payload no client code ever wrote. One row per
revision of a contract. Contracts cached before get their list with their next copy from the
registry (the feed, a command's answer) or when their detail is opened online.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nothing wrote these rows before (the detail read an always-empty table): none to carry over.
    op.execute("DELETE FROM contract_revision")
    with op.batch_alter_table("contract_revision", schema=None) as batch_op:
        batch_op.drop_column("summary")
        batch_op.drop_column("payload")
        batch_op.add_column(sa.Column("staff_account", sa.String(length=100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("items", sa.LargeBinary(), nullable=False))
        batch_op.create_unique_constraint(batch_op.f("uq_contract_revision_contract_id_revision"),
                                          ["contract_id", "revision"])


def downgrade() -> None:
    op.execute("DELETE FROM contract_revision")
    with op.batch_alter_table("contract_revision", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_contract_revision_contract_id_revision"), type_="unique")
        batch_op.drop_column("items")
        batch_op.drop_column("staff_account")
        batch_op.add_column(sa.Column("summary", sa.String(length=500), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("payload", sa.JSON(), nullable=False, server_default="{}"))
