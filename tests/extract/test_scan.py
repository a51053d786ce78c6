"""The shared scan: every registered cue gets the matches its own scan gives."""

from __future__ import annotations

import re

import pytest

from claimledger.extract import scan
from claimledger.extract.fastre import compile_fast, lower_pattern
from claimledger.extract.scan import Cue, MultiScan


def _cue(pattern: str) -> Cue:
    return Cue(compile_fast(lower_pattern(pattern)), re.compile(pattern, re.IGNORECASE))


_CUES = {
    "t.said": r"\b(?:said|says|told)\b",
    "t.killed": r"\b(?P<k>killed|shot\s+dead)\b",
    "t.toll": r"\b(?:raised|put)\s+(?:its|the)\s+(?:\w+\s+){0,2}toll\b",
    "t.article": r"\b(?:(?:the|a|an)\s+)?(?:final|latest)\s*(?:death\s+)?(?:toll|count)\b",
}


@pytest.mark.parametrize(
    "text",
    [
        "Officials SAID two men were Shot  Dead; the ministry put its death toll at 5, he told reporters.",
        "Nothing to find here.",
        "İzmir: officials said 3 were killed.",  # lower-casing changes the length: each cue scans alone
        "",
        "Said the man: killed.\nTold (told) them,said it; xsaid saidx killed",  # at the start, after punctuation, inside words
        "The final toll; a\tlatest  death count; finalcount, the\n\nfinal toll, an final, the latest",  # white space runs
    ],
)
def test_scan_multiscan_as_each_cue(text: str) -> None:
    cues = {name: _cue(p) for name, p in _CUES.items()}
    multi = MultiScan(cues)
    assert multi.after_nonword is not None  # every cue opens a word: the scan reads the character before it
    found = multi.matches(text, text.lower())
    for name, cue in cues.items():
        assert [(m.span(), m.groups()) for m in found[name]] == [(m.span(), m.groups()) for m in cue.finditer(text)]


def test_scan_scanned_keeps_the_last_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_registry", {})
    monkeypatch.setattr(scan, "_multi", [None])
    monkeypatch.setattr(scan, "_last", ("", {}))
    for name, p in _CUES.items():
        scan.register(name, _cue(p))
    text = "They said 4 were killed."
    first = scan.scanned(text, text.lower(), "t.said")
    assert [m.group() for m in first] == ["said"]
    assert scan._last[0] is text
    assert [m.group() for m in scan.scanned(text, text.lower(), "t.killed")] == ["killed"]
    other = "He told them."
    assert [m.group() for m in scan.scanned(other, other.lower(), "t.said")] == ["told"]


@pytest.mark.parametrize("text", ["A civilian was killed and a soldier wounded.", "Gunmen abducted a teacher. Two died."])
def test_scan_figures_singular_verbs_as_own_scan(text: str) -> None:
    from claimledger.extract.figures import _singular_scan, rules

    assert _singular_scan()
    low = text.lower()
    own = [(m.start(), m.lastgroup) for m in rules().singular_verbs_low.finditer(low)]
    assert [(m.start(), m.lastgroup) for m in scan.scanned(text, low, "figures.singular_verbs")] == own


def test_scan_register_replacing_a_cue_drops_kept_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_registry", {})
    monkeypatch.setattr(scan, "_multi", [None])
    monkeypatch.setattr(scan, "_last", ("", {}))
    text = "They said it, then told us."
    scan.register("t.verb", _cue(r"\bsaid\b"))
    assert [m.group() for m in scan.scanned(text, text.lower(), "t.verb")] == ["said"]
    scan.register("t.verb", _cue(r"\btold\b"))  # e.g. rules reloaded
    assert [m.group() for m in scan.scanned(text, text.lower(), "t.verb")] == ["told"]


