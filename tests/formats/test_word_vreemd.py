"""Our clean exports, redlined the way another program (the Docxodus compare engine) writes it: its revisions
carry no change record of ours, the document property holds the FIRST file's facts, and the paragraphs carry
our anchors. Each test edits the clean export's XML as the engine does and imports it (fast: no engine, no
LibreOffice; benchmarks/vreemde_redlines.py runs the engine itself)."""

from __future__ import annotations

import copy
import shutil
import zipfile
from pathlib import Path

from lxml import etree

from editor.formats.docx_export import schrijf_besluit
from editor.formats.docx_import import importeer_docx
from editor.formats.slotbepalingen import lees_uit_tekst
from editor.formats.text_export import render_text
from editor.revisions.beslissen import accepteer, verwerp
from editor.revisions.lijst import alle_wijzigingen
from editor.samples import load_sample

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTEUR, DATUM = "Docxodus", "2000-01-01T00:00:00Z"


def w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def schoon(sample: str):
    policy = load_sample(sample)
    policy.opmerkingen = []
    lees_uit_tekst(policy)
    return policy


def export(policy, pad: Path) -> Path:
    schrijf_besluit(policy, pad)
    return pad


def bewerk_xml(pad: Path, doel: Path, bewerking) -> Path:
    """A copy of the .docx whose word/document.xml `bewerking(root)` changed in place."""
    shutil.copy(pad, doel)
    with zipfile.ZipFile(pad) as z:
        delen = {n: z.read(n) for n in z.namelist()}
    wortel = etree.fromstring(delen["word/document.xml"])
    bewerking(wortel)
    delen["word/document.xml"] = etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(doel, "w") as z:
        for naam, data in delen.items():
            z.writestr(naam, data)
    return doel


def revisie(tag: str, n: int):
    element = etree.Element(w(tag))
    element.set(w("id"), str(n))
    element.set(w("author"), AUTEUR)
    element.set(w("date"), DATUM)
    return element


def run(tekst: str, weg: bool = False):
    r = etree.Element(w("r"))
    t = etree.SubElement(r, w("delText" if weg else "t"))
    t.text = tekst
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def alinea_met(wortel, tekst: str):
    return next(p for p in wortel.iter(w("p")) if tekst in "".join(t.text or "" for t in p.iter(w("t"))))


def beslist(policy, alles: str) -> list[str]:
    kopie = copy.deepcopy(policy)
    (accepteer if alles == "accept" else verwerp)(kopie, {x.id for x in alle_wijzigingen(kopie)})
    return render_text(kopie).splitlines()


def tekst(pad: Path) -> list[str]:
    return render_text(importeer_docx(pad)).splitlines()


def test_an_inserted_artikel_the_facts_do_not_know_leaves_the_metadata_of_the_facts(tmp_path: Path) -> None:
    """The engine keeps the first file's document property; an artikel it does not know (inserted) made the
    import drop the facts and read metadata from the text: the OR consent line was lost after both Accept All
    and Reject All, and the text grew a "Gegevens" block."""
    voor = export(schoon("werksaam"), tmp_path / "voor.docx")

    def voeg_artikel_in(wortel) -> None:
        volgende = alinea_met(wortel, "Sociale media in privé situaties")
        kop = copy.deepcopy(volgende)
        lid = etree.Element(w("p"))
        for p, t, rol in ((kop, "Nieuwe regels", "a"), (lid, "De medewerker leest dit.", "l")):
            for kind in [k for k in p if k.tag != w("pPr")]:
                p.remove(kind)
            ppr = p.find(w("pPr")) if p.find(w("pPr")) is not None else etree.SubElement(p, w("pPr"))
            etree.SubElement(etree.SubElement(ppr, w("rPr")), w("ins")).attrib.update(revisie("ins", 90 + len(rol)).attrib)
            begin = etree.SubElement(p, w("bookmarkStart"))
            begin.attrib.update({w("id"): str(900 + len(t)), w("name"): f"_bs_{rol}_nieuw{rol}"})
            revisie_ = etree.SubElement(p, w("ins"))
            revisie_.attrib.update(revisie("ins", 80 + len(t)).attrib)
            revisie_.append(run(t))
            etree.SubElement(p, w("bookmarkEnd")).set(w("id"), str(900 + len(t)))
        volgende.addprevious(kop)
        volgende.addprevious(lid)

    redline = bewerk_xml(voor, tmp_path / "redline.docx", voeg_artikel_in)
    terug = importeer_docx(redline)
    eerste = tekst(voor)
    assert beslist(terug, "reject") == eerste
    aanvaard = beslist(terug, "accept")
    assert "gezien de instemming van de OR van WerkSaam Westfriesland van 28 april 2015;" in aanvaard
    assert "De medewerker leest dit." in aanvaard and "Artikel 5. Nieuwe regels" in aanvaard
    assert aanvaard[aanvaard.index("---"):] == eerste[eerste.index("---"):]     # the same facts


