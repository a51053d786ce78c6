"""One shared scan of a document for the whole-text cues of several components.

A case-insensitive cue runs fastest as a case-sensitive regex over the lower-cased text
(``attribution.CaselessRegex``), and a whole-text scan costs mostly its walk over the text, not
the cue words it tries at each position. So the cues registered here (``register``) are found
together: one look-ahead scan for "one of them matches here" gives every position where some
cue can start, and each cue's own ``finditer`` is replayed on those positions (``MultiScan``).
``scanned(text, low, name)`` gives one cue's matches; the first call for a text scans for all
registered cues and keeps the result for the next calls (components run one after another on
the same text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from claimledger.extract.fastre import (
    _class_members,
    _dispatch_tree,
    at_boundary,
    lead_class,
    literal_prefixes,
    literal_trie,
    lower_pattern,
    opening_holds,
)
from claimledger.extract.prefilter import match_starts_of, register_starts, replay


class Caseless(Protocol):
    """A case-insensitive cue with its lower-cased-text form (``attribution.CaselessRegex``)."""

    @property
    def lower(self) -> re.Pattern[str]:
        """The cue for lower-cased text, case-sensitive."""
        ...

    @property
    def ignorecase(self) -> re.Pattern[str]:
        """The cue as written, ``re.IGNORECASE``."""
        ...

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]: ...


@dataclass(frozen=True)
class Cue:
    """A ``Caseless`` cue from its two compiled forms."""

    lower: re.Pattern[str]
    ignorecase: re.Pattern[str]

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        low = text.lower() if low is None else low
        return self.lower.finditer(low) if len(low) == len(text) else self.ignorecase.finditer(text)


_NAMED_GROUP = re.compile(r"(?<!\\)\(\?P<\w+>")


def replayed(rx: re.Pattern[str], s: str, positions: list[int]) -> list[re.Match[str]] | None:
    """``list(rx.finditer(s))`` from ``positions`` (ascending), among which is every offset where a match of
    ``rx`` in ``s`` starts (``prefilter.replay``). ``None`` on an empty match (the scan's own rules for what
    comes next: the caller runs ``finditer``)."""
    found: list[re.Match[str]] = []
    for m in replay(rx, s, positions):
        if m.end() == m.start():
            return None
        found.append(m)
    return found


def starts_of(ids: list[int], s: str, cased: bool = False) -> list[list[int]] | None:
    """Per regex registered with ``prefilter.register_starts`` (``ids``, with ``cased``), the offsets in ``s`` where
    its matches may start (``prefilter.match_starts``); ``None`` when those of one are not known."""
    at = match_starts_of(ids, s, cased, all_known=True)
    return None if at is None else [a for a in at if a is not None]  # (all known: none is None)


class MultiScan:
    """Several ``Caseless`` cues scanned over one lower-cased text in one pass.

    One look-ahead scan for "any of the cues matches here" (an ordered alternation succeeds
    wherever one of its branches matches) finds every position where some cue can start. Each
    cue's own ``finditer`` is then replayed on those positions: from each one past its previous
    match, the first position where it matches is its next match, exactly as its own scan finds
    it. Cues that cannot share a scanner (back-references, global flags), an empty match, or a
    text whose lower-casing changes its length fall back to their own ``finditer``. When the document
    scan knows where some cues start (``prefilter.match_starts``), those are replayed on their own starts and
    only the others scan on their own; the shared scan runs when it knows none.
    """

    def __init__(self, regexes: dict[str, Caseless]) -> None:
        self.regexes = dict(regexes)
        self.scanner: re.Pattern[str] | None = None
        self.after_nonword: re.Pattern[str] | None = None  # the scanner led by the non-word character before a cue
        # each cue's first characters (``lead_class``), when every cue has them: a cue is replayed only on the
        # scan's positions whose character it can start with (``_CueLeads``)
        self.leads: _CueLeads | None = None
        # each cue's id with the document scan for where its matches start (``prefilter.register_starts``): with
        # them known, each cue is replayed on its own starts and the look-ahead scan below does not run
        self.start_ids = [register_starts(rx.lower) for rx in self.regexes.values()]
        # each cue as its lower-cased-text form is written (without compile_fast's look-ahead,
        # which the shared one replaces, nor group names, which the scanner does not read)
        pats = [_NAMED_GROUP.sub("(?:", lower_pattern(rx.ignorecase.pattern)) for rx in self.regexes.values()]
        flags = {rx.lower.flags for rx in self.regexes.values()}
        if pats and len(flags) == 1 and not any(re.search(r"\\[1-9]|\(\?P=", p) for p in pats):
            flag = flags.pop()
            leads = [lead_class(p, flag) for p in pats]
            # a look-ahead on the characters any of them can start with lets the scan skip the rest
            lead = "(?=[" + "".join(c[1:-1] for c in leads if c) + "])" if all(leads) else ""
            body = "|".join(f"(?:{p})" for p in pats)
            # the first letters of every cue, as a trie: most words fail it in a step or two
            firsts, space = _first_strings(pats, flag)
            prefix = ("(?=" + literal_trie(sorted({w for f in firsts for w in f or ()}), space=space) + ")"
                      if all(firsts) else "")
            body = _by_first_letter(pats, firsts, space) or body
            try:
                self.scanner = re.compile(f"{lead}{prefix}(?=(?:{body}))", flag)
            except re.error:  # global inline flags: each scans alone
                self.scanner = None
            if self.scanner is not None and all(leads):
                self.leads = _CueLeads([str(c) for c in leads], flag)
            if self.scanner is not None and all(_opens_word(p, flag, c) for p, c in zip(pats, leads, strict=True)):
                # every cue opens a word: past the text's start one can only start right after a
                # non-word character, and a scan that opens by reading it skips words at C speed
                self.after_nonword = re.compile(rf"\W{lead}{prefix}(?=(?:{body}))", flag)

    def matches(self, text: str, low: str) -> dict[str, list[re.Match[str]]]:
        """``{name: list(cue.finditer(text, low))}`` for every cue (``low`` = ``text.lower()``)."""
        if len(low) != len(text):
            return {name: list(rx.finditer(text, low)) for name, rx in self.regexes.items()}
        at = match_starts_of(self.start_ids, low) or []
        if any(a is not None for a in at):
            # each cue from its own starts where they are known, else by its own scan (a cue Hyperscan did not
            # take: one scan of it, not the shared scan of every cue)
            out: dict[str, list[re.Match[str]]] = {}
            for k, (name, rx) in enumerate(self.regexes.items()):
                starts = at[k]
                got = replayed(rx.lower, low, starts) if starts is not None else None
                out[name] = got if got is not None else list(rx.finditer(text, low))
            return out
        if self.scanner is None:
            return {name: list(rx.finditer(text, low)) for name, rx in self.regexes.items()}
        if self.after_nonword is not None:
            starts = [m.end() for m in self.after_nonword.finditer(low)]
            if self.scanner.match(low) is not None:
                starts.insert(0, 0)
        else:
            starts = [m.start() for m in self.scanner.finditer(low)]
        own = self.leads.split(low, starts) if self.leads is not None else None
        out = {}
        for k, (name, rx) in enumerate(self.regexes.items()):
            got = replayed(rx.lower, low, own[k] if own is not None else starts)
            out[name] = got if got is not None else list(rx.finditer(text, low))
        return out


class _CueLeads:
    """The characters each of several cues can start with (``lead_class``), to split a shared scan's positions:
    a cue is replayed only on the positions whose character it can start with (at the others its ``match``
    fails: every match of it starts with one of them), about a third of them for the dates and the shared cues.
    """

    def __init__(self, leads: list[str], flags: int) -> None:
        self.leads = [re.compile(c, flags) for c in leads]
        self.of_char: dict[str, list[int]] = {}  # a character -> the cues that can start with it

    def split(self, text: str, starts: list[int]) -> list[list[int]]:
        """Per cue, the positions of ``starts`` (into ``text``) whose character it can start with."""
        own: list[list[int]] = [[] for _ in self.leads]
        of_char = self.of_char
        for p in starts:
            ch = text[p]
            ks = of_char.get(ch)
            if ks is None:
                ks = of_char[ch] = [k for k, rx in enumerate(self.leads) if rx.match(ch) is not None]
            for k in ks:
                own[k].append(p)
        return own


_SPACE = "\ue000"  # stands for a run of white space in the first strings of the cues (``literal_prefixes``)
_FIRST_SIZE = 6  # characters in those strings: "the\s+fin" rather than "the" (a cue's optional article)


def _first_strings(pats: list[str], flags: int) -> tuple[list[list[str] | None], str]:
    """The strings every match of each pattern starts with (``literal_prefixes``, up to ``_FIRST_SIZE``
    characters, ``_SPACE`` standing for white space) and that stand-in; without it (and 3 characters)
    when a pattern holds the stand-in character or a string would start with white space."""
    firsts = [literal_prefixes(p, flags, size=_FIRST_SIZE, limit=1000, space=_SPACE) for p in pats]
    if all(firsts) and not any(_SPACE in p for p in pats) and not any(w.startswith(_SPACE) for f in firsts for w in f or ()):
        return firsts, _SPACE
    return [literal_prefixes(p, flags) for p in pats], ""


def _by_first_letter(pats: list[str], firsts: list[list[str] | None], space: str = "") -> str | None:
    """The alternation of ``pats`` for a look-ahead that is read only for whether one of them matches,
    dispatched on the first character (``fastre._dispatch_tree``): at a position only the patterns
    with a first-letters string (``literal_prefixes``, ``firsts``) starting with its character are
    tried, each behind a trie of those strings (``space``: their stand-in for white space). Every match of a pattern starts with one of its
    strings, so the look-ahead holds where the plain alternation does. ``None`` when a pattern has
    no such strings."""
    if not pats or not all(f and all(f) for f in firsts):
        return None
    buckets: dict[str, list[int]] = {}
    for k, f in enumerate(firsts):
        for ch in sorted({w[0] for w in f or ()}):
            buckets.setdefault(ch, []).append(k)
    parts = []
    for ch, ks in sorted(buckets.items()):
        alts = [f"(?={literal_trie(sorted(w for w in firsts[k] or () if w[0] == ch), space=space)})(?:{pats[k]})" for k in ks]
        parts.append((ch, "|".join(alts)))
    return _dispatch_tree(parts)


def _opens_word(pattern: str, flags: int, lead: str | None) -> bool:
    """True when every match of ``pattern`` opens a word: it starts with ``\\b`` (in every branch)
    and only word characters can start it (``lead``, its ``lead_class``)."""
    members = _class_members(lead) if lead else None
    if not members or not all(re.fullmatch(r"\w", ch) for ch in members):
        return False
    return opening_holds(pattern, flags, at_boundary)


_registry: dict[str, Caseless] = {}
_multi: list[MultiScan | None] = [None]
_last: tuple[str, dict[str, list[re.Match[str]]]] = ("", {})


def register(name: str, cue: Caseless) -> None:
    """Add a cue to the shared scan under a unique ``name`` ("component.cue"); again is a no-op."""
    global _last
    if _registry.get(name) is not cue:
        _registry[name] = cue
        _multi[0] = None
        _last = ("", {})  # matches kept for the last text may be of the cue this one replaces


def scanned(text: str, low: str, name: str) -> list[re.Match[str]]:
    """The matches of the registered cue ``name`` in ``text`` (``low`` = ``text.lower()``), as
    ``list(cue.finditer(text, low))`` gives them. The first call for a text scans for every
    registered cue; the result is kept for the next calls with the same text (compared by
    identity, one text at a time)."""
    global _last
    last, found = _last
    if last is not text or name not in found:
        multi = _multi[0]
        if multi is None:
            multi = _multi[0] = MultiScan(_registry)
        found = multi.matches(text, low)
        _last = (text, found)
    return found[name]


def scanned_as(owner: str, cues: Mapping[str, Caseless], names: Iterable[str], text: str, low: str,
               name: str) -> list[re.Match[str]]:
    """The matches of ``cues[name]`` in ``text`` (``low`` = ``text.lower()``) from the shared scan.

    ``names`` are the cues of ``cues`` that the owner (a component: "attribution", "actors") has
    scanned; they are registered as "owner.name" whenever the scan does not hold these very cues
    (the first call, rules reloaded, or a test's own registry).
    """
    key = f"{owner}.{name}"
    if _registry.get(key) is not cues[name]:
        for n in names:
            register(f"{owner}.{n}", cues[n])
    return scanned(text, low, key)


def _by_lead(pats: list[str], leads: list[str | None], flags: int) -> str:
    """The look-ahead ``(?=(?:A)|(?:B)|...)`` on the patterns, grouped by their first characters
    (``lead_class``): ``(?=[0-9])(?=(?:A)|(?:C))|(?=[JFM])(?=trie)(?=(?:B))``, each group behind its
    characters and, when every pattern of it has some, a trie of their first letters
    (``literal_prefixes``). A position where no pattern can start fails a group at its first test
    instead of trying each pattern; where one can, the group holds as the plain look-ahead does.
    Without a lead for every pattern: the plain look-ahead."""
    if not all(leads):
        return "(?=" + "|".join(f"(?:{p})" for p in pats) + ")"
    groups: dict[str, list[str]] = {}
    for p, c in zip(pats, leads, strict=True):
        groups.setdefault(str(c), []).append(p)
    parts = []
    for c, members in groups.items():
        firsts = [literal_prefixes(p, flags) for p in members]
        trie = ("(?=" + literal_trie(sorted({w for f in firsts for w in f or ()})) + ")") if all(firsts) else ""
        parts.append(f"(?={c}){trie}(?=" + "|".join(f"(?:{p})" for p in members) + ")")
    return "(?:" + "|".join(parts) + ")"


class Replay:
    """The ``finditer`` of several regexes over one text from one look-ahead scan.

    The scan ``(?=(?:A)|(?:B)|...)`` succeeds at every position where one of the regexes matches;
    each regex is then matched only at those positions (as ``MultiScan`` does for the shared
    cues): from each one past its previous match, the first position where it matches is its
    next match, exactly as its own scan finds it. Regexes must share their flags and have no
    back-references; a regex with an empty match at a position falls back to its own
    ``finditer``. ``Replay([])`` or regexes it cannot join scan each on their own.
    """

    def __init__(self, regexes: list[re.Pattern[str]]) -> None:
        self.regexes = list(regexes)
        self.scanner: re.Pattern[str] | None = None
        self.leads: _CueLeads | None = None  # as ``MultiScan.leads``
        self.start_ids = [register_starts(rx, cased=True) for rx in self.regexes]  # as ``MultiScan.start_ids``
        pats = [_NAMED_GROUP.sub("(?:", rx.pattern) for rx in self.regexes]
        flags = {rx.flags for rx in self.regexes}
        if pats and len(flags) == 1 and not any(re.search(r"\\[1-9]|\(\?P=", p) for p in pats):
            flag = flags.pop()
            leads = [lead_class(p, flag) for p in pats]
            lead = "(?=[" + "".join(c[1:-1] for c in leads if c) + "])" if all(leads) else ""
            try:
                self.scanner = re.compile(lead + _by_lead(pats, leads, flag), flag)
            except re.error:
                self.scanner = None
            if self.scanner is not None and lead:
                # the same positions from a scan that reads the first character (a class: re skips
                # the other characters at C speed) and looks at the patterns from before it: each
                # match is that one character, at a position the look-ahead holds
                try:
                    self.scanner = re.compile(f"{lead[3:-1]}(?<=(?:{_by_lead(pats, leads, flag)})[\\s\\S])", flag)
                except re.error:
                    pass
            if self.scanner is not None and all(leads):
                self.leads = _CueLeads([str(c) for c in leads], flag)

    def finditers(self, text: str) -> list[list[re.Match[str]]]:
        """``[list(rx.finditer(text)) for rx in regexes]``."""
        own = starts_of(self.start_ids, text, cased=True)
        if own is None:
            if self.scanner is None:
                return [list(rx.finditer(text)) for rx in self.regexes]
            starts = [m.start() for m in self.scanner.finditer(text)]
            own = self.leads.split(text, starts) if self.leads is not None else [starts] * len(self.regexes)
        out: list[list[re.Match[str]]] = []
        for k, rx in enumerate(self.regexes):
            got = replayed(rx, text, own[k])
            out.append(got if got is not None else list(rx.finditer(text)))
        return out
