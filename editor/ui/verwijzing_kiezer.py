"""The cross-reference picker (Ctrl+K), as LEOS has one: the artikelen with their leden as a tree, a filter
line that has the focus, Enter or OK takes the chosen one, Escape cancels.

It only chooses: the reference is inserted by bewerken.voeg_verwijzing_in, as the command line would.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..i18n import tr
from ..model.document import Artikel, Policy
from ..model.numbering import lid_nummer, rangtelwoord
from ..model.verwijzingen import Verwijzingsindex, marker

ID_ROL = Qt.ItemDataRole.UserRole
ZOEK_ROL = Qt.ItemDataRole.UserRole + 1
VOORPROEF = 90      # characters of a lid's text shown beside it
WOORD = re.compile(r"\w+")


class VerwijzingKiezer(QDialog):
    """The dialog; `filter`, `boom`, `voorbeeld` and `knoppen` are its widgets, `gekozen()` the chosen id."""

    def __init__(self, policy: Policy, blok_id: str | None = None, ouder: QWidget | None = None) -> None:
        super().__init__(ouder)
        self.setWindowTitle(tr("Verwijzing invoegen"))
        self.policy, self.blok_id = policy, blok_id
        self.index = Verwijzingsindex(policy)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Zoek op nummer of woord, bijvoorbeeld 3 of sociale media"))
        self.filter.setClearButtonEnabled(True)
        self.boom = QTreeWidget()
        self.boom.setHeaderLabels([tr("Artikel of lid"), tr("Tekst")])
        self.boom.setColumnWidth(0, 130)
        self.boom.setAlternatingRowColors(True)
        self.voorbeeld = QLabel()
        self.voorbeeld.setWordWrap(True)
        self.knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Invoegen"))
        self.knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        self._bouw_layout()
        self._vul()
        self.filter.textChanged.connect(self.filter_op)
        self.boom.currentItemChanged.connect(lambda *_: self._toon_keuze())
        self.boom.itemDoubleClicked.connect(lambda *_: self.accept())
        self.filter.installEventFilter(self)
        self.filter_op("")
        self.resize(620, 480)
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bouw_layout(self) -> None:
        layout = QVBoxLayout(self)
        zoek = QLabel(tr("&Zoeken:"))
        zoek.setBuddy(self.filter)
        layout.addWidget(zoek)
        layout.addWidget(self.filter)
        layout.addWidget(self.boom, 1)
        layout.addWidget(self.voorbeeld)
        layout.addWidget(self.knoppen)
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

    # -- the tree -------------------------------------------------------------------------------
    def _vul(self) -> None:
        for nummer, artikel in enumerate(self.policy.artikelen, start=1):
            kop = tr("Artikel {nummer} {kop}").format(nummer=nummer, kop=artikel.kop).strip()
            item = self._item(self.boom, artikel.id, kop, "", kop)
            item.setFirstColumnSpanned(True)        # the whole heading, not cut off at the first column
            for positie in range(len(artikel.leden)):
                self._lid_item(item, artikel, kop, positie)
        self.boom.expandAll()

    def _lid_item(self, ouder: QTreeWidgetItem, artikel: Artikel, kop: str, positie: int) -> None:
        """A lid that a reference can name on its own (a single unnumbered lid is named by its artikel); it is
        found by its artikel's words too."""
        lid = artikel.leden[positie]
        lid_nr = lid_nummer(artikel, positie)
        if lid_nr is None or lid.id == self.blok_id:
            return
        tekst = " ".join(self.index.weergave(lid.tekst).split())
        naam = tr("{rangtelwoord} lid").format(rangtelwoord=rangtelwoord(lid_nr))
        kort = tekst if len(tekst) <= VOORPROEF else tekst[:VOORPROEF - 1].rstrip() + "…"
        self._item(ouder, lid.id, naam, kort, f"{kop} {naam} {tekst}").setToolTip(1, tekst)

    @staticmethod
    def _item(ouder, doel_id: str, naam: str, tekst: str, zoek: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(ouder, [naam, tekst])
        item.setData(0, ID_ROL, doel_id)
        item.setData(0, ZOEK_ROL, " ".join(WOORD.findall(zoek.lower())))
        return item

    # -- filtering and choosing -------------------------------------------------------------------
    def filter_op(self, tekst: str) -> None:
        """Show the artikelen and leden whose number, heading or text have a word starting with each word typed
        ("3" finds artikel 3, not 13; "soc med" finds "sociale media"); an artikel that matches shows all its
        leden. The first one shown is chosen, so Enter takes it."""
        woorden = WOORD.findall(tekst.lower())
        eerste = None
        for i in range(self.boom.topLevelItemCount()):
            artikel = self.boom.topLevelItem(i)
            eigen = _past(artikel, woorden)
            zichtbaar_lid = False
            for j in range(artikel.childCount()):
                lid = artikel.child(j)
                lid.setHidden(not (eigen or _past(lid, woorden)))
                zichtbaar_lid |= not lid.isHidden()
            artikel.setHidden(not (eigen or zichtbaar_lid))
            if eerste is None and not artikel.isHidden():
                eerste = artikel if eigen else next(artikel.child(j) for j in range(artikel.childCount())
                                                    if not artikel.child(j).isHidden())
        self.boom.setCurrentItem(eerste)
        self._toon_keuze()

    def gekozen(self) -> str | None:
        item = self.boom.currentItem()
        return item.data(0, ID_ROL) if item is not None and not item.isHidden() else None

    def _toon_keuze(self) -> None:
        doel = self.gekozen()
        ok = self.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(doel is not None)
        if doel is None:
            self.voorbeeld.setText(tr("Niets gevonden."))
        else:
            self.voorbeeld.setText(tr("Wordt ingevoegd als: {verwijzing}").format(
                verwijzing=self.index.weergave(marker(doel))))

    def accept(self) -> None:
        if self.gekozen() is not None:
            super().accept()

    def eventFilter(self, bron: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the filter line move through the tree, as in a search box."""
        if bron is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.boom.keyPressEvent(event)
            return True
        return super().eventFilter(bron, event)


def _past(item: QTreeWidgetItem, woorden: list[str]) -> bool:
    eigen = (item.data(0, ZOEK_ROL) or "").split()
    return all(any(e.startswith(w) for e in eigen) for w in woorden)


def kies_verwijzing(ouder: QWidget | None, policy: Policy, blok_id: str | None) -> str | None:
    """Ask which artikel or lid to refer to from the block `blok_id`; its id, or None when cancelled."""
    kiezer = VerwijzingKiezer(policy, blok_id, ouder)
    return kiezer.gekozen() if kiezer.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["VerwijzingKiezer", "kies_verwijzing"]
