"""assemble's case-insensitive searches run on the lower-cased text (``SliceCue`` for slices, ``Caseless`` for
stretches of the document) and find exactly what the plain ``re.IGNORECASE`` regexes find; so does
``places.named_as_origin`` with its "from" gate."""

from __future__ import annotations

import re

import pytest

from claimledger.extract import assemble
from claimledger.extract.base import Segment
from claimledger.extract.fastre import Caseless, SliceCue, caseless_text
from claimledger.extract.types import rules as type_rules

TEXTS = [
    "Two Marines and a medic were wounded near the depot; 14 VILLAGERS died, the garrison said.",
    "Since March the brigade has lost 40 soldiers, and so far this year 12 aid workers were killed.",
    "Officials have since counted 9 dead during the siege; throughout the week the police held 30 men.",
    "In the course of the raid, gunmen shot 5 farmers. Over the course of 2021 the army lost 300 troops.",
    "Fighting across the province killed 17 civilians since the start of the year, in the district 4 more.",
    "The governor of the region said 8 policemen died in the region's south; to date no fighters were found.",
    # letters that lower-case or fold otherwise: the plain regex on the text as written decides
    "KILLED: 3 SOLDİERS and 2 civılians; ſince the start of the year, 40 \u212aILLED in the ProvINCE.",
    "Çatışmalar sırasında 6 askeri personel died, since January; 2 Öğretmen wounded in the governorate.",
]


def _slices(text: str) -> list[tuple[int, int]]:
    """Stretches starting and ending anywhere (inside words too), past the end of the text as well."""
    n = len(text)
    return [(a, b) for a in range(0, n, 3) for b in (a + 1, a + 17, a + 55, n, n + 25) if b > a]


