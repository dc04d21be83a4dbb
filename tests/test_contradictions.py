"""Contradictions within a document: (claims, expected) tables on plain dataclasses."""

from __future__ import annotations

import pytest

from claimledger.models import Analysis, Claim, Claimant, Content, Document, Figure, Place
from claimledger.nlp.contradictions import find_contradictions, stem


def _claim(i: int, who: str, content: str, stance: str = "asserts", figures=(), places=()) -> Claim:
    start = 1000 * i  # each claim at its own place in the text: claims sharing words never contradict
    return Claim(
        id=f"c{i}",
        span=(start, start + len(content)),
        text=content,
        claimant=Claimant(name=who, actor=who.lower()),
        content=Content(text=content, span=(start, start + len(content))),
        attribution="indirect",
        stance=stance,  # type: ignore[arg-type]
        figures=list(figures),
        places=list(places),
    )


def _run(claims, places=()) -> Analysis:
    a = Analysis(document=Document(text="x"), claims=claims, places=list(places))
    find_contradictions(a, None)
    return a


def _claimant_pairs(analyzer, text: str, kind: str = "stance") -> list[set[str]]:
    """The claimant names of each contradiction of ``kind`` the analyzer finds in ``text``."""
    analysis = analyzer.analyze(Document(text=text))
    by_id = {c.id: c for c in analysis.claims}
    return [{by_id[i].claimant.name for i in x.claims} for x in analysis.contradictions if x.kind == kind]


CASES = [
    # (claims, expected kinds)
    (
        [
            _claim(1, "Ministry", "there was no bombing of the hospital in Kafr Hamra", "denies"),
            _claim(2, "Rescuers", "jets bombed the hospital in Kafr Hamra twice"),
        ],
        ["stance"],
    ),
    (
        [
            _claim(1, "Army", "its units never shelled the market in Duma", "denies"),
            _claim(2, "Monitor", "artillery shelling hit the market in Duma"),
        ],
        ["stance"],
    ),
    (
        # same claimant: no contradiction
        [
            _claim(1, "Army", "its units never shelled the market", "denies"),
            _claim(2, "Army", "the shelling of the market was an accident"),
        ],
        [],
    ),
    (
        # different propositions
        [
            _claim(1, "Ministry", "no bombing of the hospital took place", "denies"),
            _claim(2, "Rescuers", "the bakery ran out of flour"),
        ],
        [],
    ),
    (
        # a hypothetical is not a report of an event
        [
            _claim(1, "Ministry", "no bombing of the hospital took place", "denies"),
            _claim(2, "Envoy", "a bombing of the hospital would be a catastrophe", "hypothetical"),
        ],
        [],
    ),
    (
        [
            _claim(1, "Ministry", "no strike on the school happened", "doubts"),
            _claim(2, "Teachers", "an air strike hit the school at noon"),
        ],
        ["stance"],
    ),
]


CASES += [
    (
        # "struck" is "strike"; an apartment block is a residential building
        [
            _claim(1, "Kremlin", "our forces do not strike residential buildings", "denies"),
            _claim(2, "Rescuers", "a missile struck an apartment block in Kharkiv"),
        ],
        ["stance"],
    ),
    (
        # two words of attack on the same kind of target: "targeted medical facilities" / "hospital shelled"
        [
            _claim(1, "RSF", "it had not targeted any medical facilities in the city", "denies"),
            _claim(2, "MSF", "the Saudi hospital was shelled on Sunday"),
        ],
        ["stance"],
    ),
    (
        # ... not when each names another target
        [
            _claim(1, "RSF", "it had not targeted any medical facilities in the city", "denies"),
            _claim(2, "Monitor", "the fuel depot was shelled on Sunday"),
        ],
        [],
    ),
    (
        # a denial that one side did it, and a claim that the other side did: no contradiction
        [
            _claim(1, "Kremlin", "Russian forces had not struck the apartment building in Dnipro", "denies"),
            _claim(2, "Spokesman", "the apartment building in Dnipro was struck by a Ukrainian air defence missile"),
        ],
        [],
    ),
    (
        # ... the same side named in both: a contradiction
        [
            _claim(1, "Kremlin", "Russian forces had not struck the apartment building in Dnipro", "denies"),
            _claim(2, "Governor", "a Russian missile struck the apartment building in Dnipro"),
        ],
        ["stance"],
    ),
    (
        # politics' metaphors are no acts of war: "targeting" a rival, "attacks" on a rival
        [
            _claim(1, "Spokesman", "the president was not targeting the senator", "denies"),
            _claim(2, "Senator", "the president made personal attacks on the senator"),
        ],
        [],
    ),
]


