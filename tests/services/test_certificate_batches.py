"""Batches of certificates, and numbers that stay unique and gap-free when two coordinators
issue at the same moment (two connections, on SQLite and on PostgreSQL)."""

from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentor_desktop.bootstrap import Services, open_database
from mentor_desktop.db import models as m
from mentor_desktop.domain.certificates import BatchCancelledError, CheckKind, ChecksFailedError
from mentor_desktop.domain.enums import CertificateLanguage
from mentor_desktop.domain.errors import NotFoundError
from mentor_desktop.paths import Paths
from mentor_desktop.services.certificate_content import Period
from mentor_desktop.services.certificates import BatchOutput, BatchSelection, IssueRequest
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.sites import SiteInput
from tests.certificate_data import Centre, add_learner, build_centre
from tests.conftest import NOW
from tests.pdf_tools import pdf_text, qr_texts

NAMES = [("Amal", "Haddad"), ("Bilal", "Rahimi"), ("Chen", "Wei")]


@pytest.fixture
def centre(services: Services) -> Centre:
    result = build_centre(services)
    for first, last in NAMES:
        add_learner(services, result, first, last, sessions=11)
    return result


def _requests(centre: Centre) -> list[IssueRequest]:
    return [IssueRequest(centre.learners[first]) for first, _ in NAMES]


def _issued(services: Services) -> tuple[int, int | None]:
    with services.context.read() as s:
        certificates = s.scalar(sa.select(sa.func.count()).select_from(m.Certificate))
        counter = s.scalar(
            sa.select(m.CertificateCounter.last_number).where(m.CertificateCounter.year == 2026)
        )
        return certificates or 0, counter


def test_a_batch_in_one_file_for_printing(services: Services, centre: Centre, tmp_path: Path):
    target = tmp_path / "out" / "cohort.pdf"
    seen: list[tuple[int, int]] = []
    result = services.certificates.issue_batch(
        _requests(centre),
        target=target,
        output=BatchOutput.ONE_FILE,
        progress=lambda done, total: seen.append((done, total)) or True,
    )

    assert [r.number for r in result.certificates] == [
        "SV-2026-0001",
        "SV-2026-0002",
        "SV-2026-0003",
    ]
    assert result.files == [target]
    pages = pdf_text(target.read_bytes())
    assert len(pages) == 3
    for page, (first, last), row in zip(pages, NAMES, result.certificates, strict=True):
        assert f"{first} {last}" in page and f"Bevis nr. {row.number}" in page
    assert [codes[0].split(":")[1] for codes in qr_texts(target.read_bytes())] == [
        r.number for r in result.certificates
    ]
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert [p.name for p in target.parent.iterdir()] == ["cohort.pdf"]


def test_a_batch_as_one_file_each(services: Services, centre: Centre, tmp_path: Path):
    tmp_path = tmp_path / "out"
    requests = _requests(centre)
    requests[1].language = CertificateLanguage.BOTH
    result = services.certificates.issue_batch(
        requests, target=tmp_path, output=BatchOutput.FILE_EACH
    )
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["SV-2026-0001.pdf", "SV-2026-0002.pdf", "SV-2026-0003.pdf"]
    for row in result.certificates:
        assert (tmp_path / f"{row.number}.pdf").read_bytes() == services.certificates.pdf(row.id)
    assert len(pdf_text((tmp_path / "SV-2026-0002.pdf").read_bytes())) == 2


def test_a_cancelled_batch_leaves_nothing_half_issued(
    services: Services, centre: Centre, tmp_path: Path, snapshot
):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    before = snapshot()

    def cancel_after_two(done: int, total: int) -> bool:
        return done < 2

    with pytest.raises(BatchCancelledError):
        services.certificates.issue_batch(
            _requests(centre),
            target=tmp_path / "cohort.pdf",
            output=BatchOutput.ONE_FILE,
            progress=cancel_after_two,
        )
    assert snapshot() == before
    assert list(tmp_path.iterdir()) == []
    # Cancelled while the file was being written: still nothing.
    calls = iter(range(100))

    def cancel_at_the_end(done: int, total: int) -> bool:
        return next(calls) < 4

    with pytest.raises(BatchCancelledError):
        services.certificates.issue_batch(
            _requests(centre),
            target=tmp_path / "cohort.pdf",
            output=BatchOutput.ONE_FILE,
            progress=cancel_at_the_end,
        )
    assert snapshot() == before
    assert list(tmp_path.iterdir()) == []
    # The numbers the cancelled batches held are given out again.
    issued = services.certificates.issue(IssueRequest(centre.learners["Amal"]))
    assert issued.certificate.number == "SV-2026-0001"


def test_a_failed_check_in_a_batch_stops_it_before_anything_is_issued(
    services: Services, centre: Centre, tmp_path: Path
):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    add_learner(services, centre, "Dina", "Osman", signed_feedback=False)
    requests = [*_requests(centre), IssueRequest(centre.learners["Dina"])]
    with pytest.raises(ChecksFailedError):
        services.certificates.issue_batch(requests, target=tmp_path, output=BatchOutput.FILE_EACH)
    assert _issued(services) == (0, None)
    assert list(tmp_path.iterdir()) == []
    requests[-1].overrides = {CheckKind.SIGNED_FEEDBACK: "Udtalelse på papir i mappen"}
    result = services.certificates.issue_batch(
        requests, target=tmp_path, output=BatchOutput.FILE_EACH
    )
    assert len(result.certificates) == 4


