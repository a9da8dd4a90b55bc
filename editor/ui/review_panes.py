"""The changes pane and the comments pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ..i18n import tr
from ..model.document import Policy
from ..revisions.lijst import Wijziging, alle_wijzigingen
from .kleuren import auteur_kleur
from .stroom import StroomLayout
from .tree_model import kort

ROL = Qt.ItemDataRole.UserRole


def _knoppen(*paren) -> tuple[StroomLayout, list[QPushButton]]:
    rij, knoppen = StroomLayout(), []
    for tekst, slot in paren:
        knop = QPushButton(tekst)
        knop.clicked.connect(slot)
        rij.addWidget(knop)
        knoppen.append(knop)
    return rij, knoppen


def plek(w: Wijziging) -> str:
    if w.artikel is None:
        return "—"
    return tr("artikel {artikel}").format(artikel=w.artikel) + (tr(", lid {lid}").format(lid=w.lid) if w.lid else "")


def soort_naam(w: Wijziging) -> str:
    """What a change is, in words: "+ ingevoegd", "− verwijderd lid", "⇅ verplaatst artikel" …"""
    handeling, _, _ = w.soort.partition("_")
    delen = {"lid": tr("lid"), "artikel": tr("artikel"), "onderdeel": tr("onderdeel"), "alinea": tr("alinea"),
             "subonderdeel": tr("onderdeel"), "hoofdstuk": tr("hoofdstuk"), "sectie": tr("sectie")}
    wat = delen.get(w.deel, "")
    namen = {"insert": tr("+ ingevoegd"), "delete": tr("− verwijderd"), "move": tr("⇅ verplaatst"),
             "split": tr("⇣ gesplitst"), "merge": tr("⇡ samengevoegd"), "replace": tr("± vervangen")}
    naam = namen.get(handeling, w.soort)
    return f"{naam} {wat}".strip() if w.deel != "tekst" else naam


class WijzigingenPaneel(QWidget):
    aanvaard = Signal(object)      # set of change ids
    verworpen = Signal(object)
    ga_naar = Signal(str)          # block id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wijzigingen: list[Wijziging] = []
        self.auteur = QComboBox()
        self.auteur.currentIndexChanged.connect(self._vul)
        self.lijst = QListWidget()
        self.lijst.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lijst.currentItemChanged.connect(lambda item, _v: item and self.ga_naar.emit(item.data(ROL)[1]))
        rij1, self.beslis_knoppen = _knoppen((tr("Aanvaarden"), lambda: self.aanvaard.emit(self.gekozen())),
                                             (tr("Afwijzen"), lambda: self.verworpen.emit(self.gekozen())))
        rij2, alles = _knoppen((tr("Alle getoonde aanvaarden"), lambda: self.aanvaard.emit(self.getoond())),
                               (tr("Alle getoonde afwijzen"), lambda: self.verworpen.emit(self.getoond())))
        self.beslis_knoppen += alles
        rij3, _ = _knoppen((tr("◀ Vorige"), lambda: self.stap(-1)), (tr("Volgende ▶"), lambda: self.stap(1)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.auteur)
        layout.addWidget(self.lijst)
        for rij in (rij1, rij2, rij3):
            layout.addLayout(rij)

    def toon(self, policy: Policy) -> None:
        self.wijzigingen = alle_wijzigingen(policy)
        gekozen = self.auteur.currentData()
        self.auteur.blockSignals(True)
        self.auteur.clear()
        self.auteur.addItem(tr("Alle auteurs"), None)
        for naam in dict.fromkeys(w.auteur for w in self.wijzigingen):
            self.auteur.addItem(naam or "?", naam)
        self.auteur.setCurrentIndex(max(0, self.auteur.findData(gekozen)))
        self.auteur.blockSignals(False)
        self._vul()

    def _vul(self) -> None:
        self.lijst.blockSignals(True)
        self.lijst.clear()
        for w in self._gefilterd():
            tijd = (w.datum or "")[:16].replace("T", " ")
            item = QListWidgetItem(f"{soort_naam(w)} · {w.auteur} · {tijd} · {plek(w)}\n   {kort(w.tekst or '¶', 70)}")
            item.setData(ROL, (w.id, w.blok_id))
            item.setForeground(QBrush(QColor(auteur_kleur(w.auteur))))
            self.lijst.addItem(item)
        self.lijst.blockSignals(False)

    def _gefilterd(self) -> list[Wijziging]:
        auteur = self.auteur.currentData()
        return [w for w in self.wijzigingen if auteur is None or w.auteur == auteur]

    def gekozen(self) -> set[int]:
        return {item.data(ROL)[0] for item in self.lijst.selectedItems()}

    def getoond(self) -> set[int]:
        return {w.id for w in self._gefilterd()}

    def stap(self, richting: int) -> bool:
        rij = self.lijst.currentRow() + richting
        if 0 <= rij < self.lijst.count():
            self.lijst.setCurrentRow(rij)
            return True
        return False


class OpmerkingenPaneel(QWidget):
    nieuw = Signal()
    beantwoord = Signal(str)       # comment id
    opgelost = Signal(str)
    ga_naar = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lijst = QListWidget()
        self.lijst.setWordWrap(True)
        self.lijst.currentItemChanged.connect(lambda item, _v: item and self.ga_naar.emit(item.data(ROL)[1]))
        rij, _ = _knoppen((tr("Nieuwe opmerking"), self.nieuw.emit),
                          (tr("Beantwoorden"), lambda: self._met_gekozen(self.beantwoord)),
                          (tr("Opgelost"), lambda: self._met_gekozen(self.opgelost)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.lijst)
        layout.addLayout(rij)

    def _met_gekozen(self, signaal) -> None:
        item = self.lijst.currentItem()
        if item is not None:
            signaal.emit(item.data(ROL)[0])

    def toon(self, policy: Policy) -> None:
        self.lijst.clear()
        for o in policy.opmerkingen:
            regels = [f"{o.auteur} · {o.tijd[:16].replace('T', ' ')}" + (f" · {tr('opgelost')}" if o.opgelost else "")]
            if o.citaat:
                regels.append(f"“{kort(o.citaat, 50)}”")
            regels.append(o.tekst)
            regels += [f"  ↳ {a.auteur}: {a.tekst}" for a in o.antwoorden]
            item = QListWidgetItem("\n".join(regels))
            item.setData(ROL, (o.id, o.blok_id))
            item.setForeground(QBrush(QColor("#888888" if o.opgelost else auteur_kleur(o.auteur))))
            self.lijst.addItem(item)
