"""Hand-coded gold for the unseenn documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-m: a ceasefire monitoring
cell's numbered spot report (Nagaland 1998, ngl-01), a human-rights annual report chapter with yearly aggregates
(Punjab 1991, pnj-01), a parliamentary committee hearing transcript with members' questions (Lesotho 1998, lso-01),
a monitoring translation of a local radio bulletin with doubled words (Cabinda 2010, cab-01), a human-rights NGO
urgent action appeal (Ingushetia 2009, ing-01), a mosque community's weekly newsletter (Ambon 2000, amb-01), a
regional news roundup of short items from several countries (Caprivi 1999 and neighbours, nam-01), a
satellite-imagery analysis note counting destroyed structures (eastern Chad 2008, adr-01), a newspaper's
corrections column revising earlier tolls (Kabardino-Balkaria 2005, kbr-01), a court verdict summary in the passive
voice (Presevo valley 2001, psv-01), a protection working group's weekly dashboard turned to prose (Bawku 2022,
gha-01) and a battalion war diary with timed entries (Dhofar 1972, omn-01). Every incident, name and figure is
invented; places and periods are real.

Conventions (as sets l and m): conflict-wide or period totals are typed ``other``; a figure-less denial or
counter-claim keeps the type the denying party gives the event or, when it only rejects, the incident's type (never
``denial``); a wounded person who dies later, or a body found later, carries the date of the incident; displacement
counts go to ``other_figures`` and take the place people reached where the text names it (the first one named);
weekday and relative expressions are resolved against the publication date in corpus.jsonl (else the entry's own
heading) and noted; "the night of X" is X to X+1; no arithmetic over parts; a sub-group stays in its claim; the
attackers killed in a side's toll sentence are an other figure of that claim; statements by the publisher itself
are attributed to the publisher.
Not annotated on purpose: aid resources, staff and patrol rosters, responsibility claims (scored elsewhere),
non-incident numbers (ages, years, sentence lengths, distances, grid ratios), durations, funeral attendance,
figure-less incident narration and vague remarks about a whole conflict.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- ngl-01: ceasefire monitoring spot report, Nagaland (Monday 14 September 1998) -----------------------------------
CMC = "Ceasefire Monitoring Cell"
SF = "the security forces"
BOARD = "the group's ceasefire supervisory board (written note)"
CHUCHU = "chuchuyimlang-firing-1998-09-12"
CHUCHU_D = "1998-09-12"  # "on Saturday"

# --- pnj-01: annual report chapter, Punjab 1991 (published Friday 20 March 1992) -------------------------------------
LAM = "Lok Adhikar Manch"
Y1991 = "1991-01-01/1991-12-31"
PUNJAB = "punjab-violence-1991"
TRAINS = "ludhiana-trains-attack-1991-06-15"
TRAINS_D = "1991-06-15/1991-06-16"  # "the night of 15 June"
ZIRA = "zira-wedding-killings-1991-10"
ZIRA_D = "1991-10-01/1991-10-07"  # "the first week of October"

# --- lso-01: committee hearing transcript (Tuesday 13 October 1998) --------------------------------------------------
GEN = "Gen. M. Vilakazi (Chief of Joint Operations)"
KATSE = "katse-dam-engagement-1998-09-22"
MASERU = "maseru-burning-1998-09-22"
MASERU_D = "1998-09-22/1998-09-23"
DEPLOY_D = "1998-09-22/1998-10-12"  # "from 22 September to yesterday"

# --- cab-01: translated radio bulletin (Tuesday 16 March 2010) -------------------------------------------------------
RADIO = "Rádio Comunitária de Buco-Zau (presenter)"
CORR = "the correspondent (Rádio Comunitária de Buco-Zau)"
CAIO = "caio-guembo-ambush-2010-03-15"
CAIO_D = "2010-03-15"  # "Yesterday afternoon"
SPOKES = "the provincial government spokesman"

# --- ing-01: urgent action appeal (Friday 21 August 2009) ------------------------------------------------------------
CRW = "Caucasus Rights Watchline"
KARABULAK = "karabulak-abduction-2009-08-18"
KARABULAK_D = "2009-08-18"  # "the early hours of Tuesday"
MOTHER = "their mother"

# --- amb-01: mosque community newsletter (Friday 7 July 2000) --------------------------------------------------------
BM = "Batu Merah mosque community"
BATU = "batu-merah-attack-2000-07-04"
BATU_D = "2000-07-04"  # "On Tuesday night", until nearly midnight
BRIDGE = "galunggung-bridge-killings-2000-07-05"
BRIDGE_D = "2000-07-05"  # "Wednesday morning"

# --- nam-01: regional news roundup (week ending Friday 6 August 1999) ------------------------------------------------
SAB = "Southern Africa in Brief"
KATIMA = "katima-mulilo-attack-1999-08-02"
KATIMA_D = "1999-08-02"  # "on Monday"
CAPRIVI_ARR = "caprivi-arrests-1999-08"
KUITO = "kuito-shelling-1999-08-01"
KUITO_D = "1999-08-01/1999-08-02"  # "on Sunday and Monday"

# --- adr-01: satellite imagery note (Tuesday 11 March 2008) ----------------------------------------------------------
OEP = "Orbital Evidence Project"
ADRE = "adre-villages-burning-2008-02"
IMG_D = "2008-02-19/2008-03-04"  # between the two images

# --- kbr-01: corrections column (Wednesday 22 June 2005) -------------------------------------------------------------
NCC = "The North Caucasus Courier"
KBR_MOI = "the interior ministry of Kabardino-Balkaria"
BAKSAN = "baksan-checkpoint-attack-2005-06-18"
BAKSAN_D = "2005-06-18"  # "on Saturday evening" (Monday's article; the column is of Wednesday)
KHASANYA = "khasanya-operation-2005-06-07"
KHASANYA_D = "2005-06-07"  # "the day before" a report of 8 June

# --- psv-01: verdict summary (Thursday 28 November 2002) -------------------------------------------------------------
COURT = "District Court in Vranje"
MUHOVAC = "muhovac-ambush-2001-02-18"

# --- gha-01: protection snapshot, period 5-11 January 2022 (published Friday 14 January 2022) -------------------------
PWG = "Upper East Protection Working Group"
PARTNERS = "partners (Upper East Protection Working Group)"
WEEK = "2022-01-05/2022-01-11"
BAWKU = "bawku-violence-2022-01"
NATINGA = "natinga-shooting-2022-01-08"
NATINGA_D = "2022-01-08"  # "Saturday evening" in the period
ZABUGU = "zabugu-arson-2022-01-09"
ZABUGU_D = "2022-01-09/2022-01-10"  # "overnight from Sunday to Monday"

# --- omn-01: war diary, western Dhofar, 14-20 May 1972 (no publication date; entries under day headings) --------------
BN = "2nd Battalion (war diary)"
SARFAIT = "sarfait-picquet-attack-1972-05-14"
RAKHYUT = "rakhyut-caves-operation-1972-05-18"

G = [
    # ================================================= ngl-01 ========================================================
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "Two cadres were killed and one rifleman was injured, according to the security forces' account given to the Cell's liaison officer on Sunday.",
      SF, killed=F(2), injured=F(1), note="Saturday = 12 September 1998; Sunday is the day of the account."),
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "The security forces said they recovered two bodies, three rifles, one pistol and 140 rounds of ammunition at the site.",
      SF, killed=F(2), other=[O("rifles recovered", 3), O("pistols recovered", 1), O("rounds of ammunition recovered", 140)],
      note="Two bodies = the two cadres killed."),
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "In a written note handed to the Cell on Sunday evening, the group's ceasefire supervisory board denied that its cadres had fired first.",
      BOARD, note="Figure-less denial of having fired first."),
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "The note said the two men were \"unarmed members returning home on leave\" and had been shot from behind.",
      BOARD, killed=F(2), note="Counter-claim: the two dead were unarmed."),
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "The note also stated that a third member, a youth from the village, has been missing since the firing and called on the security forces to produce him.",
      BOARD, missing=F(1), note="One person missing."),
    C("ngl-01", CHUCHU, "displacement", "Chuchuyimlang", "IN", CHUCHU_D,
      "The village council chairman told the liaison officer that some 60 families left their houses on the morning of the firing and spent two nights in the Baptist church compound at the centre of the village.",
      "the village council chairman", other=[O("families displaced", 60, "about")]),
    C("ngl-01", CHUCHU, "armed_clash", "Chuchuyimlang", "IN", CHUCHU_D,
      "No civilian was hurt, the chairman said.",
      "the village council chairman", injured=F(0), note="Negation: no civilian injured."),
    C("ngl-01", "tuli-shop-truck-1998-09-02", "attack_on_civilians", "Tuli", "IN", "1998-09-02",
      "The Cell recalls Spot Report No. 15/98 concerning Tuli town, where on 2 September a shop owner was beaten and a truck carrying rations was set on fire.",
      CMC, injured=F(1), note="One person beaten; the burned truck is not a number in the text."),

    # ================================================= pnj-01 ========================================================
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "Our monitors, working from district newspapers, hospital registers and their own visits, counted 2,870 deaths in militancy-related violence in Punjab between January and December 1991, against 2,150 in 1990.",
      LAM, killed=F(2870), note="Year total 1991."),
    C("pnj-01", "punjab-violence-1990", "other", "Punjab", "IN", "1990-01-01/1990-12-31",
      "Our monitors, working from district newspapers, hospital registers and their own visits, counted 2,870 deaths in militancy-related violence in Punjab between January and December 1991, against 2,150 in 1990.",
      LAM, killed=F(2150), note="The previous year's total, same sentence."),
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "The state police, in figures placed before the legislature in February, gave a lower total of 2,415 for the same twelve months.",
      "the state police", killed=F(2415), note="February is the report's month, not the incident's."),
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "Of the deaths we recorded, about 1,100 were of civilians, 480 of police and paramilitary personnel and the rest of persons described by the authorities as militants.",
      LAM, killed=F(1100, "about"), other=[O("police and paramilitary killed", 480)], scope="partial",
      note="Breakdown of the year's total: civilians, with the security forces' dead as an other figure."),
    C("pnj-01", TRAINS, "attack_on_civilians", "Ludhiana", "IN", TRAINS_D,
      "The worst single incident of the year took place on the night of 15 June, when gunmen stopped two trains near Ludhiana and fired on the passengers.",
      LAM, other=[O("trains attacked", 2)]),
    C("pnj-01", TRAINS, "attack_on_civilians", "Ludhiana", "IN", TRAINS_D,
      "The district administration put the toll at 74 dead; railway employees who helped remove the bodies told our team that the number was \"not less than 90\".",
      "the district administration", killed=F(74)),
    C("pnj-01", TRAINS, "attack_on_civilians", "Ludhiana", "IN", TRAINS_D,
      "The district administration put the toll at 74 dead; railway employees who helped remove the bodies told our team that the number was \"not less than 90\".",
      "railway employees who helped remove the bodies", killed=F(90, "at_least"), note="'not less than' = at least."),
    C("pnj-01", TRAINS, "attack_on_civilians", "Ludhiana", "IN", TRAINS_D,
      "More than 150 passengers were wounded.",
      LAM, injured=F(150, "more_than")),
    C("pnj-01", ZIRA, "massacre", "Zira", "IN", ZIRA_D,
      "In Ferozepur district, armed men entered a wedding gathering at a village near Zira in the first week of October and killed eleven members of one family.",
      LAM, killed=F(11)),
    C("pnj-01", ZIRA, "massacre", "Zira", "IN", ZIRA_D,
      "Another group denied any role in it and blamed \"agents of the state\".",
      "another militant group", note="A denial, with a counter-accusation (no figure)."),
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "The police reported that 1,340 militants were killed in encounters during the year.",
      "the police", killed=F(1340)),
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "In at least 23 cases we examined, relatives said the dead man had been taken from his home by plainclothes police days or weeks before his death was announced.",
      "relatives (cases examined by Lok Adhikar Manch)", other=[O("cases of prior custody", 23, "at_least")]),
    C("pnj-01", PUNJAB, "other", "Punjab", "IN", Y1991,
      "The police deny that any person killed in an encounter was in their custody.",
      "the police", note="Figure-less denial."),
    C("pnj-01", "punjab-disappearances-1991", "detention", "Amritsar", "IN", Y1991,
      "Families in Amritsar and Gurdaspur districts have registered with us the names of 146 young men who were picked up during the year and whose whereabouts remain unknown.",
      "families in Amritsar and Gurdaspur districts (registered with Lok Adhikar Manch)", missing=F(146)),
    C("pnj-01", "punjab-disappearances-1991", "detention", "Punjab", "IN", Y1991,
      "A further 38 persons detained under the preventive detention law were released without charge after our inquiries.",
      LAM, captured=F(38)),
    C("pnj-01", PUNJAB, "displacement", "Jalandhar", "IN", Y1991,
      "The relief commissioner's office said some 3,400 families had registered as migrants in Jalandhar and Ludhiana by the end of the year.",
      "the relief commissioner's office", other=[O("families displaced", 3400, "about")]),

    # ================================================= lso-01 ========================================================
    C("lso-01", KATSE, "armed_clash", "Katse Dam", "LS", "1998-09-22",
      "In that engagement we lost eight of our members and 17 were wounded.",
      GEN, killed=F(8), injured=F(17)),
    C("lso-01", KATSE, "armed_clash", "Katse Dam", "LS", "1998-09-22",
      "On the other side, our count is that 29 Lesotho soldiers were killed.",
      GEN, killed=F(29)),
    C("lso-01", KATSE, "armed_clash", "Katse", "LS", "1998-09-22",
      "The newspapers in Maseru have written that more than 40 soldiers of the Lesotho army died at Katse, and some say civilians were among them.",
      "the newspapers in Maseru (cited by Mr P. Nkosi)", killed=F(40, "more_than"), note="A member's question."),
    C("lso-01", KATSE, "armed_clash", "Katse", "LS", "1998-09-22",
      "We buried no civilians and our medical teams treated none at Katse.",
      GEN, note="Rejects the civilian deaths; no figures."),
    C("lso-01", KATSE, "armed_clash", "Katse Dam", "LS", "1998-09-22",
      "Our figure of 29 is from the bodies handed over to the Lesotho authorities.",
      GEN, killed=F(29)),
    C("lso-01", MASERU, "destruction", "Maseru", "LS", MASERU_D,
      "Chair, the burning and looting in Maseru on 22 and 23 September was not done by our forces.",
      GEN, note="Figure-less denial."),
    C("lso-01", MASERU, "destruction", "Maseru", "LS", MASERU_D,
      "The Lesotho police informed us that about 160 business premises were burned in the centre of the city.",
      "the Lesotho police", other=[O("business premises burned", 160, "about")]),
    C("lso-01", MASERU, "destruction", "Maseru", "LS", MASERU_D,
      "Some put the damage at around 200 million maloti.",
      "unnamed sources (cited by Gen. M. Vilakazi)", other=[O("damage (maloti)", 200000000, "about")]),
    C("lso-01", MASERU, "riot", "Maseru", "LS", MASERU_D,
      "The Maseru mortuary recorded nine civilians dead from gunshots in those two days.",
      "the Maseru mortuary (cited by Gen. M. Vilakazi)", killed=F(9), note="'those two days' = 22 and 23 September."),
    C("lso-01", "makoanyane-barracks-detention-1998-09-23", "detention", "Makoanyane barracks", "LS", "1998-09-23/1998-09-24",
      "Chair, two of our members were held by mutineers at Makoanyane barracks for one night, on the 23rd, and were released unharmed the following morning. No member is missing.",
      GEN, captured=F(2), missing=F(0), note="The barracks are in Maseru."),
    C("lso-01", "mohales-hoek-taxi-1998", "attack_on_civilians", "Mohale's Hoek", "LS", DEPLOY_D,
      "Three passengers were injured. None died.",
      GEN, injured=F(3), killed=F(0), note="No day given: the deployment's period."),
    C("lso-01", "lesotho-deployment-1998", "other", "Lesotho", "LS", DEPLOY_D,
      "Chair, in total, from 22 September to yesterday, we have lost eleven members: the eight at Katse, two in a vehicle accident near Ladybrand and one who died of his wounds in hospital last week.",
      GEN, killed=F(11), note="The deployment's total; parts not summed."),

    # ================================================= cab-01 ========================================================
    C("cab-01", CAIO, "attack_on_civilians", "Caio Guembo", "AO", CAIO_D,
      "At the hospital I I saw four wounded workers.",
      CORR, injured=F(4), note="Yesterday = Monday 15 March 2010; place from the paragraph before."),
    C("cab-01", CAIO, "attack_on_civilians", "Caio Guembo", "AO", CAIO_D,
      "The the nurse told me that two workers died on the spot, on the road, and their bodies were brought here in the evening.",
      "the nurse (hospital of Buco-Zau)", killed=F(2)),
    C("cab-01", CAIO, "armed_clash", "Caio Guembo", "AO", CAIO_D,
      "They said they killed five soldiers.",
      "a faction of the separatist front", killed=F(5), note="The faction's version: an attack on soldiers."),
    C("cab-01", CAIO, "attack_on_civilians", "Caio Guembo", "AO", CAIO_D,
      "But the workers, the workers at the hospital say there were no soldiers on the vehicle, only workers of the timber company.",
      "the workers at the hospital", note="Counter-claim; no figures."),
    C("cab-01", CAIO, "attack_on_civilians", "Caio Guembo", "AO", CAIO_D,
      "The provincial government spokesman said this morning on the phone that the the attackers are \"bandits\" and that no soldier was on the vehicle.",
      SPOKES, note="Counter-claim; no figures."),
    C("cab-01", "necuto-arrests-2010-03-14", "detention", "Necuto", "AO", "2010-03-14",
      "He said the army has sent reinforcements to the area and that two suspects were arrested near Necuto on Sunday evening in connection with an earlier robbery.",
      SPOKES, captured=F(2), note="Sunday = 14 March."),
    C("cab-01", "landana-fishermen-2010-03-11", "other", "Lândana", "AO", "2010-03-11",
      "In Cabinda city, the the families of the three fishermen of Lândana who disappeared at sea on Thursday are still waiting.",
      RADIO, missing=F(3), note="Thursday = 11 March."),
    C("cab-01", CAIO, "displacement", "Belize", "AO", CAIO_D,
      "Also, also the church of Belize reports that about 300 people from Caio Guembo and two nearby villages came to the mission yesterday evening because they are afraid of more attacks.",
      "the church of Belize", other=[O("displaced", 300, "about")], note="Place people reached."),

    # ================================================= ing-01 ========================================================
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "THREE MEN TAKEN BY ARMED MEN IN KARABULAK",
      CRW, captured=F(3), note="Headline; the day from the body."),
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "Three brothers, Adam, Magomed and Ruslan Tsechoyev (fictional names used to protect the family), were taken from their home in the town of Karabulak in the early hours of Tuesday by about 15 armed men in camouflage and masks who arrived in four vehicles without number plates.",
      CRW, captured=F(3), other=[O("armed men", 15, "about"), O("vehicles", 4)], note="Tuesday = 18 August 2009."),
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "According to their mother, the men broke down the gate at around 3am, beat the youngest brother with rifle butts in the courtyard and took all three away without showing any warrant.",
      MOTHER, captured=F(3)),
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "A neighbour who tried to intervene was struck and needed hospital treatment.",
      MOTHER, injured=F(1), note="Carried within the paragraph: the mother's account."),
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "Officials at both told them that no operation had been carried out in Karabulak that night and that the brothers were not in their custody.",
      "officials at the town police station and the prosecutor's office", note="Figure-less denial of detention."),
    C("ing-01", KARABULAK, "abduction", "Karabulak", "RU", KARABULAK_D,
      "The republic's interior ministry stated on Wednesday that \"no detention of the said persons took place\".",
      "the interior ministry of Ingushetia", note="Figure-less denial; Wednesday is the statement's day."),
    C("ing-01", "karabulak-abduction-2009-08-02", "abduction", "Nazran", "RU", "2009-08-02",
      "The abduction comes a week after the body of a fourth man from the same street, who had been taken in similar circumstances on 2 August, was found on the bank of the Sunzha river near Nazran.",
      CRW, killed=F(1), note="A body found later: the day he was taken; the place the text ties to his death."),
    C("ing-01", "ingushetia-abductions-2009", "abduction", "Ingushetia", "RU", "2009-06-01/2009-08-21",
      "Local human rights defenders say that at least 14 people have been abducted in Ingushetia since the beginning of June and that the fate of nine of them is still unknown.",
      "local human rights defenders", captured=F(14, "at_least"), missing=F(9)),
    C("ing-01", "nazran-car-bomb-2009-08-12", "explosion", "Nazran", "RU", "2009-08-12",
      "On the evening of 12 August a car bomb exploded beside a traffic police post on the outskirts of Nazran; officials said four police officers were killed and nine people were injured, two of them passers-by.",
      "officials", killed=F(4), injured=F(9), note="Two passers-by a sub-group of the injured."),

    # ================================================= amb-01 ========================================================
    C("amb-01", BATU, "attack_on_civilians", "Batu Merah", "ID", BATU_D,
      "Seven of our people were killed, among them a mother and her two children who could not leave their house in time.",
      BM, killed=F(7), note="Tuesday = 4 July 2000."),
    C("amb-01", BATU, "attack_on_civilians", "Batu Merah", "ID", BATU_D,
      "The health post of the mosque treated 23 wounded; eight of them were carried to the hospital at Al-Fatah because of bullet wounds.",
      BM, injured=F(23), note="Eight a sub-group; the hospital is where they were taken."),
    C("amb-01", BATU, "destruction", "Batu Merah", "ID", BATU_D,
      "The neighbourhood committee has counted 41 houses burned in the lower part, together with the small school of the Qur'an and two kiosks.",
      "the neighbourhood committee", other=[O("houses burned", 41), O("kiosks burned", 2)]),
    C("amb-01", BATU, "displacement", "Batu Merah", "ID", BATU_D,
      "The families who lost their homes, about 180 people, are sleeping in the mosque and in the madrasa.",
      BM, other=[O("displaced (sheltering in the mosque)", 180, "about")]),
    C("amb-01", BRIDGE, "attack_on_civilians", "Galunggung bridge", "ID", BRIDGE_D,
      "We have read in the city newspaper that the church of Passo says three of its members were killed on Wednesday morning near the Galunggung bridge, and that it blames men from our side.",
      "the church of Passo (via the city newspaper)", killed=F(3), note="Wednesday = 5 July."),
    C("amb-01", BRIDGE, "armed_clash", "Galunggung bridge", "ID", BRIDGE_D,
      "Our committee does not know of any fighting at the bridge on Wednesday, and none of our young men went there, the committee chairman told the police.",
      "the committee chairman", note="Figure-less denial; the denier speaks of fighting."),
    C("amb-01", BATU, "detention", "Batu Merah", "ID", BATU_D,
      "The military commander of the city said on Thursday that his troops \"separated the two groups\" on Tuesday night and arrested six men carrying home-made guns.",
      "the military commander of the city", captured=F(6), note="Thursday is the statement's day; Tuesday night the attack's."),
    C("amb-01", "batu-merah-boys-missing-2000-07-05", "other", "Batu Merah", "ID", BRIDGE_D,
      "Two boys of our community, aged 14 and 16, have not come home since Wednesday afternoon, when they went to look for their goats near the border of the neighbourhood.",
      BM, missing=F(2)),

    # ================================================= nam-01 ========================================================
    C("nam-01", KATIMA, "armed_clash", "Katima Mulilo", "NA", KATIMA_D,
      "The government said seven members of the security forces and six attackers were killed in several hours of fighting, and that the town was back under control by midday.",
      "the government (Namibia)", killed=F(7), other=[O("attackers killed", 6)], note="Monday = 2 August 1999."),
    C("nam-01", KATIMA, "armed_clash", "Katima Mulilo", "NA", KATIMA_D,
      "A separatist movement based abroad claimed the attack in a statement faxed to news agencies, saying its fighters had \"liberated\" the town and lost only two men.",
      "a separatist movement based abroad", killed=F(2)),
    C("nam-01", CAPRIVI_ARR, "detention", "Caprivi", "NA", "1999-08-02/1999-08-06",
      "Police say they have detained more than 70 people in the Caprivi region since Monday's attack, most of them in Katima Mulilo and the villages of Sibbinda and Linyanti.",
      "police (Namibia)", captured=F(70, "more_than")),
    C("nam-01", CAPRIVI_ARR, "detention", "Caprivi", "NA", "1999-08-02/1999-08-05",
      "Lawyers for some of the detainees said on Thursday that at least 12 of their clients had been beaten in custody.",
      "lawyers for some of the detainees", other=[O("detainees beaten", 12, "at_least")]),
    C("nam-01", CAPRIVI_ARR, "detention", "Caprivi", "NA", "1999-08-02/1999-08-05",
      "The police deny any ill-treatment.",
      "police (Namibia)", note="Figure-less denial."),
    C("nam-01", "caprivi-refugees-1998-1999", "displacement", "Botswana", "BW", "1998-10-01/1999-08-04",
      "The number of people who have crossed from the Caprivi into Botswana since October of last year has passed 2,400, the refugee agency said on Wednesday.",
      "the refugee agency", other=[O("displaced", 2400, "more_than")], note="'has passed' = more than; Wednesday = 4 August."),
    C("nam-01", "caprivi-refugees-1998-1999", "displacement", "Dukwe", "BW", "1999-07-31/1999-08-06",
      "About 300 of them arrived this week alone and were taken to the Dukwe camp, some 500 kilometres from the border.",
      "the refugee agency", other=[O("displaced (arrived this week)", 300, "about")], note="The roundup's week."),
    C("nam-01", "sesheke-landmine-1999-08-03", "explosion", "Sesheke", "ZM", "1999-08-03",
      "Two people were killed and three injured when their minibus struck a landmine near Sesheke, close to the Namibian border, on Tuesday, Zambian police said.",
      "Zambian police", killed=F(2), injured=F(3), note="Tuesday = 3 August."),
    C("nam-01", "sesheke-landmine-1999-08-03", "explosion", "Sesheke", "ZM", "1999-08-03",
      "It was not known who had laid the mine; officials on both sides of the border said their forces had not used mines in the area.",
      "officials on both sides of the border", note="Figure-less denial."),
    C("nam-01", KUITO, "shelling", "Kuito", "AO", KUITO_D,
      "The provincial government of Bie said shells fired by rebel forces hit residential areas of Kuito on Sunday and Monday, killing between 15 and 20 people.",
      "the provincial government of Bie", killed=R(15, 20)),
    C("nam-01", KUITO, "shelling", "Kuito", "AO", KUITO_D,
      "The rebel movement's radio said its artillery had targeted only military positions around the city.",
      "the rebel movement's radio", note="Counter-claim; no figures."),

    # ================================================= adr-01 ========================================================
    C("adr-01", ADRE, "destruction", "Adré", "TD", IMG_D,
      "- Imagery acquired on 4 March 2008 shows that three villages south of Adré, in the Ouaddaï region of eastern Chad, were largely burned after 19 February, the date of the previous clear image.",
      OEP, other=[O("villages burned", 3)], note="Between the two images."),
    C("adr-01", ADRE, "destruction", "Adré", "TD", IMG_D,
      "- We counted 412 destroyed structures across the three sites, out of about 520 visible on the February image.",
      OEP, other=[O("structures destroyed", 412), O("structures visible before", 520, "about")]),
    C("adr-01", ADRE, "destruction", "Kerfi", "TD", IMG_D,
      "Kerfi (east of the wadi): 188 of roughly 210 round huts destroyed; the market area is burned out.",
      OEP, other=[O("huts destroyed", 188), O("huts before", 210, "about")]),
    C("adr-01", ADRE, "destruction", "Arkoum", "TD", IMG_D,
      "Arkoum: 131 structures destroyed.",
      OEP, other=[O("structures destroyed", 131)]),
    C("adr-01", ADRE, "destruction", "Arkoum", "TD", IMG_D,
      "A cluster of about 20 huts in the north of the village is intact.",
      OEP, other=[O("huts intact", 20, "about")]),
    C("adr-01", ADRE, "destruction", "Tiero Bas", "TD", IMG_D,
      "Tiero Bas (a hamlet not found in standard gazetteers, located by local informants): 93 structures destroyed, which appears to be the whole settlement.",
      OEP, other=[O("structures destroyed", 93)]),
    C("adr-01", ADRE, "destruction", "Kerfi", "TD", IMG_D,
      "Two burned vehicles are visible on the track between Kerfi and Arkoum.",
      OEP, other=[O("vehicles burned", 2)]),
    C("adr-01", ADRE, "displacement", "Goungour", "TD", IMG_D,
      "On the 4 March image we counted about 640 new shelters at the southern edge of the Goungour site near Adré.",
      OEP, other=[O("new shelters", 640, "about")]),
    C("adr-01", ADRE, "displacement", "Goungour", "TD", IMG_D,
      "At the five persons per shelter used by aid agencies, this would mean some 3,200 newly arrived people.",
      OEP, other=[O("displaced (estimate from shelters)", 3200, "about")]),
    C("adr-01", ADRE, "displacement", "Goungour", "TD", "2008-02-24/2008-03-06",
      "An aid agency working at the camp told us it had registered 2,950 new arrivals between 24 February and 6 March.",
      "an aid agency working at the camp", other=[O("displaced (registered arrivals)", 2950)]),
    C("adr-01", ADRE, "attack_on_civilians", "Adré", "TD", "2008-02-26",
      "Displaced people interviewed by a partner organisation said the villages were attacked on the morning of 26 February by horsemen and men in vehicles who came from across the border, and that at least 30 villagers were killed.",
      "displaced people interviewed by a partner organisation", killed=F(30, "at_least"),
      note="The villages south of Adré."),
    C("adr-01", ADRE, "destruction", "Adré", "TD", IMG_D,
      "A rebel coalition active in the area said in a statement that government troops had burned the villages after its fighters withdrew from them.",
      "a rebel coalition active in the area", note="Counter-claim; no figures."),
    C("adr-01", ADRE, "destruction", "Adré", "TD", IMG_D,
      "The Chadian army spokesman denied this and said the army had not been present in the area since January.",
      "the Chadian army spokesman", note="Figure-less denial."),

    # ================================================= kbr-01 ========================================================
    C("kbr-01", BAKSAN, "armed_clash", "Baksan", "RU", BAKSAN_D,
      "An article on page 3 of Monday's edition (\"Gunfight at Baksan checkpoint\") said that five police officers were killed when gunmen opened fire on a traffic checkpoint at the entrance to Baksan on Saturday evening.",
      NCC, killed=F(5), note="The withdrawn figure; Saturday = 18 June 2005."),
    C("kbr-01", BAKSAN, "armed_clash", "Baksan", "RU", BAKSAN_D,
      "The interior ministry of Kabardino-Balkaria has since said that three officers were killed and two were wounded, one of them seriously.",
      KBR_MOI, killed=F(3), injured=F(2), note="The revision."),
    C("kbr-01", BAKSAN, "armed_clash", "Baksan", "RU", BAKSAN_D,
      "According to the ministry, one attacker was killed at the scene and another was detained on Sunday in a house in the village of Islamei.",
      KBR_MOI, killed=F(1)),
    C("kbr-01", BAKSAN, "detention", "Islamei", "RU", "2005-06-19",
      "According to the ministry, one attacker was killed at the scene and another was detained on Sunday in a house in the village of Islamei.",
      KBR_MOI, captured=F(1), note="Sunday = 19 June; the same sentence as the attacker killed."),
    C("kbr-01", "baksan-checkpoint-attacks-2005", "armed_clash", "Baksan", "RU", "2005-01-01/2005-03-31",
      "It was the third: the ministry recalls attacks on the same post in January and in March, in which no one was hurt.",
      KBR_MOI, injured=F(0), note="Two earlier attacks; negation."),
    C("kbr-01", "chegem-police-car-2005-06-13", "destruction", "Chegem", "RU", "2005-06-13/2005-06-14",
      "The caption should have read: \"A police car burned by unknown persons in Chegem on the night of 13 June; no one was in the vehicle.\"",
      NCC, other=[O("police cars burned", 1)]),
    C("kbr-01", KHASANYA, "detention", "Khasanya", "RU", KHASANYA_D,
      "In a report on 8 June about a special operation in the Khasanya district of Nalchik the day before, we wrote that \"about a dozen\" suspected militants had been arrested.",
      NCC, captured=F(12, "about"), note="The withdrawn figure."),
    C("kbr-01", KHASANYA, "detention", "Khasanya", "RU", KHASANYA_D,
      "The prosecutor's office has told us that four men were detained in the operation, of whom two were released the next day.",
      "the prosecutor's office", captured=F(4)),
    C("kbr-01", KHASANYA, "detention", "Khasanya", "RU", KHASANYA_D,
      "A lawyer for the families says that a fifth man, who was taken from his flat during the operation, has not been seen since; the prosecutor's office says it has no record of his detention.",
      "a lawyer for the families", missing=F(1), note="Also the prosecutor's figure-less denial, in the same sentence."),

    # ================================================= psv-01 ========================================================
    C("psv-01", MUHOVAC, "armed_clash", "Muhovac", "RS", "2001-02-18",
      "It was found that three police officers were killed and that two were seriously wounded.",
      COURT, killed=F(3), injured=F(2), note="The sentence before gives place and day."),
    C("psv-01", MUHOVAC, "armed_clash", "Muhovac", "RS", "2001-02-18",
      "It was further established that the vehicle was hit by at least 40 rounds and by one rocket-propelled grenade, which did not explode.",
      COURT, other=[O("rounds", 40, "at_least"), O("rocket-propelled grenades", 1)]),
    C("psv-01", "koncul-abduction-2001-03-02", "abduction", "Končulj", "RS", "2001-03-02/2001-03-03",
      "Under the second count, it was established that on the night of 2 to 3 March 2001 two civilians from the village of Končulj were taken from their car at an improvised checkpoint by members of the same group and were held for six days in a house in Veliki Trnovac before being released.",
      COURT, captured=F(2)),
    C("psv-01", "dobrosin-mine-2001-03-11", "explosion", "Dobrosin", "RS", "2001-03-11",
      "Under the third count, the charge that the group had planted anti-tank mines on a road near Dobrosin, where a truck was destroyed on 11 March 2001 and its driver killed, was not proven against any of the accused, and they were acquitted of it.",
      COURT, killed=F(1), note="The driver; the charge was not proven."),
    C("psv-01", MUHOVAC, "armed_clash", "Muhovac", "RS", "2001-02-18",
      "The defence contended throughout the proceedings that the police vehicle had opened fire first.",
      "the defence", note="Counter-claim; no figures."),

    # ================================================= gha-01 ========================================================
    C("gha-01", BAWKU, "other", "Bawku", "GH", WEEK,
      "Reported incidents this week: 9 (previous week: 4).",
      PWG, other=[O("incidents", 9), O("incidents (previous week)", 4)]),
    C("gha-01", BAWKU, "other", "Bawku", "GH", WEEK,
      "People killed: 6.", PWG, killed=F(6)),
    C("gha-01", BAWKU, "other", "Bawku", "GH", WEEK,
      "People injured: 11.", PWG, injured=F(11)),
    C("gha-01", BAWKU, "destruction", "Bawku", "GH", WEEK,
      "Houses set on fire: 37.", PWG, other=[O("houses burned", 37)]),
    C("gha-01", BAWKU, "displacement", "Bawku", "GH", WEEK,
      "Newly displaced people: between 2,000 and 2,500.", PWG, other=[OR("displaced", 2000, 2500)]),
    C("gha-01", NATINGA, "attack_on_civilians", "Natinga", "GH", NATINGA_D,
      "Partners reported four people killed and seven injured; the municipal health directorate gave the same toll on Sunday.",
      PARTNERS, killed=F(4), injured=F(7), note="Saturday = 8 January; place from the sentence before."),
    C("gha-01", NATINGA, "armed_clash", "Natinga", "GH", NATINGA_D,
      "One of the two groups in the chieftaincy dispute blamed the other in a statement; the other group said its members had been attacked first and had only defended themselves.",
      "the other group in the chieftaincy dispute", note="Counter-claim; no figures."),
    C("gha-01", "bawku-outskirts-killings-2022-01", "attack_on_civilians", "Bawku", "GH", "2022-01-06/2022-01-07",
      "Two further deaths were reported from the outskirts of the town: a motor rider shot on the Bawku–Pusiga road on Thursday 6 January, and a man found dead near the Kulungungu junction on Friday 7 January with gunshot wounds.",
      PWG, killed=F(2)),
    C("gha-01", ZABUGU, "destruction", "Zabugu", "GH", ZABUGU_D,
      "Community leaders counted 37 houses burned and said four people suffered burns.",
      "community leaders (Zabugu)", injured=F(4), other=[O("houses burned", 37)]),
    C("gha-01", ZABUGU, "detention", "Zabugu", "GH", ZABUGU_D,
      "The police said they had arrested 14 suspects in the area and recovered nine locally made guns.",
      "the police (Ghana)", captured=F(14), other=[O("guns recovered", 9)], note="Arrests after the arson; no day of their own."),
    C("gha-01", BAWKU, "displacement", "Zebilla", "GH", WEEK,
      "Partners estimate that 2,000 to 2,500 people left their homes this week, most of them women and children.",
      PARTNERS, other=[OR("displaced", 2000, 2500)], note="Place: the first destination of the sentence before."),
    C("gha-01", BAWKU, "displacement", "Zebilla", "GH", "2022-01-01/2022-01-14",
      "In Zebilla, 620 displaced people have been registered in host households since the start of the month.",
      PWG, other=[O("displaced (registered in host households)", 620)]),
    C("gha-01", NATINGA, "attack_on_civilians", "Natinga", "GH", NATINGA_D,
      "Partners have received reports of five people missing since Saturday's shooting in Natinga, including two children.",
      PARTNERS, missing=F(5), note="Two children a sub-group."),

    # ================================================= omn-01 ========================================================
    C("omn-01", SARFAIT, "armed_clash", "Sarfait", "OM", "1972-05-14",
      "0615. B Company picquet on the ridge north of Sarfait fired on by enemy group estimated 20 to 30 strong with small arms and one mortar.",
      BN, other=[OR("enemy fighters", 20, 30), O("mortars", 1)], note="Day from the entry heading."),
    C("omn-01", SARFAIT, "armed_clash", "Sarfait", "OM", "1972-05-14",
      "0700. Casualties own: 1 killed (Private), 2 wounded, evacuated by helicopter to Salalah.",
      BN, killed=F(1), injured=F(2), note="Salalah is where the wounded were taken."),
    C("omn-01", SARFAIT, "armed_clash", "Sarfait", "OM", "1972-05-14",
      "0930. Patrol found 2 enemy dead and blood trails leading west. 1 Kalashnikov rifle and 60 rounds recovered.",
      BN, killed=F(2), other=[O("rifles recovered", 1), O("rounds recovered", 60)]),
    C("omn-01", SARFAIT, "armed_clash", "Sarfait", "OM", "1972-05-14",
      "1800. Enemy radio claims 11 soldiers of the battalion killed at Sarfait today. Not true.",
      "enemy radio", killed=F(11), note="Rejected by the diarist in the next words."),
    C("omn-01", "sarfait-mortar-1972-05-15", "shelling", "Sarfait", "OM", "1972-05-15/1972-05-16",
      "9 mortar bombs landed inside the Sarfait position during the night 15/16 May, no casualties.",
      BN, killed=F(0), injured=F(0), other=[O("mortar bombs", 9)]),
    C("omn-01", "shershitti-mine-1972-05-16", "explosion", "Shershitti", "OM", "1972-05-16",
      "1100. Recce platoon reports that the water hole at Shershitti (position known locally as \"the Cistern\") has been mined. 1 camel killed.",
      "the recce platoon (war diary)", other=[O("camels killed", 1)], note="An animal: an other figure."),
    C("omn-01", "firqa-men-missing-1972-05-16", "other", None, "OM", "1972-05-16",
      "1530. 3 men of the Firqa (local irregulars) attached to the battalion reported missing after going down to the wadi for water.",
      BN, missing=F(3)),
    C("omn-01", RAKHYUT, "air_strike", "Rakhyut", "OM", "1972-05-18",
      "Airstrike by 2 aircraft at 0520.",
      BN, other=[O("aircraft", 2)]),
    C("omn-01", RAKHYUT, "armed_clash", "Rakhyut", "OM", "1972-05-18",
      "Enemy losses: 7 killed, 4 captured, of whom 1 wounded.",
      BN, killed=F(7), captured=F(4), injured=F(1)),
    C("omn-01", RAKHYUT, "armed_clash", "Rakhyut", "OM", "1972-05-18",
      "0900. Own casualties: nil killed, 3 wounded (1 seriously).",
      BN, killed=F(0), injured=F(3)),
    C("omn-01", RAKHYUT, "displacement", "Rakhyut", "OM", "1972-05-18",
      "1400. Civilians found in the caves: about 25, mostly women and children, moved to Rakhyut under escort.",
      BN, other=[O("civilians moved", 25, "about")]),
    C("omn-01", "firqa-men-missing-1972-05-16", "abduction", None, "OM", "1972-05-16/1972-05-19",
      "The 3 missing Firqa men returned to the Sarfait position in the early morning. They state they were held by the enemy for two nights and released.",
      "the 3 Firqa men", captured=F(3), note="Held two nights, back on 19 May."),
    C("omn-01", RAKHYUT, "massacre", "Rakhyut", "OM", "1972-05-18",
      "No civilians were harmed by our troops.",
      BN, killed=F(0), injured=F(0), note="Rejects the enemy's claim of a massacre at Rakhyut; negation."),
    C("omn-01", "dhofar-battalion-1972-05", "other", "Dhofar", "OM", "1972-05-14/1972-05-20",
      "Total battalion casualties for the period: 1 killed, 5 wounded.",
      BN, killed=F(1), injured=F(5)),
]

write_gold(G, HERE)
