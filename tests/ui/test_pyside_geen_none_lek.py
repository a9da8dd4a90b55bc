"""The Qt binding keeps None's reference count: PySide6 6.12.0 on Python 3.11 dropped one reference per call
of a method that returns nothing, and drawing a large document then aborted the interpreter
("deallocating None"). pyproject.toml keeps PySide6 below 6.12; this test fails on a binding that leaks."""

import sys

from PySide6.QtGui import QTextBlockFormat


def test_void_calls_keep_none_count(qapp):
    formaat = QTextBlockFormat()
    voor = sys.getrefcount(None)
    for _ in range(2000):
        formaat.setBottomMargin(1.0)
    assert sys.getrefcount(None) - voor > -100
