"""The coverage view: which topics each of several documents covers; a cell shows its clauses."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.onderwerpen import TOPICS

from ..compare.coverage import Dekking, dekking
from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..model.document import Policy
from .document_keuze import bron_lijst
from .gap_panel import GatPaneel

GEDEKT, ONTBREEKT = QColor("#dff3e4"), QColor("#fbe9e7")


class CoverageView(QWidget):
    fout = Signal(str)

    def __init__(self, huidig: Callable[[], Policy | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.huidig = huidig
        self.dekking: Dekking | None = None
        self.documenten = QListWidget()
        self.knop = QPushButton(tr("Dekking berekenen"))
        self.knop.clicked.connect(self.bereken)
        self.matrix = QTableWidget()
        self.matrix.cellClicked.connect(self.toon_cel)
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.clausules = QTextBrowser()
        self.gat = GatPaneel()
        self.gat.setVisible(False)
        self.gat.fout.connect(self.fout)
        links = QWidget()
        kolom = QVBoxLayout(links)
        kolom.addWidget(self.documenten)
        kolom.addWidget(self.knop)
        rechts = QSplitter(Qt.Orientation.Vertical)
        rechts.addWidget(self.matrix)
        rechts.addWidget(self.clausules)
        rechts.addWidget(self.gat)
        rechts.setSizes([380, 120, 220])
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        splitter.addWidget(links)
        splitter.addWidget(rechts)
        splitter.setSizes([220, 900])
        layout.addWidget(splitter)
        self.ververs_bronnen()

    def ververs_bronnen(self) -> None:
        self.documenten.clear()
        for label, laad in bron_lijst(self.huidig):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, laad)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if label == tr("Geopend document") else Qt.CheckState.Checked)
            self.documenten.addItem(item)

    def gekozen(self) -> dict[str, Callable[[], Policy]]:
        items = [self.documenten.item(i) for i in range(self.documenten.count())]
        return {i.text(): i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked}

    def bereken(self) -> None:
        gekozen = self.gekozen()
        if len(gekozen) < 2:
            self.fout.emit(tr("Kies ten minste twee documenten."))
            return
        try:
            self.dekking = dekking({naam: laad() for naam, laad in gekozen.items()})
        except BeleidsstudioFout as fout:
            self.fout.emit(str(fout))
            return
        self._vul_matrix(self.dekking)

    def _vul_matrix(self, d: Dekking) -> None:
        self.matrix.clear()
        self.matrix.setRowCount(len(TOPICS))
        self.matrix.setColumnCount(len(d.documenten))
        self.matrix.setHorizontalHeaderLabels(d.documenten)
        self.matrix.setVerticalHeaderLabels([tr(t.naam) for t in TOPICS])
        for rij, topic in enumerate(TOPICS):
            for kolom, document in enumerate(d.documenten):
                blokken_ = d.cellen[topic.id][document]
                item = QTableWidgetItem(f"✓ {len(blokken_)}" if blokken_ else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(GEDEKT if blokken_ else ONTBREEKT))
                self.matrix.setItem(rij, kolom, item)
        self.matrix.resizeColumnsToContents()

    def toon_cel(self, rij: int, kolom: int) -> None:
        if self.dekking is None:
            return
        topic, document = TOPICS[rij], self.dekking.documenten[kolom]
        blokken_ = self.dekking.cellen[topic.id][document]
        delen = [f"<h3>{html.escape(tr(topic.naam))} — {html.escape(document)}</h3>"]
        if blokken_:
            self.gat.setVisible(False)
        else:
            delen.append(f"<p>{html.escape(tr('Dit document regelt dit onderwerp niet.'))}</p>")
            self.gat.toon_onderwerp(topic.id, tr(topic.naam), document)
        for blok in blokken_:
            gevonden = next(k.gevonden for k in self.dekking.uitleg[blok.id] if k.topic == topic.id)
            delen.append(f"<p><b>{html.escape(blok.getoond)}</b> {html.escape(blok.tekst)}<br>"
                         f"<small>{html.escape(tr('gevonden: {termen}').format(termen=', '.join(gevonden)))}</small></p>")
        self.clausules.setHtml("".join(delen))
