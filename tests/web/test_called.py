"""The incident page and API show what an incident is called, and by whom (issue 7)."""

from __future__ import annotations

from sqlalchemy import select

from claimledger.models import Attribution, ClaimIn, Span
from claimledger.store import repo
from claimledger.store.tables import Claim
from tests.web.world import World


def test_web_incident_shows_what_it_is_called(world: World, client) -> None:  # noqa: ANN001
    ledger = world.ledger
    text = ledger.document_text(world.doc_ids["ngo-1"])
    existing = ledger.claims(doc="ngo-1")
    start = text.index("between 15")
    label_claim = ClaimIn(
        type="characterization", label="war_crime", wording="a war crime", stance="asserts",
        attributed_to=Attribution(name="Field Monitors", kind="cited"),
        evidence=Span(start=start, end=start + 10, text=text[start:start + 10]), extractor="hand",
    )
    with ledger.session() as session:
        ids = repo.replace_claims(session=session, doc_id=world.doc_ids["ngo-1"], extractor="hand",
                                  claims=[*(ClaimIn(**c.model_dump(include=set(ClaimIn.model_fields))) for c in existing),
                                          label_claim])
        incident = world.incidents["velmora"]
        for row in session.scalars(select(Claim).where(Claim.id.in_(ids))):
            row.incident_id = incident
        session.commit()
    page = client.get(f"/incidents/{incident}")
    assert page.status_code == 200
    assert "What it is called, and by whom" in page.text
    assert "war_crime" in page.text and "a war crime" in page.text
    body = client.get(f"/api/incidents/{incident}").json()
    assert [(r["label"], r["stance"], r["attributed_to"]) for r in body["called"]["rows"]] == [
        ("war_crime", "asserts", "Field Monitors")]
