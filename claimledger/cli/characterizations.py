"""``called`` and ``recognitions``: who calls an incident what, and formal acts by date (issue 7)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from claimledger.characterizations import called_by, recognitions
from claimledger.cli.common import DbOption, app, console, open_ledger


@app.command("called")
def called_command(
    incident_id: Annotated[str, typer.Argument(help="The incident id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """What an incident is called, by whom: labels, wording, stance, body, publisher, affiliation, date."""
    with open_ledger(db) as ledger:
        table = called_by(ledger, incident_id)
    if as_json:
        console.print_json(json.dumps(table.model_dump(mode="json")))
        return
    console.print(table.table())
    console.print(table.summary_table())


@app.command("recognitions")
def recognitions_command(
    incident: Annotated[str | None, typer.Option("--incident", help="Only acts linked to this incident.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the timeline as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Formal acts (resolutions, rulings, declarations, condemnations) by date and body."""
    with open_ledger(db) as ledger:
        timeline = recognitions(ledger, incident)
    if as_json:
        console.print_json(json.dumps(timeline.model_dump(mode="json")))
        return
    console.print(timeline.table())
