"""A blank line ends a sentence (nlp/paragraphs.py)."""

from __future__ import annotations

import pytest

from claimledger.models import Document
from claimledger.nlp.paragraphs import dateline_end


def test_paragraphs_byline_is_not_part_of_the_first_sentence(analyzer):
    text = (
        "# Officials deny strike on clinic\n\n"
        "*Hama Courier, 3 May 2017*\n\n"
        "A ministry official denied on Tuesday that a clinic in Kafr Zita had been bombed.\n"
    )
    doc = analyzer.nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "A ministry official denied on Tuesday that a clinic in Kafr Zita had been bombed."
    analysis = analyzer.analyze(Document(text=text, published="2017-05-03"))
    claim = next(c for c in analysis.claims if "ministry official" in c.text)
    # the byline's date and town are not the claim's
    assert claim.when is not None and claim.when.date == "2017-05-02"
    assert "Hama" not in [analysis.places[i].name for i in claim.places]


def test_paragraphs_a_figure_heading_a_paragraph_stays_in_its_sentence(analyzer):
    text = "Clashes near the airport\n\n3 killed, 28 injured in shelling of a market in the north of the city\n"
    doc = analyzer.nlp(text)
    assert [s.text.strip() for s in doc.sents][-1].startswith("3 killed, 28 injured")


def test_paragraphs_a_single_line_break_does_not_end_a_sentence(analyzer):
    text = "The envoy said the convoy had\nreached the town before dawn on Sunday.\n"
    doc = analyzer.nlp(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text,words",
    [
        ("KHARKIV, March 3 - At least 12 people were killed.", "At least 12 people were killed."),
        ("KYIV, Ukraine, March 3 (Reuters) - Missiles struck the city.", "Missiles struck the city."),
        ("GENEVA (AP) — The agency said ...", "The agency said ..."),
        ("Kyiv (AFP) - Officials said ...", "Officials said ..."),
        ("BEIRUT -- 3 killed in a blast.", "3 killed in a blast."),
        ("(Nairobi) \u2013 Fighters killed 45 civilians.", "Fighters killed 45 civilians."),
        # no dateline: a name, an acronym going on in lower case, an ordinary dash
        ("Sen. Ted Cruz - he said it twice.", "Sen. Ted Cruz - he said it twice."),
        ("NATO - the alliance said - is divided.", "NATO - the alliance said - is divided."),
        ("US - China talks resumed.", "US - China talks resumed."),
    ],
)
def test_paragraphs_dateline_end(text, words):
    assert text[dateline_end(text, 0) :] == words


def test_paragraphs_dateline_only_at_a_paragraph_start():
    text = "The army said. GENEVA - The agency said."
    pos = text.index("GENEVA")
    assert dateline_end(text, pos) == pos
    text = "Headline\nGENEVA - The agency said."
    assert text[dateline_end(text, text.index("GENEVA")) :] == "The agency said."


def test_paragraphs_a_list_item_is_a_sentence_of_its_own(analyzer):
    text = "Key points:\n- At least 19 civilians were killed in an air strike on a market, according to health workers.\n- Access remains restricted.\n"
    sents = [s.text.strip() for s in analyzer.nlp(text).sents]
    assert "Key points:" in sents
    assert any(s.startswith("- At least 19") for s in sents)
    analysis = analyzer.analyze(Document(text=text))
    claim = next(c for c in analysis.claims if c.claimant.name == "health workers")
    assert claim.content.text.startswith("At least 19 civilians")


def test_paragraphs_a_dateline_is_no_part_of_the_sentence_after_it(analyzer):
    # the parser ran "BAMAKO" into the sentence and made it the subject of
    # "told": the officials' account was lost to the writer
    text = (
        "Soldiers killed in attack on army post\n\n"
        "BAMAKO, Aug 19 - Suspected jihadists killed at least 26 soldiers in an attack on an army post "
        "near Boni on Sunday, two local officials and a security source told AFP.\n"
    )
    sents = [s.text.strip() for s in analyzer.nlp(text).sents]
    assert "BAMAKO, Aug 19 -" in sents
    analysis = analyzer.analyze(Document(text=text))
    told = next(c for c in analysis.claims if c.cue is not None and c.cue.text == "told")
    assert told.claimant.name == "two local officials and a security source"
    assert told.content.text.startswith("Suspected jihadists killed at least 26 soldiers")
    assert not any(c.attribution == "author" and "26 soldiers" in c.content.text for c in analysis.claims)


def test_paragraphs_a_dateline_alone_is_no_claim_of_the_writer(analyzer):
    text = "Driver identified\n\nTRAVIS AIR FORCE BASE, Calif. (KGO) — A man who drove into the base has been identified, two sources told reporters.\n"
    analysis = analyzer.analyze(Document(text=text))
    assert not any(c.content.text.startswith("TRAVIS AIR FORCE BASE") for c in analysis.claims)
