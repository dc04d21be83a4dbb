"""Place names that news text uses for other things: a person's surname, a
building that speaks for a government, a clitic; and "Gaza", which news
means as the Gaza Strip. Found by reading the places claimledger resolved in
real news articles; the texts here are written for these tests."""

from __future__ import annotations


def _places(analysis) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in analysis.places]


def test_gaza_is_the_gaza_strip(analyse):
    analysis = analyse("Israeli strikes on Gaza killed 20 people on Tuesday, the health ministry said.\n")
    assert _places(analysis) == [("Gaza", "PS")]


def test_the_white_house_is_no_place(analyse):
    # GeoNames lists "White House" among the names of Casablanca
    analysis = analyse("The White House said it was monitoring the fighting near Kharkiv.\n")
    assert [name for name, _ in _places(analysis)] == ["Kharkiv"]


def test_a_surname_of_a_person_named_in_full_is_no_town(analyse):
    # Barros is also a town in Puerto Rico; Obama one in Japan
    analysis = analyse(
        "Protests followed Juan Barros, the bishop of Osorno, to the cathedral. The pope said the accusations "
        "against Barros were slander, and the protests over Barros grew.\n"
    )
    assert _places(analysis) == [("Osorno", "CL")]
    analysis = analyse(
        "Former president Barack Obama said the talks had failed. Critics of Obama argued that the deal was weak.\n\n"
        "It wasn\u2019t the first time the talks in Doha had stalled.\n"
    )
    assert _places(analysis) == [("Doha", "QA")]


def test_a_role_before_a_place_name_keeps_the_place(analyse):
    # "Broward Supervisor" is no person's full name: Broward stays a place
    analysis = analyse(
        "Broward Supervisor Brenda Snipes said the count was over. The altered forms surfaced in Broward and Citrus counties.\n"
    )
    assert "Broward" in [name for name, _ in _places(analysis)]


def test_words_news_uses_for_other_things_are_no_places(analyse):
    # Ebola is a river in the DR Congo, Roman a town in Romania, Buy one in Russia
    analysis = analyse(
        "During Ramadan, the Ebola outbreak in Beni killed 12 people, a Roman Catholic charity said.\n\n"
        "Buy Bonds For The Relief Effort\n"
    )
    assert [name for name, _ in _places(analysis)] == ["Beni"]


def test_korea_alone_is_south_korea(analyse):
    # GeoNames has a town called Korea in Cote d'Ivoire; "Korea" alone in
    # news ("Korea's exports") most often means the Republic of Korea (a
    # report on the North that says "Korea" for it is the cost)
    analysis = analyse("Korea's exports of artillery shells to Poland rose again in March, the trade ministry said.\n")
    assert ("Korea", "KR") in _places(analysis)


def test_federal_heading_an_institution_is_no_place(analyse):
    # GeoNames gives "Federal" as a name of Brazil's Federal District
    analysis = analyse(
        "Staff of the Federal Ministry of Finance in Abuja stopped work on Monday over unpaid allowances.\n"
    )
    assert _places(analysis) == [("Abuja", "NG")]


def test_the_arabic_article_opens_a_place_name_the_parser_missed(analyse):
    # the small model tags "Al Arish" as a person; the gazetteer knows Arish
    analysis = analyse("A roadside bomb struck a police convoy in Al Arish, officials said.\n")
    assert _places(analysis) == [("Al Arish", "EG")]
    # "Sadr City" is another name of a district, not of the man
    analysis = analyse("Muqtada Al Sadr told his followers to stay off the streets.\n")
    assert _places(analysis) == []


def test_a_river_is_no_town_called_river(analyse):
    analysis = analyse("The River Calder peaked at 4.2 metres on Sunday, just below the top of the flood wall, officials said.\n")
    assert "River" not in [name for name, _ in _places(analysis)]


def test_an_imperative_opening_a_quoted_sentence_is_no_town(analyse):
    # Tell is a place-name word in Syria ("Tell Abyad")
    analysis = analyse("“They keep telling us we're protected,” he said. “Tell that to my flour stock.”\n")
    assert _places(analysis) == []


def test_a_weapon_named_like_a_town_is_no_place(analyse):
    # Iskandar is a town in Uzbekistan, Tomahawk one in Wisconsin
    analysis = analyse("The governor said two Iskander-M ballistic missiles and a Tomahawk missile hit the port of Odesa.\n")
    assert _places(analysis) == [("Odesa", "UA")]
    # the town itself is still a place
    analysis = analyse("Officials in Tomahawk, Wisconsin said the storm had cut power to the town.\n")
    assert ("Tomahawk", "US") in _places(analysis)