def test_a_lid_indented_by_a_paragraph_property_change_alone_is_a_tracked_indent(tmp_path: Path) -> None:
    """Docxodus writes Tab on a lid as the paragraph's new list (an onderdelen list) with the old one in
    w:pPrChange, and our anchor with the new role only; the import ignored w:pPrChange, so Reject All kept the
    lid an onderdeel. Now it is an indent_lid by the engine's author: Accept All gives what Tab gives, Reject
    All the text before."""
    from editor import bewerken
    from editor.bewerken import Context

    policy = schoon("het-bedrijf")
    voor = export(policy, tmp_path / "voor.docx")
    artikel = next(a for a in policy.artikelen if len(a.leden) > 1 and not any(l.onderdelen for l in a.leden[:2]))
    lid = artikel.leden[1]
    ingesprongen = copy.deepcopy(policy)
    bewerken.spring_in(ingesprongen, Context("Jurist", bijhouden=False), lid.id)

    def spring_in(wortel) -> None:
        p = next(p for p in wortel.iter(w("p")) if any(b.get(w("name")) == f"_bs_l_{lid.id}" for b in p.iter(w("bookmarkStart"))))
        oud = copy.deepcopy(p.find(w("pPr")))       # (the engine also moves it to another list: left out here)
        wissel = revisie("pPrChange", 70)
        ppr_oud = etree.SubElement(wissel, w("pPr"))
        for kind in [k for k in oud if k.tag in (w("pStyle"), w("numPr"))]:
            ppr_oud.append(kind)
        p.find(w("pPr")).append(wissel)
        next(b for b in p.iter(w("bookmarkStart")) if b.get(w("name")) == f"_bs_l_{lid.id}").set(w("name"), f"_bs_o_{lid.id}")

    terug = importeer_docx(bewerk_xml(voor, tmp_path / "redline.docx", spring_in))
    assert [(x.soort, x.auteur) for x in alle_wijzigingen(terug)] == [("indent_lid", AUTEUR)]
    assert beslist(terug, "accept") == render_text(ingesprongen).splitlines()
    assert beslist(terug, "reject") == tekst(voor)


def test_a_paragraph_mark_deleted_between_two_leden_is_a_pending_merge(tmp_path: Path) -> None:
    """Delete at the end of a lid in Word (or a compare engine's merge) deletes the paragraph mark between two
    paragraphs that both keep their text. It was read as two leden with nothing pending, so Accept All kept them
    apart; now it is a merge_lid by its author: Accept All gives what our own merge gives, Reject All the text
    before."""
    from editor import bewerken
    from editor.bewerken import Context

    policy = schoon("werksaam")
    voor = export(policy, tmp_path / "voor.docx")
    artikel = next(a for a in policy.artikelen if len(a.leden) > 2 and not any(l.onderdelen for l in a.leden[:2]))
    eerste = artikel.leden[0]
    samen = copy.deepcopy(policy)
    bewerken.voeg_samen(samen, Context("Jurist", bijhouden=False), eerste.id)

    def voeg_samen(wortel) -> None:
        p = next(p for p in wortel.iter(w("p")) if any(b.get(w("name")) == f"_bs_l_{eerste.id}" for b in p.iter(w("bookmarkStart"))))
        ppr = p.find(w("pPr")) if p.find(w("pPr")) is not None else etree.SubElement(p, w("pPr"))
        rpr = ppr.find(w("rPr")) if ppr.find(w("rPr")) is not None else etree.SubElement(ppr, w("rPr"))
        rpr.append(revisie("del", 71))

    terug = importeer_docx(bewerk_xml(voor, tmp_path / "redline.docx", voeg_samen))
    assert [(x.soort, x.auteur) for x in alle_wijzigingen(terug)] == [("merge_lid", AUTEUR)]
    assert beslist(terug, "accept") == render_text(samen).splitlines()
    assert beslist(terug, "reject") == tekst(voor)
