"""What other programs put around runs in word/document.xml, taken away before the importer walks a
paragraph, so that the runs and the revision marks inside are read as if they stood in the paragraph.

- w:hyperlink, w:smartTag, w:customXml, w:dir, w:bdo: unwrapped (their runs, revisions, comment ranges
  and bookmarks take their place; the link target, tag or direction is not part of a policy's text);
- w:sdt content controls, inline or around paragraphs, rows or cells: replaced by their w:sdtContent;
- w:fldSimple: replaced by its result runs; a complex field (w:fldChar begin/separate/end) keeps its result
  runs and loses the runs of its instruction (w:instrText, w:delInstrText: "REF _Ref12 \\h" is no text);
- mc:AlternateContent keeps one choice: a text box written twice (DrawingML and VML fallback) would
  otherwise give its paragraphs twice.
The revision marks (w:ins, w:del, w:moveFrom, w:moveTo) stay where they are, around or inside the
unwrapped parts, so a revision inside a hyperlink, field, smart tag or content control is read as one.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
OMHULSELS = {"hyperlink", "smartTag", "customXml", "dir", "bdo", "fldSimple"}
EIGENSCHAPPEN = {"smartTagPr", "customXmlPr", "fldData"}      # settings of a wrapper, not its content
INSTRUCTIE = {"instrText", "delInstrText"}
RUN_DELEN = {"rPr", "fldChar", "instrText", "delInstrText", "lastRenderedPageBreak"}


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def normaliseer(document) -> int:
    """Unwrap the foreign constructs in the tree of word/document.xml, in place; returns how many."""
    aantal = _kies_alternatief(document)
    for element in [e for e in document.iter() if _omhulsel(e)]:
        _pak_uit(element)
        aantal += 1
    for run in [r for r in document.iter(_w("r")) if _instructie(r)]:
        run.getparent().remove(run)
        aantal += 1
    return aantal


def _omhulsel(element) -> bool:
    if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{W}}}"):
        return False
    return etree.QName(element).localname in OMHULSELS | {"sdt"}


def _pak_uit(element) -> None:
    """The element's content in its place, in order."""
    ouder = element.getparent()
    if ouder is None:
        return
    if etree.QName(element).localname == "sdt":
        inhoud = element.find(_w("sdtContent"))
        kinderen = list(inhoud) if inhoud is not None else []
    else:
        kinderen = [k for k in element if not (isinstance(k.tag, str) and etree.QName(k).localname in EIGENSCHAPPEN)]
    plek = ouder.index(element)
    for n, kind in enumerate(kinderen):
        ouder.insert(plek + n, kind)
    ouder.remove(element)


def _instructie(run) -> bool:
    """A run that holds a field's instruction and nothing shown."""
    delen = [etree.QName(k).localname for k in run if isinstance(k.tag, str)]
    return any(d in INSTRUCTIE for d in delen) and all(d in RUN_DELEN for d in delen)


def _kies_alternatief(document) -> int:
    """Each mc:AlternateContent becomes the content of its first mc:Choice (or its mc:Fallback)."""
    aantal = 0
    for alternatief in list(document.iter(f"{{{MC}}}AlternateContent")):
        ouder = alternatief.getparent()
        if ouder is None:
            continue
        keuze = alternatief.find(f"{{{MC}}}Choice")
        if keuze is None:
            keuze = alternatief.find(f"{{{MC}}}Fallback")
        plek = ouder.index(alternatief)
        for n, kind in enumerate(list(keuze) if keuze is not None else []):
            ouder.insert(plek + n, kind)
        ouder.remove(alternatief)
        aantal += 1
    return aantal


# -- another program's change of a paragraph's level -----------------------------------------------------

ROL_VAN_FORMAAT = {"decimal": "l", "lowerLetter": "o", "upperLetter": "o", "lowerRoman": "o"}
NIVEAUROLLEN = ("l", "o", "s")