@pytest.mark.parametrize("claims,kinds", CASES)
def test_contradictions_stance_table(claims, kinds):
    a = _run(claims)
    assert [x.kind for x in a.contradictions] == kinds
    for x in a.contradictions:
        assert x.about and len(x.about) < 160


def test_contradictions_figures_disagree_at_one_place():
    places = [Place(name="Aleppo", span=(0, 6))]
    a = _run(
        [
            _claim(1, "Agency", "3 killed in Aleppo", figures=[Figure("killed", "3 killed", (0, 8), value=3)], places=[0]),
            _claim(2, "Monitor", "27 killed in Aleppo", figures=[Figure("killed", "27 killed", (0, 9), value=27)], places=[0]),
            _claim(3, "Clinic", "40 injured in Aleppo", figures=[Figure("injured", "40 injured", (0, 10), value=40)], places=[0]),
        ],
        places,
    )
    assert [(x.kind, x.claims) for x in a.contradictions] == [("figure", ("c1", "c2"))]
    assert "killed" in a.contradictions[0].about and "Aleppo" in a.contradictions[0].about


def test_contradictions_figure_ranges_that_overlap_agree():
    a = _run(
        [
            _claim(1, "Agency", "between 20 and 30 killed", figures=[Figure("killed", "20-30", (0, 5), low=20, high=30)]),
            _claim(2, "Monitor", "27 killed", figures=[Figure("killed", "27", (0, 2), value=27)]),
        ]
    )
    assert a.contradictions == []


@pytest.mark.parametrize(
    "first,second,disagree",
    [
        # "at least 45" and "dozens" can both be true; an open end is no bound
        (Figure("killed", "at least 45", (0, 11), low=45), Figure("killed", "dozens", (0, 6), low=12), False),
        (Figure("killed", "up to 30", (0, 8), high=30), Figure("killed", "12", (0, 2), value=12), False),
        (Figure("killed", "3", (0, 1), value=3), Figure("killed", "at least 20", (0, 11), low=20), True),
        (Figure("killed", "up to 10", (0, 8), high=10), Figure("killed", "more than 40", (0, 12), low=41), True),
    ],
)
def test_contradictions_open_ended_figures(first, second, disagree):
    a = _run([
        _claim(1, "Agency", first.text + " killed", figures=[first]),
        _claim(2, "Monitor", second.text + " killed", figures=[second]),
    ])
    assert [x.kind for x in a.contradictions] == (["figure"] if disagree else [])


@pytest.mark.parametrize("a,b", [("bombing", "bombed"), ("hospitals", "hospital"), ("strikes", "strike"), ("shelling", "shelled")])
def test_contradictions_stem_joins_word_forms(a, b):
    assert stem(a) == stem(b)