_REPLAY = [
    r"(?P<d>\d\d?)\s+(?P<m>Jan|Feb|March)\b",
    r"(?P<m>Jan|Feb|March)\s+(?P<d>\d\d?)\b",
    r"\b(?:19|20)\d\d\b",
    r"\bMarch\b",
]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2021 and March 4, 2022, then 12 Feb and Jan 7 of 1999.",
        "Overlaps: 5 March 6 and 2020 2021.",
        "No dates at all here.",
        "",
    ],
)
def test_scan_replay_as_each_finditer(text: str) -> None:
    regexes = [compile_fast(p) for p in _REPLAY]
    replay = scan.Replay(regexes)
    assert replay.scanner is not None
    for rx, found in zip(regexes, replay.finditers(text), strict=True):
        assert [(m.span(), m.groupdict()) for m in found] == [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "patterns",
    [
        _REPLAY,
        [r"\n\s*Posted\b", r"(?<=\n)Jan\b", r"\d+\s+(?:Jan|Feb)\b"],  # a pattern led by a line break
        [r"(?<![\w.])\d+(?:\.\d+)?\b", r"\bJan(?:uary)?\s+\d+", r"(?:Mon|Tue)day\b", r"\b1[89]\d\d\b"],
    ],
)
@pytest.mark.parametrize("text", ["Posted\nJan 3, 1998\n  Posted Monday 4.5 and 12 Jan;\nJan 1999 x1900 1899", "", "\n\n"])
def test_scan_replay_scanner_reads_first_characters(patterns: list[str], text: str) -> None:
    """The scanner consumes a start's first character (a class re skips over) and looks at the
    patterns from before it: the starts, hence the matches, are those of the plain look-ahead."""
    regexes = [re.compile(p) for p in patterns]
    replay = scan.Replay(regexes)
    assert replay.scanner is not None and replay.scanner.pattern.startswith("[")
    assert [[m.span() for m in f] for f in replay.finditers(text)] == [[m.span() for m in rx.finditer(text)] for rx in regexes]


@pytest.mark.parametrize("patterns", [[r"(a)\1", r"b"], [r"x*", r"y"]])
def test_scan_replay_back_references_and_empty_matches(patterns: list[str]) -> None:
    text = "aa b xx y yb"
    regexes = [re.compile(p) for p in patterns]
    found = scan.Replay(regexes).finditers(text)
    assert [[m.span() for m in f] for f in found] == [[m.span() for m in rx.finditer(text)] for rx in regexes]


@pytest.mark.parametrize("cue", ["by_re", "target_re", "active_re"])
@pytest.mark.parametrize("text", ["Rebels shelled the village; the attack on a checkpoint was carried out by militia.",
                                  "Strikes by unknown aircraft hit a depot. Nobody else attacked."])
def test_scan_actors_cues_as_own_scan(cue: str, text: str) -> None:
    from claimledger.extract.actors import _compiled, _scanned

    low = text.lower()
    own = [m.span() for m in _compiled()[cue].finditer(text, low)]
    assert own or cue != "by_re"
    assert [m.span() for m in _scanned(text, low, cue)] == own


@pytest.mark.parametrize("extra", [r"(?:toll|count)\s+of\b", r"\d+\s+killed"])
def test_scan_multiscan_cue_not_opening_a_word(extra: str) -> None:
    cues = {**{name: _cue(p) for name, p in _CUES.items()}, "t.extra": _cue(extra)}
    multi = MultiScan(cues)
    assert multi.after_nonword is None  # a cue may start inside a word: every position is scanned
    text = "The death toll of 12 killed, 3 killed; atoll of 7 was said to be told."
    found = multi.matches(text, text.lower())
    assert found["t.extra"]
    for name, cue in cues.items():
        assert [m.span() for m in found[name]] == [m.span() for m in cue.finditer(text)]


