"""The Gegevens pane: every metadata field of the open policy, editable.

The pane only reads input and says what the user asked for: `bewerkt(veld, waarde)` with the value in
the model's own type. The window applies it as an operation (slotbepalingen.plan_voor_veld: a field
that the text states, such as the inwerkingtreding, is changed by rewriting its artikel, tracked when
tracking is on). What the text states is re-read from it each time the pane is shown, so an edit of
the artikel shows here at once. The OR's consent is asked and recorded through its own actions (the
record ties it to the text), so its buttons emit `instemming_aanbieden` and `instemming_vastleggen`.
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..i18n import tr
from ..model.datums import format_datum, parse_datum
from ..model.document import Policy
from ..model.metadata import (
    Bekendmaking, Intrekking, Inwerkingtreding, InwerkingtredingRegel, Metadata, Ondertekenaar, Rechtsvorm, Vaststelling,
)
from ..model.placeholders import placeholders


def rechtsvorm_naam(waarde: str | None) -> str:
    namen = {
        "bv": tr("besloten vennootschap (BV)"),
        "nv": tr("naamloze vennootschap (NV)"),
        "stichting": tr("stichting"),
        "vereniging": tr("vereniging"),
        "gemeente": tr("gemeente"),
        "gemeenschappelijke_regeling": tr("gemeenschappelijke regeling"),
        "anders": tr("anders"),
    }
    return namen.get(waarde or "", "—")


def status_naam(waarde: str | None) -> str:
    namen = {
        "aangevraagd": tr("aangevraagd"),
        "verleend": tr("verleend"),
        "geweigerd": tr("geweigerd"),
        "onder_voorwaarden": tr("onder voorwaarden"),
    }
    return namen.get(waarde or "", tr("niet vastgelegd"))


def regel_naam(waarde: str | None) -> str:
    namen = {
        "dag_na_bekendmaking": tr("de dag na bekendmaking"),
        "vaste_datum": tr("op een vaste datum"),
        "bij_vaststelling": tr("bij vaststelling"),
    }
    return namen.get(waarde or "", "—")


def datum(iso: str | None) -> str:
    return format_datum(iso) if iso else "—"


def _instemming_tekst(policy: Policy) -> str:
    from ..formats.exportregels import Instemming, instemming
    from ..revisions.instemming import is_verouderd

    record = policy.metadata.or_instemming
    tekst = _met_datum(status_naam(record.status), record.datum)
    if is_verouderd(policy):
        tekst += "\n" + tr("⚠ verouderd: de tekst is gewijzigd na wat de OR zag")
    elif instemming(policy) is Instemming.NA_VASTSTELLING:
        tekst += "\n" + tr("⚠ gedateerd na de vaststelling: het besluit vermeldt haar niet")
    return tekst


def _met_datum(tekst: str, iso: str | None) -> str:
    return f"{tekst}, {datum(iso)}" if iso else tekst


# -- input read into the model's types (a wrong value raises ValueError naming the field) ----------

def lees_datum(tekst: str, veld: str) -> str | None:
    if not tekst.strip():
        return None
    iso = parse_datum(tekst)
    if iso is None:
        raise ValueError(tr("{veld}: geen datum (bijvoorbeeld 1 januari 2027 of 2027-01-01): {tekst}")
                         .format(veld=veld, tekst=tekst.strip()))
    return iso


def lees_intrekkingen(tekst: str) -> list[Intrekking]:
    """ "Sociale media code van Op/maat (juli 2014); Internetprotocol (1 mei 2012)"."""
    uit = []
    for deel in (d.strip() for d in tekst.split(";")):
        if not deel:
            continue
        m = re.match(r"^(?P<titel>.+?)\s*\((?P<datum>[^()]+)\)$", deel)
        titel, datum_ = (m["titel"], lees_datum(m["datum"], tr("Trekt in"))) if m else (deel, None)
        uit.append(Intrekking(titel.strip(), datum_))
    return uit


def lees_ondertekenaars(tekst: str) -> list[Ondertekenaar]:
    """ "voorzitter: A.J. de Jong; directeur: M.J. Dölle"."""
    uit = []
    for deel in (d.strip() for d in tekst.split(";")):
        if not deel:
            continue
        functie, sep, naam = deel.partition(":")
        if not sep or not functie.strip() or not naam.strip():
            raise ValueError(tr("Ondertekening: schrijf \"functie: naam\", gescheiden door puntkomma's: {tekst}").format(tekst=deel))
        uit.append(Ondertekenaar(re.sub(r"^(?:de|het)\s+", "", functie.strip(), flags=re.IGNORECASE), naam.strip()))
    return uit


def intrekkingen_tekst(meta: Metadata) -> str:
    return "; ".join(f"{i.titel} ({format_datum(i.datum)})" if i.datum else i.titel for i in meta.intrekking)


def ondertekenaars_tekst(meta: Metadata) -> str:
    return "; ".join(f"{o.functie}: {o.naam}" for o in meta.ondertekening)


class MetadataPanel(QWidget):
    bewerkt = Signal(str, object)            # field, new value (model type)
    fout = Signal(str)
    instemming_aanbieden = Signal()
    instemming_vastleggen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.waarden: dict[str, QWidget] = {}
        self.policy: Policy | None = None
        self.alleen_lezen = False
        self.mag_bewerken = lambda: True          # the window says: not read-only, not the works council's role
        self._laden = False
        self._getoond: tuple | None = None

    # -- showing -----------------------------------------------------------------------------------
    def toon(self, policy: Policy) -> None:
        self.policy = policy
        self.alleen_lezen = not self.mag_bewerken()
        stand = self._stand(policy)
        if stand == self._getoond and self.form.rowCount():
            return                      # a keystroke that changed none of the fields: nothing to redraw
        self._getoond = stand
        self._laden = True
        while self.form.rowCount():
            self.form.removeRow(0)
        self.waarden.clear()
        self._bouw(policy)
        self._laden = False

    def _stand(self, policy: Policy) -> tuple:
        """Everything the pane shows, to compare with what it shows now."""
        from ..formats.slotbepalingen import inwerkingtreding_lid

        lid = inwerkingtreding_lid(policy)
        return (copy.deepcopy(policy.metadata), policy.citeertitel, policy.aanhef.orgaan, self.alleen_lezen,
                lid.tekst if lid else None, _instemming_tekst(policy), policy.bron.omschrijving,
                tuple(p.tekst for p in placeholders(policy)), id(policy))

    def _bouw(self, policy: Policy) -> None:
        from ..formats.slotbepalingen import inwerkingtreding_tekst

        meta = policy.metadata
        iwt = meta.inwerkingtreding
        self._regel("organisatie", tr("Organisatie"), self._invoer(meta.organisatie, lambda t: t.strip() or None))
        self._regel("korte_naam", tr("Korte naam"), self._invoer(meta.korte_naam, lambda t: t.strip() or None))
        self._regel("rechtsvorm", tr("Rechtsvorm"), self._keuze([(v.value, rechtsvorm_naam(v.value)) for v in Rechtsvorm],
                                                                meta.rechtsvorm, lambda w: Rechtsvorm(w) if w else None))
        self._regel("orgaan", tr("Orgaan"), self._invoer(policy.aanhef.orgaan, lambda t: t.strip() or None))
        self._regel("citeertitel", tr("Citeertitel"), self._invoer(policy.citeertitel, lambda t: t.strip() or None))
        self._instemming(policy)
        self._regel("vaststelling", tr("Vastgesteld op"), self._invoer(
            _fmt(meta.vaststelling.datum), lambda t: Vaststelling(lees_datum(t, tr("Vastgesteld op")), meta.vaststelling.orgaan,
                                                                  meta.vaststelling.vergadering), "vaststelling"))
        self._regel("vaststelling_orgaan", tr("Vastgesteld door"), self._invoer(
            meta.vaststelling.orgaan, lambda t: Vaststelling(meta.vaststelling.datum, t.strip() or None,
                                                             meta.vaststelling.vergadering), "vaststelling"))
        self._regel("bekendmaking", tr("Bekendgemaakt op"), self._invoer(
            _fmt(meta.bekendmaking.datum), lambda t: Bekendmaking(lees_datum(t, tr("Bekendgemaakt op")))))
        self._regel("inwerkingtreding_regel", tr("Inwerkingtreding"), self._keuze(
            [(r.value, regel_naam(r.value)) for r in InwerkingtredingRegel], iwt.regel,
            lambda w: Inwerkingtreding(InwerkingtredingRegel(w) if w else None, iwt.datum, iwt.terugwerkend_tot), "inwerkingtreding"))
        self._regel("inwerkingtreding_datum", tr("In werking op"), self._invoer(_fmt(iwt.datum), lambda t: _met_datum_regel(
            iwt, lees_datum(t, tr("In werking op"))), "inwerkingtreding"))
        self._regel("terugwerkend_tot", tr("Werkt terug tot en met"), self._invoer(_fmt(iwt.terugwerkend_tot), lambda t: Inwerkingtreding(
            iwt.regel, iwt.datum, lees_datum(t, tr("Werkt terug tot en met"))), "inwerkingtreding"))
        self._regel("inwerkingtreding", "", self._label(inwerkingtreding_tekst(policy)))
        self._regel("intrekking", tr("Trekt in"), self._invoer(intrekkingen_tekst(meta), lees_intrekkingen))
        self._regel("ondertekening", tr("Ondertekening"), self._invoer(ondertekenaars_tekst(meta), lees_ondertekenaars))
        per_variabele = {p.variabele: p.tekst for p in reversed(placeholders(policy))}
        self._regel("placeholders", tr("Open plaatshouders"), self._label(", ".join(reversed(per_variabele.values())) or "—"))
        self._regel("bron", tr("Bron"), self._label(policy.bron.omschrijving or "—"))

    def tekst(self, sleutel: str) -> str:
        """What the pane shows for a field (the text of its editor, choice or label)."""
        widget = self.waarden[sleutel]
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()

    def _regel(self, sleutel: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(sleutel)
        widget.setProperty("veld", widget.property("veld") or sleutel)
        self.waarden[sleutel] = widget
        self.form.addRow(label, widget)

    def _label(self, tekst: str) -> QLabel:
        veld = QLabel(tekst)
        veld.setWordWrap(True)
        veld.setTextInteractionFlags(veld.textInteractionFlags() | veld.textInteractionFlags().TextSelectableByMouse)
        return veld

    def _instemming(self, policy: Policy) -> None:
        houder = QWidget()
        rij = QHBoxLayout(houder)
        rij.setContentsMargins(0, 0, 0, 0)
        label = self._label(_instemming_tekst(policy))
        aanbieden, vastleggen = QPushButton(tr("Aanbieden…")), QPushButton(tr("Besluit…"))
        aanbieden.setToolTip(tr("De tekst ter instemming aanbieden aan de ondernemingsraad"))
        vastleggen.setToolTip(tr("Het besluit van de ondernemingsraad vastleggen"))
        aanbieden.clicked.connect(self.instemming_aanbieden)
        vastleggen.clicked.connect(self.instemming_vastleggen)
        for knop in (aanbieden, vastleggen):
            knop.setEnabled(not self.alleen_lezen)
        rij.addWidget(label, 1)
        rij.addWidget(aanbieden)
        rij.addWidget(vastleggen)
        self.form.addRow(tr("Instemming OR"), houder)
        self.waarden["or_instemming"] = label

    # -- editing -----------------------------------------------------------------------------------
    def _invoer(self, tekst: str | None, lees, veld: str | None = None) -> QLineEdit:
        invoer = QLineEdit(tekst or "")
        invoer.setCursorPosition(0)             # a long value shows its beginning
        invoer.setToolTip(tekst or "")
        invoer.setReadOnly(self.alleen_lezen)
        invoer.setProperty("veld", veld)
        invoer.editingFinished.connect(lambda: self._klaar(invoer, tekst or "", lees))
        return invoer

    def _keuze(self, opties: list[tuple[str, str]], huidig, lees, veld: str | None = None) -> QComboBox:
        keuze = QComboBox()
        keuze.addItem("—", "")
        for waarde, naam in opties:
            keuze.addItem(naam, waarde)
        keuze.setCurrentIndex(max(0, keuze.findData(huidig.value if huidig else "")))
        keuze.setEnabled(not self.alleen_lezen)
        keuze.setProperty("veld", veld)
        keuze.currentIndexChanged.connect(lambda _i: self._gekozen(keuze, lees))
        return keuze

    def _klaar(self, invoer: QLineEdit, oud: str, lees) -> None:
        if self._laden or self.alleen_lezen or invoer.text() == oud:
            return
        try:
            waarde = lees(invoer.text())
        except ValueError as fout:
            invoer.setText(oud)
            self.fout.emit(str(fout))
            return
        self.bewerkt.emit(invoer.property("veld"), waarde)

    def _gekozen(self, keuze: QComboBox, lees) -> None:
        if not self._laden and not self.alleen_lezen:
            self.bewerkt.emit(keuze.property("veld"), lees(keuze.currentData()))


def _fmt(iso: str | None) -> str:
    return format_datum(iso) if iso else ""


def _met_datum_regel(iwt: Inwerkingtreding, iso: str | None) -> Inwerkingtreding:
    """A date of inwerkingtreding makes the rule "on a fixed date"; clearing it goes back to the default."""
    if iso:
        return Inwerkingtreding(InwerkingtredingRegel.VASTE_DATUM, iso, iwt.terugwerkend_tot)
    regel = None if iwt.regel is InwerkingtredingRegel.VASTE_DATUM else iwt.regel
    return Inwerkingtreding(regel or InwerkingtredingRegel.DAG_NA_BEKENDMAKING, None, iwt.terugwerkend_tot)
