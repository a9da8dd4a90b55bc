"""The export dialog: before a besluit leaves the program, say what it will and will not state.

With open tracked changes on a clean export it asks: accept them in the export (the project keeps
them open), export with the changes as Word revisions, or cancel. It lists the open fouten of the
checks and what the export leaves out (a stale consent) or marks (CONCEPT), and shows which Word
template is used; the organisation's own .dotx can be chosen there and is remembered in the
preferences. The guards themselves are in formats/exportregels.py, shared with the command line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout,
)

from ..checks import controleer
from ..formats import exportregels
from ..i18n import tr
from ..model.document import Policy
from ..settings import Voorkeuren
from .bestandsdialoog import kies_open

AANVAARDEN, MET_WIJZIGINGEN, EXPORTEREN = "aanvaarden", "met_wijzigingen", "exporteren"


class ExportDialoog(QDialog):
    def __init__(self, policy: Policy, revisies: bool, voorkeuren: Voorkeuren, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportdialoog")
        self.setWindowTitle(tr("Exporteren"))
        self.voorkeuren = voorkeuren
        self.keuze: str | None = None
        self.open_wijzigingen = 0 if revisies else len(exportregels.open_wijziging_ids(policy))
        self.fouten = [b for b in controleer(policy) if b.ernst == "fout"]
        self.waarschuwingen = exportregels.waarschuwingen(policy)
        self._bouw()

    def iets_te_melden(self) -> bool:
        return bool(self.open_wijzigingen or self.fouten or self.waarschuwingen)

    def moet_kiezen(self) -> bool:
        return bool(self.open_wijzigingen)

    def _bouw(self) -> None:
        layout = QVBoxLayout(self)
        if self.open_wijzigingen:
            layout.addWidget(self._tekst(tr("Open wijzigingen in de tekst: {aantal}. Een schone export zonder keuze zou ze "
                                            "stilzwijgend meenemen.").format(aantal=self.open_wijzigingen)))
        for regel in self.waarschuwingen:
            layout.addWidget(self._tekst("⚠ " + regel))
        if self.fouten:
            layout.addWidget(self._tekst(tr("Open fouten ({aantal}):").format(aantal=len(self.fouten))))
            self.lijst = QListWidget()
            self.lijst.setWordWrap(True)
            self.lijst.addItems([b.bericht for b in self.fouten])
            layout.addWidget(self.lijst)
        layout.addLayout(self._sjabloonregel())
        layout.addWidget(self._knoppen())
        self.resize(620, self.sizeHint().height())

    def _tekst(self, tekst: str) -> QLabel:
        label = QLabel(tekst)
        label.setWordWrap(True)
        return label

    def _sjabloonregel(self) -> QHBoxLayout:
        rij = QHBoxLayout()
        self.sjabloon_label = QLabel()
        self._toon_sjabloon()
        kies, standaard = QPushButton(tr("Sjabloon kiezen…")), QPushButton(tr("Standaard"))
        kies.clicked.connect(self.kies_sjabloon)
        standaard.clicked.connect(lambda: self.zet_sjabloon(""))
        rij.addWidget(self.sjabloon_label, 1)
        rij.addWidget(kies)
        rij.addWidget(standaard)
        return rij

    def _toon_sjabloon(self) -> None:
        naam = Path(self.voorkeuren.word_sjabloon).name if self.voorkeuren.word_sjabloon else tr("regelingstijl van Beleidsstudio")
        self.sjabloon_label.setText(tr("Word-sjabloon: {naam}").format(naam=naam))

    def kies_sjabloon(self) -> None:
        huidig = self.voorkeuren.word_sjabloon
        pad = kies_open(self, tr("Word-sjabloon van de organisatie"), tr("Word-sjabloon (*.dotx *.docx)"),
                        str(Path(huidig).parent) if huidig and Path(huidig).parent.is_dir() else None)
        if pad:
            self.zet_sjabloon(pad)

    def zet_sjabloon(self, pad: str) -> None:
        self.voorkeuren.word_sjabloon = pad
        self._toon_sjabloon()

    def _knoppen(self) -> QDialogButtonBox:
        knoppen = QDialogButtonBox()
        if self.open_wijzigingen:
            self.knop_aanvaarden = knoppen.addButton(tr("Aanvaarden in de export"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.knop_met = knoppen.addButton(tr("Exporteren met wijzigingen"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.knop_aanvaarden.clicked.connect(lambda: self._kies(AANVAARDEN))
            self.knop_met.clicked.connect(lambda: self._kies(MET_WIJZIGINGEN))
        else:
            knop = knoppen.addButton(tr("Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
            knop.clicked.connect(lambda: self._kies(EXPORTEREN))
        self.knop_annuleren = knoppen.addButton(tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.knop_annuleren.clicked.connect(self.reject)
        return knoppen

    def _kies(self, keuze: str) -> None:
        self.keuze = keuze
        self.accept()
