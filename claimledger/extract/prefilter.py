"""A one-pass prefilter for the extraction regexes of a document (Hyperscan, when installed).

Regexes wrapped in ``Gated`` register a loosened copy of themselves: zero-width assertions
(``\\b``, ``^``, ``$``, look-arounds) dropped, a back-reference read as any string, and every
character class widened to take any non-ASCII character (``re``'s Unicode ``\\w``, ``\\d``,
``\\s`` and case folds then need no translation). The loosened regex matches wherever the regex
matches, and more. When a document's text (or its lower-cased copy) is first searched with a regex of a
group (``register``), one Hyperscan scan tells which loosened regexes of that group match anywhere in it;
a ``search``, ``match``, ``fullmatch``, ``finditer`` or ``findall`` on that very string (compared by
identity) with a regex whose loosened copy does not match there has no match at any ``pos``/``endpos`` and returns at once. Any other
string, or a regex that cannot be loosened, runs ``re`` as it is: the answers are ``re``'s.

A regex registered with ``spans`` (one whose matches are never empty) also keeps where its loosened copy's
matches end in each scanned string: a stretch ``s[pos:endpos]`` in which none ends holds no match of it,
whether searched as ``rx.search(s, pos, endpos)`` or cut out as ``rx.search(s[pos:endpos])`` (the loosened
copy has no assertions, so a match of the cut-out stretch is one of the loosened copy in ``s`` that ends
inside it). ``Gated`` answers so for its ``pos``/``endpos``; ``absent(s, pos, endpos)`` tells it to a caller
that searches a slice.

Hyperscan's "no match" is trusted, so each database is checked once when it is built
(``prefilter_check``): a regex the database misses on one of its own samples is never shut.

``begin_document(text)`` clears the strings scanned so far (called per document by the pipeline):
what a scan found is kept only while that document is extracted.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import os
import platform
import re
import sys
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from claimledger.extract import prefilter_check
from claimledger.extract.reparse import regex_tree

# "0": no prefilter, every regex runs. Hyperscan 5.4.12 (hyperscan 0.9.1) can miss a real match of a loosened regex
# (an alternation of words, an optional group, another alternation, some bytes into the text); the self-check at build
# (``prefilter_check``) leaves such regexes unshut, and claims then equal those without the prefilter on all 23,384
# test documents, but it checks by examples. With this switch the claims are those of the plain regexes by
# construction, at the prefilter's speed cost.
ENV_SWITCH = "CLAIMLEDGER_PREFILTER"

try:  # optional: without it nothing is gated
    _hs: Any = None if os.environ.get(ENV_SWITCH) == "0" else importlib.import_module("hyperscan")
except ImportError:  # pragma: no cover - the dependency is declared; a platform without a wheel
    _hs = None

_NON_ASCII_RANGE = r"\x{80}-\x{10ffff}"
_LONGEST_BOUND = 12  # a repeat bounded above this many is loosened to an unbounded one
# the ASCII members of re's Unicode classes (str patterns): \d, \w, \s
_DIGITS = frozenset("0123456789")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_SPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")
_ASCII = frozenset(chr(c) for c in range(128))


class _Unread(Exception):
    """A construct ``loosened`` does not translate: the regex is not gated."""


def _ascii_class(chars: frozenset[str] | set[str], non_ascii: bool) -> str:
    """A Hyperscan class (UTF-8 mode) of the ASCII ``chars``, and of every non-ASCII character when ``non_ascii``."""
    body = "".join(f"\\x{ord(c):02x}" for c in sorted(chars)) + (_NON_ASCII_RANGE if non_ascii else "")
    if not body:
        raise _Unread
    return f"[{body}]"


# re.IGNORECASE matches these letters outside ASCII to ASCII ones (their simple lower case, or re's own
# equivalences): "İ" and dotless "ı" to "i", long "ſ" to "s", the Kelvin sign to "k"
_FOLDS = {"i": "\\x{130}\\x{131}", "s": "\\x{17f}", "k": "\\x{212a}"}


def _cased(c: str, ignorecase: bool) -> set[str]:
    return {c.lower(), c.upper()} if ignorecase and c.isalpha() else {c}


def _folds(chars: set[str]) -> str:
    """The non-ASCII letters re.IGNORECASE takes for the ASCII ``chars``, written for a class."""
    return "".join(f for c, f in _FOLDS.items() if c in chars)


def loosened(pattern: str, flags: int = 0, reverse: bool = False) -> str | None:
    """A Hyperscan regex (UTF-8, dot-all) matching every string ``re.compile(pattern, flags)`` matches
    somewhere, and more: see the module docstring. ``None`` when the pattern cannot be read so, or the
    loosened regex would match the empty string (it would then hold everywhere). With ``reverse``, the
    loosened regex read backwards (every sequence in reverse order, every look-around dropped): it
    matches the reverse of every string the regex matches."""
    got = regex_tree(pattern, flags)
    if got is None:
        return None
    sre_c, tree = got
    base_ic = bool((flags | tree.state.flags) & re.IGNORECASE)

    def category(av: Any) -> tuple[frozenset[str], bool]:
        """(ASCII members, any non-ASCII) of a category, as a superset."""
        if av is sre_c.CATEGORY_DIGIT:
            return _DIGITS, True
        if av is sre_c.CATEGORY_NOT_DIGIT:
            return _ASCII - _DIGITS, True
        if av is sre_c.CATEGORY_WORD:
            return _WORD, True
        if av is sre_c.CATEGORY_NOT_WORD:
            return _ASCII - _WORD, True
        if av is sre_c.CATEGORY_SPACE:
            return _SPACE, True
        if av is sre_c.CATEGORY_NOT_SPACE:
            return _ASCII - _SPACE, True
        raise _Unread

    def klass(items: Any, ic: bool) -> str:
        members: set[str] = set()
        non_ascii = False
        negate = False
        for op, av in items:
            if op is sre_c.NEGATE:
                negate = True
            elif op is sre_c.LITERAL:
                c = chr(av)
                if c.isascii():
                    members |= _cased(c, ic)
                else:
                    non_ascii = True
            elif op is sre_c.RANGE:
                lo, hi = av
                for code in range(lo, min(hi, 127) + 1):
                    members |= _cased(chr(code), ic)
                if hi > 127:
                    non_ascii = True
            elif op is sre_c.CATEGORY:
                chars, wide = category(av)  # its ASCII members are exact (a negated class may subtract them)
                members |= chars
                non_ascii = non_ascii or wide
            else:
                raise _Unread
        if negate:
            # every character not excluded for sure: ASCII ones outside the members, any non-ASCII one
            return _ascii_class(_ASCII - members, True)
        folds = _folds(members) if ic and not non_ascii else ""
        return _ascii_class(members, non_ascii)[:-1] + folds + "]"

    def literal(code: int, ic: bool) -> str:
        c = chr(code)
        if not c.isascii():
            return "." if ic else f"\\x{{{code:x}}}"
        if ic and c.isalpha():
            cased = _cased(c, True)
            return _ascii_class(cased, False)[:-1] + _folds(cased) + "]"
        return f"\\x{code:02x}"

    def seq(items: Any, ic: bool) -> str:
        out: list[str] = []
        for op, av in items:
            if op is sre_c.AT or op is sre_c.ASSERT_NOT:
                continue  # zero-width: dropped (a looser regex)
            if op is sre_c.ASSERT and reverse:
                continue  # dropped too when read backwards (a looser regex)
            if op is sre_c.ASSERT:  # a positive look-around, kept: Hyperscan's prefilter mode reads it loosely
                direction, sub = av
                body = seq(sub, ic)
                if body:
                    out.append(("(?=" if direction == 1 else "(?<=") + body + ")")
            elif op is sre_c.LITERAL:
                out.append(literal(av, ic))
            elif op is sre_c.NOT_LITERAL:
                c = chr(av)
                out.append(_ascii_class(_ASCII - _cased(c, ic), True) if c.isascii() else ".")
            elif op is sre_c.ANY:
                out.append(".")
            elif op is sre_c.IN:
                out.append(klass(av, ic))
            elif op is sre_c.CATEGORY:
                chars, wide = category(av)
                out.append(_ascii_class(chars, wide))
            elif op is sre_c.BRANCH:
                out.append("(?:" + "|".join(seq(b, ic) for b in av[1]) + ")")
            elif op is sre_c.SUBPATTERN:
                _group, add, dele, sub = av
                sub_ic = (ic or bool(add & re.IGNORECASE)) and not dele & re.IGNORECASE
                out.append("(?:" + seq(sub, sub_ic) + ")")
            elif op is getattr(sre_c, "ATOMIC_GROUP", None):
                out.append("(?:" + seq(av, ic) + ")")
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
                least, most, sub = av
                body = seq(sub, ic)
                if not body:
                    continue
                # a long bounded repeat is read as unbounded (looser): Hyperscan compiles "up to 80 of a class"
                # into a large automaton, and one such regex took most of the database's compile time
                top = "" if most == sre_c.MAXREPEAT or most > _LONGEST_BOUND else str(most)
                out.append(f"(?:{body}){{{least},{top}}}")
            elif op is sre_c.GROUPREF:
                out.append(".*")  # a back-reference: any string
            elif op is sre_c.GROUPREF_EXISTS:
                _group, yes, no = av
                out.append("(?:" + seq(yes, ic) + "|" + (seq(no, ic) if no is not None else "") + ")")
            else:
                raise _Unread
        return "".join(reversed(out) if reverse else out)

    try:
        body = seq(list(tree), base_ic)
    except _Unread:
        return None
    return body or None


class _Scanned:
    """What the scans of one string of the current document found (``_Engine.scan``): per pattern id, ``found``
    is 1 when its loosened regex matches somewhere in the string, 0 when it matches nowhere, 2 when the
    database holding it has not scanned the string yet (``_Engine.read``); ``ends``: per ``spans`` id that
    matched, the sorted offsets in the string where its matches end (reversed engines: start)."""

    __slots__ = ("s", "found", "ends", "data")

    def __init__(self, s: str, found: bytearray, data: bytes) -> None:
        self.s = s
        self.found = found
        self.ends: dict[int, list[int]] = {}
        self.data = data  # the string as scanned (UTF-8; reversed engines: reversed first)


# ``register``'s groups: regexes of one group share a database, and a string is scanned with it only when one of them
# is first asked about on that string (a group decides what is scanned when, never an answer)
TEXT = 0  # regexes run on the text as written
LOWER = 1  # regexes run on the lower-cased text
SELDOM = 2  # regexes seldom run at all (a fallback for a text that cannot be lower-cased exactly)
BY_CASE = -1  # LOWER for a regex of small letters only, without ``re.IGNORECASE`` (``_caseless_written``), else TEXT
_UNREAD = 2  # ``_Scanned.found``: the database of that id has not scanned the string yet


class _Engine:
    """The registered loosened regexes, their Hyperscan databases, and what the current document's scans found.

    Regexes are registered in groups (``register``'s ``group``): each build makes one database per group,
    and a string is scanned with a database only when one of its regexes is first asked about on that string
    (``read``). A group of regexes run on one kind of string (the lower-cased text), or seldom run at all,
    thus costs no scan of the other strings.

    With ``reverse``: the loosened regexes read backwards, scanned over each string reversed; the offsets kept
    for a ``spans`` regex are then those in the string where its loosened copy's matches start (a match at
    ``[a, b)`` of the string is one of the backward copy at ``[n - b, n - a)`` of the reversed string).
    """

    def __init__(self, reverse: bool = False) -> None:
        self.reverse = reverse
        self.sources: list[tuple[str, int]] = []  # per id: the regex as registered (pattern, flags)
        self.patterns: list[str] = []  # per id: its loosened regex
        self.groups: list[int] = []  # per id: its group (``register``)
        self.built = 0  # ids below this are built (those registered later are not gated until the next build)
        self.builds = 0
        self.dbs: list[Any] = []  # the databases: one per group of the patterns registered since the previous build
        self.db_ids: list[list[int]] = []  # per database: the ids Hyperscan took in it
        self.db_of: list[int] = []  # per built id: its database, -1 when not taken (never shut)
        self.blank = bytearray()  # per built id: ``_Scanned.found`` before any scan (1: not taken, 2: unread)
        self.spans = bytearray()  # per id: 1 when the scan keeps where its matches end (``register(spans=True)``)
        self.doc_len = -1  # the current document's length: strings of that length are scanned on first use
        self.scanned: dict[int, _Scanned] = {}  # id(string) -> what its scans found
        # the entry of ``scanned`` read last: most reads in a row are of one string (a component works on the
        # text or on its lower-cased copy), told by identity without the id() and the dictionary
        self.last: _Scanned | None = None

    def register(self, pattern: str, flags: int, spans: bool = False, group: int = TEXT) -> int:
        """The id of ``pattern``'s loosened regex, or -1 when it is not gated; with ``spans``, the scan keeps
        where its matches end (not for a regex that can match the empty string); ``group``: regexes of one
        group share a database (see the class)."""
        if _hs is None:
            return -1
        hs = loosened(pattern, flags, self.reverse)
        if hs is None:
            return -1
        self.sources.append((pattern, flags))
        self.patterns.append(hs)
        self.groups.append(group)
        self.spans.append(1 if spans and _min_width(pattern, flags) > 0 else 0)
        return len(self.patterns) - 1

    def begin(self, text: str) -> None:
        self.scanned = {}
        self.last = None
        self.doc_len = len(text)
        if self.built < len(self.patterns) and self.builds < _MAX_BUILDS:
            self._build()

    def _build(self) -> None:
        """Databases of the patterns registered since the last build, one per group (the pipeline registers its
        regexes as it is built: one build; regexes made later, as in tests, get small ones of their own)."""
        first = self.built
        self.builds += 1
        self.db_of.extend([-1] * (len(self.patterns) - first))
        for group in sorted(set(self.groups[first:])):
            ids = [k for k in range(first, len(self.patterns)) if self.groups[k] == group]
            db, taken = _kept_database([self.patterns[k] for k in ids], first, bytes(self.spans[k] for k in ids),
                                       [self.sources[k] for k in ids], self.reverse, ids)
            kept = [k for k, t in zip(ids, taken) if t]
            for k, t in zip(ids, taken):
                if not t:  # not read: its match ends are not kept either
                    self.spans[k] = 0
            if db is not None and kept:
                for k in kept:
                    self.db_of[k] = len(self.dbs)
                self.dbs.append(db)
                self.db_ids.append(kept)
        self.blank = bytearray(1 if d < 0 else _UNREAD for d in self.db_of)
        self.built = len(self.patterns)

    def scan(self, s: str) -> _Scanned | None:
        """What the scans of ``s`` found so far (``_Scanned``; an id whose ``found`` is ``_UNREAD`` is read with
        ``read``); ``None`` when ``s`` is not a string of the current document that is scanned."""
        got = self.last
        if got is not None and got.s is s:
            return got
        got = self.scanned.get(id(s))
        if got is not None and got.s is s:
            self.last = got
            return got
        if len(s) != self.doc_len or not self.dbs or len(self.scanned) >= _MAX_SCANS:
            return None
        try:
            data = (s[::-1] if self.reverse else s).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: not valid UTF-8, not scanned
            return None
        found = bytearray(self.blank)
        found.extend(b"\x01" * (len(self.patterns) - len(found)))  # registered since the last build: never shut
        got = _Scanned(s, found, data)
        self.scanned[id(s)] = got
        self.last = got
        return got

    def read(self, got: _Scanned, pid: int) -> int:
        """``got.found[pid]`` (0 or 1), scanning ``got``'s string with the database of ``pid`` first when it has
        not yet (``pid`` a taken id: its ``found`` is ``_UNREAD``)."""
        k = self.db_of[pid]
        found = got.found
        for i in self.db_ids[k]:
            found[i] = 0
        spans = self.spans
        ends: dict[int, list[int]] = {}

        def on_match(i: int, _start: int, end: int, _flags: int, _context: object) -> None:
            found[i] = 1
            if spans[i]:
                at = ends.get(i)
                if at is None:
                    ends[i] = [end]
                else:
                    at.append(end)

        data = got.data
        self.dbs[k].scan(data, match_event_handler=on_match)
        s = got.s
        if ends and len(data) != len(s):  # offsets in the UTF-8 bytes: read back as offsets in ``s``
            to_char = _char_offsets(data, {b for at in ends.values() for b in at})
            if to_char is None:
                ends.clear()  # not known: each search of a ``spans`` regex then runs
            else:
                for at in ends.values():
                    at[:] = [to_char[b] for b in at]
        if self.reverse:  # ends in the reversed string: starts in ``s``
            n = len(s)
            for at in ends.values():
                at[:] = [n - b for b in at]
        for at in ends.values():
            at.sort()
        got.ends.update(ends)
        return found[pid]


def _min_width(pattern: str, flags: int) -> int:
    """The fewest characters a match of the regex takes (0 when unknown)."""
    got = regex_tree(pattern, flags)
    return int(got[1].getwidth()[0]) if got is not None else 0


def _char_offsets(data: bytes, offsets: set[int]) -> dict[int, int] | None:
    """Per offset in ``data`` (UTF-8) that falls between characters, the same place's offset in the decoded string;
    ``None`` when one falls inside a character."""
    out: dict[int, int] = {}
    chars = 0
    last = 0
    try:
        for b in sorted(offsets):
            chars += len(data[last:b].decode("utf-8"))
            last = b
            out[b] = chars
    except UnicodeDecodeError:
        return None
    return out


_MAX_BUILDS = 32  # databases per process (regexes registered after the last one are not gated)
_MAX_SCANS = 6  # strings of a document scanned (the text and its lower-cased copies)


_HS_FLAGS = ("HS_FLAG_UTF8", "HS_FLAG_DOTALL", "HS_FLAG_SINGLEMATCH", "HS_FLAG_PREFILTER", "HS_FLAG_ALLOWEMPTY")


def _database(patterns: list[str], first: int = 0, spans: bytes = b"",
              sources: list[tuple[str, int]] | None = None, reverse: bool = False,
              ids: list[int] | None = None) -> tuple[Any, list[bool]]:
    """A block-mode database of ``patterns`` (ids from ``first``, by position, or ``ids``, one per pattern) and, per
    pattern, whether it is in it: one Hyperscan rejects (a construct it lacks, a regex too large) is left out, found
    by halves. A regex that
    can match the empty string is taken (``HS_FLAG_ALLOWEMPTY``): it matches every text, so it is never shut.
    A pattern whose ``spans`` byte is 1 reports every match (the others their first only). With ``sources``
    (per pattern, the regex it loosens: pattern and flags), a regex the built database misses on one of
    its samples (``prefilter_check.unfaithful``; ``reverse``: a database of regexes read backwards) is marked
    not taken: it stays in the database, unread."""
    flag = 0
    for name in _HS_FLAGS:
        flag |= getattr(_hs, name)
    every = flag & ~_hs.HS_FLAG_SINGLEMATCH
    taken = [True] * len(patterns)
    hs_ids = ids if ids is not None else [first + k for k in range(len(patterns))]

    def compile_ids(ks: list[int]) -> Any:
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(expressions=[patterns[k].encode("utf-8") for k in ks], ids=[hs_ids[k] for k in ks],
                   flags=[every if k < len(spans) and spans[k] else flag for k in ks])
        return db

    def find_rejected(ks: list[int]) -> None:
        try:
            compile_ids(ks)
        except Exception:  # noqa: BLE001 - hyperscan.error: one of them is rejected
            if len(ks) == 1:
                taken[ks[0]] = False
                return
            find_rejected(ks[: len(ks) // 2])
            find_rejected(ks[len(ks) // 2 :])

    everything = list(range(len(patterns)))
    try:
        db = compile_ids(everything)
    except Exception:  # noqa: BLE001 - hyperscan.error
        find_rejected(everything)
        kept = [k for k in everything if taken[k]]
        db = compile_ids(kept) if kept else None
    if db is not None and sources is not None:
        at = {pid: k for k, pid in enumerate(hs_ids)}
        for pid in _unfaithful(db, sources, taken, hs_ids, spans, reverse):
            taken[at[pid]] = False
    return db, taken


def _unfaithful(db: Any, sources: list[tuple[str, int]], taken: list[bool], ids: list[int], spans: bytes,
                reverse: bool = False) -> set[int]:
    """The ids of the taken regexes that ``db`` misses on a sample of theirs (``prefilter_check.unfaithful``)."""

    def scan(data: bytes) -> list[tuple[int, int]]:
        got: list[tuple[int, int]] = []
        db.scan(data, match_event_handler=lambda pid, _start, end, _flags, _context: got.append((pid, end)))
        return got

    regexes = {ids[k]: (pattern, flags, k < len(spans) and spans[k] == 1)
               for k, (pattern, flags) in enumerate(sources) if taken[k]}
    return prefilter_check.unfaithful(scan, regexes, reverse)


ENV_DIR = "CLAIMLEDGER_PREFILTER_DIR"  # where compiled databases are kept (else the user cache)


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(os.environ.get(ENV_DIR) or Path(base) / "claimledger" / "prefilter")


def _kept_database(patterns: list[str], first: int, spans: bytes = b"",
                   sources: list[tuple[str, int]] | None = None, reverse: bool = False,
                   ids: list[int] | None = None) -> tuple[Any, list[bool]]:
    """``_database(patterns, first, spans, sources, reverse, ids)``, kept on disk: compiling the rule regexes takes
    Hyperscan several seconds, loading its serialised database a few milliseconds. The file is named by a hash of the
    regexes, their ids, the ``spans`` bytes, the self-check's version and the Hyperscan version and platform
    (it holds compiled rules and what the self-check found, nothing of any document)."""
    key = hashlib.sha256("\0".join([str(first) if ids is None else ",".join(map(str, ids)), _hs.__version__,
                                     platform.machine(), spans.hex(),
                                     prefilter_check.VERSION if sources is not None else "-", str(reverse),
                                     *patterns]).encode("utf-8"))
    path = _cache_dir() / f"{key.hexdigest()[:32]}.hsdb"
    try:
        blob = path.read_bytes()
        size = int.from_bytes(blob[:4], "little")
        taken = [b == 1 for b in blob[4 : 4 + size]]
        db = _hs.loadb(blob[4 + size :], _hs.HS_MODE_BLOCK) if any(taken) else None
        if db is not None:
            db.scratch = _hs.Scratch(db)
        if len(taken) == len(patterns):
            return db, taken
    except Exception:  # noqa: BLE001 - not there yet, unreadable, or from another build of Hyperscan
        pass
    db, taken = _database(patterns, first, spans, sources, reverse, ids)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(len(taken).to_bytes(4, "little") + bytes(1 if t else 0 for t in taken)
                        + (_hs.dumpb(db) if db is not None else b""))
        os.replace(tmp, path)
    except OSError:  # a read-only home: compiled again next time
        pass
    return db, taken


_ENGINE = _Engine()
# where matches start (``register_starts``): databases of their own, one for the regexes run on the lower-cased text
# and one for those run on the text as written (each string is scanned only for the regexes run on it)
_STARTS = _Engine(reverse=True)
_STARTS_CASED = _Engine(reverse=True)
_START_IDS: dict[tuple[str, int, bool], int] = {}  # (pattern, flags, cased) -> its id in its engine


def begin_document(text: str) -> None:
    """Start a document: forget the strings scanned for the previous one (and build the databases of the
    regexes registered since the last build)."""
    _ENGINE.begin(text)
    _STARTS.begin(text)
    _STARTS_CASED.begin(text)


def register_starts(rx: re.Pattern[str], cased: bool = False) -> int:
    """Register ``rx`` for ``match_starts``, to be run on the lower-cased text (with ``cased``: on the text as
    written): its id there, or -1 when its starts are not found (no Hyperscan, a regex that cannot be loosened or
    can match the empty string)."""
    key = (rx.pattern, rx.flags, cased)
    pid = _START_IDS.get(key)
    if pid is None:  # a regex registered again (several components compile the same cue) keeps its id
        engine = _STARTS_CASED if cased else _STARTS
        pid = engine.register(rx.pattern, rx.flags, spans=True)
        pid = _START_IDS[key] = pid if pid >= 0 and engine.spans[pid] else -1
    return pid


def match_starts(pid: int, s: str, cased: bool = False) -> list[int] | None:
    """The offsets in ``s`` where a match of the regex registered as ``pid`` (``register_starts``) may start,
    ascending: every offset where ``rx.match(s, offset)`` finds a non-empty match is among them (a scan of the
    current document's text or lower-cased text, reversed). ``None`` when not known (not a scanned string, a
    regex not in a database yet or not taken by Hyperscan): then search as usual."""
    if pid < 0:
        return None
    engine = _STARTS_CASED if cased else _STARTS
    got = engine.scan(s)
    if got is None or pid >= len(got.found):  # not scanned, or registered since the scan
        return None
    hit = got.found[pid]
    if hit == _UNREAD:
        hit = engine.read(got, pid)
    if not hit:
        return []
    return got.ends.get(pid)


def match_starts_of(pids: list[int], s: str, cased: bool = False, all_known: bool = False) -> list[list[int] | None] | None:
    """``[match_starts(pid, s, cased) for pid in pids]``, the scan of ``s`` looked up once (a caller reads the starts
    of many regexes in a row). With ``all_known``: ``None`` at the first ``pid`` whose starts are not known (the
    later ones are not read, as a loop of ``match_starts`` that stops there does not read them)."""
    engine = _STARTS_CASED if cased else _STARTS
    got: _Scanned | None = None
    looked = False  # (the scan is looked up at the first registered id, as match_starts does)
    found = bytearray()
    ends: dict[int, list[int]] = {}
    unread = _UNREAD
    out: list[list[int] | None] = []
    for pid in pids:
        at: list[int] | None = None
        if pid >= 0:
            if not looked:
                looked = True
                got = engine.scan(s)
                if got is not None:
                    found, ends = got.found, got.ends  # (read below fills both in place)
            if got is not None and pid < len(found):
                hit = found[pid]
                if hit == unread:
                    hit = engine.read(got, pid)
                at = ends.get(pid) if hit else []
        if at is None and all_known:
            return None
        out.append(at)
    return out


def started_finditer(rx: re.Pattern[str], pid: int, s: str, pos: int = 0, endpos: int = sys.maxsize,
                     cased: bool = False) -> Iterator[re.Match[str]] | None:
    """``rx.finditer(s, pos, endpos)`` read from where its matches may start (``match_starts(pid, s)``, ``rx``
    registered as ``pid``): from each such offset inside the stretch past the previous match, the first where
    ``rx.match(s, offset, endpos)`` holds is the next match, as the scan of ``re`` finds it (a match cut at
    ``endpos`` is one of the loosened copy in ``s`` too, so its start is among them; matches are never empty).
    ``None`` when the starts are not known."""
    at = match_starts(pid, s, cased)
    if at is None:
        return None
    return replay(rx, s, at, pos, endpos)


def replay(rx: re.Pattern[str], s: str, at: list[int], pos: int = 0,
           endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """``rx.finditer(s, pos, endpos)`` read from the ascending offsets ``at``, among which is every offset
    where a match starts: from each one past the previous match, the first where ``rx.match`` holds is the
    next match (an empty match is yielded as it is: a caller whose regex may match empty checks for it)."""
    n = len(s)
    lo = 0 if pos < 0 else min(pos, n)  # as ``re`` reads ``pos`` and ``endpos``
    hi = 0 if endpos < 0 else min(endpos, n)
    k = bisect.bisect_left(at, lo)
    last = lo
    while k < len(at):
        p = at[k]
        k += 1
        if p > hi:
            break
        if p < last:
            continue
        m = rx.match(s, p, hi)
        if m is not None:
            last = m.end()
            yield m


class Started:
    """``rx`` whose ``finditer`` on the current document's text (or lower-cased text) is read from the scan of
    where its matches start (``started_finditer``; ``cased``: run on the text as written). Any other string runs
    ``rx.finditer``."""

    def __init__(self, rx: re.Pattern[str], cased: bool = False) -> None:
        self.rx = rx
        self.cased = cased
        self.id = register_starts(rx, cased)

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        found = started_finditer(self.rx, self.id, s, pos, endpos, self.cased)
        return found if found is not None else self.rx.finditer(s, pos, endpos)


def register(rx: re.Pattern[str], spans: bool = False, group: int = BY_CASE) -> int:
    """Register ``rx`` with the prefilter: its id for ``shut`` (and, with ``spans``, ``shut_span``), or -1 when
    it is not gated; ``group``: ``TEXT``, ``LOWER``, ``SELDOM`` or ``BY_CASE``."""
    if group == BY_CASE:
        group = LOWER if _caseless_written(rx.pattern, rx.flags) else TEXT
    return _ENGINE.register(rx.pattern, rx.flags, spans, group)


def _caseless_written(pattern: str, flags: int) -> bool:
    """True when the regex has a small letter, no capital (a literal or a class range) and no ``re.IGNORECASE``
    (global or scoped): one written for the lower-cased text, since on the text as written it would miss every
    word written with a capital. A guess of where it runs (``register``'s group), not of what it matches."""
    got = regex_tree(pattern, flags)
    if got is None:
        return False
    sre_c, tree = got
    if (flags | tree.state.flags) & re.IGNORECASE:
        return False
    repeats = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
    cases: set[str] = set()  # "upper" (a capital or a scoped re.IGNORECASE), "lower" (a small letter)

    def walk(items: Any) -> None:
        for op, av in items:
            if op is sre_c.LITERAL and chr(av).isalpha():
                cases.add("upper" if chr(av).isupper() else "lower")
            elif op is sre_c.RANGE:
                span = [chr(c) for c in range(av[0], min(av[1], 0x24F) + 1)]
                cases.update(["upper"] if any(c.isupper() for c in span) else [])
                cases.update(["lower"] if any(c.islower() for c in span) else [])
            elif op is sre_c.SUBPATTERN and av[1] & re.IGNORECASE:
                cases.add("upper")
            if op is sre_c.IN or op is getattr(sre_c, "ATOMIC_GROUP", None):
                subs = [av]
            elif op is sre_c.SUBPATTERN:
                subs = [av[3]]
            elif op is sre_c.BRANCH:
                subs = list(av[1])
            elif op in repeats:
                subs = [av[2]]
            elif op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
                subs = [av[1]]
            elif op is sre_c.GROUPREF_EXISTS:
                subs = [av[1], av[2] or []]
            else:
                subs = []
            for sub in subs:
                walk(sub)

    walk(list(tree))
    return cases == {"lower"}


def shut(pid: int, s: str) -> bool:
    """True when the regex registered as ``pid`` matches nowhere in ``s`` (told by the scan of the current
    document's text or lower-cased text); False when it may, or it is not known (-1: not gated)."""
    if pid < 0:
        return False
    got = _ENGINE.scan(s)  # (read inline, not through a helper: this runs thousands of times per document)
    if got is None:
        return False
    hit = got.found[pid]
    if hit == _UNREAD:
        hit = _ENGINE.read(got, pid)
    return not hit


def shut_span(pid: int, s: str, pos: int, endpos: int) -> bool:
    """True when the regex registered as ``pid`` has no match inside ``s[pos:endpos]`` (searched with ``pos``
    and ``endpos`` or cut out), told by the scan of ``s``: no match anywhere, or (a ``spans`` regex) none that
    ends inside the stretch; False when it may, or it is not known."""
    if pid < 0:
        return False
    got = _ENGINE.scan(s)
    if got is None:
        return False
    hit = got.found[pid]
    if hit == _UNREAD:
        hit = _ENGINE.read(got, pid)
    if not hit:
        return True
    at = got.ends.get(pid)
    if at is None:  # not a ``spans`` regex, or one Hyperscan did not take
        return False
    n = len(s)
    lo = 0 if pos < 0 else pos
    hi = n if endpos > n or endpos < 0 else endpos  # a negative end (a slice's, counted from the end): all of it
    k = bisect.bisect_right(at, lo)  # the first match ending after ``pos``: a match is never empty
    return k == len(at) or at[k] > hi


class Gated:
    """``re.compile(pattern, flags)`` that answers ``None`` (no match) at once on the current document's
    text or lower-cased text when the one-pass scan shows its loosened copy matches nowhere there.
    ``search``, ``match``, ``fullmatch``, ``finditer`` and ``findall`` take what ``re.Pattern``'s take."""

    def __init__(self, rx: re.Pattern[str], spans: bool = False) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.flags = rx.flags
        self.groupindex = rx.groupindex
        self.id = register(rx, spans)
        self.spans = self.id >= 0 and bool(_ENGINE.spans[self.id])

    def _shut(self, s: str, pos: int, endpos: int) -> bool:
        if self.spans and (pos > 0 or endpos < len(s)):
            return shut_span(self.id, s, pos, endpos)
        return shut(self.id, s)

    def absent(self, s: str, pos: int, endpos: int) -> bool:
        """True when ``s[pos:endpos]`` holds no match: ``rx.search(s[pos:endpos])`` and ``rx.search(s, pos, endpos)``
        are ``None`` (``s`` a scanned string of the current document)."""
        return shut_span(self.id, s, pos, endpos) if self.spans else shut(self.id, s)

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._shut(s, pos, endpos):
            return None
        return self.rx.search(s, pos, endpos)

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._shut(s, pos, endpos):
            return None
        return self.rx.match(s, pos, endpos)

    def fullmatch(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._shut(s, pos, endpos):
            return None
        return self.rx.fullmatch(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._shut(s, pos, endpos):
            return iter(())
        return self.rx.finditer(s, pos, endpos)

    def findall(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._shut(s, pos, endpos):
            return []
        return self.rx.findall(s, pos, endpos)


def gated(pattern: str | re.Pattern[str], flags: int = 0, spans: bool = False) -> Gated:
    """``Gated(re.compile(pattern, flags), spans)`` (a compiled pattern is taken as it is)."""
    return Gated(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags), spans)
