"""Faster scanning regexes: ``compile_fast(pattern, flags)`` is ``re.compile`` led by a look-ahead
on the characters a match can start with.

Python's ``re`` tries a pattern that begins with ``\\b`` or a look-around at every position of
the text (one that begins with a literal or a class gets a fast prefix scan already); a leading
character-class look-ahead (``(?=[gm])(?:\\bgenocide|\\bmassacre)``) lets it
skip most positions at C speed. The class is read from the pattern itself (literals, digit
classes and ranges after zero-width assertions, through groups, alternations and optional parts);
when it cannot be read, the pattern is compiled as it is. Matches are the same either way.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from claimledger.extract.leadscan import compile_led
from claimledger.extract.prefilter import BY_CASE, LOWER, SELDOM, Started, register, shut
from claimledger.extract.reparse import regex_tree


class _Unknown(Exception):
    pass


def ends_at_end(pattern: str, flags: int) -> bool:
    """True when every match of the regex ends where ``$`` holds (no ``re.MULTILINE``): on every path its last
    step is ``$``, at most empty groups after it ("(?P<k>)")."""
    parsed = regex_tree(pattern, flags)
    if parsed is None:  # not known
        return False
    sre_c, tree = parsed
    if (flags | tree.state.flags) & re.MULTILINE:
        return False

    def ends(items: list[Any]) -> bool:
        for k in range(len(items) - 1, -1, -1):
            op: Any = items[k][0]
            av: Any = items[k][1]
            if op is sre_c.SUBPATTERN and not av[3]:
                continue  # an empty group: nothing to match
            if op is sre_c.AT:
                return bool(av is sre_c.AT_END)
            if op is sre_c.SUBPATTERN:
                return ends(list(av[3]))
            if op is sre_c.BRANCH:
                return all(ends(list(b)) for b in av[1])
            return False
        return False

    return ends(list(tree))


def lead_class(pattern: str, flags: int = 0) -> str | None:
    """The characters a match of ``pattern`` can start with, as a regex character class.

    RETURNS (str | None): e.g. ``"[gm]"``; ``None`` when any character could start a match (or
        the pattern is beyond this simple reading: scoped flags, negated classes, back-references).
    """
    parsed = regex_tree(pattern, flags)
    if parsed is None:  # another Python's internals, or an odd pattern: not read
        return None
    sre_c, tree = parsed
    pieces: set[str] = set()

    def add_in(items: Any) -> None:
        for op, av in items:
            if op is sre_c.LITERAL:
                pieces.add(re.escape(chr(av)))
            elif op is sre_c.RANGE:
                pieces.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
            elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
                pieces.add(r"\d")
            else:
                raise _Unknown

    def nullable_first(items: Any) -> bool:
        """Collect the first characters of a sequence; True when it can match the empty string."""
        for op, av in items:
            if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                continue
            if op is sre_c.LITERAL:
                pieces.add(re.escape(chr(av)))
                return False
            if op is sre_c.IN:
                add_in(av)
                return False
            if op is sre_c.BRANCH:
                empties = [nullable_first(b) for b in av[1]]  # every branch adds its first characters
                if any(empties):
                    continue
                return False
            if op is sre_c.SUBPATTERN:
                if av[1] or av[2]:  # scoped flags
                    raise _Unknown
                if nullable_first(av[3]):
                    continue
                return False
            if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
                if nullable_first(av[2]) or av[0] == 0:
                    continue
                return False
            raise _Unknown
        return True

    try:
        if nullable_first(list(tree)) or not pieces:
            return None
    except _Unknown:
        return None
    return "[" + "".join(sorted(pieces)) + "]"


def opening_holds(pattern: str, flags: int, first: Callable[[Any, Any, Any], bool],
                  past_lookarounds: bool = False) -> bool:
    """True when ``first(op, av, constants)`` holds for the item that opens every branch of the
    parsed ``pattern`` (flag-free groups entered; with ``past_lookarounds``, the first item after the
    zero-width look-arounds a branch opens with); False for an empty branch, or when another
    Python's ``re`` internals or an odd pattern cannot be read."""
    parsed = regex_tree(pattern, flags)
    if parsed is None:  # another Python's internals, or an odd pattern: not read
        return False
    sre_c, tree = parsed
    items = list(tree)

    def opens(seq: Any) -> bool:
        seq = list(seq)
        if past_lookarounds:
            seq = list(itertools.dropwhile(lambda item: item[0] in (sre_c.ASSERT, sre_c.ASSERT_NOT), seq))
        if not seq:
            return False
        op, av = seq[0]
        if op is sre_c.SUBPATTERN and not (av[1] or av[2]):
            return opens(av[3])
        if op is sre_c.BRANCH:
            return all(opens(b) for b in av[1])
        return bool(first(op, av, sre_c))

    return opens(items)


