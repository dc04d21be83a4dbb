"""The gazetteer: normalisation, lookups in the default index, GeoNames imports."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from claimledger.errors import GazetteerError
from claimledger.gazetteer import distance_km, get_gazetteer, import_geonames, normalize
from claimledger.gazetteer.geonames import parse_line


@pytest.mark.parametrize(
    "name, key",
    [
        ("Aleppo", "aleppo"),
        ("ALEPPO", "aleppo"),
        ("Ar-Raqqah", "raqqa"),
        ("al Raqqa", "raqqa"),
        ("ar-Raqqa", "raqqa"),
        ("Mazār-e Sharīf", "mazaresharif"),
        ("Ma'arrat al-Nu'man", "maarratalnuman"),
        ("Kan.", "kan."),
        ("W. Va.", "wva."),
        ("St. Louis", "stlouis"),
        ("the Hague", "hague"),
        ("Dawlat Abad", "dawlatabad"),
        ("Kunaṟ", "kunar"),  # r + combining macron below
        ("Pas̲h̲tūn Kōṯ", "pashtunkot"),
        ("Łódź", "lodz"),
        ("Tromsø", "tromso"),
        ("Đà Nẵng", "danang"),
        ("Ħamrun", "hamrun"),
        ("Bakı", "baki"),
        ("Oʻzbekiston", "ozbekiston"),
        ("Ṣanʿāʾ", "sana"),
    ],
)
def test_normalize_folds_spellings(name, key):
    assert normalize(name) == key


def test_transliteration_marks_are_latin():
    from claimledger.gazetteer.normalize import is_latin

    assert is_latin("Oʻzbekiston") and is_latin("Ṣanʿāʾ") and is_latin("Bakı")
    assert not is_latin("کابل")


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


@pytest.mark.parametrize(
    "name, country, kind",
    [
        ("Aleppo", "SY", None),
        ("Raqqa", "SY", None),
        ("Ar Raqqah", "SY", None),
        ("Idlib", "SY", None),
        ("Damascus", "SY", "city"),
        ("Turkey", "TR", "country"),
        ("U.S.", "US", "country"),
        ("Balkh", "AF", None),
        ("Kan.", "US", "admin1"),
        ("Wilayat-e Baghlan", "AF", "admin1"),
        ("Baghlan", "AF", None),
        ("Kunar", "AF", "admin1"),  # ISO 3166-2 "Kunaṟ", GeoNames "Konar": one unit by code
        ("Maidan Wardak", "AF", "admin1"),
        ("Qarabagh", "AF", "admin2"),  # a district ("Qarabagh District" in GeoNames)
    ],
)
def test_gazetteer_lookup_finds_places(gazetteer, name, country, kind):
    entries = gazetteer.lookup(name)
    assert entries, name
    assert any(e.country == country and (kind is None or e.kind == kind) for e in entries)


def test_gazetteer_admin1_has_coordinates_inside_country(gazetteer):
    aleppo = [e for e in gazetteer.lookup("Aleppo") if e.kind == "admin1"][0]
    city = [e for e in gazetteer.lookup("Aleppo") if e.kind == "city"][0]
    assert distance_km(aleppo.lat, aleppo.lon, city.lat, city.lon) < 100
    assert city.admin1 == "Aleppo" and city.id.startswith("geonames:")


def test_gazetteer_fuzzy_finds_transliteration(gazetteer):
    assert gazetteer.lookup("Aleppoo") == ()
    assert any(e.country == "SY" for e in gazetteer.fuzzy("Aleppoo"))
    assert gazetteer.fuzzy("Xq") == ()


def test_gazetteer_places_of_one_unit_are_found_by_index(gazetteer):
    # "Mazar Sharif, Balkh": the names inside one admin unit are read through
    # the names(pk) index, not by scanning every name (a second a unit before)
    plan = gazetteer._con.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT n.key FROM names n JOIN places p ON p.pk = n.pk"
        " WHERE p.country = ? AND p.admin1 = ?",
        ("AF", "Balkh"),
    ).fetchall()
    steps = " / ".join(row[-1] for row in plan)
    assert "USING INDEX names_pk" in steps and "SCAN n" not in steps, steps
    found = gazetteer.fuzzy_within("Mazar Sharif", "AF", "Balkh")
    assert found and all(e.country == "AF" and e.admin1 == "Balkh" for e in found)


def test_gazetteer_parse_line_rejects_bad_rows():
    with pytest.raises(ValueError, match="19 tab-separated"):
        parse_line("1\tOnly\tthree", {})
    good = "7\tTestville\tTestville\tTest Town\t35.0\t36.0\tP\tPPL\tSY\t\t12\t\t\t\t1200\t\t400\tAsia/Damascus\t2026-01-01"
    e = parse_line(good, {("SY", "12"): "Idlib"})
    assert (e.id, e.kind, e.admin1, e.population, e.source) == ("geonames:7", "city", "Idlib", 1200, "user")
    assert "Test Town" in e.names
    with pytest.raises(ValueError, match="out of range"):
        parse_line(good.replace("35.0", "135.0"), {})


@pytest.fixture
def user_index(tmp_path, gazetteer, monkeypatch):
    """A copy of the default index the test may import into."""
    path = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, path)
    monkeypatch.setenv("CLAIMLEDGER_GAZETTEER", str(path))
    return path


def test_gazetteer_import_geonames_file(user_index, data_dir):
    report = import_geonames(data_dir / "geonames_sample.txt", user_index)
    assert report.rows == 7 and report.imported == 5
    assert [line for line, _ in report.bad] == [4, 7]
    g = get_gazetteer(user_index)
    kafr = g.lookup("Kafranbel")
    assert kafr and kafr[0].source == "user" and kafr[0].admin1 == "Idlib" and kafr[0].country == "SY"
    nahri = g.lookup("Nahri Shahi")
    assert nahri[0].kind == "admin2" and nahri[0].admin1 == "Balkh"
    # importing again replaces, not duplicates
    import_geonames(data_dir / "geonames_sample.txt", user_index)
    assert len(get_gazetteer(user_index).lookup("Saraqeb")) == len(g.lookup("Saraqeb"))


def test_gazetteer_import_rejects_non_geonames(tmp_path, user_index):
    f = tmp_path / "notes.txt"
    f.write_text("this is not a GeoNames dump\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no GeoNames rows"):
        import_geonames(f, user_index)
    with pytest.raises(GazetteerError, match="no such file"):
        import_geonames(tmp_path / "missing.txt", user_index)


def test_gazetteer_cli_import_and_lookup(user_index, data_dir):
    from claimledger.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", str(data_dir / "geonames_sample.txt")])
    assert result.exit_code == 0, result.output
    assert "imported 5 of 7 rows" in result.output
    assert "line 4:" in result.output and "line 7:" in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Saraqeb", "--json"])
    assert result.exit_code == 0 and '"source": "user"' in result.output
    result = runner.invoke(app, ["gazetteer", "lookup", "Qqqxz"])
    assert result.exit_code == 1


def test_admin2_district_stands_at_its_seat(gazetteer):
    # Qarah Bagh district (Ghazni) holds a town of the same name: the district's point is that town
    district = next(e for e in gazetteer.lookup("Qarabagh") if e.kind == "admin2" and e.admin1 == "Ghazni")
    town = next(e for e in gazetteer.lookup("Qarah Bagh") if e.kind == "city" and e.admin1 == "Ghazni")
    assert distance_km(district.lat, district.lon, town.lat, town.lon) < 1
