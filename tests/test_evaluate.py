"""Evaluation API: gold matching rule, field scores, per-affiliation recall, external records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimledger.evaluate import (
    attribution_agree,
    evaluate_external,
    evaluate_gold,
    haversine_km,
    load_place_aliases,
    locate,
    place_agree,
)
from claimledger.models import (
    Attribution,
    ClaimIn,
    ClaimOut,
    DateValue,
    Figure,
    PlaceValue,
    SourceText,
    Span,
)

TEXT_A = "Strike on Alpha kills 10.\nOfficials in Alpha said 12 died on 5 May 2021."
TEXT_B = "Beta was shelled. Nobody was hurt."
DOCS = {"a": {"text": TEXT_A, "affiliation": "wire"}, "b": {"text": TEXT_B, "affiliation": "ngo"}}


def _claim(doc: str, evidence: str, *, killed: tuple[int, str] | None = None, place: str | None = "Alpha",
           date: dt.date | None = None, attr: str = "Officials", incident: str | None = None) -> ClaimOut:
    text = DOCS[doc]["text"]
    start = text.index(evidence)
    figures = []
    if killed:
        figures.append(Figure(kind="killed", value=killed[0], qualifier=killed[1], low=killed[0], high=None,
                              start=start, end=start + 1))
    return ClaimOut(
        claim_id=f"{doc}{start}", doc_id=doc, doc=doc, incident_id=incident, type="missile_strike",
        date=DateValue(start=date, end=date, precision="day" if date else None),
        place=PlaceValue(text=place, name=place), figures=figures,
        attributed_to=Attribution(name=attr, kind="cited"),
        evidence=Span(start=start, end=start + len(evidence), text=evidence),
    )


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    rows = [
        {"doc": "a", "incident": "alpha", "type": "missile_strike", "place": "Alpha", "country": None, "date": None,
         "killed": {"value": 10, "qualifier": "exact"}, "injured": None, "captured": None, "missing": None,
         "attributed_to": "the author", "evidence": "Strike on Alpha kills 10."},
        {"doc": "a", "incident": "alpha", "type": "missile_strike", "place": "Alpha", "country": None,
         "date": "2021-05-05", "killed": {"value": 12, "qualifier": "exact"}, "injured": None, "captured": None,
         "missing": None, "attributed_to": "Alpha officials", "evidence": "Officials in Alpha said 12 died on 5 May 2021."},
        {"doc": "b", "incident": "beta", "type": "shelling", "place": "Beta", "country": None, "date": None,
         "killed": None, "injured": None, "captured": None, "missing": None,
         "attributed_to": "the author", "evidence": "Beta was shelled."},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluate_gold_perfect_prediction(gold_path: Path) -> None:
    claims = [
        _claim("a", "Strike on Alpha kills 10.", killed=(10, "exact"), attr="the author", incident="i1"),
        _claim("a", "Officials in Alpha said 12 died on 5 May 2021.", killed=(12, "exact"),
               date=dt.date(2021, 5, 5), incident="i1"),
        _claim("b", "Beta was shelled.", place="Beta", attr="the author", incident="i2"),
    ]
    claims[2].type = "shelling"
    report = evaluate_gold(gold_path, claims, DOCS)
    assert report.fields["claims"].f1 == 1.0
    assert report.fields["killed.strict"].f1 == 1.0
    assert report.fields["type"].f1 == 1.0
    assert report.fields["linking.pairwise"].f1 == 1.0
    assert {k: v.recall for k, v in report.recall_by_affiliation.items()} == {"ngo": 1.0, "wire": 1.0}
    assert report.table().row_count > 5
    assert json.loads(json.dumps(report.model_dump()))["n_gold"] == 3


def test_evaluate_gold_date_place_and_qualifier_rules(gold_path: Path) -> None:
    claims = [
        # a date where the gold has none: no match
        _claim("a", "Strike on Alpha kills 10.", killed=(10, "exact"), date=dt.date(2021, 5, 5)),
        # right place and date, wrong qualifier: matched, value right, strict wrong
        _claim("a", "Officials in Alpha said 12 died on 5 May 2021.", killed=(12, "at_least"), date=dt.date(2021, 5, 5)),
        # wrong place: no match
        _claim("b", "Beta was shelled.", place="Gamma"),
    ]
    report = evaluate_gold(gold_path, claims, DOCS)
    assert (report.fields["claims"].tp, report.fields["claims"].pred, report.fields["claims"].gold) == (1, 3, 3)
    assert report.fields["killed.value"].tp == 1
    assert report.fields["killed.strict"].tp == 0
    assert report.recall_by_affiliation["ngo"].recall == 0.0


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ("Berde", ["Berde town"], True),
        ("El Geneina (Ardamata)", ["El Geneina"], True),
        ("Gəncə", ["Gence"], True),
        ("Kyiv", ["Lviv"], False),
        (None, [None], True),
        ("Kyiv", [None, None], False),
    ],
)
def test_evaluate_place_agree(gold: str | None, pred: list[str | None], agree: bool) -> None:
    assert place_agree(gold, pred) is agree


@pytest.fixture
def alias_file(tmp_path: Path) -> Path:
    path = tmp_path / "place_aliases.json"
    path.write_text(json.dumps({"_comment": "canonical -> variants", "Dor Velka": ["Dorvelka", "Dor-Velka"],
                                "Ketsiv": ["Kétsivo"]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ("Dor Velka", ["Dorvelka"], True),  # a variant the gold set lists
        ("Dorvelka", ["Dor Velka"], True),
        ("Ketsiv", ["Ketsivo"], True),  # after accents are folded
        ("Ketsiv town", ["Ketsivo"], True),  # a token of the gold name is a variant's canonical form
        ("Dor Velka", ["Ketsivo"], False),
        ("Dor Velka", ["Velkadorf"], False),
    ],
)
def test_evaluate_place_agree_through_the_gold_sets_aliases(gold: str, pred: list[str], agree: bool,
                                                            alias_file: Path) -> None:
    assert place_agree(gold, pred, load_place_aliases(alias_file)) is agree
    if gold.startswith("Dor") and pred == ["Dorvelka"] or pred == ["Dor Velka"]:
        assert place_agree(gold, pred) is False  # without the table the spellings differ


def test_evaluate_gold_matches_a_place_spelt_as_an_alias(tmp_path: Path, alias_file: Path) -> None:
    text = "Rebels burned Dorvelka on 5 May 2021."
    docs = {"a": {"text": text, "affiliation": "wire"}}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "a", "incident": "x", "type": "destruction", "place": "Dor Velka",
                                "country": None, "date": "2021-05-05", "killed": None, "injured": None,
                                "captured": None, "missing": None, "attributed_to": "the author",
                                "evidence": text}) + "\n", encoding="utf-8")
    claim = ClaimOut(claim_id="c", doc_id="a", doc="a", incident_id=None, type="destruction",
                     date=DateValue(start=dt.date(2021, 5, 5), end=dt.date(2021, 5, 5), precision="day"),
                     place=PlaceValue(text="Dorvelka", name="Dorvelka"), figures=[],
                     attributed_to=Attribution(name="the author", kind="author"),
                     evidence=Span(start=0, end=len(text), text=text))
    assert evaluate_gold(gold, [claim], docs).fields["claims"].tp == 0
    report = evaluate_gold(gold, [claim], docs, place_aliases=alias_file)
    assert report.fields["claims"].tp == 1 and report.fields["place"].tp == 1
    assert report.place_aliases == str(alias_file)


@pytest.mark.parametrize(
    ("gold", "pred", "agree"),
    [
        ("Oleh Varenko (Head of Zelenodar Regional Military Administration)", "Oleh Varenko", True),
        ("Russian Defence Ministry", "the Russian Defense Ministry", True),
        ("Amnesty International", "Human Rights Watch", False),
    ],
)
def test_evaluate_attribution_agree(gold: str, pred: str, agree: bool) -> None:
    assert attribution_agree(gold, pred) is agree


def test_evaluate_locate_collapses_whitespace() -> None:
    text = "One  two\nthree four"
    assert locate(text, "two three") == (5, 14)
    assert locate(text, "absent") is None


def test_evaluate_external_sums_list_parts(tmp_path: Path) -> None:
    row = {"id": "x:1", "text": "On 4 March 2020, 3 guards, 2 drivers, and 1 medic lost their lives in Alpha.",
           "gold": {"date": "2020-03-04", "location": None, "lat": None, "lon": None, "killed": 6, "injured": None,
                    "event_type": None, "sub_event_type": None}, "source_dataset": "x"}
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = evaluate_external(path)
    assert (report.fields["killed"].correct, report.fields["date"].correct) == (1, 1)


def test_evaluate_haversine() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.19, abs=0.1)


def test_evaluate_external_records(tmp_path: Path) -> None:
    rows = [
        {"id": "x:1", "text": "On 3 March 2020, gunmen killed 4 policemen in Alpha.",
         "gold": {"date": "2020-03-03", "location": "Alpha", "lat": 10.0, "lon": 10.0, "killed": 4, "injured": None,
                  "event_type": "Battles",
                  "sub_event_type": "Armed clash"}, "source_dataset": "x"},
        {"id": "x:2", "text": "On 4 March 2020, protesters gathered in Beta.",
         "gold": {"date": "2020-03-05", "location": "Beta", "lat": 0.0, "lon": 0.0, "killed": 0, "injured": None,
                  "event_type": None, "sub_event_type": None}, "source_dataset": "x"},
    ]
    path = tmp_path / "x.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def fake_extract(source: SourceText) -> ClaimIn:
        alpha = "Alpha" in source.text
        return ClaimIn(
            type="armed_clash",
            date=DateValue(start=dt.date(2020, 3, 3 if alpha else 4), end=dt.date(2020, 3, 3 if alpha else 4)),
            place=PlaceValue(text="Alpha" if alpha else "Far", lat=10.1 if alpha else 5.0, lon=10.0 if alpha else 5.0),
            figures=[Figure(kind="killed", value=4, qualifier="exact", low=4, high=4, start=0, end=1)] if alpha else [],
            attributed_to=Attribution(name="x", kind="author"), evidence=Span(start=0, end=1, text="O"),
            extra={"acled_event_type": "Battles", "acled_sub_event_type": "Armed clash"},
        )

    report = evaluate_external(path, fake_extract)
    acc = {k: (v.correct, v.total) for k, v in report.fields.items()}
    assert acc == {"date": (1, 2), "date.year_in_text": (1, 2), "location": (1, 2), "killed": (2, 2),
                   "event_type": (1, 1), "sub_event_type": (1, 1)}
    assert report.records == 2


@pytest.mark.parametrize(
    ("gold", "place", "expected"),
    [
        # a named location: its name or its coordinates
        ({"location": "Alpha", "admin1": "North", "lat": 10.0, "lon": 10.0}, PlaceValue(text="Alpha"), True),
        ({"location": "Alpha", "admin1": "North", "lat": 10.0, "lon": 10.0},
         PlaceValue(text="Gamma", admin1="North", lat=11.0, lon=11.0), False),
        # placed only within a province: the province's name counts
        ({"location": "Unknown", "admin1": "North", "lat": 10.0, "lon": 10.0},
         PlaceValue(text="Gamma", admin1="North", lat=11.0, lon=11.0), True),
        ({"location": "Unknown", "admin1": "North", "lat": 10.0, "lon": 10.0},
         PlaceValue(text="Gamma", admin1="South", lat=11.0, lon=11.0), False),
        # no name and no coordinates: no location is coded, nothing to score
        ({"location": "Unknown", "admin1": "North", "lat": None, "lon": None}, PlaceValue(text="Gamma"), None),
        ({"location": None, "admin1": None, "lat": None, "lon": None}, PlaceValue(text="Gamma"), None),
    ],
)
def test_evaluate_external_coded_location(gold: dict, place: PlaceValue, expected: bool | None) -> None:
    from claimledger.evaluate import _location_ok, coded_location

    located = coded_location(gold)
    if expected is None:
        assert located is None
        return
    claim = ClaimIn(type="attack", place=place, attributed_to=Attribution(name="x", kind="author"),
                    evidence=Span(start=0, end=1, text="O"))
    assert located is not None and _location_ok(located, claim) is expected


def test_evaluate_gold_pairs_equal_candidates_whatever_the_order_or_ids(tmp_path: Path) -> None:
    """Two predictions equally good for one gold claim: the same one is paired whatever their order in the
    list or their ids (ids hash the extractor's version; a new version must not move the scores)."""
    evidence = "Officials in Alpha said 12 died on 5 May 2021."
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({
        "doc": "a", "incident": "alpha", "type": "missile_strike", "place": "Alpha", "country": None,
        "date": "2021-05-05", "killed": {"value": 12, "qualifier": "exact"}, "injured": None, "captured": None,
        "missing": None, "other_figures": [{"value": 40}], "attributed_to": "Alpha officials",
        "evidence": evidence}) + "\n", encoding="utf-8")

    def pair() -> list[ClaimOut]:
        a = _claim("a", evidence, killed=(12, "exact"), date=dt.date(2021, 5, 5))
        b = _claim("a", evidence, killed=(12, "exact"), date=dt.date(2021, 5, 5))
        b.figures.append(Figure(kind="displaced", value=40, qualifier="exact", low=40, high=40,
                                start=a.evidence.start, end=a.evidence.start + 1))
        a.claim_id, b.claim_id = "x1", "x2"
        return [a, b]

    scores = set()
    for claims in (pair(), pair()[::-1]):
        for first_id in ("x1", "x2"):
            claims[0].claim_id, claims[1].claim_id = first_id, "x2" if first_id == "x1" else "x1"
            report = evaluate_gold(gold_path, claims, DOCS)
            scores.add(json.dumps(report.model_dump(), sort_keys=True, default=str))
    assert len(scores) == 1
