"""The compare view: two documents side by side, aligned rows, redlines, moves, next/previous difference."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QThreadPool, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..compare import CompareOptions, compare_policies
from ..compare.engine import CompareResult
from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from .compare_model import CompareTableModel
from .document_keuze import bron_lijst, kies_bestand, laad_bestand, vul_keuze
from .gap_panel import GatPaneel
from .html_delegate import HtmlDelegate
from .stroom import StroomLayout, stroomrij
from .worker import Werk


class CompareView(QWidget):
    fout = Signal(str)
    klaar = Signal()

    def __init__(self, huidig: Callable[[], Policy | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.huidig = huidig
        self.model = CompareTableModel(self)
        self.werk: Werk | None = None
        self._bouw()
        self.ververs_bronnen()

    # -- construction ---------------------------------------------------------------------
    def _bouw(self) -> None:
        self.links, self.rechts = QComboBox(), QComboBox()
        self.bestand_knop = QPushButton(tr("Bestand toevoegen…"))
        self.bestand_knop.clicked.connect(self._voeg_bestand_toe)
        self.vergelijk_knop = QPushButton(tr("Vergelijken"))
        self.vergelijk_knop.clicked.connect(self.vergelijk)
        self.namen = QCheckBox(tr("Organisatienamen als plaatshouder"))
        self.namen.setChecked(True)
        self.alleen = QCheckBox(tr("Alleen verschillen"))
        self.alleen.toggled.connect(self._filter)
        self.vorige_knop, self.volgende_knop = QPushButton(tr("◀ Vorige")), QPushButton(tr("Volgende ▶"))
        self.vorige_knop.setToolTip(tr("Vorig verschil (Shift+F8)"))
        self.volgende_knop.setToolTip(tr("Volgend verschil (F8)"))
        self.vorige_knop.clicked.connect(lambda: self.ga_naar_verschil(-1))
        self.volgende_knop.clicked.connect(lambda: self.ga_naar_verschil(1))
        QShortcut(QKeySequence("F8"), self, lambda: self.ga_naar_verschil(1))
        QShortcut(QKeySequence("Shift+F8"), self, lambda: self.ga_naar_verschil(-1))
        self.telling = QLabel()
        self.voortgang = QProgressBar()
        self.voortgang.setVisible(False)
        self.tabel = self._maak_tabel()
        self.gat = GatPaneel()
        self.gat.setVisible(False)
        self.gat.fout.connect(self.fout)
        self.tabel.selectionModel().currentRowChanged.connect(self._rij_gekozen)
        delen = QSplitter(Qt.Orientation.Vertical)
        delen.addWidget(self.tabel)
        delen.addWidget(self.gat)
        delen.setSizes([520, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(self._rij(QLabel(tr("Links:")), self.links, QLabel(tr("Rechts:")), self.rechts,
                                   self.bestand_knop, self.vergelijk_knop))
        layout.addLayout(self._rij(self.namen, self.alleen, self.vorige_knop, self.volgende_knop,
                                   self.telling, self.voortgang))
        layout.addWidget(delen)

    @staticmethod
    def _rij(*widgets: QWidget) -> StroomLayout:
        return stroomrij(*widgets)

    def _maak_tabel(self) -> QTableView:
        tabel = QTableView()
        tabel.setModel(self.model)
        tabel.setItemDelegate(HtmlDelegate(tabel))
        tabel.setWordWrap(True)
        tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tabel.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        kop = tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        kop.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        kop.setMinimumSectionSize(60)
        tabel.setColumnWidth(2, 200)
        tabel.horizontalHeader().sectionResized.connect(lambda *_: tabel.resizeRowsToContents())
        return tabel

    def ververs_bronnen(self) -> None:
        bronnen = bron_lijst(self.huidig)
        vul_keuze(self.links, bronnen, "policy-bv")
        vul_keuze(self.rechts, bronnen, "werksaam")

    def _voeg_bestand_toe(self) -> None:
        pad = kies_bestand(self)
        if pad is None:
            return
        for keuze in (self.links, self.rechts):
            keuze.addItem(pad.name, lambda p=pad: laad_bestand(p))
        self.rechts.setCurrentIndex(self.rechts.count() - 1)

    # -- comparing ------------------------------------------------------------------------
    def kies(self, links: str, rechts: str) -> None:
        self.links.setCurrentIndex(self.links.findText(links))
        self.rechts.setCurrentIndex(self.rechts.findText(rechts))

    def vergelijk(self) -> None:
        """Load both documents and compare them in the thread pool; the result arrives by signal."""
        try:
            links, rechts = self.links.currentData()(), self.rechts.currentData()()
        except BeleidsstudioFout as fout:
            self.fout.emit(str(fout))
            return
        opties = CompareOptions(organisatie_als_plaatshouder=self.namen.isChecked())
        self.werk = Werk(lambda voortgang: compare_policies(links, rechts, opties, voortgang))
        self.werk.signalen.voortgang.connect(self._voortgang)
        self.werk.signalen.klaar.connect(self._toon)
        self.werk.signalen.fout.connect(self._mislukt)
        self.vergelijk_knop.setEnabled(False)
        self.voortgang.setVisible(True)
        self.voortgang.setRange(0, 0)
        QThreadPool.globalInstance().start(self.werk)

    def _voortgang(self, gedaan: int, totaal: int) -> None:
        self.voortgang.setRange(0, max(1, totaal))
        self.voortgang.setValue(gedaan)

    def _mislukt(self, bericht: str) -> None:
        self._klaar_met_werk()
        self.fout.emit(bericht)

    def _toon(self, result: CompareResult) -> None:
        self._klaar_met_werk()
        self.gat.setVisible(False)
        self.model.toon(result)
        self.tabel.resizeRowsToContents()
        stats = result.stats()
        if stats["verschillen"] == 1:
            self.telling.setText(tr("1 verschil ({moved} verplaatst)").format(**stats))
        else:
            self.telling.setText(tr("{verschillen} verschillen ({moved} verplaatst)").format(**stats))
        self.klaar.emit()

    def _klaar_met_werk(self) -> None:
        self.vergelijk_knop.setEnabled(True)
        self.voortgang.setVisible(False)
        self.werk = None

    def _rij_gekozen(self, huidig, _vorig=None) -> None:
        """A "right only" row: the other document has a clause the left one lacks; offer the library's."""
        rij = self.model.rijen[huidig.row()] if huidig.isValid() and huidig.row() < len(self.model.rijen) else None
        if rij is not None and rij.soort == "right_only":
            self.gat.toon_blok(rij.rechts)
        else:
            self.gat.setVisible(False)

    def _filter(self, alleen: bool) -> None:
        self.model.zet_filter(alleen)
        self.tabel.resizeRowsToContents()

    # -- stepping through differences ---------------------------------------------------------
    def ga_naar_verschil(self, richting: int) -> bool:
        rijen = self.model.rijen
        huidig = self.tabel.currentIndex().row()
        stappen = range(huidig + 1, len(rijen)) if richting > 0 else range(huidig - 1 if huidig >= 0 else len(rijen) - 1, -1, -1)
        for rij in stappen:
            if rijen[rij].is_verschil:
                index = self.model.index(rij, 0)
                self.tabel.setCurrentIndex(index)
                self.tabel.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return True
        return False
