"""The end of a certificate or 不动产单元号 found through an index: each number also stored
backwards (domain.property_numbers.number_tail_key), so "ends with 0000001" is a prefix search.
Existing contracts get theirs here.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from zsdesk.domain.property_numbers import number_tail_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TAILS = (("unit_no_tail", "unit_no", 28), ("title_cert_tail", "title_cert_no", 100),
          ("property_cert_tail", "property_cert_no", 100))


def upgrade() -> None:
    with op.batch_alter_table("contract", schema=None) as batch_op:
        for tail, _source, length in _TAILS:
            batch_op.add_column(sa.Column(tail, sa.String(length=length), nullable=False, server_default=""))
            batch_op.create_index(f"ix_contract_{tail}", [tail], unique=False)
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT local_id, unit_no, title_cert_no, property_cert_no FROM contract")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE contract SET unit_no_tail = :u, title_cert_tail = :t, property_cert_tail = :p"
                    " WHERE local_id = :id"),
            [{"id": r[0], "u": number_tail_key(r[1] or ""), "t": number_tail_key(r[2] or ""),
              "p": number_tail_key(r[3] or "")} for r in rows])


def downgrade() -> None:
    with op.batch_alter_table("contract", schema=None) as batch_op:
        for tail, _source, _length in _TAILS:
            batch_op.drop_index(f"ix_contract_{tail}")
            batch_op.drop_column(tail)
