"""The changes pane and the comments pane."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QPushButton, QStyleOptionViewItem,
    QVBoxLayout, QWidget,
)

from ..bewerken.opmerkingen import documentvolgorde, opmerkingen_in_volgorde
from ..i18n import tr
from ..model.datums import toon_tijd
from ..model.document import Policy
from ..model.opmerkingen import Opmerking
from ..revisions.lijst import Wijziging, alle_wijzigingen
from .html_delegate import HtmlDelegate
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
             "split": tr("⇣ gesplitst"), "merge": tr("⇡ samengevoegd"), "replace": tr("± vervangen"),
             "indent": tr("→ ingesprongen"), "outdent": tr("← uitgesprongen")}
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
            tijd = toon_tijd(w.datum) if w.datum else ""
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


HTML_ROL = Qt.ItemDataRole.UserRole + 1


class RijkeRij(HtmlDelegate):
    """A list row drawn from its rich text (HTML_ROL), wrapped to the list's width; its plain text stays
    the item's text (for search, accessibility and tests)."""

    def _document(self, option: QStyleOptionViewItem, index, gekozen: bool = False) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        opmaak = index.data(HTML_ROL) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if gekozen:                         # on the selection's colour: the selection's text colour throughout
            opmaak = re.sub(r"color:\s*#[0-9a-fA-F]{3,6};?", "", opmaak)
        document.setHtml(opmaak)
        lijst = self.parent()
        document.setTextWidth(max(80, lijst.viewport().width() - 2 * lijst.spacing() - 2))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()) + 2)


class OpmerkingenPaneel(QWidget):
    """The comments as a side list in reading order, each with its place, its phrase, author and time;
    replies indented with their own time. Choosing one goes to its anchor; the cursor in the document
    chooses the comment it stands in (`volg`)."""

    nieuw = Signal()
    beantwoord = Signal(str)       # comment id
    opgelost = Signal(str)
    ga_naar = Signal(str, object, object)      # block id, start, end of the anchor (None: the whole block)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy: Policy | None = None
        self.volgorde: dict[str, int] = {}
        self.lijst = QListWidget()
        self.lijst.setObjectName("opmerkingenlijst")
        self.lijst.setWordWrap(True)
        self.lijst.setSpacing(3)
        self.lijst.setItemDelegate(RijkeRij(self.lijst))
        self.lijst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)     # rows wrap instead
        self.lijst.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.lijst.currentItemChanged.connect(self._gekozen)
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

    def _gekozen(self, item: QListWidgetItem | None, _vorig=None) -> None:
        if item is not None:
            _id, blok_id, bereik = item.data(ROL)
            self.ga_naar.emit(blok_id, *(bereik or (None, None)))

    def toon(self, policy: Policy) -> None:
        self.policy = policy
        gekozen = self.lijst.currentItem().data(ROL)[0] if self.lijst.currentItem() else None
        volgorde = self.volgorde = documentvolgorde(policy)
        self.lijst.blockSignals(True)
        self.lijst.clear()
        for rij in opmerkingen_in_volgorde(policy):
            o, bereik = rij.opmerking, rij.bereik
            item = QListWidgetItem(self._tekst(o, rij.plaats, o.blok_id in volgorde, bereik))
            item.setData(ROL, (o.id, o.blok_id, bereik))
            item.setData(HTML_ROL, self._html(item.text(), o))
            item.setForeground(QBrush(QColor("#888888" if o.opgelost else auteur_kleur(o.auteur))))
            self.lijst.addItem(item)
            if o.id == gekozen:
                self.lijst.setCurrentItem(item)
        self.lijst.blockSignals(False)

    @staticmethod
    def _tekst(o: Opmerking, plaats: str, bestaat: bool, bereik) -> str:
        regels = [plaats + (f" · {tr('opgelost')}" if o.opgelost else "")]
        if o.citaat:
            regels.append(f"“{kort(o.citaat, 60)}”" + ("" if bereik or not bestaat else f" ({tr('niet meer in de tekst')})"))
        regels += [f"{o.auteur} · {toon_tijd(o.tijd)}", o.tekst]
        for a in o.antwoorden:
            regels += [f"    ↳ {a.auteur} · {toon_tijd(a.tijd)}", f"      {a.tekst}"]
        return "\n".join(regels)

    @staticmethod
    def _html(tekst: str, o: Opmerking) -> str:
        """The same lines, the place in bold, the phrase in italics, who and when in grey, with a bar in
        the author's colour; replies indented."""
        regels = tekst.split("\n")
        grijs = "color:#6b6b6b"
        kleur = "#9a9a9a" if o.opgelost else auteur_kleur(o.auteur)
        uit = [f"<b>{html.escape(regels[0])}</b>"]
        rest = regels[1:]
        if o.citaat:
            uit.append(f"<i>{html.escape(rest[0])}</i>")
            rest = rest[1:]
        uit.append(f"<span style='color:{kleur}'>▍</span><span style='{grijs}'>{html.escape(rest[0])}</span>")
        uit.append(html.escape(rest[1]))
        antwoorden = [f"<span style='{grijs}'>{html.escape(kop.strip())}</span><br>{html.escape(tekst.strip())}"
                      for kop, tekst in zip(rest[2::2], rest[3::2])]
        opmaak = "<br>".join(uit) + "".join(f"<p style='margin:2px 0 0 16px'>{a}</p>" for a in antwoorden)
        return f"<div style='color:#9a9a9a'>{opmaak}</div>" if o.opgelost else opmaak

    def lijn_uit(self, blok_id: str) -> bool:
        """Side by side with the text: the list scrolls so that its top row is the first comment at or after
        the block at the top of the document view. False when the block is not in the text."""
        rang = self.volgorde.get(blok_id)
        if rang is None:
            return False
        for rij in range(self.lijst.count()):
            item = self.lijst.item(rij)
            if self.volgorde.get(item.data(ROL)[1], len(self.volgorde)) >= rang:
                self.lijst.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
                return True
        self.lijst.scrollToBottom()
        return True

    def volg(self, blok_id: str | None, positie: int | None = None) -> None:
        """The comment the cursor stands in (else the first on its block) becomes current, without moving
        the cursor; none when the block has no comment."""
        beste = None
        for rij in range(self.lijst.count()):
            _id, blok, bereik = self.lijst.item(rij).data(ROL)
            if blok != blok_id:
                continue
            if beste is None:
                beste = rij
            if bereik and positie is not None and bereik[0] <= positie <= bereik[1]:
                beste = rij
                break
        if beste is None or beste == self.lijst.currentRow():
            return
        self.lijst.blockSignals(True)
        self.lijst.setCurrentRow(beste)
        self.lijst.blockSignals(False)
