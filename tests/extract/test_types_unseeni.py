"""Incident types of the claims kinds that a round of new document styles typed wrong: a party's denial
(type ``denial``, stance ``rejects``) records the type of the incident it denies in ``denied_type``."""

from __future__ import annotations

import pytest

from claimledger.models import Attribution, ClaimIn, Span, denies_incident

from .type_helpers import event_claims, type_of


def _denials(text: str) -> list[tuple[str, str, str]]:
    denials = [c for c in event_claims(text) if denies_incident(c)]
    assert all(c.type == "denial" for c in denials)
    return [(c.denied_type or "", c.stance, c.attributed_to.name) for c in denials]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the denial names the act it denies: that act's type, whichever side speaks
        ("Artillery shells hit the market in Velo on 3 May, killing 6 people. The northern command denied "
         "shelling the market.", ("shelling", "rejects", "The northern command")),
        ("Artillery shells hit the market in Velo on 3 May, killing 6 people. The southern militia denied "
         "shelling the market.", ("shelling", "rejects", "The southern militia")),
        ("An air strike on a clinic in Doma on 9 March killed 11 patients. The defence ministry denied that its "
         "jets had bombed the clinic.", ("air_strike", "rejects", "The defence ministry")),
        # no act named in the denial: the incident its text tells of
        ("Gunmen killed 14 villagers in Karsi on 2 April. The rebel movement rejected the accusation.",
         ("attack_on_civilians", "rejects", "The rebel movement")),
        ("A car bomb exploded outside the court in Tamin on 5 June, killing 8. A spokesman for the front denied any "
         "involvement.", ("explosion", "rejects", "A spokesman for the front")),
    ],
)
def test_types_denial_records_the_denied_incident_type(text: str, expected: tuple[str, str, str]) -> None:
    assert _denials(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Missiles struck a depot in Orlan on 1 May, killing 3 workers. The ministry denied firing any missiles.",
        "Troops raided Sela on 4 July and killed 20 civilians, residents said. The army denied killing civilians.",
    ],
)
def test_types_denial_is_no_asserted_claim(text: str) -> None:
    # the denial keeps its own stance, apart from the figure claim of the same incident
    claims = event_claims(text)
    assert [c.stance for c in claims if c.figures] == ["asserts"]
    assert [c.stance for c in claims if denies_incident(c)] == ["rejects"]
    assert [c.type for c in claims if c.stance == "rejects"] == ["denial"]
    assert all(c.denied_type is None for c in claims if c.stance == "asserts")


@pytest.mark.parametrize(
    ("type_", "stance", "denial"),
    [
        ("denial", "rejects", True),  # an extracted denial
        ("shelling", "rejects", True),  # a hand-made claim that rejects an incident
        ("shelling", "asserts", False),
        ("characterization", "rejects", False),  # a rejected label denies no incident
        ("responsibility", "rejects", False),  # compare.is_denial counts it; the incident stands
    ],
)
def test_types_denies_incident_reads_the_stance(type_: str, stance: str, denial: bool) -> None:
    claim = ClaimIn(type=type_, stance=stance, attributed_to=Attribution(name="X", kind="cited"),
                    evidence=Span(start=0, end=1, text="x"))
    assert denies_incident(claim) is denial


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # people taken away, the count and its hedge between the verb and the people
        ("Raiders attacked Lumo on 2 May. They looted shops and took away at least six young men, elders said.",
         "took away", "abduction"),
        ("Militiamen entered Pera on 8 June and carried away nearly twenty teenage girls, a priest said.",
         "carried away", "abduction"),
        # buildings burned, however they are counted
        ("Fighters burned eleven (11) houses in Sarto on 4 April, villagers said.", "eleven (11) houses", "destruction"),
        ("Assailants burned at least 14 schools in Rivo district on 2 March, officials said.", "14 schools", "destruction"),
    ],
)
def test_types_event_words_with_counts_between(text: str, needle: str, expected: str) -> None:
    assert type_of(text, needle) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial of burning buildings denies a destruction, whoever speaks (the clashes are told apart)
        ("Clashes broke out in Teva on 3 May.\n\nThe rebel command denied burning any schools.", "destruction"),
        ("Clashes broke out in Teva on 3 May.\n\nThe army denied burning the villages.", "destruction"),
    ],
)
def test_types_denial_of_burning(text: str, expected: str) -> None:
    assert [t for t, _, _ in _denials(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        # a count of people held: the arrest or abduction, not the killing they are held for
        ("Gunmen killed 9 villagers in Ombe on 2 May. Police said three men had been arrested on Friday in "
         "connection with the killings.", "three men had been arrested", "detention"),
        ("Militiamen massacred 30 people in Keto on 5 May. Troops detained 12 militiamen in connection with the "
         "massacre, the governor said.", "detained 12", "detention"),
        ("A rights group has records of 85 people who disappeared after being arrested by the militia in 2003.",
         "85 people", "detention"),
        # people killed are still the killing's
        ("Gunmen killed 9 villagers in Ombe on 2 May and abducted 4 others, police said.", "killed 9", "attack_on_civilians"),
        # a weapon's strike on a place of custody: its count is of the people it hit
        ("A missile struck the detention centre in Varo on 8 May, where 150 prisoners were held.", "150 prisoners",
         "missile_strike"),
    ],
)
def test_types_count_of_people_held(text: str, needle: str, expected: str) -> None:
    assert type_of(text, needle) == expected
