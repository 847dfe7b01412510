"""People, organisations and ordinary words that share a spelling with a place.

Every sentence here is written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest

from gazetteer.geoparse import Geoparser, Mention, ParsedDocument
from gazetteer.index import GazetteerIndex
from gazetteer.names import judge_names
from gazetteer.spot import Spot


@pytest.fixture(scope="module")
def geoparser(gazetteer_index: GazetteerIndex) -> Geoparser:
    return Geoparser(gazetteer_index)


def mention(document: ParsedDocument, text: str) -> Mention:
    found = [m for m in document.mentions if m.text == text]
    assert found, f"{text!r} not among {[m.text for m in document.mentions]}"
    return found[0]


def places(document: ParsedDocument) -> dict[str, str | None]:
    """Toponym text -> ISO2 of its place (None when unresolved); names left out."""
    return {
        m.text: (m.place.country if m.place else None)
        for m in document.mentions
        if m.kind == "toponym"
    }


@pytest.mark.parametrize(
    ("sentence", "name", "cue"),
    [
        # A title before the name, capitalised or not, abbreviated or hyphenated.
        ("President Michel Aoun met envoys in Beirut on Monday.", "Michel", "title"),
        ("Army spokesman Col Tamer Haddad said two soldiers died in Homs.", "Tamer", "title"),
        ("Secretary-General Antonio Guterres visited Goma on Friday.", "Antonio", "title"),
        ("Government spokesman Patrick Muyaya spoke in Kinshasa.", "Patrick", "title"),
        # A given name before the spot, or the spot as a given name before a surname.
        ("The official, Abdullahi Ali Warsame, told reporters in Baidoa.", "Ali", "given"),
        ("Karine Jean-Pierre told reporters in Washington.", "Pierre", "given"),
        ("Antonio Fuentes, a farmer, was shot near Cali.", "Antonio", "given"),
        # Given names with accents, as Spanish, French and Turkish write them.
        ("Mourners buried José Núñez Ortega in Cali on Sunday.", "José", "given"),
        # "of" after what befell a person leads to the person, not to a place.
        ("The body of Luis Pérez was found in Culiacán.", "Luis", "given"),
        # A middle initial does not end the name: "J." is no sentence's end.
        ("Master Sgt John J. Dunbar was killed near Manbij.", "Dunbar", "title"),
        # A big city's other name ("Dual" is one of Douala's) is no place in a person's.
        ("Simon Hoth Dual, a county commissioner, spoke in Bor.", "Dual", "given"),
        # An age after the name or before it.
        ("Relatives buried Paw Kyi, 52, in a village near Mandalay.", "Kyi", "age"),
        # The age in brackets, as Indonesian papers print it ("Rayo" is a town in Spain).
        ("On Monday, Yohanes Rayo (43) was shot near Sugapa.", "Rayo", "age"),
        # A title that is a town's other name somewhere starts the person's name.
        (
            "The police commander, Commissioner Fidele Ngoumbe, spoke in Bambari.",
            "Commissioner",
            "title",
        ),
        # Burmese honorifics, capitalised: "Ko", "Daw", "Saw" before a name.
        ("The bombs fell at 10 am, said Ko Zin Wai, a member of the defence team.", "Zin", "title"),
        ("Daw Hla Kone told reporters in Mandalay the shelling went on.", "Kone", "title"),
        # A title's abbreviation, a full stop, then the name ("Gen" is a town in Vietnam).
        ("Gen. Lul said ten soldiers were killed in Maiwut.", "Gen", "title"),
    ],
)
def test_person_names_are_not_places(geoparser, sentence, name, cue):
    found = mention(geoparser.parse(sentence), name)
    assert found.kind == "name" and found.place is None
    assert "person's name" in found.reason


def test_a_quoted_nickname_inside_a_name_keeps_it_a_person_s(geoparser):
    # Philippine and Latin American police copy: given name, nickname in quotes, surname;
    # the surname alone later is the same man ("Villanueva" is also a town).
    text = (
        'Police identified the suspect as Ricardo "Ka Dodong" Villanueva, 45. The police '
        "chief said Villanueva drew a pistol and fired at the arresting team."
    )
    document = geoparser.parse(text)
    assert all(m.kind == "name" for m in document.mentions if m.text == "Villanueva")
    chapo = geoparser.parse("Soldiers captured Joaquin “El Chapo” Guzman in Culiacan.")
    assert mention(chapo, "El Chapo").kind == "name"
    # A quotation is no nickname: it ends in punctuation.
    quoted = geoparser.parse('"Go home," Villanueva said.')
    assert mention(quoted, "Villanueva").kind == "toponym"


def test_a_government_s_name_for_a_rebel_group_is_no_village(geoparser):
    # "Shene" is also a village in Ethiopia, "OLA" a town in Russia.
    document = geoparser.parse(
        "OLA fighters, which the government calls Shene, killed three people in Nekemte on Monday."
    )
    assert places(document).get("Nekemte") == "ET"
    assert all(m.place is None for m in document.mentions if m.text in ("Shene", "OLA"))


def test_the_same_name_alone_is_the_person_too(geoparser):
    text = (
        "Information Minister Patrick Muyaya addressed the press in Kinshasa. "
        "Muyaya said the army held the town of Sake."
    )
    document = geoparser.parse(text)
    assert mention(document, "Patrick").kind == "name"
    assert places(document).get("Kinshasa") == "CD"
    muyaya = [m for m in document.mentions if m.text == "Muyaya"]
    assert all(m.kind == "name" for m in muyaya)


def test_an_organisation_s_abbreviation_in_brackets_is_not_a_place(geoparser):
    # "Maud" is a place, and "MoD" one of its spellings; "DRC" spells a country's name.
    document = geoparser.parse(
        "The Ministry of Defence (MoD) named the soldier. Fighting in the Democratic "
        "Republic of the Congo (DRC) displaced thousands."
    )
    mod = mention(document, "MoD")
    assert mod.kind == "name" and mod.place is None
    assert "abbreviation of 'Ministry of Defence'" in mod.reason
    assert mention(document, "DRC").place is not None


def test_a_mixed_case_abbreviation_in_brackets_is_not_a_place(geoparser):
    # "Pop" is a town in Uzbekistan; spelt "PoP" after the words it abbreviates, it is
    # the ceremony, though no word of it names an organisation.
    document = geoparser.parse(
        "The minister reviewed the Passing out Parade (PoP) of new cadets in Kaduna."
    )
    pop = mention(document, "PoP")
    assert pop.kind == "name" and pop.place is None
    assert "abbreviation of 'Passing out Parade'" in pop.reason
    assert places(document).get("Kaduna") == "NG"


def test_a_name_with_a_word_for_a_person_after_it_is_the_persons(geoparser):
    # Gomez is a town in Mexico; ", a native of" says the name is a man's. A country
    # described by what it belongs to stays a country.
    document = geoparser.parse(
        "Gomez, a native of Mexico, was arrested by police in Laredo, Texas. Turkey, a "
        "NATO member, protested."
    )
    gomez = mention(document, "Gomez")
    assert gomez.kind == "name" and gomez.place is None
    assert "a native" in gomez.reason
    assert places(document).get("Turkey") == "TR"
    assert places(document).get("Laredo") == "US"


def test_a_surname_after_a_given_name_is_the_person_later_too(geoparser):
    # Kelly and Marion are towns in the US: once the text calls someone "John Kelly",
    # the bare "Kelly" later is him, unless it reads as a place ("Kelly County").
    text = (
        "Chief of staff John Kelly met reporters in Washington. Kelly later clashed with "
        "aides, and reporter Bill Marion covered the row. Marion said Kelly was angry. "
        "Residents of Kelly County were not asked."
    )
    document = geoparser.parse(text)
    assert places(document).get("Washington") == "US"
    county_at = text.index("Kelly County")
    bare = [m for m in document.mentions if m.text in ("Kelly", "Marion") and m.start < county_at]
    assert len(bare) >= 4
    assert all(m.kind == "name" and m.place is None for m in bare), [
        (m.text, m.reason) for m in bare
    ]
    county = [m for m in document.mentions if m.start == county_at]
    assert county and all("person" not in m.reason for m in county)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Suspected Boko Haram fighters raided a village near Maiduguri.", "Boko"),
        ("Clashes pitted the army against the Fano militia near Gondar.", "Fano"),
        ("The White Helmets pulled survivors from the rubble in Idlib.", "White"),
        ("Rapid Support Forces shelled a market in El Fasher.", "Rapid"),
        ("The Taliban took over the district centre in Ghazni province.", "Taliban"),
        ("Members of the National Front for Liberation met in Idlib.", "Liberation"),
        ("The Gamela tribe was attacked in Maranhao state.", "Gamela"),
        # South Asia's word for an armed body of men: a "Sena" (an army).
        ("Members of the Bihar Sena attacked a village near Patna.", "Bihar"),
    ],
)
def test_organisations_and_militias_are_not_places(geoparser, sentence, name):
    at = sentence.index(name)
    found = [m for m in geoparser.parse(sentence).mentions if m.start <= at < m.end]
    assert found
    for m in found:
        # A name, or an actor of one country ("the Fano militia" fights in Ethiopia):
        # country context at most, never the place of the event.
        assert (m.kind == "name" and m.place is None) or m.kind == "demonym"


def test_ordinary_words_inside_long_names_are_not_places(geoparser):
    text = (
        "The High Commission for Human Rights condemned the attack, and the Ring Bridge "
        "in Kabul was closed."
    )
    document = geoparser.parse(text)
    assert places(document).get("Kabul") == "AF"
    for word in ("Human", "Ring"):
        assert word not in places(document)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        # A prominent place modifies the organisation; the corpora count it a place.
        ("Kenya Defence Forces soldiers patrolled the border town.", "Kenya", "KE"),
        ("Police in Kano said the Kano State Police Command made arrests.", "Kano", "NG"),
        ("Students of Mosul University marched through Mosul.", "Mosul", "IQ"),
        # Lists and chains of places name no one.
        ("Protests spread to Cuba, Chile and Norway.", "Chile", "CL"),
        ("Troops entered the village of Alto Baudo in Choco.", "Choco", "CO"),
    ],
)
def test_places_next_to_names_stay_places(geoparser, sentence, name, country):
    assert places(geoparser.parse(sentence)).get(name) == country


def test_democratic_republic_of_congo_is_cd_and_so_is_the_bare_congo(geoparser):
    text = (
        "Rebels advanced in the east of the Democratic Republic of Congo. "
        "Congo's army said it held the airport; the DR Congo government called for talks."
    )
    document = geoparser.parse(text)
    assert {m.place.country for m in document.mentions if m.place} == {"CD"}


def test_republic_of_the_congo_stays_cg(geoparser):
    document = geoparser.parse("Floods hit Brazzaville, in the Republic of Congo.")
    assert places(document).get("Republic of Congo") == "CG"


def test_a_chain_of_containers_fixes_the_country(geoparser):
    document = geoparser.parse("Two bombers struck Bodo, Far North Region, Cameroon.")
    bodo = mention(document, "Bodo")
    # No Bodo of Cameroon in the index: better no place than Bodø in Norway.
    assert bodo.place is None or bodo.place.country == "CM"
    assert "CM" in bodo.reason or bodo.place is not None
    assert mention(document, "Region").kind == "name"
    texas = geoparser.parse("A tornado struck Paris, Texas, on Monday.")
    assert places(texas)["Paris"] == "US"


def test_an_agency_acronym_is_not_a_place(geoparser):
    text = "The National Agency for Mine Action (ANAMA) cleared fields near Aghdam."
    assert "ANAMA" not in places(geoparser.parse(text))
    dateline = geoparser.parse("BEIRUT (AP) -- Shelling hit the south on Monday.")
    assert places(dateline).get("BEIRUT") == "LB"


def test_initials_after_the_name_a_body_not_a_town(geoparser):
    # "SNA" is one of Sanaa's other names; "the SNA" is an army. "The DRC" stays a country.
    text = "According to the SNA, a drone strike supported the operation near the DRC border."
    found = places(geoparser.parse(text))
    assert "SNA" not in found and found.get("DRC") == "CD"


def test_the_month_of_a_portuguese_or_spanish_date_is_no_place(geoparser):
    # "1 de Maio" is a village named after a date; Maio is also an island of Cape Verde.
    text = "Insurgents burned homes in the village of 1 de Maio on Tuesday."
    assert "Maio" not in places(geoparser.parse(text))


def test_judge_names_without_the_index():
    text = "Col. Fuentes and the Hezbollah commander met in Tyre."
    spots = [
        Spot(word, text.index(word), text.index(word) + len(word), (word.lower(),), "toponym")
        for word in ("Fuentes", "Hezbollah", "Tyre")
    ]
    verdicts = judge_names(text, spots)
    assert verdicts[0] is not None and verdicts[0].kind == "person"
    assert verdicts[1] is not None and verdicts[1].kind == "organisation"
    assert verdicts[2] is None
    # Demonyms and other kinds are not judged.
    demonym = Spot("Lebanese", 0, 8, ("lebanese",), "demonym", country="LB")
    assert judge_names("Lebanese troops", [demonym]) == [None]


def test_a_feature_named_after_a_titled_person_is_not_the_town_of_that_name(geoparser):
    document = geoparser.parse("Pilgrims fled the Imam Reza shrine after a stabbing.")
    reza = mention(document, "Reza")
    assert reza.place is None and "feature" in reza.reason


def test_water_named_after_a_town_is_not_the_town(geoparser):
    document = geoparser.parse("Militants attacked a checkpoint 80 km east of the Suez Canal.")
    suez = mention(document, "Suez")
    assert suez.place is None and "water" in suez.reason
    assert mention(geoparser.parse("Protesters marched in Suez on Friday."), "Suez").place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A police rank as Nigerian and South Asian papers print it, before a person.
        ("The command's spokesman, DSP Adamu Shendam, said eight were killed.", "Shendam"),
        # A given name of the region before a surname that is a town's name.
        ("Sarbast Amedi, a local official, said the drone fired two missiles.", "Amedi"),
    ],
)
def test_a_rank_or_a_regional_given_name_starts_a_person_s_name(geoparser, text, name):
    assert mention(geoparser.parse(text), name).place is None


def test_a_witness_named_with_his_job_is_a_person_however_big_the_town(geoparser):
    # Salamanca is a city of 160,000 in Mexico, which a given name alone yields to;
    # ", a waiter." says the name is the witness's.
    document = geoparser.parse(
        'Gunmen attacked a bar in Irapuato, Mexico. "They came in shooting," said Jorge '
        "Salamanca, a waiter."
    )
    salamanca = mention(document, "Salamanca")
    assert salamanca.place is None and "a waiter" in salamanca.reason
    assert places(document).get("Irapuato") == "MX"


def test_a_make_of_car_and_an_ethnic_group_are_no_places(geoparser):
    # Toyota is a city of 400,000 in Japan and Amhara a region of Ethiopia; "a Toyota
    # pickup" is a car, "ethnic Amhara farmers" a people.
    document = geoparser.parse(
        "Gunmen in a Toyota pickup shot dead nine people, most of them ethnic Amhara "
        "farmers, near Gida Ayana. Fighting also went on in the Amhara region."
    )
    assert mention(document, "Toyota").place is None
    amhara = [m for m in document.mentions if m.text == "Amhara"]
    assert [m.place is None for m in amhara] == [True, False]


def test_a_town_before_a_word_for_a_car_is_still_the_town(geoparser):
    # Only a make of car is no place before "pickup" or "car": "a Kabul car bomb" and
    # "the Mali land border" name Kabul and Mali.
    document = geoparser.parse("A Kabul car bomb killed five; troops closed the Mali land border.")
    assert places(document).get("Kabul") == "AF"
    assert places(document).get("Mali") == "ML"


def test_a_city_s_name_after_a_given_name_is_a_surname(geoparser):
    # Maldonado, Uruguay, is a city of 100,000; after "Jorge" it is a surname all the same.
    parsed = geoparser.parse(
        "Jorge Maldonado was shot dead outside a restaurant in Machala, police said."
    )
    places = [m.text for m in parsed.mentions if m.place is not None]
    assert places == ["Machala"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Congress district leader Kharan Sultana said police stood by.", "Kharan"),
        ("Constable Bannu Khan was injured in the attack.", "Bannu"),
    ],
)
def test_a_leader_s_or_a_constable_s_name_is_a_person_s(geoparser, text, name):
    # A party's leader and a police constable, before their names (both towns).
    found = mention(geoparser.parse(text), name)
    assert found.kind == "name" and found.place is None


def test_a_unit_named_in_brackets_after_its_force_is_no_place(geoparser):
    text = "The convoy hit mines laid by the PDF (Aden) near Dawei on Monday."
    assert mention(geoparser.parse(text), "Aden").place is None


def test_a_name_after_a_word_for_a_person_is_a_person_s(geoparser):
    text = "Gunmen shot a motorbike driver, Mosul, near Sinak on Friday."
    assert mention(geoparser.parse(text), "Mosul").place is None


def test_a_name_goes_on_after_abu_or_bin(geoparser):
    # "Muhammad Abu Anin": the kunya is part of the man's name; Anin is a village too.
    text = "Troops shot dead Rami Haddad and Muhammad Abu Anin near Tulkarm on Monday."
    assert mention(geoparser.parse(text), "Anin").kind == "name"
