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
