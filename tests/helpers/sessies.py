"""Random editing sessions: sequences of operations by two or three authors, for the property tests of
the record of changes (tests/bewerken) and the Word round-trip harness (benchmarks).

A step is addressed by position in the current structure ("lid 2 of artikel 3") and carries its
texts, so the same sequence can be replayed on another copy of the policy: tracked and untracked
runs then see the same current text. New texts use whole words, never leave a text empty, and
never start like a heading, so the readable text of every state reads back the same.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Callable

from editor import bewerken
from editor.bewerken import Context, Uitkomst
from editor.model.document import Policy

WOORDEN = ("medewerker", "sociale", "media", "niet", "publiceren", "vertrouwelijk", "mits", "toestemming", "altijd",
           "leidinggevende", "berichten", "werktijd", "zorgvuldig", "collega's", "de", "het", "een", "en", "of")
KOPWOORDEN = ("artikel", "hoofdstuk", "gezien", "gelet", "overwegende", "toelichting", "aldus")   # start a heading
STRUCTUREEL = {"nieuw_artikel", "nieuw_hoofdstuk", "nieuw_lid", "nieuw_onderdeel", "verwijder", "verschuif", "sleep", "splits_lid",
               "voeg_samen", "splits_artikel", "clausule", "spring_in", "spring_uit"}
GEWICHTEN = {"tekst": 10, "nieuw_artikel": 1, "nieuw_lid": 2, "nieuw_onderdeel": 1, "verwijder": 3, "verschuif": 2,
             "sleep": 1, "nieuw_hoofdstuk": 1, "splits_lid": 2, "voeg_samen": 2, "splits_artikel": 1, "clausule": 1, "versie": 1,
             "instemming": 1, "besluit": 1, "opmerking": 1, "metadata": 1, "spring_in": 2, "spring_uit": 2, "verwijzing": 1}


class Kiezer:
    """Where the choices come from: a seeded Random, or hypothesis's data (so failures shrink)."""

    def __init__(self, getal: Callable[[int], int]) -> None:
        self.getal = getal          # getal(n): a whole number from 0 to n - 1

    @classmethod
    def uit_zaad(cls, zaad: int) -> Kiezer:
        rnd = random.Random(zaad)
        return cls(lambda n: rnd.randrange(n))

    def kies(self, reeks):
        return reeks[self.getal(len(reeks))]

    def woorden(self, hoeveel: int) -> list[str]:
        return [self.kies(WOORDEN) for _ in range(max(1, hoeveel))]


@dataclass(frozen=True)
class Stap:
    soort: str
    adres: tuple = ()
    args: tuple = ()
    auteur: str = "A"


# -- choosing a step ------------------------------------------------------------------------------

def kies_stap(policy: Policy, kiezer: Kiezer, auteur: str) -> Stap:
    soorten = [s for s, g in GEWICHTEN.items() for _ in range(g)]
    for _ in range(20):
        stap = _maak(kiezer.kies(soorten), policy, kiezer, auteur)
        if stap is not None:
            return stap
    return _tekst_stap(policy, kiezer, auteur)


