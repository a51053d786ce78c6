"""The notebook API: a ledger whose tables come back as pandas DataFrames.

    import claimledger
    ledger = claimledger.open("claimledger.db")
    ledger.claims()      # one row per claim (the claims CSV columns, figures as a list)
    ledger.figures()     # one row per figure, with its claim's type, date, place, source
    ledger.incidents()   # one row per incident, with figure ranges, grade and sources

The frames are built by the same functions as the exports, so a notebook sees what
``claimledger export`` writes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd
from sqlalchemy import func, select

from claimledger.export.claims import claim_record, csv_row, iter_claims
from claimledger.export.filters import ExportFilter, parse_day
from claimledger.ledger import Ledger
from claimledger.store.tables import Claim, Document, FigureRow, Relation

DATE_COLUMNS = ("date_start", "date_end")


def _filter(country: str | None, type: str | None, since: str | None, until: str | None,
            doc: str | None = None) -> ExportFilter:
    return ExportFilter(country=country, types=(type,) if type else (), since=parse_day(since, "since"),
                        until=parse_day(until, "until"), doc=doc)


def _dates(frame: pd.DataFrame) -> pd.DataFrame:
    for column in DATE_COLUMNS:
        if column in frame:
            frame[column] = pd.to_datetime(frame[column])
    return frame


class LedgerFrames:
    """A ``Ledger`` for notebooks: each method returns a pandas DataFrame.

    ledger (Ledger): the underlying service object (``.ledger``), for anything else.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def __enter__(self) -> LedgerFrames:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.ledger.close()

    def claims(self, *, country: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, doc: str | None = None) -> pd.DataFrame:
        """One row per claim: the columns of the claims CSV, ``figures`` as a list of dicts."""
        rows = []
        for claim in iter_claims(self.ledger, _filter(country, type, since, until, doc)):
            record = claim_record(claim)
            row = csv_row(record)
            row["figures"] = record["figures"]
            rows.append(row)
        from claimledger.export.claims import CSV_COLUMNS

        return _dates(pd.DataFrame(rows, columns=list(CSV_COLUMNS)))

    def figures(self) -> pd.DataFrame:
        """One row per figure, with its claim's document, type, date, place and attribution."""
        query = (
            select(
                FigureRow.claim_id, FigureRow.kind, FigureRow.what, FigureRow.value, FigureRow.qualifier,
                FigureRow.low, FigureRow.high, FigureRow.grp.label("group"), FigureRow.start, FigureRow.end,
                func.coalesce(Document.ext_id, Document.path).label("doc"), Claim.doc_id, Claim.incident_id,
                Claim.type, Claim.date_start, Claim.date_end, Claim.place_name, Claim.country, Claim.lat, Claim.lon,
                Claim.attributed_name.label("attributed_to"), Document.publisher, Claim.status,
            )
            .join(Claim, Claim.id == FigureRow.claim_id)
            .join(Document, Document.id == Claim.doc_id)
            .order_by(Claim.doc_id, FigureRow.start, FigureRow.id)
        )
        with self.ledger.engine.connect() as conn:
            return _dates(pd.read_sql(query, conn))

    def incidents(self, *, country: str | None = None, type: str | None = None,
                  since: str | None = None, until: str | None = None) -> pd.DataFrame:
        """One row per incident: place, dates, grade, sources and each casualty kind's range."""
        from claimledger.export.geojson import feature
        from claimledger.export.incident_records import iter_incidents

        rows: list[dict[str, Any]] = []
        for incident in iter_incidents(self.ledger, _filter(country, type, since, until)):
            props = feature(incident)["properties"]
            props["lat"], props["lon"] = incident.lat, incident.lon
            props["acled_event_type"] = incident.acled_event_type
            props["acled_sub_event_type"] = incident.acled_sub_event_type
            props["claim_ids"] = incident.claim_ids
            props["figure_ranges"] = {k: dataclasses.asdict(v) for k, v in incident.figures.items()}
            rows.append(props)
        return _dates(pd.DataFrame(rows))

    def documents(self) -> pd.DataFrame:
        """One row per document: metadata, size and text length (not the text)."""
        docs = self.ledger.documents()
        rows = [{"id": d.id, "doc": d.label, "path": d.path, "media_type": d.media_type, "sha256": d.sha256,
                 "size": d.size, "chars": d.chars, **d.meta.model_dump()} for d in docs]
        return pd.DataFrame(rows)

    def relations(self) -> pd.DataFrame:
        """Comparisons between claims of one incident: agree, revision, contradiction, denial."""
        query = select(Relation.incident_id, Relation.claim_a, Relation.claim_b, Relation.kind, Relation.relation,
                       Relation.reasons).order_by(Relation.incident_id, Relation.id)
        with self.ledger.engine.connect() as conn:
            return pd.DataFrame([dict(row._mapping) for row in conn.execute(query)],
                                columns=["incident_id", "claim_a", "claim_b", "kind", "relation", "reasons"])


def open_frames(url: str | None = None) -> LedgerFrames:
    """Open (and migrate) a ledger for notebook use; ``url`` as for ``--db``."""
    return LedgerFrames(Ledger.open(url))
