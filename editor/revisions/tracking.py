"""Tracked changes over a whole policy, recorded through the model's undo log (Journaal).

Text: the segments of every text with changes (policy.revisies). Structure: an inserted block is
marked in policy.blokrevisies (its texts are inserted segments of the same change); a deleted or
moved block leaves a Spook where it stood (policy.spoken). So the current structure is always the
text as if every change were accepted, and one change (one id) covers a block's text and its place.
The kind of each structural change is kept by id in policy.wijzigingsoorten.
"""

from __future__ import annotations

from typing import Any

from ..model import structuur
from ..model.document import Artikel, Policy, Spook
from ..model.journaal import Journaal
from ..model.segment import DELETE, EQUAL, INSERT, Segment
from .segments import huidig, pas_toe, pas_toe_onbijgehouden, wijziging_ids

VERPLAATST, VERWIJDERD = "verplaatst", "verwijderd"
MOVE = "move"


def volgend_id(policy: Policy, j: Journaal):
    def geef() -> int:
        nummer = policy.volgende_wijziging
        j.zet(policy, "volgende_wijziging", nummer + 1)
        return nummer
    return geef


def nieuw_id(policy: Policy, j: Journaal) -> int:
    return volgend_id(policy, j)()


def _segmenten(policy: Policy, tekst_id: str, tekst: str) -> list[Segment]:
    return policy.revisies.get(tekst_id) or ([Segment(tekst)] if tekst else [])


def _bewaar(policy: Policy, j: Journaal, tekst_id: str, segmenten: list[Segment]) -> None:
    if any(s.soort != EQUAL for s in segmenten):
        j.zet_sleutel(policy.revisies, tekst_id, segmenten)
    else:
        j.wis_sleutel(policy.revisies, tekst_id)


# -- text --------------------------------------------------------------------------------------

def bewerk(policy: Policy, j: Journaal, tekst_id: str, nieuw: str, auteur: str, tijd: str,
           bijhouden: bool = True, vast_id: int | None = None) -> set[int]:
    """The text becomes `nieuw`; tracked, the difference is recorded as changes. Returns the new change ids."""
    obj, attribuut = structuur.tekstplaats(policy, tekst_id)
    return bewerk_tekst_van(policy, j, obj, attribuut, tekst_id, nieuw, auteur, tijd, bijhouden, vast_id)


def bewerk_tekst_van(policy: Policy, j: Journaal, obj: Any, attribuut: str, tekst_id: str, nieuw: str, auteur: str,
                     tijd: str, bijhouden: bool = True, vast_id: int | None = None) -> set[int]:
    oud = structuur.lees(obj, attribuut)
    if oud == nieuw:
        return set()
    if not bijhouden:
        j.zet(obj, attribuut, nieuw)
        if tekst_id in policy.revisies:      # pending changes of others stay around the untracked edit
            _bewaar(policy, j, tekst_id, pas_toe_onbijgehouden(policy.revisies[tekst_id], nieuw))
        return set()
    segmenten = _segmenten(policy, tekst_id, oud)
    geef = (lambda: vast_id) if vast_id else volgend_id(policy, j)
    nieuwe = pas_toe(segmenten, nieuw, auteur, tijd, geef, policy.laatste_versie)
    j.zet(obj, attribuut, huidig(nieuwe))
    _bewaar(policy, j, tekst_id, nieuwe)
    return wijziging_ids(nieuwe) - wijziging_ids(segmenten)


# -- structure -----------------------------------------------------------------------------------

def _registreer(policy: Policy, j: Journaal, wijziging: int, soort: str) -> None:
    j.zet_sleutel(policy.wijzigingsoorten, str(wijziging), soort)


def voeg_in(policy: Policy, j: Journaal, container_id: str, positie: int, blok: Any, auteur: str, tijd: str,
            bijhouden: bool, vast_id: int | None = None, soort: str | None = None) -> int | None:
    """Insert a block (with what it holds); tracked, it is one change covering its texts and its place."""
    lijst = structuur.container(policy, container_id)
    j.voeg_in(lijst, positie, blok)
    if not bijhouden:
        return None
    wijziging = vast_id or nieuw_id(policy, j)
    versie = policy.laatste_versie
    for tekst_id, obj, attribuut in structuur.teksten_in(blok):
        if tekst := structuur.lees(obj, attribuut):
            j.zet_sleutel(policy.revisies, tekst_id, [Segment(tekst, INSERT, auteur, tijd, wijziging, versie)])
    for deel in structuur.in_blok(blok):
        j.zet_sleutel(policy.blokrevisies, deel.id, Segment("", INSERT, auteur, tijd, wijziging, versie))
    if str(wijziging) not in policy.wijzigingsoorten:
        _registreer(policy, j, wijziging, f"insert_{soort or structuur.soort_van(blok)}")
    return wijziging


def verwijder(policy: Policy, j: Journaal, blok_id: str, auteur: str, tijd: str, bijhouden: bool,
              vast_id: int | None = None, soort: str | None = None) -> int | None:
    """Delete a block. Tracked it leaves a spook, unless it is the author's own pending insertion."""
    plaats = structuur.plaats(policy, blok_id)
    blok = plaats.lijst[plaats.positie]
    if not bijhouden or _eigen_invoeging(policy, blok, auteur):
        _haal_weg(policy, j, plaats)
        return None
    wijziging = vast_id or nieuw_id(policy, j)
    spook = _spook(policy, plaats, VERWIJDERD, Segment("", DELETE, auteur, tijd, wijziging, policy.laatste_versie))
    _zet_blok(spook, blok)
    j.haal_uit(plaats.lijst, plaats.positie)
    j.voeg_in(policy.spoken, len(policy.spoken), spook)
    if str(wijziging) not in policy.wijzigingsoorten:
        _registreer(policy, j, wijziging, f"delete_{soort or plaats.soort}")
    return wijziging


