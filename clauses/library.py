"""The clause library: every clause of the six samples, the team's model clauses, the user's own.

Sample clauses are taken from the bundled samples when the library loads (so they can never
drift from them), tagged with their topics and source; the organisation's names become
{organisatie}. Model clauses live in resources/clauses/modelclausules.json. The user's own
clauses are a JSON file in the user data folder (BELEIDSSTUDIO_DATA_DIR for tests).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from editor.compare.blocks import Blok, blokken, organisatienamen
from editor.atomair import PRIVE, schrijf_tekst
from editor.errors import BestandFout
from editor.i18n import N_, tr
from editor.paths import data_dir, resource_dir
from editor.samples import load_sample, sample_ids

from editor.onderwerpen import TOPIC_IDS, classificeer, vouw

EIGEN_BRON = "eigen"
MODEL_BRON = "modelclausule"
MAX_IMPORT_BYTES = 5 * 1024 * 1024
VARIANTEN = (N_("streng"), N_("gematigd"))


@dataclass(frozen=True)
class Clausule:
    id: str
    titel: str
    leden: tuple[str, ...]
    topics: tuple[str, ...] = ()
    bron: str = ""
    variant: str | None = None          # "streng", "gematigd" or None
    toelichting: str = ""

    @property
    def tekst(self) -> str:
        return "\n".join(self.leden)

    def als_json(self) -> dict:
        return {"id": self.id, "titel": self.titel, "tekst": self.tekst, "leden": list(self.leden),
                "topics": list(self.topics), "bron": self.bron, "variant": self.variant,
                "toelichting": self.toelichting}


@dataclass
class Bibliotheek:
    clausules: list[Clausule] = field(default_factory=list)

    def zoek(self, zoekterm: str = "", topic: str | None = None, bron: str | None = None) -> list[Clausule]:
        """Every word of the search term in the title or text, ignoring case and diacritics."""
        woorden = vouw(zoekterm).split()
        return [c for c in self.clausules
                if (topic is None or topic in c.topics) and (bron is None or c.bron == bron)
                and all(w in _zoektekst(c) for w in woorden)]

    def bronnen(self) -> list[str]:
        return list(dict.fromkeys(c.bron for c in self.clausules))

    def get(self, clausule_id: str) -> Clausule | None:
        return next((c for c in self.clausules if c.id == clausule_id), None)


def _zoektekst(clausule: Clausule) -> str:
    return _gevouwen(clausule.titel + "\n" + clausule.tekst)


@lru_cache(maxsize=4096)
def _gevouwen(tekst: str) -> str:
    return vouw(tekst)


def laad_bibliotheek() -> Bibliotheek:
    return Bibliotheek(list(meegeleverd()) + eigen_clausules())


@lru_cache(maxsize=1)
def meegeleverd() -> tuple[Clausule, ...]:
    return tuple(voorbeeldclausules()) + tuple(modelclausules())


def voorbeeldclausules() -> list[Clausule]:
    uit = []
    for sample_id in sample_ids():
        policy = load_sample(sample_id)
        namen = organisatienamen(policy)
        for blok in blokken(policy):
            if blok.deel == "lid":
                uit.append(_uit_blok(sample_id, blok, namen))
    return uit


def _uit_blok(sample_id: str, blok: Blok, namen: set[str]) -> Clausule:
    tekst = naar_plaatshouder(blok.tekst, namen)
    topics = _topics(blok)
    nummer = f"{blok.artikel}.{blok.lid}" if blok.lid else f"{blok.artikel}.{blok.index + 1}"
    titel = f"{blok.kop} ({blok.ref})" if blok.kop else blok.ref
    return Clausule(f"{sample_id}:{nummer}", titel, (tekst,), topics, sample_id)


def _topics(blok: Blok) -> tuple[str, ...]:
    """The block's own topics; a lid that names none (an introductory sentence) takes its artikel's
    heading's, so that every clause in the palette is filed somewhere."""
    eigen = classificeer(blok.tekst, blok.kop) or classificeer(blok.kop)
    return tuple(k.topic for k in eigen)


def naar_plaatshouder(tekst: str, namen: set[str]) -> str:
    """The source's organisation names become {organisatie}, filled when the clause is inserted."""
    for naam in sorted(namen, key=len, reverse=True):
        tekst = re.sub(rf"{re.escape(naam)}(?![\w-])", "{organisatie}", tekst)
    return tekst


