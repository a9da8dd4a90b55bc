"""Issue 14, layout and language: the window fits a 1024 × 700 laptop, closed docks stay closed and come
back from Beeld, dock tabs keep their whole name, Qt's file dialog speaks Dutch, plurals are right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTabBar

from editor.ui.main_window import MainWindow
from editor.ui.statusbalk import aantal


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
    opmerkingen = venster.review.docks[1]
    opmerkingen.toggleViewAction().trigger()                      # closed, as with its ×
    assert not opmerkingen.toggleViewAction().isChecked()
    venster.tabs.setCurrentIndex(1)
    assert not any(d.isVisible() for d in venster.alle_docks())  # the compare view gets the room
    venster.tabs.setCurrentIndex(0)
    assert not opmerkingen.toggleViewAction().isChecked() and not opmerkingen.isVisible()
    assert venster.dock.isVisible() and venster.palet_dock.isVisible()
    beeld = next(m for m in venster.menuBar().actions() if m.text() == "B&eeld").menu()
    actie = next(a for a in beeld.actions() if a.text() == "Opmerkingen")
    actie.trigger()
    assert opmerkingen.toggleViewAction().isChecked()


def test_dock_tabs_keep_their_whole_name(qtbot, venster: MainWindow) -> None:
    qtbot.waitUntil(lambda: any(b is not venster.tabs.tabBar() for b in venster.findChildren(QTabBar)))
    qtbot.wait(10)
    balken = [b for b in venster.findChildren(QTabBar) if b is not venster.tabs.tabBar()]
    assert balken and all(b.elideMode() == Qt.TextElideMode.ElideNone for b in balken)
    assert {"Gegevens", "Wijzigingen", "Opmerkingen", "Controles"} <= {b.tabText(i) for b in balken for i in range(b.count())}


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
