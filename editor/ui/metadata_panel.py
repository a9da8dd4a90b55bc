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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..i18n import tr
from ..formats.gegevens_invoer import bewerking, huidige_tekst
from ..model.datums import toon_datum
from ..model.document import Policy
from ..model.metadata import InwerkingtredingRegel, Rechtsvorm
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
    return toon_datum(iso)


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
        for sleutel, label in (("organisatie", tr("Organisatie")), ("korte_naam", tr("Korte naam"))):
            self._regel(sleutel, label, self._invoer(sleutel))
        self._regel("rechtsvorm", tr("Rechtsvorm"), self._keuze("rechtsvorm", [(v.value, rechtsvorm_naam(v.value)) for v in Rechtsvorm],
                                                                meta.rechtsvorm))
        for sleutel, label in (("orgaan", tr("Orgaan")), ("citeertitel", tr("Citeertitel"))):
            self._regel(sleutel, label, self._invoer(sleutel))
        self._instemming(policy)
        for sleutel, label in (("vaststelling", tr("Vastgesteld op")), ("vaststelling_orgaan", tr("Vastgesteld door")),
                               ("bekendmaking", tr("Bekendgemaakt op"))):
            self._regel(sleutel, label, self._invoer(sleutel))
        self._regel("inwerkingtreding_regel", tr("Inwerkingtreding"), self._keuze(
            "inwerkingtreding_regel", [(r.value, regel_naam(r.value)) for r in InwerkingtredingRegel], meta.inwerkingtreding.regel))
        for sleutel, label in (("inwerkingtreding_datum", tr("In werking op")), ("terugwerkend_tot", tr("Werkt terug tot en met"))):
            self._regel(sleutel, label, self._invoer(sleutel))
        self._regel("inwerkingtreding", "", self._label(inwerkingtreding_tekst(policy)))
        for sleutel, label in (("intrekking", tr("Trekt in")), ("ondertekening", tr("Ondertekening"))):
            self._regel(sleutel, label, self._invoer(sleutel))
        per_variabele = {p.variabele: p.tekst for p in reversed(placeholders(policy))}
        self._regel("placeholders", tr("Open plaatshouders"), self._label(", ".join(reversed(per_variabele.values())) or "—"))
        self._regel("bron", tr("Bron"), self._label(policy.bron.omschrijving or "—"))
        if meta.toelichting_opsteller:      # the questionnaire's reasons: for the drafter, never in the besluit
            notities = self._label("\n".join(meta.toelichting_opsteller))
            notities.setStyleSheet("color: palette(mid);")
            self._regel("toelichting_opsteller", tr("Toelichting voor de opsteller"), notities)

    def tekst(self, sleutel: str) -> str:
        """What the pane shows for a field (the text of its editor, choice or label)."""
        widget = self.waarden[sleutel]
        return widget.currentText() if isinstance(widget, QComboBox) else widget.text()

    def _regel(self, sleutel: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(sleutel)
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

    # -- editing: the input is read by the core (gegevens_invoer), applied by the window ----------------
    def _invoer(self, sleutel: str) -> QLineEdit:
        tekst = huidige_tekst(self.policy, sleutel)
        invoer = QLineEdit(tekst)
        invoer.setCursorPosition(0)             # a long value shows its beginning
        invoer.setToolTip(tekst)
        invoer.setReadOnly(self.alleen_lezen)
        invoer.editingFinished.connect(lambda: self._klaar(invoer, sleutel, tekst))
        return invoer

    def _keuze(self, sleutel: str, opties: list[tuple[str, str]], huidig) -> QComboBox:
        keuze = QComboBox()
        keuze.addItem("—", "")
        for waarde, naam in opties:
            keuze.addItem(naam, waarde)
        keuze.setCurrentIndex(max(0, keuze.findData(huidig.value if huidig else "")))
        keuze.setEnabled(not self.alleen_lezen)
        keuze.currentIndexChanged.connect(lambda _i: self._stuur(sleutel, keuze.currentData()))
        return keuze

    def _klaar(self, invoer: QLineEdit, sleutel: str, oud: str) -> None:
        if invoer.text() != oud and not self._stuur(sleutel, invoer.text()):
            invoer.setText(oud)

    def _stuur(self, sleutel: str, tekst: str) -> bool:
        if self._laden or self.alleen_lezen or self.policy is None:
            return True
        try:
            veld, waarde = bewerking(self.policy, sleutel, tekst)
        except ValueError as fout:
            self.fout.emit(str(fout))
            return False
        self.bewerkt.emit(veld, waarde)
        return True
