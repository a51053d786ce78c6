"""``called_by`` / ``recognitions`` and their CLI commands, over hand-made claims in a ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from claimledger.characterizations import called_by, recognitions
from claimledger.cli import app
from claimledger.errors import NotFound
from claimledger.ledger import Ledger
from claimledger.models import Attribution, ClaimIn, DateValue, Span
from claimledger.store import repo
from claimledger.store.tables import Claim, Document, Incident

TEXT = ("The ministry called the shelling a massacre. The army denied any responsibility. "
        "On 3 March 2021 the Assembly recognized it as genocide. The Senate condemned it in 2019.")


def _claim(kind: str, sentence: str, by: str, **kw: object) -> ClaimIn:
    start = TEXT.index(sentence)
    return ClaimIn(type=kind, attributed_to=Attribution(name=by, kind="cited"),
                   evidence=Span(start=start, end=start + len(sentence), text=sentence), **kw)  # type: ignore[arg-type]


def _seed(ledger: Ledger, tmp_path: Path, affiliation: str) -> str:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    ledger.ingest([path])
    doc = ledger.documents()[0]
    claims = [
        _claim("characterization", "The ministry called the shelling a massacre.", "The ministry", label="massacre",
               wording="massacre"),
        _claim("responsibility", "The army denied any responsibility.", "The army", stance="rejects",
               perpetrator="The army", wording="denied any responsibility"),
        _claim("recognition", "On 3 March 2021 the Assembly recognized it as genocide.", "the Assembly",
               label="genocide", wording="genocide", extra={"body": "the Assembly"},
               date=DateValue(start=dt.date(2021, 3, 3), end=dt.date(2021, 3, 3), precision="day")),
        _claim("recognition", "The Senate condemned it in 2019.", "The Senate", label="other", wording="condemned",
               date=DateValue(start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31), precision="year")),
    ]
    with ledger.session() as session:
        repo.replace_claims(session=session, doc_id=doc.id, extractor="test", claims=claims)
        session.add(Incident(id="inc1", type="shelling"))
        session.flush()
        session.execute(update(Claim).where(Claim.doc_id == doc.id).values(incident_id="inc1"))
        session.execute(update(Document).where(Document.id == doc.id).values(publisher="Wire", affiliation=affiliation))
        session.commit()
    return doc.id


def test_called_by_rows_and_summary(ledger: Ledger, tmp_path: Path) -> None:
    _seed(ledger, tmp_path, "side-a")
    table = called_by(ledger, "inc1")
    assert [(r.kind, r.label, r.stance, r.attributed_to, r.affiliation, r.date) for r in table.rows] == [
        ("characterization", "massacre", "asserts", "The ministry", "side-a", None),
        ("responsibility", None, "rejects", "The army", "side-a", None),
        ("recognition", "genocide", "asserts", "the Assembly", "side-a", "2021-03-03"),
        ("recognition", "other", "asserts", "The Senate", "side-a", "2019-01-01/2019-12-31"),
    ]
    assert table.summary == {"side-a": {"massacre": 1, "genocide": 1, "other": 1}}
    assert table.responsibility == {"side-a": {"The army (denied)": 1}}
    assert table.table().row_count == 4


def test_called_by_unknown_incident(ledger: Ledger) -> None:
    with pytest.raises(NotFound, match="E205"):
        called_by(ledger, "nope")


def test_recognitions_sorted_by_date(ledger: Ledger, tmp_path: Path) -> None:
    _seed(ledger, tmp_path, "side-a")
    timeline = recognitions(ledger)
    assert [(r.date, r.body, r.label) for r in timeline.rows] == [
        ("2019-01-01/2019-12-31", "The Senate", "other"),
        ("2021-03-03", "the Assembly", "genocide"),
    ]
    assert recognitions(ledger, "inc1").rows == timeline.rows


def test_cli_called_and_recognitions(ledger: Ledger, tmp_path: Path) -> None:
    _seed(ledger, tmp_path, "side-a")
    db = ledger.url
    runner = CliRunner()
    out = runner.invoke(app, ["called", "inc1", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    assert '"massacre"' in out.output and '"side-a"' in out.output
    out = runner.invoke(app, ["recognitions", "--db", db])
    assert out.exit_code == 0, out.output
    assert "2021-03-03" in out.output
    out = runner.invoke(app, ["called", "missing", "--db", db])
    assert out.exit_code == 1
    assert "E205" in out.output


def test_anchor_claim_finds_the_figure_claim_of_the_paragraph() -> None:
    from claimledger.characterizations import anchor_claim
    from claimledger.extract import characterize
    from claimledger.extract.pipeline import annotate
    from claimledger.models import ClaimOut
    from tests.conftest import make_source

    text = "Shelling killed 12 civilians in Eastvale on Monday. The governor called it a massacre."
    doc = annotate(make_source(text))
    family = characterize.characterization_claims(doc)
    outs = [ClaimOut(**c.model_dump(), claim_id=f"c{i}", doc_id="d", doc="d")
            for i, c in enumerate([*doc.claims, *family])]
    massacre = next(c for c in outs if c.label == "massacre")
    anchor = anchor_claim(massacre, outs)
    assert anchor is not None and anchor.figures and anchor.figures[0].value == 12
    assert massacre.place.name == anchor.place.name


@pytest.mark.parametrize(("a", "b", "compete"), [
    ("Sylvanian", "Sylvania", False),
    ("Sylvanians", "the Sylvanian Air Force", False),
    ("Freedonian troops", "Sylvania", True),
    ("the regime", "opposition fighters", False),
    ("President Ivo al-Marek’s regime", "Marek’s government", False),
    ("Liberation Front", "Freedonia", True),
    (None, "Sylvania", False),
])
def test_parties_compete(a: str | None, b: str | None, compete: bool) -> None:
    from claimledger.characterizations import parties_compete

    assert parties_compete(a, b) is compete
    assert parties_compete(b, a) is compete
