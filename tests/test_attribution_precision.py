"""Relations wrong by any reading (own sentences): what must not be reported."""

from __future__ import annotations


def _found(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


def test_degree_so_is_not_a_pro_statement(attribution_nlp):
    # "so" before an adjective or adverb says how much, not what was said
    for text in (
        "The farmers feel so strongly about the dam that they marched to the capital.",
        "The ministry worries so much about leaks that visitors leave their phones outside.",
        "The flood felt so sudden to the villagers.",
    ):
        assert all(content != "so" for _, _, content in _found(attribution_nlp, text)), text


def test_said_so_still_stands_for_a_statement(attribution_nlp):
    assert ("thinks", "The mayor", "so") in _found(attribution_nlp, "The mayor thinks so, too.")


def test_a_thing_a_copula_describes_is_no_speaker(attribution_nlp):
    # the participle or second verb hangs on "be"; its subject is a thing, not a speaker
    for text, cue in (
        ("The tone of the governor's address was grim and echoed the warnings of his predecessor.", "echoed"),
        ("Her remarks are a reply to a letter the council sent on Monday, alleging that the vote was rigged.", "alleging"),
    ):
        claimants = [c.claimant.name for c in attribution_nlp(text)._.cl_claims if c.cue and c.cue.text == cue]
        assert all(name not in ("The tone of the governor's address", "Her remarks") for name in claimants), (text, claimants)


def test_a_person_a_copula_describes_still_speaks(attribution_nlp):
    claims = attribution_nlp("The senator was angry, saying that the budget would close three hospitals.")._.cl_claims
    assert any(c.cue and c.cue.text == "saying" and c.claimant.name == "The senator" for c in claims)


def test_an_infinitive_on_a_thing_names_no_speaker(attribution_nlp):
    # "reason to believe", "a way to tell": the thing neither believes nor tells
    for text, thing in (
        ("There is good reason to believe the dam will hold through the spring.", "reason"),
        ("Every march is a way to tell the council that the farmers will not give up.", "a way"),
    ):
        for c in attribution_nlp(text)._.cl_claims:
            assert thing not in c.claimant.name, (text, c.claimant.name)


def test_an_infinitive_on_a_thing_someone_has_is_theirs(attribution_nlp):
    claims = attribution_nlp("The farmers had every reason to believe that the dam would hold.")._.cl_claims
    assert all("reason" not in c.claimant.name for c in claims)


def test_the_one_asked_does_not_ask(attribution_nlp):
    # a bare "asked" opening a clause: its subject is asked, the asker goes unnamed
    for text in (
        "Asked whether the bridge would reopen, the mayor said the repairs would take a year.",
        "When asked about the shelling, the commander said his troops had not fired.",
        'Asked what the deal looks like, the envoy replied: "We are still far from that."',
        "The governor, when asked what about the budget is wrong, responded that the cuts were too deep.",
    ):
        for c in attribution_nlp(text)._.cl_claims:
            if c.cue and c.cue.text.startswith(("Asked", "asked")):
                assert c.claimant.span is None, (text, c.claimant.name)


def test_an_asker_with_a_subject_still_asks(attribution_nlp):
    claims = attribution_nlp("The mayor asked whether the bridge would reopen before winter.")._.cl_claims
    assert any(c.cue and c.cue.text == "asked" and c.claimant.name == "The mayor" for c in claims)


def test_what_a_thing_means_is_no_ones_report(attribution_nlp):
    for text in (
        "That means rebuilding the bridge before the rains come.",
        "For the council, the ruling meant closing three clinics in the valley.",
    ):
        for c in attribution_nlp(text)._.cl_claims:
            if c.cue and c.cue.text in ("means", "meant"):
                assert c.claimant.span is None, (text, c.claimant.name)


def test_a_person_who_means_to_act_holds_the_intention(attribution_nlp):
    claims = attribution_nlp("The governor meant to close the border crossing on Friday.")._.cl_claims
    assert all(not (c.cue and c.cue.text == "meant") or c.claimant.name == "The governor" for c in claims)


def test_what_a_weapon_is_designed_for_is_no_claim(attribution_nlp):
    text = "The air force said the block was hit by a Kh-22 missile, a Soviet-era weapon designed to destroy aircraft carriers."
    assert _found(attribution_nlp, text) == [("said", "The air force", "the block was hit by a Kh-22 missile")]
