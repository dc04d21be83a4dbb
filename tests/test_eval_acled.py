"""The ACLED scorer's choices, on hand-built analyses (no model, no corpus)."""

from __future__ import annotations

from claimledger.eval.acled import fatalities, haversine_km, location, primary_claim, same_admin1
from claimledger.models import Analysis, Claim, Claimant, Content, Document, Event, Figure, Place


def _claim(cid, text, start, *, stance="asserts", event=True, figures=(), attribution="author"):
    span = (start, start + len(text))
    return Claim(
        id=cid, span=span, text=text, claimant=Claimant("author"), content=Content(text, span),
        attribution=attribution, stance=stance,
        event=Event("Battles", "Armed clash") if event else None, figures=list(figures),
    )


def _fig(text, doc, category="killed", value=None, low=None):
    s = doc.index(text)
    return Figure(category=category, text=text, span=(s, s + len(text)), value=value, low=low)


def test_eval_acled_primary_claim_skips_denials_and_hypotheticals():
    a = Analysis(Document("x" * 100), claims=[
        _claim("c1", "denied", 0, stance="denies"),
        _claim("c2", "would", 10, stance="hypothetical"),
        _claim("c3", "no event", 20, event=False),
        _claim("c4", "reported", 40),
    ])
    assert primary_claim(a).id == "c4"
    assert primary_claim(Analysis(Document("x"), claims=[_claim("c1", "denied", 0, stance="denies")])).id == "c1"
    assert primary_claim(Analysis(Document("x"))) is None


def test_eval_acled_last_toll_statement_wins():
    text = "Rebels attacked a post, killing 3 guards. The death toll rose to 5. Fatalities coded as 4 (the group reported 9)."
    c1 = _claim("c1", text[:41], 0, figures=[_fig("3 guards", text, value=3)])
    c2 = _claim("c2", text[42:], 42, event=False, figures=[_fig("5", text, value=5), _fig("4", text, value=4), _fig("9", text, value=9)])
    a = Analysis(Document(text), claims=[c1, c2])
    assert fatalities(a, c1) == 4


def test_eval_acled_fatalities_sum_primary_then_next_claim():
    text = "Militants attacked a checkpoint; 2 soldiers and 1 militant were killed. Later 6 more died."
    c1 = _claim("c1", text[:71], 0, figures=[_fig("2 soldiers", text, value=2), _fig("1 militant", text, value=1)])
    a = Analysis(Document(text), claims=[c1])
    assert fatalities(a, c1) == 3
    bare = _claim("c1", text[:33], 0)
    later = _claim("c2", text[34:], 34, event=False, figures=[_fig("2 soldiers", text, value=2)])
    assert fatalities(Analysis(Document(text), claims=[bare, later]), bare) == 2


def test_eval_acled_vague_counts_use_acled_convention():
    text = "Troops killed several militants."
    c1 = _claim("c1", text, 0, figures=[_fig("several militants", text, low=2)])
    assert fatalities(Analysis(Document(text), claims=[c1]), c1) == 10


def test_eval_acled_location_prefers_main_country_and_named_region():
    text = "in Argo district, Badakhshan"
    places = [
        Place("Argo", (3, 7), 37.6, 22.7, "GR", "Peloponnese"),
        Place("Badakhshan", (18, 28), 36.7, 71.0, "AF", "Badakhshan"),
    ]
    c1 = _claim("c1", text, 0)
    c1.places = [0, 1]
    assert location(Analysis(Document(text), places=places, claims=[c1]), c1).name == "Badakhshan"
    places.append(Place("Jurm", (0, 0), 36.86, 70.83, "AF", "Badakhshan"))
    c1.places = [0, 2, 1]
    assert location(Analysis(Document(text), places=places, claims=[c1]), c1).name == "Jurm"


def test_eval_acled_admin1_and_distance():
    assert same_admin1("Wilayat-e Baghlan", "Baghlan")
    assert same_admin1("Nangarhar Province", "nangarhar")
    assert not same_admin1("Herat", "Helmand")
    assert not same_admin1(None, "Herat")
    assert abs(haversine_km(34.5, 69.2, 34.5, 69.2)) < 1e-9
    assert 20 < haversine_km(34.0, 69.0, 34.2, 69.0) < 25


def test_eval_acled_also_killed_adds_to_the_primary_count():
    text = "Rebels ambushed a patrol, killing 2 policemen. Officials said 6 rebels were also killed. In another attack 4 died."
    c1 = _claim("c1", text[:46], 0, figures=[_fig("2 policemen", text, value=2)])
    also = text.index("6 rebels")
    c2 = _claim("c2", text[also:also + 26], also, event=False, attribution="indirect", figures=[_fig("6 rebels", text, value=6)])
    other = text.index("In another")
    c3 = _claim("c3", text[other:], other, figures=[_fig("4", text, value=4)])
    assert fatalities(Analysis(Document(text), claims=[c1, c2, c3]), c1) == 8


def test_eval_acled_location_prefers_a_place_inside_the_country():
    from claimledger.gazetteer import get_gazetteer

    text = "Lesotho's police were sent to the town of Mafeteng."
    country_id = next(e.id for e in get_gazetteer().lookup("Lesotho") if e.kind == "country")
    places = [
        Place("Lesotho", (0, 7), -29.6, 28.2, "LS", None, country_id),
        Place("Mafeteng", (42, 50), -29.82, 27.24, "LS", "Mafeteng", "geonames:1"),
    ]
    c1 = _claim("c1", text, 0)
    c1.places = [0, 1]
    assert location(Analysis(Document(text), places=places, claims=[c1]), c1).name == "Mafeteng"
