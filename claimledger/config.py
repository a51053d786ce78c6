"""Where the ledger lives: ``--db URL``, else ``CLAIMLEDGER_DB``, else ./claimledger.db."""

from __future__ import annotations

import os
from pathlib import Path

from claimledger.errors import BadInput, Errors

DEFAULT_DB_URL = "sqlite:///./claimledger.db"
ENV_DB = "CLAIMLEDGER_DB"


def resolve_db_url(given: str | None = None) -> str:
    """Return a SQLAlchemy URL from an option, the environment or the default.

    A bare file path (no ``://``) is taken as a SQLite file. ``postgresql://`` and
    ``postgres://`` URLs are routed to the psycopg (v3) driver.
    """
    raw = given or os.environ.get(ENV_DB) or DEFAULT_DB_URL
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser())
    scheme, rest = raw.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return "postgresql+psycopg://" + rest
    if scheme.startswith("sqlite") or scheme.startswith("postgresql+"):
        return raw
    raise BadInput(Errors.E203.format(url=raw))