def _maak(soort: str, p: Policy, k: Kiezer, auteur: str) -> Stap | None:
    leden = [(a, l) for a, art in enumerate(p.artikelen) for l in range(len(art.leden))]
    if soort == "tekst":
        return _tekst_stap(p, k, auteur)
    if soort == "nieuw_hoofdstuk" and p.artikelen:
        return Stap(soort, (k.getal(len(p.artikelen)),), (_zin(k, 2),), auteur)
    if soort == "nieuw_artikel" and p.artikelen:
        return Stap(soort, (k.getal(len(p.artikelen)),), (_zin(k, 2), _zin(k, 6)), auteur)
    if soort == "clausule" and leden:
        return Stap(soort, k.kies(leden), (_zin(k, 2), (_zin(k, 5), _zin(k, 4)), k.getal(2) == 0), auteur)
    if not leden:
        return None
    a, l = k.kies(leden)
    if soort == "nieuw_lid":
        return Stap(soort, (a, l), (_zin(k, 6),), auteur)
    if soort == "nieuw_onderdeel":
        return Stap(soort, (a, l), (_zin(k, 5),), auteur)
    if soort == "verwijder":
        return _verwijder_stap(p, k, a, l, auteur)
    if soort == "verschuif":
        return Stap(soort, (a,) if k.getal(2) else (a, l), (k.kies((-1, 1)),), auteur)
    if soort == "sleep" and len(p.artikelen) > 1:
        return Stap(soort, (a, l), (k.getal(len(p.artikelen)),), auteur)
    if soort == "splits_lid":
        return _splits_stap(p, k, a, l, auteur)
    if soort == "voeg_samen":
        onderdelen = p.artikelen[a].leden[l].onderdelen
        keuzes = [(a, l)] + ([(a,)] if _sluit_aan(p, a) else []) + (
            [(a, l, k.getal(len(onderdelen)))] if onderdelen else [])
        return Stap(soort, k.kies(keuzes), (), auteur)
    if soort == "splits_artikel":
        return Stap(soort, (a, l), (_zin(k, 2),), auteur) if l > 0 else None
    if soort in ("spring_in", "spring_uit", "verwijzing"):
        return _inspring_stap(soort, p, k, a, l, auteur)
    return _overige_stap(soort, k, a, l, auteur)


def _inspring_stap(soort: str, p: Policy, k: Kiezer, a: int, l: int, auteur: str) -> Stap | None:
    """Tab on a lid after the first, Shift+Tab on an onderdeel; a cross-reference to an artikel or a lid put
    before a word of a lid or onderdeel (never first: a text does not start like a heading)."""
    onderdelen = p.artikelen[a].leden[l].onderdelen
    if soort == "spring_in":
        return Stap(soort, (a, l), (), auteur) if l > 0 else None
    if soort == "spring_uit":      # any onderdeel of the policy (few leden have them)
        alle = [(x, y, z) for x, artikel in enumerate(p.artikelen) for y, lid in enumerate(artikel.leden)
                for z in range(len(lid.onderdelen))]
        return Stap(soort, k.kies(alle), (), auteur) if alle else None
    adres = (a, l, k.getal(len(onderdelen))) if onderdelen and k.getal(2) else (a, l)
    doelen = [(d,) for d in range(len(p.artikelen))] + [
        (d, m) for d, artikel in enumerate(p.artikelen) for m in range(len(artikel.leden))]
    doel = k.kies([d for d in doelen if d != adres])
    return Stap(soort, adres, (1 + k.getal(8), doel), auteur)


def _sluit_aan(p: Policy, a: int) -> bool:
    """Merging artikel a with the next reads back as such: no paragraph stopping mid-sentence before one in
    lower case (the readable text's one ambiguity, see the README)."""
    if a + 1 >= len(p.artikelen) or not p.artikelen[a].leden or not p.artikelen[a + 1].leden:
        return True
    laatste, eerste = p.artikelen[a].leden[-1].tekst, p.artikelen[a + 1].leden[0].tekst
    return laatste[-1:] in ".;:!?" or not eerste[:1].islower()


def _splits_stap(p: Policy, k: Kiezer, a: int, l: int, auteur: str) -> Stap | None:
    """Enter before a word; in unnumbered paragraphs only where a sentence ends and a capital starts the next
    (a paragraph that stops mid-sentence before one in lower case reads back as one: see the README)."""
    lid = p.artikelen[a].leden[l]
    woorden = bewerken.lees_blok(p, "lid", lid.id).split(" ")        # as shown, as _teken counts them
    binnen = _in_verwijzing(p, lid.tekst)
    plekken = [i for i in range(2, len(woorden) - 1)     # at least two words on each side, and not right after
               if not woorden[i - 1].endswith(":")       # a colon (a list's lead-in: see the README)
               and woorden[i].lower() not in KOPWOORDEN and len(" ".join(woorden[:i])) not in binnen]
    from editor.model.numbering import lid_nummer

    if lid_nummer(p.artikelen[a], 0) is None:
        plekken = [i for i in plekken if woorden[i - 1][-1:] in ".;:!?" and woorden[i][:1].isupper()]
    return Stap("splits_lid", (a, l), (k.kies(plekken),), auteur) if plekken else None


