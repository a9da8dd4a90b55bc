"""The gap analysis: which clauses of the library could fill a topic a draft lacks, best first.

Asked from an empty cell of the coverage matrix, the offer is the library's clauses for that topic:
model clauses first (written to be adopted as they are), then the clauses that cover the topic most
plainly. Asked from a clause the other document has and the draft lacks (a "right only" row), the
offer is ranked by how alike each clause is to that one, with the comparison's own matcher, and
says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.compare.blocks import Blok
from editor.compare.gelijkenis import Gelijkenis
from editor.i18n import tr
from editor.onderwerpen import TOPIC_IDS, classificeer

from .library import MODEL_BRON, Bibliotheek, Clausule

MAX_VOORSTELLEN = 12
MIN_GELIJKENIS = 0.05      # below this a clause has nothing in common with the one the draft lacks


@dataclass(frozen=True)
class Voorstel:
    clausule: Clausule
    score: float
    reden: str          # why it is offered, in words


def voor_onderwerp(bibliotheek: Bibliotheek, topic: str) -> list[Voorstel]:
    """The library's clauses for a topic: model clauses first, then by how strongly they cover it."""
    if topic not in TOPIC_IDS:
        raise ValueError(topic)
    uit = []
    for clausule in bibliotheek.zoek(topic=topic):
        sterkte = next((k.score for k in classificeer(clausule.tekst, clausule.titel) if k.topic == topic), 0)
        model = clausule.bron == MODEL_BRON
        reden = tr("modelclausule") if model else tr("uit {bron}").format(bron=clausule.bron)
        uit.append(Voorstel(clausule, sterkte + (100 if model else 0), reden))
    uit.sort(key=lambda v: (-v.score, len(v.clausule.tekst)))
    return uit[:MAX_VOORSTELLEN]


def voor_blok(bibliotheek: Bibliotheek, blok: Blok) -> list[Voorstel]:
    """The library's clauses most like a clause the draft lacks, best first, each with its reason.

    Only clauses that share a topic with it count when it has topics; the clause itself (the same
    text, from the same sample) is left out.
    """
    topics = {k.topic for k in classificeer(blok.tekst, blok.kop)}
    kandidaten = [c for c in bibliotheek.clausules
                  if c.tekst.strip() != blok.tekst.strip() and (not topics or topics & set(c.topics))]
    if not kandidaten:
        return []
    rechts = [Blok(c.id, c.tekst, "lid", kop=c.titel) for c in kandidaten]
    gelijkenis = Gelijkenis([blok], rechts, frozenset(), [0], list(range(len(rechts))))
    uit = [Voorstel(c, gelijkenis.score(0, j), gelijkenis.reden(0, j).tekst()) for j, c in enumerate(kandidaten)
           if gelijkenis.score(0, j) >= MIN_GELIJKENIS]
    uit.sort(key=lambda v: -v.score)
    return uit[:MAX_VOORSTELLEN]
