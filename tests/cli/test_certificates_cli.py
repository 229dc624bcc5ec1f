"""``mentor-cli verify`` and ``mentor-cli certificates``: issuing, batches, the register and
revoking without a window, over the database of the ``services`` fixture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mentor_desktop.bootstrap import Services
from tests.certificate_data import Centre, add_learner, build_centre
from tests.pdf_tools import pdf_text

NUMBER = re.compile(r"SV-\d{4}-\d{4}")


@pytest.fixture
def centre(services: Services) -> Centre:
    result = build_centre(services)
    add_learner(services, result, "Amal", "Haddad")
    add_learner(services, result, "Bilal", "Rahimi", sessions=3)
    return result


def test_issue_by_name_then_verify_the_code(cli, database_url: str, centre, tmp_path: Path):
    out = tmp_path / "amal.pdf"
    result = cli("certificates", "issue", "Amal Haddad", "--out", str(out), database=database_url)
    assert result.code == 0, result.err
    assert "[ok] Name as it will print: Amal Haddad" in result.out
    assert "[ok] Hours: 12.0 of at least 10.0" in result.out
    number = NUMBER.search(result.out).group()
    assert f"Issued certificate {number} to Amal Haddad: {out}" in result.out
    [page] = pdf_text(out.read_bytes())
    code = re.search(r"Kontrolkode (\S+)", page).group(1)

    verified = cli("verify", code.lower().replace("-", ""), database=database_url)
    assert verified.code == 0
    assert verified.out.startswith(f"Genuine: certificate {number} to Amal Haddad, issued ")

    listed = cli("certificates", "list", database=database_url)
    assert f"{number}" in listed.out and "valid" in listed.out

    revoked = cli(
        "certificates", "revoke", number, "--reason", "Forkert periode", database=database_url
    )
    assert revoked.code == 0 and f"Revoked certificate {number}." in revoked.out
    again = cli("verify", code, database=database_url)
    assert again.code == 7
    assert "REVOKED" in again.out and "Forkert periode" in again.out


def test_a_failed_check_refuses_until_overridden(cli, database_url: str, centre, tmp_path: Path):
    out = tmp_path / "bilal.pdf"
    refused = cli("certificates", "issue", "Bilal Rahimi", "--out", str(out), database=database_url)
    assert refused.code == 5
    assert "[FAILED] Hours: 3.0 of at least 10.0" in refused.out
    assert "did not pass the checks (min_hours); nothing was issued" in refused.err
    assert not out.exists()

    issued = cli(
        "certificates",
        "issue",
        str(centre.learners["Bilal"]),
        "--language",
        "en",
        "--override",
        "min_hours=Kort forløb aftalt med jobcentret",
        "--out",
        str(out),
        database=database_url,
    )
    assert issued.code == 0, issued.err
    assert "Certificate of progress" in pdf_text(out.read_bytes())[0]


def test_unknown_codes_and_bad_arguments(cli, database_url: str, centre, tmp_path: Path):
    unknown = cli("verify", "2222-3333-4444", database=database_url)
    assert unknown.code == 6 and "Unknown" in unknown.out
    bad = cli(
        "certificates", "issue", "1", "--override", "hours", "--out", "x.pdf", database=database_url
    )
    assert bad.code == 2 and "is not CHECK=REASON" in bad.err
    nobody = cli("certificates", "issue", "Zoe Zed", "--out", "x.pdf", database=database_url)
    assert nobody.code == 2 and "No learner is called Zoe Zed." in nobody.err


def test_batch_dry_run_then_one_file(cli, database_url: str, centre, tmp_path: Path):
    dry = cli(
        "certificates",
        "batch",
        "--out",
        str(tmp_path / "x.pdf"),
        "--dry-run",
        database=database_url,
    )
    assert dry.code == 5
    assert "Amal Haddad" in dry.out and "Bilal Rahimi" in dry.out
    assert not (tmp_path / "x.pdf").exists()

    out = tmp_path / "cohort.pdf"
    result = cli(
        "certificates",
        "batch",
        "--ended-to",
        "2026-11-30",
        "--override",
        "min_hours=Kort forløb",
        "--out",
        str(out),
        database=database_url,
    )
    assert result.code == 0, result.err
    assert "Certificates issued: 2" in result.out
    pages = pdf_text(out.read_bytes())
    assert ["Amal Haddad" in pages[0], "Bilal Rahimi" in pages[1]] == [True, True]
    bad_date = cli(
        "certificates",
        "batch",
        "--ended-to",
        "30.11.2026",
        "--out",
        str(out),
        database=database_url,
    )
    assert bad_date.code == 2 and "30.11.2026 is not a date of the form YYYY-MM-DD" in bad_date.err


def test_messages_in_danish(qapp, database_url: str, centre, tmp_path: Path, capsys, monkeypatch):
    """(``qapp`` first: the Danish translator needs an application object, and one that
    mentor-cli made itself would be a QCoreApplication that later widget tests cannot use.)"""
    from mentor_desktop.cli import main

    monkeypatch.delenv("MENTOR_DATABASE_URL", raising=False)
    argv = ["--lang", "da", "--data-dir", str(tmp_path / "profile"), "--database", database_url]
    assert main([*argv, "verify", "2222-3333-4444"]) == 6
    assert "Ukendt: intet kursusbevis fra dette sprogcenter har koden" in capsys.readouterr().out
    out = tmp_path / "bilal.pdf"
    assert main([*argv, "certificates", "issue", "Bilal Rahimi", "--out", str(out)]) == 5
    captured = capsys.readouterr()
    assert "[FEJL] Timer: 3,0 af mindst 10,0" in captured.out
    assert "bestod ikke kontrollerne (min_hours); intet blev udstedt" in captured.err


def test_an_unwritable_target_is_refused_before_issuing(
    cli, database_url: str, centre, tmp_path: Path
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = cli(
        "certificates",
        "issue",
        "Amal Haddad",
        "--out",
        str(blocker / "x.pdf"),
        database=database_url,
    )
    assert result.code == 2
    assert f"{blocker / 'x.pdf'} cannot be written; nothing was issued." in result.err
    assert "0 certificate" not in cli("certificates", "list", database=database_url).out
    assert "Certificates: 0" in cli("certificates", "list", database=database_url).out
