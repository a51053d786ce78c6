"""A ``regex`` pattern with an ``re`` twin for strings of ASCII characters only.

The third-party ``regex`` module reads ``\\p{Lu}``, variable-width look-behinds and reverse searches, which
``re`` does not, but each call costs more, and a search of a stretch much more (``re`` tries a start
position faster). On a string of ASCII characters only the two read a pattern of the common syntax the same
way once ``re`` is told ``re.ASCII``: ``\\w``, ``\\d``, ``\\s``, ``\\b`` and case-insensitive letters then hold
the same characters in both (``regex``'s ``\\s`` is Unicode's White_Space, which holds no ASCII character past
``[ \\t\\n\\r\\f\\v]``; ``re``'s Unicode ``\\s`` would add ``\\x1c``-``\\x1f``), and the few letter and digit
properties hold the ASCII ones (``\\p{Lu}`` the capitals A-Z). ``Twin`` runs the ``re`` twin on such a string
and ``regex`` on any other: the answers are ``regex``'s. A pattern with a construct not read here (a reverse
search, another property, a ``regex``-only flag or syntax ``re`` rejects or warns about) has no twin.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import regex

# the ASCII members of the properties read (``\p{M}``, marks, has none: a non-ASCII mark stands in the class)
_PROPERTIES = {"L": "A-Za-z", "Letter": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "N": "0-9", "Nd": "0-9",
               "M": "\u0300", "Mark": "\u0300"}
# the flags of a compiled ``regex`` pattern a twin reads (as ``re``'s: the same values); any other (reverse search,
# version 1, full case-folding, fuzzy or POSIX matching, verbose patterns, ...) leaves the pattern without a twin
_READ_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.UNICODE | regex.V0
_QUANTIFIER = re.compile(r"\{(?:\d+(?:,\d*)?|,\d+)\}")


def _folds_to_ascii(ch: str) -> bool:
    """True when a non-ASCII character is matched to an ASCII one case-insensitively ("K", the Kelvin sign, to
    "k"): ``re.ASCII`` does not do so, ``regex`` does."""
    return any(f.isascii() for f in (ch.lower(), ch.upper(), ch.casefold(), ch.lower()[:1], ch.casefold()[:1]))


def ascii_pattern(pattern: str) -> str | None:
    """``pattern`` with its ``\\p{...}`` properties written as the ASCII characters they hold, for ``re``;
    ``None`` when it holds one not read here (``\\P{...}`` in a class, another property, a non-ASCII character
    or range that a case-insensitive match takes to an ASCII letter, an escape naming a character by its code,
    a brace that is not a repeat count: ``regex``'s fuzzy matching, or a comment, whose text is not read)."""
    if "(?#" in pattern:
        return None
    out: list[str] = []
    i = 0
    n = len(pattern)
    in_class = False
    class_start = -1
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= n:
                return None
            nxt = pattern[i + 1]
            if nxt in "pP":
                end = pattern.find("}", i)
                if i + 2 >= n or pattern[i + 2] != "{" or end < 0:
                    return None
                members = _PROPERTIES.get(pattern[i + 3 : end])
                if members is None or (nxt == "P" and in_class):
                    return None
                if in_class:
                    out.append(members)
                else:
                    out.append(("[^" if nxt == "P" else "[") + members + "]")
                i = end + 1
                continue
            if nxt in "xuUN0" or nxt.isdigit() and in_class:
                return None  # a character named by its code (it may fold to an ASCII letter)
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not ch.isascii():
            if _folds_to_ascii(ch):
                return None
            escaped_dash = i >= 3 and pattern[i - 2] == "\\" and pattern[i - 3] != "\\"  # "\\-": no range
            if in_class and i >= 2 and pattern[i - 1] == "-" and i - 2 > class_start and not escaped_dash:
                lo = pattern[i - 2]
                if any(_folds_to_ascii(chr(c)) for c in range(max(ord(lo), 128), ord(ch) + 1)):
                    return None
        if in_class:
            if ch == "]" and i > class_start + 1 and not (i == class_start + 2 and pattern[class_start + 1] == "^"):
                in_class = False
            elif ch == "[":
                return None  # a nested set or a POSIX class ("[[:alpha:]]"): read otherwise by regex
        elif ch == "[":
            in_class = True
            class_start = i
        elif ch == "{" and not _QUANTIFIER.match(pattern, i):
            return None
        out.append(ch)
        i += 1
    return None if in_class else "".join(out)


def ascii_twin(rx: Any) -> re.Pattern[str] | None:
    """The ``re`` pattern that matches as the compiled ``regex`` pattern ``rx`` does on every string of ASCII
    characters only, or ``None`` when there is none (see the module docstring)."""
    if rx.flags & ~_READ_FLAGS:
        return None
    body = ascii_pattern(rx.pattern)
    if body is None:
        return None
    flags = (rx.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL)) | re.ASCII
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set" and the like: read otherwise by regex
        try:
            twin = re.compile(body, flags)
        except (re.error, Warning):
            return None
    if twin.groupindex != dict(rx.groupindex) or twin.groups != rx.groups:
        return None
    return twin


class Twin:
    """``regex.compile(pattern, flags)``, run as its ``re`` twin (``ascii_twin``) on a string of ASCII characters
    only. ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall`` and ``sub`` take what ``regex``'s take
    (``pos``, ``endpos`` by position or name) and give the same answers; the match objects are ``re``'s on an
    ASCII string. A negative ``pos`` or ``endpos`` (``regex`` counts it from the end, ``re`` reads it as 0), a ``pos``
    past ``endpos`` (``regex`` may then find an empty match, ``re`` finds none) and a replacement with a backslash
    run ``regex``."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.rx: Any = regex.compile(pattern, flags)
        self.ascii = ascii_twin(self.rx)
        self.pattern: str = pattern
        self.flags: int = self.rx.flags

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ascii is not None and 0 <= pos <= endpos and s.isascii():
            return self.ascii.search(s, pos, endpos)
        return self.rx.search(s, pos, endpos)

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ascii is not None and 0 <= pos <= endpos and s.isascii():
            return self.ascii.match(s, pos, endpos)
        return self.rx.match(s, pos, endpos)

    def fullmatch(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if self.ascii is not None and 0 <= pos <= endpos and s.isascii():
            return self.ascii.fullmatch(s, pos, endpos)
        return self.rx.fullmatch(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Any]:
        if self.ascii is not None and 0 <= pos <= endpos and s.isascii():
            return self.ascii.finditer(s, pos, endpos)
        return iter(self.rx.finditer(s, pos, endpos))

    def findall(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self.ascii is not None and 0 <= pos <= endpos and s.isascii():
            return self.ascii.findall(s, pos, endpos)
        return list(self.rx.findall(s, pos, endpos))

    def sub(self, repl: Any, s: str, count: int = 0) -> str:
        if self.ascii is not None and isinstance(repl, str) and "\\" not in repl and s.isascii():
            return self.ascii.sub(repl, s, count)
        return str(self.rx.sub(repl, s, count))


def twin(pattern: str, flags: int = 0) -> Twin:
    """``Twin(pattern, flags)``: a drop-in for ``regex.compile``."""
    return Twin(pattern, flags)
