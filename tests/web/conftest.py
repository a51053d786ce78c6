"""Fixtures of the web tests (``world``: a tiny linked ledger; ``client``: the app over it in local mode)."""

from tests.web.world import client, world  # noqa: F401
