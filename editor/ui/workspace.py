"""The drafting workspace: the outline beside the document view of the whole policy; every edit is an
operation on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from .. import bewerken as b
from ..bewerken import Uitkomst
from ..i18n import tr
from ..model import structuur
from ..model.document import Policy
from .commands import Bewerker
from .document_bediening import DocumentBediening
from .document_regels import ALLE, EENVOUDIG, GEEN, ORIGINEEL, regels
from .document_weergave import DocumentWeergave
from .outline import OutlineView
from .spelling import SPELLING
from .statusbalk import aantal
from .tree_model import BLOK_ROL, PolicyTreeModel

# the lines of a text edited as one are, for the menus, that text ("sectiekop": the section)
AANHEF_SOORTEN = {"sectiekop": "sectie"}


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


class Werkruimte(QWidget):
    """Shows the open policy and turns what the user does into operations (editor.bewerken) through the
    window's Bewerker; it refreshes only what an operation names."""

    def __init__(self, bewerker: Bewerker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bewerker = bewerker
        self.huidig: tuple[str, str] | None = None
        self._breedte_gezet = False
        self._stil = False          # the outline follows the cursor without moving it again
        self._doel: tuple | None = None     # where the cursor goes after the operation running now
        self.tree_model = PolicyTreeModel(self)
        self.tree = OutlineView()
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._selectie)
        self.tree.verplaats.connect(self.sleep_verplaats)
        self.document = DocumentWeergave()
        self.editor = self.document         # the one editor of the text (older callers name it so)
        self.bediening = DocumentBediening(self)
        self.markering = QComboBox()
        self.markering.setObjectName("markering")
        for naam, waarde in ((tr("Alle markeringen"), ALLE), (tr("Eenvoudige markering"), EENVOUDIG),
                             (tr("Geen markeringen"), GEEN), (tr("Origineel"), ORIGINEEL)):
            self.markering.addItem(naam, waarde)
        self.markering.setToolTip(tr("Hoe de wijzigingen in het document worden getoond, zoals in Word"))
        self.markering.currentIndexChanged.connect(self._wissel_markering)
        self.document.balk_geklikt.connect(lambda: self.markering.setCurrentIndex(self.markering.findData(ALLE)))
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

    def resizeEvent(self, event) -> None:
        """The text keeps the room: the outline takes at most a third of the width; the first time the
        workspace is wide, the outline gets a quarter of it (up to 320 px) so its labels can be read."""
        breedte = event.size().width()
        self.tree.setMaximumWidth(max(160, breedte // 3))
        if not self._breedte_gezet and breedte >= 800:
            self._breedte_gezet = True
            links = max(220, min(320, breedte * 3 // 10))
            self.splitter.setSizes([links, breedte - links])
        super().resizeEvent(event)

    @property
    def weergave(self) -> str:
        return self.markering.currentData()

    def _bouw(self) -> None:
        rechts = QWidget()
        kolom = QVBoxLayout(rechts)
        kolom.setContentsMargins(0, 0, 0, 0)
        balk = QHBoxLayout()
        label = QLabel(tr("Markering:"))
        label.setBuddy(self.markering)
        balk.addWidget(label)
        balk.addWidget(self.markering)
        balk.addStretch(1)
        kolom.addLayout(balk)
        kolom.addWidget(self.document)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(rechts)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- showing --------------------------------------------------------------------------
    def toon(self, policy: Policy | None = None, selecteer: str | None = None) -> None:
        """The outline and the whole document anew (opening a policy)."""
        if policy is not None:
            self.bewerker.policy = policy
        self.tree_model.toon(self.policy)
        self.tree.expandToDepth(0)
        self._zet_alleen_lezen()
        self.bediening._plaatsen = None
        self.document.toon(regels(self.policy, self.weergave))
        self.bediening.ankers()
        if not (selecteer and self.selecteer(selecteer)):
            self._selecteer_eerste_artikel()
            if policy is not None:      # a document opens at its title, as in Word (after the layout settles)
                QTimer.singleShot(0, self.document, lambda: self.document.verticalScrollBar().setValue(0))

    def selecteer(self, blok_id: str) -> bool:
        """The block in the outline, and the cursor at the start of its text in the document."""
        nummer = self.document.zoek(blok_id)
        if nummer is None and blok_id not in self.tree_model.items:
            return False
        self._volg_in_outline(blok_id)
        if nummer is not None:
            self.document.zet_cursor(nummer, 0)
            self._midden(nummer)
        return True

    def _midden(self, nummer: int) -> None:
        """Scroll so the line stands near the top third of the view (as Word's navigation pane does)."""
        blok = self.document.document().findBlockByNumber(nummer)
        boven = self.document.document().documentLayout().blockBoundingRect(blok).top()
        self.document.verticalScrollBar().setValue(int(boven - self.document.viewport().height() / 4))
        self.document.ensureCursorVisible()         # the layout may still follow a resize

    def _volg_in_outline(self, blok_id: str) -> None:
        item = self.tree_model.items.get(blok_id)
        if item is None:
            return
        self._stil = True
        self.tree.selectionModel().setCurrentIndex(item.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(item.index())
        self._stil = False

    def _selecteer_eerste_artikel(self) -> None:
        eerste = next((a.leden[0].id if a.leden else a.id for a in self.policy.artikelen), None)
        if eerste is None or not self.selecteer(eerste):
            self.huidig = None

    def _selectie(self, index: QModelIndex, _vorig: QModelIndex = QModelIndex()) -> None:
        """A click in the outline scrolls the document there and puts the cursor in that block."""
        if self._stil or not index.isValid():
            return
        soort, blok_id = index.data(BLOK_ROL)
        self.huidig = (soort, blok_id)
        nummer = self.document.zoek(blok_id)
        if nummer is not None:
            self._stil = True
            self.document.zet_cursor(nummer, 0)
            self._midden(nummer)
            self._stil = False

    def _cursor_in_regel(self, regel) -> None:
        """The block under the cursor is the one the menus act on; the outline follows it."""
        if regel.spook:
            return
        self.huidig = (AANHEF_SOORTEN.get(regel.soort, regel.soort), regel.blok_id)
        if not self._stil:
            self._volg_in_outline(regel.blok_id)

    def _spelling_klaar(self) -> None:
        if SPELLING.klaar:
            self._spelwacht.stop()
            SPELLING.ken_namen(" ".join(filter(None, (self.policy.metadata.organisatie, self.policy.metadata.korte_naam))))
            self.document.markering.rehighlight()

    def _wissel_markering(self, _index: int = 0) -> None:
        """Word's markup views, in the document itself; Origineel cannot be edited."""
        self._zet_alleen_lezen()
        self.document.werk_bij(regels(self.policy, self.weergave))
        self.bediening.ankers()

    def _zet_alleen_lezen(self) -> None:
        self.document.alleen_lezen = self.alleen_lezen or self.weergave == ORIGINEEL
        self.document.reden_alleen_lezen = (
            tr("Dit document is alleen te lezen.") if self.alleen_lezen else
            tr("Origineel toont de tekst van vóór de wijzigingen en kan niet worden bewerkt; kies een andere markering."))
        self.document.setReadOnly(self.alleen_lezen)
        if self.alleen_lezen:
            self.document.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                                  Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def na_bewerking(self, uitkomst: Uitkomst, van_editor: bool) -> None:
        """Draw again only what the operation touched; the cursor stays where the user is (or goes where
        the operation leads: the new lid after Enter)."""
        self.bediening.na_bewerking(uitkomst, van_editor)

    def stapel_bewogen(self, index: int) -> None:
        try:
            self.bediening.stapel_bewogen(index)
        except RuntimeError:        # the window is being taken down: its stack clears as its parts go
            pass

    def gekozen(self) -> tuple[str, str, str, int] | None:
        """(soort, blok_id, citaat, begin): the block under the cursor, the selected phrase and its offset
        in the block's shown text (what a comment anchors to)."""
        return self.bediening.gekozen()

    def ga_naar(self, blok_id: str, begin: int | None = None, eind: int | None = None) -> bool:
        """Scroll to a block and put the cursor there, selecting [begin, eind) of its shown text."""
        return self.bediening.ga_naar(blok_id, begin, eind)

    # -- editing ---------------------------------------------------------------------------------
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
        """Focus where the user types next: the current block's text in the document, selected (to replace)
        or with the cursor at its end."""
        self.document.setFocus(Qt.FocusReason.OtherFocusReason)
        nummer = self.document.zoek(self._id()) if self._id() else None
        if nummer is not None:
            lengte = len(self.document.regels[nummer].getoond)
            self.document.zet_cursor(nummer, 0 if alles else lengte, lengte if alles else None)

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
        """Split the current lid or onderdeel at an offset of its text (Enter in the document does this)."""
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
