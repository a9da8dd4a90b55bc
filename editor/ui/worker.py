"""Long work off the UI thread: a QRunnable that reports progress and its result by signals."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..errors import BeleidsstudioFout


class WerkSignalen(QObject):
    voortgang = Signal(int, int)
    klaar = Signal(object)
    fout = Signal(str)


class Werk(QRunnable):
    """Runs `taak(voortgang)` in the thread pool; the signals arrive on the UI thread."""

    def __init__(self, taak: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        # Python keeps this object; letting the pool delete it too would free it twice.
        self.setAutoDelete(False)
        self.taak = taak
        self.signalen = WerkSignalen()

    def run(self) -> None:
        try:
            result = self.taak(self.signalen.voortgang.emit)
        except BeleidsstudioFout as fout:
            self.signalen.fout.emit(str(fout))
        except Exception as exc:  # noqa: BLE001 - reported to the user in one line, logged in full
            from ..crashlog import schrijf

            schrijf(exc)
            self.signalen.fout.emit(str(exc))
        else:
            self.signalen.klaar.emit(result)
