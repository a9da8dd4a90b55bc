"""The two questions about a project that cannot simply be written: work that cannot be saved
(a conflict, a read-only file, a full disk) when the window closes or switches, and a lock left
behind by a crashed program or another computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import tr
from ..store.lock import Houder
from .bestandsdialoog import kies_opslaan

OPSLAAN_ALS, VERWERPEN, ANNULEREN = "opslaan_als", "verwerpen", "annuleren"


def vraag_bij_verlies(ouder: QWidget | None, bestand: str, reden: str, annuleren: bool) -> str:
    """Opslaan als, Niet bewaren, or (when closing) Annuleren. Escape never throws the work away."""
    vraag = QMessageBox(ouder)
    vraag.setObjectName("onopgeslagen")
    vraag.setIcon(QMessageBox.Icon.Warning)
    vraag.setWindowTitle(tr("Wijzigingen niet opgeslagen"))
    vraag.setText(tr("Uw wijzigingen in {bestand} zijn niet opgeslagen.").format(bestand=bestand))
    vraag.setInformativeText(reden + "\n\n" + tr("Sla ze op in een ander bestand, of gooi ze weg."))
    opslaan = vraag.addButton(tr("Opslaan als…"), QMessageBox.ButtonRole.AcceptRole)
    weg = vraag.addButton(tr("Niet bewaren"), QMessageBox.ButtonRole.DestructiveRole)
    terug = vraag.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole) if annuleren else None
    vraag.setDefaultButton(opslaan)
    vraag.setEscapeButton(terug or opslaan)
    vraag.exec()
    gekozen = vraag.clickedButton()
    if gekozen is weg:
        return VERWERPEN
    if terug is not None and gekozen is terug:
        return ANNULEREN
    return OPSLAAN_ALS


def kies_kopie(ouder: QWidget | None, voorstel: Path) -> Path | None:
    gekozen = kies_opslaan(ouder, tr("Opslaan als"), voorstel.name, tr("Beleidsstudio-project (*.beleid)"), str(voorstel.parent))
    if not gekozen:
        return None
    pad = Path(gekozen)
    return pad if pad.suffix.lower() == ".beleid" else pad.with_name(pad.name + ".beleid")


def vraag_overname(ouder: QWidget | None, houder: Houder) -> bool:
    """"Geopend door jan op laptop-jan sinds 1 januari 2024. … Toch openen en overnemen?" No opens read-only."""
    vraag = QMessageBox(ouder)
    vraag.setObjectName("overname")
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(tr("Bestand in gebruik"))
    vraag.setText(houder.vraag())
    ja = vraag.addButton(tr("Openen en overnemen"), QMessageBox.ButtonRole.AcceptRole)
    nee = vraag.addButton(tr("Alleen-lezen openen"), QMessageBox.ButtonRole.RejectRole)
    vraag.setDefaultButton(nee)
    vraag.setEscapeButton(nee)
    vraag.exec()
    return vraag.clickedButton() is ja


OPSLAAN = "opslaan"


def vraag_opslaan(ouder: QWidget | None, naam: str) -> str:
    """Opening another document or quitting over work that is in no file: Opslaan, Niet opslaan or
    Annuleren, as Word asks. Escape cancels; Opslaan is the default."""
    vraag = QMessageBox(ouder)
    vraag.setObjectName("opslaan_vraag")
    vraag.setIcon(QMessageBox.Icon.Warning)
    vraag.setWindowTitle(tr("Wijzigingen opslaan?"))
    vraag.setText(tr("Wilt u de wijzigingen in {naam} opslaan?").format(naam=naam))
    vraag.setInformativeText(tr("Als u niet opslaat, gaan uw wijzigingen verloren."))
    opslaan = vraag.addButton(tr("Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    weg = vraag.addButton(tr("Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    terug = vraag.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    vraag.setDefaultButton(opslaan)
    vraag.setEscapeButton(terug)
    vraag.exec()
    gekozen = vraag.clickedButton()
    if gekozen is opslaan:
        return OPSLAAN
    return VERWERPEN if gekozen is weg else ANNULEREN
