"""Fast paths of places and characterize find exactly what the plain regexes / full scans find."""

from __future__ import annotations

import bisect
import re
from typing import SupportsIndex

import pytest

from claimledger.extract import characterize, places, segment
from claimledger.extract.base import Segment

TOKEN_TEXTS = [
    "Shelling hit al-Qaryatayn and ash-Shaddadi on Monday, residents of el Bordo said.",
    "The convoy left Dar es Salaam for Ras al-Ain; O'al-Maris and Jamal-Tarn stayed.",
    "al-Nour",
    "al Nour",
    "xal-Nour, 3al-Nour, éal-Nour and al\u00a0Nour and el\tRio",
    "ed-Damazin, en‐Nahud, ash-Sham-al-Kubra, Ab1 and A'b-C",
    "Kyiv-based monitors counted 12 in Vorontsivka-2 and in Nova Hrebla.",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_tokens_match_the_token_regex(text: str) -> None:
    assert places._tokens(text) == [m.span() for m in places._TOKEN.finditer(text)]


# ASCII texts: the capitalised words are scanned by re (places._CAPITALISED_ASCII)
ASCII_TOKEN_TEXTS = ["Ab1 A1 x-Ray O'Neil's Abc-def-Ghi 3Abc ABC- Q-12 Zz'-Aa B--C D-'e 'Fo F9a Mid-2023",
                     "al-Qasr, ash-Sharq and el Tor were named; xAl-Nour and aB-Cd; 'al-Hamra' - Beit-Lahm.",
                     "A", "", "a\nB\tC_D e.F 5G H-1 I-J2 K'-L"]


@pytest.mark.parametrize("text", ASCII_TOKEN_TEXTS)
def test_ascii_capitalised_scan_is_the_unicode_one(text: str) -> None:
    assert text.isascii()
    assert [m.span() for m in places._CAPITALISED_ASCII.finditer(text)] == [
        m.span() for m in places._CAPITALISED.finditer(text)]
    assert places._tokens(text) == [m.span() for m in places._TOKEN.finditer(text)]


SUFFIX_AFTERS = [" district", " , Region", ",province of", "\tVillage", " said", " was", ", Ukraine", "", " d",
                 " \u212aamp", " sub-district", "  ,  governorate", " Ｄistrict", "-district", " s"]


@pytest.mark.parametrize("after", SUFFIX_AFTERS)
def test_suffix_match_agrees_with_suffix_regex(after: str) -> None:
    full = places._compiled()["suffix_re"].match(after)
    fast = places._suffix_match(after)
    assert (fast.span(1) if fast else None) == (full.span(1) if full else None)


@pytest.mark.parametrize("word,expected", [("IDF", True), ("IDPs", True), ("FAMa", True), ("Kyiv", False),
                                            ("NDjamena", False), ("A", True), ("Ab", False)])
def test_is_acronym(word: str, expected: bool) -> None:
    assert places._is_acronym(word) is expected


NP_TEXT = ("After a long night of sirens and rumours across the eastern districts of the old river city, "
           "the Joint Coordination Centre of the Northern Provinces and the Valley Relief Committee said")


_NP_TEXTS = [
    NP_TEXT,
    "Late on Sunday the regional governor of the southern lowland province, Ilva Marren, told reporters",
    "Witnesses in the market said that the local militia commander Aro Veld and his deputy's men had fired",
    "In a statement the ministry of the interior (MOI) said",
]


@pytest.mark.parametrize("text,pos", [(NP_TEXT, NP_TEXT.rindex(" said")), (NP_TEXT, NP_TEXT.index(" of the old")),
                                      (NP_TEXT, NP_TEXT.index(" and the Valley")), (NP_TEXT, len(NP_TEXT))]
                         + [(t, p) for t in _NP_TEXTS[1:] for p in range(25, len(t) + 1, 3)])
def test_np_before_window_finds_the_phrase_of_the_whole_span(text: str, pos: int) -> None:
    R = characterize.rules()
    assert pos > characterize.NP_WINDOWS[0]  # a window is used
    windowed = characterize.np_before(text, 0, pos, R)
    # the windowed walk ends where the walk over every token of the span ends
    old_windows = characterize.NP_WINDOWS
    try:
        characterize.NP_WINDOWS = ()  # no window: the whole span is tokenized
        assert characterize.np_before(text, 0, pos, R) == windowed
    finally:
        characterize.NP_WINDOWS = old_windows


def test_subject_speakers_kept_per_sentence_are_copies() -> None:
    text = "The ministry said the strike killed four. Observers said nothing."
    seg = Segment(0, text.index(".") + 1)
    first = characterize.subject_speakers(text, seg)
    first.append(("x", 0, 0, "x"))
    assert characterize.subject_speakers(text, seg) == first[:-1]
    assert characterize.subject_speakers(text, seg)[0][0] == "The ministry"


_GLUED_AS_FIRST_WRITTEN = re.compile(r"(?:(?<=[a-z]{3})|(?<=\)))[.!?](?=[A-Z][a-z])")


@pytest.mark.parametrize("text", ["The road was shut.Drivers waited (two hours).Then it opened.", "abc.De", "ab.De",
                                  "(x).Ab and ).AB", "Hello!World?Next. Plain end.", "see www.Site.org now", ".Ab"])
def test_glued_stop_scan_finds_what_the_lookbehind_first_scan_finds(text: str) -> None:
    for start, end in ((0, len(text)), (1, len(text)), (2, len(text) - 1)):
        assert [m.span() for m in segment._GLUED.finditer(text, start, end)] == \
            [m.span() for m in _GLUED_AS_FIRST_WRITTEN.finditer(text, start, end)]


@pytest.mark.parametrize("text", ["Officials called the shelling a massacre and a war crime.",
                                  "A court in the capital opened a criminal case on Monday.",
                                  "NOTHING HERE BUT WEATHER.", "The İstanbul court ſentenced them for GENOCIDE.", ""])
def test_gates_start_where_the_plain_alternation_starts(text: str) -> None:
    R = characterize.rules()
    for gate in (R.any_label, R.any_legal):
        for start, end in ((0, len(text)), (4, len(text)), (0, max(0, len(text) - 6))):
            plain = gate.plain.search(text, start, end)
            fast = gate.search(text, start, end)
            assert (fast.start() if fast else None) == (plain.start() if plain else None)


def test_headline_counts_capitalised_words() -> None:
    text = "Rockets Hit Border Town Overnight. rockets hit the town overnight, officials said."
    first = Segment(0, text.index(".") + 1)
    second = Segment(first.end + 1, len(text))
    assert characterize._headline(text, first) is True
    assert characterize._headline(text, second) is False


HEADLINE_TEXTS = [
    "Rockets Hit Border Town Overnight",
    "Three Drones Downed over the Coast",
    "Drones downed over the coast, army says",
    "1Dawn 2Raid _Hits éTown 'Quiet' -Night",
    "ÉTAT Ülke Raid On Depot",
    "A B C d",
    "A B c d",
    "Raids",
    "",
    "x-Ray Y’s Zone_1 Q-Point",
]


@pytest.mark.parametrize("text", HEADLINE_TEXTS)
def test_headline_reads_the_words_of_the_word_regex(text: str) -> None:
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    expected = len(words) >= 4 and sum(1 for w in words if w[0] <= "Z") >= 0.7 * len(words)
    assert characterize._headline(text, Segment(0, len(text))) is expected


END_ANCHORED_TEXTS = ["died of wounds in hospital in ", "was rushed to the hospital in the ", "trains heading to ",
                      "buses bound to the ", "the town looked like ", "compared it with ", "reached the ",
                      "it was like that in ", "to \n", "like the", "", "HOSPITAL IN "]


@pytest.mark.parametrize("text", END_ANCHORED_TEXTS)
def test_end_anchored_rules_match_where_their_patterns_match(text: str) -> None:
    patterns = places.rules().get("aside_before", []) + places.rules().get("comparison_before", [])
    assert patterns
    for pattern in patterns:
        compiled = places._end_anchored(pattern)
        assert (compiled.search(text) is not None) is (places.regex.search(pattern, text) is not None)
        assert compiled.flags & places.regex.REVERSE


@pytest.mark.parametrize(("pattern", "reverse"), [
    (r"\bto\s+$", True), (r"\bto\s+", False), (r"(?>a+)b$", False), (r"a++$", False), (r"(a)\1$", False),
    (r"a\$", False), (r"(?P<x>a)(?P=x)$", False),
])
def test_end_anchored_reads_backwards_only_where_the_direction_cannot_matter(pattern: str, reverse: bool) -> None:
    assert bool(places._end_anchored(pattern).flags & places.regex.REVERSE) is reverse


@pytest.mark.parametrize("span", ["The army has also", "The army", "The army has", "Officials on Monday ", "X reportedly",
                                  "X Reportedly", "a report released yesterday", "the Assembly was formally",
                                  "They \u212aan", "It ſeemingly", "has", " has", "", "  ", "the army,", "B, and has"])
def test_tail_search_agrees_with_its_regex(span: str) -> None:
    for tail in (characterize._AUX_TAIL, characterize._PARTICIPLE_TAIL, characterize._AUX_TAIL_PASSIVE):
        for lo in range(len(span) + 1):
            fast = tail.search(span, lo, len(span))
            plain = tail.regex.search(span, lo, len(span))
            assert (fast.span() if fast else None) == (plain.span() if plain else None)


def test_owned_cache_starts_afresh_for_another_owner_and_at_its_limit() -> None:
    from claimledger.extract.base import OwnedCache

    cache: OwnedCache[int] = OwnedCache(limit=2)
    rules_a, rules_b = object(), object()
    cache.of(rules_a)["x"] = 1
    assert cache.of(rules_a) == {"x": 1}
    assert cache.of(rules_b) == {}  # another owner's values are never read
    kept = cache.of(rules_b)
    kept["x"], kept["y"] = 2, 3
    assert cache.of(rules_b) == {}  # at the limit when taken: starts again


SINGULAR_TEXTS = [
    "Witnesses said a young shepherd was shot dead near the well on Friday.",
    "Gunmen stabbed the elderly guard to death and fled.",
    "Rebels ambushed and killed Captain Morvel Ostran on the ridge road.",
    "Teodor Vainic, a school teacher, was killed when the shell hit.",
    "Policeman killed by unknown gunmen in Dalvar",
    "The body of a woman was found in the river; he was killed by a sniper.",
    "İstanbul police said a protester was injured and a journalist was detained.",
    "THE DRIVER WAS ABDUCTED AT A CHECKPOINT.",
    "Nobody was hurt.",
]


@pytest.mark.parametrize("text", SINGULAR_TEXTS)
def test_singular_split_search_agrees_with_the_whole_alternation(text: str) -> None:
    from claimledger.extract.fastre import split_alternatives
    from claimledger.extract.figures import _NP_GROUPS, rules

    R = rules()
    assert len(R.singular_split) == len(R.singular)
    for (_, _, whole), split in zip(R.singular, R.singular_split, strict=True):
        assert len(split.parts) == len(split_alternatives(whole.pattern)) > 1
        for pos in range(0, len(text), 7):
            a, b = whole.search(text, pos, len(text)), split.search(text, pos, len(text))
            assert (a is None) == (b is None)
            if a is not None and b is not None:
                ga = next(n for n in _NP_GROUPS if n in a.re.groupindex and a.group(n))
                gb = next(n for n in _NP_GROUPS if n in b.re.groupindex and b.group(n))
                assert (a.span(), ga, a.span(ga)) == (b.span(), gb, b.span(gb))


VAGUE_TEXTS = [
    "Many of those wounded later died in hospital.",
    "The shelling killed and injured many civilians, but so many details remain unclear.",
    "How many died is not known; numerous homes burned.",
    "The raids resulted in deaths and serious injuries.",
    "It is unknown whether the blast caused fatalities.",
    "COUNTLESS VILLAGERS WERE KILLED.",
    "The ſtrike left numerous dead, officials said.",
]


@pytest.mark.parametrize("text", VAGUE_TEXTS)
def test_vague_cues_find_what_their_ignorecase_regexes_find(text: str) -> None:
    from claimledger.extract.figures import _vague_rules

    V = _vague_rules()
    assert V is not None
    for cue in (V.words, V.hedge, *(rx for rx, _, _ in V.nouns)):
        own = re.compile(cue.pattern, re.IGNORECASE)
        for a in range(0, len(text), 9):
            assert [m.span() for m in cue.finditer(text, a, len(text))] == [m.span() for m in own.finditer(text, a, len(text))]


@pytest.mark.parametrize("text", VAGUE_TEXTS)
def test_vague_words_scan_agrees_with_the_cue_as_written(text: str) -> None:
    from claimledger.extract.figures import _alt, _vague_rules
    from claimledger.extract.numbers import load_rules

    spec = load_rules("figures.json")["vague_casualties"]
    written = re.compile(rf"{spec['words_before']}\b(?P<q>{_alt(spec['words'])})\b", re.IGNORECASE)
    V = _vague_rules()
    assert V is not None
    assert [m.span("q") for m in V.words.finditer(text)] == [m.span("q") for m in written.finditer(text)]


BEFORE_WINDOWS = [
    "The shelling of the market killed ",
    "Officials said the strike brought the death toll to ",
    "Rebels killed another ",
    'its fighters killed "at least ',
    "The number of people displaced by the floods and the fighting has risen to ",
    "the army detained a further ",
    "Residents buried ",
    "KILLING ",
    "The ministry raised the number of injured civilians in the city to ",
    "The convoy carried ",
    "Skilled workers, ",
    "",
    "dead: ",
    "killed\n",
]


@pytest.mark.parametrize("window", BEFORE_WINDOWS)
def test_dispatched_before_cue_finds_the_kind_of_the_plain_alternation(window: str) -> None:
    from claimledger.extract import figures

    C = figures._cues()
    assert C.before_kinds is not None  # the rules' alternatives can be dispatched
    plain = C.before.search(window, window.lower())
    expected = next(k for k, v in plain.groupdict().items() if v is not None) if plain is not None else None
    assert figures._kind_before(C, window, window.lower()) == expected
    assert figures._kind_before(C, window, None) == expected  # no lower-cased text: the plain cue


def test_interviewee_is_looked_for_once_per_document_and_copied() -> None:
    from claimledger.extract import assemble
    from claimledger.extract.base import Doc
    from claimledger.models import SourceText

    text = ("Ana Rusu has run the clinic since 2019. We spoke to her about the attack.\n\n"
            "What happened that night?\n\nThe roof fell in.\n\nHow many were hurt?\n\nNine people.\n\n"
            "Who helped you?\n\nNeighbours did.\n")
    doc = Doc(source=SourceText(doc_id="t", text=text))
    doc.paragraphs = [Segment(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    doc.sentences = list(doc.paragraphs)
    ctx = assemble._make_ctx(doc)
    first, second = assemble._interviewee(ctx), assemble._interviewee(ctx)
    assert first is not None and first.name == "Ana Rusu"
    assert first == second and first is not second  # equal values, each caller its own copy
    assert ctx.interviewee[0] is not first


OBJECT_AFTERS = [" houses were destroyed", " of the houses", " more Grad rockets", " people", " of them", "",
                 " apartment blocks", " residential  buildings", " Houses", " new village schools", " of the old mosques",
                 " very old stone houses", ", houses"]


@pytest.mark.parametrize("after", OBJECT_AFTERS)
def test_object_gate_passes_where_an_object_cue_matches(after: str) -> None:
    from claimledger.extract import figures

    C = figures._cues()
    assert C.objects.gate is not None  # every kind has words: the gate is built
    ungated = figures._FirstCue(C.objects.cues, C.objects.joined)
    for low in (after.lower(), None):
        assert C.objects.first(after, low) == ungated.first(after, low)
        if ungated.first(after, low) is not None:
            assert C.objects.gate.match(after, low) is not None


TRIGGER_TEXTS = [
    "The ministry accused the rebels of shelling the market. Rebels denied it; the UN condemned the attack.",
    "Accusations flew.They blamed\nthe army's artillery for the killings.  Résumé: élite units hit targets.",
    "No one was held responsible; a court issued a warrant. It was a massacre, a war crime, officials said.",
    "KILLED IN STRIKE 3 killed_by drones, 12attacks and x-rays; the deni-al was used twice.",
    "Kelvin \u212aills were not counted. An investigation followed.",
    "",
    "   leading spaces before any sentence. then lower-case starts",
]


def _triggered_by_scan(text: str, starts: list[int]) -> dict[str, set[int]]:
    """``characterize._triggered`` as the plain scan of the words led by a trigger key finds it."""
    R = characterize.rules()
    out: dict[str, set[int]] = {g: set() for g in characterize._GROUPS}
    low = text.lower()
    words = ((m.start(), m.group()) for m in R.trigger_words.finditer(low)) if "\u212a" not in text \
        else ((m.start(), m.group().lower()) for m in characterize._WORD.finditer(text))
    for start, w in words:
        for group in characterize._word_groups(w, R.trigger_stems):
            out[group].add(max(0, bisect.bisect_right(starts, start) - 1))
    return out


@pytest.mark.parametrize("text", TRIGGER_TEXTS)
@pytest.mark.parametrize("split", ["sentences", "mid_word", "none", "late_first"])
def test_triggered_sentences_are_those_of_the_trigger_scan(text: str, split: str) -> None:
    starts = [s.start for s in segment.split_sentences(text, 0, len(text))] if split != "none" else []
    if split == "mid_word" and len(text) > 12:
        starts = sorted({*starts, 11})  # a start inside a word: the scan of the text decides
    if split == "late_first":
        starts = [s + 3 for s in starts if s + 3 < len(text)]
    expected = _triggered_by_scan(text, starts)
    assert characterize._triggered(text, starts, characterize.rules()) == expected
    if text.startswith("The ministry") and split == "sentences":
        assert expected["responsibility"] == {0, 1}


BOUNDARY_TEXTS = ["Shots were fired... Then Silence!? \"Nobody knew.\" (It ended.) 3 died.", "A.B. c. D", "No stop here",
                  "Wait?! “Yes.” ¡Ok! Пожар.» Ещё", "end.\u2026 Next", "..", "x.) [Y"]


@pytest.mark.parametrize("text", BOUNDARY_TEXTS)
def test_sentence_boundaries_are_those_of_the_stop_run_regex(text: str) -> None:
    plain = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9\u0400-\u04ff])")
    assert [m.span() for m in segment._BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):
        assert [m.span() for m in segment._BOUNDARY.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


TOTAL_SENTENCES = ["Since the war began, 412 civilians have been killed in the province.",
                   "Five missile attacks on the port this month killed 30 people.",
                   "A shell hit the bakery on Monday, killing 3 people.",
                   "Nobody was hurt."]


@pytest.mark.parametrize("text", TOTAL_SENTENCES)
def test_states_total_read_once_per_sentence_as_the_link_rule_reads_it(text: str) -> None:
    """assemble._states_total gives ``link.states_total`` of the sentence's text, the first time and again."""
    from claimledger.extract import assemble
    from claimledger.extract.base import Doc
    from claimledger.link import states_total
    from claimledger.models import SourceText

    doc = Doc(source=SourceText(doc_id="t", text="Intro line.\n" + text))
    segment.component.func(doc)
    ctx = assemble._make_ctx(doc)
    seg = doc.sentences[-1]
    sentence = doc.text[seg.start:seg.end]
    assert sentence == text
    want = states_total(text)
    assert assemble._states_total(ctx, seg, sentence) is want
    assert assemble._states_total(ctx, seg, sentence) is want
    assert ctx.totals == {seg.start: want}


def test_mentions_in_a_sentence_are_worked_out_once_per_layer_and_sentence() -> None:
    """assemble._in gives the mentions of a layer inside a sentence, the same list when asked again."""
    from claimledger.extract import assemble
    from claimledger.extract.base import Doc, Mention
    from claimledger.models import SourceText

    text = "A shell hit Kestrel on Monday. Two people were killed in Varna and Tolm."
    doc = Doc(source=SourceText(doc_id="t", text=text))
    segment.component.func(doc)
    doc.spans["places"] = [Mention(12, 19, "locality"), Mention(57, 62, "locality"), Mention(67, 71, "locality")]
    ctx = assemble._make_ctx(doc)
    first, second = doc.sentences
    assert [m.start for m in assemble._in(ctx, "places", first)] == [12]
    assert [m.start for m in assemble._in(ctx, "places", second)] == [57, 67]
    assert assemble._in(ctx, "places", second) is assemble._in(ctx, "places", second)
    assert assemble._in(ctx, "dates", second) == []


ASIDE_TEXTS = [
    "Four of the wounded were later rushed to hospitals in",
    "Four of the wounded were later rushed to hospitals in Marrowby",
    "The trucks carrying the families headed north to",
    "Two boys were taken to the",
    "Dozens of buses left for",
    "relatives who have since reached the border town of",
    "the square looked very much like",
    "the mayor, speaking by phone from",
    "the governor told a press conference late on Friday in",
    "at the public hearings of the regional council in",
    "interviewed by our staff in a camp in",
    "Shelling hit the market and the school in",
    "Families fled to Kessel, Arden and",
    "Families fled to Kessel, Arden and ",
    "Fighters were taken to the İnner ",
    "Fighters were TAKEN TO THE ",
    "ſet off for ",
]


def _plain_aside(text: str) -> bool:
    """``_is_aside`` without the per-pattern gates: every pattern searched once the cue words are there."""
    before = text[max(0, len(text) - places.ASIDE_REACH):]
    if not before.endswith((" ", "\u00a0")) or not any(w in before.lower() for w in places._ASIDE_WORDS):
        return False
    tail = places._LIST_TAIL.search(before) if before.rstrip().endswith((",", "and", "or")) else None
    heads = (before, before[: tail.start()]) if tail is not None else (before,)
    return any(p.search(h) for p, _ in places._aside_patterns() for h in heads)


@pytest.mark.parametrize("text", [t if t.endswith(" ") else t + " " for t in ASIDE_TEXTS])
def test_is_aside_gates_agree_with_every_pattern(text: str) -> None:
    assert places._is_aside(text, len(text)) is _plain_aside(text)


@pytest.mark.parametrize("text", ["Shelling Hit THE Town", "", "İstanbul and KIEL", "ΣΟΦΙΑ", "already lower"])
def test_lower_copy_is_the_lowered_text(text: str) -> None:
    from claimledger.extract.fastre import lower_copy

    assert lower_copy(text) == text.lower()
    assert lower_copy(text) == text.lower()  # (kept: the second read gives the same)


ADJ_TEXTS = [  # the text before a participle
    "Monday's ", "the ", "a ", "their  ", "THESE\t", "its\n", "Its \n", "officials ", "Kestrel’s ", "as the ",
    "x-their ", "mother\u00a0", "", "in the", "ours ", "a", "the end of it all of the ", "4's ", "an\u2003",
]


@pytest.mark.parametrize("before", ADJ_TEXTS)
def test_adjectival_agrees_with_the_search_over_the_whole_stretch(before: str) -> None:
    from claimledger.extract import attribution

    text = "Said earlier, " + before
    pos = len(text)
    plain = attribution._ADJ_BEFORE.search(text[max(0, pos - 24) : pos]) is not None
    assert attribution._adjectival(text, pos) is plain


# the text before a name, as _set_cues cuts it: the unit-name cue read with and without its pre-check
UNIT_BEFORES = ["soldiers of Task Force ", "troops of TASK  FORCE\t", "under Operation ", "the operation ", "Taskforce ",
                "Operation\n", "Operation \n", "Operation", "joint Task Force", "co-Operation ", "Kooperation ",
                "Task force  ", "\u212aoperation ", "OPERATIOn ", "task Force ", ""]


@pytest.mark.parametrize("before", UNIT_BEFORES)
def test_unit_name_before_is_the_regex(before: str) -> None:
    rx = places._compiled()["unit_name_re"]
    assert places._unit_name_before(before) is (rx.search(before) is not None)


# names of places with the gaps between them: lists and containers read with and without their pre-checks
CONTAINER_TEXTS = [
    "Shelling hit Ardmore, Belwick, Carrow, Dunmore and Eastleigh on Monday.",
    "The raid on Farnley district, Glenrock. Then Harwick (Ivybridge Sadar, Jarrow) was hit.",
    "Crews went from Kelso to Lanark or Melrose, and back to Nairn ( Oban, Perth ) at night.",
    "Quarry town ( Rossall, Selby, Thirsk ) lies near Usk, Wells.",
    "Victims in Yarm, Zennor; no parenthesis after the last name Alnwick",
    "Protests spread to Lyon, Turin, Porto, Bergen, Graz and Ghent, and to Leeds, Bonn or Pisa (Italy).",
]


@pytest.mark.parametrize("text", CONTAINER_TEXTS)
def test_list_and_container_marks_read_all_gaps(text: str) -> None:
    fast = [(c.start, c.container, c.cue) for c in _marked(text)]

    class Always(str):
        """A text whose look-ups for a comma, a parenthesis or "and" always find one: every gap searched."""

        def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None, /) -> int:
            return 0

        def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None, /) -> int:
            return len(self)

    assert fast == [(c.start, c.container, c.cue) for c in _marked(Always(text))]


def _marked(text: str) -> list[places._Candidate]:
    gaz = places.get_gazetteer()
    runs = places._runs(str(text))
    cands = places._candidates(str(text), gaz, runs)
    places._mark_containers(text, cands)
    return cands


AREA_SPANS = ["Shelling went on in the occupied territories overnight.", "Across Rebel-Held Areas, food ran short.",
              "in the temporarily  occupied regions", "IN GOVERNMENT-CONTROLLED ZONES", "in occupied lands",
              "in the liberated territory of the east", "towns in the north", "", "in the ſeparatist-held areas",
              "in the occupied (and besieged) zones", "within the annexed territories"]


@pytest.mark.parametrize("span", AREA_SPANS)
def test_area_phrase_gate_is_the_regex(span: str) -> None:
    got = places._area_phrase(span, 0, len(span))
    want = places._area_pattern().search(span, 0, len(span))
    assert ((got.start, got.end) if got else None) == (want.span(1) if want else None)
