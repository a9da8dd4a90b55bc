"""Reading a policy from a plain-text or Markdown file."""

from __future__ import annotations

from pathlib import Path

from ..errors import BestandFout
from ..i18n import aantal, tr
from ..model.document import Bron, Policy
from .text_export import pas_gegevens_toe, split_gegevens
from .text_import import Import, lees_import

MAX_TEKST_BYTES = 20 * 1024 * 1024
TEKST_EXTENSIES = {".txt", ".md", ".markdown", ".text"}


def lees_tekst(tekst: str, *, markdown: bool | None = None, bron: Bron | None = None) -> Policy:
    """A policy from its readable text, including a closing Gegevens block if present."""
    return lees_tekst_met_rapport(tekst, markdown=markdown, bron=bron).policy


def lees_tekst_met_rapport(tekst: str, *, markdown: bool | None = None, bron: Bron | None = None) -> Import:
    """The policy and the lines of the input it could not place (see woorden.py)."""
    body, gegevens = split_gegevens(tekst)
    resultaat = lees_import(body, markdown=markdown, bron=bron)
    try:
        pas_gegevens_toe(resultaat.policy, gegevens)
    except ValueError as exc:
        raise BestandFout(tr("Ongeldige waarde in het blok Gegevens: {veld}").format(veld=exc)) from exc
    return resultaat


def importeer_bestand(pad: Path) -> Policy:
    """A policy from a .txt, .md or .docx file; BestandFout with one clear line when that cannot be."""
    return importeer_met_rapport(pad).policy


def importeer_met_rapport(pad: Path) -> Import:
    """Like importeer_bestand, with the report of the lines that could not be placed (text files)."""
    if pad.suffix.lower() == ".docx":
        from .docx_import import importeer_docx

        return Import(importeer_docx(pad))
    if pad.suffix.lower() not in TEKST_EXTENSIES:
        raise BestandFout(tr("Kan {bestand} niet importeren: alleen .txt-, .md- en .docx-bestanden.").format(bestand=pad.name))
    tekst = lees_tekstbestand(pad)
    markdown = pad.suffix.lower() in (".md", ".markdown") or None
    resultaat = lees_tekst_met_rapport(
        tekst, markdown=markdown, bron=Bron(tr("Geïmporteerd uit {bestand}").format(bestand=pad.name), pad.name))
    if not resultaat.policy.titel and not resultaat.policy.artikelen:
        raise BestandFout(tr("{bestand} bevat geen tekst.").format(bestand=pad.name))
    return resultaat


def rapport_regels(niet_geplaatst: list[str]) -> list[str]:
    """The import report as the command line prints it and the window shows it."""
    if not niet_geplaatst:
        return []
    regels = aantal(len(niet_geplaatst), tr("{n} regel"), tr("{n} regels"))
    kop = tr("Niet in de tekst geplaatst ({regels}; pagina-opmaak of gegevens die als metadata zijn gelezen):")
    return [kop.format(regels=regels)] + [f"  {regel}" for regel in niet_geplaatst]


def lees_tekstbestand(pad: Path) -> str:
    try:
        if pad.stat().st_size > MAX_TEKST_BYTES:
            raise BestandFout(tr("{bestand} is te groot voor een beleidstekst.").format(bestand=pad.name))
        data = pad.read_bytes()
    except FileNotFoundError:
        raise BestandFout(tr("Bestand niet gevonden: {bestand}").format(bestand=pad)) from None
    except IsADirectoryError:
        raise BestandFout(tr("{bestand} is een map, geen bestand.").format(bestand=pad)) from None
    except OSError as exc:
        raise BestandFout(tr("Kan {bestand} niet lezen: {reden}").format(bestand=pad, reden=exc.strerror)) from None
    if b"\x00" in data[:4096]:
        raise BestandFout(tr("{bestand} is geen tekstbestand.").format(bestand=pad.name))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