def _cues() -> list[tuple[str, SliceCue, str]]:
    r = type_rules()
    rules = assemble._type_rules()
    return [("armed_losses", rules.armed_near_toll, r["armed_losses"]),
            ("unarmed_victims", rules.unarmed_victims, r["unarmed_victims"]),
            ("civilian_victims", rules.civilian_victims, r["civilian_victims"]),
            ("period", assemble._PERIOD_CUE, assemble._PERIOD_PATTERN)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("which", range(4))
def test_slice_cues_hold_where_the_plain_regex_matches_the_slice(text: str, which: int) -> None:
    name, cue, pattern = _cues()[which]
    plain = re.compile(pattern, re.IGNORECASE)
    low = caseless_text(text)
    for a, b in _slices(text):
        assert cue.holds(text, low, a, b) == (plain.search(text[a:b]) is not None), (name, a, b)


@pytest.mark.parametrize("text", TEXTS)
def test_has_period_is_the_period_search_of_the_sentence(text: str) -> None:
    for a, b in _slices(text):
        b = min(b, len(text))
        assert assemble._has_period(text, Segment(a, b)) == (assemble._PERIOD.search(text[a:b]) is not None), (a, b)


def _caseless_searches() -> list[tuple[str, Caseless, str]]:
    rx, _ = assemble._area_anaphora()
    return [("period_totals", assemble._type_rules().period_totals, "(?i)" + type_rules()["period_totals"]),
            ("area_anaphora", rx, "(?i)" + rx.pattern)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("which", range(2))
def test_caseless_stretch_searches_find_the_plain_matches(text: str, which: int) -> None:
    name, rx, pattern = _caseless_searches()[which]
    plain = re.compile(pattern)
    for a, b in _slices(text):
        got = [(m.span(), m.group(0).lower(), m.groupdict()) for m in rx.finditer(text, a, b)]
        want = [(m.span(), m.group(0).lower(), m.groupdict()) for m in plain.finditer(text, a, b)]
        # groups are read lower-cased (the Caseless match is on the lower-cased text)
        assert [(s, g, {k: (v.lower() if v else v) for k, v in d.items()}) for s, g, d in got] == \
            [(s, g, {k: (v.lower() if v else v) for k, v in d.items()}) for s, g, d in want], (name, a, b)
        first = rx.search(text, a, b)
        assert (first.span() if first else None) == (want[0][0] if want else None), (name, a, b)


def test_the_texts_hold_matches_of_every_search() -> None:
    """The table exercises each search: every one matches somewhere in it (not a vacuous comparison)."""
    for name, cue, _ in _cues():
        assert any(cue.holds(t, caseless_text(t), 0, len(t)) for t in TEXTS), name
    for name, rx, _ in _caseless_searches():
        assert any(rx.search(t) for t in TEXTS), name


ORIGIN_TEXTS = [
    "Rockets fired from the hills hit Marlow; families fled from Dunmore to Kestrel Bay overnight.",
    "A drone launched FROM Tarvin struck a school 300 metres away from Holt, not far from the river.",
    "Soldiers from the forward detachment at Brackwater moved in; a flight From Ostend to Pell was cancelled.",
    "Aid came fRoM abroad to Çorlu and İzmir; ſrom and \u212arom are no such word, nor is fr om Tell.",
]


@pytest.mark.parametrize("text", ORIGIN_TEXTS)
def test_named_as_origin_is_the_plain_search_of_the_stretch_before(text: str) -> None:
    from claimledger.extract import places

    rx = places._origin_before()
    found = 0
    for start in range(len(text) + 1):
        want = rx.search(text[max(0, start - places.ORIGIN_REACH):start]) is not None
        assert places.named_as_origin(text, start) == want, start
        found += want
    assert found  # the text holds places named as an origin


GATED_TEXTS = [
    "The monitor, which is BASED IN the capital, said troops from Fenwick accused Arlen of shelling the village.",
    "A group headquartered in Tolbridge blamed Merrow; the hamlet was hit again and allies of Sorrel urged calm.",
    "Exiled in   the north, its leaders told Carvel that the Settlement near Brin had emptied; partners of Hale agreed.",
    "Registered in Oskar county, the NGO warned Pellam. Backers of Dunley and patrons of Ried said the parish burned.",
]


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_seat_gate_is_the_plain_seat_search(text: str) -> None:
    assert text.isascii()
    found = 0
    for start in range(len(text) + 1):
        want = assemble._SEAT.search(text, max(0, start - assemble.SEAT_REACH), start) is not None
        assert assemble._seat_before(text, start) == want, start
        found += want
    assert found


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_metonym_gate_is_the_plain_metonym_search(text: str) -> None:
    from claimledger.extract import places

    found = 0
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 6)):
            want = bool(places._METONYM_BEFORE.search(text[max(0, start - 20):start])
                        or places._METONYM_AFTER.match(text[end:end + 40]))
            assert places._is_metonym(text, start, end) == want, (start, end)
            found += want
    assert found


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_settlement_gate_is_the_plain_anaphor_search(text: str) -> None:
    from claimledger.extract import places
    from claimledger.extract.base import Doc, Mention
    from claimledger.models import SourceText

    doc = Doc(source=SourceText(doc_id="t", text=text))
    village = Mention(0, 5, "unresolved", {"cued_locality": True}, rule="place.cue")
    rx = places._settlement_anaphor()
    found = 0
    for start in range(0, len(text), 4):
        for end in (start + 9, start + 40, len(text)):
            got = places._settlement_before(doc, [village], 5, start, end)
            want = start < end and rx.search(text, start, end) is not None
            assert (got is not None) == (want and places._eligible(doc, village)), (start, end)
            found += want
    assert found


TYPE_RULE_NAMES = ["war_totals", "wide_totals", "armed_losses", "armed_actors", "toll_openers", "incident_refs",
                   "war_words", "loss_periods"]


@pytest.mark.parametrize("name", TYPE_RULE_NAMES)
def test_type_rules_led_by_their_first_letters_find_the_plain_matches(name: str) -> None:
    """``_type_rules``' regexes are ``compile_fast``'s (a look-ahead on the first letters): the same matches."""
    led = getattr(assemble._type_rules(), name)
    plain = re.compile(type_rules()[name], re.IGNORECASE)
    for text in TEXTS + GATED_TEXTS + ORIGIN_TEXTS:
        for a in range(0, len(text), 5):
            for b in (a + 30, len(text)):
                assert [m.span() for m in led.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)], (a, b)


