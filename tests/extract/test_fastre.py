"""compile_fast and compile_dispatch: the same matches as re.compile, with look-aheads on the first characters."""

from __future__ import annotations

import re

import pytest

from claimledger.extract.fastre import (
    Caseless,
    GateIndex,
    SliceCue,
    caseless_text,
    compile_dispatch,
    compile_fast,
    lead_class,
    literal_trie,
    lower_pattern,
    lowered,
    lowered_regex,
    required_strings,
    split_alternatives,
)
from claimledger.extract.prefilter import begin_document

TEXT = ("The genocide convention; a massacre (massacred) in Kent. 12 killed, 3 wounded; MASSACRE! "
        "not genocidal. Ethnically cleansed: the war crimes were denied, accused, blamed. xmassacre 2021")


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?:genocide|massacre)(?!\w)", re.IGNORECASE, "[gm]"),
        (r"\b(?:(?:war )?crimes?|ethnic(?:ally)? cleans(?:ing|ed))", re.IGNORECASE, "[cew]"),
        (r"(?<!not )\b(?:denied|accused)", 0, "[ad]"),
        (r"\b(?:\d+|twelve) killed", 0, r"[\dt]"),
        (r"\b(?:[A-C]x|y)", 0, "[A-Cy]"),
        (r"\b(?:a|)b", 0, "[ab]"),  # an empty branch: what follows can start it too
        (r"\b\w+", 0, None),  # any word character
        (r"\b[^x]y", 0, None),  # a negated class
        (r"(?i:\bmassacre)", 0, None),  # scoped flags
        (r"\b(?:a|b)?", 0, None),  # can match the empty string
    ],
)
def test_fastre_lead_class(pattern: str, flags: int, expected: str | None) -> None:
    assert lead_class(pattern, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:genocid(?:e|al)|massacr(?:e|ed))(?!\w)", re.IGNORECASE),
        (r"\b(?:(?:war )?crimes?|ethnic(?:ally)? cleans(?:ing|ed))", re.IGNORECASE),
        (r"(?<!not )\b(?:genocid\w*|denied)", 0),
        (r"\b(?:\d+|three) (?:killed|wounded)", re.IGNORECASE),
        (r"(?P<k>\b(?:killed))|(?P<w>\b(?:wounded))", 0),
        (r"\b(?:a|)massacre", re.IGNORECASE),
        (r"(?i)\bmassacre", 0),  # global flags: compiled as it is
        (r"(?i:\b(?:massacre|killed|WOUNDED))", 0),  # one scoped group: the class takes its flag
    ],
)
def test_fastre_same_matches(pattern: str, flags: int) -> None:
    if pattern.startswith("(?i:"):
        assert compile_fast(pattern, flags).pattern.startswith("(?=(?i:[")
    plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
    spans = [(m.span(), m.lastgroup) for m in plain.finditer(TEXT)]
    assert spans
    assert [(m.span(), m.lastgroup) for m in fast.finditer(TEXT)] == spans
    for pos in (0, 5, 31, 60):
        a, b = plain.search(TEXT, pos), fast.search(TEXT, pos)
        assert (a.span() if a else None) == (b.span() if b else None)


@pytest.mark.parametrize(
    ("pattern", "flags", "guarded"),
    [
        (r"(?:^\W*the\b)|(?:\b(?:killed|wounded))|(?:\b\d+ killed)", 0, True),  # a ^ branch
        (r"\A\W*the\b|\b(?:massacre|crimes?)", re.IGNORECASE, True),
        (r"^\W*the\b|\bMASSACRE|\b\d+", re.IGNORECASE, True),
        (r"^\W*the\b|\b\w+d\b", 0, False),  # a \b branch any word character can start
        (r"(?m)^\W*\w+|\bkilled", 0, False),  # ^ at every line start
        (r"^\W*\w+|\bkilled", re.MULTILINE, False),
        (r"^\W*\w+|killed", 0, False),  # a branch without \b
    ],
)
def test_fastre_start_or_boundary_guard(pattern: str, flags: int, guarded: bool) -> None:
    fast = compile_fast(pattern, flags)
    assert fast.pattern.startswith("(?:^|\\b(?=[") == guarded
    plain = re.compile(pattern, flags)
    for text in (TEXT, " " + TEXT, "\n".join(TEXT.split(";"))):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in (0, 1, 5, 31, 60):
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a.span() if a else None) == (b.span() if b else None)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        (r"[|]x|\|y|z", ["[|]x", r"\|y", "z"]),
        ("[]|]a|b", ["[]|]a", "b"]),  # "]" first in a class is a member
        ("(?:a|b)c", ["(?:a|b)c"]),
        ("a|", ["a", ""]),
    ],
)
def test_fastre_split_alternatives(pattern: str, expected: list[str]) -> None:
    assert split_alternatives(pattern) == expected


