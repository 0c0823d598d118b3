"""Measure the cleaner on labelled pages: `python -m summarize.eval_clean FOLDER [--errors SPLIT]`.

Each page line is `LABEL<TAB>text` (T title, C content, B boilerplate; a line without a tab is an
unlabelled line, scored neither way). Reported: content-line recall (title and content lines kept)
and boilerplate-line removal (boilerplate lines dropped).

A folder with a `sites.tsv` (page, site, country, kind, split, source, batch) is a measure split by site:
the figures are reported for the training and the held-out sites separately, with the weakest
pages, and the misclassified lines are printed for the split named by `--errors` only (by default
the training split: rules are tuned on what it shows, never on the held-out pages).
"""

from __future__ import annotations

import argparse
import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path

from summarize.arabic import normalise_text
from summarize.briefing import Document, Source
from summarize.clean import clean, title_text
from summarize.repeated_lines import repeated_lines

LABELS = {"T": "title", "C": "content", "B": "boilerplate"}
HELD_OUT_TARGETS = {"content": 0.98, "boilerplate": 0.93, "weakest": 0.90}  # issue 14, on held-out sites
BOOTSTRAP_DRAWS = 2000  # resamples of the pages behind a figure's 95% interval
BOOTSTRAP_SEED = 14  # fixed, so the printed interval is the same on every run
BATCHES = {  # how the pages added after the first set came in (`sites.tsv`, last column)
    2: "added after the rules were frozen",
    3: "collected by a fixed procedure and labelled before any scoring",
    4: "the rest of those searches' news pages, labelled before any scoring",
    5: "five more searches' news pages, labelled before any scoring",
    6: "five searches (oil, schools, floods, interest rates, qualifiers), labelled before any scoring",
    7: "six searches (digests, comments, elections, heat, diplomacy), labelled before any scoring",
    8: "six searches (derby, Beirut port, summit, phones, book fairs, accidents), labelled before any scoring",
    9: "five searches of service pages (rates, weather, prices, admissions, fixtures), labelled before any scoring",
    10: "five searches varying batch 5's, labelled before any scoring",
    11: "three searches of opinion pages (author archives, columns), labelled before any scoring",
    12: "four searches of routine news, labelled before any scoring",
    13: "four searches of security and palace news, labelled before any scoring",
    14: "two searches of Moroccan news, labelled before any scoring",
    15: "three searches of site names, labelled before any scoring",
    16: "three searches (a live blog, an interview, Red Sea attacks), labelled before any scoring",
    17: "four searches (power cuts, a market fire, an invention, a journalist's arrest), labelled before any scoring",
    18: "two searches (medicine shortages, a hospital opening), labelled before any scoring",
    19: "three searches (a teachers' strike, a cabinet reshuffle, the Hajj), labelled before any scoring",
    20: "two searches (an archaeological find, an artist's death), labelled before any scoring",
    21: "three searches (a handball semi-final, a dates festival, AI in schools), labelled before any scoring",
    22: "two searches of page furniture (mastheads, footers), labelled before any scoring",
    23: "two searches (drought, a camel race), labelled before any scoring",
    24: "two searches (a measles campaign, a fuel price cut), labelled before any scoring",
    25: "one search (a coach's press conference), labelled before any scoring",
    26: "two searches (a building collapse, an electricity tariff), labelled before any scoring",
    27: "two searches (a migrant boat, a stock market fall), labelled before any scoring",
    28: "two searches (a car theft gang, a theatre festival), labelled before any scoring",
    29: "two searches (an agreement with the FAO, top students honoured), labelled before any scoring",
    30: "two searches (fodder prices, mosque openings), labelled before any scoring",
    31: "four searches (a doctors' strike, forest fires, rents, a satellite launch), labelled before any scoring",
    32: "two searches (antiquities smuggling, a climate summit), labelled before any scoring",
    33: "three searches (gold prices, a league win, a town council's session), labelled before any scoring",
    34: "two searches (water cuts, a school opening), labelled before any scoring",
    35: "two searches (a folk singer's death, cholera cases), labelled before any scoring",
    36: "three searches (a criminal court's sentences, a solar plant, the wheat harvest), labelled before any scoring",
    37: "three searches (a train hitting a bus, university admissions, online fraud warnings), labelled before any scoring",
    38: "three searches (a women's team qualifying, treasury bills, a bridge collapse), labelled before any scoring",
    39: "three searches (health ministers' talks, an Arab music festival, drugs seized at a border), labelled before any scoring",
    40: "three searches (a governor's ceremony, exam timetables, tree-planting campaigns), labelled before any scoring",
    41: "three searches (charity food baskets, a club signing a coach, a minister inspecting roads), labelled before any scoring",
    42: "three searches of listing pages (a columnist's archive, a tag page, a live blog), labelled before any scoring",
    43: "three searches (Khartoum's rainy season, Mauritania's fishing season, Oman's housing plots), labelled before any scoring",
    44: "three searches (Bahrain's parliament, Kurdistan's salaries, Libyan road works), labelled before any scoring",
    45: "three searches (an art exhibition, vegetable prices, a murder solved), labelled before any scoring",
    46: "five searches (cholera, bread prices, dengue fever, locusts, denials of rumours), labelled before any scoring",
    47: "three searches (a dates festival, a cleaners' strike, a river in flood), labelled before any scoring",
    48: "three searches (a migrant-smuggling ring, a road project, a late winning goal), labelled before any scoring",
    49: "three searches (baccalaureate exam dates, a house fire, new banknotes), labelled before any scoring",
    50: "three searches (a moon sighting, a new air route, tourist arrivals), labelled before any scoring",
    51: "two searches for page furniture (share buttons, related lists) with news, labelled before any scoring",
    52: "three searches (an internet outage, a Quran contest, a child drowned), labelled before any scoring",
    53: "three searches (a gas field found, a youth team qualifying, food poisoning at a wedding), labelled before any scoring",
    54: "two searches (a budget vote, a crafts fair), labelled before any scoring",
    55: "three searches (deportations, a journalist released, a parallel exchange rate), labelled before any scoring",
    56: "three searches (an exam leak, a port expansion, university rankings), labelled before any scoring",
    57: "four searches (a snowstorm, counterfeit medicines, an olive festival, a landslide), labelled before any scoring",
    58: "three searches (a public library opening, meat prices before the feast, a goalless draw), labelled before any scoring",
    59: "two searches (a town's cleaning campaign, a graduation ceremony), labelled before any scoring",
    60: "two searches (a free medical convoy, detainees released under an amnesty), labelled before any scoring",
    61: "two searches of older news (Tahrir Square in 2011, Algeria at the 2010 World Cup), labelled before any scoring",
    62: "two searches of older news (Egypt's 2010 election, Cyclone Gonu in 2007), labelled before any scoring",
    63: "three searches of less-covered lands (Qatar's food checks, Sudan's displaced, Oman's fisheries), labelled before any scoring",
    64: "three searches of less-covered lands (attacks in Mogadishu, Bahrain's road works, Djibouti's port), labelled before any scoring",
    65: "three searches (student grants, a phone launch, the Gulf Cup), labelled before any scoring",
    66: "three searches (a minister's interview, banks' quarterly profits, an artist's funeral), labelled before any scoring",
    67: (
        "eight searches (Basra's council, Setif's governor, a Casablanca derby, Kuwait's building inspections,"
        " a phone leak, and three with no new site), labelled before any scoring"
    ),
    68: (
        "six searches (shelling in Taiz, migrants in Sfax, Irbid's municipality, and three for page furniture"
        " with no new site), labelled before any scoring"
    ),
    69: "three searches (Idlib's camps in winter, power cuts in north Lebanon, Benghazi's road works), labelled before any scoring",
    70: "three searches (Mauritania's cabinet, the Sharjah book fair, the Arbaeen pilgrimage), labelled before any scoring",
    71: "three searches (winter cruises on the Nile, Buraidah's dates festival, raids on Jenin), labelled before any scoring",
    72: "three searches (the Derna floods, the siege of El Fasher, gold digging in Mauritania), labelled before any scoring",
    73: "two searches for page furniture (a 'read also' widget, a 'follow us' prompt), labelled before any scoring",
    74: "three searches of news agencies and services (France 24, KUNA, APS), labelled before any scoring",
    75: "three searches (Kuwait's interpellations, Jordan's fuel prices, Oman's housing plots), labelled before any scoring",
    76: "three searches (the Cairo derby, the Carthage festivals, Saudi money for AI start-ups), labelled before any scoring",
    77: (
        "six searches (the Al Haouz rebuilding, Tunisia's olive oil, Cairo's metro (no new site), a civil defence"
        " flood warning (no new site), the Jerash festival, local elections), labelled before any scoring"
    ),
    78: (
        "five searches (a polio vaccination campaign, the Riyadh book fair (no new site), Algeria's presidential"
        " election (no new site), air fares, a club fined for its fans), labelled before any scoring"
    ),
    79: (
        "five searches (a counterfeiting ring, a hospital opening (no new site), the Africa Cup qualifiers,"
        " graduation ceremonies, water cuts (no new site)), labelled before any scoring"
    ),
    80: (
        "five searches (Nouadhibou's fishing port (no new site), Kassala's local government, Misrata's council,"
        " Salalah's rainy season, Saida's rubbish crisis), labelled before any scoring"
    ),
    81: (
        "five searches (Kuwait's interpellations, Constantine's governor (no new site), the siege of Taiz,"
        " Aqaba's cruise terminal, a fire in Jahra), labelled before any scoring"
    ),
    82: (
        "three searches (Baghdad's campaign against encroachments, the Al-Ahsa dates festival, vegetable prices"
        " (no new site)), labelled before any scoring"
    ),
    83: "three searches (Tunisia's budget vote, houses shelled in Gaza, AI start-ups (no new site)), labelled before any scoring",
    84: (
        "five searches (exam results (no new site), snow on the heights, an art exhibition (no new site), a doctors' strike,"
        " power cuts), labelled before any scoring"
    ),
    85: "three searches (the Casablanca derby, an interest rate rise (no new site), a desert road crash), labelled before any scoring",
    86: (
        "three searches (a foreign minister's talks (no new site), a jewellery theft (no new site), the first pilgrims"
        " landing), labelled before any scoring"
    ),
    87: (
        "four searches (the Comoros' government, Chad's foreign minister, a truck drivers' strike, displaced families"
        " returning home), labelled before any scoring"
    ),
    88: ("four searches (Dhi Qar's projects, the Yemeni league, the Sudanese pound, a hospital opening), labelled before any scoring"),
    89: (
        "five searches (a market fire with share buttons, a cleaning campaign (no new site), fertiliser for farmers, exam"
        " results with a print widget (no new site), Souss-Massa's council), labelled before any scoring"
    ),
    90: (
        "three searches (Kuwait's municipal inspections (no new site), an Andalusian music festival, a road crash),"
        " labelled before any scoring"
    ),
    91: "two searches (Jordan's gold prices, secondary school exams in Libya), labelled before any scoring",
    92: "two searches (Nouakchott's book fair, Sohar's municipal projects (no new site)), labelled before any scoring",
    93: "two searches (a vegetable market's opening, a health minister's hospital visit), labelled before any scoring",
    94: (
        "six searches (locusts, an oil spill, the old rent law, sacrifice prices (no new site), a child drowned in a canal,"
        " the African Champions League draw (no new site)), labelled before any scoring"
    ),
    95: (
        "four searches (a blood donation campaign (no new site), rebuilding Mosul, a book fair in Algeria, salaries in Sanaa),"
        " labelled before any scoring"
    ),
    96: "three searches (subsidised flour seized, floods in Hadramawt, a 5G launch), labelled before any scoring",
    97: "three searches (a bridge opening (no new site), Kurdistan's service projects, Al Hoceima's port), labelled before any scoring",
    98: "three searches (fish dying in a lake, Iraq's budget vote, an artist's funeral), labelled before any scoring",
    99: "two searches (steel and cement prices, a fire in a camp for the displaced), labelled before any scoring",
    100: "two searches (mosque openings (no new site), the Omani league), labelled before any scoring",
    101: "two searches (power cuts in Gaza, a Quran competition's winners (no new site)), labelled before any scoring",
    102: "two searches (settlers' attacks in the olive harvest, the Jerash festival again), labelled before any scoring",
    103: "one search (the cost of the Hajj), labelled before any scoring",
    104: "one search (Anbar's governor and his projects), labelled before any scoring",
    105: "two searches (aid arriving in Port Sudan, removing encroachments on state land (no new site)), labelled before any scoring",
    106: "four searches (an IMF loan, the Nile dam talks, unemployment, fuel smuggling), labelled before any scoring",
    107: "four searches (a kidnapped child, a refinery stopped, divorce rates, doctors emigrating), labelled before any scoring",
    108: "four searches (an eclipse, wedding gunfire, a police graduation, a university agreement), labelled before any scoring",
    109: "four searches (water cuts, a poetry festival, a friendly match, a warehouse fire), labelled before any scoring",
    110: "four searches (a sandstorm, foot-and-mouth disease, a curfew, a border crossing reopened), labelled before any scoring",
    111: "four searches (a plane crash, stray dogs, a desalination plant, the Ramadan timetable), labelled before any scoring",
    112: "four searches (an unlicensed factory, a museum opening, a gas cylinder shortage, the minimum wage), labelled before any scoring",
    113: "four searches (a power grid link, a cup final, a fishing boat sinking, a parliamentary visit), labelled before any scoring",
    114: "two searches (a mayor inspecting road works, a teachers' competition), labelled before any scoring",
    115: "two searches (a club signing a player, winter clothes for the needy), labelled before any scoring",
    116: (
        "eight searches (drug prices, a village school opening, an internet cut, a campaign against begging, drugs seized in a raid,"
        " and three with no new site), labelled before any scoring"
    ),
    117: (
        "eight searches (a mayor's candidacy, farmland flooded by the Nile, a fatal road crash, gold prices, exams under guard,"
        " an aid convoy, and two with no new site), labelled before any scoring"
    ),
    118: (
        "eight searches (a journalist held over a Facebook post, and seven with no new site: page furniture, a desalination plant,"
        " air fares, top students, rains, foreign ministers, a services app), labelled before any scoring"
    ),
    119: (
        "eight searches (cleaning campaigns in Mauritania, Khartoum's bread crisis, Dhofar's autumn season, power cuts in Yemen,"
        " and four with no new site), labelled before any scoring"
    ),
    120: (
        "eight searches (fires in Zarqa, Djibouti's port and China, drug dealers held in Tangier, Aleppo's eastern districts,"
        " classic cars in Doha, and three with no new site), labelled before any scoring"
    ),
    121: (
        "four searches for pages that name people in lists (new ministers, presidential candidates), and two for listing pages"
        " with no new site; searched after the one scoring of batch 120's rules, labelled before any scoring"
    ),
    122: (
        "eight searches (a road project, a coach signing, a salary protest, rains for farmers, food poisoning, a poetry evening,"
        " and two with no new site), labelled before any scoring"
    ),
    123: (
        "eight searches (a forest fire, a grain ship, building violations, a murder, vegetable prices, and three with no new site),"
        " labelled before any scoring"
    ),
    124: (
        "eight searches (a rural health centre, corruption sentences, a building collapse, a student protest,"
        " and four with no new site), labelled before any scoring"
    ),
    125: "four searches (a corniche's works, a flood rescue, a novel's signing, a dam running low), labelled before any scoring",
    126: (
        "eight searches (a teachers' strike, soldiers hurt by a bomb, tourist numbers, a police graduation, food baskets,"
        " a market fire, fuel prices, a cup final on penalties), labelled before any scoring"
    ),
    127: (
        "eight searches (a cold wave, a satellite launch, spoiled food seized, a press union's vote, road works,"
        " and three with no new site), labelled before any scoring"
    ),
    128: (
        "eight searches (a livestock theft gang, a dates festival's close, inflation, a farming agreement, a youth team"
        " qualifying, and three with no new site), labelled before any scoring"
    ),
    129: (
        "four searches (pavements cleared, a gas leak at a plant, vaccines arriving, and one with no new site), labelled before any scoring"
    ),
    130: (
        "twelve searches (antiquities seized, a camel race, new ministers' oath, a migrant boat sinking, a stadium opening,"
        " a hospital fire, refugees in Chad, hotel occupancy, and four with no new site), labelled before any scoring"
    ),
    131: (
        "eight searches (hostages freed, the lira's fall, a book fair's opening, a cyclone closing schools,"
        " and four with no new site), labelled before any scoring"
    ),
    132: "four searches (a car theft gang, bread prices, a desalination plant, and one with no new site), labelled before any scoring",
    133: (
        "four searches (an actress's Ramadan series, a phone's leaked pictures, an actor's funeral, and one with no new site),"
        " labelled before any scoring"
    ),
    134: (
        "sixteen searches (municipal elections, a drone attack on a base, a medicines factory, and thirteen with no new site),"
        " labelled before any scoring"
    ),
    135: "four searches (Mauritania's fisheries, Khartoum's governor on tour, and two with no new site), labelled before any scoring",
    136: (
        "eight searches (page furniture with a wheat harvest, a family feud's shooting, and six with no new site),"
        " labelled before any scoring"
    ),
    137: (
        "eight searches (fuel queues, a historic mosque's restoration, journalists kidnapped, and five with no new site),"
        " labelled before any scoring"
    ),
    138: "three searches of page furniture with section names (one page, an opinion section's), labelled before any scoring",
    139: (
        "two searches for opinion sections' listings, after batch 138's listing page lost its content lines; labelled before any scoring"
    ),
    140: (
        "four searches (Basra's water projects, Oran's cleaning campaign, unpaid salaries in Sanaa, clashes in Tripoli),"
        " labelled before any scoring"
    ),
    141: (
        "three searches (Dhofar's municipal projects, families back in Damascus's countryside, and one with no new site),"
        " labelled before any scoring"
    ),
    142: (
        "eight searches (an earthquake, an activist held over a post, an Arab basketball title, border villages shelled,"
        " and four with no new site), labelled before any scoring"
    ),
    143: (
        "six searches (hostages and prisoners exchanged, measles, an investment law, a building's collapse, a club's signings,"
        " and one with no new site), labelled before any scoring"
    ),
    144: (
        "seven searches (drugs seized at ports, falling crude exports, storms closing roads, and four with no new site),"
        " labelled before any scoring"
    ),
    145: (
        "seven searches (a live blog's furniture, Diwaniyah's projects, market fires, and four with no new site),"
        " labelled before any scoring"
    ),
    146: (
        "four searches (the Arab community in Sydney, Somalia's parliament, the date harvest, a Kuwaiti confidence vote),"
        " labelled before any scoring"
    ),
    147: (
        "four searches (a field hospital in Marib, students poisoned, a volleyball final, food aid after floods),"
        " labelled before any scoring"
    ),
    148: ("four searches (street vendors cleared, a bribery trial, and two with no new site), labelled before any scoring"),
    149: (
        "five searches (a teachers' shortage, a football federation's election, Nouakchott's book fair, a crossing closed to trucks,"
        " and one with no new site), labelled before any scoring"
    ),
    150: (
        "six searches (a foreign minister's talks, an army operation, a wind farm, and three with no new site), labelled before any scoring"
    ),
    151: (
        "five searches (a migrant boat sinking, a military college graduation, the olive harvest, an Arab theatre festival,"
        " and a heatwave warning with no new site), labelled before any scoring"
    ),
    152: (
        "five searches (a drivers' strike over fuel prices, a satellite launch, a budget vote, a club's new coach, smuggled medicines),"
        " labelled before any scoring"
    ),
    153: ("five searches (a forest fire, a man electrocuted, an internet outage, and two with no new site), labelled before any scoring"),
    154: ("six searches (vegetable prices in Ramadan, an earth dam bursting, and four with no new site), labelled before any scoring"),
    155: (
        "six searches (snow cutting roads, a group wedding, a mayor's roadworks, a book fair, and two with no new site),"
        " labelled before any scoring"
    ),
    156: (
        "five searches (a friendly before the Africa Cup, a minimum wage rise, a folk song festival,"
        " a desalination plant, and one with no new site), labelled before any scoring"
    ),
    157: (
        "five searches (a transport minister before parliament, rain flooding streets, a tree-planting campaign,"
        " and two with no new site), labelled before any scoring"
    ),
    158: (
        "five searches (factory workers' sit-in over wages, the baccalaureate under tight security,"
        " and three with no new site), labelled before any scoring"
    ),
    159: (
        "six searches (an Arab chess championship, an Arabic calligraphy exhibition, and four with no new site),"
        " labelled before any scoring"
    ),
    160: (
        "seven searches (food poisoning at a wedding, beach volleyball and beach handball,"
        " a polio vaccination campaign, and four with no new site), labelled before any scoring"
    ),
    161: ("five searches (water cut in Nouakchott, Esperance signing a striker, and three with no new site), labelled before any scoring"),
    162: (
        "five searches with furniture words (a market fire, a youth team qualifying, a school holiday,"
        " a cattle-theft gang, and one with no new site), labelled before any scoring"
    ),
    163: (
        "five searches with furniture words (a bus overturning, a governor dismissed, meat prices before Eid,"
        " and two with no new site), labelled before any scoring"
    ),
    164: (
        "five searches with furniture words (an earthquake, soldiers wounded, Libya's oil output,"
        " and two with no new site), labelled before any scoring"
    ),
    165: (
        "five searches with furniture words (shelling in El Fasher, fuel prices in Jordan, power cuts in Aden,"
        " a border crossing reopened, and one with no new site), labelled before any scoring"
    ),
    166: ("five searches (a phone-snatching gang, Mauritania's fishing season, and three with no new site), labelled before any scoring"),
    167: (
        "five searches (Iraq's electricity hours, a public-sector strike in Lebanon, bathers drowning in Tunisia,"
        " Dubai Police's scam warning, and one with no new site), labelled before any scoring"
    ),
    168: ("five searches (a wheat shipment at Port Sudan, and four with no new site), labelled before any scoring"),
    169: (
        "three searches (a road accident near Irbid, Operation Marhaba at Tanger Med, and one with no new site),"
        " labelled before any scoring"
    ),
    170: (
        "six searches with furniture words (Dhi Qar's river cleaning, floods in Hadramawt, and four with no new site),"
        " labelled before any scoring"
    ),
    171: (
        "three searches with furniture words (bread prices in Aleppo, the olive harvest in Sfax,"
        " and one with no new site), labelled before any scoring"
    ),
    172: ("five searches (the Arab Theatre Festival's opening, and four with no new site), labelled before any scoring"),
    173: ("two searches (an attack on the Comoros' president, Syrians in Germany), labelled before any scoring"),
    174: ("four searches (a phone launch, a hospital in El Fasher, and two with no new site), labelled before any scoring"),
    175: ("two searches (a Tripoli derby, with line-ups, and a royal death notice), labelled before any scoring"),
    176: ("two searches (Chad's government, the Gafsa phosphate protests), labelled before any scoring"),
    177: ("two searches with furniture words (Socotra and Mahra, Ain al-Hilweh camp), labelled before any scoring"),
    178: ("two searches with furniture words (date and oasis festivals, and one with no new site), labelled before any scoring"),
    179: ("three searches (a strike at Sanaa University, and two with no new site), labelled before any scoring"),
    180: ("two searches (Bizerte's corniche works, and one with no new site), labelled before any scoring"),
    181: (
        "eleven searches (wheat harvest, Chad's military council, a phone launch, and eight with no new site), labelled before any scoring"
    ),
    182: (
        "eight searches (a diabetes study, Kirkuk's council, Mauritania's fisheries and Hodh Ech Chargui,"
        " and four with no new site), labelled before any scoring"
    ),
    183: (
        "five searches (Nouadhibou's free zone, Sabha's power cuts, Draa-Tafilalet's council,"
        " and two with no new site), labelled before any scoring"
    ),
    184: ("four searches (Basra's salinity, Saida's waste plant, and two with no new site), labelled before any scoring"),
    185: ("three searches (cholera in Hodeidah, Lebanon's evening news bulletins, and one with no new site), labelled before any scoring"),
    186: ("six searches (Nador, Deir ez-Zor's councils, Karbala's pilgrimage, and three with no new site), labelled before any scoring"),
    187: ("six searches (road deaths in Jazan, Idlib, Xiaomi's phones, and three with no new site), labelled before any scoring"),
    188: (
        "four searches (Baalbek's air raids, Mukalla's projects, Zarqa's clean-up, and one with no new site), labelled before any scoring"
    ),
    189: ("twelve searches (Sudan's league, Libya's league, and ten with no new site), labelled before any scoring"),
    190: ("two searches (WhatsApp's new features, and one with no new site), labelled before any scoring"),
    191: (
        "four searches (the Crown Prince camel festival, OpenAI's open model, cholera cases, a striker's transfer),"
        " labelled before any scoring"
    ),
    192: ("five searches (the iPhone's leaks, Tunisia's inflation, and three with no new site), labelled before any scoring"),
    193: ("two searches (Algeria's league, Windows 11's updates), labelled before any scoring"),
    194: (
        "five searches (Chad's transitional government, an attack in Mogadishu, and three with no new site), labelled before any scoring"
    ),
    195: ("three searches (the PlayStation 5's launch, and two with no new site), labelled before any scoring"),
    196: ("four searches (Sudan's digital services, thunderstorm warnings, and two with no new site), labelled before any scoring"),
    197: ("two searches (Instagram's tests, and one with no new site), labelled before any scoring"),
    198: ("two searches (the lira on the black market, field hospitals in Gaza), labelled before any scoring"),
    199: (
        "three searches (an Egyptian actress's death, a stormy session in parliament, and one with no new site),"
        " labelled before any scoring"
    ),
    200: ("six searches (a farm minister's interview, and five with no new site), labelled before any scoring"),
    201: ("three searches (Samsung's phones, charging stations for electric cars, a leak of passwords), labelled before any scoring"),
    202: ("three searches (Fortnite's new season, Netflix's most watched series, and one with no new site), labelled before any scoring"),
    203: (
        "three searches (a new governor for Tipaza, summer on Al Hoceima's beaches, and one with no new site), labelled before any scoring"
    ),
    204: ("three searches (Google's Gemini, fees on X, and one with no new site), labelled before any scoring"),
    205: ("four searches (a book fair opened, cattle vaccinated, school exams, and one with no new site), labelled before any scoring"),
    206: (
        "three searches (power cuts with most-read and newsletter words, Apple's Vision Pro,"
        " and one with no new site), labelled before any scoring"
    ),
    207: ("four searches (Huawei's HarmonyOS, and three with no new site), labelled before any scoring"),
    208: (
        "four searches (tomato prices, the Carthage film festival, the Jerash festival, and one with no new site),"
        " labelled before any scoring"
    ),
    209: ("four searches (Xiaomi's new phones, and three with no new site), labelled before any scoring"),
    210: ("three searches (the African handball title, roads into Taiz, and one with no new site), labelled before any scoring"),
    211: ("two searches (UNRWA's schools in Lebanon, and one with no new site), labelled before any scoring"),
    212: ("one search (power cuts in Aden), labelled before any scoring"),
    213: ("one search (security in Shabwa), labelled before any scoring"),
    214: ("one search (shelling of villages in Al Dhale), labelled before any scoring"),
    215: ("one search (projects in Seiyun), labelled before any scoring"),
    216: ("one search (officials touring Lahij), labelled before any scoring"),
    217: ("one search (killings in Ibb), labelled before any scoring"),
    218: ("four searches (a council's extraordinary session, and three with no new site), labelled before any scoring"),
    219: ("two searches (the fuel shortage in southern Libya, and one with no new site), labelled before any scoring"),
    220: ("three searches (Tobruk's council, Zawiya's mayors, and one with no new site), labelled before any scoring"),
    221: ("two searches (Sirte, a Moroccan governor's field visit), labelled before any scoring"),
    222: ("four searches (water cuts in Hasakah, and three with no new site), labelled before any scoring"),
    223: ("two searches (Sidon's council, protests in Shahba), labelled before any scoring"),
    224: ("two searches (raids on Nur Shams camp, rebuilding Fallujah), labelled before any scoring"),
    225: ("two searches (bombings in Muqdadiya, Zahle's festivals), labelled before any scoring"),
    226: ("two searches (Wasit's council, assassinations in Daraa), labelled before any scoring"),
    227: ("two searches (Raqqa's civil council, the city of Tyre), labelled before any scoring"),
    228: ("two searches (Sulaymaniyah with related-news words, and one on Hama), labelled before any scoring"),
    229: ("two searches (Christmas in Bethlehem, and one on Hilla with no new site), labelled before any scoring"),
    230: ("two searches (Minya with footer words, Setif with follow-us words), labelled before any scoring"),
    231: ("two searches (Oran with newsletter words, Irbid with related-topics words), labelled before any scoring"),
    232: ("four searches (the displaced of Wad Madani, and three with no new site), labelled before any scoring"),
    233: ("two searches (Gedaref's governor, Fujairah's roads), labelled before any scoring"),
    234: ("two searches (Taif's governor, and one on Nyala with no new site), labelled before any scoring"),
    235: (
        "four searches (Buraidah's dates festival with tag words, Tunisian writers' archives,"
        " and two on Muharraq and Jahra with no new site), labelled before any scoring"
    ),
    236: ("two searches (Hammamet with published-in words, Kairouan's governor), labelled before any scoring"),
    237: ("two searches (Sfax with byline and comment words, Bizerte's municipality with breadcrumb words), labelled before any scoring"),
    238: ("four searches (Gafsa, Kasserine, Sidi Bouzid's harvest, Medenine's border crossing), labelled before any scoring"),
    239: ("two searches (the governors of Monastir and Mahdia, snow in Jendouba and Kef), labelled before any scoring"),
    240: ("two searches (Batna's governor and its municipalities, Tlemcen and the western border), labelled before any scoring"),
    241: (
        "twelve searches (Algerian, Sudanese, Saudi and Iraqi towns, the Turkmen of Kirkuk, the Yazidis of Sinjar),"
        " labelled before any scoring"
    ),
    242: (
        "four searches (Mauritanian towns, Homs's countryside, Tartus's farms, southern Lebanon's municipalities),"
        " labelled before any scoring"
    ),
    243: (
        "six searches (Sohag's governor, Fayoum's villages, lake Burullus's fishermen, Luxor's floating hotels,"
        " league fixtures, second-division results), labelled before any scoring"
    ),
    244: ("two searches (the Iraqi league, the Libyan league), labelled before any scoring"),
    245: ("two searches (the Sudanese league, Arab handball and basketball), labelled before any scoring"),
    246: (
        "six searches (the Jordanian and Omani leagues, camel racing, show jumping, the Hail rally, kickboxing),"
        " labelled before any scoring"
    ),
    247: ("two searches (Arab chess tournaments, esports), labelled before any scoring"),
    248: ("four searches (Arab theatre festivals, the Amazigh new year, fodder prices, book fair signings), labelled before any scoring"),
    249: ("two searches (smartphone reviews, property prices), labelled before any scoring"),
    250: ("two searches (women's tennis, athletics), labelled before any scoring"),
    251: ("two searches (Palestinian league, Arab volleyball), labelled before any scoring"),
    252: ("two searches (Yemeni league, cycling tours), labelled before any scoring"),
    253: ("two searches (swimming records, weather forecasts), labelled before any scoring"),
    254: ("two searches (haemorrhagic fever cases, secondary-school exam results), labelled before any scoring"),
    255: ("two searches (Friday sermons, the Arab community in Canada), labelled before any scoring"),
    256: ("two searches (Syrian league, Lebanese league), labelled before any scoring"),
    257: ("four searches (women's football, Kurdistan's government, a music festival, gold prices), labelled before any scoring"),
    258: ("four searches (a car show, the Qatari league, disciplinary fines, a hospital opening), labelled before any scoring"),
    259: ("four searches (the stock market, rights groups, the date harvest, children's theatre), labelled before any scoring"),
    260: ("four searches (court sentences, fishermen, a new air route, a clean-up campaign), labelled before any scoring"),
    261: (
        "four searches (dams and irrigation, hotel occupancy, the Arab community in Australia, university patents),"
        " labelled before any scoring"
    ),
    262: ("three searches (Syrians in Germany, Arabs in Latin America, a funeral), labelled before any scoring"),
    263: ("three searches (blood donation, rents, a railway line), labelled before any scoring"),
    264: ("three searches (locusts, a data leak, an art exhibition), labelled before any scoring"),
    265: ("three searches (show jumping, chess, dengue fever), labelled before any scoring"),
    266: ("four searches (electric cars, traffic fines, bread shortages, bitcoin), labelled before any scoring"),
    267: ("four searches (a snow storm, scout camps, container ports, a kidnapping), labelled before any scoring"),
    268: ("two searches (phosphate mining, a network outage), labelled before any scoring"),
    269: ("three searches (an oil spill, a doctors' strike, a crafts fair), labelled before any scoring"),
    270: ("three searches (Ramadan series' ratings, zakat, migrants rescued off Libya), labelled before any scoring"),
    271: ("three searches (prisoners' hunger strikes, university rankings, box office), labelled before any scoring"),
    272: ("three searches (a castle restored, water tariffs, knee ligament injuries), labelled before any scoring"),
    273: ("two searches (artists' weddings, local election results), labelled before any scoring"),
    274: ("three searches (civil defence fires, mosque openings, school curricula), labelled before any scoring"),
    275: ("two searches (an Arab summit's closing statement, the Arab music festival), labelled before any scoring"),
    276: ("two searches (meat prices with a page's furniture, handball with a sports page's furniture), labelled before any scoring"),
    277: ("two searches (old houses collapsing, car shows, with furniture words), labelled before any scoring"),
    278: ("two searches (Doha's restaurant inspections, Oman's road projects), labelled before any scoring"),
    279: ("three searches (Bahrain's parliament, online campaigns, Kuwait's residency raids), labelled before any scoring"),
    280: ("one search (a health study with a section's furniture), labelled before any scoring"),
    281: ("four searches (olive oil prices, a film festival, power cuts, Mauritanian news), labelled before any scoring"),
    282: ("three searches (Sudan's Gezira state, Dhi Qar's governor, Shabwa's local authority), labelled before any scoring"),
    283: (
        "five searches (Setif's governor, Kasserine's farms, pilgrims' return, Ramtha's council, Minya's water cuts),"
        " labelled before any scoring"
    ),
    284: ("three searches (Libya's mayors, Moroccan villages' isolation, promotion to the first division), labelled before any scoring"),
    285: ("two searches (a polio vaccination campaign, Qalqilya's municipality), labelled before any scoring"),
    286: ("one search (Sohag's governor inspecting roads), labelled before any scoring"),
    287: ("four searches (Kuwait's cooperatives, food aid in Taiz, Diyala's sewers, Oman's roads), labelled before any scoring"),
    288: ("one search (Kassala's hospitals), labelled before any scoring"),
    289: ("two searches (Sweida's shortages, Lebanese beaches' cleaning), labelled before any scoring"),
    290: ("two searches (Fujairah's municipality, Muharraq's council), labelled before any scoring"),
    291: ("two searches (a child drowned in a pond, an Arab satellite's launch), labelled before any scoring"),
    292: ("one search (Tiznit's governor and human development), labelled before any scoring"),
    293: ("one search (Rosso and Trarza in Mauritania), labelled before any scoring"),
    294: ("one search (Al-Mahra and Al-Ghaydah in Yemen), labelled before any scoring"),
    295: ("one search (Zubair's service projects in Basra), labelled before any scoring"),
    296: (
        "four searches (Karak's municipality, Sidi Bouzid's governor, the River Nile state, Gharyan's council), labelled before any scoring"
    ),
    297: ("two searches (Salah al-Din's governor, Nabatieh's municipalities), labelled before any scoring"),
    298: ("two searches (Oman's seafront projects, Nador's council), labelled before any scoring"),
    299: ("two searches (Dura's municipality near Hebron, Tiaret's governor on tour), labelled before any scoring"),
    300: ("three searches (Ibb's school exams, the Libyan league, Tafilah's governorate), labelled before any scoring"),
    301: ("one search (Mukalla's local authority), labelled before any scoring"),
    302: ("one search (Beni Mellal's governor and council), labelled before any scoring"),
    303: ("one search (Maysan's projects), labelled before any scoring"),
    304: ("two searches (Laghouat's governor, villagers returning to Hama's countryside), labelled before any scoring"),
    305: ("two searches (Halfa al-Jadida's farming scheme, Moroccan communes' October sessions), labelled before any scoring"),
    306: ("two searches (Zawiya's municipal crisis, Hodh Ech Chargui's governor), labelled before any scoring"),
    307: ("three searches (Djelfa's municipalities, Kiffa in Mauritania, Tataouine's protests), labelled before any scoring"),
    308: ("two searches (Diwaniyah's governor and projects, Ramadi's cleaning campaign), labelled before any scoring"),
    309: (
        "four searches (Sabha's power cuts, Atar's elections, Mafraq's hospitals, the White Nile's governor), labelled before any scoring"
    ),
    310: (
        "three searches (Taroudant's council sessions, Salalah's municipal projects, Bint Jbeil's municipality),"
        " labelled before any scoring"
    ),
    311: ("two searches (Idlib's camps, bread in Qamishli and Hasakah), labelled before any scoring"),
    312: (
        "six searches (M'sila's governor, Al-Ahsa's municipal projects, Ouarzazate's villages' water,"
        " Rada'a's water projects, an actress's Ramadan series, summer concerts), labelled before any scoring"
    ),
    313: ("three searches (the week's box office, a theatre festival's honours, a fashion week), labelled before any scoring"),
    314: ("two searches (a study of sleep and the heart, the cheapest new cars), labelled before any scoring"),
    315: (
        "seven searches (weddings made for the trend, Nizwa's festivals, Somalia's government, Chad's government,"
        " an art exhibition, Salfit's settlements, prisoners' administrative detention), labelled before any scoring"
    ),
    316: (
        "six searches (a phone's specifications, a camel beauty festival, Nasiriyah's services, Djibouti's president,"
        " a show-jumping final, beach volleyball), labelled before any scoring"
    ),
    317: (
        "four searches (the Belt and Road forum, Korea's chip exports, a tree-planting campaign, a migrant boat sunk),"
        " labelled before any scoring"
    ),
    318: (
        "five searches (foot-and-mouth vaccination, a medical school's graduation, Kassala's governor,"
        " the bitcoin price, a games console's release), labelled before any scoring"
    ),
    319: ("four searches (rents and flat prices, ChatGPT's users, a heat wave, a Quran memorisation contest), labelled before any scoring"),
    320: ("four searches (a teachers' strike, a municipal council, a motor show, a market fire), labelled before any scoring"),
    321: ("three searches (a novel's signing, Syrians in Germany, the farming season's rains), labelled before any scoring"),
    322: (
        "four searches (a commune's council, Al Hoceima's beaches, a Kuwaiti MP's question,"
        " Kuwait's co-operative societies), labelled before any scoring"
    ),
    323: (
        "five searches (Kuwait University's admissions, Muharraq's coast, Kuwait's football league,"
        " Kuwait's residence rules, Agadir's projects), no new site"
    ),
    324: (
        "fishing bans and seasons, blood drives, power cuts, Nouadhibou (saudia-gate, kiffamedia, lemssilamedia),"
        " labelled before any scoring"
    ),
    325: ("dates festivals (shahdnow, gulftech-news, sanews), labelled before any scoring"),
    326: (
        "road accidents, tombs found, cycling tours, Arabs in Canada, camp fires in Dohuk (zagrosnews, fk-news),"
        " labelled before any scoring"
    ),
    327: ("Kurdistan salaries, sacrifice prices, handball, Anwar Ibrahim (rightwrites, bernama), labelled before any scoring"),
    328: ("Iran's foreign ministry (neworientnews, tasnimnews), labelled before any scoring"),
    329: ("South Korea's president, Japan's earthquakes (mebusiness), labelled before any scoring"),
    330: ("weather forecasts, Gafsa's phosphate, airliner deliveries, Mogadishu attacks (sho3la), labelled before any scoring"),
    331: ("boilerplate words, Tiaret's projects (eldjazaireldjadida), labelled before any scoring"),
    332: ("Hadramout's governor (alsawtaljanubi, nida), labelled before any scoring"),
    333: ("Jenin raids, Misrata's council, Saudi shares (no new site), no page"),
    334: ("theatre festivals, World Teachers' Day (elmoltaqa), labelled before any scoring"),
    335: ("crime in Umm al-Fahm (knooznet), labelled before any scoring"),
    336: ("Negev demolitions, Sohar, coaching changes (no new site), no page"),
    337: ("Germany's refugees and intelligence (abwab), labelled before any scoring"),
    338: ("residence in Sweden (sverigesrost), labelled before any scoring"),
    339: ("Arabs in the Netherlands, Syrians in Denmark (syrianownews, rebaznews, kks-sy), labelled before any scoring"),
    340: ("Qamishli's administration, Kobani's Kurdish council (no new site), no page"),
    341: ("Comoros' president, Djibouti's president (alwatwan, fromcomoros, erena, geeska), labelled before any scoring"),
    342: ("Chad's government, Somaliland's presidential election (heartofafrica, somalitimes), labelled before any scoring"),
    343: ("gold diggers in Mauritania, Arabs in Australia, Taiz's water crisis (aljawf, from-yemen), labelled before any scoring"),
    344: ("a Mauritanian masthead's sections and footer (dikhatalakhbar), labelled before any scoring"),
    345: ("the Galawezh literary festival, Kassala's governor (no new site), no page"),
    346: ("Vietnam's president, Rosso's rice farmers (alhibrmedia, barkeol), labelled before any scoring"),
    347: ("a Moroccan province's related and most-read lists (meknespress), labelled before any scoring"),
    348: ("Uzbekistan's president, Kafr Qasim's police shootings (mwso3h, timesofisrael), labelled before any scoring"),
    349: ("Sweida's Karama Square protests (qasioun-news), labelled before any scoring"),
    350: ("Salt's municipal council, Akkar's municipalities (innlb), labelled before any scoring"),
    351: ("Zakho's administration, the China-Arab States Cooperation Forum (no new site), no page"),
    352: ("Arab Americans in Dearborn (noonpost), labelled before any scoring"),
    353: ("khat markets in Sanaa (freeposts, taleea), labelled before any scoring"),
    354: ("Arabic pages for Sweden and Belgium (centersweden, almadar.be, alnoor, kristianstadsbladet), labelled before any scoring"),
    355: ("Sudanese pages on Nyala (alsudaninews, hooosh, onsudan, dabangasudan), labelled before any scoring"),
    356: ("Saharawi pages on the refugee camps (ecsaharaui, saharawistoday), labelled before any scoring"),
    357: ("Eritrean pages (ecss-online, al-massar), labelled before any scoring"),
    358: ("an Iranian site's Arabic page on Mali (afran), labelled before any scoring"),
    359: ("Syrians in Gaziantep (turkeytodey, citynews27), labelled before any scoring"),
    360: ("a Jordanian municipality's news page (mafraq.gov.jo), labelled before any scoring"),
    361: ("Malaysia's prime minister abroad (samapost, ednews), labelled before any scoring"),
    362: ("Arab Canadians (arabcalgary, canadianstyle1), labelled before any scoring"),
    363: ("Syrians and Lebanese in Brazil (syria-in, marsadamericalatina, anba), labelled before any scoring"),
    364: ("the Nile dam's opening (mohamedelmaki, rouya24), labelled before any scoring"),
    365: ("Nouadhibou's fishermen (almaghrebnews, almuashireco), labelled before any scoring"),
    366: ("Wadi Hadramawt (sayunradio, acn.lat, hadhramaut.info), labelled before any scoring"),
    367: ("Moroccans in Turin (alyakine), labelled before any scoring"),
    368: ("Puntland (mogadishucenter, puntlandtrust, sowtalsomal), labelled before any scoring"),
    369: ("migrants in Greece (themiddleeastpost, project-syndicate), labelled before any scoring"),
    370: ("Iraq's Turkmen front (turkmenelia, turkmen.nl), labelled before any scoring"),
    371: ("Majdal Shams (program-eg, eltira, rawabetcenter), labelled before any scoring"),
    372: ("a Senegalese site's Arabic page on Touba (reveildakar), labelled before any scoring"),
    373: ("Club Palestino in Chile (refugeesps), labelled before any scoring"),
    374: (
        "Austria's Arab press: a news blog's section, Vienna's Arab street,"
        " a cultural centre's events (wagih-felbermayer, ramadan2, aymanwahdan),"
        " a Tunisian front page (infograt), labelled before any scoring"
    ),
    375: ("Norway's Arab press: Voice of Norway's tag page (norwayvoice), a blog on asylum news (safar2015), labelled before any scoring"),
    376: ("Egyptians in Denmark, from the Danish-Arab Partnership Programme's news (dapp), labelled before any scoring"),
    377: ("Chicago's Arab community, from an Arab community union's site (arabcommunityunion), labelled before any scoring"),
    378: ("Nicosia for tourists, from a travel news site (safarin), labelled before any scoring"),
    379: ("Malabar's Muslims and Arabic, from an Indian Arabic magazine (nidaulhind), labelled before any scoring"),
    380: ("Pakistan's press on King Abdullah's death, from an Asia news blog (asyanews), labelled before any scoring"),
    381: ("New Zealand's Muslims after Christchurch, from a scholars' forum's news (msf-online), labelled before any scoring"),
    382: (
        "university news: a faculty's archive note on plagiarism checks, a college's visit (phy.du.edu.eg,"
        " cois.uobaghdad), labelled before any scoring"
    ),
    383: ("a Gaza zakat committee's meals for poor families (zakah-daraj), labelled before any scoring"),
    384: ("a Jordanian town's clean-up campaign (nbnjo), labelled before any scoring"),
    385: ("breast cancer awareness: a health quality news site, a hospital's own news (m-quality, kh.iq), labelled before any scoring"),
    386: ("a textiles fair, from Damascus's chamber of industry (dci-syria), labelled before any scoring"),
    387: (
        "date palm pests: an Iraqi local site, a Qatif community network, a Saudi site (wrkaanews, umalhamam,"
        " abunawaf), labelled before any scoring"
    ),
    388: ("a Tunisian municipality's notice of a cancelled session (commune-bemblamnara), labelled before any scoring"),
    389: (
        "municipalities: new councils in Tunisia, a city council's powers, a Libyan ministry's visit (jawharafm,"
        " alfaraena, alsabaah.ly), labelled before any scoring"
    ),
    390: ("the Red Crescent's day in Asir (alhqyq), labelled before any scoring"),
    391: (
        "Tunisia's municipal councils: a legal review's analysis, a federation of towns meets (legal-agenda,"
        " thestatement), labelled before any scoring"
    ),
    392: ("a girls' school's national day, from the school's own blog (intermediatealrownahe1), labelled before any scoring"),
    393: ("a cracked bridge in Mukalla, one report on two Yemeni sites (alwosta, rebbon), labelled before any scoring"),
    394: (
        "Syria's north-east and Euphrates bridges: a long report, a news network's section (syriauntold, shaam),"
        " labelled before any scoring"
    ),
    395: ("bases in Djibouti, a Yemeni site's section page (ofqnews), labelled before any scoring"),
    396: ("Somaliland's unrecognised state, from a Horn of Africa site (alqarnalifriqi), labelled before any scoring"),
    397: (
        "Comoros and Tan-Tan, charity food baskets: a Moroccan city site's section page, a Saudi town's news site,"
        " an Aden column (tantani24, tanjanews, afifnews, adngad), labelled before any scoring"
    ),
    398: (
        "Arabs in Sweden and its migration agency: a European Arab news site,"
        " a Swedish Arab site's feature (arab-europe, alswedalyom), labelled before any scoring"
    ),
    399: ("Berlin's news for Arabs: a German Arab site's daily digest (germanyinarabic), labelled before any scoring"),
    400: ("school heads appointed in Mauritania: a two-paragraph brief (tiguend), labelled before any scoring"),
    401: ("Arab American mayors near Detroit: an Arabic edition's report (thedailyreports), labelled before any scoring"),
    402: (
        "Syrian clubs in Sao Paulo: a translated sports feature, a Brazilian Arab site's report (alwafanews,"
        " brazilbelaraby), labelled before any scoring"
    ),
    403: (
        "political bureaus meet: a Moroccan brief under the site's name, a Jordanian party's reshuffle (housepresse,"
        " shaabnews), labelled before any scoring"
    ),
    404: ("a governor's tour in Taiz: a local news site's report (taiz-news), labelled before any scoring"),
    405: (
        "Eritrea's opposition and Asmara's statements: a column reposted by an Eritrean site,"
        " an Eritrean exile news site (farajat, adoulis), labelled before any scoring"
    ),
    406: (
        "South Sudan's unity government: two Sudanese sites' reports under their datelines (alhamish, alsudanet),"
        " labelled before any scoring"
    ),
    407: (
        "Turkey's migration office and Syrian refugees: three Syrian sites' reports (syriansnews, altareek-media,"
        " syria-press), labelled before any scoring"
    ),
    408: ("villages without water in Morocco: a Moroccan site's interview (i3lamtv), labelled before any scoring"),
    409: (
        "Senegal's Sufi orders and Morocco: a Moroccan site's brief with a comment form,"
        " a regional site's report (le12, doukkala), labelled before any scoring"
    ),
    410: (
        "Tatarstan's Muslims: a Russian institution's Arabic news, a site on Muslim communities (russia-islworld,"
        " muslimsaroundtheworld), labelled before any scoring"
    ),
    411: (
        "Indonesia's president: a state radio's Arabic listing, an Indonesian site's Arabic edition,"
        " an Arabic site on Indonesia (voinews, voi, indonesiaalyoum), labelled before any scoring"
    ),
    412: ("Islam in Kerala: a cultural site's transcript of a talk (maktubes), labelled before any scoring"),
    413: ("Ahwaz, a human rights organisation's news of a young photographer's arrest, labelled before any scoring"),
    414: ("university news, a Kerbala engineering college council's meeting, labelled before any scoring"),
    415: ("the Ethiopian dam, an archive page of a defence magazine's Arabic edition, labelled before any scoring"),
    416: (
        "Yemenis in Britain, a seminar on Yemeni emigration,"
        " the community's history in Liverpool and South Shields and an iftar in London, labelled before any scoring"
    ),
    417: (
        "Lebanese in Venezuela, a cultural complex in Caracas,"
        " an ambassador's interview and the community's three camps, labelled before any scoring"
    ),
    418: (
        "Lebanese municipalities, a village's roads reopened after shelling, from a municipal work association's site,"
        " labelled before any scoring"
    ),
    419: ("Niger's coup, reported in Moroccan Arabic, labelled before any scoring"),
    420: ("Oman's news agency, a Saturday market opened in al-Awabi, labelled before any scoring"),
    421: (
        "Uzbekistan, a professor's blog republishing the Uzbek agencies' Arabic news, masks exported to Kuwait, labelled before any scoring"
    ),
    422: ("Iraq's Chaldean church, the patriarch receives a Syriac bishop, from the patriarchate's own site, labelled before any scoring"),
    423: (
        "Jordan's churches, a new Latin church in Jubeiha, the end of a Lenten service and the parish's own page,"
        " labelled before any scoring"
    ),
    424: (
        "the Druze of Suwayda, their religious council's appeal from Beirut,"
        " a magazine's interview with a spiritual leader and the leaders' statement after an attack,"
        " labelled before any scoring"
    ),
    425: (
        "the Yazidis of Sinjar, Kurdistan's pledge to bring them home, tribal leaders' call to return,"
        " a Syrian Yazidi council's statement and the genocide's anniversary at Lalish, labelled before any scoring"
    ),
    426: (
        "Iraq's Mandaeans, the feast of creation from a Swedish Arabic site,"
        " a community booklet under a server's warnings, a temple reopened in Nasiriyah,"
        " a news blog and a German Arabic site's report, labelled before any scoring"
    ),
    427: ("Circassians in Jordan, a return organisation's tour of Amman, from a Circassian news blog, labelled before any scoring"),
    428: ("Armenians in Lebanon, an Armenian committee's copy of a feature on the community, labelled before any scoring"),
    429: (
        "the Amazigh new year, a Moroccan broadcaster's report and a Rif association's celebration on its blog, labelled before any scoring"
    ),
    430: (
        "Iraq's Christians and an official agency: a blog's Iraq round-up, Ankawa's and Bartella's community forums,"
        " a Chaldean writer's site and a Sudanese column on SUNA, labelled before any scoring"
    ),
    431: (
        "aid and Tunisia's news agency, a Palestinian agency's report on food parcels,"
        " an investigative site on the agency's new head, labelled before any scoring"
    ),
    432: (
        "diaspora and Eritrea, a Syrian party's history of its Argentine branch,"
        " an Eritrean opposition site's front page, labelled before any scoring"
    ),
    433: (
        "Egypt's villages, a local page's profile of a village in Minya, a reader's call for a protest in Mallawi,"
        " labelled before any scoring"
    ),
    434: ("a blocked paper, a Saudi regional paper's column mourning a blocked local paper, labelled before any scoring"),
    435: (
        "parliaments in session, a Moroccan regional site's header, a Lebanese brief,"
        " Iraqi and Tunisian reports on sittings, a Mauritanian listing, labelled before any scoring"
    ),
    436: (
        "power cuts and fires, an Egyptian news blog on a night of power cuts, an Egyptian report on a shop fire,"
        " a Moroccan one written in presentation forms, labelled before any scoring"
    ),
    437: (
        "schools and friendlies, a Yemeni site's report on honouring top pupils, a Moroccan sports site's friendly,"
        " labelled before any scoring"
    ),
    438: ("youth, a Tunisian site's notice of a youth meeting on Republic Day, labelled before any scoring"),
    439: ("health caravans, an Egyptian site's notice of free medical caravans, labelled before any scoring"),
    440: ("camel races, a site in Uzbekistan on a Saudi camel festival's international heat, labelled before any scoring"),
    441: ("expired food, a Gulf site's report of a consumer expert's warning, labelled before any scoring"),
    442: ("a festival's opening and a prize day, labelled before any scoring"),
    443: ("a goalkeeper's transfer, labelled before any scoring"),
    444: ("a city's cleaning campaign before the school year, labelled before any scoring"),
    445: ("an interview with a Saudi presenter, labelled before any scoring"),
    446: ("a hard-wrapped report on asylum refusals and an asylum law, labelled before any scoring"),
    447: ("Arab community news in Berlin, labelled before any scoring"),
    448: ("a Libyan league round, labelled before any scoring"),
    449: ("a tag page's item on school tree planting, labelled before any scoring"),
    450: ("the olive harvest in an Arab town, labelled before any scoring"),
    451: ("a charity's mass wedding, labelled before any scoring"),
    452: ("Arab Canadians and the federal election, labelled before any scoring"),
    453: ("health centres' accreditation with their list, labelled before any scoring"),
    454: ("Arabs in Cyprus, a diaspora site's reception and a news agency's Arabic report, labelled before any scoring"),
    455: ("Muslims in southern Italy, an Islamic portal's report with its comment box, labelled before any scoring"),
    456: ("a young man drowned, a Moroccan site's report and an Egyptian site's, labelled before any scoring"),
    457: ("sacrifice prices before the feast, a Kuwaiti site's market report, labelled before any scoring"),
    458: ("a poetry evening at a village's cultural club, labelled before any scoring"),
    459: ("Arabs in Ireland, a Dublin Arabic site's report on the community's origins, labelled before any scoring"),
    460: (
        "Azerbaijan's president, a site in Azerbaijan, a Kuwaiti site and the state agency's Arabic service, labelled before any scoring"
    ),
    461: ("floods in South Korea, a Lebanese site's report, labelled before any scoring"),
    462: ("Kazakhstan's crisis, a Qatari paper's archived editorial, labelled before any scoring"),
    463: ("singers' birthdays, four celebrity news pages, labelled before any scoring"),
    464: ("Arab students in China, a news site's summary and a Moroccan site's report, labelled before any scoring"),
    465: ("Arabs in Venezuela, a Sudanese site's report on oil and the diaspora, labelled before any scoring"),
    466: ("Arabs in Latin America, an Egyptian site's report, labelled before any scoring"),
    467: ("Muslims in Japan, a Paris-based centre's news site with its masthead, byline and print button, labelled before any scoring"),
    468: (
        "Arabs in Romania, a Bucharest Arabic site's report and an Arabic news agency's with its rating widget, labelled before any scoring"
    ),
    469: ("Arabs in Geneva, a Moroccan site's travel report, labelled before any scoring"),
    470: ("Egyptian students in Hungary, an Egyptian site's report from its Vienna correspondent, labelled before any scoring"),
    471: ("a Syrian Kurdish site's council session and a Moroccan TV site's cabinet decree, labelled before any scoring"),
    472: ("an Egyptian TV site's league match and a Palestinian sports site's match report, labelled before any scoring"),
    473: ("an Egyptian portal's power cut notice, labelled before any scoring"),
    474: ("a Palestinian diaspora site's letter from Oslo, labelled before any scoring"),
    475: ("a Tunisian site's Brussels mosque report and a Moroccan diaspora site's imams report, labelled before any scoring"),
    476: ("two stock market closes, from a Kuwaiti site and a Moroccan site, labelled before any scoring"),
    477: ("a Jordanian site's report of a pilgrim's death, labelled before any scoring"),
    478: ("a Chadian site's report before a presidential inauguration, labelled before any scoring"),
    479: ("a local site's report on Umm al-Fahm's municipal election, labelled before any scoring"),
    480: ("three Emirati sites' reports from Fujairah's court, labelled before any scoring"),
    481: ("three Moroccan sites' reports of provincial and regional councils, labelled before any scoring"),
    482: ("Egypt's news agency's report on Musandam, labelled before any scoring"),
    483: ("two tech sites' phone leaks, labelled before any scoring"),
    484: ("two Saudi local sites' weather forecasts, labelled before any scoring"),
    485: ("an Egyptian site's report of Macron's speech, labelled before any scoring"),
    486: ("a Mauritanian site's report of a governor's words and an Algerian site's report of a new governor, labelled before any scoring"),
    487: ("a Mauritanian site's column on Kiffa and another's tag page teaser, labelled before any scoring"),
    488: ("an Egyptian site's report of a town head's inspection in Minya, labelled before any scoring"),
    489: ("a Moroccan site's notice of a water cut in Laayoune, labelled before any scoring"),
    490: ("an Iraqi site's report of a party founder's death, labelled before any scoring"),
    491: ("Moroccan, Kurdish and Arab-Israeli sites' reports (an appeal, a protest, a travel ban), labelled before any scoring"),
    492: ("three Moroccan sites' reports of drug arrests by the gendarmerie, labelled before any scoring"),
    493: ("a Saudi site's fraud warning above its visitor counters and a Moroccan site's fraud arrest, labelled before any scoring"),
    494: ("an Algerian channel's report of drug seizures in Blida, with subheadings, labelled before any scoring"),
    495: ("a Saudi site's report on Jeddah's police, credited to another paper, labelled before any scoring"),
    496: ("a Lebanese emigrants' site's report of an exhibition in Sao Paulo, labelled before any scoring"),
    497: ("a Moroccan town site's report of a protest at the consulate in Milan, labelled before any scoring"),
    498: ("four Tunisian sites on emigrants' summer return (a column, three reports), labelled before any scoring"),
    499: ("a Yemeni agency's report of water cuts in Aden, under its name, labelled before any scoring"),
    500: ("a Moroccan site's report of Sefrou's council session, with its author, section and dates, labelled before any scoring"),
    501: ("three Moroccan sites' reports of top students' ceremonies, labelled before any scoring"),
    502: ("a Moroccan site's report of a campaign against street vendors in Guelmim, labelled before any scoring"),
    503: ("a Tunisian site's report of a village without water, signed by its writer, labelled before any scoring"),
    504: ("a Tunisian radio's report of the olive season's opening in Sousse, labelled before any scoring"),
    505: ("three Tunisian sites' health reports (a regional site, a radio, a news site), with comment forms, labelled before any scoring"),
    506: ("a Tunisian bilingual site's report of protests in Tataouine, typed with Persian letters, labelled before any scoring"),
}


