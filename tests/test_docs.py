"""Meta-tests: every command has help text and a README entry; error codes are unique."""

from __future__ import annotations

import re
from pathlib import Path

import click
import typer.main

from claimledger.cli import app
from claimledger.errors import Errors

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found += _commands(command, full + " ")
        else:
            found.append((full, command))
    return found


COMMANDS = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


def test_docs_every_command_has_help() -> None:
    missing = [name for name, command in COMMANDS if not (command.help or "").strip()]
    assert missing == []


def test_docs_every_command_is_in_readme() -> None:
    missing = [name for name, _ in COMMANDS if f"claimledger {name}" not in README]
    assert missing == []


def test_docs_error_codes_are_unique() -> None:
    codes = [value.split()[0] for key, value in vars(Errors).items() if re.fullmatch(r"E\d{3}", key)]
    assert len(codes) == len(set(codes))
    assert all(key == value.split()[0] for key, value in vars(Errors).items() if re.fullmatch(r"E\d{3}", key))
