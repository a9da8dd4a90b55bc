"""Reading a policy from a plain-text or Markdown file."""

from __future__ import annotations

from pathlib import Path

from ..errors import BestandFout
from ..i18n import tr
from ..model.document import Bron, Policy
from .text_export import pas_gegevens_toe, split_gegevens
from .text_import import parse_text

MAX_TEKST_BYTES = 20 * 1024 * 1024
TEKST_EXTENSIES = {".txt", ".md", ".markdown", ".text"}


def lees_tekst(tekst: str, *, markdown: bool | None = None, bron: Bron | None = None) -> Policy:
    """A policy from its readable text, including a closing Gegevens block if present."""
    body, gegevens = split_gegevens(tekst)
    policy = parse_text(body, markdown=markdown, bron=bron)
    try:
        pas_gegevens_toe(policy, gegevens)
    except ValueError as exc:
        raise BestandFout(tr("Ongeldige waarde in het blok Gegevens: {veld}").format(veld=exc)) from exc
    return policy


def importeer_bestand(pad: Path) -> Policy:
    """A policy from a .txt, .md or .docx file; BestandFout with one clear line when that cannot be."""
    if pad.suffix.lower() == ".docx":
        from .docx_import import importeer_docx

        return importeer_docx(pad)
    if pad.suffix.lower() not in TEKST_EXTENSIES:
        raise BestandFout(tr("Kan {bestand} niet importeren: alleen .txt-, .md- en .docx-bestanden.").format(bestand=pad.name))
    tekst = lees_tekstbestand(pad)
    markdown = pad.suffix.lower() in (".md", ".markdown") or None
    policy = lees_tekst(tekst, markdown=markdown, bron=Bron(tr("Geïmporteerd uit {bestand}").format(bestand=pad.name), pad.name))
    if not policy.titel and not policy.artikelen:
        raise BestandFout(tr("{bestand} bevat geen tekst.").format(bestand=pad.name))
    return policy


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
