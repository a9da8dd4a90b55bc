"""Issue 14: the English interface shows no Dutch apart from the policy's own text and legal terms of art,
dates in the interface's language, and plurals right in both languages wherever counts are shown."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDockWidget, QGroupBox, QInputDialog, QLabel, QLineEdit, QListWidget, QMenu, QTabBar,
    QTreeView, QWidget,
)

from editor import bewerken
from editor.formats.gegevens_invoer import SLEUTELS, huidige_tekst
from editor.i18n import aantal, tr, zet_taal
from editor.model.datums import parse_datum, toon_datum, toon_tijd
from editor.samples import load_sample, samples
from tests.ui.conftest import panelen_bij

# Dutch words that are no English word: one of them in the English window is a Dutch fragment
NEDERLANDS = set("""de het een van bij niet en te voor met naar uit als dat dit deze geen wordt worden zijn ook nog wel
maar heeft hebben werd kan moet onder over tot zonder door na januari februari maart mei juni juli augustus oktober
opmerking opmerkingen wijziging wijzigingen fout fouten waarschuwing waarschuwingen bestand opslaan openen""".split())
# terms of art that keep their Dutch form in English (Aanwijzingen voor de regelgeving, WOR)
TERMEN = ("gelet op", "gezien", "b e s l u i t", "lid", "leden", "onderdeel", "onderdelen", "hoofdstuk", "artikel", "aanhef")


def eigen_teksten(policy) -> list[str]:
    """The policy's own text and data, the samples' titles and the clause library: Dutch in any interface."""
    from clauses.library import laad_bibliotheek

    teksten = [t for t in policy.teksten()] + [policy.titel, policy.citeertitel or "", policy.aanhef.orgaan or "",
                                                policy.bron.omschrijving or ""]
    teksten += [a.kop for a in policy.artikelen] + [o.tekst for o in policy.opmerkingen]
    teksten += [a.tekst for o in policy.opmerkingen for a in o.antwoorden] + [o.citaat for o in policy.opmerkingen]
    teksten += [huidige_tekst(policy, s) for s in SLEUTELS]
    teksten += [load_sample(i.id).titel for i in samples()] + [i.id for i in samples()]
    for clausule in laad_bibliotheek().clausules:
        teksten += [clausule.titel, clausule.tekst] + list(clausule.leden)
        teksten += [f"{clausule.titel} [{tr(clausule.variant)}]"] if clausule.variant else []
    return sorted({t for t in teksten if t and len(t) > 2}, key=len, reverse=True)


def zichtbare_teksten(venster) -> list[tuple[str, str]]:
    """(where, text) for everything the window shows in words: labels, buttons, actions and menus, tab titles,
    dock titles, combo items, list rows, tree rows, tooltips, placeholders, the status bar."""
    uit: list[tuple[str, str]] = []
    for w in [venster] + venster.findChildren(QWidget):
        naam = type(w).__name__
        uit += [(f"{naam}.toolTip", w.toolTip()), (f"{naam}.windowTitle", w.windowTitle() if isinstance(w, (QDockWidget, QMenu)) else "")]
        if isinstance(w, (QLabel, QAbstractButton)):
            uit.append((f"{naam}.text", w.text()))
        if isinstance(w, QGroupBox):
            uit.append(("groupbox", w.title()))
        if isinstance(w, QLineEdit):
            uit.append(("placeholder", w.placeholderText()))      # the value itself is the user's data
        if isinstance(w, QMenu):
            uit.append(("menu", w.title()))
        if isinstance(w, QTabBar):
            uit += [("tab", w.tabText(i)) for i in range(w.count())] + [("tab", w.tabToolTip(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            uit += [("combo", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QListWidget):
            uit += [("lijst", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QTreeView) and w.model() is not None:
            model = w.model()
            uit += [("boom", str(model.index(r, 0).data())) for r in range(model.rowCount())]
    for actie in venster.findChildren(QMenu):
        uit += [("actie", a.text()) for a in actie.actions()] + [("actie", a.toolTip()) for a in actie.actions()]
    uit.append(("statusbalk", venster.statusBar().currentMessage()))
    return [(waar, tekst) for waar, tekst in uit if tekst and tekst.strip()]


def _eigen_stuk(stuk: str, eigen: list[str]) -> bool:
    """A piece of a row that is the start of, or inside, the policy's own text ("Reikwijdte (artikel 1)",
    "Deze code is van toepassing op…")."""
    stuk = " ".join(stuk.replace("…", " ").split())
    return len(stuk) > 8 and any(stuk in " ".join(e.split()) for e in eigen)


def nederlandse_woorden(tekst: str, eigen: list[str]) -> list[str]:
    for stuk in eigen:
        tekst = tekst.replace(stuk, " ")
    tekst = "\n".join(d for regel in tekst.split("\n") for d in regel.split(" — ") if not _eigen_stuk(d, eigen))
    tekst = re.sub(r"“[^”]*”|\"[^\"]*\"|\{[^}]*\}|\[[^\]]*\]", " ", tekst)       # quoted text, placeholders
    for term in TERMEN:
        tekst = re.sub(rf"\b{term}\b", " ", tekst)
    return [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", tekst) if w in NEDERLANDS]


@pytest.fixture
def engels(qtbot, venster, monkeypatch):
    """The window switched to English from its Beeld menu, with something in every pane: a tracked edit,
    a comment with a reply, the checks' findings, a message in the status bar."""
    venster.zet_taal("en")
    ruimte = venster.werkruimte
    venster.review.actie_bijhouden.setChecked(True)
    lid = ruimte.policy.artikelen[1].leden[0]
    venster.bewerker.voer_uit(bewerken.bewerk_blok, "lid", lid.id, bewerken.lees_blok(ruimte.policy, "lid", lid.id) + " Ook intern.")
    ruimte.selecteer(lid.id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Is dit niet te streng?", True))
    venster.review.nieuwe_opmerking()
    venster.review.beantwoord(ruimte.policy.opmerkingen[0].id)
    venster.review.controles.ververs()
    panelen_bij(qtbot, venster)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)      # the Dutch widgets are gone
    venster.statusBar().showMessage(tr("Opgeslagen: {bestand}").format(bestand="werksaam.beleid"))
    yield venster
    zet_taal("nl")


