"""``claimledger native``: the optional compiled build of the extraction modules."""

from __future__ import annotations

from typing import Annotated

import typer

from claimledger.cli.common import app, console, fail

native_app = typer.Typer(help="The optional compiled (mypyc) build of extraction.", no_args_is_help=True)
app.add_typer(native_app, name="native")


@native_app.command("build")
def native_build(
    force: Annotated[bool, typer.Option(help="Rebuild even when a build of the current sources exists.")] = False,
) -> None:
    """Compile the extraction modules with mypyc into the cache (a few minutes); used from then on
    while the sources stay as they were built."""
    from claimledger import native

    try:
        folder = native.build(force=force)
    except (RuntimeError, OSError) as exc:
        raise fail(f"native build failed: {exc}") from None
    console.print(f"compiled build of the current sources: {folder}", highlight=False)


@native_app.command("status")
def native_status() -> None:
    """Whether this process runs the compiled build, and where builds are kept."""
    import claimledger.extract  # noqa: F401  (the loader runs at its import)
    from claimledger import native

    used = native.loaded()
    console.print(f"builds kept in: {native.cache_dir()}", highlight=False)
    console.print(f"current key: {native.build_key() or '- (mypy not installed)'}", highlight=False)
    console.print(f"in use: {used if used else 'no (pure Python)'}", highlight=False)
