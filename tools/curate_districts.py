#!/usr/bin/env python3
"""Build data/districts.geojson and data/landmarks.geojson for Aleppo Atlas.

Inputs (read only):
  ../shared/reference/aleppo-neighbourhoods-csr/Neighborhoods.geojson      (CSR polygons)
  ../shared/reference/aleppo-neighbourhoods-csr/neighborhoods-names.json   (CSR alternative names)
  the curated tables below (names, aliases, drawn polygons, placements, river).

Outputs:
  data/districts.geojson   126 reference districts + hand-drawn approximate ones
  data/landmarks.geojson   Citadel, airport (reference polygons), Queiq river (drawn line)

Reference logic (same as the former data/districts.base.geojson): features of the CSR layer that share
a NAME are merged into one MultiPolygon, in the order of their first appearance; the id is the
kebab-cased NAME without its leading article ("al-", "ash-", "The " ...), apostrophes and
parenthesised glosses. Geometry is copied unchanged except that rings are re-oriented (outer rings
counter-clockwise, holes clockwise, RFC 7946) and closed, and except for carving (below).

Carving (issue 13: no ground may show two sides at once): where two features' interiors overlap, one
keeps its shape and the overlap is cut out of the other (host = host minus child), for drawing and for
areas. A drawn (approximate) feature keeps its shape over a reference one; between two features of the
same sort the smaller keeps its shape. Parts of a carved shape under TOLERANCE_M2 are dropped as slivers.
Areas are measured in a local equal-area projection (ellipsoidal sinusoidal on WGS84, central meridian
37.16 E). The self-checks then require that no two features overlap by TOLERANCE_M2 or more and that
every polygon is valid as the app reads it (simple rings that neither touch nor cross, holes inside).

If tests/data/document_spellings.json exists, every spelling in it is checked to resolve (with the
normalisation the app uses) to exactly the district(s) it names.
Dependency: shapely 2 (pip install shapely), for the carving; otherwise Python 3 standard library only.
Usage: python3 tools/curate_districts.py  (from anywhere; paths are relative to the repository root)
"""
import json
import math
import os
import re
import sys
import unicodedata

try:
    import numpy as np
    import shapely
    from shapely import STRtree
    from shapely.geometry import LinearRing, MultiPolygon, Polygon, shape
    from shapely.validation import explain_validity
except ImportError:
    sys.exit("curate_districts: this script needs shapely 2 (its one dependency, used to carve overlapping "
             "polygons): pip install shapely")
if int(shapely.__version__.split(".")[0]) < 2:
    sys.exit("curate_districts: shapely %s is too old, version 2 or later is needed: pip install -U shapely"
             % shapely.__version__)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF_DIR = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "aleppo-neighbourhoods-csr"))
OUT_DISTRICTS = os.path.join(ROOT, "data", "districts.geojson")
OUT_LANDMARKS = os.path.join(ROOT, "data", "landmarks.geojson")
SPELLINGS = os.path.join(ROOT, "tests", "data", "document_spellings.json")

ATTRIBUTION = (
    "Neighbourhood polygons: Columbia Center for Spatial Research, \"Conflict Urbanism: Aleppo\" "
    "(MIT licence, copyright 2019 Columbia Center for Spatial Research), from their public repository "
    "CenterForSpatialResearch/aleppo_test, commit 3f750b94c646839365f93b41d23d4db99fc32d45; their listing "
    "is based on a 2013 UN-Habitat neighbourhood list. Names curated and approximate polygons drawn for "
    "Aleppo Atlas (see data/DISTRICTS.md)."
)
RECORD_START = "2012-07-01"
SRC_CITY = "wp-battle-2012-2016: the battle began on 19 July 2012; before it the city was government-held"
SRC_CURATED = "curated, not in the sources"

# Area tolerance, m² in the local equal-area projection: parts of a carved shape smaller than this are
# dropped as slivers, and no two features of the output may overlap by this much or more. The smallest
# reference polygon part is about 21,900 m², so no real part comes near it.
TOLERANCE_M2 = 100.0

# ----------------------------------------------------------------------------------------------
# Curated table 1: reference districts
# ----------------------------------------------------------------------------------------------
# Ids that the generic slug rule would not produce (none at present; kept for stability).
ID_OVERRIDES = {}

# Display names where the cleaned CSR name is not used.
NAME_OVERRIDES = {
    "ramouseh-industrial-district-i": "ar-Ramouseh Industrial District I",
    "ramouseh-industrial-district-ii": "ar-Ramouseh Industrial District II",
    "ramouseh-industrial-district-iii": "ar-Ramouseh Industrial District III",
    "ramouseh-industrial-district-iv": "ar-Ramouseh Industrial District IV",
    "ard-as-sabbagh": "Ard as-Sabbagh",
    "suleimaniyeh": "as-Suleimaniyeh",
}

# Arabic name fixes (the two known defects of the reference).
NAME_AR_FIX = {
    "ayn-at-tal": ("عين التل", "The reference NAME_A 'عين التينة' is wrong (that is a Damascus-area name); "
                   "the quarter is عين التل (Ayn at-Tal). The wrong form is kept only in reference.csr_name_a."),
    "besel": (None, "The reference has no NAME_A for al-Besel and no alternative names for it; the Arabic "
              "spelling (perhaps البيسل) could not be confirmed, so name_ar is left empty."),
}

# Kind: other-area for citadel, parks, cemeteries, airport, university, hospital, barracks, industrial zones.
OTHER_AREA = {
    "aleppo-citadel", "national-hospital", "jamal-abd-an-naser-park", "public-park", "karazdada-cemetery",
    "sheikh-yusef-cemetery", "maysaloon-cemetery", "hanano-barrack", "university-of-aleppo",
    "aleppo-international-airport", "industrial-area-jibreen", "sheikh-najjar",
    "ramouseh-industrial-district-i", "ramouseh-industrial-district-ii", "ramouseh-industrial-district-iii",
    "ramouseh-industrial-district-iv",
}

# Places outside the built-up city of 2012: the documents' "the city was government-held" does not cover them.
CURATED_INITIAL = {"sheikh-najjar", "aleppo-international-airport", "nayrab", "jibreen", "industrial-area-jibreen"}

# Alternative names the reference files under a host polygon that now has a place of its own (or, for
# al-Hellok, that the decisions give to Trab al-Hellok), and the wrong Arabic form of Ayn at-Tal.
ALIASES_REMOVE = {
    "shaar": ["طريق الباب"],
    "maasaraniyeh-youth-housing": ["كرم الطراب"],
    "asileh": ["حي المعادي"],
    "ayn-at-tal": ["الهلك", "حي الهلك", "عين التينة", "عين التينه"],
}