def _in_verwijzing(p: Policy, rauw: str) -> set[int]:
    """Offsets in the shown text that fall inside or right before a written-out reference: a split there would
    cut it, or start a paragraph with "artikel"."""
    from editor.model.verwijzingen import MARKER, Verwijzingsindex

    index, uit, getoond, vorig = Verwijzingsindex(p), set(), 0, 0
    for m in MARKER.finditer(rauw):
        getoond += m.start() - vorig
        lengte = len(index.weergave(m.group(0)))
        uit |= set(range(getoond - 1, getoond + lengte))
        getoond, vorig = getoond + lengte, m.end()
    return uit


def _overige_stap(soort: str, k: Kiezer, a: int, l: int, auteur: str) -> Stap | None:
    if soort == "versie":
        return Stap(soort, (), (f"versie {k.getal(100)}",), auteur)
    if soort == "instemming":
        return Stap(soort, (), (), auteur)
    if soort == "besluit":
        return Stap(soort, (), (k.kies(("verleend", "geweigerd", "voorwaardelijk")), f"2026-0{1 + k.getal(9)}-1{k.getal(9)}"),
                    auteur)
    if soort == "opmerking":
        return Stap(soort, (a, l), (_zin(k, 4),), auteur)
    if soort == "metadata":
        return Stap(soort, (), ("vaststelling.datum", f"2026-1{k.getal(3)}-0{1 + k.getal(9)}"), auteur)
    return None


def _verwijder_stap(p: Policy, k: Kiezer, a: int, l: int, auteur: str) -> Stap | None:
    lid = p.artikelen[a].leden[l]
    keuzes = [("lid", (a, l))]
    if len(p.artikelen) > 1:
        keuzes.append(("artikel", (a,)))
    if lid.onderdelen:
        keuzes.append(("onderdeel", (a, l, k.getal(len(lid.onderdelen)))))
    if p.hoofdstukken:
        keuzes.append(("hoofdstuk", ("hoofdstuk", k.getal(len(p.hoofdstukken)))))
    _, adres = k.kies(keuzes)
    return Stap("verwijder", adres, (), auteur)


def _tekst_stap(p: Policy, k: Kiezer, auteur: str) -> Stap:
    plekken: list[tuple] = [("titel",)] + [("kop", a) for a in range(len(p.artikelen))]
    plekken += [("hoofdstuk", h) for h in range(len(p.hoofdstukken))]
    for a, artikel in enumerate(p.artikelen):
        for l, lid in enumerate(artikel.leden):
            plekken.append(("lid", a, l))
            plekken += [("onderdeel", a, l, o) for o in range(len(lid.onderdelen))]
    plekken += [("aanhef", n, i) for n in ("gezien", "overwegingen") for i in range(len(getattr(p.aanhef, n)))]
    adres = k.kies(plekken)
    nieuw = _bewerkt(getoonde_tekst(p, adres), k)
    return Stap("tekst", adres, (nieuw[:1].upper() + nieuw[1:] if adres[0] in ("titel", "kop", "hoofdstuk") else nieuw,),
                auteur)


def _bewerkt(tekst: str, k: Kiezer) -> str:
    """Whole words inserted, deleted or replaced; never empty, never a heading or a number first."""
    woorden = tekst.split(" ") if tekst.strip() else []
    i = k.getal(len(woorden) + 1)
    j = min(len(woorden), i + k.getal(4))
    nieuw = woorden[:i] + (k.woorden(k.getal(4)) if k.getal(3) else []) + woorden[j:]
    if not nieuw or not nieuw[0][:1].isalpha() or nieuw[0].lower() in KOPWOORDEN:
        nieuw = ["zo"] + nieuw
    return " ".join(nieuw)


