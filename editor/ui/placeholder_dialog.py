"""The placeholders still open, and filling the organisation's name into all of them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout

from ..i18n import tr
from ..model.document import Policy
from ..model.placeholders import placeholders_in


class PlaatshouderDialoog(QDialog):
    def __init__(self, policy: Policy, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Plaatshouders"))
        telling = Counter(p.tekst for t in policy.teksten() for p in placeholders_in(t))
        self.lijst = QListWidget()
        for tekst, aantal in telling.items():
            self.lijst.addItem(tr("{plaatshouder} — {aantal}×").format(plaatshouder=tekst, aantal=aantal))
        self.organisatie = QLineEdit(policy.metadata.organisatie or "")
        form = QFormLayout()
        form.addRow(tr("Naam organisatie:"), self.organisatie)
        from .review import ok_annuleren

        knoppen = ok_annuleren(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Nog open in dit beleid:") if telling else tr("Er zijn geen open plaatshouders.")))
        layout.addWidget(self.lijst)
        layout.addWidget(QLabel(tr("[naam medewerker] en dergelijke blijven open: die vult de medewerker zelf in.")))
        layout.addLayout(form)
        layout.addWidget(knoppen)
        self.lijst.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # a list to read: typing goes into the name
        self.organisatie.setFocus(Qt.FocusReason.OtherFocusReason)
        self.organisatie.selectAll()
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
