"""Hand-coded gold for the unseenb documents (written before running the extractor).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent


def F(v, q="exact"):
    return {"value": v, "qualifier": q}


def O(what, v, q="exact"):
    return {"what": what, "value": v, "qualifier": q}


def C(doc, incident, type_, place, country, date, ev, by, killed=None, injured=None, captured=None,
      missing=None, other=None, note=None):
    d = {"doc": doc, "incident": incident, "type": type_, "place": place, "country": country, "date": date,
         "killed": killed, "injured": injured, "captured": captured, "missing": missing,
         "other_figures": other or [], "attributed_to": by, "evidence": ev}
    if note:
        d["note"] = note
    return d


G = [
    # hai-01 wire (published 2024-03-05, a Tuesday; "on Monday" = 2024-03-04)
    C("hai-01", "carrefour-feuilles-2024-03-04", "attack_on_civilians", "Carrefour-Feuilles", "HT", "2024-03-04",
      "Haiti's civil protection agency said at least 14 people were killed and 22 wounded in the attack, and that about 300 families had been forced from their homes.",
      "Haiti's civil protection agency", killed=F(14, "at_least"), injured=F(22, "at_least"),
      other=[O("families forced from their homes", 300, "about")], note="'at least' applied to both figures."),
    C("hai-01", "carrefour-feuilles-2024-03-04", "attack_on_civilians", "Carrefour-Feuilles", "HT", "2024-03-04",
      "Its monitors counted 31 bodies in the streets of the neighbourhood and more than 40 people were injured, the group said in a statement.",
      "Haitian Observatory for Justice", killed=F(31), injured=F(40, "more_than")),
    C("hai-01", "carrefour-feuilles-2024-03-04", "armed_clash", "Carrefour-Feuilles", "HT", "2024-03-04",
      "Police spokesman Jean-Robert Pierre-Louis told reporters that officers had killed five gang members during an operation to retake the area and had arrested two others.",
      "Jean-Robert Pierre-Louis (police spokesman)", killed=F(5), captured=F(2)),
    C("hai-01", "carrefour-feuilles-2024-03-04", "attack_on_civilians", "Carrefour-Feuilles", "HT", "2024-03-04",
      "The gang coalition that controls much of the capital denied targeting civilians.",
      "the gang coalition", note="Denial, no figures."),
    C("hai-01", "haiti-displacement", "displacement", "Haiti", "HT", None,
      "Violence has displaced more than 360,000 people across Haiti, according to the International Organization for Migration.",
      "International Organization for Migration", other=[O("people displaced", 360000, "more_than")]),
    # mex-01 local news (published 2024-10-17, a Thursday)
    C("mex-01", "culiacan-highway-2024-10-15", "armed_clash", "Culiacan", "MX", "2024-10-15",
      "Seven men were found dead on Tuesday near a toll booth on the highway between Culiacan and Mazatlan after what the state prosecutor's office described as a confrontation between rival armed groups.",
      "state prosecutor's office", killed=F(7)),
    C("mex-01", "culiacan-highway-2024-10-15", "armed_clash", "Culiacan", "MX", "2024-10-15",
      "Investigators recovered more than 200 spent cartridges and four rifles at the scene.",
      "prosecutors", other=[O("spent cartridges", 200, "more_than"), O("rifles", 4)]),
    C("mex-01", "culiacan-highway-2024-10-15", "armed_clash", "Culiacan", "MX", "2024-10-15",
      "Two other men were taken to hospital with gunshot wounds, a spokesman for the state health department said.",
      "state health department spokesman", injured=F(2)),
    C("mex-01", "navolato-party-2024-10-12", "attack_on_civilians", "Navolato", "MX", "2024-10-12",
      "The killings come a week after gunmen opened fire on a family party in the town of Navolato last Saturday, killing four people, including a 16-year-old boy.",
      "Valle Gazette", killed=F(4)),
    C("mex-01", "sinaloa-homicides-2024-10", "other", "Sinaloa", "MX", "2024-10",
      "State authorities have recorded 112 homicides in Sinaloa so far this month, according to figures released by the security council on Thursday.",
      "security council", killed=F(112)),
    # som-01 ministry press release (2023-08-14, a Monday; "on Sunday" = 2023-08-13)
    C("som-01", "adale-operation-2023-08-13", "armed_clash", "Adale", "SO", "2023-08-13",
      "During the operation near the town of Adale, the army killed more than 60 terrorists, including two senior commanders, and destroyed three vehicles mounted with heavy weapons.",
      "Ministry of Defence, Federal Republic of Somalia", killed=F(60, "more_than"),
      other=[O("senior commanders killed", 2), O("vehicles destroyed", 3)]),
    C("som-01", "adale-operation-2023-08-13", "armed_clash", "Adale", "SO", "2023-08-13",
      "Eleven militants were captured alive and are being questioned by security officials.",
      "Ministry of Defence, Federal Republic of Somalia", captured=F(11)),
    C("som-01", "adale-operation-2023-08-13", "armed_clash", "Adale", "SO", "2023-08-13",
      "The Ministry regrets to announce that four soldiers were martyred and nine others were wounded in the fighting.",
      "Ministry of Defence, Federal Republic of Somalia", killed=F(4), injured=F(9)),
    C("som-01", "adale-operation-2023-08-13", "armed_clash", "Adale", "SO", "2023-08-13",
      "The Ministry rejects claims circulated by the terrorist group on its propaganda channels that it killed dozens of soldiers and seized the army base in Adale.",
      "Ministry of Defence, Federal Republic of Somalia", note="Denial of the group's vague claim ('dozens')."),
    C("som-01", "somalia-campaign-2023", "other", "Middle Shabelle", "SO", "2023-01-01/2023-08-14",
      "Since January, the armed forces have liberated 23 villages in the Middle Shabelle and Hiiraan regions.",
      "Ministry of Defence, Federal Republic of Somalia", other=[O("villages liberated", 23)]),
    # nga-01 UN/NGO quarterly update (published 2024-04-15)
    C("nga-01", "nw-nigeria-q1-2024", "attack_on_civilians", "Zamfara", "NG", "2024-01-01/2024-03-31",
      "Between 1 January and 31 March 2024, the humanitarian country team recorded at least 412 civilians killed and 198 injured in attacks by armed groups commonly referred to as bandits in Zamfara, Katsina and Sokoto states.",
      "humanitarian country team", killed=F(412, "at_least"), injured=F(198, "at_least"),
      note="'at least' applied to both; three states, first one coded."),
    C("nga-01", "nw-nigeria-q1-2024", "abduction", None, "NG", "2024-01-01/2024-03-31",
      "During the same period, at least 1,065 people were abducted for ransom, among them 137 children.",
      "humanitarian country team", captured=F(1065, "at_least"), other=[O("children abducted", 137)]),
    C("nga-01", "gidan-bawa-2024-02-18", "attack_on_civilians", "Gidan Bawa", "NG", "2024-02-18",
      "The deadliest single incident occurred on 18 February 2024 in the village of Gidan Bawa, Zamfara State, where gunmen on motorcycles killed 37 people and abducted about 50 others, according to community leaders.",
      "community leaders", killed=F(37), captured=F(50, "about")),
    C("nga-01", "gidan-bawa-2024-02-18", "attack_on_civilians", "Gidan Bawa", "NG", "2024-02-18",
      "State officials gave a lower figure of 24 dead.", "State officials", killed=F(24)),
    C("nga-01", "kankara-market-2024-03-03", "attack_on_civilians", "Kankara", "NG", "2024-03-03",
      "In Katsina State, an attack on the Kankara market on 3 March killed 15 traders and wounded 20 more, the state police command said.",
      "state police command", killed=F(15), injured=F(20)),
    C("nga-01", "nw-nigeria-q1-2024", "displacement", None, "NG", "2024-01-01/2024-03-31",
      "Insecurity has forced an estimated 85,000 people to flee their homes in the three states during the quarter, bringing the total number of internally displaced people in the North-West to about 1.2 million.",
      "humanitarian country team", other=[O("people displaced in the quarter", 85000, "about"),
                                          O("internally displaced people in the North-West", 1200000, "about")]),
    C("nga-01", "nw-nigeria-q1-2024", "other", None, "NG", "2024-01-01/2024-03-31",
      "Humanitarian access remained severely constrained: 14 health facilities were closed because of attacks or threats, and at least three aid workers were killed.",
      "humanitarian country team", killed=F(3, "at_least"), other=[O("health facilities closed", 14)]),
    # nga-02 live blog (2024-06-29)
    C("nga-02", "gwoza-bombings-2024-06-29", "explosion", "Gwoza", "NG", "2024-06-29",
      "The Borno State Emergency Management Agency (SEMA) says 18 people were killed and 19 seriously injured in a series of explosions.",
      "Borno State Emergency Management Agency (SEMA)", killed=F(18), injured=F(19)),
    C("nga-02", "gwoza-bombings-2024-06-29", "explosion", "Gwoza", "NG", "2024-06-29",
      "A member of a local self-defence militia says at least 30 people died.",
      "a member of a local self-defence militia", killed=F(30, "at_least")),
    # kas-01 correction/update (2023-09-16, a Saturday; the encounter began Wednesday 13 Sep)
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-16",
      "UPDATE: Toll in Anantnag encounter rises to five", "Valley Times", killed=F(5), note="Headline."),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-16",
      "An earlier version of this story, published on Thursday, said three security personnel had been killed.",
      "Valley Times", killed=F(3), note="Superseded figure of the earlier version."),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Kokernag", "IN", "2023-09-13/2023-09-16",
      "SRINAGAR: Five security personnel, including an army colonel and a deputy superintendent of police, have been killed in an encounter with militants in the forests of Kokernag in Anantnag district, officials said on Saturday.",
      "officials", killed=F(5)),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-15",
      "A soldier who had been missing since the first day of the operation was found dead on Friday, an army spokesperson said.",
      "army spokesperson", killed=F(1)),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-16",
      "Police said two militants were believed to be trapped in the area and that drones were being used to locate them.",
      "Police", other=[O("militants trapped", 2)]),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-16",
      "A militant outfit claimed in a statement that its fighters had killed ten soldiers.",
      "a militant outfit", killed=F(10)),
    C("kas-01", "kokernag-encounter-2023-09", "armed_clash", "Anantnag", "IN", "2023-09-13/2023-09-16",
      "Police described the claim as propaganda.", "Police", note="Denial of the outfit's figure."),
    C("kas-01", "srinagar-grenade-2023-08", "explosion", "Srinagar", "IN", "2023-08",
      "Four people were injured in separate grenade attack in Srinagar last month, police added.",
      "police", injured=F(4)),
    # hai-02 interview (published 2024-04-10)
    C("hai-02", "cite-soleil-2024-03", "attack_on_civilians", "Cite Soleil", "HT", "2024-03-01/2024-03-14",
      "In the first two weeks of March, we registered 23 people killed by bullets in the streets around our clinic, and we treated more than 70 people with gunshot wounds.",
      "Marie-Claude Joseph", killed=F(23), injured=F(70, "more_than")),
    C("hai-02", "cite-soleil-2024-03", "attack_on_civilians", "Cite Soleil", "HT", "2024-03",
      "The police said nine people died in Cite Soleil that month.", "police", killed=F(9)),
    C("hai-02", "cite-soleil-2024-03-08", "attack_on_civilians", "Cite Soleil", "HT", "2024-03-08",
      "On 8 March alone, five young men were shot dead in front of the clinic.", "Marie-Claude Joseph", killed=F(5)),
    C("hai-02", "cite-soleil-market-2024-02", "abduction", None, "HT", "2024-02",
      "At least a dozen women were kidnapped from the market in February, and four of them are still missing.",
      "Marie-Claude Joseph", captured=F(12, "at_least"), missing=F(4)),
    C("hai-02", "cite-soleil-ambulances-2023", "destruction", None, "HT", "2023",
      "Two of our ambulances were burned last year.", "Marie-Claude Joseph", other=[O("ambulances burned", 2)]),
    # som-02 wire (2023-09-21, a Thursday; "on Tuesday" = 2023-09-19)
    C("som-02", "sabiid-base-2023-09-21", "armed_clash", "Sabiid", "SO", "2023-09-21",
      "The militant group said in a statement on its radio station that its fighters had killed 47 soldiers and seized weapons and vehicles at the base near the town of Sabiid.",
      "al-Shabaab", killed=F(47)),
    C("som-02", "sabiid-base-2023-09-21", "armed_clash", "Sabiid", "SO", "2023-09-21",
      "A government spokesman rejected the figure and said the army had repelled the attack.",
      "government spokesman", note="Denial of the group's figure."),
    C("som-02", "sabiid-base-2023-09-21", "armed_clash", "Sabiid", "SO", "2023-09-21",
      "He said 17 militants were killed and that \"a small number\" of soldiers had died, without giving details.",
      "government spokesman", killed=F(17)),
    C("som-02", "sabiid-base-2023-09-21", "armed_clash", "Sabiid", "SO", "2023-09-21",
      "A military officer at the base, who spoke on condition of anonymity, said at least eight soldiers were killed and 12 wounded.",
      "military officer (anonymous)", killed=F(8, "at_least"), injured=F(12, "at_least")),
    C("som-02", "sabiid-base-2023-09-21", "armed_clash", "Sabiid", "SO", "2023-09-21",
      "Two vehicles were destroyed, he said.", "military officer (anonymous)", other=[O("vehicles destroyed", 2)]),
    C("som-02", "afgooye-road-bomb-2023-09-19", "explosion", "Afgooye", "SO", "2023-09-19",
      "The attack came two days after a roadside bomb killed three civilians, including a child, on the road between Afgooye and Mogadishu on Tuesday.",
      "Horn Daily", killed=F(3)),
]


def main() -> None:
    out = []
    for g in G:
        text = (HERE / "corpus" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        assert g["evidence"] in text, g["evidence"]
        out.append(json.dumps(g, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "claims")


if __name__ == "__main__":
    main()
