import pytest

from claimledger.extract import actors
from claimledger.extract.actors import actors_for

from ._pl_helpers import make_doc


@pytest.mark.parametrize(
    "text,perpetrator,target",
    [
        ("Twelve civilians were killed by Russian forces on Monday.", "Russian forces", None),
        ("Tribal militiamen stormed a border post, killing six.", "Tribal militiamen", "a border post"),
        ("Government troops shelled the village overnight.", "Government troops", "the village"),
        ("The rebels fired rockets at the airport.", "The rebels", "the airport"),
        ("Freedonia's rocket attack on a cinema killed 11.", "Freedonia", "a cinema"),
        ("The attack on a checkpoint was carried out by unidentified gunmen.", "unidentified gunmen", "a checkpoint"),
    ],
)
def test_actors_perpetrator_and_target_as_stated(text, perpetrator, target):
    doc = make_doc(text, actors.component)
    perp, tgt = actors_for(doc, 0, len(text))
    assert (perp.data["text"] if perp else None) == perpetrator
    assert (tgt.data["text"] if tgt else None) == target
    for m in doc.spans["actors"]:
        assert text[m.start : m.end] == m.data["text"]


@pytest.mark.parametrize("text", ["Eighteen people killed, 36 missing.", "Scores killed, even more injured."])
def test_actors_headline_participles_name_no_perpetrator(text):
    doc = make_doc(text, actors.component)
    assert actors_for(doc, 0, len(text)) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a market on Friday. The strike by unknown aircraft hit a school.\n"
        "Northland's drone attack on a depot killed 4. Officials said nothing more.",
        "Heading without a stop\nThe militia shelled the port, the navy said. Rebels fired at a convoy.",
        "The army's raid on the camp ended. Troops burned houses; the attack by settlers on a farm followed.",
        "Envoys met in Port Aven. Northland's drone attack on a depot killed 4. No one's attack was seen.",
        "Talks ended at Mid Vale's\nSouthland's missile attack hit a bridge.",
    ],
)
def test_actors_in_sentence_on_demand_equals_the_whole_layer(text):
    whole = make_doc(text, actors.component)
    lazy = make_doc(text)  # no "actors" layer: found per sentence, on demand
    assert "actors" not in lazy.spans
    for seg in lazy.sentences:
        expected = sorted((m for m in whole.spans["actors"] if seg.start <= m.start and m.end <= seg.end),
                          key=lambda m: (m.start, m.end))
        assert actors.actors_in(lazy, seg.start, seg.end) == expected
        assert actors.actors_for(lazy, seg.start, seg.end) == actors.actors_for(whole, seg.start, seg.end)
    assert any(whole.spans["actors"])
