"""The main window: the structure tree on the left, the text of the selected part on the right,
the metadata in a dock; menu Bestand.

File work goes through the core (samples, importer, store); the dialogs are thin wrappers
around open_path() and save_to(), which the tests call directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
)

from ..errors import BeleidsstudioFout
from ..formats.importer import TEKST_EXTENSIES, importeer_bestand
from ..i18n import tr
from ..model.document import Policy
from ..samples import load_sample, samples
from ..settings import Staat, bewaar_staat, laad_staat
from ..store import ProjectBestand, controleer_kop
from .block_html import blok_html
from .compare_view import CompareView
from .coverage_view import CoverageView
from .metadata_panel import MetadataPanel
from .tree_model import BLOK_ROL, PolicyTreeModel



def project_filter() -> str:
    return tr("Beleidsstudio-project (*.beleid)")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.policy: Policy | None = None
        self.pad: Path | None = None
        self.staat: Staat = laad_staat()
        self.tree_model = PolicyTreeModel(self)
        self._bouw_widgets()
        self._bouw_menu()
        self.resize(1200, 760)
        if self.staat.venster:
            self.restoreGeometry(QByteArray.fromBase64(self.staat.venster.encode("ascii")))

    # -- construction ----------------------------------------------------------------
    def _bouw_widgets(self) -> None:
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._toon_selectie)
        self.tekst = QTextBrowser()
        self.tekst.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tekst)
        splitter.setSizes([380, 620])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, tr("Document"))
        self.vergelijk_view = CompareView(lambda: self.policy)
        self.vergelijk_view.fout.connect(self.meld_fout)
        self.tabs.addTab(self.vergelijk_view, tr("Vergelijken"))
        self.dekking_view = CoverageView(lambda: self.policy)
        self.dekking_view.fout.connect(self.meld_fout)
        self.tabs.addTab(self.dekking_view, tr("Dekking"))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda index: self.dock.setVisible(index == 0))
        self.metadata = MetadataPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.metadata)
        self.dock = QDockWidget(tr("Gegevens"), self)
        self.dock.setObjectName("gegevens")
        self.dock.setWidget(scroll)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

    def _bouw_menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Bestand"))
        self.menu_bestand = menu
        self.menu_voorbeelden = menu.addMenu(tr("&Nieuw van voorbeeld"))
        for info in samples():
            actie = self.menu_voorbeelden.addAction(load_sample(info.id).titel)
            actie.setData(info.id)
            actie.triggered.connect(lambda _=False, sid=info.id: self.open_sample(sid))
        self._actie(menu, tr("&Openen…"), QKeySequence.StandardKey.Open, self.kies_en_open)
        self.actie_opslaan = self._actie(menu, tr("Op&slaan"), QKeySequence.StandardKey.Save, self.opslaan)
        self._actie(menu, tr("Opslaan &als…"), QKeySequence.StandardKey.SaveAs, self.opslaan_als)
        self.menu_recent = menu.addMenu(tr("&Recente bestanden"))
        self.menu_recent.aboutToShow.connect(self._vul_recent)
        self._vul_recent()
        menu.addSeparator()
        self._actie(menu, tr("Af&sluiten"), QKeySequence.StandardKey.Quit, self.close)
        beeld = self.menuBar().addMenu(tr("B&eeld"))
        for nummer, naam in enumerate((tr("&Document"), tr("&Vergelijken"), tr("De&kking")), start=1):
            self._actie(beeld, naam, QKeySequence(f"Ctrl+{nummer}"), lambda _=False, i=nummer - 1: self.tabs.setCurrentIndex(i))

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
            actie.triggered.connect(lambda _=False, p=pad: self.open_path(Path(p)))
        self.menu_recent.setEnabled(bool(self.staat.recente_bestanden))

    # -- showing a policy --------------------------------------------------------------
    def toon(self, policy: Policy, pad: Path | None) -> None:
        self.policy, self.pad = policy, pad
        self.tree_model.toon(policy)
        self.tree.expandToDepth(0)
        self.metadata.toon(policy)
        self._selecteer_eerste_artikel()
        self._werk_titel_bij()
        self.vergelijk_view.ververs_bronnen()
        self.dekking_view.ververs_bronnen()
        leden = sum(len(a.leden) for a in policy.artikelen)
        self.statusBar().showMessage(
            tr("{artikelen} artikelen, {leden} leden").format(artikelen=len(policy.artikelen), leden=leden)
        )

    def _selecteer_eerste_artikel(self) -> None:
        for rij in range(self.tree_model.rowCount()):
            index = self._eerste_artikel_onder(self.tree_model.index(rij, 0))
            if index is not None:
                self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return

    def _eerste_artikel_onder(self, index: QModelIndex) -> QModelIndex | None:
        soort, _ = index.data(BLOK_ROL)
        if soort == "artikel":
            return index
        if soort == "hoofdstuk":
            return self.tree_model.index(0, 0, index)
        return None

    def _toon_selectie(self, huidig: QModelIndex, _vorig: QModelIndex = QModelIndex()) -> None:
        if self.policy is None or not huidig.isValid():
            self.tekst.clear()
            return
        soort, blok_id = huidig.data(BLOK_ROL)
        self.tekst.setHtml(blok_html(self.policy, soort, blok_id))

    def _werk_titel_bij(self) -> None:
        naam = self.pad.name if self.pad else (self.policy.titel if self.policy else "")
        self.setWindowTitle(f"{naam}[*] — Beleidsstudio")
        self.setWindowModified(self.pad is None)

    # -- file actions --------------------------------------------------------------------
    def open_sample(self, sample_id: str) -> None:
        self.toon(load_sample(sample_id), None)

    def kies_en_open(self) -> None:
        filters = f"{project_filter()};;{tr('Tekst en Markdown (*.txt *.md)')}"
        pad, _ = QFileDialog.getOpenFileName(self, tr("Openen"), "", filters)
        if pad:
            self.open_path(Path(pad))

    def open_path(self, pad: Path) -> bool:
        try:
            if pad.suffix.lower() in TEKST_EXTENSIES:
                self.toon(importeer_bestand(pad), None)
                return True
            with ProjectBestand.open(pad) as project:
                policy = project.load()
        except BeleidsstudioFout as fout:
            self.meld_fout(str(fout))
            return False
        self.toon(policy, pad)
        self._onthoud(pad)
        return True

    def opslaan(self) -> bool:
        if self.pad is None:
            return self.opslaan_als()
        return self.save_to(self.pad)

    def opslaan_als(self) -> bool:
        pad, _ = QFileDialog.getSaveFileName(self, tr("Opslaan als"), self._voorgestelde_naam(), project_filter())
        return self.save_to(Path(pad)) if pad else False

    def _voorgestelde_naam(self) -> str:
        basis = (self.policy.citeertitel or self.policy.titel) if self.policy else "beleid"
        veilig = "".join(c if c.isalnum() or c in " -_" else "_" for c in basis).strip() or "beleid"
        return f"{veilig}.beleid"

    def save_to(self, pad: Path) -> bool:
        """Save to a project file; a foreign file of that name is refused, never overwritten."""
        if self.policy is None:
            return False
        if pad.suffix.lower() != ".beleid":
            pad = pad.with_name(pad.name + ".beleid")
        try:
            if pad.exists() and pad != self.pad:
                controleer_kop(pad)
            if pad == self.pad:
                with ProjectBestand.open(pad) as project:
                    project.save(self.policy)
            else:
                ProjectBestand.create(pad, self.policy).close()
        except BeleidsstudioFout as fout:
            self.meld_fout(str(fout))
            return False
        except OSError as exc:
            self.meld_fout(tr("Kan {bestand} niet schrijven: {reden}").format(bestand=pad, reden=exc.strerror))
            return False
        self.pad = pad
        self._werk_titel_bij()
        self.setWindowModified(False)
        self._onthoud(pad)
        self.statusBar().showMessage(tr("Opgeslagen: {bestand}").format(bestand=pad.name), 5000)
        return True

    def _onthoud(self, pad: Path) -> None:
        self.staat.voeg_recent_toe(pad)
        self._bewaar_staat()
        self._vul_recent()

    def _bewaar_staat(self) -> None:
        self.staat.venster = bytes(self.saveGeometry().toBase64()).decode("ascii")
        try:
            bewaar_staat(self.staat)
        except OSError:
            pass  # remembering recent files is a convenience, never a reason to fail

    def meld_fout(self, bericht: str) -> None:
        QMessageBox.warning(self, tr("Beleidsstudio"), bericht)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._bewaar_staat()
        super().closeEvent(event)
