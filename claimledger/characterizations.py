"""What an incident is called, and by whom (issue 7).

Service functions over a ``Ledger``; the CLI (``claimledger called``, ``claimledger
recognitions``) and the web layer call these and render the returned models.

* :func:`called_by` - one row per characterization-family claim linked to the incident
  (label, wording, stance, attributed body, publisher, affiliation, date) and a summary of
  labels by source affiliation (who uses which word).
* :func:`recognitions` - formal acts (recognition claims) by date and body, for one incident
  or for all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import BaseModel
from rich.markup import escape
from rich.table import Table

from claimledger.ledger import Ledger
from claimledger.models import ClaimOut
from claimledger.store import characterizations_repo as crepo

FAMILY = ("characterization", "responsibility", "recognition", "legal_action")
LABELLED = ("characterization", "recognition")


class CalledRow(BaseModel):
    """One claim of the characterization family, as shown in the incident's table."""

    claim_id: str
    doc: str
    kind: str
    label: str | None
    wording: str | None
    stance: str
    perpetrator: str | None
    action: str | None
    attributed_to: str
    attributed_kind: str
    publisher: str | None
    affiliation: str | None
    date: str | None  # the date of the act or statement when the text gives it
    published: dt.date | None
    evidence: str


class CalledTable(BaseModel):
    """What an incident is called: rows plus label counts per source affiliation."""

    incident_id: str | None
    rows: list[CalledRow]
    # affiliation -> "label" or "label (rejects)" -> number of claims (characterization + recognition)
    summary: dict[str, dict[str, int]]
    # affiliation -> perpetrator as written -> number of responsibility claims (asserts / rejects marked)
    responsibility: dict[str, dict[str, int]]

    def table(self) -> Table:
        """The rows as a rich table."""
        t = Table(title=f"what it is called · incident {escape(self.incident_id or 'all')}")
        for col in ("kind", "label / party", "wording", "stance", "attributed to", "publisher", "affiliation",
                    "date"):
            t.add_column(col)
        for r in self.rows:
            what = r.label or r.perpetrator or r.action or ""
            t.add_row(r.kind, escape(what), escape(r.wording or ""), r.stance, escape(r.attributed_to),
                      escape(r.publisher or ""), escape(r.affiliation or ""), r.date or "")
        return t

    def summary_table(self) -> Table:
        """Labels by source affiliation."""
        t = Table(title="labels by source affiliation")
        t.add_column("affiliation")
        t.add_column("labels")
        t.add_column("responsibility")
        for aff in sorted(set(self.summary) | set(self.responsibility)):
            labels = ", ".join(f"{k} ×{v}" for k, v in sorted(self.summary.get(aff, {}).items()))
            parties = ", ".join(f"{k} ×{v}" for k, v in sorted(self.responsibility.get(aff, {}).items()))
            t.add_row(escape(aff), escape(labels), escape(parties))
        return t


class RecognitionRow(BaseModel):
    claim_id: str
    doc: str
    incident_id: str | None
    date: str | None
    body: str
    label: str | None
    wording: str | None
    evidence: str


class RecognitionTimeline(BaseModel):
    """Formal acts (recognitions) by date, then body; undated acts last."""

    incident_id: str | None
    rows: list[RecognitionRow]

    def table(self) -> Table:
        t = Table(title=f"recognitions · incident {escape(self.incident_id or 'all')}")
        for col in ("date", "body", "label", "wording", "document", "incident"):
            t.add_column(col)
        for r in self.rows:
            t.add_row(r.date or "(undated)", escape(r.body), r.label or "", escape(r.wording or ""), escape(r.doc),
                      r.incident_id or "")
        return t


_NAME = re.compile(r"[A-Za-z]+")
PARTY_PREFIX = 4  # "Sylvania", "Sylvanian", "Sylvanians" -> "sylv"
_PARTY_STOP = frozenset({"the", "a", "an", "of", "and", "president", "prime", "minister", "general", "forces",
                         "army", "government", "regime", "military", "armed", "troops", "air", "force"})


def party_key(text: str | None) -> frozenset[str]:
    """The named part of a party as written: capitalized words, cut to a common prefix.

    Generic parties ("the regime", "the occupiers") have an empty key: they name nobody a
    comparison can check. RETURNS (frozenset[str]): e.g. {"sylv"} for "Sylvanian forces".
    """
    out = set()
    for w in _NAME.findall(text or ""):
        low = w.lower()
        if w[0].isupper() and low not in _PARTY_STOP:
            out.add(low[:PARTY_PREFIX])
    return frozenset(out)