def _zin(k: Kiezer, lengte: int) -> str:
    return " ".join(["Zo"] + k.woorden(lengte))


# -- addresses and running a step ----------------------------------------------------------------------

def tekst_id(p: Policy, adres: tuple) -> str:
    soort = adres[0]
    if soort in ("titel",):
        return soort
    if soort == "kop":
        return p.artikelen[adres[1]].id
    if soort == "lid":
        return p.artikelen[adres[1]].leden[adres[2]].id
    if soort == "onderdeel":
        return p.artikelen[adres[1]].leden[adres[2]].onderdelen[adres[3]].id
    if soort == "hoofdstuk":
        return p.hoofdstukken[adres[1]].id
    return getattr(p.aanhef, adres[1])[adres[2]].id


def getoonde_tekst(p: Policy, adres: tuple) -> str:
    """A lid's or onderdeel's text as the editor shows it (references written out), which a step types back
    (bewerk_blok): a step that carried a stored {ref:ID} would name a block whose id differs in another copy."""
    if adres[0] in ("lid", "onderdeel"):
        return bewerken.lees_blok(p, "lid", tekst_id(p, adres))
    return tekst_op(p, adres)


def tekst_op(p: Policy, adres: tuple) -> str:
    from editor.model import structuur

    obj, attribuut = structuur.tekstplaatsen(p)[tekst_id(p, adres)]
    return structuur.lees(obj, attribuut)


def _blok(p: Policy, adres: tuple) -> Any:
    if adres[0] == "hoofdstuk":
        return p.hoofdstukken[adres[1]]
    artikel = p.artikelen[adres[0]]
    if len(adres) == 1:
        return artikel
    lid = artikel.leden[adres[1]]
    return lid if len(adres) == 2 else lid.onderdelen[adres[2]]


def voer_uit(p: Policy, stap: Stap, ctx: Context) -> Uitkomst | None:
    """Run one step as the author of the step (with the context's tracking and role)."""
    b, a = bewerken, stap.args
    if stap.soort == "tekst" and stap.adres[0] in ("lid", "onderdeel"):
        return b.bewerk_blok(p, ctx, stap.adres[0], tekst_id(p, stap.adres), a[0])
    if stap.soort == "tekst":
        return b.bewerk_tekst(p, ctx, tekst_id(p, stap.adres), a[0])
    if stap.soort == "nieuw_hoofdstuk":
        return b.nieuw_hoofdstuk(p, ctx, p.artikelen[stap.adres[0]].id, a[0])
    if stap.soort == "nieuw_artikel":
        return b.nieuw_artikel(p, ctx, p.artikelen[stap.adres[0]].id, a[0], a[1])
    if stap.soort == "clausule":
        return b.voeg_clausule_in(p, ctx, a[0], list(a[1]), a[2], _blok(p, stap.adres).id)
    if stap.soort == "nieuw_lid":
        return b.nieuw_lid(p, ctx, _blok(p, stap.adres).id, a[0])
    if stap.soort == "nieuw_onderdeel":
        return b.nieuw_onderdeel(p, ctx, _blok(p, stap.adres).id, None, a[0])
    if stap.soort == "verwijder":
        return b.verwijder(p, ctx, _blok(p, stap.adres).id)
    if stap.soort == "verschuif":
        return b.verschuif(p, ctx, _blok(p, stap.adres).id, a[0])
    if stap.soort == "sleep":
        return b.sleep(p, ctx, _blok(p, stap.adres).id, p.artikelen[a[0]].id)
    if stap.soort == "splits_lid":
        lid = _blok(p, stap.adres)
        return b.splits_lid(p, ctx, lid.id, _teken(p, lid, a[0]))
    if stap.soort == "voeg_samen":
        return b.voeg_samen(p, ctx, _blok(p, stap.adres).id)
    if stap.soort == "splits_artikel":
        return b.splits_artikel(p, ctx, _blok(p, stap.adres).id, a[0])
    if stap.soort in ("spring_in", "spring_uit"):
        return getattr(b, stap.soort)(p, ctx, _blok(p, stap.adres).id)
    if stap.soort == "verwijzing":
        blok = _blok(p, stap.adres)
        positie = min(_teken(p, blok, a[0]), len(b.lees_blok(p, "lid", blok.id)))
        return b.voeg_verwijzing_in(p, ctx, blok.id, positie, _blok(p, a[1]).id)
    return _voer_overige_uit(p, stap, ctx)


