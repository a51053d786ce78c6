"""Turn a file's bytes into text: plain text, HTML and PDF.

Each reader is a pure function ``bytes -> ReadText`` that raises ``IngestError``
with a coded message when the bytes cannot give text. Newlines are normalised to
``\\n``; nothing else in the text is changed, so offsets stay meaningful.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from claimledger.errors import Errors, IngestError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES

MEDIA_TYPES = {
    **{s: "text/plain" for s in TEXT_SUFFIXES},
    ".md": "text/markdown",
    **{s: "text/html" for s in HTML_SUFFIXES},
    ".pdf": "application/pdf",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass
class ReadText:
    text: str
    encoding: str | None = None
    page_offsets: list[int] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Common document encodings, most common first: among guesses that read the bytes about
# equally cleanly, the more common encoding wins (charset-normalizer alone reads
# English text with a few accents as cp775 or cp850 as readily as cp1252).
_COMMON_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "cp1256",
    "cp1253", "cp1254", "cp1255", "cp1257", "gb18030", "big5", "shift_jis", "euc_kr",
)
_CHAOS_SLACK = 0.01


def _best_guess(matches: Any) -> Any:
    best = matches.best()
    if best is None:
        return None
    close = {m.encoding: m for m in matches if m.chaos <= best.chaos + _CHAOS_SLACK}
    for encoding in _COMMON_ENCODINGS:
        if encoding in close:
            return close[encoding]
    return best


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; raise ``IngestError`` for binary data.

    A BOM decides; else strict UTF-8; else charset-normalizer's best guess
    (cp1251, Latin-1, ...). Text with control characters is rejected as binary.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise IngestError(Errors.E104.format(reason=f"bad {encoding} after its BOM ({exc.reason})")) from exc
    if b"\x00" in raw:
        raise IngestError(Errors.E104.format(reason="contains NUL bytes (binary data?)"))
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = _best_guess(from_bytes(raw))
        if best is None:
            raise IngestError(Errors.E104.format(reason="no text encoding fits its bytes")) from None
        text, encoding = str(best), best.encoding
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise IngestError(Errors.E104.format(reason=f"{controls} control characters (binary data?)"))
    return text, encoding


def read_plain(raw: bytes) -> ReadText:
    text, encoding = decode_text(raw)
    text = normalise_newlines(text)
    if not text.strip():
        raise IngestError(Errors.E107.format(format="text file with only white space"))
    return ReadText(text=text, encoding=encoding)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def read_html(raw: bytes) -> ReadText:
    """Main text and metadata (title, author, date, URL) of an HTML page, via trafilatura."""
    import trafilatura

    markup, encoding = decode_text(raw)
    result = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise IngestError(Errors.E107.format(format="HTML page with no main text"))
    return ReadText(
        text=normalise_newlines(text),
        encoding=encoding,
        title=getattr(result, "title", None),
        author=getattr(result, "author", None),
        published=_parse_date(getattr(result, "date", None)),
        url=getattr(result, "url", None),
    )


def _pdf_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return None


def read_pdf(raw: bytes) -> ReadText:
    """Text per page with pypdf; ``page_offsets`` holds where each page starts."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:
                raise IngestError(Errors.E106) from exc
            if not opened:
                raise IngestError(Errors.E106)
        pages = [normalise_newlines(page.extract_text() or "").strip("\n") for page in reader.pages]
        meta = reader.metadata
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, IndexError) as exc:
        raise IngestError(Errors.E105.format(reason=str(exc) or type(exc).__name__)) from exc
    except Exception as exc:
        raise IngestError(Errors.E105.format(reason=f"{type(exc).__name__}: {exc}")) from exc
    offsets: list[int] = []
    parts: list[str] = []
    position = 0
    for page_text in pages:
        offsets.append(position)
        parts.append(page_text)
        position += len(page_text) + 2  # the "\n\n" joining pages
    text = "\n\n".join(parts)
    if not text.strip():
        raise IngestError(Errors.E107.format(format="PDF without a text layer (scanned?)"))
    title = author = None
    published = None
    if meta is not None:
        title = meta.title or None
        author = meta.author or None
        try:
            published = _pdf_date(meta.creation_date)
        except Exception:  # noqa: BLE001 - malformed date strings in metadata
            published = None
    return ReadText(text=text, page_offsets=offsets, title=title, author=author, published=published)


def read_bytes(raw: bytes, suffix: str) -> ReadText:
    suffix = suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return read_plain(raw)
    if suffix in HTML_SUFFIXES:
        return read_html(raw)
    if suffix in PDF_SUFFIXES:
        return read_pdf(raw)
    raise IngestError(Errors.E108.format(suffix=suffix))
