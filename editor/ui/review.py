"""Review: tracking changes, the changes and comments panes, versions, the OR's consent, the reviewer role."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QInputDialog, QLineEdit, QTextBrowser,
    QVBoxLayout,
)

from ..i18n import tr
from ..model.opmerkingen import Antwoord, Opmerking
from ..revisions import instemming, tracking
from ..revisions.versies import als_getrackte_wijzigingen
from ..settings import Voorkeuren, bewaar_voorkeuren, laad_voorkeuren
from ..store.project import nu
from .block_html import document_redline_html
from .checks_pane import ControlesPaneel
from .review_panes import OpmerkingenPaneel, WijzigingenPaneel

OR_ROL = "ondernemingsraad"


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
        self.opmerkingen.ga_naar.connect(v.werkruimte.selecteer)
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
        ruimte = self.venster.werkruimte
        ruimte.auteur = self.auteur
        if self.is_or:
            self.actie_bijhouden.setChecked(True)
        self.actie_bijhouden.setEnabled(not self.is_or)
        for actie in self.beslis_acties + self.instemming_acties:
            actie.setEnabled(not self.is_or)
        for knop in self.wijzigingen.beslis_knoppen:
            knop.setEnabled(not self.is_or)

    def zet_bijhouden(self, aan: bool) -> None:
        self.venster.werkruimte.bijhouden = aan

    def ververs(self) -> None:
        policy = self.venster.werkruimte.policy
        self.wijzigingen.toon(policy)
        self.opmerkingen.toon(policy)
        self.controles.plan(policy)

    def beslis(self, ids: set[int] | None, aanvaarden: bool) -> None:
        if self.is_or:
            return
        policy = self.venster.werkruimte.policy
        gekozen = tracking.kies(policy, ids)
        if not gekozen:
            return
        actie = tracking.accepteer if aanvaarden else tracking.verwerp
        tekst = tr("Wijzigingen aanvaarden") if aanvaarden else tr("Wijzigingen afwijzen")
        self.venster.werkruimte._structuur(tekst, lambda p: actie(p, gekozen))

    # -- comments ------------------------------------------------------------------------------
    def nieuwe_opmerking(self) -> None:
        ruimte = self.venster.werkruimte
        if ruimte.huidig is None:
            return
        citaat = ruimte.editor.textCursor().selectedText().replace("\u2029", "\n")
        tekst, ok = QInputDialog.getMultiLineText(self.venster, tr("Opmerking"), tr("Opmerking bij dit onderdeel:"))
        if ok and tekst.strip():
            opmerking = Opmerking(ruimte.huidig[1], self.auteur, nu(), tekst.strip(), citaat)
            ruimte._structuur(tr("Opmerking toevoegen"), lambda p: p.opmerkingen.append(opmerking))

    def beantwoord(self, opmerking_id: str) -> None:
        tekst, ok = QInputDialog.getMultiLineText(self.venster, tr("Antwoord"), tr("Uw antwoord:"))
        if ok and tekst.strip():
            antwoord = Antwoord(self.auteur, nu(), tekst.strip())
            self.venster.werkruimte._structuur(tr("Opmerking beantwoorden"), lambda p: _opmerking(p, opmerking_id)
                                               .antwoorden.append(antwoord))

    def markeer_opgelost(self, opmerking_id: str) -> None:
        def bewerking(p) -> None:
            opmerking = _opmerking(p, opmerking_id)
            opmerking.opgelost = not opmerking.opgelost

        self.venster.werkruimte._structuur(tr("Opmerking opgelost"), bewerking)

    # -- versions and consent ---------------------------------------------------------------------
    def _project(self):
        project = self.venster.sessie.project
        if project is None:
            self.venster.meld_fout(tr("Bewaar het beleid eerst als projectbestand (Opslaan als)."))
        return project

    def bewaar_versie(self, label: str | None = None) -> bool:
        project = self._project()
        if project is None:
            return False
        if label is None:
            label, ok = QInputDialog.getText(self.venster, tr("Versie bewaren"), tr("Naam van de versie:"))
            if not ok or not label.strip():
                return False
        policy = self.venster.werkruimte.policy
        policy.laatste_versie = label.strip()
        self.venster.sessie.autosave()
        project.add_version(policy, label.strip(), self.auteur)
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
            nieuw = self.venster.werkruimte.policy if nieuw_index == 0 else project.load_version(versies[nieuw_index - 1].id)
            label = dialoog.nieuw.currentText()
            resultaat = als_getrackte_wijzigingen(oud, nieuw, label, nu(), dialoog.oud.currentText())
            self.laatste_vergelijking = resultaat
            toon_redline(self.venster, resultaat)

    def bied_aan(self) -> bool:
        label = tr("Ter instemming aangeboden aan de ondernemingsraad")
        if not self.bewaar_versie(label):
            return False
        policy = self.venster.werkruimte.policy
        instemming.vraag_instemming(policy, nu(), label)
        self._na_instemming()
        return True

    def besluit(self) -> bool:
        dialoog = BesluitDialoog(self.venster)
        if not dialoog.exec():
            return False
        policy = self.venster.werkruimte.policy
        instemming.leg_besluit_vast(policy, dialoog.beslissing.currentData(), dialoog.datum.date().toString("yyyy-MM-dd"),
                                    nu(), dialoog.vergadering.text() or None, dialoog.notities.text() or None)
        self._na_instemming()
        return True

    def _na_instemming(self) -> None:
        self.venster.metadata.toon(self.venster.werkruimte.policy)
        self.venster.sessie.gewijzigd()
        self.venster.sessie.autosave()

    def _bewaar(self) -> None:
        try:
            bewaar_voorkeuren(self.voorkeuren)
        except OSError:
            pass


def _opmerking(policy, opmerking_id: str) -> Opmerking:
    return next(o for o in policy.opmerkingen if o.id == opmerking_id)


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

