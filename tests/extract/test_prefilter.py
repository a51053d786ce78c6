"""The one-pass prefilter (``claimledger.extract.prefilter``): a gated regex answers exactly what ``re`` answers."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.extract import prefilter
from claimledger.extract.prefilter import Gated, begin_document, loosened
from tests.extract.marks import needs_hyperscan


def _scan_hits(hs_pattern: str, text: str) -> bool:
    """Whether Hyperscan finds the loosened regex anywhere in ``text``."""
    db, taken = prefilter._database([hs_pattern])
    assert taken == [True]
    found: list[int] = []
    db.scan(text.encode("utf-8"), match_event_handler=lambda pid, a, b, f, c: found.append(pid))
    return bool(found)


# (pattern, flags, text): re matches the text, so the loosened regex must too
SUPERSET = [
    (r"\bthe\s+(?:cat|dog)s?\b", 0, "saw the  dogs run"),
    (r"(?i)\bkill", 0, "They KILLED him"),
    (r"kill", re.IGNORECASE, "the \u212aILL switch"),  # Kelvin sign folds to k
    (r"(?i)ship", 0, "the \u017fHIP"),  # long s folds to s
    (r"(?i)piece", 0, "a P\u0131ECE"),  # dotless i folds to i
    (r"\w+ly\b", 0, "caf\u00e9ly done"),
    (r"\d{2} people", 0, "\u0663\u0664 people"),  # Arabic-Indic digits are \d
    (r"said\s+on", 0, "said\u00a0on"),  # a no-break space is \s
    (r"[^\S\n]+x", 0, "a \u2009x"),
    (r"[^a-z]end", 0, "\u00e9end"),
    (r"[^’]{3}’s", 0, "Ali’s"),
    (r"“[^”\n]{2,}”", 0, "he said “no way” then"),
    (r"(?<=[a-z]{3})\.(?=[A-Z][a-z])", 0, "the end.Then"),
    (r"(?<![\w-])(early|late)[\s-]+(?:in\s+)?$", re.IGNORECASE, "in EARLY  "),
    (r"(?P<w>\w+) (?P=w)", 0, "the the"),
    (r"(a)?(?(1)b|c)", 0, "xc"),
    (r"(?:x{2,5}|y+?)z", 0, "yyz"),
    (r"(?-i:Aa)(?i:bB)", 0, "Aabb"),
    (r".\n.", re.DOTALL, "a\nb"),
    (r"(?=x)", 0, "ax"),
    (r"x(?=y)|(?<=a)b", 0, "ab"),
    (r"aid\b[^.;]{0,40}\bto\s+\d+", 0, "aid was handed to 40"),
    (r"(?:ab){2,30}c", 0, "ababababc"),
]


@needs_hyperscan
@pytest.mark.parametrize(("pattern", "flags", "text"), SUPERSET)
def test_loosened_matches_where_re_matches(pattern: str, flags: int, text: str) -> None:
    assert re.search(pattern, text, flags)
    hs = loosened(pattern, flags)
    assert hs is not None
    assert _scan_hits(hs, text)


@pytest.mark.parametrize(("pattern", "loose"), [(r"[^.]{0,80}", "{0,}"), (r"x{2,5}", "{2,5}"), (r"(?:ab){3,13}", "{3,}")])
def test_loosened_long_bounds_are_unbounded(pattern: str, loose: str) -> None:
    hs = loosened(pattern)
    assert hs is not None and hs.endswith(loose)


@pytest.mark.parametrize("pattern", [r"\b", r"^$", r"(?!a)", r"\A(?<!x)"])
def test_loosened_zero_width_only_is_not_gated(pattern: str) -> None:
    assert loosened(pattern) is None


# (pattern, text): the loosened regex matches nowhere in the text, so a gated search answers at once
ABSENT = [
    (r"\bmassacre\b", "Two people were hurt in the market."),
    (r"(?i)genocide", "A quiet day in the capital."),
    (r"[.!?](?=[A-Z][a-z])", "no stop in this line"),
]


@needs_hyperscan
@pytest.mark.parametrize(("pattern", "text"), ABSENT)
def test_gated_shuts_absent_pattern(pattern: str, text: str) -> None:
    g = Gated(re.compile(pattern))
    begin_document(text)
    assert prefilter.shut(g.id, text)
    assert g.search(text) is None
    assert list(g.finditer(text)) == []
    assert g.findall(text) == []


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


SENTENCES = [
    "On Tuesday, shelling killed 4 people in the town, officials said.",
    "The ministry denied it.Then the army said its jets had struck only military sites.",
    "“They fled towards the river,” a witness told reporters.",
    "Nothing happened here at all",
    "",
]
PATTERNS = [r"\b(?:killed|wounded)\b", r"(?i)\bTHE\s+\w+", r"[.!?](?:(?<=[a-z]{3}[.!?]))(?=[A-Z][a-z])",
            r"“[^”\n]{2,}”", r"\d+\s+people", r"(?i)fled\s+towards?", r"said$", r"^On\b"]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_gated_answers_as_re(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    g = Gated(rx)
    begin_document(text)
    for pos, endpos in ((0, sys.maxsize), (3, 40), (10, 12), (len(text), len(text))):
        assert _same(g.search(text, pos, endpos), rx.search(text, pos, endpos))
        assert _same(g.match(text, pos, endpos), rx.match(text, pos, endpos))
        assert _same(g.fullmatch(text, pos, endpos), rx.fullmatch(text, pos, endpos))
        assert [m.span() for m in g.finditer(text, pos, endpos)] == [m.span() for m in rx.finditer(text, pos, endpos)]
        assert g.findall(text, pos, endpos) == rx.findall(text, pos, endpos)
    lower = text.lower()  # the lower-cased copy is scanned too; a slice is never gated
    assert _same(g.search(lower), rx.search(lower))
    assert _same(g.search(text[1:]), rx.search(text[1:]))


_ALPHABET = st.sampled_from(list("abcdeiklmnorstwyz AEIKST.,;:!?-'\n0123456789") + [
    "’", "“", "”", "é", "ſ", "ı", "İ", "\u212a", "\u00a0", "\u0663", "—"])


def _rule_patterns() -> list[tuple[str, int]]:
    """The regexes the extraction modules register with the prefilter (built with the pipeline)."""
    from claimledger.extract.pipeline import build_pipeline

    build_pipeline()
    return list(prefilter._ENGINE.sources)


@needs_hyperscan
@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["killed", "fled", "towards", "the", "said", "people", "according", "to",
                                       "they", "their", "own", "forces", "denied", "early", "in", "this", "was",
                                       "reported", "by", "’s", "“", "”", "Then", "4", "twelve"]) | st.text(_ALPHABET),
                       max_size=30))
def test_rule_patterns_gated_exactly(words: list[str]) -> None:
    """Over random texts, a registered rule regex the scan shuts has no ``re`` match in the text."""
    text = " ".join(words)
    rules = _rule_patterns()
    begin_document(text)
    for pid, (pattern, flags) in enumerate(rules):
        if prefilter.shut(pid, text):
            assert re.search(pattern, text, flags) is None, pattern
        low = text.lower()
        if len(low) == len(text) and prefilter.shut(pid, low):
            assert re.search(pattern, low, flags) is None, pattern


# texts with characters of several UTF-8 lengths before and inside the stretches searched (the scan's byte offsets
# are read back as character offsets)
SPAN_TEXTS = [
    "On Tuesday, shelling killed 4 people in the town, officials said.",
    "“Café owners fled,” she said — then 12 drones struck the depot near the river.",
    "Ελληνικά 𝔘nicode: the convoy was hit; no one was hurt. Later, police said 3 were killed.",
    "killed killed",
    "",
]
SPAN_PATTERNS = [r"\b(?:killed|hurt)\b", r"(?i)\bPOLICE\s+said", r"\d+\s+(?:drones|people)", r"^On\b", r"said\.?$",
                 r"[“\"][^”\"]{2,}[”\"]", r"(?<=\s)the\s+\w+", r"(?i)d[ée]p[oô]t|caf[ée]"]


def _windows(text: str) -> list[tuple[int, int]]:
    n = len(text)
    cuts = sorted({0, 1, 3, 8, 15, 22, 30, 41, 50, 64, n // 2, n - 1, n})
    return [(a, b) for a in cuts for b in cuts if 0 <= a <= b <= n]


@pytest.mark.parametrize("text", SPAN_TEXTS)
@pytest.mark.parametrize("pattern", SPAN_PATTERNS)
def test_span_gated_answers_as_re(pattern: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``spans`` regex answers as ``re`` for every stretch, searched with ``pos``/``endpos`` or cut out."""
    monkeypatch.setattr(prefilter, "_ENGINE", prefilter._Engine())  # a database of its own (builds are limited)
    rx = re.compile(pattern)
    g = Gated(rx, spans=True)
    begin_document(text)
    for a, b in _windows(text):
        assert _same(g.search(text, a, b), rx.search(text, a, b))
        assert _same(g.match(text, a, b), rx.match(text, a, b))
        assert [m.span() for m in g.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
        if g.absent(text, a, b):
            assert rx.search(text[a:b]) is None
            assert rx.search(text, a, b) is None


@needs_hyperscan
@pytest.mark.parametrize(("pattern", "text", "window", "absent"), [
    (r"\bkilled\b", "Shelling killed four. The market was quiet.", (21, 44), True),  # killed only before it
    (r"\bkilled\b", "Shelling killed four. The market was quiet.", (0, 21), False),
    (r"\bkilled\b", "Shelling killed four. The market was quiet.", (9, 14), True),  # the word is cut: no match ends here
    (r"drones?", "“Ça va” — 12 drones, then quiet", (13, 20), False),  # after characters of 2 and 3 bytes
    (r"drones?", "“Ça va” — 12 drones, then quiet", (20, 31), True),
])
def test_span_gated_reads_where_matches_end(pattern: str, text: str, window: tuple[int, int], absent: bool,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_ENGINE", prefilter._Engine())  # a database of its own (builds are limited)
    g = Gated(re.compile(pattern), spans=True)
    begin_document(text)
    assert g.absent(text, *window) is absent


@needs_hyperscan
@pytest.mark.parametrize("pattern", [r"(?=killed)", r"\b", r"x*", r"(?:killed)?"])
def test_span_gate_not_kept_for_empty_matches(pattern: str) -> None:
    """A regex that can match the empty string keeps no positions (an empty match ends nowhere)."""
    g = Gated(re.compile(pattern), spans=True)
    assert not g.spans
    text = "nothing here"
    begin_document(text)
    assert not g.absent(text, 2, 5) or re.search(pattern, text[2:5]) is None


@needs_hyperscan
@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["killed", "fled", "towards", "the", "said", "people", "drones", "police",
                                       "civilians", "condemned", "not", "denied", "’s", "“", "”", "4", "é"])
                      | st.text(_ALPHABET), max_size=30),
       cuts=st.lists(st.integers(min_value=0, max_value=200), min_size=2, max_size=8))