def test_contradictions_a_claims_figures_of_one_kind_count_together():
    # "at least 45 civilians, including 11 children" allows 11 to any number
    a = _run([
        _claim(1, "Monitor", "at least 45 civilians, including 11 children, were killed", figures=[
            Figure("killed", "at least 45 civilians", (0, 21), low=45), Figure("killed", "11 children", (33, 44), value=11)]),
        _claim(2, "Agency", "dozens were killed", figures=[Figure("killed", "dozens", (0, 6), low=12)]),
    ])
    assert a.contradictions == []
    a = _run([
        _claim(1, "Monitor", "3 soldiers and 2 civilians were killed", figures=[
            Figure("killed", "3 soldiers", (0, 10), value=3), Figure("killed", "2 civilians", (15, 26), value=2)]),
        _claim(2, "Agency", "at least 20 were killed", figures=[Figure("killed", "at least 20", (0, 11), low=20)]),
    ])
    assert [(x.kind, x.about) for x in a.contradictions] == [("figure", "killed: 3 soldiers, 2 civilians vs at least 20")]


def test_contradictions_a_toll_since_a_date_is_not_one_attacks():
    a = _run([
        _claim(1, "UN", "More than 1,200 people have been killed in the district since March",
               figures=[Figure("killed", "More than 1,200 people", (0, 22), low=1201)]),
        _claim(2, "Rebels", "its fighters had killed nine soldiers", figures=[Figure("killed", "nine soldiers", (0, 13), value=9)]),
    ])
    assert a.contradictions == []


def _at(claim: Claim, start: int, event: bool = False) -> Claim:
    """The claim placed at ``start`` in its document (pointing denials look back)."""
    claim.span = (start, start + len(claim.content.text))
    if event:
        from claimledger.models import Event

        claim.event = Event(type="Explosions/Remote violence", sub_type=None, target=None)
    return claim


@pytest.mark.parametrize(
    "denial",
    [
        "the claim as propaganda",
        "the allegations as “baseless”",
        "these reports",
        "the accusations made by the monitor",
    ],
)
def test_contradictions_a_denial_that_points_back_answers_the_claim_before_it(denial):
    a = _run([
        _at(_claim(1, "Monitor", "a drone struck the clinic in Salqin on Sunday"), 0, event=True),
        _at(_claim(2, "Mayor", "the water plant will reopen next week"), 60),
        _at(_claim(3, "Army", denial, "denies"), 120),
    ])
    assert [(x.kind, x.claims) for x in a.contradictions] == [("stance", ("c3", "c1"))]
    assert "drone struck the clinic" in a.contradictions[0].about


def test_contradictions_disputed_figures_answer_the_claim_with_figures():
    a = _run([
        _at(_claim(1, "Officials", "32 worshippers were killed in the mosque",
                   figures=[Figure("killed", "32 worshippers", (0, 14), value=32)]), 0),
        _at(_claim(2, "Imam", "the mosque had been hit before"), 50),
        _at(_claim(3, "Residents", "the official figure", "denies"), 100),
    ])
    assert [x.claims for x in a.contradictions] == [("c3", "c1")]


@pytest.mark.parametrize(
    "claims",
    [
        # the denial names its own topic
        [_claim(1, "Relatives", "the men had not been seen since"), _claim(2, "Officer", "the number of detainees", "doubts")],
        # the claim before is the same speaker's
        [_claim(1, "Army", "its jets struck a depot"), _claim(2, "Army", "the reports as exaggerated", "denies")],
        # nothing asserted before it
        [_claim(1, "Army", "the claim as propaganda", "denies"), _claim(2, "Monitor", "jets struck the depot")],
    ],
)
def test_contradictions_pointing_denials_that_answer_nothing(claims):
    for i, c in enumerate(claims):
        _at(c, 100 * i, event=True)
    assert _run(claims).contradictions == []


def test_contradictions_pointing_denial_in_a_report(analyzer):
    text = (
        "Russia's defence ministry said its forces had destroyed 12 Ukrainian tanks near Vovchansk. "
        "Kyiv dismissed the claim as propaganda, saying only two of its vehicles had been damaged."
    )
    assert {"Russia's defence ministry", "Kyiv"} in _claimant_pairs(analyzer, text)


