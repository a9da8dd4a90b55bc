"""The import report in the window: the lines of an imported file that could not be placed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..formats.importer import rapport_regels
from ..i18n import tr


def toon_importrapport(ouder: QWidget, niet_geplaatst: list[str]) -> QMessageBox | None:
    """A non-blocking message with the unplaced lines as details (nothing when every line was placed)."""
    regels = rapport_regels(niet_geplaatst)
    if not regels:
        return None
    venster = QMessageBox(QMessageBox.Icon.Information, tr("Importrapport"), regels[0], QMessageBox.StandardButton.Ok, ouder)
    venster.setInformativeText(tr("Deze regels staan niet in de tekst van het document; lees ze na."))
    venster.setDetailedText("\n".join(r.strip() for r in regels[1:]))
    venster.setObjectName("importrapport")
    venster.open()
    return venster
