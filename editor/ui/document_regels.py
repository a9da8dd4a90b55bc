"""The whole policy as the lines (paragraphs) of the document view, in reading order as the besluit is
printed: title, aanhef, inleiding, hoofdstukken with artikelen, leden, onderdelen, slot, ondertekening,
toelichting; with, in each markup view, the tracked changes as Word shows them.

A line is plain data (no Qt): its label (protected), its parts (current text, inserted or deleted text,
rendered references) and which text an edit of it changes. The widget maps keys and positions onto
these lines; `bewerking` says which operation an edit of a line is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from .. import bewerken as b
from ..formats.text_import import ANDER_AANHEF_RE, TOELICHTING_KOPPEN
from ..model import structuur
from ..model.document import Artikel, Lid, Onderdeel, Policy, Sectie, Spook
from ..model.numbering import artikel_label, hoofdstuk_label, lid_label, onderdeel_label, subonderdeel_label
from ..model.verwijzingen import MARKER, Verwijzingsindex
from ..revisions.tracking import VERPLAATST
from ..revisions.weergave import met_spoken
from .kleuren import auteur_kleur

# Word's markup views: every change inline; clean text with a bar where something changed; as if all
# were accepted; as if all were rejected.
ALLE, EENVOUDIG, GEEN, ORIGINEEL = "alle", "eenvoudig", "geen", "origineel"

# the roles of the parts of a line; the first three are the current text an edit works on
TEKST, IN, VERWIJZING, WEG, VAN, LABEL, VAST = "tekst", "in", "verwijzing", "weg", "van", "label", "vast"
GETOOND = (TEKST, IN, VERWIJZING)
MEERREGELIG = {"aanhef": "\n", "ondertekening": "\n", "sectie": "\n\n"}


@dataclass(frozen=True)
class Deel:
    tekst: str
    rol: str = TEKST
    kleur: str | None = None
    titel: str = ""             # who changed it, and when (the tooltip)


@dataclass(frozen=True)
class Regel:
    """One paragraph of the document view."""

    soort: str                  # lid, onderdeel, subonderdeel, artikel, hoofdstuk, titel, aanhef, sectie, sectiekop, ondertekening
    blok_id: str                # the id the operations take (lees_blok / bewerk_blok)
    delen: tuple[Deel, ...]
    label: str = ""             # "1.", "a.", "Artikel 3." (never edited as text)
    stijl: str = "alinea"       # titel, kop, alinea
    niveau: int = 0             # indentation: 0 lid, 1 onderdeel, 2 subonderdeel
    tekst_id: str = ""          # the text whose segments the parts show
    regel: int | None = None    # the line within a text edited as one (aanhef, sectie, ondertekening)
    bewerkbaar: bool = True
    gewijzigd: bool = False     # a bar in the margin (Eenvoudige markering)
    spook: bool = False         # a deleted block, or the old place of a moved one
    label_rol: str = LABEL
    label_kleur: str | None = None

    @property
    def scheiding(self) -> str:
        """A numbered paragraph's label stands in a hanging indent (a tab); a heading's is followed by a space."""
        return "\t" if self.stijl == "alinea" else " "

    @property
    def label_lengte(self) -> int:
        return len(self.label) + 1 if self.label else 0

    @property
    def getoond(self) -> str:
        """The current text of the line, as `bewerken.lees_blok` shows it."""
        return "".join(d.tekst for d in self.delen if d.rol in GETOOND)

    @property
    def tekst(self) -> str:
        """All the line shows, label included (what its paragraph holds)."""
        return (self.label + self.scheiding if self.label else "") + "".join(d.tekst for d in self.delen)

    @property
    def sleutel(self) -> tuple:
        return (self.soort, self.blok_id, self.tekst_id, self.regel, self.spook)

    # -- positions: in the paragraph (label included) and in the current text --------------------
    def naar_getoond(self, plek: int) -> int:
        """A position in the paragraph as an offset in the current text (parts that are not current count 0)."""
        plek -= self.label_lengte
        uit = 0
        for deel in self.delen:
            if plek <= 0:
                break
            if deel.rol in GETOOND:
                uit += min(plek, len(deel.tekst))
            plek -= len(deel.tekst)
        return uit

    def naar_plek(self, getoond: int) -> int:
        """An offset in the current text as the first position in the paragraph where it stands."""
        plek = self.label_lengte
        for deel in self.delen:
            if getoond <= 0:
                return plek
            if deel.rol in GETOOND:
                stap = min(getoond, len(deel.tekst))
                getoond -= stap
                plek += stap
                if getoond <= 0 and stap < len(deel.tekst):
                    return plek
            else:
                plek += len(deel.tekst)
        return plek

    def verwijzing_bij(self, van: int, tot: int) -> tuple[int, int] | None:
        """The rendered reference that the range [van, tot) (paragraph positions) cuts into, if any: a
        reference is edited whole or not at all."""
        return next(((b, e) for b, e in self._verwijzingen() if b < van < e or b < tot < e), None)

    def verwijzing_voor(self, plek: int) -> tuple[int, int] | None:
        """The reference that ends right at `plek` (Backspace there selects it first)."""
        return next(((b, e) for b, e in self._verwijzingen() if e == plek), None)

    def verwijzing_na(self, plek: int) -> tuple[int, int] | None:
        return next(((b, e) for b, e in self._verwijzingen() if b == plek), None)

    def _verwijzingen(self):
        """(start, end) in the paragraph of each rendered reference."""
        plek = self.label_lengte
        for deel in self.delen:
            einde = plek + len(deel.tekst)
            if deel.rol == VERWIJZING:
                yield plek, einde
            plek = einde


# -- building the lines ----------------------------------------------------------------------------

class Bouwer:
    """The lines of one policy in one markup view."""

    def __init__(self, policy: Policy, weergave: str = ALLE) -> None:
        self.policy, self.weergave = policy, weergave
        self.index = Verwijzingsindex(policy)
        self.regels: list[Regel] = []
        self._balk = False          # a change hidden in this view (a deleted block): the next line gets the bar
        self.verplaatst = {s.blok_id for s in policy.spoken if s.soort == VERPLAATST}
        self._met_spook = {s.container for s in policy.spoken}

    def alles(self) -> list[Regel]:
        policy = self.policy
        self._voeg(Regel("titel", "titel", self.delen("titel", policy.titel), stijl="titel", tekst_id="titel"))
        self._aanhef()
        if policy.inleiding:
            self._sectie(policy.inleiding)
        self._artikelen()
        if policy.slotwoord:
            self._sectie(policy.slotwoord)
        self._meerregelig("ondertekening", policy.id + ":slot")
        self._toelichting()
        return self.regels

    def _voeg(self, regel: Regel) -> None:
        if self._balk and not regel.spook:
            regel, self._balk = replace(regel, gewijzigd=True), False
        self.regels.append(regel)

    # -- the parts of a text ----------------------------------------------------------------------
    def delen(self, tekst_id: str, rauw: str) -> tuple[Deel, ...]:
        return self.delen_en_wijziging(tekst_id, rauw)[0]

    def delen_en_wijziging(self, tekst_id: str, rauw: str) -> tuple[tuple[Deel, ...], bool]:
        """The parts of a text in this markup view, and whether it has a pending change."""
        segmenten = self.policy.revisies.get(tekst_id)
        gewijzigd = bool(segmenten) and any(s.soort != "equal" for s in segmenten)
        if not gewijzigd:
            return tuple(self._met_verwijzingen(rauw, TEKST)), False
        if self.weergave == ORIGINEEL:
            oud = "".join(s.tekst for s in segmenten if s.soort != "insert")
            return tuple(self._met_verwijzingen(oud, TEKST)), True
        if self.weergave != ALLE or "".join(s.tekst for s in segmenten if s.zichtbaar) != rauw:
            return tuple(self._met_verwijzingen(rauw, TEKST)), True
        delen: list[Deel] = []
        for s in segmenten:
            if s.soort == "equal":
                delen += self._met_verwijzingen(s.tekst, TEKST)
                continue
            auteur, tijd = (s.del_auteur, s.del_tijd) if s.del_id else (s.auteur, s.tijd)
            rol = IN if s.zichtbaar else WEG
            delen += self._met_verwijzingen(s.tekst, rol, auteur_kleur(auteur), f"{auteur or ''}, {tijd or ''}")
        return tuple(delen), True

    def _met_verwijzingen(self, rauw: str, rol: str, kleur: str | None = None, titel: str = "") -> list[Deel]:
        """A text with its {ref:…} markers written out as references (protected parts)."""
        if "{ref:" not in rauw:
            return [Deel(rauw, rol, kleur, titel)] if rauw else []
        delen, vorige = [], 0
        for m in MARKER.finditer(rauw):
            if m.start() > vorige:
                delen.append(Deel(rauw[vorige:m.start()], rol, kleur, titel))
            delen.append(Deel(self.index.weergave(m.group(0)), VERWIJZING if rol != WEG else WEG, kleur, titel))
            vorige = m.end()
        if vorige < len(rauw):
            delen.append(Deel(rauw[vorige:], rol, kleur, titel))
        return delen

    # -- aanhef, sections, ondertekening: texts edited as one, line by line ---------------------------
    def _aanhef(self) -> None:
        """The aanhef line by line as text_export.aanhef_regels prints it; typing in an item edits that item's
        text (its "gezien" or "-" is a label), Enter and Backspace at a start make or join items."""
        aanhef, pid = self.policy.aanhef, self.policy.id
        if not aanhef.is_besluit():
            return
        regel = 0
        if aanhef.orgaan:
            delen, gewijzigd = self.delen_en_wijziging("orgaan", aanhef.orgaan)
            self._voeg(Regel("aanhef", pid, delen + (Deel(";", VAST),), stijl="aanhef", tekst_id="orgaan", regel=regel,
                             gewijzigd=self._bar(gewijzigd)))
            regel += 2
        for alinea, spook in self._met_spoken("aanhef.gezien", aanhef.gezien):
            label = "" if ANDER_AANHEF_RE.match(alinea.tekst) else "gezien"
            regel = self._aanhef_item(alinea, spook, label, "aanhef", regel) + (0 if spook else 1)    # a blank line
        for naam, kop in (("gelet_op", "gelet op:"), ("overwegingen", "overwegende dat:"), ("beslispunten", "b e s l u i t :")):
            paren = self._met_spoken(f"aanhef.{naam}", getattr(aanhef, naam))
            if not getattr(aanhef, naam):
                continue
            self._voeg(Regel("aanhefkop", pid, (Deel(kop, VAST),), stijl="aanhef", regel=regel, bewerkbaar=False))
            regel += 2
            for alinea, spook in paren:
                regel = self._aanhef_item(alinea, spook, alinea.label or "-", "alinea", regel)
            regel += 1
        if aanhef.orgaan and not aanhef.beslispunten and self.policy.artikelen:
            self._voeg(Regel("aanhefkop", pid, (Deel("Besluit:", VAST),), stijl="aanhef", regel=regel, bewerkbaar=False))

    def _aanhef_item(self, alinea, spook: Spook | None, label: str, stijl: str, regel: int) -> int:
        """One item of the aanhef (a deleted one as _spook shows it); returns the next line's number in the
        aanhef's text."""
        delen, gewijzigd = self.delen_en_wijziging(alinea.id, alinea.tekst)
        nieuw = Regel("aanhef", self.policy.id, delen, label, stijl=stijl, tekst_id=alinea.id,
                      regel=None if spook else regel, gewijzigd=self._bar(gewijzigd))
        if spook is not None:
            self._spook(nieuw, spook)
            return regel
        self._voeg(nieuw)
        return regel + 1

    def _meerregelig(self, soort: str, blok_id: str) -> None:
        """The vaststelling and ondertekening follow from the Gegevens (Vastgesteld op, Ondertekening): shown
        as printed, edited there."""
        tekst = b.lees_blok(self.policy, soort, blok_id)
        for i, regel in enumerate(tekst.split(MEERREGELIG[soort])):
            if regel.strip():
                self._voeg(Regel(soort, blok_id, (Deel(regel, VAST),), stijl="aanhef", tekst_id=blok_id, regel=i,
                                 bewerkbaar=False))

    def _sectie(self, sectie: Sectie) -> None:
        if sectie.kop:
            self._voeg(Regel("sectiekop", sectie.id, self.delen(sectie.id, sectie.kop), stijl="kop", tekst_id=sectie.id))
        i = 0
        for alinea, spook in self._met_spoken(sectie.id, sectie.alineas):
            if spook is not None:
                self._spook(Regel("sectie", sectie.id, self.delen(alinea.id, alinea.tekst), tekst_id=alinea.id), spook)
                continue
            delen, gewijzigd = self.delen_en_wijziging(alinea.id, alinea.tekst)
            self._voeg(Regel("sectie", sectie.id, delen, tekst_id=alinea.id, regel=i, gewijzigd=self._bar(gewijzigd)))
            i += 1

    def _toelichting(self) -> None:
        secties = self.policy.toelichting
        if secties and secties[0].kop.lower() not in TOELICHTING_KOPPEN:
            self._voeg(Regel("toelichting", "", (Deel("Toelichting"),), stijl="kop", bewerkbaar=False))
        for sectie in secties:
            self._sectie(sectie)

    # -- the artikelen ---------------------------------------------------------------------------
    def _met_spoken(self, container: str, lijst: list) -> list:
        """The blocks with the deleted ones and old places of moved ones where they stood (each view shows
        those its own way: _spook). Origineel leaves out inserted blocks and the new places of moved ones."""
        if container not in self._met_spook and (self.weergave != ORIGINEEL or not (self.policy.blokrevisies or self.verplaatst)):
            return [(blok, None) for blok in lijst]
        paren = met_spoken(self.policy, container, lijst)
        if self.weergave == ORIGINEEL:
            paren = [(blok, s) for blok, s in paren
                     if s is not None or (blok.id not in self.policy.blokrevisies and blok.id not in self.verplaatst)]
        return paren

    def _bar(self, gewijzigd: bool) -> bool:
        return self.weergave == EENVOUDIG and gewijzigd

    def _artikelen(self) -> None:
        hoofdstuk_id = None
        nummers = {a.id: n for n, a in enumerate(self.policy.artikelen, start=1)}
        paren = self._met_spoken("artikelen", self.policy.artikelen)
        if self.weergave == ORIGINEEL:          # numbered as they were: deleted ones count, inserted ones not
            nummers = {a.id: n for n, (a, _) in enumerate(paren, start=1)}
        for artikel, spook in paren:
            if spook is not None:
                kop = self.delen(artikel.id, artikel.kop)
                label = artikel_label(artikel, nummers[artikel.id]) if self.weergave == ORIGINEEL else "Artikel"
                self._spook(Regel("artikel", artikel.id, kop, label, stijl="kop", tekst_id=artikel.id), spook)
                self._leden(artikel, spook)
                continue
            if artikel.hoofdstuk_id and artikel.hoofdstuk_id != hoofdstuk_id:
                self._hoofdstuk(artikel.hoofdstuk_id)
            hoofdstuk_id = artikel.hoofdstuk_id
            nummer = nummers[artikel.id]
            delen, gewijzigd = self.delen_en_wijziging(artikel.id, artikel.kop)
            self._voeg(self._nieuw(Regel("artikel", artikel.id, delen, artikel_label(artikel, nummer), stijl="kop",
                                         tekst_id=artikel.id, gewijzigd=self._bar(gewijzigd))))
            self._leden(artikel)

    def _hoofdstuk(self, hoofdstuk_id: str) -> None:
        hoofdstuk = self.policy.hoofdstuk(hoofdstuk_id)
        if hoofdstuk is None:
            return
        nummer = self.policy.hoofdstukken.index(hoofdstuk) + 1
        delen, gewijzigd = self.delen_en_wijziging(hoofdstuk.id, hoofdstuk.kop)
        self._voeg(Regel("hoofdstuk", hoofdstuk.id, delen, hoofdstuk_label(hoofdstuk, nummer), stijl="kop",
                         tekst_id=hoofdstuk.id, gewijzigd=self._bar(gewijzigd)))

    def _leden(self, artikel: Artikel, spook: Spook | None = None) -> None:
        if spook is not None:           # a deleted artikel: its leden with it, struck through
            for lid in artikel.leden:
                self._spook(Regel("lid", lid.id, self.delen(lid.id, lid.tekst), tekst_id=lid.id), spook)
            return
        paren = self._met_spoken(artikel.id, artikel.leden)
        oud = self._oude_labels(artikel, [lid for lid, _ in paren]) if self.weergave == ORIGINEEL else {}
        for lid, lid_spook in paren:
            if lid_spook is not None:
                self._spook(Regel("lid", lid.id, self.delen(lid.id, lid.tekst), oud.get(lid.id, ""), tekst_id=lid.id),
                            lid_spook)
                self._onderdelen(lid, lid_spook)
                continue
            label = oud.get(lid.id, lid_label(artikel, artikel.leden.index(lid)) or "")
            delen, gewijzigd = self.delen_en_wijziging(lid.id, lid.tekst)
            self._voeg(self._nieuw(Regel("lid", lid.id, delen, label, tekst_id=lid.id,
                                         gewijzigd=self._bar(gewijzigd or lid.id in self.policy.blokrevisies))))
            self._onderdelen(lid)

    @staticmethod
    def _oude_labels(artikel: Artikel, leden: list[Lid]) -> dict[str, str]:
        """Origineel: the leden numbered as they stood (deleted ones count, inserted ones not)."""
        genummerd = artikel.leden_genummerd if artikel.leden_genummerd is not None else len(leden) > 1
        return {lid.id: lid.label or (f"{n}." if genummerd else "") for n, lid in enumerate(leden, start=1)}

    def _onderdelen(self, lid: Lid, spook: Spook | None = None) -> None:
        paren = [(o, spook) for o in lid.onderdelen] if spook else self._met_spoken(lid.id, lid.onderdelen)
        for onderdeel, o_spook in paren:
            if o_spook is not None:
                self._spook(Regel("onderdeel", onderdeel.id, self.delen(onderdeel.id, onderdeel.tekst),
                                  niveau=1, tekst_id=onderdeel.id), o_spook)
                self._subonderdelen(onderdeel, o_spook)
                continue
            j = lid.onderdelen.index(onderdeel)
            delen, gewijzigd = self.delen_en_wijziging(onderdeel.id, onderdeel.tekst)
            self._voeg(self._nieuw(Regel("onderdeel", onderdeel.id, delen, onderdeel_label(lid, j), niveau=1,
                                         tekst_id=onderdeel.id,
                                         gewijzigd=self._bar(gewijzigd or onderdeel.id in self.policy.blokrevisies))))
            self._subonderdelen(onderdeel)

    def _subonderdelen(self, onderdeel: Onderdeel, spook: Spook | None = None) -> None:
        for k, sub in enumerate(onderdeel.subonderdelen):
            delen, gewijzigd = self.delen_en_wijziging(sub.id, sub.tekst)
            regel = Regel("subonderdeel", sub.id, delen, subonderdeel_label(onderdeel, k), niveau=2, tekst_id=sub.id,
                          bewerkbaar="{ref:" not in sub.tekst, gewijzigd=self._bar(gewijzigd))
            self._spook(regel, spook) if spook else self._voeg(regel)

    def _nieuw(self, regel: Regel) -> Regel:
        """An inserted block shows its label underlined in its author's colour; a moved block at its new
        place is marked as moved (Alle markeringen)."""
        if self.weergave != ALLE:
            return regel
        if regel.blok_id in self.policy.blokrevisies:
            return replace(regel, label_rol=IN, label_kleur=auteur_kleur(self.policy.blokrevisies[regel.blok_id].auteur))
        if regel.blok_id in self.verplaatst:
            spook = next(s for s in self.policy.spoken if s.blok_id == regel.blok_id and s.soort == VERPLAATST)
            return replace(regel, label_rol=IN, label_kleur=auteur_kleur(spook.wijziging.auteur))
        return regel

    def _spook(self, regel: Regel, spook: Spook) -> None:
        """A deleted block (struck through) or the old place of a moved one (double struck) in Alle
        markeringen; plain in Origineel; never editable. Eenvoudige markering puts a bar on the line after
        where it stood; Geen markeringen shows nothing."""
        if self.weergave in (EENVOUDIG, GEEN):
            self._balk = self._balk or self.weergave == EENVOUDIG
            return
        if self.weergave == ORIGINEEL:
            self.regels.append(replace(regel, bewerkbaar=False, spook=True,
                                       delen=tuple(replace(d, rol=TEKST if d.rol != WEG else TEKST) for d in regel.delen)))
            return
        rol = VAN if spook.soort == VERPLAATST else WEG
        kleur = auteur_kleur(spook.wijziging.auteur)
        titel = f"{spook.wijziging.auteur or ''}, {spook.wijziging.tijd or ''}"
        delen = tuple(Deel(d.tekst, rol, kleur, titel) for d in regel.delen)
        self.regels.append(replace(regel, delen=delen, bewerkbaar=False, spook=True, label_rol=rol, label_kleur=kleur))


