"""Linking: signals, conservative grouping, aggregates and nesting, person-made groups."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from claimledger.link import (
    date_signal,
    focused_documents,
    is_aggregate,
    link_claims,
    names_its_province,
    place_signal,
    same_admin,
    score_pair,
    type_signal,
)
from claimledger.models import ClaimOut, DateValue, PlaceValue
from tests.incident_builders import as_out, claim, fig


def _d(start: str, end: str | None = None, rule: str = "dmy") -> DateValue:
    import datetime as dt

    s = dt.date.fromisoformat(start)
    e = dt.date.fromisoformat(end or start)
    return DateValue(start=s, end=e, precision="day" if s == e else "range", rule=rule)


def _p(name: str | None = None, **kw: object) -> PlaceValue:
    return PlaceValue(text=name, name=name, **kw)  # type: ignore[arg-type]


def _groups(result) -> list[set[str]]:  # type: ignore[no-untyped-def]
    return [set(g.claim_ids) for g in result.groups]


@pytest.mark.parametrize(
    ("a", "b", "signal", "veto"),
    [
        (_p("Kramatorsk", geonameid=1, country="UA"), _p("Kramatorsk", geonameid=1, country="UA"), "same entry", None),
        (_p("Barda", country="AZ"), _p("barda", country="AZ"), "same name", None),
        (_p("Khan Sheikhun"), _p("Khan Sheikhoun"), "similar names", None),
        (_p("Ganja", country="AZ", precision="locality"), _p("Mingachevir", country="AZ", precision="locality"),
         None, "different places"),
        (_p("Ganja", country="AZ"), _p("Kharkiv", country="UA"), None, "different countries"),
        (_p("Azerbaijan", country="AZ", precision="country"), _p("Ganja", country="AZ", precision="locality"),
         "inside", None),
        (_p("Donetsk Oblast", country="UA", admin1="14", precision="region"),
         _p("Kramatorsk", country="UA", admin1="14", precision="locality"), "inside", None),
        (_p("Kyiv Oblast", country="UA", admin1="13", precision="region"),
         _p("Kramatorsk", country="UA", admin1="14", precision="locality"), None, "is not inside"),
        (_p("A", country="UA", lat=48.72, lon=37.55, precision="locality"),
         _p("B", country="UA", lat=48.74, lon=37.58, precision="locality"), "km apart (within", None),
        (_p("A", country="UA", lat=48.72, lon=37.55, precision="locality"),
         _p("B", country="UA", lat=49.59, lon=34.55, precision="locality"), None, "km apart (over"),
        (_p("Damascus suburbs"), _p("Damascus region"), "areas of damascus", None),
        # a region's own division name vs its towns' adjectival one
        (_p("Lorva", country="XX", admin1="Lorva", precision="region"),
         _p("Tenmark", country="XX", admin1="Lorvaska oblast", precision="locality"), "inside", None),
        (_p("Lorva", country="XX", admin1="Lorva", precision="region"),
         _p("Tenmark", country="XX", admin1="Dravska oblast", precision="locality"), None, "is not inside"),
        # a town named like its province (54 km apart): may be the province, neither link nor veto
        (_p("Velmora", country="XX", admin1="Velmora", lat=35.93, lon=36.63, precision="locality"),
         _p("Karsin", country="XX", admin1="Velmora Governorate", lat=35.44, lon=36.65, precision="locality"),
         "may name its province", None),
        (_p("Velmora", country="XX", admin1="Velmora", lat=35.93, lon=36.63, precision="locality"),
         _p("Karsin", country="XX", admin1="Ostrand", lat=35.44, lon=36.65, precision="locality"),
         None, "km apart (over"),
        (_p(None), _p("Ganja"), None, None),
    ],
)
def test_link_place_signal(a: PlaceValue, b: PlaceValue, signal: str | None, veto: str | None) -> None:
    sig, v = place_signal(a, b)
    if signal is None:
        assert sig is None
    else:
        assert sig is not None and signal in sig.value
    if veto is None:
        assert v is None
    else:
        assert v is not None and veto in v


@pytest.mark.parametrize(
    ("a", "b", "signal", "veto"),
    [
        (_d("2022-04-08"), _d("2022-04-08"), "same day", None),
        (_d("2022-04-08"), _d("2022-04-01", "2022-04-30"), "one inside the other", None),
        (_d("2022-04-05", "2022-04-10"), _d("2022-04-08", "2022-04-20"), "overlaps", None),
        (_d("2023-10-16"), _d("2023-10-17"), "1 day apart", None),
        (_d("2020-10-04"), _d("2020-10-11"), None, "disjoint"),
        (_d("2020-10-04", rule="document:dmy"), _d("2020-10-11"), "inferred from context", None),
        (_d("2020-10-04", rule="document:dmy"), _d("2020-10-11", rule="paragraph:dmy"), "inferred from context", None),
        (_d("2020-04-27", rule="document:md"), _d("2020-11-04", rule="document:md"), None, "both inferred"),
        (DateValue(), _d("2020-10-11"), None, None),
    ],
)
def test_link_date_signal(a: DateValue, b: DateValue, signal: str | None, veto: str | None) -> None:
    sig, v = date_signal(a, b)
    assert (sig is None) == (signal is None)
    if signal is not None:
        assert sig is not None and signal in sig.value
    assert (v is None) == (veto is None)
    if veto is not None:
        assert v is not None and veto in v


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Kyiv", "Kyivska oblast", True), ("Idlib", "Idlib Governorate", True), ("13", "13", True),
     ("13", "14", False), ("Kyiv", "Kyivska", True), ("Lviv", "Lvivska oblast", True),
     ("Mosul", "Mosulabadian", False), ("Ninawa", "Nineveh", False), (None, "Kyiv", False)],
)
def test_link_same_admin_names(a: str | None, b: str, same: bool) -> None:
    assert same_admin(a, b) is same
    assert same_admin(b, a) is same


@pytest.mark.parametrize(
    ("place", "expected"),
    [(_p("Velmora", admin1="Velmora", precision="locality"), True),
     (_p("Velmora", admin1="Velmora Governorate", precision="locality"), True),
     (_p("Karsin", admin1="Velmora", precision="locality"), False),
     (_p("Velmora", admin1="Velmora", precision="region"), False)],
)
def test_link_town_named_like_its_province(place: PlaceValue, expected: bool) -> None:
    assert names_its_province(place) is expected


@pytest.mark.parametrize(
    ("a", "b", "weight"),
    [("air_strike", "explosion", 1.0), ("massacre", "mass_grave", 1.0), ("air_strike", "massacre", 0.5),
     ("missile_strike", "displacement", -1.5), ("other", "displacement", None), ("denial", "air_strike", None),
     ("riot", "massacre", 0.5), ("riot", "missile_strike", -1.5)],
)
def test_link_type_signal_families(a: str, b: str, weight: float | None) -> None:
    sig, veto = type_signal(a, b)
    assert veto is None
    assert (sig.weight if sig else None) == weight


def test_link_pair_records_every_signal_and_score() -> None:
    a, b = as_out([
        claim("air_strike", place="Mariupol", country="UA", date="2022-03-16", perpetrator="Russian forces"),
        claim("explosion", place="Mariupol", country="UA", date="2022-03-16", perpetrator="Ukrainian nationalists"),
    ])
    p = score_pair(a, b)
    names = [s.name for s in p.signals]
    assert names == ["type", "place", "date", "perpetrator", "document"]
    assert p.score == 1.0 + 3.0 + 2.0 - 0.5 + 0.5
    assert p.positive


def test_link_same_incident_across_documents() -> None:
    a = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", figures=[fig("killed", 50)])], "d1")
    b = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", figures=[fig("killed", 57)],
                      body="Governor")], "d2")
    c = as_out([claim(place="Kharkiv", country="UA", date="2022-04-08", figures=[fig("killed", 3)])], "d3")
    result = link_claims(a + b + c)
    assert sorted(map(sorted, _groups(result))) == [[a[0].claim_id, b[0].claim_id], [c[0].claim_id]]
    group = next(g for g in result.groups if a[0].claim_id in g.claim_ids)
    link = group.links[a[0].claim_id]
    assert link.linked_to == b[0].claim_id and link.score >= 3
    assert {s["signal"] for s in link.signals} >= {"place", "date", "type"}


def test_link_no_place_no_date_never_merges() -> None:
    claims = as_out([claim(figures=[fig("killed", 5)]), claim(figures=[fig("killed", 5)], body="Other body")], "d1")
    claims += as_out([claim(figures=[fig("killed", 5)])], "d2")
    result = link_claims(claims)
    assert len(result.groups) == 3


def test_link_place_alone_is_not_enough() -> None:
    claims = as_out([claim("other", place="Ganja", country="AZ")], "d1") + \
        as_out([claim("other", place="Ganja", country="AZ")], "d2")
    assert len(link_claims(claims).groups) == 2


def test_link_repeat_mention_in_one_document_merges() -> None:
    claims = as_out([claim("other", figures=[fig("killed", 18)], body="Governor"),
                     claim("other", figures=[fig("killed", 18)], body="Governor")], "d1")
    assert len(link_claims(claims).groups) == 1


def test_link_disjoint_dates_split_strikes_on_one_town() -> None:
    claims = as_out([
        claim(place="Ganja", country="AZ", date="2020-10-04", figures=[fig("killed", 1)]),
        claim(place="Ganja", country="AZ", date="2020-10-11", figures=[fig("killed", 10)]),
        claim(place="Ganja", country="AZ", date="2020-10-17", figures=[fig("killed", 16)]),
    ], "d1")
    assert len(link_claims(claims).groups) == 3


def test_link_adjacent_days_in_one_document_are_two_incidents() -> None:
    claims = as_out([claim(place="Ganja", country="AZ", date="2020-10-04"),
                     claim(place="Ganja", country="AZ", date="2020-10-05")], "d1")
    assert len(link_claims(claims).groups) == 2
    across = as_out([claim(place="Gaza", country="PS", date="2023-10-16")], "d1") + \
        as_out([claim(place="Gaza", country="PS", date="2023-10-17")], "d2")
    assert len(link_claims(across).groups) == 1


def test_link_undated_claim_fitting_several_incidents_stays_apart() -> None:
    dated = as_out([
        claim(place="Ganja", country="AZ", date="2020-10-04", body="A"),
        claim(place="Ganja", country="AZ", date="2020-10-11", body="B"),
    ], "d1")
    loose = as_out([claim(place="Ganja", country="AZ", figures=[fig("killed", 92)], body="C")], "d2")
    result = link_claims(dated + loose)
    alone = next(g for g in result.groups if loose[0].claim_id in g.claim_ids)
    assert alone.claim_ids == [loose[0].claim_id]
    assert loose[0].claim_id in result.ambiguous
    assert "left apart" in alone.links[loose[0].claim_id].note


def test_link_undated_claim_joins_the_dominant_incident() -> None:
    dated = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", body=b) for b in "ABC"], "d1")
    other = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-20", body="D")], "d2")
    loose = as_out([claim(place="Kramatorsk", country="UA", body="E")], "d3")
    result = link_claims(dated + other + loose)
    big = next(g for g in result.groups if dated[0].claim_id in g.claim_ids)
    assert loose[0].claim_id in big.claim_ids


def test_link_aggregate_is_parent_of_its_parts() -> None:
    parts = as_out([
        claim(place="Ganja", country="AZ", date="2020-10-04", figures=[fig("killed", 1)]),
        claim(place="Ganja", country="AZ", date="2020-10-17", figures=[fig("killed", 16)]),
    ], "d1")
    total = as_out([claim(place="Ganja", country="AZ", date="2020-10-01/2020-10-31", figures=[fig("killed", 26)],
                          evidence="Five missile attacks on Ganja in October killed 26 civilians.")], "d2")
    assert is_aggregate(total[0])
    result = link_claims(parts + total)
    assert len(result.groups) == 3
    agg = next(n for n, g in enumerate(result.groups) if g.aggregate)
    children = [g for g in result.groups if g.parent == agg]
    assert sorted(c.claim_ids[0] for c in children) == sorted(p.claim_id for p in parts)


def test_link_period_claim_over_several_incidents_becomes_aggregate() -> None:
    parts = as_out([claim(place="Ganja", country="AZ", date="2020-10-04", body="A"),
                    claim(place="Ganja", country="AZ", date="2020-10-17", body="B")], "d1")
    period = as_out([claim(place="Ganja", country="AZ", date="2020-10-01/2020-10-31", body="C",
                           evidence="In October, 26 people died in Ganja.")], "d2")
    result = link_claims(parts + period)
    group = next(g for g in result.groups if period[0].claim_id in g.claim_ids)
    assert group.aggregate and group.claim_ids == [period[0].claim_id]
    assert sum(1 for g in result.groups if g.parent is not None) == 2


def test_link_pinned_groups_are_kept() -> None:
    a = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08")], "d1")
    b = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08")], "d2")
    c = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08")], "d3")
    result = link_claims(a + b + c, pins={a[0].claim_id: "split:x"})
    groups = sorted(map(sorted, _groups(result)))
    assert [a[0].claim_id] in groups
    assert sorted([b[0].claim_id, c[0].claim_id]) in groups
    pinned = next(g for g in result.groups if g.pinned)
    assert pinned.pinned == "split:x" and pinned.links[a[0].claim_id].note == "linked by a person"


def test_link_characterizations_attach_or_stay_unlinked() -> None:
    incident = as_out([claim(place="Bucha", country="UA", date="2022-04-02")], "d1")
    label = as_out([claim("characterization", place="Bucha", country="UA", date="2022-04-02")], "d2")
    stray = as_out([claim("characterization", place="Mosul", country="IQ")], "d3")
    result = link_claims(incident + label + stray)
    assert _groups(result) == [{incident[0].claim_id, label[0].claim_id}]
    assert list(result.unlinked) == [stray[0].claim_id]


@pytest.mark.parametrize(
    ("evidence", "aggregate"),
    [
        ("Five missile attacks on the city in October killed 26 civilians.", True),
        ("In the rocket attacks on the town, 26 civilians were killed.", True),
        ("At least 4,731 civilians have been killed since February 24, the UN said.", True),
        ("Others fell as martyrs in the 44-day war.", True),
        ("The strike hit the station, killing 50 people.", False),
        ("The shelling was the deadliest single assault on civilians in the Kordavian war.", False),
        ("He has served as head of the region since 2018 and said 193 were held.", False),
        ("Militiamen slaughtered more than 100 villagers in the war-torn province.", False),
        ("In total, the rescuers found 29 bodies at the mall.", False),
        ("From 1 May to midnight on 30 June the monitors verified 812 deaths in the province.", False),
        ("Since 1 May to midnight on 30 June the monitors verified 812 deaths in the province.", True),
        ("At least 900 people have died during the course of the invasion, the agency said.", True),
        ("Of these, 80% (640 killed) were recorded in rebel-held areas.", True),
        ("Investigators recorded the killing of 12 civilians in the village.", False),
        ("Twelve deaths were recorded in the village after the strike.", False),
        ("About 6.4% (58 killed and 241 injured) were recorded in the three northern districts.", True),
        ("Since March 3 the town has been shelled daily; 12 people died on Friday.", False),
        ("Since the war began, the army said, some 450 shells had fallen short inside the city.", True),
        ("The war began in March; the strike on the market killed 31.", False),
    ],
)
def test_link_aggregate_cues(evidence: str, aggregate: bool) -> None:
    (c,) = as_out([claim(evidence=evidence)])
    assert is_aggregate(c) is aggregate


def test_link_blocking_keeps_near_places_across_cell_borders() -> None:
    a = as_out([claim(place="North gate", country="UA", lat=48.2499, lon=37.2499, date="2022-04-08")], "d1")
    b = as_out([claim(place="South yard", country="UA", lat=48.2501, lon=37.2501, date="2022-04-08")], "d2")
    far = as_out([claim(place="Far town", country="UA", lat=49.9, lon=36.2, date="2022-04-08")], "d3")
    result = link_claims(a + b + far)
    assert sorted(map(sorted, _groups(result))) == [sorted([a[0].claim_id, b[0].claim_id]), [far[0].claim_id]]


def test_link_country_level_claim_meets_claims_of_its_country() -> None:
    town = as_out([claim(place="Ganja", country="AZ", precision="locality", admin1="23", date="2020-10-17",
                         body="A")], "d1")
    country = as_out([claim(place="Azerbaijan", country="AZ", precision="country", date="2020-10-17",
                            body="B")], "d2")
    result = link_claims(town + country)
    assert len(result.groups) == 1


def test_link_new_claim_may_join_a_pinned_group() -> None:
    a = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", body="A")], "d1")
    b = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", body="B")], "d2")
    new = as_out([claim(place="Kramatorsk", country="UA", date="2022-04-08", body="C")], "d3")
    other = as_out([claim(place="Mosul", country="IQ", date="2017-03-01", body="D")], "d4")
    pins = {a[0].claim_id: "i-person", b[0].claim_id: "i-person", other[0].claim_id: "split:x"}
    result = link_claims(a + b + new + other, pins=pins)
    pinned = next(g for g in result.groups if g.pinned == "i-person")
    assert sorted(pinned.claim_ids) == sorted([a[0].claim_id, b[0].claim_id, new[0].claim_id])
    assert pinned.links[new[0].claim_id].note == "joins an incident a person made"
    assert next(g for g in result.groups if g.pinned == "split:x").claim_ids == [other[0].claim_id]


def test_link_denial_dated_when_made_does_not_split() -> None:
    strike = as_out([claim("massacre", place="Tessaly", country="XX", date="2021-11-28", body="A")], "d1")
    denial = as_out([claim("denial", place="Tessaly", country="XX", date="2022-02-26", body="B")], "d1")
    p = score_pair(strike[0], denial[0])
    assert p.veto is None
    assert any(s.name == "date" and "when it was made" in s.value and s.weight == 0 for s in p.signals)


def test_link_repeat_joins_clusters_of_undated_claims() -> None:
    # d1 names the province in its headline and the town in its body; the town claims of d2
    # do not link to the headline on their own, but its repeat in d1 ties the two together
    town: dict[str, Any] = {"country": "XX", "admin1": "Velmora", "lat": 35.44, "lon": 36.65}
    prov: dict[str, Any] = {"country": "XX", "admin1": "Velmora", "lat": 35.93, "lon": 36.63}
    d1 = as_out([claim("chemical_attack", place="Velmora", figures=[fig("killed", 35)], body="Monitor", **prov),
                 claim("chemical_attack", place="Velmora", figures=[fig("killed", 9)], body="Activists", **prov),
                 claim("chemical_attack", place="Karsin", figures=[fig("killed", 35)], body="Monitor", **town)], "d1")
    d2 = as_out([claim("chemical_attack", place="Karsin", figures=[fig("killed", 72)], body="Medics", **town),
                 claim("chemical_attack", place="Karsin", figures=[fig("killed", 58)], body="Ministry", **town)], "d2")
    result = link_claims(d1 + d2)
    assert len(result.groups) == 1


def test_link_lone_undated_denial_joins_the_incident_of_its_document() -> None:
    d1 = as_out([claim("chemical_attack", place="Karsin", country="XX", figures=[fig("killed", 72)], body="Medics"),
                 claim("denial", place="Karsin", country="XX", body="Government")], "d1")
    d2 = as_out([claim("chemical_attack", place="Karsin", country="XX", figures=[fig("killed", 58)], body="Ministry")],
                "d2")
    result = link_claims(d1 + d2)
    assert len(result.groups) == 1


@pytest.mark.parametrize(
    ("rule_a", "rule_b", "type_weight"),
    [("type.massacre.words", "type.massacre.words", 1.0),
     ("document:type.drone.words", "type.drone.words", 0.0),
     ("document:type.drone.words", "document:type.drone.words", 0.0),
     ("paragraph:type.drone.words", "type.drone.words", 1.0)],
)
def test_link_type_carried_from_the_document_is_no_evidence_within_it(rule_a: str, rule_b: str,
                                                                       type_weight: float) -> None:
    a, b = as_out([claim("drone_strike", place="Lorva", country="XX", body="A"),
                   claim("drone_strike", place="Lorva", country="XX", body="B")], "d1")
    a = a.model_copy(update={"type_rule": rule_a})
    b = b.model_copy(update={"type_rule": rule_b})
    sig = next(s for s in score_pair(a, b).signals if s.name == "type")
    assert sig.weight == type_weight
    # across documents the carried type still counts
    c = as_out([claim("drone_strike", place="Lorva", country="XX", body="C")], "d2")[0]
    assert next(s for s in score_pair(a, c).signals if s.name == "type").weight == 1.0


def test_link_same_name_read_as_neighbouring_entries_of_two_countries() -> None:
    a = _p("Marrow", country="XX", lat=31.50, lon=34.46, precision="locality")
    b = _p("Marrow", country="YY", lat=31.40, lon=34.40, precision="district")
    far = _p("Marrow", country="YY", lat=34.43, lon=35.84, precision="locality")
    sig, veto = place_signal(a, b)
    assert veto is None and sig is not None and "km apart" in sig.value and sig.weight == 3.0
    sig, veto = place_signal(a, far)
    assert veto is None and sig is not None and "countries XX / YY" in sig.value and sig.weight == 1.5


def test_link_unknown_name_inside_the_region_its_report_names() -> None:
    region: dict[str, Any] = {"country": "XX", "admin1": "Tervo", "precision": "region"}
    unknown: dict[str, Any] = {"country": None, "precision": "unresolved"}
    report = as_out([claim("air_strike", place="Tervo", date="2019-05-02", figures=[fig("killed", 51)], body="Ministry",
                           **region),
                     claim("air_strike", place="Tervo", date="2019-05-02", figures=[fig("killed", 50)], body="Ministry",
                           **region),
                     claim("air_strike", place="Harrim", date="2019-05-02", figures=[fig("killed", 40)], body="Red Cross",
                           **unknown)], "d1")
    result = link_claims(report)
    assert len(result.groups) == 1
    # in a document that is not about one place, or across documents, nothing links them
    other = as_out([claim("air_strike", place="Harrim", date="2019-05-02", figures=[fig("killed", 40)],
                          body="Red Cross", **unknown)], "d2")
    assert not any(s.name == "place" for s in score_pair(report[0], other[0]).signals)


def test_link_denials_of_one_report_join_the_incident_they_deny() -> None:
    d1 = as_out([claim("missile_strike", place="Harlow", country="XX", figures=[fig("killed", 40)], body="Ministry"),
                 claim("denial", place="Harlow", country="XX", body="Army"),
                 claim("denial", place="Harlow", country="XX", body="Government")], "d1")
    d2 = as_out([claim("missile_strike", place="Harlow", country="XX", figures=[fig("killed", 53)], body="Officials")],
                "d2")
    result = link_claims(d1 + d2)
    assert len(result.groups) == 1
    # denials that fit two incidents equally stay apart
    d3 = as_out([claim("missile_strike", place="Harlow", country="XX", date="2021-03-01", body="A"),
                 claim("missile_strike", place="Harlow", country="XX", date="2021-06-01", body="B"),
                 claim("denial", place="Harlow", country="XX", body="Army"),
                 claim("denial", place="Harlow", country="XX", body="Government")], "d3")
    assert len(link_claims(d3).groups) == 3


@pytest.mark.parametrize(
    ("v1", "v2", "kind", "signal"),
    [(471, 471, "killed", True), (57, 57, "injured", True), (300, 300, "killed", False), (20, 20, "killed", False),
     (7, 7, "killed", False), (13, 13, "killed", False), (471, 470, "killed", False), (471, 471, "other", False)],
)
def test_link_same_distinctive_figure_across_sources(v1: int, v2: int, kind: str, signal: bool) -> None:
    a = as_out([claim(place="Sarn", country="XX", figures=[fig(kind, v1)], body="Ministry")], "d1")[0]
    b = as_out([claim(place="Sarn", country="XX", figures=[fig(kind, v2)], body="Officials")], "d2")[0]
    found = [s for s in score_pair(a, b).signals if s.name == "figure"]
    assert bool(found) is signal
    if signal:
        assert found[0].weight == 1.0 and f"{v1}" in found[0].value


def test_link_denial_in_its_own_report_joins_the_only_incident_at_its_place() -> None:
    incident = as_out([claim("massacre", place="Orlen", country="XX", figures=[fig("killed", 300)], body="Mayor"),
                       claim("massacre", place="Orlen", country="XX", figures=[fig("killed", 410)], body="Prosecutor")],
                      "d1")
    denials = as_out([claim("denial", place="Orlen", country="XX", body="Defence ministry"),
                      claim("denial", place="Orlen", country="XX", body="Defence ministry spokesman")], "d2")
    result = link_claims(incident + denials)
    assert len(result.groups) == 1
    link = result.groups[0].links[denials[0].claim_id]
    assert "a denial" in link.note and link.linked_to in {c.claim_id for c in incident}
    # a denial at a place with two incidents of equal weight stays apart
    two = as_out([claim("massacre", place="Orlen", country="XX", date="2021-03-01", body="A"),
                  claim("massacre", place="Orlen", country="XX", date="2021-09-01", body="B")], "d3")
    assert len(link_claims(two + denials).groups) == 3


def test_link_two_claims_joining_one_incident_together_must_not_veto_each_other() -> None:
    # both undated-at-their-precision claims fit the dated incident, but they were made months
    # apart (dates inferred from their documents): only the stronger one joins
    core = as_out([claim("massacre", place="Tolmar", country="XX", date="2023-04-24", body="A"),
                   claim("massacre", place="Tolmar", country="XX", date="2023-04-24", body="B")], "d1")
    april = as_out([claim("massacre", place="Tolmar", country="XX", date="2023-04-27", body="C")], "d2")
    november = as_out([claim("massacre", place="Tolmar", country="XX", date="2023-11-04", body="D")], "d3")
    april = [april[0].model_copy(update={"date": april[0].date.model_copy(update={"rule": "document:md"})})]
    november = [november[0].model_copy(update={"date": november[0].date.model_copy(update={"rule": "document:md"})})]
    assert score_pair(april[0], november[0]).veto is not None
    result = link_claims(core + april + november)
    together = [g for g in result.groups if april[0].claim_id in g.claim_ids and november[0].claim_id in g.claim_ids]
    assert not together


@pytest.mark.parametrize(
    ("type_a", "type_b", "second", "veto"),
    [("mass_grave", "mass_grave", "2023-05-07", False), ("mass_grave", "mass_grave", "2023-08-07", True),
     ("missile_strike", "missile_strike", "2023-05-07", True), ("mass_grave", "massacre", "2023-05-07", True)],
)
def test_link_burials_in_one_grave_spread_over_weeks(type_a: str, type_b: str, second: str, veto: bool) -> None:
    a = as_out([claim(type_a, place="Kerma", country="XX", date="2023-04-24", body="Teacher")], "d1")[0]
    b = as_out([claim(type_b, place="Kerma", country="XX", date=second, body="Surgeon")], "d2")[0]
    assert (score_pair(a, b).veto is not None) is veto


def test_link_national_totals_in_reports_on_one_town_meet_at_their_country() -> None:
    cue = "at least {n} civilians have been killed during the course of the invasion, the agency said."
    a = as_out([claim(place="Harrow", country="XX", figures=[fig("killed", 2345)], body="UN mission",
                      evidence=cue.format(n="2,345"))], "d1")
    b = as_out([claim(place="Velden", country="XX", figures=[fig("killed", 4731)], body="UN office",
                      evidence=cue.format(n="4,731"))], "d2")
    carried = [c.model_copy(update={"place": c.place.model_copy(update={"rule": "document:place.gazetteer"})})
               for c in a + b]
    result = link_claims(carried)
    assert len(result.groups) == 1 and result.groups[0].aggregate
    # stated in their own sentences, the towns are the totals' places: they stay apart
    assert len(link_claims(a + b).groups) == 2


def _carried(c: ClaimOut, precision: str = "locality") -> ClaimOut:
    """The claim as the extractor leaves a sentence naming neither place nor type: both carried
    from the document."""
    place = c.place.model_copy(update={"rule": "document:place.gazetteer", "precision": precision})
    return c.model_copy(update={"place": place, "type_rule": "document:type.missile.words"})


@pytest.mark.parametrize(
    ("stated", "carried", "precision", "focused"),
    [
        ([], ["Harlow", "Harlow", "Harlow"], "locality", True),  # every claim carries the one place
        ([], ["Harlow", "Harlow", "Brill"], "locality", True),
        ([], ["Harlow", "Brill", "Cotter", "Dunmore"], "locality", False),  # ranges over many places
        ([], ["Harlow", "Harlow"], "country", False),  # a country is no place to be about
        # places stated in the document's own sentences decide; carried ones do not outvote them
        (["Harlow", "Brill", "Cotter", "Dunmore"], ["Harlow"] * 6, "locality", False),
        (["Harlow"], ["Brill"] * 6, "locality", True),
    ],
)
def test_link_document_about_one_place_by_the_places_its_claims_carry(
        stated: list[str], carried: list[str], precision: str, focused: bool) -> None:
    own = as_out([claim(place=p, country="XX", body=f"S{n}") for n, p in enumerate(stated)], "d1", prefix="s")
    rest = [_carried(c, precision) for c in
            as_out([claim(place=p, country="XX", body=f"C{n}") for n, p in enumerate(carried)], "d1")]
    assert ("d1" in focused_documents(own + rest)) is focused


def test_link_report_naming_no_place_itself_does_not_split_its_incident() -> None:
    # two sources, each repeating its own figure; a third report whose sentences name neither
    # place nor type (both carried from its headline) gives one of each figure: one incident
    place: dict[str, Any] = {"place": "Harlow", "country": "XX", "geonameid": 7}
    d1 = as_out([claim(figures=[fig("killed", 53)], body="Ministry", **place),
                 claim(figures=[fig("killed", 53)], body="Ministry", **place)], "d1")
    d2 = as_out([claim(figures=[fig("injured", 73)], body="Officials", **place),
                 claim(figures=[fig("injured", 73)], body="Officials", **place)], "d2")
    d3 = [_carried(c) for c in as_out([claim(figures=[fig("killed", 53)], body="Army", **place),
                                       claim(figures=[fig("injured", 73)], body="Governor", **place)], "d3")]
    assert score_pair(d3[0], d3[1], focused_documents(d1 + d2 + d3)).positive
    result = link_claims(d1 + d2 + d3)
    assert _groups(result) == [{c.claim_id for c in d1 + d2 + d3}]
    # the same two claims at two places of their own are two incidents
    other = [c.model_copy(update={"place": c.place.model_copy(update={"name": "Brill", "text": "Brill",
                                                                     "geonameid": 8})}) for c in d2]
    apart = [d3[0], d3[1].model_copy(update={"place": other[0].place})]
    assert len(link_claims(d1 + other + apart).groups) == 2


@pytest.mark.parametrize(
    ("unknown_country", "inside"),
    [
        (None, True),  # a name the gazetteer does not know, beside a region of the same report
        ("XX", True),  # ... with the country it took from its document: the region's
        ("YY", False),  # ... in another country: not inside
    ],
)
def test_link_unknown_place_may_lie_inside_a_region_of_its_report(unknown_country: str | None, inside: bool) -> None:
    from claimledger.link import _unknown_inside

    unknown = _p("Zorvanka", country=unknown_country, precision="unresolved")
    region = _p("Northshire", geonameid=5, country="XX", admin1="03", precision="region")
    assert (_unknown_inside(unknown, region) is not None) is inside
    assert (_unknown_inside(region, unknown) is not None) is inside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the war began, 300 civilians were killed.", True),
        ("SINCE THE WAR BEGAN, 300 civilians were killed.", True),
        ("Five missile attacks on the town killed 26.", True),
        ("A shell hit the market on Monday, killing two.", False),
        # lower-casing "İ" changes the length: the case-insensitive pattern runs on the text itself
        ("İzmir: since the war began, 300 were killed.", True),
        ("İzmir: a shell hit the market.", False),
    ],
)
def test_link_states_total_case_insensitive(text: str, expected: bool) -> None:
    from claimledger.link import _aggregate_pattern, states_total

    assert states_total(text) is expected
    assert states_total(text) is (_aggregate_pattern().search(text) is not None)


@pytest.mark.parametrize(
    ("type_a", "type_b", "weight", "veto"),
    [
        # compatible families in one document: one author does not re-type one incident, no bonus
        ("shelling", "massacre", 0.0, False),
        # incompatible families in one document stay incompatible: two incidents, undated or not
        ("riot", "missile_strike", -1.5, True),
        ("protest", "air_strike", -1.5, True),
    ],
)
def test_link_types_in_one_document(type_a: str, type_b: str, weight: float, veto: bool) -> None:
    a, b = as_out([claim(type_a, place="Townsville", country="XA", geonameid=7),
                   claim(type_b, place="Townsville", country="XA", geonameid=7)], "d1")
    p = score_pair(a, b)
    assert [s.weight for s in p.signals if s.name == "type"] == [weight]
    assert (p.veto is not None) == veto


def test_link_undated_report_joins_incident_despite_a_background_event_of_another_type() -> None:
    """An undated report of one strike that also mentions an earlier riot at the same place: the
    riot must not ride into the report's cluster and then veto its merge with the dated sources."""
    dated = as_out([claim("air_strike", place="Townsville", country="XA", geonameid=7, date="2023-05-02",
                          figures=[fig("killed", 40)]),
                    claim("air_strike", place="Townsville", country="XA", geonameid=7, date="2023-05-02",
                          figures=[fig("killed", 40)])], "d1")
    undated = as_out([claim("missile_strike", place="Townsville", country="XA", geonameid=7,
                            figures=[fig("killed", 40)], body="Intelligence office"),
                      claim("missile_strike", place="Townsville", country="XA", geonameid=7,
                            figures=[fig("killed", 40)], body="Intelligence office"),
                      claim("riot", place="Townsville", country="XA", geonameid=7, body="Wire"),
                      claim("riot", place="Townsville", country="XA", geonameid=7, body="Wire")], "d2")
    groups = _groups(link_claims([*dated, *undated]))
    strike = {c.claim_id for c in dated} | {c.claim_id for c in undated if c.type == "missile_strike"}
    riots = {c.claim_id for c in undated if c.type == "riot"}
    assert any(strike <= g for g in groups)
    assert not any(g & strike and g & riots for g in groups)


