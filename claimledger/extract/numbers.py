"""Number and qualifier grammar: find quantities in text and turn them into intervals.

Every quantity becomes a :class:`Quantity` with the number *as stated* (``value``),
a ``qualifier`` and the interval ``[low, high]`` it denotes (``None`` = open).

Interval semantics (DESIGN.md principle 4, "figures are intervals")::

    exact      "12"                      value 12   [12, 12]
    about      "about 300", "some 50"    value 300  [round(0.9 * v), round(1.1 * v)]  (±10 %)
    at_least   "at least 30", "30 or more" value 30 [30, None]
    more_than  "more than 30", "over 30" value 30   [31, None]   (integers: N + 1; decimals: N)
    at_most    "almost 300", "nearly 300", "fewer than 300"
                                         value 300  [0, 300]
    up_to      "up to 35", "as many as 35" value 35 [0, 35]
    range      "10 to 15", "between 10 and 15", "10-15", "two or three",
               "at least 20 and possibly up to 100"
                                         value 10   [10, 15]  (value = the lower end)
    vague      "dozens", "scores", "hundreds", "tens of thousands"
                                         value = ACLED's conventional code
                                         (tens = 10, dozens = 12, scores = 20, hundreds = 100,
                                         thousands = 1000), interval from rules/numbers.json
                                         (e.g. dozens [12, 199], hundreds [100, 999]);
               "several", "a few"        value 3 (ACLED's code), [3, 9] and [2, 9]
               "both"                    value 2 [2, 2] ("both were killed"; not "both X and Y")

"at_most" and "up_to" have a closed lower end of 0 (a count cannot be negative; the
text does not promise any minimum). "about" is symmetric ±10 %, rounded to integers for
integer values, so "about 7,500" is [6750, 8250] and "about 5" is [4, 6] (never narrower
than ±1 for integers).

Numbers are written as digits with separators ("1,275", "7 500", "24.2 thousand",
"1.1 million") or words ("ten", "twenty-one", "a dozen", "three hundred and twelve").
All lexicons live in ``rules/numbers.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from claimledger.extract.fastre import FOLDS_TO_ASCII, fold, literal_trie, lowered, lowered_regex

Num = int | float


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text: ``text[start:end]`` is its surface form (qualifier included)."""

    start: int
    end: int
    value: Num
    qualifier: str
    low: Num | None
    high: Num | None
    num_start: int  # where the number itself (after the qualifier cue) starts
    vague: bool = False

    def as_data(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier, "low": self.low, "high": self.high}


