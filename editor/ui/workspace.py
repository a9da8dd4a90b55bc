"""The drafting workspace: outline, block editor and preview; every edit goes through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from .. import bewerken as b
from ..bewerken import Uitkomst
from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..model.verwijzingen import Verwijzingsindex
from .block_html import blok_html
from .commands import Bewerker
from .kleuren import auteur_kleur
from .highlighter import PlaatshouderMarkering
from .outline import OutlineView
from .tree_model import BLOK_ROL, PolicyTreeModel


class BlokEditor(QPlainTextEdit):
    """Enter in a lid splits it at the cursor, as a new paragraph does in Word."""

    splits = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.splitsbaar = False
        self.setUndoRedoEnabled(False)
        self.markering = PlaatshouderMarkering(self.document())

    def event(self, event: QEvent) -> bool:
        """Undo and redo belong to the window (the model's history), not to the text box's own."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_of_redo(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.splitsbaar and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.splits.emit(self.textCursor().position())
            return
        super().keyPressEvent(event)


def _is_undo_of_redo(event: QKeyEvent) -> bool:
    combinatie = QKeySequence(event.keyCombination())
    sleutels = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo) + QKeySequence.keyBindings(
        QKeySequence.StandardKey.Redo) + [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    return any(combinatie.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in sleutels)


class Werkruimte(QWidget):
    """Shows the open policy and turns what the user does into operations (editor.bewerken) through the
    window's Bewerker; it refreshes only what an operation names."""

    def __init__(self, bewerker: Bewerker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bewerker = bewerker
        self.huidig: tuple[str, str] | None = None
        self._laden = False
        self._laatst = ""
        self.tree_model = PolicyTreeModel(self)
        self.tree = OutlineView()
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._selectie)
        self.tree.verplaats.connect(self.sleep_verplaats)
        self.editor = BlokEditor()
        self.editor.textChanged.connect(self._getypt)
        self.editor.splits.connect(self.splits_lid)
        self.label = QLabel()
        self.voorbeeld = QTextBrowser()
        self._bouw()

    @property
    def policy(self) -> Policy:
        return self.bewerker.policy

    @property
    def alleen_lezen(self) -> bool:
        return self.bewerker.alleen_lezen

    def _bouw(self) -> None:
        rechts = QSplitter(Qt.Orientation.Vertical)
        boven = QWidget()
        kolom = QVBoxLayout(boven)
        kolom.setContentsMargins(0, 0, 0, 0)
        kolom.addWidget(self.label)
        kolom.addWidget(self.editor)
        rechts.addWidget(boven)
        rechts.addWidget(self.voorbeeld)
        rechts.setSizes([260, 420])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(rechts)
        splitter.setSizes([380, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing --------------------------------------------------------------------------
    def toon(self, policy: Policy | None = None, selecteer: str | None = None) -> None:
        if policy is not None:
            self.bewerker.policy = policy
        self.tree_model.toon(self.policy)
        self.tree.expandToDepth(0)
        if not (selecteer and self.selecteer(selecteer)):
            self._selecteer_eerste_artikel()

    def selecteer(self, blok_id: str) -> bool:
        item = self.tree_model.items.get(blok_id)
        if item is None:
            return False
        self.tree.selectionModel().setCurrentIndex(item.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(item.index())
        return True

    def _selecteer_eerste_artikel(self) -> None:
        eerste = next((a.leden[0].id if a.leden else a.id for a in self.policy.artikelen), None)
        if eerste is None or not self.selecteer(eerste):
            self._laad(None)

    def _selectie(self, index: QModelIndex, _vorig: QModelIndex = QModelIndex()) -> None:
        self._laad(index.data(BLOK_ROL) if index.isValid() else None)

    def _laad(self, blok: tuple[str, str] | None) -> None:
        self.huidig = blok
        self._laden = True
        bewerkbaar = blok is not None and blok[0] in b.BEWERKBAAR
        self.editor.setPlainText(b.lees_blok(self.policy, *blok) if bewerkbaar else "")
        self.editor.setReadOnly(self.alleen_lezen or not bewerkbaar)
        self.editor.splitsbaar = bewerkbaar and blok[0] == "lid"
        self._laatst = self.editor.toPlainText()
        self._markeer_invoegingen()
        self._laden = False
        self.label.setText(self._label(blok))
        self.voorbeeld.setHtml(blok_html(self.policy, *blok) if blok else "")

    def _label(self, blok: tuple[str, str] | None) -> str:
        namen = {"lid": tr("Tekst van het lid"), "onderdeel": tr("Tekst van het onderdeel"), "artikel": tr("Kop van het artikel"),
                 "hoofdstuk": tr("Kop van het hoofdstuk"), "sectie": tr("Alinea's (gescheiden door een lege regel)"),
                 "aanhef": tr("Aanhef"), "ondertekening": tr("Vaststelling en ondertekening")}
        return namen.get(blok[0], "") if blok else ""

    def _markeer_invoegingen(self) -> None:
        """Underline the tracked insertions of the block in the editor, in their author's colour."""
        bereiken: list[tuple[int, int, str]] = []
        if self.huidig and self.huidig[1] in self.policy.revisies:
            index, positie = Verwijzingsindex(self.policy), 0
            for segment in self.policy.revisies[self.huidig[1]]:
                if not segment.zichtbaar:
                    continue
                lengte = len(index.weergave(segment.tekst))
                if segment.soort == "insert":
                    bereiken.append((positie, lengte, auteur_kleur(segment.auteur)))
                positie += lengte
        self.editor.markering.invoegingen = bereiken
        laden, self._laden = self._laden, True      # re-highlighting signals textChanged: not an edit
        self.editor.markering.rehighlight()
        self._laden = laden

    def na_bewerking(self, uitkomst: Uitkomst, van_editor: bool) -> None:
        """Refresh what the operation names: the tree and the selection after a structural change, else
        the labels of the texts it touched, and the open block."""
        if uitkomst.structuur:
            vorige = self.huidig[1] if self.huidig else None
            self.toon(None, uitkomst.selectie if uitkomst.selectie and not van_editor else vorige)
            return
        for tekst_id in uitkomst.teksten:
            self.tree_model.werk_bij(self.policy, tekst_id)
        if self.huidig is None:
            return
        if van_editor:
            self._markeer_invoegingen()
            self.voorbeeld.setHtml(blok_html(self.policy, *self.huidig))
        elif self.huidig[1] in uitkomst.teksten or uitkomst.revisies or uitkomst.metadata:
            self._laad(self.huidig)
        elif uitkomst.selectie and uitkomst.selectie in uitkomst.teksten:
            self.selecteer(uitkomst.selectie)

    # -- editing ---------------------------------------------------------------------------------
    def _getypt(self) -> None:
        if self._laden or self.huidig is None or self.alleen_lezen:
            return
        nieuw = self.editor.toPlainText()
        if nieuw == self._laatst:
            return          # a change of format only
        self._laatst = nieuw
        ctx = self.bewerker.context()      # typing merges into one undo step per block, author and tracking
        self.bewerker.voer_uit(b.bewerk_blok, *self.huidig, nieuw, typen=(*self.huidig, ctx.auteur, ctx.gevolgd))

    def _id(self) -> str | None:
        return self.huidig[1] if self.huidig else None

    def nieuw_artikel(self) -> None:
        self.bewerker.voer_uit(b.nieuw_artikel, self._id())

    def nieuw_lid(self) -> None:
        if self._id() is None or b.artikel_van(self.policy, self._id()) is None:
            return self.nieuw_artikel()
        self.bewerker.voer_uit(b.nieuw_lid, self._plaats_lid())

    def _plaats_lid(self) -> str:
        """New leden go after the selected lid (also when an onderdeel of it is selected)."""
        plaats = structuur.plaats(self.policy, self._id())
        if plaats is not None and plaats.soort in ("onderdeel", "subonderdeel"):
            artikel = b.artikel_van(self.policy, self._id())
            return next(lid.id for lid in artikel.leden if any(d.id == self._id() for d in structuur.in_blok(lid)))
        return self._id()

    def verwijder(self) -> None:
        if self.huidig and self.huidig[0] in ("artikel", "lid", "onderdeel"):
            self.bewerker.voer_uit(b.verwijder, self._id())

    def verschuif(self, stap: int) -> None:
        if self.huidig and self.huidig[0] in ("artikel", "lid", "onderdeel"):
            self.bewerker.voer_uit(b.verschuif, self._id(), stap)

    def splits_lid(self, teken: int) -> None:
        if self.huidig and self.huidig[0] == "lid":
            self.bewerker.voer_uit(b.splits_lid, self._id(), teken)

    def splits_artikel(self) -> None:
        if self.huidig and self.huidig[0] == "lid":
            self.bewerker.voer_uit(b.splits_artikel, self._id(), tr("Nieuw artikel"))

    def voeg_samen(self) -> None:
        """Join the selected lid with the next, or the selected artikel with the next."""
        if self.huidig and self.huidig[0] in ("artikel", "lid"):
            self.bewerker.voer_uit(b.voeg_samen, self._id())

    def sleep_verplaats(self, _soort: str, bron_id: str, doel_id: str) -> None:
        self.bewerker.voer_uit(b.sleep, bron_id, doel_id)

    def vul_organisatie_in(self, naam: str) -> None:
        self.bewerker.voer_uit(b.vul_plaatshouders_in, {"organisatie": naam})

    def voeg_clausule_in(self, titel: str, leden: list[str], als_artikel: bool) -> None:
        """A clause as a new artikel after the selected one, or as new leden after the selected lid."""
        self.bewerker.voer_uit(b.voeg_clausule_in, titel, leden, als_artikel, self._id())
