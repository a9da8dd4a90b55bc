"""One door for documents: which files can be read, by which reader, under which dialog filter.

The window's Open dialog, the compare tab's document chooser and the command line's loader ask this
table, so a file that one accepts the others accept too (the compare tab used to refuse a .docx).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..i18n import tr
from ..model.document import Policy


@dataclass(frozen=True)
class DocumentSoort:
    naam: str                     # Dutch source text of the filter's name
    suffixen: tuple[str, ...]
    lees: Callable[[Path], Policy]

    def filter(self) -> str:
        return f"{tr(self.naam)} ({' '.join('*' + s for s in self.suffixen)})"


def _lees_project(pad: Path) -> Policy:
    from ..store import ProjectBestand

    with ProjectBestand.open(pad) as project:
        return project.load()


def _lees_import(pad: Path) -> Policy:
    from .importer import importeer_bestand

    return importeer_bestand(pad)


SOORTEN = (
    DocumentSoort("Beleidsproject", (".beleid",), _lees_project),
    DocumentSoort("Word", (".docx",), _lees_import),
    DocumentSoort("Tekst en Markdown", (".txt", ".md", ".markdown", ".text"), _lees_import),
)


def soort_van(pad: Path) -> DocumentSoort | None:
    return next((s for s in SOORTEN if pad.suffix.lower() in s.suffixen), None)


def is_import(pad: Path) -> bool:
    """Files that are imported into a new document rather than opened as a project."""
    soort = soort_van(pad)
    return soort is not None and soort.lees is _lees_import


def open_filters() -> str:
    """The Open dialog's filters: every readable kind first, then each kind."""
    alles = " ".join("*" + s for soort in SOORTEN for s in soort.suffixen)
    return ";;".join([f"{tr('Alle documenten')} ({alles})"] + [s.filter() for s in SOORTEN])


def lees_document(pad: Path) -> Policy:
    from ..errors import BestandFout

    soort = soort_van(pad)
    if soort is None:
        raise BestandFout(tr("Kan {bestand} niet openen: alleen .beleid-, .docx-, .txt- en .md-bestanden.").format(bestand=pad.name))
    return soort.lees(pad)
