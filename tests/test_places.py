"""Places: toponym detection (spaCy component) and resolution (document stage)."""

from __future__ import annotations

import pytest

from claimledger.gazetteer import Entry
from claimledger.models import Analysis, Claim, Claimant, Content, Document
from claimledger.nlp.geocode import resolve_places


@pytest.fixture(scope="module")
def places_analyzer():
    from claimledger.nlp.pipeline import Analyzer, make_nlp

    return Analyzer(nlp=make_nlp(components=["claimledger_places"]), stages=["claimledger.nlp.places:resolve_places"])


def _places(analyzer, text):
    return analyzer.analyze(Document(text=text)).places


@pytest.mark.model
def test_places_seed_article(seed_analysis):
    found = {}
    for p in seed_analysis.places:
        found.setdefault(p.name, []).append(p)
    aleppo = found["Aleppo"]
    assert all(p.country == "SY" and p.admin1 == "Aleppo" and p.gazetteer_id for p in aleppo)
    assert {"eastern", "western"} <= {p.qualifier for p in aleppo}
    text = seed_analysis.document.text
    assert any(text[p.span[0] : p.span[1]].lower() == "eastern aleppo" for p in aleppo)
    for name, country in [("Raqqa", "SY"), ("Idlib", "SY"), ("Damascus", "SY"), ("Turkey", "TR"), ("Syria", "SY")]:
        assert name in found, name
        assert all(p.country == country and p.lat is not None for p in found[name]), name
    assert found["Damascus"][0].admin1 == "Dimashq"
    # demonyms are not places
    assert "Syrian" not in found and "Syrians" not in found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, country, admin1, qualifier",
    [
        ("Shelling continued in east Mosul on Friday.", "Mosul", "IQ", None, "east"),
        ("Government forces advanced into northern Hama overnight.", "Hama", "SY", None, "northern"),
        ("Two men were killed in Dawlat Abad district, Balkh province.", "Dawlat Abad", "AF", "Balkh", None),
        ("The governor of Kandahar said the road was closed.", "Kandahar", "AF", "Kandahar", None),
        ("Residents fled Kansas City after the storm.", "Kansas City", "US", None, None),
        ("He was born in Wichita, Kan., in 1950.", "Wichita", "US", "Kansas", None),
        # the admin unit named after a place contains it: no homonym abroad
        ("Police arrested two men in Ghaziabad district, Kunar province.", "Ghaziabad", "AF", "Konar", None),
        ("A mine exploded in the Rabat area of Arghandab district, Zabul.", "Rabat", "AF", "Zabul", None),
        ("Two civilians were wounded in Qarabagh district, Kabul.", "Qarabagh", "AF", "Kabul", None),
        # ezafe joins one name ("Sar-e Pol", "Mazar-e Sharif")
        ("Gunmen attacked a post in Sayyad district, Sar-e Pol province.", "Sar-e Pol", "AF", "Sar-e Pol", None),
        ("Gunmen attacked a post in Sayyad district, Sar-e Pol province.", "Sayyad", "AF", "Sar-e Pol", None),
        ("Shops stayed closed in Mazar-e Sharif on Monday.", "Mazar-e Sharif", "AF", "Balkh", None),
        # "A and B areas/districts of Y": both are inside Y, and both are places
        ("Clashes were reported in the Rabat and Sangar areas of Arghandab district, Zabul.", "Rabat", "AF", "Zabul", None),
        ("Taliban attacked checkpoints in Nad Ali and Nawa districts of Helmand province.", "Nad Ali", "AF", "Helmand", None),
    ],
)
def test_places_detect_and_resolve(places_analyzer, text, name, country, admin1, qualifier):
    places = _places(places_analyzer, text)
    match = [p for p in places if p.name == name]
    assert match, [p.name for p in places]
    p = match[0]
    assert p.country == country
    assert admin1 is None or p.admin1 == admin1
    assert p.qualifier == qualifier


