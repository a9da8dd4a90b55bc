"""The window under faults: a conflict, a full disk, switching and quitting with work that cannot be
saved, an abandoned lock, and the failure log in the Help menu. Real widgets, real dialogs."""

from __future__ import annotations

import json
import resource
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QLabel

from editor.store import ProjectBestand
from editor.store.lock import lock_pad
from tests.helpers.dialogen import beantwoord, kies_bestand, sluit_dialoog

SCHERMEN = Path("/tmp/beleidsstudio-schermen")


def typ(qtbot, venster, tekst: str) -> None:
    ruimte = venster.werkruimte
    ruimte.selecteer(ruimte.policy.artikelen[0].leden[0].id)
    qtbot.keyClicks(ruimte.document, tekst)


def conflict(qtbot, venster, pad: Path) -> bytes:
    """Saved to `pad`, then another program writes it, then the user types: autosave must stop."""
    assert venster.save_to(pad)
    with sqlite3.connect(pad) as ander:
        ander.execute("UPDATE info SET waarde = 'door een ander' WHERE sleutel = 'aangemaakt'")
    ander.close()
    typ(qtbot, venster, "Getypt: ")
    assert not venster.sessie.autosave()
    return pad.read_bytes()


def eerste_lid(pad: Path) -> str:
    with ProjectBestand.open(pad) as project:
        return project.load().artikelen[0].leden[0].tekst