def verplaats(policy: Policy, j: Journaal, blok_id: str, naar_container: str, naar_positie: int, auteur: str,
              tijd: str, bijhouden: bool, vast_id: int | None = None, hoofdstuk_id: Any = ...) -> int | None:
    """Move a block; tracked, one change whose rejection puts it back where it stood just before.

    Moving a block back to where its last pending move took it from takes that move back instead.
    """
    plaats = structuur.plaats(policy, blok_id)
    blok = plaats.lijst[plaats.positie]
    herkomst = _spook(policy, plaats, VERPLAATST, Segment(""))
    j.haal_uit(plaats.lijst, plaats.positie)
    j.voeg_in(structuur.container(policy, naar_container), naar_positie, blok)
    if hoofdstuk_id is not ... and isinstance(blok, Artikel):
        j.zet(blok, "hoofdstuk_id", hoofdstuk_id)
    if not bijhouden or _terug_op_zijn_plaats(policy, herkomst, blok):
        return None
    vorige = next((s for s in reversed(policy.spoken) if s.soort == VERPLAATST and s.blok_id == blok_id), None)
    if (vorige is not None and vast_id is None and policy.wijzigingsoorten.get(str(vorige.wijziging.id)) == MOVE
            and _terug_op_zijn_plaats(policy, vorige, blok)):
        j.verwijder(policy.spoken, vorige)
        return None
    wijziging = vast_id or nieuw_id(policy, j)
    herkomst.wijziging = Segment("", MOVE, auteur, tijd, wijziging, policy.laatste_versie)
    j.voeg_in(policy.spoken, len(policy.spoken), herkomst)
    if str(wijziging) not in policy.wijzigingsoorten:
        _registreer(policy, j, wijziging, MOVE)
    return wijziging


def _spook(policy: Policy, plaats: structuur.Plaats, soort: str, wijziging: Segment) -> Spook:
    blok = plaats.lijst[plaats.positie]
    na = plaats.lijst[plaats.positie - 1].id if plaats.positie > 0 else None
    hoofdstuk = blok.hoofdstuk_id if isinstance(blok, Artikel) else None
    return Spook(soort, blok.id, plaats.container, na, plaats.positie, wijziging, hoofdstuk)


def _zet_blok(spook: Spook, blok: Any) -> None:
    veld = {"artikel": "artikel", "lid": "lid", "onderdeel": "onderdeel", "hoofdstuk": "hoofdstuk"}
    setattr(spook, veld.get(structuur.soort_van(blok), "alinea"), blok)


def _terug_op_zijn_plaats(policy: Policy, herkomst: Spook, blok: Any) -> bool:
    plaats = structuur.plaats(policy, blok.id)
    na = plaats.lijst[plaats.positie - 1].id if plaats.positie > 0 else None
    hoofdstuk = blok.hoofdstuk_id if isinstance(blok, Artikel) else None
    return (plaats.container, na, hoofdstuk) == (herkomst.container, herkomst.na, herkomst.hoofdstuk_id)


def _eigen_invoeging(policy: Policy, blok: Any, auteur: str) -> bool:
    """The author's own pending insertion, with nothing of anyone else inside: deleting it withdraws it."""
    delen = list(structuur.in_blok(blok))
    ids = {deel.id for deel in delen}
    for deel in delen:
        merk = policy.blokrevisies.get(deel.id)
        if merk is None or merk.auteur != auteur or merk.soort != INSERT:
            return False
        for s in policy.revisies.get(deel.id, []):
            if s.soort != EQUAL and (s.auteur != auteur or s.del_id):
                return False
    return not any(s.container in ids or s.blok_id in ids for s in policy.spoken)


def _haal_weg(policy: Policy, j: Journaal, plaats: structuur.Plaats) -> None:
    """A block leaves the text for good, with the record of what was pending inside it."""
    blok = plaats.lijst[plaats.positie]
    na = plaats.lijst[plaats.positie - 1].id if plaats.positie > 0 else None
    j.haal_uit(plaats.lijst, plaats.positie)
    vergeet(policy, j, blok)
    herveranker(policy, j, blok.id, na, plaats.positie)


def vergeet(policy: Policy, j: Journaal, blok: Any) -> None:
    """Drop the tracked changes of a block and of what it holds, and the spoken that stood inside it."""
    ids = {deel.id for deel in structuur.in_blok(blok)}
    for deel_id in ids:
        j.wis_sleutel(policy.revisies, deel_id)
        j.wis_sleutel(policy.blokrevisies, deel_id)
    for spook in [s for s in policy.spoken if s.container in ids or (s.soort == VERPLAATST and s.blok_id in ids)]:
        if spook in policy.spoken:
            j.verwijder(policy.spoken, spook)
            if spook.blok is not None:
                vergeet(policy, j, spook.blok)


def herveranker(policy: Policy, j: Journaal, weg_id: str, na: str | None, positie: int) -> None:
    """Spoken that followed a block that is gone now follow what it followed."""
    for spook in policy.spoken:
        if spook.na == weg_id:
            j.zet(spook, "na", na)
            j.zet(spook, "positie", positie)
