"""The thin adapter between a Policy and the structure tree (QStandardItemModel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..i18n import tr
from ..model.document import Artikel, Hoofdstuk, Policy
from ..model.numbering import lid_label, onderdeel_label
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
        self.items: dict[str, QStandardItem] = {}

    def toon(self, policy: Policy) -> None:
        self.removeRows(0, self.rowCount())
        self.items = {}
        wortel = self.invisibleRootItem()
        if policy.aanhef.is_besluit():
            wortel.appendRow(self._item(tr("Aanhef"), "aanhef", policy.id))
        if policy.inleiding:
            wortel.appendRow(self._item(policy.inleiding.kop or tr("Inleiding"), "sectie", policy.inleiding.id))
        self._index = Verwijzingsindex(policy)
        self._artikelen(policy, wortel)
        if policy.slotwoord:
            wortel.appendRow(self._item(policy.slotwoord.kop or tr("Slotwoord"), "sectie", policy.slotwoord.id))
        if policy.metadata.vaststelling.datum or policy.metadata.ondertekening or policy.aanhef.is_besluit():
            wortel.appendRow(self._item(tr("Vaststelling en ondertekening"), "ondertekening", policy.id + ":slot"))
        for sectie in policy.toelichting:
            wortel.appendRow(self._item(sectie.kop or tr("Toelichting"), "sectie", sectie.id))

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
        item = self._item(_hoofdstuk_label(nummer, hoofdstuk), "hoofdstuk", hoofdstuk.id)
        wortel.appendRow(item)
        return item

    def _artikel(self, nummer: int, artikel: Artikel) -> QStandardItem:
        item = self._item(_artikel_label(nummer, artikel), "artikel", artikel.id)
        for index, lid in enumerate(artikel.leden):
            lid_item = self._item(self._lid_label(artikel, index), "lid", lid.id)
            for j, onderdeel in enumerate(lid.onderdelen):
                tekst = kort(self._index.weergave(onderdeel.tekst))
                lid_item.appendRow(self._item(f"{onderdeel_label(lid, j)} {tekst}", "onderdeel", onderdeel.id))
            item.appendRow(lid_item)
        return item

    def _lid_label(self, artikel: Artikel, index: int) -> str:
        label = lid_label(artikel, index)
        tekst = kort(self._index.weergave(artikel.leden[index].tekst)) or "…"
        return f"{label} {tekst}" if label else tekst

    def werk_bij(self, policy: Policy, blok_id: str) -> None:
        """After a text edit: only the label of that block changes (typing must stay fast)."""
        item = self.items.get(blok_id)
        if item is None:
            return
        for nummer, artikel in enumerate(policy.artikelen, start=1):
            if artikel.id == blok_id:
                item.setText(_artikel_label(nummer, artikel))
                return
            for index, lid in enumerate(artikel.leden):
                if lid.id == blok_id:
                    item.setText(self._lid_label(artikel, index))
                    return
                for j, onderdeel in enumerate(lid.onderdelen):
                    if onderdeel.id == blok_id:
                        item.setText(f"{onderdeel_label(lid, j)} {kort(self._index.weergave(onderdeel.tekst))}")
                        return
        hoofdstuk = policy.hoofdstuk(blok_id)
        if hoofdstuk is not None:
            item.setText(_hoofdstuk_label(policy.hoofdstukken.index(hoofdstuk) + 1, hoofdstuk))

    def _item(self, tekst: str, soort: str, blok_id: str) -> QStandardItem:
        item = QStandardItem(tekst)
        item.setEditable(False)
        item.setData((soort, blok_id), BLOK_ROL)
        item.setToolTip(tekst)
        self.items[blok_id] = item
        return item


def _artikel_label(nummer: int, artikel: Artikel) -> str:
    """The source's own heading label as written ("Artikel 1.1"), else the translated model form."""
    if artikel.label:
        return f"{artikel.label} {artikel.kop}".rstrip()
    return tr("Artikel {nummer}. {kop}").format(nummer=nummer, kop=artikel.kop)


def _hoofdstuk_label(nummer: int, hoofdstuk: Hoofdstuk) -> str:
    if hoofdstuk.label:
        return f"{hoofdstuk.label} {hoofdstuk.kop}".rstrip()
    return tr("Hoofdstuk {nummer}. {kop}").format(nummer=nummer, kop=hoofdstuk.kop)
