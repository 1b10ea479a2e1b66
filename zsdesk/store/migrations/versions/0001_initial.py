"""Initial cache schema: accounts, agency record, staff, properties, contracts, outbox, sync cursors.

Revision ID: 0001
Revises: None
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("account_name", sa.String(length=100), nullable=False),
        sa.Column("uid_account", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("agency_name", sa.String(length=200), nullable=False),
        sa.Column("registry_url", sa.String(length=500), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("account_name", name=op.f("uq_account_account_name")),
    )
    op.create_table(
        "agency_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("uscc", sa.String(length=18), nullable=False),
        sa.Column("legal_representative", sa.String(length=100), nullable=False),
        sa.Column("legal_rep_id_number", sa.LargeBinary(), nullable=True),
        sa.Column("legal_rep_id_masked", sa.String(length=32), nullable=False),
        sa.Column("contact_phone", sa.LargeBinary(), nullable=True),
        sa.Column("contact_phone_masked", sa.String(length=32), nullable=False),
        sa.Column("bank_account", sa.LargeBinary(), nullable=True),
        sa.Column("bank_account_masked", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("business_term_until", sa.Date(), nullable=True),
        sa.Column("qualification_no", sa.String(length=100), nullable=False),
        sa.Column("qualification_until", sa.Date(), nullable=True),
        sa.Column("review_status", sa.String(length=16), nullable=False),
        sa.Column("reject_reason", sa.String(length=1000), nullable=False),
        sa.Column("submit_comment", sa.String(length=1000), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_record")),
        sa.UniqueConstraint("registry_id", name=op.f("uq_agency_record_registry_id")),
    )
    op.create_table(
        "cache_meta",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_cache_meta")),
    )
    op.create_table(
        "contract",
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=True),
        sa.Column("contract_no", sa.String(length=64), nullable=False),
        sa.Column("filing_no", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("staff_account", sa.String(length=100), nullable=False),
        sa.Column("agency_name", sa.String(length=200), nullable=False),
        sa.Column("unit_no", sa.String(length=28), nullable=False),
        sa.Column("property_cert_no", sa.String(length=100), nullable=False),
        sa.Column("title_cert_no", sa.String(length=100), nullable=False),
        sa.Column("property_cert_key", sa.String(length=100), nullable=False),
        sa.Column("title_cert_key", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("seller_name", sa.String(length=200), nullable=False),
        sa.Column("seller_id_masked", sa.String(length=32), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_id_masked", sa.String(length=32), nullable=False),
        sa.Column("buyer_ownership", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("private_payload", sa.LargeBinary(), nullable=True),
        sa.Column("local_dirty", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("local_id", name=op.f("pk_contract")),
        sa.UniqueConstraint("registry_id", name=op.f("uq_contract_registry_id")),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index("ix_contract_contract_no", ["contract_no"], unique=False)
        batch_op.create_index("ix_contract_created", ["created_at", "local_id"], unique=False)
        batch_op.create_index("ix_contract_property_cert_key", ["property_cert_key"], unique=False)
        batch_op.create_index("ix_contract_staff_created", ["staff_account", "created_at", "local_id"], unique=False)
        batch_op.create_index("ix_contract_status_created", ["status", "created_at", "local_id"], unique=False)
        batch_op.create_index("ix_contract_title_cert_key", ["title_cert_key"], unique=False)
        batch_op.create_index("ix_contract_unit_no", ["unit_no"], unique=False)

    op.create_table(
        "material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_path", sa.String(length=1000), nullable=True),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material")),
    )
    with op.batch_alter_table("material", schema=None) as batch_op:
        batch_op.create_index("ix_material_owner", ["owner_kind", "owner_id"], unique=False)

    op.create_table(
        "outbox_command",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error_code", sa.String(length=64), nullable=False),
        sa.Column("last_error_detail", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_command")),
        sa.UniqueConstraint(
            "entity_type", "entity_id", "seq", name=op.f("uq_outbox_command_entity_type_entity_id_seq")
        ),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_command_idempotency_key")),
    )
    with op.batch_alter_table("outbox_command", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_command_state_next", ["state", "next_attempt_at"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id_type", sa.String(length=32), nullable=False),
        sa.Column("id_number", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_bidx", sa.String(length=32), nullable=True),
        sa.Column("id_masked", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.LargeBinary(), nullable=True),
        sa.Column("phone_masked", sa.String(length=32), nullable=False),
        sa.Column("review_status", sa.String(length=16), nullable=False),
        sa.Column("reject_reason", sa.String(length=1000), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("login_account", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("registry_id", name=op.f("uq_staff_registry_id")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index("ix_staff_id_number_bidx", ["id_number_bidx"], unique=False)
        batch_op.create_index("ix_staff_name", ["name"], unique=False)

    op.create_table(
        "sync_cursor",
        sa.Column("scope", sa.String(length=100), nullable=False),
        sa.Column("cursor", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "verified_property",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_no", sa.String(length=28), nullable=False),
        sa.Column("property_cert_no", sa.String(length=100), nullable=False),
        sa.Column("title_cert_no", sa.String(length=100), nullable=False),
        sa.Column("property_cert_key", sa.String(length=100), nullable=False),
        sa.Column("title_cert_key", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("owners", sa.LargeBinary(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verified_property")),
        sa.UniqueConstraint("unit_no", name=op.f("uq_verified_property_unit_no")),
    )
    with op.batch_alter_table("verified_property", schema=None) as batch_op:
        batch_op.create_index("ix_verified_property_property_cert_key", ["property_cert_key"], unique=False)
        batch_op.create_index("ix_verified_property_title_cert_key", ["title_cert_key"], unique=False)

    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("registry_id", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.local_id"],
            name=op.f("fk_change_request_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint("registry_id", name=op.f("uq_change_request_registry_id")),
    )
    with op.batch_alter_table("change_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_request_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "contract_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("slot", sa.String(length=16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id_type", sa.String(length=32), nullable=False),
        sa.Column("id_number", sa.LargeBinary(), nullable=True),
        sa.Column("id_number_bidx", sa.String(length=32), nullable=True),
        sa.Column("id_masked", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.LargeBinary(), nullable=True),
        sa.Column("phone_masked", sa.String(length=32), nullable=False),
        sa.Column("nationality", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=6), nullable=False),
        sa.Column("share", sa.String(length=32), nullable=True),
        sa.Column("guardian_of", sa.Integer(), nullable=True),
        sa.Column("represents", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.local_id"],
            name=op.f("fk_contract_party_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_party")),
    )
    with op.batch_alter_table("contract_party", schema=None) as batch_op:
        batch_op.create_index("ix_contract_party_contract", ["contract_id", "slot", "ordinal"], unique=False)
        batch_op.create_index("ix_contract_party_id_number_bidx", ["id_number_bidx"], unique=False)
        batch_op.create_index("ix_contract_party_name", ["name"], unique=False)

    op.create_table(
        "contract_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.local_id"],
            name=op.f("fk_contract_revision_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_revision")),
    )
    with op.batch_alter_table("contract_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_revision_contract_id"), ["contract_id"], unique=False)


def downgrade() -> None:
    op.drop_table("contract_revision")
    op.drop_table("contract_party")
    op.drop_table("change_request")
    op.drop_table("verified_property")
    op.drop_table("sync_cursor")
    op.drop_table("staff")
    op.drop_table("outbox_command")
    op.drop_table("material")
    op.drop_table("contract")
    op.drop_table("cache_meta")
    op.drop_table("agency_record")
    op.drop_table("account")
