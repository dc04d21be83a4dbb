"""Events: (text, expected) tables for authorial claims, ACLED types, targets,
figures on claims and stance; the old-ACLED-name mapping."""

from __future__ import annotations

import pytest

from claimledger.nlp.acled_types import EVENT_TYPES, map_event_type, vague_fatalities

E = "Explosions/Remote violence"
S = "Strategic developments"
V = "Violence against civilians"

# (text, event type, sub-event type, target or None)
TYPES = [
    ("Two people were killed and 18 were wounded in a mortar attack on a market in the town.", E, "Shelling/artillery/missile attack", "market"),
    ("A roadside bomb struck a police vehicle, killing three policemen.", E, "Remote explosive/landmine/IED", "vehicle"),
    ("An airstrike hit a hospital in the north of the city.", E, "Air/drone strike", "hospital"),
    ("A suicide bomber blew himself up at a checkpoint, killing nine.", E, "Suicide bomb", "checkpoint"),
    ("A chlorine gas attack hit the eastern districts overnight.", E, "Chemical weapon", None),
    ("A grenade was thrown into a crowded bar, wounding six.", E, "Grenade", None),
    ("Militants attacked an army checkpoint, killing four soldiers.", "Battles", "Armed clash", "checkpoint"),
    ("Government forces recaptured the town from the rebels.", "Battles", "Government regains territory", None),
    ("Rebels seized control of the district centre after heavy fighting.", "Battles", "Non-state actor overtakes territory", "government building"),
    ("Gunmen abducted twelve passengers from a bus.", V, "Abduction/forced disappearance", "vehicle"),
    ("Unknown gunmen shot dead two farmers in their fields.", V, "Attack", None),
    ("Hundreds of teachers marched to the ministry to demand unpaid salaries.", "Protests", "Peaceful protest", None),
    ("Police fired tear gas to disperse protesters demanding higher wages.", "Protests", "Protest with intervention", None),
    ("Security forces shot dead five protesters during the demonstration.", "Protests", "Excessive force against protesters", None),
    ("Rioters torched shops and blocked roads with burning tyres.", "Riots", "Violent demonstration", "market"),
    ("Supporters of the two parties clashed after the vote, injuring ten people.", "Riots", "Violent demonstration", None),
    ("Police arrested 14 opposition activists in the capital.", S, "Arrests", None),
    ("Party supporters burnt the regional office of their rivals.", "Riots", "Violent demonstration", None),
    ("Gunmen gunned down a judge outside the court.", V, "Attack", None),
    ("The president declared a ceasefire in the two provinces.", S, "Agreement", None),
    ("Police carried out raids and arrested 30 opposition members.", S, "Arrests", None),
    ("A militia on horseback attacked the village, wounding two.", V, "Attack", "village"),
    ("Soldiers shot dead a student outside the university gate.", V, "Attack", "school"),
    ("Insurgents ambushed a police patrol, wounding 3 'Arbakis'.", "Battles", "Armed clash", None),
    ("The army defused a bomb planted near the bridge.", S, "Disrupted weapons use", None),
    ("Forty fighters defected and joined the government side.", S, "Change to group/activity", None),
    ("The two factions signed a ceasefire agreement in the capital.", S, "Agreement", None),
    # the verb "bomb" is an attack from the air; a bomb that goes off is a device
    ("Government jets bombed a hospital in the south of the town, killing four.", E, "Air/drone strike", "hospital"),
    ("The hospital on the ring road was bombed twice overnight, killing two nurses.", E, "Air/drone strike", "hospital"),
    ("A bomb left in a shopping bag exploded outside the market, killing six.", E, "Remote explosive/landmine/IED", "market"),
    ("Militants bombed a bus with a device planted under its seats, killing five.", E, "Remote explosive/landmine/IED", "vehicle"),
    # "the strike" that hits or kills is a weapon's; one that goes on is a walk-out
    ("The strike hit the market at the busiest hour of the morning.", E, "Shelling/artillery/missile attack", "market"),
    ("The strike targeted a command post on the edge of the town.", E, "Shelling/artillery/missile attack", "checkpoint"),
    ("The strike at the port entered its third week as dock workers demanded unpaid wages.", "Protests", "Peaceful protest", None),
    # the verb "strike" with a military target is an attack from afar; with a deal, or the
    # foot of a tower, it is none
    ("Government forces struck rebel positions outside the town overnight.", E, "Shelling/artillery/missile attack", None),
    ("Drones struck an ammunition depot near the airport.", E, "Air/drone strike", None),
    # homes that burned are property destroyed, not a riot: no crowd is there
    ("Homes were burned to the ground and a clinic was looted.", S, "Looting/property destruction", "hospital"),
    # soldiers described by the war they fight are not a battle; troops on a rampage are no riot
    ("Soldiers fighting in the region killed dozens of civilians in the town.", V, "Attack", None),
    ("Troops went on a rampage, shooting unarmed men in the streets.", V, "Attack", None),
    ("Rioters went on the rampage, torching shops.", "Riots", "Violent demonstration", "market"),
    # a mine where gold is dug is no landmine; one that explodes is
    ("Gunmen attacked a gold mine near Djibo, killing eight miners.", "Violence against civilians", "Attack", None),
    ("A mine exploded under a truck near Kidal, killing two soldiers.", E, "Remote explosive/landmine/IED", "vehicle"),
]


