"""The thin adapter between a CompareResult and the side-by-side table."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from ..compare.engine import CompareResult, Rij
from ..compare.report import soort_naam, waarom, zijde_html
from ..i18n import tr

ROOD, BLAUW = "#c0392b", "#1f5fbf"
ACHTERGROND = {"moved": "#efe7ff", "left_only": "#fdecea", "right_only": "#e8f0fd"}
RIJ_ROL = Qt.ItemDataRole.UserRole + 2


WEG = f'<span style="color:{ROOD}; text-decoration:line-through">{{}}</span>'
BIJ = f'<span style="color:{BLAUW}; text-decoration:underline">{{}}</span>'


class CompareTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: CompareResult | None = None
        self.rijen: list[Rij] = []
        self.alleen_verschillen = False

    def toon(self, result: CompareResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._filter()
        self.endResetModel()

    def zet_filter(self, alleen_verschillen: bool) -> None:
        self.beginResetModel()
        self.alleen_verschillen = alleen_verschillen
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rijen = self.result.rijen if self.result else []
        self.rijen = [r for r in rijen if r.is_verschil] if self.alleen_verschillen else list(rijen)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rijen)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, sectie: int, richting, rol=Qt.ItemDataRole.DisplayRole):
        if rol != Qt.ItemDataRole.DisplayRole:
            return None
        if richting == Qt.Orientation.Horizontal:
            titels = (self.result.links_titel, self.result.rechts_titel) if self.result else (tr("Links"), tr("Rechts"))
            return (*titels, tr("Waarom"))[sectie]
        return str(sectie + 1)

    def data(self, index: QModelIndex, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rij = self.rijen[index.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            if index.column() == 2:
                return self._waarom(rij)
            return self._cel(rij, "l" if index.column() == 0 else "r")
        if rol == Qt.ItemDataRole.BackgroundRole and rij.soort in ACHTERGROND:
            return QColor(ACHTERGROND[rij.soort])
        if rol == RIJ_ROL:
            return rij
        return None

    @staticmethod
    def _cel(rij: Rij, zijde: str) -> str:
        ref = rij.ref(zijde, getoond=True)
        if not ref:
            return ""
        kop = f'<span style="color:#666; font-size:small">{html.escape(ref)} · {html.escape(soort_naam(rij.soort))}</span><br>'
        return kop + zijde_html(rij.ops, zijde, WEG, BIJ)

    @staticmethod
    def _waarom(rij: Rij) -> str:
        """Why the blocks were paired; for a block on one side only, what the gap analysis offers."""
        if rij.soort == "right_only":
            return f'<span style="color:#666; font-size:small">{html.escape(tr("ontbreekt links; kies de rij voor voorstellen"))}</span>'
        if rij.reden is None:
            return ""
        return f'<span style="color:#444; font-size:small">{html.escape(waarom(rij))}</span>'
