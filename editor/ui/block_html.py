"""The whole policy with its tracked changes as HTML (comparing saved versions); placeholders are
highlighted. The Document tab itself is the document view (document_weergave.py)."""

from __future__ import annotations

import html

from ..i18n import tr
from ..model.document import Artikel, Lid, Policy
from ..model.numbering import artikel_label, lid_label, onderdeel_label, subonderdeel_label
from ..model.placeholders import PATROON
from ..model.verwijzingen import Verwijzingsindex
from ..revisions.weergave import met_spoken
from .kleuren import auteur_kleur

PLACEHOLDER_STIJL = "background-color:#fde68a;"
# Word's markup views: every change inline; clean text with a bar where something changed; as if all
# were accepted; as if all were rejected.
ALLE, EENVOUDIG, GEEN, ORIGINEEL = "alle", "eenvoudig", "geen", "origineel"
BALK = '<span style="color:#c0392b; font-weight:bold;">▎</span>'

INSPRINGING = "margin-left:28px;"


def tekst_html(tekst: str) -> str:
    """Escaped text with placeholders such as [Naam organisatie] marked."""
    delen, vorige = [], 0
    for m in PATROON.finditer(tekst):
        delen.append(html.escape(tekst[vorige:m.start()]))
        delen.append(f'<span style="{PLACEHOLDER_STIJL}">{html.escape(m.group(0))}</span>')
        vorige = m.end()
    delen.append(html.escape(tekst[vorige:]))
    return "".join(delen)


def _kop(tekst: str) -> str:
    return f"<h3>{tekst_html(tekst)}</h3>"


def _alinea(tekst: str, stijl: str = "") -> str:
    return f'<p style="{stijl}">{tekst_html(tekst)}</p>'


def _artikel_kop(policy: Policy, artikel: Artikel) -> str:
    return f"{artikel_label(artikel, policy.artikel_nummer(artikel))} {artikel.kop}".rstrip()


def document_redline_html(policy: Policy) -> str:
    """The whole policy with its tracked changes (comparing versions)."""
    index = Verwijzingsindex(policy)
    delen = [f"<h2>{tekst_html(policy.titel)}</h2>"]
    for artikel, spook in met_spoken(policy, "artikelen", policy.artikelen):
        if spook is not None:
            delen.append(_weg(tr("Artikel {nummer}. {kop}").format(nummer="", kop=artikel.kop), spook, "h3"))
            delen += [_weg(lid.tekst, spook) for lid in artikel.leden]
            continue
        delen.append(_kop(_artikel_kop(policy, artikel)))
        delen.append(_leden(policy, artikel, index))
    return "".join(delen)


def _leden(policy: Policy, artikel: Artikel, index: Verwijzingsindex, weergave: str = ALLE) -> str:
    """The leden with, where they stood, the deleted ones and the old places of moved ones: struck through
    (Alle markeringen), plain (Origineel) or not at all (Eenvoudige markering, Geen markeringen); a lid
    inserted by a pending change is left out of the Origineel."""
    delen, i = [], 0
    for lid, spook in met_spoken(policy, artikel.id, artikel.leden):
        if spook is not None:
            if weergave == ALLE:
                delen.append(_weg(index.weergave(lid.tekst), spook))
            elif weergave == ORIGINEEL:
                delen.append(_alinea(index.weergave(lid.tekst)))
            elif weergave == EENVOUDIG:
                delen.append(f"<p>{BALK}</p>")
            continue
        if not (weergave == ORIGINEEL and lid.id in policy.blokrevisies):
            delen.append(_lid(artikel, i, index, None, policy, weergave))
        i += 1
    return "".join(delen)


def _weg(tekst: str, spook, tag: str = "p") -> str:
    kleur = auteur_kleur(spook.wijziging.auteur)
    titel = html.escape(f"{spook.wijziging.auteur or ''}, {spook.wijziging.tijd or ''}")
    return (f'<{tag} title="{titel}" style="color:{kleur}; text-decoration:line-through;">'
            f"{tekst_html(tekst)}</{tag}>")


def redline_html(segmenten, index: Verwijzingsindex, geheel_weg: bool = False, weergave: str = ALLE) -> str:
    """A tracked text: insertions underlined, deletions struck through, in the colour of their author; in
    the other markup views the text as it is now (all accepted) or as it was (all rejected), unmarked."""
    if weergave != ALLE:
        origineel = weergave == ORIGINEEL
        return "".join(tekst_html(index.weergave(s.tekst)) for s in segmenten
                       if (s.soort != "insert" if origineel else s.zichtbaar))
    delen = []
    for s in segmenten:
        tekst = tekst_html(index.weergave(s.tekst))
        if s.soort == "equal" and not geheel_weg:
            delen.append(tekst)
            continue
        kleur = auteur_kleur(s.del_auteur if s.del_id else s.auteur)
        streep = "line-through" if (s.soort == "delete" or s.del_id or geheel_weg) else ""
        onder = "underline" if s.soort == "insert" else ""
        titel = html.escape(f"{s.auteur or ''}, {s.tijd or ''}")
        delen.append(f'<span title="{titel}" style="color:{kleur}; text-decoration:{onder} {streep};">{tekst}</span>')
    return "".join(delen)


def _lid(artikel: Artikel, positie: int, index: Verwijzingsindex, alleen: str | None = None,
         policy: Policy | None = None, weergave: str = ALLE) -> str:
    lid: Lid = artikel.leden[positie]
    label = lid_label(artikel, positie)
    segmenten = policy.revisies.get(lid.id) if policy else None
    if segmenten:
        gewijzigd = any(s.soort != "equal" for s in segmenten) or lid.id in policy.blokrevisies
        balk = BALK if weergave == EENVOUDIG and gewijzigd else ""
        tekst_html_ = redline_html(segmenten, index, weergave=weergave)
        delen = [f'<p>{balk}{f"{html.escape(label)} " if label else ""}{tekst_html_}</p>']
    else:
        tekst = index.weergave(lid.tekst)
        delen = [_alinea(f"{label} {tekst}" if label else tekst)]
    for j, onderdeel in enumerate(lid.onderdelen):
        if alleen and onderdeel.id != alleen:
            continue
        delen.append(_alinea(f"{onderdeel_label(lid, j)} {index.weergave(onderdeel.tekst)}", INSPRINGING))
        delen += [_alinea(f"{subonderdeel_label(onderdeel, k)} {index.weergave(s.tekst)}", INSPRINGING * 2)
                  for k, s in enumerate(onderdeel.subonderdelen)]
    return "".join(delen)
