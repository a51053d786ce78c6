"""Hand-coded gold for the unseenm documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-l: a wire brief with a
dateline (Bissau 1998, gnb-01), a hospital's numbered medical bulletin (Brazzaville 1997, cog-01), a Security Council
press statement (Sukhumi 1993, abk-01), a monthly casualty table turned to prose by district (Manipur 2008, mnp-01), a
diplomatic letter to the Secretary-General with an annexed communique of the other side (Djibouti 1992, dji-01), an
encyclopedia entry with an infobox (Basque Country 1987, eus-01), an indictment excerpt in counts (Corsica 1996, cor-01),
an NGO press release with a quoted spokesperson (Assam 2012, asm-01), a first-person eyewitness testimony (Ogaden
2007, ogd-01), a newspaper article quoting a social-media thread (Xinjiang 2014, xjg-01), an op-ed (Lome 2005, tgo-01)
and a numbered weekly security situation report (Antananarivo 2009, mdg-01). Every incident, name and figure is
invented; places and periods are real.

Conventions (as set l): conflict-wide or period totals are typed ``other``; a figure-less denial keeps the type the
denying party gives the event or, when it only rejects, the incident's type (never ``denial``); a wounded person who
dies later, or bodies found later, carry the date of the incident; displacement counts go to ``other_figures`` and take
the place people reached where the text names it (the first one named); weekday and relative expressions are resolved
against the publication date in corpus.jsonl (else a dateline) and noted; "nearly" is ``at_most``; "estimated at" is
``about``; no arithmetic over parts; a sub-group ("nine of them children") stays in its claim.
Not annotated on purpose: aid resources (kits, tents), staff rosters, non-incident numbers (ages, years, prices,
sentence lengths), durations and vague remarks about a whole conflict.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- gnb-01: wire brief with a dateline, Bissau 1998 (Friday 12 June 1998) -------------------------------------------
ACP = "Atlantic Coast Press"
BANDIM = "bissau-shelling-1998-06-11"
BRA = "bra-barracks-shelling-1998-06-10"
BRA_D = "1998-06-10/1998-06-11"  # "Wednesday night"
BISSAU_WAR = "bissau-uprising-1998-06"
BISSAU_D = "1998-06-07/1998-06-12"

# --- mnp-01: monthly casualty table by district, Manipur 2008 -------------------------------------------------------
NECD = "Northeast Conflict Data Desk"
KEISHAMPAT = "keishampat-bombing-2008-10-21"
LAMLAI = "lamlai-khunou-encounter-2008-10-09"
MOIRANG = "moirang-ambush-2008-10-27"

# --- dji-01: letter to the Secretary-General with the other side's communique annexed, Djibouti 1992 -----------------
DJG = "Government of Djibouti (Permanent Representative)"
FRONT = "the Front (communique)"
TADJOURA = "tadjoura-garrison-attack-1992-01-27"
RANDA = "randa-shelling-1992-01-25"

# --- eus-01: encyclopedia entry with an infobox, Basque Country 1987 (no publication date) --------------------------
ORE = "Open Reference Encyclopedia"
AMOREBIETA = "amorebieta-barracks-bombing-1987-11-14"

# --- cor-01: indictment excerpt in counts, Corsica 1996 (Tuesday 10 December 1996) -----------------------------------
JUDGES = "the investigating judges"
AJACCIO = "ajaccio-tax-office-bombing-1996-10-05"
AJACCIO_D = "1996-10-04/1996-10-05"  # "the night of 4 to 5 October"
BASTIA = "bastia-gendarmes-shooting-1996-10-17"

# --- asm-01: NGO press release with a quoted spokesperson, lower Assam 2012 (Friday 27 July 2012) --------------------
BRN = "Brahmaputra Relief Network"
BARUAH = "Ranjit Baruah (spokesperson, Brahmaputra Relief Network)"
ASSAM = "lower-assam-violence-2012-07"
ASSAM_D = "2012-07-20/2012-07-27"  # "which began last Friday"
NAYEK = "nayekgaon-bhalukdubi-arson-2012-07-24"
TRAINS = "kokrajhar-trains-2012-07-23"
BASUGAON = "basugaon-firing-2012-07-25"

# --- ogd-01: first-person eyewitness testimony, Ogaden 2007 (published Friday 14 March 2008) -------------------------
WIT = "a herder from the Degehabur zone (witness)"
DHAGAX = "dhagax-yaale-raid-2007-06"
JUNE_W1 = "2007-06-01/2007-06-07"  # "the first week of June 2007"
TAKEN_D = "2007-06-03/2007-06-09"  # "two days later"
OBOLE = "obole-oil-camp-attack-2007-04"

# --- xjg-01: newspaper article quoting a social-media thread, Yarkand 2014 (Monday 4 August 2014) --------------------
ELISHKU = "elishku-violence-2014-07-28"
ELISHKU_D = "2014-07-28"  # "last Monday"; the thread's "this morning"
THREAD = "the thread's author (pseudonymous microblog posts)"
STATE_MEDIA = "state media"

# --- tgo-01: op-ed, Lome 2005 (Friday 20 May 2005) --------------------------------------------------------------------
OPED = "Efua Mensah-Adjei (columnist, The Gulf of Guinea Review)"
LOME = "lome-post-election-violence-2005-04"
LOME_D = "2005-04-26/2005-04-29"  # the evening of the result (26 April) and "the next three days"

# --- mdg-01: numbered weekly security situation report, Antananarivo 2009 (Friday 13 February 2009) ------------------
IORD = "Indian Ocean Risk Desk"
PALACE = "ambohitsorohitra-palace-shooting-2009-02-07"
HM = "the health ministry (Madagascar)"

G = [
    # ================================================= gnb-01 ========================================================
    C("gnb-01", BANDIM, "shelling", "Bissau", "GW", "1998-06-11",
      "Guinea-Bissau: shelling of capital's outskirts kills at least 14, aid groups say",
      "aid groups", killed=F(14, "at_least"), note="Headline; the capital is Bissau; the day from the lead (Thursday)."),
    C("gnb-01", BANDIM, "shelling", "Bandim", "GW", "1998-06-11",
      "Artillery fire between loyalist troops and mutinous soldiers killed at least 14 civilians in the Bandim and Cuntum neighbourhoods of the capital on Thursday, aid workers said, as the week-old uprising showed no sign of ending.",
      "aid workers", killed=F(14, "at_least"), note="Thursday against the dateline Friday 12 June 1998."),
    C("gnb-01", BANDIM, "shelling", "Bissau", "GW", "1998-06-11/1998-06-12",
      "A nurse at the Simao Mendes hospital said 38 wounded people had been brought in since Thursday morning, nine of them children.",
      "a nurse at the Simao Mendes hospital", injured=F(38), scope="partial", note="One hospital; nine children a sub-group."),
    C("gnb-01", BRA, "shelling", "Bra", "GW", BRA_D,
      "The rebel command, led by the dismissed army chief of staff, said in a statement read on its radio station that government forces and their foreign allies had fired more than 200 shells on Bra, where the mutineers hold the main barracks, on Wednesday night.",
      "the rebel command", other=[O("shells fired", 200, "more_than")]),
    C("gnb-01", BRA, "shelling", "Bra", "GW", BRA_D,
      "It said six of its soldiers were killed there and denied that its own guns had hit the market at Bandim.",
      "the rebel command", killed=F(6), note="Also a denial of the Bandim shelling, in the same sentence."),
    C("gnb-01", BANDIM, "shelling", "Bandim", "GW", "1998-06-11",
      "A government spokesman said the army had \"never targeted civilian areas\" and blamed the mutineers for the shells that fell on Bandim.",
      "a government spokesman", note="Denial with a counter-accusation; no figures."),
    C("gnb-01", BISSAU_WAR, "displacement", "Safim", "GW", BISSAU_D,
      "The Red Cross said about 200,000 people, well over half of the capital's population, have fled Bissau since the fighting began on June 7, most of them to Safim, Prabis and Quinhamel or to villages further inland.",
      "the Red Cross", other=[O("displaced", 200000, "about")], note="Fled Bissau; place: the first destination named."),
    C("gnb-01", BISSAU_WAR, "displacement", "Bissau", "GW", "1998-06-09/1998-06-10",
      "Some 3,000 foreign nationals were evacuated by sea on Tuesday and Wednesday, a European embassy said.",
      "a European embassy", other=[O("foreign nationals evacuated", 3000, "about")]),
    C("gnb-01", "bissau-radio-shelling-1998-06-08", "shelling", "Bissau", "GW", "1998-06-08",
      "Two journalists of the state radio have been missing since Monday, when shells hit the broadcasting building, their union said.",
      "their union (journalists' union)", missing=F(2), note="Monday = 8 June; the building is in the capital."),
    C("gnb-01", BISSAU_WAR, "armed_clash", "Bra", "GW", BISSAU_D,
      "Residents who crossed the front line on foot said between 10 and 15 bodies were lying unburied along the airport road near Bra.",
      "residents who crossed the front line", killed=R(10, 15), note="Bodies seen; the day of death unknown: the fighting's period."),

    # ================================================= cog-01 ========================================================
    # hospital medical bulletin, Brazzaville 1997 (Monday 16 June 1997)
    C("cog-01", "brazzaville-fighting-1997-06-15", "shelling", "Bacongo", "CG", "1997-06-15/1997-06-16",
      "In the 24 hours to 08:00 this morning the emergency department received 47 wounded, 31 of them with injuries from shell fragments and 16 with gunshot wounds.",
      "Medical Director, Makelekele General Hospital", injured=F(47), scope="partial",
      note="One hospital; 31 and 16 are sub-groups. Place: the next sentence (most came from Bacongo and Makelekele)."),
    C("cog-01", "brazzaville-fighting-1997-06-15", "shelling", "Brazzaville", "CG", "1997-06-15",
      "Six of the wounded admitted yesterday died during the night despite surgery.",
      "Medical Director, Makelekele General Hospital", killed=F(6), scope="partial",
      note="Wounded admitted on 15 June who died later: the incident day."),
    C("cog-01", "brazzaville-fighting-1997-06-15", "shelling", "Brazzaville", "CG", "1997-06-15/1997-06-16",
      "Eleven people were dead on arrival.",
      "Medical Director, Makelekele General Hospital", killed=F(11), scope="partial", note="In the 24-hour period."),
    C("cog-01", "brazzaville-war-1997", "other", "Brazzaville", "CG", "1997-06-05/1997-06-16",
      "Since the fighting started on 5 June, the hospital has recorded 112 deaths in total.",
      "Medical Director, Makelekele General Hospital", killed=F(112), scope="partial",
      note="One hospital's total since the war began; the next sentence withdraws the earlier 121."),
    C("cog-01", "brazzaville-war-1997", "other", "Brazzaville", "CG", "1997-06-05/1997-06-16",
      "The figure of 121 given in Bulletin No. 8 counted nine bodies twice and is withdrawn.",
      "Medical Director, Makelekele General Hospital", killed=F(121), scope="partial",
      note="The withdrawn earlier total (a revision)."),
    C("cog-01", "makelekele-hospital-shelling-1997-06-15", "shelling", "Makelekele", "CG", "1997-06-15",
      "At about 15:30 yesterday two mortar rounds landed in the hospital courtyard, killing a stretcher-bearer and wounding four patients who were waiting outside the maternity ward.",
      "Medical Director, Makelekele General Hospital", killed=F(1), injured=F(4),
      other=[O("mortar rounds", 2)], note="The hospital is in Makelekele (the bulletin's header)."),
    C("cog-01", "talangai-missing-nurses-1997-06-13", "other", "Talangai", "CG", "1997-06-13",
      "Three nurses have not been heard of since Friday, when they left the hospital for their homes in Talangai.",
      "Medical Director, Makelekele General Hospital", missing=F(3), note="Friday = 13 June."),
    C("cog-01", "brazzaville-war-1997", "displacement", "Makelekele", "CG", "1997-06-05/1997-06-16",
      "Around 800 residents of nearby streets are now sheltering in the hospital grounds, up from roughly 500 on Saturday.",
      "Medical Director, Makelekele General Hospital",
      other=[O("displaced (sheltering in the hospital grounds)", 800, "about"),
             O("displaced (sheltering in the hospital grounds, Saturday)", 500, "about")]),
    C("cog-01", "djoue-bridge-minibus-1997-06-15", "shelling", "Djoue bridge", "CG", "1997-06-15",
      "The ambulance team of the Red Cross reported that a minibus carrying civilians was hit by a mortar round at the Djoue bridge on Sunday afternoon, and brought 9 wounded passengers to us.",
      "ambulance team of the Red Cross", injured=F(9), note="Sunday = 15 June."),
    C("cog-01", "djoue-bridge-minibus-1997-06-15", "shelling", "Djoue bridge", "CG", "1997-06-15",
      "The driver told the team that \"at least five\" passengers were killed on the spot.",
      "the minibus driver (as told to the Red Cross team)", killed=F(5, "at_least")),
    C("cog-01", "djoue-bridge-minibus-1997-06-15", "shelling", "Djoue bridge", "CG", "1997-06-15",
      "The militia controlling the southern end of the bridge said on its radio station that the minibus had been carrying armed men and not civilians.",
      "the militia controlling the southern end of the bridge", note="Counter-claim about the victims; no figures."),

    # ================================================= abk-01 ========================================================
    # Security Council press statement, Abkhazia 1993 (Friday 24 September 1993)
    C("abk-01", "sukhumi-offensive-1993-09", "displacement", "Zugdidi", "GE", "1993-09-17/1993-09-24",
      "They took note of the information provided by the Secretary-General's Special Envoy that more than 30,000 people have fled Sukhumi and the surrounding villages in the past week, most of them towards Zugdidi, and that many more remain trapped in the city.",
      "the Secretary-General's Special Envoy", other=[O("displaced", 30000, "more_than")],
      note="'in the past week' against 24 September; place people reached."),
    C("abk-01", "sukhumi-airport-aircraft-1993-09-22", "attack_on_civilians", "Sukhumi", "GE", "1993-09-22",
      "According to the Special Envoy, the aircraft was struck as passengers were boarding and at least 80 people were killed.",
      "the Secretary-General's Special Envoy", killed=F(80, "at_least"),
      note="Place and day from the sentence before (Sukhumi airport, Wednesday = 22 September)."),
    C("abk-01", "sukhumi-shelling-1993-09", "shelling", "Sukhumi", "GE", "1993-09-16/1993-09-21",
      "The members of the Council took note of the letter from the Government of Georgia stating that 106 civilians had been killed in the shelling of residential districts of Sukhumi between 16 and 21 September.",
      "Government of Georgia", killed=F(106)),
    C("abk-01", "sukhumi-shelling-1993-09", "shelling", "Sukhumi", "GE", "1993-09-16/1993-09-21",
      "They also took note of the statement of the Abkhaz side that its forces had not fired on residential districts and that the shells had come from Georgian positions in the city.",
      "the Abkhaz side", note="Denial with a counter-accusation; no figures."),
    C("abk-01", "gumista-observers-1993-09-22", "detention", "Gumista river", "GE", "1993-09-22",
      "The members of the Council are concerned that four military observers of the United Nations were detained for several hours on Wednesday at a checkpoint near the Gumista river, and that two vehicles of the mission were taken.",
      "United Nations Security Council", captured=F(4), other=[O("vehicles taken", 2)], note="Wednesday = 22 September."),
    C("abk-01", "sukhumi-offensive-1993-09", "armed_clash", "Sukhumi", "GE", "1993-09-16/1993-09-22",
      "The members of the Council further took note of reports from the International Committee of the Red Cross that 43 wounded civilians were evacuated by sea from Sukhumi to Poti on 22 September.",
      "International Committee of the Red Cross", injured=F(43),
      note="Wounded in the fighting since 16 September, evacuated on 22 September; Poti is where they were taken."),

    # ================================================= mnp-01 ========================================================
    # monthly casualty table written out by district, Manipur, October 2008 (published 5 November 2008)
    C("mnp-01", "manipur-october-2008", "other", "Manipur", "IN", "2008-10-01/2008-10-31",
      "We recorded 41 conflict-related deaths in Manipur in October 2008, against 36 in September.",
      NECD, killed=F(41), note="Monthly total."),
    C("mnp-01", "manipur-september-2008", "other", "Manipur", "IN", "2008-09-01/2008-09-30",
      "We recorded 41 conflict-related deaths in Manipur in October 2008, against 36 in September.",
      NECD, killed=F(36), note="The previous month's total, in the same sentence."),
    C("mnp-01", "manipur-october-2008", "other", "Manipur", "IN", "2008-10-01/2008-10-31",
      "Of the dead, 19 were civilians, 4 were members of the security forces and 18 were described by the police as militants.",
      NECD, killed=F(19), scope="partial", note="Civilians among the month's dead (three groups: three claims)."),
    C("mnp-01", "manipur-october-2008", "other", "Manipur", "IN", "2008-10-01/2008-10-31",
      "Of the dead, 19 were civilians, 4 were members of the security forces and 18 were described by the police as militants.",
      NECD, killed=F(4), scope="partial", note="Security forces among the month's dead."),
    C("mnp-01", "manipur-october-2008", "other", "Manipur", "IN", "2008-10-01/2008-10-31",
      "Of the dead, 19 were civilians, 4 were members of the security forces and 18 were described by the police as militants.",
      "the police (as cited by the Northeast Conflict Data Desk)", killed=F(18), scope="partial",
      note="Militants among the month's dead, as the police described them."),
    C("mnp-01", KEISHAMPAT, "explosion", "Keishampat", "IN", "2008-10-21",
      "The deadliest single incident of the month: a bomb hidden in a parked scooter exploded near the Keishampat crossing on 21 October at around 7 pm, killing 12 people and injuring 34.",
      NECD, killed=F(12), injured=F(34)),
    C("mnp-01", KEISHAMPAT, "explosion", "Keishampat", "IN", "2008-10-21",
      "Police gave the figure of 12 dead on the night of the blast; the district hospital put the toll at 15 the next day, after three of the injured died.",
      "the police", killed=F(12), note="First toll; revised in the same sentence by the hospital."),
    C("mnp-01", KEISHAMPAT, "explosion", "Keishampat", "IN", "2008-10-21",
      "Police gave the figure of 12 dead on the night of the blast; the district hospital put the toll at 15 the next day, after three of the injured died.",
      "the district hospital", killed=F(15), note="Later toll (22 October) of the 21 October blast."),
    C("mnp-01", "imphal-west-grenades-2008-10", "explosion", "Imphal West", "IN", "2008-10-01/2008-10-31",
      "Two other grenade attacks on shops in the district injured 5 people.",
      NECD, injured=F(5), other=[O("grenade attacks", 2)]),
    C("mnp-01", "imphal-east-encounters-2008-10", "armed_clash", "Imphal East", "IN", "2008-10-01/2008-10-31",
      "Security forces reported killing 6 militants in three separate encounters, two of the six on 9 October near the village of Lamlai Khunou.",
      "security forces", killed=F(6), other=[O("encounters", 3)]),
    C("mnp-01", LAMLAI, "armed_clash", "Lamlai Khunou", "IN", "2008-10-09",
      "Security forces reported killing 6 militants in three separate encounters, two of the six on 9 October near the village of Lamlai Khunou.",
      "security forces", killed=F(2), scope="partial", note="One encounter inside the district total, with its own place and day."),
    C("mnp-01", LAMLAI, "attack_on_civilians", "Lamlai Khunou", "IN", "2008-10-08/2008-10-09",
      "Relatives of those two said they were farmers taken from their homes the night before, and held a sit-in at the district headquarters.",
      "relatives of the two dead", killed=F(2), note="Counter-account: civilians taken the night before (8 to 9 October)."),
    C("mnp-01", LAMLAI, "armed_clash", "Lamlai Khunou", "IN", "2008-10-09",
      "The police denied the charge.",
      "the police", note="Denial of the relatives' account; no figures."),
    C("mnp-01", "thoubal-killings-2008-10", "attack_on_civilians", "Thoubal", "IN", "2008-10-01/2008-10-31",
      "Four civilians were killed, among them a schoolteacher shot outside his house in Wangjing on 14 October.",
      NECD, killed=F(4), note="The district's month; the schoolteacher (Wangjing, 14 October) is one of the four."),
    C("mnp-01", "thoubal-contractors-2008-10", "abduction", "Thoubal", "IN", "2008-10-01/2008-10-31",
      "Unknown gunmen abducted two contractors from a road site; one was released after three days, the other was still missing at the end of the month.",
      NECD, captured=F(2), missing=F(1)),
    C("mnp-01", MOIRANG, "armed_clash", "Moirang", "IN", "2008-10-27",
      "Two soldiers were killed and three wounded when their patrol was ambushed near Moirang on 27 October.",
      NECD, killed=F(2), injured=F(3)),
    C("mnp-01", MOIRANG, "armed_clash", "Moirang", "IN", "2008-10-27",
      "A group operating in the hills later said in an email to newspapers that it had carried out the ambush and killed \"at least seven\" soldiers.",
      "a group operating in the hills", killed=F(7, "at_least")),
    C("mnp-01", "hill-clashes-2008-10", "armed_clash", "Churachandpur", "IN", "2008-10-01/2008-10-31",
      "Clashes between two armed groups in the hills left 8 dead by police count, though village councils said the number could be as high as 14.",
      "the police", killed=F(8), note="Section 'Churachandpur and Chandel'."),
    C("mnp-01", "hill-clashes-2008-10", "armed_clash", "Churachandpur", "IN", "2008-10-01/2008-10-31",
      "Clashes between two armed groups in the hills left 8 dead by police count, though village councils said the number could be as high as 14.",
      "village councils", killed=F(14, "up_to")),
    C("mnp-01", "hill-clashes-2008-10", "displacement", "Chandel", "IN", "2008-10-01/2008-10-31",
      "About 600 villagers left their homes and were staying in a school building in Chandel town on 31 October.",
      NECD, other=[O("displaced", 600, "about")], note="Fled the month's clashes; 31 October is the day of the count."),
    C("mnp-01", "manipur-arrests-2008-10", "detention", "Manipur", "IN", "2008-10-01/2008-10-31",
      "Police and the army arrested 57 people across the state during the month, most of them under special powers legislation.",
      NECD, captured=F(57)),

    # ================================================= dji-01 ========================================================
    # letter dated 31 January 1992, circulated 3 February 1992 (Monday); annex received 28 January 1992 (Tuesday)
    C("dji-01", TADJOURA, "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "On 27 January 1992, at dawn, armed elements numbering between 300 and 400 attacked the garrison of the town of Tadjoura from the surrounding mountains.",
      DJG, other=[OR("attackers", 300, 400)]),
    C("dji-01", TADJOURA, "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "Nine soldiers of the national army and two gendarmes lost their lives and 17 were wounded.",
      DJG, killed=F(9), injured=F(17), note="Soldiers and gendarmes are two claims (no arithmetic); the wounded go with the first."),
    C("dji-01", TADJOURA, "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "Nine soldiers of the national army and two gendarmes lost their lives and 17 were wounded.",
      DJG, killed=F(2), note="The gendarmes."),
    C("dji-01", TADJOURA, "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "The attackers left 23 dead on the ground.",
      DJG, killed=F(23)),
    C("dji-01", "dorra-sud-raid-1992-01-27", "attack_on_civilians", "Dorra-Sud", "DJ", "1992-01-27",
      "In the course of their withdrawal, the attackers entered the hamlet of Dorra-Sud, where they killed four herders and took away 30 camels and about 200 goats.",
      DJG, killed=F(4), other=[O("camels taken", 30), O("goats taken", 200, "about")]),
    C("dji-01", "dorra-sud-raid-1992-01-27", "abduction", "Dorra-Sud", "DJ", "1992-01-27",
      "Eleven civilians, among them a nurse of the local dispensary, were taken hostage and their fate remains unknown.",
      DJG, captured=F(11)),
    C("dji-01", "north-djibouti-siege-1991", "displacement", None, "DJ", "1991-11-01/1992-01-31",
      "According to the Ministry of the Interior, more than 15,000 inhabitants of the north have sought refuge in the capital, and about 3,000 have crossed into a neighbouring country.",
      "Ministry of the Interior (Djibouti)",
      other=[O("displaced to the capital", 15000, "more_than"), O("refugees in a neighbouring country", 3000, "about")],
      note="Since November 1991 (the sentence before); the capital is not named and the fled-from towns are Obock and Randa."),
    C("dji-01", RANDA, "shelling", "Randa", "DJ", "1992-01-25",
      "My Government firmly rejects the communique attached as an annex, distributed to foreign news agencies by the so-called front, which claims that the army bombarded Randa on 25 January and killed 35 civilians.",
      "the Front (as cited by the Government of Djibouti)", killed=F(35), note="The other side's figure, rejected by the letter."),
    C("dji-01", RANDA, "shelling", "Randa", "DJ", "1992-01-25",
      "No artillery was used at Randa on that day or on any other day.",
      DJG, note="Denial; no figures."),
    C("dji-01", RANDA, "armed_clash", "Randa", "DJ", "1992-01-25",
      "The only persons killed at Randa were members of the armed bands.",
      DJG, note="Alternative account of the deaths; no figures."),
    C("dji-01", TADJOURA, "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "My Government notes that the weapons seized from the attackers at Tadjoura, 41 rifles and 6 rocket launchers, are of foreign manufacture.",
      DJG, other=[O("rifles seized", 41), O("rocket launchers seized", 6)]),
    C("dji-01", RANDA, "shelling", "Randa", "DJ", "1992-01-25",
      "Thirty-five civilians, women and children among them, were killed and more than 50 were wounded.",
      FRONT, killed=F(35), injured=F(50, "more_than"), note="Place and day from the sentence before (Saturday 25 January, Randa)."),
    C("dji-01", RANDA, "shelling", "Randa", "DJ", "1992-01-25",
      "Our forces took no part in any fighting inside the town.",
      FRONT, note="Denial of fighting in the town; no figures."),
    C("dji-01", "tadjoura-soldiers-captured-1992-01-27", "armed_clash", "Tadjoura", "DJ", "1992-01-27",
      "On Monday, our fighters captured 12 soldiers of the regime near Tadjoura, who are treated according to the Geneva Conventions.",
      FRONT, captured=F(12), note="Monday against the annex's date (received Tuesday 28 January 1992) = 27 January."),

    # ================================================= eus-01 ========================================================
    # encyclopedia entry with an infobox; not annotated: the 50,000 marchers (a protest, no incident figure), the three
    # charged (a legal count), the defused bomb in Durango (no figure), the 20-minute warning (a duration)
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "Deaths: 5 (including 2 children)\nInjured: 22",
      ORE, killed=F(5), injured=F(22), note="Infobox lines; place and date from the infobox."),
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "A stolen van loaded with an estimated 150 kilograms of explosives was parked against the rear wall of the building, where the families of the guards lived, and detonated shortly before dawn.",
      ORE, other=[O("kilograms of explosives", 150, "about")]),
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "Five people were killed, among them two children of a guard, and 22 were injured.",
      ORE, killed=F(5), injured=F(22)),
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "The blast destroyed the rear wing of the barracks and damaged about 40 nearby homes.",
      ORE, other=[O("homes damaged", 40, "about")]),
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "Rescue teams worked for nine hours to free residents trapped under the rubble; a sixth victim, a guard's wife, was pulled out alive but died in hospital in Bilbao eleven days later.",
      ORE, killed=F(1), scope="partial", note="Died later of the blast: the incident's date and place (Bilbao is the hospital)."),
    C("eus-01", AMOREBIETA, "explosion", "Amorebieta-Etxano", "ES", "1987-11-14",
      "Some sources therefore give the death toll as six.",
      "some sources", killed=F(6)),
    C("eus-01", "amorebieta-arrests-1987-11", "detention", "Biscay", "ES", "1987-11-14/1987-11-30",
      "By the end of November police had arrested eight people in Biscay and Gipuzkoa in connection with the attack.",
      ORE, captured=F(8)),

    # ================================================= cor-01 ========================================================
    # indictment excerpt; not annotated: the three named defendants' arrests in the heading (no figure), the
    # watchman's release (no figure), the alibi
    C("cor-01", AJACCIO, "explosion", "Ajaccio", "FR", AJACCIO_D,
      "COUNT ONE. That on the night of 4 to 5 October 1996, in Ajaccio, they placed and caused to explode a device containing about 8 kilograms of explosive against the door of the regional tax office, destroying the ground floor of the building and damaging 14 vehicles parked in the street.",
      JUDGES, other=[O("kilograms of explosive", 8, "about"), O("vehicles damaged", 14)]),
    C("cor-01", AJACCIO, "explosion", "Ajaccio", "FR", AJACCIO_D,
      "A night watchman, Mr. R., was injured by flying glass.",
      JUDGES, injured=F(1)),
    C("cor-01", BASTIA, "armed_clash", "Bastia", "FR", "1996-10-17",
      "COUNT TWO. That on 17 October 1996, in Bastia, they fired several shots from an automatic weapon at two officers of the gendarmerie who were leaving the barracks on the boulevard Paoli, wounding one of them in the leg.",
      JUDGES, injured=F(1), note="'several shots' is no incident count."),
    C("cor-01", "corsica-bombing-campaign-1996", "other", "Corse-du-Sud", "FR", "1996-08-01/1996-11-30",
      "COUNT THREE. That between 1 August and 30 November 1996, in the departments of Corse-du-Sud and Haute-Corse, they carried out or took part in 23 attacks with explosives against public buildings and holiday homes, in which no one was killed.",
      JUDGES, killed=F(0), other=[O("attacks with explosives", 23)], note="Period total over two departments."),
    C("cor-01", "venaco-arms-seizure-1996-12-03", "other", "Venaco", "FR", "1996-12-03",
      "COUNT FOUR. That they held, without authorisation, arms and explosives, namely the items seized on 3 December 1996 at a farm near Venaco: 9 firearms, among them 2 assault rifles, 31 kilograms of explosive and 60 detonators.",
      JUDGES, other=[O("firearms seized", 9), O("kilograms of explosive seized", 31), O("detonators seized", 60)],
      note="2 assault rifles a sub-group of the firearms."),
    C("cor-01", AJACCIO, "explosion", "Ajaccio", "FR", AJACCIO_D,
      "The defendants deny any role in the explosion of Ajaccio.",
      "the defendants", note="Denial of responsibility; no figures."),
    C("cor-01", AJACCIO, "explosion", "Ajaccio", "FR", "1996-09-08/1996-10-08",
      "In a communique sent to the press on 8 October 1996, a clandestine organisation claimed the explosion of Ajaccio and \"eleven other actions\" in the previous month.",
      "a clandestine organisation (communique)", other=[O("other actions claimed", 11)],
      note="The month before the communique of 8 October; the communique's date is a report date."),
    C("cor-01", BASTIA, "armed_clash", "Bastia", "FR", "1996-10-17",
      "The defence contends that the shots of 17 October were fired by unknown persons, and that the gendarme was hit by a ricochet from a warning shot fired by his colleague.",
      "the defence", injured=F(1), note="Alternative account; the one wounded gendarme."),
    C("cor-01", BASTIA, "armed_clash", "Bastia", "FR", "1996-10-17",
      "The ballistic report found that 7 cartridge cases recovered at the scene came from a single weapon.",
      "the ballistic report", other=[O("cartridge cases recovered", 7)]),

    # ================================================= asm-01 ========================================================
    # NGO press release; not annotated: hand pumps, food kits and tarpaulins (aid resources)
    C("asm-01", ASSAM, "displacement", "Kokrajhar", "IN", ASSAM_D,
      "\"Our volunteers counted nearly 170,000 people in 128 relief camps by yesterday evening, in schools, college buildings and open fields,\" said Ranjit Baruah, the Network's spokesperson.",
      BARUAH, other=[O("displaced (in relief camps)", 170000, "at_most"), O("relief camps", 128)],
      note="The camps of the three districts of the paragraph before (Kokrajhar first); 'nearly' = at_most."),
    C("asm-01", ASSAM, "displacement", "Gossaigaon", "IN", ASSAM_D,
      "\"In one camp in Gossaigaon we found 6,000 people sharing four hand pumps.\"",
      BARUAH, other=[O("displaced (one camp)", 6000)], scope="partial"),
    C("asm-01", ASSAM, "other", "Kokrajhar", "IN", ASSAM_D,
      "According to the district administrations, at least 41 people have been killed since the first attacks, most of them in villages of Kokrajhar district.",
      "the district administrations", killed=F(41, "at_least"), note="Total since the violence began (last Friday = 20 July)."),
    C("asm-01", ASSAM, "other", "Kokrajhar", "IN", ASSAM_D,
      "The Network's own teams have recorded 47 deaths, including 9 children, and believe the real number is higher, since several villages have not been reached.",
      BRN, killed=F(47), note="9 children a sub-group."),
    C("asm-01", NAYEK, "attack_on_civilians", "Nayekgaon-Bhalukdubi", "IN", "2012-07-24/2012-07-25",
      "The Network's volunteers reported that on Tuesday night armed men set fire to some 300 houses in the village of Nayekgaon-Bhalukdubi, in Chirang district, and that 4 residents were killed there.",
      "the Network's volunteers", killed=F(4), other=[O("houses burned", 300, "about")], note="Tuesday night = 24 to 25 July."),
    C("asm-01", NAYEK, "attack_on_civilians", "Nayekgaon-Bhalukdubi", "IN", "2012-07-24/2012-07-25",
      "Villagers who fled Nayekgaon-Bhalukdubi said the attackers came from neighbouring villages; leaders of those villages told the Network that their own people had been attacked first, in the same area, on Monday.",
      "villagers who fled Nayekgaon-Bhalukdubi", note="Account of who attacked; no figures."),
    C("asm-01", "nayekgaon-area-attack-2012-07-23", "attack_on_civilians", "Nayekgaon-Bhalukdubi", "IN", "2012-07-23",
      "Villagers who fled Nayekgaon-Bhalukdubi said the attackers came from neighbouring villages; leaders of those villages told the Network that their own people had been attacked first, in the same area, on Monday.",
      "leaders of the neighbouring villages", note="Counter-claim: an earlier attack on their people (Monday = 23 July); no figures."),
    C("asm-01", TRAINS, "riot", "Kokrajhar", "IN", "2012-07-23",
      "Railway traffic through Kokrajhar has been suspended since Monday, when crowds stopped two trains near the Kokrajhar station.",
      BRN, other=[O("trains stopped", 2)]),
    C("asm-01", TRAINS, "riot", "Kokrajhar", "IN", "2012-07-23",
      "Police said 18 passengers were injured when stones were thrown at the coaches.",
      "the police", injured=F(18)),
    C("asm-01", BASUGAON, "riot", "Basugaon", "IN", "2012-07-25",
      "A police spokesperson in Kokrajhar denied reports that the police had opened fire on a crowd at Basugaon on Wednesday, saying officers had fired only \"in the air\" to disperse it.",
      "a police spokesperson in Kokrajhar", note="Denial; the police's account is a crowd dispersed. No figures."),
    C("asm-01", BASUGAON, "attack_on_civilians", "Basugaon", "IN", "2012-07-25",
      "Residents of Basugaon told the Network that two young men were hit by bullets and were taken to hospital in Bongaigaon.",
      "residents of Basugaon", injured=F(2), note="Bongaigaon is where they were taken."),

    # ================================================= ogd-01 ========================================================
    # first-person testimony; not annotated: the witness's age, the nine days' walk (a duration), "five months"
    C("ogd-01", DHAGAX, "attack_on_civilians", "Dhagax-Yaale", "ET", JUNE_W1,
      "In the first week of June 2007 soldiers came to our village in the morning, perhaps sixty of them in five trucks.",
      WIT, other=[O("soldiers", 60, "about"), O("trucks", 5)], note="'our village' = Dhagax-Yaale (the paragraph before)."),
    C("ogd-01", DHAGAX, "attack_on_civilians", "Dhagax-Yaale", "ET", JUNE_W1,
      "Then they took my brother's son and two other young men and shot them in front of everybody. Three men dead before noon.",
      WIT, killed=F(3), note="The count is given in the second sentence."),
    C("ogd-01", DHAGAX, "destruction", "Dhagax-Yaale", "ET", JUNE_W1,
      "Of the 53 houses in Dhagax-Yaale, only the mosque and 4 houses were left standing.",
      WIT, other=[O("houses in the village", 53), O("houses left standing", 4)], note="No arithmetic (49 burned is not coded)."),
    C("ogd-01", DHAGAX, "attack_on_civilians", "Dhagax-Yaale", "ET", JUNE_W1,
      "I lost 30 camels that day.",
      WIT, other=[O("camels killed", 30)]),
    C("ogd-01", DHAGAX, "detention", "Dhagax-Yaale", "ET", TAKEN_D,
      "Two days later they came back and took eleven men away in a truck.",
      WIT, captured=F(11)),
    C("ogd-01", DHAGAX, "detention", "Dhagax-Yaale", "ET", TAKEN_D,
      "Only four came back, after five months. The other seven, we do not know.",
      WIT, missing=F(7), note="Figures over two sentences: four released, seven missing."),
    C("ogd-01", DHAGAX, "displacement", None, "ET", "2007-06-01/2007-06-30",
      "There were about 400 of us from Dhagax-Yaale and the villages near it when we reached the border, and more joined us on the road to Bosaso.",
      WIT, other=[O("displaced", 400, "about")], note="The border is not named; Bosaso is further on, across it."),
    C("ogd-01", OBOLE, "attack_on_civilians", "Obole", "ET", "2007-04-01/2007-04-30",
      "In April, before all this, the fighters attacked the oil camp at Obole and killed many workers.",
      WIT, vague={"killed": "many"}, note="Heard on the radio; no number."),
    C("ogd-01", DHAGAX, "armed_clash", "Dhagax-Yaale", "ET", "2007-06-01/2007-06-30",
      "A spokesman of the regional administration told us that security forces had carried out \"operations against armed elements\" in the area in June 2007, that no civilians had been targeted and that the houses in the area had been burned by the fighters themselves before they withdrew.",
      "a spokesman of the regional administration", note="Denial with an alternative cause of the burning; no figures."),
    C("ogd-01", OBOLE, "armed_clash", "Obole", "ET", "2007-04-01/2007-04-30",
      "The armed front, for its part, said in a statement at the time that the attack on the oil camp in April 2007 killed 48 soldiers guarding it, and denied that any civilian workers had died.",
      "the armed front (statement)", killed=F(48), note="Also denies civilian deaths."),

    # ================================================= xjg-01 ========================================================
    # a newspaper quoting six microblog posts; not annotated: post 1 (gunfire, no figure), post 5 (internet cut)
    C("xjg-01", ELISHKU, "attack_on_civilians", "Elishku", "CN", ELISHKU_D,
      "Neighbour says a group with knives attacked the police station, then cars on the road. He saw at least 10 bodies near the crossroads.",
      "a neighbour of the thread's author", killed=F(10, "at_least"),
      note="Elishku from post 1; the posts' day is last Monday against Monday 4 August 2014."),
    C("xjg-01", ELISHKU, "armed_clash", "Elishku", "CN", ELISHKU_D,
      "Armed police convoy, maybe 30 vehicles, going toward Elishku.",
      THREAD, other=[O("armed police vehicles", 30, "about")]),
    C("xjg-01", ELISHKU, "attack_on_civilians", "Yarkand", "CN", ELISHKU_D,
      "Hospital in the county town full. A nurse friend says over 80 injured brought in so far.",
      "a nurse (friend of the thread's author)", injured=F(80, "more_than"), scope="partial",
      note="The county town's hospital; place the county (Elishku is one of its townships)."),
    C("xjg-01", ELISHKU, "attack_on_civilians", "Yarkand", "CN", ELISHKU_D,
      "Nobody knows how many dead. Some say dozens.",
      "some people (as cited in the thread)", vague={"killed": "dozens"}),
    C("xjg-01", ELISHKU, "attack_on_civilians", "Elishku", "CN", ELISHKU_D,
      "State media reported on Wednesday, two days after the violence, that 31 civilians had been killed and 17 injured when \"a gang armed with knives and axes\" attacked the police station and government offices at Elishku and vehicles on the road.",
      STATE_MEDIA, killed=F(31), injured=F(17), note="Wednesday (30 July) is the report's day; the violence two days before."),
    C("xjg-01", ELISHKU, "armed_clash", "Elishku", "CN", ELISHKU_D,
      "The same report said police had shot dead 44 of the attackers.",
      STATE_MEDIA, killed=F(44)),
    C("xjg-01", "elishku-arrests-2014-07", "detention", "Elishku", "CN", "2014-07-28/2014-08-04",
      "A further 160 people were arrested in the following days, it said.",
      STATE_MEDIA, captured=F(160), note="'in the following days': after 28 July, to the publication date."),
    C("xjg-01", ELISHKU, "attack_on_civilians", "Yarkand", "CN", ELISHKU_D,
      "An exile organisation based in Europe said in a statement on Thursday that the clashes began when police fired on a crowd protesting against house searches, and that \"at least 100\" people had been killed.",
      "an exile organisation based in Europe", killed=F(100, "at_least"), note="Thursday (31 July) is the statement's day."),
    C("xjg-01", ELISHKU, "attack_on_civilians", "Yarkand", "CN", ELISHKU_D,
      "The regional government rejected the statement as \"rumours spread by separatists\".",
      "the regional government", note="Rejection of the exile organisation's account; no figures."),
    C("xjg-01", ELISHKU, "displacement", "Yarkand", "CN", "2014-07-28/2014-08-04",
      "A resident of Kashgar city reached by telephone said relatives in Yarkand had told him that about 40 families from the township had left for the county town after the violence, fearing further searches.",
      "relatives in Yarkand (as told to a resident of Kashgar city)", other=[O("families displaced", 40, "about")],
      note="Place reached: the county town (Yarkand)."),

    # ================================================= tgo-01 ========================================================
    # op-ed; not annotated: the general remark on violence costing lives, the UN team's arrival (last Tuesday, 17 May)
    C("tgo-01", LOME, "other", None, "TG", LOME_D,
      "The government's figure has not moved since the Minister of the Interior gave it on television: about 60 people killed in the whole country, among them \"several members of the security forces\".",
      "the Minister of the Interior (Togo)", killed=F(60, "about"), note="Country-wide total; the country is not named."),
    C("tgo-01", LOME, "other", None, "TG", LOME_D,
      "The League for Human Rights, which sent its volunteers to the morgues and to the families, says more than 700 people died.",
      "the League for Human Rights", killed=F(700, "more_than")),
    C("tgo-01", LOME, "attack_on_civilians", "Bè", "TG", "2005-04-26/2005-04-27",
      "On one street alone, residents gave me the names of 14 men who did not come home on the night of 26 April.",
      "residents of Bè (as told to the columnist)", missing=F(14), scope="partial", note="One street of Bè."),
    C("tgo-01", LOME, "attack_on_civilians", "Bè", "TG", LOME_D,
      "A mother showed me the room where, she says, soldiers shot dead her son and his friend at close range.",
      "a mother in Bè", note="Two victims named, no number given."),
    C("tgo-01", LOME, "armed_clash", "Bè", "TG", LOME_D,
      "The army denies that its units entered homes, and says its soldiers only returned fire on armed groups that had set up barricades.",
      "the army (Togo)", note="Denial with the army's account; no figures."),
    C("tgo-01", LOME, "displacement", "Benin", "TG", "2005-04-26/2005-05-20",
      "The refugee agency says some 35,000 people crossed into Benin and Ghana in the days that followed.",
      "the refugee agency", other=[O("refugees crossed into Benin and Ghana", 35000, "about")],
      note="Place reached (the first named); country where the violence happened."),
    C("tgo-01", "aneho-party-offices-2005-04-27", "destruction", "Aneho", "TG", "2005-04-27",
      "In Aneho, on the coast, the offices of two political parties were burned on 27 April.",
      OPED, other=[O("party offices burned", 2)]),
    C("tgo-01", LOME, "other", "Lome", "TG", LOME_D,
      "The Red Cross says its teams took 296 wounded to hospitals in Lome between 26 and 29 April.",
      "the Red Cross", injured=F(296)),
    C("tgo-01", LOME, "other", "Lome", "TG", LOME_D,
      "The morgue of the main hospital in Lome received 68 bodies in those three days, a doctor there told me, and 23 of them were never claimed.",
      "a doctor at the main hospital in Lome", killed=F(68), scope="partial", note="One morgue; 23 unclaimed a sub-group."),

    # ================================================= mdg-01 ========================================================
    # weekly situation report; not annotated: the risk level and its scale, fuel queues, the outlook
    C("mdg-01", PALACE, "attack_on_civilians", "Ambohitsorohitra", "MG", "2009-02-07",
      "On Saturday afternoon, a crowd of several thousand opposition supporters marched from the Place du 13 Mai towards the Ambohitsorohitra palace.",
      IORD, vague={"other": "several thousand"}, note="Marchers; Saturday = 7 February."),
    C("mdg-01", PALACE, "attack_on_civilians", "Ambohitsorohitra", "MG", "2009-02-07",
      "The health ministry said on Sunday that 28 people were killed and 212 injured.",
      HM, killed=F(28), injured=F(212), note="Sunday (8 February) is the statement's day."),
    C("mdg-01", PALACE, "attack_on_civilians", "Ambohitsorohitra", "MG", "2009-02-07",
      "On Tuesday the ministry raised the death toll to 31, after three of the wounded died in hospital.",
      HM, killed=F(31), note="Revision given on Tuesday 10 February; the incident's day."),
    C("mdg-01", PALACE, "armed_clash", "Ambohitsorohitra", "MG", "2009-02-07",
      "The presidency said the guards fired warning shots and then live rounds only after \"armed elements\" among the marchers fired first and two guards were wounded.",
      "the presidency (Madagascar)", injured=F(2), note="The presidency's account: the guards returned fire."),
    C("mdg-01", PALACE, "attack_on_civilians", "Ambohitsorohitra", "MG", "2009-02-07",
      "Opposition leaders deny that any marcher was armed and say the dead included a journalist of a private television station.",
      "opposition leaders", note="Denial of the presidency's account; no figures."),
    C("mdg-01", "antananarivo-arrests-2009-02", "detention", "Antananarivo", "MG", "2009-02-08/2009-02-11",
      "Police say 27 people were arrested in the capital between Sunday and Wednesday on charges of looting and incitement.",
      "the police (Madagascar)", captured=F(27)),
    C("mdg-01", "behoririka-fire-2009-01-26", "riot", "Behoririka", "MG", "2009-01-26",
      "For reference: in the riots of Monday 26 January, the fire at a shopping centre in the Behoririka district killed at least 40 people trapped inside, most of them looters, according to the fire service.",
      "the fire service", killed=F(40, "at_least")),
    C("mdg-01", "madagascar-unrest-2009-01", "other", None, "MG", "2009-01-21/2009-01-31",
      "The government's total for the unrest of late January stands at 68 dead.",
      "the government (Madagascar)", killed=F(68), note="'late January': no place named."),
    C("mdg-01", "toamasina-radio-arson-2009-02-11", "riot", "Toamasina", "MG", "2009-02-11/2009-02-12",
      "In Toamasina, protesters set fire to the offices of the state radio on Wednesday night. No casualties were reported.",
      IORD, killed=F(0), injured=F(0), note="Wednesday night = 11 to 12 February; 'no casualties' = 0."),
    C("mdg-01", "mahajanga-dispersal-2009-02-09", "riot", "Mahajanga", "MG", "2009-02-09",
      "In Mahajanga, police dispersed a crowd with tear gas on Monday; local media reported 5 injured.",
      "local media (Mahajanga)", injured=F(5)),
]

write_gold(G, HERE)