@pytest.mark.parametrize(
    "alternatives",
    [
        ["genocide", "massacre(?:d|s)?", "mass killings?", "killed", "kill"],
        ["(?:war )?crimes?", "wounded", "war", "cleans(?:ing|ed)", "ethnic(?:ally)? cleansed"],
        ["accused", "(?:a|the) massacre", "the war", "blamed", "denied", "12 killed", "a"],
        ["kill", "killed", "massacre", "massacred"],  # an earlier, shorter branch wins at a position
        # more first characters than a leaf of the dispatch tree holds: several levels of look-aheads
        ["accused", "blamed", "crimes?", "denied", "ethnic", "genocide", "killed", "massacre", "(?:12|war) killed",
         "the war", "wounded", "cleansing"],
    ],
)
def test_fastre_dispatch_same_matches_and_branch(alternatives: list[str]) -> None:
    low = TEXT.lower()
    plain = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<b{k}>(?:{a})\\b)" for k, a in enumerate(alternatives)) + ")")
    expected = [(m.span(), int(m.lastgroup[1:])) for m in plain.finditer(low)]
    assert expected
    compiled = compile_dispatch(alternatives, head=r"\b(?=\w)", tail=r"\b")
    assert compiled is not None
    fast, index = compiled
    assert [(m.span(), index[m.lastgroup]) for m in fast.finditer(low)] == expected


@pytest.mark.parametrize(
    ("alternatives", "flags"),
    [
        (["killed", r"\w+"], 0),  # any word character can start a branch
        (["(?P<k>killed)", "wounded"], 0),  # named groups
        (["killed", "wounded"], re.IGNORECASE),
        (["(a)\\1", "b"], 0),  # a back-reference
        (["killed", r"\d+ wounded"], 0),  # a digit class is not read as characters
    ],
)
def test_fastre_dispatch_declines(alternatives: list[str], flags: int) -> None:
    assert compile_dispatch(alternatives, flags=flags) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five KILLED in Kent", "five killed in kent"),
        ("", ""),
        ("\u0130stanbul", None),  # "İ" lower-cases to two characters: offsets would shift
    ],
)
def test_fastre_lowered(text: str, expected: str | None) -> None:
    assert lowered(text) == expected
    assert lowered(text) == expected  # the remembered result


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bKilled\S+(?P<Np>X)", r"\bkilled\S+(?P<np>x)"),
        (r"[A-Z]\W", r"[a-z]\W"),
    ],
)
def test_fastre_lower_pattern(pattern: str, expected: str) -> None:
    assert lower_pattern(pattern) == expected


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["said", "says", "stated", "say"], "He says they said so; she stated it, saying nothing. Say."),
        (["put the toll at", "put", "put the"], "They put the toll at 5, then put the figure at 6 and put it."),
        (["one", "on", "onerous"], "one on onerous ones on-one"),
        (["a.m.", "a-b", "x"], "at 5 a.m. the a-b road; x"),
        (["kill", "killed", "killing"], "killings killed killing kill killer"),
    ],
)
def test_fastre_literal_trie_matches_as_alternation(words: list[str], text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    trie = re.compile(r"\b" + literal_trie(words) + r"\b")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert trie.search(text) is not None


def test_fastre_literal_trie_rejects_empty_word() -> None:
    with pytest.raises(ValueError):
        literal_trie(["a", ""])


CASELESS_TEXTS = [
    TEXT,
    "Officials DENIED the Massacre; the war Crimes were denied by Kent.",
    "Bıg massacre: the dotless ı folds to i under IGNORECASE, so this text is scanned as it is.",
    "The Kelvin sign \u212a lowers to k; İstanbul lengthens when lower-cased.",
    "Der ſtate accused the war crimes court.",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:genocide|massacre)(?!\w)",
        r"\b(?:war\s+crimes?|denied|accus\w+)\b",
        r"\b[A-Z]\w+\s+(?:accused|denied)",  # a class of capitals: any letter, case-insensitively
        r"\b(?:big|state|kelvin)\b",
        r"(?<!not )\bdenied\b(?-i:\s+by\s+[A-Z]\w+)",  # a case-sensitive part: run as re.IGNORECASE
    ],
)
@pytest.mark.parametrize("text", CASELESS_TEXTS)
@pytest.mark.parametrize("gate", [False, True])
def test_fastre_caseless_same_matches(pattern: str, text: str, gate: bool) -> None:
    plain = re.compile(pattern, re.IGNORECASE)
    fast = Caseless(pattern, gate=gate)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos, endpos in ((0, len(text)), (5, 40), (10, len(text) - 3)):
        want = plain.search(text, pos, endpos)
        got = fast.search(text, pos, endpos)
        assert (got.span() if got else None) == (want.span() if want else None)
        assert [m.span() for m in fast.finditer(text, pos, endpos)] == [m.span() for m in plain.finditer(text, pos, endpos)]
        want = plain.match(text, pos, endpos)
        got = fast.match(text, pos, endpos)
        assert (got.span() if got else None) == (want.span() if want else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed in KENT", "killed in kent"),
        ("a dotless ı", None),  # IGNORECASE matches "i" to it, a lower-cased scan would not
        ("the long ſ", None),
        ("İ", None),  # lower-casing lengthens it
        ("", ""),
    ],
)
def test_fastre_caseless_text(text: str, expected: str | None) -> None:
    assert caseless_text(text) == expected
    assert caseless_text(text) == expected  # the kept result of the same text