def oude_vorm(p, merk_van, stijlen: dict[str, str]):
    """The list a paragraph was in before a w:pPrChange ((numId, ilvl) or None), the change, made by
    `merk_van(element)`, and the style it had (its name; None: the same); None without one."""
    wissel = p.find(f"{_w('pPr')}/{_w('pPrChange')}")
    if wissel is None:
        return None
    numpr = wissel.find(f"{_w('pPr')}/{_w('numPr')}")
    num_id = numpr.find(_w("numId")) if numpr is not None else None
    ilvl = numpr.find(_w("ilvl")) if numpr is not None else None
    lijst = (num_id.get(_w("val")), int(ilvl.get(_w("val"), "0")) if ilvl is not None else 0) \
        if num_id is not None else None
    stijl = wissel.find(f"{_w('pPr')}/{_w('pStyle')}")
    naam = stijlen.get(stijl.get(_w("val")), stijl.get(_w("val"))) if stijl is not None else None
    return lijst, merk_van(wissel), naam


def oude_rollen(alineas: list, lijsten) -> None:
    """A lid indented to an onderdeel (or back) by another program keeps its id but not its role: the file
    has the old role's anchor deleted beside the new one, or the old list in w:pPrChange. Sets
    alinea.vreemde_rol = (role before, the change) for word_bouw, which builds the old form and tracks the
    change of level."""
    for alinea in alineas:
        if alinea.anker is None or alinea.anker[0] not in NIVEAUROLLEN or alinea.weg is not None:
            continue
        rol, blok_id = alinea.anker[0], alinea.anker[1]
        weg = next((k for k in alinea.kandidaten if len(k) > 4 and k[4] is not None and k[0][1] == blok_id
                    and k[0][0] in NIVEAUROLLEN and k[0][0] != rol), None)
        if weg is not None:
            alinea.vreemde_rol = (weg[0][0], alinea.vreemde_vorm[1] if alinea.vreemde_vorm is not None else weg[4])
            continue
        if alinea.vreemde_vorm is None or alinea.vreemde_vorm[0] is None:
            continue
        oud = _rol_van_lijst(lijsten, *alinea.vreemde_vorm[0])
        if oud is not None and oud != rol:
            alinea.vreemde_rol = (oud, alinea.vreemde_vorm[1])


def _rol_van_lijst(lijsten, num_id: str, ilvl: int) -> str | None:
    """The role a list level gives a paragraph: decimal "%1." a lid, a letter an onderdeel, "%2°" a
    sub-onderdeel, a bullet by its indentation (word_nummering.INSPRINGING per level)."""
    from .word_nummering import INSPRINGING

    gevonden = lijsten.formaat(num_id, ilvl)
    if gevonden is None:
        return None
    formaat, tekst, links = gevonden
    if tekst.endswith("°"):
        return "s"
    if formaat == "bullet":
        return {1: "l", 2: "o", 3: "s"}.get(round(links / INSPRINGING)) if links else None
    return ROL_VAN_FORMAAT.get(formaat)


