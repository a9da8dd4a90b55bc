"""Table cells that show rich text (a redline), wrapped to the column width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARGE = 4


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's rich text; subclasses say how the text document is made (`_document`)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, gekozen: bool = False) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(MARGE)
        document.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        document.setTextWidth(max(50, option.rect.width()))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opties = QStyleOptionViewItem(option)
        self.initStyleOption(opties, index)
        document = self._document(opties, index, bool(opties.state & QStyle.StateFlag.State_Selected))
        opties.text = ""
        opties.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opties, painter, opties.widget)
        painter.save()
        painter.translate(opties.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if opties.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opties.palette.color(QPalette.ColorRole.HighlightedText))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opties = QStyleOptionViewItem(option)
        self.initStyleOption(opties, index)
        breedte = self.parent().columnWidth(index.column()) if self.parent() else 400
        opties.rect.setWidth(breedte)
        document = self._document(opties, index)
        return QSize(breedte, int(document.size().height()))
