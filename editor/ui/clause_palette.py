"""The clause palette: search as you type, filter by topic and source, preview, insert, the user's own clauses."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from clauses import library
from clauses.library import Bibliotheek, Clausule
from editor.onderwerpen import TOPICS

from ..errors import BeleidsstudioFout
from ..i18n import tr
from .outline import CLAUSULE_MIME
from .bestandsdialoog import kies_open, kies_opslaan
from .stroom import StroomLayout


class ClausuleLijst(QListWidget):
    """Enter inserts; dragging carries the clause id to the outline."""

    invoegen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.invoegen.emit()
            return
        super().keyPressEvent(event)

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CLAUSULE_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [CLAUSULE_MIME]


def bron_naam(bron: str) -> str:
    """A clause's source as the interface names it: the library's own two in words, the others as named
    (a sample's id, a regulation's short name)."""
    return {library.EIGEN_BRON: tr("eigen clausules"), library.MODEL_BRON: tr("modelclausules")}.get(bron, bron)


class ClausulePalet(QWidget):
    invoegen = Signal(object, bool)     # the clause, as a new artikel (True) or as leden (False)
    fout = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bibliotheek: Bibliotheek = library.laad_bibliotheek()
        self.zoekveld = QLineEdit()
        self.zoekveld.setPlaceholderText(tr("Zoeken (privé = prive)…"))
        self.zoekveld.textChanged.connect(self.ververs)
        self.onderwerp, self.bron = QComboBox(), QComboBox()
        self.lijst = ClausuleLijst()
        self.lijst.setDragEnabled(True)
        self.lijst.setWordWrap(True)
        self.lijst.currentItemChanged.connect(self._voorbeeld)
        self.lijst.itemDoubleClicked.connect(lambda _item: self.voeg_in(None))
        self.lijst.invoegen.connect(lambda: self.voeg_in(None))
        self.voorbeeld = QTextBrowser()
        self._bouw()
        self._vul_filters()
        self.ververs()

    def _bouw(self) -> None:
        knoppen = StroomLayout()
        self.als_lid = self._knop(knoppen, tr("Als lid"), lambda: self.voeg_in(False))
        self.als_artikel = self._knop(knoppen, tr("Als artikel"), lambda: self.voeg_in(True))
        eigen = StroomLayout()
        self.bewaar_knop = self._knop(eigen, tr("Lid bewaren als clausule"), lambda: None)
        self._knop(eigen, tr("Bewerken"), self.bewerk)
        self._knop(eigen, tr("Verwijderen"), self.verwijder)
        deel = StroomLayout()
        self._knop(deel, tr("Exporteren…"), self.exporteer)
        self._knop(deel, tr("Importeren…"), self.importeer)
        boven = QWidget()
        kolom = QVBoxLayout(boven)
        kolom.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoekveld, self.onderwerp, self.bron, self.lijst):
            kolom.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(boven)
        splitter.addWidget(self.voorbeeld)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for rij in (knoppen, eigen, deel):
            layout.addLayout(rij)

    @staticmethod
    def _knop(rij: StroomLayout, tekst: str, slot) -> QPushButton:
        knop = QPushButton(tekst)
        knop.clicked.connect(slot)
        rij.addWidget(knop)
        return knop

    def _vul_filters(self) -> None:
        self.onderwerp.addItem(tr("Alle onderwerpen"), None)
        for topic in TOPICS:
            self.onderwerp.addItem(tr(topic.naam), topic.id)
        self.bron.addItem(tr("Alle bronnen"), None)
        for bron in self.bibliotheek.bronnen() + [library.EIGEN_BRON]:
            if self.bron.findData(bron) < 0:
                self.bron.addItem(bron_naam(bron), bron)
        self.onderwerp.currentIndexChanged.connect(self.ververs)
        self.bron.currentIndexChanged.connect(self.ververs)

    def ververs(self) -> None:
        self.lijst.clear()
        for clausule in self.bibliotheek.zoek(self.zoekveld.text(), self.onderwerp.currentData(), self.bron.currentData()):
            variant = f" [{tr(clausule.variant)}]" if clausule.variant else ""
            begin = " ".join(clausule.leden[0].split()[:8])
            item = QListWidgetItem(f"{clausule.titel}{variant} — {begin}…")
            item.setData(Qt.ItemDataRole.UserRole, clausule.id)
            item.setToolTip(clausule.tekst)
            self.lijst.addItem(item)
        if self.lijst.count():
            self.lijst.setCurrentRow(0)
        else:
            self.voorbeeld.clear()

    def gekozen(self) -> Clausule | None:
        item = self.lijst.currentItem()
        return self.bibliotheek.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _voorbeeld(self, *_args) -> None:
        clausule = self.gekozen()
        if clausule is None:
            return
        onderwerpen = ", ".join(tr(next(t.naam for t in TOPICS if t.id == tid)) for tid in clausule.topics) or "—"
        leden = "".join(f"<p>{html.escape(lid)}</p>" for lid in clausule.leden)
        self.voorbeeld.setHtml(f"<h4>{html.escape(clausule.titel)}</h4>{leden}<p><small>"
                               f"{html.escape(tr('Bron: {bron}; onderwerpen: {onderwerpen}').format(bron=bron_naam(clausule.bron), onderwerpen=onderwerpen))}"
                               "</small></p>")

    def voeg_in(self, als_artikel: bool | None) -> None:
        """Double-click or Enter: a clause of several leden becomes an artikel, a single one a lid."""
        clausule = self.gekozen()
        if clausule is not None:
            self.invoegen.emit(clausule, len(clausule.leden) > 1 if als_artikel is None else als_artikel)

    # -- the user's own clauses ------------------------------------------------------------------
    def bewaar(self, titel: str, tekst: str, topics: tuple[str, ...] = ()) -> Clausule:
        clausule = library.bewaar_eigen(Clausule(library.nieuw_eigen_id(), titel, (tekst,), topics, library.EIGEN_BRON))
        self._herlaad(clausule.id)
        return clausule

    def bewerk(self) -> None:
        clausule = self.gekozen()
        if clausule is None or clausule.bron != library.EIGEN_BRON:
            self.fout.emit(tr("Alleen eigen clausules kunnen worden bewerkt."))
            return
        tekst, ok = QInputDialog.getMultiLineText(self, tr("Clausule bewerken"), clausule.titel, clausule.tekst)
        if ok and tekst.strip():
            library.bewaar_eigen(Clausule(clausule.id, clausule.titel, (tekst.strip(),), clausule.topics, clausule.bron))
            self._herlaad(clausule.id)

    def verwijder(self) -> None:
        clausule = self.gekozen()
        if clausule is None or clausule.bron != library.EIGEN_BRON:
            self.fout.emit(tr("Alleen eigen clausules kunnen worden verwijderd."))
            return
        library.verwijder_eigen(clausule.id)
        self._herlaad(None)

    def exporteer(self) -> None:
        pad = kies_opslaan(self, tr("Clausules exporteren"), "clausules.json", "JSON (*.json)")
        if pad:
            library.exporteer(library.eigen_clausules(), Path(pad))

    def importeer(self) -> None:
        pad = kies_open(self, tr("Clausules importeren"), "JSON (*.json)")
        if not pad:
            return
        try:
            library.importeer(Path(pad))
        except BeleidsstudioFout as fout:
            self.fout.emit(str(fout))
            return
        self._herlaad(None)

    def _herlaad(self, selecteer: str | None) -> None:
        self.bibliotheek = library.laad_bibliotheek()
        self.ververs()
        for rij in range(self.lijst.count()):
            if self.lijst.item(rij).data(Qt.ItemDataRole.UserRole) == selecteer:
                self.lijst.setCurrentRow(rij)