def regels(policy: Policy, weergave: str = ALLE) -> list[Regel]:
    return Bouwer(policy, weergave).alles()


def vernieuw(policy: Policy, regel: Regel, weergave: str, index: Verwijzingsindex | None = None,
             plaatsen: dict | None = None) -> Regel:
    """The same line with its text read again (after typing: the structure, so the label, is unchanged);
    `plaatsen` is structuur.tekstplaatsen, when the caller keeps it."""
    plaats = plaatsen.get(regel.tekst_id) if plaatsen is not None else structuur.tekstplaats(policy, regel.tekst_id)
    if plaats is None:
        return regel
    bouwer = Bouwer(policy, weergave)
    if index is not None:
        bouwer.index = index
    delen, gewijzigd = bouwer.delen_en_wijziging(regel.tekst_id, structuur.lees(*plaats))
    delen += tuple(d for d in regel.delen if d.rol == VAST)         # the orgaan's ";"
    return replace(regel, delen=delen, gewijzigd=bouwer._bar(gewijzigd or regel.blok_id in policy.blokrevisies))


# -- what an edit of a line is ------------------------------------------------------------------

def bewerking(policy: Policy, regel: Regel, nieuw: str) -> tuple[Callable, tuple] | None:
    """The operation, with its arguments, that makes `nieuw` the current text of a line; None when the
    line cannot be edited as text (or what it shows is no longer the policy's text)."""
    if not regel.bewerkbaar or regel.spook:
        return None
    if regel.soort in ("aanhef", "sectie") and regel.tekst_id and "\n" not in nieuw:
        return b.bewerk_tekst, (regel.tekst_id, nieuw)      # one item of the aanhef, one paragraph of a section
    if regel.soort in MEERREGELIG:
        regels_ = b.lees_blok(policy, regel.soort, regel.blok_id).split(MEERREGELIG[regel.soort])
        if regel.regel is None or regel.regel >= len(regels_):
            return None
        regels_[regel.regel] = nieuw
        return b.bewerk_blok, (regel.soort, regel.blok_id, MEERREGELIG[regel.soort].join(regels_))
    if regel.soort in ("sectiekop", "subonderdeel"):
        return b.bewerk_tekst, (regel.tekst_id, nieuw)
    if regel.soort in b.BEWERKBAAR:
        return b.bewerk_blok, (regel.soort, regel.blok_id, nieuw)
    return None


