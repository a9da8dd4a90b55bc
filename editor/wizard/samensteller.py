"""The draft: a besluit-structured policy assembled from the clause library, each clause with its "waarom".

Deterministic: the same answers always give the same draft, and in Dutch whatever the interface
language: the draft is a regulation. Every clause comes from the library (clauses/library.py) or from
the few standard texts below. The reasons are a "Toelichting voor de opsteller" kept in the project
(metadata.toelichting_opsteller), never printed in the besluit. The draft is fit to publish: one term
for the document ("code"), no clause that claims a consent that was not recorded, titles with their
right article ("het Internet- en e-mailprotocol"), a vaststelling and ondertekening block with the
organ's signatories to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clauses.library import meegeleverd

import re

from ..formats.slotbepalingen import ONDERTEKENAARS_PER_VORM, intrekking_beslispunt, intrekking_zin
from ..model.document import Aanhef, Alinea, Artikel, Bron, Lid, Policy
from ..model.metadata import Intrekking, InwerkingtredingRegel, Metadata, Ondertekenaar, Rechtsvorm
from ..model.placeholders import vul_in
from .antwoorden import AANSPREEKPUNTEN, SECTOREN, Antwoorden
from .gevolgen import gevolgen

SECTOR_CLAUSULES = {"zorg": "model:zorg-clientprivacy", "overheid": "model:overheid-ambtsgeheim",
                    "financiele_dienstverlening": "model:financieel-koersgevoelig", "onderwijs": "model:onderwijs-leerlingen"}
OVERHEID = ("gemeente", "gemeenschappelijke_regeling")
TERM = "code"
ANDERE_TERMEN = re.compile(r"\b([Dd])(?:eze (?:regeling|gedragscode|richtlijn)|it (?:reglement|protocol))\b")
CLAIMT_INSTEMMING = re.compile(r"vastgesteld met (?:de )?instemming van de (?:ondernemingsraad|OR)", re.IGNORECASE)
NAAM_IN_TE_VULLEN = "[naam]"


def een_term(tekst: str) -> str:
    """ "Deze regeling" and "dit reglement" become "deze code": one term for the document."""
    return ANDERE_TERMEN.sub(lambda m: f"{m.group(1)}eze {TERM}", tekst)


def _hoofdletter(tekst: str) -> str:
    """A sentence that starts with a filled-in "de gemeente Hoorn" starts with a capital."""
    return re.sub(r"(^|[.!?]\s+)de\b", lambda m: m.group(1) + "De", tekst)


def organisatie_na_van(naam: str) -> str:
    """ "Gemeente Hoorn" -> "de gemeente Hoorn" (after "van"); other names as they are."""
    if m := re.match(r"^(gemeente|provincie|waterschap)\s+(.+)$", naam, re.IGNORECASE):
        return f"de {m.group(1).lower()} {m.group(2)}"
    return naam


@dataclass
class Keuze:
    artikel: str
    clausule_id: str
    waarom: str


@dataclass
class Concept:
    policy: Policy
    keuzes: list[Keuze] = field(default_factory=list)
    gevolgen: list[str] = field(default_factory=list)


class _Bouw:
    def __init__(self, antwoorden: Antwoorden) -> None:
        self.a = antwoorden
        self.bibliotheek = {c.id: c for c in meegeleverd()}
        self.waarden = {"organisatie": organisatie_na_van(antwoorden.organisatie),
                        "aanspreekpunt": AANSPREEKPUNTEN[antwoorden.aanspreekpunt]}
        self.artikelen: list[Artikel] = []
        self.keuzes: list[Keuze] = []

    def artikel(self, kop: str, delen: list[tuple[str, str]]) -> None:
        """An artikel of (clause id or own text, waarom) pairs; each clause gives one or more leden."""
        leden: list[Lid] = []
        for bron, waarom in delen:
            clausule = self.bibliotheek.get(bron)
            teksten = [t for t in (list(clausule.leden) if clausule else [bron]) if not CLAIMT_INSTEMMING.search(t)]
            leden += [Lid(_hoofdletter(een_term(vul_in(t, self.waarden)))) for t in teksten]
            self.keuzes.append(Keuze(kop, clausule.id if clausule else "eigen tekst", waarom))
        self.artikelen.append(Artikel(kop, leden, leden_genummerd=len(leden) > 1))

    def bouw(self) -> Concept:
        a = self.a
        zorgen = set(a.zorgen)
        self.artikel("Reikwijdte", [("model:reikwijdte-stagiairs", "Altijd: de code geldt voor iedereen die voor de organisatie werkt, ook stagiairs en uitzendkrachten.")])
        self.artikel("Uitgangspunten", [("werksaam:2.1", "Altijd: het belang van sociale media voor de organisatie."),
                                            ("werksaam:2.2", "Altijd: de eigen verantwoordelijkheid van medewerkers.")])
        self.artikel("Sociale media op de werkvloer", self._werkvloer(zorgen))
        self.artikel("Sociale media in privésituaties", self._prive())
        if "privacy" in zorgen or a.sector in SECTOR_CLAUSULES:
            over_privacy = "privacy" in zorgen or a.sector in ("zorg", "onderwijs")
            self.artikel("Privacy en vertrouwelijkheid" if over_privacy else "Vertrouwelijkheid", self._privacy(zorgen))
        if a.monitoring or "monitoring" in zorgen:
            self.artikel("Monitoring door de werkgever", self._monitoring())
        if "crisis" in zorgen:
            self.artikel("Crisis- en incidentcommunicatie", [("model:crisis", "Crisiscommunicatie is als zorg genoemd.")])
        self.artikel("Sancties", [("model:sancties-gematigd", "Altijd: wat volgt op een overtreding, in stappen.")])
        self.artikel("Evaluatie", [self._evaluatie()])
        self.artikel("Inwerkingtreding", self._inwerkingtreding())
        naam = organisatie_na_van(a.organisatie).removeprefix("de ")        # "gemeente Hoorn" in a title
        citeertitel = "Gedragscode sociale media {organisatie}".format(organisatie=naam)
        self.artikel("Citeertitel", [(f"Deze {TERM} wordt aangehaald als: {citeertitel}.", "Altijd: de naam waaronder de code wordt aangehaald.")])
        return Concept(self._policy(citeertitel), self.keuzes, gevolgen(a))

    def _werkvloer(self, zorgen: set[str]) -> list[tuple[str, str]]:
        delen = [("werksaam:4.6", "Altijd: wat online staat, blijft online.")]
        delen.insert(0, ("werksaam:4.2", "Altijd; vertrouwelijke informatie is als zorg genoemd." if "vertrouwelijk" in zorgen
                         else "Altijd: geen vertrouwelijke informatie delen."))
        if "reputatie" in zorgen:
            delen.append(("werksaam:4.8", "Reputatie is als zorg genoemd: wat te doen als een discussie ontspoort."))
        if "woordvoering" in zorgen:
            delen.append(("werksaam:4.5", "Leidinggevenden en woordvoerders zijn als zorg genoemd."))
        delen.append(("Bij twijfel of een publicatie de belangen van {organisatie} schaadt, neemt de medewerker contact op met "
                      "{aanspreekpunt}.", "Het gekozen aanspreekpunt: {aanspreekpunt}.".format(aanspreekpunt=self.waarden["aanspreekpunt"])))
        return delen

    def _prive(self) -> list[tuple[str, str]]:
        delen = [("werksaam:5.1", "Altijd: werk en privé op sociale media."),
                 ("werksaam:5.2", "Altijd: transparant zijn over het werk bij {organisatie}.".format(organisatie=self.a.organisatie))]
        if self.a.disclaimer:
            delen.append(("model:persoonlijke-titel", "Gekozen: medewerkers publiceren op persoonlijke titel, met een disclaimer."))
        return delen

    def _privacy(self, zorgen: set[str]) -> list[tuple[str, str]]:
        delen = []
        if "privacy" in zorgen:
            delen.append(("Medewerkers plaatsen geen persoonsgegevens, foto's of video's van collega's, cliënten of klanten op sociale "
                          "media zonder hun uitdrukkelijke toestemming.", "De privacy van collega's en cliënten is als zorg genoemd."))
        if self.a.sector in SECTOR_CLAUSULES:
            delen.append((SECTOR_CLAUSULES[self.a.sector], "De sector: {sector}.".format(sector=SECTOREN[self.a.sector])))
        return delen

    def _monitoring(self) -> list[tuple[str, str]]:
        if self.a.monitoring:
            return [("model:monitoring-gematigd", "De werkgever volgt openbare sociale media; daarvoor gelden de AVG en, met "
                                                   "een OR, diens instemming (WOR art. 27 lid 1 onder k en l). Leg die instemming "
                                                   "vast voordat de code wordt vastgesteld; het besluit vermeldt haar dan.")]
        return [("model:geen-monitoring", "Monitoring is als zorg genoemd, maar de werkgever volgt geen sociale media: dat staat er dan ook.")]

    def _evaluatie(self) -> tuple[str, str]:
        if self.a.medewerkers >= 50:
            return "model:evaluatie", "Altijd; met een OR wordt die bij de evaluatie betrokken."
        return ("{organisatie} evalueert deze code binnen twee jaar na de inwerkingtreding.",
                "Altijd; zonder OR zonder de instemmingsbepaling.")

    def _inwerkingtreding(self) -> list[tuple[str, str]]:
        delen = [("model:inwerkingtreding", "Altijd: de standaardformule (Aanwijzingen voor de regelgeving).")]
        if self.a.vervangt:
            tekst = intrekking_zin(Intrekking(self.a.vervangt["titel"], self.a.vervangt["datum"]))
            delen.append((tekst, "Deze code vervangt een oudere, die wordt ingetrokken."))
        return delen

    def _policy(self, citeertitel: str) -> Policy:
        a = self.a
        metadata = Metadata(organisatie=a.organisatie, rechtsvorm=Rechtsvorm(a.rechtsvorm), medewerkers=a.medewerkers)
        metadata.inwerkingtreding.regel = InwerkingtredingRegel.DAG_NA_BEKENDMAKING
        if a.vervangt:
            metadata.intrekking.append(Intrekking(a.vervangt["titel"], a.vervangt["datum"]))
        metadata.ondertekening = [Ondertekenaar(functie, NAAM_IN_TE_VULLEN)
                                  for functie in ONDERTEKENAARS_PER_VORM.get(a.rechtsvorm, ("directeur",))]
        metadata.toelichting_opsteller = self.toelichting_opsteller()
        return Policy(titel=citeertitel, citeertitel=citeertitel, aanhef=self._aanhef(citeertitel), artikelen=self.artikelen,
                      metadata=metadata, bron=Bron("Opgesteld met de vragenlijst"))

    def toelichting_opsteller(self) -> list[str]:
        """The reasons, by artikel as it will be numbered: for the drafter, not for the reader."""
        nummers = {artikel.kop: nummer for nummer, artikel in enumerate(self.artikelen, start=1)}
        return [f"Artikel {nummers[k.artikel]} ({k.artikel}): {k.waarom}" for k in self.keuzes]

    def _aanhef(self, citeertitel: str) -> Aanhef:
        from ..formats.besluit_tekst import ORGAAN_PER_VORM

        a = self.a
        sjabloon, _ = ORGAAN_PER_VORM.get(Rechtsvorm(a.rechtsvorm), ("De directie van {org}", ","))
        organisatie = organisatie_na_van(a.organisatie)
        grondslag = ("de Ambtenarenwet 2017;" if a.rechtsvorm in OVERHEID or a.sector == "overheid"
                     else "artikel 7:660 van het Burgerlijk Wetboek;")
        overwegingen = ["sociale media een bijdrage kunnen leveren aan een positief imago van de organisatie;",
                        "berichten op sociale media de organisatie en anderen ook kunnen schaden;",
                        "het wenselijk is duidelijke afspraken te maken over het gebruik van sociale media;"]
        punten = [f"vast te stellen de volgende {citeertitel};"]
        if a.vervangt:
            punten.append(intrekking_beslispunt(Intrekking(a.vervangt["titel"], a.vervangt["datum"])) + ";")
        punten[-1] = punten[-1][:-1] + "."
        return Aanhef(sjabloon.format(org=organisatie), [], [Alinea(grondslag)], [Alinea(o) for o in overwegingen],
                      [Alinea(p) for p in punten])


def stel_samen(antwoorden: Antwoorden) -> Concept:
    return _Bouw(antwoorden).bouw()

