"""One global conftest: a tiny ledger per test, on SQLite and (when a URL is given) PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# the tests run the pure Python sources, never a compiled build of them (tests/test_native.py
# starts its own processes to check the compiled build); set before claimledger.extract loads
os.environ["CLAIMLEDGER_NATIVE"] = "0"

from claimledger.ledger import Ledger
from claimledger.models import SourceText

PG_ENV = "CLAIMLEDGER_TEST_PG_URL"
SHARED_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"
REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def _pg_database(base_url: str) -> Iterator[str]:
    """A fresh database per test on the throwaway cluster; dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = "t_" + uuid.uuid4().hex[:12]
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for each supported store."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (scripts/pg.sh start prints one; .ci/run sets it)")
    yield from _pg_database(base)


@pytest.fixture
def any_ledger(db_url: str) -> Iterator[Ledger]:
    ledger = Ledger.open(db_url)
    yield ledger
    ledger.close()


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A SQLite ledger in the test's temporary folder."""
    ledger = Ledger.open(f"sqlite:///{tmp_path / 'ledger.db'}")
    yield ledger
    ledger.close()


@pytest.fixture
def shared_dev() -> Path:
    if not (SHARED_DEV / "gold.jsonl").is_file():
        pytest.skip(f"the development corpus is not here ({SHARED_DEV}); it lives outside the repo")
    return SHARED_DEV


def make_source(text: str, published: str | None = None, publisher: str | None = "Test Wire") -> SourceText:
    """Build a SourceText by hand (spaCy's tests build a Doc rather than load a model)."""
    import datetime as dt

    return SourceText(
        doc_id="test",
        text=text,
        published=dt.date.fromisoformat(published) if published else None,
        publisher=publisher,
    )
