"""Coded, greppable error messages and the exception hierarchy.

Deep code raises a ``LedgerError`` subclass with a coded message; the CLI and the
web layer translate it once at the edge (``click.ClickException`` / one JSON shape).
"""

from __future__ import annotations


class Errors:
    # ingest: one line per bad input, naming the file and the reason
    E101 = "E101 empty file (0 bytes)"
    E102 = "E102 file is {size:,} bytes, over the limit of {limit:,} bytes (--max-bytes)"
    E103 = "E103 cannot read file: {reason}"
    E104 = "E104 not a text file: {reason}"
    E105 = "E105 unreadable PDF: {reason}"
    E106 = "E106 encrypted PDF: cannot extract text without a password"
    E107 = "E107 no text could be extracted ({format})"
    E108 = "E108 unsupported file type {suffix!r} (supported: .txt .md .html .htm .pdf)"
    E109 = "E109 file not found"
    # manifests and sidecars
    E121 = "E121 manifest is neither CSV nor JSONL: {reason}"
    E122 = "E122 manifest row {row}: {reason}"
    E123 = "E123 manifest row {row}: file {file!r} not found"
    E124 = "E124 sidecar metadata is not valid: {reason}"
    E125 = "E125 manifest row {row}: bad date {value!r} in 'published' (want YYYY-MM-DD)"
    # store and lookup
    E201 = "E201 no document matches {ref!r}"
    E202 = "E202 {ref!r} matches {count} documents; give more of the id"
    E203 = "E203 unsupported database URL {url!r}"
    E204 = "E204 no claim with id {ref!r}"
    E205 = "E205 no incident with id {ref!r}"
    # batch, load and export (issue 6)
    E501 = "E501 worker lost while processing this document: {reason}"
    E502 = "E502 extraction failed: {reason}"
    E503 = "E503 no batch output in {path!r} (expected documents/*.parquet below it)"
    E504 = "E504 give either --workers or --scheduler, not both"
    E505 = "E505 format {format!r} is not available for {kind!r} (choose from {choices})"
    E506 = "E506 `export all --format parquet` writes a folder: give -o DIR"
    E507 = "E507 cannot reach the Dask scheduler at {address!r}: {reason}"
    E508 = "E508 bad date {value!r} for {option} (want YYYY-MM-DD)"
    E509 = "E509 output folder {path!r} already holds batch output; give an empty or new folder"
    # web, review and access (issue 5)
    E401 = "E401 sign in first"
    E402 = "E402 wrong user name or password"
    E403 = "E403 role {role!r} may not {action}; it needs {needed!r}"
    E404 = "E404 no page at {path!r}"
    E405 = "E405 method {method} not allowed on {path!r}"
    E406 = "E406 the form's CSRF token is missing or stale; reload the page and try again"
    E407 = "E407 bad input: {reason}"
    E408 = "E408 unknown role {role!r} (viewer, editor, admin)"
    E409 = "E409 no user named {name!r}"
    E410 = "E410 user {name!r} already exists"
    E411 = "E411 claim {ref!r} cannot be edited: {reason}"
    E412 = "E412 split needs at least one claim of incident {ref!r} and must leave at least one"
    E413 = "E413 merge needs at least two distinct incidents"
    E414 = "E414 serving on non-loopback host {host!r} needs users: add one with `claimledger users add NAME --role admin --password ...`"


class LedgerError(Exception):
    """Base of every error claimledger reports to a user."""

    status = 400


class BadInput(LedgerError):
    status = 400


class NotFound(LedgerError):
    status = 404


class Unauthorized(LedgerError):
    status = 401


class Forbidden(LedgerError):
    status = 403


class IngestError(LedgerError):
    """A document could not be ingested; the batch goes on."""

    status = 422
