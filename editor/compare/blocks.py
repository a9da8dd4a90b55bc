"""The comparable blocks of a policy: aanhef parts, introduction paragraphs, leden, closing text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n import tr
from ..model.document import Artikel, Lid, Policy
from ..model.numbering import lid_nummer, onderdeel_letter, sub_label
from ..model.placeholders import placeholders
from ..model.verwijzingen import Verwijzingsindex

AANHEF_DELEN = (("gezien", "gezien"), ("gelet_op", "gelet op"), ("overwegingen", "overweging"),
                ("beslispunten", "beslispunt"))


@dataclass(frozen=True)
class Blok:
    id: str
    tekst: str
    deel: str                 # "lid", "gezien", "gelet_op", "overwegingen", "beslispunten", "inleiding", ...
    artikel: int | None = None
    lid: int | None = None
    index: int = 0            # position within its part (an overweging, an unnumbered paragraph)
    kop: str = ""             # the artikel's or section's heading, context for topics

    @property
    def ref(self) -> str:
        """How a lawyer names the block: "artikel 4, lid 2", "artikel 1", "overweging 3"."""
        if self.deel == "lid":
            if self.lid is not None:
                return f"artikel {self.artikel}, lid {self.lid}"
            return f"artikel {self.artikel}" + (f", alinea {self.index + 1}" if self.index else "")
        naam = dict(AANHEF_DELEN).get(self.deel, self.deel)
        return f"{naam} {self.index + 1}"

    @property
    def getoond(self) -> str:
        """The reference as the interface shows it: "artikel" and "lid" keep their Dutch form (terms of art),
        the other parts are named in the interface's language ("recital 2"); `ref` stays the key of reports
        and JSON."""
        if self.deel == "lid":
            return self.ref
        namen = {"gezien": tr("gezien"), "gelet_op": tr("gelet op"), "overwegingen": tr("overweging"),
                 "beslispunten": tr("beslispunt"), "inleiding": tr("inleiding"), "slotwoord": tr("slotwoord"),
                 "toelichting": tr("toelichting")}
        return f"{namen.get(self.deel, self.deel)} {self.index + 1}"


def lid_tekst(lid: Lid, index: Verwijzingsindex) -> str:
    """A lid with its onderdelen and sub-items, references written out, as the readable text shows them."""
    regels = [index.weergave(lid.tekst)]
    for j, onderdeel in enumerate(lid.onderdelen):
        regels.append(f"{onderdeel_letter(j)}. {index.weergave(onderdeel.tekst)}")
        regels += [f"{sub_label(k)} {index.weergave(s.tekst)}" for k, s in enumerate(onderdeel.subonderdelen)]
    return "\n".join(regels)


def blokken(policy: Policy) -> list[Blok]:
    uit: list[Blok] = []
    for deel, _ in AANHEF_DELEN:
        for index, alinea in enumerate(getattr(policy.aanhef, deel)):
            uit.append(Blok(alinea.id, alinea.tekst, deel, index=index))
    if policy.inleiding:
        uit += _sectie_blokken(policy.inleiding, "inleiding")
    index = Verwijzingsindex(policy)
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        uit += _artikel_blokken(nummer, artikel, index)
    if policy.slotwoord:
        uit += _sectie_blokken(policy.slotwoord, "slotwoord")
    for sectie in policy.toelichting:
        uit += _sectie_blokken(sectie, "toelichting")
    return uit


def _artikel_blokken(nummer: int, artikel: Artikel, index: Verwijzingsindex) -> list[Blok]:
    return [
        Blok(lid.id, lid_tekst(lid, index), "lid", nummer, lid_nummer(artikel, i), i, artikel.kop)
        for i, lid in enumerate(artikel.leden)
    ]


def _sectie_blokken(sectie, deel: str) -> list[Blok]:
    return [Blok(a.id, a.tekst, deel, index=i, kop=sectie.kop) for i, a in enumerate(sectie.alineas)]


def organisatienamen(policy: Policy) -> set[str]:
    """The names a policy uses for its own organisation: the name, "(hierna: X)", placeholders."""
    namen: set[str] = set()
    if policy.metadata.organisatie:
        namen.add(policy.metadata.organisatie)
    for tekst in policy.teksten():
        namen.update(m.group(1).strip() for m in re.finditer(r"\(hierna:\s*([^)]+?)\)", tekst))
    namen.update(p.tekst for p in placeholders(policy) if p.variabele == "organisatie")
    return {n for n in namen if len(n) >= 3}
