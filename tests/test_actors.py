"""Actor resolution across a document: names, roles, transliterations, pronouns."""

from __future__ import annotations

import pytest

from claimledger.models import Actor, Analysis, Claim, Claimant, Content, Document, ReportedBy
from claimledger.nlp.actors import parse_mention, resolve_actors

MENTION_CASES = [
    ("Syrian Foreign Minister Walid al-Moallem", "Syrian Foreign Minister", ["Walid", "al-Moallem"]),
    ("the United Nations Envoy for Syria, Staffan de Mistura", "United Nations Envoy for Syria", ["Staffan", "de", "Mistura"]),
    ("the UN envoy", "UN envoy", []),
    ("The Syrian FM", "Syrian FM", []),
    ("Sen. Maria Lopez", "Sen.", ["Maria", "Lopez"]),
    ("Mister Mouallem", None, ["Mouallem"]),
    ("Dr. Hana Saleh", None, ["Hana", "Saleh"]),
    # a group named by a common noun keeps the noun: not "Medical", not "Kurdish"
    ("Medical charities", None, ["Medical", "charities"]),
    ("the Kurdish rescue workers", None, ["Kurdish", "rescue", "workers"]),
    # the place or person after a preposition is not the speaker's name
    ("The health directorate in Idlib", None, ["health", "directorate", "in", "Idlib"]),
    ("Rescue workers in Aleppo", None, ["Rescue", "workers", "in", "Aleppo"]),
    # (also before a lower-case noun after the name: the hospital is not who speaks)
    ("a volunteer at Al Nao hospital", None, ["volunteer", "at", "Al", "Nao", "hospital"]),
    # in an apposition the role keeps all the capitalised words after its
    # preposition; without one, the name after a one-word place is the name
    ("Jean-Baptiste Gallopin, senior crisis researcher at Human Rights Watch", "crisis researcher at Human Rights Watch", ["Jean-Baptiste", "Gallopin"]),
    ("spokesman for Hamas Osama Hamdan", "spokesman for Hamas", ["Osama", "Hamdan"]),
    # a title word inside an institution's name is no title
    ("a statement from the Ukrainian General Staff", None, ["Ukrainian", "General", "Staff"]),
    ("the UN General Assembly", None, ["UN", "General", "Assembly"]),
    ("General Sergei Surovikin", "General", ["Sergei", "Surovikin"]),
    # a joining word inside a name stays in it
    ("Bank of America", None, ["Bank", "of", "America"]),
    ("the Syrian Observatory for Human Rights", None, ["Syrian", "Observatory", "for", "Human", "Rights"]),
    # "new" before a role is not part of it; a capitalised "New" begins a place's name
    ("the new envoy", "envoy", []),
    ("The New York Times", None, ["New", "York", "Times"]),
    ("New Zealand Foreign Minister Ana Reyes", "New Zealand Foreign Minister", ["Ana", "Reyes"]),
    # a role's body after "the", then the person: the body ends at its last
    # institution word or acronym, and two or more capitalised words follow
    ("Russian ambassador to the UN Vassily Nebenzia", "Russian ambassador to UN", ["Vassily", "Nebenzia"]),
    ("U.S. ambassador to the United Nations Nikki Haley", "U.S. ambassador to United Nations", ["Nikki", "Haley"]),
    ("spokesman for the Interior Ministry Ahmed Hassan", "spokesman for Interior Ministry", ["Ahmed", "Hassan"]),
    ("the head of the Syrian Observatory for Human Rights Rami Abdel Rahman", "head of Syrian Observatory for Human Rights", ["Rami", "Abdel", "Rahman"]),
    ("a spokesman for the Syrian Observatory for Human Rights", "spokesman for Syrian Observatory for Human Rights", []),
    ("the head of the UN refugee agency Filippo Grandi", "head of UN refugee agency", ["Filippo", "Grandi"]),
    ("the ambassador to the United States", "ambassador to United States", []),
]


@pytest.mark.parametrize("text,role,name", MENTION_CASES)
def test_actors_parse_mention_role_and_name(text, role, name):
    p = parse_mention(text)
    assert p.role == role
    assert p.name == name


def test_actors_parse_mention_gives_each_caller_its_own_copy():
    # parsed once per distinct text: a caller that edits its result must not change the next one's
    first = parse_mention("Syrian Foreign Minister Walid al-Moallem")
    first.name.append("Extra")
    first.role = None
    again = parse_mention("Syrian Foreign Minister Walid al-Moallem")
    assert again.role == "Syrian Foreign Minister" and again.name == ["Walid", "al-Moallem"]