def _starts_zero_width(pattern: str, flags: int) -> bool:
    """True when the pattern opens with ``\\b``, ``^`` or a look-around: then ``re`` cannot skip ahead on
    its own (a pattern opening with a literal or a class already gets a fast prefix scan)."""
    return opening_holds(pattern, flags, lambda op, av, c: op is c.AT or op in (c.ASSERT, c.ASSERT_NOT))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a look-ahead on the characters a match can start with.

    pattern (str): the regex; flags (int): ``re`` flags.
    RETURNS (re.Pattern): a pattern with the same matches (``lead_class`` says when it can add one).
    """
    lead = lead_class(pattern, flags) if _starts_zero_width(pattern, flags) else None
    if lead is None and pattern.startswith("(?i:") and pattern.endswith(")") and _one_group(pattern, flags):
        body = pattern[4:-1]  # "(?i:\\bday\\s+before|...)": the class takes the same scoped flag
        inner = lead_class(body, flags | re.IGNORECASE) if _starts_zero_width(body, flags | re.IGNORECASE) else None
        lead = f"(?i:{inner})" if inner is not None else None
    if lead is not None:
        try:
            return compile_led(f"(?={lead})(?:{pattern})", flags)
        except re.error:
            pass
    guard = _start_or_boundary_guard(pattern, flags) if lead is None else None
    if guard is not None:
        try:
            return compile_led(f"{guard}(?:{pattern})", flags)
        except re.error:
            pass
    return re.compile(pattern, flags)


_WIDE_LEAD = 8  # characters in a lead class from which ``boundary_first`` puts the word boundary first


def _class_width(lead: str) -> int:
    """About how many characters (or categories) a ``lead_class`` result lists: ``"[\\dabc]"`` -> 4."""
    return len(lead[1:-1].replace("\\", "")) if lead.startswith("[") else 0


def at_boundary(op: Any, av: Any, c: Any) -> bool:
    """For ``opening_holds``: the parsed item is ``\\b``."""
    return bool(op is c.AT and av is c.AT_BOUNDARY)


def at_start(op: Any, av: Any, c: Any) -> bool:
    """For ``opening_holds``: the parsed item is ``^`` or ``\\A``."""
    return bool(op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING))


def _boundary_opening(pattern: str, flags: int) -> str:
    """``\\b`` when every match of ``pattern`` opens at a word boundary (each branch's first item past
    zero-width look-arounds is ``\\b``), ``(?:^|\\b)`` when some open at the start of the text instead
    (``^``, ``\\A``, without ``re.MULTILINE``), else ``""``: a guard that holds wherever the pattern matches."""
    parsed = regex_tree(pattern, flags)
    if parsed is None or (flags | parsed[1].state.flags) & (re.MULTILINE | re.VERBOSE):
        return ""
    if opening_holds(pattern, flags, at_boundary, past_lookarounds=True):
        return r"\b"
    either = opening_holds(pattern, flags, lambda op, av, c: at_boundary(op, av, c) or at_start(op, av, c),
                           past_lookarounds=True)
    return r"(?:^|\b)" if either and not opening_holds(pattern, flags, at_start, past_lookarounds=True) else ""


def boundary_first(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` led by the word boundary (or text start) every one of its matches opens with, when the
    characters its matches can start with are many (a ``compile_fast`` look-ahead on most letters): a
    position inside a word then fails at the boundary in one step instead of passing the look-ahead
    (measured: a third off such a search). The same matches; ``rx`` itself when it cannot be read so.
    """
    lead = lead_class(rx.pattern, rx.flags)
    guard = _boundary_opening(rx.pattern, rx.flags) if lead is not None and _class_width(lead) >= _WIDE_LEAD else ""
    if not guard:
        return rx
    try:
        return compile_led(guard + rx.pattern, rx.flags)
    except re.error:  # global inline flags
        return rx


def _branch_opening(pattern: str, flags: int) -> str | None:
    """``"^"`` when every branch of ``pattern`` opens anchored at the start of the text (``^``, ``\\A``),
    ``"b"`` when every one opens with ``\\b``, else ``None``."""
    if opening_holds(pattern, flags, at_start):
        return "^"
    if opening_holds(pattern, flags, at_boundary):
        return "b"
    return None


def _start_or_boundary_guard(pattern: str, flags: int) -> str | None:
    """A guard for a top-level alternation whose branches each open with ``\\b`` or, for
    some, with ``^`` / ``\\A`` (which ``lead_class`` cannot read as characters): ``(?:^|\\b(?=[...]))``,
    the class read from the ``\\b`` branches. Without ``re.MULTILINE`` a ``^`` branch matches only at
    the start of the text, where the guard's ``^`` holds; elsewhere a match needs a word boundary and
    one of its first characters. So the guarded pattern has the same matches, and a scan fails most
    positions (inside words, or at words no branch starts with) at the guard instead of trying every
    branch. ``None`` when the pattern is not of that shape."""
    parsed = regex_tree(pattern, flags)
    if parsed is None:  # another Python's internals, or an odd pattern: not read
        return None
    if (flags | parsed[1].state.flags) & (re.MULTILINE | re.VERBOSE):
        return None
    alternatives = split_alternatives(pattern)
    kinds: set[str] = set()
    pieces: list[str] = []
    for alt in alternatives:
        kind = _branch_opening(alt, flags)
        if kind is None:
            return None
        kinds.add(kind)
        if kind == "b":
            lead = lead_class(alt, flags)
            if lead is None:
                return None
            pieces.append(lead[1:-1])
    if kinds != {"^", "b"}:  # all \b: compile_fast's own lead reads it
        return None
    return r"(?:^|\b(?=[" + "".join(pieces) + "]))"