@cache
def load_rules(name: str) -> dict[str, Any]:
    """Load a JSON rule file shipped in ``claimledger/extract/rules``."""
    text = resources.files("claimledger.extract").joinpath("rules", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _alt(words: list[str]) -> str:
    words = sorted((w for w in words if not w.startswith("_")), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@dataclass(frozen=True)
class _Grammar:
    regex: re.Pattern[str]
    candidates: re.Pattern[str]
    lookback: re.Pattern[str]
    word_values: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, dict[str, Num | None]]
    qualifiers: dict[str, str]
    suffixes: dict[str, str]
    candidates_low: re.Pattern[str]  # ``candidates`` for lower-cased text, case-sensitive (faster)
    # the words ``lookback`` can end with (before its last white space); empty: always run it
    lookback_ends: tuple[str, ...] = ()
    lookback_reach: int = 0  # the longest of them
    # ``candidates_low`` led by the character before the candidate (``_candidate_starts``); ``None``: not built
    candidates_led: re.Pattern[str] | None = None
    # ``candidates_led`` with ``re.ASCII``: the same matches in an ASCII text (its \W, \d and \b read no other
    # character), without the Unicode category look-ups (``_candidate_starts``)
    candidates_led_ascii: re.Pattern[str] | None = None
    # ``regex`` for lower-cased text, case-sensitive (``_grammar_at``); ``None`` when its pattern does not lower exactly
    regex_low: re.Pattern[str] | None = None


def _starter(vague_word: str) -> str:
    """The word a vague quantity is found by: its first word after an article ("a few": "few"; the
    look-back then reads the article, as it does for "a dozen")."""
    words = vague_word.split()
    return words[1] if len(words) > 1 and words[0] in ("a", "an") else words[0]


@cache
def vague_guards() -> dict[str, re.Pattern[str]]:
    """Per vague word, what may not follow it for it to count (rules ``vague_not_before``: "both X and Y")."""
    guards = load_rules("numbers.json").get("vague_not_before", {})
    return {k: re.compile(v, re.IGNORECASE) for k, v in guards.items() if not k.startswith("_")}


@cache
def grammar() -> _Grammar:
    """Compile the quantity regex from ``rules/numbers.json`` (once)."""
    rules = load_rules("numbers.json")
    units: dict[str, int] = rules["units"]
    tens: dict[str, int] = rules["tens"]
    scales: dict[str, int] = rules["scales"]
    word_values = {**units, **tens, "dozen": int(rules["dozen"])}
    vague = {k: v for k, v in rules["vague"].items() if not k.startswith("_")}
    quals = {k: v for k, v in rules["qualifiers"].items() if not k.startswith("_")}
    sufs = {k: v for k, v in rules["qualifier_suffixes"].items() if not k.startswith("_")}

    word = rf"(?:{_alt(list(word_values) + [s for s in scales if len(s) > 3])})"
    # "and" joins a number's parts only after a scale word ("three hundred and twelve"); "two and five"
    # are two numbers (a range after "between", or two counts), never seven
    after_scale = "|".join(rf"(?<={s})" for s in ("hundred", "thousand", "million", "billion"))
    word_num = (rf"(?:(?:(?:half\s+)?an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?{word}"
                rf"(?:(?:\s*-\s*|\s+|(?:{after_scale})\s+and\s+){word})*)")
    # (the no-break spaces written as characters, not escapes: the pattern then lowers exactly, ``regex_low``)
    digits = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ " + "\u00a0\u202f" + r"]\d{3})+(?![\d.,]\d)|\d+)(?:\.\d+)?"
    scale = rf"(?:\s*(?:{_alt([s for s in scales])})\b)?"
    digit_num = rf"(?:{digits}{scale})"
    glued = rules.get("glued_units", [])
    unit_next = rf"(?!(?:{_alt(glued)})(?![\w]))" if glued else ""
    number = rf"(?:(?<![\w.,]){digit_num}(?!{unit_next}[\w])|\b{word_num}\b)"
    vague_re = rf"\b(?:{_alt(list(vague))})\b"
    qual = rf"(?:(?P<qual>{_alt(list(quals))})\s+)?"
    between = r"(?:(?P<between>between|from)\s+)?"
    joiner = r"(?:\s*-\s*to\s*-\s*|\s*(?:-|–|—|to|or|and)\s*|\s+and\s+(?:(?:possibly|perhaps|maybe)\s+)?(?:up\s+to|as\s+many\s+as)\s+)"
    suffix = rf"(?:\s*(?P<suf>{_alt(list(sufs))})(?![\w]))?"
    pattern = (
        rf"(?:{qual}{between}(?P<a>{number})(?:(?P<join>{joiner})(?P<b>{number}))?{suffix})"
        rf"|(?:(?:(?P<vqual>{_alt(list(quals))})\s+)?(?P<vague>{vague_re}))"
    )
    # fast scan: where a number can start (a digit, a number word, a vague word); the full
    # grammar is then matched only there, from the qualifier cue found just before it
    starters = list(word_values) + [s for s in scales if len(s) > 3] + [_starter(v) for v in vague]
    first = "".join(sorted({w[0].lower() for w in starters} | {w[0].upper() for w in starters}))
    candidates = re.compile(rf"(?<![\w.,])\d|\b(?=[{first}])(?:{_alt(sorted(set(starters)))})\b", re.IGNORECASE)
    first_low = "".join(sorted({w[0].lower() for w in starters}))
    starters_low = sorted({w.lower() for w in starters})
    starters_low = [w for w in starters_low if not w.startswith("_")]  # as _alt reads them
    literal = all(re.escape(w) == re.escape(w).replace(r"\ ", "") for w in starters_low)  # no spaces: "\s+" in _alt
    body = literal_trie(starters_low) if literal else f"(?:{_alt(starters_low)})"
    # every candidate opens a word: a digit after no word character, a starter word after \b. Both branches
    # open with \b, which fails a position inside a word in one step, and the digit's look-behind is read
    # after it ("\d(?<![\w.,]\d)": the same character before it), so that re passes over the branch at once
    # where no digit is (measured: the scan 2.3 -> 1.6 ms per pass over examples/, against compile_fast's
    # look-ahead on the first characters)
    candidates_low = re.compile(rf"\b\d(?<![\w.,]\d)|\b(?=[{first_low}])" + body + r"\b")
    # the same led by the character before the candidate, a non-word one (the \b of both branches; for a digit, no
    # "." or "," either): re skips to those at C speed with a class as the first item, instead of entering the
    # pattern at every position. Every starter a word of word characters: a match ends with one, so no candidate
    # starts right at the end of the one before, and each is found past the character it is led by
    led = (re.compile(rf"\W(?:(?<![.,])\d|(?=[{first_low}])" + body + r"\b)")
           if all(re.fullmatch(r"\w+", w) for w in starters_low) else None)
    # every part is optional, so a match starts where one of them starts (after no word character, or at a
    # case change for a qualifier) or is the empty one at the end: a guard holding there lets the search
    # pass over the other positions of the window in a step or two instead of trying each part
    lookback_opens = "".join(sorted({re.escape(w[0].lower()) for w in quals if not w.startswith("_")} | set("bfha")))
    lookback = re.compile(
        rf"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z]))|(?=$))(?=[{lookback_opens}]|$)"
        rf"(?:(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z])))(?:{_alt(list(quals))})\s+)?(?:(?<!\w)(?:between|from)\s+)?(?:(?<!\w)(?:half\s+)?an?\s+)?$",
        re.IGNORECASE)
    ends = {w.split()[-1].lower() for w in quals if not w.startswith("_")} | {"between", "from", "a", "an"}
    plain = all(w.isascii() and not any(ch.isspace() for ch in w) for w in ends)
    regex = re.compile(pattern, re.IGNORECASE)
    led_ascii = re.compile(led.pattern, re.ASCII) if led is not None else None
    return _Grammar(regex, candidates, lookback, word_values, scales, vague, quals, sufs,
                    candidates_low, tuple(sorted(ends)) if plain else (), max(map(len, ends)), led,
                    regex_low=lowered_regex(regex), candidates_led_ascii=led_ascii)