def test_contradictions_a_denial_of_one_sources_account_answers_that_source(analyzer):
    text = (
        "The army said it had struck fighters operating from a command post inside the school. "
        "A rescue worker said most of the 22 dead were women and children. "
        "The group described the army's account as \u201cblatant lies.\u201d"
    )
    assert _claimant_pairs(analyzer, text) == [{"The group", "The army"}]


@pytest.mark.parametrize(
    "text,denier,claimant,content",
    [
        (
            "Rebels said on Tuesday they had shot down a government jet over Idlib, which the army denies.",
            "the army", "Rebels", "they had shot down a government jet over Idlib",
        ),
        (
            "Ukrainian officials accused Moscow of shelling a hospital in Kherson, which the Kremlin denied.",
            "Kremlin", "Ukrainian officials", "Moscow of shelling a hospital in Kherson",
        ),
        # a verdict set after the tag: "A, X said, a claim Y disputed"
        (
            "Ukrainian forces have retaken the village of Robotyne, Kyiv said, a claim Moscow disputed.",
            "Moscow", "Kyiv", "Ukrainian forces have retaken the village of Robotyne",
        ),
        (
            "Rebels shot down a government helicopter near Hama, the group said, an account the army rejected.",
            "the army", "the group", "Rebels shot down a government helicopter near Hama",
        ),
        (
            "Russia's defence ministry said its missiles hit a weapons depot near Odesa, an account Kyiv called absurd.",
            "Kyiv", "Russia's defence ministry", "its missiles hit a weapons depot near Odesa",
        ),
        # (a participle after the verdict does not carry it into the claim)
        (
            "Rebels said they shot down a jet, which the army denied, saying the plane had crashed.",
            "the army", "Rebels", "they shot down a jet",
        ),
        (
            "The governor complained that the vote had been rigged against him, a charge that election officials denied, noting that observers had watched every count.",
            "election officials", "The governor", "that the vote had been rigged against him",
        ),
        # "which" after the tag, read by the parse as what the tag's verb said
        (
            "\u201cThe drones hit a fuel depot outside the city,\u201d the ministry said, which local officials denied.",
            "local officials", "the ministry", "\u201cThe drones hit a fuel depot outside the city,\u201d",
        ),
        (
            "Rebel fighters had withdrawn from the border crossing, the governor said, which the rebels denied.",
            "the rebels", "the governor", "Rebel fighters had withdrawn from the border crossing",
        ),
        # (a relation inside the answered words does not take the verdict over)
        (
            "Russia's defence ministry said its forces had struck \"a temporary deployment point of Ukrainian units\" in the area, a claim Kyiv rejected.",
            "Kyiv", "Russia's defence ministry", "its forces had struck \"a temporary deployment point of Ukrainian units\" in the area",
        ),
    ],
)
def test_contradictions_which_a_source_denies(analyzer, text, denier, claimant, content):
    """"X said A, which Y denies": both claims, on the same words, set against each other."""
    claims = {(c.claimant.name, c.stance, c.content.text) for c in analyzer.analyze(Document(text=text)).claims}
    assert (denier, "denies", content) in claims
    assert (claimant, "asserts", content) in claims
    assert {denier, claimant} in _claimant_pairs(analyzer, text)


def test_contradictions_which_inside_a_sentence_is_the_noun_before_it(analyzer):
    analysis = analyzer.analyze(Document(text="The strike, which the Pentagon acknowledged on Friday, killed a family of ten."))
    assert [(c.claimant.name, c.content.text) for c in analysis.claims if c.cue and c.cue.text == "acknowledged"] == [("Pentagon", "The strike")]


def _blame(i: int, who: str, cue: str, content: str, start: int, etype: str | None = "Explosions/Remote violence") -> Claim:
    from claimledger.models import Cue, Event

    c = _at(_claim(i, who, content), start)
    c.cue = Cue(text=cue, span=(start, start + len(cue)))
    c.event = Event(type=etype, sub_type=None, target=None) if etype else None
    return c