def _analysis(text: str, mentions: list[tuple[str, str]], claims: list[tuple[str, str, str | None]]) -> Analysis:
    """Build an analysis with one chunk actor per listed mention (name, type),
    mentions listed in text order."""
    actors = []
    cursor = 0
    for i, (mention, typ) in enumerate(mentions, 1):
        start = text.index(mention, cursor)
        cursor = start + len(mention)
        actors.append(Actor(id=f"x{i}", name=mention, type=typ, aliases=[mention], mentions=[(start, start + len(mention))]))  # type: ignore[arg-type]
    out = []
    for k, (actor_id, content, reporter) in enumerate(claims, 1):
        a = next(x for x in actors if x.id == actor_id)
        s = text.index(content)
        out.append(
            Claim(
                id=f"q{k}",
                span=(s, s + len(content)),
                text=content,
                claimant=Claimant(name=a.name, actor=a.id, span=a.mentions[0]),
                content=Content(text=content, span=(s, s + len(content))),
                attribution="indirect",
                reported_by=ReportedBy(name="?", actor=reporter) if reporter else None,
            )
        )
    return Analysis(document=Document(text=text), actors=actors, claims=out)


TEXT = (
    "Syrian Foreign Minister Walid al-Moallem met the UN envoy Staffan de Mistura. "
    "Moallem said the plan was dead. The Syrian FM said it again. He said no more. "
    "Later Mouallem repeated it. De Mistura said talks would go on, and the UN envoy said the same. "
    "Muallem left."
)


def test_actors_merge_names_roles_transliterations_and_pronouns():
    mentions = [
        ("Syrian Foreign Minister Walid al-Moallem", "person"),
        ("the UN envoy Staffan de Mistura", "person"),
        ("Moallem", "unknown"),
        ("The Syrian FM", "person"),
        ("He", "person"),
        ("Mouallem", "person"),
        ("De Mistura", "person"),
        ("the UN envoy", "person"),
        ("Muallem", "organization"),
    ]
    a = _analysis(
        TEXT,
        mentions,
        [("x3", "the plan was dead", None), ("x4", "it again", None), ("x5", "no more", None), ("x6", "repeated it", None), ("x7", "talks would go on", None)],
    )
    resolve_actors(a, None)
    by_alias = {alias: actor for actor in a.actors for alias in actor.aliases}
    moallem = by_alias["Moallem"]
    for alias in ("Syrian Foreign Minister Walid al-Moallem", "The Syrian FM", "Mouallem", "Muallem"):
        assert by_alias[alias] is moallem, alias
    assert moallem.name == "Walid al-Moallem"
    assert moallem.type == "person"
    envoy = by_alias["De Mistura"]
    assert by_alias["the UN envoy"] is envoy
    assert envoy is not moallem
    assert envoy.name == "Staffan de Mistura"
    # claims follow: names become canonical, the pronoun resolves to the last speaker
    names = [c.claimant.name for c in a.claims]
    assert names == ["Walid al-Moallem"] * 4 + ["Staffan de Mistura"]
    assert a.claims[1].claimant.role == "Syrian FM"
    assert len({c.claimant.actor for c in a.claims[:4]}) == 1


def test_actors_keep_different_people_with_one_surname_apart():
    text = "Hillary Clinton spoke. Bill Clinton spoke too."
    a = _analysis(text, [("Hillary Clinton", "person"), ("Bill Clinton", "person")], [])
    resolve_actors(a, None)
    assert len(a.actors) == 2


def test_actors_acronym_matches_expansion():
    text = "The United Nations said aid arrived. The UN said more would come."
    a = _analysis(text, [("The United Nations", "organization"), ("UN", "organization")], [])
    resolve_actors(a, None)
    assert len(a.actors) == 1
    assert a.actors[0].name == "United Nations"


def test_actors_reported_by_self_is_dropped():
    text = "Moallem said Moallem said it."
    a = _analysis(text, [("Moallem", "person"), ("Moallem", "person")], [("x2", "it", "x1")])
    resolve_actors(a, None)
    assert a.claims[0].reported_by is None


def _speakers(analyzer, text: str):
    """The analysis of ``text`` and the actor ids of its non-authorial claimants."""
    an = analyzer.analyze(Document(text=text))
    return an, {c.claimant.actor for c in an.claims if c.attribution != "author"}