def _voer_overige_uit(p: Policy, stap: Stap, ctx: Context) -> Uitkomst | None:
    b, a = bewerken, stap.args
    if stap.soort == "versie":
        return b.bewaar_versie(p, a[0])
    if stap.soort == "instemming":
        return b.vraag_instemming(p, ctx.moment(), p.laatste_versie)
    if stap.soort == "besluit":
        return b.leg_besluit_vast(p, ctx, a[0], a[1])
    if stap.soort == "opmerking":
        return b.voeg_opmerking_toe(p, ctx, _blok(p, stap.adres).id, a[0])
    if stap.soort == "metadata":
        return b.zet_metadata(p, a[0], a[1])
    raise ValueError(stap.soort)


def _teken(p: Policy, lid, woord: int) -> int:
    """The character position (in the text as shown) before word number `woord`."""
    from editor.model.verwijzingen import Verwijzingsindex

    getoond = Verwijzingsindex(p).weergave(lid.tekst).split(" ")
    return len(" ".join(getoond[:min(woord, len(getoond))])) + (1 if woord else 0)


def context(stap: Stap, modus: str, tijd: str | None = None) -> Context:
    """The context of a step: tracking on ("aan"), off ("uit"), or forced by the works council's role ("or")."""
    return Context(stap.auteur, bijhouden=modus == "aan", rol=bewerken.OR_ROL if modus == "or" else "opsteller",
                   tijd=tijd)


def sessie(policy: Policy, kiezer: Kiezer, stappen: int, auteurs: list[str], modus: str,
           na_elke_stap: Callable[[Stap, Uitkomst | None], None] | None = None) -> list[tuple[Stap, Uitkomst | None]]:
    """Run a random session on `policy`; returns each step with what it changed."""
    gedaan = []
    for _ in range(stappen):
        stap = kies_stap(policy, kiezer, kiezer.kies(auteurs))
        uitkomst = voer_uit(policy, stap, context(stap, modus))
        gedaan.append((stap, uitkomst))
        if na_elke_stap:
            na_elke_stap(stap, uitkomst)
    return gedaan


def leest_eenduidig(policy: Policy) -> bool:
    """Whether the readable text of this state reads back as itself: no unnumbered paragraph that stops
    mid-sentence (50 characters or more, ending in a letter or digit) right before one that starts in lower
    case; the importer joins those, as it must for a page break in pasted text (see the README). Nor a
    reference to the single lid of an artikel the source numbers while its lid shows a sign ("- …"): the text
    shows no number, so read back the lid is unnumbered and the reference names the artikel only."""
    from editor.model.numbering import lid_nummer

    for artikel in policy.artikelen:
        if len(artikel.leden) == 1 and artikel.leden_genummerd and artikel.leden[0].label and _verwezen(
                policy, artikel.leden[0].id):
            return False
        if not artikel.leden or lid_nummer(artikel, 0) is not None:
            continue
        for eerste, tweede in zip(artikel.leden, artikel.leden[1:]):
            if (not eerste.onderdelen and len(eerste.tekst) >= 50 and eerste.tekst[-1:].isalnum()
                    and tweede.tekst[:1].islower()):
                return False
    return True


def _verwezen(policy: Policy, blok_id: str) -> bool:
    teken = "{ref:" + blok_id + "}"
    return any(teken in tekst for tekst in policy.teksten())
