"""The checks pane: the findings of the drafting checks; clicking one goes to its block."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..checks import controleer
from ..i18n import tr
from ..model.document import Policy
from .statusbalk import aantal

ROL = Qt.ItemDataRole.UserRole
WACHT_MS = 800     # checks run when typing pauses, not on every keystroke


class ControlesPaneel(QWidget):
    ga_naar = Signal(str)
    geteld = Signal()          # after every run: `fouten` holds the number of fouten

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samenvatting = QLabel()
        self.lijst = QListWidget()
        self.lijst.setWordWrap(True)
        self.lijst.itemClicked.connect(lambda item: item.data(ROL) and self.ga_naar.emit(item.data(ROL)))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WACHT_MS)
        self.timer.timeout.connect(self.ververs)
        self.policy: Policy | None = None
        self.fouten: int | None = None        # None until the checks have run
        layout = QVBoxLayout(self)
        layout.addWidget(self.samenvatting)
        layout.addWidget(self.lijst)

    def plan(self, policy: Policy) -> None:
        self.policy = policy
        self.timer.start()

    def ververs(self) -> None:
        if self.policy is None:
            return
        bevindingen = controleer(self.policy)
        self.lijst.clear()
        namen = {"fout": tr("Fout"), "waarschuwing": tr("Waarschuwing"), "opmerking": tr("Opmerking")}
        kleuren = {"fout": "#b00020", "waarschuwing": "#8e6c00", "opmerking": "#4a4a4a"}
        for b in bevindingen:
            item = QListWidgetItem(f"{namen.get(b.ernst, b.ernst)}: {b.bericht}")
            item.setToolTip(b.hint)
            item.setData(ROL, b.blok)
            item.setForeground(QBrush(QColor(kleuren.get(b.ernst, "#8e6c00"))))
            self.lijst.addItem(item)
        aantal_per = {ernst: sum(1 for b in bevindingen if b.ernst == ernst) for ernst in namen}
        self.samenvatting.setText(", ".join([
            aantal(aantal_per["fout"], tr("{n} fout"), tr("{n} fouten")),
            aantal(aantal_per["waarschuwing"], tr("{n} waarschuwing"), tr("{n} waarschuwingen")),
            aantal(aantal_per["opmerking"], tr("{n} opmerking"), tr("{n} opmerkingen"))]))
        self.fouten = aantal_per["fout"]
        self.geteld.emit()
