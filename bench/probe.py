"""One child process of the benchmark: the figures that need a window, each in a fresh
process so that one figure's memory does not count in another's. Prints one JSON line.

    probe.py first-paint program --database URL --data-dir DIR
        The real program through its own start-up code (``mentor_desktop.app.main``): prints
        the monotonic clock when the main window has been painted for the first time, and
        the peak memory so far, then ends the process at once.
    probe.py first-paint bare
        The floor: a bare PySide6 main window holding a table of 100 rows, timed the same way.
    probe.py list-paint learners|sessions --database URL --data-dir DIR --repeat N
        Builds the program's list screen and paints it (``QWidget.grab``), alternately with a
        bare paged table model over the bare SQL of the same first page; N times each.
    probe.py memory learners|sessions --database URL --data-dir DIR
        The program's window (``Program``, as ``main`` runs it) on that list, painted; prints
        the peak resident memory of the process.

Nothing here touches the program's code paths: the probe only watches (an application event
filter) and answers questions the way a user who says "no" would.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget  # noqa: E402

WAIT_FOR_PAINT_MS = 60_000
BARE_ROWS = 100
BARE_COLUMNS = 5


def peak_rss_kb() -> int:
    """The most resident memory this process has had, in KiB (Linux and macOS). On Linux
    from VmHWM: ``ru_maxrss`` keeps the peak of the process that started this one (the
    benchmark, forked and exec'd), so a big parent hid the probe's own peak."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def emit(**values: Any) -> None:
    print(json.dumps(values), flush=True)


class FirstPaint(QObject):
    """Ends the process once a window whose class is called ``window_class`` has been
    painted: the first paint event starts the window's paint pass, and a zero timer fires
    after the pass has finished and reached the screen."""

    def __init__(self, window_class: str):
        super().__init__()
        self._window_class = window_class
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and type(watched.window()).__name__ == self._window_class
        ):
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        emit(painted=time.monotonic(), rss_kb=peak_rss_kb())
        os._exit(0)


def _give_up() -> None:
    emit(error="no window was painted")
    os._exit(1)


class QuietPrompter:
    """Answers every question as a user who says no (and picks nobody); shows nothing."""

    def error(self, parent: Any, title: str, text: str, details: str = "") -> None:
        emit(error=f"{title}: {text}")
        os._exit(1)

    def information(self, parent: Any, title: str, text: str) -> None:
        return None

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        return False

    def ask_unsaved(self, parent: Any, title: str, text: str) -> Any:
        from mentor_desktop.ui.prompter import UnsavedAnswer

        return UnsavedAnswer.CANCEL

    def choose(self, *args: Any, **kwargs: Any) -> int | None:
        return None

    def save_file_name(self, *args: Any) -> str | None:
        return None

    def unexpected_error(self, parent: Any, details: str) -> None:
        emit(error=details)
        os._exit(1)


class BareTableModel(QAbstractTableModel):
    """The floor of a list: rows as tuples, shown as text; pages fetched by ``fetch``."""

    def __init__(self, fetch: Any = None, rows: list[tuple[Any, ...]] | None = None):
        super().__init__()
        self._fetch = fetch
        self._rows = rows if rows is not None else []
        self._total = len(self._rows)
        if fetch is not None:
            self._rows, self._total = fetch(0)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else len(self._rows[0])

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
        return self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
        rows, _total = self._fetch(len(self._rows))
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        return "" if value is None else str(value)


def first_paint_bare(app: QApplication) -> None:
    watcher = FirstPaint("QMainWindow")
    app.installEventFilter(watcher)
    rows = [tuple(f"row {r} column {c}" for c in range(BARE_COLUMNS)) for r in range(BARE_ROWS)]
    window = QMainWindow()
    table = QTableView()
    table.setModel(BareTableModel(rows=rows))
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(WAIT_FOR_PAINT_MS, _give_up)
    app.exec()


def first_paint_program(app: QApplication, args: argparse.Namespace) -> None:
    watcher = FirstPaint("MainWindow")
    app.installEventFilter(watcher)
    QTimer.singleShot(WAIT_FOR_PAINT_MS, _give_up)
    from mentor_desktop.app import main

    main(
        ["--database", args.database, "--data-dir", args.data_dir, "--lang", "en"],
        prompter=QuietPrompter(),  # type: ignore[arg-type]
    )
    _give_up()


def _services(args: argparse.Namespace) -> Any:
    from mentor_desktop.bootstrap import open_database
    from mentor_desktop.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    paths.ensure()
    return open_database(args.database, paths), paths


def _screen_class(list_name: str) -> Any:
    if list_name == "learners":
        from mentor_desktop.ui.learners_screen import LearnersScreen

        return LearnersScreen
    from mentor_desktop.ui.sessions_screen import SessionsScreen  # type: ignore[import-not-found]

    return SessionsScreen


def list_paint(app: QApplication, args: argparse.Namespace) -> None:
    from bench.floors import bare_page
    from mentor_desktop.app import install_translators
    from mentor_desktop.ui.events import AppEvents
    from mentor_desktop.ui.settings import Settings

    services, paths = _services(args)
    install_translators(app, "en")
    screen_class = _screen_class(args.list)
    settings = Settings(paths.config_dir)
    events = AppEvents()
    connection = services.engine.connect()
    sqlite = services.engine.dialect.name == "sqlite"

    def program() -> None:
        screen = screen_class(services, events, settings, QuietPrompter())
        screen.resize(1000, 700)
        screen.show()
        screen.grab()
        screen.close()
        screen.deleteLater()

    def floor() -> None:
        view = QTableView()
        view.setModel(
            BareTableModel(fetch=lambda offset: bare_page(connection, sqlite, args.list, offset))
        )
        view.resize(1000, 700)
        view.show()
        view.grab()
        view.close()
        view.deleteLater()

    program_ms: list[float] = []
    floor_ms: list[float] = []
    for i in range(args.repeat + 2):
        for action, times in ((program, program_ms), (floor, floor_ms)):
            start = time.perf_counter()
            action()
            elapsed = (time.perf_counter() - start) * 1000
            app.processEvents()
            if i >= 2:  # the first two of each warm the caches
                times.append(elapsed)
    connection.close()
    services.close()
    emit(program_ms=program_ms, floor_ms=floor_ms)


def memory(app: QApplication, args: argparse.Namespace) -> None:
    from mentor_desktop.app import Options, Program
    from mentor_desktop.ui.fonts import register_shipped_fonts
    from mentor_desktop.ui.main_window import Section

    _screen_class(args.list)
    register_shipped_fonts()
    options = Options(database=args.database, data_dir=args.data_dir, lang="en")
    from mentor_desktop.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    paths.ensure()
    program = Program(app, options, paths, QuietPrompter())  # type: ignore[arg-type]
    if not program.start():
        emit(error="the program did not start")
        return
    assert program.window is not None
    program.window.show_section(Section(args.list))
    program.window.grab()
    app.processEvents()
    emit(rss_kb=peak_rss_kb())
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("figure", choices=["first-paint", "list-paint", "memory"])
    parser.add_argument("what", help="program or bare (first-paint); learners or sessions")
    parser.add_argument("--database")
    parser.add_argument("--data-dir")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    args.list = args.what
    app = QApplication(sys.argv[:1])
    if args.figure == "first-paint":
        if args.what == "bare":
            first_paint_bare(app)
        else:
            first_paint_program(app, args)
    elif args.figure == "list-paint":
        list_paint(app, args)
    else:
        memory(app, args)


if __name__ == "__main__":
    main()