def _txt(start: str, end: str | None, text: str, rule: str = "dm") -> DateValue:
    return _d(start, end, rule).model_copy(update={"text": text})


@pytest.mark.parametrize(
    ("a", "b", "veto"),
    [
        # a day and month without a year, its year taken from the next spring's publication date
        (_txt("2021-06-14", None, "14 June"), _d("2020-06-14"), False),
        (_txt("2021-06-12", "2021-06-15", "12-15 June"), _d("2020-06-14"), False),
        # the year stated: two incidents
        (_txt("2021-06-14", None, "14 June 2021", "dmy"), _d("2020-06-14"), True),
        # an anniversary many years on is another event
        (_txt("2021-06-14", None, "14 June"), _d("2001-06-14"), True),
        # a relative day names no month: its year is not a guess
        (_txt("2021-06-14", None, "yesterday", "relday"), _d("2020-06-14"), True),
        # other days: disjoint
        (_txt("2021-06-14", None, "14 June"), _d("2020-06-20"), True),
    ],
)
def test_link_date_signal_yearless_day_in_the_year_before(a: DateValue, b: DateValue, veto: bool) -> None:
    for x, y in ((a, b), (b, a)):
        sig, v = date_signal(x, y)
        assert (v is not None) == veto
        if not veto:
            assert sig is not None and sig.weight == 0.0


