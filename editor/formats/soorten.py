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


# -- exports: suffix -> writer (each writer writes through editor/atomair.py) ---------------------

@dataclass(frozen=True)
class ExportOpties:
    revisies: bool = False          # Word revisions for the open changes (a redline)
    sjabloon: Path | None = None    # the organisation's Word template
    auteur: str | None = None


@dataclass(frozen=True)
class ExportSoort:
    naam: str
    suffixen: tuple[str, ...]
    schrijf: Callable[[Policy, Path, ExportOpties], None]

    def filter(self) -> str:
        return f"{tr(self.naam)} ({' '.join('*' + s for s in self.suffixen)})"


def _schrijf_docx(policy: Policy, pad: Path, opties: ExportOpties) -> None:
    from .docx_export import schrijf_besluit

    schrijf_besluit(policy, pad, revisies=opties.revisies, sjabloon=opties.sjabloon, auteur=opties.auteur)


def _schrijf_pdf(policy: Policy, pad: Path, opties: ExportOpties) -> None:
    import tempfile

    from .pdf import converteer

    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{pad.stem}.docx"
        _schrijf_docx(policy, docx, opties)
        converteer(docx, pad)


def _schrijf_tekst(policy: Policy, pad: Path, opties: ExportOpties) -> None:
    from ..atomair import schrijf_tekst
    from .text_export import render_text

    schrijf_tekst(pad, render_text(policy))


EXPORTSOORTEN = (
    ExportSoort("Word", (".docx",), _schrijf_docx),
    ExportSoort("PDF", (".pdf",), _schrijf_pdf),
    ExportSoort("Tekst en Markdown", (".txt", ".md"), _schrijf_tekst),
)


def exportsoort_van(pad: Path) -> ExportSoort | None:
    return next((s for s in EXPORTSOORTEN if pad.suffix.lower() in s.suffixen), None)


def exporteer(policy: Policy, pad: Path, opties: ExportOpties = ExportOpties()) -> None:
    """Write the policy in the format its suffix names (BestandFout with one line for an unknown one)."""
    from ..errors import BestandFout

    soort = exportsoort_van(pad)
    if soort is None:
        raise BestandFout(tr("Exporteer naar .docx, .pdf, .txt of .md: {bestand}").format(bestand=pad))
    soort.schrijf(policy, pad, opties)
