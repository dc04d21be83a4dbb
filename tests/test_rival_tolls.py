"""Accounts of one act: tolls where only one names the place, a claim of
responsibility for "the attack" told before it,
a village taken and a denial that it fell. Tolls: only one names the place:
the army's statement points back at "the post" named in the lead. A count
beside another ("850 others") is no rival total, and a figure someone
contests is not their own count. The texts are written for these tests."""

from __future__ import annotations

ATTACK = """Jihadists kill 26 soldiers in attack on army post in central Mali, sources say

BAMAKO, Aug 19 - Suspected jihadists killed at least 26 soldiers in an attack on an army post near Boni in central Mali on Sunday, two local officials and a security source told AFP.

The armed forces said in a statement that the post "was subjected to a complex terrorist attack" and that 15 soldiers had been killed and 12 wounded.
"""

OTHERS = """A gunman opened fire on a crowd at a market in Kaduna on Friday, killing 12 people and wounding 30, police said.

More than 40 others suffered minor injuries in the attack, the state emergency agency said.
"""

CONTESTED = """The army said it had killed 40 fighters near Dori on Tuesday, a toll that residents contested.

The militant group said it had repelled the attack and lost only two of its men.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def _figure_pairs(analysis):
    return [k for k in analysis.contradictions if k.kind == "figure"]


def test_a_toll_without_a_place_that_points_back_meets_the_lead(analyse):
    analysis = analyse(ATTACK)
    officials = _claim(analysis, "killed at least 26 soldiers")
    army = _claim(analysis, "15 soldiers had been killed")
    assert officials.claimant.name == "two local officials and a security source"
    assert any(set(k.claims) == {officials.id, army.id} for k in _figure_pairs(analysis))


def test_a_count_of_others_is_no_rival_total(analyse):
    analysis = analyse(OTHERS)
    assert _figure_pairs(analysis) == []


def test_a_contested_toll_is_not_the_contesters_count(analyse):
    analysis = analyse(CONTESTED)
    army = _claim(analysis, "killed 40 fighters")
    group = _claim(analysis, "lost only two of its men")
    pairs = _figure_pairs(analysis)
    assert [set(k.claims) for k in pairs] == [{army.id, group.id}]


FRONT = """KYIV, March 14 - Russia's defence ministry said its units had "liberated" the village of Ivanivske near Bakhmut.

Ukrainian military spokesman Serhiy Cherevatyi denied that Ivanivske had fallen.
"""


def test_a_village_liberated_and_a_denial_that_it_fell_contradict(analyse):
    analysis = analyse(FRONT)
    taken = _claim(analysis, "liberated")
    denial = _claim(analysis, "Ivanivske had fallen")
    assert denial.stance == "denies"
    assert any(set(k.claims) == {taken.id, denial.id} and k.kind == "stance" for k in analysis.contradictions)


CLAIMED = """BAMAKO, Aug 19 - Suspected jihadists killed at least 26 soldiers in an attack on an army post near Boni on Sunday, two local officials told AFP. The army said 31 attackers had been killed in a counter-offensive supported by aircraft.

The al-Qaeda-linked JNIM group claimed responsibility for the attack in a statement.

ADEN - The death toll from a drone attack on a military parade in Abyan rose to 23, the health ministry said. AQAP claimed responsibility for the attack on Telegram.
"""


def test_a_claim_of_responsibility_for_the_attack_is_typed_as_that_attack(analyse):
    analysis = analyse(CLAIMED)
    jnim, aqap = [c for c in analysis.claims if c.content.text.startswith("responsibility for the attack")]
    assert (jnim.event.type, jnim.event.sub_type) == ("Battles", "Armed clash")
    assert (aqap.event.type, aqap.event.sub_type) == ("Explosions/Remote violence", "Air/drone strike")