def test_rule_patterns_span_gated_exactly(words: list[str], cuts: list[int]) -> None:
    """Over random texts and stretches, a registered ``spans`` rule regex shut for a stretch has no ``re`` match in
    it (searched with ``pos``/``endpos`` or cut out), on the text and on its lower-cased copy."""
    text = " ".join(words)
    rules = _rule_patterns()
    begin_document(text)
    low = text.lower()
    pairs = [(min(a, b), max(a, b)) for a, b in zip(cuts, cuts[1:])]
    for pid, (pattern, flags) in enumerate(rules):
        if not prefilter._ENGINE.spans[pid]:
            continue
        for s in (text, low) if len(low) == len(text) else (text,):
            for a, b in pairs:
                if prefilter.shut_span(pid, s, a, b):
                    assert re.search(pattern, s[a:b], flags) is None, (pattern, a, b)
                    assert re.compile(pattern, flags).search(s, a, b) is None, (pattern, a, b)


def test_span_gate_without_hyperscan_runs_re(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Hyperscan nothing is gated: every stretch runs ``re``."""
    monkeypatch.setattr(prefilter, "_hs", None)
    monkeypatch.setattr(prefilter, "_ENGINE", prefilter._Engine())
    g = Gated(re.compile(r"\bkilled\b"), spans=True)
    text = "Shelling killed four. The market was quiet."
    begin_document(text)
    assert g.id == -1 and not g.spans
    assert not g.absent(text, 21, 44)
    assert not prefilter.shut_span(g.id, text, 21, 44)
    assert g.search(text, 0, 21) is not None and g.search(text, 21, 44) is None


def test_prefilter_switched_off_by_the_environment() -> None:
    """``CLAIMLEDGER_PREFILTER=0``: nothing is gated (claims exactly as the plain regexes give them)."""
    import os
    import subprocess

    probe = "from claimledger.extract import prefilter; print(prefilter._hs is None, prefilter.register(__import__('re').compile('kill')))"
    for value, expected in (("0", "True -1"), ("1", f"{prefilter._hs is None} {-1 if prefilter._hs is None else 0}")):
        env = {**os.environ, prefilter.ENV_SWITCH: value}
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.split() == expected.split()


# --- where matches start: the loosened regexes read backwards, scanned over the reversed text ---

@needs_hyperscan
@pytest.mark.parametrize(("pattern", "flags", "text"), SUPERSET)
def test_loosened_backwards_matches_the_reversed_text(pattern: str, flags: int, text: str) -> None:
    """Read backwards, the loosened regex matches the reverse of every string the regex matches."""
    m = re.search(pattern, text, flags)
    assert m is not None
    hs = loosened(pattern, flags, reverse=True)
    if m.end() == m.start():  # an empty match: nothing to read backwards (the regex is not registered for starts)
        return
    assert hs is not None
    assert _scan_hits(hs, m.group(0)[::-1])


STARTED_PATTERNS = [*SPAN_PATTERNS, r"\s(?:has |had )?(?:fired|launched)\b", r"(?i)\b(?:convoy|depot)s?\b",
                    r"(?<![\w.,])\d+(?!\d)", r"\b\w+ed\b", r"(?:^|\s)[“\"]?[A-Z]\w+"]


@needs_hyperscan
@pytest.mark.parametrize("text", [*SPAN_TEXTS, "Troops had fired on the depot; a second convoy launched at 0400.",
                                  "ab\u00e9 12,5 13 \u0663\u0664 Fired FIRED fired"])
@pytest.mark.parametrize("pattern", STARTED_PATTERNS)
@pytest.mark.parametrize("cased", [False, True])
def test_started_finditer_answers_as_re(pattern: str, text: str, cased: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Started.finditer`` gives ``re``'s matches for every stretch (``pos``/``endpos``), and every offset where a
    match starts is among those the backward scan finds."""
    monkeypatch.setattr(prefilter, "_STARTS", prefilter._Engine(reverse=True))  # databases of their own
    monkeypatch.setattr(prefilter, "_STARTS_CASED", prefilter._Engine(reverse=True))
    monkeypatch.setattr(prefilter, "_START_IDS", {})
    rx = re.compile(pattern)
    started = prefilter.Started(rx, cased)
    assert started.id >= 0
    begin_document(text)
    at = prefilter.match_starts(started.id, text, cased)
    assert at is not None
    assert {m.start() for m in rx.finditer(text)} <= set(at)
    for a, b in _windows(text):
        assert [m.span() for m in started.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
    assert [m.span() for m in started.finditer(text, -3, 10**6)] == [m.span() for m in rx.finditer(text, -3, 10**6)]


def test_started_runs_re_where_starts_are_not_known(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Hyperscan, or on a string the document scan does not cover, ``Started`` runs ``rx.finditer``."""
    monkeypatch.setattr(prefilter, "_hs", None)
    monkeypatch.setattr(prefilter, "_STARTS", prefilter._Engine(reverse=True))
    monkeypatch.setattr(prefilter, "_START_IDS", {})
    rx = re.compile(r"\bfired\b")
    started = prefilter.Started(rx)
    assert started.id == -1
    text = "they fired twice; fired again"
    begin_document(text)
    assert prefilter.match_starts(started.id, text) is None
    assert [m.span() for m in started.finditer(text, 3)] == [m.span() for m in rx.finditer(text, 3)]


@needs_hyperscan
@pytest.mark.parametrize("pattern", [r"(?=fired)", r"x*", r"(?:fired)?"])
def test_no_starts_for_empty_matches(pattern: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A regex that can match the empty string is not registered for starts (an empty match is found by no scan)."""
    monkeypatch.setattr(prefilter, "_STARTS", prefilter._Engine(reverse=True))
    monkeypatch.setattr(prefilter, "_START_IDS", {})
    assert prefilter.register_starts(re.compile(pattern)) == -1


def _start_patterns() -> list[tuple[str, int, bool]]:
    """The regexes the extraction modules register for their starts (built with the pipeline and a first document)."""
    from claimledger.extract.pipeline import build_pipeline, extract
    from claimledger.models import SourceText

    build_pipeline()
    extract(SourceText(doc_id="t", text="On Monday a drone struck a depot near the river, killing two guards, officials said."))
    return [(p, f, False) for p, f in prefilter._STARTS.sources] + [(p, f, True) for p, f in prefilter._STARTS_CASED.sources]


@needs_hyperscan
@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from(["killed", "fled", "towards", "the", "said", "people", "according", "to",
                                       "fired", "launched", "at", "least", "twelve", "drones", "on", "Monday", "’s",
                                       "“", "”", "4", "é", "March", "2021", "attack"]) | st.text(_ALPHABET),
                      max_size=30))
def test_rule_patterns_start_where_scanned(words: list[str]) -> None:
    """Over random texts, every match of a rule regex registered for its starts starts where the backward scan says
    one may, on the text and on its lower-cased copy."""
    text = " ".join(words)
    rules = _start_patterns()
    begin_document(text)
    low = text.lower()
    ids = {False: 0, True: 0}
    for pattern, flags, cased in rules:
        pid = ids[cased]
        ids[cased] += 1
        if not (prefilter._STARTS_CASED if cased else prefilter._STARTS).spans[pid]:
            continue
        rx = re.compile(pattern, flags)
        for s in (text, low) if len(low) == len(text) else (text,):
            at = prefilter.match_starts(pid, s, cased)
            if at is not None:
                assert {m.start() for m in rx.finditer(s)} <= set(at), pattern


@needs_hyperscan
@pytest.mark.parametrize("text", ["Troops had fired on the depot; a second convoy launched at 0400.",
                                  "NO MATCH HERE AT ALL", "ab\u00e9 12,5 Fired FIRED fired", ""])
@pytest.mark.parametrize("cased", [False, True])
def test_match_starts_of_is_match_starts_per_id(text: str, cased: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """``match_starts_of`` gives ``match_starts`` of each id (an id not registered, -1, is not known), with
    ``all_known`` ``None`` when one is not known, on a scanned string and on one the scan does not cover."""
    monkeypatch.setattr(prefilter, "_STARTS", prefilter._Engine(reverse=True))
    monkeypatch.setattr(prefilter, "_STARTS_CASED", prefilter._Engine(reverse=True))
    monkeypatch.setattr(prefilter, "_START_IDS", {})
    ids = [prefilter.register_starts(re.compile(p), cased) for p in STARTED_PATTERNS]
    assert all(pid >= 0 for pid in ids)
    for s in (text, text + "!"):  # (the second: not the document's length, not scanned)
        for pids in (ids, [*ids[:2], -1, *ids[2:]], [], [-1]):
            begin_document(text)  # (each time: the databases are read by the function asked first)
            got = prefilter.match_starts_of(pids, s, cased)
            assert got == [prefilter.match_starts(pid, s, cased) for pid in pids]
            begin_document(text)
            known = prefilter.match_starts_of(pids, s, cased, all_known=True)
            assert known == (None if None in got else got)