def _one_group(pattern: str, flags: int) -> bool:
    """True when the whole pattern is one non-capturing group (``(?i:...)``)."""
    parsed = regex_tree(pattern, flags)
    if parsed is None:  # another Python's internals, or an odd pattern: not read
        return False
    sre_c, tree = parsed
    items = list(tree)
    return len(items) == 1 and items[0][0] is sre_c.SUBPATTERN and items[0][1][0] is None


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``: ``"a|b(?:c|d)|[|]"`` -> ``["a", "b(?:c|d)", "[|]"]``.

    pattern (str): a regex.
    RETURNS (list[str]): its alternatives in order (one item when it has no top-level ``|``).
    """
    out: list[str] = []
    start = 0
    for i, ch, depth, syntax in _walk(pattern):
        if syntax and ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def compile_dispatch(alternatives: list[str], head: str = "", tail: str = "",
                     flags: int = 0) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """One scanning regex for ``head(?:(?:alt_0)tail|(?:alt_1)tail|...)``, dispatched on the first character.

    A long alternation (hundreds of branches starting with most letters) is tried branch by branch
    at every position where ``head`` holds (every word start for ``\\b``). Here the alternatives are grouped by the characters they can start
    with (``lead_class``), each group behind a one-character look-ahead, so a position tries only
    the few alternatives that can start with its character. Inside a group the alternatives keep
    their order, and alternatives of different groups cannot match at the same position, so the
    match at each position is the one of the plain alternation. For a few dozen branches
    ``compile_fast`` is as fast or faster (measured): use this for the big ones.

    alternatives (list[str]): the branches, in priority order; no named groups or back-references.
    head (str), tail (str): put before the alternation, and after each alternative.
    RETURNS ((re.Pattern, dict[str, int]) | None): the pattern and, for a match ``m``, the index
        of the alternative that matched as ``index[m.lastgroup]``; ``None`` when an alternative's
        first characters cannot be read or ``flags`` has ``re.IGNORECASE`` (then compile the plain
        alternation).
    """
    if flags & re.IGNORECASE:  # "(?=a)" would also take "A", whose bucket may come first
        return None
    buckets: dict[str, list[int]] = {}
    for k, alt in enumerate(alternatives):
        lead = lead_class(alt, flags)
        if lead is None or "(?P" in alt or re.search(r"\\[1-9]", alt):  # named groups, back-references
            return None
        members = _class_members(lead)
        if members is None:
            return None
        for ch in members:
            buckets.setdefault(ch, []).append(k)
    index: dict[str, int] = {}
    parts: list[tuple[str, str]] = []
    for b, (ch, ks) in enumerate(sorted(buckets.items())):
        branch: list[tuple[str, str]] = []
        for k in ks:
            name = f"_d{b}_{k}"
            index[name] = k
            branch.append((alternatives[k], f"{tail}(?P<{name}>)"))
        parts.append((ch, _factored(branch, _FACTOR_DEPTH)))
    # a look-ahead on every first character lets the scan skip most positions at C speed
    lead = "(?=[" + "".join(re.escape(ch) for ch in sorted(buckets)) + "])" if head in (r"\b(?=\w)", r"\b", "") else ""
    # the first letters of every alternative, as a trie: most positions fail it in a step or two (six
    # letters rather than three let fewer common words through: "the" of "the\s+war" against "theft")
    firsts = [literal_prefixes(alt, flags, size=_DISPATCH_PREFIX, limit=1000) for alt in alternatives]
    if not all(firsts):
        firsts = [literal_prefixes(alt, flags) for alt in alternatives]
    prefix = "(?=" + literal_trie(sorted({w for f in firsts for w in f or ()})) + ")" if all(firsts) else ""
    try:
        return compile_led(f"{lead}{head}{prefix}(?:{_dispatch_tree(parts)})", flags), index
    except re.error:
        return None


_DISPATCH_LEAF = 4  # buckets tried one after another at the leaves of the dispatch tree
_DISPATCH_PREFIX = 6  # characters of the first-letters trie before the dispatch (``literal_prefixes``)
_FACTOR_DEPTH = 3  # leading characters taken out of a bucket's alternatives (``_factored``)


def _literal_head(alt: str) -> tuple[str, str] | None:
    """``(character, rest)`` when ``alt`` opens with one plain literal character that no quantifier
    follows (``"shelling"`` -> ``("s", "helling")``, ``"\\ x"`` -> ``(" ", "x")``); a group holding one
    alternative is entered (``"(?:bomb)s?"`` -> ``("b", "(?:omb)s?")``); else ``None``."""
    if alt.startswith("(?:"):
        close = _group_end(alt)
        inner = alt[3:close]
        # "(?:X)rest" is "X" then "rest" when X has no alternatives and no quantifier follows the group
        if close > 0 and alt[close + 1 : close + 2] not in ("?", "*", "+", "{") and len(split_alternatives(inner)) == 1:
            head = _literal_head(inner)
            if head is not None:
                return head[0], f"(?:{head[1]}){alt[close + 1:]}"
        return None
    if not alt:
        return None
    if alt[0] == "\\":
        if len(alt) < 2 or alt[1].isalnum():  # a class (\d), an assertion (\b) or a back-reference
            return None
        ch, rest = alt[1], alt[2:]
    elif alt[0] in ".^$*+?{}[]()|":
        return None
    else:
        ch, rest = alt[0], alt[1:]
    if rest[:1] in ("?", "*", "+", "{"):
        return None
    return ch, rest


def _group_end(pattern: str) -> int:
    """The index of the ``)`` closing the group that opens ``pattern`` at 0; -1 when not found."""
    for i, ch, depth, syntax in _walk(pattern):
        if syntax and ch == ")" and depth == 0:
            return i
    return -1


def _walk(pattern: str) -> Iterator[tuple[int, str, int, bool]]:
    """Each character of a regex as ``(index, character, group depth after it, syntax)``: ``syntax`` is
    false for an escaped character, a backslash and anything inside a character class (where ``|``,
    ``(`` and ``)`` are literals)."""
    depth = 0
    in_class = False
    escaped = False
    for i, ch in enumerate(pattern):
        syntax = False
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            # "]" right after "[" or "[^" is a literal member of the class
            if ch == "]" and not (pattern[i - 1] == "[" or pattern[i - 2 : i] == "[^"):
                in_class = False
        elif ch == "[":
            in_class = True
        else:
            syntax = True
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
        yield i, ch, depth, syntax


def _factored(branches: list[tuple[str, str]], depth: int) -> str:
    """The alternation of ``(alternative, suffix)`` pairs, ``(?:alt)suffix|...``, with the leading
    characters of neighbouring alternatives taken out: ``shelling|strike|(?:a|b)x|sarin`` ->
    ``s(?:helling|trike)|(?:a|b)x|s(?:arin)``. ``re`` enters each alternative of an alternation in turn,
    but skips at once one that opens with a literal other than the next character; after the shared
    character the rests open with different characters again, so a position tries a few branches
    instead of all that start with its letter. Exact: in a run of alternatives that each open with a
    literal, those opening with different characters cannot match at one position, so grouping the
    run by its first characters (keeping their order) matches what the run matches, and
    ``cA|cB`` is ``c(?:A|B)``; an alternative that opens otherwise ends the run."""
    out: list[str] = []
    run: dict[str, list[tuple[str, str]]] = {}

    def flush() -> None:
        for ch, items in run.items():
            if len(items) == 1 or depth <= 1:
                out.extend(f"{re.escape(ch)}(?:{rest}){suffix}" for rest, suffix in items)
            else:
                out.append(f"{re.escape(ch)}(?:{_factored(items, depth - 1)})")
        run.clear()

    for alt, suffix in branches:
        head = _literal_head(alt) if depth > 0 else None
        if head is None:
            flush()
            out.append(f"(?:{alt}){suffix}")
        else:
            run.setdefault(head[0], []).append((head[1], suffix))
    flush()
    return "|".join(out)


def _dispatch_tree(parts: list[tuple[str, str]]) -> str:
    """The buckets ``(first character, alternation)`` as a balanced tree of look-aheads: a position
    tests a few character classes (halving the buckets each time) instead of every bucket in turn.
    Buckets start with different characters, so at most one can match at a position: the tree
    matches what the flat alternation of buckets matches."""
    if len(parts) <= _DISPATCH_LEAF:
        return "|".join(f"(?={re.escape(ch)})(?:{body})" for ch, body in parts)
    mid = len(parts) // 2
    halves = (parts[:mid], parts[mid:])
    return "|".join("(?=[" + "".join(re.escape(ch) for ch, _ in half) + f"])(?:{_dispatch_tree(half)})" for half in halves)


def _class_members(lead: str) -> list[str] | None:
    """The characters of a ``lead_class`` result ``"[abd-f]"``; ``None`` for ranges and ``\\d``."""
    body = lead[1:-1]
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():  # \d: a category, not one character
                return None
            ch = body[i + 1]
            i += 1
        elif ch == "-" and out and i + 1 < len(body):  # a range
            return None
        out.append(ch)
        i += 1
    return out


_last_lowered: tuple[str, str | None] = ("", "")


# letters that re.IGNORECASE matches to ASCII ones but str.lower() keeps apart ("thıs", "ſome", "İ")
_IGNORECASE_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def fold(word: str) -> str:
    """``word`` lower-cased as lexicon keys are: the key of a match found under re.IGNORECASE."""
    return word.translate(_IGNORECASE_FOLD).lower()


def lowered(text: str) -> str | None:
    """``text.lower()`` when lower-casing keeps every offset (the same length), else ``None``.

    A case-insensitive scan runs several times faster as a case-sensitive one over the lower-cased
    text; components call this once per sentence with the same document text, so the last text's
    result is kept (compared by identity: one string, one lower-casing).
    """
    global _last_lowered
    last, low = _last_lowered
    if last is text:
        return low
    kept, kept_low = _last_caseless
    if kept is text and kept_low is not None:
        low = kept_low  # ``caseless_text``'s copy (the same string): one copy, the one the document prefilter scans
    else:
        low = text.lower()
        if len(low) != len(text):
            low = None
    _last_lowered = (text, low)
    return low


def lower_copy(text: str) -> str:
    """``text.lower()``: the copy ``lowered`` keeps for the document's text when lower-casing keeps its length
    (one lower-casing per document, and the copy the document prefilter scans), else a new one."""
    low = lowered(text)
    return text.lower() if low is None else low


def lower_pattern(pattern: str) -> str:
    """A regex for lower-cased text: letters lowered, escapes (``\\S``) and ``(?P<`` kept."""
    return re.sub(r"(?<!\\)(?<!\(\?)([A-Z])", lambda m: m.group(1).lower(), pattern)


def literal_trie(words: list[str], space: str = "") -> str:
    """A regex for the alternation of literal ``words`` (longest first), written as a trie:
    ``["said", "says", "stated"]`` -> ``s(?:a(?:id|ys)|tated)``.

    At a position the engine follows the text down one branch and backtracks to shorter words
    only when what follows the alternation fails, so the match is the one of
    ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))`` (the longest word
    whose continuation matches); it tries each character once instead of every word in turn.
    For a case-sensitive pattern: under ``re.IGNORECASE`` two branches ("S", "s") could both match.

    words (list[str]): the literal alternatives (no empty string).
    space (str): a character written as ``\\s+`` (``literal_prefixes(..., space=space)``); a trie holding
        it is for a look-ahead, read only for whether one of the words matches (``\\s+`` and a literal
        white space may both match a character, so the longest-first reading no longer holds).
    RETURNS (str): the regex, a non-capturing group.
    """
    root: dict[str, dict] = {}
    for w in words:
        if not w:
            raise ValueError("empty alternative")
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if space and ch == space else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer ones first (greedy), then this one
            return f"(?:{body})?"
        return body

    return "(?:" + emit(root) + ")"


# Characters that ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not turn them
# into it: dotless "ı" and long "ſ" ("İ" lengthens when lower-cased, the Kelvin sign lowers to "k").
FOLDS_TO_ASCII = ("ı", "ſ")
_last_caseless: tuple[str, str | None] = ("", "")


def caseless_text(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive scan of it finds exactly what a case-insensitive scan of ``text``
    finds (same length, none of the letters ``re.IGNORECASE`` folds otherwise), else ``None``.

    The last text's result is kept (compared by identity), so calling it once per sentence costs nothing.
    """
    global _last_caseless
    last, low = _last_caseless
    if last is text:
        return low
    low = text.lower()
    if len(low) != len(text) or any(ch in text for ch in FOLDS_TO_ASCII):
        low = None
    _last_caseless = (text, low)
    return low