def _matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Matches of the quantity grammar in ``text[start:end]``, found from candidate positions."""
    g = grammar()
    out: list[re.Match[str]] = []
    last = start
    low = lowered(text)
    rx, src = g.regex, text
    if g.regex_low is not None and low is not None and _caseless_at(text, start, end):
        rx, src = g.regex_low, low  # the same matches (offsets and groups taking part; their text lower-cased)
    for p in (_candidate_starts(g, low, start, end) if low is not None
              else [c.start() for c in g.candidates.finditer(text, start, end)]):
        if p < last:
            continue
        s0 = _lookback(text, max(last, p - 48), p, g)
        m = rx.match(src, s0, end)
        if (m is None or m.end() <= p) and s0 != p:
            m = rx.match(src, p, end)
        if m is None or m.end() <= p:
            continue
        out.append(m)
        last = m.end()
    return out


LOOK_BEHIND_REACH = 16  # characters: more than the grammar's look-behinds read before a position ("(?<=thousand)")


def _caseless_at(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` and the few characters before it hold none of the letters ``re.IGNORECASE`` folds
    to an ASCII letter although ``str.lower`` does not (``fastre.caseless_text``): there a case-sensitive match of the
    lowered grammar on the lower-cased text (same length: ``lowered``) is the case-insensitive one on ``text``."""
    lo = max(0, start - LOOK_BEHIND_REACH)
    return all(text.find(ch, lo, end) < 0 for ch in FOLDS_TO_ASCII)


