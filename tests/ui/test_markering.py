"""Issue 14, Word's markup views in the document view, with two authors' changes present:
Alle markeringen, Eenvoudige markering, Geen markeringen, Origineel; and the always-visible indicator."""

from __future__ import annotations

from pathlib import Path

from editor import bewerken as b
from editor.ui.document_regels import ALLE, EENVOUDIG, GEEN, ORIGINEEL
from editor.ui.main_window import MainWindow

SCHERMEN = Path("/tmp/beleidsstudio-schermen")


def twee_auteurs(venster: MainWindow) -> tuple[str, str, str]:
    """Anna adds a sentence to lid 1 of artikel 4, Bram deletes its first word and the whole of lid 2."""
    bewerker, artikel = venster.bewerker, venster.werkruimte.policy.artikelen[3]
    venster.review.actie_bijhouden.setChecked(True)
    lid1, lid2 = artikel.leden[0], artikel.leden[1]
    tekst = b.lees_blok(bewerker.policy, "lid", lid1.id)
    eerste_woord = tekst.split()[0]
    bewerker.auteur = "Anna"
    bewerker.voer_uit(b.bewerk_blok, "lid", lid1.id, tekst + " Ook thuis.")
    bewerker.auteur = "Bram"
    bewerker.voer_uit(b.bewerk_blok, "lid", lid1.id, tekst.split(" ", 1)[1] + " Ook thuis.")
    weg = lid2.tekst
    bewerker.voer_uit(b.verwijder, lid2.id)
    return eerste_woord, weg[:40], artikel.id


def test_the_four_markup_views(qtbot, venster: MainWindow) -> None:
    eerste_woord, weg, artikel_id = twee_auteurs(venster)
    ruimte = venster.werkruimte
    ruimte.selecteer(artikel_id)
    teksten, doorgehaald, onderstreept, balk = {}, {}, {}, {}
    for waarde in (ALLE, EENVOUDIG, GEEN, ORIGINEEL):
        ruimte.markering.setCurrentIndex(ruimte.markering.findData(waarde))
        teksten[waarde] = ruimte.document.toPlainText()
        formaten = opmaak(ruimte.document)
        doorgehaald[waarde] = any(f.fontStrikeOut() for f in formaten)
        onderstreept[waarde] = any(f.fontUnderline() for f in formaten)
        balk[waarde] = any(r.gewijzigd for r in ruimte.document.regels)    # the bar in the margin
        venster.resize(1024, 700)
        venster.grab().save(str(SCHERMEN / f"markering_{waarde}.png")) if SCHERMEN.exists() else None
    alle = teksten[ALLE]
    assert "Ook thuis." in alle and eerste_woord in alle and weg in alle
    assert doorgehaald[ALLE] and onderstreept[ALLE]
    assert "Ook thuis." in teksten[GEEN] and weg not in teksten[GEEN]
    assert not teksten[GEEN].split("Artikel 4. ", 1)[1].split("1.\t", 1)[1].startswith(eerste_woord)
    assert not doorgehaald[GEEN] and not onderstreept[GEEN]
    assert "Ook thuis." not in teksten[ORIGINEEL] and weg in teksten[ORIGINEEL]
    assert teksten[ORIGINEEL].split("Artikel 4. ", 1)[1].split("1.\t", 1)[1].startswith(eerste_woord)
    assert "Ook thuis." in teksten[EENVOUDIG] and weg not in teksten[EENVOUDIG] and not doorgehaald[EENVOUDIG]
    assert balk[EENVOUDIG] and not balk[GEEN] and not balk[ALLE]
    assert venster.statusbalk.modus.text() == "Wijzigingen bijhouden: aan · Rol: opsteller"
    assert "3 open wijzigingen" in venster.statusbalk.tellingen.text()       # two texts and a deleted lid


def opmaak(document) -> list:
    """The character formats of every fragment of the document."""
    uit, blok = [], document.document().begin()
    while blok.isValid():
        it = blok.begin()
        while not it.atEnd():
            uit.append(it.fragment().charFormat())
            it += 1
        blok = blok.next()
    return uit