@pytest.mark.model
@pytest.mark.parametrize(
    "text, not_places",
    [
        ("The Syrian army and Afghan police met Iraqi officials.", {"Syrian", "Afghan", "Iraqi"}),
        ("Jordan Peterson spoke to students on Monday.", {"Jordan"}),
        ("The West has not responded, Mr Nelson said.", {"West", "Nelson"}),
        ("Samples of West Nile virus were sent to the lab.", {"West Nile"}),
    ],
)
def test_places_not_taken_for_places(places_analyzer, text, not_places):
    names = {p.name for p in _places(places_analyzer, text)}
    assert not (names & not_places), names


@pytest.mark.model
def test_places_district_with_centre_in_brackets(places_analyzer):
    places = _places(places_analyzer, "Clashes in Nad Ali (Marja) district, Helmand left three dead.")
    by_name = {p.name: p for p in places}
    assert {"Nad Ali", "Marja", "Helmand"} <= set(by_name), list(by_name)
    assert "Ali" not in by_name  # the longer mention wins
    assert all(by_name[n].country == "AF" and by_name[n].admin1 == "Helmand" for n in ("Nad Ali", "Marja", "Helmand"))


@pytest.mark.model
def test_places_at_the_head_of_an_organisation_name(places_analyzer):
    places = _places(places_analyzer, "Officials at the US State Department declined to comment.")
    assert [(p.name, p.country) for p in places] == [("US", "US")]


@pytest.mark.model
def test_places_country_focus_picks_the_local_one(places_analyzer):
    text = "Fighting spread from Kabul to Kandahar and Herat, and reached Gardez."
    places = _places(places_analyzer, text)
    assert {p.country for p in places} == {"AF"}


def _entry(id, name, kind, country, admin1, pop, lat=0.0, lon=0.0):
    return Entry(id=id, name=name, lat=lat, lon=lon, country=country, admin1=admin1, kind=kind, population=pop)


def test_resolve_places_uses_admin_context_and_sets_claim_places():
    from claimledger.nlp.places import PlaceMention

    text = "The governor of Springfield said Springfield, Ohio was hit."
    spring_il = _entry("g:1", "Springfield", "city", "US", "Illinois", 116000, 39.8, -89.6)
    spring_oh = _entry("g:2", "Springfield", "city", "US", "Ohio", 58000, 39.9, -83.8)
    ohio = _entry("g:3", "Ohio", "admin1", "US", "Ohio", 11000000, 40.3, -82.8)
    m1 = PlaceMention(name="Springfield", span=(16, 27), candidates=(spring_il, spring_oh))
    m2 = PlaceMention(name="Springfield", span=(33, 44), candidates=(spring_il, spring_oh), within="Ohio")
    m3 = PlaceMention(name="Ohio", span=(46, 50), candidates=(ohio,), is_context=True)
    unknown = PlaceMention(name="Nowhere", span=(0, 3), source="gazetteer")
    claim = Claim(
        id="c1", span=(0, len(text)), text=text,
        claimant=Claimant(name="The governor of Springfield", span=(0, 27)),
        content=Content(text=text[33:], span=(33, len(text))),
    )
    analysis = Analysis(document=Document(text=text), places=[unknown, m1, m2, m3], claims=[claim])
    resolve_places(analysis, None)
    assert [p.name for p in analysis.places] == ["Springfield", "Springfield", "Ohio"]  # unresolvable gazetteer hit dropped
    assert analysis.places[1].gazetteer_id == "g:2"  # "Springfield, Ohio"
    assert analysis.places[0].gazetteer_id == "g:2"  # the document names Ohio elsewhere
    assert analysis.places[1].admin1 == "Ohio" and analysis.places[2].country == "US"
    assert claim.places == [1, 2]  # not the Springfield inside the claimant's name


def test_resolve_places_population_prior_without_context():
    from claimledger.nlp.places import PlaceMention

    small = _entry("g:1", "Tripoli", "city", "LB", "North", 230000, 34.4, 35.8)
    big = _entry("g:2", "Tripoli", "city", "LY", "Tripoli", 1150000, 32.9, 13.2)
    analysis = Analysis(document=Document(text="Tripoli"), places=[PlaceMention(name="Tripoli", span=(0, 7), candidates=(small, big))])
    resolve_places(analysis, None)
    assert analysis.places[0].country == "LY" and analysis.places[0].lat == 32.9