@dataclass(frozen=True)
class PageScore:
    path: str
    content_lines: int
    content_kept: int
    boilerplate_lines: int
    boilerplate_dropped: int
    title_found: bool
    # 'lost (reason): ...' or 'kept: ...' per misclassified line; never in the printed form, so that
    # printing a held-out score by mistake shows no held-out line
    errors: tuple[str, ...] = field(repr=False)
    unsure_content: int = 0  # content lines kept but marked unsure
    unsure_boilerplate: int = 0  # boilerplate lines kept but marked unsure

    @property
    def content_recall(self) -> float:
        return _ratio(self.content_kept, self.content_lines)

    @property
    def boilerplate_removal(self) -> float:
        return _ratio(self.boilerplate_dropped, self.boilerplate_lines)


@dataclass(frozen=True)
class CleaningScore:
    pages: tuple[PageScore, ...]

    @property
    def content_recall(self) -> float:
        return _ratio(sum(p.content_kept for p in self.pages), sum(p.content_lines for p in self.pages))

    @property
    def boilerplate_removal(self) -> float:
        return _ratio(sum(p.boilerplate_dropped for p in self.pages), sum(p.boilerplate_lines for p in self.pages))

    @property
    def weakest_content_recall(self) -> float:
        return min((p.content_recall for p in self.pages), default=1.0)

    def interval(self, measure: str) -> tuple[float, float]:
        """The 95% interval of "content" recall or "boilerplate" removal, by resampling whole pages (a
        page's lines are not independent: one site's furniture fails or passes together)."""
        figure = {"content": "content_recall", "boilerplate": "boilerplate_removal"}[measure]
        if not self.pages:
            return (1.0, 1.0)
        draw = random.Random(BOOTSTRAP_SEED)
        ratios = sorted(getattr(CleaningScore(tuple(draw.choices(self.pages, k=len(self.pages)))), figure) for _ in range(BOOTSTRAP_DRAWS))
        return ratios[int(0.025 * BOOTSTRAP_DRAWS)], ratios[int(0.975 * BOOTSTRAP_DRAWS) - 1]

    def weakest(self, count: int = 3) -> tuple[PageScore, ...]:
        """The pages with the lowest content recall, then the lowest boilerplate removal."""
        return tuple(sorted(self.pages, key=lambda p: (p.content_recall, p.boilerplate_removal, p.path))[:count])


