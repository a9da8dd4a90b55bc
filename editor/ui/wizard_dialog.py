"""The questionnaire ("Nieuw beleid met vragenlijst"): five pages, then the draft opens in the workspace."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QTextBrowser, QVBoxLayout, QWizard, QWizardPage,
)

from ..errors import BeleidsstudioFout
from ..i18n import tr
from ..wizard import Concept, stel_samen, valideer
from ..wizard.antwoorden import AANSPREEKPUNTEN, SECTOREN, ZORGEN
from ..wizard.gevolgen import gevolgen

RECHTSVORM_NAMEN = (("bv", "BV"), ("nv", "NV"), ("stichting", "stichting"), ("vereniging", "vereniging"),
                    ("gemeente", "gemeente"), ("gemeenschappelijke_regeling", "gemeenschappelijke regeling"), ("anders", "anders"))


class VragenlijstWizard(QWizard):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nieuw beleid met vragenlijst"))
        self.concept: Concept | None = None
        self._maak_velden()
        for pagina in (self._organisatie(), self._sector(), self._afspraken(), self._gevolgen(), self._concept()):
            self.addPage(pagina)
        self.resize(720, 540)

    def _maak_velden(self) -> None:
        self.naam = QLineEdit()
        self.rechtsvorm = QComboBox()
        for code, naam in RECHTSVORM_NAMEN:
            self.rechtsvorm.addItem(tr(naam), code)
        self.medewerkers = QSpinBox()
        self.medewerkers.setRange(1, 1_000_000)
        self.medewerkers.setValue(50)
        self.sector = QComboBox()
        for code, naam in SECTOREN.items():
            self.sector.addItem(tr(naam), code)
        self.zorgen = {code: QCheckBox(tr(naam)) for code, naam in ZORGEN.items()}
        self.monitoring = QCheckBox(tr("De werkgever volgt openbare sociale media"))
        self.aanspreekpunt = QComboBox()
        for code, naam in AANSPREEKPUNTEN.items():
            self.aanspreekpunt.addItem(tr(naam), code)
        self.disclaimer = QCheckBox(tr("Medewerkers vermelden dat zij op persoonlijke titel publiceren"))
        self.disclaimer.setChecked(True)
        self.vervangt_titel, self.vervangt_datum = QLineEdit(), QLineEdit()
        self.vervangt_datum.setPlaceholderText(tr("bijv. 1 juli 2014"))

    @staticmethod
    def _pagina(titel: str, uitleg: str) -> tuple[QWizardPage, QFormLayout]:
        pagina = QWizardPage()
        pagina.setTitle(titel)
        pagina.setSubTitle(uitleg)
        return pagina, QFormLayout(pagina)

    def _organisatie(self) -> QWizardPage:
        pagina, form = self._pagina(tr("Organisatie"), tr("Voor wie is de code?"))
        form.addRow(tr("Naam organisatie:"), self.naam)
        form.addRow(tr("Rechtsvorm:"), self.rechtsvorm)
        form.addRow(tr("Aantal medewerkers:"), self.medewerkers)
        pagina.registerField("naam*", self.naam)
        return pagina

    def _sector(self) -> QWizardPage:
        pagina, form = self._pagina(tr("Sector en zorgen"), tr("Waar moet de code vooral op letten?"))
        form.addRow(tr("Sector:"), self.sector)
        for vakje in self.zorgen.values():
            form.addRow(vakje)
        return pagina

    def _afspraken(self) -> QWizardPage:
        pagina, form = self._pagina(tr("Afspraken"), tr("Monitoring, aanspreekpunt en de code die wordt vervangen."))
        form.addRow(self.monitoring)
        form.addRow(tr("Medewerkers wenden zich tot:"), self.aanspreekpunt)
        form.addRow(self.disclaimer)
        form.addRow(tr("Vervangt de code (titel):"), self.vervangt_titel)
        form.addRow(tr("van (datum):"), self.vervangt_datum)
        return pagina

    def _gevolgen(self) -> QWizardPage:
        pagina = _BerekendePagina(tr("Wat dit betekent"), tr("De gevolgen van uw antwoorden."), self._gevolgen_html)
        return pagina

    def _concept(self) -> QWizardPage:
        return _BerekendePagina(tr("Het concept"), tr("De artikelen zoals zij worden genummerd; in grijs de toelichting voor de "
                                                       "opsteller, die in het project blijft en niet in het besluit komt."),
                                self._concept_html)

    def antwoorden(self) -> dict:
        vervangt = None
        if self.vervangt_titel.text().strip():
            vervangt = {"titel": self.vervangt_titel.text().strip(), "datum": self.vervangt_datum.text().strip()}
        return {"organisatie": self.naam.text(), "rechtsvorm": self.rechtsvorm.currentData(),
                "medewerkers": self.medewerkers.value(), "sector": self.sector.currentData(),
                "zorgen": [code for code, vakje in self.zorgen.items() if vakje.isChecked()],
                "monitoring": self.monitoring.isChecked(), "aanspreekpunt": self.aanspreekpunt.currentData(),
                "disclaimer": self.disclaimer.isChecked(), "vervangt": vervangt}

    def _gevolgen_html(self) -> str:
        try:
            regels = gevolgen(valideer(self.antwoorden()))
        except BeleidsstudioFout as fout:
            return f"<p style='color:#b00020'>{html.escape(str(fout))}</p>"
        return "".join(f"<p>{html.escape(r)}</p>" for r in regels)

    def _concept_html(self) -> str:
        try:
            self.concept = stel_samen(valideer(self.antwoorden()))
        except BeleidsstudioFout as fout:
            self.concept = None
            return f"<p style='color:#b00020'>{html.escape(str(fout))}</p>"
        return concept_html(self.concept)


def concept_html(concept: Concept) -> str:
    """The draft as it will be numbered: "Artikel 3. Kop", its leden 1., 2., …, and per artikel the
    reasons for the drafter in grey (they are kept in the project, not printed in the besluit)."""
    from ..model.numbering import lid_nummer, onderdeel_letter

    policy = concept.policy
    redenen: dict[str, list[str]] = {}
    for k in concept.keuzes:
        redenen.setdefault(k.artikel, []).append(k.waarom)
    delen = [f"<h3>{html.escape(policy.titel)}</h3>"]
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        delen.append(f"<p><b>Artikel {nummer}. {html.escape(artikel.kop)}</b></p>")     # the draft's own Dutch
        for i, lid in enumerate(artikel.leden):
            label = lid_nummer(artikel, i)
            delen.append(f"<p style='margin-left:16px'>{f'{label}. ' if label else ''}{html.escape(lid.tekst)}</p>")
            delen += [f"<p style='margin-left:32px'>{onderdeel_letter(j)}. {html.escape(o.tekst)}</p>"
                      for j, o in enumerate(lid.onderdelen)]
        for reden in dict.fromkeys(redenen.get(artikel.kop, [])):
            delen.append(f"<p style='margin-left:16px; color:#666'><i>{html.escape(tr('Waarom: {reden}').format(reden=reden))}</i></p>")
    return "".join(delen)


class _BerekendePagina(QWizardPage):
    """A page whose text is worked out from the answers when it is shown."""

    def __init__(self, titel: str, uitleg: str, bereken) -> None:
        super().__init__()
        self.setTitle(titel)
        self.setSubTitle(uitleg)
        self.bereken = bereken
        self.tekst = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tekst)

    def initializePage(self) -> None:
        self.tekst.setHtml(self.bereken())

    def isComplete(self) -> bool:
        return "b00020" not in self.tekst.toHtml()