def test_places_of_a_claim_are_those_its_words_name(analyzer):
    text = (
        "The spokesman told reporters in Damascus on Monday that no hospital in "
        "Aleppo had been hit by the air force."
    )
    analysis = analyzer.analyze(Document(text=text, published="2016-11-21"))
    claim = next(c for c in analysis.claims if c.attribution != "author")
    assert [analysis.places[i].name for i in claim.places] == ["Aleppo"]


def test_resolve_places_admin_context_beats_a_homonym_abroad():
    from claimledger.nlp.places import PlaceMention

    text = "Zorqintel district, Farah"
    abroad = _entry("g:1", "Zorqintel", "city", "TD", "Salamat", 20000, 10.9, 20.3)
    farah = _entry("g:2", "Farah", "admin1", "AF", "Farah", 100000, 32.4, 62.6)
    x = PlaceMention(name="Zorqintel", span=(0, 18), hint="admin2", candidates=(abroad,), within="Farah")
    y = PlaceMention(name="Farah", span=(20, 25), candidates=(farah,), is_context=True)
    analysis = Analysis(document=Document(text=text), places=[x, y])
    resolve_places(analysis, None)
    # unknown in Farah: Farah's coordinates and admin1, no gazetteer id of its own
    assert (x.country, x.admin1, x.lat, x.lon, x.gazetteer_id) == ("AF", "Farah", 32.4, 62.6, None)


def test_resolve_places_countries_in_a_list_are_not_contained():
    from claimledger.nlp.places import PlaceMention

    iraq = _entry("g:1", "Iraq", "country", "IQ", None, 40000000, 33.0, 43.8)
    syria = _entry("g:2", "Syria", "country", "SY", None, 20000000, 35.0, 38.5)
    x = PlaceMention(name="Iraq", span=(0, 4), candidates=(iraq,), within="Syria")
    y = PlaceMention(name="Syria", span=(6, 11), candidates=(syria,), is_context=True)
    analysis = Analysis(document=Document(text="Iraq, Syria"), places=[x, y])
    resolve_places(analysis, None)
    assert x.country == "IQ" and x.gazetteer_id == "g:1"


def test_resolve_places_a_district_named_after_its_town_contains_its_areas():
    from claimledger.nlp.places import PlaceMention

    text = "the Qalandar area of Marufkot district, Nimroz"
    abroad = _entry("g:1", "Qalandar", "city", "PK", "Punjab", 30000, 31.0, 73.0)
    town = _entry("g:2", "Marufkot", "city", "AF", "Nimroz", 5000, 30.9, 62.0)
    nimroz = _entry("g:3", "Nimroz", "admin1", "AF", "Nimroz", 100000, 30.8, 62.3)
    x = PlaceMention(name="Qalandar", span=(4, 17), hint="city", candidates=(abroad,), within="Marufkot")
    y = PlaceMention(name="Marufkot", span=(21, 38), hint="admin2", candidates=(town,), within="Nimroz", is_context=True)
    z = PlaceMention(name="Nimroz", span=(40, 46), candidates=(nimroz,), is_context=True)
    resolve_places(Analysis(document=Document(text=text), places=[x, y, z]), None)
    assert y.gazetteer_id == "g:2"
    assert (x.country, x.admin1, x.gazetteer_id) == ("AF", "Nimroz", None)


@pytest.mark.model
def test_places_ner_span_over_a_comma_is_a_place_and_its_admin_unit():
    from spacy.tokens import Span

    from claimledger.nlp.pipeline import make_nlp
    from claimledger.nlp.places import PlacesComponent

    doc = make_nlp(components=[]).make_doc("Fighting in Beledweyne, Hiiraan ended.")
    doc.ents = [Span(doc, 2, 5, label="GPE")]  # the small model sometimes tags "X, Y" as one span
    by_name = {m.name: m for m in PlacesComponent()(doc)._.cl_places}
    assert {"Beledweyne", "Hiiraan"} <= set(by_name)
    assert by_name["Beledweyne"].within == "Hiiraan"


def test_places_a_small_homonym_abroad_is_left_unresolved(analyzer):
    # a district name known only abroad, in a report that is plainly about Syria
    text = (
        "Shells fell on Aleppo overnight. Doctors in Aleppo said a clinic in the "
        "al-Shaar district was hit. Residents of Aleppo fled west."
    )
    analysis = analyzer.analyze(Document(text=text, published="2016-11-19"))
    countries = {p.name: p.country for p in analysis.places}
    assert countries.get("Aleppo") == "SY"
    assert countries.get("al-Shaar") in (None, "SY")


