"""``claimledger db``: schema migrations."""

from __future__ import annotations

import typer

from claimledger.cli.common import DbOption, app, console, open_ledger
from claimledger.store import db as store_db

db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(db: DbOption = None) -> None:
    """Migrate the database schema to the newest version (every command also does this)."""
    with open_ledger(db) as ledger:
        console.print(f"schema at revision {store_db.current_revision(ledger.engine)} ({ledger.dialect})")
