"""The slotbepalingen and the metadata they state: one source of truth.

The choice (see README, "Metadata en tekst"): the text is the source. The fields inwerkingtreding
(rule, date, terugwerkende kracht), intrekking, citeertitel and the short name are re-read from the
artikel that states them after every change of the text (`lees_uit_tekst`). Editing a field does
not set the field beside the text: it rewrites that artikel in the standard formula of the
Aanwijzingen voor de regelgeving (Ar 4.21-4.25 for inwerkingtreding and terugwerkende kracht, 5.63
for the citeertitel), and the field follows by re-reading (`plan_voor_veld`). A policy without such
an artikel gets it generated on export from the metadata (`slotartikelen`).

No Qt and no tracking here: `plan_voor_veld` says what to change; the caller applies it as an
operation (tracked when tracking is on).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field

from ..model.datums import DATUM_PATROON, format_datum, parse_datum
from ..model.document import Lid, Policy
from ..model.metadata import Intrekking, Inwerkingtreding, InwerkingtredingRegel, Metadata
from ..model.verwijzingen import weergave
from .besluit_meta import (
    BIJ_VASTSTELLING_RE, CITEERTITEL_RE, DAG_NA_RE, INGETROKKEN_RE, INTREKKEN_RE, TERUGWERKING_RE, VASTE_DATUM_RE,
)

TERMEN = ("gedragscode", "code", "regeling", "richtlijn", "richtlijnen", "protocol", "reglement", "beleid")
_TERM_RE = re.compile(r"\b[Dd]e(?:ze)?\s+(" + "|".join(TERMEN) + r")\b")
HIERNA_RE = re.compile(r"\(hierna:\s*([^)]+?)\)")
_D = DATUM_PATROON


# -- where the slotbepalingen stand ------------------------------------------------------------

def inwerkingtreding_lid(policy: Policy) -> Lid | None:
    return next((lid for _, lid in policy.leden() if "in werking" in lid.tekst), None)


def citeertitel_lid(policy: Policy) -> Lid | None:
    return next((lid for _, lid in policy.leden() if "aangehaald" in lid.tekst and CITEERTITEL_RE.search(lid.tekst)), None)


def intrekking_leden(policy: Policy) -> list[Lid]:
    """(A cheap word test first: these patterns are re-read on every keystroke in a long document.)"""
    return [lid for _, lid in policy.leden() if "ingetrokken" in lid.tekst and INGETROKKEN_RE.match(lid.tekst)]


def documentterm(policy: Policy) -> str:
    """The word the document uses for itself ("code", "regeling", ...): the most frequent "deze X"
    (the first ten uses decide, so a long document is not read to its end on every keystroke)."""
    telling: Counter[str] = Counter()
    for tekst in policy.teksten():
        if "eze " in tekst or "it " in tekst or "De " in tekst or "de " in tekst:
            telling.update(m.group(1).lower() for m in _TERM_RE.finditer(tekst))
            if telling and telling.most_common(1)[0][1] >= 10:
                break
    return telling.most_common(1)[0][0] if telling else "regeling"


# -- text -> fields ----------------------------------------------------------------------------

def lees_inwerkingtreding(tekst: str) -> Inwerkingtreding:
    """The rule, date and terugwerkende kracht a sentence states."""
    iwt = Inwerkingtreding()
    if DAG_NA_RE.search(tekst):
        iwt.regel = InwerkingtredingRegel.DAG_NA_BEKENDMAKING
    elif BIJ_VASTSTELLING_RE.search(tekst):
        iwt.regel = InwerkingtredingRegel.BIJ_VASTSTELLING
    elif m := VASTE_DATUM_RE.search(tekst):
        iwt.regel, iwt.datum = InwerkingtredingRegel.VASTE_DATUM, parse_datum(m["datum"])
    if m := TERUGWERKING_RE.search(tekst):
        iwt.terugwerkend_tot = parse_datum(m["datum"])
    return iwt


def lees_uit_tekst(policy: Policy) -> set[str]:
    """Re-read the fields the text states; returns the names of the fields that changed."""
    meta, voor = policy.metadata, _momentopname(policy)
    if (lid := inwerkingtreding_lid(policy)) is not None:
        meta.inwerkingtreding = lees_inwerkingtreding(lid.tekst)
    if (lid := citeertitel_lid(policy)) is not None:
        policy.citeertitel = CITEERTITEL_RE.search(weergave(policy, lid.tekst))["titel"].strip()
    bronnen = [weergave(policy, lid.tekst) for lid in intrekking_leden(policy)]     # a reference as it reads
    bronnen += [a.tekst for a in policy.aanhef.beslispunten if "in te trekken" in a.tekst.lower() and INTREKKEN_RE.match(a.tekst)]
    if bronnen:
        meta.intrekking = _intrekkingen(bronnen)
    if (korte := korte_naam_uit_tekst(policy)) is not None:
        meta.korte_naam = korte
    na = _momentopname(policy)
    return {k for k in na if na[k] != voor[k]}


def korte_naam_uit_tekst(policy: Policy) -> str | None:
    for tekst in policy.teksten():
        if "(hierna" in tekst and (m := HIERNA_RE.search(tekst)):
            return m.group(1).strip()
    return None


def _intrekkingen(teksten: list[str]) -> list[Intrekking]:
    uit: dict[str, Intrekking] = {}
    for tekst in teksten:
        m = INGETROKKEN_RE.match(tekst) or INTREKKEN_RE.match(tekst)
        titel = re.sub(r"^(?:de|het)\s+(?:oude\s+)?", "", m["titel"].strip(), flags=re.IGNORECASE)
        uit.setdefault(titel.lower(), Intrekking(titel, parse_datum(m["datum"]) if m["datum"] else None))
    return list(uit.values())


def _momentopname(policy: Policy) -> dict[str, object]:
    meta = policy.metadata
    return {"inwerkingtreding": copy.copy(meta.inwerkingtreding), "intrekking": [copy.copy(i) for i in meta.intrekking],
            "citeertitel": policy.citeertitel, "korte_naam": meta.korte_naam}


# -- fields -> text: the standard formulas -------------------------------------------------------

def inwerkingtreding_zin(iwt: Inwerkingtreding, term: str = "regeling") -> str:
    """Ar 4.21-4.25: "Deze regeling treedt in werking met ingang van …[ en werkt terug tot en met …]."."""
    if iwt.regel is InwerkingtredingRegel.VASTE_DATUM and iwt.datum:
        wanneer = format_datum(iwt.datum)
    elif iwt.regel is InwerkingtredingRegel.BIJ_VASTSTELLING:
        wanneer = "de dag van vaststelling"
    else:
        wanneer = "de dag na die van de bekendmaking"
    zin = f"{_deze(term)} treedt in werking met ingang van {wanneer}"
    if iwt.terugwerkend_tot:
        zin += f" en werkt terug tot en met {format_datum(iwt.terugwerkend_tot)}"
    return zin + "."


def citeertitel_zin(titel: str, term: str = "regeling") -> str:
    """Ar 5.63: "Deze regeling wordt aangehaald als: …"."""
    return f"{_deze(term)} wordt aangehaald als: {titel}."


def intrekking_zin(intrekking: Intrekking) -> str:
    datum = f" van {format_datum(intrekking.datum)}" if intrekking.datum else ""
    return f"{_met_lidwoord(intrekking.titel)}{datum} wordt ingetrokken."


def intrekking_beslispunt(intrekking: Intrekking) -> str:
    datum = f" van {format_datum(intrekking.datum)}" if intrekking.datum else ""
    return f"in te trekken {_met_lidwoord(intrekking.titel, klein=True)}{datum}"


HET_WOORDEN = ("protocol", "reglement", "beleid", "besluit", "statuut", "handboek", "convenant", "document", "kader")


def lidwoord(titel: str) -> str:
    """ "het" for a title whose head noun is neuter ("Internet- en e-mailprotocol"), else "de"."""
    kern = re.split(r"\s+(?:van|voor|inzake|over|bij)\s+", titel.strip(), maxsplit=1)[0].split()
    laatste = kern[-1].lower() if kern else ""
    return "het" if laatste.endswith(HET_WOORDEN) else "de"


def _met_lidwoord(titel: str, klein: bool = False) -> str:
    if re.match(r"^(?:de|het)\s", titel, re.IGNORECASE):
        woord = titel
    else:
        woord = f"{lidwoord(titel)} {titel}"
    return woord if klein else woord[:1].upper() + woord[1:]


def _deze(term: str) -> str:
    term = term if term in ENKELVOUD else "regeling"
    return f"{'Dit' if lidwoord(term) == 'het' else 'Deze'} {term}"


ENKELVOUD = ("gedragscode", "code", "regeling", "richtlijn", "protocol", "reglement", "beleid")


# -- editing a field: a plan the operation applies -------------------------------------------------

@dataclass
class MetadataPlan:
    """What editing a field changes: the metadata, the citeertitel and the texts of blocks."""

    metadata: Metadata
    citeertitel: str | None
    orgaan: str | None
    teksten: dict[str, str] = field(default_factory=dict)      # block id -> its new text

    def is_leeg(self, policy: Policy) -> bool:
        return (not self.teksten and self.metadata == policy.metadata and self.citeertitel == policy.citeertitel
                and self.orgaan == policy.aanhef.orgaan)


VELDEN = ("organisatie", "korte_naam", "rechtsvorm", "orgaan", "medewerkers", "vaststelling", "bekendmaking",
          "inwerkingtreding", "intrekking", "ondertekening", "citeertitel")


def plan_voor_veld(policy: Policy, veld: str, waarde) -> MetadataPlan:
    """The change that sets one field: for a field the text states, the rewritten artikel.

    `waarde` is the new value in the model's own type (a str, an Inwerkingtreding, a list of
    Intrekking or Ondertekenaar, a Vaststelling, ...). Raises ValueError for an unknown field."""
    if veld not in VELDEN:
        raise ValueError(veld)
    plan = MetadataPlan(copy.deepcopy(policy.metadata), policy.citeertitel, policy.aanhef.orgaan)
    term = documentterm(policy)
    if veld == "citeertitel":
        plan.citeertitel = waarde or None
        if (lid := citeertitel_lid(policy)) is not None and waarde:
            plan.teksten[lid.id] = citeertitel_zin(waarde, term)
    elif veld == "orgaan":
        plan.orgaan = waarde or None
    elif veld == "organisatie":
        _plan_organisatie(policy, plan, waarde)
    elif veld == "korte_naam":
        _plan_korte_naam(policy, plan, waarde)
    elif veld == "inwerkingtreding":
        plan.metadata.inwerkingtreding = copy.deepcopy(waarde)
        if (lid := inwerkingtreding_lid(policy)) is not None:
            plan.teksten[lid.id] = _herschreven_inwerkingtreding(lid.tekst, waarde, term)
    elif veld == "intrekking":
        _plan_intrekking(policy, plan, list(waarde))
    else:
        setattr(plan.metadata, veld, copy.deepcopy(waarde))
    return plan


def _herschreven_inwerkingtreding(tekst: str, iwt: Inwerkingtreding, term: str) -> str:
    """The sentence of the lid that states the inwerkingtreding replaced by the formula; other
    sentences in the lid (a withdrawal, say) stay."""
    zinnen = re.split(r"(?<=\.)\s+(?=[A-Z])", tekst.strip())
    nieuw = [inwerkingtreding_zin(iwt, term) if "in werking" in z else z for z in zinnen]
    return " ".join(nieuw)


def _plan_organisatie(policy: Policy, plan: MetadataPlan, naam: str) -> None:
    oud = policy.metadata.organisatie
    plan.metadata.organisatie = naam or None
    if oud and naam and plan.orgaan and oud in plan.orgaan:
        plan.orgaan = plan.orgaan.replace(oud, naam)


def _plan_korte_naam(policy: Policy, plan: MetadataPlan, naam: str) -> None:
    plan.metadata.korte_naam = naam or None
    if not naam:
        return
    for blok_id, blok in policy.tekstblokken().items():
        if HIERNA_RE.search(blok.tekst):
            plan.teksten[blok_id] = HIERNA_RE.sub(f"(hierna: {naam})", blok.tekst, count=1)
            return


def _plan_intrekking(policy: Policy, plan: MetadataPlan, intrekkingen: list[Intrekking]) -> None:
    plan.metadata.intrekking = copy.deepcopy(intrekkingen)
    leden = intrekking_leden(policy)
    for i, lid in enumerate(leden):
        if i < len(intrekkingen):
            plan.teksten[lid.id] = intrekking_zin(intrekkingen[i])
    punten = [a for a in policy.aanhef.beslispunten if INTREKKEN_RE.match(a.tekst)]
    for i, alinea in enumerate(punten):
        if i < len(intrekkingen):
            teken = ";" if alinea.tekst.rstrip().endswith(";") else "."
            plan.teksten[alinea.id] = intrekking_beslispunt(intrekkingen[i]) + teken


def pas_plan_toe(policy: Policy, plan: MetadataPlan, zet_tekst=None) -> set[str]:
    """Apply a plan: the texts first, through `zet_tekst(blok_id, tekst)` (the operations layer's tracked
    text edit; without it the text is set untracked), then the fields, re-read from the text.
    Returns the ids of the blocks whose text changed."""
    blokken, geraakt = policy.tekstblokken(), set()
    for blok_id, tekst in plan.teksten.items():
        if blokken[blok_id].tekst == tekst:
            continue
        if zet_tekst is None:
            blokken[blok_id].tekst = tekst
        else:
            zet_tekst(blok_id, tekst)
        geraakt.add(blok_id)
    policy.metadata, policy.citeertitel, policy.aanhef.orgaan = copy.deepcopy(plan.metadata), plan.citeertitel, plan.orgaan
    lees_uit_tekst(policy)
    return geraakt


# The organ's signatories by legal form (a draft's ondertekening block to fill in).
ONDERTEKENAARS_PER_VORM = {
    "bv": ("directeur",), "nv": ("directeur",), "stichting": ("voorzitter", "secretaris"),
    "vereniging": ("voorzitter", "secretaris"), "gemeente": ("secretaris", "burgemeester"),
    "gemeenschappelijke_regeling": ("secretaris", "voorzitter"),
}


# -- the generated slot-artikelen of a policy that has none ---------------------------------------

def slotartikelen(policy: Policy) -> list[tuple[str, str]]:
    """(kop, tekst) of the artikelen that the export adds because the text has none."""
    term, uit = documentterm(policy), []
    meta = policy.metadata
    if inwerkingtreding_lid(policy) is None:
        uit.append(("Inwerkingtreding", inwerkingtreding_zin(meta.inwerkingtreding, term)))
    if citeertitel_lid(policy) is None:
        uit.append(("Citeertitel", citeertitel_zin(policy.citeertitel or policy.titel, term)))
    return uit


def inwerkingtreding_tekst(policy: Policy) -> str:
    """The inwerkingtreding as the document states it (its own sentence, or the generated formula)."""
    lid = inwerkingtreding_lid(policy)
    if lid is not None:
        zin = next((z for z in re.split(r"(?<=\.)\s+(?=[A-Z])", lid.tekst.strip()) if "in werking" in z), lid.tekst)
        return zin.strip()
    return inwerkingtreding_zin(policy.metadata.inwerkingtreding, documentterm(policy))