PREP_TEXTS = [
    "Shells fell in Tarrow, near the Brill market, AT A Dunmore farm, towards\tthe coast and into\nKell on Monday.",
    "Location:  Harwick. Troops attacked the Fenn post, shelled a  Moor camp and struck Vale; between the Oss and Lye.",
    "The villages of Amber, Corrin and Dask, the towns of Fell, Gorse or Hale, and districts of Ivel and Jura.",
    "Shelling hit the hamlets of Kett and Lorn, settlements of Mire, Nash; the communes of Orr and Pell emptied.",
    "Çatışma İn Tarrow ve near Ölü, ın the village; ſtruck Kale; Tarrow toward Lys and in  the Ünye road.",
]


@pytest.mark.parametrize("text", PREP_TEXTS)
def test_preposition_gate_is_the_plain_reverse_match(text: str) -> None:
    from claimledger.extract import places

    rx = places._compiled()["prep_re"]
    found = 0
    for start in range(len(text) + 1):
        before = text[max(0, start - 40):start]
        want = rx.match(before)
        got = places._prep_before(before)
        assert (got.span(), got.group(1)) == (want.span(), want.group(1)) if want else got is None, start
        found += want is not None
    assert found


@pytest.mark.parametrize("text", PREP_TEXTS)
def test_listed_cue_gate_is_the_plain_list_search(text: str) -> None:
    from claimledger.extract import places

    rx, cues = places._list_prefix()
    found = 0
    for start in range(len(text) + 1):
        before = text[max(0, start - places.LISTED_REACH):start]
        m = rx.search(before) if before.endswith((", ", "and ", "or ")) else None
        want = (cues[m.group("cue").lower()], m.group("cue").lower() in places._compiled()["settlement"]) if m else None
        assert places._listed_cue(text, start) == want, start
        found += want is not None
    if "of" in text and text.isascii():
        assert found


LEAD_TEXTS = [
    "Headline of a short report\nFour people were killed in a shelling of the market on Monday, officials said.\n"
    "Short line\nThe regional governor said two more were wounded and taken to the city hospital.\n"
    "A third paragraph of enough words tells what the army said about the attack later that day.",
    "One line only",
    "",
    "Tiny\nlines\nonly\nhere\nand\nthere",
]


@pytest.mark.parametrize("text", LEAD_TEXTS)
def test_kept_lead_end_and_paragraph_starts_are_the_counted_ones(text: str) -> None:
    from claimledger.extract.base import Doc
    from claimledger.extract.segment import segment
    from claimledger.models import SourceText

    doc = segment(Doc(source=SourceText(doc_id="t", text=text)))
    ctx = assemble._make_ctx(doc)
    assert ctx.par_starts == [p.start for p in doc.paragraphs]
    assert assemble._lead_end(ctx) == assemble._count_lead(doc) == assemble._lead_end(ctx)



def _alternatives(pattern: str) -> list[str]:
    """The words of the first ``(?:a|b|c)`` group of ``pattern``."""
    m = re.search(r"\(\?:([a-z|]+)\)", pattern)
    assert m is not None, pattern
    return m.group(1).split("|")


def _gates() -> list[tuple[str, tuple[str, ...]]]:
    from claimledger.extract import places

    return [(assemble._SEAT.pattern, assemble._SEAT_WORDS), (places._METONYM_BEFORE.pattern, places._METONYM_WORDS)]


@pytest.mark.parametrize("pattern, gate", _gates())
def test_every_alternative_holds_a_gate_word(pattern: str, gate: tuple[str, ...]) -> None:
    """The gates of ``_seat_before`` and ``_is_metonym`` list words one of which every match holds: each word
    of the regex's alternation holds one (a word added to the regex but not to the gate fails here)."""
    words = _alternatives(pattern)
    assert len(words) >= 4
    assert [w for w in words if not any(g in w for g in gate)] == []
