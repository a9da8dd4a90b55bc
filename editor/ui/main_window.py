"""The main window: tabs Document (the workspace), Vergelijken and Dekking; the metadata dock;
menus Bestand, Bewerken and Beeld.

File work goes through the core and ProjectSessie; the dialogs are thin wrappers around
open_path() and save_to(), which the tests call directly.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QScrollArea, QTabBar, QTabWidget,
)

from ..errors import BeleidsstudioFout
from ..formats.importer import TEKST_EXTENSIES, importeer_bestand
from ..i18n import tr
from ..model.document import Policy
from ..samples import load_sample, samples
from ..settings import Staat, bewaar_staat, laad_staat
from ..store import controleer_kop
from .clause_palette import ClausulePalet
from .compare_view import CompareView
from .coverage_view import CoverageView
from .metadata_panel import MetadataPanel
from .placeholder_dialog import PlaatshouderDialoog
from .review import Review
from .wizard_dialog import VragenlijstWizard
from .sessie import ProjectSessie
from . import onopgeslagen
from .herstel import Herstel
from .statusbalk import Statusbalk
from . import bestandsdialoog
from .. import bewerken
from .commands import Bewerker
from .workspace import Werkruimte


def redo_toetsen() -> list[QKeySequence]:
    """Ctrl+Y and Ctrl+Shift+Z on every platform (Cmd on macOS), and the platform's own, each once."""
    toetsen: list[QKeySequence] = []
    for toets in [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")] + QKeySequence.keyBindings(
            QKeySequence.StandardKey.Redo):
        if toets not in toetsen:
            toetsen.append(toets)
    return toetsen


MIN_TEKSTRUIMTE = 560       # outline and text together, beside the docks


def breedte_tabs(docks: list[QDockWidget]) -> int:
    """The width a row of tabs with these docks' titles needs in this style (and a margin for the frame)."""
    balk = QTabBar()
    for dock in docks:
        balk.addTab(dock.windowTitle())
    return balk.sizeHint().width() + 12