def splitsing(policy: Policy, regel: Regel, getoond: int) -> tuple[Callable, tuple] | None:
    """Enter at an offset: a lid or onderdeel splits; a line of the aanhef, a section or the ondertekening
    becomes two lines."""
    if not regel.bewerkbaar or regel.spook:
        return None
    if regel.soort in ("lid", "onderdeel"):
        return b.splits_lid, (regel.blok_id, getoond)
    if regel.soort == "aanhef":
        return _splits_aanhef(policy, regel, getoond)
    if regel.soort in MEERREGELIG:
        scheiding = MEERREGELIG[regel.soort]
        tekst = regel.getoond
        return bewerking(policy, regel, tekst[:getoond].rstrip() + scheiding + tekst[getoond:].lstrip())
    return None


def vorige_broer(policy: Policy, blok_id: str) -> str | None:
    """The lid (or onderdeel) before this one in the same list: Backspace at the start merges with it."""
    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or plaats.positie == 0 or plaats.soort not in ("lid", "onderdeel"):
        return None
    return plaats.lijst[plaats.positie - 1].id


def _gedrukt(regel: Regel, tekst: str) -> str:
    """An aanhef item as text_export prints it: its label ("gezien", "-") before its text."""
    return f"{regel.label} {tekst}" if regel.label else tekst


