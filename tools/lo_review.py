#!/usr/bin/python3
"""A review made in LibreOffice, driven through UNO: open a .docx, record changes as one or more authors
(edit a phrase, delete a whole paragraph, insert a paragraph, move a paragraph, comment and reply), and
save it as .docx. The Word client of the tests' "LibreOffice-made review" (tests/formats/test_vreemde_redlines.py).

Run with Debian's /usr/bin/python3 (python3-uno does not import inside the venv). Reads one JSON job on
stdin, writes one JSON result on stdout:
  job:    {"in": "clean.docx", "uit": "review.docx", "stappen": [step, ...]}
  step:   {"auteur": "Anna de Vries", "doe": "vervang", "zoek": "persoonlijke titel", "door": "eigen titel"}
          {"auteur": ..., "doe": "verwijder_alinea", "zoek": "<phrase in the paragraph>"}
          {"auteur": ..., "doe": "nieuwe_alinea", "na": "<phrase in the paragraph before>", "tekst": "..."}
          {"auteur": ..., "doe": "verplaats_alinea", "zoek": "<phrase>",
           "voor": "<phrase in the paragraph before which it goes>"}
          {"auteur": ..., "doe": "opmerking", "zoek": "<anchored phrase>", "tekst": "..."}
          {"auteur": ..., "doe": "koppeling", "zoek": "<phrase>", "url": "https://..."}  (a hyperlink that was
          there before the review: made with recording off, it changes no text)
          "zoek" may come with "binnen": a longer phrase around it that says which occurrence is meant.
  result: {"uit": ..., "wijzigingen": [[type, author, text], ...], "opmerkingen": [[author, text], ...], "fout": null}

How (LibreOffice 7.4):
- The author of recorded changes is the user profile's name (/org.openoffice.UserProfile/Data givenname and
  sn, through the configuration provider); LibreOffice reads it again when it changes, so one document
  can take changes of several authors in turn.
- The document is loaded without a view: 7.4 headless drops the bridge when a comment is added to a
  document that has a view (see shared/design/FINDINGS.md). Phrases are found by walking the paragraphs
  (the search descriptor finds nothing in a document without a view).
- Record changes is the document's RecordChanges property. A whole paragraph is deleted with its mark (the
  cursor runs on to the start of the next paragraph); a new paragraph is Enter at the end of a paragraph,
  then its text, as a user types it; a move is the paragraph deleted with its mark and the same text
  inserted as a paragraph elsewhere: LibreOffice then marks the pair as moved and writes w:moveFrom/w:moveTo.
- Comments are com.sun.star.text.textfield.Annotation fields inserted over the phrase (absorbing it: the
  comment's range). 7.4 has no reply property (no ParentName) and its Word export writes no
  w15:paraIdParent, so a reply is what 7.4 makes of one in a .docx: a second comment on the same phrase by
  the replying author, dated after the first (its anchor comes first in the paragraph: the new field goes
  right after the phrase, before the first comment's).
"""

import datetime
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import uno  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402
from com.sun.star.util import DateTime  # noqa: E402

from lo_uno import Kantoor, _prop  # noqa: E402

WORD = "MS Word 2007 XML"


