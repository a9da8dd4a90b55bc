"""The gap panel: the library's clauses offered for a topic a draft lacks, and one action to insert one.

Shown by the coverage view (an empty cell) and the compare view (a "right only" row). Inserting goes
through the main window's workspace (`werkruimte.voeg_clausule_in`), the same call as the clause
palette, so it is one undo step and a tracked change when tracking is on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clauses.gaten import Voorstel, voor_blok, voor_onderwerp
from clauses.library import Bibliotheek, Clausule, laad_bibliotheek

from ..compare.blocks import Blok
from ..i18n import tr

CLAUSULE_ROL = Qt.ItemDataRole.UserRole + 3
MIN_HOOGTE = 160


class GatPaneel(QWidget):
    """A ranked list of clauses, their text, and "Invoegen in het geopende document"."""

    ingevoegd = Signal(object)      # the Clausule inserted
    fout = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bibliotheek: Bibliotheek | None = None
        self.titel = QLabel()
        self.titel.setWordWrap(True)
        self.lijst = QListWidget()
        self.lijst.currentItemChanged.connect(self._toon_tekst)
        self.lijst.itemDoubleClicked.connect(lambda _item: self.voeg_in())
        self.tekst = QTextBrowser()
        self.knop = QPushButton(tr("Invoegen in het geopende document"))
        self.knop.setToolTip(tr("Voegt de gekozen clausule als nieuw artikel in het geopende concept in"))
        self.knop.clicked.connect(self.voeg_in)
        self.knop.setEnabled(False)
        naast = QHBoxLayout()
        naast.addWidget(self.lijst, 2)
        naast.addWidget(self.tekst, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.titel)
        layout.addLayout(naast)
        layout.addWidget(self.knop, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def bibliotheek(self) -> Bibliotheek:
        if self._bibliotheek is None:
            self._bibliotheek = laad_bibliotheek()
        return self._bibliotheek

    def toon_onderwerp(self, topic: str, naam: str, document: str) -> None:
        self.titel.setText(tr("{document} regelt „{onderwerp}” niet. Clausules uit de bibliotheek:").format(
            document=document, onderwerp=naam))
        self._vul(voor_onderwerp(self.bibliotheek, topic))

    def toon_blok(self, blok: Blok) -> None:
        self.titel.setText(tr("Alleen rechts: {ref}. Vergelijkbare clausules uit de bibliotheek:").format(ref=blok.getoond))
        self._vul(voor_blok(self.bibliotheek, blok))

    def _vul(self, voorstellen: list[Voorstel]) -> None:
        self.lijst.clear()
        for voorstel in voorstellen:
            item = QListWidgetItem(f"{voorstel.clausule.titel} — {voorstel.reden}")
            item.setToolTip(voorstel.reden)
            item.setData(CLAUSULE_ROL, voorstel.clausule)
            self.lijst.addItem(item)
        if not voorstellen:
            self.tekst.setHtml(f"<p>{html.escape(tr('De bibliotheek heeft hiervoor geen clausule.'))}</p>")
        self.lijst.setCurrentRow(0 if voorstellen else -1)
        self.knop.setEnabled(bool(voorstellen))
        self.setVisible(True)
        self._maak_ruimte()

    def _maak_ruimte(self) -> None:
        """In a splitter, a panel shown after being hidden has no height: give it a third."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        maten, plek = splitter.sizes(), splitter.indexOf(self)
        if maten[plek] >= MIN_HOOGTE:
            return
        grootste = max(range(len(maten)), key=maten.__getitem__)
        deel = max(MIN_HOOGTE, sum(maten) // 3)
        maten[grootste] = max(0, maten[grootste] - deel)
        maten[plek] = deel
        splitter.setSizes(maten)

    def gekozen(self) -> Clausule | None:
        item = self.lijst.currentItem()
        return item.data(CLAUSULE_ROL) if item else None

    def _toon_tekst(self, item: QListWidgetItem | None, _vorig=None) -> None:
        if item is None:
            return
        clausule: Clausule = item.data(CLAUSULE_ROL)
        leden = "".join(f"<p>{html.escape(lid)}</p>" for lid in clausule.leden)
        bron = html.escape(tr("Bron: {bron}").format(bron=clausule.bron))
        self.tekst.setHtml(f"<h4>{html.escape(clausule.titel)}</h4>{leden}<p><small>{bron}</small></p>")

    def voeg_in(self) -> bool:
        """The chosen clause as a new artikel in the open draft (the main window's workspace)."""
        clausule = self.gekozen()
        werkruimte = getattr(self.window(), "werkruimte", None)
        if clausule is None:
            return False
        if werkruimte is None or getattr(werkruimte, "policy", None) is None:
            self.fout.emit(tr("Er is geen geopend document om de clausule in te voegen."))
            return False
        werkruimte.voeg_clausule_in(clausule.titel, list(clausule.leden), True)
        self.titel.setText(tr("Ingevoegd in het geopende document: {titel} (ongedaan maken met Ctrl+Z).").format(
            titel=clausule.titel))
        self.ingevoegd.emit(clausule)
        return True
