"""Every string a user sees goes through tr(), and English has all of them."""

from __future__ import annotations

import ast
import sys

from editor.i18n import tr, zet_taal
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "installer"))
import update_translations  # noqa: E402


def test_every_tr_string_has_an_english_translation() -> None:
    vertaald = update_translations.bestaande_vertalingen()
    ontbrekend = [s for s in update_translations.tr_strings() if not vertaald.get(s)]
    assert ontbrekend == []


def test_english_placeholders_match_the_dutch() -> None:
    import string

    for bron, vertaling in update_translations.bestaande_vertalingen().items():
        velden = {f for _, f, _, _ in string.Formatter().parse(bron) if f}
        assert velden == {f for _, f, _, _ in string.Formatter().parse(vertaling) if f}, bron


def test_tr_switches_language() -> None:
    assert tr("Bestand niet gevonden: {bestand}") == "Bestand niet gevonden: {bestand}"
    zet_taal("en")
    assert tr("Bestand niet gevonden: {bestand}") == "File not found: {bestand}"


def test_no_user_facing_qt_strings_bypass_tr() -> None:
    """Widgets get their labels through tr(): no string literal passed straight to a Qt text setter."""
    setters = {"setWindowTitle", "addMenu", "setText", "setToolTip", "showMessage", "setPlaceholderText", "addAction"}
    overtredingen = []
    for pad in (ROOT / "editor" / "ui").rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Attribute) and knoop.func.attr in setters
                    and knoop.args and isinstance(knoop.args[0], ast.Constant) and isinstance(knoop.args[0].value, str)):
                overtredingen.append(f"{pad.name}:{knoop.lineno}")
    assert overtredingen == []


def test_core_imports_no_qt_widgets() -> None:
    kern = [p for p in (ROOT / "editor").rglob("*.py") if "ui" not in p.relative_to(ROOT / "editor").parts]
    kern += list((ROOT / "clauses").rglob("*.py"))
    for pad in kern:
        tekst = pad.read_text(encoding="utf-8")
        assert "QtWidgets" not in tekst, pad


def test_built_qm_agrees_with_the_ts(tmp_path) -> None:
    """The install step's .qm (built here with lrelease) gives the .ts's translations."""
    import shutil
    import subprocess

    from PySide6.QtCore import QTranslator

    lrelease = shutil.which("pyside6-lrelease") or str(ROOT / ".venv" / "bin" / "pyside6-lrelease")
    qm = tmp_path / "en.qm"
    subprocess.run([lrelease, "-silent", str(update_translations.TS), "-qm", str(qm)], check=True)
    vertaler = QTranslator()
    assert vertaler.load(str(qm))
    for bron, vertaling in update_translations.bestaande_vertalingen().items():
        assert vertaler.translate("Beleidsstudio", bron) == vertaling