def test_actors_through_the_pipeline(analyzer):
    text = (
        "Interior Minister Samir Haddad said on Monday that the border crossing was open. "
        "Haddad added that trucks were waiting. The minister said aid would pass. "
        "He said the road had been repaired."
    )
    an, speakers = _speakers(analyzer, text)
    assert len(speakers) == 1
    actor = an.actor(speakers.pop())
    assert actor is not None and actor.name == "Samir Haddad" and actor.type == "person"


def test_actors_role_named_soon_after_by_a_definite_mention(analyzer):
    text = (
        "A spokesman for the health ministry denied that the clinic had been shelled.\n\n"
        "\u201cNo clinic was hit,\u201d the spokesman, Karim Nasser, told reporters."
    )
    an, speakers = _speakers(analyzer, text)
    assert len(speakers) == 1
    assert an.actor(speakers.pop()).name == "Karim Nasser"


def test_actors_an_indefinite_second_role_is_another_person(analyzer):
    text = (
        "A spokesman for the army said the bridge had been retaken.\n\n"
        "A spokesman for the rebels, Omar Said, said the bridge was still in their hands."
    )
    an, speakers = _speakers(analyzer, text)
    assert len(speakers) == 2


def test_actors_cluster_type_tie_goes_to_the_earliest_member():
    # a tie between types must not depend on set order (string hashing changes it per run)
    from types import SimpleNamespace

    from claimledger.nlp.actors import _cluster_type

    def members(*types):
        return [SimpleNamespace(actor=SimpleNamespace(type=t)) for t in types]

    root = SimpleNamespace(roles=[], parsed=SimpleNamespace(name=[]))
    assert _cluster_type(root, members("organization", "armed_group")) == "organization"
    assert _cluster_type(root, members("armed_group", "organization")) == "armed_group"
    assert _cluster_type(root, members("armed_group", "organization", "organization")) == "organization"


def test_actors_canonical_name_keeps_a_possessive_inside_it(analyzer):
    from claimledger.models import Document

    text = "Russia's defence ministry said its aircraft had not flown over the town.\n"
    names = [a.name for a in analyzer.analyze(Document(text=text)).actors]
    assert "Russia's defence ministry" in names


