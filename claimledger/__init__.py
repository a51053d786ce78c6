"""claimledger: a neutral, sourced ledger of claims about armed-conflict incidents."""


from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.api import LedgerFrames


def open(url: str | None = None) -> "LedgerFrames":
    """Open a ledger for notebooks; its ``.claims()``, ``.incidents()`` and ``.figures()``
    return pandas DataFrames (see ``claimledger.api``).

    url (str): a SQLite file path or a database URL, as for ``--db``.
    RETURNS (claimledger.api.LedgerFrames)."""
    from claimledger.api import open_frames

    return open_frames(url)