def test_contradictions_two_sides_blame_each_other():
    a = _run([
        _blame(1, "RSF", "blamed", "the army for the shelling of the camp", 0),
        _blame(2, "Army", "accused", "the RSF of carrying out the attack", 200, "Violence against civilians"),
    ])
    assert [(x.kind, x.claims) for x in a.contradictions] == [("responsibility", ("c1", "c2"))]
    assert a.contradictions[0].about == "RSF blames the army; Army blames the RSF"


@pytest.mark.parametrize(
    "second",
    [
        # the same side blamed by both
        ("UN", "blamed", "the army's artillery units for the shelling", 200, "Explosions/Remote violence"),
        # blame for something else, far away, of another kind
        ("Army", "accused", "the RSF of looting the market", 5000, "Strategic developments"),
        # no event at all
        ("Army", "accused", "the RSF of lying to journalists", 200, None),
    ],
)
def test_contradictions_blame_that_does_not_conflict(second):
    who, cue, content, start, etype = second
    a = _run([_blame(1, "RSF", "blamed", "the army for the shelling of the camp", 0), _blame(2, who, cue, content, start, etype)])
    assert a.contradictions == []


def test_contradictions_a_claim_of_responsibility_against_blame_of_another():
    a = _run([
        _blame(1, "Al-Shabaab", "claimed", "responsibility for the attack on the police station", 0),
        _blame(2, "Ministry", "blamed", "a rival clan militia for the bombing", 150),
    ])
    assert [(x.kind, x.about) for x in a.contradictions] == [
        ("responsibility", "Al-Shabaab claims responsibility; Ministry blames a rival clan militia")
    ]


def test_contradictions_blame_far_apart_in_a_roundup_is_for_other_acts():
    a = _run([
        _blame(1, "RSF", "blamed", "the army for the shelling of the camp", 0),
        _blame(2, "Army", "accused", "the RSF of shelling the market", 40_000),
    ])
    assert a.contradictions == []


@pytest.mark.parametrize("content", ["that is what the monitor said", "this morning's statement", "those who were there"])
def test_contradictions_a_pronoun_that_opens_a_phrase_points_nowhere(content):
    # "that" or "this" followed by more words names something itself
    a = _run([
        _at(_claim(1, "Monitor", "a drone struck the clinic in Salqin on Sunday"), 0, event=True),
        _at(_claim(2, "Mayor", "the water plant will reopen next week"), 60),
        _at(_claim(3, "Army", content, "denies"), 120),
    ])
    assert a.contradictions == []


def _pronoun_denial(i: int, who: str, sentence: str, cue: str, pronoun: str, start: int) -> Claim:
    """A denial whose content is a bare pronoun, placed at ``start`` ("The rebels disputed that.")."""
    from claimledger.models import Cue

    c = _claim(i, who, pronoun, "denies")
    c.text = sentence
    c.span = (start, start + len(sentence))
    at = sentence.index(cue)
    c.cue = Cue(text=cue, span=(start + at, start + at + len(cue)))
    at = sentence.rindex(pronoun)
    c.content = Content(text=pronoun, span=(start + at, start + at + len(pronoun)))
    at = sentence.index(who)
    c.claimant.span = (start + at, start + at + len(who))
    return c


