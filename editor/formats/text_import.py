"""Import of a policy from plain text or Markdown into the document model.

Recognises the shapes of the samples: a besluit with aanhef and "Artikel N. Kop"
(WerkSaam, and the readable text that `show` prints), headed sections with numbered
points (Policy BV), Markdown headings, bullets and bold-only headings (Het Bedrijf,
the AI drafts). The besluit's metadata is read afterwards by besluit_meta.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.datums import DATUM_PATROON
from ..model.document import Alinea, Artikel, Bron, Hoofdstuk, Lid, Onderdeel, Policy, Sectie
from ..model.ids import DeterministicIds
from ..model.verwijzingen import herken_verwijzingen
from .besluit_meta import NAAM_RE, lees_metadata
from .lines import (
    Regel,
    Soort,
    classificeer,
    herstel_paginabreuk,
    is_kopachtig,
    is_markdown,
    splits_doorlopende_regels,
    voeg_labels_samen,
)
from .publicatie import Publicatie, lees_publicatie
from .woorden import niet_geplaatst

INLEIDING_KOPPEN = {"preambule", "inleiding", "voorwoord"}
SLOT_KOPPEN = {"slotwoord", "conclusie", "tot slot", "slotopmerking"}
TOELICHTING_KOPPEN = {"toelichting", "algemene toelichting", "artikelsgewijze toelichting", "nota van toelichting"}
BESLUIT_RE = re.compile(r"^(?:b\s*e\s*s\s*l\s*u\s*i\s*t(?:\s*e\s*n)?)\s*[:\-–]?\s*(.*)$", re.IGNORECASE)
GELET_RE = re.compile(r"^gelet op\s*:?\s*(.*)$", re.IGNORECASE)
OVERWEGENDE_RE = re.compile(r"^overwegende(?:\s+dat)?\s*[:,]?\s*(.*)$", re.IGNORECASE)
GEZIEN_RE = re.compile(r"^gezien\s+(.+)$", re.IGNORECASE)
ANDER_AANHEF_RE = re.compile(r"^(?:gehoord|gelezen|in overeenstemming met|na advies|op voordracht)\b", re.IGNORECASE)
AANHEF_BEGIN_RE = re.compile(
    r"^(?:[-•–]\s*)?(?:gelet op|gezien|overwegende|gehoord|gelezen|in overeenstemming met|b\s*e\s*s\s*l\s*u\s*i\s*t"
    r"|maken?\b.*\bbekend\b|maakt\b.*\bbekend\b)",
    re.IGNORECASE,
)
AANHEF_ZIN_RE = re.compile(
    r"^(?:gelet op|gezien|overwegende(?:\s+dat|\s*[,:])|gehoord|gelezen|in overeenstemming met|b\s*e\s*s\s*l\s*u\s*i\s*t)\b",
    re.IGNORECASE)
ORGAAN_RE = re.compile(r"^(?:(?:de|het)\s+.+\s+van\s+.+|burgemeester en wethouders\b.*)[;,]$", re.IGNORECASE)
ORGAAN_WOORD_RE = re.compile(
    r"\b(?:college|raad|minister|staten|bestuur|directie|directeur|burgemeester|kamer|commissie|cak)\b", re.IGNORECASE)
BESLISPUNT_RE = re.compile(
    r"^(?:vast te stellen|in te trekken|kennis te nemen|onder intrekking|het volgende|de volgende|de navolgende"
    r"|het navolgende|de gedragscode vast|te bepalen)\b",
    re.IGNORECASE,
)
DOORLOPEND_RE = re.compile(r"(?:[:]|\b(?:de|het|een|volgende|navolgende))$", re.IGNORECASE)
VASTGESTELD_RE = re.compile(r"^aldus (?:vastgesteld|besloten)\b", re.IGNORECASE)
ONDERTEKENAAR_RE = re.compile(r"^(?:de|het)\s+([^,]{2,60}),\s*(\S.{1,80})$", re.IGNORECASE)
LOSSE_DATUM_RE = re.compile(rf"^(?:[\w'’.\- ]{{2,30}},\s*)?(?:de\s+)?{DATUM_PATROON}\s*[.,]?(?:\s+nr\.?\s*\S.*)?$",
                            re.IGNORECASE)
PLAATS_RE = re.compile(r"^(?:'s-|’s-)?[A-Z][\w'’\-]*(?:[ -][A-Z][\w'’\-]*){0,2}$")


@dataclass
class Import:
    """A policy read from text, and the lines of the input that it could not place (the import report)."""

    policy: Policy
    niet_geplaatst: list[str] = field(default_factory=list)


def parse_text(tekst: str, *, markdown: bool | None = None, bron: Bron | None = None) -> Policy:
    """Build a Policy from the text of a policy; the same text always gives the same block ids."""
    return lees_import(tekst, markdown=markdown, bron=bron).policy


def lees_import(tekst: str, *, markdown: bool | None = None, bron: Bron | None = None) -> Import:
    """The policy and the report of what could not be placed: every word of the input is in one of them."""
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").lstrip("\ufeff")
    if markdown is None:
        markdown = is_markdown(tekst)
    publicatie = lees_publicatie(tekst.split("\n"))
    ruwe_regels = herstel_paginabreuk(splits_doorlopende_regels(publicatie.regels))
    regels = [classificeer(r, markdown) for r in ruwe_regels]
    regels = voeg_labels_samen(_voeg_afgebroken_regels_samen(regels))
    bouwer = _Bouwer(regels, markdown, DeterministicIds(tekst), titel_eerst=publicatie.titel is not None)
    policy = bouwer.bouw()
    policy.bron = bron or Bron()
    lees_metadata(policy, bouwer.slotregels, publicatie)
    herken_verwijzingen(policy)
    return Import(policy, niet_geplaatst(tekst, policy, publicatie.pagina))


def _voeg_afgebroken_regels_samen(regels: list[Regel]) -> list[Regel]:
    """A line that runs on into a next one starting in lower case is one sentence (a soft wrap).

    Otherwise every line is a paragraph of its own, as in the samples.
    """
    uit: list[Regel] = []
    for regel in regels:
        vorige = next((r for r in reversed(uit) if not r.is_leeg()), None)
        direct = bool(uit) and not uit[-1].is_leeg()
        if (
            regel.soort is Soort.TEKST
            and vorige is not None
            and vorige.tekst[-1:] not in ".;:!?"
            and regel.tekst[:1].islower()
            and not NAAM_RE.match(vorige.tekst)
            and (direct or _over_witregel(vorige, regel))
        ):
            vorige.tekst = f"{vorige.tekst} {regel.tekst}"     # a long line broken by the page, even over a blank line
            while uit and uit[-1].is_leeg():
                uit.pop()
        else:
            uit.append(regel)
    return uit


def _over_witregel(vorige: Regel, regel: Regel) -> bool:
    """A long line cut mid-sentence by the page, its rest after a blank line ("… alsook op" / "kapitaal…")."""
    return (vorige.soort is Soort.TEKST and len(vorige.tekst) >= 50 and vorige.tekst[-1:].isalnum()
            and not AANHEF_ZIN_RE.match(regel.tekst))


def _origineel(regel: Regel) -> str:
    """The line as it reads, with its number or bullet (for sections of free text)."""
    if regel.label and regel.soort in (Soort.NUMMER, Soort.LETTER, Soort.SUB, Soort.OPSOMMING, Soort.LID):
        return f"{regel.label} {regel.tekst}".strip()
    if regel.soort in (Soort.NUMMER, Soort.LETTER):
        return f"{regel.nummer}. {regel.tekst}"
    if regel.soort is Soort.SUB:
        return f"{regel.nummer}° {regel.tekst}"
    if regel.soort is Soort.OPSOMMING:
        return f"- {regel.tekst}"
    return regel.tekst


ITEMS = (Soort.LETTER, Soort.OPSOMMING, Soort.NUMMER, Soort.SUB)


@dataclass
class _LidStaat:
    """How the current lid came about, which decides where the next item goes."""

    lid: Lid
    herkomst: str              # "nummer", "opsomming" or "alinea"
    onderdelen_uit: str | None = None  # the item kind that makes onderdelen here
    inspringing: int = 0       # how far the lid's line was indented
    onderdeel_inspringing: int = 0


def _zelfde_label(label: str | None, standaard: str | None) -> bool:
    def kaal(x: str | None) -> str:
        return re.sub(r"[\s.:)]+", " ", (x or "").lower()).strip()
    return kaal(label) == kaal(standaard)


def _eigen(label: str | None, standaard: str | None) -> str | None:
    """The source's label when it differs from what the model prints at this place."""
    return None if label is None or _zelfde_label(label, standaard) else label.strip()


