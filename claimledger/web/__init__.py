"""The web UI and REST API: ``create_app(ledger)`` in ``app.py``; one data function per page in ``data.py``."""

from claimledger.web.app import create_app

__all__ = ["create_app"]
