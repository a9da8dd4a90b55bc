"""The metadata of the open policy, shown beside the text (editing comes with the workspace)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ..i18n import tr
from ..model.datums import format_datum
from ..model.document import Policy
from ..model.metadata import Metadata
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
    from ..revisions.instemming import is_verouderd

    instemming = policy.metadata.or_instemming
    tekst = _met_datum(status_naam(instemming.status), instemming.datum)
    if is_verouderd(policy):
        tekst += "\n" + tr("⚠ verouderd: de tekst is gewijzigd na wat de OR zag")
    return tekst


def _met_datum(tekst: str, iso: str | None) -> str:
    return f"{tekst}, {datum(iso)}" if iso else tekst


class MetadataPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.waarden: dict[str, QLabel] = {}

    def toon(self, policy: Policy) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.waarden.clear()
        for sleutel, label, waarde in self._rijen(policy):
            veld = QLabel(waarde)
            veld.setWordWrap(True)
            veld.setTextInteractionFlags(veld.textInteractionFlags() | veld.textInteractionFlags().TextSelectableByMouse)
            self.waarden[sleutel] = veld
            self.form.addRow(label, veld)

    def _rijen(self, policy: Policy) -> list[tuple[str, str, str]]:
        meta: Metadata = policy.metadata
        iwt = meta.inwerkingtreding
        inwerking = regel_naam(iwt.regel)
        if iwt.datum:
            inwerking += f" ({datum(iwt.datum)})"
        if iwt.terugwerkend_tot:
            inwerking += tr(", werkt terug tot {datum}").format(datum=datum(iwt.terugwerkend_tot))
        per_variabele = {p.variabele: p.tekst for p in reversed(placeholders(policy))}
        open_ = ", ".join(reversed(per_variabele.values())) or "—"
        vastgesteld = datum(meta.vaststelling.datum)
        if meta.vaststelling.orgaan:
            vastgesteld = tr("{datum}, door {orgaan}").format(datum=vastgesteld, orgaan=meta.vaststelling.orgaan)
        return [
            ("organisatie", tr("Organisatie"), meta.organisatie or "—"),
            ("rechtsvorm", tr("Rechtsvorm"), rechtsvorm_naam(meta.rechtsvorm)),
            ("citeertitel", tr("Citeertitel"), policy.citeertitel or "—"),
            ("or_instemming", tr("Instemming OR"), _instemming_tekst(policy)),
            ("vaststelling", tr("Vastgesteld"), vastgesteld),
            ("bekendmaking", tr("Bekendgemaakt"), datum(meta.bekendmaking.datum)),
            ("inwerkingtreding", tr("Inwerkingtreding"), inwerking),
            ("intrekking", tr("Trekt in"), "; ".join(f"{i.titel} ({datum(i.datum)})" for i in meta.intrekking) or "—"),
            ("ondertekening", tr("Ondertekening"), "\n".join(f"{o.functie}: {o.naam}" for o in meta.ondertekening) or "—"),
            ("placeholders", tr("Open plaatshouders"), open_),
            ("bron", tr("Bron"), policy.bron.omschrijving or "—"),
        ]
