"""Near-duplicate reports: a republished wire story is one source."""

from __future__ import annotations

from claimledger.ledger.duplicates import DocSig, cluster, find_duplicates, shingles, signature_bytes

WIRE = (
    "GENEVA, Nov 19 - Two hospitals in the rebel-held east of the city were put out of service "
    "on Saturday after a night of air strikes, the World Health Organization said, leaving "
    "some 250,000 people without a working surgical ward. Medical staff told the agency that "
    "patients had been moved to basements and that generators were running low on fuel. "
    "A government spokesman did not respond to a request for comment. The agency called on "
    "all parties to respect the protected status of medical facilities under humanitarian law "
    "and asked for a pause in the fighting so that the wounded could be evacuated."
)
# the same story as republished by two outlets: new dateline, a trimmed sentence, a tag line
COPY_1 = WIRE.replace("GENEVA, Nov 19 - ", "").replace(
    " Medical staff told the agency that patients had been moved to basements and that "
    "generators were running low on fuel.", "") + " (Reporting by the wire desk)"
COPY_2 = WIRE.replace("on Saturday", "on Saturday, Nov 19,") + " Read more on our Syria page."
OTHER = (
    "Residents of the western districts said rockets fired from the east landed near a school on "
    "Saturday, wounding several children. A local official blamed armed groups and said that "
    "the army would respond. No independent confirmation was available, and the number of "
    "wounded given by state television could not be checked."
)


def test_duplicates_shingles_are_word_five_grams():
    assert shingles("One two three four five six") == {b"one two three four five", b"two three four five six"}
    assert shingles("short text") == {b"short text"}
    assert shingles("") == set()


def test_duplicates_republished_wire_story_is_found():
    dups = find_duplicates([
        ("wire", WIRE, "2016-11-19"),
        ("copy1", COPY_1, "2016-11-20"),
        ("copy2", COPY_2, "2016-11-20"),
        ("other", OTHER, "2016-11-19"),
    ])
    assert {(d.document, d.canonical) for d in dups} == {("copy1", "wire"), ("copy2", "wire")}
    assert all(0.6 <= d.similarity <= 1.0 for d in dups)


def test_duplicates_canonical_is_the_earliest_published():
    dups = find_duplicates([("late", WIRE, "2016-11-21"), ("early", COPY_2, "2016-11-19")])
    assert [(d.document, d.canonical) for d in dups] == [("late", "early")]


def test_duplicates_different_reports_on_one_incident_are_not_duplicates():
    assert find_duplicates([("wire", WIRE, None), ("other", OTHER, None)]) == []


def test_duplicates_signatures_round_trip_and_repeat_ids_are_ignored():
    sig = signature_bytes(WIRE)
    assert len(sig) == 64 * 4
    dups = cluster([DocSig("a", None, sig), DocSig("a", None, sig), DocSig("b", None, sig)])
    assert [(d.document, d.canonical, d.similarity) for d in dups] == [("b", "a", 1.0)]
