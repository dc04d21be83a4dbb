"""The command line as a user meets it: help, analyze output formats, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract import check_analysis

REPORT_A = (
    "The regional health director said on Monday that a clinic in Kafr Nabl was hit by an air strike, "
    "killing 4 people and wounding 11. A military spokesman denied that any clinic had been targeted.\n"
)
REPORT_B = (
    "According to the local council, 300 families fled Maarat al-Numan after two days of shelling. "
    "\u201cWe have nowhere left to go,\u201d one resident told reporters.\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="120")
    return subprocess.run(
        [sys.executable, "-m", "claimledger.cli", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
    )


def test_cli_help_lists_every_command():
    out = run("--help")
    assert out.returncode == 0
    for command in ("analyze", "eval"):
        assert command in out.stdout.decode()


def test_cli_runs_as_a_module():
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="120")
    out = subprocess.run([sys.executable, "-m", "claimledger", "--help"], capture_output=True, env=env, timeout=300)
    assert out.returncode == 0
    assert "analyze" in out.stdout.decode()


def test_cli_every_command_has_help():
    from typer.main import get_command

    from claimledger.cli import app

    root = get_command(app)

    def walk(cmd, path):
        yield path, cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, path + [name])

    for path, cmd in walk(root, []):
        if path:
            assert (cmd.help or "").strip(), f"'claimledger {' '.join(path)}' has no help text"


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("broken.html", b"<html><body><div><p><script>x()</script>", "HTML"),
    ],
)
def test_cli_bad_input_is_one_line_without_traceback(tmp_path, name, data, words):
    p = tmp_path / name
    p.write_bytes(data)
    out = run("analyze", str(p))
    err = out.stderr.decode()
    assert out.returncode != 0
    assert "Traceback" not in err
    assert err.count("\n") == 1 and str(p) in err and words in err


def test_cli_bad_published_date_is_a_clear_error(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(REPORT_A)
    out = run("analyze", str(p), "--published", "2021-13-45")
    err = out.stderr.decode()
    assert out.returncode != 0 and "Traceback" not in err and "--published" in err


@pytest.mark.model
def test_cli_jsonl_keeps_order_and_survives_a_bad_file(tmp_path):
    a, bad, b = tmp_path / "a.txt", tmp_path / "bad.txt", tmp_path / "b.txt"
    a.write_text(REPORT_A)
    bad.write_bytes(b"")
    b.write_text(REPORT_B)
    out = run("analyze", str(a), str(bad), str(b), "--format", "jsonl", "--published", "2019-05-20")
    assert out.returncode == 1
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(x) for x in lines)
    check_analysis(first, REPORT_A)
    check_analysis(second, REPORT_B)
    assert first["document"]["published"] == "2019-05-20"
    assert "bad.txt" in out.stderr.decode() and "empty" in out.stderr.decode()


@pytest.mark.model
def test_cli_reads_stdin_and_writes_the_contract():
    out = run("analyze", "-", "--format", "json", "--source", "Field notes", stdin=REPORT_A.encode())
    assert out.returncode == 0, out.stderr.decode()
    obj = json.loads(out.stdout)
    check_analysis(obj, REPORT_A)
    assert obj["document"]["source"] == "Field notes"


@pytest.mark.model
def test_cli_text_output_escapes_markup_from_the_article(tmp_path):
    p = tmp_path / "hostile.txt"
    p.write_text(
        "The governor said that [bold red]nobody[/bold red] was hurt in the shelling of Idlib, "
        "adding: \"[link=file:///etc/passwd]click[/link] is all lies.\"\n"
    )
    out = run("analyze", str(p))
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode()
    assert "[bold red]nobody[/bold red]" in text  # printed as written, not as styling
    assert "1 claim" in text or "claims" in text


def test_cli_a_bug_on_one_file_is_reported_and_the_others_are_analysed(tmp_path, monkeypatch):
    # an internal error (not a user's mistake) on one report: named on stderr,
    # exit code 1, and the reports around it still come out, in order
    from typer.testing import CliRunner

    from claimledger.cli import app
    from claimledger.nlp import pipeline

    real = pipeline.Analyzer.analyze

    def flaky(self, document):
        if "Maarat" in document.text:
            raise RuntimeError("simulated failure")
        return real(self, document)

    monkeypatch.setattr(pipeline.Analyzer, "analyze", flaky)
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(REPORT_A)
    b.write_text(REPORT_B)
    c.write_text(REPORT_A.replace("Monday", "Tuesday"))
    out = CliRunner().invoke(app, ["analyze", str(a), str(b), str(c), "--format", "jsonl"])
    assert out.exit_code == 1, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 2, (out.stdout[-300:], out.stderr, out.exception)
    assert [x["document"]["chars"] for x in lines] == [len(REPORT_A), len(REPORT_A) + 1]
    assert "b.txt" in out.stderr and "simulated failure" in out.stderr and "Traceback" not in out.stderr