# Aliases added to reference districts: every spelling the five documents use (exactly as written),
# plus common transliterations. A name may be carried by several features (see ALIAS_GROUPS).
ALIASES_ADD = {
    "aleppo-citadel": ["Citadel", "Citadel of Aleppo", "Aleppo Citadel"],
    "aleppo-international-airport": ["Aleppo International Airport", "Aleppo airport"],
    "amiriyeh": ["Al-Amariyya", "al-Amiriyah", "Amiriyeh"],
    "asileh": ["Qasila", "al-Qasileh", "Asileh", "القصيلة"],
    "ayn-at-tal": ["Ayn Al-Tal", "Ayn al-Tal", "Ain al-Tal", "Jandoul", "Jandoul Factories", "عين التل",
                   "الجندول"],
    "aziziyeh": ["Al-Aziziyah", "Aziziyeh"],
    "baaiedeen": ["Ba'ibdeen", "Ba'aiedeen", "Baibdeen", "Ba'idin"],
    "beit-muheb-jdeydeh": ["Jdeideh", "Al-Jdayde", "Jdeydeh", "Jdayde", "al-Hatab Square", "Sahat Al Hatab",
                           "Waqf of Ibshir Mustafa Pasha Complex", "Saint Elias Cathedral", "الجديدة"],
    "besel": ["Besel"],
    "bustan-al-basha": ["Bustan Al-Basha", "Bustan Al-Pasha", "Bustan al-Pasha"],
    "bustan-al-qaser": ["Bustan Al-Qasr", "Bustan al-Qasr", "Bustan Al-Qaseer", "Bustan al-Qaser"],
    "dahret-awwad": ["Dahret Awwad"],
    "fardos": ["Fardous", "al-Ferdous", "al-Firdous"],
    "hanano": ["Hanano housings", "Masaken Hanano", "Hanano Housing", "مساكن هنانو"],
    "haydariyeh": ["Haydariyah", "Haydariyeh"],
    "helwaniyeh": ["al-Helwania", "al-Helwaniyah", "al-Helwaniyah roundabout", "Helwaniyeh"],
    "jabal-badro": ["Jabal Badro", "Jabal-Badro"],
    "kallaseh": ["Kallasa", "al-Kallaseh", "al-Kalasa", "Kallaseh"],
    "karm-aj-jabal": ["Karm al-Jabal"],
    "karm-aj-jazmati": ["al-Jazmati", "Jazmati", "al-Jazmati roundabout", "Karm al-Jazmati"],
    "karm-al-myassar": ["Mayssar", "Karm al-Mayssar", "Karm al-Maysar", "Maysar"],
    "karm-al-qaterji": ["al-Qaterrji", "Qaterji", "Karm al-Qaterji"],
    "karm-homad": ["al-Tahhan", "Karm al-Tahhan", "Karm Homad"],
    "khaldiyeh": ["Khalidiyyeh", "Khalidiyeh"],
    "maasaraniyeh-youth-housing": ["Ma'saraniyah Youth housing", "al-Ma’saraniyah", "Ma'saraniyah",
                                   "Ma'asaraniyeh"],
    "marjeh": ["Marjeh", "Marjah", "Marja", "Al-Miersa"],
    "masharqa": ["Masharqa", "Mashariqa"],
    "muhammad-bek": ["Bab al-Nayrab", "Bab al-Nerab", "Bab al-Nairab", "Bab an-Nayrab", "Bab an-Nairab",
                     "باب النيرب"],
    "ansari": ["Ansari"],
    "ansari-mashhad": ["Mashhad", "al-Mashhad", "Ansari Mashhad"],
    "qadi-askar": ["Qadi Askar", "Eye Hospital", "Aleppo Eye Hospital"],
    "rasafeh": ["Bani Zaid", "Bani Zeid"],
    "salah-ad-deen": ["Salaheddine", "Salah al-Din", "Salah ad-Din", "Salahuddin"],
    "salheen": ["Salheen", "Salhain", "al-Saleheen", "Salihin"],
    "sayf-ad-dauleh": ["Seif al-Dawla", "Saif al-Dawla", "Sayf al-Dawla"],
    "shaar": ["Sha'ar", "al-Sha'ar", "Shaar"],
    "sheikh-fares": ["Sheikh Fares"],
    "sheikh-kheder": ["Sheikh Kheder", "Sheikh Khider", "Sheikh Khodr", "Sheikh Khidr"],
    "sheikh-maqsoud": ["Sheikh Maqsood", "Sheikh Maqsoud", "Sheikh Maksoud"],
    "sheikh-najjar": ["Sheikh Najjar", "Sheikh Najjar Industrial City", "Sheikh Najjar industrial district"],
    "sheikh-saeed": ["Sheikh Saeed", "Sheikh Sa'eed", "Sheikh Said"],
    "souq-al-madina": ["Al-Madina Souq", "Umayyad Mosque", "Great Mosque of Aleppo", "Carlton Citadel Hotel",
                       "al-Sharafiyya", "Khusruwiyah"],
    "sakhour": ["Al-Sakhour Bridge"],
    "sukkari": ["Sukkari"],
    "trab-al-hellok": ["Hallak", "Hellok", "Holok", "al-Hellok", "Hallak Fuqani", "Hallak Tahtani",
                       "Hallak Al-Fukani", "Hallak Al-Tahtani", "الهلك", "حي الهلك"],
    "zahra": ["Jamiat al-Zahra", "Jamiyat al-Zahra", "Jamiat al-Zahraa", "Zahraa",
              "Air Force Intelligence building", "Air Force intelligence headquarters", "جمعية الزهراء"],
    "zebdiyeh": ["Zebdiyeh", "Zebdieh"],
    "zuhour": ["Zuhour"],
}

# Names that stand for several features at once: the alias is carried by each member, so the name
# resolves to the whole group. The first member is the "primary" one quoted in placements.
ALIAS_GROUPS = [
    {"aliases": ["Old City", "Old Aleppo", "Old City of Aleppo", "Ancient City of Aleppo", "حلب القديمة"],
     "districts": ["souq-al-madina", "farafra", "bayyada", "aqabeh", "jalloum", "bab-qinnasrin",
                   "qalet-ash-sharif", "sahet-bizzeh", "aajam", "altunbogha", "asileh"],
     "reason": "The walled Ancient City has no polygon of its own; the reference divides it into these "
               "intra-muros quarters (the Citadel, always government-held, is left out)."},
    {"aliases": ["Hamdaniyeh", "Hamdaniyah", "al-Hamdaniyeh", "الحمدانية"],
     "districts": ["hamdaniyeh-i", "hamdaniyeh-ii", "hamdaniyeh-iii", "hamdaniyeh-iv", "hamdaniyeh-v"],
     "reason": "The reference splits al-Hamdaniyeh into five parts; the documents never distinguish them."},
    {"aliases": ["Ramouseh", "Ramousah", "al-Ramousah", "Ramousah highway junction", "الراموسة"],
     "districts": ["ramouseh-industrial-district-iii", "ramouseh-industrial-district-i",
                   "ramouseh-industrial-district-ii", "ramouseh-industrial-district-iv"],
     "reason": "The reference has no residential Ramouseh polygon, only the four Ramouseh industrial "
               "districts; an event names the parts that fit. The Ramouseh military academy and colleges "
               "lie outside the layer."},
    {"aliases": ["Sakhour", "Al-Sakhour", "as-Sakhour", "Sakhur", "الصاخور"],
     "districts": ["sakhour", "sakhour-i"],
     "reason": "The reference gives as-Sakhour and as-Sakhour I the same Id (29): one district in two parts."},
]