@pytest.fixture(scope="module")
def nlp():
    from claimledger.nlp.pipeline import make_nlp

    return make_nlp(components=["claimledger_figures", "claimledger_dates", "claimledger_events"])


@pytest.mark.parametrize("text,etype,sub,target", TYPES)
def test_events_authorial_claim_types(nlp, text, etype, sub, target):
    claims = nlp(text)._.cl_claims
    assert len(claims) == 1
    c = claims[0]
    assert c.attribution == "author" and c.claimant.role == "author"
    assert c.stance == "asserts"
    assert (c.event.type, c.event.sub_type, c.event.target) == (etype, sub, target)
    assert c.event.sub_type in EVENT_TYPES[c.event.type]


def test_events_figures_attached_to_claim(nlp):
    (c,) = nlp("Two people were killed and 18 were wounded in a mortar attack on a market.")._.cl_claims
    assert [(f.category, f.value) for f in c.figures] == [("killed", 2), ("injured", 18)]


def test_events_headline_lines_are_claims(nlp):
    text = "Related stories\n\nGunmen storm a school in the north: 4 killed and 11 wounded\n\n2 killed, 5 injured in shelling of the old town"
    claims = nlp(text)._.cl_claims
    assert [c.text for c in claims] == [
        "Gunmen storm a school in the north: 4 killed and 11 wounded",
        "2 killed, 5 injured in shelling of the old town",
    ]
    assert [[(f.category, f.value) for f in c.figures] for c in claims] == [[("killed", 4), ("injured", 11)], [("killed", 2), ("injured", 5)]]
    assert claims[1].event.sub_type == "Shelling/artillery/missile attack"


STANCES = [
    ("The army did not bomb the hospital.", "denies"),
    ("No shelling of the camp took place last week.", "denies"),
    ("If the fighting goes on, the militias would shell the market.", "hypothetical"),
    ("Rockets hit the market on Sunday.", "asserts"),
]


@pytest.mark.parametrize("text,stance", STANCES)
def test_events_authorial_stance_keeps_event(nlp, text, stance):
    (c,) = nlp(text)._.cl_claims
    assert c.stance == stance
    assert c.event is not None  # a denied or imagined event is still what the claim is about


def test_events_no_claim_without_event_or_figure(nlp):
    assert nlp("The weather was fine and the talks went on until late.")._.cl_claims == []


def test_events_striking_a_deal_or_a_tower_is_no_strike(nlp):
    for text in ("Lightning struck the base of the old tower.", "The union struck a deal with the port authority."):
        assert not any(c.event and c.event.type == E for c in nlp(text)._.cl_claims)


def test_events_according_to_is_no_agreement(nlp):
    # "according" has the lemma "accord", a word of agreements
    claims = nlp("According to the UN, more than 900,000 people have been displaced since December.")._.cl_claims
    assert [c.event for c in claims if c.event is not None and c.event.sub_type == "Agreement"] == []


def test_events_quoted_words_are_not_authorial(nlp):
    assert nlp('He told reporters: "Rockets hit the market and killed 5 people."')._.cl_claims == []


def test_events_hypothetical_displacement_is_not_an_event(nlp):
    (c,) = nlp("Imagine that by winter you would have 200,000 people moving towards the border.")._.cl_claims
    assert c.stance == "hypothetical"
    assert c.event is None
    assert [(f.category, f.value) for f in c.figures] == [("displaced", 200000)]


@pytest.mark.parametrize(
    "old,types,sub",
    [
        ("Remote violence", ("Explosions/Remote violence",), None),
        ("Riots/Protests", ("Protests", "Riots"), None),
        ("Battle-Government regains territory", ("Battles",), "Government regains territory"),
        ("Battle-No change of territory", ("Battles",), "Armed clash"),
        ("Battle-Non-state actor overtakes territory", ("Battles",), "Non-state actor overtakes territory"),
        ("Violence against civilians", ("Violence against civilians",), None),
        ("Strategic development", ("Strategic developments",), None),
        ("Non-violent transfer of territory", ("Strategic developments",), "Non-violent transfer of territory"),
        ("Battles", ("Battles",), None),
    ],
)
def test_events_old_acled_types_map(old, types, sub):
    m = map_event_type(old)
    assert m.event_types == types and m.sub_event_type == sub
    assert m.event_type == types[0]
    if sub:
        assert sub in EVENT_TYPES[m.event_type]


def test_events_unknown_acled_type_is_an_error():
    with pytest.raises(ValueError):
        map_event_type("Picnic")


def test_events_acled_vague_fatalities():
    assert vague_fatalities("several") == 10 and vague_fatalities("Dozens") == 12
    assert vague_fatalities("three") is None


