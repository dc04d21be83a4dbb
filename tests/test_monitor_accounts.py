"""A monitor's count, a state's denial and a UN inquiry, as wire reports
carry them. The texts are written for these tests."""

from __future__ import annotations

MARKET = """Idlib strikes kill 12, monitor says; Damascus denies hitting market

BEIRUT, Feb 2 - According to the Syrian Observatory for Human Rights, at least 12 civilians were killed when air strikes hit a market in Maarat al-Numan on Sunday, while state media put the toll at five "terrorists".

A Syrian military source quoted by the state news agency SANA said the army had targeted "terrorist positions" and denied hitting the market.
"""

INQUIRY = """UN team documents abuses after RSF takeover of El Geneina

GENEVA, Nov 10 - UN investigators said on Friday they had documented the killing of at least 800 people in Ardamata, on the outskirts of El Geneina in West Darfur, in the days after the Rapid Support Forces seized an army base there on November 4.

An RSF spokesman denied that its forces had targeted civilians. The army said the RSF had committed "genocide" in Ardamata.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def _pairs(analysis):
    return {frozenset(k.claims) for k in analysis.contradictions}


def test_the_other_account_after_while_is_its_own_claim(analyse):
    analysis = analyse(MARKET)
    monitor = _claim(analysis, "at least 12 civilians were killed")
    assert "state media" not in monitor.content.text
    assert [(f.category, f.low) for f in monitor.figures] == [("killed", 12)]
    state = _claim(analysis, "the toll at five")
    assert state.claimant.name == "state media"


def test_denied_hitting_the_market_meets_strikes_that_hit_it(analyse):
    analysis = analyse(MARKET)
    strikes = _claim(analysis, "air strikes hit a market")
    denial = _claim(analysis, "hitting the market")
    assert denial.stance == "denies"
    assert frozenset((denial.id, strikes.id)) in _pairs(analysis)


def test_a_source_quoted_by_an_agency_is_no_claim_of_the_agency(analyse):
    analysis = analyse(MARKET)
    assert not any(c.cue is not None and c.cue.text == "quoted" for c in analysis.claims)
    assert _claim(analysis, "the army had targeted").claimant.name == "Syrian military source"


def test_denied_targeting_civilians_meets_a_count_of_people_killed(analyse):
    analysis = analyse(INQUIRY)
    denial = _claim(analysis, "its forces had targeted civilians")
    killing = _claim(analysis, "documented the killing of at least 800 people")
    assert frozenset((denial.id, killing.id)) in _pairs(analysis)


def test_genocide_is_violence_against_civilians(analyse):
    analysis = analyse(INQUIRY)
    claim = _claim(analysis, "committed \"genocide\"")
    assert claim.event is not None and claim.event.type == "Violence against civilians"


def test_a_dateline_cut_off_by_the_sentence_splitter_stays_out_of_the_writers_claim(analyse):
    analysis = analyse(INQUIRY)
    for claim in analysis.claims:
        assert not claim.content.text.startswith(", Nov 10")


def test_urging_after_a_reported_participle_is_the_reporters_demand(analyse):
    analysis = analyse(
        "The commission said last month that it had received reports of civilians being killed in drone "
        "strikes in the region and urged all sides to respect international humanitarian law."
    )
    said = _claim(analysis, "received reports of civilians")
    assert "urged" not in said.content.text
    demand = _claim(analysis, "all sides to respect")
    assert demand.stance == "demands" and demand.claimant.name == "The commission"
