"""Names of bodies. A monitoring group named in full, then by its head word ("the
Observatory said"), which the small NER tags as a person: it stays an
organisation; "the health ministry in Gaza" is the "Gaza health ministry".
The texts are written for these tests."""

from __future__ import annotations

REPORT = """Ariha strikes kill 12, monitor says; Damascus denies hitting market

BEIRUT, Feb 2 - According to the Syrian Observatory for Human Rights, at least 12 civilians were killed when air strikes hit a market in Ariha on Sunday, while state media put the toll at five "terrorists".

Citing local sources, the Observatory said the strikes were carried out by Russian warplanes.
"""


def test_an_organisation_named_by_its_head_word_is_no_person(analyse):
    analysis = analyse(REPORT)
    observatory = next(a for a in analysis.actors if a.name == "Syrian Observatory for Human Rights")
    assert "the Observatory" in observatory.aliases
    assert observatory.type == "organization"


def test_a_person_named_beside_an_outlet_stays_a_person(analyse):
    analysis = analyse("“We were not told,” said Amal Haddad, a reporter for the Levant Monitor.")
    amal = next(a for a in analysis.actors if "Haddad" in a.name)
    assert amal.type == "person"


TOLL = """Gaza health ministry says 31 killed in strike on school

GAZA, May 6 - At least 31 people were killed when an air strike hit a school in Nuseirat, the health ministry in Gaza said on Monday.

The Israeli military said it had struck a command post inside the school. Officials in Kyiv said nothing.
"""


def test_a_body_named_with_its_place_after_it_is_the_place_body(analyse):
    analysis = analyse(TOLL)
    ministries = [a for a in analysis.actors if "ministry" in a.name.lower()]
    assert len(ministries) == 1
    assert {"Gaza health ministry", "the health ministry in Gaza"} <= set(ministries[0].aliases)
    # people in a place are not the place's body
    assert not any("Officials in Kyiv" in a.aliases and "ministry" in a.name.lower() for a in analysis.actors)