def parties_compete(a: str | None, b: str | None) -> bool:
    """True when two stated perpetrators name different parties (no named word in common).

    For the contested grade: "Sylvanian" / "Sylvania" / "Sylvanians" do not compete; a generic
    party ("the regime") competes with nobody.
    """
    ka, kb = party_key(a), party_key(b)
    return bool(ka) and bool(kb) and not (ka & kb)


def anchor_claim(claim: ClaimOut, doc_claims: Sequence[ClaimOut]) -> ClaimOut | None:
    """The figure claim a characterization-family claim sits next to, for linking.

    Extraction stores in ``extra["near_span"]`` the evidence span of the nearest figure claim
    of the same paragraph; a claim without place or date can join that claim's incident.

    claim (ClaimOut): a claim of the characterization family.
    doc_claims (Sequence[ClaimOut]): the claims of the same document.
    RETURNS (ClaimOut | None): the figure claim with that evidence span, if any.
    """
    span = claim.extra.get("near_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    for c in doc_claims:
        if c.doc_id == claim.doc_id and c.type not in FAMILY and [c.evidence.start, c.evidence.end] == span:
            return c
    return None


def _date_text(c: ClaimOut) -> str | None:
    if c.date.start is None:
        return None
    if c.date.end and c.date.end != c.date.start:
        return f"{c.date.start.isoformat()}/{c.date.end.isoformat()}"
    return c.date.start.isoformat()


def rows_of(claims: list[ClaimOut], meta: dict[str, tuple[str | None, str | None, object]]) -> list[CalledRow]:
    """Table rows for characterization-family claims, given doc id -> (publisher, affiliation, published)."""
    out = []
    for c in claims:
        publisher, affiliation, published = meta.get(c.doc_id, (None, None, None))
        out.append(CalledRow(
            claim_id=c.claim_id, doc=c.doc, kind=c.type, label=c.label, wording=c.wording, stance=c.stance,
            perpetrator=c.perpetrator, action=c.action, attributed_to=c.attributed_to.name,
            attributed_kind=c.attributed_to.kind, publisher=publisher, affiliation=affiliation,
            date=_date_text(c), published=published if isinstance(published, dt.date) else None,
            evidence=c.evidence.text,
        ))
    return out


def summarize(rows: list[CalledRow]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """(labels by affiliation, perpetrators by affiliation); rejected labels are counted apart."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    parties: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        aff = r.affiliation or "unknown"
        if r.kind in LABELLED and r.label:
            labels[aff][r.label if r.stance == "asserts" else f"{r.label} (rejects)"] += 1
        elif r.kind == "responsibility" and r.perpetrator:
            parties[aff][r.perpetrator if r.stance == "asserts" else f"{r.perpetrator} (denied)"] += 1
    return ({a: dict(c) for a, c in labels.items()}, {a: dict(c) for a, c in parties.items()})


def called_by(ledger: Ledger, incident_id: str) -> CalledTable:
    """What an incident is called, by whom.

    ledger (Ledger): an open ledger whose claims have been linked into incidents.
    incident_id (str): the incident.
    RETURNS (CalledTable): one row per characterization-family claim of the incident, and
        labels / perpetrators counted per source affiliation.
    RAISES NotFound: E205 when no incident has that id.
    """
    with ledger.session() as session:
        crepo.require_incident(session=session, incident_id=incident_id)
        claims = crepo.family_claims(session=session, types=FAMILY, incident_id=incident_id)
        meta = crepo.document_meta(session=session, doc_ids=[c.doc_id for c in claims])
    rows = rows_of(claims, meta)
    summary, responsibility = summarize(rows)
    return CalledTable(incident_id=incident_id, rows=rows, summary=summary, responsibility=responsibility)


def recognitions(ledger: Ledger, incident_id: str | None = None) -> RecognitionTimeline:
    """Formal acts by date and body.

    ledger (Ledger): an open ledger.
    incident_id (str | None): only the acts linked to this incident (E205 when unknown).
    RETURNS (RecognitionTimeline): acts sorted by date (undated last), then body.
    """
    with ledger.session() as session:
        if incident_id is not None:
            crepo.require_incident(session=session, incident_id=incident_id)
        claims = crepo.family_claims(session=session, types=("recognition",), incident_id=incident_id)
    rows = [RecognitionRow(claim_id=c.claim_id, doc=c.doc, incident_id=c.incident_id, date=_date_text(c),
                           body=str(c.extra.get("body") or c.attributed_to.name), label=c.label, wording=c.wording,
                           evidence=c.evidence.text) for c in claims]
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.body.lower()))
    return RecognitionTimeline(incident_id=incident_id, rows=rows)
