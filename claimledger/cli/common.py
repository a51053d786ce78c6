"""The Typer app, shared options and error translation for every command."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claimledger.errors import LedgerError
from claimledger.ledger import Ledger

app = typer.Typer(
    name="claimledger",
    help="A neutral, sourced ledger of claims about armed-conflict incidents.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CLAIMLEDGER_DB",
        help="Database URL (sqlite:///file.db, postgresql+psycopg://...) or a SQLite file path. "
        "Default: sqlite:///./claimledger.db",
        show_default=False,
    ),
]


# The options of every command that reads files (sqlite-utils' shared option decorators).
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders (recursive).")]
ManifestOption = Annotated[Path | None, typer.Option(help="Manifest CSV/JSONL with document metadata.")]
MaxBytesOption = Annotated[int, typer.Option(help="Largest file accepted, in bytes.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    err_console.print(f"error: {message}", markup=False, highlight=False)
    return typer.Exit(code)


@contextlib.contextmanager
def open_ledger(db: str | None) -> Iterator[Ledger]:
    """Open the ledger, translating library errors into a one-line message and exit 1."""
    ledger: Ledger | None = None
    try:
        ledger = Ledger.open(db)
        yield ledger
    except LedgerError as exc:
        raise fail(str(exc)) from None
    finally:
        if ledger is not None:
            ledger.close()
