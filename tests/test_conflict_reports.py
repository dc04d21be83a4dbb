"""Conflict-report wording the analyzer used to misread: a statement that
speaks after its issuer was named, a bare "the ministry" after its full name,
what a speaker withheld, "the strike" in a report of shelling, and deaths
from hunger or disease. The texts are written for these tests."""

from __future__ import annotations

import pytest

from claimledger.models import Document
from claimledger.nlp.event_types import Word, classify
from lookup import actor_of, claim_with_cue

E = "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text,issuer",
    [
        (
            "The Ministry of Health issued a statement on Sunday about the shelling of the market. "
            "The statement added that 14 civilians were killed.",
            "Ministry of Health",
        ),
        (
            "The provincial governor said in a statement that the bridge had been mined. "
            "The statement added that engineers were on their way.",
            "The provincial governor",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_issued_it(analyse, text, issuer):
    analysis = analyse(text)
    added = claim_with_cue(analysis, "added")
    assert issuer in added.claimant.name
    # the words in the text stay the mention: "The statement"
    assert text[added.claimant.span[0] : added.claimant.span[1]] == "The statement"
    actor = actor_of(analysis, added)
    assert issuer in actor.name


def test_a_statement_with_its_own_owner_is_not_reassigned(analyse):
    text = (
        "The Ministry of Health issued a statement on Sunday. "
        "The UN statement added that the convoy had been delayed."
    )
    added = claim_with_cue(analyse(text), "added")
    assert "Ministry" not in added.claimant.name


def test_the_ministry_joins_the_ministry_named_before(analyse):
    text = (
        "The Ministry of Defence said its air defences shot down four drones overnight. "
        "The ministry said debris damaged two houses."
    )
    analysis = analyse(text)
    speakers = {c.claimant.actor for c in analysis.claims if c.cue is not None and c.cue.text == "said"}
    assert len(speakers) == 1


def test_two_ministries_leave_the_ministry_alone(analyse):
    text = (
        "The Ministry of Defence said four drones were shot down. "
        "The Ministry of Health said two people were hurt. "
        "The ministry said the hospital was full."
    )
    analysis = analyse(text)
    last = [c for c in analysis.claims if c.cue is not None and c.cue.text == "said"][-1]
    named = {a.id for a in analysis.actors if "Ministry of" in a.name}
    assert last.claimant.actor not in named


@pytest.mark.parametrize(
    "text,first,withheld",
    [
        ("A police spokesman said 20 people had died but did not say who fired the shells.", "20 people had died", "say"),
        ("Officials said the convoy was hit near the bridge and declined to say who was responsible.", "the convoy was hit near the bridge", "declined"),
    ],
)
def test_what_the_speaker_withheld_is_not_part_of_the_claim(analyse, text, first, withheld):
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.content.text == first
    other = claim_with_cue(analysis, withheld)
    assert other.claimant.name == said.claimant.name


def _classify(text: str, strike: str | None = None):
    words = [Word(w.lower().strip(".,"), w.lower().strip(".,"), 0) for w in text.split()]
    return classify(words, text, strike=strike)


def test_the_strike_in_a_report_of_shelling_is_the_shelling(analyse):
    text = (
        "Shelling hit the Omdurman market on Sunday, killing 14 people. "
        "The ministry said the army would open an investigation into the strike."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.event is not None and said.event.type == E


@pytest.mark.parametrize(
    "text,strike,etype",
    [
        ("The army opened an investigation into the strike.", "shelling", E),
        ("The army opened an investigation into the strike.", None, "Protests"),
        # who is on strike decides, whatever else the report is about
        ("Teachers said the strike would go on until salaries are paid.", "air", "Protests"),
        ("Dock workers joined the strike on Monday.", "shelling", "Protests"),
    ],
)
def test_a_bare_strike_takes_the_sense_of_its_document(text, strike, etype):
    guess = _classify(text, strike)
    assert guess is not None and guess.type == etype


@pytest.mark.parametrize(
    "text",
    [
        "Twelve children died of cholera in the camp last week.",
        "At least 30 people died of hunger in the besieged town.",
        "Nine patients died because fuel shortages shut down the hospital generators.",
    ],
)
def test_deaths_from_hunger_or_disease_are_no_attack(text):
    assert _classify(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers died after gunmen opened fire on their tractor.",
        "A boy died of his wounds after the airstrike on the school.",
        "Three people were killed by shelling amid shortages of food in the town.",
    ],
)
def test_deaths_with_violence_stay_events(text):
    assert _classify(text) is not None


def test_a_name_inside_a_speakers_mention_is_no_second_actor(analyse):
    text = (
        "Russia's defence ministry said its forces had destroyed 12 tanks near Vovchansk. "
        "The army's spokesman, Brigadier General Nabil Abdallah, rejected the allegations."
    )
    analysis = analyse(text)
    names = [a.name for a in analysis.actors]
    assert len(names) == len(set(names)), names
    assert not any(n.lower() == "defence ministry" for n in names)


def test_the_institution_a_spokesman_speaks_for_stays_an_actor(analyse):
    text = "The spokesman for the Interior Ministry said 40 people had been detained in Kalma."
    analysis = analyse(text)
    assert any("Interior Ministry" == a.name for a in analysis.actors)


def test_a_village_named_after_of_is_no_organisation(analyse):
    text = "Witnesses said soldiers rounded up at least 40 men in the village of Kalma on 2 May."
    analysis = analyse(text)
    assert not any(a.name == "Kalma" for a in analysis.actors)


@pytest.mark.parametrize("name", ["Human Rights Watch", "Amnesty International", "the Syrian Observatory for Human Rights"])
def test_organisations_the_small_model_misses_are_typed(analyse, name):
    analysis = analyse(f"{name} said at least 12 civilians were killed in the raid.")
    said = claim_with_cue(analysis, "said")
    actor = actor_of(analysis, said)
    assert actor.type == "organization"


@pytest.mark.parametrize(
    "text,content",
    [
        ("Russia's defence ministry said on Friday its forces had destroyed 12 tanks.", "its forces had destroyed 12 tanks"),
        # "that" already opens the clause; a date inside the clause stays
        ("The ministry said on Sunday that 14 civilians were killed.", "14 civilians were killed"),
        ("The ministry said its forces had destroyed 12 tanks on Friday.", "its forces had destroyed 12 tanks on Friday"),
    ],
)
def test_when_it_was_said_is_not_what_was_said(analyse, text, content):
    said = claim_with_cue(analyse(text), "said")
    assert said.content.text.removeprefix("that ") == content


def test_a_second_act_after_a_progressive_clause_is_the_speakers(analyse):
    text = (
        "The Rapid Support Forces said in a statement that its fighters were protecting civilians "
        "and blamed the army for the shelling of the Zamzam camp."
    )
    analysis = analyse(text)
    said, blamed = claim_with_cue(analysis, "said"), claim_with_cue(analysis, "blamed")
    assert said.content.text.removeprefix("that ") == "its fighters were protecting civilians"
    assert blamed.claimant.actor == said.claimant.actor
    assert not any(a.name == "Zamzam" for a in analysis.actors)


def test_the_group_named_in_an_apposition_speaks_again(analyse):
    text = (
        "According to the Sudan Doctors Network, a medical group that monitors the war, at least 23 people "
        "were killed in the shelling of the camp on Sunday. The group said the toll was likely to rise."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    actor = actor_of(analysis, said)
    assert "Sudan Doctors Network" in actor.name and actor.type == "organization"


def test_a_un_office_is_an_organisation(analyse):
    analysis = analyse("The UN human rights office said it had verified the deaths of 1,240 civilians.")
    said = claim_with_cue(analysis, "said")
    assert actor_of(analysis, said).type == "organization"


@pytest.mark.parametrize("speaker", ["Kyiv", "Moscow", "Ukraine's General Staff"])
def test_a_capital_or_a_general_staff_that_speaks_is_a_government(analyse, speaker):
    analysis = analyse(f"{speaker} dismissed the claim as propaganda on Friday.")
    dismissed = claim_with_cue(analysis, "dismissed")
    assert actor_of(analysis, dismissed).type == "government"


def test_a_wire_dateline_dates_the_filing_not_the_claim(analyzer):
    text = (
        "KYIV, June 14 (Example Wire) - Russia's defence ministry said on Friday its forces had "
        "destroyed 12 Ukrainian tanks near Vovchansk."
    )
    analysis = analyzer.analyze(Document(text=text, published="2026-06-14"))
    said = claim_with_cue(analysis, "said")
    assert said.when is not None and (said.when.text, said.when.date) == ("on Friday", "2026-06-12")


def test_a_crowd_that_protests_an_arrest_is_a_protest(analyse):
    # residents protesting an arrest took to the street: the event is the protest, not the arrest
    analysis = analyse("Villagers protested the arrest of two farmers on Tuesday, blocking the main road into town.\n")
    crowd = [c for c in analysis.claims if c.attribution != "author" and c.claimant.name.lower().endswith("villagers")]
    assert crowd and all(c.event is not None and c.event.type == "Protests" for c in crowd)
    # a minister protesting a decision is speaking: his words are no protest event
    analysis = analyse("The foreign minister protested the decision to close the border crossing.\n")
    spoken = [c for c in analysis.claims if c.attribution != "author"]
    assert spoken and all(c.event is None or c.event.type != "Protests" for c in spoken)


def _pairs(analysis) -> set[tuple[str, str, str]]:
    """(kind, first claimant, second claimant) of each contradiction."""
    by_id = {c.id: c for c in analysis.claims}
    return {(x.kind, by_id[x.claims[0]].claimant.name, by_id[x.claims[1]].claimant.name) for x in analysis.contradictions}


def test_a_denial_meets_the_report_it_denies_in_other_words(analyse):
    # "do not strike residential buildings" / "struck a nine-storey apartment block";
    # "had not targeted any medical facilities" / "the hospital was shelled"
    strike = analyse(
        "A Russian missile struck a nine-storey apartment block in Dnipro early on Saturday, "
        "killing at least 12 people, Ukraine's emergency service said.\n\n"
        "Kremlin spokesman Dmitry Peskov denied that Russian forces target residential buildings. "
        '"The Russian armed forces do not strike residential buildings," he told reporters.\n'
    )
    assert ("stance", "Dmitry Peskov", "Ukraine's emergency service") in _pairs(strike)
    hospital = analyse(
        "The Saudi hospital in El Fasher was shelled on 5 June, according to Médecins Sans Frontières.\n\n"
        "The RSF said on 6 June that it had not targeted any medical facilities.\n"
    )
    assert any(kind == "stance" and "Médecins Sans Frontières" in (a, b) for kind, a, b in _pairs(hospital)), _pairs(hospital)


def test_a_bare_pronoun_denial_and_a_toll_a_source_puts(analyse):
    text = (
        "The army's spokesman said on Friday that its aircraft had struck only military targets in Omdurman.\n\n"
        "The Rapid Support Forces disputed that.\n\n"
        "Rescuers had pulled 11 bodies from the rubble overnight, a civil defence officer said. "
        "The health ministry put the death toll at 23.\n"
    )
    analysis = analyse(text)
    pairs = _pairs(analysis)
    assert ("stance", "Rapid Support Forces", "The army's spokesman") in pairs, pairs
    toll = claim_with_cue(analysis, "put")
    assert toll.claimant.name == "The health ministry"
    assert [(f.category, f.value) for f in toll.figures] == [("killed", 23)]
    assert not any(k == "figure" for k, _, _ in pairs)  # bodies found so far are no toll


def test_a_tag_whose_subject_the_parse_lost_still_names_the_speaker(analyse):
    text = (
        "Shelling killed four people in Kherson on Friday as rescuers pulled residents from flooded streets, "
        "the regional governor, Oleksandr Prokudin, said on Telegram."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.claimant.name == "Oleksandr Prokudin"
    assert text[said.claimant.span[0] : said.claimant.span[1]] == "the regional governor, Oleksandr Prokudin"
    assert said.content.text.startswith("Shelling killed four people in Kherson")
    assert not any(c.attribution == "author" for c in analysis.claims)


def test_a_count_the_parse_hung_on_the_verb_stays_in_the_claim(analyse):
    text = "A military spokesman said between 20 and 30 militants had been operating from three classrooms."
    said = claim_with_cue(analyse(text), "said")
    assert said.content.text == "between 20 and 30 militants had been operating from three classrooms"
    assert [(f.category, f.low, f.high) for f in said.figures] == [("fighters", 20, 30)]


def test_a_two_city_dateline_and_it_for_a_general_staff(analyse):
    text = (
        "MOSCOW/KYIV, 20 October (Example Wire) - Russia's defence ministry said on Friday its forces had repelled "
        "seven attacks near Avdiivka, destroying three tanks and killing up to 150 Ukrainian servicemen.\n\n"
        "Ukraine's General Staff gave a very different account. It said Russian troops had lost more than 900 soldiers."
    )
    analysis = analyse(text)
    names = [c.claimant.name for c in analysis.claims if c.attribution != "author"]
    assert names == ["Russia's defence ministry", "Ukraine's General Staff"]
    # three tanks destroyed are no dead
    assert [(f.category, f.high) for f in analysis.claims[0].figures] == [("killed", 150)]


def test_the_group_is_the_body_of_its_kind_that_spoke_last(analyse):
    text = (
        "Hamas said its fighters had destroyed two tanks near Khan Younis. The militant group said it had also "
        "captured a soldier. Human Rights Watch said the strike killed 12 civilians. The rights group called for an "
        "inquiry. Amnesty International said it had documented 31 deaths. The group said a jet had dropped the bombs."
    )
    analysis = analyse(text)
    assert [c.claimant.name for c in analysis.claims if c.attribution != "author"] == [
        "Hamas", "Hamas", "Human Rights Watch", "Human Rights Watch", "Amnesty International", "Amnesty International",
    ]


def test_a_flash_update_s_list_and_semicolon(analyse):
    text = (
        "HIGHLIGHTS\n"
        "- Two health centres in Kitshanga were looted on 24 February.\n\n"
        "The provincial authorities said the shells were fired by the M23; the group has not commented."
    )
    analysis = analyse(text)
    looted = next(c for c in analysis.claims if c.attribution == "author")
    assert looted.content.text == "Two health centres in Kitshanga were looted on 24 February."
    said = claim_with_cue(analysis, "said")
    assert (said.claimant.name, said.content.text) == ("The provincial authorities", "the shells were fired by the M23")
    # an armed group's name is no place
    assert "M23" not in [p.name for p in analysis.places]


def test_a_speaker_s_name_is_no_event_and_an_apposition_is_no_content(analyse):
    text = (
        "The Syrian government has denied ever using chemical weapons. The Organisation for the Prohibition of "
        "Chemical Weapons said it was gathering information. According to the White Helmets, a rescue group "
        "working in rebel-held areas, 11 of the dead were children."
    )
    analysis = analyse(text)
    assert not any(c.attribution == "author" for c in analysis.claims)
    assert analysis.contradictions == []
    according = claim_with_cue(analysis, "According to")
    assert according.content.text == "11 of the dead were children"
    assert [(f.category, f.value) for f in according.figures] == [("killed", 11)]


def test_a_fact_check_s_labels_sources_and_evidence(analyse):
    text = (
        "The video does not show a strike on a hospital in Kharkiv. The clip was first posted by a Telegram channel "
        "with 200,000 subscribers, which said the strike killed dozens of children.\n\n"
        "Russia's defence ministry has repeatedly said it does not strike civilian targets, a claim contradicted "
        "by UN monitors.\n\n"
        "Verdict: False. The video is from another war."
    )
    analysis = analyse(text)
    names = {c.claimant.name: c for c in analysis.claims}
    assert names["The video"].stance == "doubts"  # evidence that does not show something supports nothing
    assert "Telegram channel" in names  # "which" after "a channel with ... subscribers" is the channel
    assert "Russia's defence ministry" in names  # not the whole sentence up to the apposition
    assert "Verdict" not in names