def modelclausules() -> list[Clausule]:
    data = json.loads((resource_dir() / "clauses" / "modelclausules.json").read_text(encoding="utf-8"))
    return [_clausule(c, MODEL_BRON) for c in data["clausules"]]


def _clausule(data: dict, standaard_bron: str) -> Clausule:
    """A clause from JSON; ValueError when a required field is missing or of the wrong kind."""
    if not isinstance(data, dict):
        raise ValueError("clausule")
    leden = data.get("leden") or ([data["tekst"]] if isinstance(data.get("tekst"), str) else None)
    if not isinstance(data.get("id"), str) or not isinstance(data.get("titel"), str) or not leden:
        raise ValueError("id, titel, tekst")
    if not all(isinstance(l, str) and l.strip() for l in leden):
        raise ValueError("leden")
    topics = tuple(t for t in data.get("topics", []) if t in TOPIC_IDS)
    variant = data.get("variant") if data.get("variant") in VARIANTEN else None
    return Clausule(data["id"], data["titel"], tuple(leden), topics, data.get("bron") or standaard_bron,
                    variant, str(data.get("toelichting") or ""))


# -- the user's own clauses ------------------------------------------------------------------

def eigen_pad() -> Path:
    return data_dir() / "clausules.json"


def eigen_clausules() -> list[Clausule]:
    pad = eigen_pad()
    if not pad.exists():
        return []
    try:
        return _lees_set(pad.read_bytes(), EIGEN_BRON)
    except BestandFout:
        return []   # a damaged file is never overwritten silently: bewaar_eigen refuses then too


def bewaar_eigen(clausule: Clausule) -> Clausule:
    """Add or replace one of the user's clauses (by id)."""
    clausules = [c for c in _eigen_voor_schrijven() if c.id != clausule.id] + [clausule]
    _schrijf_eigen(clausules)
    return clausule


def verwijder_eigen(clausule_id: str) -> bool:
    clausules = _eigen_voor_schrijven()
    over = [c for c in clausules if c.id != clausule_id]
    _schrijf_eigen(over)
    return len(over) < len(clausules)


def nieuw_eigen_id() -> str:
    bestaand = {c.id for c in eigen_clausules()}
    nummer = 1
    while f"eigen:{nummer}" in bestaand:
        nummer += 1
    return f"eigen:{nummer}"


def exporteer(clausules: list[Clausule], pad: Path) -> None:
    """A clause set to share: an export, so it gets the folder's normal mode."""
    _schrijf_json({"clausules": [c.als_json() for c in clausules]}, pad, None)


def importeer(pad: Path) -> list[Clausule]:
    """Add a shared clause set to the user's clauses; clauses with a known id replace the old ones."""
    try:
        data = pad.read_bytes()
    except OSError as exc:
        raise BestandFout(tr("Kan {bestand} niet lezen: {reden}").format(bestand=pad, reden=exc.strerror)) from None
    nieuw = _lees_set(data, EIGEN_BRON)
    nieuwe_ids = {c.id for c in nieuw}
    _schrijf_eigen([c for c in _eigen_voor_schrijven() if c.id not in nieuwe_ids] + nieuw)
    return nieuw


def _eigen_voor_schrijven() -> list[Clausule]:
    pad = eigen_pad()
    return _lees_set(pad.read_bytes(), EIGEN_BRON) if pad.exists() else []


def _lees_set(data: bytes, bron: str) -> list[Clausule]:
    if len(data) > MAX_IMPORT_BYTES:
        raise BestandFout(tr("Deze clausuleset is te groot."))
    try:
        inhoud = json.loads(data.decode("utf-8"))
        lijst = inhoud["clausules"] if isinstance(inhoud, dict) else inhoud
        if not isinstance(lijst, list):
            raise ValueError("clausules")
        return [_clausule(c, bron) for c in lijst]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BestandFout(tr("Geen geldige clausuleset: {reden}").format(reden=exc)) from None


def _schrijf_eigen(clausules: list[Clausule]) -> None:
    _schrijf_json({"clausules": [c.als_json() for c in clausules]}, eigen_pad(), PRIVE)


def _schrijf_json(data: dict, pad: Path, modus: int | None) -> None:
    """Through a temporary file beside it (editor.atomair); SchrijfFout, one line, when it cannot."""
    pad.parent.mkdir(parents=True, exist_ok=True)
    schrijf_tekst(pad, json.dumps(data, ensure_ascii=False, indent=1), modus)

