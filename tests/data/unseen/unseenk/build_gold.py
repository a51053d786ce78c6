"""Hand-coded gold for the unseenk documents (first-contact set: written and coded before any extractor run on them;
nobody ran the extractor on these texts while writing them or read the extractor's code or rules).

Run ``python build_gold.py`` to rewrite gold.jsonl; every evidence string is checked verbatim.

Twelve fictional documents: six in mainstream styles (wire report rft-01, defence ministry statement eri-01,
international NGO report excerpt bou-01, local newspaper sol-01, UN agency situation report lbr-01, witness-based
human-rights investigation kas-01) and six in styles not used by sets a-i (radio monitoring digest tjk-01, photo
agency caption set with a correction ilb-01, humanitarian cluster bulletin sld-01, coroner's inquest findings
znz-01, parliamentary committee report sul-01, almanac monthly chronology chl-01).

Conventions beyond the dev README (same as sets g-i where they overlap): conflict- or protest-wide totals are typed
``other``; figure-less denials and alternative accounts keep the type the denying party gives the event
(``armed_clash`` for "an exchange", "fighters who had fired on his men") or the incident's type when they only
reject; a headline claim takes the place the headline names; a caption correction is a claim of its own (the
revised figure, attributed to the revising source, dated like the caption). "No arithmetic": parts given for
different groups ("two of the dead were MEF members and the other two were villagers") stay in other_figures.
Arrests of suspects after an attack are coded ``detention`` with ``captured``. Displacement claims take the place of
origin (null when only a region of origin such as "southern Tajikistan" is given; the destination is noted).
Not annotated on purpose: methodology counts (witnesses interviewed), aid delivered, consultations, disease cases
(cholera, measles: not conflict), curfews, distances to referral hospitals, recommendations.
bou-01 has no publication date anywhere (its incidents carry explicit years); znz-01, sul-01 and chl-01 have no
manifest date but dates in the text.
"""
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import C, F, O, R, write_gold  # the shared helpers, one folder up


EPA = "Equator Press Agency"
RV_POLICE = "the regional police commander (Rift Valley)"
KRCS = "Kenya Red Cross"
ER_MOD = "Ministry of Defence (Eritrea)"
ISCP = "International Service for Civilian Protection"
PNGDF = "Papua New Guinea Defence Force (PNGDF)"
BRA = "a BRA spokesman"
HDT = "Honiara Daily Tribune"
RSIP = "police (Royal Solomon Islands Police, Inspector Walter Piringi)"
MEF = "Malaita Eagle Force (MEF)"
UNICEF = "UNICEF Liberia"
HRI = "Horizon Rights Investigations"
FARDC_SPOX = "an army spokesman in Kananga (FARDC)"
LEV = "Levant Pictures"
LB_SEC = "Lebanese security officials"
HC = "Somalia Health Cluster"
COURT = "Resident Magistrate's Court of Pemba (sitting as Coroner)"
AFP_PH = "Armed Forces of the Philippines (AFP)"
SENATE = "Senate Committee on National Defense and Security"
WER = "World Events Register"
JUNTA = "the military junta (Chile)"

KAMUYU = "kamuyu-settlement-attack-2008-01-01"
KISUMU = "kisumu-shootings-2008-01-02"
KE_PEV = "kenya-post-election-violence-2007-12"
KE_PEV_D = "2007-12-30/2008-01-03"
SHAMBUKO = "shambuko-mai-dima-battles-2000-05"
SHAMBUKO_D = "2000-05-16/2000-05-17"
ADI = "adi-ghebru-air-strike-2000-05-17"
BARENTU = "barentu-fighting-2000-05-17"
KAKUVI = "kakuvi-killings-1996-03-14"
TONU = "tonu-care-centre-abduction-1996-05-02"
ALLIGATOR = "alligator-creek-fighting-2000-06-10"
KAOVATO = "kaovato-house-burning-2000-06-09"
MONROVIA = "monrovia-shelling-2003-07-21"
KATENDE = "katende-mulumba-killings-2017-03-28"
NKONKO = "nkonko-attack-2017-04-12"
KT = "kurgan-tyube-fighting-1992-09"
KT_D = "1992-09-06/1992-09-09"
KALININ = "kalinin-farm-killings-1992-09-07"
TYRE = "tyre-building-strike-2006-07-17"
AIN = "ain-sarqa-car-strike-2006-07-18"
LASANOD = "las-anod-fighting-2023"
LASANOD_D = "2023-02-06/2023-03-15"
LAH = "las-anod-hospital-shelling-2023-03-11"
WETE = "wete-shootings-2001-01-27"
TUBIG = "tubig-samin-encounter-2007-02-17"
PICHI = "pichi-renaico-killings-1973-10-02"

