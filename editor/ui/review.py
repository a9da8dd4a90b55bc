"""Review: tracking changes, the changes and comments panes, versions, the OR's consent, the reviewer role."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QInputDialog, QLineEdit, QTextBrowser,
    QVBoxLayout,
)

from .. import bewerken
from ..bewerken.context import nu
from ..bewerken.versies import als_getrackte_wijzigingen, bewaar_versie_in, vraag_instemming_aan
from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..settings import Voorkeuren, bewaar_voorkeuren, laad_voorkeuren
from .block_html import document_redline_html
from .checks_pane import ControlesPaneel
from .review_panes import OpmerkingenPaneel, WijzigingenPaneel
from .tree_model import kort

OR_ROL = bewerken.OR_ROL


class Review:
    """Belongs to the main window; builds its docks and menu again when the language changes."""

    def __init__(self, venster) -> None:
        self.venster = venster
        self.voorkeuren: Voorkeuren = laad_voorkeuren()

    @property
    def auteur(self) -> str:
        return self.voorkeuren.auteur or tr("Onbekend")

    @property
    def is_or(self) -> bool:
        return self.voorkeuren.rol == OR_ROL

    def bouw(self) -> None:
        v = self.venster
        self.wijzigingen = WijzigingenPaneel()
        self.wijzigingen.aanvaard.connect(lambda ids: self.beslis(ids, True))
        self.wijzigingen.verworpen.connect(lambda ids: self.beslis(ids, False))
        self.wijzigingen.ga_naar.connect(v.werkruimte.selecteer)
        self.opmerkingen = OpmerkingenPaneel()
        self.opmerkingen.nieuw.connect(self.nieuwe_opmerking)
        self.opmerkingen.beantwoord.connect(self.beantwoord)
        self.opmerkingen.opgelost.connect(self.markeer_opgelost)
        self.opmerkingen.ga_naar.connect(self.ga_naar_opmerking)
        self._volg_cursor()
        self.controles = ControlesPaneel()
        self.controles.ga_naar.connect(v.werkruimte.selecteer)
        self.docks = [self._dock(tr("Wijzigingen"), "wijzigingen", self.wijzigingen),
                      self._dock(tr("Opmerkingen"), "opmerkingen", self.opmerkingen),
                      self._dock(tr("Controles"), "controles", self.controles)]
        v.tabifyDockWidget(v.dock, self.docks[0])
        v.tabifyDockWidget(self.docks[0], self.docks[1])
        v.tabifyDockWidget(self.docks[1], self.docks[2])
        v.dock.raise_()

    def _dock(self, titel: str, naam: str, widget) -> QDockWidget:
        dock = QDockWidget(titel, self.venster)
        dock.setObjectName(naam)
        dock.setWidget(widget)
        self.venster.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def menu(self, balk) -> None:
        menu = balk.addMenu(tr("Con&troleren"))
        self.actie_bijhouden = QAction(tr("&Wijzigingen bijhouden"), self.venster)
        self.actie_bijhouden.setCheckable(True)
        self.actie_bijhouden.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.actie_bijhouden.toggled.connect(self.zet_bijhouden)
        menu.addAction(self.actie_bijhouden)
        a = self.venster._actie
        a(menu, tr("&Volgende wijziging"), QKeySequence("Alt+PgDown"), lambda: self.wijzigingen.stap(1))
        a(menu, tr("V&orige wijziging"), QKeySequence("Alt+PgUp"), lambda: self.wijzigingen.stap(-1))
        self.beslis_acties = [
            a(menu, tr("Alle wijzigingen &aanvaarden"), QKeySequence(), lambda: self.beslis(None, True)),
            a(menu, tr("Alle wijzigingen af&wijzen"), QKeySequence(), lambda: self.beslis(None, False)),
        ]
        menu.addSeparator()
        a(menu, tr("&Opmerking toevoegen…"), QKeySequence("Ctrl+Alt+M"), self.nieuwe_opmerking)
        menu.addSeparator()
        self.versie_acties = [a(menu, tr("Versie &bewaren…"), QKeySequence(), self.bewaar_versie),
                              a(menu, tr("Versies &vergelijken…"), QKeySequence(), self.vergelijk_versies)]
        menu.addSeparator()
        self.instemming_acties = [a(menu, tr("Ter &instemming aanbieden"), QKeySequence(), self.bied_aan),
                                  a(menu, tr("&Besluit OR vastleggen…"), QKeySequence(), self.besluit)]
        menu.addSeparator()
        self.actie_or = QAction(tr("Rol: &Ondernemingsraad"), self.venster)
        self.actie_or.setCheckable(True)
        self.actie_or.setChecked(self.is_or)
        self.actie_or.toggled.connect(self.zet_rol)
        menu.addAction(self.actie_or)
        self.pas_rol_toe()

    # -- role and tracking ---------------------------------------------------------------------
    def zet_rol(self, is_or: bool) -> None:
        self.voorkeuren.rol = OR_ROL if is_or else "opsteller"
        self._bewaar()
        self.pas_rol_toe()

    def pas_rol_toe(self) -> None:
        """The works council proposes and comments: tracking always on, no accepting, no metadata."""
        bewerker = self.venster.bewerker
        bewerker.auteur, bewerker.rol = self.auteur, self.voorkeuren.rol
        if self.is_or:
            self.actie_bijhouden.setChecked(True)
        self.actie_bijhouden.setEnabled(not self.is_or)
        for actie in self.beslis_acties + self.instemming_acties:
            actie.setEnabled(not self.is_or)
        for knop in self.wijzigingen.beslis_knoppen:
            knop.setEnabled(not self.is_or)

    def zet_bijhouden(self, aan: bool) -> None:
        self.venster.bewerker.bijhouden = aan

    def ververs(self, uitkomst=None) -> None:
        """The panes an operation names (all of them without one); the checks after every operation."""
        policy = self.venster.bewerker.policy
        if uitkomst is None or uitkomst.revisies or uitkomst.structuur or uitkomst.teksten:
            self.wijzigingen.toon(policy)
        if uitkomst is None or uitkomst.opmerkingen or uitkomst.structuur:
            self.opmerkingen.toon(policy)
        self.controles.plan(policy)

    def beslis(self, ids: set[int] | None, aanvaarden: bool) -> None:
        if self.is_or:
            return
        self.venster.bewerker.voer_uit(bewerken.accepteer if aanvaarden else bewerken.verwerp, ids)

    # -- comments ------------------------------------------------------------------------------
    def gekozen(self) -> tuple[str, str, str, int | None] | None:
        """(soort, blok_id, citaat, begin): the block under the cursor and the selected phrase, from the
        document view when it offers it, else from the block editor."""
        ruimte = self.venster.werkruimte
        if callable(getattr(ruimte, "gekozen", None)):
            return ruimte.gekozen()
        if ruimte.huidig is None:
            return None
        cursor = ruimte.editor.textCursor()
        citaat = cursor.selectedText().replace("\u2029", "\n")
        return (*ruimte.huidig, citaat, cursor.selectionStart() if citaat else None)

    def nieuwe_opmerking(self) -> None:
        keuze = self.gekozen()
        if keuze is None:
            self.venster.meld_fout(tr("Zet de cursor eerst in de tekst waar de opmerking over gaat."))
            return
        soort, blok_id, citaat, begin = keuze
        vragen = {"lid": tr("Opmerking bij dit lid:"), "onderdeel": tr("Opmerking bij dit onderdeel:"),
                  "subonderdeel": tr("Opmerking bij dit onderdeel:"), "artikel": tr("Opmerking bij dit artikel:")}
        vraag = vragen.get(soort, tr("Opmerking bij deze tekst:"))
        if citaat:
            vraag = tr("Over “{citaat}”").format(citaat=kort(citaat, 60)) + "\n" + vraag
        tekst, ok = QInputDialog.getMultiLineText(self.venster, tr("Opmerking"), vraag)
        if ok and tekst.strip():
            self.venster.bewerker.voer_uit(bewerken.voeg_opmerking_toe, blok_id, tekst.strip(), citaat, begin)

    def ga_naar_opmerking(self, blok_id: str, begin: int | None, eind: int | None) -> None:
        """To the comment's anchor: the phrase selected in the document view, else its block."""
        ruimte = self.venster.werkruimte
        if callable(getattr(ruimte, "ga_naar", None)):
            ruimte.ga_naar(blok_id, begin, eind)
            return
        ruimte.selecteer(blok_id)
        if begin is not None and ruimte.huidig and ruimte.huidig[1] == blok_id:
            cursor = ruimte.editor.textCursor()
            cursor.setPosition(min(begin, len(ruimte.editor.toPlainText())))
            cursor.setPosition(min(eind, len(ruimte.editor.toPlainText())), cursor.MoveMode.KeepAnchor)
            ruimte.editor.setTextCursor(cursor)

    def _volg_cursor(self) -> None:
        """The comment list follows the cursor in the text (the document view's, else the block editor's),
        and scrolls along with the document view."""
        ruimte = self.venster.werkruimte
        bron = getattr(ruimte, "document", None) or getattr(ruimte, "editor", None)
        signaal = getattr(bron, "cursorPositionChanged", None)
        if signaal is not None:
            signaal.connect(self._cursor_verplaatst)
        if getattr(ruimte, "document", None) is not None:
            ruimte.document.verticalScrollBar().valueChanged.connect(self._gescrold)

    def _gescrold(self, _waarde: int = 0) -> None:
        """The comments beside the text that is in sight: the list's top row follows the document's top line."""
        if not self.opmerkingen.isVisible() or not self.venster.bewerker.policy.opmerkingen:
            return
        from .document_weergave import blok_gegevens

        document = self.venster.werkruimte.document
        blok = document.cursorForPosition(QPoint(4, 4)).block()
        for _ in range(200):                    # a heading or a label line: the next paragraph with a block
            if not blok.isValid() or self.opmerkingen.lijn_uit(blok_gegevens(blok)[1] or ""):
                return
            blok = blok.next()

    def _cursor_verplaatst(self) -> None:
        if not self.opmerkingen.isVisible() or not self.venster.bewerker.policy.opmerkingen:
            return
        keuze = self.gekozen()
        if keuze is not None:
            ruimte = self.venster.werkruimte
            positie = keuze[3]
            if positie is None and not callable(getattr(ruimte, "gekozen", None)):
                positie = ruimte.editor.textCursor().position()
            self.opmerkingen.volg(keuze[1], positie)

    def beantwoord(self, opmerking_id: str) -> None:
        tekst, ok = QInputDialog.getMultiLineText(self.venster, tr("Antwoord"), tr("Uw antwoord:"))
        if ok and tekst.strip():
            self.venster.bewerker.voer_uit(bewerken.beantwoord, opmerking_id, tekst.strip())

    def markeer_opgelost(self, opmerking_id: str) -> None:
        self.venster.bewerker.voer_uit(bewerken.wissel_opgelost, opmerking_id)

    # -- versions and consent ---------------------------------------------------------------------
    def _project(self):
        project = self.venster.sessie.project
        if project is None:
            self.venster.meld_fout(tr("Bewaar het beleid eerst als projectbestand (Opslaan als)."))
        return project

    def bewaar_versie(self, label: str | bool | None = None) -> bool:
        """A snapshot in the project file (a menu action passes its checked state: not a label)."""
        project = self._project()
        if project is None:
            return False
        if not isinstance(label, str):
            label, ok = QInputDialog.getText(self.venster, tr("Versie bewaren"), tr("Naam van de versie:"))
            if not ok or not label.strip():
                return False
        self.venster.sessie.autosave()
        return self._leg_vast(lambda: bewaar_versie_in(project, self.venster.bewerker.policy, label.strip(),
                                                        self.auteur))

    def _leg_vast(self, actie) -> bool:
        """A fact written to the file (a version, the OR's consent): one message when that fails."""
        try:
            uitkomst = actie()
        except BeleidsstudioFout as fout:
            self.venster.meld_fout(str(fout))
            return False
        self.venster.bewerker.gewijzigd.emit(uitkomst, False)
        return True

    def vergelijk_versies(self) -> None:
        project = self._project()
        if project is None:
            return
        versies = project.versions()
        if not versies:
            self.venster.meld_fout(tr("Er zijn nog geen versies bewaard."))
            return
        dialoog = VersieKeuze([f"{v.id}: {v.label}" for v in versies], self.venster)
        if dialoog.exec():
            oud = project.load_version(versies[dialoog.oud.currentIndex()].id)
            nieuw_index = dialoog.nieuw.currentIndex()
            nieuw = self.venster.bewerker.policy if nieuw_index == 0 else project.load_version(versies[nieuw_index - 1].id)
            label = dialoog.nieuw.currentText()
            resultaat = als_getrackte_wijzigingen(oud, nieuw, label, nu(), dialoog.oud.currentText())
            self.laatste_vergelijking = resultaat
            toon_redline(self.venster, resultaat)

    def bied_aan(self) -> bool:
        project = self._project()
        if project is None:
            return False
        self.venster.sessie.autosave()
        return self._leg_vast(lambda: vraag_instemming_aan(project, self.venster.bewerker.policy, self.auteur))

    def besluit(self) -> bool:
        dialoog = BesluitDialoog(self.venster)
        if not dialoog.exec():
            return False
        project = self.venster.sessie.project          # a decision needs no file; with one, it is saved now
        uitkomst = self.venster.bewerker.leg_vast(
            bewerken.leg_besluit_vast, dialoog.beslissing.currentData(), dialoog.datum.date().toString("yyyy-MM-dd"),
            dialoog.vergadering.text() or None, dialoog.notities.text() or None)
        if uitkomst is not None and project is not None:
            self.venster.sessie.autosave()
        return uitkomst is not None

    def _bewaar(self) -> None:
        try:
            bewaar_voorkeuren(self.voorkeuren)
        except OSError:
            pass


