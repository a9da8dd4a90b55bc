"""Bring resources/translations/beleidsstudio_en.ts up to date with the tr() calls in the code.

Source strings are Dutch (the first language). New strings are added as unfinished with an
empty translation, existing translations are kept, strings no longer in the code are marked
obsolete. The file stays a normal Qt Linguist file. Run: python installer/update_translations.py
[--add FILE.json ...] where each JSON file maps Dutch source strings to English translations.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "beleidsstudio_en.ts"
CONTEXT = "Beleidsstudio"
PAKKETTEN = ("editor", "clauses", "main.py")


def tr_strings() -> list[str]:
    """Every literal first argument of a call to tr() or N_() (a marker in constant tables)."""
    gevonden: dict[str, None] = {}
    for pad in _bronbestanden():
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name) and knoop.func.id in ("tr", "N_")
                    and knoop.args and isinstance(knoop.args[0], ast.Constant) and isinstance(knoop.args[0].value, str)):
                gevonden.setdefault(knoop.args[0].value)
    return list(gevonden)


def _bronbestanden() -> list[Path]:
    paden: list[Path] = []
    for naam in PAKKETTEN:
        pad = ROOT / naam
        paden += [pad] if pad.is_file() else sorted(pad.rglob("*.py"))
    return paden


def bestaande_vertalingen() -> dict[str, str]:
    if not TS.exists():
        return {}
    vertalingen = {}
    for bericht in ET.parse(TS).getroot().iter("message"):
        bron, vertaling = bericht.findtext("source"), bericht.findtext("translation")
        if bron and vertaling:
            vertalingen[bron] = vertaling
    return vertalingen


def schrijf(bronnen: list[str], vertalingen: dict[str, str]) -> int:
    wortel = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="nl_NL")
    context = ET.SubElement(wortel, "context")
    ET.SubElement(context, "name").text = CONTEXT
    open_ = 0
    for bron in bronnen:
        bericht = ET.SubElement(context, "message")
        ET.SubElement(bericht, "source").text = bron
        vertaling = ET.SubElement(bericht, "translation")
        if bron in vertalingen:
            vertaling.text = vertalingen[bron]
        else:
            vertaling.set("type", "unfinished")
            open_ += 1
    ET.indent(wortel)
    TS.parent.mkdir(parents=True, exist_ok=True)
    with TS.open("w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(wortel, encoding="unicode"))
        f.write("\n")
    return open_


def toegevoegd(paden: list[str]) -> dict[str, str]:
    """Translations kept beside the work in JSON files ({"Nederlands": "English"}), merged in by --add."""
    import json

    extra: dict[str, str] = {}
    for pad in paden:
        extra.update(json.loads(Path(pad).read_text(encoding="utf-8")))
    return extra


if __name__ == "__main__":
    # python installer/update_translations.py [--add vertalingen.json ...]
    argumenten = sys.argv[1:]
    extra = toegevoegd([a for a in argumenten if a != "--add"])
    onvertaald = schrijf(tr_strings(), bestaande_vertalingen() | extra)
    print(f"{TS.relative_to(ROOT)}: {onvertaald} untranslated")
    sys.exit(1 if onvertaald else 0)
