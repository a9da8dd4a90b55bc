"""The drafting checks. Each finding has a code, a severity, a Dutch message, the block it concerns and
a hint. Messages go through tr() like everything a user sees.

Severity weighs the evidence and the stage (see bewijs.py):
- fout: what makes the regulation legally defective: monitoring or personal-data rules adopted, in force
  or retroactive before the OR's consent (WOR art. 27), publication before adoption, a consent that no
  longer covers the text, a broken reference, an open placeholder in an adopted text;
- waarschuwing: what a careful lawyer corrects (form of the aanhef, consent under "gelet op", a
  withdrawal without date, retroactivity, no consent recorded for rules that need it);
- opmerking: what belongs to the stage (a concept is not yet adopted or signed; no inwerkingtreding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.onderwerpen import classificeer

from ..i18n import tr
from ..model.datums import toon_datum
from ..model.document import Policy
from ..model.metadata import InstemmingStatus, InwerkingtredingRegel
from ..model.numbering import lid_label, onderdeel_label
from ..model.placeholders import PATROON
from ..model.verwijzingen import MARKER, Verwijzingsindex
from ..revisions.instemming import is_verouderd
from .bewijs import aanhef_datums_na, instemming_vastgelegd, is_or_instemming, is_vastgesteld

FOUT, WAARSCHUWING, OPMERKING = "fout", "waarschuwing", "opmerking"
CITEER_MODEL = re.compile(r"^(?:Deze|Dit) [\w-]+(?: [\w-]+)? (?:wordt|worden) aangehaald als: .+\.$")
OUDE_VERWIJZING = re.compile(r"\b(?:lid \d+|sub [a-z]\b|letter [a-z]\b)", re.IGNORECASE)
INSTEMMING_VERLEEND = (InstemmingStatus.VERLEEND, InstemmingStatus.ONDER_VOORWAARDEN)


@dataclass(frozen=True)
class Bevinding:
    code: str
    ernst: str
    bericht: str
    blok: str | None = None
    hint: str = ""

    def als_json(self) -> dict:
        return {"code": self.code, "ernst": self.ernst, "bericht": self.bericht, "blok": self.blok, "hint": self.hint}


def controleer(policy: Policy) -> list[Bevinding]:
    bevindingen: list[Bevinding] = []
    for regel in (_wor, _inwerkingtreding, _citeertitel, _intrekking, _aanhef, _nummering, _nummering_gaten, _verwijzingen,
                  _ondertekening, _plaatshouders, _verouderd):
        bevindingen += regel(policy)
    return bevindingen


def regelt_persoonsgegevens(policy: Policy) -> bool:
    """Whether the code touches personal data or monitoring (WOR art. 27 lid 1 onder k en l)."""
    return any(k.topic in ("privacy", "monitoring")
               for artikel in policy.artikelen for lid in artikel.leden for k in classificeer(lid.tekst, artikel.kop))


def _wor(policy: Policy) -> list[Bevinding]:
    meta = policy.metadata
    instemming, vaststelling = meta.or_instemming, meta.vaststelling.datum
    uit = []
    zonder_or = meta.medewerkers is not None and meta.medewerkers < 50     # no works council to consent
    if regelt_persoonsgegevens(policy) and not instemming_vastgelegd(policy) and not zonder_or:
        ernst = WAARSCHUWING if is_vastgesteld(policy) else OPMERKING
        uit.append(Bevinding("wor-instemming", ernst, tr("De code regelt persoonsgegevens of controle, maar nergens staat dat de OR heeft ingestemd."),
                             None, tr("Vraag instemming (WOR art. 27 lid 1 onder k en l) voordat de code wordt vastgesteld.")))
    if vaststelling and instemming.datum and vaststelling < instemming.datum:
        uit.append(Bevinding("wor-volgorde", FOUT, tr("De code is vastgesteld op {v}, vóór de instemming van de OR op {i}.")
                             .format(v=toon_datum(vaststelling), i=toon_datum(instemming.datum)),
                             None, tr("Stel de code pas vast na de instemming van de OR.")))
    return uit


def _inwerkingtreding(policy: Policy) -> list[Bevinding]:
    meta = policy.metadata
    iwt, vaststelling, instemming = meta.inwerkingtreding, meta.vaststelling.datum, meta.or_instemming.datum
    uit = []
    if iwt.regel is InwerkingtredingRegel.VASTE_DATUM and iwt.datum and vaststelling and iwt.datum < vaststelling:
        uit.append(Bevinding("iwt-voor-vaststelling", WAARSCHUWING, tr("De inwerkingtreding ({d}) ligt vóór de vaststelling ({v}).")
                             .format(d=toon_datum(iwt.datum), v=toon_datum(vaststelling)), None,
                             tr("Laat de code niet eerder in werking treden dan zij is vastgesteld; gebruik zo nodig terugwerkende kracht.")))
    bekend = meta.bekendmaking.datum
    if bekend and vaststelling and bekend < vaststelling:
        uit.append(Bevinding("bekendmaking-voor-vaststelling", FOUT, tr("De bekendmaking ({b}) ligt vóór de vaststelling ({v}).")
                             .format(b=toon_datum(bekend), v=toon_datum(vaststelling)), None,
                             tr("Maak de code pas bekend nadat zij is vastgesteld.")))
    if iwt.regel is InwerkingtredingRegel.VASTE_DATUM and iwt.datum and instemming and iwt.datum < instemming:
        uit.append(Bevinding("iwt-voor-instemming", FOUT, tr("De code treedt in werking op {d}, vóór de instemming van de OR op {i}.")
                             .format(d=toon_datum(iwt.datum), i=toon_datum(instemming)), _iwt_blok(policy),
                             tr("Een regeling waarvoor instemming nodig is, kan niet gelden vóór die instemming.")))
    if policy.aanhef.is_besluit() and policy.artikelen and not (iwt.regel or iwt.datum):
        uit.append(Bevinding("iwt-ontbreekt", OPMERKING, tr("Het besluit zegt niet wanneer het in werking treedt."), None,
                             tr("Voeg een artikel toe: \"Deze regeling treedt in werking op …\".")))
    if iwt.terugwerkend_tot:
        if instemming and iwt.terugwerkend_tot < instemming:
            uit.append(Bevinding("terugwerking-voor-instemming", FOUT,
                                 tr("De code werkt terug tot {t}, vóór de instemming van de OR op {i}.")
                                 .format(t=toon_datum(iwt.terugwerkend_tot), i=toon_datum(instemming)), _iwt_blok(policy),
                                 tr("Een regeling waarvoor instemming nodig is, kan niet gelden vóór die instemming.")))
        else:
            uit.append(Bevinding("terugwerking", WAARSCHUWING, tr("De code werkt terug tot {t}.")
                                 .format(t=toon_datum(iwt.terugwerkend_tot)), _iwt_blok(policy),
                                 tr("Terugwerkende kracht is alleen aanvaardbaar als zij niemand benadeelt.")))
    return uit


def _iwt_blok(policy: Policy) -> str | None:
    return next((lid.id for _, lid in policy.leden() if "in werking" in lid.tekst), None)


def _citeertitel(policy: Policy) -> list[Bevinding]:
    if not policy.citeertitel:
        return [Bevinding("citeertitel", WAARSCHUWING, tr("De code heeft geen citeertitel."), None,
                          tr("Voeg een artikel toe: \"Deze regeling wordt aangehaald als: …\"."))]
    for _, lid in policy.leden():
        if "aangehaald als" in lid.tekst and not CITEER_MODEL.match(lid.tekst.strip()):
            return [Bevinding("citeertitel-formule", WAARSCHUWING, tr("De citeertitel staat niet in de modelzin."), lid.id,
                              tr("Schrijf: \"Deze regeling wordt aangehaald als: {titel}.\"").format(titel=policy.citeertitel))]
    return []


def _intrekking(policy: Policy) -> list[Bevinding]:
    return [Bevinding("intrekking", WAARSCHUWING, tr("De ingetrokken regeling \"{titel}\" heeft geen datum.").format(titel=i.titel),
                      None, tr("Noem titel en datum van de regeling die wordt ingetrokken."))
            for i in policy.metadata.intrekking if not i.datum]


def _aanhef(policy: Policy) -> list[Bevinding]:
    """The aanhef's form. "Besluit:" followed at once by the artikelen (a minister's regulation) is valid."""
    aanhef, uit = policy.aanhef, []
    if aanhef.is_besluit() and not aanhef.orgaan:
        uit.append(Bevinding("aanhef-orgaan", WAARSCHUWING, tr("De aanhef noemt geen orgaan."), None,
                             tr("Begin met het orgaan dat besluit, bijvoorbeeld \"De directie van …,\".")))
    if aanhef.orgaan and not aanhef.beslispunten and not policy.artikelen:
        uit.append(Bevinding("aanhef-besluit", WAARSCHUWING, tr("De aanhef heeft geen \"besluit\" met beslispunten."), None,
                             tr("Sluit de aanhef af met \"b e s l u i t :\" en \"vast te stellen de volgende …\".")))
    for alinea in aanhef.gelet_op:
        if is_or_instemming(alinea.tekst):
            uit.append(Bevinding("instemming-onder-gelet-op", WAARSCHUWING, tr("De instemming van de OR staat onder \"gelet op\"."),
                                 alinea.id, tr("De instemming hoort onder \"gezien\"; \"gelet op\" noemt de wettelijke grondslag.")))
    for alinea, datum in aanhef_datums_na(policy):
        uit.append(Bevinding("aanhef-na-vaststelling", WAARSCHUWING,
                             tr("De aanhef noemt {d}, een datum na de vaststelling ({v}).")
                             .format(d=toon_datum(datum), v=toon_datum(policy.metadata.vaststelling.datum)), alinea.id,
                             tr("Een besluit kan zich niet beroepen op wat later gebeurde; controleer beide data.")))
    return uit


def _nummering(policy: Policy) -> list[Bevinding]:
    return [Bevinding("leden-onbenummerd", WAARSCHUWING,
                      tr("Artikel {nummer} heeft meer alinea's zonder lidnummer.").format(nummer=nummer), artikel.id,
                      tr("Nummer de leden (1., 2., …) of maak van de alinea's aparte artikelen."))
            for nummer, artikel in enumerate(policy.artikelen, start=1)
            if artikel.leden_genummerd is False and len(artikel.leden) > 1]


def _nummering_gaten(policy: Policy) -> list[Bevinding]:
    """The source's own labels that skip one ("g." then "i.", "2." then "4."): a reader looks for what is missing."""
    uit = []
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        for i, lid in enumerate(artikel.leden):
            labels = [onderdeel_label(lid, j) for j in range(len(lid.onderdelen))]
            if gat := labelgat(labels):
                uit.append(Bevinding("nummering-gat", WAARSCHUWING,
                                     tr("Artikel {nummer}: na onderdeel {voor} volgt {na}").format(nummer=nummer, voor=gat[0], na=gat[1]),
                                     lid.onderdelen[0].id, tr("Controleer of er een onderdeel ontbreekt, of hernummer.")))
        labels = [lid_label(artikel, i) or "" for i in range(len(artikel.leden))]
        if gat := labelgat(labels):
            uit.append(Bevinding("nummering-gat", WAARSCHUWING,
                                 tr("Artikel {nummer}: na lid {voor} volgt {na}").format(nummer=nummer, voor=gat[0], na=gat[1]),
                                 artikel.id, tr("Controleer of er een lid ontbreekt, of hernummer.")))
    return uit


