"""`revise --from-text`: an edited copy of the readable text, recorded as the same operations as the
window's (a structural diff: new, deleted and moved blocks, edited texts)."""

from __future__ import annotations

from ..i18n import tr
from ..model.document import Policy
from .afstemmen import Afstemmer, Verslag
from .context import Context, Uitkomst


def reviseer(policy: Policy, bewerkt: Policy, ctx: Context) -> tuple[Uitkomst, Verslag]:
    """The differences from `policy` to `bewerkt`, applied to `policy` (tracked when the context tracks)."""
    u = Uitkomst(tr("Bewerkte tekst vastleggen"), structuur=True, revisies=True, metadata=True)
    verslag = Afstemmer(policy, bewerkt, ctx, u).stem_af()
    return u, verslag