def test_quitting_after_a_conflict_offers_save_as_and_keeps_the_typing(qtbot, venster, meldingen, tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    voor = conflict(qtbot, venster, pad)
    assert "door een ander programma gewijzigd" in meldingen[0] and "Opslaan als" in meldingen[0]
    gezien: list[str] = []
    beantwoord("Opslaan als…", "onopgeslagen", gezien, SCHERMEN / "onopgeslagen.png")
    kies_bestand(tmp_path / "kopie.beleid")
    assert venster.close()
    assert "Uw wijzigingen in w.beleid zijn niet opgeslagen." in gezien[0] and "ander programma" in gezien[0]
    assert "Annuleren" in gezien[0] and "Niet bewaren" in gezien[0]
    assert eerste_lid(tmp_path / "kopie.beleid").startswith("Getypt: ") and pad.read_bytes() == voor


def test_cancel_keeps_the_window_and_the_work(qtbot, venster, meldingen, tmp_path: Path) -> None:
    conflict(qtbot, venster, tmp_path / "w.beleid")
    beantwoord("Annuleren", "onopgeslagen")
    assert not venster.close() and venster.isVisible()
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt: ")
    beantwoord("Niet bewaren", "onopgeslagen")
    assert venster.close()


def test_switching_with_unsaveable_work_asks_first(qtbot, venster, meldingen, tmp_path: Path) -> None:
    conflict(qtbot, venster, tmp_path / "w.beleid")
    gezien: list[str] = []
    beantwoord("Annuleren", "onopgeslagen", gezien)                # switching can be cancelled too
    assert not venster.open_sample("policy-bv") and venster.pad == tmp_path / "w.beleid"
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Getypt: ")
    beantwoord("Niet bewaren", "onopgeslagen", gezien)
    assert venster.open_sample("policy-bv")
    assert len(gezien) == 2 and "Annuleren" in gezien[1].rsplit("\n", 1)[1]
    assert venster.pad is None and not venster.sessie.onopgeslagen


@contextmanager
def volle_schijf(bytes_: int):
    """No file of this process may grow beyond `bytes_` (a full disk, as the file sees it)."""
    oud = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (bytes_, oud[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, oud)


def test_a_full_disk_says_so_keeps_the_edits_and_saves_once_there_is_room(qtbot, venster, meldingen, tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    assert venster.save_to(pad)
    voor = pad.read_bytes()
    typ(qtbot, venster, "Vol: ")
    with volle_schijf(4096):
        assert not venster.sessie.autosave()
    assert len(meldingen) == 1 and "w.beleid" in meldingen[0] and "schijf" in meldingen[0], meldingen
    assert pad.read_bytes() == voor and sorted(p.name for p in tmp_path.iterdir()) == [".~lock.w.beleid#", "w.beleid"]
    assert venster.werkruimte.policy.artikelen[0].leden[0].tekst.startswith("Vol: ")
    assert venster.sessie.opslaan() and eerste_lid(pad).startswith("Vol: ")      # room again: Ctrl+S works
    assert venster.sessie.autosave_aan and venster.close()                         # nothing left to ask


def test_an_abandoned_lock_is_offered_for_take_over(qtbot, venster, meldingen, tmp_path: Path) -> None:
    pad = tmp_path / "w.beleid"
    ProjectBestand.create(pad, venster.werkruimte.policy).close()
    lock_pad(pad).write_text(json.dumps({"gebruiker": "jan", "host": "laptop-jan", "pid": 77, "tijd": "2024-01-01T09:00:00"}))
    gezien: list[str] = []
    beantwoord("Alleen-lezen openen", "overname", gezien, SCHERMEN / "overname.png")
    assert venster.open_path(pad) and venster.sessie.alleen_lezen and venster.banier.isVisible()
    assert gezien[0].startswith("Geopend door jan op laptop-jan sinds 1 januari 2024. ")
    assert "Toch openen en overnemen?" in gezien[0]
    beantwoord("Openen en overnemen", "overname")
    assert venster.open_path(pad) and not venster.sessie.alleen_lezen and not venster.banier.isVisible()
    assert json.loads(lock_pad(pad).read_text())["host"] != "laptop-jan"


def test_the_help_menu_shows_the_failure_log(qtbot, venster) -> None:
    from editor.crashlog import log_pad, schrijf

    try:
        raise RuntimeError("geheime beleidstekst")
    except RuntimeError as exc:
        schrijf(exc)
    hulp = next(a.menu() for a in venster.menuBar().actions() if a.menu() and a.menu().title() == "&Help")
    actie = next(a for a in hulp.actions() if "Foutenlogboek" in a.text())
    gezien: list[str] = []

    def bekijk(dialoog) -> None:
        SCHERMEN.mkdir(exist_ok=True)
        dialoog.grab().save(str(SCHERMEN / "foutenlog.png"))
        gezien.append(dialoog.inhoud.toPlainText())
        gezien.append(dialoog.findChild(QLabel).text())

    sluit_dialoog("foutenlog", bekijk)
    actie.trigger()
    assert "builtins.RuntimeError" in gezien[0] and "geheime" not in gezien[0] and str(log_pad()) in gezien[1]


def test_a_recovery_copy_keeps_the_typing_while_the_file_refuses(qtbot, venster, meldingen, tmp_path: Path) -> None:
    from editor.ui.sessie import herstel_map

    conflict(qtbot, venster, tmp_path / "w.beleid")
    kopie = venster.sessie.herstelkopie
    assert kopie is not None and kopie.parent == herstel_map() and str(kopie) in meldingen[0]
    assert eerste_lid(kopie).startswith("Getypt: ")
    typ(qtbot, venster, "Meer: ")
    venster.sessie.autosave()                                  # autosave goes on, into the recovery copy
    assert "Meer: " in eerste_lid(kopie) and len(meldingen) == 1
    beantwoord("Niet bewaren", "onopgeslagen")
    assert venster.close() and not kopie.exists()              # thrown away on purpose: no copy lingers


def test_a_crafted_file_in_the_window_is_one_message(qtbot, venster, meldingen, tmp_path: Path) -> None:
    pad = tmp_path / "x.beleid"
    ProjectBestand.create(pad, venster.werkruimte.policy).close()
    with sqlite3.connect(pad) as conn:
        conn.execute("UPDATE document SET metadata = 'null'")
    conn.close()
    voor, titel = pad.read_bytes(), venster.windowTitle()
    assert not venster.open_path(pad)
    assert meldingen == ["x.beleid is beschadigd en kan niet worden geopend: een ontbrekende waarde of een waarde van "
                         "de verkeerde soort (metadata)."]
    assert pad.read_bytes() == voor and venster.windowTitle() == titel


def test_a_read_only_file_in_the_window_asks_at_quitting(qtbot, venster, meldingen, tmp_path: Path) -> None:
    from tests.store.test_faults import alleen_lezen_map

    with alleen_lezen_map(lambda m: ProjectBestand.create(m / "r.beleid", venster.werkruimte.policy).close()) as map_:
        assert venster.open_path(map_ / "r.beleid")
        typ(qtbot, venster, "Alleen-lezen: ")
        assert not venster.sessie.autosave()
        assert "Geen schrijfrechten" in meldingen[0] and "r.beleid" in meldingen[0]
        gezien: list[str] = []
        beantwoord("Opslaan als…", "onopgeslagen", gezien)
        kies_bestand(tmp_path / "gered.beleid")
        assert venster.close()
    assert "Geen schrijfrechten" in gezien[0] and eerste_lid(tmp_path / "gered.beleid").startswith("Alleen-lezen: ")
