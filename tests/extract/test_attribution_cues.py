"""Attribution cues beyond the basic ones: prepositional phrases after the speaker, data nouns as subjects."""

import pytest

from claimledger.extract import attribution

from ._pl_helpers import make_doc


def _names(text):
    doc = make_doc(text, attribution.component)
    return [m.data["name"] for m in doc.spans["attributions"]]


@pytest.mark.parametrize(
    "text,name",
    [
        ("A Rights Group investigation into the same events detailed how troops killed 30 civilians.",
         "A Rights Group investigation"),
        ("Residents of the old village said 30 people died.", "Residents"),
        ("A spokesman for the ministry in the capital said 30 people died.", "A spokesman for the ministry"),
    ],
)
def test_attribution_speaker_before_a_trailing_prepositional_phrase(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text,names",
    [
        ("The army did not strike the station: the statements of the Northern nationalist regime are a provocation.", []),
        ("According to statements of the regional council, 30 died.", ["statements of the regional council", "the regional council"]),
    ],
)
def test_attribution_data_from_not_when_the_data_is_the_subject_of_a_copula(text, names):
    assert _names(text) == names