# ----------------------------------------------------------------------------------------------
# Curated table 2: places with no reference polygon, drawn by hand (approximate)
# ----------------------------------------------------------------------------------------------
DRAWN = [
    {"id": "ard-al-hamra", "name": "Ard al-Hamra", "name_ar": "أرض الحمرا", "kind": "neighbourhood",
     "aliases": ["'Ard Al-Hamra", "Ard Al-Hamra", "Ard' Al Hamra", "al-Ard al-Hamra", "الأرض الحمراء",
                 "ارض الحمرا"],
     "rings": [[(37.2153, 36.2145), (37.2200, 36.2142), (37.2232, 36.2170), (37.2230, 36.2215),
                (37.2190, 36.2250), (37.2135, 36.2245), (37.2105, 36.2215), (37.2108, 36.2203),
                (37.2152, 36.2201)]],
     "note": "Drawn by hand (about 1.1 x 1.2 km) in the unmapped wedge between the reference Hanano "
             "(north-west), Jabal Badro (west) and al-Besel (south) polygons: wp-offensive-2016 calls it "
             "north-eastern and names it with Jabal Badro 'south of Hanano'. Covers no reference polygon; "
             "the real boundary is unknown."},
    {"id": "inzarat", "name": "al-Inzarat", "name_ar": "الإنذارات", "kind": "neighbourhood",
     "aliases": ["Inzarat", "al-Inzarat", "Inzarat district", "الانذارات"],
     "rings": [[(37.1855, 36.2438), (37.1905, 36.2446), (37.1965, 36.2438), (37.1975, 36.2470),
                (37.1930, 36.2490), (37.1870, 36.2482), (37.1850, 36.2460)]],
     "note": "Drawn by hand (about 1.1 x 0.6 km) on the city's north-eastern edge, north of the reference "
             "al-Haydariyeh polygon and east of Ayn at-Tal (towards the Jandoul area); the text only says "
             "'the northeastern Inzarat district'. Covers no reference polygon."},
    {"id": "sheikh-lutfi", "name": "Sheikh Lutfi", "name_ar": "الشيخ لطفي", "kind": "neighbourhood",
     "aliases": ["Sheikh Lutfi", "Sheikh Lufti", "Hill 420", "Police Hill", "شيخ لطفي"],
     "rings": [[(37.1683, 36.1696), (37.1755, 36.1689), (37.1792, 36.1708), (37.1795, 36.1741),
                (37.1739, 36.1747), (37.1698, 36.1745), (37.1680, 36.1727)]],
     "note": "Drawn by hand (about 1.0 x 0.65 km) in the unmapped ground south of the reference as-Salheen "
             "and al-Marjeh polygons and east of Sheikh Sa'eed: the text calls it southern, takes it with "
             "Marjeh and speaks of a hill overlooking it. Covers no reference polygon."},
    {"id": "tariq-al-bab", "name": "Tariq al-Bab", "name_ar": "طريق الباب", "kind": "neighbourhood",
     "aliases": ["Tariq al-Bab", "Tareeq al-Bab", "Tariq al-Bab district"],
     "rings": [[(37.1950, 36.2070), (37.2035, 36.2071), (37.2045, 36.2080), (37.2015, 36.2108),
                (37.1960, 36.2115), (37.1935, 36.2095)]],
     "note": "wp-offensive-2016 writes 'the southeastern Tariq al-Bab (al-Helwania) district'; the reference "
             "files the name under ash-Sha'ar next door. Drawn by hand (about 1.0 x 0.5 km) inside the "
             "reference al-Helwaniyeh polygon, between ash-Sha'ar and al-Besel, on purpose."},
    {"id": "karm-al-trab", "name": "Karm al-Trab", "name_ar": "كرم الطراب", "kind": "neighbourhood",
     "aliases": ["Karm al-Trab", "Karm al-Tarrab", "Karm at-Trab"],
     "rings": [[(37.2070, 36.2056), (37.2082, 36.2052), (37.2138, 36.2004), (37.2120, 36.1998),
                (37.2075, 36.2001), (37.2068, 36.2020)]],
     "note": "The reference files كرم الطراب under al-Ma'asaraniyeh Youth Housing and the text ties its "
             "capture to securing the airport road. Drawn by hand (about 0.6 km across) inside the northern "
             "part of that polygon, along the airport road, on purpose."},
    {"id": "maadi", "name": "al-Maadi", "name_ar": "المعادي", "kind": "neighbourhood",
     "aliases": ["Maadi", "al-Ma'adi", "حي المعادي"],
     "rings": [[(37.1612, 36.1870), (37.1676, 36.1878), (37.1676, 36.1920), (37.1612, 36.1918)]],
     "note": "The reference files حي المعادي under al-Asileh; the text takes Maadi together with Bab "
             "al-Nayrab and Salheen. Drawn by hand (about 0.55 km square) on the al-Asileh / as-Salheen "
             "border west of Muhammad Bek, over the south of al-Asileh and the northern lobe of as-Salheen."},
    {"id": "rashidin", "name": "ar-Rashidin", "name_ar": "الراشدين", "kind": "neighbourhood",
     "aliases": ["Rashidun", "Rashideen", "Rashidin", "al-Rashideen", "al-Rashadin", "Rashidin 4",
                 "Rashidin 5"],
     "rings": [[(37.0783, 36.1684), (37.0861, 36.1687), (37.0859, 36.1733), (37.0846, 36.1766),
                (37.0787, 36.1764), (37.0775, 36.1721)]],
     "note": "The Rashidin 4/5 suburbs lie beyond the south-western edge of the reference layer (Reuters: "
             "'in the countryside just southwest of the city'). A token shape drawn by hand (about 0.8 x "
             "0.9 km) just west of the reference Tishreen polygon; the real suburbs are larger and their "
             "extent is unknown. Covers no reference polygon."},
    {"id": "aqrab", "name": "Aqrab", "name_ar": None, "kind": "neighbourhood",
     "aliases": ["Aqrab", "al-Aqrab"],
     "name_ar_note": "Arabic spelling not confirmed (perhaps العقرب); left empty.",
     "rings": [[(37.0947, 36.1492), (37.1033, 36.1488), (37.1065, 36.1525), (37.1033, 36.1554),
                (37.0975, 36.1555), (37.0942, 36.1533)]],
     "note": "The text places Aqrab in south-western Aleppo, attacked together with Rashidun. Drawn by hand "
             "(about 1.0 x 0.75 km) south of the reference Tishreen polygon and west of ar-Ramouseh "
             "Industrial District I; the position within the south-west is a guess. Covers no reference "
             "polygon."},
    {"id": "old-sheikh-najjar-factories", "name": "Old Sheikh Najjar Factories", "name_ar": None,
     "kind": "other-area",
     "aliases": ["old Sheikh Najjar factories", "Sheikh Najjar factories"],
     "name_ar_note": "No Arabic name in the sources.",
     "rings": [[(37.2110, 36.2372), (37.2165, 36.2358), (37.2200, 36.2340), (37.2215, 36.2372),
                (37.2200, 36.2395), (37.2150, 36.2405), (37.2115, 36.2395)]],
     "note": "An industrial area between Zouhor hill and Hanano (the text: the Tiger Forces advanced south-west "
             "from the hill into 'the old Sheikh Najjar factories', then to the entrance of Hanano); it is "
             "not the Sheikh Najjar industrial city. Drawn by hand (about 0.9 x 0.7 km) along the "
             "north-eastern edge of the reference Hanano polygon; the location is a reasoned guess."},
    {"id": "zouhor-hill", "name": "Zouhor Hill", "name_ar": None, "kind": "other-area",
     "aliases": ["Zouhor hill", "Zouhor", "Tall Zouhor"],
     "name_ar_note": "Arabic spelling not confirmed; left empty.",
     "rings": [[(37.2222, 36.2400), (37.2255, 36.2395), (37.2272, 36.2420), (37.2255, 36.2445),
                (37.2222, 36.2445), (37.2208, 36.2422)]],
     "note": "'the strategic Zouhor hill which overlooks the Hanano district'; the army went on south-west "
             "from it into the old Sheikh Najjar factories. Drawn by hand (about 0.55 km across) north-east "
             "of the reference Hanano polygon, towards the Sheikh Najjar industrial city; the location is "
             "a reasoned guess. It is not the az-Zuhour neighbourhood (west of the Queiq)."},
    {"id": "talet-barakat", "name": "Talet Barakat", "name_ar": None, "kind": "neighbourhood",
     "aliases": ["Talet Barakat", "Tallet Barakat"],
     "name_ar_note": "Arabic spelling not confirmed (perhaps تلة بركات); left empty.",
     "rings": [[(37.2072, 36.2082), (37.2095, 36.2068), (37.2122, 36.2080), (37.2118, 36.2108),
                (37.2075, 36.2095)]],
     "note": "wp-offensive-2016: 'the Talet Barakat and Scientific Research Housing areas, south of Jabal "
             "Badro'. The reference polygon directly south of Jabal Badro is al-Besel, so this small shape "
             "(about 0.45 km across) is drawn by hand inside the north-western corner of al-Besel, next to "
             "al-Helwaniyeh, on purpose. The exact site is unknown."},
    {"id": "scientific-research-housing", "name": "Scientific Research Housing", "name_ar": None,
     "kind": "neighbourhood",
     "aliases": ["Scientific Research Housing", "research housing", "Masaken al-Buhuth al-Ilmiya"],
     "name_ar_note": "Arabic spelling not confirmed (perhaps مساكن البحوث العلمية); left empty.",
     "rings": [[(37.2125, 36.2085), (37.2140, 36.2072), (37.2197, 36.2085), (37.2195, 36.2128),
                (37.2128, 36.2110)]],
     "note": "Both Wikipedia texts place it 'south of Jabal Badro'. Drawn by hand (about 0.65 x 0.6 km) "
             "inside the northern part of the reference al-Besel polygon, east of Talet Barakat, along its "
             "border with Jabal Badro, on purpose. The exact site is unknown."},
    {"id": "old-ramouseh", "name": "Old Ramouseh", "name_ar": None, "kind": "neighbourhood",
     "aliases": ["Old Ramouseh", "Sadkop", "Sadcop"],
     "name_ar_note": "Arabic spelling not confirmed (perhaps الراموسة القديمة); left empty.",
     "rings": [[(37.1500, 36.1490), (37.1575, 36.1488), (37.1600, 36.1530), (37.1570, 36.1555),
                (37.1515, 36.1556), (37.1492, 36.1525)]],
     "note": "wp-offensive-2016: 'the Sadkop and Old Ramouseh areas, south of Sheikh Saeed'. Drawn by hand "
             "(about 0.9 x 0.75 km) in the unmapped ground directly south of the reference Sheikh Sa'eed "
             "polygon and east of ar-Ramouseh Industrial District III; the Sadkop area, named with it, is "
             "an alias. Covers no reference polygon; the exact extent is unknown."},
]
DRAWN_CURATED_INITIAL = {"rashidin", "old-sheikh-najjar-factories", "zouhor-hill"}

