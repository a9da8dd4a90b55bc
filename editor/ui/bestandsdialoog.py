"""Qt's own file dialog in the interface's language: Qt translates most of it from qtbase_nl, but its
"Look in:" and "Files of type:" labels stay English (they are set before the translation applies). This
filter sets them from the same translation when a file dialog is polished, for every file dialog of the
program, the static getOpenFileName/getSaveFileName ones included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QFileDialog

LABELS = ((QFileDialog.DialogLabel.LookIn, "Look in:"), (QFileDialog.DialogLabel.FileType, "Files of type:"))


class BestandsdialoogTaal(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(obj, QFileDialog):
            for label, bron in LABELS:
                obj.setLabelText(label, QCoreApplication.translate("QFileDialog", bron))
        return False


_FILTER: list[BestandsdialoogTaal] = []


def installeer() -> None:
    """Once per application."""
    app = QCoreApplication.instance()
    if app is not None and not _FILTER:
        _FILTER.append(BestandsdialoogTaal(app))
        app.installEventFilter(_FILTER[0])
