"""The outline: the structure tree, with drag and drop of artikelen, leden and clauses."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from .tree_model import BLOK_ROL

CLAUSULE_MIME = "application/x-beleidsstudio-clausule"


class OutlineView(QTreeView):
    """Drops are not done by the model: they become requests that the workspace turns into commands."""

    verplaats = Signal(str, str, str)          # soort, id of the dragged block, id of the block dropped on
    clausule_neergezet = Signal(str, str)      # clause id, id of the block dropped on ("" for the end)

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:
        event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        doel = self.indexAt(event.position().toPoint())
        doel_id = doel.data(BLOK_ROL)[1] if doel.isValid() else ""
        if event.mimeData().hasFormat(CLAUSULE_MIME):
            self.clausule_neergezet.emit(bytes(event.mimeData().data(CLAUSULE_MIME)).decode(), doel_id)
        else:
            bron: QModelIndex = self.currentIndex()
            if bron.isValid() and doel.isValid() and bron != doel:
                soort, bron_id = bron.data(BLOK_ROL)
                self.verplaats.emit(soort, bron_id, doel_id)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
