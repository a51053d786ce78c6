"""The prefilter's self-check: samples written from a regex, and the database misses it finds."""

from __future__ import annotations

import re

import pytest

from claimledger.extract import prefilter, prefilter_check
from claimledger.extract.prefilter import Gated, begin_document
from claimledger.extract.prefilter_check import Scan, samples, unfaithful
from tests.extract.marks import needs_hyperscan


# (pattern, strings every sample list must hold)
WRITTEN = [
    (r"\b(?:shelled|bombed|raided) the (?:market|school)\b",
     {"shelled the market", "bombed the market", "raided the market", "shelled the school"}),
    (r"(?:at least )?\d+ (?:people|civilians?)", {"7 people", "at least 7 people", "77 people", "7 civilian"}),
    (r"(?i)\bfled\b", {"fled", "FLED"}),
    (r"(?P<w>\w+) and (?P=w)", {"k and k"}),
    (r"[^,]+, said", {" , said"}),
    (r"\bkilled\b[^.]{0,40}\bin\b", {"killedin", "killed in"}),
    (r"(?<=\s)killed(?!\s+by)", {"killed"}),
]


@pytest.mark.parametrize(("pattern", "expected"), WRITTEN)
def test_samples_take_each_choice(pattern: str, expected: set[str]) -> None:
    assert expected <= set(samples(pattern))


@pytest.mark.parametrize(("pattern", "_expected"), WRITTEN)
def test_samples_match_where_no_assertion_fails(pattern: str, _expected: set[str]) -> None:
    rx = re.compile(pattern)
    assert any(rx.search(f" {s} ") for s in samples(pattern))


def test_samples_spread_over_a_long_alternation() -> None:
    words = [f"w{k:03d}x" for k in range(300)]
    got = samples(r"\b(?:" + "|".join(words) + r")\b", limit=20)
    assert 10 <= len(got) <= 20
    assert got[0] == words[0]
    assert any(w in got for w in words[250:])  # the choices kept reach the end of the alternation


def test_samples_write_a_conditional_group() -> None:
    assert "ab" in samples(r"(?P<x>a)(?(x)b|c)")


def test_samples_of_a_too_long_pattern_are_none() -> None:
    assert samples("a{999}") == []


REGEXES = {0: (r"\bkilled\b", 0, False), 1: (r"\d+ (?:people|men)", 0, True)}


def _scan_from(rx_by_id: dict[int, str], miss: int | None = None, drop_end: bool = False) -> Scan:
    """A stand-in database scan built on ``re``: reports every match end (``miss``: never that id;
    ``drop_end``: not the last end of id 1)."""

    def scan(data: bytes) -> list[tuple[int, int]]:
        text = data.decode("utf-8")
        out = [(pid, m.end()) for pid, p in rx_by_id.items() if pid != miss for m in re.finditer(p, text)]
        if drop_end:
            ones = [e for pid, e in out if pid == 1]
            out = [(pid, e) for pid, e in out if not (pid == 1 and e == max(ones))]
        return out

    return scan


def test_a_faithful_scan_passes() -> None:
    assert unfaithful(_scan_from({0: "killed", 1: r"\d+ (?:people|men)"}), REGEXES) == set()


def test_a_scan_that_misses_a_regex_is_told() -> None:
    assert unfaithful(_scan_from({0: "killed", 1: r"\d+ (?:people|men)"}, miss=0), REGEXES) == {0}


def test_a_spans_regex_missing_an_end_is_told() -> None:
    assert unfaithful(_scan_from({0: "killed", 1: r"\d+ (?:people|men)"}, drop_end=True), REGEXES) == {1}


# a regex Hyperscan 5.4.12 misses some bytes into a text (alternation, optional group, alternation): the gated
# regex must answer as ``re`` does whatever the engine's version
RESPONSIBLE = r"\b(?:was|were|is|are|as a state was) (?:fully |directly |solely )?(?:responsible|to blame)\b"


@needs_hyperscan
@pytest.mark.parametrize("lead", ["", "Officials said ", "The spokesman of the ministry told reporters that the army "])
def test_gated_regex_answers_as_re_some_bytes_in(lead: str) -> None:
    rx = re.compile(RESPONSIBLE)
    g = Gated(rx)
    text = lead + "is responsible for the strike."
    begin_document(text)
    assert (g.search(text) is None) == (rx.search(text) is None)
    assert rx.search(text) is not None


@needs_hyperscan
def test_database_self_check_keeps_a_faithful_regex() -> None:
    pattern = r"\b(?:killed|wounded) (?:at least )?\d+"
    loose = prefilter.loosened(pattern)
    assert loose is not None
    _db, taken = prefilter._database([loose], 0, b"\x01", [(pattern, 0)])
    assert taken == [True]


def test_check_version_is_named() -> None:
    assert prefilter_check.VERSION


def _reverse_scan_from(rx_by_id: dict[int, str], miss_start: int | None = None) -> Scan:
    """A stand-in scan of a database of regexes read backwards, over a reversed text: per match ``[a, b)`` of the
    text (``rx_by_id`` on the text as written), an end at ``n - a`` (``miss_start``: not that start)."""

    def scan(data: bytes) -> list[tuple[int, int]]:
        text = data.decode("utf-8")[::-1]
        return [(pid, len(text) - m.start()) for pid, p in rx_by_id.items() for m in re.finditer(p, text)
                if m.start() != miss_start]

    return scan


def test_a_faithful_backward_scan_passes() -> None:
    regexes = {1: (r"\d+ (?:people|men)", 0, True)}
    assert unfaithful(_reverse_scan_from({1: r"\d+ (?:people|men)"}), regexes, reverse=True) == set()
    # read forwards, the same reports are wrong
    assert unfaithful(_reverse_scan_from({1: r"\d+ (?:people|men)"}), regexes) == {1}


def test_a_backward_scan_missing_a_start_is_told() -> None:
    regexes = {1: (r"\d+ (?:people|men)", 0, True)}
    assert unfaithful(_reverse_scan_from({1: r"\d+ (?:people|men)"}, miss_start=0), regexes, reverse=True) == {1}
