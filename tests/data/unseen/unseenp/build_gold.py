"""Hand-coded gold for the unseenp documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-o: a security-risk
consultancy's email alert with section headings (Almaty 2022, kaz-01), a wiki article with a timeline by day and
bracketed references (Amman 1970, jor-01), a prosecutor's request for committal to trial in counts with the defence's
position (Tucumán 1975, arg-01), a regional daily's front page with a byline and a CORRECTION line (Santo Domingo and
Santiago 1965, dom-01), a human-rights report annex listing incidents as short paragraphs, with hamlets missing from
maps (Suriname 1986-87, sur-01), a letter to the Security Council in numbered paragraphs (occupied Kuwait 1990-91,
kwt-01), a Q&A interview with a district officer (Tailevu, Fiji 2000, fji-01), a historian's numbered social-media
thread (Banjul 1981, gmb-01), an observation mission's daily report with a casualties section (Senkata and Sacaba,
Bolivia 2019, bol-01), a military spokesman's statement and a residents' council reply printed in full (West
Kingston 2010, jam-01), a casualty recording methodology note with monthly totals (Eswatini 2021, swz-01) and a legal
aid NGO's newsletter with an "In numbers" box in prose (Ulaanbaatar 2008, mng-01). Every name, quote and figure is
invented (the publishers too); places and periods are real.

Conventions (as set o): conflict-wide or period totals are typed ``other``; a figure-less denial or counter-claim
keeps the type of the incident it answers (never ``denial``); a wounded person who dies later, or a body found later,
carries the date of the incident; displacement counts go to ``other_figures`` and take the place people reached
where the text names it; weekday and relative expressions are resolved against the publication date in corpus.jsonl
(a newspaper's earlier edition against that edition) and noted; "the night of X" is X to X+1; no arithmetic over
parts (a sentence naming two groups keeps the first in its field and the others as other figures); a district of a
city takes the city as place; statements by the publisher itself are attributed to the publisher.
Not annotated on purpose: figure-less incident narration, trial and charge counts, witness and testimony counts,
advice and logistics lines, references.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, write_gold  # the shared helpers, one folder up


# --- kaz-01: email alert, Thursday 6 January 2022 (Sunday = 2 January, Wednesday = 5 January) -----------------------
SRA = "Steppe Risk Advisory"
MVD = "the interior ministry"
KZ_D = "2022-01-02/2022-01-06"  # since the unrest began on Sunday, to the alert
AKIMAT = "almaty-city-hall-arson-2022-01-05"
AIRPORT = "almaty-airport-seizure-2022-01-05"
ALMATY_NIGHT = "2022-01-05/2022-01-06"  # "overnight" from Wednesday to Thursday
KZ = "kazakhstan-unrest-2022-01"

# --- jor-01: wiki article (retrieved 17 September 2023; events of September 1970) ------------------------------------
OA = "OpenAnnals (wiki)"
AMMAN = "amman-fighting-1970-09"
AMMAN_D = "1970-09-17/1970-09-27"
RAMTHA = "ramtha-tank-column-1970-09-20"
IRBID = "irbid-market-air-strike-1970-09-22"
HOTEL = "amman-intercontinental-siege-1970-09-18"

# --- arg-01: request for committal to trial, 4 August 2010 (events of 1975) ------------------------------------------
PROS = "the Federal Prosecutor's Office (San Miguel de Tucumán)"
CENTRE = "el-galpon-detention-centre-1975"
CENTRE_D = "1975-02-09/1975-12-31"
ROADK = "famailla-monteros-road-killings-1975-08-14"
LOSSOSA = "los-sosa-burning-1975-10-02"

# --- dom-01: front page, Saturday 1 May 1965 (Friday = 30 April, last Saturday = 24 April, Tuesday = 27 April) -------
VOZ = "La Voz del Cibao"
SD = "Santo Domingo"
DR65 = "santo-domingo-fighting-1965-04"
DR65_D = "1965-04-24/1965-04-30"
BRIDGE = "duarte-bridge-strafing-1965-04-27"
VCONS = "villa-consuelo-police-post-attack-1965-04-27"

# --- sur-01: report annex, 15 October 1987 ---------------------------------------------------------------------------
CRB = "Caribbean Rights Bureau"
ARMY_SR = "the National Army"
JC = "the Jungle Commando"
MOENGO = "moengo-post-attack-1986-07-22"
MOOI = "mooi-wanhatti-killings-1986-11-29"
ALBINA = "albina-shelling-1986-12"
ALBINA_D = "1986-12-04/1986-12-06"
BUS = "patamacca-bus-landmine-1987-01-11"
NURSES = "pikin-tabiki-nurses-abduction-1987-02-03"

# --- kwt-01: letter to the Security Council, Thursday 10 January 1991 ------------------------------------------------
PR = "Permanent Representative of Kuwait to the United Nations"
KWG = "the Government of Kuwait"
OCC_D = "1990-08-02/1991-01-10"
KWOCC = "kuwait-occupation-detentions-1990"
HAWALLI = "hawalli-checkpoint-1991-01-04"

# --- fji-01: interview, Thursday 20 July 2000 (Sunday = 16, Monday = 17, Tuesday = 18 July) --------------------------
RAT = "Josaia Ratuvou (district officer, Tailevu)"
MUAN = "muaniweni-farm-attacks-2000"
MUAN_D = "2000-05-19/2000-07-20"
PARL = "fiji-parliament-hostages-2000"

# --- gmb-01: thread, 30 July 2021 (events of 1981) -------------------------------------------------------------------
ICN = "Dr Isatou Ceesay-Njie (historian)"
GMB = "gambia-coup-attempt-1981"
GMB_D = "1981-07-30/1981-08-06"  # "lasted about a week" from 30 July
HOSTAGES = "banjul-hostages-1981"
BAKAU = "bakau-depot-shelling-1981-08-02"

# --- bol-01: daily report covering Tuesday 19 November 2019, issued Wednesday 20 November ----------------------------
IPOM = "Inter-Parliamentary Observation Mission to Bolivia"
OMB = "the El Alto ombudsman's office"
SENKATA = "senkata-shooting-2019-11-19"
SACABA = "sacaba-shooting-2019-11-15"

# --- jam-01: statements, Thursday 27 May 2010 (Monday = 24, Tuesday = 25 May) ----------------------------------------
JDF = "Major Desmond Ferris (Jamaica Defence Force spokesman)"
TGRC = "Tivoli Gardens Residents' Council"
WK = "West Kingston"
TG = "Tivoli Gardens"
OP = "west-kingston-operation-2010-05"
JDF_D = "2010-05-24/2010-05-26"  # the statement of Wednesday 26 May
TGRC_D = "2010-05-24/2010-05-27"  # the reply of Thursday 27 May

# --- swz-01: methodology note, 31 January 2022 -----------------------------------------------------------------------
LHRM = "Lubombo Human Rights Monitor"
SWZ = "eswatini-unrest-2021"
JUL = "2021-07-01/2021-07-31"

# --- mng-01: newsletter, 15 August 2008 ------------------------------------------------------------------------------
OSLAC = "Open Steppe Legal Aid Centre"
UB = "Ulaanbaatar"
RIOT = "ulaanbaatar-riot-2008-07-01"

G = [
    # ================================================= kaz-01 ========================================================
    C("kaz-01", AKIMAT, "destruction", "Almaty", "KZ", "2022-01-05",
      "Crowds stormed the city administration building on Wednesday afternoon and set it on fire, along with at least a dozen police cars parked outside, according to videos our analysts have reviewed.",
      SRA, other=[O("police cars set on fire", 12, "at_least")], note="Wednesday = 5 January 2022."),
    C("kaz-01", AIRPORT, "armed_clash", "Almaty", "KZ", ALMATY_NIGHT,
      "Armed men took control of Almaty International Airport on Wednesday evening; the interior ministry said security forces retook it overnight, but gave no casualty figures for the airport.",
      MVD, note="Figure-less: seizure on Wednesday evening, retaken overnight."),
    C("kaz-01", "almaty-overnight-fighting-2022-01-05", "armed_clash", "Almaty", "KZ", ALMATY_NIGHT,
      "State television, citing the ministry, said \"dozens of attackers\" had been \"liquidated\" in Almaty overnight.",
      "state television (citing the interior ministry)", vague={"killed": "dozens of attackers"},
      note="Vague toll; the night of Wednesday to Thursday."),
    C("kaz-01", "almaty-looting-2022-01-05", "destruction", "Almaty", "KZ", ALMATY_NIGHT,
      "Our contact in the Bostandyk district reports that two banks and a supermarket on a main avenue were looted overnight.",
      "a contact of Steppe Risk Advisory in the Bostandyk district",
      other=[O("banks looted", 2), O("supermarkets looted", 1)], note="Bostandyk is a district of Almaty."),
    C("kaz-01", KZ, "other", "Kazakhstan", "KZ", KZ_D,
      "The interior ministry said on Thursday morning that eight police and national guard officers had been killed and 317 wounded across the country since the start of the unrest.",
      MVD, killed=F(8), injured=F(317), note="Nationwide toll since Sunday 2 January."),
    C("kaz-01", KZ, "detention", "Kazakhstan", "KZ", KZ_D,
      "It added that more than 2,000 people had been detained.",
      MVD, captured=F(2000, "more_than")),
    C("kaz-01", KZ, "other", "Kazakhstan", "KZ", KZ_D,
      "A deputy health minister told a local news site that roughly 1,000 people had sought treatment in hospitals since the weekend.",
      "a deputy health minister", injured=F(1000, "about"), note="Since the weekend: the unrest began on Sunday."),
    C("kaz-01", KZ, "other", "Kazakhstan", "KZ", KZ_D,
      "Of these, 400 were admitted and 62 were in intensive care.",
      "a deputy health minister", other=[O("wounded admitted to hospital", 400), O("wounded in intensive care", 62)],
      note="Figures spread over two sentences: 'these' are the 1,000 treated."),
    C("kaz-01", "almaty-staff-missing-2022-01-05", "other", "Almaty", "KZ", "2022-01-05",
      "Two expatriate employees of a client company have been unaccounted for since they lost contact with their office in the Medeu district of Almaty late on Wednesday.",
      SRA, missing=F(2), note="Medeu is a district of Almaty."),

    # ================================================= jor-01 ========================================================
    C("jor-01", AMMAN, "other", "Amman", "JO", AMMAN_D,
      "Estimates of the dead in Amman alone range from 1,500 to 3,500.[1]",
      OA, killed=R(1500, 3500), note="The ten-day battle from 17 to 27 September 1970."),
    C("jor-01", AMMAN, "shelling", "Amman", "JO", "1970-09-17",
      "The Palestine Red Crescent said that at least 120 people had been killed in the city by nightfall; the army gave no figure.[3]",
      "the Palestine Red Crescent", killed=F(120, "at_least"), note="First day: armoured entry and shelling of the camps."),
    C("jor-01", HOTEL, "armed_clash", "Amman", "JO", "1970-09-18",
      "Fighting continued around the Intercontinental Hotel, where some 60 foreign journalists and guests were trapped without water.[4]",
      OA, other=[O("foreign journalists and guests trapped", 60, "about")]),
    C("jor-01", HOTEL, "shelling", "Amman", "JO", "1970-09-18",
      "The hotel's manager later said that two members of his staff had been wounded by a shell that hit the second floor.[4]",
      "the hotel's manager", injured=F(2)),
    C("jor-01", RAMTHA, "armed_clash", "Ramtha", "JO", "1970-09-20",
      "The Jordanian government said its forces had destroyed 62 tanks of the column during the day.",
      "the Jordanian government", other=[O("tanks destroyed", 62)]),
    C("jor-01", RAMTHA, "armed_clash", "Ramtha", "JO", "1970-09-20",
      "The Syrian government denied that any Syrian unit had entered Jordan.[5]",
      "the Syrian government", note="Figure-less denial."),
    C("jor-01", IRBID, "air_strike", "Irbid", "JO", "1970-09-22",
      "A fedayeen spokesman in Irbid said 14 civilians had been killed when aircraft struck the town's vegetable market.",
      "a fedayeen spokesman in Irbid", killed=F(14)),
    C("jor-01", IRBID, "air_strike", "Irbid", "JO", "1970-09-22",
      "The army called the report \"a fabrication\".[6]",
      "the army", note="Figure-less denial of the market strike."),
    C("jor-01", AMMAN, "other", "Amman", "JO", "1970-09-24",
      "According to the ICRC, its teams evacuated 230 wounded from the camps of the capital that day, 40 of them children.[7]",
      "the International Committee of the Red Cross", injured=F(230), other=[O("wounded children evacuated", 40)]),
    C("jor-01", AMMAN, "other", "Amman", "JO", AMMAN_D,
      "The fedayeen command said it had lost 900 fighters in the capital since 17 September.",
      "the fedayeen command", killed=F(900)),
    C("jor-01", AMMAN, "other", "Amman", "JO", AMMAN_D,
      "A government official put the fedayeen dead in Amman at over 2,000.[8]",
      "a government official", killed=F(2000, "more_than")),
    C("jor-01", "ajloun-offensive-1971-07", "armed_clash", "Ajloun", "JO", "1971-07-01/1971-07-31",
      "In a final offensive near Ajloun in July 1971 the army said it had killed 72 fedayeen and captured 2,300.",
      "the army", killed=F(72), captured=F(2300)),

    # ================================================= arg-01 ========================================================
    C("arg-01", CENTRE, "detention", "Famaillá", "AR", CENTRE_D,
      "Between 9 February and 31 December 1975, at the El Galpón centre, the accused deprived of liberty at least 102 persons without any order of a competent authority.",
      PROS, captured=F(102, "at_least"), note="The centre is two kilometres south of Famaillá."),
    C("arg-01", CENTRE, "detention", "Famaillá", "AR", CENTRE_D,
      "Of the persons named in Count 1, 37 were subjected to torture, as shown by the testimony of survivors and the medical records in Annex C.",
      PROS, other=[O("detainees tortured", 37)]),
    C("arg-01", "santa-lucia-disappearances-1975-05-23", "abduction", "Santa Lucía", "AR", "1975-05-23/1975-05-24",
      "On the night of 23 May 1975, in the locality of Santa Lucía, a group of soldiers under the command of the accused GARRIDO took from their homes eleven workers of the local sugar mill, whose whereabouts remain unknown to this day.",
      PROS, missing=F(11), note="Enforced disappearance: taken and never seen again; the night of 23 May."),
    C("arg-01", ROADK, "massacre", "Famaillá", "AR", "1975-08-14",
      "On 14 August 1975, on the provincial road between Famaillá and Monteros, the accused caused the deaths of five persons who had been held at the centre; their bodies were found burned inside a vehicle two days later.",
      PROS, killed=F(5), note="Bodies found two days later keep the date of the killing; the first place named on the road."),
    C("arg-01", ROADK, "armed_clash", "Monteros", "AR", "1975-08-16/1975-08-17",
      "The military command's communique of 17 August 1975 presented them as \"five subversive criminals killed in an armed confrontation\" near Monteros on the night of 16 August.",
      "the military command (communique of 17 August 1975)", killed=F(5),
      note="The other side's account of the same deaths: a clash on the night of 16 August."),
    C("arg-01", LOSSOSA, "destruction", "Los Sosa", "AR", "1975-10-02",
      "On 2 October 1975, in the rural settlement of Los Sosa, soldiers set fire to 14 houses of families suspected of supporting the guerrilla.",
      PROS, other=[O("houses set on fire", 14)]),
    C("arg-01", LOSSOSA, "displacement", "Monteros", "AR", "1975-10-02",
      "About 60 residents were forced to leave and took refuge in Monteros.",
      PROS, other=[O("residents forced to leave", 60, "about")], note="Place reached: Monteros."),
    C("arg-01", CENTRE, "detention", "Famaillá", "AR", CENTRE_D,
      "The Army's own register of the centre, seized in 2006, lists 89 entries for the period covered by Count 1.",
      "the Army's register of the centre", captured=F(89)),
    C("arg-01", CENTRE, "detention", "Famaillá", "AR", CENTRE_D,
      "The defence maintains that the centre held only persons detained under the national security decree and that no more than 40 persons passed through it.",
      "the defence", captured=F(40, "at_most")),

    # ================================================= dom-01 ========================================================
    C("dom-01", DR65, "other", SD, "DO", DR65_D,
      "The Dominican Red Cross said on Friday that at least 400 people had been killed in the capital since the uprising began last Saturday.",
      "the Dominican Red Cross", killed=F(400, "at_least"), note="Last Saturday = 24 April; Friday = 30 April 1965."),
    C("dom-01", DR65, "other", SD, "DO", DR65_D,
      "A spokesman for the constitutionalist command in Ciudad Nueva put the number of dead at more than 1,000, most of them civilians.",
      "a spokesman for the constitutionalist command", killed=F(1000, "more_than")),
    C("dom-01", BRIDGE, "air_strike", SD, "DO", "1965-04-27",
      "He said that many had been killed on Tuesday when air force planes strafed the crowds on the Duarte bridge.",
      "a spokesman for the constitutionalist command", vague={"killed": "many"}, note="Tuesday = 27 April 1965."),
    C("dom-01", BRIDGE, "air_strike", SD, "DO", "1965-04-27",
      "The junta at the San Isidro air base said in a statement that its aircraft had attacked only \"armed positions\" at the bridge.",
      "the junta", note="Figure-less counter-claim."),
    C("dom-01", "santo-domingo-evacuation-1965-04-29", "displacement", SD, "DO", "1965-04-29",
      "The United States embassy said about 1,100 foreign nationals had been evacuated by helicopter from the grounds of the Hotel Embajador on Thursday.",
      "the United States embassy", other=[O("foreign nationals evacuated", 1100, "about")], note="Thursday = 29 April."),
    C("dom-01", "santiago-fortress-riot-1965-04-29", "riot", "Santiago", "DO", "1965-04-29/1965-04-30",
      "In our own city, police said three people were wounded and 28 were arrested on Thursday night when a crowd tried to enter the San Luis fortress to seize weapons.",
      "the police", injured=F(3), captured=F(28), note="'Our own city' is Santiago (the paper's dateline); Thursday night."),
    C("dom-01", "santiago-students-missing-1965-04", "other", SD, "DO", "1965-04-25/1965-05-01",
      "The Santiago students' federation said that nine of its members who travelled to the capital on Sunday have not been heard from since.",
      "the Santiago students' federation", missing=F(9), note="Missing since Sunday 25 April."),
    C("dom-01", VCONS, "armed_clash", "Villa Consuelo", "DO", "1965-04-27",
      "Our edition of Thursday said that 12 people were killed in the attack on the police post in Villa Consuelo, a district of the capital, on Tuesday.",
      "La Voz del Cibao (edition of Thursday 29 April)", killed=F(12),
      note="Superseded figure; Tuesday of that edition = 27 April."),
    C("dom-01", VCONS, "armed_clash", "Villa Consuelo", "DO", "1965-04-27",
      "The police figure was 21.",
      "the police", killed=F(21), note="Corrected figure."),

    # ================================================= sur-01 ========================================================
    C("sur-01", MOENGO, "armed_clash", "Moengo", "SR", "1986-07-22",
      "The army said the attack on the post killed two soldiers.",
      ARMY_SR, killed=F(2)),
    C("sur-01", "moengo-searches-1986-07", "detention", "Moengo", "SR", "1986-07-22/1986-07-25",
      "Witnesses interviewed by the Bureau said 17 men were taken to the post and beaten; four of them have not been seen since.",
      "witnesses interviewed by the Bureau", captured=F(17), missing=F(4), note="The three days of searches."),
    C("sur-01", MOOI, "massacre", "Mooi Wanhatti", "SR", "1986-11-29",
      "The Bureau holds the names of 35 dead, among them 20 women and children.",
      CRB, killed=F(35), other=[O("women and children killed", 20)], note="Hamlet not on official maps."),
    C("sur-01", MOOI, "armed_clash", "Mooi Wanhatti", "SR", "1986-11-29",
      "The army spokesman said on 2 December that \"some 25 terrorists\" had been killed in an operation in the area.",
      "the army spokesman", killed=F(25, "about"), note="The army's account of the same day."),
    C("sur-01", ALBINA, "shelling", "Albina", "SR", ALBINA_D,
      "The Bureau could not establish the number of dead; the town's priest spoke of at least ten bodies buried in the churchyard.",
      "the town's priest", killed=F(10, "at_least")),
    C("sur-01", ALBINA, "displacement", "Saint-Laurent-du-Maroni", "GF", ALBINA_D,
      "The French authorities in Saint-Laurent-du-Maroni registered 2,300 arrivals from Albina in the first week.",
      "the French authorities in Saint-Laurent-du-Maroni", other=[O("arrivals from Albina", 2300)],
      note="Place reached; date of the entry's shelling."),
    C("sur-01", BUS, "explosion", "Patamacca", "SR", "1987-01-11",
      "The army said six passengers were killed and 11 wounded, and blamed the Jungle Commando.",
      ARMY_SR, killed=F(6), injured=F(11), note="Landmine near Patamacca junction."),
    C("sur-01", BUS, "explosion", "Patamacca", "SR", "1987-01-11",
      "In a message read on a local radio station the Jungle Commando denied having mined the road.",
      JC, note="Figure-less denial."),
    C("sur-01", "stolkertsijver-burning-1987-01-20", "destruction", "Stolkertsijver", "SR", "1987-01-20",
      "A Red Cross report of 25 January counts seven houses burned and two boats destroyed by soldiers in the village; the residents had already left.",
      "the Red Cross", other=[O("houses burned", 7), O("boats destroyed", 2)]),
    C("sur-01", NURSES, "abduction", "Pikin Tabiki", "SR", "1987-02-03",
      "Members of the Jungle Commando abducted two government nurses from the health post; they were released eleven days later.",
      CRB, captured=F(2), note="Hamlet not on official maps."),
    C("sur-01", NURSES, "abduction", "Pikin Tabiki", "SR", "1987-02-03",
      "The group said the nurses had been its \"guests\" and were never in danger.",
      JC, note="Figure-less counter-claim."),

    # ================================================= kwt-01 ========================================================
    C("kwt-01", KWOCC, "detention", "Kuwait", "KW", OCC_D,
      "Since 2 August 1990, the occupying forces have detained more than 5,000 Kuwaiti citizens and residents.",
      PR, captured=F(5000, "more_than")),
    C("kwt-01", KWOCC, "detention", "Kuwait", "KW", OCC_D,
      "Some 2,000 of them have been transferred to prisons in Basra and Baghdad, where they are held without any contact with their families.",
      PR, other=[O("detainees transferred", 2000, "about")], note="'them' are the detainees of the sentence before."),
    C("kwt-01", "rumaithiya-executions-1990-10-18", "attack_on_civilians", "Kuwait City", "KW", "1990-10-18",
      "On 18 October 1990, in the Al-Rumaithiya district of Kuwait City, troops searching for members of the resistance executed four young men in front of their homes.",
      PR, killed=F(4), note="Al-Rumaithiya is a district of Kuwait City."),
    C("kwt-01", KWOCC, "detention", "Kuwait", "KW", OCC_D,
      "My Government has so far documented the names of 628 persons who are missing after their arrest by the occupying forces.",
      KWG, missing=F(628)),
    C("kwt-01", "al-jahra-demolitions-1990-12", "destruction", "Al-Jahra", "KW", "1990-12-23/1990-12-29",
      "In the week of 23 to 29 December 1990, 38 houses in the Al-Jahra governorate were demolished by the occupying forces on the ground that their owners had sheltered resistance fighters.",
      PR, other=[O("houses demolished", 38)]),
    C("kwt-01", HAWALLI, "armed_clash", "Hawalli", "KW", "1991-01-04",
      "On 5 January 1991, Baghdad radio announced that \"saboteurs\" had attacked a checkpoint in the Hawalli district the previous day, killing three soldiers, and that 12 saboteurs had been arrested.",
      "Baghdad radio", killed=F(3), captured=F(12), note="The previous day = 4 January 1991."),
    C("kwt-01", HAWALLI, "detention", "Hawalli", "KW", "1991-01-04",
      "According to the information available to my Government, the 12 persons arrested were students taken at random from a mosque in the district, and no attack took place.",
      KWG, captured=F(12), note="Counter-claim: arrests without an attack."),
    C("kwt-01", "kuwait-refugees-1990", "displacement", "Saudi Arabia", "SA", OCC_D,
      "About 300,000 Kuwaitis have been forced to leave their country since the invasion and now live as refugees, most of them in Saudi Arabia.",
      PR, other=[O("Kuwaitis forced to leave", 300000, "about")], note="Place reached (most of them)."),

    # ================================================= fji-01 ========================================================
    C("fji-01", MUAN, "displacement", "Nausori", "FJ", "2000-05-19/2000-07-17",
      "Our count on Monday was 73 families, about 320 people.",
      RAT, other=[O("families displaced", 73), O("people displaced", 320, "about")],
      note="Count of Monday 17 July; place reached named in the next sentence (Nausori)."),
    C("fji-01", MUAN, "destruction", "Muaniweni", "FJ", "2000-05-19/2000-07-16",
      "The police spoke last week of 40 incidents.",
      "the police", other=[O("incidents", 40)], note="Earlier police figure, put by the interviewer; last week."),
    C("fji-01", MUAN, "destruction", "Muaniweni", "FJ", MUAN_D,
      "The police figure I have is 47 incidents since 19 May, including 11 houses burned and 30 head of cattle stolen or killed.",
      "the police", other=[O("incidents", 47), O("houses burned", 11), O("cattle stolen or killed", 30)]),
    C("fji-01", "muaniweni-farm-attack-2000-07-18", "attack_on_civilians", "Muaniweni", "FJ", "2000-07-18",
      "Two farmers were taken to hospital with cuts after a group of about 15 men came to their farm on Tuesday evening.",
      RAT, injured=F(2), other=[O("attackers", 15, "about")], note="Tuesday = 18 July 2000."),
    C("fji-01", "muaniweni-arrests-2000-07-16", "detention", "Muaniweni", "FJ", "2000-07-16",
      "Police arrested six men in the valley on Sunday.",
      RAT, captured=F(6), note="Sunday = 16 July; the valley is Muaniweni."),
    C("fji-01", MUAN, "destruction", "Tailevu", "FJ", MUAN_D,
      "The rebel group's spokesman told Islands Weekly on Wednesday that \"no farm in Tailevu has been touched by our people\" and that the reports were \"propaganda of the deposed government\".",
      "the rebel group's spokesman", note="Figure-less counter-claim."),
    C("fji-01", PARL, "abduction", "Suva", "FJ", "2000-05-19/2000-07-20",
      "I understand that 27 people are still held in the parliament complex.",
      RAT, captured=F(27), note="Hostages taken in Parliament two months before (19 May)."),

    # ================================================= gmb-01 ========================================================
    C("gmb-01", HOSTAGES, "abduction", "Banjul", "GM", "1981-07-30",
      "2/ By the evening of the 30th the rebels held most of Banjul and had taken some 100 hostages, among them members of the President's family and several ministers.",
      ICN, captured=F(100, "about")),
    C("gmb-01", GMB, "other", "Gambia", "GM", GMB_D,
      "The official Gambian figure, given in August 1981, was 500 dead.",
      "the Gambian government (official figure)", killed=F(500)),
    C("gmb-01", GMB, "other", "Gambia", "GM", GMB_D,
      "Red Cross estimates at the time ranged from 800 to 1,000.",
      "the Red Cross", killed=R(800, 1000)),
    C("gmb-01", GMB, "armed_clash", "Gambia", "GM", GMB_D,
      "5/ Senegal said it lost 33 soldiers.",
      "Senegal", killed=F(33), scope="partial"),
    C("gmb-01", GMB, "armed_clash", "Gambia", "GM", GMB_D,
      "In 2006 a Senegalese veterans' association said the real number was \"at least 50\".",
      "a Senegalese veterans' association", killed=F(50, "at_least"), scope="partial"),
    C("gmb-01", BAKAU, "shelling", "Bakau", "GM", "1981-08-02",
      "Survivors I interviewed in 2019 described \"dozens\" of bodies in the yard afterwards.",
      "survivors interviewed by the historian", vague={"killed": "dozens"}),
    C("gmb-01", HOSTAGES, "abduction", "Bakau", "GM", "1981-08-01",
      "7/ Two days after the coup began, the rebels freed 17 of their hostages at the depot, mostly women and children.",
      ICN, other=[O("hostages freed", 17)], note="Two days after 30 July."),
    C("gmb-01", "gambia-detentions-1981", "detention", "Gambia", "GM", None,
      "8/ After the rebellion about 1,000 people were detained.",
      ICN, captured=F(1000, "about"), note="No date beyond 'after the rebellion'."),

    # ================================================= bol-01 ========================================================
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "Witnesses told the mission's team that soldiers fired live rounds at demonstrators near the plant's southern wall.",
      "witnesses", note="Figure-less; Senkata is a district of El Alto."),
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "The Ministry of Defence said in a statement in the evening that the armed forces \"did not fire a single bullet\" and that demonstrators had tried to blow up the plant with dynamite.",
      "the Ministry of Defence", note="Figure-less counter-claim."),
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "The El Alto ombudsman's office told the mission that six people died of gunshot wounds in Senkata on 19 November.",
      OMB, killed=F(6)),
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "The figure rose to eight overnight, the office said this morning, after two wounded men died in hospital.",
      OMB, killed=F(8), note="Revised toll; the wounded who died keep the day of the shooting."),
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "The mission's team saw five bodies at the San Francisco de Asís church in Senkata, where families had laid them out.",
      IPOM, killed=F(5)),
    C("bol-01", SENKATA, "attack_on_civilians", "Senkata", "BO", "2019-11-19",
      "Hospital staff in El Alto reported at least 30 people treated for gunshot and pellet wounds.",
      "hospital staff in El Alto", injured=F(30, "at_least"), note="Where the wounded were treated is not the place."),
    C("bol-01", SACABA, "attack_on_civilians", "Sacaba", "BO", "2019-11-15",
      "The mission confirmed that the number of people killed in Sacaba on 15 November stands at nine.",
      IPOM, killed=F(9)),
    C("bol-01", SACABA, "attack_on_civilians", "Sacaba", "BO", "2019-11-15",
      "A tenth man, wounded that day, died on 18 November.",
      IPOM, killed=F(1), scope="partial", note="A wounded man who died later keeps the day of the shooting."),
    C("bol-01", "la-paz-el-alto-detentions-2019-11", "detention", "La Paz", "BO", "2019-11-11/2019-11-19",
      "Police reported 122 people detained in La Paz and El Alto since 11 November.",
      "the police", captured=F(122)),
    C("bol-01", SENKATA, "other", "Senkata", "BO", "2019-11-19",
      "The neighbourhood council of Senkata told the mission that four residents have not been located since Tuesday.",
      "the neighbourhood council of Senkata", missing=F(4), note="Tuesday = 19 November 2019."),

    # ================================================= jam-01 ========================================================
    C("jam-01", OP, "other", WK, "JM", JDF_D,
      "Since the joint police-military operation began on Monday, 44 persons have been killed in West Kingston.",
      JDF, killed=F(44), note="Monday = 24 May; statement of 26 May."),
    C("jam-01", OP, "other", WK, "JM", JDF_D,
      "Three members of the security forces are among the dead.",
      JDF, killed=F(3), scope="partial"),
    C("jam-01", OP, "detention", WK, "JM", JDF_D,
      "Five hundred persons have been detained for questioning.",
      JDF, captured=F(500)),
    C("jam-01", OP, "other", WK, "JM", JDF_D,
      "The security forces have recovered 18 firearms and more than 2,000 rounds of ammunition.",
      JDF, other=[O("firearms recovered", 18), O("rounds of ammunition recovered", 2000, "more_than")]),
    C("jam-01", OP, "attack_on_civilians", TG, "JM", JDF_D,
      "Claims that soldiers executed unarmed men in Tivoli Gardens are false.",
      JDF, note="Figure-less denial of executions."),
    C("jam-01", OP, "other", TG, "JM", TGRC_D,
      "We have counted 73 dead from our community, not 44.",
      TGRC, killed=F(73), note="'Our community' is Tivoli Gardens."),
    C("jam-01", "chang-avenue-killings-2010-05-25", "attack_on_civilians", TG, "JM", "2010-05-25",
      "On Tuesday morning soldiers took three young men from a yard on Chang Avenue and shot them behind the community centre; their mothers saw it.",
      TGRC, killed=F(3), note="Tuesday = 25 May 2010."),
    C("jam-01", OP, "other", TG, "JM", TGRC_D,
      "Many more are missing: families have given us 31 names of people not seen since Monday.",
      TGRC, missing=F(31)),
    C("jam-01", "java-avenue-houses-2010-05-24", "destruction", TG, "JM", "2010-05-24/2010-05-25",
      "At least 12 houses on Java Avenue were burned out after explosions on Monday night.",
      TGRC, other=[O("houses burned out", 12, "at_least")], note="Monday night = the night of 24 May."),

    # ================================================= swz-01 ========================================================
    C("swz-01", SWZ, "other", "Manzini", "SZ", "2021-06-01/2021-06-30",
      "June 2021. We recorded 4 deaths and 19 injuries, all in the Manzini region.",
      LHRM, killed=F(4), injured=F(19)),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", JUL,
      "July 2021. We recorded 46 deaths and at least 154 injuries.",
      LHRM, killed=F(46), injured=F(154, "at_least")),
    C("swz-01", SWZ, "other", "Matsapha", "SZ", "2021-07-01/2021-07-03",
      "Of these deaths, 33 occurred between 1 and 3 July, mostly in Matsapha.",
      LHRM, killed=F(33), scope="partial"),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", "2021-06-29/2021-07-02",
      "The government's figure for the unrest of 29 June to 2 July, given in Parliament on 22 July, is 27 dead.",
      "the government", killed=F(27)),
    C("swz-01", SWZ, "detention", "Eswatini", "SZ", JUL,
      "Police announced \"more than 1,000\" arrests in July.",
      "the police", captured=F(1000, "more_than")),
    C("swz-01", SWZ, "detention", "Eswatini", "SZ", JUL,
      "Our own register holds the names of 715 persons arrested in that month.",
      LHRM, captured=F(715)),
    C("swz-01", SWZ, "other", "Mbabane", "SZ", "2021-09-01/2021-09-30",
      "August and September 2021. We recorded no deaths and 6 injuries, all at school protests in Mbabane in September.",
      LHRM, injured=F(6), note="The injuries all fell in September; no deaths in August and September."),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", "2021-10-01/2021-10-31",
      "October 2021. We recorded 1 death and 80 injuries.",
      LHRM, killed=F(1), injured=F(80)),
    C("swz-01", "manzini-bus-shooting-2021-10-20", "attack_on_civilians", "Manzini", "SZ", "2021-10-20",
      "The death is that of a bus passenger shot near Manzini on 20 October.",
      LHRM, killed=F(1)),
    C("swz-01", "manzini-bus-shooting-2021-10-20", "attack_on_civilians", "Manzini", "SZ", "2021-10-20",
      "Police deny that officers fired live rounds that day.",
      "the police", note="Figure-less denial."),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", JUL,
      "Four persons were reported missing to us in July.",
      LHRM, missing=F(4)),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", JUL,
      "Two were found alive in South Africa in September; two remain missing.",
      LHRM, missing=F(2), other=[O("missing persons found alive", 2)],
      note="Figures spread over two sentences; the missing of July; no arithmetic."),
    C("swz-01", SWZ, "destruction", "Eswatini", "SZ", JUL,
      "We do not count property damage; the chamber of commerce reported 118 businesses looted or burned in July.",
      "the chamber of commerce", other=[O("businesses looted or burned", 118)]),
    C("swz-01", SWZ, "other", "Eswatini", "SZ", JUL,
      "An earlier version of this note gave 41 deaths for July.",
      "Lubombo Human Rights Monitor (earlier version of the note)", killed=F(41), note="Superseded figure."),

    # ================================================= mng-01 ========================================================
    C("mng-01", RIOT, "riot", UB, "MN", "2008-07-01",
      "Five people died in the violence of 1 July, four of them from gunshot wounds, according to the State Prosecutor's office.",
      "the State Prosecutor's office", killed=F(5), other=[O("killed by gunshot", 4)]),
    C("mng-01", RIOT, "riot", UB, "MN", "2008-07-01",
      "The city health department counted 306 people treated for injuries, 108 of them police officers.",
      "the city health department", injured=F(306), other=[O("police officers injured", 108)]),
    C("mng-01", "ulaanbaatar-riot-arrests-2008-07", "detention", UB, "MN", "2008-07-01/2008-07-03",
      "Police detained 718 people that night and in the following two days.",
      "the police", captured=F(718)),
    C("mng-01", "ulaanbaatar-riot-arrests-2008-07", "detention", UB, "MN", "2008-07-01/2008-07-03",
      "By 15 August, 170 were still being held, our lawyers say.",
      "lawyers of the Open Steppe Legal Aid Centre", captured=F(170), note="Still held of those detained 1-3 July."),
    C("mng-01", "ulaanbaatar-riot-arrests-2008-07", "detention", UB, "MN", "2008-07-01/2008-08-15",
      "Our lawyers have taken the statements of 54 detainees who say they were beaten in custody.",
      OSLAC, other=[O("detainees reporting beatings in custody", 54)], note="Custody from the arrests to the newsletter."),
    C("mng-01", RIOT, "destruction", UB, "MN", "2008-07-01",
      "Police put the damage from the fire at the party headquarters and the Cultural Palace at 10 billion tögrög.",
      "the police", other=[O("damage in MNT", 10_000_000_000)]),
    C("mng-01", RIOT, "riot", UB, "MN", "2008-07-01",
      "The police deny that officers fired live ammunition.",
      "the police", note="Figure-less denial."),
    C("mng-01", "ulaanbaatar-missing-2008-07", "other", UB, "MN", "2008-07-01/2008-07-02",
      "Three young men from the Bayanzürkh district have been missing since the night of 1 July, their families say.",
      "their families", missing=F(3), note="Bayanzürkh is a district of Ulaanbaatar; the night of 1 July."),
]

if __name__ == "__main__":
    write_gold(G, HERE)
