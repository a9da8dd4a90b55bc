"""PDF through LibreOffice (headless): the exported .docx converted as a word processor renders it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ..atomair import schrijf_atomair
from ..errors import BestandFout
from ..i18n import tr
from ..paths import resource_dir


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# Tagged PDF (structure for screen readers) and PDF/A-2b (archiving), through the pdf export filter's
# options; the title and the language (/Lang) come from the document's properties and default language.
PDF_FILTER = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
              '"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"ExportBookmarks":{"type":"boolean","value":"true"},'
              '"DisplayPDFDocumentTitle":{"type":"boolean","value":"true"}}')


def _omgeving(tmp: Path) -> dict[str, str]:
    """A clean environment for LibreOffice; with the bundled Carlito fonts added to fontconfig's."""
    omgeving = {"HOME": str(tmp), "PATH": "/usr/bin:/bin"}
    fonts = resource_dir() / "fonts"
    if any(fonts.glob("*.ttf")):
        conf = tmp / "fonts.conf"
        conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                        f"<dir>{escape(str(fonts))}</dir></fontconfig>", encoding="utf-8")
        omgeving["FONTCONFIG_FILE"] = str(conf)
    return omgeving


def converteer(docx: Path, doel: Path, formaat: str = "pdf") -> Path:
    """Convert with LibreOffice into `doel` (a file); BestandFout when LibreOffice is missing or fails."""
    programma = soffice()
    if programma is None:
        raise BestandFout(tr("Voor deze export is LibreOffice nodig (soffice niet gevonden)."))
    filter_ = PDF_FILTER if formaat == "pdf" else formaat
    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run([programma, "--headless", "--norestore", "--convert-to", filter_, "--outdir", tmp, str(docx)],
                           capture_output=True, timeout=180, env=_omgeving(Path(tmp)), check=False)
        except subprocess.TimeoutExpired:
            raise BestandFout(tr("LibreOffice deed er te lang over.")) from None
        resultaat = Path(tmp) / f"{docx.stem}.{formaat}"
        if not resultaat.exists():
            raise BestandFout(tr("LibreOffice kon {bestand} niet omzetten.").format(bestand=docx.name))
        schrijf_atomair(doel, lambda tijdelijk: shutil.copyfile(resultaat, tijdelijk))
    return doel