@pytest.mark.parametrize(
    ("pattern", "lowers"),
    [
        (r"\bmassacre\b", True),
        (r"\b(?-i:[A-Z])\w+", False),
        (r"(?P<Who>\w+) said", False),
        (r"(?P<who>\w+) said", True),
        (r"(?P<who>\w+) said (?P=who)", True),
        (r"\u00C9tat", False),
        ("État", False),
    ],
)
def test_fastre_caseless_runs_lowered_only_when_exact(pattern: str, lowers: bool) -> None:
    assert (Caseless(pattern).lower is not None) is lowers


_SLICE_TEXT = "Published: Monday\nThe Ministry SAID on Friday, as of the morning, that reports (seen by us) on\nDATE 3"


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?i)\b(?:said|says|reported)\s+(?:on\s+)?$", 0),
        (r"(?i)\bas\s+of\s+(?:the\s+)?$", 0),
        (r"(?i)\breports?\b[^;]{0,30}\(\s*$", 0),
        (r"^\s*date\s+$", re.MULTILINE),
        (r"(?i)^\s*(?:published|updated)\b[\s:]*$", re.MULTILINE),
        (r"\b(?:Ministry|Monday)\b", 0),  # case-sensitive: runs as written
        (r"(?i)(?-i:The)\s+ministry", 0),  # a case-sensitive part: runs as written
        (r"(?i)\b(?:reports|seen)\b[^.;]{0,40}?\bon\s*$", 0),  # gate strings: "reports", "seen"
        (r"\b(?:Ministry|Friday)\b[^;]{0,30}$", 0),  # a case-sensitive gate
        (r"(?im)^(?:published|issued)[^\S\n]*:[^\S\n]*$", 0),  # inline flags: case-insensitive, no gate
    ],
)
def test_fastre_slice_cue_as_search_of_the_slice(pattern: str, flags: int) -> None:
    from claimledger.extract.fastre import SliceCue, caseless_text

    cue = SliceCue(pattern, flags)
    plain = re.compile(pattern, flags)
    n = len(_SLICE_TEXT)
    for low in (caseless_text(_SLICE_TEXT), None):
        for a in range(0, n, 3):
            for b in range(a, n + 1, 5):
                got, want = cue.search(_SLICE_TEXT, low, a, b), plain.search(_SLICE_TEXT[a:b])
                assert (got is None) == (want is None), (a, b)
                assert cue.holds(_SLICE_TEXT, low, a, b) is (want is not None), (a, b)  # gated by its strings
                if want is not None:
                    assert got is not None and got.span() == want.span()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:said|says|told)\b", ["sai", "say", "tol"]),
        (r"\bab*c", ["ab", "ac"]),  # an optional part: strings with and without it (ended after one)
        (r"(?:has |had )?(?:denied|rejected)", ["den", "had", "has", "rej"]),
        (r"[a-c]y", ["ay", "by", "cy"]),
        (r"\bno\b|\bnot\b", ["no"]),  # "not" starts with "no": one string admits both
        (r"\d+ killed", None),  # a category: any digit
        (r"(?:a|an)?\s+x", None),  # may start with white space
        (r".x", None),
    ],
)
def test_fastre_literal_prefixes(pattern: str, expected: list[str] | None) -> None:
    from claimledger.extract.fastre import literal_prefixes

    assert literal_prefixes(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\b(?:shot\s+dead|killed|kill)\b", r"\b(?:has\s+|had\s+)?(?:denied|rejected)\b"])
def test_fastre_literal_prefixes_start_every_match(pattern: str) -> None:
    from claimledger.extract.fastre import literal_prefixes

    prefixes = literal_prefixes(pattern)
    assert prefixes
    text = "they killed him; he was shot  dead; killing; has denied, had rejected it, denied"
    found = [m.group() for m in re.finditer(pattern, text)]
    assert found
    assert all(any(f.startswith(p) for p in prefixes) for f in found)


@pytest.mark.parametrize(
    ("pattern", "size", "expected"),
    [
        (r"\b(?:(?:the|a)\s+)?(?:final|last)\s+toll", 5, ["a_fin", "a_las", "final", "last_", "the_f", "the_l"]),
        (r"to\sdeath|x\s*y", 4, ["to_d", "x_y", "xy"]),  # one white space, or none
        (r"\b(?:shot\s{2,}dead)", 6, ["shot_d"]),
        (r"(?:a|an)?\s+x", 3, ["_x", "a_x", "an_"]),  # may start with white space (callers check)
        (r"\d+ killed", 3, None),
    ],
)
def test_fastre_literal_prefixes_space(pattern: str, size: int, expected: list[str] | None) -> None:
    from claimledger.extract.fastre import literal_prefixes

    got = literal_prefixes(pattern, size=size, space="_")
    assert (None if got is None else sorted(got)) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"\b(?:(?:the|a|an)\s+)?(?:final|latest)\s+(?:death\s+)?toll\b", r"\b(?:shot\s*dead|shot\s+and\s+killed|to\s+death)\b"],
)
def test_fastre_literal_prefixes_space_trie_holds_at_every_match(pattern: str) -> None:
    """The trie of the strings (white space as ``\\s+``) holds wherever the pattern matches."""
    from claimledger.extract.fastre import literal_prefixes

    text = "the final toll; a\tlatest  death toll; final\ntoll; shotdead, shot \u00a0 and killed; beaten to  death; the fox"
    prefixes = literal_prefixes(pattern, size=6, space="\ue000")
    assert prefixes
    trie = re.compile("(?=" + literal_trie(prefixes, space="\ue000") + ")")
    starts = [m.start() for m in re.finditer(pattern, text)]
    assert len(starts) >= 3
    assert all(trie.match(text, p) for p in starts)
    assert not trie.match(text, text.index("the fox"))  # "the", then no cue word


