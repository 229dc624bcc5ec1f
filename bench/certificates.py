"""Certificate figures: one certificate (read from the records and drawn, as the Preview does)
against a bare reportlab page with the same embedded font, and a batch of 500 certificates
issued into one PDF against 500 bare pages in one PDF.

The batch runs the whole of ``issue_batch`` (checks, numbers, PDFs, register rows, the
combined file written beside its target) and is then cancelled at its last step, so that
the transaction rolls back and the benchmark's centre is left as it was; only the commit
itself is not timed.
"""

from __future__ import annotations

import io
import tempfile
from itertools import cycle, islice
from pathlib import Path

import sqlalchemy as sa
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bench.common import Figure, measure, timed
from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from mentor_desktop.domain.certificates import BatchCancelledError, CheckKind
from mentor_desktop.domain.enums import Attendance
from mentor_desktop.services.centre import CentreInput
from mentor_desktop.services.certificates import BatchOutput, IssueRequest

BATCH = 500
# The demo centre has no signed employer feedback yet: every check may be overridden.
OVERRIDES = {kind: "benchmark" for kind in CheckKind}


def figures(services: Services, repeat: int) -> list[Figure]:
    placements = _placements(services, BATCH)
    requests = [
        IssueRequest(learner, placement_ids=[placement], overrides=dict(OVERRIDES))
        for learner, placement in islice(cycle(placements), BATCH)
    ]
    _ensure_centre(services)
    register_fonts()
    one = measure(
        "certificate: gather and draw one (vs a bare reportlab page)",
        lambda i: services.certificates.preview(requests[i % len(requests)]),
        lambda i: _bare_pages(1),
        repeat=repeat,
        target="<= 20 ms",
    )
    return [one, _batch_figure(services, requests, max(1, repeat // 10))]


def _batch_figure(services: Services, requests: list[IssueRequest], repeat: int) -> Figure:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "batch.pdf"

        def program(_i: int) -> None:
            calls = iter(range(len(requests) + 3))

            def progress(done: int, total: int) -> bool:
                # One call per certificate, one when all are made, one when the file is
                # written: say Cancel at that last one.
                return next(calls) < len(requests) + 1

            try:
                services.certificates.issue_batch(
                    requests, target=target, output=BatchOutput.ONE_FILE, progress=progress
                )
            except BatchCancelledError:
                return
            raise AssertionError("the benchmark batch was not rolled back")

        def floor(_i: int) -> None:
            _bare_pages(len(requests))

        program(0)
        floor(0)
        program_ms = [timed(program, i) for i in range(repeat)]
        floor_ms = [timed(floor, i) for i in range(repeat)]
    return Figure(
        f"certificates: a batch of {len(requests)} into one PDF (vs {len(requests)} bare pages)",
        program_ms,
        floor_ms,
        "<= 12 s",
    )


def _bare_pages(count: int) -> bytes:
    """Pages of plain text in the certificate's fonts: the least reportlab can do."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=SANS)
    for page in range(count):
        canvas.setFont(SANS_BOLD, 24)
        canvas.drawString(60, 760, "Kursusbevis")
        canvas.setFont(SANS, 10)
        for line in range(30):
            canvas.drawString(60, 720 - 18 * line, f"Linje {line} på side {page}: æøå ÆØÅ")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _placements(services: Services, wanted: int) -> list[tuple[int, int]]:
    """(learner, placement) of the first ``wanted`` placements with attended sessions."""
    with services.context.read() as s:
        return [
            (learner, placement)
            for learner, placement in s.execute(
                sa.select(m.Placement.learner_id, m.Placement.id)
                .join(m.Session, m.Session.placement_id == m.Placement.id)
                .where(m.Session.attendance == Attendance.ATTENDED)
                .group_by(m.Placement.learner_id, m.Placement.id)
                .order_by(m.Placement.id)
                .limit(wanted)
            )
        ]


def _ensure_centre(services: Services) -> None:
    if not services.centre.exists():
        services.centre.update(CentreInput(name="Benchmark Sprogcenter"), expected_version=None)
