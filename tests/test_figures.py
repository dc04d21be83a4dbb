"""Figures: (text, expected) tables. Expected is (category, value, low, high, text)."""

from __future__ import annotations

import pytest

from claimledger.nlp.quantities import figure_count, is_toll, parse_digits, parse_number_words

CASES = [
    ("Rebels say 27 killed and 40 wounded in the market.", [("killed", 27, None, None, "27"), ("injured", 40, None, None, "40")]),
    ("3 killed, 28 injured in shelling of the old town", [("killed", 3, None, None, "3"), ("injured", 28, None, None, "28")]),
    ("Two people were killed and 18 were wounded in a mortar attack.", [("killed", 2, None, None, "Two people"), ("injured", 18, None, None, "18")]),
    ("At least 40 civilians died.", [("killed", None, 40, None, "At least 40 civilians")]),
    # people who drowned (a flood after a dam was blown up, a boat that sank) are dead
    ("Officials said nine people had drowned in the flooded town.", [("killed", 9, None, None, "nine people")]),
    ("Between 3 and 5 guards were injured.", [("injured", None, 3, 5, "Between 3 and 5 guards")]),
    ("More than 100 families fled the town.", [("displaced", None, 100, None, "More than 100 families")]),
    ("Dozens of people were arrested.", [("detained", None, 12, None, "Dozens of people")]),
    ("The army said 12 Taliban militants including 2 commanders were killed.", [("killed", 12, None, None, "12 Taliban militants including 2 commanders")]),
    ("Officials say 275,000 of their people are hostages of the armed groups.", [("hostages", 275000, None, None, "275,000 of their people")]),
    ("Gunmen abducted 14 passengers from the bus.", [("detained", 14, None, None, "14 passengers")]),
    ("Some 300 fighters gathered near the border.", [("fighters", 300, None, None, "Some 300 fighters")]),
    # a count the parse hangs on a dateline as its apposition keeps its verb
    ("KHAN YOUNIS, 4 May (Field Wire) – At least 18 people, including seven children, were killed in an airstrike on a school.",
     [("killed", None, 18, None, "At least 18 people"), ("killed", 7, None, None, "seven children")]),
    ("The victims, 12 farmers from the village, were killed on Sunday.", [("killed", 12, None, None, "12 farmers")]),
    # people taken to hospital are the wounded
    ("Rescuers said 27 people had been taken to hospital.", [("injured", 27, None, None, "27 people")]),
    ("Nine children were rushed to a clinic in the old town.", [("injured", 9, None, None, "Nine children")]),
    ("The death toll rose to 45 on Monday.", [("killed", 45, None, None, "45")]),
    # a toll with a bound, or a guess at one
    ("The death toll was more than 60 by Sunday evening.", [("killed", None, 60, None, "more than 60")]),
    ("Volunteers said the death toll could be higher than 100.", [("killed", None, 100, None, "higher than 100")]),
    ("Thirty-five villagers were displaced.", [("displaced", 35, None, None, "Thirty-five villagers")]),
    # strikes that killed people are no casualties themselves; people who were killed are
    ("Monitors documented four air strikes on homes between 3 and 9 March that killed 39 civilians.", [("killed", 39, None, None, "39 civilians")]),
    ("The 12 people who were killed in the strike were buried on Sunday.", [("killed", 12, None, None, "12 people")]),
    ("23 dead, 12 wounded in a raid on the camp", [("killed", 23, None, None, "23"), ("injured", 12, None, None, "12")]),
    ("At least 4 police and 39 civilians killed during the fighting.", [("killed", None, 4, None, "At least 4 police"), ("killed", 39, None, None, "39 civilians")]),
    ("Two 'Arbakis' were wounded in the ambush.", [("injured", 2, None, None, "Two 'Arbakis")]),
    ("2 policemen were shot and killed by gunmen.", [("killed", 2, None, None, "2 policemen")]),
    ("Three soldiers were wounded and 2 killed.", [("injured", 3, None, None, "Three soldiers"), ("killed", 2, None, None, "2")]),
    ("5 IS militants were killed by an airstrike.", [("killed", 5, None, None, "5 IS militants")]),
    # "neutralised": killed, in a military's words
    ("The army said it had neutralised 40 militants in the operation.", [("killed", 40, None, None, "40 militants")]),
    # a share of the dead or the wounded
    ("Eleven of the dead were children.", [("killed", 11, None, None, "Eleven of the dead")]),
    ("Three of the wounded were in critical condition.", [("injured", 3, None, None, "Three of the wounded")]),
    # one victim without a number
    ("Gunmen killed a police colonel outside his home.", [("killed", 1, None, None, "a police colonel")]),
    ("Farmer killed in border village.", [("killed", 1, None, None, "Farmer")]),
    ("Armed men stopped the bus and shot the driver dead.", [("killed", 1, None, None, "the driver")]),
    ("The shell killed a man, his wife and their two children.", [("killed", 1, None, None, "a man"), ("killed", 1, None, None, "his wife"), ("killed", 2, None, None, "two children")]),
    # a family of four is four, not one family
    ("The strike killed a family of four in the village.", [("killed", 4, None, None, "four")]),
    # the doers are not victims
    ("Two gunmen killed a guard at the gate.", [("fighters", 2, None, None, "Two gunmen"), ("killed", 1, None, None, "a guard")]),
    # dates, ages, distances and durations are not figures
    ("A 12 year old boy walked 150 km in 3 days in 2016.", []),
    ("On 21 March 2020 the talks lasted 24 hours.", []),
]


@pytest.fixture(scope="module")
def nlp():
    from claimledger.nlp.pipeline import make_nlp

    return make_nlp(components=["claimledger_figures"])


@pytest.mark.parametrize("text,expected", CASES)
def test_figures_table(nlp, text, expected):
    doc = nlp(text)
    got = [(f.category, f.value, f.low, f.high, f.text) for f in doc._.cl_figures]
    assert got == expected
    for f in doc._.cl_figures:
        assert text[f.span[0]:f.span[1]] == f.text


@pytest.mark.parametrize(
    "words,value",
    [(["two", "hundred", "and", "fifty"], 250), (["twenty-five"], 25), (["three", "thousand"], 3000), (["forty", "-", "two"], 42), (["cats"], None)],
)
def test_figures_number_words(words, value):
    assert parse_number_words([w for w in words if w != "-"]) == value


def test_figures_digits_and_tolls():
    assert parse_digits("275,000") == 275000
    assert parse_digits("12a") is None
    text = "Fatalities coded as 0 (the group reported 3 fatalities)."
    assert is_toll(text, text.index("0"))
    assert not is_toll(text, text.index("3"))


def test_figures_count_prefers_value_then_bounds():
    from claimledger.models import Figure

    assert figure_count(Figure("killed", "x", (0, 1), value=3)) == 3
    assert figure_count(Figure("killed", "x", (0, 1), low=12)) == 12
    assert figure_count(Figure("killed", "x", (0, 1), high=5)) == 5