@pytest.mark.parametrize("alternatives", [["massacre(?:d|s)?", "killed", "war crimes?"], ["(?:ethnic|war) \\w+", "denied"]])
def test_fastre_dispatch_prefix_trie(alternatives: list[str]) -> None:
    compiled = compile_dispatch(alternatives, head=r"\b(?=\w)", tail=r"\b")
    assert compiled is not None
    fast, index = compiled
    assert r"\b(?=\w)(?=(?:" in fast.pattern  # the first letters of every alternative, before the dispatch
    low = TEXT.lower()
    plain = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?P<b{k}>(?:{a})\\b)" for k, a in enumerate(alternatives)) + ")")
    assert [(m.span(), index[m.lastgroup]) for m in fast.finditer(low)] == [
        (m.span(), int(m.lastgroup[1:])) for m in plain.finditer(low)]


@pytest.mark.parametrize(
    ("patterns", "flags", "searches"),
    [
        # joined: the (?i) patterns as one search, the case-sensitive one apart
        ([r"(?i)\b(?:said|says)\s+(?:on\s+)?$", r"(?i)\bas\s+of\s+(?:the\s+)?$", r"\bMinistry\b"], 0, 2),
        ([r"^\s*date\s+$", r"(?i)^\s*(?:published|updated)\b[\s:]*$"], re.MULTILINE, 2),
        ([r"(?i)\b(on)\s+\1\b", r"(?i)\bseen\b"], 0, 2),  # a back-reference: one by one
        ([r"(?i)\b(?P<w>said)\b", r"(?i)\b(?P<w>seen)\b"], 0, 2),  # the same group name twice: one by one
        ([r"(?i)\breports?\b", r"(?i)\bfriday\b", r"(?i)\bmorning\b"], 0, 1),
        ([], 0, 0),
        # eight or more alternatives: dispatched on their first character (lower-cased text, and as written)
        ([rf"(?i)\b{w}\s+(?:on\s+)?$" for w in ("said", "says", "told", "seen", "reported", "stated", "added", "noted")]
         + [r"(?i)\bas\s+of\s+(?:the\s+)?$", r"(?i)(?<![\w,] )by\s+$"], 0, 1),
        ([rf"\b{w}\b" for w in ("Ministry", "Monday", "Friday", "SAID", "DATE", "Published", "The", "reports")], 0, 1),
        ([rf"(?i)^\s*{w}\b[\s:]*$" for w in ("published", "updated", "posted", "date", "by", "on", "the", "ministry")],
         re.MULTILINE, 1),
        # fewer than eight, joined without a gate ("by" has none): the gated ones searched apart from the rest
        ([r"(?i)(?:^\s*|[|:-]\s*|\bstory\b[^.\n]{0,20}?\b)(?:published|updated)\b[\s:]*$",
          r"(?i)^\s*(?:posted\s+)?by\s+[^\n|]{1,30}?\s+on\s+$", r"(?i)^[^\S\n]*(?:issued|released)[^\S\n]*:\s*$"],
         re.MULTILINE, 2),
        ([r"(?i)\bseen\s+by\s+$", r"(?i)\b\w+\s+on\s+$", r"(?i)\bministry\b"], 0, 2),
        ([r"(?i)\bon\s+$", r"(?i)\bby\s+$"], 0, 1),  # none gated: one search
    ],
)
def test_fastre_any_slice_cue_is_any_of_its_patterns(patterns: list[str], flags: int, searches: int) -> None:
    from claimledger.extract.fastre import AnySliceCue, caseless_text

    cue = AnySliceCue(patterns, flags)
    assert len(cue.cues) == searches
    if len(patterns) >= 8 and "^" not in patterns[0]:  # the joined alternation is dispatched
        assert cue.cues[0].lower_truth is not None or cue.cues[0].truth is not None
    plain = [re.compile(p, flags) for p in patterns]
    n = len(_SLICE_TEXT)
    for low in (caseless_text(_SLICE_TEXT), None):
        for a in range(0, n, 3):
            for b in range(a, n + 1, 5):
                want = any(rx.search(_SLICE_TEXT[a:b]) is not None for rx in plain)
                assert cue.search(_SLICE_TEXT, low, a, b) is want, (a, b)


