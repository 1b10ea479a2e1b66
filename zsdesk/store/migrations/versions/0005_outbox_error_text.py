"""A refused command's message recipe (the registry's detail_text as JSON), so the refusal reason
is shown in the UI language later, from the cache.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_command", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_error_text", sa.String(length=4000), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("outbox_command", schema=None) as batch_op:
        batch_op.drop_column("last_error_text")
