"""A small hand-made ledger for the export tests: three documents, four claims, three incidents.

Incidents are written as rows (as ``claimledger link`` stores them), so the export tests
do not depend on the linking rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from claimledger.ledger import Ledger
from claimledger.models import (
    Actors,
    Attribution,
    ClaimIn,
    DateValue,
    DocumentIn,
    DocumentMeta,
    Figure,
    PlaceValue,
    Span,
)
from claimledger.store import repo
from claimledger.store.tables import Claim, Incident, Relation

TEXT_A = "On 17 October 2020 a missile strike on Ganja killed 13 civilians, the Prosecutor's Office said."
TEXT_B = "The strike on Ganja on 17 October 2020 killed at least 16 people, according to Watch Group."
TEXT_C = "The ministry denied any strike on Ganja. Shelling hit villages in October 2020."

GANJA = {"name": "Ganja", "geonameid": 587084, "country": "AZ", "admin1": "Ganja", "lat": 40.68, "lon": 46.36,
         "precision": "locality"}


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _doc(text: str, ext_id: str, publisher: str, published: str) -> DocumentIn:
    raw = text.encode()
    return DocumentIn(
        path=f"{ext_id}.txt", filename=f"{ext_id}.txt", media_type="text/plain", raw=raw,
        sha256=hashlib.sha256(raw).hexdigest(), text=text,
        meta=DocumentMeta(ext_id=ext_id, publisher=publisher, url=f"https://example.org/{ext_id}",
                          published=dt.date.fromisoformat(published)),
    )


def _claim(text: str, *, type_: str, date: tuple[str, str, str, str] | None, place: str | None,
           figure: tuple[str, int, str, int | None, int | None] | None, who: tuple[str, str, str | None],
           perpetrator: str | None = None, stance: str = "asserts") -> ClaimIn:
    figures = []
    if figure is not None:
        needle, value, qualifier, low, high = figure
        start, end = _span(text, needle)
        figures.append(Figure(kind="killed", value=value, qualifier=qualifier, low=low, high=high,  # type: ignore[arg-type]
                              group="civilians" if "civilians" in needle else None, start=start, end=end, text=needle))
    date_value = DateValue()
    if date is not None:
        start_s, end_s, precision, dtext = date
        ds, de = _span(text, dtext)
        date_value = DateValue(start=dt.date.fromisoformat(start_s), end=dt.date.fromisoformat(end_s),
                               precision=precision, text=dtext, char_start=ds, char_end=de)  # type: ignore[arg-type]
    place_value = PlaceValue()
    if place is not None:
        ps, pe = _span(text, place)
        place_value = PlaceValue(text=place, char_start=ps, char_end=pe, **GANJA)
    name, kind, needle = who
    a_start, a_end = _span(text, needle) if needle else (None, None)
    return ClaimIn(
        type=type_, date=date_value, place=place_value, figures=figures,
        actors=Actors(perpetrator=perpetrator, target="civilians" if figure else None),
        attributed_to=Attribution(name=name, kind=kind, start=a_start, end=a_end),  # type: ignore[arg-type]
        evidence=Span(start=0, end=len(text), text=text), confidence=0.8, extractor="test/1",
        stance=stance,  # type: ignore[arg-type]
        extra=dict(acled_event_type="Explosions/Remote violence",
                   acled_sub_event_type="Shelling/artillery/missile attack") if type_ != "denial" else {},
    )


def _source(claim_id: str, value: int, low: int, high: int | None, body: str) -> dict[str, Any]:
    return {"claim_id": claim_id, "doc": "", "value": value, "qualifier": "exact", "low": low, "high": high,
            "attributed_to": body, "publisher": None, "affiliation": None, "published": None, "group": None,
            "comparable": True}


def build(ledger: Ledger) -> dict[str, Any]:
    """Store the documents, claims and incidents; RETURNS ids by name."""
    docs = {
        "a": _doc(TEXT_A, "doc-a", "Wire A", "2020-10-17"),
        "b": _doc(TEXT_B, "doc-b", "Watch B", "2020-10-20"),
        "c": _doc(TEXT_C, "doc-c", "Ministry C", "2020-10-21"),
    }
    claims = {
        "a": [_claim(TEXT_A, type_="missile_strike", date=("2020-10-17", "2020-10-17", "day", "17 October 2020"),
                     place="Ganja", figure=("13 civilians", 13, "exact", 13, 13),
                     who=("the Prosecutor's Office", "cited", "the Prosecutor's Office"), perpetrator="missile")],
        "b": [_claim(TEXT_B, type_="missile_strike", date=("2020-10-17", "2020-10-17", "day", "17 October 2020"),
                     place="Ganja", figure=("at least 16 people", 16, "at_least", 16, None),
                     who=("Watch Group", "cited", "Watch Group"))],
        "c": [_claim(TEXT_C, type_="denial", date=None, place="Ganja", figure=None,
                     who=("The ministry", "cited", "The ministry"), stance="rejects"),
              _claim(TEXT_C, type_="shelling", date=("2020-10-01", "2020-10-31", "month", "October 2020"),
                     place=None, figure=None, who=("Ministry C", "author", None))],
    }
    ids: dict[str, Any] = {"claims": {}}
    with ledger.session() as session:
        for key, doc in docs.items():
            row = repo.add_document(session=session, doc=doc)
            ids[key] = row.id
            ids["claims"][key] = repo.replace_claims(session=session, doc_id=row.id, extractor="test/1",
                                                     claims=claims[key])
        session.commit()
    ca, cb = ids["claims"]["a"][0], ids["claims"]["b"][0]
    cdeny, cshell = ids["claims"]["c"]
    killed = {"label": "killed", "min": 13, "max": 16, "low": 13, "best": 13, "high": 16, "series": [],
              "sources": [_source(ca, 13, 13, 13, "the Prosecutor's Office"),
                          _source(cb, 16, 16, None, "Watch Group")]}
    now = dt.datetime.now(dt.UTC)
    incidents = [
        Incident(id="iaaaaaaaaaa1", parent_id="iaaaaaaaaaa3", type="missile_strike", place_name="Ganja",
                 geonameid=587084, country="AZ", admin1="Ganja", lat=40.68, lon=46.36,
                 date_start=dt.date(2020, 10, 17), date_end=dt.date(2020, 10, 17), grade="contested",
                 reasons=[{"rule": "denial", "text": "denied"}],
                 summary={"claims": 3, "documents": 3, "sources": 3, "aggregate": False, "figures": {"killed": killed}},
                 manual=False, updated_at=now),
        Incident(id="iaaaaaaaaaa2", type="shelling", date_start=dt.date(2020, 10, 1), date_end=dt.date(2020, 10, 31),
                 grade="single_source", reasons=[],
                 summary={"claims": 1, "documents": 1, "sources": 1, "aggregate": False, "figures": {}},
                 manual=False, updated_at=now),
        Incident(id="iaaaaaaaaaa3", type="missile_strike", place_name="Ganja", geonameid=587084, country="AZ",
                 admin1="Ganja", lat=40.68, lon=46.36, date_start=dt.date(2020, 10, 1),
                 date_end=dt.date(2020, 10, 31), grade="single_source", reasons=[],
                 summary={"claims": 0, "documents": 0, "sources": 0, "aggregate": True, "figures": {}},
                 manual=False, updated_at=now),
    ]
    with ledger.session() as session:
        session.add(incidents[2])
        session.flush()
        session.add_all(incidents[:2])
        session.flush()
        for cid, iid in ((ca, "iaaaaaaaaaa1"), (cb, "iaaaaaaaaaa1"), (cdeny, "iaaaaaaaaaa1"),
                         (cshell, "iaaaaaaaaaa2")):
            session.get(Claim, cid).incident_id = iid  # type: ignore[union-attr]
            session.get(Claim, cid).link = {"score": 1.0, "reasons": ["test"]}  # type: ignore[union-attr]
        session.add(Relation(incident_id="iaaaaaaaaaa1", claim_a=ca, claim_b=cb, kind="killed",
                             relation="contradiction", reasons={"text": "13 vs at least 16"}))
        session.commit()
    ids.update(deny=cdeny, shell=cshell, a_claim=ca, b_claim=cb)
    return ids