def _splits_aanhef(policy: Policy, regel: Regel, getoond: int) -> tuple[Callable, tuple] | None:
    """Enter in an aanhef item: a new item of the same list with the text after the cursor."""
    if regel.tekst_id == "orgaan" or regel.regel is None:
        return None
    regels_ = b.lees_blok(policy, "aanhef", regel.blok_id).split("\n")
    tekst = regel.getoond
    tweede = _gedrukt(regel if regel.label == "gezien" or not regel.label else replace(regel, label="-"),
                      tekst[getoond:].lstrip())
    nieuw = [_gedrukt(regel, tekst[:getoond].rstrip())] + ([""] if regel.label == "gezien" else []) + [tweede]
    regels_[regel.regel:regel.regel + 1] = nieuw
    return b.bewerk_blok, ("aanhef", regel.blok_id, "\n".join(regels_))


def _voeg_aanhef_samen(policy: Policy, regel: Regel, vorige: Regel | None) -> tuple[Callable, tuple] | None:
    """Backspace at the start of an aanhef item: its text joins the item before it in the same list."""
    if vorige is None or vorige.soort != "aanhef" or vorige.tekst_id in ("", "orgaan") or regel.regel is None \
            or vorige.regel is None:
        return None
    regels_ = b.lees_blok(policy, "aanhef", regel.blok_id).split("\n")
    samen = _gedrukt(vorige, f"{vorige.getoond.rstrip()} {regel.getoond.lstrip()}".strip())
    regels_[vorige.regel:regel.regel + 1] = [samen]
    return b.bewerk_blok, ("aanhef", regel.blok_id, "\n".join(regels_))


