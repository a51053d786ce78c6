"""Hand-coded gold for the unseeni documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents: six in mainstream styles (wire report dza-01, police/interior ministry press release
tza-01, international NGO report excerpt npl-01, local newspaper krd-01, UN situation update afr-01, witness-based
human-rights investigation tls-01) and six in styles not used by sets a-h (think-tank monthly tracker egy-01,
newspaper corrections box per-01, TV news transcript idn-01, peacekeeping mission press release sle-01, court
sentencing remarks slv-01, trade union statement pak-01).

Conventions beyond the dev README (same as sets g-h where they overlap): conflict-wide totals are typed ``other``;
figure-less denials and alternative accounts keep the type the denying party gives the event (``armed_clash`` for
"a clash", "an encounter", "combat") or the incident's type when they only reject; a corrected figure that a
newspaper retracts (per-01) is still a claim, attributed to the paper's earlier article, with the date that article
gave; killed people named by a mass-grave or exhumation claim carry the date of the killings, not of the exhumation.
"at least" before the first of two figures is applied to both (noted). Not annotated on purpose: methodology counts
(interviews, witnesses heard), sentences in years, compensation amounts, aid delivered, disarmament totals, mining
accidents (pak-01, not conflict), percentages of attack methods (egy-01).
pak-01 carries no date anywhere, so its weekday expressions stay unresolved (date null).
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, write_gold  # the shared helpers, one folder up


MNA = "Meridian News Agency"
DZ_MOI = "Interior Ministry (Algeria)"
TPF = "Tanzania Police Force"
FRI = "Frontline Rights International"
ZG = "Zagros Gazette"
SIDAKAN_MAYOR = "the mayor of Sidakan"
OCHA = "OCHA field office Semera"
TRDP = "Timor Rights Documentation Project"
EMSO = "Eastern Mediterranean Security Observatory"
TRC = "Truth and Reconciliation Commission (Peru)"
TAT = "The Andean Tribune"
NEN = "Nusantara Evening News (Hendra Gunawan)"
UNAMSIL = "UNAMSIL"
COURT = "Sentencing Court of Chalatenango"
FMW = "Federation of Mine Workers of Balochistan"

HSR = "haouch-sidi-rabah-massacre-1997-09-05"
HSR_D = "1997-09-05/1997-09-06"
KIL = "kilimahewa-attack-2021-02-10"
RAZGA = "razga-shelling-2021-07-14"
KRD_YTD = "sidakan-choman-cross-border-2021"
KRD_YTD_D = "2021-01-01/2021-07-15"
AFAR = "afar-zone2-fighting-2021-12"
AFAR_D = "2021-12-21/2022-02-18"
LEB = "lebumeta-massacre-1999-04-12"
SINAI = "north-sinai-2016-03"
MAR16 = "2016-03-01/2016-03-31"
SRP = "santa-rosa-de-pampay-massacre-1983-04-13"
LLO = "llocllapampa-massacre-1985-08"
AUG85 = "1985-08-01/1985-08-31"
ACEH = "aceh-operation-2003-05-20"
SCHOOLS = "aceh-school-burnings-2003-05"
ACEH_2D = "2003-05-19/2003-05-20"
MANO = "mano-njeigbla-patrol-attack-2000-04-28"
ZAP = "el-zapotal-massacre-1982-11-14"
MACH = "mach-miners-killing"

G = [
    # dza-01 wire report (dateline "Sept 6"; published Saturday 6 September 1997); raid began ~11 pm Friday
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "ALGIERS, Sept 6 (Meridian News Agency) - Armed men killed 43 villagers, 17 of them children, in an overnight raid on the hamlet of Haouch Sidi Rabah near Larbaa, about 30 km south of the capital, the Interior Ministry said on Saturday.",
      DZ_MOI, killed=F(43), other=[O("children killed", 17), O("distance from the capital (km)", 30, "about")],
      note="'overnight' before the Saturday dateline; a witness puts the start at about 11 pm (Friday). First ministry toll."),
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "A doctor at the main hospital in Blida said his service alone had received \"more than 60 bodies\" by dawn.",
      "a doctor at the main hospital in Blida", killed=F(60, "more_than"), scope="partial",
      note="Bodies received by one hospital service."),
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "Residents who fled to Larbaa told reporters that between 80 and 100 people had been killed.",
      "residents who fled to Larbaa", killed=R(80, 100)),
    C("dza-01", HSR, "abduction", "Haouch Sidi Rabah", "DZ", HSR_D,
      "The attackers also set fire to some 20 houses and took away at least five young women, residents said.",
      "residents (Haouch Sidi Rabah)", captured=F(5, "at_least"), other=[O("houses set on fire", 20, "about")],
      note="Part of the massacre; typed by the abduction it reports (the houses could make it destruction)."),
    C("dza-01", "haouch-sidi-rabah-pursuit-1997-09-06", "armed_clash", "Haouch Sidi Rabah", "DZ", "1997-09-06",
      "The ministry blamed \"a terrorist group\" and said security forces pursuing the attackers had killed seven of them on Saturday morning in the hills above the hamlet.",
      DZ_MOI, killed=F(7), note="Attackers killed in the pursuit; place by reference ('the hills above the hamlet')."),
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "In a second statement late on Saturday, the ministry raised its toll to 52 dead and 31 wounded.",
      DZ_MOI, killed=F(52), injured=F(31), note="Revision of the ministry's own 43."),
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "Residents said the killing went on for more than four hours and that an army post less than a kilometre away did not intervene.",
      "residents (Haouch Sidi Rabah)",
      other=[O("duration of the killing (hours)", 4, "more_than"), O("distance of the army post (km)", 1, "at_most")],
      note="'less than a kilometre' coded at_most (no 'less than' qualifier in the schema)."),
    C("dza-01", HSR, "massacre", "Haouch Sidi Rabah", "DZ", HSR_D,
      "An army spokesman rejected the accusation, saying troops had been sent \"as soon as the alarm was raised\" and had been slowed by mines laid on the road.",
      "an army spokesman (Algeria)", note="Denial of the residents' accusation of inaction; no figures."),
    C("dza-01", "medea-false-roadblock-1997-09-02", "attack_on_civilians", "Medea", "DZ", "1997-09-02",
      "Earlier in the week, on Tuesday night, 11 people were killed at a false roadblock near Medea, the state news agency reported.",
      "the state news agency (Algeria)", killed=F(11), note="'Tuesday night' against the Saturday 6 Sept dateline."),
    C("dza-01", "blida-medea-massacres-1997-08", "massacre", "Blida and Medea regions", "DZ", "1997-08-01/1997-09-06",
      "Tallies compiled by independent newspapers in Algiers put the number of civilians killed in massacres in the Blida and Medea regions since the beginning of August at more than 300.",
      "independent newspapers in Algiers", killed=F(300, "more_than")),

    # tza-01 police press release (Dodoma, 12 February 2021)
    C("tza-01", KIL, "attack_on_civilians", "Kilimahewa", "TZ", "2021-02-10",
      "The Tanzania Police Force wishes to inform the public that on the night of 10 February 2021, at about 2300 hrs, a group of criminals numbering about 30, armed with firearms and machetes, crossed the Ruvuma River from the neighbouring country and attacked Kilimahewa village in Tandahimba District, Mtwara Region.",
      TPF, other=[O("attackers", 30, "about")]),
    C("tza-01", KIL, "attack_on_civilians", "Kilimahewa", "TZ", "2021-02-10",
      "In the attack four (4) citizens were killed, among them one member of the people's militia, and six (6) others were injured.",
      TPF, killed=F(4), injured=F(6)),
    C("tza-01", KIL, "destruction", "Kilimahewa", "TZ", "2021-02-10",
      "The criminals also burned eleven (11) houses and the village office, and looted food and livestock.",
      TPF, other=[O("houses burned", 11)]),
    C("tza-01", KIL, "armed_clash", "Kilimahewa", "TZ", "2021-02-10",
      "In the exchange of fire three (3) of the criminals were killed and two (2) were arrested with gunshot wounds, together with one AK-47 rifle and 64 rounds of ammunition.",
      TPF, killed=F(3), captured=F(2), other=[O("rifles seized", 1), O("rounds of ammunition seized", 64)],
      note="Attackers killed and captured in the response the same night."),
    C("tza-01", KIL, "attack_on_civilians", "Kilimahewa", "TZ", "2021-02-10",
      "The Force wishes to correct information circulating on social media claiming that more than 20 villagers were killed and that the attackers held the village for two days.",
      "social media reports (as cited by the Tanzania Police Force)", killed=F(20, "more_than"),
      other=[O("days the village was held", 2)]),
    C("tza-01", KIL, "attack_on_civilians", "Kilimahewa", "TZ", "2021-02-10",
      "The Force dismisses these reports as false and intended to cause panic among citizens.",
      TPF, note="Denial of the social-media toll; no figures."),
    C("tza-01", "mitambo-fishermen-attack-2021-01-27", "attack_on_civilians", "Mitambo", "TZ", "2021-01-27",
      "The Force further confirms that on 27 January 2021 a similar group attacked fishermen at Mitambo landing site on the bank of the Ruvuma River, killing two (2) fishermen and stealing their boats.",
      TPF, killed=F(2)),

    # npl-01 NGO report excerpt (no publication date in the manifest; "October 2004" in the text)
    C("npl-01", "thulo-gaun-killings-2004-08-15", "attack_on_civilians", "Thulo Gaun", "NP", "2004-08-15",
      "According to three witnesses interviewed separately by Frontline Rights International, they took four young men from a tea shop, tied their hands and shot them beside the river about 200 metres from the village.",
      "three witnesses (interviewed by Frontline Rights International)", killed=F(4),
      other=[O("distance from the village (m)", 200, "about")], note="Perpetrators: soldiers (previous sentence)."),
    C("npl-01", "thulo-gaun-killings-2004-08-15", "armed_clash", "Thulo Gaun", "NP", "2004-08-15",
      "The following day the Army's public relations directorate announced that \"four Maoist terrorists\" had been killed in an encounter near Thulo Gaun and that a pistol and explosives had been recovered from them.",
      "Royal Nepal Army (public relations directorate)", killed=F(4),
      note="Alternative account (an 'encounter'); announced on 16 August, incident dated 15 August."),
    C("npl-01", "rolpa-school-abduction-2004-09-02", "abduction", "Rolpa", "NP", "2004-09-02",
      "On 2 September, Maoist cadres abducted 23 teachers and students from a secondary school in Rolpa district and took them to a remote village for what the party called \"political education\".",
      FRI, captured=F(23), note="Year from the report period (2004)."),
    C("npl-01", "rolpa-school-abduction-2004-09-02", "abduction", "Rolpa", "NP", "2004-09-02",
      "Twenty-one were released after a week.",
      FRI, other=[O("abductees released", 21)]),
    C("npl-01", "rolpa-school-abduction-2004-09-02", "abduction", "Rolpa", "NP", "2004-09-02",
      "Their families say two teenagers are still missing and believe they were forcibly recruited.",
      "families of the abducted", missing=F(2)),
    C("npl-01", "nepalgunj-bus-park-bomb-2004-09-09", "explosion", "Nepalgunj", "NP", "2004-09-09",
      "On 9 September a bomb exploded in the bus park of Nepalgunj, killing three people and injuring 14, according to the district police office.",
      "the district police office (Nepalgunj)", killed=F(3), injured=F(14)),
    C("npl-01", "nepalgunj-bus-park-bomb-2004-09-09", "explosion", "Nepalgunj", "NP", "2004-09-09",
      "In a statement faxed to newspapers, a regional Maoist commander denied any involvement and said the party \"does not target ordinary passengers\".",
      "a regional Maoist commander", note="Denial of responsibility; no figures."),
    C("npl-01", "nepal-disappearances-2004", "detention", None, "NP", "2004-01-01/2004-09-30",
      "Frontline Rights International has received information on 310 people who disappeared after being arrested by the security forces in the first nine months of 2004.",
      FRI, missing=F(310), note="Disappeared after arrest: coded missing (not captured)."),
    C("npl-01", "nepal-disappearances-2004", "detention", None, "NP", "2004-01-01/2004-09-30",
      "The Army says most of those named are either in lawful custody or have joined the insurgents.",
      "Royal Nepal Army", note="Alternative account of the disappearances; no figures."),
    C("npl-01", "nepal-conflict-1996-2004", "other", None, "NP", "1996-02-01/2004-10-31",
      "Since the conflict began in February 1996, more than 9,000 people have been killed, according to a Kathmandu-based human rights organisation, about two thirds of them by the security forces.",
      "a Kathmandu-based human rights organisation", killed=F(9000, "more_than"),
      note="Conflict-wide total up to the report (October 2004); 'two thirds' not coded as a figure."),

    # krd-01 local newspaper (Thursday 15 July 2021); shelling on Wednesday 14 July
    C("krd-01", RAZGA, "shelling", "Sidakan", "IQ", "2021-07-14",
      "Iranian shelling hits Sidakan villages again; farmer killed, orchards burned",
      ZG, killed=F(1), note="Headline; date from the body."),
    C("krd-01", RAZGA, "shelling", "Razga", "IQ", "2021-07-14",
      "A 62-year-old farmer was killed and his grandson wounded on Wednesday when artillery shells fell on the village of Razga in Sidakan subdistrict, the mayor of Sidakan told the Gazette.",
      SIDAKAN_MAYOR, killed=F(1), injured=F(1)),
    C("krd-01", RAZGA, "shelling", "Razga", "IQ", "2021-07-14",
      "\"More than 40 shells landed on Razga, Bardakan and the hills around them between six and nine in the morning,\" the mayor said.",
      SIDAKAN_MAYOR, other=[O("shells", 40, "more_than")]),
    C("krd-01", RAZGA, "destruction", "Razga", "IQ", "2021-07-14",
      "Fires started by the shelling burned about 150 dunams of orchards and beehives, and around 30 families from Razga have since moved to relatives in Soran, according to the subdistrict administration.",
      "the Sidakan subdistrict administration", other=[O("dunams of orchards burned", 150, "about"), O("families displaced", 30, "about")],
      note="Damage and displacement in one sentence; typed destruction."),
    C("krd-01", RAZGA, "shelling", None, "IQ", "2021-07-14",
      "Iranian state television, quoting a statement by the Revolutionary Guards' ground forces, said on Wednesday evening that its artillery had targeted \"bases of terrorist groups\" in the border area and that no civilian had been harmed.",
      "Revolutionary Guards ground forces (via Iranian state television)",
      note="Denial of civilian harm, no figures (not coded as killed = 0); names no village."),
    C("krd-01", "choman-drone-strike-2021-07", "air_strike", "Choman", "IQ", "2021-07-05/2021-07-11",
      "Last week, a drone strike on a pickup truck near Choman killed two men, whom the Choman district head described as shepherds returning from summer pastures.",
      "the Choman district head", killed=F(2),
      note="'Last week' against Thursday 15 July 2021. The killing is stated in the paper's voice, the description by the district head; attributed to the only cited source."),
    C("krd-01", KRD_YTD, "shelling", "Sidakan and Choman", "IQ", KRD_YTD_D,
      "A local monitoring group that tracks cross-border attacks says at least five civilians have been killed and nine injured in shelling and drone strikes on the Sidakan and Choman areas since January.",
      "a local monitoring group", killed=F(5, "at_least"), injured=F(9, "at_least"),
      note="'at least' applied to both figures."),
    C("krd-01", KRD_YTD, "displacement", None, "IQ", KRD_YTD_D,
      "According to the border villages' committee, residents of 14 villages have abandoned their homes in the same period, some of them for the second or third time.",
      "the border villages' committee", other=[O("villages abandoned", 14)]),

    # afr-01 UN situation update (last updated 18 Feb 2022)
    C("afr-01", AFAR, "displacement", "Abala and Berahle woredas", "ET", AFAR_D,
      "- Fighting in Abala and Berahle woredas since late December has displaced an estimated 200,000 people, up from 140,000 in the previous update, according to regional authorities.",
      "regional authorities (Afar)", other=[O("people displaced", 200000, "about"), O("people displaced (previous update)", 140000)],
      note="'late December' coded from 21 December 2021."),
    C("afr-01", "abala-shelling-2022-02-03", "shelling", "Abala", "ET", "2022-02-03",
      "- At least 12 civilians were killed and 30 injured when shells hit Abala town on 3 February, according to local health officials.",
      "local health officials (Abala)", killed=F(12, "at_least"), injured=F(30, "at_least"),
      note="'at least' applied to both figures; year from the update date."),
    C("afr-01", "abala-shelling-2022-02-03", "armed_clash", "Abala", "ET", "2022-02-03",
      "A spokesperson for the Tigrayan forces denied targeting civilians and said fighting in the area was with \"forces that had attacked our positions\".",
      "a spokesperson for the Tigrayan forces", note="Denial and alternative account (fighting); no figures."),
    C("afr-01", "berahle-warehouse-2022-02-08", "destruction", "Berahle", "ET", "2022-02-08",
      "On 8 February, a warehouse used by humanitarian partners in Berahle was looted and partially burned. About 450 tonnes of food was lost.",
      OCHA, other=[O("tonnes of food lost", 450, "about")]),
    C("afr-01", AFAR, "destruction", "Zone 2", "ET", "2021-12-01/2022-02-18",
      "The regional health bureau reports that dozens of health facilities in Zone 2 have been damaged or looted since December and that at least 17 are not functioning.",
      "the regional health bureau (Afar)", other=[O("health facilities not functioning", 17, "at_least")],
      vague={"other": "dozens"}),
    C("afr-01", "erebti-erw-2022-02-14", "explosion", "Erebti", "ET", "2022-02-14",
      "On 14 February, four people were killed and several injured by an explosive remnant of war in Erebti woreda, local officials said.",
      "local officials (Erebti)", killed=F(4), vague={"injured": "several"}),
    C("afr-01", "erebti-erw-2022-02-14", "explosion", "Erebti", "ET", "2022-02-14",
      "All four were children collecting firewood.",
      "local officials (Erebti)", other=[O("children among the killed", 4)], note="Continues the officials' account."),

    # tls-01 witness-based investigation (10 May 1999)
    C("tls-01", LEB, "massacre", "Lebumeta", "TL", "1999-04-12",
      "On the morning of 12 April 1999, several hundred members of a pro-integration militia surrounded the village of Lebumeta, about 15 kilometres east of Maliana, where families who supported independence had gathered in and around the chapel.",
      TRDP, other=[O("distance from Maliana (km)", 15, "about")], vague={"other": "several hundred"},
      note="'several hundred' militiamen, vague."),
    C("tls-01", LEB, "massacre", "Lebumeta", "TL", "1999-04-12",
      "Witnesses gave us the names of 26 people killed in Lebumeta that day, among them four women and a child of eight.",
      "witnesses (to the Timor Rights Documentation Project)", killed=F(26), other=[O("women killed", 4)]),
    C("tls-01", LEB, "massacre", "Lebumeta", "TL", "1999-04-12",
      "The parish priest of Maliana told us he had buried 19 bodies and that other families had taken their dead to their home villages.",
      "the parish priest of Maliana", killed=F(19), scope="partial", note="Bodies he buried only."),
    C("tls-01", LEB, "massacre", "Lebumeta", "TL", "1999-04-12",
      "At least 30 people were wounded.",
      TRDP, injured=F(30, "at_least")),
    C("tls-01", LEB, "armed_clash", "Lebumeta", "TL", "1999-04-12",
      "The district military commander told journalists on 13 April that five people had died in \"a clash between two groups of residents\" and that soldiers had arrived only after the fighting to restore order.",
      "the district military commander (Bobonaro)", killed=F(5),
      note="Alternative account (a clash); place from context (the section on Lebumeta)."),
    C("tls-01", LEB, "armed_clash", "Lebumeta", "TL", "1999-04-12",
      "He denied that any soldier had taken part.",
      "the district military commander (Bobonaro)", note="Denial of army participation; no figures."),
    C("tls-01", "ritabou-roadblock-1999-04-06", "attack_on_civilians", "Ritabou", "TL", "1999-04-06",
      "On 6 April, militia members shot dead two young men at a roadblock in Ritabou, on the outskirts of Maliana, according to their families.",
      "the victims' families", killed=F(2)),
    C("tls-01", "ritabou-roadblock-1999-04-06", "armed_clash", "Ritabou", "TL", "1999-04-06",
      "Police told relatives the two had been \"caught in crossfire\".",
      "police (Maliana)", note="Alternative account (crossfire); no figures beyond 'the two'."),
    C("tls-01", "bobonaro-displacement-1999-04", "displacement", "Maliana", "TL", "1999-04-01/1999-05-10",
      "Since early April, the parish of Maliana has registered about 3,000 people who fled their villages and are sheltering in church buildings and with relatives in the town.",
      "the parish of Maliana", other=[O("people displaced", 3000, "about")]),
    C("tls-01", "bobonaro-displacement-1999-04", "displacement", None, "TL", "1999-04-01/1999-05-10",
      "Hundreds more are believed to have crossed into West Timor.",
      TRDP, vague={"other": "hundreds"}, note="Destination West Timor (Indonesia); origin Bobonaro district."),

    # egy-01 think-tank monthly tracker (March 2016; published 6 April 2016)
    C("egy-01", SINAI, "other", "North Sinai", "EG", MAR16,
      "Our dataset recorded 41 attacks by the Sinai Province group and other militants in North Sinai in March, down from 55 in February.",
      EMSO, other=[O("attacks in March", 41), O("attacks in February", 55)]),
    C("egy-01", SINAI, "other", "North Sinai", "EG", MAR16,
      "At least 33 members of the police and armed forces were killed in these attacks, the highest monthly figure since October.",
      EMSO, killed=F(33, "at_least")),
    C("egy-01", SINAI, "attack_on_civilians", "North Sinai", "EG", MAR16,
      "Eleven civilians were killed by militants, most of them accused by the group of collaborating with the army.",
      EMSO, killed=F(11)),
    C("egy-01", SINAI, "armed_clash", "North Sinai", "EG", MAR16,
      "The army spokesman said military operations during the month killed 60 \"terrorist elements\" and led to the arrest of 212 suspects.",
      "the army spokesman (Egypt)", killed=F(60), captured=F(212)),
    C("egy-01", "el-arish-checkpoint-2016-03-19", "armed_clash", "El Arish", "EG", "2016-03-19",
      "The Interior Ministry said 13 policemen were killed.",
      "Interior Ministry (Egypt)", killed=F(13), note="Place and date from the entry ('19 March', checkpoint south of El Arish)."),
    C("egy-01", "el-arish-checkpoint-2016-03-19", "armed_clash", "El Arish", "EG", "2016-03-19",
      "Sinai Province, in a claim published online, said its fighters had killed \"dozens of apostates\" and captured weapons.",
      "Sinai Province (online claim)", vague={"killed": "dozens"}),
    C("egy-01", "sheikh-zuweid-rafah-ied-2016-03-24", "explosion", "Sheikh Zuweid", "EG", "2016-03-24",
      "24 March - A roadside bomb hit an armoured vehicle on the road between Sheikh Zuweid and Rafah, killing four soldiers, according to medical sources at El Arish General Hospital.",
      "medical sources at El Arish General Hospital", killed=F(4), note="On the road between Sheikh Zuweid and Rafah."),
    C("egy-01", "al-tuma-shelling-2016-03-27", "shelling", "Al-Tuma", "EG", "2016-03-27",
      "27 March - Two women and three children were killed when a shell struck their house in the village of Al-Tuma, south of Sheikh Zuweid, according to relatives quoted by local media.",
      "relatives (quoted by local media)", other=[O("women killed", 2), O("children killed", 3)],
      note="No arithmetic: killed stays null."),
    C("egy-01", "al-tuma-shelling-2016-03-27", "shelling", "Al-Tuma", "EG", "2016-03-27",
      "The army said it had not fired on the village and blamed a militant mortar.",
      "the army (Egypt)", note="Denial and alternative perpetrator; no figures."),
    C("egy-01", "rafah-buffer-zone-displacement", "displacement", "Rafah", "EG", None,
      "Local officials estimate that more than 1,100 families have left the zone since the creation of the buffer area began.",
      "local officials (North Sinai)", other=[O("families displaced", 1100, "more_than")],
      note="No date: 'since the creation of the buffer area began'."),

    # per-01 corrections box (no manifest date; "Tuesday 19 August 2003" in the text)
    C("per-01", SRP, "massacre", "Santa Rosa de Pampay", "PE", "1983-04-03",
      "An article on Friday about the public hearings of the Truth and Reconciliation Commission in Huamanga (\"Survivors break their silence\", page 6) said that Shining Path fighters killed 96 villagers in Santa Rosa de Pampay on 3 April 1983.",
      f"{TAT} (earlier article, corrected)", killed=F(96),
      note="The retracted claim, with the wrong date it gave; the box corrects it to 13 April 1983."),
    C("per-01", SRP, "massacre", "Santa Rosa de Pampay", "PE", "1983-04-13",
      "The figure of 96 was given by a survivor who spoke at the hearing.",
      "a survivor (at the Commission hearing)", killed=F(96), note="Date as corrected in the box."),
    C("per-01", SRP, "massacre", "Santa Rosa de Pampay", "PE", "1983-04-13",
      "The Commission's own figure is 69 dead, including 18 children.",
      TRC, killed=F(69), other=[O("children killed", 18)]),
    C("per-01", LLO, "massacre", "Llocllapampa", "PE", AUG85,
      "A photo caption in the same edition said an army patrol killed 47 peasants in Llocllapampa in August 1985.",
      f"{TAT} (earlier caption, corrected)", killed=F(47), note="The retracted caption figure."),
    C("per-01", LLO, "massacre", "Llocllapampa", "PE", AUG85,
      "The Commission has recorded 62 victims in Llocllapampa.",
      TRC, killed=F(62), note="Date from the caption (not corrected)."),
    C("per-01", LLO, "mass_grave", "Llocllapampa", "PE", AUG85,
      "The figure of 47 is the number of victims whose remains were exhumed from two graves in 2001.",
      TAT, killed=F(47), other=[O("graves", 2)], scope="partial",
      note="Exhumed in 2001; dated by the killings (August 1985)."),
    C("per-01", LLO, "massacre", "Llocllapampa", "PE", AUG85,
      "The prosecutor's office handling the case has identified 49 of the victims by name.",
      "the prosecutor's office (Peru)", killed=F(49, "at_least"), note="'identified 49 of the victims' = at least 49."),
    C("per-01", LLO, "armed_clash", "Llocllapampa", "PE", AUG85,
      "An interview published on Sunday quoted a retired army colonel as saying that \"no more than a dozen\" people died in Llocllapampa, all of them \"armed subversives\".",
      "a retired army colonel (interview in The Andean Tribune)", killed=F(12, "at_most"),
      note="'no more than a dozen' coded at_most 12; alternative account (combatants)."),
    C("per-01", LLO, "massacre", "Llocllapampa", "PE", AUG85,
      "We should have made clear that this account is disputed by the Commission and by survivors' associations, which say those killed were unarmed villagers.",
      "the Commission and survivors' associations", note="Rejection of the colonel's account; no figures."),
    C("per-01", "peru-conflict-1980-2000", "other", None, "PE", "1980-01-01/2000-12-31",
      "A report on Saturday about the Commission's final report, which is due to be presented on 28 August, said the Commission estimates that some 69,000 people died or disappeared in the conflict between 1980 and 2000.",
      TRC, killed=F(69000, "about"), note="'died or disappeared' together; coded killed."),

    # idn-01 TV transcript (Tuesday 20 May 2003; operation began Monday 19 May)
    C("idn-01", ACEH, "armed_clash", "Aceh", "ID", "2003-05-20",
      "On the second day of the military operation in Aceh, the armed forces say they have killed 14 rebels of the Free Aceh Movement in clashes across the province.",
      "the armed forces (Indonesia)", killed=F(14)),
    C("idn-01", ACEH, "attack_on_civilians", "Aceh", "ID", "2003-05-20",
      "The rebels say many of the dead were civilians.",
      "Free Aceh Movement (GAM)", note="Alternative account; 'many' qualifies the civilians among the 14, not a count."),
    C("idn-01", ACEH, "armed_clash", "Bireuen", "ID", "2003-05-20",
      "Ratna, the military spokesman here told reporters this afternoon that 14 GAM members were shot dead today in Bireuen and North Aceh, and that two soldiers were wounded.",
      "the military spokesman (Lhokseumawe)", killed=F(14), injured=F(2), note="Bireuen and North Aceh."),
    C("idn-01", ACEH, "armed_clash", "Bireuen", "ID", "2003-05-20",
      "He said troops also seized nine rifles.",
      "the military spokesman (Lhokseumawe)", other=[O("rifles seized", 9)]),
    C("idn-01", ACEH, "armed_clash", "Bireuen", "ID", "2003-05-20",
      "But a GAM spokesman, speaking to us by satellite phone, rejected that.",
      "a GAM spokesman", note="Denial of the military's account; no figures."),
    C("idn-01", ACEH, "attack_on_civilians", "Alue Lhok", "ID", "2003-05-20",
      "He said that at least seven of those killed in the village of Alue Lhok in Bireuen were farmers who had been taken from their homes, and that the rebels had lost only two fighters today.",
      "a GAM spokesman", killed=F(7, "at_least"), other=[O("GAM fighters killed", 2)],
      note="Seven farmers among the dead at Alue Lhok; two GAM fighters killed today."),
    C("idn-01", SCHOOLS, "destruction", None, "ID", ACEH_2D,
      "Overnight, dozens of schools were set on fire in several districts.",
      NEN, vague={"other": "dozens"}),
    C("idn-01", SCHOOLS, "destruction", "Bireuen, Pidie and North Aceh", "ID", ACEH_2D,
      "The provincial education office says 46 school buildings were burned in Bireuen, Pidie and North Aceh since Monday.",
      "the provincial education office (Aceh)", other=[O("school buildings burned", 46)]),
    C("idn-01", SCHOOLS, "destruction", None, "ID", ACEH_2D,
      "GAM has denied burning any schools and accuses the military of doing it to turn people against the movement.",
      "Free Aceh Movement (GAM)", note="Denial and counter-accusation; no figures."),
    C("idn-01", "bireuen-displacement-2003-05", "displacement", "Bireuen", "ID", ACEH_2D,
      "The district government in Bireuen says more than 5,000 people have moved into mosques and school compounds, mostly women and children.",
      "the district government in Bireuen", other=[O("people displaced", 5000, "more_than")]),

    # sle-01 peacekeeping press release (Sunday 30 April 2000; attack on Friday 28 April)
    C("sle-01", MANO, "armed_clash", "Mano Njeigbla", "SL", "2000-04-28",
      "The patrol of 12 peacekeepers was escorting a team of disarmament officers when it was stopped at a roadblock by fighters of the Revolutionary United Front (RUF).",
      UNAMSIL, other=[O("peacekeepers in the patrol", 12)]),
    C("sle-01", MANO, "armed_clash", "Mano Njeigbla", "SL", "2000-04-28",
      "One peacekeeper was killed and two were seriously wounded.",
      UNAMSIL, killed=F(1), injured=F(2)),
    C("sle-01", MANO, "abduction", "Mano Njeigbla", "SL", "2000-04-28",
      "Eight peacekeepers and three disarmament officers are still being held by the RUF.",
      UNAMSIL, other=[O("peacekeepers held", 8), O("disarmament officers held", 3)],
      note="No arithmetic: captured stays null (eight peacekeepers and three officers)."),
    C("sle-01", MANO, "abduction", "Mano Njeigbla", "SL", "2000-04-28",
      "In a message broadcast on a local radio station on Saturday, an RUF spokesman said that the movement was not holding any UN personnel and that the patrol had \"entered a restricted area without authorisation\".",
      "an RUF spokesman", note="Denial of holding anyone; no figures (not coded as captured = 0)."),
    C("sle-01", "mano-njeigbla-villages-2000-04", "attack_on_civilians", "Mano Njeigbla", "SL", "2000-04-28/2000-04-30",
      "The Force Commander has also received reports from local authorities that six civilians were killed and several houses burned in two villages near Mano Njeigbla after the incident.",
      "local authorities (reported to the UNAMSIL Force Commander)", killed=F(6), other=[O("villages", 2)],
      vague={"other": "several"}),
    C("sle-01", "kailahun-displacement-2000-04", "displacement", None, "SL", "2000-04-28/2000-04-30",
      "Local officials say some 2,500 civilians have fled the area towards Kenema and Daru since Friday.",
      "local officials (Kailahun District)", other=[O("civilians fled", 2500, "about")],
      note="Origin 'the area' (near Mano Njeigbla); Kenema and Daru are destinations."),

    # slv-01 sentencing remarks (no manifest date; delivered 21 September 2023)
    C("slv-01", ZAP, "massacre", "El Zapotal", "SV", "1982-11-14",
      "The court finds it proven that on 14 November 1982 soldiers of an infantry battalion under the command of the first defendant entered the hamlet of El Zapotal, in the municipality of Las Vueltas, department of Chalatenango, and killed at least 37 civilians, among them 14 children and 9 women.",
      COURT, killed=F(37, "at_least"), other=[O("children killed", 14), O("women killed", 9)]),
    C("slv-01", ZAP, "massacre", "El Zapotal", "SV", "1982-11-14",
      "The prosecution alleged that 52 people were killed.",
      "the prosecution", killed=F(52)),
    C("slv-01", ZAP, "massacre", "El Zapotal", "SV", "1982-11-14",
      "The court does not doubt the sincerity of the families who gave that figure, but it can rule only on the 37 victims whose deaths have been established by the evidence.",
      COURT, killed=F(37), note="Repeat of the proven figure (here without 'at least')."),
    C("slv-01", ZAP, "mass_grave", "El Zapotal", "SV", "1982-11-14",
      "Between 2017 and 2019 the forensic team exhumed three graves near the hamlet and recovered the remains of at least 31 individuals, 12 of them children under the age of twelve.",
      "the forensic anthropology team (cited by the court)", killed=F(31, "at_least"),
      other=[O("graves exhumed", 3), O("children among the remains", 12)],
      note="Exhumations 2017-2019; dated by the killings."),
    C("slv-01", ZAP, "abduction", "El Zapotal", "SV", "1982-11-14",
      "Two young women were taken from the hamlet by the soldiers that day. Their whereabouts remain unknown.",
      COURT, captured=F(2), missing=F(2)),
    C("slv-01", ZAP, "armed_clash", "El Zapotal", "SV", "1982-11-14",
      "The defence maintained that the deaths occurred in combat with guerrilla forces who were using the hamlet as a base.",
      "the defence", note="Alternative account (combat), rejected by the court; no figures."),

    # pak-01 trade union statement (no date anywhere; weekday expressions unresolved)
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "Eleven coal miners murdered near Mach: the Federation demands protection for workers",
      FMW, killed=F(11), note="Headline."),
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "According to our members at the site, about 15 armed men arrived at the camp at around 2 a.m., separated the miners from the other workers, tied their hands and led them into the hills.",
      "Federation members at the site", other=[O("attackers", 15, "about")]),
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "The bodies of eleven miners were found on Monday morning in a ravine about two kilometres from the camp.",
      FMW, killed=F(11), other=[O("distance from the camp (km)", 2, "about")]),
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "Three other workers escaped in the dark, one of them with a gunshot wound to the arm.",
      FMW, injured=F(1), other=[O("workers who escaped", 3)]),
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "The Deputy Commissioner first told the media that nine bodies had been recovered.",
      "the Deputy Commissioner (Bolan)", killed=F(9), note="First official count, later revised."),
    C("pak-01", MACH, "attack_on_civilians", "Mach", "PK", None,
      "Later in the day the Levies confirmed that the number was eleven.",
      "the Levies (Bolan)", killed=F(11)),
    C("pak-01", "balochistan-miners-12-months", "attack_on_civilians", "Balochistan", "PK", None,
      "In the past twelve months, at least 23 miners have been killed in attacks in Balochistan, and five have been kidnapped and never returned.",
      FMW, killed=F(23, "at_least"), captured=F(5, "at_least"),
      note="'at least' applied to both figures; kidnapped and never returned coded captured. No anchor date."),
    C("pak-01", "harnai-van-bomb", "explosion", "Harnai", "PK", None,
      "Two months ago, four miners were killed when the van taking them to work was hit by a roadside bomb near Harnai.",
      FMW, killed=F(4), note="'Two months ago' with no anchor date."),
]


if __name__ == "__main__":
    write_gold(G, HERE)