@dataclass(frozen=True)
class SitePage:
    """One row of a measure's `sites.tsv`: which site a page comes from and which split it is in."""

    page: str
    site: str
    country: str
    kind: str
    split: str
    source: str
    batch: int = 1  # 2: added after the rules were frozen, scored once


SPLITS = ("train", "held-out")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def read_labelled_page(path: Path) -> tuple[Document, dict[int, str], str | None]:
    """The page as the cleaner sees it, the label of each non-empty line, and the labelled title."""
    lines: list[tuple[int, str]] = []
    labels: dict[int, str] = {}
    title = None
    for index, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
        label, _, text = raw.partition("\t")
        if not _:
            lines.append((index, raw))
            continue
        if label not in LABELS:
            raise ValueError(f"{path}:{index + 1}: unknown label {label!r} (expected T, C or B)")
        lines.append((index, text))
        labels[index] = LABELS[label]
        if label == "T" and title is None:
            title = text
    data = "\n".join(text for _, text in lines).encode()
    return Document(Source(str(path), hashlib.sha256(data).hexdigest(), "utf-8"), tuple(lines)), labels, title


def score_page(path: Path, repeated: dict[str, int] | None = None) -> PageScore:
    """`path` cleaned alone, or with its lines that recur in its folder (`repeated_lines`)."""
    document, labels, title = read_labelled_page(path)
    article = clean(document, repeated)
    kept = {line.line for line in article.lines} | {line for kept_line in article.lines for line, _ in kept_line.wrapped}
    unsure = {line.line for line in article.lines if line.unsure}
    reasons = {dropped.line: dropped.reason for dropped in article.dropped}
    content = [i for i, label in labels.items() if label in ("title", "content")]
    boilerplate = [i for i, label in labels.items() if label == "boilerplate"]
    text = dict(document.lines)
    errors = tuple(
        [f"lost ({reasons.get(i, 'joined')}): {text[i]}" for i in content if i not in kept]
        + [f"kept{' (unsure)' if i in unsure else ''}: {text[i]}" for i in boilerplate if i in kept]
    )
    return PageScore(
        path=path.name,
        content_lines=len(content),
        content_kept=sum(1 for i in content if i in kept),
        boilerplate_lines=len(boilerplate),
        boilerplate_dropped=sum(1 for i in boilerplate if i not in kept),
        title_found=title is None or article.title == title_text(normalise_text(title)),  # as the cleaner gives it (tatweel, bullet)
        errors=errors,
        unsure_content=sum(1 for i in content if i in unsure),
        unsure_boilerplate=sum(1 for i in boilerplate if i in unsure),
    )