def test_actors_he_is_not_a_group_named_before_him(analyzer):
    from claimledger.models import Document

    text = (
        "At least 32 worshippers were killed, according to health officials.\n\n"
        "Interior ministry spokesman Abdul Rahim Nazari put the toll lower and said an inquiry was under way. "
        "\u201cOur forces reached the area at once,\u201d he told reporters.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    quote = next(c for c in analysis.claims if "Our forces" in c.content.text)
    actor = next(a for a in analysis.actors if a.id == quote.claimant.actor)
    assert actor.name == "Abdul Rahim Nazari"
    assert actor.type == "person"  # a spokesman is a person, whoever he speaks for


def test_actors_full_name_with_a_persons_role_is_a_person(analyzer):
    from claimledger.models import Document

    text = (
        "\u201cThe attack on the camp is a grave crime,\u201d said Jean-Baptiste Gallopin, "
        "senior crisis researcher at Human Rights Watch.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    (claim,) = analysis.claims
    actor = next(a for a in analysis.actors if a.id == claim.claimant.actor)
    assert (actor.name, actor.type) == ("Jean-Baptiste Gallopin", "person")


def test_actors_bare_group_noun_is_the_one_group_named_with_that_head(analyzer):
    from claimledger.models import Document

    def clusters(text):
        analysis = analyzer.analyze(Document(text=text))
        return sorted(sorted(a.aliases) for a in analysis.actors)

    # one army named before: "the army" is it
    assert ["The Syrian army", "The army"] in clusters(
        "The Syrian army said it had retaken the town. Residents disputed that. The army later said the fighting was over.\n")
    # two armies named before: "the army" stays on its own
    found = clusters(
        "The Russian army said it had taken the village. The Ukrainian army said it still held it. "
        "The army later denied the report.\n")
    assert ["The army"] in found and ["The Russian army"] in found


def test_actors_two_speaking_organisations_named_from_one_word(analyzer):
    # "the Left's" and "the Left's attacks on the ... Foundation" both start at
    # "the": ordering the speaking organisations must not compare the nodes
    from claimledger.models import Document

    text = (
        "Rights group says it will keep publishing\n\n"
        "To be sure, the Left's attacks on the Free Media Foundation continue unabated: just recently "
        "a hit piece in the Daily Courier smeared a decent man like the mayor.\n\n"
        "The Free Media Foundation said on Monday that it would not close its office.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    said = [c for c in analysis.claims if c.cue is not None and c.cue.text == "said"]
    assert [c.claimant.name for c in said] == ["Free Media Foundation"]
    # how the attacks go on is no speech act of theirs
    assert not [c for c in analysis.claims if c.cue is not None and c.cue.text == "continue"]


def test_actors_an_envoy_to_a_body_named_with_the_body_is_one_person(analyzer):
    from claimledger.models import Document

    text = (
        "Russian ambassador to the UN Vassily Nebenzia said the strikes had hit only military targets. "
        "Nebenzia added that Moscow would veto the text.\n\n"
        "U.S. ambassador to the United Nations Nikki Haley said Iran had broken the deal. Haley said sanctions would stay.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    people = {a.name: a for a in analysis.actors if a.type == "person"}
    assert {"Vassily Nebenzia", "Nikki Haley"} <= set(people)
    speakers = {c.claimant.actor for c in analysis.claims if c.attribution != "author"}
    assert speakers == {people["Vassily Nebenzia"].id, people["Nikki Haley"].id}


def test_actors_he_is_not_a_woman_the_text_called_she(analyzer):
    # the senator is "she" in her own claim; "he said" after it is someone
    # else, and the governor named since is the nearest man it can be
    from claimledger.models import Document

    text = (
        "Senator Dianne Feinstein said she had referred the letter to the FBI.\n\n"
        "\u201cI categorically deny this allegation,\u201d he said in a statement.\n\n"
        "Minister Amina Yusuf met the governor, Ahmed Bello, on Monday. "
        "\u201cWe agreed to reopen the road,\u201d he said.\n\n"
        "Mrs Okoro said the clinic had been hit twice. \u201cThey fired from the hill,\u201d he added.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    by_content = {c.content.text.strip("\u201c\u201d,"): c.claimant.name for c in analysis.claims}
    assert by_content["I categorically deny this allegation"] != "Dianne Feinstein"
    assert by_content["We agreed to reopen the road"] == "Ahmed Bello"
    assert by_content["They fired from the hill"] != "Okoro"
    assert by_content["she had referred the letter to the FBI"] == "Dianne Feinstein"


def test_actors_a_given_name_gives_the_sex_the_text_does_not(analyzer):
    # no title and no "she said" for either speaker: "Maria" and "Pavel" say
    # which of them "she" is, and "Tomas" which one "he" is
    from claimledger.models import Document

    text = (
        "KHERSON, March 3 - Maria Kovalenko, who runs the shelter, said the roof had been hit "
        "overnight. \u201cWe moved everyone to the basement,\u201d said Pavel Ostapenko, a volunteer.\n\n"
        "\u201cThe children are safe,\u201d she said.\n\n"
        "Tomas Varga, the regional governor, said repairs would start on Monday. Elena Marsh of the "
        "housing office confirmed the date. \u201cWe have the glass and the timber,\u201d he said.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    by_content = {c.content.text.strip("\u201c\u201d,"): c.claimant.name for c in analysis.claims}
    assert by_content["The children are safe"] == "Maria Kovalenko"
    assert by_content["We have the glass and the timber"] == "Tomas Varga"


@pytest.mark.parametrize(
    "name, sex",
    [
        (["Maria", "Zakharova"], "f"),
        (["Walid", "al-Moallem"], "m"),
        (["Pedro", "de", "Souza"], "m"),
        (["Elena", "Marsh", "of", "housing", "office"], "f"),
        (["Jordan"], None),  # one word: a surname or a country as often as a given name
        (["Lindsey", "Graham"], None),  # about one in ten Lindseys is a man: no sex
        (["Mario", "herself"], None),
        (["Eric", "Holder", "and", "Clinton"], None),
        (["J.", "Smith"], None),
    ],
)
def test_given_name_sex(name, sex):
    from claimledger.nlp.actors import _given_name_sex

    assert _given_name_sex(name) == sex


def test_actors_a_person_the_ner_called_an_organisation(analyzer):
    # en_core_web_sm tags "Carly Fiorina" ORG here; a full name with a known
    # given name, and the surname alone later, is a person's, so "she" joins
    # her, while an outlet keeps its type
    from claimledger.models import Document

    text = (
        "Carly Fiorina threw her support behind the senator on Wednesday at a rally in Miami, "
        "the Washington Post reported.\n\n"
        "Fiorina, the former executive, made a surprise appearance at the rally. She praised him for "
        "standing up to party leaders, and she said he was the only one who could win in November. "
        "The Post said the crowd was small.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    types = {a.name: a.type for a in analysis.actors}
    assert types["Carly Fiorina"] == "person"
    assert types["Washington Post"] == "organization"  # "Washington" is a given name too
    said = {c.content.text: c.claimant.name for c in analysis.claims if c.cue is not None and c.cue.text == "said"}
    assert said == {"he was the only one who could win in November": "Carly Fiorina", "the crowd was small": "Washington Post"}


def test_actors_a_bare_surname_does_not_join_two_people_who_share_it(analyzer):
    # "Clinton" joins Hillary Clinton; Bill Clinton, named after it, stays
    # apart (his given name differs from hers), and "she" is hers
    from claimledger.models import Document

    text = (
        "Hillary Clinton spoke to voters in Florence on Tuesday. Clinton said the state had been "
        "overlooked for too long.\n\n"
        "Bill Clinton, who campaigned with her, said the crowd was the largest of the week. "
        "\u201cThey came early,\u201d he said.\n\n"
        "\u201cWe will not forget this town,\u201d she said.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    by_content = {c.content.text.strip("\u201c\u201d,"): c.claimant.name for c in analysis.claims}
    assert by_content == {
        "the state had been overlooked for too long": "Hillary Clinton",
        "the crowd was the largest of the week": "Bill Clinton",
        "They came early": "Bill Clinton",
        "We will not forget this town": "Hillary Clinton",
    }


def test_actors_a_persons_own_name_is_the_canonical_one(analyzer):
    # "Veteran campaigner Elena Marsh": the NER's span takes the adjective in,
    # but the actor is "Elena Marsh"; "Reporters" opening a sentence is a
    # group, not a name, so "She" is Marsh
    from claimledger.models import Document

    text = (
        "Veteran campaigner Elena Marsh said the bridge was safe to cross. Marsh, who has monitored "
        "the crossing since March, added that the shelling had stopped on Monday.\n\n"
        "Reporters later asked Elena Marsh about the convoy. She said it would leave on Friday.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    people = [a.name for a in analysis.actors if a.type == "person"]
    assert "Elena Marsh" in people and not any("Veteran" in p for p in people)
    by_content = {c.content.text: c.claimant.name for c in analysis.claims}
    assert by_content["it would leave on Friday"] == "Elena Marsh"


def test_actors_names_with_an_and(analyzer):
    # an "and" inside a role is no pair of people; two people named together
    # keep both names
    from claimledger.models import Document

    text = (
        "Minister of Foreign Affairs and Trade Peter Lindqvist said the embassy would stay open. "
        "Lindqvist added that staff had been moved to the basement.\n\n"
        "Council members Anna Berg and Tomas Holm voted against the curfew.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    by_cue = {c.cue.text: c.claimant.name for c in analysis.claims if c.cue is not None}
    assert by_cue["said"] == by_cue["added"] == "Peter Lindqvist"
    assert "Anna Berg and Tomas Holm" in by_cue["voted against"]


def test_actors_the_last_word_of_a_title_is_no_body(analyzer):
    # the small NER tags "State" of "Secretary of State" ORG; it is a word of
    # the role, while "the Islamic State group" stays an armed group
    from claimledger.models import Document

    text = (
        "Former Secretary of State Hillary Clinton said the deal was weak. "
        "The Islamic State group claimed the attack in a statement on Telegram.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    names = {a.name: a.type for a in analysis.actors}
    assert "State" not in names
    assert names["Hillary Clinton"] == "person"
    assert names["Islamic State group"] == "armed_group"


def test_a_body_named_with_and_without_its_country_is_one_actor(analyse):
    analysis = analyse(
        "Ukraine's General Staff dismissed the claim as fiction. "
        "According to the General Staff, Russian troops lost 1,120 soldiers over the past day."
    )
    assert [a.name for a in analysis.actors] == ["Ukraine's General Staff"]
    assert {c.claimant.name for c in analysis.claims} == {"Ukraine's General Staff"}


def test_two_countries_bodies_of_one_name_stay_apart(analyse):
    analysis = analyse("Ukraine's General Staff said the attack failed. Russia's General Staff said the attack had succeeded.")
    assert sorted(a.name for a in analysis.actors) == ["Russia's General Staff", "Ukraine's General Staff"]
