"""Reading reports: formats, metadata, and clear errors for bad input."""

from __future__ import annotations

import pytest

from claimledger.errors import (
    BadDate,
    BadHTML,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    TooLarge,
)
from claimledger.ingest import parse_date, read_bytes, read_path
from claimledger.models import text_id

REPORT = "The provincial governor said that two schools were damaged by shelling on Tuesday.\n"

HTML = """<!doctype html><html><head><title>Shelling damages schools</title>
<meta property="og:site_name" content="Northern Courier">
<meta name="date" content="2024-03-05"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Shelling damages schools</h1>
<p>The provincial governor said on Tuesday that two schools in the district were damaged by shelling overnight.</p>
<p>Local officials told reporters that no pupils were inside the buildings at the time, and that repairs would take weeks.</p>
<p>A spokesperson for the armed group denied any involvement, calling the accusation &quot;baseless&quot;.</p>
</article><footer>Copyright Northern Courier</footer></body></html>"""


def test_ingest_reads_plain_text(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    doc = read_path(p, published="2024-03-06", source="Wire")
    assert doc.text == REPORT
    assert doc.published == "2024-03-06"
    assert doc.source == "Wire"
    assert doc.id == text_id(REPORT)
    assert doc.id.startswith("sha256:") and len(doc.id) == 7 + 64


def test_ingest_normalises_newlines_so_the_id_is_stable(tmp_path):
    a = read_bytes(REPORT.replace("\n", "\r\n").encode(), path="a.txt")
    b = read_bytes(REPORT.encode(), path="b.txt")
    assert a.id == b.id


def test_ingest_extracts_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_path(p)
    assert "two schools" in doc.text
    assert "Home | World" not in doc.text  # navigation is not main text
    assert doc.title == "Shelling damages schools"
    assert doc.source == "Northern Courier"
    assert doc.published == "2024-03-05"
    assert doc.media_type == "text/html"


def test_ingest_cli_dates_override_html_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    doc = read_path(p, published="5 March 2024", source="Override")
    assert doc.published == "2024-03-05"
    assert doc.source == "Override"


def test_ingest_markdown_title(tmp_path):
    p = tmp_path / "note.md"
    p.write_text("# Convoy hit near the border\n\nAid workers said a convoy was struck.\n")
    doc = read_path(p)
    assert doc.title == "Convoy hit near the border"
    assert doc.media_type == "text/markdown"


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Le ministre a déclaré que l’hôpital était détruit.", "cp1252"),
        ("Der Sprecher sagte, dass die Straße gesperrt sei und es keine Opfer gäbe.", "latin-1"),
        ("The envoy said that “civilians” were trapped.", "utf-16"),
    ],
)
def test_ingest_detects_encodings(data, encoding):
    doc = read_bytes(data.encode(encoding), path="x.txt")
    assert doc.text == data


@pytest.mark.parametrize(
    "data, error, words",
    [
        (b"", EmptyInput, "empty"),
        (b"   \n\t\n", EmptyInput, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInput, "binary"),
        (bytes(range(256)) * 40, BinaryInput, "binary"),
        (b"<html><body><script>var x = 1;</script></body></html>", BadHTML, "no main text"),
        (b"<html><body><div><p>", BadHTML, "HTML"),
    ],
)
def test_ingest_bad_input_names_file_and_problem(data, error, words):
    with pytest.raises(error) as e:
        read_bytes(data, path="reports/bad.html" if error is BadHTML else "reports/bad.txt")
    message = str(e.value)
    assert message.startswith("reports/bad.")
    assert words in message
    assert "\n" not in message


def test_ingest_rejects_huge_file_before_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.seek(50 * 1024 * 1024)
        f.write(b"x")
    with pytest.raises(TooLarge) as e:
        read_path(p)
    assert "huge.txt" in str(e.value) and "over the" in str(e.value)


def test_ingest_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_path(tmp_path)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-11-21", "2016-11-21"),
        ("21 November 2016", "2016-11-21"),
        ("Nov 21, 2016", "2016-11-21"),
        ("2020-03-21T10:00:00Z", "2020-03-21"),
    ],
)
def test_parse_date_accepts_common_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2016-02-30", "not a date", "yesterday-ish soon"])
def test_parse_date_rejects_bad_dates(value):
    with pytest.raises(BadDate):
        parse_date(value, what="--published", path="r.txt")


def test_encoding_error_is_an_input_error():
    assert issubclass(EncodingError, InputError)


def test_document_refuses_a_lone_surrogate():
    # possible only through the Python API: decoded bytes never hold one
    from claimledger.errors import EncodingError
    from claimledger.models import Document

    with pytest.raises(EncodingError) as e:
        Document(text="The mayor said \udcff the road was cut.", path="api-report")
    assert str(e.value) == "api-report: text has an unpaired UTF-16 surrogate (\\udcff) at character 15: not valid Unicode"
