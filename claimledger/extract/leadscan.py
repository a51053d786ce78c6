"""``compile_led(pattern, flags)``: ``re.compile``, with the engine told which characters a match can start with.

CPython's ``re`` skips ahead at C speed only for a pattern that opens with a literal or a class
(its compiled "info" block then holds a prefix or a character set). A pattern that opens with
``\\b`` or a look-ahead on its first characters (``(?=[gm])\\b(?:genocide|massacre)``, as
``fastre.compile_fast`` writes them) gets no such set: a search calls the matcher at every position
of the text. When such a pattern's opening (past zero-width items) is a look-ahead on one class,
every match starts with a character of that class; compiled here, the info block holds the class,
so a search tries only the positions that hold one (the look-ahead still runs there: the matches
are the same). Only for patterns whose matches are never empty (a set-led scan restarts at the
same position after an empty match); with ``re.IGNORECASE`` only for a class of ASCII letters and
digits, the set then holding every character ``re`` matches to them without regard to case.
Otherwise, or when this Python's ``re`` internals differ, the plain ``re.compile``.
"""

from __future__ import annotations

import importlib
import re
from typing import Any


def _internals() -> tuple[Any, Any, Any, Any] | None:
    """``(_sre, re._parser, re._compiler, re._constants)``; ``None`` on another Python's internals."""
    try:
        return (importlib.import_module("_sre"), importlib.import_module("re._parser"),
                importlib.import_module("re._compiler"), importlib.import_module("re._constants"))
    except ImportError:
        return None


def _lead_items(items: Any, c: Any) -> list[Any] | None:
    """The class items of the look-ahead a parsed sequence opens with (past ``\\b``, ``^``, look-arounds
    and groups of those), or ``None``."""
    for op, av in items:
        if op is c.ASSERT and av[0] == 1:  # a look-ahead
            body = list(av[1])
            if len(body) != 1:
                return None
            bop, bav = body[0]
            if bop is c.LITERAL:
                return [(bop, bav)]
            if bop is c.IN and all(o in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in bav):
                return list(bav)
            return None
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.BRANCH and all(all(o is c.AT for o, _ in b) for b in av[1]):
            continue  # "(?:^|\b)"
        return None
    return None


# the characters beyond ASCII that ``re.IGNORECASE`` matches to an ASCII letter (Unicode simple case
# folding, as ``re`` applies it; a test checks the table against every code point)
_FOLDED_IN = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _caseless(items: list[Any], c: Any) -> list[Any] | None:
    """The class items widened to every character ``re.IGNORECASE`` matches to one of them: each ASCII
    letter with its other case and its non-ASCII folds; ``None`` for items beyond ASCII letters and digits."""
    chars: set[str] = set()
    out: list[Any] = []
    for op, av in items:
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            out.append((op, av))
            continue
        if op is c.LITERAL and av < 128:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] < 128:
            chars.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None
    for ch in list(chars):
        low = ch.lower()
        chars.update((low, ch.upper(), *_FOLDED_IN.get(low, "")))
    out.extend((c.LITERAL, ord(ch)) for ch in sorted(chars))
    return out


def _led(pattern: str, flags: int) -> re.Pattern[str] | None:
    parts = _internals()
    if parts is None:
        return None
    sre, parser, compiler, c = parts
    tree = parser.parse(pattern, flags)
    flags |= tree.state.flags
    if flags & (re.LOCALE | re.DEBUG | re.VERBOSE):
        return None
    lo, hi = tree.getwidth()
    items = _lead_items(list(tree), c) if lo > 0 else None
    if items is not None and flags & re.IGNORECASE:
        items = _caseless(items, c)
    if items is None:
        return None
    charset, _cased = compiler._optimize_charset(items)
    code: list[int] = [c.INFO, 0, c.SRE_INFO_CHARSET, min(lo, compiler.MAXCODE), min(hi, compiler.MAXCODE)]
    compiler._compile_charset(charset, flags, code)  # with the flags: which digits a class digit takes
    code[1] = len(code) - 1
    compiler._compile(code, tree.data, flags)
    code.append(c.SUCCESS)
    names = tree.state.groupdict
    index: list[str | None] = [None] * tree.state.groups
    for name, i in names.items():
        index[i] = name
    compiled: re.Pattern[str] = sre.compile(pattern, flags, code, tree.state.groups - 1, names, tuple(index))
    return compiled


def compile_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its search led by the class of the look-ahead it opens with.

    pattern (str): the regex; flags (int): ``re`` flags.
    RETURNS (re.Pattern): the same matches as ``re.compile(pattern, flags)`` (raises as it does).
    """
    plain = re.compile(pattern, flags)
    try:
        led = _led(pattern, flags)
    except Exception:  # noqa: BLE001 - another Python's internals: the plain pattern
        return plain
    return plain if led is None else led
