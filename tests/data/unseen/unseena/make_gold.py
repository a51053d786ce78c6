"""Writes gold.jsonl for the unseena documents (hand-coded claims; evidence checked verbatim). Run: python make_gold.py"""
import json
from pathlib import Path

D = Path(__file__).resolve().parent
def F(v, q="exact", mx=None):
    d = {"value": v, "qualifier": q}
    if mx is not None: d["max"] = mx
    return d
G = []
def g(doc, type, place, country, date, ev, attr, killed=None, injured=None, captured=None, missing=None, other=(), note=None, vague=None):
    r = {"doc": doc, "incident": f"{(place or 'North Kivu').lower().replace(' ', '-')}-{date}" if type != "denial" else f"{doc}-denial", "type": type, "place": place, "country": country, "date": date, "killed": killed, "injured": injured,
         "captured": captured, "missing": missing, "other_figures": [{"what": w, "value": v, "qualifier": q} for w, v, q in other],
         "attributed_to": attr, "evidence": ev}
    if vague: r["vague"] = vague
    if note: r["note"] = note
    G.append(r)
# sahel-wire
d = "sahel-wire"
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", "Gunmen kill at least 24 at central Mali market, officials say", "officials", killed=F(24, "at_least"), note="headline")
lead = "Gunmen killed at least 24 civilians in an attack on a weekly market near Bandiagara in central Mali on Monday, local officials said, while the army put the toll at 11."
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", lead, "local officials", killed=F(24, "at_least"))
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", lead, "the army", killed=F(11))
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", "He said at least 24 people were killed and 17 were wounded.", "a local official", killed=F(24, "at_least"), injured=F(17, "at_least"), note="'at least' applied to both figures")
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", "In a statement on Tuesday, the Malian armed forces said 11 civilians had died in the attack and that soldiers had killed eight assailants during a pursuit.", "Malian armed forces", killed=F(11), other=[("assailants killed in pursuit", 8, "exact")])
g(d, "attack_on_civilians", "Bandiagara", "ML", "2025-03-10", "A regional traders' association said about 30 people were killed and that dozens of others were still missing.", "regional traders' association", killed=F(30, "about"), vague={"missing": "dozens"})
g(d, "displacement", "Mali", "ML", "2015/2025-03-12", "Central Mali has seen repeated attacks on villages and markets since 2015, and the United Nations says more than 400,000 people have fled their homes in the region.", "United Nations", other=[("people displaced in central Mali", 400000, "more_than")])
# drc-un-report
d = "drc-un-report"
g(d, "attack_on_civilians", "North Kivu", "CD", "2024-01-01/2024-03-31", "Between 1 January and 31 March 2024, the human rights office documented 612 civilians killed and 241 injured in Ituri and North Kivu provinces, an increase of 18 per cent compared with the previous quarter.", "the human rights office", killed=F(612), injured=F(241), other=[("increase on previous quarter (per cent)", 18, "exact")])
g(d, "attack_on_civilians", None, "CD", "2024-01-01/2024-03-31", "Of those killed, at least 97 were women and 54 were children.", "the human rights office", other=[("women killed", 97, "at_least"), ("children killed", 54, "exact")], note="parts of the quarterly total; no date/place restated")
g(d, "attack_on_civilians", "Djugu", "CD", "2024-01-01/2024-03-31", "In Djugu territory alone, the office recorded 143 civilians killed in attacks on displacement sites and villages.", "the office", killed=F(143))
g(d, "attack_on_civilians", "Bunia", "CD", "2024-02-14", "On 14 February 2024, assailants attacked a displacement site near Bunia, killing 19 people, including seven children, and wounding 25 others.", "the human rights office", killed=F(19), injured=F(25), other=[("children killed", 7, "exact")])
g(d, "destruction", "Bunia", "CD", "2024-02-14", "Some 2,000 shelters were burned during the attack.", "the human rights office", other=[("shelters burned", 2000, "about")])
g(d, "abduction", "Beni", "CD", "2024-02", "In Beni territory, at least 38 civilians were abducted in February, of whom 11 remained missing at the end of the reporting period.", "the human rights office", captured=F(38, "at_least"), missing=F(11))
g(d, "detention", "Butembo", "CD", "2024-03", "The office also received credible allegations that 23 people were arbitrarily detained by security forces in Butembo in March 2024.", "the office", captured=F(23))
# myanmar-release
d = "myanmar-release"; A = "Northern Alliance Defence Council"
g(d, "air_strike", "Kyaukme", "MM", "2024-05-03", "On 3 May 2024, at around 4:30 pm, junta aircraft dropped two bombs on a monastery in Kyaukme township, northern Shan State, where displaced families had taken shelter. Nine civilians, including three children, were killed and 14 others were injured.", A, killed=F(9), injured=F(14), other=[("bombs dropped", 2, "exact"), ("children killed", 3, "exact")])
g(d, "shelling", "Lashio", "MM", "2024-05-05", "On 5 May 2024, junta troops shelled residential quarters of Lashio with heavy artillery. Four civilians were killed and more than 20 houses were destroyed.", A, killed=F(4), other=[("houses destroyed", 20, "more_than")])
g(d, "armed_clash", "Kyaukme", "MM", "2024-05-06", "Our forces captured 31 junta soldiers, including a major, after seizing an outpost near Kyaukme on 6 May 2024.", A, captured=F(31))
g(d, "denial", "Hsipaw", "MM", None, "The junta's claim that our forces attacked a school in Hsipaw is completely false. No such attack took place.", A)
# colombia-local
d = "colombia-local"
g(d, "armed_clash", "Argelia", "CO", "2024-07-16", "Two soldiers killed, three wounded in ambush in rural Cauca", "El Cauca Hoy", killed=F(2), injured=F(3), note="headline; 'Cauca' also acceptable")
g(d, "armed_clash", "Argelia", "CO", "2024-07-16", "POPAYAN - Two soldiers were killed and three others wounded on Tuesday when dissidents ambushed an army patrol in a rural area of Argelia, in southern Cauca, the army said.", "the army", killed=F(2), injured=F(3))
g(d, "explosion", "Jamundi", "CO", "2024-07-08/2024-07-14", "Last week, a police officer was killed and two civilians were injured when a motorcycle bomb exploded near a police station in Jamundi, according to the national police.", "national police", killed=F(1), injured=F(2))
g(d, "displacement", "Argelia", "CO", "2024-07-13/2024-07-18", "Community leaders in Argelia said about 150 families had left their homes since the weekend because of the fighting.", "Community leaders in Argelia", other=[("families displaced", 150, "about")])
# burkina-liveblog
d = "burkina-liveblog"
g(d, "armed_clash", "Djibo", "BF", "2024-06-11", "10:45 - A security source says at least 15 soldiers have been killed in the attack, which began at about 5 am.", "A security source", killed=F(15, "at_least"))
g(d, "armed_clash", "Djibo", "BF", "2024-06-11", "13:05 - The ministry of defence says the attack was repelled and that \"dozens of terrorists\" were killed.", "ministry of defence", vague={"killed": "dozens"})
g(d, "armed_clash", "Djibo", "BF", "2024-06-11", "15:40 - A humanitarian source in Djibo says 40 wounded people, most of them civilians, have been admitted to the town's hospital.", "A humanitarian source", injured=F(40))
g(d, "armed_clash", "Djibo", "BF", "2024-06-11", "17:20 - The security source now says 26 soldiers and 8 civilian volunteers were killed, and that at least 12 soldiers are missing.", "security source", missing=F(12, "at_least"), other=[("soldiers killed", 26, "exact"), ("civilian volunteers killed", 8, "exact")], note="no arithmetic: 26 + 8 stays in parts")
# niger-update
d = "niger-update"
g(d, "armed_clash", "Tera", "NE", "2024-01-19", "UPDATE: Toll from attack on Niger troops rises to 29", "Continental Press", killed=F(29))
g(d, "armed_clash", "Tera", "NE", "2024-01-19", "NIAMEY, Jan 21 - The death toll from an attack on an army convoy in western Niger rose to 29 soldiers on Sunday, the defence ministry said, up from 17 announced the previous day.", "defence ministry", killed=F(29), note="place from the next sentence; earlier figure 17 is the revised-from toll")
g(d, "armed_clash", "Tera", "NE", "2024-01-19", "The ministry said 13 soldiers had been wounded and that two were still unaccounted for.", "the ministry", injured=F(13), missing=F(2))
g(d, "armed_clash", "Tera", "NE", "2024-01-19", "In its first statement on Saturday, the ministry had said 17 soldiers were killed and 10 wounded.", "the ministry", killed=F(17), injured=F(10))
# drc-interview
d = "drc-interview"; A = "a nurse in Rutshuru"
g(d, "shelling", "Rutshuru", "CD", "2022-10-26", "On the first day, 26 October, we received 62 wounded people, and eight of them died before we could operate.", A, killed=F(8), injured=F(62))
g(d, "shelling", "Rutshuru", "CD", "2022-10-26/2022-11-02", "In the following week we treated more than 200 wounded in total.", A, injured=F(200, "more_than"))
g(d, "shelling", "Rutshuru", "CD", "2022-10-30", "On 30 October a shell fell inside the compound and killed two patients.", A, killed=F(2))
g(d, "abduction", "Rutshuru", "CD", "2022-10-31", "The next day armed men took away four of our staff, and we still do not know where they are.", A, captured=F(4), missing=F(4))
g(d, "displacement", "Rutshuru", "CD", "2022-10-26/2022-11-09", "The local authorities told us that around 40,000 people fled towards Goma in the first two weeks.", "local authorities", other=[("people fled towards Goma", 40000, "about")])
# mali-ministry
d = "mali-ministry"; A = "Government of the Republic of Mali"
g(d, "attack_on_civilians", "Djiguibombo", "ML", "2024-06-08", "The provisional toll is as follows: 32 dead, including 4 women and 2 children, and 11 wounded, who have been evacuated to the hospital in Sevare.", A, killed=F(32), injured=F(11), other=[("women killed", 4, "exact"), ("children killed", 2, "exact")])
g(d, "destruction", "Djiguibombo", "ML", "2024-06-08", "Several granaries and 21 motorcycles were burned.", A, other=[("motorcycles burned", 21, "exact")])
g(d, "denial", "Djiguibombo", "ML", "2024-06-08", "The Government rejects the allegations spread on social networks that members of the defence and security forces were involved in the killings.", A)
texts = {}
man = {json.loads(l)["id"]: json.loads(l) for l in (D / "manifest.jsonl").read_text().splitlines()}
for r in G:
    t = texts.setdefault(r["doc"], (D / man[r["doc"]]["file"]).read_text())
    assert r["evidence"] in t, r["evidence"]
(D / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in G))
print(len(G))