def evaluate_cleaning(folder: Path) -> CleaningScore:
    return CleaningScore(tuple(score_page(path) for path in sorted(folder.glob("*.txt"))))


def read_sites(folder: Path) -> tuple[SitePage, ...]:
    """The rows of `folder/sites.tsv` (comment lines start with '#')."""
    return parse_sites((folder / "sites.tsv").read_text(encoding="utf-8"))


def parse_sites(text: str) -> tuple[SitePage, ...]:
    """The rows of a `sites.tsv` text (today's, or one from the git history); no batch column is batch 1."""
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            page, site, country, kind, split, source, *batch = line.split("\t")
            if split not in SPLITS:
                raise ValueError(f"sites.tsv: {page}: unknown split {split!r} (expected train or held-out)")
            rows.append(SitePage(page, site, country, kind, split, source, int(batch[0]) if batch else 1))
    return tuple(rows)


def held_out_site(site: str) -> bool:
    """The split rule, fixed before any tuning: a site is held out when its name hashes to 0 mod 3."""
    return int(hashlib.sha256(site.encode()).hexdigest()[:8], 16) % 3 == 0


def evaluate_by_split(folder: Path, splits: tuple[str, ...] = SPLITS, as_folder: bool = False) -> dict[str, CleaningScore]:
    """The cleaner's figures on the training and the held-out sites of a split measure (or on `splits`
    only: rule work looks at the training sites alone). With `as_folder`, each split's pages are
    cleaned together, as one folder given to brief (lines recurring across its articles go)."""
    rows = read_sites(folder)
    scores = {}
    for split in splits:
        paths = [folder / "pages" / row.page for row in rows if row.split == split]
        repeats = repeated_lines([read_labelled_page(path)[0] for path in paths]) if as_folder else [None] * len(paths)
        scores[split] = CleaningScore(tuple(score_page(path, repeated) for path, repeated in zip(paths, repeats, strict=True)))
    return scores