def test_the_english_window_shows_no_dutch_fragments(engels) -> None:
    eigen = eigen_teksten(engels.bewerker.policy)
    teksten = zichtbare_teksten(engels)
    assert len(teksten) > 250 and ("tab", "Comments") in teksten and ("menu", "&Review") in teksten
    gevonden = [(waar, tekst, woorden) for waar, tekst in teksten if (woorden := nederlandse_woorden(tekst, eigen))]
    assert gevonden == []


def test_the_english_window_shows_dates_and_times_in_english(engels) -> None:
    teksten = [t for _w, t in zichtbare_teksten(engels)]
    assert "given, 28 April 2015" in teksten
    assert "Error: The code is retroactive to 1 January 2015, before the works council's consent on 28 April 2015." in teksten
    opmerking = next(t for t in teksten if t.startswith("Article 2(1)\n"))
    assert re.search(r"\n    ↳ Mr\. A\. Tester · \d{1,2} (January|February|March|April|May|June|July|August|September|October|"
                     r"November|December) \d{4} \d{2}:\d{2}\n", opmerking)
    assert engels.metadata.waarden["terugwerkend_tot"].text() == "1 January 2015"


def test_one_date_helper_for_both_languages() -> None:
    assert (toon_datum("2017-04-13"), toon_datum("2014-07"), toon_datum(None)) == ("13 april 2017", "juli 2014", "—")
    assert toon_tijd("2017-04-13T10:05:00") == "13 april 2017 10:05"
    zet_taal("en")
    try:
        assert (toon_datum("2017-04-13"), toon_datum("2014-07")) == ("13 April 2017", "July 2014")
        assert toon_tijd("2017-04-13T10:05:00") == "13 April 2017 10:05"
    finally:
        zet_taal("nl")
    # what the English interface shows can be typed back
    assert parse_datum("13 April 2017") == parse_datum("13 april 2017") == "2017-04-13"
    assert parse_datum("July 2014") == "2014-07"


@pytest.mark.parametrize("taal_, verwacht", [
    ("nl", ["0 fouten", "1 fout", "2 fouten", "1 artikel", "8 artikelen", "1 regel", "3 regels"]),
    ("en", ["0 errors", "1 error", "2 errors", "1 article", "8 articles", "1 line", "3 lines"]),
])
def test_plurals_in_both_languages(taal_: str, verwacht: list[str]) -> None:
    from editor.formats.importer import rapport_regels

    zet_taal(taal_)
    try:
        gezien = [aantal(n, tr("{n} fout"), tr("{n} fouten")) for n in (0, 1, 2)]
        gezien += [aantal(n, tr("{n} artikel"), tr("{n} artikelen")) for n in (1, 8)]
        gezien += [re.search(r"\((\d+ \w+);", rapport_regels(["x"] * n)[0]).group(1) for n in (1, 3)]
    finally:
        zet_taal("nl")
    assert gezien == verwacht


def test_counts_in_the_window_take_the_right_form(qtbot, venster) -> None:
    """The status bar and the checks pane with one and with several: "1 fout", "2 fouten"."""
    statusbalk, controles = venster.statusbalk, venster.review.controles
    controles.ververs()
    assert statusbalk.tellingen.text() == "8 artikelen · 32 leden · 0 open wijzigingen · 1 fout"
    assert controles.samenvatting.text() == "1 fout, 0 waarschuwingen, 0 opmerkingen"
    statusbalk.zet_tellingen(1, 1, 1, 2)
    assert statusbalk.tellingen.text() == "1 artikel · 1 lid · 1 open wijziging · 2 fouten"
    venster.zet_taal("en")
    venster.statusbalk.zet_tellingen(1, 2, 1, 1)
    assert venster.statusbalk.tellingen.text() == "1 article · 2 leden · 1 open change · 1 error"


def test_the_wizard_counts_one_employee_right() -> None:
    from editor.wizard.antwoorden import Antwoorden
    from editor.wizard.gevolgen import gevolgen

    regels = gevolgen(Antwoorden("WerkSaam", "stichting", 1, "overheid"))
    assert regels[0].startswith("Met 1 medewerker is er geen")

