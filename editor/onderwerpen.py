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


TOPICS: tuple[Topic, ...] = (
    Topic("reikwijdte", N_("Reikwijdte"), (
        (r"\breikwijdte", 3), (r"\bvan toepassing op\b", 3), (r"\bgeldt voor (?:alle|iedere?)\b", 3),
        (r"\bbedoeld voor alle\b", 3), (r"\bongeacht de contractduur", 3), (r"\buitzendkracht", 2),
        (r"\bstagiair", 2), (r"\btijdelijke krachten\b", 2), (r"\benkel betrekking op\b", 3),
        (r"\bin vaste dienst\b", 2), (r"\b(?:doel en )?reikwijdte\b", 1))),
    Topic("werktijd", N_("Gebruik onder werktijd"), (
        (r"\b(?:onder|tijdens) (?:de )?werktijd", 3), (r"\bwerktijd", 2), (r"\bwerkuren\b", 3),
        (r"\bhet werk hier niet onder lijdt\b", 3), (r"\bprive(?:-| )?gebruik\b", 1))),
    Topic("vertrouwelijkheid", N_("Vertrouwelijke informatie"), (
        (r"\bvertrouwelijk", 3), (r"\bbedrijfsgeheim", 3), (r"\bgeheimen\b", 2), (r"\bmerkgebonden\b", 2),
        (r"\bbedrijfseigen\b", 3), (r"\bbedrijfsgevoelig", 3), (r"\bconcurre\w* gevoelig", 3),
        (r"\bambtsgeheim", 3), (r"\bkoersgevoelig", 3), (r"\binloggegevens\b", 2), (r"\bwachtwoord", 2))),
    Topic("privacy", N_("Privacy en persoonsgegevens"), (
        (r"\bprivacy", 3), (r"\bpersoonsgegevens\b", 3), (r"\bavg\b", 3), (r"\bpersoonlijke gegevens\b", 3),
        (r"\bgegevensbescherming\b", 3), (r"\bcontactgegevens\b", 2), (r"\bprive-?leven\b", 2),
        (r"\bmedisch", 2), (r"\bpatient", 2), (r"\bfoto'?s\b", 1))),
    Topic("persoonlijke_titel", N_("Op persoonlijke titel"), (
        (r"\bpersoonlijke titel\b", 3), (r"\bpersoonlijke mening\b", 3), (r"\bdisclaimer\b", 3),
        (r"\bprivemening", 2), (r"\bstaan los van\b", 2), (r"\bidentificeert zichzelf als\b", 2),
        (r"\brelatie met de organisatie\b", 2), (r"\bte vermelden dat hij", 2), (r"\bprive-identiteit\b", 2))),
    Topic("representatieve_functie", N_("Representatieve functie en woordvoering"), (
        (r"\brepresentatieve functie\b", 3), (r"\bwoordvoerder", 2), (r"\bbestuurders?\b", 1),
        (r"\bmanagers\b", 1), (r"\bofficiele standpunt", 2), (r"\bnamens (?:de organisatie|het bedrijf)\b", 2),
        (r"\bbeleid en de strategie uitdragen\b", 3), (r"\bgemachtigd\b", 2), (r"\bvertegenwoordiger\b", 2))),
    Topic("ontsporing", N_("Ontsporende discussies"), (
        (r"\bontspo", 3), (r"\bonline discussie\b", 2), (r"\bnegatieve berichten\b", 2), (r"\bkwetsende?\b", 2),
        (r"\bongepaste content\b", 2), (r"\bonjuiste weergave\b", 2), (r"\bhaatzaaiende\b", 1))),
    Topic("auteursrecht", N_("Auteursrecht en intellectueel eigendom"), (
        (r"\bauteursrecht", 3), (r"\bintellectueel eigendom\b", 3), (r"\bbronvermelding\b", 3),
        (r"\bandermans werk\b", 2), (r"\bbeeldrecht", 3), (r"\bportretrecht", 3))),
    Topic("profiel_huisstijl", N_("Profielen, namen en huisstijl"), (
        (r"\bprofiel", 2), (r"\bhuisstijl", 3), (r"\bcorporate identiteit\b", 3), (r"\bgebruikersnam", 3),
        (r"\blogin-id", 2), (r"\bbedrijfsomschrijving\b", 3), (r"\blogo\b", 2), (r"\bbedrijfsaccount", 2),
        (r"\bschermnamen\b", 2), (r"\bpseudoniem", 2))),
    Topic("monitoring", N_("Monitoring door de werkgever"), (
        (r"\bmonitor", 3), (r"\bcontroleert\b", 2), (r"\btoezicht\b", 2), (r"\bgerechtvaardigd belang\b", 2),
        (r"\bproportionaliteit", 2), (r"\bsubsidiariteit", 2), (r"\bgesignaleerd\b", 1))),
    Topic("sancties", N_("Sancties"), (
        (r"\bsanctie", 3), (r"\b(?:disciplinaire|passende) maatregel", 3), (r"\bontslag", 3),
        (r"\bwaarschuwing", 2), (r"\bschorsing\b", 3), (r"\bplichtsverzuim\b", 3), (r"\bovertreding", 2),
        (r"\bniet aan deze (?:code|richtlijnen) houden\b", 3), (r"\bniet[- ]naleving\b", 2),
        (r"\bconsequenties\b", 2), (r"\bverhalen\b", 1))),
    Topic("crisis", N_("Crisis- en incidentcommunicatie"), (
        (r"\bcrisis", 3), (r"\bincident", 2), (r"\bcalamiteit", 3), (r"\bofficiele woordvoerder\b", 2),
        (r"\bgeen eigen commentaar\b", 2))),
    Topic("melden", N_("Melden en advies vragen"), (
        (r"\bcontact op\b", 3), (r"\bneemt? (?:\w+ )?contact\b", 2), (r"\bmelden\b", 2), (r"\binformeer\b", 2),
        (r"\bdoorgestuurd\b", 2), (r"\bbij twijfel\b", 3), (r"\braadpleeg", 3), (r"\boverleggen\b", 1),
        (r"\bop de hoogte (?:gesteld|brengen)\b", 2), (r"\bcontactinformatie\b", 2), (r"\bvraag het\b", 1),
        (r"\bcommunicatieadviseur\b", 1))),
    Topic("evaluatie", N_("Evaluatie van de code"), (
        (r"evalu", 3), (r"\bherzien", 2), (r"\bjaarlijks", 1), (r"\bperiodiek", 1), (r"\baangepast\b", 1))),
    Topic("inwerkingtreding", N_("Inwerkingtreding en intrekking"), (
        (r"\bin werking\b", 3), (r"\binwerkingtreding\b", 3), (r"\bwerkt terug\b", 3), (r"\bingetrokken\b", 2),
        (r"\bin te trekken\b", 2), (r"\bintrekking\b", 2))),
    Topic("citeertitel", N_("Citeertitel"), ((r"\baangehaald als\b", 3), (r"\bciteertitel\b", 3))),
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
    """The topics a block covers, with the phrases that gave them; the heading counts too."""
    gevouwen = vouw(f"{kop}\n{tekst}" if kop else tekst)
    uit = []
    for topic_id, termen in _patronen():
        score, gevonden = 0, []
        for patroon, gewicht in termen:
            if m := patroon.search(gevouwen):
                score += gewicht
                gevonden.append(m.group(0))
        if score >= DREMPEL:
            uit.append(Classificatie(topic_id, score, tuple(gevonden)))
    return uit
