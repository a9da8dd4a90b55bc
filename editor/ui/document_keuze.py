"""Choosing documents to compare: the samples, the open document, files the user adds."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from ..formats.importer import TEKST_EXTENSIES, importeer_bestand
from ..i18n import tr
from ..model.document import Policy
from ..samples import load_sample, samples
from ..store import ProjectBestand


def bron_lijst(huidig: Callable[[], Policy | None]) -> list[tuple[str, Callable[[], Policy]]]:
    """(label, loader) for the open document and every sample."""
    lijst: list[tuple[str, Callable[[], Policy]]] = []
    if huidig() is not None:
        lijst.append((tr("Geopend document"), lambda: huidig()))
    for info in samples():
        lijst.append((info.id, lambda sid=info.id: load_sample(sid)))
    return lijst


def laad_bestand(pad: Path) -> Policy:
    if pad.suffix.lower() in TEKST_EXTENSIES:
        return importeer_bestand(pad)
    with ProjectBestand.open(pad) as project:
        return project.load()


def kies_bestand(ouder: QWidget) -> Path | None:
    filters = tr("Beleid (*.beleid *.txt *.md)")
    pad, _ = QFileDialog.getOpenFileName(ouder, tr("Document kiezen"), "", filters)
    return Path(pad) if pad else None


def vul_keuze(keuze: QComboBox, bronnen: list[tuple[str, Callable[[], Policy]]], standaard: str) -> None:
    keuze.clear()
    for label, laad in bronnen:
        keuze.addItem(label, laad)
    index = keuze.findText(standaard)
    keuze.setCurrentIndex(max(0, index))