def labelgat(labels: list[str]) -> tuple[str, str] | None:
    """The first pair of labels in a run of letters (a., b., …) or numbers (1., 2., …) that skips one."""
    kernen = [re.sub(r"^(?:lid\s+)?|[.)\s]+$", "", label.strip().lower()) for label in labels]
    for (voor, kv), (na, kn) in zip(zip(labels, kernen), list(zip(labels, kernen))[1:]):
        if kv.isdigit() and kn.isdigit() and int(kn) != int(kv) + 1:
            return voor, na
        if len(kv) == 1 == len(kn) and kv.isalpha() and kn.isalpha() and kv not in "iv" and ord(kn) != ord(kv) + 1:
            return voor, na
    return None


def _verwijzingen(policy: Policy) -> list[Bevinding]:
    index, uit = Verwijzingsindex(policy), []
    for _, lid in policy.leden():
        for teksten in ([lid.tekst] + [o.tekst for o in lid.onderdelen],):
            for tekst in teksten:
                if any(m.group(1) not in index.plekken for m in MARKER.finditer(tekst)):
                    uit.append(Bevinding("verwijzing-verbroken", FOUT, tr("Een verwijzing wijst naar een onderdeel dat niet meer bestaat."),
                                         lid.id, tr("Verwijs naar een bestaand artikel of lid, of schrap de verwijzing.")))
                if m := OUDE_VERWIJZING.search(MARKER.sub("", tekst)):
                    uit.append(Bevinding("verwijzing-vorm", WAARSCHUWING, tr("Verwijzing in de vorm \"{vorm}\".").format(vorm=m.group(0)),
                                         lid.id, tr("Schrijf \"artikel 5, tweede lid\" en \"onderdeel a\" (Aanwijzingen voor de regelgeving).")))
    return uit


