"""The document view: the whole policy in one QTextEdit, editable in place.

Every paragraph is one line of document_regels (its QTextBlock's format carries its kind, block id and
the length of its label: blok_gegevens). The widget never edits its own text: a keystroke becomes a request (the line,
its new current text, where the cursor goes), the workspace runs the operation, and the lines it touched
are drawn again from the policy. Labels, rendered references and deleted text cannot be edited as text.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QFont, QKeyEvent, QKeySequence, QPainter, QTextBlockFormat,
                           QTextCharFormat, QTextCursor, QTextFormat, QTextOption)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QToolTip

from ..i18n import tr
from .document_regels import IN, LABEL, VAN, VERWIJZING, WEG, Regel
from .highlighter import ROL, PlaatshouderMarkering
from .spelling import SPELLING

PAGINA_BREEDTE = 900        # px: the widest the text runs (a page, as in Word)
INSPRINGING = 28            # px per level, and the hanging indent of a numbered paragraph
BALK_KLEUR = "#c0392b"
BALK_BREEDTE = 14            # px at the left of the text where a click on a bar shows the changes
ANKER_KLEUR = "#ffe0a3"     # a comment's phrase (Word shades it in the reviewer's colour)
VERWIJZING_KLEUR = "#e3eaf5"
WIJZIGENDE_TOETSEN = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
                      QKeySequence.StandardKey.DeleteEndOfLine, QKeySequence.StandardKey.DeleteCompleteLine,
                      QKeySequence.StandardKey.InsertLineSeparator, QKeySequence.StandardKey.InsertParagraphSeparator)
SOORT, BLOK_ID, LABEL_LENGTE = (QTextFormat.Property.UserProperty + n for n in (2, 3, 4))


def blok_gegevens(blok) -> tuple[str, str, int]:
    """What a paragraph is: (soort, blok_id, length of its label), carried by its block format (a Python
    QTextBlockUserData crashes PySide6 when the document drops it)."""
    formaat = blok.blockFormat()
    return formaat.property(SOORT), formaat.property(BLOK_ID), formaat.property(LABEL_LENGTE)


class DocumentWeergave(QTextEdit):
    bewerk = Signal(object, str, int)       # line, its new current text, the cursor's offset in it afterwards
    splits = Signal(object, int)            # Enter: line, offset
    voeg_samen = Signal(object, int)        # Backspace at the start (-1), Delete at the end (+1)
    inspring = Signal(object, int)          # Tab (+1), Shift+Tab (-1)
    verwijzing = Signal(object, int)        # Ctrl+K: line, offset
    plek = Signal(object)                   # the cursor went into another line
    balk_geklikt = Signal()                 # a click on a bar of Eenvoudige markering: show the changes (as Word)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("document")
        self.regels: list[Regel] = []
        self._register: dict | None = None        # where each line, block and text stands (built on use)
        self.alleen_lezen = False
        self.reden_alleen_lezen = ""
        self.laatste_weigering = ""
        self._formaten: dict[tuple, QTextCharFormat] = {}
        self._vorige_regel = -1
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(22)
        optie = self.document().defaultTextOption()
        optie.setTabStopDistance(INSPRINGING)
        optie.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(optie)
        self.markering = PlaatshouderMarkering(self.document())
        self.cursorPositionChanged.connect(self._cursor_bewogen)

    def resizeEvent(self, event) -> None:
        """On a wide screen the text stands as a page of readable width in the middle, as in Word."""
        over = max(0, event.size().width() - self.verticalScrollBar().sizeHint().width() - 2 * self.frameWidth()
                   - PAGINA_BREEDTE)
        if self.viewportMargins().left() != over // 2:
            self.setViewportMargins(over // 2, 0, over - over // 2, 0)
        super().resizeEvent(event)

    # -- drawing the lines -------------------------------------------------------------------------
    def toon(self, regels: list[Regel]) -> None:
        """All lines anew (opening a policy)."""
        self.regels = list(regels)
        self._register = None
        self._vorige_regel = -1
        self.document().clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for i, regel in enumerate(regels):
            if i:
                cursor.insertBlock()
            self._schrijf(cursor, regel)
        cursor.endEditBlock()

    def werk_bij(self, regels: list[Regel]) -> int:
        """Draw again only the lines that differ: lines are matched by what they are (difflib on their keys),
        matched lines compared by content; returns how many were drawn."""
        if not self.regels:
            self.toon(regels)
            return len(regels)
        oud, nieuw = [r.sleutel for r in self.regels], [r.sleutel for r in regels]
        stappen = (SequenceMatcher(None, oud, nieuw, autojunk=False).get_opcodes() if oud != nieuw
                   else [("equal", 0, len(oud), 0, len(nieuw))])
        getekend, bewaard = 0, self.bewaar_cursor()
        for soort, i1, i2, j1, j2 in reversed(stappen):       # from the end: earlier indexes stay valid
            if soort != "equal":
                self.vervang(i1, i2, regels[j1:j2], cursor=False)
                getekend += j2 - j1
                continue
            for k in reversed(range(i2 - i1)):
                if self.regels[i1 + k] != regels[j1 + k]:
                    self.vervang(i1 + k, i1 + k + 1, [regels[j1 + k]], cursor=False)
                    getekend += 1
        self.herstel_cursor(bewaard)        # (one edit block around all of them would lay out everything between)
        return getekend

    def vervang(self, van: int, tot: int, nieuw: list[Regel], cursor: bool = True) -> None:
        """Lines van..tot-1 become `nieuw`: one neighbour is taken along when one side is empty; the cursor
        stays in its line (unless the caller keeps it)."""
        if van == tot or not nieuw:
            if tot < len(self.regels):
                nieuw, tot = list(nieuw) + [self.regels[tot]], tot + 1
            elif van > 0:
                nieuw, van = [self.regels[van - 1]] + list(nieuw), van - 1
            else:
                return self.toon(list(nieuw))
        if not nieuw:
            return self.toon([])
        bewaard = self.bewaar_cursor() if cursor else None
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        eerste, laatste = document.findBlockByNumber(van), document.findBlockByNumber(tot - 1)
        cursor.setPosition(eerste.position())
        cursor.setPosition(laatste.position() + laatste.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for i, regel in enumerate(nieuw):
            if i:
                cursor.insertBlock()
            self._schrijf(cursor, regel)
        cursor.endEditBlock()
        if tot - van != len(nieuw) or any(a.sleutel != b.sleutel for a, b in zip(self.regels[van:tot], nieuw)):
            self._register = None
        elif self._register is not None:
            self._register["balk"] = None
        self.regels[van:tot] = nieuw
        self.herstel_cursor(bewaard)

    def _schrijf(self, cursor: QTextCursor, regel: Regel) -> None:
        cursor.setBlockFormat(self._blokformaat(regel))
        cursor.setCharFormat(self._formaat(None, regel))
        if regel.label:
            cursor.insertText(regel.label + regel.scheiding, self._formaat(regel.label_rol, regel, regel.label_kleur))
        for deel in regel.delen:
            cursor.insertText(deel.tekst, self._formaat(deel.rol, regel, deel.kleur))

    def _blokformaat(self, regel: Regel) -> QTextBlockFormat:
        formaat = QTextBlockFormat()
        formaat.setProperty(SOORT, regel.soort)
        formaat.setProperty(BLOK_ID, regel.blok_id)
        formaat.setProperty(LABEL_LENGTE, regel.label_lengte)
        if regel.stijl == "titel":
            formaat.setBottomMargin(14)
        elif regel.stijl == "kop":
            formaat.setTopMargin(12)
            formaat.setBottomMargin(4)
        else:
            formaat.setBottomMargin(4)
        if regel.label and regel.stijl == "alinea":
            formaat.setLeftMargin(INSPRINGING * (regel.niveau + 1))
            formaat.setTextIndent(-INSPRINGING)
        elif regel.spook and regel.soort in ("lid", "onderdeel", "subonderdeel"):
            formaat.setLeftMargin(INSPRINGING * (regel.niveau + 1))      # where its number stood
        elif regel.niveau:
            formaat.setLeftMargin(INSPRINGING * regel.niveau)
        return formaat

    def _formaat(self, rol: str | None, regel: Regel, kleur: str | None = None) -> QTextCharFormat:
        sleutel = (rol, regel.stijl, kleur)
        formaat = self._formaten.get(sleutel)
        if formaat is None:
            formaat = self._formaten[sleutel] = maak_formaat(rol, regel.stijl, kleur)
        return formaat

    # -- where things are ---------------------------------------------------------------------------
    def regel_van(self, cursor: QTextCursor | None = None) -> tuple[int, Regel] | None:
        cursor = cursor or self.textCursor()
        nummer = cursor.block().blockNumber()
        return (nummer, self.regels[nummer]) if 0 <= nummer < len(self.regels) else None

    def _plekken(self) -> dict:
        if self._register is None:
            register: dict = {"sleutel": {}, "blok": {}, "tekst": {}, "alle": {}, "balk": None}
            for i, regel in enumerate(self.regels):
                register["sleutel"].setdefault(regel.sleutel, i)
                register["alle"].setdefault(regel.tekst_id, []).append(i)
                if not regel.spook:
                    register["blok"].setdefault(regel.blok_id, i)
                    register["tekst"].setdefault(regel.tekst_id, []).append(i)
            self._register = register
        return self._register

    def zoek(self, blok_id: str, tekst_id: str | None = None) -> int | None:
        """The index of the (current, not ghost) line of a block or text."""
        plekken = self._plekken()
        kandidaten = [plekken["blok"].get(blok_id)] + plekken["tekst"].get(tekst_id or blok_id, [])[:1]
        return min((k for k in kandidaten if k is not None), default=None)

    def regels_van(self, tekst_id: str) -> list[int]:
        """The lines that show a text (the old place of a moved block shows its text as it is now)."""
        return list(self._plekken()["alle"].get(tekst_id, []))

    def nummer_van(self, sleutel: tuple) -> int | None:
        return self._plekken()["sleutel"].get(sleutel)

    def heeft_balk(self) -> bool:
        plekken = self._plekken()
        if plekken["balk"] is None:
            plekken["balk"] = any(r.gewijzigd for r in self.regels)
        return plekken["balk"]

    def zet_cursor(self, nummer: int, getoond: int, tot: int | None = None) -> None:
        """The cursor at an offset in a line's current text (and a selection up to `tot`)."""
        if not 0 <= nummer < len(self.regels):
            return
        regel, blok = self.regels[nummer], self.document().findBlockByNumber(nummer)
        cursor = QTextCursor(blok)
        cursor.setPosition(blok.position() + regel.naar_plek(max(0, min(getoond, len(regel.getoond)))))
        if tot is not None:
            cursor.setPosition(blok.position() + regel.naar_plek(min(tot, len(regel.getoond))),
                               QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def bewaar_cursor(self) -> tuple | None:
        plek = self.regel_van()
        if plek is None:
            return None
        nummer, regel = plek
        return regel.sleutel, nummer, regel.naar_getoond(self.textCursor().positionInBlock())

    def herstel_cursor(self, bewaard: tuple | None) -> None:
        if bewaard is None:
            return
        sleutel, nummer, getoond = bewaard
        if not (0 <= nummer < len(self.regels) and self.regels[nummer].sleutel == sleutel):
            gevonden = self.nummer_van(sleutel)
            nummer = gevonden if gevonden is not None else min(nummer, len(self.regels) - 1)
        scroll = self.verticalScrollBar().value()
        self.zet_cursor(nummer, getoond)
        self.verticalScrollBar().setValue(scroll)

    def _cursor_bewogen(self) -> None:
        plek = self.regel_van()
        if plek is not None and plek[0] != self._vorige_regel:
            self._vorige_regel = plek[0]
            self.plek.emit(plek[1])

    def selectie_in_regel(self) -> tuple[int, Regel, int, int] | None:
        """(line index, line, start, end) of the selection or cursor, when it stays within one paragraph."""
        cursor = self.textCursor()
        plek = self.regel_van(cursor)
        if plek is None:
            return None
        blok = cursor.block()
        van, tot = sorted((cursor.anchor(), cursor.position()))
        if van < blok.position() or tot > blok.position() + blok.length() - 1:
            return None
        return plek[0], plek[1], van - blok.position(), tot - blok.position()

    # -- comments and the bars of Eenvoudige markering ----------------------------------------------
    def markeer_ankers(self, ankers: list[tuple[int, int, int]]) -> None:
        """Shade every comment's phrase: (line index, start, end) in the line's current text."""
        selecties = []
        for nummer, begin, eind in ankers:
            if not 0 <= nummer < len(self.regels):
                continue
            regel, blok = self.regels[nummer], self.document().findBlockByNumber(nummer)
            selectie = QTextEdit.ExtraSelection()
            selectie.cursor = QTextCursor(blok)
            selectie.cursor.setPosition(blok.position() + regel.naar_plek(begin))
            selectie.cursor.setPosition(blok.position() + regel.naar_plek(eind), QTextCursor.MoveMode.KeepAnchor)
            selectie.format.setBackground(QColor(ANKER_KLEUR))
            selectie.format.setProperty(ROL, "opmerking")
            selecties.append(selectie)
        self.setExtraSelections(selecties)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.heeft_balk():
            return
        schilder = QPainter(self.viewport())
        opmaak, dy = self.document().documentLayout(), self.verticalScrollBar().value()
        blok = self.cursorForPosition(QPoint(0, 0)).block()
        hoogte = self.viewport().height()
        while blok.isValid():
            vak = opmaak.blockBoundingRect(blok).translated(-self.horizontalScrollBar().value(), -dy)
            if vak.top() > hoogte:
                break
            if self.regels[blok.blockNumber()].gewijzigd:
                schilder.fillRect(QRectF(6, vak.top() + 2, 3, max(4.0, vak.height() - 4)), QColor(BALK_KLEUR))
            blok = blok.next()
        schilder.end()

    def mousePressEvent(self, event) -> None:
        positie = event.position().toPoint()
        if positie.x() < BALK_BREEDTE and self.heeft_balk():
            blok = self.cursorForPosition(positie).block()
            if 0 <= blok.blockNumber() < len(self.regels) and self.regels[blok.blockNumber()].gewijzigd:
                self.balk_geklikt.emit()
                return
        super().mousePressEvent(event)

    # -- keys: every change is a request ----------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """Undo and redo belong to the window (the model's history); Ctrl+K and Tab are the view's own."""
        if event.type() == QEvent.Type.ShortcutOverride:
            if any(event.matches(k) for k in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)) or \
                    _combinatie(event) in ("Ctrl+Y", "Ctrl+Shift+Z"):
                event.ignore()
                return False
            if _combinatie(event) == "Ctrl+K":
                event.accept()
                return True
        if event.type() == QEvent.Type.ToolTip:
            return self._toon_tip(event)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)       # not focus navigation: indentation
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._bewerkende_toets(event):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Insert) or \
                any(event.matches(k) for k in WIJZIGENDE_TOETSEN):
            event.ignore()
            return
        tekst = event.text()
        if tekst and tekst.isprintable() and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.typ(tekst)
            return
        if tekst and tekst.isprintable():
            event.ignore()
            return
        super().keyPressEvent(event)        # moving, selecting, copying

    def _bewerkende_toets(self, event: QKeyEvent) -> bool:
        toets, combinatie = event.key(), _combinatie(event)
        if combinatie == "Ctrl+K":
            self._vraag(self.verwijzing)
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.knip()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.plak()
        elif event.matches(QKeySequence.StandardKey.DeleteStartOfWord):
            self._wis_woord(QTextCursor.MoveOperation.StartOfWord, QTextCursor.MoveOperation.PreviousWord)
        elif event.matches(QKeySequence.StandardKey.DeleteEndOfWord):
            self._wis_woord(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveOperation.NextWord)
        elif toets in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        elif toets == Qt.Key.Key_Backspace and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._wis(-1)
        elif toets == Qt.Key.Key_Delete and not event.modifiers():
            self._wis(1)
        elif toets == Qt.Key.Key_Tab and not event.modifiers():
            self._vraag(self.inspring, 1)
        elif toets == Qt.Key.Key_Backtab:
            self._vraag(self.inspring, -1)
        else:
            return False
        return True

    def _vraag(self, signaal, richting: int | None = None) -> None:
        plek = self._binnen_regel()
        if plek is None or not self._mag_bewerken(plek[1]):
            return
        _, regel, _, tot = plek
        if richting is None:
            signaal.emit(regel, regel.naar_getoond(tot))
        else:
            signaal.emit(regel, richting)

    def weiger(self, reden: str) -> None:
        """A keystroke that would change what cannot be changed here: say why, beside the cursor."""
        self.laatste_weigering = reden
        QToolTip.showText(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()), reden, self)

    def _mag_bewerken(self, regel: Regel | None = None) -> bool:
        if self.alleen_lezen:
            self.weiger(self.reden_alleen_lezen or tr("Dit document kan niet worden bewerkt."))
        elif regel is not None and regel.spook:
            self.weiger(tr("Verwijderde tekst kan niet worden bewerkt; aanvaard of verwerp de wijziging."))
        elif regel is not None and regel.soort == "ondertekening":
            self.weiger(tr("De vaststelling en ondertekening komen uit Gegevens (Vastgesteld op, Ondertekening)."))
        elif regel is not None and not regel.bewerkbaar:
            self.weiger(tr("Deze tekst kan hier niet worden bewerkt."))
        else:
            return True
        return False

    def _binnen_regel(self):
        plek = self.selectie_in_regel()
        if plek is None:
            self.weiger(tr("Een selectie over meer alinea's kan niet in één keer worden vervangen."))
        return plek

    def typ(self, tekst: str) -> bool:
        """Replace the selection (or insert at the cursor) by `tekst` within one paragraph."""
        plek = self._binnen_regel()
        return plek is not None and self.vervang_tekst(plek[1], plek[2], plek[3], tekst)

    def vervang_tekst(self, regel: Regel, van: int, tot: int, tekst: str) -> bool:
        """Positions in the paragraph: the label is skipped, a reference is replaced whole or not at all."""
        if not self._mag_bewerken(regel):
            return False
        van = max(van, regel.label_lengte)
        tot = max(tot, van)
        if regel.verwijzing_bij(van, tot):
            self.weiger(tr("Een verwijzing wordt in haar geheel vervangen: selecteer haar helemaal, of kies een "
                           "andere met Ctrl+K."))
            return False
        begin, eind = regel.naar_getoond(van), regel.naar_getoond(tot)
        oud = regel.getoond
        if begin == eind and not tekst:
            return False
        self.bewerk.emit(regel, oud[:begin] + tekst + oud[eind:], begin + len(tekst))
        return True

    def _wis(self, richting: int) -> None:
        plek = self._binnen_regel()
        if plek is None or not self._mag_bewerken(plek[1]):
            return
        nummer, regel, van, tot = plek
        if van != tot:
            self.vervang_tekst(regel, van, tot, "")
            return
        getoond = regel.naar_getoond(van)
        if richting < 0 and (van <= regel.label_lengte or getoond == 0):
            self.voeg_samen.emit(regel, -1)
        elif richting > 0 and getoond >= len(regel.getoond):
            self.voeg_samen.emit(regel, 1)
        elif (bereik := regel.verwijzing_voor(van) if richting < 0 else regel.verwijzing_na(van)):
            self._selecteer(nummer, *bereik)        # a reference goes whole: selected first, then deleted
        else:
            begin = getoond - 1 if richting < 0 else getoond
            oud = regel.getoond
            self.bewerk.emit(regel, oud[:begin] + oud[begin + 1:], begin)

    def _selecteer(self, nummer: int, van: int, tot: int) -> None:
        blok = self.document().findBlockByNumber(nummer)
        cursor = QTextCursor(blok)
        cursor.setPosition(blok.position() + van)
        cursor.setPosition(blok.position() + tot, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _wis_woord(self, *bewegingen: QTextCursor.MoveOperation) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            positie = cursor.position()
            cursor.movePosition(bewegingen[1], QTextCursor.MoveMode.KeepAnchor)
            if cursor.position() == positie or cursor.block() != self.textCursor().block():
                return self._wis(-1 if bewegingen[1] == QTextCursor.MoveOperation.PreviousWord else 1)
            self.setTextCursor(cursor)
        self._wis(1)

    def _enter(self) -> None:
        plek = self._binnen_regel()
        if plek is None or not self._mag_bewerken(plek[1]):
            return
        nummer, regel, van, tot = plek
        if regel.soort == "artikel" and nummer + 1 < len(self.regels):
            self.zet_cursor(nummer + 1, 0)      # Enter in an artikel's heading goes on to its first lid
            return
        self.splits.emit(regel, regel.naar_getoond(van))

    def knip(self) -> None:
        if self.textCursor().hasSelection() and not self.alleen_lezen:
            self.copy()
            self.typ("")

    def plak(self) -> None:
        self.typ(" ".join(QApplication.clipboard().text().split("\n")).replace("\r", "").replace("\t", " "))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() and not self.alleen_lezen

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.typ(" ".join(source.text().splitlines()))

    def inputMethodEvent(self, event) -> None:
        if event.commitString():
            self.typ(event.commitString())
        event.accept()

    # -- the context menu: spelling, clipboard, reference --------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        cursor = self.cursorForPosition(event.pos())
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        woord = cursor.selectedText()
        if woord and not self.alleen_lezen and SPELLING.is_fout(woord) and self._bewerkbaar_woord(cursor, woord):
            self._spelmenu(menu, cursor, woord)
        bewerkbaar = not self.alleen_lezen
        heeft_selectie = self.textCursor().hasSelection()
        for tekst, toetsen, slot, aan in ((tr("Knippen"), QKeySequence.StandardKey.Cut, self.knip, bewerkbaar and heeft_selectie),
                                          (tr("Kopiëren"), QKeySequence.StandardKey.Copy, self.copy, heeft_selectie),
                                          (tr("Plakken"), QKeySequence.StandardKey.Paste, self.plak, bewerkbaar),
                                          (tr("Verwijzing invoegen…"), QKeySequence("Ctrl+K"),
                                           lambda: self._vraag(self.verwijzing), bewerkbaar),
                                          (tr("Alles selecteren"), QKeySequence.StandardKey.SelectAll, self.selectAll, True)):
            actie = menu.addAction(tekst)
            actie.setShortcut(QKeySequence(toetsen))
            actie.setEnabled(aan)
            actie.triggered.connect(slot)
        self.laatste_menu = menu
        menu.exec(event.globalPos())

    def _bewerkbaar_woord(self, cursor: QTextCursor, woord: str) -> bool:
        plek = self.regel_van(cursor)
        if plek is None or not plek[1].bewerkbaar:
            return False
        regel, begin = plek[1], cursor.selectionStart() - cursor.block().position()
        eind = cursor.selectionEnd() - cursor.block().position()
        return begin >= regel.label_lengte and regel.naar_getoond(eind) - regel.naar_getoond(begin) == len(woord)

    def _spelmenu(self, menu: QMenu, cursor: QTextCursor, woord: str) -> None:
        """A misspelt word: its suggestions first, then "Toevoegen aan woordenlijst"."""
        suggesties = SPELLING.suggesties(woord)
        for suggestie in suggesties:
            actie = QAction(suggestie, menu)
            actie.triggered.connect(lambda _=False, c=QTextCursor(cursor), s=suggestie: self._vervang_woord(c, s))
            menu.addAction(actie)
        if not suggesties:
            geen = menu.addAction(tr("(geen suggesties)"))
            geen.setEnabled(False)
        toevoegen = menu.addAction(tr("Toevoegen aan woordenlijst"))
        toevoegen.triggered.connect(lambda _=False, w=woord: self.voeg_toe_aan_woordenlijst(w))
        menu.addSeparator()

    def _vervang_woord(self, cursor: QTextCursor, nieuw: str) -> None:
        plek = self.regel_van(cursor)
        if plek is not None:
            positie = cursor.block().position()
            self.vervang_tekst(plek[1], cursor.selectionStart() - positie, cursor.selectionEnd() - positie, nieuw)

    def voeg_toe_aan_woordenlijst(self, woord: str) -> None:
        SPELLING.voeg_toe(woord)
        self.markering.rehighlight()

    def _toon_tip(self, event) -> bool:
        """Who made a change, and when; what a reference is."""
        cursor = self.cursorForPosition(event.pos())
        plek = self.regel_van(cursor)
        tip = ""
        if plek is not None:
            regel, positie = plek[1], cursor.positionInBlock() - plek[1].label_lengte
            for deel in regel.delen:
                if 0 <= positie < len(deel.tekst):
                    tip = deel.titel if deel.rol in (IN, WEG, VAN) else tr("Verwijzing: kies een andere met Ctrl+K") if deel.rol == VERWIJZING else ""
                    break
                positie -= len(deel.tekst)
        QToolTip.showText(event.globalPos(), tip, self) if tip else QToolTip.hideText()
        return True


def maak_formaat(rol: str | None, stijl: str, kleur: str | None) -> QTextCharFormat:
    formaat = QTextCharFormat()
    formaat.setProperty(ROL, rol or "")
    if stijl == "titel":
        formaat.setFontPointSize(15)
        formaat.setFontWeight(QFont.Weight.Bold)
    elif stijl == "kop":
        formaat.setFontWeight(QFont.Weight.Bold)
    if kleur and rol in (IN, WEG, VAN, LABEL):
        formaat.setForeground(QColor(kleur))
    if rol == IN:
        formaat.setFontUnderline(True)
    elif rol == WEG:
        formaat.setFontStrikeOut(True)
    elif rol == VAN:                    # the old place of a moved block: struck through, dotted underline
        formaat.setFontStrikeOut(True)
        formaat.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    elif rol == VERWIJZING:
        formaat.setBackground(QColor(VERWIJZING_KLEUR))
    return formaat


def _combinatie(event: QKeyEvent) -> str:
    return QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
