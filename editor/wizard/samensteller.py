"""The draft: a besluit-structured policy assembled from the clause library, each clause with its "waarom".

Deterministic: the same answers always give the same draft, and in Dutch whatever the interface
language: the draft is a regulation, its reasons part of its toelichting. Every clause comes from the library
(clauses/library.py) or from the few standard texts below; the reasons are kept with the draft and
written into its toelichting, so a reader sees which answer chose which clause.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clauses.library import meegeleverd

from ..model.datums import format_datum
from ..model.document import Aanhef, Alinea, Artikel, Bron, Lid, Policy, Sectie
from ..model.metadata import Intrekking, InwerkingtredingRegel, Metadata, Rechtsvorm
from ..model.placeholders import vul_in
from .antwoorden import AANSPREEKPUNTEN, SECTOREN, Antwoorden
from .gevolgen import gevolgen

SECTOR_CLAUSULES = {"zorg": "model:zorg-clientprivacy", "overheid": "model:overheid-ambtsgeheim",
                    "financiele_dienstverlening": "model:financieel-koersgevoelig", "onderwijs": "model:onderwijs-leerlingen"}
OVERHEID = ("gemeente", "gemeenschappelijke_regeling")


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
        self.waarden = {"organisatie": antwoorden.organisatie, "aanspreekpunt": AANSPREEKPUNTEN[antwoorden.aanspreekpunt]}
        self.artikelen: list[Artikel] = []
        self.keuzes: list[Keuze] = []

    def artikel(self, kop: str, delen: list[tuple[str, str]]) -> None:
        """An artikel of (clause id or own text, waarom) pairs; each clause gives one or more leden."""
        leden: list[Lid] = []
        for bron, waarom in delen:
            clausule = self.bibliotheek.get(bron)
            teksten = list(clausule.leden) if clausule else [bron]
            leden += [Lid(vul_in(t, self.waarden)) for t in teksten]
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
            self.artikel("Crisis- en incidentcommunicatie", [("model:crisis", "U noemde crisiscommunicatie als zorg.")])
        self.artikel("Sancties", [("model:sancties-gematigd", "Altijd: wat volgt op een overtreding, in stappen.")])
        self.artikel("Evaluatie", [self._evaluatie()])
        self.artikel("Inwerkingtreding", self._inwerkingtreding())
        citeertitel = "Gedragscode sociale media {organisatie}".format(organisatie=a.organisatie)
        self.artikel("Citeertitel", [(f"Deze regeling wordt aangehaald als: {citeertitel}.", "Altijd: de naam waaronder de code wordt aangehaald.")])
        return Concept(self._policy(citeertitel), self.keuzes, gevolgen(a))

    def _werkvloer(self, zorgen: set[str]) -> list[tuple[str, str]]:
        delen = [("werksaam:4.6", "Altijd: wat online staat, blijft online.")]
        delen.insert(0, ("werksaam:4.2", "Altijd; u noemde vertrouwelijke informatie als zorg." if "vertrouwelijk" in zorgen
                         else "Altijd: geen vertrouwelijke informatie delen."))
        if "reputatie" in zorgen:
            delen.append(("werksaam:4.8", "U noemde reputatie als zorg: wat te doen als een discussie ontspoort."))
        if "woordvoering" in zorgen:
            delen.append(("werksaam:4.5", "U noemde leidinggevenden en woordvoerders als zorg."))
        delen.append(("Bij twijfel of een publicatie de belangen van {organisatie} schaadt, neemt de medewerker contact op met "
                      "{aanspreekpunt}.", "Het aanspreekpunt dat u koos: {aanspreekpunt}.".format(aanspreekpunt=self.waarden["aanspreekpunt"])))
        return delen

    def _prive(self) -> list[tuple[str, str]]:
        delen = [("werksaam:5.1", "Altijd: werk en privé op sociale media."),
                 ("werksaam:5.2", "Altijd: transparant zijn over het werk bij {organisatie}.".format(organisatie=self.a.organisatie))]
        if self.a.disclaimer:
            delen.append(("model:persoonlijke-titel", "U wilde dat medewerkers op persoonlijke titel publiceren met een disclaimer."))
        return delen

    def _privacy(self, zorgen: set[str]) -> list[tuple[str, str]]:
        delen = []
        if "privacy" in zorgen:
            delen.append(("Medewerkers plaatsen geen persoonsgegevens, foto's of video's van collega's, cliënten of klanten op sociale "
                          "media zonder hun uitdrukkelijke toestemming.", "U noemde de privacy van collega's en cliënten als zorg."))
        if self.a.sector in SECTOR_CLAUSULES:
            delen.append((SECTOR_CLAUSULES[self.a.sector], "Uw sector: {sector}.".format(sector=SECTOREN[self.a.sector])))
        return delen

    def _monitoring(self) -> list[tuple[str, str]]:
        if self.a.monitoring:
            return [("model:monitoring-gematigd", "U gaf aan dat de werkgever openbare sociale media volgt; daarvoor gelden "
                                                   "de AVG en, met een OR, diens instemming (WOR art. 27 lid 1 onder k en l).")]
        return [("model:geen-monitoring", "U noemde monitoring als zorg, maar de werkgever volgt geen sociale media: dat staat er dan ook.")]

    def _evaluatie(self) -> tuple[str, str]:
        if self.a.medewerkers >= 50:
            return "model:evaluatie", "Altijd; met een OR wordt die bij de evaluatie betrokken."
        return ("{organisatie} evalueert deze code binnen twee jaar na de inwerkingtreding.",
                "Altijd; zonder OR zonder de instemmingsbepaling.")

    def _inwerkingtreding(self) -> list[tuple[str, str]]:
        delen = [("model:inwerkingtreding", "Altijd: de standaardformule (Aanwijzingen voor de regelgeving).")]
        if self.a.vervangt:
            tekst = f"De {self.a.vervangt['titel']} van {format_datum(self.a.vervangt['datum'])} wordt ingetrokken."
            delen.append((tekst, "U gaf aan dat deze code een oudere vervangt."))
        return delen

    def _policy(self, citeertitel: str) -> Policy:
        a = self.a
        metadata = Metadata(organisatie=a.organisatie, rechtsvorm=Rechtsvorm(a.rechtsvorm), medewerkers=a.medewerkers)
        metadata.inwerkingtreding.regel = InwerkingtredingRegel.DAG_NA_BEKENDMAKING
        if a.vervangt:
            metadata.intrekking.append(Intrekking(a.vervangt["titel"], a.vervangt["datum"]))
        policy = Policy(titel=citeertitel, citeertitel=citeertitel, aanhef=self._aanhef(citeertitel), artikelen=self.artikelen,
                        metadata=metadata, bron=Bron("Opgesteld met de vragenlijst"))
        policy.toelichting = [Sectie("Waarom deze bepalingen",
                                     [Alinea(f"{k.artikel}: {k.waarom}") for k in self.keuzes])]
        return policy

    def _aanhef(self, citeertitel: str) -> Aanhef:
        from ..formats.besluit_tekst import ORGAAN_PER_VORM

        a = self.a
        sjabloon, _ = ORGAAN_PER_VORM.get(Rechtsvorm(a.rechtsvorm), ("De directie van {org}", ","))
        grondslag = ("de Ambtenarenwet 2017;" if a.rechtsvorm in OVERHEID or a.sector == "overheid"
                     else "artikel 7:660 van het Burgerlijk Wetboek;")
        overwegingen = ["sociale media een bijdrage kunnen leveren aan een positief imago van de organisatie;",
                        "berichten op sociale media de organisatie en anderen ook kunnen schaden;",
                        "het wenselijk is duidelijke afspraken te maken over het gebruik van sociale media;"]
        punten = [f"vast te stellen de volgende {citeertitel};"]
        if a.vervangt:
            punten.append(f"in te trekken de {a.vervangt['titel']} van {format_datum(a.vervangt['datum'])};")
        punten[-1] = punten[-1][:-1] + "."
        return Aanhef(sjabloon.format(org=a.organisatie), [], [Alinea(grondslag)], [Alinea(o) for o in overwegingen],
                      [Alinea(p) for p in punten])


def stel_samen(antwoorden: Antwoorden) -> Concept:
    return _Bouw(antwoorden).bouw()

