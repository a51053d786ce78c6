"""Claim assembly through the public pipeline: evidence, context carrying, defaults, spans."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimledger.extract.pipeline import EXTRACTOR_VERSION, extract, extract_event
from claimledger.models import ClaimIn, SourceText, denies_incident

TEXT = (
    "Missile strike kills 12 in market town\n\n"
    "On 4 March 2021, a missile hit the central market, killing 12 civilians and injuring 40.\n"
    "Later, officials said the toll had risen to 15. Two of the three rockets did not explode.\n"
    "No casualties were reported in a second strike.\n"
)


def _source(text: str = TEXT, published: str | None = "2021-03-05") -> SourceText:
    return SourceText(doc_id="t", text=text, published=dt.date.fromisoformat(published) if published else None,
                      publisher="Test Wire")


def _check_spans(text: str, claim: ClaimIn) -> None:
    assert claim.evidence.text == text[claim.evidence.start:claim.evidence.end]
    for f in claim.figures:
        assert f.text == text[f.start:f.end]
        assert claim.evidence.start <= f.start <= f.end <= claim.evidence.end
    d = claim.date
    if d.char_start is not None:
        assert d.text == text[d.char_start:d.char_end]


def test_assemble_every_span_is_verbatim() -> None:
    claims = extract(_source())
    assert claims
    for claim in claims:
        _check_spans(TEXT, claim)
        assert claim.extractor == EXTRACTOR_VERSION
        assert 0.0 < claim.confidence <= 1.0


def test_assemble_one_claim_per_figure_sentence() -> None:
    claims = extract(_source())
    summary = [(c.evidence.text[:20], [(f.kind, f.value, f.qualifier) for f in c.figures]) for c in claims]
    assert summary == [
        ("Missile strike kills", [("killed", 12, "exact")]),
        ("On 4 March 2021, a m", [("killed", 12, "exact"), ("injured", 40, "exact")]),
        ("Later, officials sai", [("killed", 15, "exact")]),
        ("Two of the three roc", [("other", 3, "exact")]),
        ("No casualties were r", [("killed", 0, "exact"), ("injured", 0, "exact")]),
    ]


def test_assemble_date_from_sentence_then_paragraph_then_document() -> None:
    claims = extract(_source())
    by_start = {c.evidence.text[:20]: c.date for c in claims}
    assert by_start["On 4 March 2021, a m"].start == dt.date(2021, 3, 4)
    assert by_start["On 4 March 2021, a m"].rule == "dmy"
    assert by_start["Missile strike kills"].start == dt.date(2021, 3, 4)
    assert by_start["Missile strike kills"].rule.startswith("document:")


def test_assemble_publication_date_is_not_an_incident_date() -> None:
    claims = extract(_source(" date 2021-03-05 World\nA blast killed 3 people.\n", published=None))
    assert [c.date.start for c in claims] == [None]


def test_assemble_author_is_default_attribution() -> None:
    claims = extract(_source("A blast killed 3 people.\n"))
    assert claims[0].attributed_to.kind in ("author", "cited", "quoted")
    if claims[0].attributed_to.kind == "author":
        assert claims[0].attributed_to.name == "Test Wire"
        assert claims[0].attributed_to.rule == "default.author"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 3 March 2020, militants attacked a post, killing 4 policemen, in the district.", 4),
        ("On 3 March 2020, 2 soldiers were killed. 3 others were killed later. Total fatalities coded as 5.", 5),
        ("On 3 March 2020, protesters gathered in the square.", None),
    ],
)
def test_assemble_event_claim(text: str, killed: int | None) -> None:
    claim = extract_event(_source(text, published=None))
    assert claim is not None
    assert claim.date.start == dt.date(2020, 3, 3)
    values = [f.value for f in claim.figures if f.kind == "killed"]
    assert (values[-1] if values else None) == killed


def test_assemble_spans_verbatim_on_dev_corpus(shared_dev) -> None:
    """Every span of every claim extracted from the dev corpus indexes the stored text."""
    import json

    rows = [json.loads(line) for line in (shared_dev / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    checked = 0
    for row in rows:
        text = (shared_dev / row["file"]).read_bytes().decode("utf-8")
        for claim in extract(SourceText(doc_id=row["id"], text=text, publisher=row.get("publisher"))):
            _check_spans(text, claim)
            p = claim.place
            if p.char_start is not None:
                assert p.text == text[p.char_start:p.char_end]
            a = claim.attributed_to
            if a.kind != "author" and a.start is not None and claim.label is None:
                assert a.end is not None and 0 <= a.start <= a.end <= len(text)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document-level date comes from a sentence with an event word, not a byline or a meeting
        ("Officials met in the capital on 2 May 2021.\n\nA rocket strike on the market killed 7 people.\n", None),
        ("A rocket strike hit the market on 2 May 2021.\n\nSeven people were killed, 7 others injured.\n",
         dt.date(2021, 5, 2)),
        # a date carried from the paragraph belongs to the event at another place
        ("On 3 May 2021 a rocket strike hit the town of Alderbury. A shelling of the town of Brinton killed 4 people.\n",
         None),
        ("On 3 May 2021 a rocket strike hit the town of Alderbury. In Alderbury, 4 people were killed.\n",
         dt.date(2021, 5, 3)),
        # a date from a sentence that tells of no event (a treaty, a meeting) is not carried
        ("The convention was adopted on 9 December 1948. In the war, 4 people were killed in the town of Alderbury.\n",
         None),
        # nor from a sentence whose only happening is generic (troops withdrew, a plan was announced)
        ("Rebels killed 4 people in the town of Alderbury.\n\nThe troops withdrew from the town on 30 March 2021.\n",
         None),
        ("Rebels killed 4 people in the town of Alderbury.\n\nThe rebels shelled the town on 30 March 2021.\n",
         dt.date(2021, 3, 30)),
        # a sentence with a day of its own that nothing resolves ("on Tuesday", no publication date) takes no other date
        ("On 31 March 2021 rebels shelled the town of Alderbury. In the town 4 people were killed late on Tuesday, officials said.\n",
         None),
        ("On 30 March 2021 rebels shelled the town of Alderbury. In the town 4 people were killed, officials said.\n",
         dt.date(2021, 3, 30)),
        # the document's date: of the event sentences' dates, the first naming an event of the lead's type
        ("Soldiers killed 40 people in a massacre in the town of Alderbury, a report said.\n\n"
         "Troops entered the town on 20 November 2020 after shelling.\n\n"
         "The massacre began on 28 November 2020.\n", dt.date(2020, 11, 28)),
        ("Soldiers shelled the town of Alderbury, killing 40 people, a report said.\n\n"
         "Troops entered the town on 20 November 2020 after shelling.\n\n"
         "The massacre began on 28 November 2020.\n", dt.date(2020, 11, 20)),
        # a period ("in a massacre in 2020") takes the day the text gives that kind of event within it
        ("Troops entered the town of Alderbury on 20 November 2020.\n\nThe massacre began on 28 November 2020.\n\n"
         "Soldiers killed 40 people in a massacre in 2020, a report said.\n", dt.date(2020, 11, 28)),
        ("The massacre began on 28 November 2019.\n\nSoldiers killed 40 people in a massacre in 2020, a report said.\n",
         dt.date(2020, 1, 1)),
        # the dead counted in a mass grave: only their own sentence dates them, not a visit told before
        (("Reporters visited the town of Alderbury on 3 May 2021 after a shelling. "
          "Some 60 bodies were buried in a mass grave there, officials said.\n"), None),
        (("Reporters visited the town of Alderbury after a shelling.\n\n"
          "On 3 May 2021, 60 bodies were buried in a mass grave, officials said.\n"), dt.date(2021, 5, 3)),
    ],
)
def test_assemble_carried_and_document_dates(text: str, expected: dt.date | None) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" for f in c.figures)]
    assert claims
    assert claims[-1].date.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial dates the incident it denies; a date of a strike on another town does not date the document
        ("Rebels did not shell the town of Alderbury: the claims are a fabrication.\n\n"
         "On 8 May 2021, the rebels did not have any fire missions near the town of Alderbury.\n\n"
         "On 14 March 2021, a rocket strike hit the centre of the town of Amesbury, killing 17 people.\n\n"
         "As a result of the rocket strike, about 30 people were killed.\n", dt.date(2021, 5, 8)),
        # with no other date, the other town's date still dates the document
        ("A rocket strike hit the town of Alderbury.\n\n"
         "On 14 March 2021, a rocket strike hit the centre of the town of Amesbury, killing 17 people.\n\n"
         "As a result of the rocket strike in Alderbury, about 30 people were killed.\n", dt.date(2021, 3, 14)),
        # a period up to a later date ("since ... to ...") is a total's, not the document's incident date
        ("Monitors have recorded 300 civilians killed in shelling in the region since 1 April to midnight on "
         "20 April 2021.\n\nAbout 50 civilians were killed in the town of Alderbury, officials said.\n", None),
    ],
)
def test_assemble_document_date(text: str, expected: dt.date | None) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" for f in c.figures)]
    assert claims
    assert claims[-1].date.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of a series of strikes: from the first to the last day the paragraph gave them
        ("On 3 May 2021 a rocket strike hit the town of Alderbury, killing 4 people. On 5 May 2021 a second "
         "rocket strike on the town killed 6 people. In the rocket strikes on Alderbury, 10 people were killed.\n",
         (dt.date(2021, 5, 3), dt.date(2021, 5, 5), "series:days")),
        ("On 3 May 2021 rebels shelled the town of Alderbury, killing 4 people. On 9 May 2021 the town was "
         "shelled again, killing 6. Officials said the two attacks killed 10 people.\n",
         (dt.date(2021, 5, 3), dt.date(2021, 5, 9), "series:days")),
        # one strike: the date carried from the paragraph
        ("On 3 May 2021 a rocket strike hit the town of Alderbury, killing 4 people. In the rocket strike on "
         "Alderbury, 10 people were killed in all.\n", (dt.date(2021, 5, 3), dt.date(2021, 5, 3), "paragraph:dmy")),
        # a later claim at that town, dated by the place, takes the series' span
        ("On 3 May 2021 a rocket strike hit the town of Alderbury, killing 4 people. On 5 May 2021 a second "
         "rocket strike on the town killed 6 people. In the rocket strikes on Alderbury, 10 people were killed.\n\n"
         "The world looked away.\n\nIn Alderbury, 2 nurses were injured in the rocket strike, officials said.\n",
         (dt.date(2021, 5, 3), dt.date(2021, 5, 5), "place:days")),
        # nor the day of another kind of event (a rally) in that town
        ("On 1 May 2021 hundreds of protesters rallied in the town of Alderbury. On 3 May 2021 an airstrike hit the "
         "town of Alderbury, killing 4 people. On 5 May 2021 a second airstrike on the town killed 6 people. In the "
         "airstrikes on Alderbury, 10 people were killed.\n", (dt.date(2021, 5, 3), dt.date(2021, 5, 5), "series:days")),
        # the day of a strike on another town is not one of the series
        ("On 3 May 2021 a rocket strike hit the town of Amesbury, killing 4 people. On 5 May 2021 a rocket strike "
         "hit the town of Alderbury, killing 6 people. In the rocket strikes on Alderbury, 10 people were killed.\n",
         (dt.date(2021, 5, 5), dt.date(2021, 5, 5), "paragraph:dmy")),
    ],
)
def test_assemble_series_of_incidents_dated_by_their_span(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    claims = extract(_source(text, published=None))
    last = [c for c in claims if c.figures][-1]
    assert (last.date.start, last.date.end, last.date.rule) == expected
    _check_spans(text, last)


_LONG_PREAMBLE = "The markets stayed open and the buses ran on time that spring. " * 70 + "\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a long text (no document date): munitions fired at a town, then the days of the strikes told after it
        ("Rebels fired 6 rockets at the town of Alderbury. On 3 May 2021 a rocket strike hit the town, killing 4 "
         "people. On 9 May 2021 a second rocket strike on the town killed 6 people.\n",
         (dt.date(2021, 5, 3), dt.date(2021, 5, 9), "series-ahead:days")),
        # one day told after it: no series, no date
        ("Rebels fired 6 rockets at the town of Alderbury. On 3 May 2021 a rocket strike hit the town, killing 4 "
         "people.\n", (None, None, "")),
        # a single count of munitions that is no attack on a place: no date from the sentences after it
        ("Rebels had 6 rockets in store near the town of Alderbury. On 3 May 2021 a rocket strike hit the town, "
         "killing 4 people. On 9 May 2021 a second rocket strike on the town killed 6 people.\n", (None, None, "")),
    ],
)
def test_assemble_series_told_after_an_undated_claim(body: str, expected: tuple) -> None:
    text = _LONG_PREAMBLE + body
    first = next(c for c in extract(_source(text, published=None)) if c.figures)
    assert (first.date.start, first.date.end, first.date.rule) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "rule"),
    [
        # a sentence announcing another incident takes no date from other sentences, only its own
        ("In a separate incident, 3 people were killed in the town of Alderbury.", None, "separate"),
        ("Separately, 3 people were killed in shelling near the town of Alderbury.", None, "separate"),
        ("In another attack on 4 May 2021, 3 people were killed in the town of Alderbury.", dt.date(2021, 5, 4), "dmy"),
        # without the cue, the paragraph's date is carried
        ("In the town of Alderbury, 3 people were killed.", dt.date(2021, 5, 3), "paragraph:dmy"),
    ],
)
def test_assemble_separate_incident_takes_no_carried_date(sentence: str, expected: dt.date | None, rule: str) -> None:
    text = "On 3 May 2021 a rocket strike hit the town of Alderbury, killing 4 people. " + sentence + "\n"
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.date.start, last.date.rule) == (expected, rule)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # a later time the text sets between a carried date and the claim (a year) frames the claim
        ("In May 1994 raiders shelled the farms of Veldmoor. Early in 1995 the militia shelled the last hamlets. "
         "In those hamlets, 14 people were massacred.\n", None, "superseded"),
        ("In May 1994 raiders shelled the farms of Veldmoor. During 1995 the militia held the last hamlets. "
         "In those hamlets, 14 people were massacred.\n", None, "superseded"),
        # an earlier time told in between is background: the carried date stays
        ("On 6 May 1994 raiders shelled the farms of Veldmoor. The farms had been raided in 1990 too. "
         "In the farms, 14 people were killed.\n", dt.date(1994, 5, 6), "paragraph:dmy"),
        # nothing in between: the carried date stays
        ("In May 1994 raiders shelled the farms of Veldmoor. In those farms, 14 people were killed.\n",
         dt.date(1994, 5, 1), "paragraph:my"),
    ],
)
def test_assemble_carried_date_gives_way_to_a_later_time(text: str, expected: dt.date | None, rule: str) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" for f in c.figures)]
    assert claims
    assert (claims[-1].date.start, claims[-1].date.rule) == (expected, rule)


@pytest.mark.parametrize(
    ("text", "claims_figures"),
    [
        # the next sentence adds casualty kinds of the same event: one claim over both sentences
        ("A missile hit the mall on 3 May 2021. 18 people were killed. 36 people went missing.\n",
         [[("killed", 18), ("missing", 36)]]),
        ("A rocket struck the depot on 3 May 2021. 14 workers died. Also, 52 workers were injured.\n",
         [[("killed", 14), ("injured", 52)]]),
        # the same kind again is a second claim (a revision or another event)
        ("A missile hit the mall on 3 May 2021. 18 people were killed. Later 21 people were killed.\n",
         [[("killed", 18)], [("killed", 21)]]),
        # a new paragraph is a new claim
        ("A missile hit the mall on 3 May 2021. 18 people were killed.\n\n36 people went missing.\n",
         [[("killed", 18)], [("missing", 36)]]),
        # a sentence with its own other date is another event
        ("18 people were killed on 3 May 2021. On 9 May 2021, 36 people were injured.\n",
         [[("killed", 18)], [("injured", 36)]]),
        # a part of the previous sentence's total ("of that total", "of them") is the same claim
        ("Two clinics received about 900 patients on 3 May 2021. Of that total, 41 have died.\n",
         [[("other", 2), ("other", 900), ("killed", 41)]]),
        ("Two clinics received about 900 patients on 3 May 2021. Later, 41 have died.\n",
         [[("other", 2), ("other", 900)], [("killed", 41)]]),
        # counted objects added to the previous sentence's counted objects are the same claim
        ("The army fired three rockets at the port on 3 May 2021. Two of the rockets did not explode.\n",
         [[("other", 3), ("other", 2)]]),
        ("Investigators questioned 2,000 witnesses. They obtained 900 expert opinions.\n",
         [[("other", 2000), ("other", 900)]]),
        # ... not another source's estimate
        ("About 400 people were inside the hall on 3 May 2021. That matches the council's estimate of 380.\n",
         [[("other", 400)], [("other", 380)]]),
        # ... unless each sentence names an event of its own kind
        ("Soldiers burned 40 houses in the village. Then 12 rockets were fired at the base.\n",
         [[("other", 40)], [("other", 12)]]),
        # ... also when the taxonomy gives both events one type (a killing, then sexual violence)
        ("Among those killed on 3 May 2021 were 12 women and three children. In addition, 30 women were "
         "subjected to rape.\n", [[("other", 12), ("other", 3)], [("other", 30)]]),
        # counted objects of a toll, in a sentence naming no event of its own, are part of the toll's claim
        ("A shell hit the square on 3 May 2021, killing 14 people. Medics collected 23 body fragments.\n",
         [[("killed", 14), ("other", 23)]]),
        ("A shell hit the square on 3 May 2021. Nine people died. Also, 30 were wounded. "
         "Medics collected 23 body fragments.\n", [[("killed", 9), ("injured", 30), ("other", 23)]]),
        # ... not when they recount the toll's own number, nor when their sentence names an event
        ("A shell hit the square on 3 May 2021, killing 14 people. Among these 14 victims were tourists.\n",
         [[("killed", 14)], [("other", 14)]]),
        ("A shell hit the square on 3 May 2021, killing 14 people. Then 12 rockets were fired at the base.\n",
         [[("killed", 14)], [("other", 12)]]),
        # ... nor a duration
        ("A shell hit the square on 3 May 2021, killing 14 people. For two years the square had been quiet.\n",
         [[("killed", 14)]]),
    ],
)
def test_assemble_merges_continuing_sentences(text: str, claims_figures: list[list[tuple[str, int]]]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.figures]
    assert [[(f.kind, f.value) for f in c.figures] for c in claims] == claims_figures
    for c in claims:
        _check_spans(text, c)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-event record keeps its leading date although the figure sentence names another place
        ("05/03/2021: A rocket hit the town of Alderbury. The attack on the town of Brinton killed 4 people.",
         dt.date(2021, 5, 3)),
        ("As reported on 4 March 2020, a shelling of the village killed 2 people.", dt.date(2020, 3, 4)),
        # the record leads with its event: a later date dates a side fact, not the event
        ("On 30 April 2021, residents marched in the town. Until 29 April 2021, 75 prisoners were released.",
         dt.date(2021, 4, 30)),
    ],
)
def test_assemble_event_claim_date(text: str, expected: dt.date) -> None:
    claim = extract_event(_source(text, published=None))
    assert claim is not None
    assert claim.date.start == expected


@pytest.mark.parametrize(
    ("text", "headline_attr"),
    [
        # a headline restating a figure the body attributes takes the body's source
        (("410 bodies recovered in the region\n\nBy Staff\n\n410 bodies of civilians have been recovered, "
         "the regional prosecutor said.\n"), "the regional prosecutor"),
        # a different figure stays with the author
        (("400 bodies recovered in the region\n\nBy Staff\n\n410 bodies of civilians have been recovered, "
         "the regional prosecutor said.\n"), "Test Wire"),
    ],
)
def test_assemble_headline_takes_the_source_of_its_repeat(text: str, headline_attr: str) -> None:
    claims = extract(_source(text, published=None))
    assert claims[0].evidence.text.endswith("in the region")
    assert claims[0].attributed_to.name == headline_attr


@pytest.mark.parametrize(
    ("text", "place_text"),
    [
        # the figure's sentence names no place: the record's place is the lead's first specific place
        (("On 2 May 2020, in Alderbury, Northshire, police raided the Brinton neighbourhood. "
         "A shoot-out broke out and 2 suspects were killed."), "Alderbury"),
        # the figure's sentence is left without a place: the lead's first specific one (the named
        # area, kept with its text and resolved to the district its address chain names)
        (("05/11/2012: Gunmen raided an army checkpoint in Khan Tepa area, Nahrin district, "
         "Baghlan province, Afghanistan. Two of the gunmen were killed."), "Khan Tepa area"),
        # a settlement the lead marks ("near the village of X") before a district named earlier in it
        (("On 5 May 2020, during the night, patrols said guards had fired warning shots "
          "along the Evros frontier with Turkey, near the village of Zorvanka. It was the first of two such reports."),
         "Zorvanka"),
        # a count of several attacks ("one of three drone attacks") is no reason to place the record's event
        # in the whole country
        (("On 3 May 2021, explosive drones were shot down over Kharkiv, Kharkiv Oblast, Ukraine. "
          "It was one of three drone attacks on the region that day."), "Kharkiv"),
        # where it came from is not where it happened
        (("On 3 May 2021, a drone launched from Kharkiv was intercepted targeting Poltava, Ukraine. "
          "There were no casualties."), "Poltava"),
        # a distance before 'from' places the event near X: X is no origin
        (("On 3 May 2021, two rockets fell 500 metres away from the Brinton village (Makhmur, Erbil). "
          "The origin of the fire was not clear. There were no casualties."), "Brinton village"),
        (("On 3 May 2021, two rockets fell not far from the Brinton village (Makhmur, Erbil). "
          "There were no casualties."), "Brinton village"),
        # a lead place the gazetteer lacks, resolved only to the region it names, is still the lead's specific
        # place: not a town the record names later as a place of other attacks
        (("On 3 May 2021, in Santa Rosa de Las Cuevas, Jalisco, armed men attacked a bus. Similar raids took "
          "place in Tlaquepaque and Zapopan. In total, 4 people were killed."), "Santa Rosa de Las Cuevas"),
        # the figure's own sentence names its place: kept
        (("On 2 May 2020, in Alderbury, Northshire, police raided a house. "
         "In the village of Brinton, 2 suspects were killed."), "Brinton"),
    ],
)
def test_assemble_event_claim_place_from_lead(text: str, place_text: str) -> None:
    claim = extract_event(_source(text, published=None))
    assert claim is not None
    assert place_text in (claim.place.text or "")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a victim-only sentence takes the event word of its context
        ("An air strike hit the market on 3 May 2021.\n\nOfficials said 12 civilians were killed.\n",
         ["air_strike"]),
        # the document's type is its heaviest event word, not its most frequent victim wording
        (("Troops killed civilians in the town. Troops killed civilians in the village.\n\n"
         "The shelling went on for days.\n\nIn all, 12 people were killed.\n"), ["shelling"]),
        # a sentence's own specific event word stays
        ("An air strike hit the market on 3 May 2021.\n\nA missile strike on the depot killed 4 people.\n",
         ["missile_strike"]),
    ],
)
def test_assemble_type_from_context(text: str, types: list[str]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" for f in c.figures)]
    assert [c.type for c in claims] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts listed place by place are one claim per place
        ("The shelling killed 12 people in Kharkiv, 4 in Sumy and 2 in Izium on 3 May 2022.\n",
         [("Kharkiv", [("killed", 12)]), ("Sumy", [("killed", 4)]), ("Izium", [("killed", 2)])]),
        ("Troops burned 40 houses in Kharkiv and 15 in Sumy in 2022.\n",
         [("Kharkiv", [("other", 40)]), ("Sumy", [("other", 15)])]),
        # a number without a place after it is no part of such a list (a sub-group: a counted object of the claim)
        ("The shelling killed 12 people in Kharkiv, 4 of them children, on 3 May 2022.\n",
         [("Kharkiv", [("killed", 12), ("other", 4)])]),
    ],
)
def test_assemble_counts_listed_by_place(text: str, expected: list[tuple[str, list[tuple[str, int]]]]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.figures]
    assert [(c.place.text, [(f.kind, f.value) for f in c.figures]) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        # a total over a period takes no other sentence's date, and its own country, not the document's town
        ("On 3 May 2022 a missile strike on Sumy killed 9 people.\n\n"
         "Since the invasion began, 4,000 civilians have been killed in Ukraine, the UN said.\n",
         "Ukraine", None),
        # with no place of its own, it counts the country of the document's town
        ("On 3 May 2022 a missile strike on Sumy killed 9 people.\n\n"
         "During the course of the war, 4,000 civilians have been killed, the UN said.\n",
         "Ukraine", None),
        # a claim about the incident keeps the document's date and town
        ("On 3 May 2022 a missile strike on Sumy killed 9 people.\n\nLater 4 more people died in hospital.\n",
         "Sumy", dt.date(2022, 5, 3)),
    ],
)
def test_assemble_period_totals(text: str, place: str, date: dt.date | None) -> None:
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.name, last.date.start) == (place, date)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a paragraph opening with a place and a comma is a dateline only when a date, an agency or a dash follows
        ("KYIV, 3 May 2022 (Wire) - A missile strike on Sumy killed 9 people.\n", "Sumy"),
        ("Sumy, a city near the border, was hit on 3 May 2022. The strike killed 9 people.\n", "Sumy"),
    ],
)
def test_assemble_dateline_place(text: str, place: str) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.figures]
    assert claims[-1].place.name == place


def test_assemble_count_across_a_country() -> None:
    text = ("On 3 May 2022 a missile strike on Sumy killed 9 people. The UN says about 4,000 civilians "
            "have been killed across Ukraine.\n")
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.name, last.place.rule.split(":")[0]) == ("Ukraine", "across")


def test_assemble_a_speakers_seat_is_not_the_place() -> None:
    text = ("On 3 May 2022 a missile strike hit Sumy. The monitoring group, which is based in London, "
            "raised its toll to 12.\n")
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert last.place.name == "Sumy"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a place the gazetteer does not know takes the country the document is about
        ("Shelling hit Kharkiv and Sumy on 3 May 2022.\n\nIn the village of Zorvanka, 4 people were killed.\n", "UA"),
        # no dominant country: none is guessed
        ("Shelling hit Kharkiv and Belgorod on 3 May 2022.\n\nIn the village of Zorvanka, 4 people were killed.\n",
         None),
    ],
)
def test_assemble_unknown_place_takes_the_documents_country(text: str, country: str | None) -> None:
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.text, last.place.geonameid, last.place.country) == ("Zorvanka", None, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline with only a vague count: the body makes the claim
        ("Dozens killed as shells hit border town\n\nThe governor said 31 people were killed in the shelling.\n",
         [[("killed", 31)]]),
        # a vague count in a body sentence stays
        ("Shells hit the border town. Dozens of people were killed.\n", [[("killed", 12)]]),
        # durations count nothing
        ("Reports arrive every three hours. After two years in exile, the family is back.\n", []),
        ("The rebels ruled the valley for nearly three decades.\n", []),
        # ... except the length of a war or an operation, a figure about it
        ("The 44-day war ended in a truce.\n", [[("other", 44)]]),
        ("The offensive, which lasted 12 days, ended in a truce.\n", [[("other", 12)]]),
        # a link to another page is no claim of this text
        ("Shells hit the town.\nRead more: Strike on depot kills 7\n", []),
        ("The siege lasted 40 days and killed 300 people.\n", [[("other", 40), ("killed", 300)]]),
        # a headline printed twice (page title with the site's name, then the headline) is one claim
        ("Strike on depot kills 7 - Daily Wire\n\nStrike on depot kills 7\n\nThe strike hit the depot at dawn.\n",
         [[("killed", 7)]]),
        ("Army denies shelling the village\n\nArmy Denies Shelling The Village\n", [[]]),
        # the same sentence with other figures is not a repeat
        ("Strike on depot kills 7\n\nStrike on depot kills 9\n", [[("killed", 7)], [("killed", 9)]]),
        # counts other than casualties in one sentence are one claim
        ("The war drove 40,000 refugees from the north and 15,000 refugees from the coast, 55,000 refugees in all.\n",
         [[("displaced", 40000), ("displaced", 15000), ("displaced", 55000)]]),
    ],
)
def test_assemble_drops_what_is_no_claim(text: str, expected: list[list[tuple[str, int]]]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.type not in ("characterization", "responsibility")]
    assert [[(f.kind, f.value) for f in c.figures] for c in claims] == expected


def _long_text(*sentences: str) -> str:
    filler = "The committee met again in the capital to review the reports from the region.\n\n" * 55
    return "A drone struck a depot near the river.\n\n" + filler + "\n\n".join(sentences) + "\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a long text tells of many incidents: a sentence's own event word types its claim ...
        ("In the valley 40 houses were destroyed.", "destruction"),
        # ... and without one, no type is carried from one heavy word elsewhere
        ("The report lists 17 schools in the valley.", "other"),
    ],
)
def test_assemble_long_document_has_no_document_type(sentence: str, expected: str) -> None:
    text = _long_text(sentence)
    assert len(text) > 4000
    claims = [c for c in extract(_source(text, published=None)) if c.figures]
    assert claims[-1].evidence.text == sentence
    assert claims[-1].type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short furniture lines between headline and lead do not push the lead out of the lead paragraphs
        (("40 bodies found in the valley town\n\nRead more!\n\nbodies found\n\n"
         "40 bodies of civilians have been found in the valley town so far.\n\n"
         "\"Currently, 40 bodies have been found,\" the regional prosecutor Ivan Petrov said on Monday.\n"),
         "the regional prosecutor Ivan Petrov"),
        (("40 bodies found in the valley town\n\nThe regional team searched every street of the town on Sunday.\n\n"
         "Volunteers from three nearby villages joined the search in the afternoon.\n\n"
         "40 bodies of civilians have been found in the valley town so far.\n\n"
         "\"Currently, 40 bodies have been found,\" the regional prosecutor Ivan Petrov said on Monday.\n"),
         "Test Wire"),
    ],
)
def test_assemble_lead_repeat_takes_the_later_source(text: str, expected: str) -> None:
    claims = extract(_source(text))
    lead = next(c for c in claims if c.evidence.text.startswith("40 bodies of civilians"))
    assert lead.attributed_to.name == expected


INTERVIEW = (
    "Q and A with a historian\n\n"
    "When did the war start?\n\nIn 1990, in the north.\n\n"
    "Who fought?\n\nTwo armies.\n\n"
    "Is it true that 70 villages burned in the valley in 1991?\n\n"
    "Yes, 70 villages burned in the valley in 1991 and 300 people were killed.\n"
)


@pytest.mark.parametrize(
    ("probe", "expected"),
    [("Is it true that 70", "the interviewer"), ("Yes, 70", "Test Wire")],
)
def test_assemble_interview_question_is_the_interviewers(probe: str, expected: str) -> None:
    claims = extract(_source(INTERVIEW))
    c = next(c for c in claims if c.evidence.text.startswith(probe))
    assert c.attributed_to.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sub-group is a counted object of its claim, never a second total
        ("The strike killed 40 people, including 11 children.\n", [[("killed", 40, None), ("other", 11, "children")]]),
        ("Shelling wounded 30 people, among them 12 women.\n", [[("injured", 30, None), ("other", 12, "women")]]),
        ("At least 64 villagers including 17 children died.\n",
         [[("killed", 64, None), ("other", 17, "children killed")]]),
        # a sentence with only a sub-group makes no claim
        ("Of them, 5 were children.\n", []),
        # the part of an injured count does not keep the next sentence from continuing the claim
        ("A rocket struck the depot on 3 May 2021. 14 workers died. Also, 52 workers were injured, 19 of whom were hospitalized.\n",
         [[("killed", 14, None), ("injured", 52, None), ("other", 19, "of them injured")]]),
    ],
)
def test_assemble_subgroups_are_counted_objects(text: str, expected: list[list[tuple[str, int, str | None]]]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.figures]
    assert [[(f.kind, f.value, f.what) for f in c.figures] for c in claims] == expected
    for c in claims:
        assert all(f.kind != "other" or "+subgroup" in f.rule for f in c.figures)


@pytest.mark.parametrize("country, towns", [
    ("Ukraine", ["Kharkiv", "Sumy", "Poltava", "Odesa", "Lviv", "Dnipro", "Kherson", "Mykolaiv", "Chernihiv",
                 "Zhytomyr", "Vinnytsia", "Rivne", "Lutsk", "Kremenchuk"]),
    ("Syria", ["Aleppo", "Homs", "Hama", "Idlib", "Latakia", "Tartus", "Raqqa", "Daraa", "Douma", "Palmyra",
               "Qamishli", "Manbij", "Jableh", "Salamiyah"]),
])
def test_assemble_long_survey_keeps_a_country_the_sentence_names(country: str, towns: list[str]) -> None:
    # a long text telling of many places: "forests in <country>" is placed in the country, not in the
    # place the document names most
    filler = "The answer went on about the history of the region and its people for a long while. " * 6
    text = "".join(f"Shells hit {t} on Monday. {filler}\n\n" for t in towns) + f"Shells hit {towns[0]} again.\n\n"
    text += f"About 600 hectares of forest in {country} were burned, she said.\n"
    assert len(text) > 4000
    claims = extract(_source(text))
    forest = next(c for c in claims if any(f.value == 600 for f in c.figures))
    assert forest.place.text == country


@pytest.mark.parametrize("country, towns", [
    ("Ukraine", ["Kharkiv", "Sumy", "Poltava", "Odesa", "Lviv", "Dnipro", "Kherson", "Mykolaiv", "Chernihiv",
                 "Zhytomyr", "Vinnytsia", "Rivne", "Lutsk", "Kremenchuk"]),
    ("Syria", ["Aleppo", "Homs", "Hama", "Idlib", "Latakia", "Tartus", "Raqqa", "Daraa", "Douma", "Palmyra",
               "Qamishli", "Manbij", "Jableh", "Salamiyah"]),
])
def test_assemble_a_country_place_carries_no_date_from_another_event(country: str, towns: list[str]) -> None:
    # another sentence naming the same country tells of another event: its date is not this claim's
    filler = "The answer went on about the history of the region and its people for a long while. " * 6
    text = "".join(f"Shells hit {t} on Monday. {filler}\n\n" for t in towns)
    text += f"On 3 May 2021, an attack in {country} killed 4 people.\n\n"
    text += f"About 600 hectares of forest in {country} were burned, she said.\n"
    claims = extract(_source(text))
    forest = next(c for c in claims if any(f.value == 600 for f in c.figures))
    assert forest.place.text == country
    assert forest.date.start is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight strikes hit Kharkiv (3 killed), Sumy (2 killed) and Poltava (1 killed), officials said.",
         [("Kharkiv", 3), ("Sumy", 2), ("Poltava", 1)]),
        ("Rockets were fired at Aleppo (40 km from the front) and the city of Homs (90 km away).",
         [("Aleppo", 40), ("Homs", 90)]),
        ("Shells hit the Odesa port terminals (150 km away) and the city of Mykolaiv (50 km away).",
         [("Odesa", 150), ("Mykolaiv", 50)]),
    ],
)
def test_assemble_a_list_of_places_each_with_its_count_in_brackets(text: str, expected: list[tuple[str, int]]) -> None:
    # "A (3 killed), B (2 killed)": each count is of the place its parenthesis follows
    claims = extract(_source(text))
    got = [(c.place.text, int(f.value)) for c in claims for f in c.figures]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a figure the sentence breaks down by place is of the wider area it names, not the document's town
        (("On 3 May 2022 a missile strike on Sumy killed 9 people.\n\n"
          "In Ukraine, 4,000 civilians have been killed, of whom 600 were in the Kharkiv region.\n"), "Ukraine"),
        # without the breakdown, a sentence naming only the country keeps the document's town
        (("On 3 May 2022 a missile strike on Sumy killed 9 people.\n\n"
          "In Ukraine, 4 more civilians have been killed.\n"), "Sumy"),
    ],
)
def test_assemble_figure_broken_down_by_place(text: str, place: str) -> None:
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert last.place.name == place


@pytest.mark.parametrize(
    ("text", "denials"),
    [
        # a headline denial above a body denial is the same statement: the body's is kept
        ("Army denies shelling the village\n\nThe army said on Monday it had not shelled the village of Dorin.\n",
         ["The army said on Monday"]),
        # a headline denial alone stays
        ("Army denies shelling the village\n\nResidents said shells fell at dawn.\n", ["Army denies shelling"]),
        # the same denier again repeats the denial
        ("The ministry denied that its jets struck the market in Dorin.\n\n"
         "Later the ministry again denied that its jets had struck the market.\n", ["The ministry denied"]),
        # ... unless it says it denies something more
        ("The ministry denied that its jets struck the market in Dorin.\n\n"
         "The ministry also rejects the claim that foreign pilots flew the jets.\n",
         ["The ministry denied", "The ministry also"]),
        # each party's denial is its own claim
        ("The ministry denied that its jets struck the market in Dorin.\n\n"
         "The rebels denied that they had fired at the market.\n", ["The ministry denied", "The rebels denied"]),
        # the length of the war a denial recalls is no claim of its own
        ("The army on Monday denied using cluster bombs in Dorin, as it has done throughout the four-year-long war.\n",
         ["The army on Monday"]),
    ],
)
def test_assemble_a_denial_repeated_in_a_document_is_one_claim(text: str, denials: list[str]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if denies_incident(c)]
    assert [c.evidence.text[:len(p)] for c, p in zip(claims, denials, strict=False)] == denials
    assert len(claims) == len(denials)


@pytest.mark.parametrize(
    ("text", "denials"),
    [
        # denying a force's involvement or presence in a war or region names no incident: no claim
        ("The two governments deny that Ruritanian troops are involved in the northern region.\n", 0),
        ("The government has denied the involvement of Ruritanian forces in the war, and called the reports lies.\n", 0),
        ("The army denied that its troops were deployed in the province, but rebels disagreed.\n", 0),
        # ... denying involvement in an incident is a denial claim
        ("A shell hit the market in Dorin on 3 May 2021. The army denied any involvement.\n", 1),
        ("The army denied any involvement in the attack on the hospital in Dorin.\n", 1),
        ("The army denied that its troops were deployed in Dorin when the market was shelled.\n", 1),
        ("The army denied that it shelled the market in Dorin.\n", 1),
    ],
)
def test_assemble_denied_presence_in_a_war_is_no_claim(text: str, denials: int) -> None:
    claims = [c for c in extract(_source(text, published=None)) if denies_incident(c)]
    assert len(claims) == denials


def test_assemble_a_war_length_beside_a_toll_stays() -> None:
    claims = extract(_source("The four-year-long war has killed 300 people.\n", published=None))
    assert [[(f.kind, f.value) for f in c.figures] for c in claims if c.figures] == [[("other", 4), ("killed", 300)]]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the date nearest the toll, not the date of an aside's crowd; "across" an area spreads the crowd, not the toll
        ("TARVIK - Bells rang across the Oslen Valley region yesterday as thousands of people gathered in Tarvik to "
         "mark 20 years since the flood that killed some 300 of the town's residents.\n", "2019-05-02",
         dt.date(1999, 5, 1)),
        ("Hundreds of people marched on Sunday in Lagos to recall the blast of 4 March 2015 that killed 12 traders "
         "in the market.\n", "2021-03-09", dt.date(2015, 3, 4)),
    ],
)
def test_assemble_date_and_area_of_the_toll(text: str, published: str, date: dt.date) -> None:
    claims = [c for c in extract(_source(text, published)) if any(f.kind == "killed" for f in c.figures)]
    assert claims
    assert claims[0].date.start == date
    assert not claims[0].place.rule.startswith("across:")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)\b(?:the|these|two|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:attacks|strikes|raids)\b",
        r"\b(?:The|These)\s+raids\b",  # case-sensitive: compiled as written
    ],
)
def test_assemble_rule_regex_as_written(pattern: str) -> None:
    from claimledger.extract.assemble import _rule_regex

    text = "Earlier, THE Two night-time Strikes hit; these raids and 3 drone attacks followed. The raids"
    rx, plain = _rule_regex(pattern), re.compile(pattern)
    spans = []
    for a in range(0, len(text), 4):
        for b in range(a, len(text) + 1, 7):
            got, want = rx.search(text, a, b), plain.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), (a, b)
            spans.append(want and want.span())
    assert any(spans)


@pytest.mark.parametrize(("text", "place"), [
    # the conflict the total counts is told just before, with its area: that area
    ("On 3 May, gunmen attacked a market in Gao, killing 40 people. In early 2012, rebels in the Kidal region "
     "and the government entered into conflict. Thousands are believed to have died over the course of "
     "the conflict.", "Kidal"),
    ("On 3 May, gunmen attacked a market in Gao, killing 40 people. Fighting broke out in the Kidal region in "
     "2012. Since then, thousands of people have been killed in the war.", "Kidal"),
    ("On 3 May, a missile hit a market in Kharkiv, killing 40 people. The war in Ukraine began in 2022. "
     "Since the invasion began, 10,000 civilians have been killed.", "Ukraine"),
    # no conflict told before the total: the country of the carried town, as before
    ("On 3 May, a missile hit a market in Kharkiv, killing 40 people. Since the invasion began, 10,000 "
     "civilians have been killed.", "Ukraine"),
    ("On 3 May, gunmen attacked a market in Gao, killing 40 people. The Kidal region is large. Thousands "
     "are believed to have died over the course of the conflict.", "Mali"),
])
def test_assemble_period_total_takes_the_area_of_the_conflict_told_before(text: str, place: str) -> None:
    claims = extract(_source(text, published="2021-05-05"))
    total = next(c for c in claims if c.evidence.text.startswith(("Thousands", "Since")))
    assert total.place.name == place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a pronoun nothing resolves is no name: the author reports the claim
        ("They said 12 people were killed in the shelling of Varna on Monday.", ["Test Wire"]),
        ("It reported that 5 soldiers died in a blast in Varna on Monday.", ["Test Wire"]),
        ("They denied that the army shelled Varna on Monday.", ["Test Wire"]),
        # a named speaker keeps its name
        ("The ministry said 4 people died in Varna on Monday.", ["The ministry"]),
    ],
)
def test_assemble_pronoun_is_never_a_name(text: str, names: list[str]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.type != "responsibility"]
    assert [c.attributed_to.name for c in claims] == names
    assert all(c.attributed_to.kind == "author" for c in claims if c.attributed_to.name == "Test Wire")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial in a relative clause: the speaker's account and the denial, one claim each
        ("The army has said the blast in Varna on Monday was caused by a rocket of the Northern Front, "
         "which denied blame.",
         [("The army", "asserts"), ("the Northern Front", "rejects")]),
        ("Police said the bombing in Varna was the work of the Delta group, a claim which the group denied.",
         [("Police", "asserts"), ("the group", "rejects")]),
        # the denier speaking itself: its denial only
        ("The Northern Front, which denied blame, said the blast in Varna on Monday was caused by an army rocket.",
         [("The Northern Front", "rejects")]),
        # a denial in the main clause: the denial only
        ("The Northern Front denied that it caused the blast in Varna on Monday.",
         [("The Northern Front", "rejects")]),
        # a denial in an opening concessive clause: the main clause's speaker asserts what it says
        ("While the Northern Front denies the charge, the commission said in a statement that the rebels shelled "
         "the market in Varna.",
         [("the commission", "asserts"), ("the Northern Front", "rejects")]),
        ("Although the army has denied it, witnesses told reporters that soldiers massacred the villagers of Varna.",
         [("witnesses", "asserts"), ("the army", "rejects")]),
        # the denier speaking on in the main clause ("it said"): the denial only
        ("While the army continues to deny the attack, it said that the market in Varna had been shelled by rebels.",
         [("the army", "rejects")]),
    ],
)
def test_assemble_speaker_beside_a_relative_denial(text: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in extract(_source(text, published=None)) if c.type not in ("responsibility", "characterization")]
    assert sorted((c.attributed_to.name, c.stance) for c in claims) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # a list item continuing a statement: the speaker of the statement denies
        ("The Defence Ministry said that the reports were false.\n\n  • On 3 May, our units did not fire at Varna.\n",
         "The Defence Ministry"),
        # a denial of its own: its subject
        ("The army did not fire at Varna on Monday.", "The army"),
    ],
)
def test_assemble_denial_in_a_statement_is_the_speakers(text: str, denier: str) -> None:
    claims = [c for c in extract(_source(text, published=None)) if denies_incident(c)]
    assert [c.attributed_to.name for c in claims] == [denier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure over a list of a country's regions is the country's: the country the text names ...
        ("Floods hit 6 provinces of Afghanistan - Badakhshan, Takhar, Baghlan, Samangan, Balkh and Faryab - "
         "leaving 40 people dead.\n", ("Afghanistan", "AF", "listed_regions:place.gazetteer+cue_region")),
        # ... or, when it names none, the country of the regions, rather than a place carried from before
        ("A bomb killed 4 people in Maiduguri on Monday. Attacks were reported in 5 states - Borno, Yobe, "
         "Adamawa, Gombe and Bauchi - killing 31 people.\n", ("Nigeria", "NG", "listed_regions:country")),
        # a list of towns keeps its first town
        ("Protests in Lahore, Karachi, Peshawar, Quetta and Multan left 12 people injured.\n",
         ("Lahore", "PK", "place.gazetteer+prep")),
    ],
)
def test_assemble_figure_over_a_list_of_regions_is_the_countrys(text: str, expected: tuple[str, str, str]) -> None:
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.name, last.place.country, last.place.rule) == expected


def test_assemble_area_phrase_takes_the_documents_country() -> None:
    text = ("Shelling hit Kharkiv on 3 May 2022, killing 6. Kharkiv and Izium were hit again on 5 May.\n"
            "Officials say 70 schools in the occupied territories have been closed.\n")
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.text, last.place.country, last.place.rule) == (
        "occupied territories", "UA", "place.area_phrase+document_country")


def test_assemble_one_event_record_over_a_list_of_regions_takes_its_first_town() -> None:
    # the claim counts the country; a one-event record (an ACLED-style note) codes one place: its lead's first
    # listed name (read as the province the plural place word after the list makes it)
    text = "On 4 June 2021, 5 militants were killed during army operations in Kandahar, Helmand, Zabul and Uruzgan provinces."
    claim = [c for c in extract(_source(text, published=None)) if c.figures][0]
    event = extract_event(_source(text, published=None))
    assert (claim.place.name, claim.place.rule) == ("Afghanistan", "listed_regions:country")
    assert event is not None and (event.place.text, event.place.rule) == ("Kandahar", "event:lead:place.gazetteer+cue_region")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count in an area of a country named by who holds it is spread over the country, as "across X" is
        ("Officials say 70 schools were destroyed in the occupied territories of Ukraine.", ("Ukraine", "across")),
        ("Aid groups say 70 clinics closed in the rebel-held areas of Ukraine this year.", ("Ukraine", "across")),
        # the country alone stands for the document's town
        ("Officials say 70 schools were destroyed in Ukraine.", ("Kharkiv", "document")),
    ],
)
def test_assemble_count_in_an_area_of_a_country(sentence: str, expected: tuple[str, str]) -> None:
    text = "Shelling hit Kharkiv on 3 May 2022, killing 6. Kharkiv was hit again on 5 May.\n" + sentence + "\n"
    last = [c for c in extract(_source(text, published=None)) if c.figures][-1]
    assert (last.place.name, last.place.rule.split(":")[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline names where the report was filed, not another incident's town: the lead's date
        # still dates a claim at a town the lead does not name
        ("NAIROBI (Test Wire) - Gunmen attacked a police post early on 3 May 2021, officials said.\n\n"
         "The gunmen said they killed 12 officers at the post near the village of Fenwa.\n", dt.date(2021, 5, 3)),
        # an unknown area named as a region ("Upper Ladera region") may hold the claim's town
        ("Gunmen attacked a police post in Upper Ladera region on 3 May 2021, officials said.\n\n"
         "The gunmen said they killed 12 officers at the post near the village of Fenwa.\n", dt.date(2021, 5, 3)),
        # ... while a date told of another named town still stays with that town
        ("Gunmen attacked a police post in the village of Morro on 3 May 2021, officials said.\n\n"
         "The gunmen said they killed 12 officers at the post near the village of Fenwa.\n", None),
    ],
)
def test_assemble_dateline_and_region_are_not_elsewhere(text: str, expected: dt.date | None) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" for f in c.figures)]
    assert claims
    assert claims[0].date.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what became of part of a count of another kind is a count of its own kind
        ("At least 20 traders were kidnapped from the road, and five of them are still missing.\n",
         [("captured", 20), ("missing", 5)]),
        ("Ten soldiers were wounded in the ambush; two of them later died.\n", [("injured", 10), ("killed", 2)]),
        # a part of the same kind stays a breakdown (kind other)
        ("Gunmen killed 12 people, including four children.\n", [("killed", 12), ("other", 4)]),
        ("Gunmen abducted 30 villagers, among them 6 children.\n", [("captured", 30), ("other", 6)]),
    ],
)
def test_assemble_outcome_of_part_is_its_own_count(text: str, expected: list[tuple[str, int]]) -> None:
    claims = [c for c in extract(_source(text)) if c.figures]
    assert [(f.kind, f.value) for c in claims for f in c.figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before tells of the incident ("came under fire") and dates it: its date is carried,
        # not the date of the next paragraph's other incident
        ("On 3 May, a patrol came under fire north of the ridge. Three guards were killed in the exchange.\n\n"
         "A mine exploded near the ford on 2 May, killing a herder.", dt.date(2021, 5, 3)),
        ("At dawn on 3 May, a convoy came under heavy gunfire at the pass. Four drivers were wounded.", dt.date(2021, 5, 3)),
    ],
)
def test_assemble_date_carried_from_a_came_under_fire_sentence(text: str, expected: dt.date) -> None:
    claims = [c for c in extract(_source(text, "2021-05-06")) if c.figures]
    assert claims[0].date.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead's day above a list of incidents dates the list's undated items
        ("Voting took place yesterday across the province, according to our observers.\n\n"
         "Karsi: Gunmen fired at a polling station, injuring two voters.\n\n"
         "Dolin: A crowd burned a ballot box; police said 3 people were arrested.\n", dt.date(2021, 3, 4)),
        ("The curfew was lifted on 2 March 2021 in all districts of the region, the governor announced.\n\n"
         "- In Velm, soldiers shot dead two young men at a checkpoint.\n"
         "- In Orsk, a grenade thrown into a cafe injured five people.\n", dt.date(2021, 3, 2)),
        # no list below the lead: the lead tells of something else
        ("Voting took place yesterday across the province, according to our observers.\n\n"
         "Gunmen fired at a polling station in Karsi, injuring two voters.\n", None),
    ],
)
def test_assemble_lead_day_dates_the_list_below_it(text: str, expected: dt.date | None) -> None:
    claims = [c for c in extract(_source(text)) if any(f.kind in ("killed", "injured") for f in c.figures)]
    assert claims
    assert all(c.date.start == expected for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time of death a report gives dates the dead counted in a grave told of elsewhere
        ("EXHUMATION REPORT\nSite: a quarry near Velm\n\n"
         "A total of 22 bodies were recovered from two pits at the site.\n\n"
         "The condition of the remains indicates that death occurred between the summer of 1998 and March 1999.\n",
         dt.date(1998, 6, 1)),
        # a date of another kind told elsewhere does not date them
        ("EXHUMATION REPORT\nSite: a quarry near Velm\n\n"
         "A total of 22 bodies were recovered from two pits at the site.\n\n"
         "Investigators visited the quarry on 4 March 1999 after a shelling nearby.\n",
         None),
    ],
)
def test_assemble_time_of_death_dates_a_grave_count(text: str, expected: dt.date | None) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" or f.what for f in c.figures)]
    assert claims
    assert claims[0].date.start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Orvu village" and a later bare "Orvu" are one place: the later count takes the day told for it
        ("On 3 May 2019, gunmen raided Orvu village in the hills, killing four men.\n\n"
         "On 5 May 2019, a roadside bomb hit a bus near Tala, killing one passenger.\n\n"
         "The minister rejected reports that 11 people were killed in Orvu.\n", dt.date(2019, 5, 3)),
        ("On 3 May 2019, gunmen raided Orvu in the hills, killing four men.\n\n"
         "On 5 May 2019, a roadside bomb hit a bus near Tala, killing one passenger.\n\n"
         "The minister rejected reports that 11 people were killed in Orvu village.\n", dt.date(2019, 5, 3)),
    ],
)
def test_assemble_place_with_a_settlement_word_keeps_its_date(text: str, expected: dt.date) -> None:
    claims = [c for c in extract(_source(text, published=None)) if any(f.kind == "killed" and f.low == 11 for f in c.figures)]
    assert claims
    assert all(c.date.start == expected for c in claims)