# ----------------------------------------------------------------------------------------------
# Curated table 3: placements - every place the five documents name that has no polygon of its own
# ----------------------------------------------------------------------------------------------
W16, WB, RT, CM = "wp-offensive-2016", "wp-battle-2012-2016", "reuters-2016-12-22", "commentary-2016-12-14"
PLACEMENTS = [
    # own (approximate) polygons
    ("Ard al-Hamra", ["'Ard Al-Hamra", "Ard Al-Hamra", "Ard' Al Hamra"], [W16, WB], "polygon", "ard-al-hamra",
     "A north-eastern district south of Hanano, next to Jabal Badro; no reference polygon. Drawn."),
    ("Inzarat", ["Inzarat"], [W16], "polygon", "inzarat",
     "A north-eastern district; no reference polygon. Drawn on the north-eastern edge."),
    ("Sheikh Lutfi", ["Sheikh Lutfi", "Sheikh Lufti"], [W16], "polygon", "sheikh-lutfi",
     "A southern district taken with Marjeh; no reference polygon. Drawn between Marjeh and Sheikh Sa'eed."),
    ("Tariq al-Bab", ["Tariq al-Bab"], [W16], "polygon", "tariq-al-bab",
     "No reference polygon (the reference files the name under ash-Sha'ar; the text equates it with "
     "al-Helwania). Drawn inside al-Helwaniyeh."),
    ("Karm al-Trab", ["Karm al-Trab"], [W16], "polygon", "karm-al-trab",
     "No reference polygon (filed under al-Ma'asaraniyeh Youth Housing). Drawn inside its northern part."),
    ("Maadi", ["Maadi"], [W16], "polygon", "maadi",
     "No reference polygon (filed under al-Asileh). Drawn on the al-Asileh / as-Salheen border."),
    ("Rashidin", ["Rashidun", "Rashideen", "al-Rashadin", "al-Rashideen"], [W16, WB, RT], "polygon", "rashidin",
     "The Rashidin 4/5 suburbs beyond the south-western edge of the layer; a token polygon is drawn."),
    ("Aqrab", ["Aqrab"], [W16], "polygon", "aqrab",
     "A south-western district named with Rashidun; no reference polygon. Drawn in the south-west."),
    ("Zouhor hill", ["Zouhor hill"], [W16], "polygon", "zouhor-hill",
     "A hill overlooking Hanano from the north-east, taken on 19 Nov 2016; a control event of its own. It "
     "is NOT az-Zuhour (a western neighbourhood), so it is not an alias of that polygon. Drawn (added id)."),
    ("old Sheikh Najjar factories", ["old Sheikh Najjar factories"], [W16], "polygon",
     "old-sheikh-najjar-factories",
     "An industrial area between Zouhor hill and Hanano, fought over 19-21 Nov 2016; distinct from the "
     "Sheikh Najjar industrial city polygon (government-held since 2014). Drawn (added id)."),
    # aliases of an existing polygon
    ("Bab al-Nayrab", ["Bab Al-Nayrab", "Bab al-Nerab"], [W16, WB], "alias", "muhammad-bek",
     "The quarter outside the vanished Bab al-Nayrab gate, south-east of the Old City, is officially named "
     "Muhammad Bek (Wikipedia, 'Bab al-Nairab'): the same quarter as the reference Muhammad Bek polygon. "
     "It had an approximate polygon drawn over 88% of Muhammad Bek, which let the same ground show two "
     "sides on the same days (issue 13); it is now an alias of muhammad-bek, and events naming either "
     "name are about that one polygon."),
    ("Masaken Hanano", ["Hanano housings"], [W16], "alias", "hanano",
     "The Hanano housing project is part of the reference Hanano polygon."),
    ("Hallak", ["Hallak", "Hellok"], [W16, WB], "alias", "trab-al-hellok",
     "al-Hellok has no polygon; Trab al-Hellok is the nearest reference polygon. The reference files "
     "الهلك under Ayn at-Tal: that alias is moved to Trab al-Hellok so that the name has one meaning."),
    ("Hallak Fuqani", ["Hallak Fuqani", "Hallak Al-Fukani"], [W16], "alias", "trab-al-hellok",
     "Upper Hallak; no known boundary between upper and lower Hallak, so an event naming only one of them "
     "is 'partial' for Trab al-Hellok."),
    ("Hallak Tahtani", ["Hallak Tahtani", "Hallak Al-Tahtani"], [W16], "alias", "trab-al-hellok",
     "Lower Hallak; see Hallak Fuqani."),
    ("Jamiat al-Zahra", ["Jamiat al-Zahra", "Jamiyat al-Zahra"], [W16, WB], "alias", "zahra",
     "The Zahraa association housing is the reference az-Zahra' district (western Aleppo)."),
    ("Air Force Intelligence building", ["Air Force Intelligence building", "Air Force intelligence headquarters"],
     [WB], "alias", "zahra",
     "The text places the Air Force intelligence headquarters 'in Aleppo's northwestern district Zahraa'."),
    ("Jandoul Factories", ["Jandoul Factories"], [W16], "alias", "ayn-at-tal",
     "The reference files الجندول (al-Jandoul) under Ayn at-Tal; taken with Ayn al-Tal in the same sentence."),
    ("Al-Sakhour Bridge", ["Al-Sakhour Bridge"], [W16], "alias", "sakhour",
     "'parts of the Sakhour district, namely the Al-Sakhour Bridge' - inside Sakhour (an event is partial)."),
    ("Talet Barakat", ["Talet Barakat"], [W16], "polygon", "talet-barakat",
     "An area captured on 28 Nov 2016 (an event of its own), 'south of Jabal Badro'; drawn inside the "
     "north of al-Besel, the reference polygon south of Jabal Badro (added id)."),
    ("Scientific Research Housing", ["Scientific Research Housing", "research housing"], [W16, WB], "polygon",
     "scientific-research-housing",
     "Captured on 28 Nov 2016 (an event of its own), 'south of Jabal Badro' in both Wikipedia texts; drawn "
     "inside the north of al-Besel (added id)."),
    ("Old Ramouseh", ["Old Ramouseh"], [W16], "polygon", "old-ramouseh",
     "Cleared on 30 Nov 2016 (an event of its own), 'south of Sheikh Saeed'; drawn in the unmapped ground "
     "south of Sheikh Sa'eed (added id)."),
    ("Sadkop", ["Sadkop"], [W16], "alias", "old-ramouseh",
     "'the Sadkop and Old Ramouseh areas, south of Sheikh Saeed': named with Old Ramouseh, no separate "
     "location known, so it is an alias of that drawn polygon."),
    ("Ramouseh", ["Ramouseh", "Ramousah"], [WB, RT], "alias", "ramouseh-industrial-district-iii",
     "No residential Ramouseh polygon: the name is carried by the four ar-Ramouseh Industrial District "
     "polygons (alias group); the Ramousah highway junction of the Reuters text lies there too."),
    ("al-Helwaniyah roundabout", ["al-Helwaniyah"], [W16], "alias", "helwaniyeh",
     "A roundabout on the edge of al-Helwaniyeh."),
    ("al-Jazmati roundabout", ["al-Jazmati"], [W16], "alias", "karm-aj-jazmati",
     "A roundabout on the edge of Karm aj-Jazmati."),
    ("al-Tahhan", ["al-Tahhan"], [W16], "alias", "karm-homad",
     "The reference gives كرم الطحان (Karm al-Tahhan) as an alternative name of Karm Homad."),
    ("Eye Hospital", ["Eye Hospital", "Aleppo Eye Hospital"], [W16, WB], "alias", "qadi-askar",
     "The Aleppo Eye Hospital stands in Qadi Askar (the text names them together)."),
    ("Old City", ["Old City", "Old Aleppo", "Old City of Aleppo", "old city of Aleppo",
                  "Ancient City of Aleppo", "old city"], [W16, WB, CM], "alias", "souq-al-madina",
     "No polygon of its own: the name is carried by the eleven intra-muros quarters of the reference "
     "(alias group 'Old City'); souq-al-madina is only the first of them."),
    ("Umayyad Mosque", ["Umayyad Mosque", "Great Mosque of Aleppo"], [W16, WB], "alias", "souq-al-madina",
     "The Great (Umayyad) Mosque lies in the reference Souq al-Madina quarter."),
    ("Carlton Citadel Hotel", ["Carlton Citadel Hotel"], [WB], "alias", "souq-al-madina",
     "South-west of the Citadel, in the reference Souq al-Madina quarter."),
    ("al-Sharafiyya and Khusruwiyah madrasas", ["al-Sharafiyya", "Khusruwiyah"], [WB], "alias",
     "souq-al-madina", "Monuments of the central Old City beside the Citadel and the Great Mosque."),
    ("al-Hatab Square", ["al-Hatab Square", "Sahat Al Hatab"], [WB], "alias", "beit-muheb-jdeydeh",
     "The text: 'al-Hatab Square in the Al-Jdayde (Jdeideh) District'."),
    ("Waqf of Ibshir Mustafa Pasha Complex", ["Waqf of Ibshir Mustafa Pasha Complex"], [WB], "alias",
     "beit-muheb-jdeydeh", "Named with al-Hatab Square in Jdeideh."),
    ("Saint Elias Cathedral", ["Saint Elias Cathedral"], [WB], "alias", "beit-muheb-jdeydeh",
     "The Maronite cathedral stands in al-Jdeydeh."),
    ("Hill 420 (Police Hill)", ["Hill 420", "Police Hill"], [W16], "alias", "sheikh-lutfi",
     "'the southern Hill 420 (Police Hill)', named with southern Sheikh Lutfi; exact location unknown "
     "(doubtful); an event is at most partial."),
    ("Al-Miersa", ["Al-Miersa"], [WB], "alias", "marjeh",
     "'the central and southern districts of Bab al-Nerab, Al-Miersa and Salhain': read as al-Marja, the "
     "quarter between Bab al-Nayrab (Muhammad Bek) and as-Salheen (doubtful reading). It is an alias of "
     "al-Marjeh only, never of Karm al-Myassar (issue 13)."),
    ("Hamdaniyeh", ["Hamdaniyeh"], [WB], "alias", "hamdaniyeh-i",
     "The reference splits al-Hamdaniyeh into five parts; the name is carried by all five (alias group)."),
]

