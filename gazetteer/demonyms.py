"""Demonyms and country abbreviations: words that point at a country without naming a place.

"Azerbaijani", "Russian" and "Armenians" tell the geoparser which countries a report is
about; they are country *context*, not locations (a Russian peacekeeper is not in
Russia). "U.S." and "UK" are different: they name the country itself, so the spotter
treats them as toponyms of that country.

The table is our own (no package ships English demonyms): the adjective of every
sovereign state and a few territories, plus the plural nouns that differ from
"adjective + s". Keys are case-folded; values are ISO 3166-1 alpha-2 codes.

>>> country_of_demonym("Azerbaijani")
'AZ'
>>> country_of_demonym("Armenians")
'AM'
>>> country_of_demonym("Table") is None
True
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# "adjective:ISO2" pairs, grouped loosely by region; several adjectives may share a code.
_ADJECTIVES: Final[str] = """
afghan:AF albanian:AL algerian:DZ andorran:AD angolan:AO antiguan:AG argentine:AR
argentinian:AR armenian:AM australian:AU austrian:AT azerbaijani:AZ azeri:AZ bahamian:BS
bahraini:BH bangladeshi:BD barbadian:BB belarusian:BY belarussian:BY belgian:BE belizean:BZ
beninese:BJ bhutanese:BT bolivian:BO bosnian:BA botswanan:BW brazilian:BR british:GB
bruneian:BN bulgarian:BG burkinabe:BF burmese:MM burundian:BI cambodian:KH cameroonian:CM
canadian:CA chadian:TD chilean:CL chinese:CN colombian:CO comoran:KM congolese:CD
costa rican:CR croatian:HR cuban:CU cypriot:CY czech:CZ danish:DK djiboutian:DJ
dominican:DO dutch:NL ecuadorian:EC egyptian:EG emirati:AE english:GB equatoguinean:GQ
eritrean:ER estonian:EE eswatini:SZ ethiopian:ET fijian:FJ filipino:PH finnish:FI
french:FR gabonese:GA gambian:GM georgian:GE german:DE ghanaian:GH greek:GR grenadian:GD
guatemalan:GT guinean:GN guyanese:GY haitian:HT honduran:HN hungarian:HU icelandic:IS
indian:IN indonesian:ID iranian:IR iraqi:IQ irish:IE israeli:IL italian:IT ivorian:CI
jamaican:JM japanese:JP jordanian:JO kazakh:KZ kazakhstani:KZ kenyan:KE kiribati:KI
kosovar:XK kuwaiti:KW kyrgyz:KG lao:LA laotian:LA latvian:LV lebanese:LB liberian:LR
libyan:LY liechtensteiner:LI lithuanian:LT luxembourgish:LU malagasy:MG malawian:MW
malaysian:MY maldivian:MV malian:ML maltese:MT marshallese:MH mauritanian:MR mauritian:MU
mexican:MX micronesian:FM moldovan:MD monegasque:MC mongolian:MN montenegrin:ME
moroccan:MA mozambican:MZ namibian:NA nauruan:NR nepalese:NP nepali:NP new zealand:NZ
nicaraguan:NI nigerien:NE nigerian:NG north korean:KP norwegian:NO omani:OM
pakistani:PK palauan:PW palestinian:PS panamanian:PA papua new guinean:PG paraguayan:PY
peruvian:PE polish:PL portuguese:PT qatari:QA romanian:RO russian:RU rwandan:RW
salvadoran:SV samoan:WS sammarinese:SM saudi:SA scottish:GB senegalese:SN serbian:RS
seychellois:SC sierra leonean:SL singaporean:SG slovak:SK slovenian:SI somali:SO
south african:ZA south korean:KR south sudanese:SS spanish:ES sri lankan:LK sudanese:SD
surinamese:SR swazi:SZ swedish:SE swiss:CH syrian:SY taiwanese:TW tajik:TJ tajikistani:TJ
tanzanian:TZ thai:TH timorese:TL togolese:TG tongan:TO trinidadian:TT tunisian:TN
turkish:TR turkmen:TM tuvaluan:TV ugandan:UG ukrainian:UA uruguayan:UY uzbek:UZ
uzbekistani:UZ vanuatuan:VU venezuelan:VE vietnamese:VN welsh:GB yemeni:YE zambian:ZM
zimbabwean:ZW korean:KR kurdish:IQ greenlandic:GL puerto rican:PR hongkonger:HK
soviet:RU american:US
igbo:NG yoruba:NG hausa:NG pashtun:AF uyghur:CN uighur:CN rohingya:MM chechen:RU
baloch:PK tigrayan:ET
"""

# Plural nouns that are not "adjective + s" (the "-ese", "-ish" and "-i" forms).
_IRREGULAR_NOUNS: Final[str] = """
afghans:AF azeris:AZ britons:GB brits:GB chinese:CN czechs:CZ danes:DK dutchmen:NL
filipinos:PH finns:FI frenchmen:FR greeks:GR icelanders:IS irishmen:IE israelis:IL
iraqis:IQ japanese:JP kazakhs:KZ kurds:IQ kuwaitis:KW kyrgyz:KG lebanese:LB
luxembourgers:LU new zealanders:NZ omanis:OM pakistanis:PK poles:PL portuguese:PT
qataris:QA saudis:SA scots:GB somalis:SO spaniards:ES swedes:SE swiss:CH tajiks:TJ
thais:TH turks:TR turkmens:TM uzbeks:UZ vietnamese:VN welshmen:GB yemenis:YE
emiratis:AE bahrainis:BH bangladeshis:BD nepalis:NP azerbaijanis:AZ
"""

# Abbreviations and short names of a country; the spotter reads them case-sensitively.
COUNTRY_ABBREVIATIONS: Final = MappingProxyType(
    {
        "U.S.": "US",
        "U.S.A.": "US",
        "US": "US",
        "USA": "US",
        "UK": "GB",
        "U.K.": "GB",
        "UAE": "AE",
        "U.A.E.": "AE",
        "DRC": "CD",
        "D.R.C.": "CD",
        # Long and short forms that GeoNames lacks; "Congo" alone is the Republic of the
        # Congo there, so the Democratic Republic needs its every spelling.
        "Democratic Republic of Congo": "CD",
        "Democratic Republic of the Congo": "CD",
        "DR Congo": "CD",
        "D.R. Congo": "CD",
        "DR of Congo": "CD",
        "Congo-Kinshasa": "CD",
        "Republic of Congo": "CG",
        "Republic of the Congo": "CG",
        "Congo-Brazzaville": "CG",
        "PRC": "CN",
        "USSR": "RU",
        # Short names that GeoNames lacks or gives to a village first ("América", AR).
        "America": "US",
        "Great Britain": "GB",
        "Holland": "NL",
    }
)
# Short names shared by two countries: the text's full name says which one is meant
# ("the Democratic Republic of Congo ... Congo's army"). Folded name -> the ISO2 codes.
SHARED_SHORT_NAMES: Final = MappingProxyType({"congo": ("CD", "CG")})

# Words before "America" that make it a continent or region, not the United States.
AMERICA_QUALIFIERS: Final = ("latin", "central", "south", "north", "middle", "meso")


def _parse_table(table: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    # Entries are separated by spaces, but an adjective may hold one ("costa rican"),
    # so split on the code separator instead of on whitespace.
    tokens = table.split()
    words: list[str] = []
    for token in tokens:
        if ":" in token:
            word, code = token.split(":")
            words.append(word)
            pairs[" ".join(words)] = code
            words = []
        else:
            words.append(token)
    return pairs


def _build() -> dict[str, str]:
    adjectives = _parse_table(_ADJECTIVES)
    table = dict(adjectives)
    for adjective, code in adjectives.items():
        # "Armenian" -> "Armenians"; the "-ese"/"-ish"/"-i" forms are listed explicitly.
        if adjective.endswith(("an", "ni", "ri")):
            table.setdefault(adjective + "s", code)
    table.update(_parse_table(_IRREGULAR_NOUNS))
    return table


DEMONYMS: Final = MappingProxyType(_build())
"""Case-folded demonym (adjective or plural noun) -> ISO 3166-1 alpha-2 code."""


def country_of_demonym(word: str) -> str | None:
    """The ISO2 code of the country that ``word`` is a demonym of, or None."""
    return DEMONYMS.get(" ".join(word.casefold().split()))


# AP-style and postal abbreviations of US states and Canadian provinces, as they follow a
# town ("Glasgow, Ky.", "London, Ont.", "Peoria, IL"). Value: (ISO2, first-level area name).
_REGION_TABLE: Final[str] = """
US Alabama Ala. AL|US Alaska Alaska AK|US Arizona Ariz. AZ|US Arkansas Ark. AR
US California Calif. CA|US Colorado Colo. CO|US Connecticut Conn. CT|US Delaware Del. DE
US Florida Fla. FL|US Georgia Ga. GA|US Hawaii Hawaii HI|US Idaho Idaho ID
US Illinois Ill. IL|US Indiana Ind. IN|US Iowa Iowa IA|US Kansas Kan. KS
US Kentucky Ky. KY|US Louisiana La. LA|US Maine Maine ME|US Maryland Md. MD
US Massachusetts Mass. MA|US Michigan Mich. MI|US Minnesota Minn. MN
US Mississippi Miss. MS|US Missouri Mo. MO|US Montana Mont. MT|US Nebraska Neb. NE
US Nevada Nev. NV|US New_Hampshire N.H. NH|US New_Jersey N.J. NJ|US New_Mexico N.M. NM
US New_York N.Y. NY|US North_Carolina N.C. NC|US North_Dakota N.D. ND|US Ohio Ohio OH
US Oklahoma Okla. OK|US Oregon Ore. OR|US Pennsylvania Pa. PA|US Rhode_Island R.I. RI
US South_Carolina S.C. SC|US South_Dakota S.D. SD|US Tennessee Tenn. TN|US Texas Texas TX
US Utah Utah UT|US Vermont Vt. VT|US Virginia Va. VA|US Washington Wash. WA
US West_Virginia W.Va. WV|US Wisconsin Wis. WI|US Wyoming Wyo. WY
US District_of_Columbia D.C. DC
CA Alberta Alta. AB|CA British_Columbia B.C. BC|CA Manitoba Man. MB
CA New_Brunswick N.B. NB|CA Newfoundland_and_Labrador Nfld. NL|CA Nova_Scotia N.S. NS
CA Ontario Ont. ON|CA Prince_Edward_Island P.E.I. PE|CA Quebec Que. QC
CA Saskatchewan Sask. SK|CA Yukon Y.T. YT|CA Northwest_Territories N.W.T. NT
"""


def _build_regions() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for entry in _REGION_TABLE.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        country, name, *abbreviations = entry.split()
        for abbreviation in abbreviations:
            # A full name ("Ohio") is found by the gazetteer itself; keep real abbreviations.
            if abbreviation != name:
                table[abbreviation] = (country, name.replace("_", " "))
    return table


REGION_ABBREVIATIONS: Final = MappingProxyType(_build_regions())
"""Abbreviation -> (ISO2, first-level area name), read only after "Town, "."""


# Seats of power that news names instead of their city ("the Kremlin said"), and the city
# they stand in: (ISO2, city name). GeoNames has towns called "White House" and "Kremlin".
LANDMARKS: Final = MappingProxyType(
    {
        "White House": ("US", "Washington"),
        "Capitol Hill": ("US", "Washington"),
        "Pentagon": ("US", "Washington"),
        "Wall Street": ("US", "New York"),
        "Kremlin": ("RU", "Moscow"),
        "Downing Street": ("GB", "London"),
        "Whitehall": ("GB", "London"),
        "Élysée": ("FR", "Paris"),
        "Elysee": ("FR", "Paris"),
        "Zhongnanhai": ("CN", "Beijing"),
        "Bundestag": ("DE", "Berlin"),
        "Knesset": ("IL", "Jerusalem"),
    }
)


# Actors that work in one country only, as reports name them: peace and security
# missions ("Three peacekeepers with MINUSMA were killed" is a report about Mali), a
# state's own forces by their local name ("Tatmadaw", "SAA"), and armed groups of one
# country. Like a demonym they are country context, never a location. Sources: the
# missions' own pages (peacekeeping.un.org, the African Union's, SADC's, NATO's) and
# the groups' Wikipedia articles. Left out on purpose: missions and groups that act in
# several countries or a disputed area (UNDOF, UNISFA; al-Shabaab, Boko Haram, the
# Taliban, Hezbollah, JNIM and the PKK are in ACTOR_REGIONS) and acronyms that name
# other things too ("RSF", "SDF", "PDF", "IDF").
ACTOR_COUNTRIES: Final = MappingProxyType(
    {
        # Missions.
        "MINUSMA": "ML",
        "AFISMA": "ML",
        "MINUSCA": "CF",
        "MISCA": "CF",
        "MONUSCO": "CD",
        "MONUC": "CD",
        "SAMIDRC": "CD",
        "UNMISS": "SS",
        "UNAMID": "SD",
        "UNITAMS": "SD",
        "AMISOM": "SO",
        "ATMIS": "SO",
        "UNSOM": "SO",
        "UNIFIL": "LB",
        "UNAMA": "AF",
        "ISAF": "AF",
        "UNAMI": "IQ",
        "UNSMIL": "LY",
        "MINUSTAH": "HT",
        "BINUH": "HT",
        "UNMIK": "XK",
        "KFOR": "XK",
        "UNFICYP": "CY",
        "MINURSO": "EH",
        "UNMIL": "LR",
        "UNOCI": "CI",
        "UNMHA": "YE",
        "SAMIM": "MZ",
        "ECOMIG": "GM",
        # A state's forces by their own name.
        "Tatmadaw": "MM",
        "SAA": "SY",
        "FARDC": "CD",
        "FAMa": "ML",
        "FADM": "MZ",
        "FACA": "CF",
        "ENDF": "ET",
        "UPDF": "UG",
        "KDF": "KE",
        "Popular Mobilization Forces": "IQ",
        "Popular Mobilisation Forces": "IQ",
        "Popular Mobilization Units": "IQ",
        "Popular Mobilization forces": "IQ",
        "Popular Mobilisation forces": "IQ",
        "Hashd al-Shaabi": "IQ",
        # The Kurdistan Region's forces (Wikipedia: "Peshmerga").
        "Peshmerga": "IQ",
        "Peshmergas": "IQ",
        # Armed groups of one country.
        "Houthis": "YE",
        "Houthi": "YE",
        "Ansar Allah": "YE",
        "AQAP": "YE",
        "Hayat Tahrir al-Sham": "SY",
        "Tahrir al-Sham": "SY",
        "Syrian Democratic Forces": "SY",
        "YPG": "SY",
        "Rapid Support Forces": "SD",
        "Tehreek-e-Taliban": "PK",
        "Tehrik-i-Taliban": "PK",
        "TTP": "PK",
        "M23": "CD",
        "CODECO": "CD",
        # North Kivu's pro-government militias (Wikipedia: "Wazalendo").
        "Wazalendo": "CD",
        "TPLF": "ET",
        "Fano": "ET",
        "ISWAP": "NG",
        "New People's Army": "PH",
        "Abu Sayyaf": "PH",
        "FARC": "CO",
        "ELN": "CO",
        "Clan del Golfo": "CO",
        "Arakan Army": "MM",
        "Karen National Union": "MM",
        "Kachin Independence Army": "MM",
    }
)

# Armed groups that fight in a few neighbouring countries ("Al-Shabaab fighters attacked
# Balad" is about Somalia or Kenya, not Iraq): weak context for each of their countries,
# so that a namesake far away loses, but never the document's country. Sources: the
# groups' Wikipedia articles (areas of operations).
ACTOR_REGIONS: Final = MappingProxyType(
    {
        **dict.fromkeys(
            ("al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab", "Al Shabaab", "al Shabaab"),
            ("SO", "KE"),
        ),
        "Boko Haram": ("NG", "CM", "NE", "TD"),
        "Taliban": ("AF", "PK"),
        "JNIM": ("ML", "BF", "NE"),
        # Its name holds a region's: "IS Sahel militants" are no event in Burkina Faso's
        # Sahel region.
        **dict.fromkeys(
            ("IS Sahel", "ISSP", "Islamic State in the Greater Sahara", "ISGS"),
            ("ML", "NE", "BF"),
        ),
        "Ansarul Islam": ("BF", "ML"),
        "Ansaroul Islam": ("BF", "ML"),
        "Allied Democratic Forces": ("CD", "UG"),
        "Hezbollah": ("LB", "SY"),
        "Hizbollah": ("LB", "SY"),
        "Hamas": ("PS", "IL"),
        "PKK": ("TR", "IQ", "SY"),
        # Russia's forces for hire, named after a continent: "the Africa Corps (formerly
        # Wagner)" is no place in Africa.
        **dict.fromkeys(("Africa Corps", "Wagner Group"), ("ML", "BF", "NE", "CF", "LY", "SD")),
    }
)

# What follows a country's name when the name is its forces' ("Kenya Defence Forces",
# "the Uganda People's Defence Force", "Sudan Armed Forces"): an actor, which acts where
# the sentence says, not at home. A pattern to match right after the name.
NAMED_FORCES_AFTER: Final = (
    r"(?:\s+People['’]s)?\s+(?:Defen[cs]e\s+Forces?|Armed\s+Forces|National\s+(?:Army|Police|"
    r"Guard)|Police\s+(?:Force|Service)|Air\s+Force|Border\s+Guards?)\b"
)