def project_filter() -> str:
    return tr("Beleidsstudio-project (*.beleid)")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.policy: Policy | None = None
        self.staat: Staat = laad_staat()
        self.stapel = QUndoStack(self)
        self.stapel.cleanChanged.connect(self._schoon_gewijzigd)
        self._concept = False           # a questionnaire draft or an import: work in no file yet
        self._open_docks: set[str] = set()
        self._eerste_indeling = True    # the palette may start closed on a narrow screen, once
        self.bewerker = Bewerker(self.stapel, self)      # survives a language switch, with the history
        self.bewerker.gewijzigd.connect(self._na_bewerking)
        self.bewerker.fout.connect(self.meld_fout)
        self._panelen_wacht = QTimer(self)       # after typing: the panes beside the text, a moment later
        self._panelen_wacht.setSingleShot(True)
        self._panelen_wacht.setInterval(300)
        self._panelen_wacht.timeout.connect(self._ververs_panelen)
        self.sessie = ProjectSessie(self)
        self.sessie.melding.connect(self.meld_fout)
        self.sessie.opgeslagen.connect(self._werk_ster_bij)
        self.herstel = Herstel(self)            # work in no file: a recovery file in the data folder
        self.review = Review(self)
        self._bouw()
        self._begingrootte()
        if self.staat.venster:
            self.restoreGeometry(QByteArray.fromBase64(self.staat.venster.encode("ascii")))

    def _begingrootte(self) -> None:
        """1400 × 860, or the screen's free area when that is smaller (a laptop, a projector)."""
        scherm = QGuiApplication.primaryScreen()
        vrij = scherm.availableGeometry() if scherm else None
        breedte, hoogte = 1400, 860
        if vrij is not None:
            breedte, hoogte = min(breedte, vrij.width()), min(hoogte, vrij.height())
        self.resize(breedte, hoogte)

    @property
    def pad(self) -> Path | None:
        return self.sessie.pad

    def _schoon_gewijzigd(self, _schoon: bool) -> None:
        # a bound method, not a lambda: Qt disconnects it when the window goes, before its children
        self._werk_ster_bij()

    def onopgeslagen_werk(self) -> bool:
        """Work that is in no file: a draft or import, or an edited sample; with a file, edits the
        autosave has not written yet."""
        if self.policy is None:
            return False
        if self.pad is None:
            return self._concept or not self.stapel.isClean()
        return self.sessie.onopgeslagen

    def _werk_ster_bij(self) -> None:
        """The title's "*" and the status bar follow the real state (an autosave clears the "*")."""
        self.setWindowModified(self.onopgeslagen_werk())
        if hasattr(self, "statusbalk"):
            self.statusbalk.zet_opgeslagen(not self.onopgeslagen_werk(), self.pad is not None)

    # -- construction (again after a change of language) -------------------------------------
    def _bouw(self) -> None:
        self.werkruimte = Werkruimte(self.bewerker)
        self.banier = QLabel()
        self.banier.setStyleSheet("background:#fff3cd; padding:4px;")
        self.banier.setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.werkruimte, tr("Document"))
        self.vergelijk_view = CompareView(lambda: self.policy)
        self.vergelijk_view.fout.connect(self.meld_fout)
        self.tabs.addTab(self.vergelijk_view, tr("Vergelijken"))
        self.dekking_view = CoverageView(lambda: self.policy)
        self.dekking_view.fout.connect(self.meld_fout)
        self.tabs.addTab(self.dekking_view, tr("Dekking"))
        self.tabs.setCornerWidget(self.banier, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self.metadata = MetadataPanel()
        self._verbind_gegevens()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.metadata)
        self.dock = QDockWidget(tr("Gegevens"), self)
        self.dock.setObjectName("gegevens")
        self.dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.palet = ClausulePalet()
        self.palet.invoegen.connect(lambda c, als_artikel: self.werkruimte.voeg_clausule_in(c.titel, list(c.leden), als_artikel))
        self.palet.fout.connect(self.meld_fout)
        self.palet.bewaar_knop.clicked.connect(self.bewaar_als_clausule)
        self.werkruimte.tree.clausule_neergezet.connect(self._clausule_neergezet)
        self.palet_dock = QDockWidget(tr("Clausules"), self)
        self.palet_dock.setObjectName("clausules")
        self.palet_dock.setWidget(self.palet)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palet_dock)
        self._vorige_tab, self._voorste_docks = 0, []
        self.tabs.currentChanged.connect(self._tab_gewisseld)
        self.review.bouw()
        self._bouw_menu()
        self.statusbalk = Statusbalk(self.statusBar())
        self.review.controles.geteld.connect(self._tellingen_bij)
        for actie in (self.review.actie_bijhouden, self.review.actie_or):
            actie.toggled.connect(self._modus_bij)
        self._modus_bij()
        QTimer.singleShot(0, self._dock_tabs_heel)
        if self.isVisible():                    # after a change of language; the first time: showEvent
            QTimer.singleShot(0, self._dockbreedtes)

    def showEvent(self, event) -> None:
        """The docks' widths once the window has its size on the screen."""
        super().showEvent(event)
        if self._eerste_indeling:
            QTimer.singleShot(0, self._dockbreedtes)

    def _modus_bij(self, _aan: bool = False) -> None:
        self.statusbalk.zet_modus(self.bewerker.bijhouden, self.review.is_or)

    def _tellingen_bij(self) -> None:
        policy = self.bewerker.policy
        leden = sum(len(a.leden) for a in policy.artikelen)
        self.statusbalk.zet_tellingen(len(policy.artikelen), leden, len(self.review.wijzigingen.wijzigingen),
                                      self.review.controles.fouten)

    def alle_docks(self) -> list[QDockWidget]:
        return [self.dock, self.palet_dock] + self.review.docks

    def _tab_gewisseld(self, index: int) -> None:
        """The docks belong to the Document tab: they make room on the others and come back as they were
        (a dock the user closed stays closed, the pane that was in front is in front again)."""
        if self._vorige_tab == 0 and index != 0:
            self._open_docks = {d.objectName() for d in self.alle_docks() if d.toggleViewAction().isChecked()}
            self._voorste_docks = [d for d in self.alle_docks() if d.isVisible()]
            for dock in self.alle_docks():
                dock.setVisible(False)
        elif index == 0 and self._vorige_tab != 0:
            for dock in self.alle_docks():
                dock.setVisible(dock.objectName() in self._open_docks)
            for dock in self._voorste_docks:
                dock.raise_()
        self._vorige_tab = index

    def _dockbreedtes(self) -> None:
        """The text gets the room: the palette a fifth of the window, the panes on the right a quarter, or
        what their row of tabs needs when that is more, so no tab is cut off or scrolled away. A window
        too narrow for both beside the text (a 1024 px laptop) starts without the palette: Beeld ›
        Clausules brings it back."""
        breedte, rechts = self.width(), max(breedte_tabs([self.dock] + self.review.docks), self.width() // 4)
        palet = max(200, breedte // 5)
        if self._eerste_indeling and breedte - rechts - palet < MIN_TEKSTRUIMTE:
            self.palet_dock.hide()
        self._eerste_indeling = False
        self.resizeDocks([self.palet_dock, self.dock], [palet, rechts], Qt.Orientation.Horizontal)

    def _dock_tabs_heel(self) -> None:
        """The tabs of docks stacked on each other show their whole name ("Gegevens", not "Gegev…");
        when they do not fit, the tab bar scrolls."""
        for balk in self.findChildren(QTabBar):
            if balk is not self.tabs.tabBar():
                balk.setElideMode(Qt.TextElideMode.ElideNone)
                balk.setUsesScrollButtons(True)

    def _clausule_neergezet(self, clausule_id: str, doel_id: str) -> None:
        """A clause dropped on an artikel or lid joins it as leden; dropped elsewhere, it becomes an artikel."""
        clausule = self.palet.bibliotheek.get(clausule_id)
        if clausule is None:
            return
        op_blok = bool(doel_id) and self.werkruimte.selecteer(doel_id) and self.werkruimte.huidig[0] in ("lid", "artikel")
        self.werkruimte.voeg_clausule_in(clausule.titel, list(clausule.leden), not op_blok)

    def plaatshouders(self) -> None:
        dialoog = PlaatshouderDialoog(self.werkruimte.policy, self)
        if dialoog.exec() and dialoog.organisatie.text().strip():
            self.werkruimte.vul_organisatie_in(dialoog.organisatie.text().strip())

    def bewaar_als_clausule(self) -> None:
        """The selected text, or else the selected lid, as one of the user's own clauses."""
        huidig = self.werkruimte.huidig
        if huidig is None or huidig[0] != "lid":
            self.meld_fout(tr("Kies eerst een lid om als clausule te bewaren."))
            return
        editor = self.werkruimte.editor
        tekst = editor.textCursor().selectedText().replace("\u2029", "\n") or editor.toPlainText()
        titel, ok = QInputDialog.getText(self, tr("Lid bewaren als clausule"), tr("Titel van de clausule:"))
        if ok and titel.strip() and tekst.strip():
            self.palet.bewaar(titel.strip(), tekst.strip())

    def _bouw_menu(self) -> None:
        for actie in self.menuBar().actions():      # after a change of language: the old menus go
            if actie.menu() is not None:
                actie.menu().deleteLater()
        self.menuBar().clear()
        self._bestandsmenu(self.menuBar().addMenu(tr("&Bestand")))
        self._bewerkmenu(self.menuBar().addMenu(tr("Be&werken")))
        beeld = self.menuBar().addMenu(tr("B&eeld"))
        for nummer, naam in enumerate((tr("&Document"), tr("&Vergelijken"), tr("De&kking")), start=1):
            self._actie(beeld, naam, QKeySequence(f"Ctrl+{nummer}"), lambda _=False, i=nummer - 1: self.tabs.setCurrentIndex(i))
        self.review.menu(self.menuBar())
        beeld.addSeparator()
        for dock in self.alle_docks():          # a closed pane comes back from here
            beeld.addAction(dock.toggleViewAction())
        beeld.addSeparator()
        self.menu_taal = beeld.addMenu(tr("&Taal"))
        for code, naam in (("nl", "Nederlands"), ("en", "English")):
            actie = self.menu_taal.addAction(naam)
            actie.setData(code)
            actie.triggered.connect(lambda _=False, c=code: self.zet_taal(c))
        self._hulpmenu()

    def _bestandsmenu(self, menu: QMenu) -> None:
        self.menu_bestand = menu
        self.menu_voorbeelden = menu.addMenu(tr("&Nieuw van voorbeeld"))
        for info in samples():
            actie = self.menu_voorbeelden.addAction(load_sample(info.id).titel)
            actie.setData(info.id)
            actie.triggered.connect(lambda _=False, sid=info.id: self.open_sample(sid))
        self._actie(menu, tr("Nieuw beleid met &vragenlijst…"), QKeySequence("Ctrl+Shift+N"), self.vragenlijst)
        self._actie(menu, tr("&Openen…"), QKeySequence.StandardKey.Open, self.kies_en_open)
        self.actie_opslaan = self._actie(menu, tr("Op&slaan"), QKeySequence.StandardKey.Save, self.opslaan)
        self._actie(menu, tr("Opslaan &als…"), QKeySequence.StandardKey.SaveAs, self.opslaan_als)
        menu.addSeparator()
        self._actie(menu, tr("&Exporteren als besluit (Word)…"), QKeySequence("Ctrl+E"), lambda: self.exporteer("docx", False))
        self._actie(menu, tr("Exporteren met &wijzigingen (Word)…"), QKeySequence(), lambda: self.exporteer("docx", True))
        self._actie(menu, tr("Exporteren als &PDF…"), QKeySequence(), lambda: self.exporteer("pdf", False))
        menu.addSeparator()
        self.menu_recent = menu.addMenu(tr("&Recente bestanden"))
        self.menu_recent.aboutToShow.connect(self._vul_recent)
        self._vul_recent()
        menu.addSeparator()
        self._actie(menu, tr("Af&sluiten"), QKeySequence.StandardKey.Quit, self.close)

    def _bewerkmenu(self, menu: QMenu) -> None:
        self.actie_undo = self.stapel.createUndoAction(self, tr("&Ongedaan maken"))
        self.actie_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.actie_redo = self.stapel.createRedoAction(self, tr("Opnieu&w"))
        self.actie_redo.setShortcuts(redo_toetsen())
        menu.addActions([self.actie_undo, self.actie_redo])
        menu.addSeparator()
        w = self.werkruimte
        self.structuur_acties = [
            self._actie(menu, tr("Nieuw &artikel"), QKeySequence("Ctrl+Shift+A"), w.nieuw_artikel),
            self._actie(menu, tr("Nieuw &lid"), QKeySequence("Ctrl+Shift+L"), w.nieuw_lid),
            self._actie(menu, tr("&Verwijderen"), QKeySequence("Ctrl+Shift+Delete"), w.verwijder),
            self._actie(menu, tr("Naar &boven"), QKeySequence("Alt+Up"), lambda: w.verschuif(-1)),
            self._actie(menu, tr("Naar &onder"), QKeySequence("Alt+Down"), lambda: w.verschuif(1)),
            self._actie(menu, tr("Artikel &splitsen bij dit lid"), QKeySequence("Ctrl+Shift+K"), w.splits_artikel),
            self._actie(menu, tr("Samenvoegen met &volgende"), QKeySequence("Ctrl+Shift+M"), w.voeg_samen),
            self._actie(menu, tr("&Plaatshouders…"), QKeySequence("Ctrl+Shift+P"), self.plaatshouders),
            self._actie(menu, tr("Nieuw &hoofdstuk vanaf dit artikel"), QKeySequence("Ctrl+Shift+H"),
                        w.nieuw_hoofdstuk),
            self._actie(menu, tr("Nieuw o&nderdeel"), QKeySequence("Ctrl+Shift+O"), w.nieuw_onderdeel),
        ]

    def _actie(self, menu: QMenu, tekst: str, toetsen, slot) -> QAction:
        actie = QAction(tekst, self)
        actie.setShortcut(toetsen)
        actie.triggered.connect(slot)
        menu.addAction(actie)
        return actie

    def _vul_recent(self) -> None:
        self.menu_recent.clear()
        for pad in self.staat.recente_bestanden:
            actie = self.menu_recent.addAction(pad)
            actie.triggered.connect(lambda _=False, p=pad: self.open_recent(Path(p)))
        self.menu_recent.setEnabled(bool(self.staat.recente_bestanden))

    # -- showing a policy ---------------------------------------------------------------------
    def toon(self, policy: Policy) -> None:
        self.policy = policy
        self.stapel.clear()
        self.sessie.volg(policy)
        self.bewerker.alleen_lezen = self.sessie.alleen_lezen
        bewerken.herlees(policy, bewerken.Uitkomst(""))     # the fields the text states, as it states them
        self.werkruimte.toon(policy)
        self._ververs()
        self.review.ververs()
        self._tellingen_bij()
        self.vergelijk_view.ververs_bronnen()
        self.dekking_view.ververs_bronnen()
        self._toon_alleen_lezen()
        self._concept = False
        self.herstel.vergeet()
        self._werk_ster_bij()

    def _ververs(self) -> None:
        policy = self.policy
        self.metadata.toon(policy)
        naam = self.pad.name if self.pad else policy.titel
        self.setWindowTitle(f"{naam}[*] — Beleidsstudio")
        self._tellingen_bij()
        self._werk_ster_bij()

    def _na_bewerking(self, uitkomst, van_editor: bool) -> None:
        """Every operation, done, undone or redone: the views it names, the checks, the autosave. While
        typing, the panes beside the text follow a moment later (a keystroke stays fast)."""
        self.policy = self.bewerker.policy
        self.werkruimte.na_bewerking(uitkomst, van_editor)
        self.sessie.gewijzigd()
        self.herstel.gewijzigd()
        self._werk_ster_bij()
        if van_editor:
            self._panelen_wacht.start()
            return
        self._panelen_wacht.stop()
        self._ververs_panelen(uitkomst)

    def _ververs_panelen(self, uitkomst=None) -> None:
        if uitkomst is None or uitkomst.metadata or uitkomst.instemming or uitkomst.teksten or uitkomst.structuur:
            self.metadata.toon(self.policy)     # the consent's fingerprint follows the text
        self.review.ververs(uitkomst)
        self._tellingen_bij()

    def _toon_alleen_lezen(self) -> None:
        houder = self.sessie.houder
        if houder is not None:
            self.banier.setText(tr("Alleen-lezen: geopend door {gebruiker} op {host} sinds {tijd}")
                                .format(gebruiker=houder.gebruiker, host=houder.host, tijd=houder.tijd))
        self.banier.setVisible(houder is not None)
        for actie in self.structuur_acties:
            actie.setEnabled(houder is None)

    # -- file actions ----------------------------------------------------------------------------
    def markeer_als_concept(self) -> None:
        """A questionnaire draft, an import or restored work: unsaved until it has a file."""
        self._concept = True
        self.herstel.gewijzigd()
        self._werk_ster_bij()

    def mag_vervangen(self) -> bool:
        """Before another document replaces this one, or the window closes: work in no file asks Opslaan,
        Niet opslaan or Annuleren; a project's pending edits are written (or, when its file refuses,
        offered for Opslaan als). False: the user cancelled, nothing changes."""
        if self.pad is None and self.onopgeslagen_werk():
            keuze = onopgeslagen.vraag_opslaan(self, self._voorgestelde_naam().removesuffix(".beleid"))
            if keuze == onopgeslagen.ANNULEREN or (keuze == onopgeslagen.OPSLAAN and not self.opslaan()):
                return False
        return self.sessie.mag_loslaten(annuleren=True)

    def open_sample(self, sample_id: str) -> bool:
        if not self.mag_vervangen():
            return False
        self.sessie.sluit()
        self.toon(load_sample(sample_id))
        return True

    def vragenlijst(self) -> bool:
        """The questionnaire; its draft opens in the workspace (not yet saved, so leaving it asks)."""
        if not self.mag_vervangen():
            return False
        wizard = VragenlijstWizard(self)
        if not wizard.exec() or wizard.concept is None:
            return False
        self.sessie.sluit()
        self.toon(wizard.concept.policy)
        self.markeer_als_concept()
        self.review.controles.ververs()
        return True

    def kies_en_open(self) -> None:
        from ..formats.soorten import open_filters

        if not self.mag_vervangen():
            return
        pad = bestandsdialoog.kies_open(self, tr("Openen"), open_filters(), self._beginmap())
        if pad:
            self.open_path(Path(pad))

    def open_recent(self, pad: Path) -> bool:
        return self.mag_vervangen() and self.open_path(pad)

    def _beginmap(self) -> str:
        """File dialogs start beside the open file, else in the last folder used or the documents folder."""
        return str(self.pad.parent) if self.pad else bestandsdialoog.beginmap()

    def open_path(self, pad: Path) -> bool:
        from ..formats.importer import importeer_met_rapport
        from ..formats.soorten import is_import
        from .import_rapport import toon_importrapport

        rapport: list[str] = []
        try:
            if is_import(pad):
                resultaat = importeer_met_rapport(pad)
                policy, rapport = resultaat.policy, resultaat.niet_geplaatst
                self.sessie.sluit()
            else:
                policy = self.sessie.open(pad)
        except BeleidsstudioFout as fout:
            self.meld_fout(str(fout))
            return False
        self.toon(policy)
        if self.sessie.pad is None:                     # an import is work in no file yet
            self.markeer_als_concept()
        if self.sessie.pad:
            self._onthoud(pad)
        self.importrapport = toon_importrapport(self, rapport)
        return True

    def opslaan(self) -> bool:
        if self.pad is None or self.sessie.alleen_lezen or not self.sessie.autosave_aan:
            return self.opslaan_als()
        if not self.sessie.opslaan():
            return False
        self.stapel.setClean()
        self._werk_ster_bij()
        return True

    def opslaan_als(self) -> bool:
        pad = bestandsdialoog.kies_opslaan(self, tr("Opslaan als"), self._voorgestelde_naam(), project_filter(), self._beginmap())
        return self.save_to(Path(pad)) if pad else False

    def _voorgestelde_naam(self) -> str:
        basis = (self.policy.citeertitel or self.policy.titel) if self.policy else "beleid"
        veilig = "".join(c if c.isalnum() or c in " -_" else "_" for c in basis).strip() or "beleid"
        return f"{veilig}.beleid"

    def save_to(self, pad: Path) -> bool:
        """Save to a new project file; a file of that name that is not a project is refused, never overwritten."""
        if self.policy is None:
            return False
        if pad.suffix.lower() != ".beleid":
            pad = pad.with_name(pad.name + ".beleid")
        if pad == self.pad and not self.sessie.alleen_lezen:
            return self.opslaan()

        def maak() -> None:
            if pad.exists():
                controleer_kop(pad)
            self.sessie.maak(pad, self.policy)

        if not self._probeer(pad, maak):
            return False
        self.sessie.volg(self.policy)
        self.stapel.setClean()
        self._ververs()
        self._toon_alleen_lezen()
        self.bewerker.alleen_lezen = False
        self._concept = False
        self.herstel.vergeet()
        self._werk_ster_bij()
        self._onthoud(pad)
        self.statusBar().showMessage(tr("Opgeslagen: {bestand}").format(bestand=pad.name), 5000)
        return True

    def exporteer(self, soort: str, revisies: bool, pad: Path | None = None) -> bool:
        """The besluit as .docx (clean or with the open changes as Word revisions) or as PDF.

        First the export dialog (export_dialoog.py): with open changes on a clean export it asks
        to accept them in the export, export them as revisions, or cancel; it lists the open fouten
        and what the export leaves out. From the menu it shows whenever it has something to say;
        when the caller already chose the file (`pad`), only when there is a choice to make."""
        from .export_dialoog import AANVAARDEN, MET_WIJZIGINGEN, ExportDialoog

        policy = self.werkruimte.policy
        dialoog = ExportDialoog(policy, revisies, self.review.voorkeuren, self)
        if dialoog.moet_kiezen() or (pad is None and dialoog.iets_te_melden()):
            if not dialoog.exec():
                return False
            self.review._bewaar()           # the template chosen there is a preference
        if dialoog.keuze == AANVAARDEN:
            from ..formats.exportregels import met_alles_aanvaard
            policy = met_alles_aanvaard(policy)
        revisies = revisies or dialoog.keuze == MET_WIJZIGINGEN
        if pad is None:
            pad = self._kies_exportbestand(soort)
            if pad is None:
                return False
        if not self._probeer(pad, lambda: self._schrijf_export(policy, soort, revisies, pad)):
            return False
        self.statusBar().showMessage(tr("Geëxporteerd: {bestand}").format(bestand=pad.name), 5000)
        return True

    def _kies_exportbestand(self, soort: str) -> Path | None:
        filter_ = "Word (*.docx)" if soort == "docx" else "PDF (*.pdf)"
        gekozen = bestandsdialoog.kies_opslaan(self, tr("Exporteren"), f"{Path(self._voorgestelde_naam()).stem}.{soort}", filter_,
                                               self._beginmap())
        return Path(gekozen) if gekozen else None

    def _schrijf_export(self, policy: Policy, soort: str, revisies: bool, pad: Path) -> None:
        from ..formats.docx_export import schrijf_besluit
        from ..formats.pdf import converteer

        voorkeuren = self.review.voorkeuren
        sjabloon = Path(voorkeuren.word_sjabloon) if voorkeuren.word_sjabloon else None
        auteur = voorkeuren.auteur or None
        if soort == "docx":
            schrijf_besluit(policy, pad, revisies=revisies, sjabloon=sjabloon, auteur=auteur)
            return
        with tempfile.TemporaryDirectory() as tmp:
            docx = Path(tmp) / f"{pad.stem}.docx"
            schrijf_besluit(policy, docx, revisies=revisies, sjabloon=sjabloon, auteur=auteur)
            converteer(docx, pad)

    # -- the Gegevens pane: field edits as one undo step, tracked when tracking is on ---------------
    def _verbind_gegevens(self) -> None:
        self.metadata.bewerkt.connect(self.bewerk_metadata)
        self.metadata.fout.connect(self.meld_fout)
        self.metadata.instemming_aanbieden.connect(self.review.bied_aan)
        self.metadata.instemming_vastleggen.connect(self.review.besluit)
        self.metadata.mag_bewerken = lambda: not self.sessie.alleen_lezen and not self.review.is_or

    def bewerk_metadata(self, veld: str, waarde) -> None:
        """One field of the Gegevens pane; a field the text states rewrites its artikel."""
        if self.sessie.alleen_lezen or self.review.is_or:
            return
        self.bewerker.voer_uit(bewerken.zet_gegeven, veld, waarde)

    def _probeer(self, pad: Path, schrijf) -> bool:
        """A write to `pad`; an expected failure becomes one message to the user, never a traceback."""
        try:
            schrijf()
        except BeleidsstudioFout as fout:
            self.meld_fout(str(fout))
            return False
        except OSError as exc:
            self.meld_fout(tr("Kan {bestand} niet schrijven: {reden}").format(bestand=pad, reden=exc.strerror))
            return False
        return True

    def _onthoud(self, pad: Path) -> None:
        self.staat.voeg_recent_toe(pad)
        self._bewaar_staat()
        self._vul_recent()

    def _bewaar_staat(self) -> None:
        self.staat.laatste_map = laad_staat().laatste_map      # the file dialogs keep it themselves
        self.staat.venster = bytes(self.saveGeometry().toBase64()).decode("ascii")
        try:
            bewaar_staat(self.staat)
        except OSError:
            pass  # remembering recent files is a convenience, never a reason to fail

    # -- language -----------------------------------------------------------------------------------
    def zet_taal(self, taal: str) -> None:
        """Switch the interface language now and remember it."""
        from ..i18n import zet_taal
        from .app import installeer_vertalers

        self.review.voorkeuren.taal = taal          # one copy of the preferences: the review's
        self.review._bewaar()
        zet_taal(taal)
        installeer_vertalers()
        for dock in [self.dock, self.palet_dock] + self.review.docks:
            self.removeDockWidget(dock)
            dock.deleteLater()              # built again in the new language: the old ones must not linger
        bijhouden, concept = self.bewerker.bijhouden, self._concept
        self._bouw()            # the undo history lives in the model and the Bewerker: it stays
        self.review.actie_bijhouden.setChecked(bijhouden)
        self._concept = concept
        if self.policy is not None:
            self.werkruimte.toon(self.policy)
            self._ververs()
            self.review.ververs()
            self._toon_alleen_lezen()
            self._werk_ster_bij()

    def meld_fout(self, bericht: str) -> None:
        QMessageBox.warning(self, tr("Beleidsstudio"), bericht)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ctrl+Q or the close button: work in no file asks Opslaan / Niet opslaan / Annuleren; a project's
        pending edits are saved, and when its file refuses (a conflict, read-only, a full disk) they are
        offered for Opslaan als. Annuleren keeps the window open. Never closes silently over lost work."""
        if not self.mag_vervangen():
            event.ignore()
            return
        self.herstel.vergeet()
        self.sessie.sluit()
        self._bewaar_staat()
        super().closeEvent(event)

    def _hulpmenu(self) -> None:
        """Help: where the failure log is (fouten.log: exception types and code lines, no policy text)."""
        menu = self.menuBar().addMenu(tr("&Help"))
        self.actie_foutenlog = self._actie(menu, tr("&Foutenlogboek tonen…"), QKeySequence(), self.toon_foutenlog)

    def toon_foutenlog(self) -> None:
        from .foutenlog import toon_foutenlog

        toon_foutenlog(self)
