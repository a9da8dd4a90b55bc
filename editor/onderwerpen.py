"""The topic taxonomy, beside the model: weighted Dutch keywords and phrases per topic, a transparent classifier.

A block covers a topic when the weights of the phrases found in it (and in its artikel's heading)
add up to DREMPEL or more. The phrases found are the explanation, shown to the user as they are.
Matching ignores case and diacritics; patterns are regular expressions on that folded text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .i18n import N_

DREMPEL = 3


@dataclass(frozen=True)
class Topic:
    id: str
    naam: str
    termen: tuple[tuple[str, int], ...]   # (regular expression, weight)


NAAR_WIE = r"(?:leidinggevende|manager|hr|communicatie\w*|secretariaat|juridische|aangewezen|afdeling|contactpersoon)"

TOPICS: tuple[Topic, ...] = (
    Topic("reikwijdte", N_("Reikwijdte"), (
        (r"\breikwijdte", 3), (r"\bvan toepassing op\b", 3), (r"\bgeldt voor (?:alle|iedere?)\b", 3),
        (r"\bbedoeld voor alle\b", 3), (r"\bongeacht de contractduur", 3), (r"\buitzendkracht", 2),
        (r"\bstagiair", 2), (r"\btijdelijke krachten\b", 2), (r"\benkel betrekking op\b", 3),
        (r"\bin vaste dienst\b", 2), (r"\bzowel prive als in werkverband\b", 2))),
    Topic("werktijd", N_("Gebruik onder werktijd"), (
        (r"(?<!zowel )\b(?:onder|tijdens) (?:de )?werktijd", 3), (r"\bwerktijd", 2), (r"\bwerkuren\b", 3),
        (r"\bhet werk hier niet onder lijdt\b", 3), (r"\bprive(?:-| )?gebruik\b", 1), (r"\bgeblokkeerd\b", 2),
        (r"\btoegang tot\b", 1))),
    Topic("vertrouwelijkheid", N_("Vertrouwelijke informatie"), (
        (r"(?<!lekken van )\bvertrouwelijke? (?:informatie|gegevens|bedrijfsinformatie|of|en)", 3),
        (r"\bbedrijfsgeheim", 3), (r"\bgeheimen\b", 2), (r"\bmerkgebonden\b", 2),
        (r"\bbedrijfseigen\b", 3), (r"\bbedrijfsgevoelig", 3), (r"\bconcurre\w* gevoelig", 3),
        (r"\bambtsgeheim", 3), (r"\bkoersgevoelig", 3), (r"\binloggegevens\b", 2), (r"\bwachtwoord", 2),
        (r"\bzonder (?:hun )?(?:uitdrukkelijke,? )?(?:schriftelijke )?toestemming\b", 2),
        (r"\b(?:klanten|leveranciers|partners)\b", 1), (r"\bconcurrenten\b", 2))),
    Topic("privacy", N_("Privacy en persoonsgegevens"), (
        (r"\bprivacy", 3), (r"\bpersoonsgegevens\b", 3), (r"\bavg\b", 3), (r"\bpersoonlijke (?:of \w+ )?gegevens\b", 3),
        (r"\bgegevensbescherming\b", 3), (r"\bcontactgegevens\b", 2), (r"\bprive-?leven\b", 2),
        (r"\bmedisch", 2), (r"\bpatient", 2), (r"\bfoto'?s\b", 1))),
    Topic("persoonlijke_titel", N_("Op persoonlijke titel"), (
        (r"\bop persoonlijke titel\b(?! publiceert via)", 3), (r"\bpersoonlijke mening\b", 3), (r"\bdisclaimer\b", 3),
        (r"\bprivemening", 2), (r"\bstaan los van\b", 2), (r"\blosstaat van\b", 2),
        (r"\bte vermelden dat hij", 2), (r"\bprive-identiteit\b", 2))),
    Topic("representatieve_functie", N_("Representatieve functie en woordvoering"), (
        (r"\brepresentatieve functie\b", 3), (r"\bwoordvoerder", 2), (r"\bbestuurders?\b", 1),
        (r"\bmanagers\b", 1), (r"\bofficiele standpunt", 2), (r"\bnamens (?:de organisatie|het bedrijf)\b", 2),
        (r"\bbeleid en de strategie uitdragen\b", 3), (r"\bgemachtigd\b", 2), (r"\bvertegenwoordiger\b", 3),
        (r"\bcentraal te beheren\b", 3), (r"\bgoedgekeurd door\b", 3))),
    Topic("ontsporing", N_("Ontsporende discussies"), (
        (r"\bontspo", 3), (r"\bonline discussie\b", 2), (r"\bnegatieve berichten\b", 3), (r"\bkwetsende?\b", 2),
        (r"\bonjuiste weergave\b", 2), (r"\breageren\b", 1))),
    Topic("auteursrecht", N_("Auteursrecht en intellectueel eigendom"), (
        (r"\bauteursrecht", 3), (r"\bintellectueel eigendom\b", 3), (r"\bbronvermelding\b", 3),
        (r"\bandermans werk\b", 2), (r"\bbeeldrecht", 3), (r"\bportretrecht", 3))),
    Topic("profiel_huisstijl", N_("Profielen, namen en huisstijl"), (
        (r"\bprofielen op\b", 2), (r"\bhuisstijl", 3), (r"\bcorporate identiteit\b", 3), (r"\bgebruikersnam", 3),
        (r"\blogin-id", 2), (r"\bbedrijfsomschrijving\b", 3), (r"\blogo\b", 2), (r"\bbedrijfsaccount", 2),
        (r"\bschermnamen\b", 1), (r"\baccounts\b", 1))),
    Topic("monitoring", N_("Monitoring door de werkgever"), (
        (r"\bmonitoring\b", 3), (r"\bmonitort\b", 3), (r"\btoezicht\b", 2), (r"\bcontroleert\b", 2),
        (r"\bgerechtvaardigd belang\b", 2), (r"\bproportionaliteit", 2), (r"\bsubsidiariteit", 2),
        (r"\bprofielen van (?:individuele )?medewerkers\b", 2), (r"\bvolgt openbare berichten\b", 3),
        (r"\bberichten van medewerkers\b", 1))),
    Topic("sancties", N_("Sancties"), (
        (r"\bsanctie", 3), (r"\b(?:disciplinaire|passende) maatregel", 3), (r"\bontslag", 3),
        (r"\bwaarschuwing", 2), (r"\bschorsing\b", 3), (r"\bplichtsverzuim\b", 3), (r"\bovertreding", 2),
        (r"\bniet aan deze (?:code|richtlijnen) houden\b", 3), (r"\bniet[- ]naleving\b", 2),
        (r"\bconsequenties\b", 2), (r"\bverhalen\b", 1), (r"\bhandhaving\b", 3), (r"\baansprakelijk\b", 1))),
    Topic("crisis", N_("Crisis- en incidentcommunicatie"), (
        (r"\bcrisis", 3), (r"\bincident", 2), (r"\bcalamiteit", 3), (r"\bofficiele woordvoerder\b", 2),
        (r"\bgeen eigen commentaar\b", 2))),
    Topic("melden", N_("Melden en advies vragen"), (
        (r"\bbij twijfel\b", 3), (rf"\bcontact (?:op|opnemen)\b[^.]{{0,30}}\b{NAAR_WIE}", 3),
        (rf"\braadpleeg\w*\s+(?:\w+\s+){{0,2}}{NAAR_WIE}", 3), (rf"\binformeer\b[^.]{{0,20}}\b{NAAR_WIE}", 3),
        (rf"\bbespreekt\b[^.]{{0,40}}\b{NAAR_WIE}", 3), (r"\bschakelt\b[^.]{0,80}\bin\b", 2),
        (r"\bmelden\b", 2), (r"\bdoorgestuurd\b", 2), (r"\bsecretariaat\b", 1), (r"\boverleggen\b", 1),
        (r"\bcommunicatieadviseur\b", 1), (r"\bvraag het\b", 1), (r"\bvoor vragen\b", 2))),
    Topic("evaluatie", N_("Evaluatie van de code"), (
        (r"evalu", 3), (r"\bherzien", 2), (r"\bjaarlijks", 1), (r"\bperiodiek", 1), (r"\baangepast\b", 1))),
    Topic("inwerkingtreding", N_("Inwerkingtreding en intrekking"), (
        (r"\bin werking\b", 3), (r"\binwerkingtreding\b", 3), (r"\bwerkt terug\b", 3), (r"\bingetrokken\b", 2),
        (r"\bin te trekken\b", 3), (r"\bintrekking\b", 2), (r"\boude\b", 1))),
    Topic("citeertitel", N_("Citeertitel"), ((r"\baangehaald als\b", 3), (r"\bciteertitel\b", 3))),
    Topic("verantwoordelijkheid", N_("Eigen verantwoordelijkheid"), (
        (r"\b(?:eigen|hun) verantwoordelijkheid\b", 3), (r"\bverantwoordelijkheid\b", 1),
        (r"\b(?:persoonlijk|zelf|is) verantwoordelijk voor (?:de inhoud|wat)\b", 3),
        (r"\bneem verantwoordelijkheid\b", 3), (r"\bverantwoord (?:om|omgaan)", 3), (r"\bgezond verstand\b", 3))),
    Topic("blijvend", N_("Blijvende aard van online inhoud"), (
        (r"\bonbepaalde tijd\b", 3), (r"\bvoortbestaan\b", 3), (r"\blange? tijd online\b", 3),
        (r"\blang zichtbaar\b", 3), (r"\bpublieke aard\b", 3), (r"\bna verwijdering\b", 2))),
    Topic("expertise", N_("Bij de eigen expertise blijven"), (
        (r"\bexpertise", 3), (r"\bcollega/expert\b", 2), (r"\bdeskundig", 2))),
    Topic("identificatie", N_("Kenbaar als medewerker"), (
        (r"\bte vermelden dat hij/zij (?:werknemer|medewerker)\b", 3), (r"\bidentificeert zichzelf als\b", 3),
        (r"\btransparant over je relatie\b", 3), (r"\bidentificeerbaarheid\b", 3), (r"\bniet anoniem\b", 2),
        (r"\bechte naam\b", 2), (r"\bin je profiel vermeldt\b", 2))),
    Topic("respect", N_("Respect en fatsoen"), (
        (r"\brespecteer (?:collega|klant)", 3), (r"\brespectvol", 3), (r"\bdiscrimin", 3), (r"\bbeledig", 2),
        (r"\bkernwaarden\b", 3), (r"\bintimidatie\b", 2), (r"\blaster\b", 2), (r"\bhaatzaaiende\b", 2))),
    Topic("reputatie", N_("Reputatie van de organisatie"), (
        (r"\breputatie", 3), (r"\bimago\b", 3), (r"\bbedrijfsimago\b", 3), (r"\bkwaad daglicht\b", 3),
        (r"\bnegatieve publiciteit\b", 3), (r"\b(?:niet )?(?:schaadt|schaden)\b", 2), (r"\b(?:schaadt|schaden)\.", 3), (r"\bde belangen van\b", 1))),
    Topic("positieve_inzet", N_("Positieve inzet van sociale media"), (
        (r"\bondersteunt het belang\b", 3), (r"\bpositie(?:f|ve) imago\b", 3), (r"\bpositieve online\b", 3),
        (r"\bvoordelen van\b", 3), (r"\bbemoedigen\b", 2), (r"\bniet meer weg\b", 3), (r"\bbevorderen\b", 3),
        (r"\bwaarde van sociale media\b", 3), (r"\btrots\b", 1))),
    Topic("invoering", N_("Invoering, training en ondertekening"), (
        (r"\bonderteken", 3), (r"\binformatiesessie\b", 3), (r"\btraining\b", 2), (r"\bteammeeting\b", 3),
        (r"\bgeinformeerd over wijzigingen\b", 3), (r"\bintroduceer\b", 2))),
)
TOPIC_IDS = tuple(t.id for t in TOPICS)


@dataclass(frozen=True)
class Classificatie:
    topic: str
    score: int
    gevonden: tuple[str, ...]    # the phrases found: the explanation


def vouw(tekst: str) -> str:
    """Lower case without diacritics ("Privé" -> "prive")."""
    tekst = tekst.lower()
    if tekst.isascii():
        return tekst
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _patronen() -> tuple[tuple[str, tuple[tuple[re.Pattern[str], int], ...]], ...]:
    return tuple((t.id, tuple((re.compile(p), w) for p, w in t.termen)) for t in TOPICS)


def classificeer(tekst: str, kop: str = "") -> list[Classificatie]:
    """The topics a block covers, with the phrases that gave them.

    The heading counts at half weight: it names the artikel, not every lid in it.
    """
    gevouwen, kop_gevouwen = vouw(tekst), vouw(kop)
    uit = []
    for topic_id, termen in _patronen():
        score, gevonden = 0, []
        for patroon, gewicht in termen:
            if m := patroon.search(gevouwen):
                score += gewicht
                gevonden.append(m.group(0))
            elif kop_gevouwen and (m := patroon.search(kop_gevouwen)):
                score += max(1, gewicht // 2)
                gevonden.append(m.group(0))
        if score >= DREMPEL:
            uit.append(Classificatie(topic_id, score, tuple(gevonden)))
    return uit
