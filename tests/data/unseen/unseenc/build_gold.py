"""Hand-coded gold for the unseenc documents (written before running the extractor).

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
      missing=None, other=None, note=None, scope=None, vague=None):
    d = {"doc": doc, "incident": incident, "type": type_, "place": place, "country": country, "date": date,
         "killed": killed, "injured": injured, "captured": captured, "missing": missing,
         "other_figures": other or [], "attributed_to": by, "evidence": ev}
    if note:
        d["note"] = note
    if scope:
        d["scope"] = scope
    if vague:
        d["vague"] = vague
    return d

G = [
    # yem-01 translated local-authority statement, European dates (published 12.03.2024; incident Sunday 10.03.2024)
    C("yem-01", "taiz-al-rawdah-2024-03-10", "shelling", "Al-Rawdah, Taiz", "YE", "2024-03-10",
      "According to the final statistic of the Office , the shelling killed 6 civilians among them 3 children , and injured 17 others , some of them in critical condition .",
      "Health Office of Taiz Governorate", killed=F(6), injured=F(17), other=[O("children killed", 3)]),
    C("yem-01", "taiz-al-rawdah-2024-03-10", "shelling", "Al-Rawdah, Taiz", "YE", "2024-03-10",
      "The Office had announced on 11.03.2024 a preliminary toll of 4 dead and 9 wounded ; the figures were updated after two of the wounded died of their injuries and further cases arrived to the hospitals .",
      "Health Office of Taiz Governorate", killed=F(4), injured=F(9), other=[O("wounded who later died", 2)],
      note="Earlier toll of the same source (a revision); 11.03.2024 is the announcement date."),
    C("yem-01", "taiz-al-rawdah-2024-03-10", "shelling", "Al-Rawdah, Taiz", "YE", "2024-03-10",
      "Eyewitnesses told the Office that not less than five shells fell on the market street between 19:00 and 19:30 .",
      "eyewitnesses (cited by the Health Office)", other=[O("shells fired", 5, "at_least")]),
    C("yem-01", "taiz-al-rawdah-2024-03-10", "shelling", "Al-Rawdah, Taiz", "YE", "2024-03-10",
      "For its part the spokesman of the forces deployed east of the city , in a statement carried by its media outlet , denied that its units fired on residential areas and said that its positions had been targeted first .",
      "spokesman of the forces deployed east of the city", note="Denial, no figures."),
    C("yem-01", "taiz-governorate-2024", "shelling", "Taiz", "YE", "2024-01-01/2024-03-12",
      "Since the beginning of the year 2024 the Office has registered 41 civilians killed and 126 injured by sniping and shelling in the governorate .",
      "Health Office of Taiz Governorate", killed=F(41), injured=F(126), note="Aggregate since 1 January up to the statement date."),
    # sdn-01 Q&A explainer (published Monday 2024-05-20; attack Saturday-Sunday 18-19 May)
    C("sdn-01", "abu-shouk-camp-2024-05-18", "shelling", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-19",
      "The camp's coordination committee of displaced people says 27 people were killed, most of them women and children, and around 80 were wounded.",
      "the camp's coordination committee of displaced people", killed=F(27), injured=F(80, "about")),
    C("sdn-01", "abu-shouk-camp-2024-05-18", "shelling", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-19",
      "Medecins Sans Frontieres said its supported hospital in the city received 9 dead and 64 wounded from the camp over the two days.",
      "Medecins Sans Frontieres", killed=F(9), injured=F(64), note="One hospital only.", scope="partial"),
    C("sdn-01", "abu-shouk-camp-2024-05-18", "shelling", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-19",
      "The regional health ministry put the death toll at \"more than 30\".",
      "the regional health ministry", killed=F(30, "more_than")),
    C("sdn-01", "abu-shouk-camp-2024-05-18", "shelling", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-19",
      "An RSF adviser told us the group had only returned fire at army positions inside the camp and denied shelling homes.",
      "an RSF adviser", note="Denial, no figures."),
    C("sdn-01", "abu-shouk-camp-2024-05-18", "displacement", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-20",
      "The International Organization for Migration estimates that up to 40,000 people left the camp in the days after the attack.",
      "International Organization for Migration", other=[O("people who left the camp", 40000, "up_to")]),
    C("sdn-01", "abu-shouk-camp-2024-05-18", "destruction", "Abu Shouk camp, El Fasher", "SD", "2024-05-18/2024-05-19",
      "Aid groups say dozens of wells and latrines were damaged.", "aid groups", vague={"other": "dozens"}),
    C("sdn-01", "el-fasher-market-2024-04", "other", "El Fasher", "SD", "2024-04-01/2024-04-30",
      "Last month, at least 15 people were killed when a market in the city was hit, according to a local rights group.",
      "a local rights group", killed=F(15, "at_least"), note="'Last month' against the publication date."),
    # moz-01 court judgment summary (issued 2023-11-08; attack 31 October 2020)
    C("moz-01", "nangololo-2020-10-31", "attack_on_civilians", "Nangololo", "MZ", "2020-10-31",
      "The court today convicted four men of murder, armed rebellion and arson in connection with the attack on the village of Nangololo, in Muidumbe district, on 31 October 2020.",
      "Provincial Court of Cabo Delgado", other=[O("men convicted", 4)]),
    C("moz-01", "nangololo-2020-10-31", "attack_on_civilians", "Nangololo", "MZ", "2020-10-31",
      "The court found it proven that on that night a group of at least 30 armed men entered the village, set fire to 112 houses and the village health post, and killed 11 residents, among them two children.",
      "Provincial Court of Cabo Delgado", killed=F(11),
      other=[O("armed men", 30, "at_least"), O("houses burned", 112), O("children killed", 2)]),
    C("moz-01", "nangololo-2020-10-31", "attack_on_civilians", "Nangololo", "MZ", "2020-10-31",
      "The prosecution had alleged that 15 residents were killed; the court held that the deaths of four further persons named in the indictment had not been established beyond reasonable doubt.",
      "the prosecution", killed=F(15), other=[O("deaths not established by the court", 4)]),
    C("moz-01", "nangololo-2020-10-31", "attack_on_civilians", "Nangololo", "MZ", "2020-10-31",
      "They told the court that they had been forced to join the group and that they had not killed anyone.",
      "three defendants", note="Denial of killing by the defendants, no figures."),
    C("moz-01", "nangololo-2020-10-31", "attack_on_civilians", "Nangololo", "MZ", "2020-10-31",
      "The court heard 23 witnesses, including the village chief, who testified that some 400 residents fled into the bush and that six women were taken away by the attackers and have never been seen again.",
      "the village chief", captured=F(6), missing=F(6), other=[O("residents who fled", 400, "about")],
      note="The 23 witnesses are a methodology count, not annotated."),
    # cmr-01 parliamentary written answer (answered 2024-07-02)
    C("cmr-01", "cameroon-nw-sw-displacement", "displacement", "North-West and South-West regions", "CM", None,
      "The UN Office for the Coordination of Humanitarian Affairs estimates that over 630,000 people remain internally displaced within the two regions, and that some 2,200 schools are non-functional.",
      "UN Office for the Coordination of Humanitarian Affairs",
      other=[O("internally displaced people", 630000, "more_than"), O("schools non-functional", 2200, "about")]),
    C("cmr-01", "kumbo-school-2024-06-24", "attack_on_civilians", "Kumbo", "CM", "2024-06-24",
      "We are aware of reports that gunmen attacked a secondary school in Kumbo on 24 June, killing a teacher and two pupils.",
      "reports (cited by the Minister for Africa)", other=[O("pupils killed", 2)],
      note="'a teacher and two pupils': no arithmetic, killed stays null. Year from the answer date."),
    C("cmr-01", "kumbo-school-2024-06-24", "abduction", "Kumbo", "CM", "2024-06-24",
      "Local authorities said eight pupils were abducted during the attack; five of them were released two days later.",
      "local authorities", captured=F(8), other=[O("pupils released", 5)]),
    C("cmr-01", "kumbo-school-2024-06-24", "attack_on_civilians", "Kumbo", "CM", "2024-06-24",
      "Separatist groups have denied responsibility and blamed the security forces.",
      "separatist groups", note="Denial, no figures."),
    C("cmr-01", "bamenda-search-2024-06", "attack_on_civilians", "Bamenda", "CM", "2024-06-01/2024-06-30",
      "We also note reports from human rights organisations that soldiers killed nine civilians, including a pregnant woman, during a search operation near Bamenda last month.",
      "human rights organisations", killed=F(9)),
    C("cmr-01", "bamenda-search-2024-06", "attack_on_civilians", "Bamenda", "CM", "2024-06-01/2024-06-30",
      "The Ministry of Defence of Cameroon has said that the operation targeted armed separatists and that no civilians were harmed.",
      "Ministry of Defence of Cameroon", note="Denial, no figures."),
    # ssd-01 monitoring brief, table-like lines (issued 2024-05-06, period April 2024)
    C("ssd-01", "jonglei-gpaa-2024-04", "attack_on_civilians", "Jonglei", "SS", "2024-04-01/2024-04-30",
      "In April, CPMN verified 14 incidents of violence affecting civilians in Jonglei state and the Greater Pibor Administrative Area, in which 58 civilians were killed, 37 injured and 22 abducted.",
      "Civilian Protection Monitoring Network", killed=F(58), injured=F(37), captured=F(22),
      other=[O("incidents", 14)]),
    C("ssd-01", "pibor-cattle-camps-2024-04-03", "attack_on_civilians", "Pibor", "SS", "2024-04-03",
      "Pibor town, 3 April: armed youth attacked cattle camps outside the town. 12 killed, 9 injured, 6 children abducted.",
      "CPMN field monitors", killed=F(12), injured=F(9), captured=F(6)),
    C("ssd-01", "akobo-clashes-2024-04-11", "armed_clash", "Akobo", "SS", "2024-04-11/2024-04-12",
      "Akobo county, 11-12 April: clashes between two community militias. Between 18 and 25 killed.",
      "Civilian Protection Monitoring Network", killed={"value": 18, "qualifier": "at_least", "max": 25}),
    C("ssd-01", "akobo-clashes-2024-04-11", "armed_clash", "Akobo", "SS", "2024-04-11/2024-04-12",
      "Local officials reported 25 dead; CPMN could verify 18.", "local officials", killed=F(25)),
    C("ssd-01", "akobo-clashes-2024-04-11", "armed_clash", "Akobo", "SS", "2024-04-11/2024-04-12",
      "Local officials reported 25 dead; CPMN could verify 18.", "Civilian Protection Monitoring Network", killed=F(18)),
    C("ssd-01", "bor-road-ambush-2024-04-19", "attack_on_civilians", "Bor", "SS", "2024-04-19",
      "Bor, 19 April: gunmen ambushed a commercial truck on the Bor-Juba road. 4 killed, including the driver; 2 injured.",
      "Civilian Protection Monitoring Network", killed=F(4), injured=F(2)),
    C("ssd-01", "gumuruk-raid-2024-04-27", "attack_on_civilians", "Gumuruk", "SS", "2024-04-27",
      "Gumuruk, 27 April: revenge raid on a village. Dozens of homes burned; no verified casualty figure.",
      "Civilian Protection Monitoring Network", vague={"other": "dozens"}),
    C("ssd-01", "gumuruk-raid-2024-04-27", "attack_on_civilians", "Gumuruk", "SS", "2024-04-27",
      "The county commissioner said 7 people died, a figure CPMN could not confirm.",
      "the county commissioner", killed=F(7)),
    C("ssd-01", "jonglei-displacement-2024-04", "displacement", "Akobo", "SS", "2024-04-01/2024-04-30",
      "About 3,500 people were newly displaced in April, most of them from Akobo county, according to partners in the humanitarian cluster.",
      "partners in the humanitarian cluster", other=[O("people newly displaced", 3500, "about")]),
    # phl-01 police spot report (03 February 2024)
    C("phl-01", "datu-piang-ambush-2024-02-02", "armed_clash", "Datu Piang", "PH", "2024-02-02",
      "At about 0530H on 02 February 2024, elements of the provincial mobile force company on board a patrol vehicle were ambushed by more or less 20 armed men believed to be members of a local terrorist group along the national highway in Barangay Kanguan, Datu Piang, Maguindanao del Sur.",
      "Police Regional Office (the author)", other=[O("armed men", 20, "about")]),
    C("phl-01", "datu-piang-ambush-2024-02-02", "armed_clash", "Datu Piang", "PH", "2024-02-02",
      "Two (2) police personnel were killed in action and three (3) were wounded.",
      "Police Regional Office (the author)", killed=F(2), injured=F(3)),
    C("phl-01", "datu-piang-ambush-2024-02-02", "armed_clash", "Datu Piang", "PH", "2024-02-02",
      "Responding army troops engaged the suspects in a 30-minute firefight; one (1) suspect was killed and an M16 rifle was recovered.",
      "Police Regional Office (the author)", killed=F(1), other=[O("firefight duration (minutes)", 30)]),
    C("phl-01", "shariff-aguak-ied-2024-02-02", "explosion", "Shariff Aguak", "PH", "2024-02-02",
      "No one was killed but five (5) civilians sustained minor injuries.",
      "Police Regional Office (the author)", killed=F(0), injured=F(5), note="'of the same date' = 02 February 2024."),
    C("phl-01", "datu-piang-ambush-2024-02-02", "armed_clash", "Datu Piang", "PH", "2024-02-02",
      "The group has claimed on social media that it killed seven policemen in the Datu Piang ambush.",
      "the group (claim on social media)", killed=F(7)),
    C("phl-01", "datu-piang-ambush-2024-02-02", "armed_clash", "Datu Piang", "PH", "2024-02-02",
      "The Regional Director said the claim is false and urged the public to rely on official information.",
      "the Regional Director", note="Denial of the group's figure."),
    # pak-01 web article with byline, caption, share bar (published Thursday 2024-09-26)
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "Suicide blast at Bannu checkpost kills 8, officials say", "officials", killed=F(8), note="Headline."),
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "At least eight people, including five soldiers, were killed and 13 others injured when a suicide bomber rammed an explosives-laden vehicle into a security checkpost on the outskirts of Bannu on Wednesday, officials said.",
      "officials", killed=F(8, "at_least"), injured=F(13, "at_least"), other=[O("soldiers killed", 5)],
      note="'at least' applied to both figures."),
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "The military's media wing said in a statement that five soldiers embraced martyrdom and that the troops killed three attackers who tried to enter the post after the explosion.",
      "the military's media wing", killed=F(5), other=[O("attackers killed", 3)],
      note="Soldiers and attackers are not added (no arithmetic)."),
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "It said three civilians passing by were also killed.", "the military's media wing", killed=F(3)),
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "A spokesman for Rescue 1122 said 13 injured people, four of them in serious condition, had been shifted to the district headquarters hospital.",
      "spokesman for Rescue 1122", injured=F(13), other=[O("injured in serious condition", 4)]),
    C("pak-01", "bannu-checkpost-2024-09-25", "explosion", "Bannu", "PK", "2024-09-25",
      "A banned militant group claimed responsibility for the attack in a message to journalists, saying its fighters had killed \"more than 20\" soldiers.",
      "a banned militant group", killed=F(20, "more_than")),
    C("pak-01", "dera-ismail-khan-patrol-2024-09-24", "armed_clash", "Dera Ismail Khan", "PK", "2024-09-24",
      "Related: Two policemen martyred in Dera Ismail Khan attack", "Staff Reporter (the author)", killed=F(2),
      note="Related-story link; date from the story body."),
    C("pak-01", "dera-ismail-khan-patrol-2024-09-24", "armed_clash", "Dera Ismail Khan", "PK", "2024-09-24",
      "Separately, two policemen were killed and one was injured in an attack on a police patrol in Dera Ismail Khan late on Tuesday, district police said.",
      "district police", killed=F(2), injured=F(1)),
    C("pak-01", "khyber-pakhtunkhwa-2024", "armed_clash", "Khyber Pakhtunkhwa", "PK", "2024-01-01/2024-09-26",
      "According to an independent think tank, militant attacks in the province have killed more than 400 security personnel since January.",
      "an independent think tank", killed=F(400, "more_than")),
    # lby-01 obituary-style report (Tripoli, Thursday 2023-08-17; fighting Monday evening 14 to Wednesday 16 August)
    C("lby-01", "tripoli-clashes-2023-08-14", "armed_clash", "Tripoli", "LY", "2023-08-14/2023-08-16",
      "Salim is one of at least 55 people killed in two days of fighting that began on Monday evening in the south-eastern suburbs of the capital, according to the Emergency Medicine Centre, which said 146 people had been injured.",
      "Emergency Medicine Centre", killed=F(55, "at_least"), injured=F(146)),
    C("lby-01", "tripoli-clashes-2023-08-14", "armed_clash", "Tripoli", "LY", "2023-08-14/2023-08-16",
      "The health ministry of the Tripoli-based government gave a lower toll of 27 dead on Wednesday.",
      "health ministry of the Tripoli-based government", killed=F(27)),
    C("lby-01", "tripoli-clashes-2023-08-14", "displacement", "Tripoli", "LY", "2023-08-14/2023-08-16",
      "The centre said its crews evacuated about 234 families from the area during the clashes.",
      "Emergency Medicine Centre", other=[O("families evacuated", 234, "about")]),
    C("lby-01", "tripoli-clashes-2023-08-14", "armed_clash", "Tripoli", "LY", "2023-08-14/2023-08-16",
      "One of the two factions said in a statement that it had not targeted civilians or medical teams and accused the other of using residential buildings as firing positions.",
      "one of the two factions", note="Denial, no figures."),
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