G = [
    # rft-01 wire report (dateline Thursday 3 January 2008); attack on Tuesday 1 January, result announced Sunday 30 Dec
    C("rft-01", KAMUYU, "attack_on_civilians", "Eldoret", "KE", "2008-01-01",
      "Kenya: gangs burn farm settlement near Eldoret, at least 14 killed",
      EPA, killed=F(14, "at_least"), note="Headline: names only Eldoret ('near Eldoret'); date from the body."),
    C("rft-01", KAMUYU, "attack_on_civilians", "Kamuyu", "KE", "2008-01-01",
      "ELDORET, Kenya, Jan 3 (Equator Press Agency) - Gangs armed with machetes, clubs and bows and arrows attacked the farming settlement of Kamuyu, about 25 km east of Eldoret, on Tuesday, burning homes and killing at least 14 people, the regional police commander said on Thursday.",
      RV_POLICE, killed=F(14, "at_least"), other=[O("distance from Eldoret (km)", 25, "about")],
      note="'on Tuesday' against the Thursday 3 January 2008 dateline."),
    C("rft-01", KAMUYU, "destruction", "Kamuyu", "KE", "2008-01-01",
      "Residents said more than 40 houses and a small Pentecostal chapel were burned to the ground.",
      "residents (Kamuyu)", other=[O("houses burned", 40, "more_than")]),
    C("rft-01", KAMUYU, "attack_on_civilians", "Kamuyu", "KE", "2008-01-01",
      "The police had put the toll at nine on Wednesday.",
      "police (Rift Valley)", killed=F(9), note="Earlier police toll, revised to at least 14."),
    C("rft-01", KAMUYU, "attack_on_civilians", "Kamuyu", "KE", "2008-01-01",
      "A Kenya Red Cross official in Eldoret said volunteers had recovered 19 bodies from the settlement by Wednesday evening and that the search of the surrounding maize fields was continuing.",
      "a Kenya Red Cross official in Eldoret", killed=F(19), note="Bodies recovered; place 'the settlement' (Kamuyu)."),
    C("rft-01", KAMUYU, "attack_on_civilians", "Kamuyu", "KE", "2008-01-01",
      "Residents sheltering at the police post in Burnt Forest said dozens of people were still unaccounted for.",
      "residents sheltering at the police post in Burnt Forest", vague={"missing": "dozens"},
      note="Burnt Forest is where they shelter; the missing are from Kamuyu."),
    C("rft-01", KAMUYU, "detention", "Kamuyu", "KE", "2008-01-01/2008-01-03",
      "Police said 23 suspects had been arrested in the area since Tuesday.",
      "police (Rift Valley)", captured=F(23), note="'in the area' = around Kamuyu."),
    C("rft-01", KAMUYU, "attack_on_civilians", "Kamuyu", "KE", "2008-01-01",
      "A spokesman for the main opposition party, whose supporters have protested since the presidential result was announced on Sunday, denied that the party had organised the attacks.",
      "a spokesman for the main opposition party (Kenya)", note="Denial of responsibility; no figures."),
    C("rft-01", KISUMU, "attack_on_civilians", "Kisumu", "KE", "2008-01-02/2008-01-03",
      "In the western city of Kisumu, police shot dead at least five people overnight as crowds looted shops and set fire to a petrol station, a doctor at the provincial hospital said.",
      "a doctor at the provincial hospital (Kisumu)", killed=F(5, "at_least"),
      note="'overnight' before the Thursday dateline (night of 2-3 January)."),
    C("rft-01", KISUMU, "other", "Kisumu", "KE", "2008-01-02/2008-01-03",
      "A police spokesman in Kisumu said officers had fired only in the air and that the two bodies brought to the mortuary were those of looters beaten by a mob.",
      "a police spokesman in Kisumu", killed=F(2),
      note="Denial of police shootings and alternative cause (mob violence): typed other."),
    C("rft-01", "rift-valley-displacement-2007-12", "displacement", "Rift Valley", "KE", KE_PEV_D,
      "The Kenya Red Cross estimates that about 70,000 people have fled their homes in the Rift Valley since Sunday, many of them sheltering in churches and police compounds.",
      KRCS, other=[O("people displaced", 70000, "about")]),
    C("rft-01", KE_PEV, "other", None, "KE", KE_PEV_D,
      "An independent human rights commission said on Thursday that between 250 and 300 people had been killed across the country since the result was announced.",
      "an independent human rights commission (Kenya)", killed=R(250, 300), note="Nationwide total since 30 December."),

    # eri-01 defence ministry statement (Asmara, Thursday 18 May 2000); Tuesday/Wednesday = 16/17 May
    C("eri-01", SHAMBUKO, "armed_clash", "Shambuko", "ER", SHAMBUKO_D,
      "In these battles more than 4,000 enemy soldiers were killed and thousands more wounded.",
      ER_MOD, killed=F(4000, "more_than"), vague={"injured": "thousands"},
      note="Shambuko and Mai Dima sectors (previous sentence); enemy = Ethiopian forces."),
    C("eri-01", SHAMBUKO, "armed_clash", "Shambuko", "ER", SHAMBUKO_D,
      "Our forces destroyed 22 tanks and captured 160 enemy soldiers.",
      ER_MOD, captured=F(160), other=[O("tanks destroyed", 22)]),
    C("eri-01", ADI, "air_strike", "Adi Ghebru", "ER", "2000-05-17",
      "Yesterday afternoon, two enemy MiG-23 aircraft bombed the village of Adi Ghebru, 9 km north of Barentu, killing five civilians, among them three children, and wounding 12 others.",
      ER_MOD, killed=F(5), injured=F(12),
      other=[O("aircraft", 2), O("children killed", 3), O("distance from Barentu (km)", 9)],
      note="'Yesterday' against the 18 May statement."),
    C("eri-01", "tesseney-shelling-2000-05", "shelling", "Tesseney", "ER", "2000-05-14/2000-05-18",
      "4. Since Sunday, enemy long-range artillery has shelled the town of Tesseney, killing two civilians and wounding seven.",
      ER_MOD, killed=F(2), injured=F(7), note="'Since Sunday' = 14 May 2000."),
    C("eri-01", BARENTU, "armed_clash", "Barentu", "ER", "2000-05-17",
      "5. The regime's radio has claimed that its army captured Barentu on Wednesday and killed 9,000 Eritrean soldiers in the process.",
      "Ethiopian state radio (as cited by the Eritrean Ministry of Defence)", killed=F(9000),
      note="The other side's claim, relayed in order to deny it."),
    C("eri-01", BARENTU, "armed_clash", "Barentu", "ER", "2000-05-17",
      "This claim is a complete fabrication.",
      ER_MOD, note="Denial of the radio's claim; no figures ('our losses have been light' is not a count)."),
    C("eri-01", "gash-barka-displacement-2000-05", "displacement", "Gash-Barka", "ER", "2000-05-12/2000-05-18",
      "6. According to the Eritrean Relief and Refugee Commission, more than 250,000 civilians in the Gash-Barka region have been forced from their homes since 12 May by the enemy's bombardment and ground offensive.",
      "Eritrean Relief and Refugee Commission", other=[O("civilians displaced", 250000, "more_than")]),

    # bou-01 NGO report excerpt (no publication date anywhere)
    C("bou-01", KAKUVI, "attack_on_civilians", "Kakuvi", "PG", "1996-03-14",
      "According to four survivors interviewed by our researchers in a care centre in Buin, seven people were killed, including two women and a boy aged about ten, and three others were wounded.",
      "four survivors (interviewed by the International Service for Civilian Protection)", killed=F(7), injured=F(3),
      other=[O("women killed", 2)], note="Perpetrator: a PNGDF patrol (previous sentence); Buin is where survivors were interviewed."),
    C("bou-01", KAKUVI, "armed_clash", "Kakuvi", "PG", "1996-03-14",
      "The PNGDF stated at the time that its soldiers had come under fire from members of the Bougainville Revolutionary Army (BRA) and that \"five rebels\" had been killed in the exchange.",
      PNGDF, killed=F(5), note="Alternative account (an exchange of fire)."),
    C("bou-01", KAKUVI, "attack_on_civilians", "Kakuvi", "PG", "1996-03-14",
      "Survivors insist that no one in the hamlet was armed and that no shots were fired at the patrol.",
      "survivors (Kakuvi)", note="Rejection of the PNGDF account; no figures."),
    C("bou-01", "siwai-buin-killings-1996", "attack_on_civilians", "Siwai and Buin districts", "PG", "1996-01-01/1996-06-30",
      "We have received consistent reports of at least 18 other killings of civilians by members of the security forces in Siwai and Buin districts between January and June 1996.",
      ISCP, killed=F(18, "at_least")),
    C("bou-01", TONU, "abduction", "Tonu", "PG", "1996-05-02",
      "On 2 May 1996, BRA fighters abducted three men from the Tonu care centre; the bodies of two of them were found a week later near the Puriata River.",
      ISCP, captured=F(3), killed=F(2), note="Bodies found about 9 May; dated by the abduction."),
    C("bou-01", TONU, "abduction", "Tonu", "PG", "1996-05-02",
      "The third man is still missing.",
      ISCP, missing=F(1)),
    C("bou-01", TONU, "abduction", "Tonu", "PG", "1996-05-02",
      "In a message sent to our organisation, a BRA spokesman denied that its members had harmed anyone from the care centres and said the three men had been \"taken for questioning\" and then released.",
      BRA, note="Denial; 'the three men' refers back, not a new count (not coded as captured)."),
    C("bou-01", "bougainville-blockade-deaths-1990-1995", "other", "Bougainville", "PG", "1990-01-01/1995-12-31",
      "Church health workers estimate that between 2,000 and 3,000 people, most of them young children, died of preventable diseases between 1990 and 1995 because medicines could not reach them.",
      "church health workers (Bougainville)", killed=R(2000, 3000),
      note="Indirect deaths attributed to the blockade; place from the report's subject (the island)."),
    C("bou-01", "bougainville-care-centres", "displacement", "Bougainville", "PG", None,
      "According to the provincial administration, about 67,000 people are living in 41 government care centres, many of them moved there by the security forces from villages in contested areas.",
      "the provincial administration (Bougainville)",
      other=[O("people in care centres", 67000, "about"), O("care centres", 41)],
      note="No date: the report is undated ('are living')."),

    # sol-01 local newspaper (Monday 12 June 2000); fighting on Saturday 10 June, houses burned Friday night 9 June
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "Four dead as militants clash at Alligator Creek",
      HDT, killed=F(4), note="Headline; date from the body."),
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "Four people were killed and at least 11 wounded when fighting broke out between Malaita Eagle Force (MEF) and Isatabu Freedom Movement (IFM) militants near Alligator Creek, east of Honiara, on Saturday, police said yesterday.",
      "police (Royal Solomon Islands Police)", killed=F(4), injured=F(11, "at_least"),
      note="'at least' is placed before the wounded only."),
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "Police spokesman Inspector Walter Piringi said two of the dead were MEF members and the other two were villagers from Kaovato, a small settlement on the eastern bank of the creek.",
      RSIP, other=[O("MEF members killed", 2), O("villagers killed", 2)],
      note="No arithmetic; Kaovato is the villagers' home, the fighting is placed at Alligator Creek."),
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "The National Referral Hospital said it had admitted 11 people with gunshot and shrapnel wounds since Saturday afternoon, three of them in a serious condition.",
      "National Referral Hospital (Honiara)", injured=F(11), other=[O("seriously wounded", 3)],
      note="Place by reference (the fighting)."),
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "An IFM spokesman who would only give his first name, Moses, told the Tribune by telephone that its fighters had killed \"more than ten\" Eagle Force militants and pushed them back across the creek.",
      "an IFM spokesman (Moses)", killed=F(10, "more_than")),
    C("sol-01", ALLIGATOR, "armed_clash", "Alligator Creek", "SB", "2000-06-10",
      "The MEF said this was \"pure propaganda\" and that it had lost only two men.",
      MEF, killed=F(2), note="Denial of the IFM claim with its own figure."),
    C("sol-01", KAOVATO, "destruction", "Kaovato", "SB", "2000-06-09",
      "Residents of Kaovato said at least 15 houses in their settlement were burned on Friday night, before the fighting, by men they described as Eagle Force members.",
      "residents of Kaovato", other=[O("houses burned", 15, "at_least")]),
    C("sol-01", KAOVATO, "destruction", "Kaovato", "SB", "2000-06-09",
      "An MEF spokesman in Honiara denied that its members had burned any houses and said the fires were started by the IFM \"to blame us\".",
      "an MEF spokesman in Honiara", note="Denial and counter-accusation; no figures."),
    C("sol-01", "kukum-roadblock-abduction-2000-06", "abduction", "Kukum", "SB", "2000-06-05/2000-06-11",
      "Relatives of three men from Guadalcanal who were taken from a bus at a militant roadblock at Kukum last week say they have heard nothing of them since.",
      "relatives of the three men", captured=F(3),
      note="'last week' against Monday 12 June 2000; not coded missing (no count of the missing beyond the three taken)."),
    C("sol-01", "alligator-creek-displacement-2000-06", "displacement", "Alligator Creek", "SB", "2000-06-10/2000-06-12",
      "The Red Cross said about 2,000 people had fled villages around Alligator Creek since the weekend, most of them walking east towards Tetere.",
      "the Red Cross (Solomon Islands)", other=[O("people displaced", 2000, "about")], note="Destination Tetere."),
    C("sol-01", "guadalcanal-displacement-1998-2000", "displacement", "Guadalcanal", "SB", "1998-01-01/2000-06-12",
      "More than 20,000 people have been displaced on Guadalcanal since the tension began in 1998, according to the Red Cross.",
      "the Red Cross (Solomon Islands)", other=[O("people displaced", 20000, "more_than")]),

    # lbr-01 UN agency situation report (Tuesday 22 July 2003); shelling on Monday 21 July
    C("lbr-01", MONROVIA, "shelling", "Monrovia", "LR", "2003-07-21",
      "On Monday 21 July, at least 20 mortar rounds landed in densely populated parts of the city, including a compound in Mamba Point where displaced families had taken shelter.",
      UNICEF, other=[O("mortar rounds", 20, "at_least")]),
    C("lbr-01", MONROVIA, "shelling", "Monrovia", "LR", "2003-07-21",
      "The Ministry of Health said at least 90 people were killed and several hundred wounded in Monrovia yesterday.",
      "Ministry of Health (Liberia)", killed=F(90, "at_least"), vague={"injured": "several hundred"}),
    C("lbr-01", MONROVIA, "shelling", "Mamba Point", "LR", "2003-07-21",
      "At the Mamba Point compound alone, at least 18 people were killed, according to residents.",
      "residents (Mamba Point compound)", killed=F(18, "at_least"), scope="partial"),
    C("lbr-01", MONROVIA, "shelling", "Monrovia", "LR", "2003-07-21",
      "Medical partners at the JFK Medical Centre and two field hospitals treated 212 wounded people on 21 July, about a third of them children.",
      "medical partners (JFK Medical Centre and two field hospitals)", injured=F(212), scope="partial",
      note="Wounded treated at three facilities only; 'a third' not coded."),
    C("lbr-01", MONROVIA, "shelling", "Monrovia", "LR", "2003-07-21",
      "A LURD spokesman denied that its forces had fired on civilian areas and said they were responding to attacks by government troops.",
      "a LURD spokesman", note="Denial; the preceding sentence (government blames LURD) has no figures either and is not coded separately."),
    C("lbr-01", "monrovia-displacement-2003", "displacement", "Monrovia", "LR", "2003-06-01/2003-07-22",
      "An estimated 200,000 displaced people are now in Monrovia since fighting reached the city in June, about 45,000 of them in the national sports stadium, where water and sanitation are critically short.",
      UNICEF, other=[O("people displaced", 200000, "about"), O("people in the national sports stadium", 45000, "about")],
      note="Monrovia is where the displaced are (many came from elsewhere)."),
    C("lbr-01", "gbarnga-fighting-displacement-2003-07", "displacement", "Gbarnga", "LR", "2003-07-19/2003-07-20",
      "Fighting in and around Gbarnga, Bong County, over the weekend forced some 15,000 people to flee towards Totota, according to local authorities.",
      "local authorities (Bong County)", other=[O("people displaced", 15000, "about")],
      note="'over the weekend' before Tuesday 22 July."),
    C("lbr-01", "freeport-warehouse-looting-2003-07-19", "destruction", "Monrovia", "LR", "2003-07-19",
      "On Saturday, armed men broke into a UN warehouse at the Freeport of Monrovia and took about 1,200 tonnes of food and relief items.",
      UNICEF, other=[O("tonnes of food and relief items looted", 1200, "about")], note="Looting typed destruction as in set i; the Freeport of Monrovia."),
    C("lbr-01", "kakata-ambush-2003-07-17", "attack_on_civilians", "Kakata", "LR", "2003-07-17",
      "Two national staff of a partner NGO were killed when their vehicle was ambushed near Kakata on 17 July.",
      UNICEF, killed=F(2)),

    # kas-01 witness-based investigation (20 June 2017); killings on 28 March, Nkonko on 12 April
    C("kas-01", KATENDE, "massacre", "Katende-Mulumba", "CD", "2017-03-28",
      "Witnesses gave us the names of 36 people killed in Katende-Mulumba that day, among them 11 children.",
      "witnesses (to Horizon Rights Investigations)", killed=F(36), other=[O("children killed", 11)],
      note="Perpetrators: FARDC soldiers (previous paragraph). Named victims coded exact (the text does not say 'at least')."),
    C("kas-01", KATENDE, "massacre", "Katende-Mulumba", "CD", "2017-03-28",
      "A nurse who helped to collect the bodies said she had counted 43.",
      "a nurse who helped to collect the bodies", killed=F(43)),
    C("kas-01", KATENDE, "destruction", "Katende-Mulumba", "CD", "2017-03-28",
      "Soldiers also set fire to what residents estimated at more than 100 houses.",
      "residents (Katende-Mulumba)", other=[O("houses burned", 100, "more_than")]),
    C("kas-01", KATENDE, "mass_grave", "Katende-Mulumba", "CD", "2017-03-28",
      "The largest, according to a village elder, holds between 20 and 25 bodies.",
      "a village elder (Katende-Mulumba)", killed=R(20, 25), scope="partial",
      note="One of three burial sites; dated by the killings. The three sites are in the previous sentence (residents)."),
    C("kas-01", KATENDE, "mass_grave", "Katende-Mulumba", "CD", "2017-03-28",
      "Residents showed our researchers three sites at the edge of the village where they said the bodies had been buried.",
      "residents (Katende-Mulumba)", other=[O("burial sites", 3)]),
    C("kas-01", KATENDE, "armed_clash", "Katende-Mulumba", "CD", "2017-03-28",
      "An army spokesman in Kananga told journalists on 30 March that troops had \"neutralised\" 29 militiamen in Katende-Mulumba during an operation to restore state authority and that no civilian had been harmed.",
      FARDC_SPOX, killed=F(29), note="Alternative account ('neutralised' = killed); 'no civilian had been harmed' not coded as a zero."),
    C("kas-01", KATENDE, "destruction", "Katende-Mulumba", "CD", "2017-03-28",
      "He denied that soldiers had burned houses, saying the militia had set the fires as it withdrew.",
      FARDC_SPOX, note="Denial and counter-accusation; no figures."),
    C("kas-01", NKONKO, "attack_on_civilians", "Nkonko", "CD", "2017-04-12",
      "They killed the village chief, his two wives and at least four other people whom they accused of supporting the government, witnesses said.",
      "witnesses (Nkonko)", other=[O("wives of the chief killed", 2), O("other people killed", 4, "at_least")],
      note="No arithmetic: killed stays null (chief + two wives + at least four)."),
    C("kas-01", NKONKO, "abduction", "Nkonko", "CD", "2017-04-12",
      "They also took away at least 12 boys to fight for the movement, according to their parents.",
      "parents of the abducted boys", captured=F(12, "at_least"), note="Forced recruitment coded as abduction."),
    C("kas-01", "kasai-displacement-2016-2017", "displacement", "Kasai provinces", "CD", "2016-08-01/2017-06-20",
      "According to UN agencies, about 1.3 million people have been displaced in the Kasai provinces since the violence began in August 2016.",
      "UN agencies", other=[O("people displaced", 1300000, "about")]),

    # tjk-01 radio monitoring digest (10 September 1992); broadcasts of 9-10 Sep; Sunday = 6 Sep, Tuesday = 8 Sep
    C("tjk-01", KT, "armed_clash", "Kurgan-Tyube", "TJ", KT_D,
      "According to the regional hospital, 37 people have been killed and more than 80 wounded in the town since Sunday.",
      "the regional hospital (Kurgan-Tyube, via Tajik Radio)", killed=F(37), injured=F(80, "more_than"),
      note="Broadcast 9 Sep; 'since Sunday' = 6 Sep."),
    C("tjk-01", KALININ, "massacre", "Kalinin collective farm", "TJ", "1992-09-07",
      "Summary: The radio said armed men from Kulob had killed \"more than 50\" residents of the Kalinin collective farm in Vakhsh District on 7 September and burned dozens of houses.",
      "Voice of Free Tajikistan (opposition radio)", killed=F(50, "more_than"), vague={"other": "dozens"},
      note="'dozens' of houses burned."),
    C("tjk-01", KALININ, "massacre", "Kalinin collective farm", "TJ", "1992-09-07",
      "It said 23 of the dead had been identified.",
      "Voice of Free Tajikistan (opposition radio)", killed=F(23, "at_least"), note="'identified 23 of the dead' = at least 23."),
    C("tjk-01", KALININ, "armed_clash", "Kalinin collective farm", "TJ", "1992-09-07",
      "A representative of the Kulob self-defence forces said reports of a massacre at the Kalinin farm were \"lies spread by the Islamists\". He said those killed were armed opposition fighters who had fired on his men.",
      "a representative of the Kulob self-defence forces (via Tajik Radio)",
      note="Denial and alternative account (combat); no figures."),
    C("tjk-01", "kurgan-tyube-russian-vehicle-1992-09-08", "armed_clash", "Kurgan-Tyube", "TJ", "1992-09-08",
      "Two Russian servicemen were wounded on Tuesday when their armoured vehicle came under fire near the town's railway station, he said.",
      "a spokesman for the 201st motor rifle division (via Ostankino TV)", injured=F(2),
      note="Broadcast Wednesday 9 Sep; Tuesday = 8 Sep."),
    C("tjk-01", "chorgul-bus-hostages-1992-09-08", "abduction", "Chorgul", "TJ", "1992-09-08",
      "Text of report: Gunmen stopped a bus near the village of Chorgul on the Dushanbe to Kurgan-Tyube road on Tuesday and seized 30 passengers; 18 of them were released overnight, the Tajik Interior Ministry said.",
      "Interior Ministry (Tajikistan, via Radio Russia)", captured=F(30), other=[O("hostages released", 18)]),
    C("tjk-01", "southern-tajikistan-refugees-1992-09", "displacement", None, "TJ", "1992-08-31/1992-09-10",
      "Summary: About 12,000 refugees from southern Tajikistan have crossed into Surxondaryo Region since last week, the regional administration said.",
      "the regional administration of Surxondaryo (via Uzbek Radio)", other=[O("refugees", 12000, "about")],
      note="Origin: southern Tajikistan (no place); destination Surxondaryo, Uzbekistan. 'since last week' against 10 Sep."),

    # ilb-01 photo caption set (transmitted 19 July 2006); each caption dated
    C("ilb-01", TYRE, "air_strike", "Tyre", "LB", "2006-07-17",
      "Lebanese security officials said 11 people were killed in the building, most of them members of one family.",
      LB_SEC, killed=F(11), note="Toll later corrected to nine (correction at the end of the set)."),
    C("ilb-01", TYRE, "air_strike", "Tyre", "LB", "2006-07-17",
      "In the caption distributed on July 17, please read: Lebanese security officials said nine people were killed in the building.",
      LB_SEC, killed=F(9), note="Correction: revised toll of the same source."),
    C("ilb-01", "nahariya-rocket-2006-07-17", "missile_strike", "Nahariya", "IL", "2006-07-17",
      "Magen David Adom said one man was killed and five people were lightly wounded.",
      "Magen David Adom", killed=F(1), injured=F(5), note="Rocket; typed missile_strike as rocket attacks in the dev gold."),
    C("ilb-01", AIN, "air_strike", "Ain Sarqa", "LB", "2006-07-18",
      "Relatives said seven members of a family fleeing north were killed when the car was hit by a missile fired from a helicopter.",
      "relatives of the victims", killed=F(7)),
    C("ilb-01", AIN, "air_strike", "Ain Sarqa", "LB", "2006-07-18",
      "The Israeli military said its aircraft had fired at a vehicle carrying rocket launchers.",
      "the Israeli military", note="Alternative account of the target; no figures."),
    C("ilb-01", "safed-rocket-2006-07-18", "missile_strike", "Safed", "IL", "2006-07-18",
      "Police said six people were wounded in Safed.",
      "police (Israel)", injured=F(6)),
    C("ilb-01", "northern-israel-rockets-2006-07-18", "missile_strike", "northern Israel", "IL", "2006-07-18",
      "Hezbollah's al-Manar television said its fighters had fired dozens of rockets at military targets in northern Israel.",
      "Hezbollah (via al-Manar television)", vague={"other": "dozens"}, note="'dozens of rockets'; date of the caption."),
    C("ilb-01", "haret-hreik-strikes-2006-07-18", "air_strike", "Haret Hreik", "LB", "2006-07-17/2006-07-18",
      "Lebanese civil defence said four people were killed and 21 injured.",
      "Lebanese civil defence", killed=F(4), injured=F(21),
      note="'overnight' strikes before the 18 July caption; place from the caption (Haret Hreik, Beirut southern suburbs)."),
    C("ilb-01", "lebanon-displacement-2006-07", "displacement", None, "LB", "2006-07-12/2006-07-18",
      "Lebanon's Higher Relief Council said more than 500,000 people had fled their homes since July 12.",
      "Higher Relief Council (Lebanon)", other=[O("people displaced", 500000, "more_than")],
      note="Country-wide; Masnaa is only where the photo was taken."),

    # sld-01 humanitarian cluster bulletin (issued Wednesday 15 March 2023); Sunday = 12 March
    C("sld-01", LASANOD, "armed_clash", "Las Anod", "SO", LASANOD_D,
      "- Casualties received at Las Anod General Hospital since 6 February: 187 killed, 1,136 injured (source: hospital administration)",
      "Las Anod General Hospital administration", killed=F(187), injured=F(1136),
      note="Casualties of the fighting received at one hospital since 6 February; not marked partial (the bulletin presents it as the toll)."),
    C("sld-01", LASANOD, "displacement", "Las Anod", "SO", LASANOD_D,
      "- People displaced by the fighting: 154,000 to 203,000 (partners' estimate)",
      "Health Cluster partners", other=[{"what": "people displaced", "value": 154000, "qualifier": "at_least", "max": 203000}]),
    C("sld-01", LASANOD, "destruction", "Las Anod", "SO", LASANOD_D,
      "- Health facilities in Las Anod district not functioning: 5 of 12",
      HC, other=[O("health facilities not functioning", 5), O("health facilities in the district", 12)]),
    C("sld-01", "las-anod-residential-shelling-2023-03", "shelling", "Las Anod", "SO", "2023-03-09/2023-03-11",
      "Local authorities in Las Anod reported that shelling of residential neighbourhoods on 9 and 11 March killed at least 14 civilians, including five children.",
      "local authorities in Las Anod", killed=F(14, "at_least"), other=[O("children killed", 5)],
      note="Two days (9 and 11 March) coded as a range."),
    C("sld-01", LAH, "shelling", "Las Anod", "SO", "2023-03-11",
      "Three people - two patients and a nurse - were killed, according to the hospital director.",
      "the director of Las Anod General Hospital", killed=F(3),
      note="At least three shells struck the hospital compound (previous sentence, the bulletin's voice)."),
    C("sld-01", LAH, "shelling", "Las Anod", "SO", "2023-03-11",
      "On 11 March, at least three shells struck the compound of Las Anod General Hospital, damaging the maternity ward and the oxygen plant.",
      HC, other=[O("shells", 3, "at_least")]),
    C("sld-01", LAH, "shelling", "Las Anod", "SO", "2023-03-11",
      "The Somaliland Ministry of Defence stated that its forces had not fired on the hospital and accused SSC-Khatumo fighters of positioning weapons near it.",
      "Ministry of Defence (Somaliland)", note="Denial; no figures."),
    C("sld-01", "oog-buq-dhaawe-displacement-2023-03-12", "displacement", "Oog", "SO", "2023-03-12",
      "Partners report that about 600 households from Oog and Buq-Dhaawe, two villages west of Las Anod, fled towards Buuhoodle after fighting on Sunday.",
      "Health Cluster partners", other=[O("households displaced", 600, "about")],
      note="Oog and Buq-Dhaawe; 'Sunday' against Wednesday 15 March 2023; destination Buuhoodle."),
    C("sld-01", "las-anod-refugees-ethiopia-2023", "displacement", "Las Anod", "SO", "2023-02-01/2023-03-15",
      "UNHCR reports that close to 60,000 people from Las Anod and surrounding areas have crossed into the Doolo zone of Ethiopia's Somali Region since February.",
      "UNHCR", other=[O("refugees", 60000, "about")], note="'close to' = about; destination Doolo zone (ET)."),

    # znz-01 coroner's inquest findings (no manifest date; delivered 14 March 2002); events of Saturday 27 January 2001
    C("znz-01", WETE, "attack_on_civilians", "Wete", "TZ", "2001-01-27",
      "1. This inquest concerned the deaths of eleven persons who died in Wete town on Saturday 27 January 2001, the day of demonstrations called by the opposition Civic United Front.",
      COURT, killed=F(11)),
    C("znz-01", WETE, "other", "Wete", "TZ", "2001-01-27",
      "The Officer Commanding District told the court that a crowd of about 2,000 people attacked Wete police station with stones and petrol bombs, and that officers opened fire only after warning shots had failed.",
      "the Officer Commanding District (police, Wete)", other=[O("people in the crowd", 2000, "about")],
      note="Police account (a riot): typed other."),
    C("znz-01", WETE, "other", "Wete", "TZ", "2001-01-27",
      "He stated that six police officers were injured.",
      "the Officer Commanding District (police, Wete)", injured=F(6)),
    C("znz-01", WETE, "attack_on_civilians", "Wete", "TZ", "2001-01-27",
      "The pathologist who examined the bodies found that ten of the eleven deceased had died of gunshot wounds and one of head injuries, and that seven had been shot from behind.",
      "the pathologist (inquest evidence)", killed=F(11),
      other=[O("deaths from gunshot wounds", 10), O("shot from behind", 7)]),
    C("znz-01", WETE, "attack_on_civilians", "Wete", "TZ", "2001-01-27",
      "Several witnesses testified that the demonstrators were unarmed and were walking away from the police station when the shooting began.",
      "civilian witnesses (inquest)", note="Rejection of the police account; no figures."),
    C("znz-01", WETE, "detention", "Wete", "TZ", "2001-01-27",
      "The court heard from relatives of two men from the village of Mchangamdogo, near Wete, who were last seen being put into a police vehicle that afternoon and have not been seen since.",
      "relatives of two men from Mchangamdogo", missing=F(2),
      note="Taken into a police vehicle in Wete; Mchangamdogo is their home village. Coded missing (as set i codes disappearance after arrest)."),
    C("znz-01", "zanzibar-demonstrations-2001-01", "other", "Pemba and Unguja", "TZ", "2001-01-26/2001-01-27",
      "The Government has put the number of people who died in Pemba and Unguja on 26 and 27 January at 23, including one police officer.",
      "the Government (Tanzania / Zanzibar)", killed=F(23), other=[O("police officers killed", 1)]),
    C("znz-01", "zanzibar-demonstrations-2001-01", "other", "Pemba and Unguja", "TZ", "2001-01-26/2001-01-27",
      "The Civic United Front maintains that more than 40 people were killed.",
      "Civic United Front", killed=F(40, "more_than")),
    C("znz-01", "pemba-displacement-2001-01", "displacement", "Pemba", "TZ", "2001-01-27/2001-02-10",
      "It is not disputed that in the two weeks after 27 January some 2,000 residents of Pemba fled by boat to Shimoni in Kenya.",
      COURT, other=[O("residents fled", 2000, "about")], note="Destination Shimoni (KE)."),
    C("znz-01", WETE, "attack_on_civilians", "Wete", "TZ", "2001-01-27",
      "The court finds that ten of the deceased were killed by police gunfire and that the force used was not justified by any threat to the lives of the officers.",
      COURT, killed=F(10)),

    # sul-01 parliamentary committee report (no manifest date; submitted 16 May 2007)
    C("sul-01", TUBIG, "armed_clash", "Tubig Samin", "PH", "2007-02-17",
      "The Armed Forces of the Philippines (AFP) reported that 12 members of the Abu Sayyaf Group (ASG) were killed in the encounter.",
      AFP_PH, killed=F(12)),
    C("sul-01", TUBIG, "armed_clash", "Tubig Samin", "PH", "2007-02-17",
      "The AFP said three Marines were killed and eight wounded.",
      AFP_PH, killed=F(3), injured=F(8)),
    C("sul-01", TUBIG, "shelling", "Tubig Samin", "PH", "2007-02-17",
      "2. The Provincial Government of Sulu informed the Committee that seven of the dead in Tubig Samin were civilians, among them two children aged 9 and 11, and that they were killed by artillery rounds that fell on houses near the mosque.",
      "Provincial Government of Sulu", killed=F(7), other=[O("children killed", 2)]),
    C("sul-01", TUBIG, "armed_clash", "Tubig Samin", "PH", "2007-02-17",
      "3. The Moro National Liberation Front (MNLF) told the Committee that the armed men were members of its community defence unit who had been attacked in their own village, and that it had lost five fighters.",
      "Moro National Liberation Front (MNLF)", killed=F(5), note="Alternative account of who the armed men were."),
    C("sul-01", TUBIG, "armed_clash", "Tubig Samin", "PH", "2007-02-17",
      "4. In his testimony, the commander of the Marine brigade denied that Marine artillery had been fired into the barangay and attributed the civilian deaths to ASG gunfire.",
      "the commander of the Marine brigade", note="Denial of the shelling; alternative cause (gunfire in the encounter); no figures."),
    C("sul-01", TUBIG, "destruction", "Tubig Samin", "PH", "2007-02-17",
      "5. The Municipal Social Welfare Office of Maimbung counted 46 houses burned or destroyed in Tubig Samin.",
      "Municipal Social Welfare Office of Maimbung", other=[O("houses burned or destroyed", 46)]),
    C("sul-01", "maimbung-displacement-2007-02", "displacement", "Maimbung", "PH", "2007-02-17/2007-02-24",
      "6. The Department of Social Welfare and Development (DSWD) reported that 3,215 families from eleven barangays of Maimbung and Parang fled to evacuation centres in Jolo and in Maimbung town in the week after the encounter.",
      "Department of Social Welfare and Development (DSWD)",
      other=[O("families displaced", 3215), O("barangays", 11)], note="Maimbung and Parang; destinations Jolo and Maimbung town."),
    C("sul-01", "patikul-teachers-killing-2007-01-09", "attack_on_civilians", "Patikul", "PH", "2007-01-09",
      "7. The Committee also heard testimony on the killing of two public school teachers in Patikul on 9 January 2007, which the Philippine National Police attributed to the ASG.",
      "Philippine National Police (testimony to the Committee)", killed=F(2),
      note="The killing is in the committee's voice, the attribution to the ASG is the police's; attributed to the police as the cited source."),
    C("sul-01", TUBIG, "attack_on_civilians", "Tubig Samin", "PH", "2007-02-17",
      "8. On the basis of the testimony and the documents received, the Committee finds that at least five civilians were killed in Tubig Samin on 17 February 2007, and that the accounts of the AFP and the Provincial Government cannot be reconciled on the present record.",
      SENATE, killed=F(5, "at_least"), note="The committee's own finding; no mechanism stated."),

    # chl-01 almanac monthly chronology (no manifest date; entries dated Sept.-Oct. 1973)
    C("chl-01", "la-moneda-attack-1973-09-11", "air_strike", "Santiago", "CL", "1973-09-11",
      "Shortly before noon, Air Force jets fired some 20 rockets at the presidential palace, La Moneda, in central Santiago, setting part of the building on fire.",
      WER, other=[O("rockets fired", 20, "about")], note="The presidential palace La Moneda, central Santiago."),
    C("chl-01", "chile-coup-fighting-1973-09", "other", "Santiago", "CL", "1973-09-11/1973-09-12",
      "Sept. 13 - The junta stated that 95 people had been killed in the fighting in Santiago on 11 and 12 Sept., among them 16 members of the armed forces and police.",
      JUNTA, killed=F(95), other=[O("members of the armed forces and police killed", 16)]),
    C("chl-01", "national-stadium-detentions-1973", "detention", "Santiago", "CL", "1973-09-11/1973-09-22",
      "Sept. 22 - The Interior Ministry said 5,200 persons were being held in the National Stadium in Santiago.",
      "Interior Ministry (Chile)", captured=F(5200), note="Held as of 22 September; coded from the coup."),
    C("chl-01", "national-stadium-detentions-1973", "detention", "Santiago", "CL", "1973-09-11/1973-09-22",
      "Foreign diplomats put the number at 7,000 or more.",
      "foreign diplomats (Santiago)", captured=F(7000, "at_least"), note="'or more' = at least."),
    C("chl-01", PICHI, "attack_on_civilians", "Pichi Renaico", "CL", "1973-10-02",
      "Oct. 6 - Church sources in Temuco said soldiers had shot dead 12 men from the sawmill settlement of Pichi Renaico, in Malleco province, on Oct. 2.",
      "Church sources in Temuco", killed=F(12)),
    C("chl-01", PICHI, "armed_clash", "Pichi Renaico", "CL", "1973-10-02",
      "The regional military command said eight \"extremists\" had been killed when they attacked an army patrol near the settlement.",
      "the regional military command (Chile)", killed=F(8), note="Alternative account (an attack on a patrol)."),
    C("chl-01", "chile-coup-killings-1973", "other", None, "CL", "1973-09-11/1973-10-12",
      "Oct. 12 - A committee of Chilean exiles in Mexico City claimed that between 5,000 and 15,000 people had been killed since the coup.",
      "a committee of Chilean exiles in Mexico City", killed=R(5000, 15000), note="Country-wide; Mexico City is where the committee sits."),
    C("chl-01", "chile-coup-killings-1973", "attack_on_civilians", None, "CL", "1973-09-11/1973-10-16",
      "Oct. 16 - The junta's secretary-general denied foreign press reports of mass executions, stating that \"no one has been executed without a court-martial\".",
      "the junta's secretary-general (Chile)", note="Denial of mass executions; no figures, no place."),
    C("chl-01", "santiago-embassy-asylum-1973", "displacement", "Santiago", "CL", "1973-09-11/1973-10-20",
      "Oct. 20 - Diplomatic sources said foreign embassies in Santiago were sheltering more than 2,500 people who had sought asylum since the coup.",
      "diplomatic sources (Santiago)", other=[O("people sheltering in embassies", 2500, "more_than")]),
]


if __name__ == "__main__":
    write_gold(G, HERE)