def wissel_niveau(policy, journaal, blok_id: str, rol: str, merk, label: str | None) -> bool:
    """Track the change of a block's level as our own Tab and Shift+Tab do (bewerken/inspringen.py): a lid
    becomes the last onderdeel of the lid before it, its own onderdelen following it there; an onderdeel
    becomes a lid right after its lid, the onderdelen after it becoming its own. One change, `merk`'s, of
    kind indent_lid / outdent_onderdeel; the block keeps its old label for Reject All. False where the
    structure has no place for it (the first lid of an artikel)."""
    from ..model import structuur
    from ..revisions import tracking

    plaats = structuur.plaats(policy, blok_id)
    if plaats is None or (plaats.soort, rol) not in (("lid", "o"), ("onderdeel", "l")):
        return False
    blok = plaats.lijst[plaats.positie]
    if rol == "o":
        if plaats.positie == 0:
            return False
        vorige = plaats.lijst[plaats.positie - 1]
        volgers, doel, positie, soort = list(blok.onderdelen), vorige.id, len(vorige.onderdelen), "indent_lid"
    else:
        lid = structuur.blok(policy, plaats.container)
        artikel = structuur.plaats(policy, lid.id)
        volgers, doel, positie, soort = list(lid.onderdelen[plaats.positie + 1:]), artikel.container, \
            artikel.positie + 1, "outdent_onderdeel"
    policy.wijzigingsoorten.setdefault(str(merk.id), soort)
    auteur, tijd = merk.auteur or "", merk.tijd or ""
    if rol == "o":
        for volger in volgers:
            tracking.verplaats(policy, journaal, volger.id, vorige.id, len(vorige.onderdelen), auteur, tijd, True, merk.id)
        positie = len(vorige.onderdelen) - len(volgers)
    nieuw = structuur.in_vorm(blok, "onderdeel" if rol == "o" else "lid", label)
    journaal.haal_uit(plaats.lijst, plaats.positie)
    journaal.voeg_in(plaats.lijst, plaats.positie, nieuw)
    nummer = tracking.verplaats(policy, journaal, blok_id, doel, positie, auteur, tijd, True, merk.id)
    spook = next((s for s in reversed(policy.spoken) if s.blok_id == blok_id and s.wijziging.id == nummer), None)
    if spook is not None:
        journaal.zet(spook, "label", blok.label)
    if rol == "l":
        for volger in volgers:
            tracking.verplaats(policy, journaal, volger.id, nieuw.id, len(nieuw.onderdelen), auteur, tijd, True, merk.id)
    return True


def twee_blokken(alineas: list) -> list:
    """A paragraph in which another program wrote one block's text deleted and another block's inserted (an
    old heading's anchor in a w:del beside a new lid's anchor: a compare engine pairs unlike paragraphs) is
    two paragraphs: the old block deleted whole, then the new one inserted whole, so each keeps its role."""
    from dataclasses import replace

    from ..model.segment import DELETE, EQUAL, INSERT

    uit = []
    for alinea in alineas:
        oud = next((k for k in alinea.kandidaten if len(k) > 4 and k[4] is not None and alinea.anker is not None
                    and k[0][1] != alinea.anker[1] and not k[0][2]), None)
        weg = next((s for s in alinea.voor + alinea.segmenten if s.soort == DELETE), None)
        bij = next((s for s in alinea.voor + alinea.segmenten if s.soort == INSERT and not s.del_id), None)
        if oud is None or weg is None or bij is None:
            uit.append(alinea)
            continue
        alles = alinea.voor + alinea.segmenten
        nieuw = replace(alinea, voor=[], segmenten=[replace(s, soort=INSERT, auteur=bij.auteur, tijd=bij.tijd, id=bij.id)
                                                     if s.soort == EQUAL else s for s in alles if s.soort != DELETE],
                        merk_nieuw=alinea.merk_nieuw or bij, kandidaten=[], vreemde_vorm=None, vreemde_rol=None)
        stijl = alinea.vreemde_vorm[2] if alinea.vreemde_vorm is not None and len(alinea.vreemde_vorm) > 2 and alinea.vreemde_vorm[2] else alinea.stijl
        lijst = alinea.vreemde_vorm[0] if alinea.vreemde_vorm is not None else None
        weggehaald = replace(alinea, anker=oud[0], voor=[], stijl=stijl, lijst=lijst is not None,
                             num_id=lijst[0] if lijst else None, ilvl=lijst[1] if lijst else 0,
                             segmenten=[replace(s, soort=DELETE, auteur=weg.auteur, tijd=weg.tijd, id=weg.id)
                                        if s.soort == EQUAL else s for s in alles if s.soort != INSERT],
                             merk_weg=weg, merk_nieuw=None, kandidaten=[], vreemde_vorm=None, vreemde_rol=None, opmerkingen=[],
                             begin={})
        uit += [weggehaald, nieuw]      # (the new one keeps the mark: a deleted mark joins it to the next)
    return uit
