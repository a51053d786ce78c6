"""Paragraph and sentence segmentation (component "segment").

Paragraphs are runs of non-empty lines separated by line breaks: web excerpts put
headlines, captions, datelines and body paragraphs on their own lines, so every line
is a paragraph of its own and a line without final punctuation (a headline, a caption,
a `` date YYYY-MM-DD`` dateline) is still a sentence - unless the text is hard-wrapped: a
line without final punctuation followed by a line that starts in lower case goes on there. Inside a line, a sentence ends at
``.``, ``!``, ``?`` or ``…`` (plus closing quotes/brackets) followed by whitespace and an
upper-case letter, a digit or an opening quote (or, in text that lost its space, by a capitalised
word right after a lower-case word: "shot dead.Reports say"), unless the word before the period is a
known abbreviation (``rules/segment.json``), a single initial ("J. Smith") or an
ordinal written European-style ("19. and 20. September").
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.base import Component, Doc, Segment
from claimledger.extract.numbers import load_rules
from claimledger.extract.prefilter import gated

_LINE = re.compile(r"[^\n]+")
# (its first stop written out, not as ``[.!?…]+``: a pattern led by a character class lets the scan skip to the
# stops at C speed; one led by a repeat is tried at every position)
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9\u0400-\u04ff])")
_STOPS = ".!?…"  # the characters a ``_BOUNDARY`` match starts with
# a period with no space after it between a lower-case word (or a closing bracket) and a capitalised word:
# "... shot dead.Reports say ...", "(January 9).The church" - web text that lost its space
# (written led by the stop, with the look-behinds after it, so that the scan skips to stops at C speed)
_GLUED = gated(r"[.!?](?:(?<=[a-z]{3}[.!?])|(?<=\)[.!?]))(?=[A-Z][a-z])")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(load_rules("segment.json")["abbreviations"])


@cache
def bullets() -> str:
    """Rules ``bullets``: the characters that open a list item at a line's start."""
    return str(load_rules("segment.json")["bullets"])


@cache
def speaking_bullets() -> frozenset[str]:
    """The bullets whose item may continue the statement that introduces its list: ``bullets`` less
    ``speechless_bullets`` (a dash or an asterisk, which also open replies, asides and notes)."""
    return frozenset(bullets()) - frozenset(load_rules("segment.json")["speechless_bullets"])


def _is_false_boundary(text: str, line_start: int, dot: int) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation, an initial or an ordinal."""
    if text[dot] != ".":
        return False
    j = dot
    while j > line_start and not text[j - 1].isspace() and text[j - 1] not in "(\"“":
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in _abbreviations():
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial
    if word.isdigit() and len(word) <= 2:
        # "19. and 20. September", "On 12. February": a European ordinal, when a month or "and" follows
        nxt = text[dot + 1 : dot + 14].lstrip().lower()
        return bool(re.match(r"(and|und|to|-|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", nxt))
    return False


def _in_address(text: str, start: int, end: int, dot: int) -> bool:
    """True when the period at ``dot`` is inside a web or mail address ("www.Site.org", "a@b.Org")."""
    a = dot
    while a > start and not text[a - 1].isspace():
        a -= 1
    b = dot
    while b < end and not text[b].isspace():
        b += 1
    token = text[a:b].lower()
    return "/" in token or "@" in token or token.startswith(("www", "http"))


def boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(_BOUNDARY.finditer(text, start, end))``, tried only at the stops (``str.find`` passes over the other
    characters, faster than the scan): every match starts with one, so from each stop past the previous match
    the first where ``_BOUNDARY.match`` holds is the next match, as the scan finds it (matches are never empty)."""
    at: list[int] = []
    for ch in _STOPS:
        i = text.find(ch, start, end)
        while i >= 0:
            at.append(i)
            i = text.find(ch, i + 1, end)
    at.sort()
    out: list[re.Match[str]] = []
    last = start
    for p in at:
        if p >= last:
            m = _BOUNDARY.match(text, p, end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


def split_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Split ``text[start:end]`` (one paragraph) into sentences, trimmed of whitespace."""
    out: list[Segment] = []
    cur = start
    ends = boundaries(text, start, end)
    if text.find(".", start, end) >= 0:
        ends.extend(m for m in _GLUED.finditer(text, start, end) if not _in_address(text, start, end, m.start()))
        ends.sort(key=lambda m: m.start())
    for m in ends:
        if _is_false_boundary(text, start, m.start()):
            continue
        _append_trimmed(text, cur, m.end(), out)
        cur = m.end()
    _append_trimmed(text, cur, end, out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[Segment]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end))


_CONTINUES = re.compile(r"[^\s.!?…:;\"”’»)\]]\s*\n[ \t]*[a-z]")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines; a hard-wrapped line (no final punctuation, the next line going on in lower
    case: "A leading opposition\nfigure said ...") is joined with the next one."""
    out: list[tuple[int, int]] = []
    joined = False
    for m in _LINE.finditer(text):
        if joined and out:
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
        joined = bool(m.end() < len(text) and _CONTINUES.match(text, max(m.start(), m.end() - 1)))
    return out


def segment(doc: Doc) -> Doc:
    """Fill ``doc.paragraphs`` (one per non-empty line, hard-wrapped lines joined) and ``doc.sentences``."""
    text = doc.text
    paragraphs: list[Segment] = []
    sentences: list[Segment] = []
    for start, end in _lines(text):
        before = len(paragraphs)
        _append_trimmed(text, start, end, paragraphs)
        if len(paragraphs) > before:
            p = paragraphs[-1]
            sentences.extend(split_sentences(text, p.start, p.end))
    doc.paragraphs = paragraphs
    doc.sentences = sentences
    return doc


component = Component(name="segment", func=segment, requires=(), assigns=("sentences", "paragraphs"))