def _ondertekening(policy: Policy) -> list[Bevinding]:
    """A concept is not yet adopted: a note, not a fault. Adoption shows in any of the metadata."""
    meta = policy.metadata
    if not is_vastgesteld(policy):
        return [Bevinding("vaststelling", OPMERKING, tr("De code is nog niet vastgesteld (concept)."), None,
                          tr("Leg de vaststelling vast met datum en orgaan."))]
    if not meta.ondertekening and not meta.vaststelling.datum:
        return [Bevinding("ondertekening", OPMERKING, tr("De tekst noemt geen datum van vaststelling en geen ondertekening."), None,
                          tr("Noem de ondertekenaars met functie en naam."))]
    return [Bevinding("ondertekening-datum", WAARSCHUWING,
                      tr("{naam} tekende op {d}, niet op de dag van vaststelling ({v}).")
                      .format(naam=o.naam, d=toon_datum(o.datum), v=toon_datum(meta.vaststelling.datum)), None,
                      tr("Onderteken op de dag van vaststelling, of leg de juiste vaststellingsdatum vast."))
            for o in meta.ondertekening if o.datum and meta.vaststelling.datum and o.datum != meta.vaststelling.datum]


def _plaatshouders(policy: Policy) -> list[Bevinding]:
    """Placeholders left open, except inside the disclaimer formula that employees fill in themselves.
    In an adopted text that is a fault; in a concept it is still to be done."""
    uit, ernst = [], FOUT if is_vastgesteld(policy) else WAARSCHUWING
    for _, lid in policy.leden():
        if "disclaimer" in lid.tekst.lower() or "©" in lid.tekst:
            continue
        for m in PATROON.finditer(lid.tekst):
            uit.append(Bevinding("plaatshouder", ernst, tr("Plaatshouder {p} is niet ingevuld.").format(p=m.group(0)), lid.id,
                                 tr("Vul de naam in (Bewerken → Plaatshouders…).")))
    if PATROON.search(policy.titel):
        uit.append(Bevinding("plaatshouder", ernst, tr("Plaatshouder in de titel is niet ingevuld."), None,
                             tr("Vul de naam in (Bewerken → Plaatshouders…).")))
    return uit


def _verouderd(policy: Policy) -> list[Bevinding]:
    if is_verouderd(policy):
        return [Bevinding("instemming-verouderd", FOUT, tr("De tekst is gewijzigd nadat de OR instemde; de instemming is verouderd."),
                          None, tr("Bied de gewijzigde tekst opnieuw ter instemming aan."))]
    return []
