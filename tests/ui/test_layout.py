"""Issue 14, layout and language: the window fits a 1024 × 700 laptop, closed docks stay closed and come
back from Beeld, dock tabs keep their whole name, Qt's file dialog speaks Dutch, plurals are right."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTabBar

from editor.ui.main_window import MainWindow
from editor.ui.statusbalk import aantal

SCHERMEN = Path("/tmp/beleidsstudio-schermen")


def test_the_window_fits_1024_by_700_also_after_the_compare_tab(qtbot, venster: MainWindow) -> None:
    assert venster.minimumSizeHint().width() <= 1000          # was 1369: rows of buttons now wrap
    venster.resize(1024, 700)
    qtbot.waitUntil(lambda: venster.width() == 1024)
    venster.tabs.setCurrentIndex(1)
    venster.tabs.setCurrentIndex(2)
    venster.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert (venster.width(), venster.height()) == (1024, 700)   # it no longer widens itself
    assert venster.werkruimte.document.width() >= 300               # the text keeps room beside the docks


def test_a_closed_dock_stays_closed_and_comes_back_from_beeld(qtbot, venster: MainWindow) -> None:
    qtbot.wait(10)                                                # the first layout is done
    palet_open = venster.palet_dock.isVisible()
    opmerkingen = venster.review.docks[1]
    opmerkingen.toggleViewAction().trigger()                      # closed, as with its ×
    assert not opmerkingen.toggleViewAction().isChecked()
    venster.tabs.setCurrentIndex(1)
    assert not any(d.isVisible() for d in venster.alle_docks())  # the compare view gets the room
    venster.tabs.setCurrentIndex(0)
    assert not opmerkingen.toggleViewAction().isChecked() and not opmerkingen.isVisible()
    assert venster.dock.isVisible() and venster.palet_dock.isVisible() is palet_open
    beeld = next(m for m in venster.menuBar().actions() if m.text() == "B&eeld").menu()
    actie = next(a for a in beeld.actions() if a.text() == "Opmerkingen")
    actie.trigger()
    assert opmerkingen.toggleViewAction().isChecked()


@pytest.mark.parametrize("taal, maat", [("nl", (1024, 700)), ("en", (1024, 700)), ("nl", (1600, 1000))])
def test_dock_tabs_keep_their_whole_name_and_all_fit(qtbot, taal: str, maat: tuple[int, int]) -> None:
    """At 1024 × 700 the four panes on the right show every tab whole, none scrolled out of sight (the
    palette starts closed there to make the room); at 1600 × 1000 the palette is open beside them."""
    from editor.i18n import zet_taal

    zet_taal(taal)
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_sample("werksaam")
    w.resize(*maat)                     # as _begingrootte does on a screen of that size, before showing
    w.show()
    qtbot.waitUntil(lambda: w.width() == maat[0])
    qtbot.waitUntil(lambda: not w._eerste_indeling)                 # the docks are laid out
    qtbot.wait(20)
    balk = next(b for b in w.findChildren(QTabBar) if b.isVisible() and b.count() == 4)
    assert balk.elideMode() == Qt.TextElideMode.ElideNone
    namen = {"nl": ["Gegevens", "Wijzigingen", "Opmerkingen", "Controles"], "en": ["Details", "Changes", "Comments", "Checks"]}
    assert [balk.tabText(i) for i in range(4)] == namen[taal]
    assert all(balk.tabRect(i).right() < balk.width() for i in range(4))        # no tab behind a scroll arrow
    assert all(balk.tabRect(i).width() > balk.fontMetrics().horizontalAdvance(balk.tabText(i)) for i in range(4))
    assert w.palet_dock.isVisible() is (maat[0] >= 1600)
    assert w.werkruimte.document.width() >= 300
    if SCHERMEN.parent.exists():
        SCHERMEN.mkdir(exist_ok=True)
        w.grab().save(str(SCHERMEN / f"docks-{taal}-{maat[0]}.png"))


def test_dialog_titles_are_not_cut_off(qtbot, venster: MainWindow) -> None:
    """A dialog is at least as wide as its title in the title bar: input dialogs, forms, message boxes."""
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    from editor.ui.bestandsdialoog import titelbreedte
    from editor.ui.review import BesluitDialoog
    from tests.helpers.dialogen import wacht_op

    gezien: list[tuple[str, int, int]] = []

    def meet(dialoog: QDialog) -> None:
        gezien.append((dialoog.windowTitle(), dialoog.width(), titelbreedte(dialoog)))
        dialoog.reject()

    for open_ in (lambda: QInputDialog.getText(venster, "Lid bewaren als clausule", "Titel van de clausule:"),
                  lambda: BesluitDialoog(venster).exec(),
                  lambda: QMessageBox.information(venster, "Ter instemming aangeboden aan de ondernemingsraad", "Ja."),
                  lambda: QInputDialog.getText(venster, "Verschillen als bijgehouden wijzigingen", "Naam:")):
        wacht_op(QDialog, "", meet)
        open_()
    assert [titel for titel, _, _ in gezien] == ["Lid bewaren als clausule", "Besluit van de ondernemingsraad",
                                                 "Ter instemming aangeboden aan de ondernemingsraad",
                                                 "Verschillen als bijgehouden wijzigingen"]
    assert all(breedte >= nodig > 160 for _, breedte, nodig in gezien), gezien


def test_qt_file_dialog_is_dutch(qtbot, venster: MainWindow) -> None:
    dialoog = QFileDialog(venster, "Openen", venster._beginmap())
    dialoog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialoog)
    dialoog.show()
    teksten = {label.text() for label in dialoog.findChildren(QLabel)}
    assert {"Zoeken in:", "Bestanden van type:", "Bestands&naam:"} <= teksten, teksten
    dialoog.close()


def test_plurals() -> None:
    assert [aantal(n, "{n} fout", "{n} fouten") for n in (0, 1, 2)] == ["0 fouten", "1 fout", "2 fouten"]


def test_english_status_bar_has_no_dutch_and_right_plurals(qtbot, opslaanvragen) -> None:
    from editor.i18n import zet_taal

    zet_taal("en")
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_sample("werksaam")
    w.review.controles.ververs()
    assert w.statusbalk.tellingen.text() == "8 articles · 32 leden · 0 open changes · 1 error"
    assert w.statusbalk.modus.text() == "Track changes: off · Role: drafter"