def _candidate_starts(g: _Grammar, low: str, start: int, end: int) -> list[int]:
    """Where ``g.candidates_low.finditer(low, start, end)``'s matches start: with ``g.candidates_led``, the
    characters after its matches (each a candidate's leading non-word character, at ``start - 1`` or later: the
    character before a window is read by ``\\b`` and look-behinds alike), and a candidate at the text's start."""
    led = g.candidates_led
    if g.candidates_led_ascii is not None and low.isascii():  # (a flag of the string: no scan)
        led = g.candidates_led_ascii
    if led is None:
        return [c.start() for c in g.candidates_low.finditer(low, start, end)]
    out = [0] if start == 0 and g.candidates_low.match(low, 0, end) is not None else []
    out.extend([c.start() + 1 for c in led.finditer(low, max(0, start - 1), end)])
    return out


def _lookback(text: str, lo: int, p: int, g: _Grammar) -> int:
    """Where ``g.lookback.search(text, lo, p)`` matches: the qualifier, "between" or article before the
    number at ``p``. Each of its parts ends with a word of ``g.lookback_ends`` and white space, so
    when the text before the white space at ``p`` ends with none of them, only its empty match
    remains: at ``p``, or before a newline ending the window (``$``)."""
    ends = g.lookback_ends
    if ends:
        j = p
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j == p:  # no white space before the number: no qualifier
            return p
        if j > lo:
            tail = text[max(lo, j - g.lookback_reach):j]
            if tail.isascii() and not tail.lower().endswith(ends):
                return p - 1 if text[p - 1] == "\n" else p
    back = g.lookback.search(text, lo, p)
    return back.start() if back else p


_DIGITS = re.compile(r"(\d[\d, ]*(?:\.\d+)?)\s*([a-z]+)?")
_WORD_SPLIT = re.compile(r"[\s-]+")
_DASH_TO = re.compile(r"-\s*to\s*-")


