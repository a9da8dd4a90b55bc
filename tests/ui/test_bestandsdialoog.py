"""Issue 14: Qt's file dialogs start in the user's documents folder, then in the last folder the user chose a
file in, for open, save, import and export; never in the program's folder. Real dialogs, answered by a timer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from editor.settings import laad_staat
from editor.ui import bestandsdialoog
from tests.helpers.dialogen import wacht_op


@pytest.fixture
def documenten(tmp_path: Path, monkeypatch) -> Path:
    """A home folder of its own with a Documents folder, as a desktop has; the program runs elsewhere."""
    thuis = tmp_path / "thuis"
    (thuis / "Documenten").mkdir(parents=True)
    (thuis / ".config").mkdir()
    (thuis / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Documenten"\n')
    monkeypatch.setenv("HOME", str(thuis))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(thuis / ".config"))
    monkeypatch.chdir(Path(__file__).resolve().parents[2])         # the program's folder
    assert bestandsdialoog.documentenmap() == str(thuis / "Documenten")
    return thuis / "Documenten"


def bekijk_dialoog(gezien: list[tuple[str, str]], kies: Path | None = None) -> None:
    """Note where the next file dialog starts and the name it proposes; choose `kies` or cancel."""
    def actie(dialoog: QFileDialog) -> None:
        naam = dialoog.findChild(QLineEdit, "fileNameEdit")
        gezien.append((os.path.realpath(dialoog.directory().absolutePath()), naam.text() if naam else ""))
        if kies is None:
            dialoog.reject()
            return
        dialoog.setDirectory(str(kies.parent))
        naam.setText(kies.name)
        dialoog.accept()

    wacht_op(QFileDialog, "", actie)


def test_open_and_export_start_in_documents_then_in_the_last_folder(qtbot, venster, documenten: Path,
                                                                   tmp_path: Path) -> None:
    gezien: list[tuple[str, str]] = []
    bekijk_dialoog(gezien)
    venster.kies_en_open()                                    # Openen…
    assert gezien[-1][0] == str(documenten)
    bekijk_dialoog(gezien, tmp_path / "uitvoer" / "besluit.docx")
    (tmp_path / "uitvoer").mkdir()
    pad = venster._kies_exportbestand("docx")                 # Exporteren als besluit (Word)…
    assert gezien[-1] == (str(documenten), "Sociale media code WerkSaam Westfriesland.docx")
    assert pad == tmp_path / "uitvoer" / "besluit.docx"
    assert laad_staat().laatste_map == str((tmp_path / "uitvoer").resolve())
    venster._bewaar_staat()                                   # the window's own state keeps it
    bekijk_dialoog(gezien)
    venster.kies_en_open()
    assert gezien[-1][0] == os.path.realpath(tmp_path / "uitvoer")
    bekijk_dialoog(gezien)
    venster.opslaan_als()                                     # Opslaan als…: the project's name, the same folder
    assert gezien[-1] == (os.path.realpath(tmp_path / "uitvoer"), "Sociale media code WerkSaam Westfriesland.beleid")


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot, venster, documenten: Path, tmp_path: Path) -> None:
    weg = tmp_path / "weg"
    weg.mkdir()
    bestandsdialoog.onthoud(weg / "x.beleid")
    weg.rmdir()
    gezien: list[tuple[str, str]] = []
    bekijk_dialoog(gezien)
    venster.kies_en_open()
    assert gezien[-1][0] == str(documenten)


def test_the_template_and_the_clause_files_start_in_documents(qtbot, venster, documenten: Path) -> None:
    from editor.ui.export_dialoog import ExportDialoog

    gezien: list[tuple[str, str]] = []
    dialoog = ExportDialoog(venster.werkruimte.policy, False, venster.review.voorkeuren, venster)
    bekijk_dialoog(gezien)
    dialoog.kies_sjabloon()                                   # Sjabloon kiezen… in the export dialog
    bekijk_dialoog(gezien)
    venster.palet.importeer()                                 # Clausules importeren…
    bekijk_dialoog(gezien)
    venster.palet.exporteer()
    assert gezien == [(str(documenten), ""), (str(documenten), ""), (str(documenten), "clausules.json")]
    assert not any(map_ == os.getcwd() for map_, _ in gezien)
