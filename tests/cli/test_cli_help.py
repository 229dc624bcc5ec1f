"""mentor-cli's help and usage errors speak the language asked for, argparse's own words
included, and leave English as it was."""

from __future__ import annotations

import argparse

from mentor_desktop.cli import main


def test_help_in_danish_has_no_english_headings(capsys):
    assert main(["--lang", "da", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("brug: mentor-cli")
    assert "argumenter:" in out and "tilvalg:" in out
    assert "vis denne hjælp og afslut" in out
    assert "vis programmets versionsnummer og afslut" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out


def test_a_usage_error_in_danish_names_what_is_missing(capsys):
    assert main(["--lang", "da", "certificates", "issue"]) == 2
    err = capsys.readouterr().err
    assert "fejl: disse argumenter mangler: LEARNER, --out" in err
    assert main(["--lang", "da", "demo", "--size", "huge"]) == 2
    assert "ugyldigt valg: 'huge' (vælg mellem 'small', 'large')" in capsys.readouterr().err


def test_english_help_is_argparses_own_and_argparse_is_left_as_it_was(capsys):
    hook = argparse._
    assert main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: mentor-cli")
    assert "positional arguments:" in out and "show this help message and exit" in out
    assert argparse._ is hook
