"""The thin adapter between a Policy and the structure tree (QStandardItemModel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..i18n import tr
from ..model.document import Artikel, Policy
from ..model.numbering import lid_nummer, onderdeel_letter
from ..model.verwijzingen import Verwijzingsindex

BLOK_ROL = Qt.ItemDataRole.UserRole + 1   # (soort, id) of the block an item shows
KORT = 60


def kort(tekst: str, lengte: int = KORT) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rstrip() + "…"


class PolicyTreeModel(QStandardItemModel):
    """Aanhef, inleiding, hoofdstukken, artikelen with leden and onderdelen, slot, toelichting."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr("Structuur")])

    def toon(self, policy: Policy) -> None:
        self.removeRows(0, self.rowCount())
        wortel = self.invisibleRootItem()
        if policy.aanhef.is_besluit():
            wortel.appendRow(_item(tr("Aanhef"), "aanhef", policy.id))
        if policy.inleiding:
            wortel.appendRow(_item(policy.inleiding.kop or tr("Inleiding"), "sectie", policy.inleiding.id))
        self._index = Verwijzingsindex(policy)
        self._artikelen(policy, wortel)
        if policy.slotwoord:
            wortel.appendRow(_item(policy.slotwoord.kop or tr("Slotwoord"), "sectie", policy.slotwoord.id))
        if policy.metadata.vaststelling.datum or policy.metadata.ondertekening:
            wortel.appendRow(_item(tr("Vaststelling en ondertekening"), "ondertekening", policy.id))
        for sectie in policy.toelichting:
            wortel.appendRow(_item(sectie.kop or tr("Toelichting"), "sectie", sectie.id))

    def _artikelen(self, policy: Policy, wortel: QStandardItem) -> None:
        hoofdstuk_id, ouder = None, wortel
        for nummer, artikel in enumerate(policy.artikelen, start=1):
            if artikel.hoofdstuk_id != hoofdstuk_id:
                hoofdstuk_id = artikel.hoofdstuk_id
                ouder = self._hoofdstuk(policy, hoofdstuk_id, wortel)
            ouder.appendRow(self._artikel(nummer, artikel))

    def _hoofdstuk(self, policy: Policy, hoofdstuk_id: str | None, wortel: QStandardItem) -> QStandardItem:
        hoofdstuk = policy.hoofdstuk(hoofdstuk_id)
        if hoofdstuk is None:
            return wortel
        nummer = policy.hoofdstukken.index(hoofdstuk) + 1
        item = _item(tr("Hoofdstuk {nummer}. {kop}").format(nummer=nummer, kop=hoofdstuk.kop), "hoofdstuk", hoofdstuk.id)
        wortel.appendRow(item)
        return item

    def _artikel(self, nummer: int, artikel: Artikel) -> QStandardItem:
        item = _item(tr("Artikel {nummer}. {kop}").format(nummer=nummer, kop=artikel.kop), "artikel", artikel.id)
        for index, lid in enumerate(artikel.leden):
            lid_nr = lid_nummer(artikel, index)
            tekst = kort(self._index.weergave(lid.tekst))
            label = f"{lid_nr}. {tekst}" if lid_nr else tekst
            lid_item = _item(label, "lid", lid.id)
            for j, onderdeel in enumerate(lid.onderdelen):
                tekst = kort(self._index.weergave(onderdeel.tekst))
                lid_item.appendRow(_item(f"{onderdeel_letter(j)}. {tekst}", "onderdeel", onderdeel.id))
            item.appendRow(lid_item)
        return item


def _item(tekst: str, soort: str, blok_id: str) -> QStandardItem:
    item = QStandardItem(tekst)
    item.setEditable(False)
    item.setData((soort, blok_id), BLOK_ROL)
    item.setToolTip(tekst)
    return item
