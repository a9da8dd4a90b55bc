"""The terms of a clause for matching paraphrase: lemmas and stems, compound parts, thesaurus concepts.

A word becomes terms in this order:
1. filler words (function words, and words every social-media policy uses everywhere: "sociale",
   "media", "medewerker", "zowel", "eigen", "indien", ...) are dropped first, before anything else,
   and so are the organisation's own names and placeholders: they never count as content;
2. the word's lemma (simplemma, offline) is stemmed (Snowball's Dutch stemmer), so "respecteert"
   and "respecteren" share a term;
3. a compound is split where both parts are known words ("bedrijfsgevoelige" -> "bedrijf" +
   "gevoelig"), and the parts count as terms too;
4. the word, its lemma and its parts are looked up in the thesaurus (resources/thesaurus.json):
   every concept found is a term of its own ("#sancties" for "ontslag" and "disciplinaire maatregelen").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import simplemma
import snowballstemmer

from ..paths import resource_dir

CONCEPT = "#"   # a term that is a concept starts with this
WOORD_RE = re.compile(r"[^\W\d_]\w*(?:['’]\w+)?")     # starts with a letter: no "_____", no numbers

# Function words, and words that every policy uses everywhere (they tell no clause from another).
# Checked against the folded word and against its folded lemma, before any stemming.
VULWOORDEN = frozenset("""
de het een en of van in op te om aan bij met voor door over als dat die dit deze is zijn wordt worden werd
niet geen er ook zij hij je jij we wij u zich haar hun zijn/haar hij/zij mits tot naar dan maar wel
kan kunnen moet moeten mag mogen dient dienen heeft hebben was al alle elke ieder iedere iets wat wie
zal zullen zou zouden wil willen gaat gaan doet doen kunt hoe waar wanneer omdat want dus toch nog
hier daar daarin daarbij hierin hierbij hiervan daarvan erop ervan eraan ermee hiertoe ervoor
zowel eigen indien tevens echter uiteraard bijvoorbeeld bijv zoals name namelijk waaronder welke
onze ons mijn jouw uw jullie men iemand anders andere ander enige enkele sommige veel meer meest
sociale sociaal social media medium medewerker medewerkers werknemer werknemers werkgever organisatie bedrijf
beleid code richtlijn richtlijnen protocol gedragscode document dit sociaalmedia platform platforms
online internet altijd nooit direct zeer goed worden wordt word tijdens binnen buiten zonder tegen
toegestaan verboden daarom ook alleen eerst hem ze zo dergelijke betreft betreffende betreffen
gebruik gebruiken gebruikt maken maakt waarin waarbij waarvan mee af uit naast via per na
naam werk a b c d e f g h i j 1 2 3 4 5 ° n.v.t
onder boven tussen tot reeds nu toen zelf elk elke even heel hele ja nee ik me mij jou
ben bent had hadden geweest wezen werden waren kon konden moest mocht hoeft hoeven
nemen neemt neem genomen geeft geven gegeven bieden biedt laten laat zien ziet staan staat komen komt
krijgen krijgt zorgt zorgen blijft blijven wijst denkt denk vindt vinden weet weten houdt maakt
bepaalde bepaald alles niets niemand waarop waarmee waardoor daardoor hiermee zeker mogelijk mogelijke
""".split())

_STEMMER = snowballstemmer.stemmer("dutch")


def vouw(tekst: str) -> str:
    """Lower case without diacritics."""
    tekst = tekst.lower()
    if tekst.isascii():
        return tekst
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Concept:
    id: str
    naam: str
    naam_en: str = ""


class Thesaurus:
    """Concepts with their words, word starts ("discrimin*") and phrases ("staande voet")."""

    def __init__(self, data: dict) -> None:
        self.concepten: dict[str, Concept] = {}
        self.woorden: dict[str, set[str]] = {}
        self.begin: list[tuple[str, str]] = []
        self.zinnen: list[tuple[re.Pattern[str], str]] = []
        for cid, c in data["concepten"].items():
            self.concepten[cid] = Concept(cid, c["naam"], c.get("naam_en", ""))
            for term in c["termen"]:
                self._voeg_toe(vouw(term), cid)

    def _voeg_toe(self, term: str, cid: str) -> None:
        if " " in term:
            self.zinnen.append((re.compile(rf"\b{re.escape(term)}\b"), cid))
        elif term.endswith("*"):
            self.begin.append((term[:-1], cid))
        else:
            self.woorden.setdefault(term, set()).add(cid)

    def van_woord(self, woord: str) -> set[str]:
        uit = set(self.woorden.get(woord, ()))
        uit.update(cid for begin, cid in self.begin if woord.startswith(begin))
        return uit

    def in_zinnen(self, gevouwen_tekst: str) -> list[str]:
        return [cid for patroon, cid in self.zinnen if patroon.search(gevouwen_tekst)]

    def naam(self, cid: str) -> str:
        return self.concepten[cid].naam


@lru_cache(maxsize=1)
def thesaurus() -> Thesaurus:
    return Thesaurus(json.loads((resource_dir() / "thesaurus.json").read_text(encoding="utf-8")))


@lru_cache(maxsize=65536)
def lemma(woord: str) -> str:
    return simplemma.lemmatize(woord, lang="nl")


@lru_cache(maxsize=65536)
def stam(gevouwen: str) -> str:
    return _STEMMER.stemWord(gevouwen)


@lru_cache(maxsize=65536)
def _bekend(woord: str) -> bool:
    return len(woord) >= 3 and woord not in VULWOORDEN and (
        simplemma.is_known(woord, lang="nl") or bool(thesaurus().van_woord(woord)))


@lru_cache(maxsize=65536)
def delen(woord: str) -> tuple[str, ...]:
    """The two parts of a compound ("bedrijfsgevoelig" -> ("bedrijf", "gevoelig")), or () when none is found.

    The split keeps the longest known tail; a linking "s" or "e" after the head is dropped.
    """
    if len(woord) < 9:
        return ()
    for i in range(4, len(woord) - 4):
        kop, staart = woord[:i], woord[i:]
        if staart.startswith(ACHTERVOEGSELS) or not _bekend(staart):
            continue
        for k in (kop[:-1] if kop[-1] in "se" else None, kop):
            if k and len(k) >= 4 and _bekend(k):
                return k, staart
    return ()


# Tails that are a derivation of the head, not a word of their own ("vertrouwe|lijk", "discrimin|eren").
ACHTERVOEGSELS = ("lijk", "heid", "eren", "erend", "ering", "achtig", "schap", "matig", "baar", "ende", "isch",
                  "gevend", "nemend", "houdend")


@lru_cache(maxsize=65536)
def woordtermen(woord: str) -> tuple[tuple[str, str], ...]:
    """(term, how the reason names it) for one lower-case word; () for a filler word."""
    gevouwen = vouw(woord)
    if gevouwen in VULWOORDEN or len(gevouwen) < 2 or gevouwen.isdigit():
        return ()
    lem = vouw(lemma(woord)).replace("_", "")
    if lem in VULWOORDEN:
        return ()
    uit = [(stam(lem), gevouwen)]
    concepten = thesaurus().van_woord(gevouwen) | thesaurus().van_woord(lem)
    for deel in delen(lem):
        uit.append((stam(deel), gevouwen))       # a part is named by the word it is part of
        concepten |= thesaurus().van_woord(deel)
    uit += [(CONCEPT + c, c) for c in sorted(concepten)]
    return tuple(uit)


@lru_cache(maxsize=16384)
def termen(tekst: str, namen_patroon: re.Pattern[str] | None = None) -> tuple[Counter[str], dict[str, str]]:
    """The terms of a text with their counts, and for each term the word that gave it first (do not change them)."""
    if namen_patroon is not None:
        tekst = namen_patroon.sub(" ", tekst)
    tekst = tekst.lower()
    tekst = re.sub(r"[\[{][^\]}]{0,40}[\]}]", " ", tekst)       # placeholders: [Naam organisatie], {organisatie}
    telling: Counter[str] = Counter()
    woorden: dict[str, str] = {}
    for woord in WOORD_RE.findall(tekst):
        for term, vorm in woordtermen(woord.replace("’", "'").split("'")[0]):
            telling[term] += 1
            woorden.setdefault(term, vorm)
    for cid in thesaurus().in_zinnen(vouw(tekst)):
        telling[CONCEPT + cid] += 1
        woorden.setdefault(CONCEPT + cid, cid)
    return telling, woorden