@pytest.mark.parametrize(
    "pattern,gate",
    [
        (r"\bnot\s+(?:a\s+single|one)\s+house\b", ("house",)),  # a longer string every match holds
        (r"(?=\b(?:many|numerous)\b)(?<!\bhow\s)\b(?:many|numerous)\b", ("many", "numerous")),
        (r"\bnot\s+(?:a|one)\s+\w+", ("not",)),  # the first letters every match starts with
        (r"\bdenied\b(?-i:\s+by\s+[A-Z]\w+)", ()),  # a case-sensitive part: never lowered, no gate
        (r"\b\w+ed\b", ()),  # a match may start with anything: no gate
    ],
)
def test_fastre_caseless_gate_strings(pattern: str, gate: tuple[str, ...]) -> None:
    assert Caseless(pattern, gate=True).gate == gate
    assert Caseless(pattern).gate == ()


def test_fastre_caseless_gate_shuts_a_stretch_without_its_strings() -> None:
    fast = Caseless(r"\bnot\s+one\s+house\b", gate=True)
    text = "Not one house stood. Nothing else; not one HOUSE was left."
    assert [m.span() for m in fast.finditer(text)] == [(0, 13), (35, 48)]
    assert fast.search(text, 14, 34) is None and list(fast.finditer(text, 14, 34)) == []
    assert fast.search(text, 30, len(text)) is not None


