"""A metadata field as the user types it, read into the model's value (no Qt).

The Gegevens pane and `meta --set` read the same input the same way: `bewerking(policy, sleutel,
tekst)` gives the field and the value for slotbepalingen.plan_voor_veld. A wrong value raises
ValueError with one line naming the field.
"""

from __future__ import annotations

import re

from ..i18n import tr
from ..model.datums import parse_datum, toon_datum
from ..model.document import Policy
from ..model.metadata import (
    Bekendmaking, Intrekking, Inwerkingtreding, InwerkingtredingRegel, Metadata, Ondertekenaar, Rechtsvorm, Vaststelling,
)

SLEUTELS = ("organisatie", "korte_naam", "rechtsvorm", "orgaan", "citeertitel", "vaststelling", "vaststelling_orgaan",
            "bekendmaking", "inwerkingtreding_regel", "inwerkingtreding_datum", "terugwerkend_tot", "intrekking",
            "ondertekening")


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
        titel, datum = (m["titel"], lees_datum(m["datum"], tr("Trekt in"))) if m else (deel, None)
        uit.append(Intrekking(titel.strip(), datum))
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
    return "; ".join(f"{i.titel} ({toon_datum(i.datum)})" if i.datum else i.titel for i in meta.intrekking)


def ondertekenaars_tekst(meta: Metadata) -> str:
    return "; ".join(f"{o.functie}: {o.naam}" for o in meta.ondertekening)


def _keuze(soort, tekst: str, veld: str):
    if not tekst.strip():
        return None
    try:
        return soort(tekst.strip())
    except ValueError:
        raise ValueError(tr("{veld}: kies uit {mogelijk}").format(veld=veld, mogelijk=", ".join(v.value for v in soort))) from None


def bewerking(policy: Policy, sleutel: str, tekst: str) -> tuple[str, object]:
    """(field, value) for plan_voor_veld from what was typed for `sleutel` (one of SLEUTELS)."""
    meta = policy.metadata
    iwt, vst = meta.inwerkingtreding, meta.vaststelling
    tekst = tekst.strip()
    if sleutel in ("organisatie", "korte_naam", "orgaan", "citeertitel"):
        return sleutel, tekst or None
    if sleutel == "rechtsvorm":
        return sleutel, _keuze(Rechtsvorm, tekst, tr("Rechtsvorm"))
    if sleutel == "vaststelling":
        return sleutel, Vaststelling(lees_datum(tekst, tr("Vastgesteld op")), vst.orgaan, vst.vergadering)
    if sleutel == "vaststelling_orgaan":
        return "vaststelling", Vaststelling(vst.datum, tekst or None, vst.vergadering)
    if sleutel == "bekendmaking":
        return sleutel, Bekendmaking(lees_datum(tekst, tr("Bekendgemaakt op")))
    if sleutel == "inwerkingtreding_regel":
        return "inwerkingtreding", Inwerkingtreding(_keuze(InwerkingtredingRegel, tekst, tr("Inwerkingtreding")), iwt.datum,
                                                    iwt.terugwerkend_tot)
    if sleutel == "inwerkingtreding_datum":
        return "inwerkingtreding", met_datum(iwt, lees_datum(tekst, tr("In werking op")))
    if sleutel == "terugwerkend_tot":
        return "inwerkingtreding", Inwerkingtreding(iwt.regel, iwt.datum, lees_datum(tekst, tr("Werkt terug tot en met")))
    if sleutel == "intrekking":
        return sleutel, lees_intrekkingen(tekst)
    if sleutel == "ondertekening":
        return sleutel, lees_ondertekenaars(tekst)
    raise ValueError(tr("Onbekend gegeven {veld}; kies uit {mogelijk}").format(veld=sleutel, mogelijk=", ".join(SLEUTELS)))


def met_datum(iwt: Inwerkingtreding, iso: str | None) -> Inwerkingtreding:
    """A date of inwerkingtreding makes the rule "on a fixed date"; clearing it goes back to the default."""
    if iso:
        return Inwerkingtreding(InwerkingtredingRegel.VASTE_DATUM, iso, iwt.terugwerkend_tot)
    regel = None if iwt.regel is InwerkingtredingRegel.VASTE_DATUM else iwt.regel
    return Inwerkingtreding(regel or InwerkingtredingRegel.DAG_NA_BEKENDMAKING, None, iwt.terugwerkend_tot)


def huidige_tekst(policy: Policy, sleutel: str) -> str:
    """A field as it is typed (what `meta` prints and the pane's editors start with)."""
    meta = policy.metadata
    datum = lambda iso: toon_datum(iso) if iso else ""  # noqa: E731
    waarden = {
        "organisatie": meta.organisatie or "", "korte_naam": meta.korte_naam or "",
        "rechtsvorm": meta.rechtsvorm.value if meta.rechtsvorm else "", "orgaan": policy.aanhef.orgaan or "",
        "citeertitel": policy.citeertitel or "", "vaststelling": datum(meta.vaststelling.datum),
        "vaststelling_orgaan": meta.vaststelling.orgaan or "", "bekendmaking": datum(meta.bekendmaking.datum),
        "inwerkingtreding_regel": meta.inwerkingtreding.regel.value if meta.inwerkingtreding.regel else "",
        "inwerkingtreding_datum": datum(meta.inwerkingtreding.datum),
        "terugwerkend_tot": datum(meta.inwerkingtreding.terugwerkend_tot),
        "intrekking": intrekkingen_tekst(meta), "ondertekening": ondertekenaars_tekst(meta),
    }
    return waarden[sleutel]
