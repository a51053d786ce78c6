"""Hand-coded gold for the unseenl documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing or coding them).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents in styles and conflicts not used by the dev corpus or sets a-k: a humanitarian flash update
in bullet points (Mali 2013, mli-01), a fact-check article weighing two sides' counts (Rakhine 2017, mmr-01), a district
police control room's incident log with times (Kashmir 2016, ind-01), a translated local radio bulletin without a date
in its text (Aden 2015, yem-01), a military after-action summary in numbered paragraphs (Marawi 2017, phl-01), a
truth-commission finding (Cauca 2001, col-01), a news live blog with timestamps, newest first, and a correction
(Cabo Delgado 2020, moz-01), a parliamentary written question with the answer (Macedonia 2001, mkd-01), a criminal
court's judgment excerpt with the prosecution's and the defence's figures (Andijan 2005, uzb-01), an aid worker's
blog (North Darfur 2004, sdn-01), an obituary notice (Phnom Penh 1997, khm-01) and a press-conference transcript with
questions (Bujumbura 2015, bdi-01).

Conventions (as sets g-j where they overlap): conflict-wide or period totals are typed ``other``; a figure-less denial
keeps the type the denying party gives the event or, when it only rejects, the incident's type (never ``denial``:
the eval counts a predicted denial by its ``denied_type``); a wounded person who dies later, or bodies found or
counted later, carry the date of the incident; displacement counts go to ``other_figures`` and take the place people
reached where the text names it; weekday and relative expressions ("yesterday evening", "last Wednesday", "ten days
ago") are resolved against the publication date in corpus.jsonl and noted; "nearly" and "no more than" are
``at_most``; "estimated at" is ``about``; "no casualties" / "not a single civilian was harmed" are 0; a figure in a
question put by a journalist or a member of parliament is attributed to the source the question cites, "(as cited by
<asker>)"; no arithmetic over parts ("eight soldiers and four policemen" are two claims).
Not annotated on purpose: vague remarks without a number about a whole area or not telling of an event ("several
barangays" occupied, "an unknown number crossed", "a larger number of civilian dead" that cannot be verified, "several
hundred armed men" escorted out under an agreement), a victim told of one by one in an anecdote (khm-01's friend),
methodology counts (survivors interviewed, names given to a nurse), aid resources (latrines, hand pumps), non-incident
numbers (ages, years, the 2015 commemoration in khm-01) and durations.
col-01 carries no publication date; its dates are explicit. yem-01's text gives only "Thursday"; the manifest's date
(Thursday 7 May 2015) anchors it.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, OR, write_gold  # the shared helpers, one folder up


# --- mli-01: humanitarian flash update, Mopti region 2013 ------------------------------------------------------------
HCC = "Humanitarian Coordination Cell, Mopti"
KONNA = "konna-fighting-2013-01"
KONNA_D = "2013-01-10/2013-01-14"  # "since Thursday" against Monday 14 January 2013
KONNA_TOWN_D = "2013-01-10/2013-01-12"  # entered 10 January, retaken by Saturday 12 January
MOD_ML = "Ministry of Defence (Mali)"

# --- mmr-01: fact check, Rakhine 2017 --------------------------------------------------------------------------------
CCD = "Clearview Check"
KANHPYU = "kan-hpyu-killings-2017-08-27"
COMMITTEE = "government information committee (Myanmar)"
RAKHINE_POSTS = "northern-rakhine-police-post-attacks-2017-08-25"
RAKHINE_OPS = "northern-rakhine-clearance-operations-2017"
RAKHINE_OPS_D = "2017-08-25/2017-09-20"

# --- ind-01: police incident log, Anantnag 2016 ----------------------------------------------------------------------
DPCR = "Duty Officer, District Police Control Room, Anantnag"
DAY = "2016-07-10"
DOORU = "dooru-police-station-attack-2016-07-10"

# --- yem-01: radio bulletin, Aden 2015 -------------------------------------------------------------------------------
HO = "health office in Aden"
DARSAAD = "dar-saad-shelling-2015-05-06"
TAWAHI = "tawahi-port-fighting-2015-05-06"
BOAT = "tawahi-boat-shelling-2015-05-07"
STRIKES = "aden-lahj-coalition-strikes-2015-05-06"
LAST24 = "2015-05-06/2015-05-07"

# --- phl-01: after-action summary, Marawi 2017 -----------------------------------------------------------------------
JTF = "Joint Task Force Ranao"
MARAWI = "marawi-siege-2017"
MARAWI_D = "2017-05-23/2017-06-15"

# --- col-01: truth-commission finding, Naya 2001 ---------------------------------------------------------------------
TC = "Truth Commission"
PALMAR = "el-palmar-killings-2001-04-11"
NAYA = "naya-incursion-2001-04"
NAYA_D = "2001-04-10/2001-04-13"

# --- moz-01: live blog, Mocimboa da Praia 2020 -----------------------------------------------------------------------
IOL = "Indian Ocean Live"
MDP = "mocimboa-da-praia-fighting-2020-08"
MDP_D = "2020-08-05/2020-08-12"  # "since last Wednesday" against Wednesday 12 August 2020

# --- mkd-01: written question and answer, Macedonia 2001 -------------------------------------------------------------
MEP = "Anneli Korhonen"
ARAC = "aracinovo-offensive-2001-06"
ARAC_D = "2001-06-22/2001-06-25"
EUMM = "EU monitoring mission (as reported by the Council)"

# --- uzb-01: judgment excerpt, Andijan 2005 --------------------------------------------------------------------------
COURT = "Regional Criminal Court"
ANDIJAN = "andijan-events-2005-05-13"
PROS = "the prosecution"
DEF = "the defence"

# --- sdn-01: aid worker's blog, North Darfur 2004 --------------------------------------------------------------------
BLOG = "Notes from the edge of the desert (aid worker's blog)"
TAWILA = "tawila-attack-2004-02-27"
ABUSHOUK = "abu-shouk-arrivals-2004-02"

# --- khm-01: obituary, Phnom Penh 1997 -------------------------------------------------------------------------------
PPW = "Phnom Penh Weekly"
GRENADE = "phnom-penh-grenade-attack-1997-03-30"

# --- bdi-01: press-conference transcript, Bujumbura 2015 -------------------------------------------------------------
SPOX = "Colonel Gaspard Niyonzima (army spokesperson)"
CAMPS = "bujumbura-camp-attacks-2015-12-11"
SWEEP = "nyakabiga-musaga-killings-2015-12-11"
SWEEP_D = "2015-12-11/2015-12-12"


G = [
    # ================================================= mli-01 ========================================================
    C("mli-01", KONNA, "displacement", "Sevare", "ML", KONNA_D,
      "- An estimated 5,400 people have fled southwards towards Sevare and Mopti town.",
      HCC, other=[O("displaced", 5400, "about")], note="Fled from the Konna fighting; place the first destination."),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_D,
      "- Health partners report 11 civilian deaths and at least 60 wounded treated in Mopti.",
      "health partners", killed=F(11), injured=F(60, "at_least"),
      note="'at least' precedes only the wounded. Place: the incident (first highlight), the wounded treated in Mopti."),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_TOWN_D,
      "The Ministry of Defence stated that 11 soldiers were killed and about 60 wounded in the fighting for the town.",
      MOD_ML, killed=F(11), injured=F(60, "about")),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_TOWN_D,
      "It put the losses of the armed groups at \"more than 100 dead\".",
      MOD_ML, killed=F(100, "more_than")),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_TOWN_D,
      "A spokesman for one of the armed groups, reached by telephone, denied that his fighters had been driven out of Konna and said the army's toll of their dead was \"pure propaganda\".",
      "a spokesman for one of the armed groups", note="Denial of the retaking and of the army's toll; no figures."),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_TOWN_D,
      "Local authorities in Konna report that at least 11 civilians were killed, among them three children who drowned while trying to cross the river to escape the fighting.",
      "local authorities in Konna", killed=F(11, "at_least"), note="Three drowned children are a sub-group."),
    C("mli-01", KONNA, "destruction", "Konna", "ML", KONNA_TOWN_D,
      "Residents who reached Sevare said several houses near the market had been destroyed by fire.",
      "residents of Konna who reached Sevare", vague={"other": "several"}, note="Houses in Konna; no number."),
    C("mli-01", KONNA, "displacement", "Sevare", "ML", KONNA_D,
      "- Sevare: 2,300 newly displaced people registered at the Socoura school site (3,100 on 12 January, since some have moved on to relatives in town).",
      HCC, other=[O("displaced (registered at the site)", 2300), O("displaced (registered at the site, 12 January)", 3100)],
      note="The earlier figure (12 January) is a revision in the same line."),
    C("mli-01", KONNA, "displacement", "Mopti", "ML", KONNA_D,
      "- Mopti town: around 1,900 people staying with host families.",
      HCC, other=[O("displaced (with host families)", 1900, "about")]),
    C("mli-01", KONNA, "displacement", "Bani river", "ML", KONNA_D,
      "- Between 1,000 and 1,500 people are believed to be sheltering in fishing camps along the Bani river; the figure cannot be verified.",
      HCC, other=[OR("displaced (in fishing camps)", 1000, 1500)]),
    C("mli-01", KONNA, "detention", "Konna", "ML", KONNA_D,
      "- Partners received reports of at least four men from Konna detained by soldiers on suspicion of collaborating with the armed groups; their families do not know where they are held.",
      "humanitarian partners", captured=F(4, "at_least")),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", "2013-01-10",
      "- Two aid workers of a national NGO are missing since the first day of the fighting.",
      HCC, missing=F(2), note="First day of the fighting = 10 January (the overview)."),
    C("mli-01", KONNA, "armed_clash", "Konna", "ML", KONNA_D,
      "- The Sominé Dolo hospital in Mopti has treated 63 wounded since Thursday, including 14 civilians.",
      "Sominé Dolo hospital, Mopti", injured=F(63), scope="partial",
      note="One hospital; 14 civilians a sub-group. 'Since Thursday' = since 10 January."),
    C("mli-01", KONNA, "destruction", "Konna", "ML", KONNA_D,
      "- Two health centres in Konna commune were looted and are not functioning.",
      HCC, other=[O("health centres looted", 2)]),

    # ================================================= mmr-01 ========================================================
    C("mmr-01", KANHPYU, "massacre", "Kan Hpyu", "MM", "2017-08-27",
      "Claim: \"More than 130 villagers were killed by soldiers in Kan Hpyu village.\" (shared widely on social media since late August)",
      "social media posts (refugees' community list)", killed=F(130, "more_than")),
    C("mmr-01", KANHPYU, "armed_clash", "Kan Hpyu", "MM", "2017-08-27",
      "Counter-claim: \"Only 17 terrorists were killed there, and no civilians.\" (government information committee)",
      COMMITTEE, killed=F(17), note="Also denies civilian deaths (the committee's account; a clash)."),
    C("mmr-01", RAKHINE_POSTS, "armed_clash", "Rakhine State", "MM", "2017-08-25",
      "On 25 August, armed men attacked some 30 police posts in the north of the state, and security forces launched what the government called \"clearance operations\" the same day.",
      CCD, other=[O("police posts attacked", 30, "about")]),
    C("mmr-01", KANHPYU, "massacre", "Kan Hpyu", "MM", "2017-08-27",
      "The list we were shown contains 138 names, 41 of them children.",
      "community organisation of refugees (list)", killed=F(138), note="41 children a sub-group."),
    C("mmr-01", KANHPYU, "armed_clash", "Kan Hpyu", "MM", "2017-08-27",
      "The government's information committee said on 30 August that security forces had \"repelled an attack\" at Kan Hpyu and that 17 insurgents were killed.",
      COMMITTEE, killed=F(17), note="30 August is the statement's date; the incident is the 27 August one."),
    C("mmr-01", KANHPYU, "destruction", "Kan Hpyu", "MM", "2017-08-27",
      "It said no civilians died and that the insurgents themselves had burned the village before fleeing.",
      COMMITTEE, killed=F(0), note="Denial of civilian deaths (0) and an alternative cause of the burning."),
    C("mmr-01", RAKHINE_OPS, "other", "northern Rakhine", "MM", RAKHINE_OPS_D,
      "The committee has since said that the total number of insurgents killed in the operations across northern Rakhine has reached 371.",
      COMMITTEE, killed=F(371), note="Operation-wide total since 25 August."),
    C("mmr-01", KANHPYU, "destruction", "Kan Hpyu", "MM", "2017-08-27/2017-08-29",
      "Satellite images analysed by a university research group show that between 290 and 320 structures in Kan Hpyu were burned between 27 and 29 August.",
      "a university research group (satellite imagery)", other=[OR("structures burned", 290, 320)]),
    C("mmr-01", KANHPYU, "displacement", "Naf river", "MM", "2017-08-28/2017-09-03",
      "A border guard official in Bangladesh told us that about 2,000 people from the Kan Hpyu area crossed the Naf river in the following week.",
      "a border guard official in Bangladesh", other=[O("refugees crossed", 2000, "about")],
      note="The week after 27 August; country = where the violence happened."),
    C("mmr-01", RAKHINE_OPS, "displacement", "Bangladesh", "MM", RAKHINE_OPS_D,
      "Aid agencies say the total number of refugees who have arrived in Bangladesh since 25 August now exceeds 420,000.",
      "aid agencies", other=[O("refugees arrived in Bangladesh", 420000, "more_than")]),
    C("mmr-01", KANHPYU, "massacre", "Kan Hpyu", "MM", "2017-08-27",
      "Villagers also told us that at least 20 women and girls from Kan Hpyu are still unaccounted for.",
      "villagers of Kan Hpyu", missing=F(20, "at_least")),

    # ================================================= ind-01 ========================================================
    C("ind-01", "khanabal-stone-pelting-2016-07-10", "riot", "Khanabal", "IN", DAY,
      "0850 hrs - Crowd of approx. 300 gathered at Khanabal crossing, pelted stones on deployment of CRPF. Dispersed with tear smoke shells. 4 CRPF personnel received minor injuries.",
      DPCR, injured=F(4), other=[O("crowd", 300, "about")]),
    C("ind-01", "damhal-hanjipora-2016-07-09", "other", "Damhal Hanjipora", "IN", "2016-07-09",
      "1020 hrs - Reference yesterday's incident at Damhal Hanjipora (Kulgam), SSP Kulgam informs that one more injured civilian succumbed at SKIMS Srinagar during the night.",
      "SSP Kulgam", killed=F(1), scope="partial",
      note="'yesterday's incident' = 9 July; the death in the night is dated by the incident. Incident kind not told."),
    C("ind-01", "damhal-hanjipora-2016-07-09", "other", "Damhal Hanjipora", "IN", "2016-07-09",
      "Total civilians killed in the said incident now 3 (earlier reported 2).",
      "SSP Kulgam", killed=F(3), note="Revised from 2."),
    C("ind-01", "sangam-police-post-arson-2016-07-10", "destruction", "Sangam", "IN", DAY,
      "1140 hrs - At Sangam (Bijbehara), mob set fire to a police post. Post vacated earlier; nil casualties. Two vehicles parked outside burnt. One service rifle reported missing from post, search on.",
      DPCR, killed=F(0), injured=F(0),
      other=[O("police posts burned", 1), O("vehicles burnt", 2), O("service rifles missing", 1)],
      note="'nil casualties' = 0 killed, 0 injured."),
    C("ind-01", DOORU, "riot", "Dooru", "IN", DAY,
      "2 civilians killed, 9 injured, shifted to GMC Anantnag.",
      DPCR, killed=F(2), injured=F(9)),
    C("ind-01", DOORU, "riot", "Dooru", "IN", DAY,
      "11 police personnel injured, of them 3 seriously.",
      DPCR, injured=F(11), note="3 seriously a sub-group."),
    C("ind-01", DOORU, "attack_on_civilians", "Dooru", "IN", DAY,
      "1320 hrs - Local residents of Dooru allege that firing was without provocation and that the protest was peaceful.",
      "local residents of Dooru", note="Counter-account; no figures."),
    C("ind-01", DOORU, "riot", "Dooru", "IN", DAY,
      "Version denied by SHO Dooru, who states that the station was about to be overrun.",
      "SHO Dooru (station house officer)", note="Denial of the residents' account; no figures."),
    C("ind-01", "anantnag-pellet-injuries-2016-07", "riot", "Anantnag", "IN", "2016-07-09/2016-07-10",
      "1545 hrs - GMC Anantnag reports 37 persons with pellet injuries admitted since yesterday, of them 14 with eye injuries; 6 referred to SMHS Srinagar.",
      "GMC Anantnag (Government Medical College)", injured=F(37), note="14 eye injuries a sub-group; 6 referred."),
    C("ind-01", "wanpoh-vehicle-2016-07-10", "riot", "Wanpoh", "IN", DAY,
      "Driver, constable Abdul Rashid, missing.",
      DPCR, missing=F(1), note="One named person missing; place from the entry's first sentence."),
    C("ind-01", "anantnag-arrests-2016-07-10", "detention", "Anantnag", "IN", DAY,
      "1930 hrs - Arrests today: 23 persons detained under relevant sections in connection with stone pelting in district Anantnag.",
      DPCR, captured=F(23)),
    C("ind-01", "anantnag-unrest-2016-07", "other", "Anantnag", "IN", "2016-07-08/2016-07-10",
      "2200 hrs - Situation summary: since the evening of 08.07.2016, district Anantnag has recorded 5 civilian deaths in law and order incidents, and 96 police/CRPF personnel injured.",
      DPCR, killed=F(5), injured=F(96), note="Period total."),

    # ================================================= yem-01 ========================================================
    C("yem-01", DARSAAD, "shelling", "Dar Saad", "YE", "2015-05-06",
      "The health office in Aden says the shelling of the Dar Saad district yesterday evening killed at least 43 people, most of them families who were waiting at the edge of the town to leave for Lahj.",
      HO, killed=F(43, "at_least"), note="'yesterday evening' against Thursday 7 May 2015 (manifest)."),
    C("yem-01", DARSAAD, "shelling", "Dar Saad", "YE", "2015-05-06",
      "The office says more than 200 were wounded.",
      HO, injured=F(200, "more_than")),
    C("yem-01", DARSAAD, "shelling", "Dar Saad", "YE", "2015-05-06",
      "Yesterday, the same office gave a toll of 26 dead.",
      HO, killed=F(26), note="Earlier toll (given yesterday), revised to at least 43."),
    C("yem-01", DARSAAD, "shelling", "Dar Saad", "YE", "2015-05-06",
      "A statement by the forces of the Houthi movement and their allies, read on their television channel, denied that their units had fired on civilians and said the district had been \"hit by the rockets of the militias\" fighting against them.",
      "forces of the Houthi movement and their allies (statement)", note="Denial with an alternative cause; no figures."),
    C("yem-01", TAWAHI, "armed_clash", "Tawahi", "YE", LAST24,
      "In Tawahi, the popular resistance committees say their fighters repelled an attack on the port last night and killed about 20 of the attackers.",
      "popular resistance committees", killed=F(20, "about"), note="'last night' = night of 6 to 7 May."),
    C("yem-01", TAWAHI, "armed_clash", "Tawahi", "YE", LAST24,
      "Four fighters of the committees were killed, their spokesman said.",
      "spokesman of the popular resistance committees", killed=F(4)),
    C("yem-01", BOAT, "shelling", "Tawahi", "YE", "2015-05-07",
      "Fishermen who went out to help say they brought back 11 bodies, and that perhaps thirty people are still in the water or missing.",
      "fishermen (Tawahi)", killed=F(11), missing=F(30, "about"), note="'at dawn today' = 7 May; 'perhaps thirty' = about."),
    C("yem-01", "sheikh-othman-pumping-station-2015-05-04", "destruction", "Sheikh Othman", "YE", "2015-05-04",
      "The water corporation says the main pumping station in Sheikh Othman was damaged three days ago and that around 150,000 people in the northern districts have had no piped water since then.",
      "the water corporation (Aden)", other=[O("people without piped water", 150000, "about")],
      note="'three days ago' against 7 May."),
    C("yem-01", STRIKES, "air_strike", "Aden", "YE", LAST24,
      "The coalition announced that its aircraft carried out 18 air strikes on positions in and around Aden and Lahj in the last 24 hours.",
      "the coalition", other=[O("air strikes", 18)]),
    C("yem-01", STRIKES, "air_strike", "Crater", "YE", LAST24,
      "The Houthi movement's channel said one of these strikes hit a house in Crater, killing a family of seven; the coalition has not responded to this report.",
      "the Houthi movement's television channel", killed=F(7)),
    C("yem-01", "khor-maksar-fighting-2015", "other", "Khor Maksar", "YE", "2015-04-01/2015-05-07",
      "In Khor Maksar, the Red Crescent says it has buried 40 unidentified bodies collected from the streets since the fighting reached the district last month.",
      "the Red Crescent", killed=F(40), note="Bodies buried since April ('last month')."),

    # ================================================= phl-01 ========================================================
    C("phl-01", MARAWI, "armed_clash", "Basak Malutlut", "PH", "2017-05-23",
      "On the afternoon of 23 May 2017, a joint team serving an arrest warrant in Barangay Basak Malutlut came under heavy fire from an estimated 400 to 500 armed men of the local Maute group and allied fighters.",
      JTF, other=[OR("armed men", 400, 500)]),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "From 23 May to 15 June, the Task Force lost 58 personnel killed in action (KIA), including 13 Marines killed in a single engagement in Barangay Lilod Madaya on 9 June.",
      JTF, killed=F(58), note="Period total of the siege."),
    C("phl-01", "lilod-madaya-engagement-2017-06-09", "armed_clash", "Lilod Madaya", "PH", "2017-06-09",
      "From 23 May to 15 June, the Task Force lost 58 personnel killed in action (KIA), including 13 Marines killed in a single engagement in Barangay Lilod Madaya on 9 June.",
      JTF, killed=F(13), note="One engagement inside the period total, with its own place and day."),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "A total of 192 personnel were wounded in action (WIA); of these, 120 have returned to duty.",
      JTF, injured=F(192)),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "Enemy killed are estimated at 225, of which 174 bodies have been recovered.",
      JTF, killed=F(225, "about"), other=[O("bodies recovered", 174)]),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "Eight enemy fighters have been captured, including two foreign nationals.",
      JTF, captured=F(8)),
    C("phl-01", MARAWI, "attack_on_civilians", "Marawi City", "PH", MARAWI_D,
      "Twenty-six civilians have been confirmed killed by the enemy.",
      JTF, killed=F(26)),
    C("phl-01", "kilala-killings-2017-05", "massacre", "Kilala", "PH", "2017-05-23/2017-05-28",
      "Among them are nine workers found dead on 28 May on the outskirts of Barangay Kilala, with their hands tied.",
      JTF, killed=F(9), scope="partial", note="Found dead on 28 May: killed between the siege's start and then."),
    C("phl-01", MARAWI, "air_strike", "Bangolo", "PH", MARAWI_D,
      "Allegations circulated online that air strikes killed civilians in Barangay Bangolo are baseless; post-strike assessment found only enemy positions were hit.",
      JTF, note="Denial; no figures."),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "1,613 civilians have been rescued from the battle area.",
      JTF, other=[O("civilians rescued", 1613)]),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "Local officials estimate that between 300 and 500 residents remain trapped, and the Provincial Crisis Management Committee lists 41 persons as missing.",
      "local officials (Marawi)", other=[OR("residents trapped", 300, 500)]),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "Local officials estimate that between 300 and 500 residents remain trapped, and the Provincial Crisis Management Committee lists 41 persons as missing.",
      "Provincial Crisis Management Committee", missing=F(41)),
    C("phl-01", MARAWI, "displacement", "Marawi City", "PH", MARAWI_D,
      "According to the Department of Social Welfare, more than 200,000 people have left the city and neighbouring towns; 18,700 of them are in 78 evacuation centres.",
      "Department of Social Welfare", other=[O("displaced", 200000, "more_than"),
                                             O("displaced in evacuation centres", 18700), O("evacuation centres", 78)]),
    C("phl-01", MARAWI, "armed_clash", "Marawi City", "PH", MARAWI_D,
      "Recovered: 215 firearms, 9 improvised explosive devices.",
      JTF, other=[O("firearms recovered", 215), O("improvised explosive devices recovered", 9)]),
    C("phl-01", "marinaut-rpg-2017-06-01", "armed_clash", "Marinaut", "PH", "2017-06-01",
      "Two armoured vehicles damaged by rocket-propelled grenades in Barangay Marinaut on 1 June; no fatalities.",
      JTF, killed=F(0), other=[O("armoured vehicles damaged", 2)]),

    # ================================================= col-01 ========================================================
    C("col-01", NAYA, "massacre", "Naya", "CO", NAYA_D,
      "The Commission finds that between 10 and 13 April 2001 a paramilitary unit of between 80 and 100 men moved through the hamlets of the upper Naya river basin, on the border between the municipalities of Buenos Aires (Cauca) and Jamundí (Valle del Cauca).",
      TC, other=[OR("paramilitary unit (men)", 80, 100)]),
    C("col-01", PALMAR, "massacre", "El Palmar", "CO", "2001-04-11",
      "In the hamlet of El Palmar, on 11 April, the unit gathered the inhabitants in the school yard and killed 19 people, among them two women and a 15-year-old boy.",
      TC, killed=F(19)),
    C("col-01", NAYA, "massacre", "Naya", "CO", NAYA_D,
      "Along the route of the unit, the Commission documents a further 12 killings, which brings the number of victims of the incursion it has been able to establish to 31.",
      TC, killed=F(12), scope="partial", note="Killings outside El Palmar."),
    C("col-01", NAYA, "massacre", "Naya", "CO", NAYA_D,
      "Along the route of the unit, the Commission documents a further 12 killings, which brings the number of victims of the incursion it has been able to establish to 31.",
      TC, killed=F(31), note="Total of the incursion."),
    C("col-01", NAYA, "massacre", "Naya", "CO", NAYA_D,
      "Community organisations of the Naya have always maintained that the real number is higher, \"between 40 and 100\", because many bodies were thrown into ravines and were never recovered.",
      "community organisations of the Naya", killed=R(40, 100)),
    C("col-01", NAYA, "armed_clash", "Naya", "CO", NAYA_D,
      "At the time, the regional army command reported that troops sent to the area on 13 April had found \"no more than eight\" bodies and that the victims had been killed in a clash between armed groups.",
      "regional army command", killed=F(8, "at_most"), note="Alternative account (a clash between armed groups)."),
    C("col-01", NAYA, "massacre", "Naya", "CO", NAYA_D,
      "The commander of the paramilitary bloc, in a statement to a special court in 2007, accepted responsibility for \"around 24 deaths\" and denied that minors had been killed.",
      "commander of the paramilitary bloc (statement to a special court, 2007)", killed=F(24, "about"),
      note="Also denies that minors were killed."),
    C("col-01", NAYA, "displacement", "Timba", "CO", "2001-04-10/2001-04-30",
      "The Commission estimates that some 3,000 people, most of them Nasa indigenous people and Afro-Colombian families, fled to Timba and Santander de Quilichao in the following days.",
      TC, other=[O("displaced", 3000, "about")], note="'in the following days' after the incursion: rest of April."),
    C("col-01", PALMAR, "abduction", "El Palmar", "CO", "2001-04-11",
      "Four people taken from El Palmar by the unit have never been seen again; their families continue to be counted among the victims of enforced disappearance.",
      TC, missing=F(4), note="Enforced disappearance: missing."),
    C("col-01", "timba-road-abduction-2001-04-14", "abduction", "Timba", "CO", "2001-04-14",
      "Two members of the community council were abducted at a roadblock on the way to Timba on 14 April and released after nine days.",
      TC, captured=F(2)),

    # ================================================= moz-01 ========================================================
    C("moz-01", MDP, "armed_clash", "Mocimboa da Praia", "MZ", "2020-08-11",
      "A local administrator, speaking from Pemba, says about 40 soldiers were evacuated by sea yesterday afternoon, some of them wounded.",
      "a local administrator (speaking from Pemba)", other=[O("soldiers evacuated", 40, "about")],
      note="'yesterday afternoon' = 11 August; evacuated from the besieged town."),
    C("moz-01", MDP, "armed_clash", "Awasse", "MZ", MDP_D,
      "Correction: in our 11:05 post we wrote that 54 people had died in the fighting at Awasse.",
      "a local official", killed=F(54), note="The retracted figure as first reported."),
    C("moz-01", MDP, "armed_clash", "Mocimboa da Praia", "MZ", MDP_D,
      "The local official we quoted has since told us that the figure was 45, and referred to all the fighting since last Wednesday, not only to Awasse.",
      "a local official", killed=F(45),
      note="Corrected figure for all the fighting since 5 August ('last Wednesday' against Wednesday 12 August), not Awasse only."),
    C("moz-01", MDP, "displacement", "Pemba", "MZ", MDP_D,
      "The UN humanitarian office says more than 12,000 people have arrived in Pemba by boat from the coastal districts in the past week.",
      "UN humanitarian office", other=[O("displaced (arrived by boat)", 12000, "more_than")]),
    C("moz-01", MDP, "armed_clash", "Awasse", "MZ", MDP_D,
      "A local official told us 54 people had died, most of them soldiers.",
      "a local official", killed=F(54), note="Later corrected (14:32 post)."),
    C("moz-01", "milamba-beheadings-2020-08-10", "attack_on_civilians", "Milamba", "MZ", "2020-08-10",
      "A resident of the Milamba neighbourhood who reached Palma on foot told us that insurgents beheaded two men accused of helping the army on Monday.",
      "a resident of the Milamba neighbourhood", killed=F(2), note="Monday against Wednesday 12 August 2020."),
    C("moz-01", MDP, "armed_clash", "Mocimboa da Praia", "MZ", MDP_D,
      "The police commander of Cabo Delgado province, speaking on radio this morning, said that \"the port remains under the control of the defence and security forces\" and denied that police officers had been taken prisoner.",
      "police commander of Cabo Delgado province", note="Denial (capture of the port, police taken prisoner); no figures."),
    C("moz-01", MDP, "armed_clash", "Mocimboa da Praia", "MZ", MDP_D,
      "Yesterday, the insurgents said they had captured 15 soldiers and seized two patrol boats.",
      "the insurgents", captured=F(15), other=[O("patrol boats seized", 2)],
      note="'Yesterday' is the day of the statement, not of the capture."),

    # ================================================= mkd-01 ========================================================
    C("mkd-01", "kumanovo-lipkovo-displacement-2001", "displacement", "Kumanovo", "MK", "2001-05-01/2001-07-19",
      "According to the Macedonian Red Cross, more than 30,000 people have fled the Kumanovo and Lipkovo area since May, and some 8,000 have crossed into Kosovo.",
      "Macedonian Red Cross (as cited by Anneli Korhonen)",
      other=[O("displaced", 30000, "more_than"), O("refugees crossed into Kosovo", 8000, "about")],
      note="The question is undated (after 22 June); 'since May' to the answer's date."),
    C("mkd-01", "vaksince-shelling-2001-05", "shelling", "Vaksince", "MK", "2001-05-01/2001-05-10",
      "Human rights groups report that at least 9 civilians were killed when the security forces shelled the village of Vaksince in early May, a figure the Ministry of Interior disputes.",
      "human rights groups (as cited by Anneli Korhonen)", killed=F(9, "at_least"), note="'early May' = 1-10 May."),
    C("mkd-01", "vaksince-shelling-2001-05", "shelling", "Vaksince", "MK", "2001-05-01/2001-05-10",
      "Human rights groups report that at least 9 civilians were killed when the security forces shelled the village of Vaksince in early May, a figure the Ministry of Interior disputes.",
      "Ministry of Interior (as cited by Anneli Korhonen)", note="Disputes the figure; no figures."),
    C("mkd-01", ARAC, "armed_clash", "Aracinovo", "MK", ARAC_D,
      "The Albanian fighters who had occupied the village said that it had cost the lives of 14 civilians; the government spokesman stated that not a single civilian had been harmed and that 30 \"terrorists\" had been killed.",
      "Albanian fighters (as cited by Anneli Korhonen)", killed=F(14)),
    C("mkd-01", ARAC, "armed_clash", "Aracinovo", "MK", ARAC_D,
      "The Albanian fighters who had occupied the village said that it had cost the lives of 14 civilians; the government spokesman stated that not a single civilian had been harmed and that 30 \"terrorists\" had been killed.",
      "government spokesman (as cited by Anneli Korhonen)", killed=F(0), note="'not a single civilian had been harmed' = 0."),
    C("mkd-01", ARAC, "armed_clash", "Aracinovo", "MK", ARAC_D,
      "The Albanian fighters who had occupied the village said that it had cost the lives of 14 civilians; the government spokesman stated that not a single civilian had been harmed and that 30 \"terrorists\" had been killed.",
      "government spokesman (as cited by Anneli Korhonen)", killed=F(30)),
    C("mkd-01", ARAC, "armed_clash", "Aracinovo", "MK", ARAC_D,
      "According to information provided by the EU monitoring mission, the fighting around Aracinovo between 22 and 25 June left at least five civilians dead.",
      EUMM, killed=F(5, "at_least")),
    C("mkd-01", ARAC, "armed_clash", "Aracinovo", "MK", ARAC_D,
      "The mission was unable to confirm the figure of 30 fighters killed given by the government.",
      "government spokesman (as cited by the Council)", killed=F(30), note="The government's figure restated."),
    C("mkd-01", "macedonia-displacement-2001", "displacement", "Kosovo", "MK", "2001-07-07/2001-07-13",
      "The UNHCR informs the Council that the number of refugees from the former Yugoslav Republic of Macedonia in Kosovo reached 52,000 in the week ending 13 July, while the number of internally displaced persons stands at about 38,000.",
      "UNHCR (as cited by the Council)", other=[O("refugees in Kosovo", 52000), O("internally displaced", 38000, "about")]),
    C("mkd-01", "tetovo-sniper-2001-07", "attack_on_civilians", "Tetovo", "MK", "2001-07-09/2001-07-15",
      "In the Tetovo area, the mission has received reports of two civilians killed by sniper fire in the old town last week; these reports have not been confirmed.",
      "reports received by the EU monitoring mission", killed=F(2), note="'last week' against Thursday 19 July 2001."),
    C("mkd-01", "neprosteno-burning-2001-07-12", "destruction", "Neprosteno", "MK", "2001-07-12",
      "The mission has also confirmed that a mosque and about 20 houses were burned in the village of Neprosteno on 12 July.",
      EUMM, other=[O("mosques burned", 1), O("houses burned", 20, "about")]),

    # ================================================= uzb-01 ========================================================
    C("uzb-01", ANDIJAN, "armed_clash", "Andijan", "UZ", "2005-05-12/2005-05-13",
      "In the night of 12 to 13 May 2005, a group of armed men attacked a military unit in Andijan and seized about 300 weapons.",
      COURT, other=[O("weapons seized", 300, "about")]),
    C("uzb-01", ANDIJAN, "armed_clash", "Andijan", "UZ", "2005-05-12/2005-05-13",
      "The group then attacked the city prison, from which some 500 inmates were released, and occupied the building of the regional administration, where they held police officers and officials hostage.",
      COURT, other=[O("inmates released", 500, "about")]),
    C("uzb-01", ANDIJAN, "attack_on_civilians", "Andijan", "UZ", "2005-05-13",
      "Of the hostages, three were killed by the group before the building was retaken.",
      COURT, killed=F(3), note="Hostages (police officers and officials) killed on 13 May."),
    C("uzb-01", ANDIJAN, "armed_clash", "Andijan", "UZ", "2005-05-13/2005-05-14",
      "The prosecution maintains that 187 people were killed in the course of that day and the following night, among them 94 members of the armed group, 31 servicemen and police officers and 62 civilians.",
      PROS, killed=F(187), note="Sub-groups 94, 31 and 62."),
    C("uzb-01", ANDIJAN, "attack_on_civilians", "Andijan", "UZ", "2005-05-13/2005-05-14",
      "It maintains that no soldier opened fire on unarmed people.",
      PROS, note="Denial; no figures."),
    C("uzb-01", ANDIJAN, "attack_on_civilians", "Cholpon Prospect", "UZ", "2005-05-13",
      "The defence, relying on the testimony of residents of the Bogishamol district, submitted that soldiers fired on the crowd without warning on Cholpon Prospect and that the dead numbered \"several hundred\".",
      "the defence (citing residents of the Bogishamol district)", vague={"killed": "several hundred"}),
    C("uzb-01", ANDIJAN, "attack_on_civilians", "Andijan", "UZ", "2005-05-13/2005-05-14",
      "The witness T., a worker at the city's central morgue, testified that on 14 May she counted more than 400 bodies in the morgue and the adjacent yard.",
      "the witness T. (a worker at the city's central morgue)", killed=F(400, "more_than"),
      note="14 May is the day of the count; the dead are of 13-14 May."),
    C("uzb-01", ANDIJAN, "displacement", "Teshiktosh", "UZ", "2005-05-14",
      "On 14 May, a further group of about 500 residents, according to the prosecution, crossed the border into Kyrgyzstan near the village of Teshiktosh.",
      PROS, other=[O("residents crossed into Kyrgyzstan", 500, "about")]),
    C("uzb-01", ANDIJAN, "displacement", "Teshiktosh", "UZ", "2005-05-14",
      "The defence gave this number as \"no fewer than 550\".",
      DEF, other=[O("residents crossed into Kyrgyzstan", 550, "at_least")]),
    C("uzb-01", ANDIJAN, "detention", "Andijan", "UZ", "2005-05-14/2005-05-31",
      "In the days that followed, 22 residents of the city who had taken part in the gathering were detained, among them the defendants.",
      COURT, captured=F(22), note="'In the days that followed': rest of May."),

    # ================================================= sdn-01 ========================================================
    C("sdn-01", TAWILA, "attack_on_civilians", "Tawila", "SD", "2004-02-27",
      "Our guard Adam, whose brother lives there, says 75 people were killed in Tawila that morning.",
      "Adam (the blogger's guard)", killed=F(75), note="Friday the 27th, ten days before Monday 8 March 2004."),
    C("sdn-01", TAWILA, "attack_on_civilians", "Tawila", "SD", "2004-02-27",
      "The sheikh who came with the second group says \"more than a hundred\".",
      "a sheikh from Tawila", killed=F(100, "more_than")),
    C("sdn-01", TAWILA, "armed_clash", "Tawila", "SD", "2004-02-27",
      "The government radio, which the drivers listen to, said the army had fought \"outlaws\" at Tawila and that the rebels had burned the market themselves when they ran away.",
      "government radio (Sudan)", note="Alternative account (a fight with outlaws; the rebels burned the market); no figures."),
    C("sdn-01", ABUSHOUK, "displacement", "Abu Shouk", "SD", "2004-02-28/2004-03-03",
      "Our camp at Abu Shouk grew from about 9,000 people to nearly 14,000 between Saturday and Wednesday.",
      BLOG, other=[O("camp population (before)", 9000, "about"), O("camp population (after)", 14000, "at_most")],
      note="Saturday 28 February to Wednesday 3 March 2004."),
    C("sdn-01", ABUSHOUK, "displacement", "Abu Shouk", "SD", "2004-02-29",
      "Hamid, who does the registration, counted 1,250 new families on the Sunday alone.",
      "Hamid (camp registration)", other=[O("new families registered", 1250)], note="The Sunday = 29 February 2004."),
    C("sdn-01", "um-kadada-burning-2004", "destruction", "Um Kadada", "SD", "2004-02-27/2004-03-02",
      "We did not get past the checkpoint at Kabkabiya road, but from the hill we could see that the village of Um Kadada, next to it, had been burned: I counted at least 60 burned huts on the near side and nobody moving.",
      BLOG, other=[O("huts burned", 60, "at_least")],
      note="Seen on Tuesday 2 March (a visit); burned between the Tawila attack and then."),
    C("sdn-01", TAWILA, "abduction", "Tawila", "SD", "2004-02-27",
      "Women from Tawila told the nurse that 41 girls and women were taken from the school on the day of the attack; the nurse has been given six names so far.",
      "women from Tawila", captured=F(41)),
    C("sdn-01", TAWILA, "attack_on_civilians", "Tawila", "SD", "2004-02-27",
      "Yesterday a truck of the Red Crescent brought 22 wounded people from Tawila to the hospital in El Fasher, some with burns.",
      BLOG, injured=F(22), scope="partial", note="Brought on 7 March; wounded in the 27 February attack."),
    C("sdn-01", TAWILA, "attack_on_civilians", "Tawila", "SD", "2004-02-27",
      "The doctor there told me one of them, a boy of about twelve, died in the night.",
      "a doctor at the hospital in El Fasher", killed=F(1), scope="partial",
      note="Died in the night of 7 to 8 March of wounds from the attack; dated by the attack."),
    C("sdn-01", TAWILA, "displacement", "Tawila", "SD", "2004-02-27/2004-03-08",
      "I am told that on our side of the road, there are no more than 200 people left in Tawila, out of maybe 7,000 before.",
      BLOG, other=[O("people remaining", 200, "at_most"), O("population before", 7000, "about")]),

    # ================================================= khm-01 ========================================================
    C("khm-01", GRENADE, "explosion", "Phnom Penh", "KH", "1997-03-30",
      "On the morning of Sunday 30 March 1997, Chanthy was standing near the front of a crowd of some 200 garment workers and opposition supporters who had gathered in the park opposite the National Assembly to protest against the courts.",
      PPW, other=[O("crowd", 200, "about")]),
    C("khm-01", GRENADE, "explosion", "Phnom Penh", "KH", "1997-03-30",
      "At about 8.30, four grenades were thrown into the crowd.",
      PPW, other=[O("grenades", 4)]),
    C("khm-01", GRENADE, "explosion", "Phnom Penh", "KH", "1997-03-30",
      "Sixteen people were killed, among them a bodyguard of the opposition leader and a 13-year-old boy who sold newspapers, and more than 100 were wounded.",
      PPW, killed=F(16), injured=F(100, "more_than")),
    C("khm-01", GRENADE, "explosion", "Phnom Penh", "KH", "1997-03-30",
      "The government has always rejected any suggestion that its forces were involved.",
      "the government (Cambodia)", note="Denial of involvement; no figures."),

    # ================================================= bdi-01 ========================================================
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", "2015-12-11",
      "In the early hours of Friday, armed criminals attacked three military camps: Ngagara, in the north of the capital, the military academy in Musaga, and the camp at Mujejuru, in Bujumbura Rural province.",
      SPOX, other=[O("military camps attacked", 3)], note="Friday against Saturday 12 December 2015."),
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", "2015-12-11",
      "The enemy lost 79 killed, 45 were captured and we recovered 97 weapons.",
      SPOX, killed=F(79), captured=F(45), other=[O("weapons recovered", 97)]),
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", "2015-12-11",
      "On our side, eight soldiers and four policemen were killed and 21 were wounded.",
      SPOX, killed=F(8), injured=F(21), note="Soldiers; the policemen are a second claim (no arithmetic)."),
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", "2015-12-11",
      "On our side, eight soldiers and four policemen were killed and 21 were wounded.",
      SPOX, killed=F(4), note="Policemen killed."),
    C("bdi-01", SWEEP, "attack_on_civilians", "Nyakabiga", "BI", SWEEP_D,
      "Colonel, residents of Nyakabiga and Musaga say that after the fighting, soldiers went from house to house and took young men away, and that on Saturday morning they found dozens of bodies in the streets.",
      "residents of Nyakabiga and Musaga (as cited by Radio Horizon)", vague={"killed": "dozens"},
      note="Bodies found on Saturday 12 December; killed after the fighting of 11 December."),
    C("bdi-01", SWEEP, "attack_on_civilians", "Nyakabiga", "BI", SWEEP_D,
      "Some say 40 bodies in Nyakabiga alone.",
      "residents of Nyakabiga (as cited by Radio Horizon)", killed=F(40), scope="partial"),
    C("bdi-01", SWEEP, "armed_clash", "Nyakabiga", "BI", SWEEP_D,
      "Those bodies are the attackers. There were no executions.",
      SPOX, note="Denial of executions; the dead are attackers (his account: a clash); no figures."),
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", "2015-12-11",
      "All of the 79 are enemies who were killed with weapons in their hands.",
      SPOX, killed=F(79)),
    C("bdi-01", CAMPS, "armed_clash", "Bujumbura", "BI", SWEEP_D,
      "Human rights groups say the toll is much higher, at least 150, and that many were civilians.",
      "human rights groups (as cited by International Wire Agency)", killed=F(150, "at_least")),
    C("bdi-01", SWEEP, "detention", "Bujumbura", "BI", SWEEP_D,
      "Around 150 suspects were detained for questioning, and most have already been released.",
      SPOX, captured=F(150, "about"), note="Arrests in the neighbourhoods named in the question."),
    C("bdi-01", SWEEP, "armed_clash", "Musaga", "BI", SWEEP_D,
      "The Red Cross says it is still looking for 26 people reported missing by their families in Musaga.",
      "the Red Cross (as cited by Le Journal des Collines)", missing=F(26)),
    C("bdi-01", "cibitoke-grenade-2015-12-09", "explosion", "Cibitoke", "BI", "2015-12-09",
      "Two days before the attacks, on Wednesday, a grenade was thrown at a police patrol in the Cibitoke neighbourhood, injuring three officers.",
      SPOX, injured=F(3), note="Wednesday 9 December 2015, a Bujumbura neighbourhood."),
]

if __name__ == "__main__":
    write_gold(G, HERE)