def lowers_exactly(pattern: str) -> bool:
    """True when ``lower_pattern(pattern)`` on lower-cased text means ``pattern`` with ``re.IGNORECASE``:
    no case-sensitive part, no group name or escape a lower-casing could change, no non-ASCII capital."""
    if "(?-i" in pattern or re.search(r"\(\?P[<=][^>)]*[A-Z]|\\[xuUN]", pattern):  # a capital in a group name
        return False
    return all(ch.isascii() or ch.lower() == ch for ch in pattern)


def lowered_regex(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (``re.IGNORECASE``) for lower-cased text, case-sensitive; ``None`` when its pattern does not lower
    exactly (``lowers_exactly``). Read it only on a lower-cased text that stands for the text (``caseless_text``)."""
    if not lowers_exactly(rx.pattern):
        return None
    return re.compile(lower_pattern(rx.pattern), rx.flags & ~re.IGNORECASE)


_GATE_STRINGS = 12  # at most this many strings in a ``Caseless`` gate (each is one ``str.find``)


def gate_strings(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` holds: the few it starts with (``literal_prefixes``)
    or, when they are longer, the few it holds somewhere (``required_strings``). A stretch of text holding
    none of them (``str.find``) has no match.

    pattern (str), flags (int): the regex, without ``re.IGNORECASE`` (a cue for lower-cased text).
    RETURNS (tuple[str, ...]): at most ``_GATE_STRINGS`` strings; ``()`` when none can be read.
    """
    prefixes = literal_prefixes(pattern, flags)
    held = required_strings(pattern, flags, _GATE_STRINGS)
    if held and (not prefixes or len(prefixes) > _GATE_STRINGS or min(map(len, held)) > min(map(len, prefixes))):
        prefixes = held
    return tuple(prefixes) if prefixes and len(prefixes) <= _GATE_STRINGS else ()


def holds_any(text: str, strings: tuple[str, ...], pos: int, endpos: int) -> bool:
    """True when one of ``strings`` lies inside ``text[pos:endpos]``."""
    for g in strings:  # a loop, not any(): this runs for every sentence
        if text.find(g, pos, endpos) >= 0:
            return True
    return False


class Caseless:
    """A case-insensitive regex that scans lower-cased text case-sensitively (about twice as fast).

    ``search``, ``match``, ``fullmatch`` and ``finditer`` take the original text and positions; the match
    objects index the same offsets (their ``.string`` is the lower-cased text, so read words from the
    original text). When the text cannot be lower-cased exactly (``caseless_text``) or the pattern has
    case-sensitive parts, the ``re.IGNORECASE`` pattern runs on the original text: matches are the same.
    """

    def __init__(self, pattern: str, flags: int = 0, *, gate: bool = False) -> None:
        self.pattern = pattern
        self.ignorecase = compile_fast(pattern, flags | re.IGNORECASE)
        self.lower = compile_fast(lower_pattern(pattern), flags & ~re.IGNORECASE) if lowers_exactly(pattern) else None
        # with ``gate``: strings one of which every match on the lower-cased text holds (``gate_strings``); a
        # stretch of it holding none of them has no match, found by ``str.find`` instead of a scan
        self.gate: tuple[str, ...] = (gate_strings(lower_pattern(pattern), flags & ~re.IGNORECASE)
                                      if gate and self.lower is not None else ())
        # the last lower-cased text and the gate strings it holds at all: a sentence of a document holds
        # only those (callers scan a document sentence by sentence, so a rare cue is looked for once)
        self._held: tuple[str, tuple[str, ...]] = ("", ())
        # ids in the one-pass prefilter of a document (``prefilter``): a text in which the scan finds no match of
        # the pattern is not searched (each copy in a group of its own: the lower-cased text is scanned for the lower
        # copies, and the ``re.IGNORECASE`` copy of a pattern that lowers exactly runs only on a text that does not)
        self._lower_id = register(self.lower, group=LOWER) if self.lower is not None else -1
        self._ignorecase_id = register(self.ignorecase, group=SELDOM if self.lower is not None else BY_CASE)
        # ``finditer`` on the lower-cased text read from where its matches start (``prefilter.Started``)
        self._started = Started(self.lower) if self.lower is not None else None

    def absent(self, text: str) -> bool:
        """True when the document scan shows the pattern matches nowhere in ``text`` (``finditer`` then finds
        nothing); False when it may, or the scan does not know."""
        rx, s = self._pick(text)
        return self._absent(rx, s)

    def _absent(self, rx: re.Pattern[str], s: str) -> bool:
        """True when the document scan shows ``rx`` (``lower`` or ``ignorecase``) matches nowhere in ``s``."""
        return shut(self._lower_id if rx is self.lower else self._ignorecase_id, s)

    def _shut(self, s: str, pos: int, endpos: int) -> bool:
        """True when the gate shows no match in ``s[pos:endpos]`` (``s`` the lower-cased text). Asked after
        ``_absent`` (either one shut means no match): a pattern the document scan shuts costs no look for
        its gate strings in the whole text."""
        if not self.gate:
            return False
        last, held = self._held
        if last is not s:
            held = tuple(g for g in self.gate if g in s)
            self._held = (s, held)
        for g in held:  # a loop, not any(): this runs for every sentence
            if s.find(g, pos, endpos) >= 0:
                return False
        return True

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.lower is not None:
            last, low = _last_caseless  # inline of caseless_text's kept result: this runs thousands of times
            if last is not text:
                low = caseless_text(text)
            if low is not None:
                return self.lower, low
        return self.ignorecase, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, s = self._pick(text)
        if self._absent(rx, s) or rx is self.lower and self._shut(s, pos, endpos):
            return None
        return rx.search(s, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, s = self._pick(text)
        if self._absent(rx, s):
            return None
        return rx.match(s, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, s = self._pick(text)
        if self._absent(rx, s):
            return None
        return rx.fullmatch(s, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        rx, s = self._pick(text)
        if self._absent(rx, s) or rx is self.lower and self._shut(s, pos, endpos):
            return iter(())
        if rx is self.lower and self._started is not None:
            return self._started.finditer(s, pos, endpos)
        return rx.finditer(s, pos, endpos)


class GateIndex:
    """Where in one text any of several gated ``Caseless`` patterns may match: the occurrences of their gate
    strings in the lower-cased text, read for a stretch with one bisection. A component that runs the
    patterns sentence by sentence skips a sentence in which none may match (each pattern's own gate would
    shut it) without calling them; ``None`` from ``build`` when one pattern cannot be gated on ``text``.
    """

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    @staticmethod
    def build(patterns: list[Caseless], text: str) -> GateIndex | None:
        """The index of ``patterns``' gate strings in ``text`` (the text they are run on), or ``None`` when a
        pattern has no gate or does not run on the lower-cased text (it is then never shut)."""
        if any(p.lower is None or not p.gate for p in patterns):
            return None
        low = caseless_text(text)
        if low is None:
            return None
        found: list[tuple[int, int]] = []
        for g in {g for p in patterns for g in p.gate}:
            i = low.find(g)
            while i >= 0:
                found.append((i, i + len(g)))
                i = low.find(g, i + 1)
        found.sort()
        return GateIndex([a for a, _ in found], [b for _, b in found])

    def may_match(self, pos: int, endpos: int) -> bool:
        """False when no gate string lies inside ``[pos, endpos)`` (``0 <= pos``): no pattern matches there."""
        starts, ends = self.starts, self.ends
        k = bisect.bisect_left(starts, pos)
        while k < len(starts) and starts[k] < endpos:
            if ends[k] <= endpos:
                return True
            k += 1
        return False


class SliceCue:
    """A regex searched in a slice of a text (``rx.search(text[a:b])``: ``^`` and ``\\b`` at the slice's
    edges), case-sensitively over the same slice of the lower-cased text when the pattern is
    case-insensitive as a whole (``re.IGNORECASE`` or a leading ``(?i)``) and lowers exactly (about
    twice as fast); otherwise the regex as written, led by ``compile_fast``'s look-ahead. A
    ``re.MULTILINE`` regex runs without the flag on a slice without line breaks (the same matches:
    ``^`` and ``$`` then hold only at its edges, and ``re`` skips ahead on a plain ``^``).

    Only the truth of a match (and its offsets in the slice) may be read: a match on the lower-cased
    slice has lower-cased groups.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        body, fl = pattern, flags
        if body.startswith("(?i)"):
            body, fl = body[4:], fl | re.IGNORECASE
        lowers = bool(fl & re.IGNORECASE) and lowers_exactly(body)
        # [multi-line text, single line]: the same regex with and without re.MULTILINE
        self.rx = [_compile_fast_or_plain(body, f, pattern, flags if f == fl else flags & ~re.MULTILINE)
                   for f in (fl, fl & ~re.MULTILINE)]
        self.lower = ([compile_fast(lower_pattern(body), f & ~re.IGNORECASE) for f in (fl, fl & ~re.MULTILINE)]
                      if lowers else None)
        # read only for whether they match (``holds``): the same alternatives dispatched on their first
        # character (``compile_dispatch``), for the lower-cased slice and for the slice as written; ``None``
        # when they cannot be (a first character not read, named groups, ``re.IGNORECASE`` on the text)
        # (only where the compiled regex is case-sensitive: inline flags, "(?im)", count as well)
        lower_cased = self.lower is not None and not any(rx.flags & re.IGNORECASE for rx in self.lower)
        cased = not any(rx.flags & re.IGNORECASE for rx in self.rx)
        self.lower_truth = _dispatched(lower_pattern(body), [f & ~re.IGNORECASE for f in (fl, fl & ~re.MULTILINE)]) \
            if lower_cased else None
        self.truth = _dispatched(body, [fl, fl & ~re.MULTILINE]) if cased else None
        # strings one of which every match holds (``gate_strings``), for the lower-cased slice and for the slice
        # as written (a case-sensitive pattern only): a slice holding none of them has no match, told by str.find
        self.lower_gate = gate_strings(lower_pattern(body), fl & ~re.IGNORECASE) if lower_cased else ()
        self.gate = gate_strings(body, fl) if cased else ()

    def search(self, text: str, low: str | None, a: int, b: int) -> re.Match[str] | None:
        """``rx.search(text[a:b])``; ``low`` is ``caseless_text(text)``."""
        if self.lower is not None and low is not None:
            s = low[a:b]
            return self.lower["\n" not in s].search(s)
        s = text[a:b]
        return self.rx["\n" not in s].search(s)

    def holds(self, text: str, low: str | None, a: int, b: int) -> bool:
        """``search(text, low, a, b) is not None``: at a position the dispatched regex tries only the
        alternatives that can start with its character, and holds where one of them matches, as the
        alternation does."""
        if self.lower is not None and low is not None:
            if self.lower_gate and not holds_any(low, self.lower_gate, a, b):
                return False
            s = low[a:b]
            return (self.lower_truth or self.lower)["\n" not in s].search(s) is not None
        if self.gate and not holds_any(text, self.gate, a, b):
            return False
        s = text[a:b]
        return (self.truth or self.rx)["\n" not in s].search(s) is not None


_DISPATCH_MIN = 8  # alternatives below which the plain alternation is as fast (measured on the dates cues)


def _dispatched(pattern: str, flags: list[int]) -> list[re.Pattern[str]] | None:
    """``pattern``'s top-level alternatives as one regex dispatched on the first character
    (``compile_dispatch``) under each of ``flags``; ``None`` when one cannot be built, or for fewer
    than ``_DISPATCH_MIN`` alternatives."""
    alternatives = [f"(?:{alt})" for alt in split_alternatives(pattern)]
    if len(alternatives) < _DISPATCH_MIN:
        return None
    out: list[re.Pattern[str]] = []
    for f in flags:
        built = compile_dispatch(alternatives, flags=f)
        if built is None:
            return None
        out.append(built[0])
    return out


class AnySliceCue:
    """Whether one of several ``SliceCue`` patterns matches a slice of a text, read as few searches:
    the alternation ``(?:p0)|(?:p1)|...`` matches somewhere in a slice exactly when one of its
    patterns does. The patterns led by ``(?i)`` are joined, and those without it; patterns that
    cannot be joined (back-references, other inline flags, a joined pattern that does not compile)
    are searched one by one. When the joined pattern has no gate (``SliceCue``) and is not dispatched (fewer than
    ``_DISPATCH_MIN`` patterns: every position tries every alternative) but the patterns that have a gate joined
    keep one, those are searched apart from the rest: a slice holding none of their strings is then passed over
    by ``str.find`` instead of a search of the whole alternation.
    """

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        cues: list[SliceCue] = []
        for caseless in (True, False):
            cues.extend(_joined_cues([p for p in patterns if p.startswith("(?i)") == caseless], flags))
        self.cues = tuple(cues)

    def search(self, text: str, low: str | None, a: int, b: int) -> bool:
        """True when one pattern matches ``text[a:b]`` (``rx.search``); ``low`` is ``caseless_text(text)``."""
        return any(c.holds(text, low, a, b) for c in self.cues)


def _gated_cue(cue: SliceCue) -> bool:
    return bool(cue.lower_gate or cue.gate)


def _joined_cues(group: list[str], flags: int) -> list[SliceCue]:
    """The cues that search ``group`` (patterns all led by ``(?i)``, or none of them): one joined alternation,
    or the gated patterns joined apart from the others when only so a gate is kept (see ``AnySliceCue``)."""
    joined = _joined_alternation(group, flags) if len(group) > 1 else None
    if joined is None:
        return [SliceCue(p, flags) for p in group]
    whole = SliceCue(joined, flags)
    if _gated_cue(whole) or len(group) >= _DISPATCH_MIN:
        return [whole]
    gated = [p for p in group if _gated_cue(SliceCue(p, flags))]
    rest = [p for p in group if p not in gated]
    if not gated or not rest:
        return [whole]
    part = _joined_alternation(gated, flags) if len(gated) > 1 else gated[0]
    kept = SliceCue(part, flags) if part is not None else None
    if kept is None or not _gated_cue(kept):
        return [whole]
    other = _joined_alternation(rest, flags) if len(rest) > 1 else rest[0]
    return [kept, *([SliceCue(other, flags)] if other is not None else (SliceCue(p, flags) for p in rest))]


def _joined_alternation(patterns: list[str], flags: int) -> str | None:
    """``(?i)(?:p0)|(?:p1)|...`` for patterns all led by ``(?i)`` (``(?:p0)|...`` for none of them);
    ``None`` when they cannot be joined (see ``AnySliceCue``)."""
    caseless = {p.startswith("(?i)") for p in patterns}
    if len(caseless) != 1:
        return None
    lead = "(?i)" if caseless.pop() else ""
    bodies = [p[len(lead):] for p in patterns]
    if any(re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)", b) for b in bodies):
        return None
    joined = lead + "|".join(f"(?:{b})" for b in bodies)
    try:
        re.compile(joined, flags)
    except re.error:
        return None
    return joined


def _compile_fast_or_plain(body: str, flags: int, pattern: str, pattern_flags: int) -> re.Pattern[str]:
    """``compile_fast(body, flags)``, else (a pattern with inline flags further in) ``re.compile(pattern)``."""
    try:
        return compile_fast(body, flags)
    except re.error:
        return re.compile(pattern, pattern_flags)


def literal_prefixes(pattern: str, flags: int = 0, size: int = 3, limit: int = 400, space: str = "") -> list[str] | None:
    """Strings one of which every match of ``pattern`` starts with (up to ``size`` characters each).

    Read from the pattern: literals and small character classes extend the strings, branches and
    optional parts add strings, zero-width assertions are passed over; anything else (a category,
    ``.``, scoped flags) ends a string where it is (a shorter string admits more). A look-ahead
    on them (``literal_trie``) lets a scan skip, in a few steps, the positions where no match can start.

    pattern (str), flags (int): the regex, without ``re.IGNORECASE``.
    space (str): when given, a character standing for a run of white space: ``\\s``, ``\\s+`` or ``\\s*``
        extend the strings with it instead of ending them (``a\\s+final`` -> "a" + space + "f"), and
        the strings go on past an optional part (``(?:the\\s+)?final`` -> "the" + space + "f", "fin"),
        for a ``literal_trie(..., space=space)``, which writes it ``\\s+`` (not for ``str.find``).
    RETURNS (list[str] | None): the strings (none starting with another), sorted; ``None`` when a
        match may start with anything, or there would be more than ``limit``.
    """
    parsed = None if flags & re.IGNORECASE else regex_tree(pattern, flags)
    if parsed is None:  # case-insensitive, another Python's internals, or an odd pattern: not read
        return None
    sre_c, tree = parsed
    State = tuple[set[str], set[str]]  # (strings still growing, strings ended)

    def grow(state: State, chars: list[str]) -> State:
        growing, ended = state
        out: set[str] = set()
        for s in growing:
            for ch in chars:
                (ended if len(s) + 1 >= size else out).add(s + ch)
        return out, ended

    def seq(items: Any, state: State) -> State:
        for op, av in items:
            growing, ended = state
            if not growing:
                return state
            if op is sre_c.AT or op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                continue
            if op is sre_c.LITERAL:
                state = grow(state, [chr(av)])
            elif space and _white_space(op, av, sre_c):
                state = grow(state, [space])
            elif op is sre_c.IN:
                chars = _in_chars(av, sre_c)
                if chars is None:
                    return set(), growing | ended
                state = grow(state, chars)
            elif op is sre_c.SUBPATTERN and not (av[1] or av[2]):
                state = seq(av[3], state)
            elif op is sre_c.BRANCH:
                grown: set[str] = set()
                ended = set(ended)
                for branch in av[1]:
                    g, e = seq(branch, (set(growing), set()))
                    grown |= g
                    ended |= e
                state = grown, ended
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and space and len(av[2]) == 1 and _white_space(av[2][0][0], av[2][0][1], sre_c):
                # a run of white space: the strings go on with ``space`` (and, when it may be absent, without)
                g, e = grow((set(growing), set()), [space])
                state = (g | growing if av[0] == 0 else g), ended | e
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
                least, most, item = av
                g, e = seq(item, (set(growing), set()))
                if space and least == 0 and most == 1:  # an optional part: the strings go on with and without it
                    state = set(growing) | g, ended | e
                elif least == 0:  # none: the strings go on; one or more: they end after the first
                    state = set(growing), ended | e | g
                elif most == 1:
                    state = g, ended | e
                else:
                    state = set(), ended | e | g
            else:
                return set(), growing | ended
            if len(state[0]) + len(state[1]) > limit:
                raise _Unknown
        return state

    try:
        growing, ended = seq(list(tree), ({""}, set()))
    except _Unknown:
        return None
    found = growing | ended
    if not found or "" in found:
        return None
    return sorted(p for p in found if not any(q != p and p.startswith(q) for q in found))


def _white_space(op: Any, av: Any, sre_c: Any) -> bool:
    """True for the parsed item ``\\s``."""
    return bool(op is sre_c.IN and len(av) == 1 and av[0][0] is sre_c.CATEGORY and av[0][1] is sre_c.CATEGORY_SPACE)


def _in_chars(items: Any, sre_c: Any) -> list[str] | None:
    """The characters of a class's items (literals, short ranges); ``None`` for anything else."""
    out: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            out.append(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < 32:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def required_strings(pattern: str, flags: int = 0, limit: int = 8) -> list[str] | None:
    """Strings one of which every match of ``pattern`` holds (read from the pattern: runs of literals, a
    branch's strings when each branch has some, a repeated part's when it comes at least once; the
    set whose shortest string is longest is kept). A stretch of text holding none of them has no match.

    pattern (str), flags (int): the regex, without ``re.IGNORECASE``.
    RETURNS (list[str] | None): at most ``limit`` strings of 3 characters or more, sorted; ``None`` when
        no such set can be read.
    """
    parsed = None if flags & re.IGNORECASE else regex_tree(pattern, flags)
    if parsed is None:  # case-insensitive, another Python's internals, or an odd pattern: not read
        return None
    sre_c, tree = parsed

    def best(sets: list[set[str]]) -> set[str] | None:
        ok = [x for x in sets if x and len(x) <= limit]
        return max(ok, key=lambda x: (min(map(len, x)), -len(x))) if ok else None

    def seq(items: Any) -> set[str] | None:
        found: list[set[str]] = []
        run = ""
        for op, av in items:
            if op is sre_c.LITERAL:
                run += chr(av)
                continue
            if run:
                found.append({run})
                run = ""
            if op is sre_c.SUBPATTERN and not (av[1] or av[2]):
                sub = seq(av[3])
                if sub:
                    found.append(sub)
            elif op is sre_c.BRANCH:
                subs = [seq(b) for b in av[1]]
                held = [sub for sub in subs if sub]
                if len(held) == len(subs):  # every branch holds one of its strings
                    found.append(set().union(*held))
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
                sub = seq(av[2])
                if sub:
                    found.append(sub)
            # anything else (classes, categories, assertions, scoped flags) ends a run and adds nothing
        if run:
            found.append({run})
        return best(found)

    got = seq(list(tree))
    if not got or min(map(len, got)) < 3:
        return None
    return sorted(got)
