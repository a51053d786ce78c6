"""A self-check of the prefilter's Hyperscan database: does it find what ``re`` finds?

The prefilter trusts Hyperscan's "no match" (``prefilter.py``). Hyperscan 5.4.12 (the engine inside
``hyperscan`` 0.9.1) can miss a real match of some regexes some bytes into a text, so that trust is checked
once, when a database is built: for every regex in it, ``samples`` writes strings its pattern matches (one
choice of each alternation and repeat at a time, from ``re``'s own parse of the pattern), each is put at
several offsets into a neutral text, and wherever ``re`` finds a match there the database must report the
regex, and (a ``spans`` regex) report an end at each of ``re``'s match ends. A regex that fails once is
``unfaithful``: the prefilter then never shuts it (it runs as plain ``re``, as a regex Hyperscan rejects).

This is a check by examples, not a proof: it catches an engine fault that depends on the regex's shape and
the offset (the kind seen), not one that needs a particular neighbouring text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from claimledger.extract.reparse import regex_tree

VERSION = "4"  # of the check: a database kept on disk is checked again when it changes
_SAMPLES_PER_REGEX = 48  # strings written per regex (one choice at a time, then cut to this many)
_MAX_SAMPLE = 400  # characters: a longer sample is not written (a huge repeat)
# where each sample is put: after this many characters of neutral words, and with a few words after it
_OFFSETS = (0, 1, 9, 16, 23, 40, 71)
_FILLER = "and then the day went on as before in the town "
_TAIL = " when it was over."

# a member of a category: a character ``re`` puts in it
_CATEGORY_CHAR = {
    "CATEGORY_DIGIT": "7", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_WORD": "k", "CATEGORY_NOT_WORD": " ",
    "CATEGORY_SPACE": " ", "CATEGORY_NOT_SPACE": "k",
}

# a scan of ``data`` with the database: (pattern id, end offset in bytes) for every match it reports
Scan = Callable[[bytes], list[tuple[int, int]]]


class _Unwritable(Exception):
    """A construct ``samples`` does not write: the regex gets fewer (or no) samples."""


def _class_char(items: Any, sre_c: Any) -> str:
    """One character of a class ``[...]`` (a negated class: one it does not hold)."""
    if items and items[0][0] is sre_c.NEGATE:
        held = re.compile("[" + "".join(_class_member_pattern(op, av, sre_c) for op, av in items[1:]) + "]")
        for c in " kq7,.-x":  # a space first: words then keep their boundaries
            if not held.match(c):
                return c
        raise _Unwritable
    op, av = items[0]
    if op is sre_c.LITERAL:
        return chr(av)
    if op is sre_c.RANGE:
        return chr(av[0])
    if op is sre_c.CATEGORY:
        return _CATEGORY_CHAR.get(str(av), "k")
    raise _Unwritable


def _class_member_pattern(op: Any, av: Any, sre_c: Any) -> str:
    if op is sre_c.LITERAL:
        return re.escape(chr(av))
    if op is sre_c.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is sre_c.CATEGORY:
        return {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w",
                "CATEGORY_NOT_WORD": r"\W", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}[str(av)]
    raise _Unwritable


class _Writer:
    """Writes strings for a parsed pattern: ``choices`` picks, per choice point (counted in the order they are
    met), which alternative or repeat count to take; points not in it take their first."""

    def __init__(self, sre_c: Any) -> None:
        self.sre_c = sre_c
        self.points: list[int] = []  # per choice point met in the last write: how many ways it has
        self.choices: dict[int, int] = {}
        self.groups: dict[int, str] = {}
        self.more = False  # repeats not in ``choices`` take one more than their least

    def write(self, items: Any) -> str:
        self.points = []
        self.groups = {}
        return self._seq(items)

    def _pick(self, ways: int, default: int = 0) -> int:
        point = len(self.points)
        self.points.append(ways)
        return self.choices.get(point, default) % ways

    def _seq(self, items: Any) -> str:
        c = self.sre_c
        out: list[str] = []
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: ``re`` tells afterwards whether the sample holds
            if op is c.LITERAL:
                out.append(chr(av))
            elif op is c.NOT_LITERAL:
                out.append(" " if chr(av) != " " else "k")
            elif op is c.ANY:
                out.append(" ")
            elif op is c.IN:
                out.append(_class_char(av, c))
            elif op is c.CATEGORY:
                out.append(_CATEGORY_CHAR.get(str(av), "k"))
            elif op is c.BRANCH:
                branches = av[1]
                out.append(self._seq(branches[self._pick(len(branches))]))
            elif op is c.SUBPATTERN:
                group, _add, _dele, sub = av
                text = self._seq(sub)
                if group is not None:
                    self.groups[group] = text
                out.append(text)
            elif op is getattr(c, "ATOMIC_GROUP", None):
                out.append(self._seq(av))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                least, most, sub = av
                counts = [least] + ([least + 1] if most == c.MAXREPEAT or most > least else [])
                times = counts[self._pick(len(counts), 1 if self.more else 0)]
                out.extend(self._seq(sub) for _ in range(times))
            elif op is c.GROUPREF:
                out.append(self.groups.get(av, ""))
            elif op is c.GROUPREF_EXISTS:
                group, yes, no = av
                out.append(self._seq(yes) if group in self.groups else (self._seq(no) if no is not None else ""))
            else:
                raise _Unwritable
            if sum(map(len, out)) > _MAX_SAMPLE:
                raise _Unwritable
        return "".join(out)


def samples(pattern: str, flags: int = 0, limit: int = _SAMPLES_PER_REGEX) -> list[str]:
    """Strings written from ``pattern``'s parse: the first choice everywhere (every repeat at its least, then
    again at one more), then each alternative of each alternation and each count of each repeat in turn with
    the others as in that first; with IGNORECASE, each also in capitals. At most about ``limit``, spread over
    all the choice points; empty when the pattern cannot be read. A sample need not match (an assertion may
    fail): the check asks ``re``."""
    got = regex_tree(pattern, flags)
    if got is None:
        return []
    sre_c, tree = got
    out: list[str] = []
    for more in (False, True):
        writer = _Writer(sre_c)
        writer.more = more
        try:
            out.append(writer.write(list(tree)))
        except Exception:  # noqa: BLE001 - a construct not written
            continue
        variants = [(point, way) for point, ways in enumerate(writer.points) for way in range(1, ways)]
        room = max(1, limit // 2 - 1)
        if len(variants) > room:  # spread the choices kept over the whole pattern
            step = len(variants) / room
            variants = [variants[int(k * step)] for k in range(room)]
        for point, way in variants:
            writer.choices = {point: way}
            try:
                out.append(writer.write(list(tree)))
            except Exception:  # noqa: BLE001 - a construct this choice reaches is not written
                continue
    if (flags | tree.state.flags) & re.IGNORECASE:
        out += [s.upper() for s in out]
    return list(dict.fromkeys(out))


def _placed(sample: str) -> Iterator[str]:
    """``sample`` after each offset's run of neutral words (ending in a space: word boundaries hold), with a tail."""
    filler = _FILLER * (1 + max(_OFFSETS) // len(_FILLER))
    for at in _OFFSETS:
        yield (filler[: at - 1] + " " if at else "") + sample + _TAIL


def unfaithful(scan: Scan, regexes: dict[int, tuple[str, int, bool]], reverse: bool = False) -> set[int]:
    """The ids of ``regexes`` (id -> pattern, flags, spans) the database ``scan`` misses on a sample: ``re``
    finds a match in a placed sample and the scan does not report the id, or (``spans``) reports no end where
    one of ``re``'s matches ends. With ``reverse`` (a database of the regexes read backwards, scanned over the
    reversed text): no end where, in the reversed text, one of ``re``'s matches starts. Offsets are in UTF-8
    bytes."""
    bad: set[int] = set()
    for pid, (pattern, flags, spans) in regexes.items():
        rx = re.compile(pattern, flags)
        for sample in samples(pattern, flags):
            for text in _placed(sample):
                if not spans:
                    ends = [1] if rx.search(text) else []
                elif reverse:  # a match [a, b) of the text is one [n - b, n - a) of the reversed text
                    ends = [len(text[m.start():].encode("utf-8")) for m in rx.finditer(text)]
                else:
                    ends = [len(text[:m.end()].encode("utf-8")) for m in rx.finditer(text)]
                if not ends:
                    continue
                data = (text[::-1] if reverse else text).encode("utf-8")
                reported = {end for got, end in scan(data) if got == pid}
                if not reported or (spans and not set(ends) <= reported):
                    bad.add(pid)
                    break
            if pid in bad:
                break
    return bad
