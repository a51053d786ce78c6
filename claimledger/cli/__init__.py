"""The ``claimledger`` command line: thin commands over ``Ledger`` methods.

Each module in this package registers its commands on ``app``; a ``LedgerError``
raised deep becomes a one-line error and exit code 1 here, at the edge.
"""

from __future__ import annotations

from claimledger.cli import batch as _batch  # noqa: F401
from claimledger.cli import characterizations as _characterizations  # noqa: F401
from claimledger.cli import database as _database  # noqa: F401
from claimledger.cli import documents as _documents  # noqa: F401  (registers commands)
from claimledger.cli import export as _export  # noqa: F401
from claimledger.cli import extract as _extract  # noqa: F401
from claimledger.cli import incidents as _incidents  # noqa: F401
from claimledger.cli import native as _native  # noqa: F401
from claimledger.cli import serve as _serve  # noqa: F401
from claimledger.cli.common import app

__all__ = ["app"]