def test_events_finish_names_author_and_lists_actors():
    from claimledger.models import Actor, Analysis, Claim, Claimant, Content, Document, Event
    from claimledger.nlp.events import finish_events

    text = "The market was shelled by the Northern Brigade near the Red Crescent post."
    doc = Document(text=text, source="Daily Example")
    claim = Claim(id="c1", span=(0, len(text)), text=text, claimant=Claimant("author", role="author"),
                  content=Content(text, (0, len(text))), event=Event("Explosions/Remote violence"))
    actors = [Actor("a1", "Red Crescent", mentions=[(56, 68)]), Actor("a2", "Northern Brigade", mentions=[(29, 45)]),
              Actor("a3", "Elsewhere", mentions=[(200, 210)])]
    analysis = Analysis(document=doc, claims=[claim], actors=actors)
    finish_events(analysis, None)
    assert claim.claimant.name == "Daily Example"
    assert claim.event.actors == ["a2", "a1"]  # the one after "by" first


def test_events_negation_further_up_is_no_denial(nlp):
    (c,) = nlp("It is not clear whether the shelling of the town will stop soon.")._.cl_claims
    assert c.stance != "denies"
    assert c.event.sub_type == "Shelling/artillery/missile attack"


def test_events_territory_taker_from_speaker(nlp):
    from claimledger.nlp.event_types import Word, classify

    text = "it had taken control of the district centre from the rebels"
    doc = nlp(text)
    words = [Word(t.lower_, t.lemma_.lower(), t.idx) for t in doc]
    assert classify(words, text, 0, speaker="The national army").sub_type == "Government regains territory"
    assert classify(words, text, 0, speaker="The Northern Front").sub_type == "Non-state actor overtakes territory"


def test_events_regaining_ground_beats_rescued_hostages(nlp):
    (c,) = nlp("Soldiers dislodged the insurgents from two villages, rescuing 16 hostages.")._.cl_claims
    assert (c.event.type, c.event.sub_type) == ("Battles", "Government regains territory")


def test_events_act_mistaken_for_speech_is_not_a_quote():
    from claimledger.models import Claim, Claimant, Content, Cue
    from claimledger.nlp.events import event_cue

    text = 'Police open fire on "peaceful" protesters in the square, killing five.'
    claim = Claim("c1", (0, len(text)), text, Claimant("Police"), Content('"peaceful" protesters', (20, 41)),
                  attribution="indirect", cue=Cue("open", (7, 11)))
    assert event_cue(claim, text)
    said = 'Police said "peaceful" protesters were in the square.'
    claim2 = Claim("c1", (0, len(said)), said, Claimant("Police"), Content("x", (12, 20)), attribution="indirect", cue=Cue("said", (7, 11)))
    assert not event_cue(claim2, said)


def test_events_quote_regions():
    from claimledger.nlp.events import quote_regions

    text = "He said “the town fell” today.\n‘A block quote line from another outlet.\n‘Moderate rebels’ shell a school: 5 killed"
    regions = quote_regions(text)
    assert (text.index("“"), text.index("”") + 1) in regions
    block = text.index("‘A block")
    assert any(s == block for s, _ in regions)
    scare = text.index("‘Moderate")
    assert not any(s <= scare + 20 < e for s, e in regions)


def test_events_authorial_claim_does_not_take_a_speakers_figure(analyzer):
    from claimledger.models import Document

    text = "Hussain Ali, whose brother was killed, said he had counted more than 40 bodies at the clinic.\n"
    analysis = analyzer.analyze(Document(text=text))
    (author,) = [c for c in analysis.claims if c.attribution == "author"]
    (speaker,) = [c for c in analysis.claims if c.attribution != "author"]
    assert [(f.text, f.category) for f in speaker.figures] == [("more than 40 bodies", "killed")]
    assert author.figures == []


@pytest.mark.parametrize(
    "text",
    [
        "a car bomb went off near the market",
        "the town came under heavy shelling overnight",
        "residents said the talks would resume on monday",
        "gunmen stormed the checkpoint and took control of the road",
        "",
    ],
)
def test_events_phrase_precheck_agrees_with_each_group(text):
    # cue_hits skips the per-group phrase searches when the one search over all
    # of them finds nothing: it must find something exactly when a group does
    from claimledger.nlp.event_types import lexicon

    lx = lexicon()
    assert bool(lx.any_phrase.search(text)) == any(rx.search(text) for rx in lx.phrase_res.values())


@pytest.mark.parametrize(
    "text,sub",
    [
        # a group that names itself forces is no state's
        ("The Rapid Support Forces stormed the town of Tawila.", "Non-state actor overtakes territory"),
        ("Syrian Democratic Forces captured the village of Baghuz.", "Non-state actor overtakes territory"),
        # unless its name says it is
        ("The Sudanese Armed Forces stormed the town of Tawila.", "Government regains territory"),
        # (one word before "Forces" is a side's adjective in a headline)
        ("Russian Forces Capture Village Near Bakhmut", "Government regains territory"),
    ],
)
def test_events_a_group_named_forces_is_not_the_state(nlp, text, sub):
    (claim,) = nlp(text)._.cl_claims
    assert (claim.event.type, claim.event.sub_type) == ("Battles", sub)
