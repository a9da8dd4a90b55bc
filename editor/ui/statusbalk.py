"""The status bar: what the document holds (artikelen, leden, open wijzigingen, fouten), whether it is saved,
and an always-visible indicator of tracking and the active role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar

from ..i18n import aantal, tr
from .bestandsdialoog import documentenmap

__all__ = ["Statusbalk", "aantal", "documentenmap"]


class Statusbalk:
    """Permanent labels on the right of the window's status bar (messages keep the left)."""

    def __init__(self, balk: QStatusBar) -> None:
        for oud in balk.findChildren(QLabel, "statuslabel"):    # after a change of language
            balk.removeWidget(oud)
            oud.deleteLater()
        self.tellingen, self.opgeslagen, self.modus = QLabel(), QLabel(), QLabel()
        for label in (self.tellingen, self.opgeslagen, self.modus):
            label.setObjectName("statuslabel")
            balk.addPermanentWidget(label)
        self.modus.setStyleSheet("padding: 0 6px; border-radius: 3px;")

    def zet_tellingen(self, artikelen: int, leden: int, wijzigingen: int, fouten: int | None) -> None:
        delen = [aantal(artikelen, tr("{n} artikel"), tr("{n} artikelen")),
                 aantal(leden, tr("{n} lid"), tr("{n} leden")),
                 aantal(wijzigingen, tr("{n} open wijziging"), tr("{n} open wijzigingen"))]
        if fouten is not None:
            delen.append(aantal(fouten, tr("{n} fout"), tr("{n} fouten")))
        self.tellingen.setText(" · ".join(delen))

    def zet_opgeslagen(self, opgeslagen: bool, met_bestand: bool) -> None:
        if opgeslagen:
            self.opgeslagen.setText(tr("Opgeslagen") if met_bestand else "")
        else:
            self.opgeslagen.setText(tr("Niet opgeslagen") if not met_bestand else tr("Wordt opgeslagen…"))

    def zet_modus(self, bijhouden: bool, is_or: bool) -> None:
        """Word's "Track Changes: On" in the status bar, with the role beside it."""
        rol = tr("Rol: ondernemingsraad") if is_or else tr("Rol: opsteller")
        bijhouden_tekst = tr("Wijzigingen bijhouden: aan") if bijhouden else tr("Wijzigingen bijhouden: uit")
        self.modus.setText(f"{bijhouden_tekst} · {rol}")
        kleur = "#fde2e1" if bijhouden else "transparent"
        self.modus.setStyleSheet(f"padding: 0 6px; border-radius: 3px; background: {kleur};")
