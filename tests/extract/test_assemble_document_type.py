"""The document's incident type (assemble._document_type) and what a claim takes from it.

A claim whose own sentence names no specific event takes the document's type. That type is what the
document is about - the types its lead names, refined by a heavier telling of the same kind told later -
not its single heaviest event word: a grenade attack last month, an arrest after the fact or a
kidnapping told beside a toll do not type the whole text. Texts are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.extract.pipeline import extract
from claimledger.models import ClaimIn, SourceText

CLASH_WITH_BACKGROUND_GRENADE = (
    "Four soldiers die in gun battle with rebels in hill district\n\n"
    "NORTHTOWN, May 3 - Troops fought a long gun battle with rebels in the hills of the district on Tuesday, "
    "officials said.\n\n"
    "The clash began at dawn when a patrol came under fire near a forest camp, an army officer said.\n\n"
    "Officers said the exchange of fire went on for most of the day.\n\n"
    "The army said four soldiers died.\n\n"
    "Three people were wounded in a separate grenade attack in the town market last month, police added.\n"
)

ATTACK_THEN_AIRSTRIKE = (
    "Attack on a crowded market kills nine\n\n"
    "An attack on a crowded market in a northern town on Sunday left many people dead, residents said.\n\n"
    "Shops were shut across the town on Monday and the main road was closed.\n\n"
    "Local leaders called for calm and asked for help from the capital.\n\n"
    "Witnesses said the airstrike hit the market shortly after noon.\n\n"
    "Nine people died and 30 were hurt, the health office said.\n"
)

KILLINGS_BESIDE_KIDNAPPINGS = (
    "Gunmen attack villagers in farming district\n\n"
    "Gunmen attacked villagers in a farming district on Sunday and kidnapped 30 people, residents said.\n\n"
    "The gunmen arrived on motorcycles and went from house to house, a local leader said.\n\n"
    "Police said five people died.\n\n"
    "In a second village the gunmen killed seven people and abducted 15 others, a council member said.\n"
)

RAID_THEN_ARRESTS = (
    "Police raid on gang hideout leaves four dead\n\n"
    "Police raided a gang hideout in the port district on Friday, officials said.\n\n"
    "A police spokesman said officers killed four gang members during the raid and arrested two others.\n"
)

EQUIPMENT_NOT_SHELLING = (
    "Army says operation against insurgents succeeded\n\n"
    "The army carried out an operation against insurgents in the valley on Sunday, the ministry said.\n\n"
    "Soldiers killed 20 insurgents and destroyed two trucks mounted with heavy weapons, the ministry said.\n"
)

SEPARATE_INCIDENT = (
    "Roadside bomb kills six on highway\n\n"
    "A roadside bomb struck a minibus on the main highway on Monday, killing six passengers, police said.\n\n"
    "The explosion left a deep crater and damaged two other cars, witnesses said.\n\n"
    "Bomb disposal teams searched the road for more devices.\n\n"
    "Separately, two guards were killed in an attack on a border post in the east, officials said.\n"
)

INCIDENT_LIST = (
    "MONTHLY MONITORING NOTE\n"
    "Period: June 2024\n\n"
    "Incidents\n"
    "- Hill county, 4 June: a mob attacked a market stall. 3 injured.\n"
    "- River county, 9-10 June: clashes between two clan militias. Between 11 and 14 killed.\n"
)

SHOOTING_NO_TARGET_NAMED = (
    "Two men shot dead outside a shop\n\n"
    "Two men were shot dead outside a shop in the old town on Friday evening, police said.\n"
)

OUTPOST_SEIZED = (
    "Rebels say they took a border outpost\n\n"
    "Rebel fighters said they captured 12 government soldiers after seizing an outpost near the river crossing "
    "on Thursday.\n\n"
    "Aircraft bombed villages nearby the next day, residents said.\n"
)

AIRSTRIKE_THEN_ARRESTS_AND_DISPLACED = (
    "Warplanes strike market in hill town\n\n"
    "Warplanes struck the market in a hill town on Monday, killing 12 people, officials said.\n\n"
    "Police arrested 14 suspects near the old quarry on Tuesday, a spokesman said.\n\n"
    "About 6,000 people have been displaced in the district, an aid agency said.\n"
)

KIDNAPPING_THEN_COURT_ON_ATTACK = (
    "Gunmen kidnap 20 villagers in the hills\n\n"
    "Gunmen kidnapped 20 villagers in the hills on Sunday, residents said.\n\n"
    "The regional court last year convicted 4 men over the attack on the village of Lumo.\n"
)

AIRSTRIKE_THEN_PERIOD_TOTALS = (
    "Air strike hits fuel depot near river port\n\n"
    "Warplanes struck a fuel depot near the river port on Monday, killing 9 workers, officials said.\n\n"
    "The police have recorded 230 homicides in the province so far this year, a spokesman said.\n\n"
    "Since January, fighters have killed 41 soldiers in the province, according to the army.\n"
)

CLASHES_THEN_BOMB = (
    "Troops and rebels clash in border hills\n\n"
    "Troops fought rebels in the border hills on Monday, the army said.\n\n"
    "On Tuesday night, a bomb hidden in a parked cart exploded near a tea stall in the market town, "
    "wounding 6 people, police said.\n"
)

RAID_THEN_BOMB_ELSEWHERE = (
    "Police report two attacks in the district\n\n"
    "On 1 May, gunmen raided the village of Tarno. Five residents were killed and two others were wounded, "
    "police said.\n\n"
    "On 2 May, a police truck ran over a roadside bomb near Kessa. One officer died and three were injured.\n"
)

WAR_TOTAL_BESIDE_STRIKE = (
    "Missile hits apartment block in river city\n\n"
    "A missile hit an apartment block in the river city on Sunday, killing 14 people, officials said.\n\n"
    "Some 3,100 civilians have been killed since the war began, a monitoring group said.\n"
)

DIGEST_OF_TOWNS = (
    "Weekly security digest\n\n"
    "North: On 2 May, gunmen attacked a bus near Tarno. Health workers said four people were killed.\n\n"
    "South: Residents of Kessa fled after heavy shelling on 30 April. Officials said the shelling killed one woman.\n"
)

FLED_THE_FIGHTING = (
    "Army and rebels clash near hill town\n\n"
    "Army troops and rebels clashed near the hill town of Orra on Monday, officials said.\n\n"
    "About 5,000 people fled towards the provincial capital during the fighting, an aid group said.\n"
)

STRIKE_ON_SHELTER = (
    "Missile hits school shelter\n\n"
    "A missile struck a school on Monday where 400 people who had fled their homes were sheltering, officials said.\n"
)


def _source(text: str) -> SourceText:
    return SourceText(doc_id="t", text=text, published=dt.date(2024, 5, 3), publisher="Test Wire")


def _claim_with(claims: list[ClaimIn], kind: str, value: int) -> ClaimIn:
    return next(c for c in claims if any(f.kind == kind and f.value == value for f in c.figures))


@pytest.mark.parametrize(
    ("text", "kind", "value", "expected"),
    [
        # a grenade attack told after the lead, in background, does not make a clash story an explosion
        (CLASH_WITH_BACKGROUND_GRENADE, "killed", 4, "armed_clash"),
        # the lead's generic "attack" is refined by the weapon the text tells of later
        (ATTACK_THEN_AIRSTRIKE, "killed", 9, "air_strike"),
        # a toll does not take the kidnapping told beside it: the attack on the villagers
        (KILLINGS_BESIDE_KIDNAPPINGS, "killed", 5, "attack_on_civilians"),
        # and the kidnapped are still an abduction
        (KILLINGS_BESIDE_KIDNAPPINGS, "captured", 30, "abduction"),
        # a sentence that kills some and abducts others counts the killing
        (KILLINGS_BESIDE_KIDNAPPINGS, "killed", 7, "attack_on_civilians"),
        # people killed in a raid, with others arrested after it: the raid, not a detention
        (RAID_THEN_ARRESTS, "killed", 4, "armed_clash"),
        # heavy weapons a truck carries are equipment, not shelling
        (EQUIPMENT_NOT_SHELLING, "killed", 20, "armed_clash"),
        # a sentence that opens another incident keeps its own event, not the text's bombing
        (SEPARATE_INCIDENT, "killed", 2, "armed_clash"),
        # a toll with no event word takes its paragraph's clashes, not the text's other incident
        (INCIDENT_LIST, "killed", 11, "armed_clash"),
        # soldiers captured as an outpost is seized: the fight for it ('seizing', 'outpost'), not the bombing
        (OUTPOST_SEIZED, "captured", 12, "armed_clash"),
        # a killing whose words name no armed target is recorded as the taxonomy's attack on civilians
        (SHOOTING_NO_TARGET_NAMED, "killed", 2, "attack_on_civilians"),
        # an arrest or a displacement the sentence names itself is not the text's air strike
        (AIRSTRIKE_THEN_ARRESTS_AND_DISPLACED, "captured", 14, "detention"),
        (AIRSTRIKE_THEN_ARRESTS_AND_DISPLACED, "displaced", 6000, "displacement"),
        # a bare "attack" is refined only by a type that tells how it happened, not by a kidnapping
        (KIDNAPPING_THEN_COURT_ON_ATTACK, "other", 4, "attack_on_civilians"),
        # a total over a period counts incidents of every kind: only its own words type it
        (AIRSTRIKE_THEN_PERIOD_TOTALS, "killed", 230, "other"),
        (AIRSTRIKE_THEN_PERIOD_TOTALS, "killed", 41, "armed_clash"),
        (AIRSTRIKE_THEN_PERIOD_TOTALS, "killed", 9, "air_strike"),
        # a bomb that exploded is an explosion, not the clashes the text is about (no weapon refines it)
        (CLASHES_THEN_BOMB, "injured", 6, "explosion"),
        # the document's bomb is told of another day and town: the raid's toll is the raid's, the bomb's the bomb's
        (RAID_THEN_BOMB_ELSEWHERE, "killed", 5, "attack_on_civilians"),
        (RAID_THEN_BOMB_ELSEWHERE, "killed", 1, "explosion"),
        # a whole war's toll counts incidents of every kind: other, even beside a missile strike
        (WAR_TOTAL_BESIDE_STRIKE, "killed", 3100, "other"),
        (WAR_TOTAL_BESIDE_STRIKE, "killed", 14, "missile_strike"),
        # a sentence naming the document's type without a day or town is read with its paragraph's (Kessa,
        # 30 April): the shelling is another incident than the attack near Tarno on 2 May
        (DIGEST_OF_TOWNS, "killed", 4, "attack_on_civilians"),
        (DIGEST_OF_TOWNS, "killed", 1, "shelling"),
        # a count of the people who fled is a displacement, not the fighting they fled
        (FLED_THE_FIGHTING, "displaced", 5000, "displacement"),
        # but the displaced a missile struck are counted by the strike's claim
        (STRIKE_ON_SHELTER, "displaced", 400, "missile_strike"),
    ],
)
def test_assemble_document_type_of_claims(text: str, kind: str, value: int, expected: str) -> None:
    claim = _claim_with(extract(_source(text)), kind, value)
    assert claim.type == expected, (claim.type, claim.type_rule, claim.evidence.text)