# ----------------------------------------------------------------------------------------------
# Curated table 4: landmarks
# ----------------------------------------------------------------------------------------------
QUEIQ = [(37.1628, 36.2560), (37.1624, 36.2500), (37.1618, 36.2420), (37.1616, 36.2350), (37.1612, 36.2300),
         (37.1600, 36.2262), (37.1578, 36.2232), (37.1550, 36.2195), (37.1528, 36.2163), (37.1515, 36.2135),
         (37.1500, 36.2112), (37.1480, 36.2090), (37.1474, 36.2060), (37.1472, 36.2025), (37.1468, 36.1995),
         (37.1452, 36.1965), (37.1442, 36.1935), (37.1440, 36.1905), (37.1448, 36.1875), (37.1465, 36.1845),
         (37.1472, 36.1810), (37.1472, 36.1770), (37.1468, 36.1730), (37.1462, 36.1690), (37.1455, 36.1640),
         (37.1448, 36.1590), (37.1440, 36.1540), (37.1432, 36.1490)]
QUEIQ_HOW = ("Approximate, drawn by hand from north to south along the gaps between the reference "
             "neighbourhood polygons: it enters between ash-Sheikh Maqsoud and Bustan al-Basha / Trab "
             "al-Hellok, runs south-west between as-Siryan and as-Suleimaniyeh, past the east side of the "
             "Public Park, between al-Jamiliyeh and Jamal Abd an-Naser Park, past the Bustan al-Qaser / "
             "al-Masharqa crossing and along the east side of Bustan al-Qaser, between as-Sukkari and Karm "
             "ad-Da'ada'a, then south past the west side of Sheikh Sa'eed into the ar-Ramouseh area. Not a "
             "surveyed course.")


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
ARTICLES = ("al-", "as-", "ash-", "ad-", "aj-", "an-", "az-", "at-", "ar-", "the ")