def test_the_first_request_that_fails_stops_a_batch(
    services: Services, centre: Centre, tmp_path: Path
):
    add_learner(services, centre, "Dina", "Osman", signed_feedback=False)
    failing = IssueRequest(centre.learners["Dina"])
    unknown = IssueRequest(999_999)
    target = tmp_path / "cohort.pdf"
    with pytest.raises(ChecksFailedError):
        services.certificates.issue_batch(
            [*_requests(centre), failing, unknown], target=target, output=BatchOutput.ONE_FILE
        )
    with pytest.raises(NotFoundError):
        services.certificates.issue_batch(
            [*_requests(centre), unknown, failing], target=target, output=BatchOutput.ONE_FILE
        )
    assert _issued(services) == (0, None)
    assert not target.exists()


def test_each_certificate_of_a_batch_says_what_it_says_issued_alone(
    services: Services, centre: Centre, tmp_path: Path
):
    """A batch reads the records of all its learners at once: each certificate must still
    get only its own learner's placements, sessions, words, goals and feedback."""
    add_learner(services, centre, "Dina", "Osman", sessions=4, minutes=45, signed_feedback=False)
    requests = [
        *_requests(centre),
        IssueRequest(
            centre.learners["Dina"],
            overrides={
                CheckKind.SIGNED_FEEDBACK: "Udtalelse på papir",
                CheckKind.MIN_HOURS: "Kort",
            },
        ),
        IssueRequest(
            centre.learners["Bilal"],
            period=Period(date(2026, 9, 10), date(2026, 10, 10)),
            overrides={CheckKind.MIN_HOURS: "Kun september"},
        ),
    ]
    batch = services.certificates.issue_batch(
        requests, target=tmp_path / "all.pdf", output=BatchOutput.ONE_FILE
    )
    for row, request in zip(batch.certificates, requests, strict=True):
        stored = pdf_text(services.certificates.pdf(row.id))[0]
        preview = pdf_text(services.certificates.preview(request))[0]
        stored = re.sub(r"Kontrolkode \S+", "Kontrolkode —", stored.replace(row.number, "—"))
        assert stored == preview
    minutes = [row.minutes for row in batch.certificates]
    assert minutes == [11 * 60, 11 * 60, 11 * 60, 4 * 45, 6 * 60]


def test_selecting_a_cohort_by_period_and_employer(services: Services, centre: Centre):
    other = services.employers.create(EmployerInput(name="Køkken Vest A/S")).id
    site = services.sites.create(other, SiteInput(name="Kantinen")).id
    elsewhere = Centre(centre.coordinator, centre.tutor, other, site)
    add_learner(services, elsewhere, "Dina", "Osman", end=date(2026, 11, 25))
    add_learner(services, centre, "Emil", "Berg", end=date(2026, 12, 20))

    cohort = services.certificates.select_batch(
        BatchSelection(ended_from=date(2026, 11, 1), ended_to=date(2026, 11, 30))
    )
    assert [c.name for c in cohort] == ["Amal Haddad", "Dina Osman", "Bilal Rahimi", "Chen Wei"]
    at_employer = services.certificates.select_batch(
        BatchSelection(ended_to=date(2026, 11, 30), employer_id=centre.employer)
    )
    assert [c.name for c in at_employer] == ["Amal Haddad", "Bilal Rahimi", "Chen Wei"]

    services.certificates.issue(IssueRequest(centre.learners["Bilal"]))
    again = services.certificates.select_batch(BatchSelection(employer_id=centre.employer))
    assert [c.name for c in again] == ["Emil Berg", "Amal Haddad", "Chen Wei"]
    everyone = services.certificates.select_batch(
        BatchSelection(employer_id=centre.employer, include_certified=True)
    )
    assert len(everyone) == 4


def test_two_coordinators_issuing_at_once_get_unique_gap_free_numbers(
    services: Services, centre: Centre, database_url: str, paths: Paths
):
    """Two programs, each with its own connection, issue eight certificates each at the
    same moment."""
    each = 8
    programs = [open_database(database_url, paths) for _ in range(2)]
    for program in programs:
        program.context.clock = lambda: NOW
    start = threading.Barrier(2)
    numbers: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def coordinator(index: int, learner: int) -> None:
        try:
            start.wait()
            for _ in range(each):
                issued = programs[index].certificates.issue(IssueRequest(learner))
                numbers[index].append(issued.certificate.number)
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [
        threading.Thread(target=coordinator, args=(i, centre.learners[name]))
        for i, name in enumerate(["Amal", "Bilal"])
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        for program in programs:
            program.close()
    assert errors == []
    everything = sorted(numbers[0] + numbers[1])
    assert everything == [f"SV-2026-{n:04d}" for n in range(1, 2 * each + 1)]
    # Each coordinator's own numbers rise: neither was handed one from the other's past.
    assert all(run == sorted(run) for run in numbers)
    assert _issued(services) == (2 * each, 2 * each)
