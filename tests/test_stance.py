"""Stance per claim: (text, expected stance) tables written for claimledger."""

from __future__ import annotations

import pytest

from claimledger.nlp.stance import classify_text

STANCE_CASES = [
    ("The army said its aircraft struck a depot near the river.", "asserts"),
    ("The ministry denied that its jets had bombed the market.", "denies"),
    ("The governor dismissed the allegations of torture in the prison.", "denies"),
    ("The spokesman said no bombing had taken place in the district.", "denies"),
    ("The minister said there is total denial of any shelling of the clinic.", "denies"),
    ("The government completely rejected the proposal to open a corridor.", "rejects"),
    # finding no evidence of something doubts it
    ("The UN panel found no evidence that the convoy carried weapons.", "doubts"),
    # an omission: nothing was said about it
    ("The defence ministry did not mention the market in its statement.", "rejects"),
    ("The president said Damascus rejects the envoy's plan for a buffer zone.", "rejects"),
    ("The monitor questioned whether the convoy was ever attacked.", "doubts"),
    ("The analyst doubted that the casualty figures were accurate.", "doubts"),
    ("The envoy warned that 50,000 people would flee if the fighting continued.", "hypothetical"),
    ("“Imagine that the dam breaks and the valley floods,” the engineer said.", "hypothetical"),
    ("The agency urged both sides to stop firing on the roads.", "demands"),
    ("The bishop called for an independent inquiry into the killings.", "demands"),
    ("The charity said the clinic had been shelled and that its staff could no longer reach the wounded.", "asserts"),
    ("The mayor said the town could not bury its dead for three days.", "asserts"),
    ("The governor said that if the bridge fell, the whole valley would be cut off.", "hypothetical"),
    ("Aid workers said thousands could die of cold this winter.", "hypothetical"),
    # a request is a demand, and a demand not to act is no denial
    ("The mayor asked residents to stay indoors until the shelling stopped.", "demands"),
    ("The governor asked that the road to the hospital be reopened.", "demands"),
    ("The agency urged the army not to shell the town.", "demands"),
    # a question raises the proposition without asserting or doubting it (and
    # is never counted as a report of an event); "questioned whether" doubts
    ("The monitors asked whether the convoy had been hit.", "hypothetical"),
    ("The monitors questioned whether the convoy had been hit.", "doubts"),
    ("The monitors wondered whether the convoy had been hit.", "doubts"),
    # looking into a question, or about to settle it, casts no doubt
    ("Investigators will decide whether the strike broke the truce.", "hypothetical"),
    ("The defence ministry said its aircraft had not carried out any missions in the area.", "denies"),
    ("\u201cOur forces had no combat missions planned in the town,\u201d the ministry said.", "denies"),
]


@pytest.mark.parametrize("text,expected", STANCE_CASES)
def test_stance_of_reported_claims(attribution_nlp, text, expected):
    claims = attribution_nlp(text)._.cl_claims
    assert claims, text
    assert claims[0].stance == expected


TEXT_CASES = [
    ("There is total denial of any strike on the school.", "denies"),
    ("Some cast doubt on the account of the attack.", "doubts"),
    ("Thousands would be displaced by a new offensive.", "hypothetical"),
    ("Two people were killed in the market.", "asserts"),
]


@pytest.mark.parametrize("text,expected", TEXT_CASES)
def test_stance_classify_text_without_parse(text, expected):
    assert classify_text(text) == expected


# whole sentences through the analyzer: the stance of their one claim
ANALYZED_CASES = [
    # "insist" demands only what should be done; otherwise it asserts (or denies)
    ("Kyiv insists the dam was blown up from inside.", "asserts"),
    ("Moscow insists it does not target civilians.", "denies"),
    ("Officials insisted they have no plans to withdraw.", "asserts"),
    # ... and "no information" is an answer that neither confirms nor denies
    ("Officials insisted they have no information.", "doubts"),
    ("The UN insisted on access to the camp.", "demands"),
    ("Residents insisted that the army leave the village.", "demands"),
    ("The mayor insisted that residents stay indoors.", "demands"),
    ("She insisted the talks must resume.", "demands"),
    # the absence of armed people or arms at a place denies that it was a military target
    ("There were no fighters in the building, residents insisted.", "denies"),
    ("Hospital staff said no weapons were stored at the clinic.", "denies"),
    ("Witnesses said there were no military targets in the area.", "denies"),
    ("A spokesman said the group's fighters had not been in the area since May.", "denies"),
    # other absences are what a source asserts
    ("The mayor said there is no water left in the city.", "asserts"),
    # a confirmation not given is a doubt
    ("The ministry did not confirm that the convoy was hit.", "doubts"),
    ("The army was unable to confirm the report.", "doubts"),
    ("Peacekeepers said they could not confirm the number of casualties.", "doubts"),
    ("The ministry confirmed that the convoy was hit.", "asserts"),
    # harm to no one denies that anyone was hurt
    ("The army said no civilians were harmed in the operation.", "denies"),
    # a permission refused
    ("The government has not allowed UN investigators to visit the site.", "rejects"),
    # a claim called unproven or exaggerated is doubted, not denied
    ("The agency called the claims unproven.", "doubts"),
    ("Rebel commanders said the casualty figures were exaggerated.", "doubts"),
    ("The agency called the claims baseless.", "denies"),
]


@pytest.mark.parametrize("text,stance", ANALYZED_CASES)
def test_stance_of_analyzed_sentences(analyzer, text, stance):
    from claimledger.models import Document

    assert [c.stance for c in analyzer.analyze(Document(text=text)).claims] == [stance]
