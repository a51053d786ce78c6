"""The ``Ledger`` service object: settings, engine, sessions and the pipeline's stages.

The CLI and the web layer both call these methods; neither touches the engine or
the tables directly (datasette's ``Datasette`` object plays this role there).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from claimledger.config import resolve_db_url
from claimledger.errors import IngestError
from claimledger.ingest.collect import Problem, WorkItem, collect
from claimledger.ingest.read import (
    DEFAULT_MAX_BYTES,
    parse_document,
    read_raw,
    sha256_hex,
)
from claimledger.models import ClaimOut, DocumentOut, SourceText
from claimledger.store import db, repo

Outcome = Literal["ingested", "present", "failed"]


@dataclass(frozen=True)
class IngestEvent:
    path: str
    outcome: Outcome
    message: str = ""
    doc_id: str | None = None


@dataclass
class IngestSummary:
    events: list[IngestEvent] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for event in self.events if event.outcome == outcome)

    @property
    def ingested(self) -> int:
        return self.count("ingested")

    @property
    def present(self) -> int:
        return self.count("present")

    @property
    def failed(self) -> int:
        return self.count("failed")


class Ledger:
    """One ledger database and everything that reads or writes it."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Ledger:
        """Open (and by default migrate) the ledger at ``url`` (see ``config.resolve_db_url``)."""
        resolved = resolve_db_url(url)
        engine = db.make_engine(resolved)
        if migrate:
            db.upgrade(engine)
        return cls(engine, resolved)

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- ingest ------------------------------------------------------------------------

    def plan_ingest(self, paths: Sequence[Path], manifest: Path | None = None) -> list[WorkItem | Problem]:
        return list(collect(paths, manifest))

    def ingest_item(self, item: WorkItem, *, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestEvent:
        """Ingest one file as one transaction; bad input becomes a ``failed`` event."""
        label = str(item.path)
        try:
            raw = read_raw(item.path, max_bytes)
            sha = sha256_hex(raw)
            with self.session() as session:
                existing = repo.find_by_sha256(session=session, sha256=sha)
                if existing is not None:
                    return IngestEvent(label, "present", "already in the ledger", existing.id)
            doc = parse_document(item.path, raw, item)
            with self.session() as session:
                try:
                    row = repo.add_document(session=session, doc=doc)
                    session.commit()
                    return IngestEvent(label, "ingested", doc_id=row.id)
                except IntegrityError:
                    # Another writer stored the same bytes between our check and insert.
                    session.rollback()
                    return IngestEvent(label, "present", "already in the ledger", repo.document_id(sha))
        except IngestError as exc:
            return IngestEvent(label, "failed", str(exc))

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        manifest: Path | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        on_event: Callable[[IngestEvent], None] | None = None,
        plan: list[WorkItem | Problem] | None = None,
    ) -> IngestSummary:
        summary = IngestSummary()
        for entry in plan if plan is not None else collect(paths, manifest):
            if isinstance(entry, Problem):
                event = IngestEvent(entry.path, "failed", entry.message)
            else:
                event = self.ingest_item(entry, max_bytes=max_bytes)
            summary.events.append(event)
            if on_event is not None:
                on_event(event)
        return summary

    # --- documents ---------------------------------------------------------------------

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[DocumentOut]:
        with self.session() as session:
            return repo.list_documents(session=session, limit=limit, offset=offset)

    def document(self, ref: str) -> DocumentOut:
        with self.session() as session:
            return repo.document_out(repo.get_document_row(session=session, ref=ref))

    def document_text(self, ref: str) -> str:
        with self.session() as session:
            return repo.get_document_row(session=session, ref=ref).text

    def document_bytes(self, ref: str) -> tuple[DocumentOut, bytes]:
        with self.session() as session:
            row = repo.get_document_row(session=session, ref=ref)
            return repo.document_out(row), repo.get_blob(session=session, sha256=row.sha256)

    def source_text(self, ref: str) -> SourceText:
        """What extraction sees of a stored document."""
        with self.session() as session:
            row = repo.get_document_row(session=session, ref=ref)
            return SourceText(
                doc_id=row.id,
                text=row.text,
                published=row.published,
                publisher=row.publisher,
                author=row.author,
                affiliation=row.affiliation,
                language=row.language,
                url=row.url,
            )

    def search(self, query: str, *, limit: int = 20) -> list[repo.SearchHit]:
        with self.session() as session:
            return repo.search_documents(session=session, query=query, limit=limit)

    # --- claims ------------------------------------------------------------------------

    def claims(self, *, doc: str | None = None) -> list[ClaimOut]:
        with self.session() as session:
            doc_id = repo.get_document_row(session=session, ref=doc).id if doc else None
            return list(repo.iter_claims(session=session, doc_id=doc_id))

    def claim(self, claim_id: str) -> ClaimOut:
        with self.session() as session:
            return repo.get_claim(session=session, claim_id=claim_id)

    # --- extraction --------------------------------------------------------------------

    def extract(
        self,
        *,
        doc: str | None = None,
        force: bool = False,
        on_document: Callable[[str, int], None] | None = None,
    ) -> int:
        """Extract claims from every document the current extractor has not processed.

        One transaction per document: its claims are replaced as a whole. Returns the
        number of documents extracted."""
        from claimledger.extract.pipeline import EXTRACTOR_VERSION, extract

        with self.session() as session:
            only = [repo.get_document_row(session=session, ref=doc).id] if doc else None
            if force:
                todo = only or [d.id for d in repo.list_documents(session=session)]
            else:
                todo = repo.documents_needing_extraction(session=session, extractor=EXTRACTOR_VERSION, doc_ids=only)
        for doc_id in todo:
            claims = extract(self.source_text(doc_id))
            with self.session() as session:
                repo.replace_claims(session=session, doc_id=doc_id, extractor=EXTRACTOR_VERSION, claims=claims)
                session.commit()
            if on_document is not None:
                on_document(doc_id, len(claims))
        if todo:
            # Statuses survive by stable key in replace_claims; a person's field edits are
            # replayed here, so re-extraction never undoes a review.
            from claimledger.review import reapply

            reapply(self)
        return len(todo)