def test_contradictions_a_bare_pronoun_answers_what_was_just_said():
    monitor = _at(_claim(1, "Monitor", "a drone struck the clinic in Salqin on Sunday"), 0, event=True)
    near = _run([monitor, _pronoun_denial(2, "The army", "The army disputed that.", "disputed", "that", 120)])
    assert [x.claims for x in near.contradictions] == [("c2", "c1")]
    stated = _run([monitor, _pronoun_denial(2, "the army", "In a statement, the army denied it.", "denied", "it", 120)])
    assert [x.claims for x in stated.contradictions] == [("c2", "c1")]
    far = _run([monitor, _pronoun_denial(2, "The army", "The army disputed that.", "disputed", "that", 900)])
    assert far.contradictions == []
    # a pronoun for the clause before it in its own sentence answers nothing earlier
    own = _run([monitor, _pronoun_denial(2, "the army", "The town is held by the militia, although the army disputes this.", "disputes", "this", 120)])
    assert own.contradictions == []
    # a relative "that" before its verb is no pronoun pointing back
    relative = _run([monitor, _pronoun_denial(2, "the ministry", "Some records that the ministry disputes were kept in a locked room.", "disputes", "that", 120)])
    assert relative.contradictions == []
    # a noun that names what is denied still reaches further back
    named = _run([monitor, _at(_claim(2, "Army", "the claim", "denies"), 900)])
    assert [x.claims for x in named.contradictions] == [("c2", "c1")]


def test_contradictions_bodies_found_so_far_do_not_dispute_a_toll():
    bodies = Figure("killed", "11 bodies", (0, 9), value=11)
    toll = Figure("killed", "23", (0, 2), value=23)
    a = _run([
        _claim(1, "Rescuer", "rescuers had pulled 11 bodies from the rubble overnight", figures=[bodies]),
        _claim(2, "Ministry", "the death toll at 23", figures=[toll]),
    ])
    assert a.contradictions == []
    # a count of the dead that is not bodies found so far still disputes it
    dead = Figure("killed", "11 people", (0, 9), value=11)
    b = _run([
        _claim(1, "Rescuer", "11 people were killed in the strike", figures=[dead]),
        _claim(2, "Ministry", "the death toll at 23", figures=[toll]),
    ])
    assert [x.kind for x in b.contradictions] == ["figure"]


def test_contradictions_a_denied_weapons_store_against_a_strike_on_one(analyzer):
    text = (
        "The army said its jets struck a weapons storage site of the militia in the village.\n\n"
        "The militia denied storing weapons in the village.\n"
    )
    pairs = _claimant_pairs(analyzer, text)
    assert len(pairs) == 1 and "The militia" in pairs[0], pairs


def test_contradictions_a_report_called_false_in_the_same_sentence(analyzer):
    text = (
        "Rosatom said Ukrainian drones had struck the plant's training centre, while Ukraine's military "
        "intelligence called the report \u201ca provocation\u201d and said Russian forces were staging attacks on the site."
    )
    analysis = analyzer.analyze(Document(text=text))
    said = [(c.claimant.name, c.content.text) for c in analysis.claims if c.cue is not None and c.cue.text == "said"]
    assert ("Ukraine's military intelligence", "Russian forces were staging attacks on the site") in said
    assert _claimant_pairs(analyzer, text) == [{"Rosatom", "Ukraine's military intelligence"}]


def test_contradictions_two_that_clauses_with_two_stances_are_two_claims(analyzer):
    text = (
        "The UN agency said at least 40 civilians were killed in the camp on Thursday. "
        "The RSF said that its fighters had entered the camp and that no civilians had been harmed."
    )
    analysis = analyzer.analyze(Document(text=text))
    rsf = [(c.stance, c.content.text) for c in analysis.claims if c.claimant.name == "RSF"]
    assert rsf == [("asserts", "that its fighters had entered the camp"), ("denies", "that no civilians had been harmed")]
    # harm to no one is set against a count of the killed
    assert _claimant_pairs(analyzer, text) == [{"RSF", "UN agency"}]
    # two clauses that agree stay one claim
    one = analyzer.analyze(Document(text="The RSF said that its fighters had entered the camp and that they had found weapons there."))
    assert len(one.claims) == 1


def test_contradictions_findings_dismissed_point_at_the_report(analyzer):
    text = (
        "Amnesty International found that troops had shot unarmed men in the streets of Axum. "
        "The information minister dismissed the findings as preposterous."
    )
    assert _claimant_pairs(analyzer, text) == [{"The information minister", "Amnesty International"}]