@pytest.mark.parametrize(
    "texts",
    [
        # a text without the gate's strings, then one with them, then the first again (kept per text)
        ["Rain fell all day. The roads flooded.", "The shelling caused deaths in two towns.", "Rain fell all day."],
        ["The raid led to fatalities. Calm returned.", "Calm returned. The raid led to fatalities.", "No one was hurt."],
    ],
)
def test_fastre_caseless_gate_kept_per_text_finds_what_a_scan_finds(texts: list[str]) -> None:
    pattern = r"\b(?:caused|led\s+to)\s+(?:deaths|fatalities)"
    fast, plain = Caseless(pattern, gate=True), re.compile(pattern, re.IGNORECASE)
    for text in texts:
        for a, b in [(0, len(text)), (0, text.find(".") + 1), (text.find(".") + 1, len(text))]:
            assert [m.span() for m in fast.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]
            assert (fast.search(text, a, b) is None) == (plain.search(text, a, b) is None)


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell all day. The roads flooded.",  # neither a match nor the gate's strings
        "The storm caused no harm. Deaths were feared, fatalities too.",  # the gate's strings, no match
        "The shelling caused deaths in two towns. Calm returned.",
        "Calm returned. THE RAID LED TO FATALITIES.",
    ],
)
def test_fastre_caseless_in_a_scanned_document_finds_what_a_scan_finds(text: str) -> None:
    # the document scan is asked before the gate's strings: either one shut means no match
    pattern = r"\b(?:caused|led\s+to)\s+(?:deaths|fatalities)"
    fast, plain = Caseless(pattern, gate=True), re.compile(pattern, re.IGNORECASE)
    begin_document(text)
    for a, b in [(0, len(text)), (0, text.find(".") + 1), (text.find(".") + 1, len(text))]:
        assert [m.span() for m in fast.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]
        assert (fast.search(text, a, b) is None) == (plain.search(text, a, b) is None)
        assert not fast.absent(text) or plain.search(text) is None
    begin_document("")


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"\bnot\s+(?:a\s+single|one)\s+house\b", ["house"]),
        (r"(?P<n>\d{1,3}|[a-z]+)\s+anniversary\b", ["anniversary"]),
        (r"\b(?:caused|led\s+to)\s+(?:many\s+)?(?:deaths|fatalities)", ["deaths", "fatalities"]),
        (r"ab(?:cde|fgh)+", ["cde", "fgh"]),
        (r"(?:abcdef)?xyz", ["xyz"]),  # an optional part holds nothing for sure
        (r"x|abcd", None),  # one branch too short
        (r"(?:abc|)def", ["def"]),
        (r"\w+ed\b", None),
        (r"(?=killed)\w+", None),  # a look-ahead's words are not read
    ],
)
def test_fastre_required_strings(pattern: str, expected: list[str] | None) -> None:
    assert required_strings(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"\b(?:caused|led\s+to)\s+(?:many\s+)?(?:deaths|fatalities)\b", r"(?<![\w-])(?P<n>\d{1,3}|[a-z]+)\s+years\s+since\b"],
)
def test_fastre_required_strings_are_in_every_match(pattern: str) -> None:
    text = "It caused many deaths; the blast led to fatalities. Ten years since the war, 12 years since it."
    held = required_strings(pattern)
    assert held
    found = [m.group() for m in re.finditer(pattern, text)]
    assert found and all(any(h in f for h in held) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell all day. The shelling caused deaths. Not one house was left standing. Calm returned.",
        "NOT ONE HOUSE stood. The raid led to fatalities.",
        "Nothing happened here. Roads were closed.",
        "The ſhelling caused deaths.",  # a letter IGNORECASE folds otherwise: no lower-cased scan, no index
    ],
)
def test_fastre_gate_index_opens_every_stretch_a_pattern_matches_in(text: str) -> None:
    pats = [Caseless(r"\b(?:caused|led\s+to)\s+(?:deaths|fatalities)", gate=True), Caseless(r"\bnot\s+one\s+house\b", gate=True)]
    index = GateIndex.build(pats, text)
    if "ſ" in text:
        assert index is None
        return
    assert index is not None
    cuts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "."] + [len(text)]
    for a, b in zip(cuts, cuts[1:]):
        matched = any(p.search(text, a, b) is not None for p in pats)
        assert index.may_match(a, b) or not matched  # a stretch it shuts holds no match
    assert index.may_match(0, len(text)) == any(p.search(text) is not None for p in pats)


