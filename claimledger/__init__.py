"""claimledger: a neutral, sourced ledger of claims about armed-conflict incidents."""


def open(url: str | None = None):  # type: ignore[no-untyped-def]  # noqa: A001
    """Open a ledger for notebooks; its ``.claims()``, ``.incidents()`` and ``.figures()``
    return pandas DataFrames (see ``claimledger.api``).

    url (str): a SQLite file path or a database URL, as for ``--db``.
    RETURNS (claimledger.api.LedgerFrames)."""
    from claimledger.api import open_frames

    return open_frames(url)
