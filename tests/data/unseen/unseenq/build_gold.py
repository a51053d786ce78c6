"""Hand-coded gold for the unseenq documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-p: a broadcast monitoring
digest summarising radio stations by gmt time (Panama City and Colon 1989, pan-01), a hospital emergency department's
admissions register turned into prose with a table written as lines (Sibiu 1989, rou-01), a foreign ministry's readout
of a telephone call (Male 1988, mdv-01), a correspondent's field notebook in terse dated entries (Las Villas, Cuba
1958, cub-01), a school's parents' newsletter after an attack near it (Vilnius 1991, ltu-01), an insurance loss
adjuster's report in numbered paragraphs (Malabo 2009, gnq-01), an ombudsman's annual report chapter (Libreville 2016,
gab-01), an expert panel's report paragraphs with footnote markers (Minsk, Brest and Gomel 2020, blr-01), a dataset
codebook's worked coding example with summary lines (Montevideo 1972, ury-01), a municipal assembly's motion with an
explanatory statement (Murino and Golubovci, Montenegro 1999, mne-01), a parish bulletin (St. George's, Grenada 1983,
grd-01) and a police board of inquiry's press summary under an all-caps headline (Rupununi, Guyana 1969, guy-01).
Every name, quote and figure is invented (the publishers too); places and periods are real.

Conventions (as sets o and p): conflict-wide or period totals are typed ``other``; a figure-less denial or
counter-claim keeps the type of the incident it answers (never ``denial``), and an alternative cause keeps the figure
fields null; a wounded person who dies later carries the date of the incident; displacement counts go to
``other_figures`` and take the place people reached where the text names it; weekday and relative expressions are
resolved against the publication date in corpus.jsonl and noted; "the night of X" is X to X+1; no arithmetic over
parts (a sentence naming two groups keeps the first in its field and the others as other figures); a district or
quarter of a city takes the city as place; statements by the publisher itself are attributed to the publisher; ranges
("between 30 and 50", "300-400", "70 or 80") are ``at_least`` with a ``max``.
Not annotated on purpose: figure-less incident narration, complaint and testimony counts, staff on the premises,
distances, money reserves, individual victims named one by one in a parish or school notice.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- pan-01: monitoring digest of broadcasts heard on Thursday 21 December 1989 -----------------------------------
USSPOX = "a US Southern Command spokesman (US forces radio)"
CHORRILLO = "el-chorrillo-bombing-1989-12-20"
CHORRILLO_D = "1989-12-19/1989-12-20"  # "the night of Tuesday to Wednesday"
TINAJITAS = "tinajitas-barracks-surrender-1989-12"
PANAMA = "panama-invasion-1989-12"
PANAMA_D = "1989-12-20/1989-12-21"  # "since Wednesday" to the day of the digest

# --- rou-01: hospital admissions summary, 12 January 1990 (events of 21-27 December 1989) -------------------------
SCH = "Sibiu County Hospital emergency department (Dr. Ioana Marginean)"
SIBIU = "sibiu-fighting-1989-12"
SIBIU_D = "1989-12-21/1989-12-27"
SCHOOL = "sibiu-militia-school-fighting-1989-12-22"

# --- mdv-01: readout of a telephone call, Saturday 5 November 1988 ------------------------------------------------
FMMV = "the Foreign Minister of the Maldives (in the call)"
MALE = "male-attack-1988-11-03"
HOSTAGES = "male-hostages-1988-11-03"

# --- cub-01: a correspondent's notebook printed 10 January 1959 (entries of December 1958) ------------------------
VENN = "Harold Venn (correspondent, The Northern Review)"
PLACETAS = "placetas-siege-1958-12"
SANTACLARA = "santa-clara-battle-1958-12"
TRAIN = "capiro-armoured-train-1958-12-29"
CONDADO = "condado-bombing-1958-12-30"

# --- ltu-01: school newsletter, Friday 18 January 1991 --------------------------------------------------------------
KSS = "Karoliniškės Secondary School (parents' newsletter)"
TOWER = "vilnius-tv-tower-1991-01-13"

# --- gnq-01: loss adjuster's report, 20 March 2009 ------------------------------------------------------------------
HMLA = "Harbour & Marine Loss Adjusters Ltd (adjuster)"
MNSGQ = "the Ministry of National Security"
MALABO = "malabo-port-palace-attack-2009-02-17"

# --- gab-01: ombudsman's annual report 2016, published 15 March 2017 ----------------------------------------------
MEDIATOR = "Office of the Mediator of the Republic"
MOIGA = "the Ministry of the Interior"
GABON = "gabon-post-election-unrest-2016"
HQ = "libreville-opposition-hq-raid-2016-08-31"
LOOTING = "libreville-looting-2016-09"

# --- blr-01: expert panel report, advance version of 10 February 2021 ---------------------------------------------
PANEL = "Independent Expert Panel on Freedom of Assembly"
MIA = "the Ministry of Internal Affairs"
PROTESTS = "belarus-protests-2020-08-09"
PUSHKIN = "minsk-pushkinskaya-death-2020-08-10"
BREST = "brest-shooting-2020-08-11"
GOMEL = "gomel-custody-death-2020-08-12"
ARRESTS = "belarus-detentions-2020-08"

# --- ury-01: dataset codebook, June 2019 (events of 14 April 1972) -------------------------------------------------
SCPVD = "Southern Cone Political Violence Dataset (coders)"
FFAA = "the armed forces (communique)"
D14 = "1972-04-14"
N14 = "1972-04-14/1972-04-15"  # "that night"
POCITOS = "pocitos-shooting-1972-04-14"
ITALIA = "avenida-italia-attacks-1972-04-14"
MALVIN = "malvin-house-1972-04-14"
GOMAR = "perez-gomar-raid-1972-04-14"

# --- mne-01: municipal assembly motion, Thursday 6 May 1999 -------------------------------------------------------
PLAV = "Municipal Assembly of Plav"
CRISIS = "the Municipal Crisis Staff"
MURINO = "murino-bridge-strike-1999-04-30"

# --- grd-01: parish bulletin, Sunday 6 November 1983 --------------------------------------------------------------
PARISH = "St. George's Parish (parish priest)"
FORT = "fort-rupert-shooting-1983-10-19"
RICHMOND = "richmond-hill-hospital-bombing-1983-10-25"

# --- guy-01: police board of inquiry press summary, Monday 20 January 1969 ----------------------------------------
BOARD = "the Board of Inquiry (Guyana Police Force)"
LETHEM = "lethem-police-station-attack-1969-01-02"
RUPOPS = "rupununi-operations-1969-01"
RUPOPS_D = "1969-01-03/1969-01-20"  # "the operations that followed" / "the days after 3 January", to the summary

G = [
    # ================================================= pan-01 ========================================================
    C("pan-01", CHORRILLO, "air_strike", "El Chorrillo", "PA", CHORRILLO_D,
      "The announcer said that \"the invaders\" had bombed the El Chorrillo district during the night of Tuesday to Wednesday and that \"hundreds of humble families\" were buried under the ruins.",
      "Radio Nacional (announcer)", vague={"killed": "hundreds of humble families"},
      note="The night of Tuesday 19 to Wednesday 20 December 1989 (digest of 21 December)."),
    C("pan-01", TINAJITAS, "armed_clash", "Tinajitas", "PA", "1989-12-20/1989-12-21",
      "The station read a statement by the new civilian authorities saying that 12 members of the defence forces had surrendered at the Tinajitas barracks overnight and that their weapons had been handed over.",
      "the new civilian authorities (read by Radio Mundial)", captured=F(12),
      note="Overnight before the 0930 gmt broadcast of 21 December."),
    C("pan-01", PANAMA, "other", "Panama", "PA", PANAMA_D,
      "A spokesman said 19 US servicemen had been killed and 99 wounded since the operation began on Wednesday.",
      USSPOX, killed=F(19), injured=F(99), scope="partial", note="US losses only; Wednesday = 20 December 1989."),
    C("pan-01", PANAMA, "other", "Panama", "PA", PANAMA_D,
      "He put the losses of the Panamanian Defence Forces at \"about 60\" dead.",
      USSPOX, killed=F(60, "about"), scope="partial"),
    C("pan-01", "empire-range-detentions-1989-12", "detention", "Empire Range", "PA", PANAMA_D,
      "Reporters were told that more than 1,000 Panamanian soldiers and \"Dignity Battalion\" members were being held at a camp on the former Empire Range.",
      USSPOX, captured=F(1000, "more_than"), note="A former firing range, not a gazetteer place."),
    C("pan-01", PANAMA, "other", "Panama City", "PA", PANAMA_D,
      "The announcer said the previous figure was false and that \"more than 300 of our soldiers and militiamen\" had died defending the capital.",
      "Radio Nacional (announcer)", killed=F(300, "more_than"), scope="partial",
      note="Counter-claim to the US figure of about 60; the capital = Panama City."),
    C("pan-01", PANAMA, "other", "Panama City", "PA", PANAMA_D,
      "A doctor at Santo Tomas hospital, speaking by telephone, said the hospital morgue had received 54 bodies since Wednesday, most of them civilians, and that about 200 wounded had been treated.",
      "a doctor at Santo Tomas hospital (by telephone to Radio Mundial)", killed=F(54), injured=F(200, "about"), scope="partial",
      note="One hospital's count; the hospital is in the capital."),
    C("pan-01", PANAMA, "other", "Panama City", "PA", PANAMA_D,
      "In a later bulletin at 1720 gmt, the station quoted the same doctor as saying the morgue count had risen to 70.",
      "a doctor at Santo Tomas hospital (by telephone to Radio Mundial)", killed=F(70), scope="partial",
      note="Revision of the morgue count."),
    C("pan-01", "colon-looting-1989-12", "riot", "Colon", "PA", PANAMA_D,
      "A reporter said shooting continued near the free zone in Colon and that between 30 and 40 shops had been looted since Wednesday night.",
      "a reporter (Colon radio station)", other=[OR("shops looted", 30, 40)],
      note="Since Wednesday night (20 December)."),
    C("pan-01", "colon-front-street-sniping-1989-12-21", "attack_on_civilians", "Colon", "PA", "1989-12-21",
      "He said two people were shot dead by \"unknown snipers\" on Front Street on Thursday morning.",
      "a reporter (Colon radio station)", killed=F(2), note="Thursday = 21 December 1989."),
    C("pan-01", "el-chorrillo-displacement-1989-12", "displacement", "El Chorrillo", "PA", PANAMA_D,
      "The archdiocese said its parishes had given shelter to \"several thousand\" people from El Chorrillo whose homes had burned.",
      "the archdiocese (Radio Hogar)", vague={"other": "several thousand"},
      note="The parishes are not named; the place is where people came from."),
    C("pan-01", "el-chorrillo-displacement-1989-12", "displacement", "Balboa", "PA", PANAMA_D,
      "A parish worker said some 2,000 were sleeping in a school gymnasium in the Balboa area.",
      "a parish worker (Radio Hogar)", other=[O("displaced people sheltered", 2000, "about")]),
    C("pan-01", CHORRILLO, "air_strike", "El Chorrillo", "PA", CHORRILLO_D,
      "The spokesman rejected reports that US aircraft had fired on residential blocks in El Chorrillo.",
      USSPOX, note="Figure-less denial of the bombing reported by Radio Nacional."),
    C("pan-01", CHORRILLO, "destruction", "El Chorrillo", "PA", CHORRILLO_D,
      "He said the fires in the district had been started by defence forces units \"who set fire to buildings as they withdrew\".",
      USSPOX, note="Figure-less counter-claim on the cause of the fires."),

    # ================================================= rou-01 ========================================================
    C("rou-01", SIBIU, "other", "Sibiu", "RO", "1989-12-21",
      "21 December - 4 - 0",
      SCH, injured=F(4), killed=F(0), scope="partial",
      note="Register line: admitted with gunshot or blast wounds, died in the department (one hospital)."),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", "1989-12-22",
      "22 December - 61 - 7",
      SCH, injured=F(61), killed=F(7), scope="partial"),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", "1989-12-23",
      "23 December - 48 - 5",
      SCH, injured=F(48), killed=F(5), scope="partial"),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", "1989-12-24",
      "24 December - 19 - 2",
      SCH, injured=F(19), killed=F(2), scope="partial"),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", "1989-12-25/1989-12-27",
      "25 to 27 December - 11 - 1",
      SCH, injured=F(11), killed=F(1), scope="partial"),
    C("rou-01", "sibiu-inspectorate-shooting-1989-12-22", "armed_clash", "Sibiu", "RO", "1989-12-22",
      "The register notes 23 patients brought from that street alone between 16:00 and 19:00, of whom three were dead on arrival.",
      SCH, killed=F(3), other=[O("patients brought from the street", 23)],
      note="The shooting in front of the militia inspectorate on Revolutiei Street, afternoon of 22 December."),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", SIBIU_D,
      "In all, 15 patients died in the department.",
      SCH, killed=F(15), scope="partial"),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", SIBIU_D,
      "A further 24 people were brought in already dead and were sent to the forensic morgue without being entered as admissions.",
      SCH, killed=F(24), scope="partial"),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", SIBIU_D,
      "The forensic service told us on 30 December that it had received 41 bodies from the town in that week, a number that includes the 24.",
      "the forensic service", killed=F(41)),
    C("rou-01", SCHOOL, "armed_clash", "Sibiu", "RO", "1989-12-22/1989-12-23",
      "The crew that went in first reported \"at least ten\" dead soldiers and militiamen in the yard of the school; these were taken to the military hospital and do not appear in our register.",
      "the first ambulance crew", killed=F(10, "at_least"),
      note="The militia school near the Dumbrava park, the night of 22 to 23 December."),
    C("rou-01", "sibiu-militia-officers-detention-1989-12-23", "detention", "Sibiu", "RO", "1989-12-23",
      "Ambulance staff also reported that a group of militia officers, \"about 30 to 40\", had been taken away by soldiers after the school was surrendered on 23 December.",
      "ambulance staff", captured=R(30, 40)),
    C("rou-01", "sibiu-militia-officers-detention-1989-12-23", "detention", "Sibiu", "RO", "1989-12-23",
      "We were asked to treat four of them for wounds on 24 December.",
      SCH, injured=F(4), note="Four of the detained officers, treated the day after."),
    C("rou-01", SCHOOL, "armed_clash", "Sibiu", "RO", "1989-12-23",
      "One of our ambulance drivers, Mr. Vasile Oprean, was wounded by a bullet in the shoulder on 23 December while driving to the school; he has recovered.",
      SCH, injured=F(1)),
    C("rou-01", SIBIU, "other", "Sibiu", "RO", SIBIU_D,
      "A newspaper of 28 December wrote that \"more than 100 people\" had died in Sibiu.",
      "a newspaper of 28 December", killed=F(100, "more_than")),
    C("rou-01", SIBIU, "attack_on_civilians", "Sibiu", "RO", SIBIU_D,
      "The army garrison stated on 3 January that its soldiers had not fired on unarmed people at any time.",
      "the army garrison", note="Figure-less denial."),

    # ================================================= mdv-01 ========================================================
    C("mdv-01", MALE, "armed_clash", "Male", "MV", "1988-11-03",
      "He told the Minister that 19 people had been killed in Male in the fighting on Thursday, among them eight members of the security service.",
      FMMV, killed=F(19), note="Thursday = 3 November 1988; the sub-group of eight stays in the claim."),
    C("mdv-01", MALE, "armed_clash", "Male", "MV", "1988-11-03",
      "He said a further 40 or so people had been wounded, \"some very seriously\", and that the hospital in Male was treating them with help from abroad.",
      FMMV, injured=F(40, "about"), note="'40 or so' = about 40."),
    C("mdv-01", HOSTAGES, "abduction", "Male", "MV", "1988-11-03",
      "He said that when the attackers left the island by sea on Thursday evening they had taken 27 hostages with them on a cargo vessel, including a minister of the government and his wife.",
      FMMV, captured=F(27)),
    C("mdv-01", HOSTAGES, "abduction", None, "MV", "1988-11-03/1988-11-05",
      "He said that four hostages were killed on board the vessel during the pursuit, and that two others were still missing.",
      FMMV, killed=F(4), missing=F(2),
      note="At sea, no place named; between the departure on Thursday evening and the interception on Friday night."),
    C("mdv-01", MALE, "armed_clash", "Male", "MV", "1988-11-03/1988-11-05",
      "He also said that about 70 of the attackers had been captured, on the vessel and in Male, and that \"a few\" had escaped to outlying islands.",
      FMMV, captured=F(70, "about")),
    C("mdv-01", MALE, "armed_clash", "Male", "MV", "1988-11-03",
      "The Minister noted that this account has been disputed in some press reports, which have said that the group had local accomplices who helped it land.",
      "some press reports (noted by the Minister)", note="Figure-less counter-claim on who the attackers were."),
    C("mdv-01", MALE, "destruction", "Male", "MV", "1988-11-03",
      "Asked by the Minister about damage, the Foreign Minister said the telecommunications building and part of the security service headquarters had been badly damaged by fire and rockets, and that \"dozens\" of shops near the harbour had been looted.",
      FMMV, vague={"other": "dozens"}, note="Shops looted: dozens."),

    # ================================================= cub-01 ========================================================
    C("cub-01", PLACETAS, "armed_clash", "Placetas", "CU", "1958-12-25",
      "Garrison commander gave up with approx. 150 men; all held in the school.",
      VENN, captured=F(150, "about"),
      note="Entry of Dec. 26 (year from the printed date, 10 January 1959): the town fell 'yesterday', 25 December 1958."),
    C("cub-01", PLACETAS, "armed_clash", "Placetas", "CU", "1958-12-24/1958-12-25",
      "Rebel captain tells me 3 of his men dead.",
      "a rebel captain", killed=F(3), scope="partial", note="The two-day siege ending on 25 December."),
    C("cub-01", "falcon-road-strafing-1958-12-27", "air_strike", "Falcon", "CU", "1958-12-27",
      "Driver says 5 passengers hit, one girl died.",
      "the bus driver", injured=F(5), killed=F(1)),
    C("cub-01", SANTACLARA, "armed_clash", "Santa Clara", "CU", "1958-12-28",
      "A nurse at the small clinic on the Camajuani road: \"We have 22 wounded here, more on the floor than in beds.\"",
      "a nurse at a clinic on the Camajuani road", injured=F(22), scope="partial"),
    C("cub-01", SANTACLARA, "armed_clash", "Santa Clara", "CU", "1958-12-28",
      "Army radio says \"the bandits\" lost over 100 dead today.",
      "army radio", killed=F(100, "more_than"), scope="partial", note="The rebels' dead."),
    C("cub-01", SANTACLARA, "armed_clash", "Santa Clara", "CU", "1958-12-28",
      "Rebel doctor laughs at this; says their dead are \"not ten\".",
      "a rebel doctor", killed=F(10, "at_most"), scope="partial", note="Counter-claim: fewer than ten."),
    C("cub-01", TRAIN, "armed_clash", "Capiro", "CU", "1958-12-29",
      "Train held 300-400 soldiers (rebel estimate).",
      "the rebels (estimate)", other=[OR("soldiers on the train", 300, 400)]),
    C("cub-01", TRAIN, "armed_clash", "Capiro", "CU", "1958-12-29",
      "Rebel officer: about 350 prisoners, plus rifles, mortars, 6 machine guns, ammunition \"for a year\".",
      "a rebel officer", captured=F(350, "about"), other=[O("machine guns taken", 6)]),
    C("cub-01", "independencia-street-sniping-1958-12-30", "attack_on_civilians", "Santa Clara", "CU", "1958-12-30",
      "Two civilians shot crossing Independencia St., per a pharmacist who dressed the wounds. Both alive.",
      "a pharmacist", injured=F(2)),
    C("cub-01", CONDADO, "air_strike", "Santa Clara", "CU", "1958-12-30",
      "Bombing of the Condado quarter in the afternoon: neighbours say 7 houses down, a family of four killed under one roof.",
      "neighbours (Condado quarter)", killed=F(4), other=[O("houses destroyed", 7)],
      note="Condado is a quarter of Santa Clara; 'a family of four' = four."),
    C("cub-01", CONDADO, "air_strike", "Santa Clara", "CU", "1958-12-30",
      "Army spokesman on radio later: \"No civilian targets were attacked.\"",
      "an army spokesman (on radio)", note="Figure-less denial."),
    C("cub-01", SANTACLARA, "armed_clash", "Santa Clara", "CU", "1958-12-31",
      "Police station surrendered at noon, 20-odd police taken.",
      VENN, captured=F(20, "about"), note="'20-odd'."),
    C("cub-01", SANTACLARA, "other", "Santa Clara", "CU", "1958-12-28/1958-12-31",
      "Red Cross man says total dead in the city since the 28th \"perhaps 70 or 80\", soldiers and civilians and rebels together.",
      "a Red Cross worker", killed=R(70, 80)),
    C("cub-01", TRAIN, "armed_clash", "Capiro", "CU", "1958-12-29",
      "The army's press office in Havana, in a statement issued on Dec. 30, said its forces had \"complete control\" of Santa Clara and that reports of a surrendered train were \"enemy propaganda\".",
      "the army's press office in Havana", note="Figure-less denial of the train's surrender."),

    # ================================================= ltu-01 ========================================================
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "According to the list published by the Supreme Council on Wednesday, 14 people were killed at the tower and at the radio and television building on Lazdynai street.",
      "the Supreme Council", killed=F(14)),
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "The hospitals of the city have treated more than 600 people for injuries, the Ministry of Health said on Thursday; about 110 of them remain in hospital.",
      "the Ministry of Health", injured=F(600, "more_than"), other=[O("injured still in hospital", 110, "about")]),
    C("ltu-01", TOWER, "armed_clash", "Vilnius", "LT", "1991-01-13",
      "The military command in the city has said that its units were fired on first, from the tower, and that one of its officers was killed.",
      "the military command in the city", killed=F(1), scope="partial", note="Counter-claim: its units fired on first."),
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "The Supreme Council has rejected this and says the crowd was unarmed.",
      "the Supreme Council", note="Figure-less rejection of the military command's account."),
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "Two of our teachers were also injured in the crush near the tower's fence: Mrs. Rūta Jankauskienė broke her arm, and Mr. Tomas Vaitkus was hit by a rifle butt.",
      KSS, injured=F(2), scope="partial"),
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "Three families from the eighth form told us on Tuesday that a relative had not come home since Sunday night and had not been found in any hospital.",
      "three families of the eighth form", missing=F(3), scope="partial"),
    C("ltu-01", TOWER, "attack_on_civilians", "Vilnius", "LT", "1991-01-13",
      "One of them has since been found alive in a hospital in Kaunas, so two are still missing as we write.",
      KSS, missing=F(2), scope="partial", note="Revision of the three; Kaunas is where one was found, not the incident's place."),
    C("ltu-01", TOWER, "destruction", "Vilnius", "LT", "1991-01-13",
      "When the tanks fired blanks near the tower, 31 windows on the north side of the school were broken by the blast.",
      KSS, other=[O("school windows broken", 31)]),
    C("ltu-01", "vilnius-press-house-seizure-1991-01-11", "detention", "Vilnius", "LT", "1991-01-11",
      "Parents who work there tell us that several journalists were beaten and that about 20 people were held for some hours before being let go.",
      "parents who work at the Press House", captured=F(20, "about"), vague={"injured": "several journalists"},
      note="The Press House, taken over on Friday 11 January."),

    # ================================================= gnq-01 ========================================================
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "The Ministry stated on the day of the loss that the attack had been repelled, that one member of the security forces had been killed and that \"several\" attackers had been killed.",
      MNSGQ, killed=F(1), vague={"other": "several"},
      note="First group in killed; the attackers' dead ('several') kept as a vague other figure."),
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "In a later statement, on 19 February, it gave the attackers' dead as eight and said 15 had been arrested.",
      MNSGQ, killed=F(8), captured=F(15), scope="partial", note="The attackers' dead and arrested."),
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "A statement circulated in the name of an exile opposition movement denied any part in the attack.",
      "an exile opposition movement (statement circulated in its name)", note="Figure-less denial of responsibility."),
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "The Government has maintained that the movement organised it.",
      "the Government", note="Figure-less counter-claim of responsibility."),
    C("gnq-01", MALABO, "destruction", "Malabo", "GQ", "2009-02-17",
      "Of the 42 containers stored in the yard on the night, 9 were damaged by fire or gunfire, of which 4 are a total loss.",
      HMLA, other=[O("containers damaged", 9), O("containers in the yard", 42), O("containers a total loss", 4)]),
    C("gnq-01", MALABO, "destruction", "Malabo", "GQ", "2009-02-17",
      "Four of the insured's vehicles were damaged: two forklift trucks burnt out, one pick-up with bullet holes, one lorry with shattered windscreen.",
      HMLA, other=[O("vehicles damaged", 4), O("forklift trucks burnt out", 2)]),
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "Two dockers were injured by falling debris while leaving the yard. All three were treated at the regional hospital in Malabo and have returned to work.",
      HMLA, injured=F(3), scope="partial", note="'All three' = the night watchman shot in the leg and the two dockers."),
    C("gnq-01", MALABO, "armed_clash", "Malabo", "GQ", "2009-02-17",
      "One employee was reported missing on 17 February; he was found unharmed at his home in the Los Angeles district two days later.",
      HMLA, missing=F(1), scope="partial", note="Found two days later (19 February) in a district of Malabo."),
    C("gnq-01", MALABO, "attack_on_civilians", "Malabo", "GQ", "2009-02-17",
      "Port police told us that a fisherman was killed in the harbour when his canoe was hit by gunfire from one of the boats.",
      "the port police", killed=F(1)),
    C("gnq-01", "malabo-port-detentions-2009-02", "detention", "Malabo", "GQ", "2009-02-17/2009-02-24",
      "Local press reported that between 30 and 50 people living near the port were detained for questioning in the week after the attack.",
      "local press", captured=R(30, 50)),

    # ================================================= gab-01 ========================================================
    C("gab-01", GABON, "other", "Libreville", "GA", "2016-08-31/2016-09-02",
      "The Ministry of the Interior announced on 2 September that three people had died in the unrest in Libreville, and that 105 people, including 67 police officers and gendarmes, had been injured.",
      MOIGA, killed=F(3), injured=F(105), note="Unrest since the results of 31 August 2016; the sub-group of 67 stays in the claim."),
    C("gab-01", GABON, "other", "Gabon", "GA", "2016-08-31/2016-09-10",
      "It revised the number of dead to seven on 10 September, citing two deaths in Port-Gentil and two people who died of their wounds.",
      MOIGA, killed=F(7), note="Revision; covers Libreville and Port-Gentil."),
    C("gab-01", GABON, "other", "Gabon", "GA", "2016-08-31/2016-09-06",
      "A coalition of opposition parties said on 6 September that \"between 50 and 100\" people had been killed across the country, most of them in the capital.",
      "a coalition of opposition parties", killed=R(50, 100)),
    C("gab-01", GABON, "other", "Gabon", "GA", "2016-08-31/2016-09-06",
      "The Ministry of the Interior called this figure \"fantasy\".",
      MOIGA, note="Figure-less rejection of the opposition's toll."),
    C("gab-01", GABON, "other", "Gabon", "GA", "2016-08-31/2016-12-31",
      "Families who came to our Office named 23 persons they said had died, 16 of them in Libreville.",
      "families (complainants to the Office)", killed=F(23), note="The sub-group of 16 stays in the claim; period of the chapter."),
    C("gab-01", GABON, "other", "Gabon", "GA", "2016-08-31/2016-12-31",
      "We were able to confirm nine deaths from hospital or civil registry records.",
      MEDIATOR, killed=F(9, "at_least"), note="Confirmed deaths: at least nine."),
    C("gab-01", GABON, "other", None, "GA", "2016-08-31/2016-09-01",
      "Four families reported a relative missing since the night of 31 August; as of 31 December, three of them had not been found.",
      "four families (complainants to the Office)", missing=F(4), other=[O("still missing on 31 December", 3)],
      note="No place given."),
    C("gab-01", HQ, "attack_on_civilians", "Libreville", "GA", "2016-08-31/2016-09-01",
      "Complainants say at least two people were killed in that operation and about 30 injured.",
      "complainants", killed=F(2, "at_least"), injured=F(30, "about")),
    C("gab-01", HQ, "attack_on_civilians", "Libreville", "GA", "2016-08-31/2016-09-01",
      "The Ministry said its forces had used no live ammunition at the headquarters and that nobody had died there.",
      MOIGA, killed=F(0), note="Denial: nobody died there."),
    C("gab-01", "gabon-post-election-arrests-2016-09", "detention", "Gabon", "GA", "2016-08-31/2016-09-04",
      "The Ministry of the Interior stated on 4 September that some 1,100 people had been arrested across the country, of whom about 800 in Libreville.",
      MOIGA, captured=F(1100, "about"), note="The Libreville sub-group stays in the claim."),
    C("gab-01", LOOTING, "riot", "Libreville", "GA", "2016-09-01/2016-09-02",
      "Complainants reported 58 shops looted.",
      "complainants", other=[O("shops looted", 58)], note="In the Nkembo and Akébé neighbourhoods of Libreville, 1 and 2 September."),
    C("gab-01", LOOTING, "riot", "Libreville", "GA", "2016-09-01/2016-09-02",
      "The Chamber of Commerce, in a note sent to us, put the number at \"more than 200\" across the city.",
      "the Chamber of Commerce", other=[O("shops looted", 200, "more_than")]),

    # ================================================= blr-01 ========================================================
    C("blr-01", PROTESTS, "riot", "Belarus", "BY", "2020-08-09",
      "On the evening of 9 August 2020, after polling stations closed, people gathered in central Minsk and in at least 30 other towns.[14]",
      PANEL, other=[O("other towns with gatherings", 30, "at_least")], note="Footnote 14: the Panel's own count."),
    C("blr-01", PROTESTS, "riot", "Belarus", "BY", "2020-08-09/2020-08-10",
      "The Ministry of Internal Affairs stated on 10 August that some 3,000 people had been detained across the country that night, and that 89 people, among them 39 police officers, had been injured.[15]",
      MIA, captured=F(3000, "about"), injured=F(89), note="The sub-group of 39 stays in the claim."),
    C("blr-01", PUSHKIN, "riot", "Minsk", "BY", "2020-08-10",
      "On 10 August, a man died near the Pushkinskaya metro station in Minsk.",
      PANEL, killed=F(1)),
    C("blr-01", PUSHKIN, "explosion", "Minsk", "BY", "2020-08-10",
      "The Ministry stated that he had died when an explosive device he was trying to throw at police went off in his hands.[16]",
      MIA, note="Alternative cause (figure fields null, as the dev convention)."),
    C("blr-01", PUSHKIN, "attack_on_civilians", "Minsk", "BY", "2020-08-10",
      "Relatives and witnesses interviewed by the Panel rejected this account and said that he had been unarmed and was hit by a projectile fired by police.[17]",
      "relatives and witnesses (interviewed by the Panel)", note="Figure-less counter-claim."),
    C("blr-01", BREST, "riot", "Brest", "BY", "2020-08-11",
      "The Ministry confirmed the use of firearms \"in self-defence\" and said one person was wounded.[18]",
      MIA, injured=F(1)),
    C("blr-01", BREST, "attack_on_civilians", "Brest", "BY", "2020-08-11",
      "Local doctors told the Panel that three people had been admitted with gunshot wounds that night, one of whom later died.[19]",
      "local doctors (Brest)", injured=F(3), killed=F(1), note="The one who died later keeps the date of the shooting."),
    C("blr-01", GOMEL, "detention", "Gomel", "BY", "2020-08-12",
      "In Gomel, a 25-year-old man who had been detained on 9 August died in police custody on 12 August.[20]",
      PANEL, killed=F(1), note="Footnote 20 cites the relatives' statement."),
    C("blr-01", GOMEL, "detention", "Gomel", "BY", "2020-08-12",
      "The authorities stated that he had died of heart failure and that he had not been beaten.",
      "the authorities", note="Alternative cause and denial of beating (figure fields null)."),
    C("blr-01", ARRESTS, "detention", "Belarus", "BY", "2020-08-09/2020-08-12",
      "The Ministry of Internal Affairs gave a total of about 6,700 people detained between 9 and 12 August.[21]",
      MIA, captured=F(6700, "about")),
    C("blr-01", ARRESTS, "detention", "Belarus", "BY", "2020-08-09/2020-08-12",
      "Human rights defenders put the number at \"at least 7,000\" for the same four days.[22]",
      "human rights defenders", captured=F(7000, "at_least")),
    C("blr-01", "belarus-protesters-missing-2020-08", "other", "Belarus", "BY", "2020-08-01/2020-08-31",
      "As of 31 January 2021, relatives had reported to human rights defenders that at least six people who took part in the protests of August were missing.",
      "relatives (reported to human rights defenders)", missing=F(6, "at_least")),
    C("blr-01", "belarus-protesters-missing-2020-08", "other", "Belarus", "BY", "2020-08-01/2020-08-31",
      "The Panel has been able to confirm that two of them were later found dead, and that one is held in a pre-trial facility.[25]",
      PANEL, killed=F(2), captured=F(1)),

    # ================================================= ury-01 ========================================================
    C("ury-01", POCITOS, "attack_on_civilians", "Montevideo", "UY", D14,
      "\"At 7:40 a.m. a naval officer was shot dead as he left his home in Pocitos; his driver was wounded\" (Daily A, 15 April).",
      "Daily A", killed=F(1), injured=F(1), note="Pocitos is a neighbourhood of Montevideo; 14 April 1972."),
    C("ury-01", ITALIA, "attack_on_civilians", "Montevideo", "UY", D14,
      "Daily A: \"Two police officers and a former deputy minister were killed in two attacks within an hour.\"",
      "Daily A", killed=F(2), other=[O("former deputy ministers killed", 1)],
      note="No arithmetic: the first group in killed, the other as an other figure."),
    C("ury-01", ITALIA, "attack_on_civilians", "Montevideo", "UY", D14,
      "Daily B reports the same attacks but gives \"three dead and two wounded\".",
      "Daily B", killed=F(3), injured=F(2)),
    C("ury-01", ITALIA, "attack_on_civilians", "Montevideo", "UY", D14,
      "The armed movement, in a statement published in exile in 1973, claimed responsibility for the attacks but said the former deputy minister had been killed \"by mistake\".",
      "the armed movement (1973 statement)", note="Figure-less claim of responsibility."),
    C("ury-01", MALVIN, "armed_clash", "Montevideo", "UY", D14,
      "The armed forces communique stated: \"In an operation in Malvín, eight extremists were killed after opening fire on the security forces.\"",
      FFAA, killed=F(8), note="Malvín is a neighbourhood of Montevideo."),
    C("ury-01", MALVIN, "attack_on_civilians", "Montevideo", "UY", D14,
      "Daily B wrote the next day that neighbours saw \"at least four\" of those killed taken out of a house alive with their hands raised.",
      "neighbours (cited by Daily B)", killed=F(4, "at_least"), note="Counter-claim: taken out alive, then killed."),
    C("ury-01", MALVIN, "attack_on_civilians", "Montevideo", "UY", D14,
      "The armed movement said in its 1973 statement that its members in the house had surrendered and were then executed.",
      "the armed movement (1973 statement)", note="Figure-less counter-claim."),
    C("ury-01", GOMAR, "detention", "Montevideo", "UY", N14,
      "The communique reported that a house on Pérez Gomar street was raided that night and that 11 persons were arrested, \"a large quantity of weapons\" being seized.",
      FFAA, captured=F(11), note="The night of 14 April."),
    C("ury-01", GOMAR, "detention", "Montevideo", "UY", N14,
      "Daily A gave 12 arrests.",
      "Daily A", captured=F(12)),
    C("ury-01", POCITOS, "attack_on_civilians", "Montevideo", "UY", D14,
      "Pocitos - 1/1 - 1 - 0",
      SCPVD, killed=F(1), injured=F(1), captured=F(0), note="Summary line: killed low/high, injured, arrested."),
    C("ury-01", ITALIA, "attack_on_civilians", "Montevideo", "UY", D14,
      "Avenida Italia - 3/3 - 2 - 0",
      SCPVD, killed=F(3), injured=F(2), captured=F(0)),
    C("ury-01", MALVIN, "armed_clash", "Montevideo", "UY", D14,
      "Malvín - 8/8 - 0 - 0",
      SCPVD, killed=F(8), injured=F(0), captured=F(0)),
    C("ury-01", GOMAR, "detention", "Montevideo", "UY", N14,
      "Pérez Gomar - 0/0 - 0 - 11/12",
      SCPVD, killed=F(0), injured=F(0), captured=R(11, 12)),
    C("ury-01", "montevideo-violence-1972-04-14", "other", "Montevideo", "UY", D14,
      "Do not add the day's figures together into a single total of 12 killed, as some later accounts do.",
      "some later accounts", killed=F(12), note="A day's total the codebook rejects."),

    # ================================================= mne-01 ========================================================
    C("mne-01", MURINO, "air_strike", "Murino", "ME", "1999-04-30",
      "According to the report of the Municipal Crisis Staff, six people were killed, among them three children returning from school, and eight were injured.",
      CRISIS, killed=F(6), injured=F(8), note="'last Friday' = 30 April 1999 (motion of Thursday 6 May)."),
    C("mne-01", MURINO, "air_strike", "Murino", "ME", "1999-04-30",
      "The Crisis Staff added on Monday that a ninth injured person, an elderly man, had been found in a house near the bridge.",
      CRISIS, injured=F(9), note="Revision: a ninth injured person = nine injured."),
    C("mne-01", MURINO, "air_strike", "Murino", "ME", "1999-04-30",
      "Notes that the alliance has stated that the bridge was \"part of a military supply route\" and that it \"regrets any loss of civilian life\".",
      "the alliance", note="Figure-less counter-claim: a military target."),
    C("mne-01", MURINO, "air_strike", "Murino", "ME", "1999-04-30",
      "The Assembly rejects the claim that the bridge had any military use and notes that no army unit has been stationed in Murino.",
      PLAV, note="Figure-less rejection."),
    C("mne-01", MURINO, "destruction", "Murino", "ME", "1999-04-30",
      "Notes further that the bridge, the post office and at least 15 houses in the centre of Murino were destroyed or damaged, and that the road between Plav and Andrijevica is cut.",
      PLAV, other=[O("houses destroyed or damaged", 15, "at_least")]),
    C("mne-01", "plav-displaced-from-kosovo-1999", "displacement", "Plav", "ME", "1999-04-29/1999-05-06",
      "Expresses its concern for the some 2,500 displaced persons from Kosovo now staying in the municipality, about 400 of whom arrived in the past week, and asks the Red Cross to increase its deliveries.",
      PLAV, other=[O("displaced persons staying in the municipality", 2500, "about"), O("arrived in the past week", 400, "about")],
      note="The municipality of Plav, where people arrived; the past week before 6 May."),
    C("mne-01", "golubovci-airfield-strike-1999-04-24", "air_strike", "Golubovci", "ME", "1999-04-24",
      "On 24 April, according to the Republic's Ministry of Information, two soldiers were killed and four wounded at the Golubovci airfield near Podgorica.",
      "the Republic's Ministry of Information", killed=F(2), injured=F(4)),
    C("mne-01", "golubovci-airfield-strike-1999-04-24", "air_strike", "Golubovci", "ME", "1999-04-24",
      "The army command in Podgorica, in its own statement, said only that \"there were no losses among the civilian population\" at Golubovci.",
      "the army command in Podgorica", killed=F(0), scope="partial", note="No civilian losses."),
    C("mne-01", MURINO, "air_strike", "Murino", "ME", "1999-04-30",
      "Residents of Murino told the councillors that two aircraft passed over the village before the strike and that two or three missiles were fired.",
      "residents of Murino", other=[O("aircraft", 2), OR("missiles fired", 2, 3)]),

    # ================================================= grd-01 ========================================================
    C("grd-01", FORT, "attack_on_civilians", "Fort Rupert", "GD", "1983-10-19",
      "As far as our parish office knows, four members of our congregation died at Fort Rupert on that Wednesday, when soldiers fired into the crowd in the courtyard.",
      PARISH, killed=F(4), scope="partial", note="'the 19th of October' (1983), a Wednesday; members of the congregation only."),
    C("grd-01", FORT, "attack_on_civilians", "Fort Rupert", "GD", "1983-10-19",
      "Others were hurt jumping from the walls; Sister Agnes, who has been visiting the wounded at the General Hospital, says at least a dozen of the people she saw there had broken bones from the fall.",
      "Sister Agnes (hospital visitor)", injured=F(12, "at_least"), scope="partial"),
    C("grd-01", FORT, "attack_on_civilians", "Fort Rupert", "GD", "1983-10-19",
      "The radio at the time said only that \"a small number\" had died.",
      "the radio at the time", vague={"killed": "a small number"}),
    C("grd-01", FORT, "attack_on_civilians", "Fort Rupert", "GD", "1983-10-19",
      "We still do not know the true toll, and some say it is more than 40.",
      "some (unnamed)", killed=F(40, "more_than")),
    C("grd-01", RICHMOND, "air_strike", "Richmond Hill", "GD", "1983-10-25",
      "The government of the United States has said it regrets the loss of life there and that the building was hit because soldiers were firing from near it.",
      "the government of the United States", note="Figure-less counter-claim on why the hospital was hit."),
    C("grd-01", RICHMOND, "air_strike", "Richmond Hill", "GD", "1983-10-25",
      "The hospital's staff told our volunteers that 18 patients were killed.",
      "the hospital's staff", killed=F(18)),
    C("grd-01", RICHMOND, "air_strike", "Richmond Hill", "GD", "1983-10-25",
      "Several patients walked away in the confusion, and the staff believe three are still missing.",
      "the hospital's staff", missing=F(3)),

    # ================================================= guy-01 ========================================================
    C("guy-01", LETHEM, "armed_clash", "Lethem", "GY", "1969-01-02",
      "RUPUNUNI: FIVE POLICEMEN KILLED AT LETHEM, BOARD FINDS",
      BOARD, killed=F(5), note="Headline; Thursday 2 January 1969."),
    C("guy-01", LETHEM, "armed_clash", "Lethem", "GY", "1969-01-02",
      "The Board finds that five policemen were killed in the attack and that two others were wounded.",
      BOARD, killed=F(5), injured=F(2)),
    C("guy-01", "lethem-hostages-1969-01-02", "abduction", "Lethem", "GY", "1969-01-02",
      "The Board finds that some 25 residents of Lethem, among them government employees, were held in the district office until the evening, and were released unharmed when the attackers withdrew.",
      BOARD, captured=F(25, "about"), injured=F(0), note="Released unharmed."),
    C("guy-01", "annai-police-post-attack-1969-01-02", "armed_clash", "Annai", "GY", "1969-01-02",
      "At Annai, about 80 miles to the north-east, one policeman was wounded when the police post there was fired on the same morning.",
      BOARD, injured=F(1), note="The distance is not annotated."),
    C("guy-01", RUPOPS, "armed_clash", "Rupununi", "GY", RUPOPS_D,
      "The Board has been told that four of the attackers were killed in the operations that followed, and that 57 persons were detained in the district for questioning between 3 and 9 January, of whom 41 have since been released.",
      "informants of the Board (unnamed)", killed=F(4), scope="partial", note="Operations from 3 January; the attackers' dead."),
    C("guy-01", "rupununi-detentions-1969-01", "detention", "Rupununi", "GY", "1969-01-03/1969-01-09",
      "The Board has been told that four of the attackers were killed in the operations that followed, and that 57 persons were detained in the district for questioning between 3 and 9 January, of whom 41 have since been released.",
      "informants of the Board (unnamed)", captured=F(57), other=[O("detainees since released", 41)]),
    C("guy-01", RUPOPS, "attack_on_civilians", "Rupununi", "GY", RUPOPS_D,
      "Persons claiming to speak for the ranchers have said, in statements to overseas newspapers, that \"over 70\" people were killed by the security forces in the days after 3 January.",
      "persons claiming to speak for the ranchers (to overseas newspapers)", killed=F(70, "more_than")),
    C("guy-01", RUPOPS, "attack_on_civilians", "Rupununi", "GY", RUPOPS_D,
      "The Board has found no evidence to support this figure.",
      BOARD, note="Figure-less rejection of the ranchers' toll."),
    C("guy-01", "rupununi-flight-to-brazil-1969-01", "displacement", "Brazil", "BR", "1969-01-02/1969-01-14",
      "A councillor of the district, who gave evidence on 14 January, told the Board that at least 200 residents had crossed the river into Brazil.",
      "a councillor of the district (evidence to the Board)", other=[O("residents who crossed into Brazil", 200, "at_least")],
      note="The place people reached; between the attack and the councillor's evidence."),

]

if __name__ == "__main__":
    write_gold(G, HERE)
