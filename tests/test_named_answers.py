"""A leader's answer to a named spokesman: "Peskov's statement was a lie"
denies Peskov's claim and meets it; transliterations of one name are one
actor; a count the tagger ran into a place's name is no actor. The text is
written for these tests."""

from __future__ import annotations

REPORT = """President Volodymyr Zelenskyy said on Tuesday that Russian forces had shelled Kherson 80 times in 24 hours.

"The occupiers are taking revenge on the city," Zelensky said in his nightly address.

Kremlin spokesman Dmitry Peskov said Russia did not target civilians. Peskov added that the strikes hit only military infrastructure.

Zelenskiy later said Peskov's statement was "a lie that everybody can see through."
"""


def test_a_statement_called_a_lie_meets_the_statement(analyse):
    analysis = analyse(REPORT)
    by_id = {c.id: c for c in analysis.claims}
    lie = next(c for c in analysis.claims if "a lie" in c.content.text)
    assert lie.stance == "denies"
    [k] = [k for k in analysis.contradictions if lie.id in k.claims]
    other = by_id[next(x for x in k.claims if x != lie.id)]
    assert other.claimant.name == "Dmitry Peskov"


def test_three_spellings_are_one_president_and_a_count_is_no_actor(analyse):
    analysis = analyse(REPORT)
    names = [a.name for a in analysis.actors]
    assert sum("Zelensk" in n for n in names) == 1
    assert not any(n.startswith("Kherson") for n in names)


def test_the_report_a_denial_names_is_that_source_s(analyse):
    text = (
        "The Example Gazette reported on Tuesday that the minister met the militia's leader in March.\n\n"
        "The minister said he was considering legal action against the Example Gazette.\n\n"
        "His lawyer said the Gazette report was false."
    )
    analysis = analyse(text)
    by_id = {c.id: c for c in analysis.claims}
    lawyer = next(c for c in analysis.claims if "Gazette report" in c.content.text)
    [k] = [k for k in analysis.contradictions if lawyer.id in k.claims]
    other = by_id[next(x for x in k.claims if x != lawyer.id)]
    assert "met the militia's leader" in other.content.text


def test_someone_s_own_statements_point_at_no_one_else(analyse):
    text = (
        "The monitor said the congressman had praised the militia's leader.\n\n"
        "The congressman later disavowed his own statements."
    )
    assert analyse(text).contradictions == []
