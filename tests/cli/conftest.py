"""Fixtures for the command-line tests: run ``mentor-cli`` in-process and capture what a
person would see."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "db"))

from mentor_desktop.cli import main  # noqa: E402


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Run]:
    """``cli("check", database=...)``: mentor-cli in English with its own data folder."""
    monkeypatch.setenv("MENTOR_BUSY_TIMEOUT_MS", "200")
    monkeypatch.delenv("MENTOR_DATABASE_URL", raising=False)

    def run(*args: str, database: str | None = None) -> Run:
        argv = ["--lang", "en", "--data-dir", str(tmp_path / "profile")]
        if database is not None:
            argv += ["--database", database]
        capsys.readouterr()
        code = main([*argv, *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