def slug(name):
    s = name.strip()
    s = re.sub(r"\s*\(.*?\)\s*", " ", s).strip()
    low = s.lower()
    for a in ARTICLES:
        if low.startswith(a):
            s = s[len(a):]
            break
    s = s.lower().replace("’", "").replace("‘", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def clean_name(name):
    s = name.replace("’", "'").replace("‘", "'").strip()
    if s.startswith("The "):
        s = s[4:]
    return s


NORM_DROP = {"al", "el", "as", "ash", "ad", "aj", "an", "az", "at", "ar", "the", "district", "districts",
             "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"}


def norm(s):
    """Case-, diacritic-, punctuation- and article-insensitive key (as the app resolves names)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = re.sub(r"[’‘'`´]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(t for t in s.split() if t not in NORM_DROP)


def signed_area(ring):
    return sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] for i in range(len(ring) - 1)) / 2.0


def close(ring):
    ring = [list(p) for p in ring]
    if ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    return ring


def orient(polygon):
    out = []
    for k, ring in enumerate(polygon):
        ring = close(ring)
        a = signed_area(ring)
        if (k == 0 and a < 0) or (k > 0 and a > 0):
            ring = ring[::-1]
        out.append(ring)
    return out


def dedupe(seq, exclude=()):
    """Drop empty names, exact repeats and names that differ from one already kept (or from an excluded
    name) only by letter case. Article, punctuation and transliteration variants are all kept: every
    distinct spelling the documents use is listed."""
    seen = {x.casefold() for x in exclude if x}
    out = []
    for x in seq:
        if not x or x.casefold() in seen:
            continue
        seen.add(x.casefold())
        out.append(x)
    return out


def fail(msg):
    sys.exit("curate_districts: " + msg)


# ----------------------------------------------------------------------------------------------
# geometry: local metric projection, carving, strict validity
# ----------------------------------------------------------------------------------------------
WGS84_A = 6378137.0
WGS84_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563)
CENTRAL_MERIDIAN = 37.16


def _sinusoidal(xy):
    """lon/lat (N x 2 array) -> metres in the ellipsoidal sinusoidal projection (equal-area): x = N(phi)
    cos(phi) dlon, y = meridian arc length from the equator."""
    lon, lat = xy[:, 0], np.radians(xy[:, 1])
    e2 = WGS84_E2
    e4, e6 = e2 * e2, e2 * e2 * e2
    n = WGS84_A / np.sqrt(1 - e2 * np.sin(lat) ** 2)
    x = n * np.cos(lat) * np.radians(lon - CENTRAL_MERIDIAN)
    y = WGS84_A * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * lat
                   - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * np.sin(2 * lat)
                   + (15 * e4 / 256 + 45 * e6 / 1024) * np.sin(4 * lat)
                   - (35 * e6 / 3072) * np.sin(6 * lat))
    return np.column_stack([x, y])


def area_m2(geom):
    return shapely.transform(geom, _sinusoidal).area


def to_shapely(geometry):
    return shape(geometry)


def polygon_parts(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type in ("MultiPolygon", "GeometryCollection"):
        return [p for g in geom.geoms for p in polygon_parts(g)]
    return []  # lines and points left by differencing enclose nothing


def to_coordinates(polygons):
    return [orient([list(p.exterior.coords)] + [list(r.coords) for r in p.interiors]) for p in polygons]


def carve(feats):
    """Cut every overlap out of one of the two features (see the module doc). Returns one report entry
    per carved feature: {id, before_km2, after_km2, children: [(id, overlap m²)], dropped_m2}."""
    geoms = [to_shapely(f["geometry"]) for f in feats]
    for f, g in zip(feats, geoms):
        if not g.is_valid:
            fail("%s: invalid before carving: %s" % (f["properties"]["id"], explain_validity(g)))
    areas = [area_m2(g) for g in geoms]
    # Lower rank keeps its ground: drawn before reference, then the smaller, then the earlier.
    rank = {i: k for k, i in enumerate(sorted(range(len(feats)), key=lambda i: (
        not feats[i]["properties"]["approximate"], areas[i], i)))}
    tree = STRtree(geoms)
    report = []
    for i, f in enumerate(feats):
        children = [int(j) for j in tree.query(geoms[i], predicate="intersects")
                    if j != i and rank[int(j)] < rank[i] and geoms[i].relate_pattern(geoms[int(j)], "T********")]
        if not children:
            continue
        children.sort(key=lambda j: feats[j]["properties"]["id"])
        overlaps = [(feats[j]["properties"]["id"], area_m2(geoms[i].intersection(geoms[j]))) for j in children]
        rest = geoms[i].difference(shapely.union_all([geoms[j] for j in children]))
        parts = polygon_parts(rest)
        kept = [p for p in parts if area_m2(p) >= TOLERANCE_M2]
        if not kept:
            fail("%s: nothing left after carving out %s" % (f["properties"]["id"], [c for c, _ in overlaps]))
        dropped = sum(area_m2(p) for p in parts if area_m2(p) < TOLERANCE_M2)
        f["geometry"] = {"type": "MultiPolygon", "coordinates": to_coordinates(kept)}
        f["properties"]["carved_out"] = [c for c, _ in overlaps]
        report.append({"id": f["properties"]["id"], "before_km2": areas[i] / 1e6,
                       "after_km2": area_m2(MultiPolygon(kept)) / 1e6, "children": overlaps,
                       "dropped_m2": dropped})
    # Say on each drawn feature what was carved out for it (generated, so it stays true).
    by_id = {f["properties"]["id"]: f for f in feats}
    carved_for = {}
    for r in report:
        for c, a in r["children"]:
            carved_for.setdefault(c, []).append((r["id"], a))
    for c, hosts in carved_for.items():
        p = by_id[c]["properties"]
        if p["approximate"]:
            p["approximate_note"] += (
                " Its ground is carved out of %s, so that no ground is in two districts." % " and ".join(
                    "%s (%s, %.3f km²)" % (by_id[h]["properties"]["name"], h, a / 1e6) for h, a in sorted(hosts)))
    return report


def check_carving(feats):
    """No two features overlap by TOLERANCE_M2 or more. Returns the largest overlap left (m²)."""
    geoms = [to_shapely(f["geometry"]) for f in feats]
    tree = STRtree(geoms)
    worst, bad = 0.0, []
    for i, j in zip(*tree.query(geoms, predicate="intersects")):
        if i < j:
            a = area_m2(geoms[i].intersection(geoms[j]))
            worst = max(worst, a)
            if a >= TOLERANCE_M2:
                bad.append("%s x %s: %.1f m²" % (feats[i]["properties"]["id"], feats[j]["properties"]["id"], a))
    if bad:
        fail("features overlap by %g m² or more:\n  " % TOLERANCE_M2 + "\n  ".join(bad))
    return worst


def strict_problem(poly):
    """Why a polygon (list of closed rings) would be refused by the app's ring check, or None: every ring
    simple with no repeated vertex, rings neither touching nor crossing, holes inside the exterior."""
    try:
        sp = Polygon(poly[0], poly[1:])
    except Exception as e:  # noqa: BLE001 - any construction error is a problem to report
        return str(e)
    if not sp.is_valid:
        return explain_validity(sp)
    rings = [LinearRing(r) for r in poly]
    for k, r in enumerate(poly):
        if len({tuple(p) for p in r[:-1]}) != len(r) - 1:
            return "ring %d repeats a vertex" % k
        if not rings[k].is_simple:
            return "ring %d is not simple" % k
    for a in range(len(rings)):
        for b in range(a + 1, len(rings)):
            if rings[a].intersects(rings[b]):
                return "rings %d and %d touch" % (a, b)
    return None


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
def load_reference():
    with open(os.path.join(REF_DIR, "Neighborhoods.geojson"), encoding="utf-8") as f:
        ref = json.load(f)
    with open(os.path.join(REF_DIR, "neighborhoods-names.json"), encoding="utf-8") as f:
        names = json.load(f)
    return ref, names


def build_reference_districts(ref, names):
    alt = {}
    for entry in names.values():
        alt.setdefault(entry["original_name"], []).extend(
            (entry.get("alternative_arabic") or []) + (entry.get("alternative_english") or []))
    order, groups = [], {}
    for i, f in enumerate(ref["features"]):
        nm = f["properties"]["NAME"]
        if nm not in groups:
            groups[nm] = []
            order.append(nm)
        groups[nm].append(i)
    feats = []
    for nm in order:
        idx = groups[nm]
        props0 = ref["features"][idx[0]]["properties"]
        fid = ID_OVERRIDES.get(nm, slug(nm))
        csr_ids = sorted({ref["features"][i]["properties"]["Id"] for i in idx})
        name_ar = props0.get("NAME_A")
        name_ar_note = None
        if fid in NAME_AR_FIX:
            name_ar, name_ar_note = NAME_AR_FIX[fid]
        display = NAME_OVERRIDES.get(fid, clean_name(nm))
        remove = set(ALIASES_REMOVE.get(fid, []))
        aliases = sorted({a for a in alt.get(nm, []) if a and a not in (nm, props0.get("NAME_A"))} - remove)
        extra = []
        if display != nm:
            extra.append(nm)
        extra += ALIASES_ADD.get(fid, [])
        aliases = dedupe(aliases + extra, exclude=[display, name_ar])
        polys = []
        for i in idx:
            g = ref["features"][i]["geometry"]
            if g["type"] == "Polygon":
                polys.append(orient(g["coordinates"]))
            elif g["type"] == "MultiPolygon":
                polys.extend(orient(p) for p in g["coordinates"])
            else:
                fail("unexpected geometry " + g["type"])
        props = {
            "id": fid,
            "name": display,
            "name_ar": name_ar,
        }
        if name_ar_note:
            props["name_ar_note"] = name_ar_note
        props.update({
            "aliases": aliases,
            "kind": "other-area" if fid in OTHER_AREA else "neighbourhood",
            "approximate": False,
            "initial_controller": "government",
            "initial_source": SRC_CURATED if fid in CURATED_INITIAL else SRC_CITY,
            "reference": {
                "csr_id": csr_ids[0] if len(csr_ids) == 1 else csr_ids,
                "csr_name": nm,
                "csr_name_a": props0.get("NAME_A"),
                "csr_features": idx,
            },
        })
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    return feats


def build_drawn():
    feats = []
    for d in DRAWN:
        props = {"id": d["id"], "name": d["name"], "name_ar": d["name_ar"]}
        if d.get("name_ar_note"):
            props["name_ar_note"] = d["name_ar_note"]
        props.update({
            "aliases": dedupe(d["aliases"], exclude=[d["name"], d["name_ar"]]),
            "kind": d["kind"],
            "approximate": True,
            "approximate_note": d["note"],
            "initial_controller": "government",
            "initial_source": SRC_CURATED if d["id"] in DRAWN_CURATED_INITIAL else SRC_CITY,
        })
        polys = [orient([ring]) for ring in d["rings"]]
        feats.append({"type": "Feature", "properties": props,
                      "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    return feats


def apply_groups(feats):
    by_id = {f["properties"]["id"]: f for f in feats}
    for g in ALIAS_GROUPS:
        for did in g["districts"]:
            if did not in by_id:
                fail("alias group member %s missing" % did)
            p = by_id[did]["properties"]
            p["aliases"] = dedupe(p["aliases"] + g["aliases"], exclude=[p["name"], p.get("name_ar")])


def build_placements(ids):
    out = []
    for name, spellings, docs, decision, district, reason in PLACEMENTS:
        if district not in ids:
            fail("placement %s: unknown district %s" % (name, district))
        entry = {"name": name, "decision": decision, "district": district, "reason": reason,
                 "spellings": spellings, "documents": docs}
        for g in ALIAS_GROUPS:
            if any(norm(s) in {norm(a) for a in g["aliases"]} for s in spellings + [name]):
                entry["districts"] = list(g["districts"])
        out.append(entry)
    return out


def validate(feats, expected_reference=126):
    ids = [f["properties"]["id"] for f in feats]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    nref = sum(1 for f in feats if not f["properties"]["approximate"])
    if nref != expected_reference:
        fail("expected %d reference districts, got %d" % (expected_reference, nref))
    for f in feats:
        g = f["geometry"]
        if g["type"] != "MultiPolygon" or not g["coordinates"]:
            fail("%s: geometry must be a non-empty MultiPolygon" % f["properties"]["id"])
        for poly in g["coordinates"]:
            for k, ring in enumerate(poly):
                if len(ring) < 4 or ring[0] != ring[-1]:
                    fail("%s: ring not closed or too short" % f["properties"]["id"])
                for x, y in ring:
                    if not (math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90):
                        fail("%s: bad coordinate" % f["properties"]["id"])
                a = signed_area(ring)
                if a == 0 or (k == 0) != (a > 0):
                    fail("%s: ring orientation" % f["properties"]["id"])
        for k, poly in enumerate(g["coordinates"]):
            problem = strict_problem(poly)
            if problem:
                fail("%s: polygon %d is invalid: %s" % (f["properties"]["id"], k, problem))
        whole = to_shapely(g)
        if not whole.is_valid:
            fail("%s: parts overlap: %s" % (f["properties"]["id"], explain_validity(whole)))
        p = f["properties"]
        if p["approximate"] != ("approximate_note" in p) or p["approximate"] == ("reference" in p):
            fail("%s: approximate_note/reference inconsistent" % p["id"])


def resolver(feats, placements=()):
    """Name key -> ids, as the app indexes names: id, name, Arabic name, aliases, and (as the app does)
    the name of every alias placement."""
    table = {}
    for f in feats:
        p = f["properties"]
        for n in [p["name"], p["id"], p.get("name_ar")] + p["aliases"]:
            if n:
                table.setdefault(norm(n), set()).add(p["id"])
    for pl in placements:
        if pl["decision"] == "alias":
            table.setdefault(norm(pl["name"]), set()).add(pl["district"])
    return table


def check_spellings(feats):
    if not os.path.exists(SPELLINGS):
        return 0
    with open(SPELLINGS, encoding="utf-8") as f:
        spellings = json.load(f)
    table = resolver(feats)
    bad = []
    for s in spellings:
        want = set(s.get("districts") or [s["district"]])
        got = table.get(norm(s["spelling"]), set())
        # Exactly: a spelling that also resolves to another district would let one name show two places.
        if got != want or s["district"] not in got:
            bad.append("%s (%s) -> %s, resolves to %s" % (s["spelling"], s["document"], sorted(want), sorted(got)))
    if bad:
        fail("spellings that do not resolve to exactly their district(s):\n  " + "\n  ".join(bad))
    return len(spellings)


def check_placements(feats, placements):
    """Every name and spelling of an alias placement resolves to exactly its district (or group)."""
    table = resolver(feats, placements)
    bad = []
    for p in placements:
        if p["decision"] != "alias":
            continue
        want = set(p.get("districts") or [p["district"]])
        for s in [p["name"]] + p["spellings"]:
            got = table.get(norm(s), set())
            if got != want:
                bad.append("%s (placement %s) -> %s, resolves to %s" % (s, p["name"], sorted(want), sorted(got)))
    if bad:
        fail("placements whose names do not resolve to exactly their district(s):\n  " + "\n  ".join(bad))


def build_landmarks(ref):
    def ref_geom(name):
        polys = []
        for f in ref["features"]:
            if f["properties"]["NAME"] == name:
                polys.extend(orient(p) for p in f["geometry"]["coordinates"])
        if len(polys) != 1:
            fail("landmark %s: expected one polygon" % name)
        return {"type": "Polygon", "coordinates": polys[0]}

    return {
        "type": "FeatureCollection",
        "name": "Aleppo Atlas landmarks (orientation only)",
        "attribution": ATTRIBUTION,
        "features": [
            {"type": "Feature",
             "properties": {"id": "citadel", "name": "Aleppo Citadel", "name_ar": "قلعة حلب", "kind": "citadel",
                            "how_made": "Polygon copied from the reference feature 'Aleppo Citadel' (CSR, "
                                        "Conflict Urbanism: Aleppo), ring re-oriented counter-clockwise."},
             "geometry": ref_geom("Aleppo Citadel")},
            {"type": "Feature",
             "properties": {"id": "airport", "name": "Aleppo International Airport", "name_ar": "مطار حلب الدولي",
                            "kind": "airport",
                            "how_made": "Polygon copied from the reference feature 'Aleppo International "
                                        "Airport' (CSR, Conflict Urbanism: Aleppo), ring re-oriented "
                                        "counter-clockwise."},
             "geometry": ref_geom("Aleppo International Airport")},
            {"type": "Feature",
             "properties": {"id": "queiq", "name": "Queiq River", "name_ar": "نهر قويق", "kind": "river",
                            "how_made": QUEIQ_HOW},
             "geometry": {"type": "LineString", "coordinates": [list(p) for p in QUEIQ]}},
        ],
    }


def main():
    ref, names = load_reference()
    feats = build_reference_districts(ref, names)
    feats += build_drawn()
    apply_groups(feats)
    report = carve(feats)
    validate(feats)
    worst = check_carving(feats)
    ids = {f["properties"]["id"] for f in feats}
    collection = {
        "type": "FeatureCollection",
        "name": "Aleppo Atlas districts",
        "attribution": ATTRIBUTION,
        "record_start": RECORD_START,
        "placements": build_placements(ids),
        "alias_groups": ALIAS_GROUPS,
        "features": feats,
    }
    nspell = check_spellings(feats)
    check_placements(feats, collection["placements"])
    with open(OUT_DISTRICTS, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(OUT_LANDMARKS, "w", encoding="utf-8") as f:
        json.dump(build_landmarks(ref), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %s: %d features (%d reference, %d drawn), %d placements; %d document spellings resolve"
          % (os.path.relpath(OUT_DISTRICTS, ROOT), len(feats), len(feats) - len(DRAWN), len(DRAWN),
             len(collection["placements"]), nspell))
    print("wrote %s" % os.path.relpath(OUT_LANDMARKS, ROOT))
    print("carved (km² before -> after, in the local equal-area projection):")
    for r in report:
        print("  %-28s %8.4f -> %8.4f  minus %s%s" % (
            r["id"], r["before_km2"], r["after_km2"],
            ", ".join("%s %.1f m²" % (c, a) for c, a in r["children"]),
            "; slivers dropped %.2f m²" % r["dropped_m2"] if r["dropped_m2"] else ""))
    print("largest overlap left between two features: %.6f m² (tolerance %g m²)" % (worst, TOLERANCE_M2))


if __name__ == "__main__":
    main()