@pytest.mark.parametrize(
    "patterns",
    [
        [r"\bsaid\b", r"\bsays\b", r"\b(?:stated|told)\s+\w+", r"\baccording\s+to\b"],
        [r"\b(?:killed|kill)\b", r"\bkin\b", r"\b(?:a|an)\s+\w+\s+(?:said|told)"],  # shared first letters
    ],
)
def test_scan_first_letter_dispatch_holds_where_the_alternation_does(patterns: list[str]) -> None:
    from claimledger.extract.fastre import literal_prefixes
    from claimledger.extract.scan import _by_first_letter

    body = _by_first_letter(patterns, [literal_prefixes(p) for p in patterns])
    assert body is not None
    text = "officials said; he says a man told them, according to kin who killed a kid and an aide said so."
    dispatched = re.compile(f"(?=(?:{body}))")
    plain = re.compile("(?=(?:" + "|".join(f"(?:{p})" for p in patterns) + "))")
    assert [m.start() for m in dispatched.finditer(text)] == [m.start() for m in plain.finditer(text)]
    assert _by_first_letter([r"\w+said"], [None]) is None  # a pattern without first letters: no dispatch


@pytest.mark.parametrize(
    ("leads", "flags", "text", "want"),
    [
        (["[jm]", r"[\d]", "[m]"], 0, "3 march jan 12", [[2, 8], [0, 12], [2]]),
        (["[jm]", "[a-c]"], re.IGNORECASE, "Jan b C maj", [[0, 8], [4, 6]]),
        (["[x]"], 0, "", [[]]),
    ],
)
def test_scan_cue_leads_split_positions_by_first_character(leads: list[str], flags: int, text: str,
                                                          want: list[list[int]]) -> None:
    starts = [i for i, ch in enumerate(text) if not ch.isspace() and (i == 0 or text[i - 1].isspace())]
    assert scan._CueLeads(leads, flags).split(text, starts) == want


def test_scan_multiscan_and_replay_split_by_leads() -> None:
    """Both scans know each cue's first characters: a cue is replayed only where it can start."""
    assert MultiScan({name: _cue(p) for name, p in _CUES.items()}).leads is not None
    assert scan.Replay([compile_fast(p) for p in _REPLAY]).leads is not None


@pytest.mark.parametrize("unknown", [(), ("t.said",), ("t.killed", "t.article"), tuple(_CUES)])
@pytest.mark.parametrize(
    "text",
    [
        "The agency said a guard was shot dead; it put the toll at 3, a spokesman told reporters.",
        "No cue in this line at all.",
        "Its final count was told late; the latest toll, said one, killed no debate.",
    ],
)
def test_scan_multiscan_cue_with_unknown_starts(monkeypatch: pytest.MonkeyPatch, unknown: tuple[str, ...],
                                                text: str) -> None:
    """The document scan may know where some cues start and not others (a regex Hyperscan did not take):
    the known ones are read from their starts, the others by their own scan; every cue gets its own matches,
    and the shared scan runs only when no cue's starts are known."""
    cues = {name: _cue(p) for name, p in _CUES.items()}
    multi = MultiScan(cues)
    pids = {pid: name for pid, name in zip(range(100, 100 + len(cues)), cues, strict=True)}
    multi.start_ids = list(pids)
    low = text.lower()
    every = list(range(len(low) + 1))  # every offset: a superset of where matches start
    monkeypatch.setattr(scan, "match_starts_of", lambda ids, s, cased=False, all_known=False: [
        None if pids[pid] in unknown else every for pid in ids])
    shared = []
    if multi.after_nonword is not None:
        real = multi.after_nonword

        class Spy:
            def finditer(self, s: str) -> object:
                shared.append(s)
                return real.finditer(s)

        monkeypatch.setattr(multi, "after_nonword", Spy())
    found = multi.matches(text, low)
    for name, cue in cues.items():
        assert [(m.span(), m.groups()) for m in found[name]] == [(m.span(), m.groups()) for m in cue.finditer(text)]
    assert bool(shared) == (len(unknown) == len(cues))