def test_places_a_town_name_heading_an_armed_groups_name_is_no_place(analyzer):
    from claimledger.models import Document

    text = "Rapid Support Forces fighters attacked the Abu Shouk camp near El Fasher.\n"
    names = [p.name for p in analyzer.analyze(Document(text=text)).places]
    assert "Rapid" not in names
    assert "El Fasher" in names


def test_places_a_dateline_or_a_capital_speaking_is_no_claims_place(analyzer):
    from claimledger.models import Document

    text = (
        "MOSCOW, March 3 - Russian forces destroyed an ammunition depot near Izium, "
        "the defence ministry said, adding that no civilian sites had been hit.\n\n"
        "Kyiv said the strike hit a school in Kharkiv.\n"
    )
    analysis = analyzer.analyze(Document(text=text, published="2022-03-03"))
    names = [p.name for p in analysis.places]
    assert "Kyiv" in names  # still a toponym of the text

    def places_of(words):
        claim = next(c for c in analysis.claims if words in c.content.text)
        return {analysis.places[i].name for i in claim.places}

    assert places_of("no civilian sites") == {"Izium"}  # not where the report was filed
    assert places_of("hit a school") == {"Kharkiv"}


def test_places_a_suburb_named_with_its_city_is_not_a_town_abroad(analyzer):
    # Wentworth is also a town in North Carolina; after "Durban" it is a part of Durban
    text = "Residents marched in the streets of Wentworth, Durban, on Saturday against gang violence."
    analysis = analyzer.analyze(Document(text=text, published="2016-07-02"))
    places = {p.name: p for p in analysis.places}
    assert places["Durban"].country == "ZA"
    assert places["Wentworth"].country == "ZA"
    assert places["Wentworth"].gazetteer_id is None  # placed at the city, not found in the gazetteer
    # two cities in a list stay themselves
    analysis = analyzer.analyze(Document(text="Students protested in Assiut, Alexandria and Suez.", published="2016-06-27"))
    assert {p.name: p.admin1 for p in analysis.places}["Assiut"] != {p.name: p.admin1 for p in analysis.places}["Alexandria"]


def test_places_a_sea_is_no_namesake_area(places_analyzer):
    # "the Red Sea" is the sea; Sudan's Red Sea state is named so with "state"
    places = _places(places_analyzer, "Drones hit a tanker in the Red Sea. Fighting went on in Sudan's Red Sea state.")
    found = [(p.name, p.country, p.admin1) for p in places if p.name == "Red Sea"]
    assert found == [("Red Sea", None, None), ("Red Sea", "SD", "Red Sea")]


def test_places_a_town_abroad_before_a_group_word_names_the_group(analyzer):
    from claimledger.models import Document

    text = (
        "Fano militia fighters clashed with federal troops near Gondar in Ethiopia's Amhara region on Monday, "
        "residents said. The M23 rebel group was not involved.\n"
    )
    places = {p.name: p.country for p in analyzer.analyze(Document(text=text)).places}
    assert "Fano" not in places  # not the town in Italy
    assert "M23" not in places  # an unresolved name a group word follows is who, not where
    assert places.get("Gondar") == "ET"
    # a town of the report's own country before a group word stays a place
    text = "Idlib rebels shelled army positions near Hama, Syria's state news agency said.\n"
    places = {p.name: p.country for p in analyzer.analyze(Document(text=text)).places}
    assert places.get("Idlib") == "SY"


@pytest.mark.parametrize(
    "long_name,country",
    [("the Democratic Republic of Congo", "CD"), ("DR Congo", "CD"), ("the Republic of the Congo", "CG")],
)
def test_places_a_short_name_after_the_long_one_is_that_country(analyzer, long_name, country):
    from claimledger.models import Document

    text = f"Fighting spread across {long_name} this week. Congo's army said it had retaken two villages.\n"
    places = [(p.name, p.country) for p in analyzer.analyze(Document(text=text)).places]
    assert ("Congo", country) in places
