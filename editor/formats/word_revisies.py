"""Where the old places of deleted and moved blocks stand in a redline, in the order they stood.

`revisions.weergave.met_spoken` puts each spook after the sibling it followed (`na`) or, without one,
first. Blocks taken away one after another from the front of a list all have no `na`, so each went
before the previous ones and a merged artikel's leden came back in reverse order on Reject All. Here a
spook also goes after the spoken placed before it at that spot whose old index was not higher
(they were taken away earlier, from before it).
"""

from __future__ import annotations

from typing import Any

from ..model.document import Policy, Spook
from ..model import structuur
from ..model.structuur import blok as blok_van
from ..revisions.tracking import VERWIJDERD


def met_spoken(policy: Policy, container: str, lijst: list, oud: Policy | None = None,
               stil: set | frozenset = frozenset()) -> list[tuple[Any, Spook | None]]:
    """(block, spook) in reading order: spook None for a current block. With `oud` (the policy with all
    changes rejected) the old places keep the order they have there; the moves in `stil` (ids) are left out."""
    uit: list[tuple[Any, Spook | None]] = [(b, None) for b in lijst]
    spoken = []
    for spook in policy.spoken:
        if spook.container != container or id(spook) in stil:
            continue
        blok = spook.blok if spook.soort == VERWIJDERD else blok_van(policy, spook.blok_id)
        if blok is None and spook.soort != VERWIJDERD:     # moved inside a container deleted since, or deleted
            blok = next((b for b in lijst if b.id == spook.blok_id), None) or _in_verwijderd(policy, spook.blok_id)
        if blok is not None:
            spoken.append((_oude_vorm(policy, spook, blok), spook))
    verhuisd = {s.blok_id for s in policy.spoken if s.soort != VERWIJDERD}
    for paar in [paar for paar in spoken if paar[1].soort == VERWIJDERD and paar[1].blok_id in verhuisd]:
        spoken.remove(paar)         # moved, then deleted: it stands where the move put it, not at an old place
        uit.insert(_positie(uit, paar[1]), paar)
    volgorde = _oude_volgorde(oud, container) if oud is not None and spoken else None
    if volgorde is None or any(s.blok_id not in volgorde for _, s in spoken):
        for paar in spoken:
            uit.insert(_positie(uit, paar[1]), paar)
        return uit
    return _in_oude_volgorde(uit, sorted(spoken, key=lambda paar: volgorde[paar[1].blok_id]), volgorde)


def _in_verwijderd(policy: Policy, blok_id: str):
    """A block moved into a container whose deletion is pending (it waits there, in the spook)."""
    rij = [s.blok for s in policy.spoken if s.soort == VERWIJDERD and s.blok is not None]
    while rij:
        blok = rij.pop()
        if blok.id == blok_id:
            return blok
        rij += [b for b in structuur.in_blok(blok) if b is not blok]
    return None


def _oude_volgorde(oud: Policy, container: str) -> dict[str, int] | None:
    lijst = structuur.container(oud, container)
    return None if lijst is None else {blok.id: i for i, blok in enumerate(lijst)}


def _in_oude_volgorde(uit: list, spoken: list, volgorde: dict[str, int]) -> list:
    """Each old place right after the block that stood before it before all changes (its old place, when
    that one moved too), else first."""
    for blok, spook in spoken:
        eigen = volgorde[spook.blok_id]
        plek = 0
        for i, (ander, ander_spook) in enumerate(uit):
            oud_hier = ander_spook is not None or not any(s.blok_id == ander.id for _, s in spoken)
            if oud_hier and volgorde.get(ander.id, eigen) < eigen:
                plek = i + 1
        uit.insert(plek, (blok, spook))
    return uit


def _oude_vorm(policy: Policy, spook: Spook, blok: Any) -> Any:
    """The block as it stood at its old place (a lid indented to an onderdeel is a lid there)."""
    try:
        from ..revisions.weergave import oude_vorm
    except ImportError:         # before blocks could change their kind
        return blok
    return oude_vorm(policy, spook, blok)