def ok_annuleren(dialoog: QDialog) -> QDialogButtonBox:
    knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    knoppen.accepted.connect(dialoog.accept)
    knoppen.rejected.connect(dialoog.reject)
    return knoppen


class VersieKeuze(QDialog):
    def __init__(self, versies: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Versies vergelijken"))
        self.oud, self.nieuw = QComboBox(), QComboBox()
        self.oud.addItems(versies)
        self.nieuw.addItems([tr("Huidige tekst")] + versies)
        form = QFormLayout(self)
        form.addRow(tr("Oudere versie:"), self.oud)
        form.addRow(tr("Vergelijken met:"), self.nieuw)
        form.addRow(ok_annuleren(self))


class BesluitDialoog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Besluit van de ondernemingsraad"))
        self.beslissing = QComboBox()
        for code, naam in (("verleend", tr("verleend")), ("geweigerd", tr("geweigerd")),
                           ("voorwaardelijk", tr("onder voorwaarden"))):
            self.beslissing.addItem(naam, code)
        self.datum = QDateEdit(QDate.currentDate())
        self.datum.setCalendarPopup(True)
        self.vergadering, self.notities = QLineEdit(), QLineEdit()
        form = QFormLayout(self)
        form.addRow(tr("Besluit:"), self.beslissing)
        form.addRow(tr("Datum:"), self.datum)
        form.addRow(tr("Vergadering:"), self.vergadering)
        form.addRow(tr("Notities:"), self.notities)
        form.addRow(ok_annuleren(self))


def toon_redline(ouder, policy) -> QDialog:
    dialoog = QDialog(ouder)
    dialoog.setWindowTitle(tr("Verschillen als bijgehouden wijzigingen"))
    browser = QTextBrowser()
    browser.setHtml(document_redline_html(policy))
    layout = QVBoxLayout(dialoog)
    layout.addWidget(browser)
    dialoog.resize(900, 700)
    dialoog.show()
    return dialoog


def vraag_identiteit(venster, review: Review) -> None:
    """At first start: the user's name and initials (kept in the settings), without blocking the window."""
    if review.voorkeuren.auteur:
        return
    dialoog = QInputDialog(venster)
    dialoog.setWindowTitle(tr("Wie bent u?"))
    dialoog.setLabelText(tr("Uw naam (bij wijzigingen en opmerkingen):"))

    def bewaar(naam: str) -> None:
        naam = naam.strip()
        if naam:
            review.voorkeuren.auteur = naam
            review.voorkeuren.initialen = "".join(d[0] for d in naam.split() if d[:1].isalpha()).upper()[:4]
            review._bewaar()
            review.pas_rol_toe()

    dialoog.textValueSelected.connect(bewaar)
    dialoog.open()
    venster.identiteit_dialoog = dialoog

