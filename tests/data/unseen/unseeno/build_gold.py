"""Hand-coded gold for the unseeno documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-n: a radio newsroom's live
blog with timed entries, newest first (Port of Spain 1990, tto-01), a wire story's second update with a revised toll
in its second paragraph (Slovenia 1991, svn-01), a fact check rating two viral posts (Concepción, Paraguay 2016,
pry-01), a press conference transcript with reporters' questions (Anjouan 2008, com-01), a municipal council's
minutes in numbered items (Ben Guerdane 2016, tun-01), a history podcast's show notes with timestamps (Vlorë 1997,
alb-01), a soldier's witness statement to an investigating judge with counsel's questions (Lemgheity 2005, mrt-01), a
foreign parliament's written answer (Route 13 in Laos 2003, lao-01), a residents' association memorial notice
(Yeonpyeong 2010, kor-01), a listed company's announcement to the stock exchange (Lahad Datu 2013, mys-01), a church
commission's incident list in bullet lines with a source per line (Haut-Uele 2009, uel-01) and a humanitarian
situation report in numbered paragraphs with percentages (Kasai 2017, ksi-01). Every name, quote and figure is
invented (the publishers too); places and periods are real.

Conventions (as sets l-n): conflict-wide or period totals are typed ``other``; a figure-less denial or counter-claim
keeps the type of the incident it answers (never ``denial``); a wounded person who dies later, or a body found later,
carries the date of the incident; displacement counts go to ``other_figures`` and take the place people reached
where the text names it; weekday and relative expressions are resolved against the publication date in corpus.jsonl
and noted; "the night of X" is X to X+1; no arithmetic over parts (a sentence naming two groups keeps the first in
its field and the others as other figures); "at least" before the first of two figures applies to both; statements
by the publisher itself are attributed to the publisher.
Not annotated on purpose: share counts of posts, vehicle capacities, staff rosters, aid and funding, sentence
lengths, crop and area losses, individual victims' own lines in a memorial list, figure-less incident narration.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- tto-01: live blog, Saturday 28 July 1990 ------------------------------------------------------------------------
RGC = "Radio Gulf Coast newsroom"
MNS = "Ministry of National Security"
POS = "Port of Spain"
SIEGE = "port-of-spain-siege-1990-07-27"
SIEGE_D = "1990-07-27/1990-07-28"  # since "yesterday evening" (Friday) to the entry's time
REDHOUSE = "red-house-seizure-1990-07-27"
TV = "tv-station-seizure-1990-07-27"

# --- svn-01: wire update, Saturday 29 June 1991 ----------------------------------------------------------------------
SIS = "the Slovenian information secretariat"
SLO = "slovenia-fighting-1991-06"
SLO_D = "1991-06-27/1991-06-29"  # "since the army moved in on Thursday"
HOLMEC = "holmec-crossing-1991-06-28"
RADGONA = "gornja-radgona-crossing-1991-06-28"
MEDVED = "medvedjek-lorries-1991-06-28"
BRNIK = "brnik-airport-1991-06-29"
FDS = "the federal defence secretariat (Belgrade)"

# --- pry-01: fact check, Friday 2 September 2016 ---------------------------------------------------------------------
VY = "Verifica Ya"
JTF = "the joint task force"
ARROYITO = "arroyito-ambush-2016-08-27"
RAID = "arroyito-raid-2016-08-28"

# --- com-01: press conference, Wednesday 26 March 2008 ---------------------------------------------------------------
COL = "Col. Ahmed Said Bourhane (spokesman of the joint force)"
ANJ = "anjouan-landing-2008-03-25"
HAMOUMOU = "hamoumou-shooting-2008-03-25"
DOMONI = "domoni-fighting-2008-03-25"

# --- tun-01: council minutes, Monday 14 March 2016 -------------------------------------------------------------------
BG = "ben-guerdane-attack-2016-03-07"  # "the attack of last Monday"
MOI_BG = "Ministry of the Interior (read by the president of the delegation)"
GHANMI = "Dr Samia Ghanmi (regional hospital)"
CIVPRO = "the head of the local civil protection unit"
KASBAH = "el-kasbah-arrests-2016-03-09"

# --- alb-01: podcast show notes, 10 March 2022 (events of 1997) ------------------------------------------------------
LLESHI = "Dr Fatos Lleshi (historian)"
ARBEN = "Arben (retired teacher from Vlorë)"
SHIK = "vlore-intelligence-building-1997-02-28"
ALB97 = "albania-gunfire-deaths-1997"

# --- mrt-01: witness statement, 20 November 2006 (events of June 2005) -----------------------------------------------
SGT = "Sergeant S. O. (witness)"
LEM = "lemgheity-post-attack-2005-06-04"
LEM_D = "2005-06-04"

# --- lao-01: written answer, Friday 9 May 2003 -----------------------------------------------------------------------
MIN = "Minister for Foreign Affairs (Mr Daniel Okafor)"
BUS1 = "route-13-bus-attack-2003-02-24"
BUS2 = "route-13-bus-attack-2003-04-20"

# --- kor-01: memorial notice, 23 November 2011 -----------------------------------------------------------------------
YIA = "Yeonpyeong Islanders' Association"
YEON = "yeonpyeong-shelling-2010-11-23"
YEON_D = "2010-11-23"
MND = "the ministry of defence"

# --- mys-01: stock exchange announcement, Wednesday 6 March 2013 -----------------------------------------------------
TPH = "Timbang Palm Holdings Berhad"
TANDUO = "kampung-tanduo-clash-2013-03-01"
SEMPORNA = "semporna-attack-2013-03-02"
EVAC = "lahad-datu-estates-evacuation-2013-03"
EVAC_D = "2013-03-01/2013-03-03"

# --- uel-01: incident list, compiled 2 February 2009 -----------------------------------------------------------------
PJC = "Peace and Justice Commission, Diocese of Dungu-Doruma"
JAN09 = "2009-01-01/2009-01-31"
UELE = "haut-uele-lra-attacks-2009-01"
BANGADI = "bangadi-attack-2009-01-02"
GANGALA = "gangala-na-bodio-attack-2009-01-05"

# --- ksi-01: situation report covering 1-13 April 2017, issued 14 April 2017 -----------------------------------------
HCO = "humanitarian coordination office (Kananga field office)"
PERIOD = "2017-04-01/2017-04-13"
KASAI = "kasai-crisis-2016-2017"
LUEBO = "luebo-fighting-2017-04-07"
CONVOY = "tshikapa-kananga-convoy-attack-2017-03-24"
GRAVES = "tshimbulu-mass-graves-2017-04"

G = [
    # ================================================= tto-01 ========================================================
    C("tto-01", SIEGE, "other", POS, "TT", SIEGE_D,
      "The Ministry of National Security has just issued a revised figure: 19 people are now confirmed dead in the capital since the gunmen stormed the parliament building yesterday evening.",
      MNS, killed=F(19), note="Capital-wide toll since Friday evening (yesterday = Friday 27 July); the capital is Port of Spain."),
    C("tto-01", SIEGE, "other", POS, "TT", SIEGE_D,
      "The ministry's figure this morning was 11.",
      MNS, killed=F(11), note="Earlier figure of the same toll."),
    C("tto-01", SIEGE, "other", POS, "TT", SIEGE_D,
      "Port of Spain General Hospital says it has treated more than 150 people for gunshot wounds, cuts and burns since Friday night.",
      "Port of Spain General Hospital", injured=F(150, "more_than")),
    C("tto-01", SIEGE, "other", POS, "TT", SIEGE_D,
      "A doctor in the casualty department, who did not want to be named, said about 40 of them were still admitted.",
      "a doctor in the casualty department (Port of Spain General Hospital)",
      other=[O("wounded still admitted", 40, "about")]),
    C("tto-01", "laventille-looting-1990-07-28", "destruction", "Laventille", "TT", "1990-07-28",
      "Our reporter in Laventille counted at least six stores on fire along the main road.",
      RGC, other=[O("stores on fire", 6, "at_least")]),
    C("tto-01", "port-of-spain-looting-arrests-1990-07", "detention", POS, "TT", SIEGE_D,
      "Police said 47 people were arrested for looting overnight and this morning.",
      "the police", captured=F(47), note="Overnight and this morning: the night of 27 July to the morning of 28 July."),
    C("tto-01", TV, "abduction", POS, "TT", SIEGE_D,
      "The group holding the television station on Maraval Road has released four staff members, two women and two men, according to a relative who was waiting outside the gate.",
      "a relative waiting outside the gate", other=[O("hostages released", 4)]),
    C("tto-01", TV, "abduction", POS, "TT", SIEGE_D,
      "Roughly 25 people are believed to still be inside the station.",
      RGC, captured=F(25, "about"), note="Unattributed belief: the newsroom."),
    C("tto-01", REDHOUSE, "abduction", POS, "TT", SIEGE_D,
      "In a statement read on the seized television channel, the group's leader said no hostage had been harmed and that \"the Prime Minister is alive and being treated with respect.\"",
      "the group's leader", injured=F(0), note="No hostage harmed."),
    C("tto-01", REDHOUSE, "abduction", POS, "TT", "1990-07-27",
      "The army, in a short statement, said the Prime Minister had been shot in the leg when the building was taken on Friday.",
      "the army", injured=F(1)),
    C("tto-01", REDHOUSE, "abduction", POS, "TT", "1990-07-27",
      "The group denies this.",
      "the group", note="Figure-less denial that the Prime Minister was shot."),
    C("tto-01", REDHOUSE, "armed_clash", POS, "TT", "1990-07-27",
      "One police constable on guard at the parliament was killed when the building was stormed, the police service said.",
      "the police service", killed=F(1), note="The storming at about 18:15 on Friday."),

    # ================================================= svn-01 ========================================================
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "Federal army units and Slovenian territorial defence forces fought for control of at least three border crossings on Friday and Saturday, and officials in Ljubljana said the number of people killed since the army moved in on Thursday had risen to 31.",
      "officials in Ljubljana", killed=F(31), other=[O("border crossings fought over", 3, "at_least")],
      note="Thursday = 27 June 1991; toll to Saturday 29 June."),
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "The Slovenian information secretariat had given a figure of 23 dead earlier on Saturday.",
      SIS, killed=F(23)),
    C("svn-01", SLO, "other", "Holmec", "SI", SLO_D,
      "It said the revised toll included eight army conscripts whose bodies were handed over at the Holmec crossing, and that its own territorial defence had lost four men.",
      SIS, killed=F(8), other=[O("territorial defence members killed", 4)], scope="partial",
      note="Parts of the revised toll of 31: conscripts first, the territorial defence dead as an other figure."),
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "An earlier version of this story gave the territorial defence losses as six; the secretariat corrected the figure.",
      "Danube Press Agency (earlier version of the story)", killed=F(6), scope="partial",
      note="Superseded figure of territorial defence dead."),
    C("svn-01", HOLMEC, "armed_clash", "Holmec", "SI", "1991-06-28",
      "The secretariat said 91 army soldiers there had surrendered and were being held in a school in the nearby town of Ravne na Koroškem.",
      SIS, captured=F(91), note="'there' = Holmec, surrounded on Friday morning."),
    C("svn-01", RADGONA, "armed_clash", "Gornja Radgona", "SI", "1991-06-28",
      "At the Gornja Radgona crossing, witnesses said two army tanks were hit and set on fire on Friday afternoon.",
      "witnesses", other=[O("tanks hit and set on fire", 2)]),
    C("svn-01", RADGONA, "armed_clash", "Gornja Radgona", "SI", "1991-06-28",
      "A customs officer was wounded, a local official said.",
      "a local official", injured=F(1)),
    C("svn-01", MEDVED, "air_strike", "Medvedjek", "SI", "1991-06-28",
      "Between five and seven drivers were reported killed; the radio said two of them were foreign nationals.",
      "local radio", killed=R(5, 7), note="Range; the attack of Friday evening told in the sentence before."),
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "Hospitals in Ljubljana and Maribor said they had taken in some 120 wounded, soldiers and civilians, since Thursday.",
      "hospitals in Ljubljana and Maribor", injured=F(120, "about"),
      note="Where the wounded were taken is not the incident's place."),
    C("svn-01", MEDVED, "air_strike", "Medvedjek", "SI", "1991-06-28",
      "The federal defence secretariat in Belgrade said in a statement on Saturday evening that its units had \"acted only in self-defence\" and had not attacked civilian vehicles on the motorway.",
      FDS, note="Figure-less denial of the attack on the lorries."),
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "It said the army had lost 16 men killed and 62 wounded, and accused the Slovenian side of firing on conscripts who were trying to surrender.",
      FDS, killed=F(16), injured=F(62), scope="partial", note="The army's own losses."),
    C("svn-01", SLO, "other", "Slovenia", "SI", SLO_D,
      "The Slovenian government rejected the accusation.",
      "the Slovenian government", note="Figure-less rejection of the accusation of firing on surrendering conscripts."),
    C("svn-01", BRNIK, "air_strike", "Brnik", "SI", "1991-06-29",
      "At Brnik, the airport serving Ljubljana, two civilian aircraft were damaged by air strikes on Saturday morning, airport staff said.",
      "airport staff", other=[O("civilian aircraft damaged", 2)]),
    C("svn-01", BRNIK, "air_strike", "Brnik", "SI", "1991-06-29",
      "Nobody was hurt there.",
      "airport staff", injured=F(0), note="Negation."),

    # ================================================= pry-01 ========================================================
    C("pry-01", ARROYITO, "armed_clash", "Concepción", "PY", "2016-08-27",
      "THE CLAIM: A message shared more than 12,000 times on social networks since Sunday says that \"30 soldiers were massacred\" in an ambush in Concepción department and that the government is hiding the real toll.",
      "a viral social-media message", killed=F(30), note="The viral claim rated false; the share count is not annotated."),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "The joint task force said in a statement that evening that eight soldiers were killed.",
      JTF, killed=F(8), note="'On Saturday' = 27 August 2016."),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "One further soldier was listed as missing after the attack.",
      JTF, missing=F(1), note="Listed by the task force (the next sentence)."),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "His body was found two days later in a field about a kilometre from the road, the task force said on Monday, which brought the military toll to nine.",
      JTF, killed=F(9), note="The body found later keeps the date of the ambush."),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "The Ministry of Defence published the names of the nine dead on Tuesday.",
      "the Ministry of Defence", killed=F(9)),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "We checked them against the notices of the three funeral homes in Horqueta and Concepción city: all nine appear there.",
      VY, killed=F(9), note="The fact-checkers' own check."),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "A survivor, a corporal interviewed by a regional newspaper, said there were \"twelve of us in the back\" and that three were wounded.",
      "a survivor (a corporal, interviewed by a regional newspaper)", injured=F(3), other=[O("soldiers on the truck", 12)]),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "The task force has given the same figure of three wounded.",
      JTF, injured=F(3)),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "A communique attributed to the armed group, circulated on Tuesday, said its fighters had killed \"more than 15 military\" and seized weapons.",
      "the armed group (communique)", killed=F(15, "more_than")),
    C("pry-01", ARROYITO, "armed_clash", "Arroyito", "PY", "2016-08-27",
      "The task force denied that any weapons were taken.",
      JTF, note="Figure-less denial of the group's claim."),
    C("pry-01", RAID, "attack_on_civilians", "Arroyito", "PY", "2016-08-28",
      "A second viral post says soldiers killed \"a whole family\" in a raid near Arroyito on Sunday.",
      "a second viral post", vague={"killed": "a whole family"}, note="Sunday = 28 August 2016."),
    C("pry-01", RAID, "detention", "Arroyito", "PY", "2016-08-28",
      "The task force says it detained four men in that operation and that nobody was killed.",
      JTF, killed=F(0), captured=F(4), note="Counter-claim: four detained, nobody killed."),
    C("pry-01", RAID, "attack_on_civilians", "Arroyito", "PY", "2016-08-28",
      "A local priest told us he knew of no deaths in the settlement.",
      "a local priest", killed=F(0), note="Knew of no deaths."),

    # ================================================= com-01 ========================================================
    C("com-01", ANJ, "armed_clash", "Anjouan", "KM", "2008-03-25",
      "We have two soldiers wounded, neither seriously.",
      COL, injured=F(2), note="'Yesterday at dawn' = Tuesday 25 March 2008."),
    C("com-01", ANJ, "armed_clash", "Ouani", "KM", "2008-03-25",
      "On the other side, three members of the illegal gendarmerie died in the exchange of fire at Ouani airport and 36 have surrendered or been captured.",
      COL, killed=F(3), captured=F(36)),
    C("com-01", ANJ, "armed_clash", "Anjouan", "KM", "2008-03-25",
      "No civilian has been killed in this operation to our knowledge.",
      COL, killed=F(0), note="Negation."),
    C("com-01", HAMOUMOU, "attack_on_civilians", "Mutsamudu", "KM", "2008-03-25",
      "Colonel, people in Mutsamudu are telling us by telephone that a woman and her son were killed by gunfire in the Hamoumou quarter yesterday morning.",
      "people in Mutsamudu (by telephone, cited by Radio Ngazidja)", killed=F(2),
      note="A reporter's question; a woman and her son = two dead."),
    C("com-01", HAMOUMOU, "attack_on_civilians", "Mutsamudu", "KM", "2008-03-25",
      "Our troops did not enter Hamoumou yesterday morning.",
      COL, note="Figure-less denial."),
    C("com-01", DOMONI, "armed_clash", "Domoni", "KM", "2008-03-25",
      "The former island authorities say on their radio that they still hold the hills and that they killed 11 of your soldiers near Domoni.",
      "the former island authorities (on their radio, cited by a wire agency)", killed=F(11), note="A reporter's question."),
    C("com-01", DOMONI, "armed_clash", "Domoni", "KM", "2008-03-25",
      "That is false. I have told you our losses. Two wounded.",
      COL, injured=F(2), note="Denial with the force's own figure."),
    C("com-01", "anjouan-flight-2008-03", "displacement", "Anjouan", "KM", "2008-03-24/2008-03-26",
      "The humanitarian services tell us that around 400 people have left the island in small boats since Monday.",
      "the humanitarian services (cited by the spokesman)", other=[O("people fled by boat", 400, "about")],
      note="Since Monday = 24 March; the answer names no destination (Mayotte is in the question)."),
    C("com-01", ANJ, "armed_clash", "Mutsamudu", "KM", "2008-03-25",
      "At the gendarmerie camp in Mutsamudu we found a depot with 140 rifles and two machine guns.",
      COL, other=[O("rifles found", 140), O("machine guns found", 2)]),

    # ================================================= tun-01 ========================================================
    C("tun-01", BG, "armed_clash", "Ben Guerdane", "TN", "2016-03-07",
      "He read the figures given by the Ministry of the Interior on Friday: 13 members of the security forces and seven civilians were killed, and 46 attackers were killed.",
      MOI_BG, killed=F(13), other=[O("civilians killed", 7), O("attackers killed", 46)],
      note="'last Monday' = 7 March 2016; first group in killed, the others as other figures (no sum)."),
    C("tun-01", BG, "armed_clash", "Ben Guerdane", "TN", "2016-03-07",
      "He added that the ministry also reported seven attackers arrested.",
      MOI_BG, captured=F(7)),
    C("tun-01", BG, "armed_clash", "Ben Guerdane", "TN", "2016-03-07",
      "The hospital representative, Dr Samia Ghanmi, said the hospital received 28 wounded on the day of the attack, of whom nine were members of the national guard and police.",
      GHANMI, injured=F(28), note="The sub-group of nine stays in the claim."),
    C("tun-01", BG, "armed_clash", "Ben Guerdane", "TN", "2016-03-07",
      "One wounded civilian, a young man from the El Fath quarter, died on Thursday.",
      GHANMI, killed=F(1), note="Died of wounds later; keeps the day of the attack."),
    C("tun-01", BG, "destruction", "Ben Guerdane", "TN", "2016-03-07",
      "His teams counted 22 houses and 15 shops with damage from gunfire or fire, mostly in the streets near the national guard post.",
      CIVPRO, other=[O("houses damaged", 22), O("shops damaged", 15)]),
    C("tun-01", BG, "destruction", "Ben Guerdane", "TN", "2016-03-07",
      "Two municipal vehicles were burned.",
      CIVPRO, other=[O("municipal vehicles burned", 2)]),
    C("tun-01", KASBAH, "detention", "El Kasbah", "TN", "2016-03-09/2016-03-10",
      "She said families had given her the names of 12 persons.",
      "families (cited by Mrs Najet Fradi, member)", captured=F(12),
      note="Young men taken away on Wednesday night (9 to 10 March) in El Kasbah quarter of Ben Guerdane."),

    # ================================================= alb-01 ========================================================
    C("alb-01", SHIK, "riot", "Vlorë", "AL", "1997-02-28/1997-03-01",
      "According to the hospital records he has consulted, three officers and two protesters died when the building was set on fire, and 17 people were treated for burns and injuries.",
      "Dr Fatos Lleshi (citing hospital records)", killed=F(3), injured=F(17), other=[O("protesters killed", 2)],
      note="The night of 28 February; officers in killed, protesters as an other figure."),
    C("alb-01", "albania-depot-looting-1997-03", "other", "Albania", "AL", "1997-03-01/1997-03-31",
      "Dr Lleshi says that in the south as a whole, \"something like 650,000 weapons\" left the depots in a few weeks.",
      LLESHI, other=[O("weapons taken from depots", 650000, "about")], note="'something like' = about."),
    C("alb-01", "tepelene-roadblock-1997-03", "armed_clash", "Tepelenë", "AL", "1997-03-08/1997-03-14",
      "Arben recounts an exchange of fire at a roadblock near Tepelenë in the second week of March. He saw two bodies by the road; he does not know who they were.",
      ARBEN, killed=F(2), note="Figure in the second sentence; second week of March 1997."),
    C("alb-01", ALB97, "other", "Albania", "AL", "1997-01-01/1997-12-31",
      "Dr Lleshi says that an association of victims' families registered 1,550 deaths from gunfire across the country in 1997, while the police gave a lower number, about 1,300, for the period from March to August.",
      "an association of victims' families (cited by Dr Lleshi)", killed=F(1550)),
    C("alb-01", ALB97, "other", "Albania", "AL", "1997-03-01/1997-08-31",
      "Dr Lleshi says that an association of victims' families registered 1,550 deaths from gunfire across the country in 1997, while the police gave a lower number, about 1,300, for the period from March to August.",
      "the police (cited by Dr Lleshi)", killed=F(1300, "about")),
    C("alb-01", "albania-exodus-1997-03", "displacement", "Italy", "IT", "1997-03-01/1997-03-31",
      "In March alone, more than 10,000 people crossed the Adriatic to Italy, Dr Lleshi says.",
      LLESHI, other=[O("people who crossed to Italy", 10000, "more_than")], note="The place people reached."),
    C("alb-01", "vlore-committee-executions-1997", "attack_on_civilians", "Vlorë", "AL", None,
      "He rejects the claim, repeated in some newspapers at the time, that the committee executed prisoners. \"Nobody was shot by the committee in our quarter,\" he says.",
      ARBEN, note="Figure-less denial of a newspaper claim; no date given."),

    # ================================================= mrt-01 ========================================================
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "We were 68 men at the post under the command of a lieutenant.",
      SGT, other=[O("soldiers at the post", 68)]),
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "I saw the lights of many vehicles, perhaps 20 or more, coming from the east.",
      SGT, other=[O("attackers' vehicles", 20, "at_least")], note="'perhaps 20 or more'."),
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "I counted 15 of my comrades killed myself. Another 17 were wounded, some of them badly.",
      SGT, killed=F(15), injured=F(17), note="Figures over two sentences."),
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "The attackers left behind the bodies of their men. I saw nine of them near the wall.",
      SGT, killed=F(9), note="Attackers' dead, figure in the second sentence."),
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "The attackers took two of our soldiers with them when they left.",
      SGT, captured=F(2)),
    C("mrt-01", LEM, "armed_clash", "Lemgheity", "MR", LEM_D,
      "Of the seven vehicles at the post, five were destroyed.",
      SGT, other=[O("vehicles destroyed", 5), O("vehicles at the post", 7)]),
    C("mrt-01", "lemgheity-relief-column-2005-06-06", "armed_clash", None, "MR", "2005-06-06",
      "Two days later, the relief column that came from Zouérat was fired on at a well about 40 kilometres from the post. I was not with the column. I was told that one soldier was killed there.",
      SGT, killed=F(1), note="Hearsay told to the witness; a well 40 km from the post (no place name); two days after 4 June."),
    C("mrt-01", "lemgheity-nomads-firing-2005-05", "attack_on_civilians", "Lemgheity", "MR", "2005-05-28/2005-06-03",
      "Is it true that the post had fired on nomad families the week before, as the accused say, and that this was the cause of the attack?",
      "the accused (as put by their counsel)", note="Figure-less counter-claim of an earlier firing; the week before 4 June."),
    C("mrt-01", "lemgheity-nomads-firing-2005-05", "attack_on_civilians", "Lemgheity", "MR", "2005-05-28/2005-06-03",
      "That is not true. We never fired on nomads.",
      SGT, note="Figure-less denial."),

    # ================================================= lao-01 ========================================================
    C("lao-01", BUS1, "attack_on_civilians", "Ban Houay Ket", "LA", "2003-02-24",
      "The Lao authorities stated that 12 people were killed, including two foreign cyclists travelling with the bus, and that the attackers were \"bandits\".",
      "the Lao authorities", killed=F(12), note="Sub-group of two foreigners stays in the claim."),
    C("lao-01", BUS1, "attack_on_civilians", "Ban Houay Ket", "LA", "2003-02-24",
      "Press reports in the region put the number of dead at 14.",
      "press reports in the region", killed=F(14)),
    C("lao-01", BUS2, "attack_on_civilians", "Kasi", "LA", "2003-04-20",
      "Our embassy in Vientiane was informed by the Lao Ministry of Foreign Affairs that ten passengers were killed and that between 30 and 40 were injured.",
      "the Lao Ministry of Foreign Affairs", killed=F(10), injured=R(30, 40)),
    C("lao-01", BUS2, "attack_on_civilians", "Kasi", "LA", "2003-04-20",
      "One of our nationals, a woman aged 26, received minor injuries; she was treated in Vientiane and has since returned home.",
      MIN, injured=F(1), scope="partial"),
    C("lao-01", BUS2, "attack_on_civilians", "Kasi", "LA", "2003-04-20",
      "That organisation has denied that its supporters took any part in the attack of 20 April and has blamed \"government provocateurs\".",
      "an overseas organisation claiming to speak for armed groups in the area", note="Figure-less denial with counter-accusation."),
    C("lao-01", "vientiane-bombs-2003-04", "explosion", "Vientiane", "LA", "2003-04-01/2003-04-07",
      "I am also aware of a report that three small bombs exploded in Vientiane in the first week of April, one of them at a market, wounding a number of people.",
      "a report (cited by the Minister)", other=[O("bombs exploded", 3)], vague={"injured": "a number of people"}),

    # ================================================= kor-01 ========================================================
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "We remember the four people who did not come home that day, and we thank everyone who stood with us in the months after.",
      YIA, killed=F(4)),
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "The ministry of defence said at the time that 16 marines were wounded.",
      MND, injured=F(16)),
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "Among us, three residents were hurt, one of them seriously; she is still receiving treatment.",
      YIA, injured=F(3)),
    C("kor-01", YEON, "destruction", "Yeonpyeong", "KR", YEON_D,
      "By the count of our association, 22 homes on the island were destroyed and another 41 were damaged.",
      YIA, other=[O("homes destroyed", 22), O("homes damaged", 41)]),
    C("kor-01", YEON, "destruction", "Yeonpyeong", "KR", YEON_D,
      "The county office later gave a higher number of damaged homes, 58.",
      "the county office", other=[O("homes damaged", 58)]),
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "The defence ministry said that about 170 shells were fired at the island from the North, of which some 90 fell on land.",
      MND, other=[O("shells fired", 170, "about"), O("shells that fell on land", 90, "about")]),
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "Our battery fired back 80 rounds.",
      YIA, other=[O("rounds fired back", 80)]),
    C("kor-01", YEON, "shelling", "Yeonpyeong", "KR", YEON_D,
      "The North's news agency said on the day that its forces had fired only after shells from a southern exercise landed in its waters, and that the island's military positions alone had been targeted.",
      "the North's news agency", note="Figure-less counter-claim: provoked, military targets only."),
    C("kor-01", "yeonpyeong-evacuation-2010-11", "displacement", "Incheon", "KR", "2010-11-23/2010-11-25",
      "Within two days nearly all of the island's 1,350 residents had left for Incheon by ferry and fishing boat.",
      YIA, other=[O("residents who left", 1350, "at_most")], note="'nearly all of the 1,350' = almost; the place reached."),
    C("kor-01", "yeonpyeong-evacuation-2010-11", "displacement", "Yeonpyeong", "KR", "2010-11-23/2010-11-25",
      "Today about 1,100 have returned.",
      YIA, other=[O("residents returned", 1100, "about")]),

    # ================================================= mys-01 ========================================================
    C("mys-01", TANDUO, "armed_clash", "Kampung Tanduo", "MY", "2013-03-01",
      "According to the Royal Malaysia Police, two police commandos were killed and three were injured, and 12 members of the armed group were killed.",
      "the Royal Malaysia Police", killed=F(2), injured=F(3), other=[O("armed group members killed", 12)]),
    C("mys-01", SEMPORNA, "armed_clash", "Semporna", "MY", "2013-03-02",
      "On the following day, police officers were attacked at a water village in the Semporna district. The police said six officers were killed.",
      "the police", killed=F(6), note="The day after Friday 1 March; figure in the second sentence."),
    C("mys-01", EVAC, "displacement", "Lahad Datu", "MY", EVAC_D,
      "As a precaution, the Group evacuated 410 workers and their dependants, about 1,050 persons in all, from the Tungku and Sungai Bilis estates to the Group's mill compound in Lahad Datu town between 1 and 3 March 2013.",
      TPH, other=[O("workers evacuated", 410), O("persons evacuated", 1050, "about")], note="The place reached."),
    C("mys-01", EVAC, "displacement", "Sungai Bilis", "MY", EVAC_D,
      "All are accounted for except two harvesters of the Sungai Bilis estate who did not report for the evacuation.",
      TPH, missing=F(2)),
    C("mys-01", "tungku-estate-break-in-2013-03-02", "destruction", "Tungku", "MY", "2013-03-02",
      "On 2 March 2013 the Group's security staff found that a staff house and a store at the Tungku estate had been broken into and a vehicle taken. No injuries were reported.",
      TPH, injured=F(0), note="Break-in and theft; no injuries."),

    # ================================================= uel-01 ========================================================
    C("uel-01", BANGADI, "attack_on_civilians", "Bangadi", "CD", "2009-01-02",
      "- 2 January, Bangadi: nine civilians killed with machetes and clubs, 14 children taken (parish priest of Bangadi).",
      "the parish priest of Bangadi", killed=F(9), captured=F(14)),
    C("uel-01", BANGADI, "attack_on_civilians", "Bangadi", "CD", "2009-01-02",
      "- 2 January, Bangadi: the same attack - 11 dead (health centre of Bangadi).",
      "the health centre of Bangadi", killed=F(11)),
    C("uel-01", "ngilima-market-2009-01-06", "destruction", "Ngilima", "CD", "2009-01-06",
      "- 6 January, Ngilima: a group of armed men burned the market; no casualties reported (catechist).",
      "a catechist", killed=F(0), injured=F(0), note="No casualties."),
    C("uel-01", "dungu-duru-road-2009-01-10", "attack_on_civilians", "Dungu", "CD", "2009-01-10/2009-01-11",
      "- 10-11 January, on the road between Dungu and Duru: three traders killed, one woman wounded (Radio Sion Dungu, fictional).",
      "Radio Sion Dungu", killed=F(3), injured=F(1), note="The road between Dungu and Duru (first place named)."),
    C("uel-01", "kiliwa-burning-2009-01-17", "destruction", "Kiliwa", "CD", "2009-01-17",
      "- 17 January, Kiliwa: 60 to 80 houses burned, population fled into the forest (chief of the locality).",
      "the chief of the locality", other=[OR("houses burned", 60, 80)]),
    C("uel-01", GANGALA, "attack_on_civilians", "Gangala na Bodio", "CD", "2009-01-05",
      "- 5 January, Gangala na Bodio: about 20 killed, including a nurse (local administrator).",
      "the local administrator", killed=F(20, "about")),
    C("uel-01", GANGALA, "abduction", "Gangala na Bodio", "CD", "2009-01-05",
      "- 5 January, Gangala na Bodio: \"dozens\" of people abducted (radio network).",
      "the radio network", vague={"captured": "dozens"}),
    C("uel-01", "nambia-attack-2009-01-19", "attack_on_civilians", "Nambia", "CD", "2009-01-19",
      "- 19 January, Nambia: seven killed, two wounded (health zone of Niangara).",
      "the health zone of Niangara", killed=F(7), injured=F(2)),
    C("uel-01", "kpaika-ambush-2009-01-13", "armed_clash", "Kpaika", "CD", "2009-01-13",
      "- 13 January, Aba road, near Kpaika: two soldiers of the national army killed in an ambush, one soldier missing (army officer in Faradje, by telephone).",
      "an army officer in Faradje (by telephone)", killed=F(2), missing=F(1)),
    C("uel-01", "faradje-abductions-2008-12", "abduction", "Faradje", "CD", "2008-12-25",
      "- 24 January, Faradje town: a girl abducted at Christmas escaped and reached the parish; she says she was held with about 40 other children (parish of Faradje).",
      "a girl who escaped (via the parish of Faradje)", other=[O("other children held", 40, "about")],
      note="Abducted at Christmas 2008; 24 January is the escape."),
    C("uel-01", "haut-uele-operations-2008-12", "other", "Haut-Uele", "CD", "2008-12-15/2009-02-02",
      "- The army says its operations with the Ugandan army since mid-December have killed more than 100 rebels and freed 60 captives in the three territories.",
      "the army", killed=F(100, "more_than"), other=[O("captives freed", 60)], note="Since mid-December 2008 to the list's date."),
    C("uel-01", UELE, "attack_on_civilians", "Haut-Uele", "CD", JAN09,
      "- The spokesman of the rebels, speaking to a foreign radio station on 21 January, denied that their fighters had killed any civilians in January and blamed the attacks on \"bandits in uniform\".",
      "the spokesman of the rebels (to a foreign radio station)", note="Figure-less denial with counter-accusation."),
    C("uel-01", "dungu-displacement-2009-01", "displacement", "Dungu", "CD", JAN09,
      "- Displaced persons: the health zones report some 48,000 new displaced people in Dungu town alone in January.",
      "the health zones", other=[O("newly displaced people", 48000, "about")]),
    C("uel-01", UELE, "other", "Haut-Uele", "CD", JAN09,
      "Totals recorded by the Commission for January: at least 112 civilians killed and 91 abducted in the three territories.",
      PJC, killed=F(112, "at_least"), captured=F(91, "at_least"), note="'at least' applies to both figures."),

    # ================================================= ksi-01 ========================================================
    C("ksi-01", KASAI, "displacement", "Kasai", "CD", "2016-08-01/2017-04-14",
      "Provincial authorities now estimate that 1.09 million people are displaced across the region since the start of the crisis, of whom 68 per cent are children.",
      "provincial authorities", other=[O("people displaced", 1090000, "about"), O("per cent of the displaced who are children", 68)],
      note="Since August 2016; 'estimate' = about."),
    C("ksi-01", KASAI, "displacement", "Kasai", "CD", PERIOD,
      "During the reporting period, partners registered 63,000 newly displaced people, mostly in Kasai province.",
      "partners (humanitarian)", other=[O("newly displaced people", 63000)]),
    C("ksi-01", "tshikapa-arrivals-2017-04", "displacement", "Tshikapa", "CD", "2017-04-02/2017-04-09",
      "In Tshikapa town alone, some 19,000 people arrived from the surrounding territory between 2 and 9 April.",
      HCO, other=[O("people arrived", 19000, "about")]),
    C("ksi-01", LUEBO, "armed_clash", "Luebo", "CD", "2017-04-07",
      "On 7 April, fighting between the militia and the army in Luebo, Kasai province, left at least 27 people dead, according to local civil society.",
      "local civil society", killed=F(27, "at_least")),
    C("ksi-01", LUEBO, "armed_clash", "Luebo", "CD", "2017-04-07",
      "The provincial government reported 14 dead, including four soldiers.",
      "the provincial government", killed=F(14)),
    C("ksi-01", GRAVES, "mass_grave", "Tshimbulu", "CD", PERIOD,
      "Human rights partners reported three additional mass graves near Tshimbulu, in Dibaya territory, bringing the number of suspected mass graves reported in the region to 23.",
      "human rights partners", other=[O("mass graves", 3), O("suspected mass graves in the region", 23)],
      note="Reported within the period 1-13 April."),
    C("ksi-01", GRAVES, "mass_grave", "Tshimbulu", "CD", PERIOD,
      "The government has said the graves contain the bodies of militia members killed in combat and that no civilians are buried there.",
      "the government", note="Figure-less counter-claim."),
    C("ksi-01", CONVOY, "armed_clash", "Tshikapa", "CD", "2017-03-24",
      "The attack on a police convoy on the road between Tshikapa and Kananga on 24 March, in which 39 police officers were killed according to the national police, continues to affect movements on that road.",
      "the national police", killed=F(39)),
    C("ksi-01", CONVOY, "armed_clash", "Tshikapa", "CD", "2017-03-24",
      "One officer who survived was released by the militia last week, according to the provincial governor.",
      "the provincial governor", other=[O("officers released", 1)]),
    C("ksi-01", KASAI, "other", "Kananga", "CD", "2017-01-01/2017-04-13",
      "Health partners in Kananga report 312 patients treated for wounds from firearms and bladed weapons since January; 41 per cent were women and children.",
      "health partners in Kananga", injured=F(312), other=[O("per cent women and children", 41)]),
    C("ksi-01", KASAI, "destruction", "Kasai Central", "CD", "2016-08-01/2017-04-14",
      "The education cluster reports that 220 schools were destroyed, damaged or occupied in Kasai Central since August 2016, of which 118 in Dibaya territory.",
      "the education cluster", other=[O("schools destroyed, damaged or occupied", 220), O("of which in Dibaya territory", 118)]),
    C("ksi-01", "kasai-child-abductions-2017-04", "abduction", "Kazumba", "CD", "2017-04-01/2017-04-14",
      "Protection monitors recorded 34 cases of abduction of children by armed actors in the first two weeks of April, in Kazumba and Dibaya territories.",
      "protection monitors", captured=F(34)),
    C("ksi-01", "kasai-child-abductions-2017-04", "abduction", "Kazumba", "CD", "2017-04-01/2017-04-14",
      "The militia has denied recruiting children.",
      "the militia", note="Figure-less denial."),
]

if __name__ == "__main__":
    write_gold(G, HERE)
