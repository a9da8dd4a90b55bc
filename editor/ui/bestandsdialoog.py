"""Qt's own file dialog in the interface's language: Qt translates most of it from qtbase_nl, but its
"Look in:" and "Files of type:" labels stay English (they are set before the translation applies). This
filter sets them from the same translation when a file dialog is polished, for every file dialog of the
program, the static getOpenFileName/getSaveFileName ones included.

Every file dialog starts in the last folder the user chose a file in (kept in the state file), else in the
user's documents folder, never in the program's folder: `kies_open` and `kies_opslaan`.

The same filter keeps every dialog's title whole: a dialog is at least as wide as its title in the title
bar (with room for the window's buttons), message boxes and input dialogs included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QFileDialog, QGridLayout, QSizePolicy, QSpacerItem, QWidget

from ..settings import bewaar_staat, laad_staat

LABELS = ((QFileDialog.DialogLabel.LookIn, "Look in:"), (QFileDialog.DialogLabel.FileType, "Files of type:"))
TITELRAND = 160         # the title bar's icon and its minimise, maximise and close buttons


def titelbreedte(dialoog: QWidget) -> int:
    """How wide a window must be to show its whole title (in the bold title-bar font most desktops use)."""
    font = QFont(dialoog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(dialoog.windowTitle()) + TITELRAND


def titel_past(dialoog: QDialog) -> None:
    """Widen a dialog that is narrower than its title (a message box through its grid, as it sizes itself)."""
    nodig = titelbreedte(dialoog)
    if dialoog.minimumWidth() >= nodig or dialoog.property("titel_past") == nodig:
        return
    dialoog.setProperty("titel_past", nodig)
    layout = dialoog.layout()
    if isinstance(layout, QGridLayout) and dialoog.inherits("QMessageBox"):
        layout.addItem(QSpacerItem(nodig, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                       layout.rowCount(), 0, 1, layout.columnCount())
    else:
        dialoog.setMinimumWidth(nodig)
    if dialoog.width() < nodig:
        dialoog.resize(nodig, dialoog.height())


class BestandsdialoogTaal(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(obj, QFileDialog):
            for label, bron in LABELS:
                obj.setLabelText(label, QCoreApplication.translate("QFileDialog", bron))
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            titel_past(obj)
        return False


_FILTER: list[BestandsdialoogTaal] = []


def installeer() -> None:
    """Once per application."""
    app = QCoreApplication.instance()
    if app is not None and not _FILTER:
        _FILTER.append(BestandsdialoogTaal(app))
        app.installEventFilter(_FILTER[0])


def documentenmap() -> str:
    """The user's documents folder (the home folder when there is none)."""
    map_ = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return map_ if map_ and Path(map_).is_dir() else str(Path.home())


def beginmap() -> str:
    """Where a file dialog starts: the folder of the last file chosen, while it exists; else the documents folder."""
    laatste = laad_staat().laatste_map
    return laatste if laatste and Path(laatste).is_dir() else documentenmap()


def onthoud(pad: str | Path) -> None:
    """The folder of a chosen file, for the next dialog (a convenience: never a reason to fail)."""
    staat = laad_staat()
    staat.laatste_map = str(Path(pad).resolve().parent)
    try:
        bewaar_staat(staat)
    except OSError:
        pass


def kies_open(ouder: QWidget | None, titel: str, filters: str, map_: str | None = None) -> str:
    """A file to open ("" when cancelled), the dialog starting in `map_` or the last folder used."""
    pad, _ = QFileDialog.getOpenFileName(ouder, titel, map_ or beginmap(), filters)
    if pad:
        onthoud(pad)
    return pad


def kies_opslaan(ouder: QWidget | None, titel: str, naam: str, filters: str, map_: str | None = None) -> str:
    """A file to write ("" when cancelled); the dialog proposes `naam` in `map_` or the last folder used."""
    pad, _ = QFileDialog.getSaveFileName(ouder, titel, str(Path(map_ or beginmap()) / naam), filters)
    if pad:
        onthoud(pad)
    return pad
