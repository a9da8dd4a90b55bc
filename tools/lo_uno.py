#!/usr/bin/python3
"""LibreOffice as the Word client, driven through UNO: count the tracked changes and comments of .docx
files, and save them with all changes accepted or all rejected.

Run with Debian's /usr/bin/python3 (python3-uno does not import inside the venv). Reads a JSON list of
jobs on stdin, writes one JSON list of results on stdout:
  job:    {"in": "a.docx", "accepteer": "out-accepted.docx" (optional), "verwerp": "out-rejected.docx" (optional)}
  result: {"in": ..., "wijzigingen": [[type, author, text, (type, author under it)], ...],
           "opmerkingen": [[author, text], ...], "alineas": {...}, "fout": null}
  (with "alineas": [paths] in the job, also [style, list label, text] of each paragraph after Accept All,
  after Reject All and of each path)
LibreOffice 7.4 headless drops the bridge when a document with comments is loaded with a view (see
shared/design/FINDINGS.md), so counting loads without a view, and accept/reject works on a copy
without the comment anchors.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue


def _prop(naam, waarde):
    p = PropertyValue()
    p.Name, p.Value = naam, waarde
    return p


class Kantoor:
    """One headless soffice for all jobs, with its own profile."""

    def __init__(self):
        self.map = tempfile.mkdtemp(prefix="lo_uno_")
        naam = f"beleidsstudio{os.getpid()}"
        self.proces = subprocess.Popen(
            ["soffice", "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             f"-env:UserInstallation=file://{self.map}/profiel", f"--accept=pipe,name={naam};urp;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "HOME": self.map})
        lokaal = uno.getComponentContext()
        resolver = lokaal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokaal)
        for _ in range(200):
            try:
                self.ctx = resolver.resolve(f"uno:pipe,name={naam};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise RuntimeError("LibreOffice did not start")
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatch = self.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def sluit(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proces.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proces.kill()
        shutil.rmtree(self.map, ignore_errors=True)

    def tel(self, pad):
        """Changes and comments, read from a document loaded without a view."""
        doc = self.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", self.ctx)
        doc.load((_prop("URL", uno.systemPathToFileUrl(os.path.abspath(pad))), _prop("FilterName", "MS Word 2007 XML")))
        try:
            wijzigingen = []
            opsomming = doc.getRedlines().createEnumeration()
            while opsomming.hasMoreElements():
                r = opsomming.nextElement()
                wijzigingen.append([r.RedlineType, r.RedlineAuthor, _tekst(r)] + _onder(r))
            opmerkingen = []
            velden = doc.getTextFields().createEnumeration()
            while velden.hasMoreElements():
                v = velden.nextElement()
                if v.supportsService("com.sun.star.text.textfield.Annotation"):
                    opmerkingen.append([v.Author, v.Content])
            return wijzigingen, opmerkingen
        finally:
            doc.close(True)

    def alles(self, pad, doel, opdracht, lees=False):
        """Accept or reject all changes through the dispatcher (it needs a frame) and save as .docx; with
        `lees`, also the paragraphs as LibreOffice then shows them."""
        kopie = os.path.join(self.map, "zonder_opmerkingen.docx")
        _zonder_opmerkingen(pad, kopie)
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(kopie), "_blank", 0, (_prop("Hidden", True),))
        try:
            frame = doc.getCurrentController().getFrame()
            self.dispatch.executeDispatch(frame, opdracht, "", 0, ())
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(doel)), (_prop("FilterName", "MS Word 2007 XML"),))
            return _alineas(doc) if lees else None
        finally:
            doc.close(True)

    def alineas(self, pad):
        """The paragraphs of a file as LibreOffice shows them (loaded without a view)."""
        doc = self.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", self.ctx)
        doc.load((_prop("URL", uno.systemPathToFileUrl(os.path.abspath(pad))), _prop("FilterName", "MS Word 2007 XML")))
        try:
            return _alineas(doc)
        finally:
            doc.close(True)


def _tekst(redline):
    """The text a change covers, paragraph ends as a newline."""
    try:
        tekst = redline.RedlineStart.getText()
        cursor = tekst.createTextCursorByRange(redline.RedlineStart)
        cursor.gotoRange(redline.RedlineEnd, True)
        return cursor.getString()
    except Exception:
        return None


def _onder(redline):
    """[type, author] of the change under this one (an insertion by A that B deleted), or nothing."""
    onder = redline.RedlineSuccessorData
    if not onder:
        return []
    waarden = {p.Name: p.Value for p in onder}
    return [waarden.get("RedlineType"), waarden.get("RedlineAuthor")]


def _alineas(doc):
    """[style, list label, text] of every body paragraph: what a reader sees, numbering included."""
    uit = []
    opsomming = doc.getText().createEnumeration()
    while opsomming.hasMoreElements():
        alinea = opsomming.nextElement()
        if alinea.supportsService("com.sun.star.text.Paragraph"):
            uit.append([alinea.ParaStyleName, alinea.ListLabelString, alinea.getString()])
    return uit


ANKERS = re.compile(rb"<w:commentRangeStart[^>]*/>|<w:commentRangeEnd[^>]*/>|<w:r>(?:(?!</w:r>).)*?<w:commentReference[^>]*/></w:r>",
                    re.S)


def _zonder_opmerkingen(pad, doel):
    with zipfile.ZipFile(pad) as bron, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as uit:
        for info in bron.infolist():
            data = bron.read(info)
            if info.filename == "word/document.xml":
                data = ANKERS.sub(b"", data)
            uit.writestr(info, data)


def main():
    taken = json.load(sys.stdin)
    kantoor = Kantoor()
    uitkomsten = []
    try:
        for taak in taken:
            uitkomst = {"in": taak["in"], "fout": None}
            try:
                uitkomst["wijzigingen"], uitkomst["opmerkingen"] = kantoor.tel(taak["in"])
                lees = taak.get("alineas") is not None
                uitkomst["alineas"] = {}
                if taak.get("accepteer"):
                    uitkomst["alineas"]["accepteer"] = kantoor.alles(taak["in"], taak["accepteer"],
                                                                     ".uno:AcceptAllTrackedChanges", lees)
                if taak.get("verwerp"):
                    uitkomst["alineas"]["verwerp"] = kantoor.alles(taak["in"], taak["verwerp"],
                                                                   ".uno:RejectAllTrackedChanges", lees)
                for pad in taak.get("alineas") or []:
                    uitkomst["alineas"][pad] = kantoor.alineas(pad)
            except Exception as fout:          # one job's failure is reported, the others still run
                uitkomst["fout"] = f"{type(fout).__name__}: {fout}"
            uitkomsten.append(uitkomst)
    finally:
        kantoor.sluit()
    json.dump(uitkomsten, sys.stdout)


if __name__ == "__main__":
    main()