def _dated(c: ClaimOut, start: str, end: str, rule: str) -> ClaimOut:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return c.model_copy(update={"date": DateValue(start=a, end=b, precision="day" if a == b else "range", rule=rule)})


@pytest.mark.parametrize(
    ("start", "end", "rule", "aggregate"),
    [
        # a toll counted since a date weeks before the report: a running total
        ("2021-03-01", "2021-03-24", "since", True),
        ("2021-03-01", "2021-03-24", "paragraph:since", True),
        # "since Monday" two days before the report: one incident's toll
        ("2021-03-22", "2021-03-24", "since", False),
        # a written period is no running total by its date alone
        ("2021-03-01", "2021-03-24", "range_dd_m", False),
    ],
)
def test_link_running_period_is_aggregate(start: str, end: str, rule: str, aggregate: bool) -> None:
    c = as_out([claim(place="Ganja", country="AZ", figures=[fig("killed", 40)], body="A",
                      evidence="Officials said 40 civilians have died.")], "d1")[0]
    assert is_aggregate(_dated(c, start, end, rule)) is aggregate


def test_link_carried_date_joins_the_incident_of_its_day() -> None:
    big = as_out([claim(place="Ganja", country="AZ", date="2020-10-17", body=b) for b in "ABC"], "d1")
    small = as_out([claim(place="Ganja", country="AZ", date="2020-10-11", body="D")], "d2")
    carried = as_out([claim(place="Ganja", country="AZ", figures=[fig("killed", 9)], body="E")], "d3")
    carried = [_dated(carried[0], "2020-10-10", "2020-10-11", "document:range_dd_m")]
    result = link_claims(big + small + carried)
    group = next(g for g in result.groups if small[0].claim_id in g.claim_ids)
    assert carried[0].claim_id in group.claim_ids
    assert not any(carried[0].claim_id in g.claim_ids for g in result.groups if big[0].claim_id in g.claim_ids)
