"""A row of buttons that wraps onto the next line when its pane is narrow (Qt's flow layout example).

A plain QHBoxLayout makes its widest row the pane's minimum width: three docks side by side then
forced the window to 1369 px. Wrapping keeps every label whole at any width down to one button.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class StroomLayout(QLayout):
    def __init__(self, ouder: QWidget | None = None, tussenruimte: int = 6) -> None:
        super().__init__(ouder)
        self._items: list[QLayoutItem] = []
        self._ruimte = tussenruimte
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, breedte: int) -> int:
        return self._leg_uit(QRect(0, 0, breedte, 0), alleen_meten=True)

    def setGeometry(self, rechthoek: QRect) -> None:
        super().setGeometry(rechthoek)
        self._leg_uit(rechthoek, alleen_meten=False)

    def sizeHint(self) -> QSize:
        """All on one row, as wide as they like to be."""
        zichtbaar = [i.sizeHint() for i in self._items if i.widget() is None or not i.widget().isHidden()]
        breedte = sum(h.width() for h in zichtbaar) + self._ruimte * max(len(zichtbaar) - 1, 0)
        return QSize(breedte, max((h.height() for h in zichtbaar), default=0))

    def minimumSize(self) -> QSize:
        grootte = QSize()
        for item in self._items:
            grootte = grootte.expandedTo(item.minimumSize())
        marges = self.contentsMargins()
        return grootte + QSize(marges.left() + marges.right(), marges.top() + marges.bottom())

    def _leg_uit(self, rechthoek: QRect, alleen_meten: bool) -> int:
        marges = self.contentsMargins()
        vlak = rechthoek.adjusted(marges.left(), marges.top(), -marges.right(), -marges.bottom())
        x, y, regelhoogte = vlak.x(), vlak.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > vlak.right() + 1 and regelhoogte > 0:
                x, y, regelhoogte = vlak.x(), y + regelhoogte + self._ruimte, 0
            if not alleen_meten:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._ruimte
            regelhoogte = max(regelhoogte, hint.height())
        return y + regelhoogte - rechthoek.y() + marges.bottom()


def stroomrij(*widgets: QWidget) -> StroomLayout:
    rij = StroomLayout()
    for widget in widgets:
        rij.addWidget(widget)
    return rij