def samenvoeging(policy: Policy, regel: Regel, vorige: Regel | None = None) -> tuple[Callable, tuple] | None:
    """Backspace at the start of a line: a lid or onderdeel joins the one before it; an item of the aanhef
    or a paragraph of a section joins the one before it (`vorige`: the line above)."""
    if not regel.bewerkbaar or regel.spook:
        return None
    if regel.soort in ("lid", "onderdeel"):
        vorige_id = vorige_broer(policy, regel.blok_id)
        return (b.voeg_samen, (vorige_id,)) if vorige_id else None
    if regel.soort == "aanhef":
        return _voeg_aanhef_samen(policy, regel, vorige)
    if regel.soort not in MEERREGELIG or not regel.regel:
        return None
    scheiding = MEERREGELIG[regel.soort]
    regels_ = b.lees_blok(policy, regel.soort, regel.blok_id).split(scheiding)
    vorige = max((j for j in range(regel.regel) if regels_[j].strip()), default=None)
    if vorige is None or regel.regel >= len(regels_):
        return None
    samen = f"{regels_[vorige].rstrip()} {regels_[regel.regel].lstrip()}".strip()
    nieuw = regels_[:vorige] + [samen] + regels_[regel.regel + 1:]
    return b.bewerk_blok, (regel.soort, regel.blok_id, scheiding.join(nieuw))