def stille_verplaatsingen(policy: Policy) -> set[int]:
    """Moves that leave a block where it stood in the text as the redline shows it (an artikel moved into
    another hoofdstuk only, the besluit has no hoofdstuk headings; a lid indented and outdented again): no
    moveFrom/moveTo for these. A block moved more than once stands where it stood before its first move
    or it does not: its later moves are silent then, or the one move from its first old place to where it
    stands now."""
    stil = set()
    for spoken in _per_blok(policy).values():
        spook = spoken[0]
        lijst = structuur.container(policy, spook.container)
        if lijst is None:
            continue
        getoond = _met_verwijderde(policy, spook.container, [blok.id for blok in lijst])
        k = next((i for i, blok_id in enumerate(getoond) if blok_id == spook.blok_id), None)
        if k is not None and (getoond[k - 1] if k else None) == spook.na and (k or spook.positie == 0):
            stil |= {id(s) for s in spoken}
    return stil


def tussenplaatsen(policy: Policy) -> set[int]:
    """The places a block moved more than once stood between its moves: in neither the text before all
    changes nor now, so no old place is written there (Reject All would bring the block back twice)."""
    return {id(s) for spoken in _per_blok(policy).values() for s in spoken[1:]}


def _per_blok(policy: Policy) -> dict[str, list[Spook]]:
    """The moves of each moved block, oldest first."""
    uit: dict[str, list[Spook]] = {}
    for spook in policy.spoken:
        if spook.soort != VERWIJDERD:
            uit.setdefault(spook.blok_id, []).append(spook)
    for spoken in uit.values():
        spoken.sort(key=lambda s: s.wijziging.id)
    return uit


def _met_verwijderde(policy: Policy, container: str, ids: list[str]) -> list[str]:
    """The ids of a container's blocks as the redline shows them: with its deleted blocks where they stood
    (a block moved into another hoofdstuk and deleted since is in its place there too)."""
    for spook in policy.spoken:
        if spook.soort == VERWIJDERD and spook.container == container and spook.blok_id not in ids:
            ids.insert(ids.index(spook.na) + 1 if spook.na in ids else min(spook.positie, len(ids)), spook.blok_id)
    return ids


def _positie(uit: list[tuple[Any, Spook | None]], spook: Spook) -> int:
    i = 0
    if spook.na is not None:
        gevonden = next((j for j, (blok, ander) in enumerate(uit)
                         if blok.id == spook.na and (ander is None or ander.soort == VERWIJDERD)), None)
        if gevonden is None:
            return min(spook.positie, len(uit))
        i = gevonden + 1
    while i < len(uit) and uit[i][1] is not None and uit[i][1].positie <= spook.positie:
        i += 1
    return i


# -- which Word revisions are one change: a small custom XML part ---------------------------------------
# Word gives every w:ins / w:del its own w:id; a change of ours (a split lid, a deleted artikel) covers
# several. The part (not a customXml item: the template's are removed) names the change of each w:id with its author, so our own redline reads back as the
# same changes. A file saved by Word or LibreOffice renumbers the w:ids: then the author no longer
# matches, and each revision is a change of its own.

ONDERDEEL = "/beleidsstudio/wijzigingen.xml"
RELATIE = "urn:beleidsstudio:wijzigingen"      # a package relationship Word leaves alone
NAAMRUIMTE = "urn:beleidsstudio:wijzigingen"


def schrijf_wijzigingen(doc, wijzigingen: dict[str, tuple[int, str]], soorten: dict[str, str]) -> None:
    from xml.sax.saxutils import quoteattr

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    regels = "".join(f"<r w={quoteattr(w)} c=\"{c}\" a={quoteattr(a)}/>" for w, (c, a) in wijzigingen.items())
    regels += "".join(f"<s c={quoteattr(c)} n={quoteattr(n)}/>" for c, n in soorten.items())
    xml = f'<?xml version="1.0" encoding="UTF-8"?><wijzigingen xmlns="{NAAMRUIMTE}">{regels}</wijzigingen>'
    deel = Part(PackURI(ONDERDEEL), "application/xml", xml.encode("utf-8"), doc.part.package)
    doc.part.package.relate_to(deel, RELATIE)


