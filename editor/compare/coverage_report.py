"""The coverage matrix as readable text."""

from __future__ import annotations

from editor.onderwerpen import TOPICS

from ..i18n import tr
from .coverage import Dekking


def dekking_als_tekst(dekking: Dekking) -> str:
    breedte = max(len(t.id) for t in TOPICS) + 2
    kolom = max(12, *(len(d) + 2 for d in dekking.documenten))
    regels = [" " * breedte + "".join(d.rjust(kolom) for d in dekking.documenten)]
    for topic in TOPICS:
        cellen = []
        for document in dekking.documenten:
            blokken_ = dekking.cellen[topic.id][document]
            cellen.append((f"✓ {len(blokken_)}" if blokken_ else "—").rjust(kolom))
        regels.append(topic.id.ljust(breedte) + "".join(cellen))
    regels.append("")
    for document in dekking.documenten:
        ontbrekend = dekking.ontbrekend(document)
        regels.append(tr("{document} mist: {topics}").format(document=document, topics=", ".join(ontbrekend) or "—"))
    return "\n".join(regels) + "\n"