def test_fastre_gate_index_needs_every_pattern_gated() -> None:
    assert GateIndex.build([Caseless(r"\b\w+ed\b", gate=True)], "It was bombed.") is None
    index = GateIndex.build([Caseless(r"\bnot\s+one\s+house\b", gate=True)], "Calm. Not one house stood.")
    assert index is not None and not index.may_match(0, 5) and index.may_match(5, 26)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:no|nobody|none|without)\b", ("no", "wit")),  # the strings every match starts with
        (r"\b(?:\w+\s+){0,2}(?:killed|died)\b", ("died", "killed")),  # or, longer, those every match holds
        (r"\w+", ()),
    ],
)
def test_fastre_gate_strings(pattern: str, expected: tuple[str, ...]) -> None:
    from claimledger.extract.fastre import gate_strings, holds_any

    assert gate_strings(pattern) == expected
    text = "three were killed; nobody else"
    for a, b in ((0, len(text)), (0, 10), (12, len(text))):
        if expected:
            assert holds_any(text, expected, a, b) == (re.search(pattern, text[a:b]) is not None)


@pytest.mark.parametrize(
    ("pattern", "flags", "guard"),
    [
        (r"(?P<k>(?:^|\b)(?:killed|dead|died|shot|lost|murdered|slain|gunned))|(?P<w>\b(?:wounded|hurt))", 0, "(?:^|\\b)"),
        (r"(?<!not )\b(?:killed|dead|died|shot|lost|murdered|slain|gunned|hurt|wounded)\b", re.IGNORECASE, "\\b"),
        (r"\b(?:killed|wounded)", 0, ""),  # a narrow class of first letters: the look-ahead stays first
        (r"(?:^|\b)(?:killed|dead|died|shot|lost|murdered|slain|gunned)|x\w+", 0, ""),  # a branch opens otherwise
        (r"(?m)(?:^|\b)(?:killed|dead|died|shot|lost|murdered|slain|gunned)", 0, ""),  # ^ at every line
    ],
)
def test_fastre_boundary_first(pattern: str, flags: int, guard: str) -> None:
    from claimledger.extract.fastre import boundary_first

    fast = compile_fast(pattern, flags)
    led = boundary_first(fast)
    assert led.pattern == guard + fast.pattern
    text = "Killed: 3 dead, xdied, two shot; lost\nmurdered, SLAIN and gunned down, hurt, wounded, unkilled"
    plain = re.compile(pattern, flags)
    assert [(m.span(), m.lastgroup) for m in led.finditer(text)] == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    for a, b in ((0, len(text)), (1, 40), (9, 70)):
        got, want = led.search(text, a, b), plain.search(text, a, b)
        assert (got.span() if got else None) == (want.span() if want else None)


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)\b(?:published|updated)\s+on\s*$", r"\b(?:killed|died)\b", r"(?i)death\s+toll\b"],
)
def test_fastre_slicecue_holds_across_texts_as_search(pattern: str) -> None:
    """The gate strings a text holds are kept per text: alternating texts and slices answer as a plain search."""
    cue = SliceCue(pattern)
    texts = ["It was Published on\nMonday; two died. The death toll rose.", "Nothing here.", "killed; UPDATED on "]
    for _ in range(2):
        for text in texts:
            low = caseless_text(text)
            for a in range(0, len(text), 3):
                for b in (a + 5, a + 19, len(text)):
                    assert cue.holds(text, low, a, b) == (cue.search(text, low, a, b) is not None)
                    assert cue.holds(text, low, a, b) == (re.search(pattern, text[a:b]) is not None)


@pytest.mark.parametrize(
    "pattern, lowers",
    [
        (r"\b(?:Killed|WOUNDED)\s+near\b", True),
        (r"(?P<who>troops)\s+said", True),
        (r"(?-i:[A-Z])\w+ said", False),  # a case-sensitive part
        (r"dash\u2013", False),  # an escape lower-casing could change
        (r"(?P<Who>x)", False),  # a capital in a group name
        ("\u0130stanbul", False),  # a non-ASCII capital
    ],
)
def test_lowered_regex_matches_as_the_case_insensitive_one(pattern: str, lowers: bool) -> None:
    rx = re.compile(pattern, re.IGNORECASE)
    low = lowered_regex(rx)
    assert (low is not None) == lowers
    if low is None:
        return
    assert not low.flags & re.IGNORECASE
    for text in ("Troops said they were KILLED near the bridge", "troops SAID: Wounded Near the gate", "nothing"):
        want = [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in low.finditer(text.lower())] == want