def lees_wijzigingen(wortel) -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    """(w:id -> (change, author), change -> kind) from the part, or empty."""
    if wortel is None:
        return {}, {}
    ns = {"b": NAAMRUIMTE}
    paren = {r.get("w"): (int(r.get("c")), r.get("a")) for r in wortel.iterfind("b:r", ns) if r.get("c", "").isdigit()}
    return paren, {s.get("c"): s.get("n") for s in wortel.iterfind("b:s", ns)}


# -- text that changed because the structure changed ------------------------------------------------
# A cross-reference shows the number its target has now ("artikel 5, vierde lid"). When a structural
# change renumbered the target, Reject All must give back the old number: the shown text differs between
# the state before all open changes and now, and that difference is a revision by the author of the
# structural change (the newest one, when there are several).

TEKSTSOORTEN = {"insert", "delete", "replace", "replace_tekst"}


class AfgeleideTekst:
    """The text before all open changes, for references; None when nothing could have renumbered."""

    def __init__(self, policy: Policy) -> None:
        self.oud = None
        self.wijziging = None
        if not (policy.spoken or policy.blokrevisies) or not any("{ref:" in t for t in policy.teksten()):
            return
        import copy

        from ..model.verwijzingen import Verwijzingsindex
        from ..revisions.beslissen import verwerp
        from ..revisions.lijst import alle_wijzigingen

        wijzigingen = alle_wijzigingen(policy)
        structureel = [w for w in wijzigingen if w.soort not in TEKSTSOORTEN] or wijzigingen
        if not structureel:
            return
        self.wijziging = max(structureel, key=lambda w: w.id)
        kopie = copy.deepcopy(policy)
        verwerp(kopie, {w.id for w in wijzigingen})
        self.oud = Verwijzingsindex(kopie)

    def delen(self, rauw: str, nu: str) -> list[tuple[str, str]]:
        """(kind, text) pieces of an unchanged text as shown: "equal", or "delete"/"insert" where a
        reference shows another number than before."""
        if self.oud is None or "{ref:" not in rauw:
            return [("equal", nu)]
        return verschil_delen(self.oud.weergave(rauw), nu)


def verschil_delen(voor: str, nu: str) -> list[tuple[str, str]]:
    """(kind, text) pieces from `voor` to `nu`: the common start and end "equal", between them the whole
    words that differ as "delete" and "insert"."""
    if voor == nu:
        return [("equal", nu)]
    begin = 0
    while begin < min(len(voor), len(nu)) and voor[begin] == nu[begin]:
        begin += 1
    eind = 0
    while eind < min(len(voor), len(nu)) - begin and voor[-1 - eind] == nu[-1 - eind]:
        eind += 1
    while 0 < begin < len(nu) and nu[begin - 1].isalnum() and nu[begin].isalnum():      # whole words
        begin -= 1
    while 0 < eind < len(nu) - begin and nu[-eind - 1].isalnum() and nu[-eind].isalnum():
        eind -= 1
    delen = [("equal", nu[:begin]), ("delete", voor[begin:len(voor) - eind]), ("insert", nu[begin:len(nu) - eind]),
             ("equal", nu[len(nu) - eind:])]
    return [(soort, tekst) for soort, tekst in delen if tekst]


def voor_alles(policy: Policy) -> Policy:
    """A copy of the policy with all its open changes rejected: the text before them."""
    import copy

    from ..revisions.beslissen import verwerp
    from ..revisions.lijst import alle_wijzigingen

    kopie = copy.deepcopy(policy)
    verwerp(kopie, {w.id for w in alle_wijzigingen(kopie)})
    return kopie
