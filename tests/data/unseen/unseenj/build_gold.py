"""Hand-coded gold for the unseenj documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents: six in mainstream styles (wire report civ-01, interior ministry press release dgs-01,
international NGO report excerpt uga-01, local newspaper nga-01, UN agency situation update kgz-01, witness-based
human-rights investigation gin-01) and six in styles not used by sets a-i (travel security advisory hnd-01, memorial
victim register introduction hrv-01, church pastoral statement pso-01, election observation preliminary statement
zwe-01, book review cyp-01, parliamentary record of oral answers bhr-01).

Conventions (same as sets g-i where they overlap): conflict-wide or period totals are typed ``other``; figure-less
denials keep the type the denying party gives the event (``armed_clash`` for "clashes") or the incident's type when
they only reject; killed people counted by an exhumation carry the date of the killings; "at least" is applied only
to the figure it precedes unless noted; weekday expressions are resolved against the publication date in
corpus.jsonl (dateline) and noted. A figure in a question put by a member of parliament is attributed to the source
the member cites, "(as cited by <member>)". Displacement counts go to ``other_figures`` ("displaced").
Not annotated on purpose: methodology counts (witnesses interviewed, observers deployed), weapons deliveries or
aid airlifts, criminal cases opened, vague "thousands fled" without a number (nga-01 lead), "tens of thousands"
gathered (gin-01), "tens of thousands of Turkish Cypriots" displaced (cyp-01, vague, war-wide), and the
election-day "heavy presence" remark (zwe-01).
hrv-01 and cyp-01 carry no publication date; their incidents are dated in the text.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- civ-01: wire report, Abidjan 2011 -------------------------------------------------------------------------------
ABOBO = "abobo-market-shelling-2011-03-17"
ABOBO_MARCH = "abobo-womens-march-2011-03-03"
CIV_TOTAL = "cote-divoire-post-election-violence-2010-2011"
CIV_TOTAL_D = "2010-12-15/2011-03-18"
HOSP = "medical staff at Abobo South general hospital"

# --- dgs-01: ministry statement, Dagestan 2012 -----------------------------------------------------------------------
MVD = "Ministry of Internal Affairs (Dagestan)"
KURUSH = "verkhny-kurush-kala-operation-2012-11-12"
DERBENT = "derbent-police-post-attack-2012-11-12"
DGS_YTD = "dagestan-insurgency-2012"
DGS_YTD_D = "2012-01-01/2012-11-14"

# --- uga-01: NGO report, northern Uganda 2004 ------------------------------------------------------------------------
GW = "Global Watch for Human Rights"
AGWENG = "agweng-camp-attack-2004-02-21"
PAJULE = "pajule-abductions-2004-02"
PAJULE_D = "2004-02-09/2004-02-15"
LRA_TOTAL = "lra-abductions-northern-uganda-1986-2004"
LRA_TOTAL_D = "1986-01-01/2004-03-10"

# --- nga-01: local newspaper, Niger Delta 2009 -----------------------------------------------------------------------
BOAT = "okerenkoko-patrol-boat-attack-2009-05-13"
GBARA = "gbaramatu-jtf-operations-2009-05"
GBARA_D = "2009-05-13/2009-05-19"
OZOBO = "ozobo-gunship-attack-2009-05-15"

# --- kgz-01: UN situation update, southern Kyrgyzstan 2010 -----------------------------------------------------------
UNR = "UN Refugee Agency (field situation update)"
OSH = "osh-jalal-abad-violence-2010-06"
OSH_D = "2010-06-10/2010-06-18"

# --- gin-01: witness-based investigation, Conakry 2009 ---------------------------------------------------------------
WARI = "West Africa Rights Investigations"
STADIUM = "conakry-stadium-massacre-2009-09-28"
HAMDALLAYE = "hamdallaye-killings-2009-09-30"

# --- hnd-01: travel advisory, Honduras 2019 --------------------------------------------------------------------------
NTR = "Northstar Travel Risk"
SPS_WEEKEND = "san-pedro-sula-weekend-attacks-2019-07"
POOL = "chamelecon-pool-hall-shooting-2019-07-06"
ZAPOT = "el-zapotillo-family-killing-2019-07-07"
BUS = "comayaguela-bus-attack-2019-07-02"
TRANSPORT = "honduras-transport-workers-killed-2019"

# --- hrv-01: memorial register, Vukovar 1991 -------------------------------------------------------------------------
REG = "Register of the Victims of Ovcara (families' association)"
OVCARA = "ovcara-killings-1991-11-20"
OVCARA_D = "1991-11-20/1991-11-21"
SIEGE = "vukovar-siege-1991"
SIEGE_D = "1991-08-25/1991-11-20"

# --- pso-01: church statement, Poso 2000 -----------------------------------------------------------------------------
SYNOD = "Synod of the Christian Church in Central Sulawesi"
WAYURA = "wayura-attack-2000-05-28"
TAMAUNGI = "tamaungi-atas-attack-2000-06-01"
POSO = "poso-violence-2000-05"
POSO_D = "2000-05-23/2000-06-03"

# --- zwe-01: election observation, Zimbabwe 2008 ---------------------------------------------------------------------
MISSION = "Regional Election Observation Mission to Zimbabwe"
ZW_VIOL = "zimbabwe-political-violence-2008"
ZW_VIOL_D = "2008-03-29/2008-06-27"
BINDURA = "bindura-beatings-2008-06"
BINDURA_D = "2008-06-20/2008-06-26"
CHIMBIRI = "chimbiri-arson-2008-06-21"
CHITUNGWIZA = "chitungwiza-stabbing-2008-06-27"

# --- cyp-01: book review, Cyprus 1974 --------------------------------------------------------------------------------
MARANGOU = "Elena Marangou (as reviewed by Thomas Hadjikyriacou)"
ASPRA = "aspravouni-killings-1974-08-14"
KALO = "kalopetra-killings-1974-08-16"
CY_MISSING = "cyprus-missing-1963-1974"
CY_MISSING_D = "1963-01-01/1974-12-31"
CY_WAR = "cyprus-war-1974"

# --- bhr-01: parliamentary record, Bahrain 2011 ----------------------------------------------------------------------
PEARL = "pearl-roundabout-clearance-2011-03-16"
BH_TOTAL = "bahrain-unrest-2011"
BH_TOTAL_D = "2011-02-14/2011-03-21"
SITRA = "sitra-shooting-2011-03-15"
BH_DET = "bahrain-detentions-2011-03"
BH_DET_D = "2011-03-19/2011-03-21"


G = [
    # ================================================= civ-01 ========================================================
    C("civ-01", ABOBO, "shelling", "Abidjan", "CI", "2011-03-17",
      "Shells hit Abidjan market, at least 25 dead - hospital",
      HOSP, killed=F(25, "at_least"), note="Headline; 'Thursday' from the lead against the Friday 18 March dateline."),
    C("civ-01", ABOBO, "shelling", "Abobo", "CI", "2011-03-17",
      "Mortar shells struck a crowded market in Abidjan's Abobo district on Thursday, killing at least 25 people and wounding more than 40, medical staff at a nearby hospital said.",
      HOSP, killed=F(25, "at_least"), injured=F(40, "more_than"),
      note="'Thursday' against the Friday 18 March 2011 dateline."),
    C("civ-01", ABOBO, "shelling", "Abobo", "CI", "2011-03-17",
      "\"We have received 25 bodies and more than 40 wounded, some of them children. Several are in a critical state,\" he said.",
      "a doctor at the Abobo South general hospital", killed=F(25), injured=F(40, "more_than")),
    C("civ-01", ABOBO, "shelling", "Abobo", "CI", "2011-03-17",
      "A spokesman for the government of Alassane Ouattara said six shells fell on the market and the surrounding streets shortly after noon and that 30 people had died.",
      "spokesman for the Ouattara government", killed=F(30), other=[O("shells", 6)]),
    C("civ-01", ABOBO, "shelling", "Abobo", "CI", "2011-03-17",
      "Earlier on Thursday the same spokesman had given a toll of 18 dead.",
      "spokesman for the Ouattara government", killed=F(18), note="Earlier toll, revised to 30."),
    C("civ-01", ABOBO, "shelling", "Abobo", "CI", "2011-03-17",
      "Army units loyal to Laurent Gbagbo denied firing on the district. \"Our forces have no heavy weapons in that sector. This story is an invention meant to justify a foreign intervention,\" army spokesman Colonel Jean-Marc Kouadio said on state television late on Thursday.",
      "Colonel Jean-Marc Kouadio (army spokesman, forces loyal to Gbagbo)",
      note="Denial: no figures."),
    C("civ-01", ABOBO_MARCH, "attack_on_civilians", "Abobo", "CI", "2011-03-03",
      "The shelling came two weeks after security forces opened fire on a women's march in Abobo on March 3, killing seven women, according to the organisers.",
      "organisers of the women's march", killed=F(7), note="Year from the dateline."),
    C("civ-01", CIV_TOTAL, "other", "Ivory Coast", "CI", CIV_TOTAL_D,
      "The United Nations mission in the country said on Friday that at least 365 people had been killed in post-election violence across Ivory Coast since mid-December.",
      "United Nations mission in Ivory Coast", killed=F(365, "at_least"),
      note="Conflict-wide total; 'mid-December' (2010) to the report day."),
    C("civ-01", CIV_TOTAL, "displacement", "Abidjan", "CI", CIV_TOTAL_D,
      "It said up to 450,000 people had fled their homes in Abidjan alone.",
      "United Nations mission in Ivory Coast", other=[O("displaced", 450000, "up_to")], scope="partial",
      note="Abidjan only."),

    # ================================================= dgs-01 ========================================================
    C("dgs-01", KURUSH, "armed_clash", "Verkhny Kurush-Kala", "RU", "2012-11-12",
      "During a counter-terrorist operation in the village of Verkhny Kurush-Kala, Suleyman-Stalsky district, which began on Monday evening, law enforcement officers neutralised five members of an illegal armed group who had barricaded themselves in a private house and offered armed resistance.",
      MVD, killed=F(5), note="'Neutralised' = killed (the statement later says 'all those killed'). Monday against Wednesday 14 Nov 2012."),
    C("dgs-01", KURUSH, "armed_clash", "Verkhny Kurush-Kala", "RU", "2012-11-12",
      "Two officers of the special purpose police unit were killed in the exchange of fire and three were wounded.",
      MVD, killed=F(2), injured=F(3)),
    C("dgs-01", KURUSH, "armed_clash", "Verkhny Kurush-Kala", "RU", "2012-11-12",
      "Three automatic rifles, a grenade launcher and about 10 kilograms of explosives were found in the house after the operation.",
      MVD, other=[O("automatic rifles", 3), O("grenade launchers", 1), O("explosives (kg)", 10, "about")]),
    C("dgs-01", KURUSH, "armed_clash", "Verkhny Kurush-Kala", "RU", "2012-11-12",
      "Reports circulated on the internet that civilians, including a teenager, died during the operation do not correspond to reality.",
      MVD, note="Denial of civilian deaths; no figures."),
    C("dgs-01", DERBENT, "armed_clash", "Derbent", "RU", "2012-11-12/2012-11-13",
      "Separately, on the night of 12 to 13 November, unknown persons fired on a traffic police post on the Kavkaz federal highway near Derbent. A police sergeant died of his wounds in hospital; a passer-by was injured.",
      MVD, killed=F(1), injured=F(1), note="Night of 12 to 13 November 2012 (year from the dateline)."),
    C("dgs-01", DGS_YTD, "other", "Dagestan", "RU", DGS_YTD_D,
      "Since the beginning of the year, 41 members of illegal armed groups have been neutralised in the republic and 96 have been detained.",
      MVD, killed=F(41), captured=F(96), note="Year-to-date total."),
    C("dgs-01", DGS_YTD, "other", "Dagestan", "RU", DGS_YTD_D,
      "In the same period, 27 law enforcement officers have been killed in the line of duty.",
      MVD, killed=F(27), note="Year-to-date total."),

    # ================================================= uga-01 ========================================================
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "Survivors told Global Watch that the attackers, estimated by camp leaders at between 200 and 300, overran a post held by some 30 local militia members, set huts on fire and shot or hacked people as they fled.",
      "camp leaders (Agweng)", other=[OR("attackers", 200, 300), O("militia members guarding the camp", 30, "about")]),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "The Uganda People's Defence Force (UPDF) spokesperson said on February 23 that 84 people had been killed.",
      "UPDF spokesperson", killed=F(84)),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "Camp leaders compiled a list of 121 names, and a local councillor told us that \"close to 200\" people died, many of them burned inside their huts.",
      "camp leaders (Agweng)", killed=F(121), note="List of names of the dead. Same sentence as the councillor's figure."),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "Camp leaders compiled a list of 121 names, and a local councillor told us that \"close to 200\" people died, many of them burned inside their huts.",
      "a local councillor", killed=F(200, "about"), note="'close to' = about (README)."),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "Global Watch was able to confirm at least 97 deaths by name.",
      GW, killed=F(97, "at_least")),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "More than 60 injured people were taken to Lira hospital, according to its medical superintendent.",
      "medical superintendent of Lira hospital", injured=F(60, "more_than")),
    C("uga-01", AGWENG, "massacre", "Agweng", "UG", "2004-02-21",
      "In a radio message in early March, a man who identified himself as an LRA commander denied that the group had killed civilians at Agweng and said the dead were \"government soldiers and militia.\"",
      "a self-identified LRA commander (radio message)", note="Denial / alternative account; no figures."),
    C("uga-01", PAJULE, "abduction", "Pajule", "UG", PAJULE_D,
      "In Pader district, LRA fighters abducted dozens of children from Pajule and the surrounding villages during the week of February 9.",
      GW, vague={"captured": "dozens"}, note="Abducted coded captured. Week of 9 Feb 2004."),
    C("uga-01", PAJULE, "abduction", "Pajule", "UG", PAJULE_D,
      "The district administration later put the number of abducted children at 43.",
      "Pader district administration", captured=F(43)),
    C("uga-01", LRA_TOTAL, "abduction", "northern Uganda", "UG", LRA_TOTAL_D,
      "Across northern Uganda, UNICEF estimates that more than 20,000 children have been abducted by the LRA since 1986.",
      "UNICEF", captured=F(20000, "more_than"), note="Conflict-wide total."),
    C("uga-01", "northern-uganda-camps-2004", "displacement", "northern Uganda", "UG", None,
      "Some 1.6 million people now live in camps for the displaced in the region.",
      GW, other=[O("displaced (living in camps)", 1600000, "about")], note="Current stock ('now'), no incident date given."),

    # ================================================= nga-01 ========================================================
    C("nga-01", BOAT, "armed_clash", "Okerenkoko", "NG", "2009-05-13",
      "The fighting began last Wednesday after militants attacked a JTF patrol boat near Okerenkoko, killing 12 soldiers, according to a military source who spoke on condition of anonymity.",
      "a military source (anonymous)", killed=F(12), note="'Last Wednesday' against Wednesday 20 May 2009."),
    C("nga-01", BOAT, "armed_clash", "Okerenkoko", "NG", "2009-05-13",
      "The militant group, in an e-mail to journalists, claimed that \"over 20\" soldiers died and that its fighters seized two gunboats.",
      "the militant group (e-mail)", killed=F(20, "more_than"), other=[O("gunboats seized", 2)]),
    C("nga-01", GBARA, "armed_clash", "Gbaramatu", "NG", GBARA_D,
      "JTF spokesman Lieutenant Colonel Musa Adebayo said on Monday that the task force's operations had \"neutralised scores of criminals\" and destroyed several militant camps.",
      "Lt Col Musa Adebayo (JTF spokesman)", vague={"killed": "scores"}),
    C("nga-01", GBARA, "air_strike", "Gbaramatu", "NG", GBARA_D,
      "\"The reports of bombing of villages are false and are being spread by the militants and their sponsors,\" he said.",
      "Lt Col Musa Adebayo (JTF spokesman)", note="Denial; no figures."),
    C("nga-01", OZOBO, "air_strike", "Ozobo", "NG", "2009-05-15",
      "A youth leader from Ozobo, a small fishing settlement in the creeks, said helicopter gunships fired on the community on Friday, killing at least 15 people, among them women and children, and wounding many others.",
      "a youth leader from Ozobo", killed=F(15, "at_least"), vague={"injured": "many"},
      note="Helicopter gunship fire coded air_strike. Friday against Wednesday 20 May 2009."),
    C("nga-01", GBARA, "displacement", "Ogbe-Ijoh", "NG", GBARA_D,
      "The chairman of Warri South-West Local Government Council said about 1,000 people had arrived at a relief camp set up in a primary school in Ogbe-Ijoh.",
      "chairman of Warri South-West Local Government Council", other=[O("displaced (arrived at the camp)", 1000, "about")],
      scope="partial"),
    C("nga-01", GBARA, "displacement", "Gbaramatu", "NG", GBARA_D,
      "The Delta State Emergency Management Agency put the number of displaced people at between 3,000 and 5,000.",
      "Delta State Emergency Management Agency", other=[OR("displaced", 3000, 5000)]),
    C("nga-01", GBARA, "attack_on_civilians", "Gbaramatu", "NG", GBARA_D,
      "The Niger Delta Civil Society Coalition said at least 30 civilians had been killed and more than 20 houses burned in three communities since the operations began.",
      "Niger Delta Civil Society Coalition", killed=F(30, "at_least"),
      other=[O("houses burned", 20, "more_than"), O("communities", 3)]),

    # ================================================= kgz-01 ========================================================
    C("kgz-01", OSH, "other", "Osh and Jalal-Abad provinces", "KG", OSH_D,
      "The official death toll from the violence in Osh and Jalal-Abad provinces has risen to 208, according to the Ministry of Health; 2,015 people have been injured.",
      "Ministry of Health (Kyrgyzstan)", killed=F(208), injured=F(2015),
      note="Inter-communal violence; type other (no better fit). Dates from the overview (10-11 June onward)."),
    C("kgz-01", OSH, "displacement", "Osh and Jalal-Abad provinces", "KG", OSH_D,
      "Some 300,000 people are estimated to be internally displaced.",
      UNR, other=[O("internally displaced", 300000, "about")]),
    C("kgz-01", OSH, "displacement", "Uzbekistan", "KG", OSH_D,
      "Around 75,000 people, mainly women, children and elderly people, crossed into Uzbekistan, according to the Uzbek authorities.",
      "Uzbek authorities", other=[O("refugees crossed into Uzbekistan", 75000, "about")],
      note="Country = where the violence happened."),
    C("kgz-01", OSH, "other", "Osh", "KG", "2010-06-11/2010-06-12",
      "The Osh city hospital told UN staff that it had received 94 bodies in the first 48 hours of the violence.",
      "Osh city hospital", killed=F(94), scope="partial", note="One hospital, first 48 hours."),
    C("kgz-01", OSH, "other", "Jalal-Abad province", "KG", "2010-06-13/2010-06-18",
      "In Jalal-Abad province, the provincial administration reports 46 dead.",
      "Jalal-Abad provincial administration", killed=F(46), scope="partial",
      note="Violence spread there on 13 June."),
    C("kgz-01", OSH, "destruction", "Osh", "KG", OSH_D,
      "Analysis of satellite imagery shows more than 1,800 houses damaged or destroyed in Osh city.",
      UNR, other=[O("houses damaged or destroyed", 1800, "more_than")]),
    C("kgz-01", OSH, "destruction", "Kara-Tyube", "KG", OSH_D,
      "In the village of Kara-Tyube, south of Jalal-Abad, a UN team saw at least 40 burned houses on Wednesday.",
      "a UN team", other=[O("houses burned", 40, "at_least")],
      note="Wednesday 16 June is the day of the visit, not of the burning; incident date kept as the whole period."),
    C("kgz-01", OSH, "attack_on_civilians", "Osh", "KG", OSH_D,
      "The Interim Government has rejected reports that soldiers took part in attacks on residential neighbourhoods in Osh, saying that troops \"acted only to separate the sides.\"",
      "Interim Government (Kyrgyzstan)", note="Denial; no figures."),

    # ================================================= gin-01 ========================================================
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "We documented the deaths of at least 112 people in and around the stadium.",
      WARI, killed=F(112, "at_least")),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "A nurse at Donka hospital told us that \"more than 60 bodies\" arrived there that afternoon, most with gunshot wounds.",
      "a nurse at Donka hospital", killed=F(60, "more_than"), scope="partial", note="One hospital."),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "We also documented at least 33 cases of rape and sexual assault against women inside the stadium and in the streets around it.",
      WARI, other=[O("cases of rape and sexual assault", 33, "at_least")]),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "The government's first toll, announced by the Interior Minister on 29 September, was 57 dead, \"most of them trampled in the crush as the crowd fled.\"",
      "Interior Minister (Guinea)", killed=F(57), note="Also an alternative-cause account (crush)."),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "The government has since denied that the security forces deliberately fired on the crowd.",
      "Government of Guinea", note="Denial; no figures."),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "The Guinean Organisation for Human Rights, a local group, has counted 163 dead.",
      "Guinean Organisation for Human Rights", killed=F(163)),
    C("gin-01", STADIUM, "massacre", "Conakry", "GN", "2009-09-28",
      "Families told us that at least 30 people are still missing; several witnesses said they saw soldiers load bodies onto military trucks.",
      "families of victims", missing=F(30, "at_least")),
    C("gin-01", STADIUM, "detention", "Kaloum", "GN", "2009-09-28",
      "Dozens of protesters were detained at the stadium and taken to a military camp in Kaloum, where some said they were beaten.",
      WARI, vague={"captured": "Dozens"}),
    C("gin-01", HAMDALLAYE, "attack_on_civilians", "Hamdallaye", "GN", "2009-09-30",
      "Two days later, soldiers shot dead three young men in the Hamdallaye neighbourhood during a search operation, according to residents.",
      "residents of Hamdallaye", killed=F(3)),

    # ================================================= hnd-01 ========================================================
    C("hnd-01", SPS_WEEKEND, "attack_on_civilians", "San Pedro Sula", "HN", "2019-07-06/2019-07-07",
      "At least 13 people were killed in two separate armed attacks in and near San Pedro Sula over the weekend, local police said.",
      "local police (San Pedro Sula)", killed=F(13, "at_least"),
      note="Aggregate of the two attacks; weekend before Monday 8 July 2019."),
    C("hnd-01", POOL, "attack_on_civilians", "Chamelecon", "HN", "2019-07-06",
      "In the first incident, on Saturday night, gunmen opened fire in a pool hall in the Chamelecon neighbourhood, killing eight men and injuring two.",
      "local police (San Pedro Sula)", killed=F(8), injured=F(2),
      note="Stated after 'local police said'; attributed to the only cited source. Saturday against Monday 8 July 2019."),
    C("hnd-01", POOL, "attack_on_civilians", "Chamelecon", "HN", "2019-07-06",
      "Initial media reports had put the toll at six.",
      "initial media reports", killed=F(6)),
    C("hnd-01", ZAPOT, "attack_on_civilians", "El Zapotillo", "HN", "2019-07-07",
      "In the second, on Sunday, five members of one family were shot dead at their home in the village of El Zapotillo, Choloma municipality.",
      "local police (San Pedro Sula)", killed=F(5)),
    C("hnd-01", POOL, "attack_on_civilians", "Chamelecon", "HN", "2019-07-06",
      "A message attributed to one of the gangs and circulated on social media denied any involvement in the pool hall shooting.",
      "a street gang (social media message)", note="Denial; no figures."),
    C("hnd-01", BUS, "attack_on_civilians", "Comayaguela", "HN", "2019-07-02",
      "Separately, on 2 July, a bus driver was killed and three passengers were injured when gunmen attacked an urban bus in the Comayaguela area of Tegucigalpa after its owners reportedly refused to pay extortion.",
      NTR, killed=F(1), injured=F(3)),
    C("hnd-01", TRANSPORT, "other", "Honduras", "HN", "2019-01-01/2019-07-08",
      "Public transport workers are frequent targets: according to a transport sector association, 32 drivers and conductors have been killed so far this year.",
      "a transport sector association", killed=F(32), note="Year-to-date total."),

    # ================================================= hrv-01 ========================================================
    C("hrv-01", OVCARA, "massacre", "Ovcara", "HR", OVCARA_D,
      "This register lists the 200 persons known to have been killed at Ovcara.",
      REG, killed=F(200)),
    C("hrv-01", OVCARA, "mass_grave", "Ovcara", "HR", OVCARA_D,
      "Their remains were exhumed from the mass grave in 1996; 193 of them have been identified, and seven await identification.",
      REG, other=[O("remains identified", 193), O("remains awaiting identification", 7)],
      note="Exhumation in 1996; dated to the killings (convention)."),
    C("hrv-01", OVCARA, "massacre", "Ovcara", "HR", OVCARA_D,
      "At least 20 of the victims were wounded patients taken from their hospital beds.",
      REG, killed=F(20, "at_least"), scope="partial", note="Wounded patients among the dead."),
    C("hrv-01", OVCARA, "massacre", "Vukovar", "HR", OVCARA_D,
      "A further 61 persons who were taken from the hospital on the same day are still missing, and their families continue to search for them.",
      REG, missing=F(61)),
    C("hrv-01", OVCARA, "massacre", "Ovcara", "HR", OVCARA_D,
      "At the time, officers of the Yugoslav People's Army stated that the men had been handed over as prisoners of war and denied that any killings had taken place.",
      "officers of the Yugoslav People's Army", note="Denial; no figures."),
    C("hrv-01", SIEGE, "other", "Vukovar", "HR", SIEGE_D,
      "According to figures published by the Croatian government in 1992, more than 1,600 people were killed in Vukovar during the siege.",
      "Croatian government (1992 figures)", killed=F(1600, "more_than"),
      note="Siege of 87 days ending with the fall of the town; start date derived from 87 days before 20 Nov (approximate)."),
    C("hrv-01", SIEGE, "displacement", "Vukovar", "HR", "1991-11-01/1991-11-30",
      "About 22,000 non-Serb residents were expelled from the town after its fall, according to the same figures.",
      "Croatian government (1992 figures)", other=[O("residents expelled", 22000, "about")],
      note="'After its fall' (November 1991, the month of the Ovcara killings); month range."),

    # ================================================= pso-01 ========================================================
    C("pso-01", WAYURA, "destruction", "Wayura", "ID", "2000-05-28",
      "On Sunday, armed attackers burned the church and 48 houses in the village of Wayura, in the district of Lage.",
      SYNOD, other=[O("churches burned", 1), O("houses burned", 48)],
      note="Sunday against Saturday 3 June 2000."),
    C("pso-01", WAYURA, "massacre", "Wayura", "ID", "2000-05-28",
      "According to our congregation in Wayura, 14 members of the church were killed and nine are still missing.",
      "the church congregation in Wayura", killed=F(14), missing=F(9), note="Date from the previous sentence."),
    C("pso-01", WAYURA, "massacre", "Wayura", "ID", "2000-05-28",
      "The police in Poso speak of 11 dead.",
      "police in Poso", killed=F(11)),
    C("pso-01", TAMAUNGI, "massacre", "Tamaungi Atas", "ID", "2000-06-01",
      "We have learned that on Thursday night a group of armed men attacked the hamlet of Tamaungi Atas, and that many of its residents, including women and children, were killed.",
      SYNOD, vague={"killed": "many"}, note="Thursday against Saturday 3 June 2000."),
    C("pso-01", TAMAUNGI, "massacre", "Tamaungi Atas", "ID", "2000-06-01",
      "The regency government reports at least 30 dead there.",
      "Poso regency government", killed=F(30, "at_least")),
    C("pso-01", TAMAUNGI, "massacre", "Tamaungi Atas", "ID", "2000-06-01",
      "We reject the claim, heard on the radio, that these attackers acted in the name of our church.",
      SYNOD, note="Denial of the church's involvement; no figures."),
    C("pso-01", POSO, "displacement", "Tentena", "ID", POSO_D,
      "Since the violence resumed on 23 May, our crisis centre has registered more than 4,500 people who have fled to Tentena and the surrounding villages.",
      "crisis centre of the Synod", other=[O("displaced (registered)", 4500, "more_than")]),
    C("pso-01", POSO, "destruction", "Poso", "ID", POSO_D,
      "Seventeen churches have been destroyed in the regency in the same period.",
      SYNOD, other=[O("churches destroyed", 17)]),

    # ================================================= zwe-01 ========================================================
    C("zwe-01", ZW_VIOL, "other", "Zimbabwe", "ZW", ZW_VIOL_D,
      "The opposition Movement for Democratic Change (MDC) told the Mission that 86 of its supporters have been killed, more than 200 are missing and about 200,000 people have been displaced from their homes.",
      "Movement for Democratic Change (MDC)", killed=F(86), missing=F(200, "more_than"),
      other=[O("displaced", 200000, "about")], note="Country-wide political violence between the two rounds."),
    C("zwe-01", ZW_VIOL, "other", "Zimbabwe", "ZW", ZW_VIOL_D,
      "ZANU-PF rejected these figures as \"fabricated for foreign consumption.\"",
      "ZANU-PF", note="Denial of the MDC figures; no figures."),
    C("zwe-01", ZW_VIOL, "other", "Zimbabwe", "ZW", ZW_VIOL_D,
      "It says its own supporters have also been attacked, with at least 10 killed.",
      "ZANU-PF", killed=F(10, "at_least"), note="Its own supporters; different victims from the MDC count."),
    C("zwe-01", BINDURA, "attack_on_civilians", "Bindura", "ZW", BINDURA_D,
      "Observers in Mashonaland Central visited a clinic in Bindura that had treated 37 people with injuries consistent with beatings in the week before the poll.",
      "a clinic in Bindura (as reported by the Mission)", injured=F(37), note="Week before the 27 June poll."),
    C("zwe-01", CHIMBIRI, "attack_on_civilians", "Chimbiri", "ZW", "2008-06-21",
      "In Chimbiri village, Mutoko district, residents told observers that on 21 June a group of youths set fire to 12 homesteads and beat those who did not flee; one elderly man died of his injuries.",
      "residents of Chimbiri", killed=F(1), other=[O("homesteads burned", 12)]),
    C("zwe-01", ZW_VIOL, "other", "Zimbabwe", "ZW", ZW_VIOL_D,
      "A coalition of local doctors reports that it has documented more than 2,000 cases of assault and torture since the first round.",
      "a coalition of local doctors", injured=F(2000, "more_than"), note="Cases of assault and torture coded injured."),
    C("zwe-01", CHITUNGWIZA, "attack_on_civilians", "Chitungwiza", "ZW", "2008-06-27",
      "In Chitungwiza, a polling agent was stabbed on Friday near a polling station and taken to hospital.",
      MISSION, injured=F(1), note="Friday = polling day, 27 June 2008."),

    # ================================================= cyp-01 ========================================================
    C("cyp-01", ASPRA, "massacre", "Aspravouni", "CY", "1974-08-14",
      "According to the author, 57 men and boys were shot and buried in a field outside the village.",
      MARANGOU, killed=F(57), note="Year from the book's title and the war context (August 1974)."),
    C("cyp-01", ASPRA, "massacre", "Aspravouni", "CY", "1974-08-14",
      "Turkish Cypriot accounts of the time spoke of \"more than 80\" victims, a figure Marangou considers an overstatement based on lists that counted some men twice.",
      "Turkish Cypriot accounts of the time (as cited by Marangou)", killed=F(80, "more_than")),
    C("cyp-01", ASPRA, "massacre", "Aspravouni", "CY", "1974-08-14",
      "Marangou is careful with numbers, though not always consistent: her own count of the Aspravouni dead has risen from 49 in her 2011 article to 57 here, and the book does not fully explain the change.",
      "Elena Marangou (2011 article, as cited by the reviewer)", killed=F(49),
      note="Earlier count; the same sentence restates 57 (book), not coded twice."),
    C("cyp-01", KALO, "abduction", "Kalopetra", "CY", "1974-08-16",
      "In the second, two days later, soldiers and Turkish Cypriot fighters entered the Greek Cypriot village of Kalopetra, where some 40 civilians who had not fled were taken away.",
      MARANGOU, captured=F(40, "about"), note="'Taken away' coded captured; two days after 14 August."),
    C("cyp-01", KALO, "mass_grave", "Kalopetra", "CY", "1974-08-16",
      "The remains of 31 of them were found in a disused well in 2009 by forensic teams of the Committee on Missing Persons; nine are still listed as missing.",
      "Committee on Missing Persons (as reported by Marangou)", killed=F(31), missing=F(9),
      note="Exhumation 2009; dated to the killings (convention)."),
    C("cyp-01", KALO, "massacre", "Kalopetra", "CY", "1974-08-16",
      "Official Turkish Cypriot histories long denied that any killings took place at Kalopetra, describing the villagers as having been \"evacuated.\"",
      "official Turkish Cypriot histories", note="Denial / alternative account; no figures."),
    C("cyp-01", CY_MISSING, "other", "Cyprus", "CY", CY_MISSING_D,
      "The author notes that the Committee lists some 1,500 Greek Cypriots as missing from the period 1963 to 1974.",
      "Committee on Missing Persons (as cited by Marangou)", missing=F(1500, "about")),
    C("cyp-01", CY_MISSING, "other", "Cyprus", "CY", CY_MISSING_D,
      "It lists about 500 Turkish Cypriots.",
      "Committee on Missing Persons (as cited by Marangou)", missing=F(500, "about")),
    C("cyp-01", CY_WAR, "displacement", "Cyprus", "CY", "1974-01-01/1974-12-31",
      "The war displaced close to 200,000 Greek Cypriots, she writes, and tens of thousands of Turkish Cypriots.",
      MARANGOU, other=[O("displaced (Greek Cypriots)", 200000, "about")],
      note="'close to' = about; the Turkish Cypriot part is vague ('tens of thousands') and not coded."),

    # ================================================= bhr-01 ========================================================
    C("bhr-01", PEARL, "attack_on_civilians", "Pearl Roundabout", "BH", "2011-03-16",
      "1. Mr Peter Hollis (Northfield East): What recent assessment he has made of the situation in Bahrain, where, according to opposition groups, security forces killed at least four protesters when they cleared the Pearl Roundabout last Wednesday.",
      "opposition groups (as cited by Peter Hollis MP)", killed=F(4, "at_least"),
      note="'Last Wednesday' against Monday 21 March 2011."),
    C("bhr-01", BH_TOTAL, "other", "Bahrain", "BH", BH_TOTAL_D,
      "Our embassy's information is that since 14 February 13 people have died in the unrest, including two police officers, and that several hundred have been injured.",
      "British embassy in Bahrain (as cited by the Minister of State, Richard Hale)", killed=F(13),
      vague={"injured": "several hundred"}, note="Period total; two police officers among the dead (not coded separately)."),
    C("bhr-01", PEARL, "armed_clash", "Pearl Roundabout", "BH", "2011-03-16",
      "The Bahraini Government have told us that the security forces did not use live ammunition at the roundabout and that the deaths occurred during clashes with armed rioters.",
      "Government of Bahrain (as cited by the Minister of State)", note="Denial / alternative account; no figures."),
    C("bhr-01", PEARL, "attack_on_civilians", "Salmaniya Medical Complex", "BH", "2011-03-16",
      "Mr Hollis: Is the Minister aware that doctors at the Salmaniya Medical Complex say they treated more than 200 injured people on Wednesday alone, and that medical staff are now among those being arrested?",
      "doctors at the Salmaniya Medical Complex (as cited by Peter Hollis MP)", injured=F(200, "more_than"),
      scope="partial", note="One hospital; Wednesday = 16 March 2011."),
    C("bhr-01", BH_DET, "detention", "Bahrain", "BH", BH_DET_D,
      "Ms Joanna Reid (Castlegate): Human rights groups say that more than 100 people have been detained since the weekend.",
      "human rights groups (as cited by Joanna Reid MP)", captured=F(100, "more_than"),
      note="'Since the weekend' against Monday 21 March 2011."),
    C("bhr-01", SITRA, "attack_on_civilians", "Sitra", "BH", "2011-03-15",
      "Residents of Sitra say that on 15 March two men were shot dead and scores were wounded when police entered the town.",
      "residents of Sitra (as cited by Joanna Reid MP)", killed=F(2), vague={"injured": "scores"}),
]


if __name__ == "__main__":
    write_gold(G, HERE)
