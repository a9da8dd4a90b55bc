"""The besluit's aanhef in Word: the orgaan, "gezien", "gelet op", "overwegende dat", the preamble and
"b e s l u i t :" with its points, as the redline needs them.

- Its lists are Word lists (a bullet list "–" in numbering.xml, word_nummering), not a typed dash: Accept
  or Reject All in Word or LibreOffice then moves no typed sign into a neighbouring paragraph.
- The items that are blocks of the policy (gezien, gelet op, overwegingen, beslispunten) carry their own
  revisions.
- Text written from the metadata or the title (the orgaan, the OR's consent, the generated beslispunten)
  reads as before all open changes once they are rejected: where it differs from now, it is a revision by
  the author of the change that made it so. The consent is stated only when the record holds it for the
  text (exportregels), so rejecting a change can bring it back or take it away: then its paragraph is
  inserted or deleted whole.
"""

from __future__ import annotations

from ..model.document import Policy
from .besluit_tekst import beslispunten, instemming_regel, orgaan_regel
from .exportregels import open_wijziging_ids, zonder_onterechte_instemming
from .word_nummering import nummer
from .word_revisies import verschil_delen, voor_alles

STREEP = "–"


def _run(p, tekst: str):
    from .docx_export import _run as run     # (docx_export imports this module)
    return run(p, tekst)


def schrijf_aanhef(s) -> None:
    """The aanhef of a besluit (s: the docx_export writer), with its derived text as revisions."""
    policy, aanhef = s.policy, s.policy.aanhef
    oud = _voor_alles(s)
    orgaan = orgaan_regel(policy)
    if orgaan or (oud is not None and orgaan_regel(oud)):
        p = s.alinea("")
        s.ankers.zet(p, "r", "orgaan" if aanhef.orgaan else "")
        if aanhef.orgaan and s.revisies and s.policy.revisies.get("orgaan"):     # edited (the Gegevens pane)
            s._tekst(p, "orgaan", aanhef.orgaan)
            _run(p, orgaan[len(aanhef.orgaan):])          # its comma or semicolon
        else:
            _afgeleid(s, p, orgaan_regel(oud) if oud is not None else orgaan, orgaan)
    _instemming(s, instemming_regel(oud) if oud is not None else instemming_regel(policy), instemming_regel(policy))
    for a in aanhef.gezien:
        if "instemming" not in a.tekst.lower():      # a consent is stated from the record only (above)
            p = s.alinea("gezien ")
            s.ankers.zet(p, "g", a.id)
            s._tekst(p, a.id, a.tekst)
    for kop, lijst, rol in (("gelet op:", aanhef.gelet_op, "p"), ("overwegende dat:", aanhef.overwegingen, "w")):
        if lijst:
            s.ankers.afgeleid([s.alinea(kop)])
            for a in lijst:
                p = _punt(s)
                s.ankers.zet(p, rol, a.id)
                s._tekst(p, a.id, a.tekst)
                s._blok_markering(p, a.id)
    if policy.inleiding:       # a preamble belongs to the considerations, before "besluit"
        s._sectie(policy.inleiding.kop, [a.tekst for a in policy.inleiding.alineas], niveau=3,
                  sectie=policy.inleiding, rol="i")
    s.ankers.afgeleid([s.alinea("b e s l u i t :")])
    if aanhef.beslispunten:
        for punt in aanhef.beslispunten:
            p = _punt(s)
            s.ankers.zet(p, "b", punt.id)
            s._tekst(p, punt.id, punt.tekst)
            s._blok_markering(p, punt.id)
        return
    nu = beslispunten(policy)
    voor = beslispunten(oud) if oud is not None else nu
    for k, tekst in enumerate(nu):
        p = _punt(s)
        s.ankers.zet(p, "b", "")
        _afgeleid(s, p, voor[k] if len(voor) == len(nu) else tekst, tekst)


def _punt(s):
    """An item of an aanhef list: a paragraph in the bullet list."""
    p = s.paragraaf("", "List Paragraph")
    nummer(p, s.nummering.opsomming(STREEP, 1))
    return p


def _voor_alles(s) -> Policy | None:
    """The policy before all open changes, as the export states it (its consent checked against that text);
    None when nothing is open."""
    bron = getattr(s, "bron", s.policy)
    if not s.revisies or not open_wijziging_ids(bron):
        return None
    return zonder_onterechte_instemming(voor_alles(bron))


def _afgeleid(s, p, oud: str | None, nu: str | None) -> None:
    """Text written from the metadata or the title: as before the changes, with what differs now a revision
    by the author of the change that made it so."""
    oud, nu = oud or "", nu or ""
    w = s._afgeleid_door() if oud != nu else None
    if w is None:
        if nu:
            _run(p, nu)
        return
    for soort, stuk in verschil_delen(oud, nu):
        if soort == "equal":
            _run(p, stuk)
        else:
            s._revisie(p, "w:del" if soort == "delete" else "w:ins", stuk, w.auteur, w.tijd, w.id)


def _instemming(s, oud: str | None, nu: str | None) -> None:
    """The consent's "gezien": stated now, before the changes, or both (then its date as a revision)."""
    if oud is None and nu is None:
        return
    p = s.alinea("")
    s.ankers.afgeleid([p])
    if oud is not None and nu is not None:
        _run(p, "gezien ")
        _afgeleid(s, p, oud, nu)
        return
    w = s._afgeleid_door()
    if w is None:       # (cannot be: the two states differ only through an open change)
        _run(p, f"gezien {nu or oud}")
        return
    tag = "w:ins" if nu is not None else "w:del"
    s._revisie(p, tag, f"gezien {nu or oud}", w.auteur, w.tijd, w.id)
    s._markeer_alinea(p, tag, w.auteur, w.tijd, w.id)
