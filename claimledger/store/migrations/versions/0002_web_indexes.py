"""Indexes for the web UI's review queue and source counts (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The review queue lists machine claims least confident first: without this index the
    # database sorts every machine claim on each page view.
    op.create_index("ix_claims_status_confidence", "claims", ["status", "confidence", "id"])
    # Search looks for words in claims' place and attributed body: scanning this narrow index
    # is ten times cheaper than scanning the claims table (which holds each claim's JSON).
    op.create_index("ix_claims_names", "claims", ["place_name", "attributed_name", "type", "id"])


def downgrade() -> None:
    op.drop_index("ix_claims_names", table_name="claims")
    op.drop_index("ix_claims_status_confidence", table_name="claims")