def zet_auteur(kantoor, naam):
    """The user profile's name, which LibreOffice gives every change it records from now on."""
    voornaam, _, achternaam = naam.partition(" ")
    provider = kantoor.smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", kantoor.ctx)
    gegevens = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                                                    (_prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    gegevens.setPropertyValue("givenname", voornaam)
    gegevens.setPropertyValue("sn", achternaam)
    gegevens.commitChanges()


def alineas(doc):
    opsomming = doc.getText().createEnumeration()
    while opsomming.hasMoreElements():
        deel = opsomming.nextElement()
        if deel.supportsService("com.sun.star.text.Paragraph"):
            yield deel


def zoek(doc, zin, binnen=None):
    """A cursor selecting the first occurrence of `zin` within one paragraph (within `binnen`, if given)."""
    for alinea in alineas(doc):
        plek = alinea.getString().find(binnen or zin)
        if plek >= 0 and binnen:
            plek += binnen.find(zin)
        if plek >= 0 and (not binnen or zin in binnen):
            cursor = doc.getText().createTextCursorByRange(alinea.getStart())
            cursor.goRight(plek, False)
            cursor.goRight(len(zin), True)
            return cursor
    raise LookupError(f"phrase not found: {zin!r}")


def hele_alinea(doc, zin):
    """A cursor selecting the paragraph holding `zin`, its paragraph mark included; and its text."""
    cursor = doc.getText().createTextCursorByRange(zoek(doc, zin).getStart())
    cursor.gotoStartOfParagraph(False)
    cursor.gotoEndOfParagraph(True)
    tekst = cursor.getString()
    if not cursor.goRight(1, True):
        raise LookupError(f"the last paragraph cannot be taken whole: {zin!r}")
    return cursor, tekst


def nu():
    moment = datetime.datetime.now(datetime.timezone.utc)
    uit = DateTime()
    uit.Year, uit.Month, uit.Day = moment.year, moment.month, moment.day
    uit.Hours, uit.Minutes, uit.Seconds = moment.hour, moment.minute, moment.second
    return uit


def doe(doc, stap):
    soort = stap["doe"]
    if soort == "vervang":
        zoek(doc, stap["zoek"], stap.get("binnen")).setString(stap["door"])
    elif soort == "koppeling":
        doc.RecordChanges = False
        zoek(doc, stap["zoek"], stap.get("binnen")).HyperLinkURL = stap["url"]
        doc.RecordChanges = True
    elif soort == "verwijder_alinea":
        hele_alinea(doc, stap["zoek"])[0].setString("")
    elif soort == "nieuwe_alinea":
        cursor = doc.getText().createTextCursorByRange(zoek(doc, stap["na"]).getEnd())
        cursor.gotoEndOfParagraph(False)
        doc.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        doc.getText().insertString(cursor, stap["tekst"], False)
    elif soort == "verplaats_alinea":
        cursor, tekst = hele_alinea(doc, stap["zoek"])
        cursor.setString("")
        doel = doc.getText().createTextCursorByRange(zoek(doc, stap["voor"]).getStart())
        doel.gotoStartOfParagraph(False)
        doc.getText().insertString(doel, tekst, False)
        doc.getText().insertControlCharacter(doel, PARAGRAPH_BREAK, False)
    elif soort == "opmerking":
        if opmerkingen(doc):
            time.sleep(1.1)         # a reply is later than what it answers, to the second Word dates keep
        plek = zoek(doc, stap["zoek"], stap.get("binnen"))
        veld = doc.createInstance("com.sun.star.text.textfield.Annotation")
        veld.Author = stap["auteur"]
        veld.Initials = "".join(d[:1] for d in stap["auteur"].split() if d[:1].isupper())
        veld.Content = stap["tekst"]
        veld.DateTimeValue = nu()
        doc.getText().insertTextContent(plek, veld, True)
    else:
        raise ValueError(f"unknown step: {soort}")


def wijzigingen(doc):
    uit = []
    opsomming = doc.getRedlines().createEnumeration()
    while opsomming.hasMoreElements():
        r = opsomming.nextElement()
        uit.append([r.RedlineType, r.RedlineAuthor, r.RedlineDescription])
    return uit


def opmerkingen(doc):
    uit = []
    velden = doc.getTextFields().createEnumeration()
    while velden.hasMoreElements():
        v = velden.nextElement()
        if v.supportsService("com.sun.star.text.textfield.Annotation"):
            uit.append([v.Author, v.Content])
    return uit


def review(kantoor, taak):
    doc = kantoor.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", kantoor.ctx)
    doc.load((_prop("URL", uno.systemPathToFileUrl(os.path.abspath(taak["in"]))), _prop("FilterName", WORD)))
    try:
        doc.RecordChanges = True
        for stap in taak["stappen"]:
            zet_auteur(kantoor, stap["auteur"])
            doe(doc, stap)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(taak["uit"])), (_prop("FilterName", WORD),))
        return {"uit": taak["uit"], "wijzigingen": wijzigingen(doc), "opmerkingen": opmerkingen(doc), "fout": None}
    finally:
        doc.close(True)


def main():
    taak = json.load(sys.stdin)
    kantoor = Kantoor()
    try:
        uitkomst = review(kantoor, taak)
    except Exception as fout:          # reported as the result, so the caller prints one line
        uitkomst = {"uit": taak.get("uit"), "fout": f"{type(fout).__name__}: {fout}"}
    finally:
        kantoor.sluit()
    json.dump(uitkomst, sys.stdout)


if __name__ == "__main__":
    main()
