"""A tiny ledger for the web tests: five documents written here, hand-made claims, two incidents.

Invented places and bodies on purpose: the web layer must not care what the text says.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from claimledger import incidents
from claimledger.ledger import Ledger
from claimledger.models import Attribution, ClaimIn, DateValue, Figure, PlaceValue, Span
from claimledger.store import repo
from claimledger.store.tables import Claim, Finding, Incident
from claimledger.web import auth
from claimledger.web.app import create_app

DOCS = {
    "north-1": (
        "North Wire", "intl-media", "2031-03-02",
        "A rocket struck the market in Velmora on 1 March, killing at least 12 civilians and injuring 30, "
        "according to the Velmora regional office.\nThe office said rescue work went on overnight.",
    ),
    "north-2": (
        "Velmora Regional Office", "gov-a", "2031-03-04",
        "The regional office revised the toll of the Velmora market strike: 19 people were killed.\n"
        "Separately, shelling of Ostrin on 3 March injured 4 people.",
    ),
    "south-1": (
        "Southern Ministry", "gov-b", "2031-03-03",
        "The ministry denied that its forces struck Velmora and said the market was empty.\n"
        "It said 2 people were killed in Ostrin by the other side.",
    ),
    "ngo-1": (
        "Field Monitors", "ngo", "2031-04-10",
        "Our researchers documented that between 15 and 20 civilians were killed in the Velmora market strike.",
    ),
    "xss-1": (
        "Prank Press", "blog", "2031-03-05",
        "Click <a href=\"javascript:window.__pwned=1\">here</a> <script>window.__pwned=1</script>"
        "<img src=x onerror=\"window.__pwned=1\"> — the strike on Velmora killed 3 people.",
    ),
}
PLACES = {"Velmora": (48.1, 37.6, "XA"), "Ostrin": (47.5, 36.9, "XA")}


@dataclass
class World:
    ledger: Ledger
    doc_ids: dict[str, str] = field(default_factory=dict)
    claim_ids: dict[str, str] = field(default_factory=dict)  # name -> claim id
    incidents: dict[str, str] = field(default_factory=dict)
    all_incidents: set[str] = field(default_factory=set)
    originals: dict[str, list[ClaimIn]] = field(default_factory=dict)  # doc label -> claims as "extracted"


def _claim(text: str, evidence: str, type_: str, place: str | None, day: str | None,
           figures: list[tuple[str, str, float, float | None, str]], who: str) -> ClaimIn:
    start = text.index(evidence)
    figs = []
    for kind, surface, low, high, qualifier in figures:
        fs = text.index(surface, start)
        figs.append(Figure(kind=kind, value=low, qualifier=qualifier, low=low, high=high,  # type: ignore[arg-type]
                           start=fs, end=fs + len(surface), text=surface, rule=f"figures.{qualifier}"))
    pv = PlaceValue()
    if place:
        ps = text.index(place, start)
        lat, lon, country = PLACES[place]
        pv = PlaceValue(text=place, name=place, country=country, lat=lat, lon=lon, precision="locality",
                        char_start=ps, char_end=ps + len(place), rule="places.gazetteer")
    date = DateValue(start=dt.date.fromisoformat(day), end=dt.date.fromisoformat(day), precision="day",
                     text=day, rule="dates.day_month") if day else DateValue()
    return ClaimIn(type=type_, date=date, place=pv, figures=figs,
                   attributed_to=Attribution(name=who, kind="cited", rule="attribution.according_to"),
                   evidence=Span(start=start, end=start + len(evidence), text=evidence),
                   confidence=0.6, extractor="hand", type_rule="types.keyword")


def build_world(ledger: Ledger, folder: Path) -> World:
    """Ingest the documents, store claims by hand, and link them into two incidents."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "file", "title", "publisher", "affiliation", "published"])
        for name, (publisher, affiliation, published, text) in DOCS.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            out.writerow([name, f"{name}.txt", f"Report {name}", publisher, affiliation, published])
    summary = ledger.ingest([folder], manifest=folder / "manifest.csv")
    assert summary.failed == 0, summary.events
    world = World(ledger=ledger)
    for doc in ledger.documents():
        world.doc_ids[doc.label] = doc.id
    t = {name: spec[3] for name, spec in DOCS.items()}
    plan = {
        "north-1": [("n1", _claim(t["north-1"], "A rocket struck the market in Velmora on 1 March, killing at least 12 civilians and injuring 30",
                                  "missile_strike", "Velmora", "2031-03-01",
                                  [("killed", "at least 12", 12, None, "at_least"), ("injured", "30", 30, 30, "exact")],
                                  "Velmora regional office"))],
        "north-2": [("n2", _claim(t["north-2"], "revised the toll of the Velmora market strike: 19 people were killed",
                                  "missile_strike", "Velmora", None, [("killed", "19", 19, 19, "exact")], "Velmora Regional Office")),
                    ("o1", _claim(t["north-2"], "shelling of Ostrin on 3 March injured 4 people", "shelling", "Ostrin",
                                  "2031-03-03", [("injured", "4", 4, 4, "exact")], "Velmora Regional Office"))],
        "south-1": [("s1", _claim(t["south-1"], "The ministry denied that its forces struck Velmora", "denial", "Velmora",
                                  None, [], "Southern Ministry")),
                    ("o2", _claim(t["south-1"], "2 people were killed in Ostrin", "shelling", "Ostrin", None,
                                  [("killed", "2", 2, 2, "exact")], "Southern Ministry"))],
        "ngo-1": [("g1", _claim(t["ngo-1"], "between 15 and 20 civilians were killed in the Velmora market strike",
                                "missile_strike", "Velmora", None, [("killed", "between 15 and 20", 15, 20, "range")],
                                "Field Monitors"))],
        "xss-1": [("x1", _claim(t["xss-1"], "the strike on Velmora killed 3 people", "missile_strike", "Velmora", None,
                                [("killed", "3", 3, 3, "exact")], "Prank Press"))],
    }
    with ledger.session() as session:
        for name, claims in plan.items():
            world.originals[name] = [c for _, c in claims]
            ids = repo.replace_claims(session=session, doc_id=world.doc_ids[name], extractor="hand",
                                      claims=[c for _, c in claims])
            for (key, _), cid in zip(claims, ids, strict=True):
                world.claim_ids[key] = cid
        session.commit()
    incidents.link(ledger)
    with ledger.session() as session:
        for key in ("velmora", "ostrin"):
            cid = world.claim_ids["n1" if key == "velmora" else "o1"]
            incident_id = session.get(Claim, cid).incident_id  # type: ignore[union-attr]
            assert incident_id, f"the linking stage left claim {cid} alone"
            world.incidents[key] = incident_id
        world.all_incidents = set(session.scalars(select(Incident.id)))
        now = dt.datetime.now(dt.UTC)
        text = t["north-1"]
        s = text.index("12")
        session.add(Finding(doc_id=world.doc_ids["north-1"], rule="audit.test_rule", message="a made-up finding",
                            spans=[[s, s + 2]], severity="warning", created_at=now))
        session.commit()
    return world


def members(w: World, incident: str) -> set[str]:
    """Claim ids the linking stage put in an incident (its rules may evolve; the web shows what it decided)."""
    with w.ledger.session() as session:
        return set(session.scalars(select(Claim.id).where(Claim.incident_id == w.incidents[incident])))


@pytest.fixture
def world(ledger: Ledger, tmp_path: Path) -> World:
    return build_world(ledger, tmp_path / "docs")


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    """The app in local mode (one local user, no login)."""
    with TestClient(create_app(world.ledger)) as c:
        yield c


def add_users(ledger: Ledger) -> dict[str, str]:
    """One user per role, password = name; returns each user's API token."""
    tokens = {}
    for role in auth.ROLES:
        auth.add_user(ledger, role, role, password=role)
        tokens[role] = auth.issue_token(ledger, role)
    return tokens


def login(client: TestClient, name: str, password: str | None = None) -> None:
    client.get("/login")
    token = csrf_of(client)
    r = client.post("/login", data={"name": name, "password": password or name, "csrf_token": token, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text


def csrf_of(client: TestClient) -> str:
    """The CSRF token of the client's current session (read back from a page)."""
    import re

    page = client.get("/login").text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "no CSRF field on the login page"
    return found.group(1)
