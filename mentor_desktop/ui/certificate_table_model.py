"""The register of issued certificates as a paged table model, newest first."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from mentor_desktop.services.base import Page
from mentor_desktop.services.certificates import CertificateRow, CertificateService
from mentor_desktop.ui import certificate_labels
from mentor_desktop.ui.paged_table_model import PAGE_SIZE, PagedTableModel


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    ISSUED = 2
    PERIOD = 3
    HOURS = 4
    STATE = 5


_HEADERS = {
    Column.NUMBER: QT_TRANSLATE_NOOP("CertificateTableModel", "Number"),
    Column.NAME: QT_TRANSLATE_NOOP("CertificateTableModel", "Name as printed"),
    Column.ISSUED: QT_TRANSLATE_NOOP("CertificateTableModel", "Issued"),
    Column.PERIOD: QT_TRANSLATE_NOOP("CertificateTableModel", "Period"),
    Column.HOURS: QT_TRANSLATE_NOOP("CertificateTableModel", "Hours"),
    Column.STATE: QT_TRANSLATE_NOOP("CertificateTableModel", "State"),
}

# The register has one order, that of issue; the number and the date both show it.
SORT_KEYS = {Column.NUMBER: "issued", Column.ISSUED: "issued"}


class CertificateTableModel(PagedTableModel[CertificateRow]):
    """Certificates whose printed name or number contains the search text."""

    header_context = "CertificateTableModel"

    def __init__(
        self, certificates: CertificateService, parent: Any = None, page_size: int = PAGE_SIZE
    ):
        self._certificates = certificates
        super().__init__(parent, page_size)

    def columns(self) -> type[IntEnum]:
        return Column

    def headers(self) -> Mapping[Any, Any]:
        return _HEADERS

    def sort_keys(self) -> Mapping[Any, Any]:
        return SORT_KEYS

    def default_sort_column(self) -> int:
        return Column.NUMBER

    def fetch(self, offset: int, limit: int, *, count: bool) -> Page[CertificateRow]:
        return self._certificates.list(
            query=self.query,
            include_revoked=self.include_archived,
            descending=self.descending,
            offset=offset,
            limit=limit,
            count=count,
        )

    def archived_tooltip(self, text: str) -> str:
        return QCoreApplication.translate("CertificateTableModel", "{text} (revoked)").format(
            text=text
        )

    def display(self, row: CertificateRow, column: int) -> str:
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        match column:
            case Column.NUMBER:
                return row.number
            case Column.NAME:
                return row.printed_name
            case Column.ISSUED:
                return locale.toString(row.issued_at.astimezone().date(), short)
            case Column.PERIOD:
                return f"{locale.toString(row.period_start, short)} – {locale.toString(row.period_end, short)}"
            case Column.HOURS:
                return certificate_labels.hours(row.minutes)
            case Column.STATE:
                return certificate_labels.state(row)
        return ""
