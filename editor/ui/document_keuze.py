"""Choosing documents to compare: the samples, the open document, files the user adds."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from ..formats.soorten import lees_document, open_filters
from ..i18n import tr
from ..model.document import Policy
from ..samples import load_sample, samples
from .bestandsdialoog import kies_open


def bron_lijst(huidig: Callable[[], Policy | None]) -> list[tuple[str, Callable[[], Policy]]]:
    """(label, loader) for the open document and every sample."""
    lijst: list[tuple[str, Callable[[], Policy]]] = []
    if huidig() is not None:
        lijst.append((tr("Geopend document"), lambda: huidig()))
    for info in samples():
        lijst.append((info.id, lambda sid=info.id: load_sample(sid)))
    return lijst


def laad_bestand(pad: Path) -> Policy:
    """Any document the table of formats reads (a .docx too, as on the command line)."""
    return lees_document(pad)


def kies_bestand(ouder: QWidget) -> Path | None:
    pad = kies_open(ouder, tr("Document kiezen"), open_filters())
    return Path(pad) if pad else None


def vul_keuze(keuze: QComboBox, bronnen: list[tuple[str, Callable[[], Policy]]], standaard: str) -> None:
    keuze.clear()
    for label, laad in bronnen:
        keuze.addItem(label, laad)
    index = keuze.findText(standaard)
    keuze.setCurrentIndex(max(0, index))
