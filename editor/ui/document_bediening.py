"""Between the document view and the operations: what the user asks in the text (typing, Enter,
Backspace at a start, Tab, Ctrl+K) becomes one operation through the window's Bewerker; after every
operation only the lines it touched are drawn again and the cursor goes where the user is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer

from .. import bewerken as b
from ..bewerken import Uitkomst
from ..i18n import tr
from ..model import structuur
from ..model.verwijzingen import Verwijzingsindex
from .document_regels import MEERREGELIG, Regel, regels, samenvoeging, splitsing, bewerking, vernieuw, vorige_broer

if TYPE_CHECKING:
    from .workspace import Werkruimte


class DocumentBediening:
    def __init__(self, ruimte: Werkruimte) -> None:
        self.ruimte = ruimte
        document = ruimte.document
        document.bewerk.connect(self.bewerk)
        document.splits.connect(self.splits)
        document.voeg_samen.connect(self.voeg_samen)
        document.inspring.connect(self.inspring)
        document.verwijzing.connect(self.verwijzing)
        document.plek.connect(ruimte._cursor_in_regel)
        self._doel: tuple | None = None
        self._plaatsen: dict | None = None      # structuur.tekstplaatsen, until the structure changes
        self._boom_wacht: set[str] = set()      # outline labels of texts typed in, brought up to date a moment later
        self._boomtimer = QTimer(ruimte)
        self._boomtimer.setSingleShot(True)
        self._boomtimer.setInterval(300)
        self._boomtimer.timeout.connect(self._boom_bij)
        self._laatste: Uitkomst | None = None   # the operation last done, undone or redone
        self._eerste_verschil: tuple[int, int] | None = None    # (line, offset) of the first text it changed
        stapel = ruimte.bewerker.stapel
        self._stand = (stapel.index(), stapel.count())
        stapel.indexChanged.connect(ruimte.stapel_bewogen)      # through the widget: gone with it

    @property
    def policy(self):
        return self.ruimte.policy

    # -- requests from the text ------------------------------------------------------------------------
    def bewerk(self, regel: Regel, nieuw: str, cursor: int) -> None:
        """Typing: one undo step per burst of typing in one text, as in Word."""
        op = bewerking(self.policy, regel, nieuw)
        if op is not None:
            ctx = self.ruimte.bewerker.context()
            typen = (regel.soort, regel.tekst_id, regel.regel, ctx.auteur, ctx.gevolgd)
            self._voer_uit(op, (regel.sleutel, regel.blok_id, cursor), typen)

    def splits(self, regel: Regel, getoond: int) -> None:
        """Enter: the new lid (or line) takes the text after the cursor; the cursor goes to its start."""
        op = splitsing(self.policy, regel, getoond)
        if op is None:
            return
        if regel.soort in MEERREGELIG:
            stap = 2 if regel.soort == "aanhef" and regel.label == "gezien" else 1
            self._voer_uit(op, (("regel", regel.soort, regel.regel + stap), regel.blok_id, 0))
        else:
            self._voer_uit(op, (None, None, 0), na_selectie=True)

    def voeg_samen(self, regel: Regel, richting: int) -> None:
        """Backspace at the start joins the line with the one before it; Delete at the end with the next."""
        if richting > 0:
            if regel.soort in ("lid", "onderdeel") and regel.bewerkbaar and not regel.spook:
                self._voer_uit((b.voeg_samen, (regel.blok_id,)), (regel.sleutel, regel.blok_id, len(regel.getoond)))
            return
        document = self.ruimte.document
        nummer = document.nummer_van(regel.sleutel)
        vorige = document.regels[nummer - 1] if nummer else None
        op = samenvoeging(self.policy, regel, vorige)
        if op is None:
            return
        if regel.soort in MEERREGELIG:
            self._voer_uit(op, (("regel", vorige.soort, vorige.regel), vorige.blok_id, len(vorige.getoond) + 1))
        else:
            vorige = vorige_broer(self.policy, regel.blok_id)
            lengte = len(b.lees_blok(self.policy, regel.soort, vorige))
            self._voer_uit(op, (None, vorige, lengte + (1 if lengte and regel.getoond else 0)))

    def inspring(self, regel: Regel, richting: int) -> None:
        """Tab: a lid becomes an onderdeel of the lid before it; Shift+Tab: an onderdeel becomes a lid."""
        operatie = getattr(b, "spring_in" if richting > 0 else "spring_uit", None)
        soort = "lid" if richting > 0 else "onderdeel"
        if operatie is None or regel.spook:
            return
        if regel.soort != soort:
            self.ruimte.document.weiger(tr("Tab maakt van een lid een onderdeel van het lid ervoor.") if richting > 0
                                        else tr("Shift+Tab maakt van een onderdeel weer een lid."))
            return
        cursor = regel.naar_getoond(self.ruimte.document.textCursor().positionInBlock())
        self._voer_uit((operatie, (regel.blok_id,)), (None, regel.blok_id, cursor))

    def verwijzing(self, regel: Regel, getoond: int) -> None:
        """Ctrl+K: a picker of artikelen and leden; the reference goes in at the cursor."""
        if regel.soort not in ("lid", "onderdeel") or regel.spook or not hasattr(b, "voeg_verwijzing_in"):
            self.ruimte.document.weiger(tr("Een verwijzing kan in een lid of onderdeel worden ingevoegd."))
            return
        from . import verwijzing_kiezer

        doel = verwijzing_kiezer.kies_verwijzing(self.ruimte, self.policy, regel.blok_id)
        if not doel:
            return
        tekst = Verwijzingsindex(self.policy).weergave("{ref:%s}" % doel)
        cursor = getoond + len(tekst) + (1 if getoond and not regel.getoond[:getoond].endswith(" ") else 0)
        self._voer_uit((b.voeg_verwijzing_in, (regel.blok_id, getoond, doel)), (regel.sleutel, regel.blok_id, cursor))

    def _voer_uit(self, op: tuple[Callable, tuple], doel: tuple, typen: tuple | None = None,
                  na_selectie: bool = False) -> None:
        operatie, args = op
        self._doel = doel
        uitkomst = self.ruimte.bewerker.voer_uit(operatie, *args, typen=typen)
        self._doel = None
        if uitkomst is not None:
            self._zet_cursor(doel if not na_selectie else (None, uitkomst.selectie, 0))

    def _zet_cursor(self, doel: tuple) -> None:
        sleutel, blok_id, getoond = doel
        document = self.ruimte.document
        if sleutel and sleutel[0] == "regel":           # a line of a text edited as one, by its place
            nummer = next((i for i, r in enumerate(document.regels)
                           if (r.soort, r.blok_id, r.regel) == (sleutel[1], blok_id, sleutel[2])), None)
        else:
            nummer = document.nummer_van(sleutel) if sleutel else None
        if nummer is None and blok_id:
            nummer = document.zoek(blok_id)
        if nummer is not None:
            document.zet_cursor(nummer, getoond)
            document.setFocus()

    # -- after an operation ---------------------------------------------------------------------------
    def stapel_bewogen(self, index: int) -> None:
        """Undo and redo show where they changed the text, as Word does (a new operation does not move)."""
        stapel = self.ruimte.bewerker.stapel
        oud, self._stand = self._stand, (index, stapel.count())
        if self._laatste is None or stapel.count() != oud[1] or index == oud[0]:
            return
        if self._eerste_verschil is not None:
            self.ruimte.document.zet_cursor(*self._eerste_verschil)
        elif self._laatste.selectie and self.ruimte.document.zoek(self._laatste.selectie) is not None:
            self.ruimte.selecteer(self._laatste.selectie)

    def na_bewerking(self, uitkomst: Uitkomst, van_editor: bool) -> None:
        ruimte, document = self.ruimte, self.ruimte.document
        self._laatste, self._eerste_verschil = uitkomst, None
        if uitkomst.structuur or uitkomst.metadata:
            self._plaatsen = None
        if uitkomst.structuur:
            self._boom_wacht.clear()
            ruimte.tree_model.toon(self.policy)
            ruimte.tree.expandToDepth(0)
        elif van_editor:                    # typing: the outline follows a moment later (a keystroke stays fast)
            self._boom_wacht |= uitkomst.teksten
            self._boomtimer.start()
        else:
            for tekst_id in uitkomst.teksten:
                ruimte.tree_model.werk_bij(self.policy, tekst_id)
        if uitkomst.structuur or uitkomst.metadata or (uitkomst.revisies and not uitkomst.teksten):
            document.werk_bij(regels(self.policy, ruimte.weergave))
        elif uitkomst.teksten:
            self._werk_teksten_bij(uitkomst.teksten)
        self.ankers()
        if self._doel is None and uitkomst.structuur and uitkomst.selectie and not van_editor:
            ruimte.selecteer(uitkomst.selectie)
        elif self._doel is None and uitkomst.structuur and ruimte.huidig:
            ruimte._volg_in_outline(ruimte.huidig[1])

    def _boom_bij(self) -> None:
        for tekst_id in self._boom_wacht:
            self.ruimte.tree_model.werk_bij(self.policy, tekst_id)
        self._boom_wacht.clear()

    def _werk_teksten_bij(self, teksten: set[str]) -> None:
        """Typing: only the lines of the texts it changed (their labels stay)."""
        document, index = self.ruimte.document, Verwijzingsindex(self.policy)
        if self._plaatsen is None:
            self._plaatsen = structuur.tekstplaatsen(self.policy)
        nummers = [n for tekst_id in teksten for n in document.regels_van(tekst_id)]
        if any(document.regels[n].spook for n in nummers):        # a moved block's old place shows it too
            document.werk_bij(regels(self.policy, self.ruimte.weergave))
            return
        for nummer in nummers:
            regel = document.regels[nummer]
            nieuw = vernieuw(self.policy, regel, self.ruimte.weergave, index, self._plaatsen)
            if nieuw != regel:
                document.vervang(nummer, nummer + 1, [nieuw])
                if self._eerste_verschil is None:
                    self._eerste_verschil = (nummer, _eerste_verschil(regel.getoond, nieuw.getoond))

    # -- comments -------------------------------------------------------------------------------------
    def ankers(self) -> None:
        """Every open comment's phrase shaded where it stands now (the whole text for a comment on a block)."""
        document, uit = self.ruimte.document, []
        for opmerking in self.policy.opmerkingen:
            if opmerking.opgelost:
                continue
            nummer = document.zoek(opmerking.blok_id)
            if nummer is None or document.regels[nummer].soort in MEERREGELIG:
                continue
            tekst = document.regels[nummer].getoond
            bereik = opmerking.anker(tekst) if opmerking.citaat else (0, len(tekst))
            if bereik is not None:
                uit.append((nummer, *bereik))
        document.markeer_ankers(uit)

    def gekozen(self) -> tuple[str, str, str, int] | None:
        """(soort, blok_id, citaat, begin): the block under the cursor, the selected phrase and where it starts."""
        plek = self.ruimte.document.selectie_in_regel()
        if plek is None or plek[1].spook:
            plek = self.ruimte.document.regel_van()
            if plek is None or plek[1].spook:
                return None
            return plek[1].soort, plek[1].blok_id, "", 0
        _, regel, van, tot = plek
        begin, eind = regel.naar_getoond(van), regel.naar_getoond(tot)
        return regel.soort, regel.blok_id, regel.getoond[begin:eind], begin + (self._begin_in_blok(regel) or 0)

    def _begin_in_blok(self, regel: Regel) -> int | None:
        """Where a line's shown text starts in its block's text as `lees_blok` gives it (what comments anchor
        on): 0 for a block of one line; for a text edited as one (aanhef, sectie, ondertekening) the lines
        before it and the item's label count too."""
        scheiding = MEERREGELIG.get(regel.soort)
        if scheiding is None or regel.regel is None:
            return 0
        delen = b.lees_blok(self.ruimte.policy, regel.soort, regel.blok_id).split(scheiding)
        if regel.regel >= len(delen):
            return None
        binnen = delen[regel.regel].find(regel.getoond) if regel.getoond else 0
        return sum(len(d) + len(scheiding) for d in delen[:regel.regel]) + max(binnen, 0)

    def _regel_met(self, blok_id: str, begin: int | None) -> tuple[int | None, int]:
        """The line that shows offset `begin` of a block's text, and where that line starts in it."""
        document = self.ruimte.document
        nummer = document.zoek(blok_id)
        if nummer is None or begin is None or document.regels[nummer].regel is None:
            return nummer, 0
        beste: tuple[int | None, int] = (nummer, 0)
        for i, regel in enumerate(document.regels):
            if regel.blok_id != blok_id or regel.spook or regel.regel is None or not regel.bewerkbaar:
                continue
            start = self._begin_in_blok(regel)
            if start is not None and start <= begin <= start + len(regel.getoond):
                beste = (i, start)
        return beste

    def ga_naar(self, blok_id: str, begin: int | None = None, eind: int | None = None) -> bool:
        document = self.ruimte.document
        nummer, start = self._regel_met(blok_id, begin)
        if nummer is None:
            return self.ruimte.selecteer(blok_id)
        self.ruimte._volg_in_outline(blok_id)
        document.zet_cursor(nummer, (begin or 0) - start, eind - start if begin is not None and eind is not None else None)
        self.ruimte._midden(nummer)
        document.setFocus()
        return True


def _eerste_verschil(oud: str, nieuw: str) -> int:
    """Where two texts start to differ (the end of the common start)."""
    n = 0
    while n < min(len(oud), len(nieuw)) and oud[n] == nieuw[n]:
        n += 1
    return n
