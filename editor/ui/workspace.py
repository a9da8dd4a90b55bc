"""The drafting workspace: outline, block editor and preview; every edit goes through the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from .. import bewerken as b
from ..bewerken import Uitkomst
from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from ..model.verwijzingen import Verwijzingsindex
from .block_html import ALLE, EENVOUDIG, GEEN, ORIGINEEL, blok_html
from .commands import Bewerker
from .kleuren import auteur_kleur
from .highlighter import PlaatshouderMarkering
from .outline import OutlineView
from .spelling import SPELLING
from .statusbalk import aantal
from .tree_model import BLOK_ROL, PolicyTreeModel


class BlokEditor(QPlainTextEdit):
    """Enter in a lid splits it at the cursor, as a new paragraph does in Word; Enter in an artikel's kop
    goes on to its first lid."""

    splits = Signal(int)
    verder = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.splitsbaar = False
        self.kop = False
        self.setUndoRedoEnabled(False)
        self.markering = PlaatshouderMarkering(self.document())

    def event(self, event: QEvent) -> bool:
        """Undo and redo belong to the window (the model's history), not to the text box's own."""
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_of_redo(event):
            event.ignore()
            return False
        return super().event(event)

    def contextMenuEvent(self, event) -> None:
        """A misspelt word: its suggestions first, then "Toevoegen aan woordenlijst", then the usual menu."""
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.cursorForPosition(event.pos())
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        woord = cursor.selectedText()
        if woord and not self.isReadOnly() and SPELLING.is_fout(woord):
            eerste = menu.actions()[0] if menu.actions() else None
            suggesties = SPELLING.suggesties(woord)
            for suggestie in suggesties:
                actie = QAction(suggestie, menu)
                actie.triggered.connect(lambda _=False, c=QTextCursor(cursor), s=suggestie: c.insertText(s))
                menu.insertAction(eerste, actie)
            if not suggesties:
                geen = QAction(tr("(geen suggesties)"), menu)
                geen.setEnabled(False)
                menu.insertAction(eerste, geen)
            toevoegen = QAction(tr("Toevoegen aan woordenlijst"), menu)
            toevoegen.triggered.connect(lambda _=False, w=woord: self.voeg_toe_aan_woordenlijst(w))
            menu.insertAction(eerste, toevoegen)
            menu.insertSeparator(eerste)
        self.laatste_menu = menu
        menu.exec(event.globalPos())

    def voeg_toe_aan_woordenlijst(self, woord: str) -> None:
        SPELLING.voeg_toe(woord)
        self.markering.rehighlight()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.splitsbaar and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.splits.emit(self.textCursor().position())
            return
        if self.kop and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.verder.emit()
            return
        super().keyPressEvent(event)


def bevestig_verwijderen(ouder: QWidget, vraag: str, detail: str) -> bool:
    """Verwijderen or Annuleren; Annuleren is the default, so a stray Enter deletes nothing."""
    doos = QMessageBox(QMessageBox.Icon.Question, tr("Verwijderen"), vraag, QMessageBox.StandardButton.NoButton, ouder)
    doos.setObjectName("verwijdervraag")
    doos.setInformativeText(detail + "\n\n" + tr("U kunt dit ongedaan maken met Ctrl+Z."))
    ja = doos.addButton(tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    nee = doos.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    doos.setDefaultButton(nee)
    doos.setEscapeButton(nee)
    doos.exec()
    return doos.clickedButton() is ja


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
        self.editor.verder.connect(self._naar_eerste_lid)
        self.label = QLabel()
        self.voorbeeld = QTextBrowser()
        self.markering = QComboBox()
        self.markering.setObjectName("markering")
        for naam, waarde in ((tr("Alle markeringen"), ALLE), (tr("Eenvoudige markering"), EENVOUDIG),
                             (tr("Geen markeringen"), GEEN), (tr("Origineel"), ORIGINEEL)):
            self.markering.addItem(naam, waarde)
        self.markering.setToolTip(tr("Hoe de wijzigingen in het voorbeeld worden getoond, zoals in Word"))
        self.markering.currentIndexChanged.connect(self._toon_voorbeeld)
        self._spelwacht = QTimer(self)          # the dictionary loads beside the start: squiggles once it is there
        self._spelwacht.setInterval(200)
        self._spelwacht.timeout.connect(self._spelling_klaar)
        SPELLING.start()
        self._spelwacht.start()
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
        onder = QWidget()
        kolom2 = QVBoxLayout(onder)
        kolom2.setContentsMargins(0, 0, 0, 0)
        kolom2.addWidget(self.markering, 0, Qt.AlignmentFlag.AlignLeft)
        kolom2.addWidget(self.voorbeeld)
        rechts.addWidget(onder)
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
        self.editor.splitsbaar = bewerkbaar and blok[0] in ("lid", "onderdeel")
        self.editor.kop = bewerkbaar and blok[0] == "artikel"
        self._laatst = self.editor.toPlainText()
        self._markeer_invoegingen()
        self._laden = False
        self.label.setText(self._label(blok))
        self._toon_voorbeeld()

    def _spelling_klaar(self) -> None:
        if SPELLING.klaar:
            self._spelwacht.stop()
            SPELLING.ken_namen(" ".join(filter(None, (self.policy.metadata.organisatie, self.policy.metadata.korte_naam))))
            self._markeer_invoegingen()

    def _toon_voorbeeld(self, _index: int = 0) -> None:
        """The selected part as it will be printed, in the chosen markup view."""
        blok = self.huidig
        self.voorbeeld.setHtml(blok_html(self.policy, *blok, self.markering.currentData()) if blok else "")

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
            self._toon_voorbeeld()
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
        """The new artikel's kop is selected with the cursor in it: typing names the artikel, Enter goes on
        to its first lid."""
        uitkomst = self.bewerker.voer_uit(b.nieuw_artikel, self._id())
        artikel = b.artikel_van(self.policy, uitkomst.selectie) if uitkomst and uitkomst.selectie else None
        if artikel is not None and self.selecteer(artikel.id):
            self.typ_hier(alles=True)

    def nieuw_lid(self) -> None:
        if self._id() is None or b.artikel_van(self.policy, self._id()) is None:
            return self.nieuw_artikel()
        if self.bewerker.voer_uit(b.nieuw_lid, self._plaats_lid()):
            self.typ_hier()

    def typ_hier(self, alles: bool = False) -> None:
        """Focus where the user types next: the text box, its text selected (to replace) or the cursor at its end."""
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if alles:
            self.editor.selectAll()
        else:
            self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def _naar_eerste_lid(self) -> None:
        artikel = b.artikel_van(self.policy, self._id()) if self._id() else None
        if artikel is not None and artikel.leden and self.selecteer(artikel.leden[0].id):
            self.typ_hier()

    def _plaats_lid(self) -> str:
        """New leden go after the selected lid (also when an onderdeel of it is selected)."""
        plaats = structuur.plaats(self.policy, self._id())
        if plaats is not None and plaats.soort in ("onderdeel", "subonderdeel"):
            artikel = b.artikel_van(self.policy, self._id())
            return next(lid.id for lid in artikel.leden if any(d.id == self._id() for d in structuur.in_blok(lid)))
        return self._id()

    def nieuw_hoofdstuk(self) -> None:
        """A new hoofdstuk that starts at the selected artikel."""
        if self._id() is not None and b.artikel_van(self.policy, self._id()) is not None:
            self.bewerker.voer_uit(b.nieuw_hoofdstuk, self._id(), tr("Nieuw hoofdstuk"))

    def nieuw_onderdeel(self) -> None:
        """A new onderdeel after the selected one, or at the end of the selected lid."""
        plaats = structuur.plaats(self.policy, self._id()) if self._id() else None
        if plaats is not None and plaats.soort == "onderdeel":
            self.bewerker.voer_uit(b.nieuw_onderdeel, plaats.container, plaats.positie + 1)
        elif plaats is not None and plaats.soort == "lid":
            self.bewerker.voer_uit(b.nieuw_onderdeel, self._id())

    def verwijder(self) -> None:
        """An artikel, or a lid or onderdeel with text, is deleted only after asking; the view stays there
        (the operation selects the block before it)."""
        if not (self.huidig and self.huidig[0] in ("artikel", "lid", "onderdeel", "hoofdstuk")) or self.alleen_lezen:
            return
        vraag = self._verwijdervraag()
        if vraag and not bevestig_verwijderen(self, *vraag):
            return
        self.bewerker.voer_uit(b.verwijder, self._id())

    def _verwijdervraag(self) -> tuple[str, str] | None:
        """(question, detail), or None when nothing is lost (an empty lid)."""
        soort, blok_id = self.huidig
        if soort == "hoofdstuk":
            return None         # only the heading goes; its artikelen stay
        naam = self.tree.currentIndex().data() or ""
        if soort == "artikel":
            artikel = b.artikel_van(self.policy, blok_id)
            leden = aantal(len(artikel.leden), tr("{n} lid"), tr("{n} leden")) if artikel else ""
            return tr("{naam} verwijderen?").format(naam=naam), tr("Het artikel en zijn {leden} worden verwijderd.").format(leden=leden)
        if soort == "hoofdstuk":
            return (tr("{naam} verwijderen?").format(naam=naam),
                    tr("Alleen de kop gaat weg; de artikelen horen dan bij het hoofdstuk ervoor."))
        tekst = b.lees_blok(self.policy, soort, blok_id).strip()
        if not tekst:
            return None
        vraag = tr("Dit lid verwijderen?") if soort == "lid" else tr("Dit onderdeel verwijderen?")
        return vraag, tekst if len(tekst) <= 300 else tekst[:300] + "…"

    def verschuif(self, stap: int) -> None:
        if self.huidig and self.huidig[0] in ("artikel", "lid", "onderdeel"):
            self.bewerker.voer_uit(b.verschuif, self._id(), stap)

    def splits_lid(self, teken: int) -> None:
        """Enter in a lid or an onderdeel splits it at the cursor."""
        if self.huidig and self.huidig[0] in ("lid", "onderdeel"):
            self.bewerker.voer_uit(b.splits_lid, self._id(), teken)

    def splits_artikel(self) -> None:
        if self.huidig and self.huidig[0] == "lid":
            self.bewerker.voer_uit(b.splits_artikel, self._id(), tr("Nieuw artikel"))

    def voeg_samen(self) -> None:
        """Join the selected lid (or onderdeel) with the next, or the selected artikel with the next."""
        if self.huidig and self.huidig[0] in ("artikel", "lid", "onderdeel"):
            self.bewerker.voer_uit(b.voeg_samen, self._id())

    def sleep_verplaats(self, _soort: str, bron_id: str, doel_id: str) -> None:
        self.bewerker.voer_uit(b.sleep, bron_id, doel_id)

    def vul_organisatie_in(self, naam: str) -> None:
        self.bewerker.voer_uit(b.vul_plaatshouders_in, {"organisatie": naam})

    def voeg_clausule_in(self, titel: str, leden: list[str], als_artikel: bool) -> None:
        """A clause as a new artikel after the selected one, or as new leden after the selected lid."""
        self.bewerker.voer_uit(b.voeg_clausule_in, titel, leden, als_artikel, self._id())