def _telt(label: str | None, genummerd: bool | None) -> bool:
    """A plain "4." before a numbered lid is the numbering, not a label of the source's own: a text whose lid
    was deleted or added without renumbering the rest ("1. 2. 4. 5.") reads as leden 1 to 4."""
    return bool(genummerd and label and re.fullmatch(r"\d+\.?", label.strip()))


@dataclass
class _Bouwer:
    regels: list[Regel]
    markdown: bool
    ids: DeterministicIds
    titel_eerst: bool = False   # a published page: the title is the first line of the text
    gestructureerd: bool = False
    heeft_aanhef: bool = False
    fase: str = "begin"        # begin, aanhef, inleiding, artikelen, slot, ondertekening, toelichting
    aanhef_lijst: list[Alinea] | None = None
    artikel: Artikel | None = None
    artikel_niveau: int = 0
    herkomsten: list[str] = field(default_factory=list)
    lidlabels: list[str | None] = field(default_factory=list)
    lid: _LidStaat | None = None
    sectie: Sectie | None = None
    slotregels: list[str] = field(default_factory=list)
    policy: Policy = field(init=False)
    _volgende_inhoud: list[int | None] = field(init=False, default_factory=list)

    def bouw(self) -> Policy:
        self.gestructureerd = any(r.soort is Soort.ARTIKEL for r in self.regels)
        self.heeft_aanhef = any(r.soort is not Soort.LEEG and AANHEF_BEGIN_RE.match(_origineel(r))
                                for r in self.regels[:80])
        self._volgende_inhoud = self._bereken_volgende_inhoud()
        start = self._vind_titel()
        for index in range(start, len(self.regels)):
            self._verwerk(index)
        self._sluit_artikel()
        return self.policy

    # -- the title ---------------------------------------------------------------
    def _vind_titel(self) -> int:
        """Index after the title. Leading short lines before it are page chrome ("Menu")."""
        inhoud = [i for i, r in enumerate(self.regels) if not r.is_leeg()]
        if not inhoud:
            self.policy = Policy(titel="", id=self.ids())
            return len(self.regels)
        if self.titel_eerst:
            titel_index = inhoud[0]
        elif self.markdown:
            titel_index = next((i for i in inhoud if self.regels[i].soort is Soort.KOP), inhoud[0])
        else:
            titel_index = self._titel_in_platte_tekst(inhoud)
        regel = self.regels[titel_index]
        self.policy = Policy(titel=_origineel(regel), id=self.ids())
        for i in inhoud:
            if i >= titel_index:
                break
            if self.markdown:
                self._voeg_toe_aan_inleiding(self.regels[i])
        return titel_index + 1

    def _titel_in_platte_tekst(self, inhoud: list[int]) -> int:
        koppen: list[int] = []
        for i in inhoud:
            regel = self.regels[i]
            if regel.soort is not Soort.TEKST or not is_kopachtig(regel.tekst):
                break
            koppen.append(i)
        if not koppen:
            return inhoud[0]
        if len(koppen) >= 2 and self._na(koppen[-1]) in (Soort.TEKST, Soort.NUMMER, Soort.OPSOMMING):
            return koppen[-2]
        return koppen[-1]

    def _bereken_volgende_inhoud(self) -> list[int | None]:
        """For each line, the index of the next non-blank line after it (one pass, not one per question)."""
        volgende: list[int | None] = [None] * len(self.regels)
        na: int | None = None
        for index in range(len(self.regels) - 1, -1, -1):
            volgende[index] = na
            if not self.regels[index].is_leeg():
                na = index
        return volgende

    def _volgende(self, index: int) -> Regel | None:
        """The next non-blank line after index."""
        na = self._volgende_inhoud[index]
        return None if na is None else self.regels[na]

    def _na(self, index: int) -> Soort | None:
        """The kind of the next non-blank line after index."""
        volgende = self._volgende(index)
        return None if volgende is None else volgende.soort

    # -- dispatch ----------------------------------------------------------------
    @property
    def ingesprongen(self) -> bool:
        """Whether the text indents its onderdelen (as `show` prints them): then the margin means a lid."""
        if not hasattr(self, "_ingesprongen"):
            self._ingesprongen = sum(1 for r in self.regels if r.inspringing >= 2 and r.soort in ITEMS) >= 1
        return self._ingesprongen

    @property
    def na_witregel(self) -> bool:
        """Whether a blank line stands right before the line being read."""
        return self._index > 0 and self.regels[self._index - 1].is_leeg()

    def _verwerk(self, index: int) -> None:
        regel = self.regels[index]
        self._index = index
        if regel.is_leeg():
            return
        if self.fase == "ondertekening" and not self._eindigt_ondertekening(regel):
            self.slotregels.append(_origineel(regel))
            return
        if self.fase in ("begin", "aanhef") and regel.soort not in (Soort.ARTIKEL, Soort.HOOFDSTUK):
            if self._aanhef(regel, index):
                return
        if (self.fase == "inleiding" and self.policy.aanhef.orgaan and not self.policy.aanhef.beslispunten
                and regel.soort is Soort.TEKST and BESLUIT_RE.match(regel.tekst)):
            self.fase = "aanhef"      # a preamble inside the aanhef, before its "besluit:" (as our besluit has it)
            if self._aanhef(regel, index):
                return
        regel = self._als_kop(regel, index)
        if regel.soort is Soort.ARTIKEL:
            self._begin_artikel(regel)
        elif regel.soort is Soort.HOOFDSTUK:
            self._begin_hoofdstuk(regel)
        elif regel.soort is Soort.KOP:
            self._kop(regel, index)
        elif regel.soort is Soort.TEKST and VASTGESTELD_RE.match(regel.tekst):
            self._begin_ondertekening(regel.tekst)
        elif self.fase == "artikelen" and self._begint_ondertekening(regel, index):
            self._begin_ondertekening(_origineel(regel))
        elif self.fase == "artikelen" and self.artikel is not None:
            self._in_artikel(regel)
        else:
            self._voeg_toe_aan_sectie(regel)

    def _eindigt_ondertekening(self, regel: Regel) -> bool:
        """Only a toelichting or an annex ends the signing block."""
        tekst = _origineel(regel).lower().rstrip(":")
        return tekst in TOELICHTING_KOPPEN or tekst.startswith("bijlage") or regel.soort is Soort.ARTIKEL

    def _begint_ondertekening(self, regel: Regel, index: int) -> bool:
        """"Den Haag" above "13 januari 2015", or "Nijverdal, 24 maart 2009": the signing block."""
        tekst = _origineel(regel)
        if regel.soort is not Soort.TEKST:
            return False
        if LOSSE_DATUM_RE.match(tekst):
            return True
        volgende = self._volgende(index)
        return bool(PLAATS_RE.match(tekst)) and volgende is not None and bool(LOSSE_DATUM_RE.match(_origineel(volgende)))

    def _als_kop(self, regel: Regel, index: int) -> Regel:
        """Plain text has no heading marks: decide from the shape and the place of a line."""
        if regel.soort is Soort.TEKST and is_kopachtig(regel.tekst):
            naam = regel.tekst.lower()
            if naam in INLEIDING_KOPPEN | SLOT_KOPPEN | TOELICHTING_KOPPEN:
                return Regel(Soort.KOP, regel.tekst, None, 7)
            if self._kop_op_vorm(regel, index):
                return Regel(Soort.KOP, regel.tekst, None, 1)
        if regel.soort is Soort.NUMMER and not self.markdown and not self.gestructureerd:
            verwacht = str(len(self.policy.artikelen) + 1)
            if regel.nummer == verwacht and is_kopachtig(regel.tekst) and self.lid_is_geen_opsomming():
                return Regel(Soort.KOP, regel.tekst, regel.nummer, 1, regel.label)
        return regel

    def lid_is_geen_opsomming(self) -> bool:
        return self.lid is None or self.lid.herkomst != "nummer" or self.artikel is None

    def _kop_op_vorm(self, regel: Regel, index: int) -> bool:
        if self.markdown:
            return False
        if self.gestructureerd:
            # Only outside the artikelen: a heading before the first artikel or in the toelichting.
            return self.fase in ("begin", "aanhef", "inleiding", "toelichting") and not self.heeft_aanhef_nog()
        if self.fase == "begin" and self.heeft_aanhef:
            return False
        return self._na(index) is not None

    def heeft_aanhef_nog(self) -> bool:
        return self.fase == "begin" and self.heeft_aanhef

    # -- aanhef ------------------------------------------------------------------
    def _aanhef(self, regel: Regel, index: int) -> bool:
        tekst = regel.tekst
        aanhef = self.policy.aanhef
        if regel.soort in (Soort.TEKST, Soort.OPSOMMING, Soort.NUMMER):
            if m := BESLUIT_RE.match(tekst):
                return self._lijst(aanhef.beslispunten, m.group(1))
            if m := GELET_RE.match(tekst):
                return self._lijst(aanhef.gelet_op, m.group(1))
            if m := OVERWEGENDE_RE.match(tekst):
                return self._lijst(aanhef.overwegingen, m.group(1))
            if m := GEZIEN_RE.match(tekst):
                return self._gezien(m.group(1).strip())
            if ANDER_AANHEF_RE.match(tekst):
                return self._gezien(tekst)
            if self.fase == "begin" and aanhef.orgaan is None and self._is_orgaan(regel, index):
                aanhef.orgaan = tekst.rstrip(";,:").strip()
                self.fase, self.aanhef_lijst = "aanhef", None
                return True
        if self.aanhef_lijst is not None and self._hoort_in_lijst(regel, index):
            self._voeg_toe_aan_lijst(regel)
            return True
        return False

    def _gezien(self, tekst: str) -> bool:
        self.policy.aanhef.gezien.append(Alinea(tekst, self.ids()))
        self.fase, self.aanhef_lijst = "aanhef", None
        return True

    def _is_orgaan(self, regel: Regel, index: int) -> bool:
        tekst = regel.tekst
        if regel.soort is not Soort.TEKST or tekst == self.policy.titel or len(tekst.split()) > 16:
            return False
        if ORGAAN_RE.match(tekst):
            return True
        volgende = self._volgende(index)
        return (volgende is not None and bool(AANHEF_BEGIN_RE.match(_origineel(volgende)))
                and (bool(ORGAAN_WOORD_RE.search(tekst)) or tekst.lower().startswith(("de ", "het "))))

    def _hoort_in_lijst(self, regel: Regel, index: int) -> bool:
        if regel.soort not in (Soort.OPSOMMING, Soort.NUMMER, Soort.TEKST, Soort.LETTER):
            return False
        if self.aanhef_lijst is not self.policy.aanhef.beslispunten:
            return True
        if not self.aanhef_lijst:
            return True
        vorige = self.aanhef_lijst[-1].tekst
        if DOORLOPEND_RE.search(vorige):
            return True
        if regel.soort is not Soort.TEKST:
            return not (is_kopachtig(regel.tekst) and vorige.endswith("."))
        return regel.tekst[:1].islower() or bool(BESLISPUNT_RE.match(regel.tekst))

    def _voeg_toe_aan_lijst(self, regel: Regel) -> None:
        lijst = self.aanhef_lijst
        if lijst and DOORLOPEND_RE.search(lijst[-1].tekst) and regel.soort is Soort.TEKST:
            lijst[-1].tekst = f"{lijst[-1].tekst} {regel.tekst}"
            return
        label = regel.label if regel.soort is not Soort.TEKST and regel.label not in ("-",) else None
        lijst.append(Alinea(regel.tekst, self.ids(), label))

    def _lijst(self, lijst: list[Alinea], rest: str) -> bool:
        self.fase, self.aanhef_lijst = "aanhef", lijst
        if rest.strip():
            lijst.append(Alinea(rest.strip(), self.ids()))
        return True

    # -- headings ------------------------------------------------------------------
    def _kop(self, regel: Regel, index: int) -> None:
        naam = regel.tekst.lower()
        if naam in INLEIDING_KOPPEN and not self.policy.artikelen and self.policy.inleiding is None:
            self._nieuwe_sectie(regel.tekst, "inleiding")
        elif naam in SLOT_KOPPEN and self.policy.artikelen:
            self._nieuwe_sectie(regel.tekst, "slot")
        elif naam in TOELICHTING_KOPPEN or self.fase in ("slot", "ondertekening", "toelichting"):
            self._nieuwe_sectie(regel.tekst, "toelichting")
        elif self.gestructureerd and not self.policy.artikelen:
            self._nieuwe_sectie(regel.tekst, "inleiding")
        elif self.artikel is not None and regel.niveau > self.artikel_niveau:
            tekst = f"{regel.nummer}. {regel.tekst}" if regel.nummer else regel.tekst
            self._nieuw_lid(tekst, "alinea")
        elif self.markdown and self._heeft_subkoppen(regel, index):
            self._begin_hoofdstuk(regel)
        else:
            self._begin_artikel(regel)

    def _heeft_subkoppen(self, regel: Regel, index: int) -> bool:
        volgende = self._volgende(index)
        return (
            volgende is not None
            and volgende.soort in (Soort.KOP, Soort.ARTIKEL)
            and volgende.niveau > regel.niveau
        )

    def _begin_hoofdstuk(self, regel: Regel) -> None:
        self._sluit_artikel()
        standaard = f"Hoofdstuk {len(self.policy.hoofdstukken) + 1}."
        label = _eigen(regel.label, standaard) if regel.soort is Soort.HOOFDSTUK else None
        self.policy.hoofdstukken.append(Hoofdstuk(regel.tekst, self.ids(), label))
        self.fase, self.aanhef_lijst = "artikelen", None

    def _begin_artikel(self, regel: Regel) -> None:
        self._sluit_artikel()
        hoofdstuk = self.policy.hoofdstukken[-1].id if self.policy.hoofdstukken else None
        standaard = f"Artikel {len(self.policy.artikelen) + 1}."
        label = _eigen(regel.label, standaard) if regel.soort is Soort.ARTIKEL else None
        self.artikel = Artikel(regel.tekst, hoofdstuk_id=hoofdstuk, id=self.ids(), label=label)
        self.artikel_niveau = regel.niveau
        self.herkomsten, self.lidlabels = [], []
        self.policy.artikelen.append(self.artikel)
        self.fase, self.aanhef_lijst = "artikelen", None

    def _sluit_artikel(self) -> None:
        """Leden are numbered when the source numbered them, or listed two or more; labels that differ stay."""
        if self.artikel is not None:
            genummerd = "nummer" in self.herkomsten
            alleen_opsomming = bool(self.herkomsten) and set(self.herkomsten) == {"opsomming"}
            self.artikel.leden_genummerd = genummerd or (alleen_opsomming and len(self.herkomsten) > 1)
            for positie, (lid, label) in enumerate(zip(self.artikel.leden, self.lidlabels), start=1):
                standaard = f"{positie}." if self.artikel.leden_genummerd else None
                lid.label = None if _telt(label, self.artikel.leden_genummerd) else _eigen(label, standaard)
            if not self.artikel.leden_genummerd and len(self.artikel.leden) <= 1:
                self.artikel.leden_genummerd = None     # one body: numbered once a second lid is added
        self.artikel, self.lid = None, None

    # -- inside an artikel -----------------------------------------------------------
    def _in_artikel(self, regel: Regel) -> None:
        staat = self.lid
        soort = regel.soort
        if soort is Soort.TEKST and self._is_definitie_van_term():
            onderdeel = staat.lid.onderdelen[-1]
            onderdeel.tekst = f"{onderdeel.tekst} {regel.tekst}"      # "a. Ambtenaar:" with its definition below
            return
        if staat is not None and soort in ITEMS and (plek := self._plek_door_inspringing(regel)) is not None:
            plek(regel)
        elif staat is not None and staat.lid.onderdelen and soort in ITEMS:
            self._in_onderdelen(regel)
        elif soort is Soort.LETTER:
            self._onderdeel(regel)
        elif soort is Soort.SUB:
            self._subonderdeel(regel)
        elif soort in (Soort.NUMMER, Soort.OPSOMMING) and self._opent_onderdelen(regel) \
                and not (soort is Soort.OPSOMMING and self._is_zuster_van_lid(regel)):
            staat.onderdelen_uit = soort.name
            self._onderdeel(regel)
        elif soort in (Soort.NUMMER, Soort.LID):
            self._nieuw_lid(regel.tekst, "nummer", regel.label, regel.inspringing)
        elif soort is Soort.OPSOMMING:
            self._nieuw_lid(regel.tekst, "opsomming", regel.label, regel.inspringing)
        else:
            self._nieuw_lid(regel.tekst, "alinea")

    def _plek_door_inspringing(self, regel: Regel):
        """Where an item goes when the text is indented as `show` prints it (leden at the margin, onderdelen
        three spaces in, their items six): deeper than the lid opens or continues the onderdelen, back at
        the lid's margin is a new lid. None where the indentation says nothing."""
        staat, inspringing = self.lid, regel.inspringing
        if staat.lid.onderdelen:
            onderdelen = staat.onderdeel_inspringing
            if onderdelen is None or onderdelen <= staat.inspringing:
                return None
            if inspringing <= staat.inspringing:
                return self._lid_van_item
            return self._onderdeel if inspringing == onderdelen else (
                self._subonderdeel if inspringing > onderdelen else None)
        if inspringing >= staat.inspringing + 2:
            staat.onderdelen_uit = regel.soort.name
            return self._onderdeel
        if inspringing <= staat.inspringing and (self.ingesprongen or (
                self.na_witregel and not staat.lid.tekst.rstrip().endswith(":"))):
            return self._lid_van_item       # at the lid's margin where lists are indented (or after a blank line)
        return None

    def _lid_van_item(self, regel: Regel) -> None:
        herkomst = "opsomming" if regel.soort is Soort.OPSOMMING else "nummer"
        self._nieuw_lid(regel.tekst, herkomst, regel.label, regel.inspringing)

    def _is_definitie_van_term(self) -> bool:
        """The last onderdeel is a term alone ("b. Bestuurder:") waiting for its definition on the next line."""
        staat = self.lid
        if staat is None or not staat.lid.onderdelen:
            return False
        laatste = staat.lid.onderdelen[-1]
        return laatste.tekst.endswith(":") and len(laatste.tekst.split()) <= 3 and not laatste.subonderdelen

    def _in_onderdelen(self, regel: Regel) -> None:
        """An item of the kind that made the onderdelen is the next onderdeel; a number after lettered
        onderdelen is the next lid; another kind (a dash list under "b.") is a sub-item of the last."""
        soort, uit = regel.soort, self.lid.onderdelen_uit or Soort.LETTER.name
        if soort is Soort.OPSOMMING and self._is_zuster_van_lid(regel):
            self._nieuw_lid(regel.tekst, "opsomming", regel.label, regel.inspringing)
        elif soort.name == uit and regel.inspringing > self.lid.onderdeel_inspringing > 0:
            self._subonderdeel(regel)          # the same mark, indented deeper: an item of the onderdeel
        elif soort is Soort.NUMMER and regel.inspringing < self.lid.onderdeel_inspringing:
            self._nieuw_lid(regel.tekst, "nummer", regel.label, regel.inspringing)    # back out at the lid's level
        elif soort.name == uit:
            self._onderdeel(regel)
        elif soort is Soort.NUMMER:
            self._nieuw_lid(regel.tekst, "nummer", regel.label, regel.inspringing)
        else:
            self._subonderdeel(regel)

    def _is_zuster_van_lid(self, regel: Regel) -> bool:
        """The lid was a bullet: a bullet no deeper than it is the next lid, not an item of it."""
        staat = self.lid
        return staat.herkomst == "opsomming" and regel.inspringing <= staat.inspringing

    def _opent_onderdelen(self, regel: Regel) -> bool:
        staat = self.lid
        if staat is None or staat.lid.onderdelen:
            return False
        if staat.lid.tekst.rstrip().endswith(":"):
            return True
        return staat.herkomst == "alinea" and regel.soort is Soort.OPSOMMING

    def _nieuw_lid(self, tekst: str, herkomst: str, label: str | None = None, inspringing: int = 0) -> None:
        lid = Lid(tekst, id=self.ids())
        self.artikel.leden.append(lid)
        self.herkomsten.append(herkomst)
        self.lidlabels.append(label)
        self.lid = _LidStaat(lid, herkomst, inspringing=inspringing)

    def _onderdeel(self, regel: Regel) -> None:
        if self.lid is None:
            self._nieuw_lid("", "alinea")
        onderdelen = self.lid.lid.onderdelen
        if not onderdelen:
            self.lid.onderdeel_inspringing = regel.inspringing
        standaard = f"{_letter(len(onderdelen))}."
        onderdelen.append(Onderdeel(regel.tekst, id=self.ids(), label=_eigen(regel.label, standaard)))

    def _subonderdeel(self, regel: Regel) -> None:
        if self.lid is None or not self.lid.lid.onderdelen:
            self._onderdeel(regel)
            return
        subs = self.lid.lid.onderdelen[-1].subonderdelen
        subs.append(Alinea(regel.tekst, self.ids(), _eigen(regel.label, f"{len(subs) + 1}°")))

    # -- sections outside the artikelen ------------------------------------------------
    def _nieuwe_sectie(self, kop: str, fase: str) -> None:
        self._sluit_artikel()
        sectie = Sectie(kop, id=self.ids())
        if fase == "inleiding" and self.policy.inleiding is not None and self.policy.inleiding.alineas:
            sectie = self.policy.inleiding          # a heading after preamble text stays in its place, as a paragraph
            sectie.alineas.append(Alinea(kop, self.ids()))
        elif fase == "inleiding":
            self.policy.inleiding = sectie
        elif fase == "slot":
            self.policy.slotwoord = sectie
        else:
            self._vervang_lege_toelichting()
            self.policy.toelichting.append(sectie)
        self.sectie, self.fase, self.aanhef_lijst = sectie, fase, None

    def _vervang_lege_toelichting(self) -> None:
        """'Toelichting' followed at once by a heading only announces the toelichting."""
        laatste = self.policy.toelichting[-1] if self.policy.toelichting else None
        if laatste and not laatste.alineas and laatste.kop.lower() in TOELICHTING_KOPPEN:
            self.policy.toelichting.pop()

    def _begin_ondertekening(self, tekst: str) -> None:
        self._sluit_artikel()
        self.slotregels.append(tekst)
        self.sectie, self.fase = None, "ondertekening"

    def _voeg_toe_aan_sectie(self, regel: Regel) -> None:
        if self.sectie is None:
            if self.fase in ("begin", "aanhef"):
                self._voeg_toe_aan_inleiding(regel)
                return
            self._nieuwe_sectie("", "toelichting")
        self.sectie.alineas.append(Alinea(_origineel(regel), self.ids()))

    def _voeg_toe_aan_inleiding(self, regel: Regel) -> None:
        if self.policy.inleiding is None:
            self.policy.inleiding = Sectie("", id=self.ids())
        self.policy.inleiding.alineas.append(Alinea(_origineel(regel), self.ids()))
        wacht_op_aanhef = self.fase == "begin" and self.heeft_aanhef    # the aanhef is still to come
        self.sectie, self.aanhef_lijst = self.policy.inleiding, None
        self.fase = "begin" if wacht_op_aanhef else "inleiding"


def _letter(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index % 26] * (index // 26 + 1)
