"""The drafting workspace: outline, block editor and preview; every edit goes through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ..i18n import tr
from ..model import bewerkingen as b
from ..model import bloktekst
from ..model.document import Artikel, Lid, Policy
from ..model.placeholders import vul_alles_in
from ..model.verwijzingen import Verwijzingsindex
from ..revisions import tracking
from ..store.project import nu
from .kleuren import auteur_kleur
from .block_html import blok_html
from .commands import StructuurCommand, TekstCommand
from .highlighter import PlaatshouderMarkering
from .outline import OutlineView
from .tree_model import BLOK_ROL, PolicyTreeModel


class BlokEditor(QPlainTextEdit):
    """Enter in a lid splits it at the cursor, as a new paragraph does in Word."""

    splits = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.splitsbaar = False
        self.markering = PlaatshouderMarkering(self.document())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.splitsbaar and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.splits.emit(self.textCursor().position())
            return
        super().keyPressEvent(event)


class Werkruimte(QWidget):
    gewijzigd = Signal()

    def __init__(self, stapel: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stapel = stapel
        self.policy = Policy("")
        self.alleen_lezen = False
        self.bijhouden = False          # track changes (insertions and deletions of self.auteur)
        self.auteur = ""
        self.huidig: tuple[str, str] | None = None
        self._laden = False
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
    def toon(self, policy: Policy, selecteer: str | None = None) -> None:
        self.policy = policy
        self.tree_model.toon(policy)
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
        bewerkbaar = blok is not None and blok[0] in bloktekst.BEWERKBAAR
        self.editor.setPlainText(bloktekst.lees(self.policy, *blok) if bewerkbaar else "")
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

    # -- callbacks of the commands --------------------------------------------------------------
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

    def tekst_gewijzigd(self, soort: str, blok_id: str, van_editor: bool) -> None:
        """After a text command: update the tree label; on undo/redo show the block again."""
        self.tree_model.werk_bij(self.policy, soort, blok_id)
        if van_editor and self.huidig == (soort, blok_id):
            self._markeer_invoegingen()
            self.voorbeeld.setHtml(blok_html(self.policy, soort, blok_id))
        if not van_editor:
            if self.huidig == (soort, blok_id):
                self._laad(self.huidig)
            else:
                self.selecteer(blok_id)
        self.gewijzigd.emit()

    def structuur_gewijzigd(self, selecteer: str | None) -> None:
        vorige = self.huidig[1] if self.huidig else None
        self.toon(self.policy, selecteer or vorige)
        self.gewijzigd.emit()

    # -- editing ---------------------------------------------------------------------------------
    def _getypt(self) -> None:
        if self._laden or self.huidig is None or self.alleen_lezen:
            return
        nieuw = self.editor.toPlainText()
        if nieuw == self._laatst:
            return          # a change of format only
        self.stapel.push(TekstCommand(self, *self.huidig, self._laatst, nieuw))
        self._laatst = nieuw

    def _structuur(self, tekst: str, bewerking) -> None:
        if not self.alleen_lezen:
            self.stapel.push(StructuurCommand(self, tekst, bewerking))

    def _plaats(self) -> tuple[int | None, int | None]:
        return b.plaats_van(self.policy, self.huidig[1]) if self.huidig else (None, None)

    def nieuw_artikel(self) -> None:
        a, _ = self._plaats()
        positie = len(self.policy.artikelen) if a is None else a + 1

        def bewerking(policy: Policy) -> str:
            artikel = Artikel(tr("Nieuw artikel"), [Lid("")], leden_genummerd=False)
            b.voeg_artikel_in(policy, positie, artikel)
            self._markeer(policy, [artikel.id, artikel.leden[0].id], "insert")
            return artikel.leden[0].id

        self._structuur(tr("Nieuw artikel"), bewerking)

    def nieuw_lid(self) -> None:
        a, l = self._plaats()
        if a is None:
            return self.nieuw_artikel()

        def bewerking(policy: Policy) -> str:
            lid = Lid("")
            artikel = policy.artikelen[a]
            b.voeg_lid_in(artikel, len(artikel.leden) if l is None else l + 1, lid)
            self._markeer(policy, [lid.id], "insert")
            return lid.id

        self._structuur(tr("Nieuw lid"), bewerking)

    def verwijder(self) -> None:
        if self.huidig is None:
            return
        soort, blok_id = self.huidig
        a, l = self._plaats()
        if soort == "onderdeel":
            self._structuur(tr("Onderdeel verwijderen"), lambda p: b.verwijder_onderdeel(p, blok_id))
        elif soort == "lid" and self.bijhouden:
            self._structuur(tr("Lid verwijderen"), lambda p: self._markeer(p, [blok_id], "delete") or blok_id)
        elif soort == "lid":
            self._structuur(tr("Lid verwijderen"), lambda p: b.verwijder_lid(p.artikelen[a], l) and None)
        elif soort == "artikel" and self.bijhouden:
            leden = [lid.id for lid in self.policy.artikelen[a].leden]
            self._structuur(tr("Artikel verwijderen"), lambda p: self._markeer(p, [blok_id] + leden, "delete") or blok_id)
        elif soort == "artikel":
            self._structuur(tr("Artikel verwijderen"), lambda p: b.verwijder_artikel(p, a) and None)

    def _markeer(self, policy: Policy, blok_ids: list[str], soort: str) -> None:
        """With tracking on, an inserted or deleted block stays marked until accepted or rejected."""
        if not self.bijhouden:
            return
        tijd = nu()
        teksten = tracking.tekstblokken(policy)
        for blok_id in blok_ids:
            if soort == "delete" and blok_id in teksten:
                tracking.bewerk(policy, blok_id, "", self.auteur, tijd)
            tracking.markeer_blok(policy, blok_id, soort, self.auteur, tijd)

    def verschuif(self, stap: int) -> None:
        """Move the selected artikel or lid one place up (-1) or down (+1)."""
        a, l = self._plaats()
        if a is None:
            return
        if l is None and 0 <= a + stap < len(self.policy.artikelen):
            artikel_id = self.policy.artikelen[a].id
            self._structuur(tr("Artikel verplaatsen"), lambda p: b.verplaats_artikel(p, a, a + stap) or artikel_id)
        elif l is not None and 0 <= l + stap < len(self.policy.artikelen[a].leden):
            lid_id = self.policy.artikelen[a].leden[l].id
            self._structuur(tr("Lid verplaatsen"),
                            lambda p: b.verplaats_lid(p.artikelen[a], l, p.artikelen[a], l + stap) or lid_id)

    def splits_lid(self, teken: int) -> None:
        a, l = self._plaats()
        if a is None or l is None or self.huidig[0] != "lid":
            return
        self._structuur(tr("Lid splitsen"), lambda p: b.splits_lid(p.artikelen[a], l, teken).id)

    def splits_artikel(self) -> None:
        a, l = self._plaats()
        if a is not None and l:
            self._structuur(tr("Artikel splitsen"), lambda p: b.splits_artikel(p, a, l, tr("Nieuw artikel")).id)

    def voeg_samen(self) -> None:
        """Join the selected lid with the next, or the selected artikel with the next."""
        a, l = self._plaats()
        if a is None:
            return
        if l is not None and l + 1 < len(self.policy.artikelen[a].leden):
            lid_id = self.policy.artikelen[a].leden[l].id
            self._structuur(tr("Leden samenvoegen"), lambda p: b.voeg_leden_samen(p.artikelen[a], l) and lid_id)
        elif l is None and a + 1 < len(self.policy.artikelen):
            artikel_id = self.policy.artikelen[a].id
            self._structuur(tr("Artikelen samenvoegen"), lambda p: b.voeg_artikelen_samen(p, a) and artikel_id)

    def sleep_verplaats(self, soort: str, bron_id: str, doel_id: str) -> None:
        """A block dragged onto another: an artikel takes the target artikel's place; a lid goes before the target lid
        or to the end of the target artikel."""
        van_a, van_l = b.plaats_van(self.policy, bron_id)
        naar_a, naar_l = b.plaats_van(self.policy, doel_id)
        if van_a is None or naar_a is None:
            return
        if soort == "artikel":
            self._structuur(tr("Artikel verplaatsen"), lambda p: b.verplaats_artikel(p, van_a, naar_a) or bron_id)
        elif soort == "lid":
            def bewerking(p: Policy) -> str:
                doel = p.artikelen[naar_a]
                positie = len(doel.leden) if naar_l is None else naar_l
                if doel is p.artikelen[van_a] and positie > van_l:
                    positie -= 1
                b.verplaats_lid(p.artikelen[van_a], van_l, doel, positie)
                return bron_id

            self._structuur(tr("Lid verplaatsen"), bewerking)

    def vul_organisatie_in(self, naam: str) -> None:
        """Record the organisation's name and fill it into every organisation placeholder: one undo step."""
        def bewerking(p: Policy) -> None:
            p.metadata.organisatie = naam
            vul_alles_in(p, {"organisatie": naam})

        self._structuur(tr("Plaatshouders invullen"), bewerking)

    def voeg_clausule_in(self, titel: str, leden: list[str], als_artikel: bool) -> None:
        """A clause as a new artikel after the selected one, or as new leden after the selected lid."""
        a, l = self._plaats()
        if als_artikel or a is None:
            positie = len(self.policy.artikelen) if a is None else a + 1

            def bewerking(p: Policy) -> str:
                artikel = b.clausule_als_artikel(p, titel, leden)
                b.voeg_artikel_in(p, positie, artikel)
                return artikel.leden[0].id

            self._structuur(tr("Clausule invoegen"), bewerking)
            return

        def als_leden(p: Policy) -> str:
            nieuw = b.clausule_als_leden(p, leden)
            artikel = p.artikelen[a]
            start = len(artikel.leden) if l is None else l + 1
            for k, lid in enumerate(nieuw):
                b.voeg_lid_in(artikel, start + k, lid)
            return nieuw[0].id

        self._structuur(tr("Clausule invoegen"), als_leden)