def parse_number(text: str) -> Num | None:
    """Parse one number as written ("1,275", "7 500", "24.2 thousand", "twenty-one", "a dozen").

    RETURNS (int | float | None): the value, ``None`` when ``text`` is not a number.
    """
    g = grammar()
    s = " ".join(text.lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    m = _DIGITS.fullmatch(s)
    if m:
        raw = m.group(1).replace(",", "").replace(" ", "")
        try:
            val: Num = float(raw) if "." in raw else int(raw)
        except ValueError:
            return None
        if m.group(2):
            mult = g.scales.get(m.group(2))
            if mult is None:
                return None
            val = val * mult
        if isinstance(val, float) and val.is_integer() and (m.group(2) or "." not in raw):
            val = int(val)
        elif isinstance(val, float) and m.group(2):
            val = round(val) if abs(val - round(val)) < 1e-6 else val
        return val
    tokens = [t for t in _WORD_SPLIT.split(s) if t and t != "and"]
    if not tokens:
        return None
    half = len(tokens) > 2 and tokens[0] == "half" and tokens[1] in ("a", "an")  # "half a dozen"
    if half:
        tokens = tokens[1:]
    total = 0
    current = 0
    seen = False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an") and i == 0:
            current = 1
            continue
        if tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in g.word_values:
            current += g.word_values[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in g.scales:
            total += (current or 1) * g.scales[tok]
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    if half:
        return value // 2 if value % 2 == 0 else value / 2
    return value


def interval(value: Num, qualifier: str, high: Num | None = None) -> tuple[Num | None, Num | None]:
    """The interval ``(low, high)`` a qualified number denotes (see the module docstring)."""
    is_int = isinstance(value, int)
    if qualifier == "exact":
        return value, value
    if qualifier == "about":
        if is_int:
            spread = max(1, round(value * 0.1))
            return max(0, value - spread), value + spread
        return round(value * 0.9, 6), round(value * 1.1, 6)
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return (value + 1 if is_int else value), None
    if qualifier in ("at_most", "up_to"):
        return 0, value
    if qualifier == "range":
        return value, high
    raise ValueError(f"unknown qualifier {qualifier!r}")


def _word_sanity(text: str) -> bool:
    """Reject word "numbers" that are only a scale or an article ("hundred", "a")."""
    low = text.lower().strip()
    return low not in ("a", "an", "thousand", "million", "billion", "hundred")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Find every quantity in ``text[start:end]``, with qualifier, range and interval.

    RETURNS (list[Quantity]): in text order, offsets into ``text``.
    """
    g = grammar()
    out: list[Quantity] = []
    matches = _matches(text, start, len(text) if end is None else end)
    if not matches:
        return out  # (the steps after the loop only join, fold or widen the quantities found)
    for m in matches:
        qual_word = fold(m.group("qual") or "")
        qual_word = " ".join(qual_word.split())
        if m.group("vague"):
            key = " ".join(fold(m.group("vague")).split())
            spec = g.vague[key]
            guard = vague_guards().get(key)
            if guard is not None and guard.match(text, m.end()):
                continue  # "both soldiers and civilians": a conjunction, no count
            value = spec["value"]
            assert value is not None
            out.append(
                Quantity(m.start(), m.end(), value, "vague", spec["low"], spec["high"], m.start("vague"), vague=True)
            )
            continue
        a_text = m.group("a")
        a = parse_number(a_text)
        if a is None or not _word_sanity(a_text):
            continue
        b_text = m.group("b")
        join = (m.group("join") or "").strip().lower()
        if _DASH_TO.fullmatch(join):
            join = "to"
        q_start = m.start() if m.group("qual") else m.start("between") if m.group("between") else m.start("a")
        if b_text is not None:
            b = parse_number(b_text)
            is_range_join = join in ("-", "–", "—", "to", "or") or "up" in join or "many" in join
            if join == "and":
                is_range_join = bool(m.group("between"))
            elif join.startswith("and ") and not join.split()[1] in ("possibly", "perhaps", "maybe"):
                # "at least 12 and as many as 20": an upper end after a lower bound; "12 and up to 20
                # (were wounded)" with no lower bound may be two counts
                is_range_join = g.qualifiers.get(qual_word) in ("at_least", "more_than")
            if (b is None or not _word_sanity(b_text) or not is_range_join or b <= a
                    or (join in ("-", "–", "—") and not a_text[0].isdigit())):
                # not a range: keep the first number alone, re-scan the rest later
                out.extend(_single(m, a, qual_word, g, q_start, m.end("a"), with_suffix=False))
                # "12 and as many as 20": the second keeps its own qualifier
                rescan = m.start("join") if join.startswith("and ") else m.start("b")
                out.extend(find_quantities(text, rescan, m.end()))
                continue
            if qual_word in ("at least", "more than") or m.group("between") or join in ("-", "–", "—", "to", "or") or "up" in join:
                # a scale on the upper end applies to a bare lower end ("1 to 2 million")
                if isinstance(b, (int, float)) and b >= 1000 and a < 1000 and not re.search(r"[a-z]", a_text, re.IGNORECASE) and re.search(r"[a-z]", b_text, re.IGNORECASE):
                    scale_word = re.findall(r"[a-z]+", b_text.lower())[-1]
                    mult = g.scales.get(scale_word)
                    if mult:
                        a = a * mult
                        a = int(a) if float(a).is_integer() else a
                if b <= a:
                    out.extend(_single(m, a, qual_word, g, q_start, m.end("a"), with_suffix=False))
                    continue
                out.append(Quantity(q_start, m.end("b"), a, "range", a, b, m.start("a")))
                continue
        out.extend(_single(m, a, qual_word, g, q_start, m.end(), with_suffix=True))
    return _quoted(text, _fold_echoes(text, _join_compounds(text, out, g)))


_ECHO_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*")
_ECHO_CLOSE = re.compile(r"[^\S\n]*\)")


def _fold_echoes(text: str, out: list[Quantity]) -> list[Quantity]:
    """"Two (2) police officers", "5 (five) houses": a number repeated in brackets in the other
    notation (a habit of official, legal and police writing) is one number, whose surface form
    runs over the brackets, so what follows them is read as what follows the number."""
    folded: list[Quantity] = []
    skip = -1
    for i, q in enumerate(out):
        if i == skip:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (nxt is not None and not q.vague and not nxt.vague and nxt.qualifier == "exact" and nxt.value == q.value
                and q.qualifier != "range" and text[q.num_start].isdigit() != text[nxt.num_start].isdigit()
                and _ECHO_OPEN.fullmatch(text, q.end, nxt.start)):
            close = _ECHO_CLOSE.match(text, nxt.end)
            if close is not None:
                folded.append(Quantity(q.start, close.end(), q.value, q.qualifier, q.low, q.high, q.num_start))
                skip = i + 1
                continue
        folded.append(q)
    return folded


_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»"}


def _quoted(text: str, out: list[Quantity]) -> list[Quantity]:
    """'had killed "more than 20" soldiers': a quantity quoted on its own (a figure cited as someone's
    words) takes its quotation marks into its surface form, so the words around them read as they
    would around the bare number."""
    res: list[Quantity] = []
    for q in out:
        opening = text[q.start - 1] if q.start > 0 else ""
        closing = text[q.end] if q.end < len(text) else ""
        if opening in _QUOTE_PAIRS and closing == _QUOTE_PAIRS[opening] and not text[q.end + 1:q.end + 2].isalnum():
            q = Quantity(q.start - 1, q.end + 1, q.value, q.qualifier, q.low, q.high, q.num_start, q.vague)
        res.append(q)
    return res


_COMPOUND_GAP = re.compile(r"[^\S\n]+")
_SCALE_TAIL = re.compile(r"([a-z]+)\s*$", re.IGNORECASE)


def _scale_of(text: str, q: Quantity, g: _Grammar) -> int | None:
    m = _SCALE_TAIL.search(text, q.num_start, q.end)
    return g.scales.get(m.group(1).lower()) if m else None


def _join_compounds(text: str, out: list[Quantity], g: _Grammar) -> list[Quantity]:
    """"170 million 250 thousand", "2 million 300 thousand" (a common rendering of numbers in
    translated text): a scaled number directly followed by a smaller scaled number is one number,
    the sum, with the first one's qualifier."""
    joined: list[Quantity] = []
    for q in out:
        prev = joined[-1] if joined else None
        if (prev is not None and not prev.vague and not q.vague and prev.qualifier != "range"
                and q.qualifier == "exact" and _COMPOUND_GAP.fullmatch(text, prev.end, q.start)):
            big, small = _scale_of(text, prev, g), _scale_of(text, q, g)
            if big is not None and small is not None and small < big and q.value < big <= prev.value:
                value = prev.value + q.value
                value = int(value) if float(value).is_integer() else value
                low, high = interval(value, prev.qualifier)
                joined[-1] = Quantity(prev.start, q.end, value, prev.qualifier, low, high, prev.num_start)
                continue
        joined.append(q)
    return joined


def _single(m: re.Match[str], a: Num, qual_word: str, g: _Grammar, q_start: int, end: int, *, with_suffix: bool) -> list[Quantity]:
    qualifier = g.qualifiers.get(qual_word, "exact") if qual_word else "exact"
    if m.group("between") and not m.group("qual"):
        q_start = m.start("a")
    suf = " ".join((m.group("suf") or "").lower().split()) if with_suffix else ""
    if suf and qualifier == "exact":
        qualifier = g.suffixes.get(suf, "exact")
        end = m.end("suf")
    else:
        end = m.end("a")
    low, high = interval(a, qualifier)
    return [Quantity(q_start, end, a, qualifier, low, high, m.start("a"))]


def render_words(n: int) -> str:
    """Spell out ``0 <= n < 10**9`` in English words (used by tests and examples)."""
    rules = load_rules("numbers.json")
    units = {v: k for k, v in rules["units"].items()}
    tens = {v: k for k, v in rules["tens"].items() if k != "fourty"}
    if n < 20:
        return units[n]
    if n < 100:
        t, u = divmod(n, 10)
        return tens[t * 10] + (f"-{units[u]}" if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{units[h]} hundred" + (f" and {render_words(r)}" if r else "")
    for scale, word in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            q, r = divmod(n, scale)
            return f"{render_words(q)} {word}" + (f" {render_words(r)}" if r else "")
    raise ValueError(n)