def _print_page(page: PageScore, errors: bool) -> None:
    title = "ok" if page.title_found else "MISSED"
    content = f"{page.content_kept}/{page.content_lines}"
    boilerplate = f"{page.boilerplate_dropped}/{page.boilerplate_lines}"
    unsure = f"  unsure {page.unsure_content}C/{page.unsure_boilerplate}B" if page.unsure_content or page.unsure_boilerplate else ""
    print(f"{page.path:<32} content {content}  boilerplate {boilerplate}  title {title}{unsure}")
    for error in page.errors if errors else ():
        print(f"    {error}")


def _summary(name: str, score: CleaningScore, sites: int | None = None) -> str:
    where = f"pages {len(score.pages)}" + (f", sites {sites}" if sites is not None else "")
    weakest = f", weakest page content recall {score.weakest_content_recall:.3f}" if sites is not None else ""
    return f"{name}{where}: content recall {score.content_recall:.3f}, boilerplate removal {score.boilerplate_removal:.3f}{weakest}"


def _targets(score: CleaningScore) -> str:
    measured = {"content": score.content_recall, "boilerplate": score.boilerplate_removal, "weakest": score.weakest_content_recall}
    names = {"content": "content recall", "boilerplate": "boilerplate removal", "weakest": "weakest page content recall"}
    parts = []
    for key, target in HELD_OUT_TARGETS.items():
        verdict = "met" if measured[key] >= target else "NOT met"
        if key != "weakest":
            low, high = score.interval(key)
            verdict += f", 95% interval {low:.3f}-{high:.3f}"
        parts.append(f"{names[key]} {measured[key]:.3f} (≥ {target:.2f}: {verdict})")
    return "held-out targets: " + ", ".join(parts) + " (intervals: whole pages resampled)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m summarize.eval_clean", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="tests/fixtures/pages", type=Path)
    parser.add_argument("--errors", choices=[*SPLITS, "all", "none"], default="train", help="whose misclassified lines to print")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all", help="score only this split (rule work: train)")
    args = parser.parse_args(argv)
    if not (args.folder / "sites.tsv").exists():
        score = evaluate_cleaning(args.folder)
        for page in score.pages:
            _print_page(page, errors=args.errors != "none")
        print(_summary("", score))
        return
    rows = read_sites(args.folder)
    wanted = SPLITS if args.split == "all" else (args.split,)
    splits = tuple(split for split in wanted if any(row.split == split for row in rows))  # a measure may hold one split only
    scores = evaluate_by_split(args.folder, splits)
    for split in splits:
        print(f"== {split} ==")
        for page in scores[split].pages:
            _print_page(page, errors=args.errors in (split, "all"))
        weakest = ", ".join(f"{p.path} {p.content_recall:.2f}/{p.boilerplate_removal:.2f}" for p in scores[split].weakest())
        print(f"weakest: {weakest}")
    together = evaluate_by_split(args.folder, splits, as_folder=True)
    if "held-out" in scores:
        print(_targets(scores["held-out"]))
    for split in splits:
        sites = len({row.site for row in rows if row.split == split})
        print(_summary(f"{split}: ", scores[split], sites))
        print(_summary("  all its pages as one folder (lines recurring across articles go): ", together[split], sites))
        for batch in sorted({row.batch for row in rows if row.batch > 1}):
            later = {row.page for row in rows if row.split == split and row.batch == batch}
            if later:
                added = CleaningScore(tuple(page for page in scores[split].pages if page.path in later))
                batch_sites = len({row.site for row in rows if row.page in later})
                print(_summary(f"  of which batch {batch}, {BATCHES[batch]}: ", added, batch_sites))


if __name__ == "__main__":
    main()
