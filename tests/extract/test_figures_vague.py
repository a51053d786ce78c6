"""Figures the grammar reads with no cue word of the casualty lexicons: people freed, the number of a
counted thing stated by a copula, and casualties stated with no number (vague)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimledger.extract import dates, figures, segment
from claimledger.extract.base import Doc
from claimledger.extract.pipeline import extract
from claimledger.models import SourceText


def _lows(text: str) -> list[tuple]:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    return [(m.label, m.data["low"], m.data["high"]) for m in doc.spans["figures"] if m.data["qualifier"] == "vague"]


def _figures(text: str) -> list[tuple]:
    doc = Doc(SourceText(doc_id="t", text=text))
    for comp in (segment.component, dates.component, figures.component):
        doc = comp.func(doc)
    out = []
    for m in doc.spans["figures"]:
        assert doc.text[m.start:m.end] == text[m.start:m.end]
        if not m.data["subgroup"]:
            out.append((m.label, text[m.start:m.end], m.data["value"], m.data["qualifier"], m.data["what"]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people freed, rescued or released are a counted group of their own (kind other)
        ("Some of the hostages were executed, while 30 of them were freed after a raid by the army.",
         [("other", "30", 30, "exact", "freed")]),
        ("Troops said 14 were rescued from the camp near Goma.", [("other", "14", 14, "exact", "freed")]),
        ("The militia said that 9 had been released.", [("other", "9", 9, "exact", "freed")]),
        # ... a casualty cue still decides the kind
        ("Twelve fishermen were abducted and later released.", [("captured", "Twelve", 12, "exact", None)]),
    ],
)
def test_figures_freed_people_are_counted(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the number of X (in P) is (in the) N": a count of X
        ("The number of refugees in the camp is in the tens of thousands.",
         [("displaced", "tens of thousands", 10000, "vague", None)]),
        ("Engineers said the number of unexploded shells in the valley is about 5,000.",
         [("other", "about 5,000", 5000, "about", "shells")]),
        ("The number of landmines along the border is in the hundreds of thousands.",
         [("other", "hundreds of thousands", 100000, "vague", "landmines")]),
        ("Monitors say the number of checkpoints on the road has reached 40.",
         [("other", "40", 40, "exact", "checkpoints")]),
        # ... a casualty noun keeps its own cue
        ("The number of people killed is 50.", [("killed", "50", 50, "exact", None)]),
    ],
)
def test_figures_number_of_things_is(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural quantifier the casualty cues classify
        ("However, many of those wounded later died of their injuries.", [("killed", "many", 10, "vague", None)]),
        ("Many soldiers were wounded in the clashes near Kidal.", [("injured", "Many", 10, "vague", None)]),
        ("The blast that killed and injured many civilians was caused by a mortar.",
         [("injured", "many", 10, "vague", None)]),
        ("Many of the abducted girls are still missing.", [("missing", "Many", 10, "vague", None)]),
        ("The fighting caused numerous fatalities, officials said.", [("killed", "fatalities", 10, "vague", None)]),
        # a bare casualty noun after a verb of result
        ("These raids resulted in deaths and serious injuries.",
         [("killed", "deaths", 10, "vague", None), ("injured", "injuries", 10, "vague", None)]),
        ("The clashes led to injuries among the protesters.", [("injured", "injuries", 10, "vague", None)]),
        # a number given wins: no vague figure of that kind
        ("Many were wounded and 3 people were killed.", [("injured", "Many", 10, "vague", None),
                                                        ("killed", "3", 3, "exact", None)]),
        ("The shelling killed 4 civilians and caused many injuries.", [("killed", "4", 4, "exact", None),
                                                                      ("injured", "injuries", 10, "vague", None)]),
    ],
)
def test_figures_vague_casualties(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "How many people were killed is not known.",
        "In many cases soldiers were killed.",
        "Many years later, the village was attacked.",
        "Many people fled the town.",
        "It is unknown whether the blast resulted in deaths.",
        "The explosion did not result in injuries.",
        "Demining could prevent deaths and injuries.",
        "So many civilians were killed that nobody counted.",
        "It is not clear whether many were wounded.",
        # the victims are named after "injuries to": their own count, if any
        "The clash resulted in injuries to a police officer.",
    ],
)
def test_figures_vague_casualties_not_read(text: str) -> None:
    assert not any(f[3] == "vague" and f[0] in ("killed", "injured") for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Gunmen attacked buses on the road to Tarsel on 4 June 2019. The attacks resulted in deaths and injuries.\n",
         {"killed", "injured"}),
        ("Police said many of the miners were killed when the tunnel was shelled on 2 March 2018.\n", {"killed"}),
    ],
)
def test_vague_statement_is_a_claim(text: str, kinds: set[str]) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2019, 6, 10)))
    vague = [c for c in claims if c.figures and all(f.qualifier == "vague" for f in c.figures)]
    assert len(vague) == 1
    assert {f.kind for f in vague[0].figures} == kinds
    assert text[vague[0].evidence.start:vague[0].evidence.end] in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural of people is at least two; one person can suffer "injuries"
        ("Many were killed in the raid.", [("killed", 2, None)]),
        ("The raids resulted in deaths and injuries.", [("killed", 2, None), ("injured", 1, None)]),
        ("The beating caused serious injuries.", [("injured", 1, None)]),
    ],
)
def test_figures_vague_casualties_interval(text: str, expected: list[tuple]) -> None:
    assert _lows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "not a single X left": none of them
        ("After the siege there was not a single house left in the old town.",
         [("other", "not a single house left", 0, "exact", "house")]),
        ("Not one church remained standing in the valley.", [("other", "Not one church remained", 0, "exact", "church")]),
        # the age of a destroyed object
        ("They blew up a 400-year-old mosque in the centre of the city.",
         [("other", "400", 400, "exact", "age of mosque (years)")]),
        ("Loggers felled a 300-year-old oak tree near the shrine.",
         [("other", "300", 300, "exact", "age of tree (years)")]),
        # people's ages are no figures
        ("A 14-year-old boy was killed by a sniper.", [("killed", "A 14-year-old boy", 1, "exact", None)]),
        ("Her 80-year-old mother stayed in the house.", []),
        ("Gunmen burned a 45-year-old farmer's house.", []),
        # an object's age is a figure only where harm befalls it, not in a description
        ("The 300-year-old mosque in the old town is a major tourist attraction.", []),
        ("Pilgrims visit the 600-year-old monastery every spring.", []),
        ("Militia fighters cut down a 150-year-old walnut tree in the square.",
         [("other", "150", 150, "exact", "age of tree (years)")]),
    ],
)
def test_figures_object_counts_without_a_number_before_the_noun(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reference marker is no number and does not stand between a count and its cue
        ("At least 25[4] people were killed in the raid.", [("killed", "At least 25", 25, "at_least", None)]),
        ("The shelling killed 12[3][7] civilians.", [("killed", "12", 12, "exact", None)]),
        ("Rebels said the town was taken.[2]", []),
    ],
)
def test_figures_reference_markers_are_no_numbers(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "masked"), [("killed 40[8] people", "killed 40    people"), ("no marker", "no marker")])
def test_figures_mask_non_counts_keeps_offsets(text: str, masked: str) -> None:
    assert figures.mask_non_counts(text) == masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of the same thing by two sources: the second takes the first's kind
        ("Those figures match estimates of 120 from city officials and 140 from the Red Cross.",
         [("other", "120", 120, "exact", "estimates"), ("other", "140", 140, "exact", "estimates")]),
        # ... not a number that names no source after it
        ("Estimates of 120 from city officials and 140 more were cited.",
         [("other", "120", 120, "exact", "estimates")]),
    ],
)
def test_figures_counts_by_two_sources(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


def test_figures_counts_by_two_sources_are_two_claims() -> None:
    text = "Survivor estimates of 130 from city officials and 150 from the Red Cross were cited.\n"
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2022, 3, 20)))
    assert sorted(f.value for c in claims for f in c.figures) == [130, 150]
    assert len([c for c in claims if c.figures]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small vague word before a scale counts the scale, never the small word's 3
        ("The commission found that several thousand men were killed in July.",
         [("killed", "several thousand", 3000, "vague", None)]),
        ("A few hundred residents fled the town overnight.", [("displaced", "A few hundred", 300, "vague", None)]),
        ("Several dozen soldiers were wounded in the assault.", [("injured", "Several dozen", 36, "vague", None)]),
        ("Several soldiers were wounded in the assault.", [("injured", "Several", 3, "vague", None)]),
    ],
)
def test_figures_small_vague_word_before_a_scale(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a small vague part of a whole counts nothing of its own (no "of them" object of 3)
        "Officials reported 12 dead and 40 injured; the toll was revised after several of the wounded died.",
        "The raid killed 9 people, including a few of the guards.",
    ],
)
def test_figures_small_vague_part_of_a_whole_adds_no_figure(text: str) -> None:
    source = SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 5))
    whats = [f.what for c in extract(source) for f in c.figures]
    assert all(w is None for w in whats), whats


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # casualties with no number and no incident named: a general statement, no claim
        ("The policy led to deaths among migrants crossing the desert, the report said.", 0),
        ("Such neglect causes deaths every winter, doctors warn.", 0),
        # ... the same words about an incident are a claim
        ("The air strikes on the market resulted in deaths and serious injuries, the report said.", 1),
    ],
)
def test_vague_casualties_without_an_incident_are_no_claim(text: str, n: int) -> None:
    claims = extract(SourceText(doc_id="t", text=text, published=dt.date(2021, 5, 5)))
    assert len([c for c in claims if c.figures]) == n


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The driver, 52, who was hit, and Sara Ole, 7, a pupil", [(12, 14), (43, 44)]),
        ("Mayor Kin, 106, from the hills; Tom, 1000, the", [(11, 14)]),  # four digits: no age
        ("Lena,\t31, was freed. Cars, 3, were hit", [(6, 8)]),  # "were" is not among the words after it
        ("Word, 31,was; LENA, 31, was; 7, 31, was", []),  # no space after the comma, a capital before, a digit before
    ],
)
def test_figures_age_apposition_opens_with_the_comma(text: str, spans: list[tuple[int, int]]) -> None:
    """The rule opens with the comma before the age (its look-behind read after it): re skips to commas."""
    _, appos, _ = figures._age_rx()
    assert appos is not None and appos.pattern.startswith(",(?<=")
    assert [m.span(1) for m in appos.finditer(text)] == spans


# the rule as it was written before (opening with the age's first digit): the same ages are found
_APPOS_DIGIT_FIRST = r"(\d(?<=[a-z],\s\d)\d{0,2})(?=,\s+(?:a|an|the|who|whose|was|is|his|her|from)\b)"


@pytest.mark.parametrize(
    "text",
    [
        "Pim Oda, 41, a baker, and Nel Oda, 9, the son, and Rui, 70,\nwho fled",
        "Ada, 5, 6, a; bo, 12, the, 7, his; x,\t88, from, 3, was",
        "Tom Re, 1234, a; Ivo, 12a, was; Ivo, 33 , was; Lu, 02, her",
        "ab, 1, an, 22, whose, 333, is",
    ],
)
def test_figures_age_apposition_finds_what_the_digit_first_form_finds(text: str) -> None:
    _, appos, _ = figures._age_rx()
    assert appos is not None
    old = re.compile(_APPOS_DIGIT_FIRST)
    assert [m.span(1) for m in appos.finditer(text)] == [m.span(1) for m in old.finditer(text)]


def _mask_by_sub(text: str) -> str:
    """``mask_non_counts`` as ``re.sub`` over the whole text with each rule regex (the markers, then each rule)."""
    phrases, appos, of = figures._age_rx()

    def blank(m: re.Match[str], group: int = 0) -> str:
        whole, a, b = m.group(), m.start(group) - m.start(), m.end(group) - m.start()
        return whole[:a] + " " * (b - a) + whole[b:]

    aged = "aged" in text.lower()
    text = re.sub(r"\[\d{1,3}\]", lambda m: " " * len(m.group()), text)
    if phrases is not None and aged:
        text = phrases.sub(blank, text)
    if appos is not None and ", " in text:
        text = appos.sub(lambda m: blank(m, 1), text)
    if of is not None and "of" in text:
        text = of.sub(blank, text)
    return text


@pytest.mark.parametrize(
    "text",
    [
        "Two boys, aged 7 and 9, were hurt when a shell hit Orvo; a girl of about ten died.",
        "THREE MEN AGED 20 TO 25 WERE SEIZED. A BOY OF 12 WAS FREED. Kai Lum, 33, a nurse, fled.",
        "A Woman Of Sixty-Two, a Man of 40 and a toddler of two[4] were among 9 wounded.",
        "Dİana, aged 30, and a boy of 6 were hurt (İ lengthens when lower-cased).",
        "The ıman, aged 44, and a child of five were hurt; ſome 12 people fled.",
        "No age here, only 40[8] people and 3 trucks.",
    ],
)
def test_figures_mask_non_counts_blanks_what_sub_blanks(text: str) -> None:
    """The age rules read on the lower-cased text (their matches blanked from the text) blank what ``re.sub`` of each
    rule over the text as written blanks."""
    masked = figures.mask_non_counts(text)
    assert masked == _mask_by_sub(text) and len(masked) == len(text)
