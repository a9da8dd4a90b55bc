"""Two versions of one policy compared as tracked changes (block ids are stable across versions):
the older version made into the newer by the same operations as any edit, tracked as `auteur`."""

from __future__ import annotations

import copy

from ..model.document import Policy
from ..i18n import tr
from .afstemmen import Afstemmer
from .context import Context, Uitkomst, nu
from .review import bewaar_versie, vraag_instemming


def als_getrackte_wijzigingen(oud: Policy, nieuw: Policy, auteur: str, tijd: str, versie: str | None) -> Policy:
    """The newer version with its differences from the older one as changes by `auteur`."""
    resultaat = copy.deepcopy(oud)
    resultaat.revisies, resultaat.blokrevisies, resultaat.spoken, resultaat.wijzigingsoorten = {}, {}, [], {}
    resultaat.volgende_wijziging, resultaat.laatste_versie = 1, versie
    Afstemmer(resultaat, nieuw, Context(auteur, bijhouden=True, tijd=tijd), Uitkomst(""), op_id=True).stem_af()
    resultaat.laatste_versie = nieuw.laatste_versie
    resultaat.opmerkingen = copy.deepcopy(nieuw.opmerkingen)
    return resultaat


def bewaar_versie_in(project, policy: Policy, label: str, auteur: str) -> Uitkomst:
    """A snapshot of the text in the project file, and the marker of the version the next changes follow,
    written together or not at all (the caller has saved the policy first, as the window's autosave does).
    The window and the command line both save versions through this."""
    uitkomst = bewaar_versie(policy, label)
    try:
        with project.transactie():
            versie = project.add_version(policy, label, auteur)
            project.save(policy)
    except BaseException:
        uitkomst.maak_ongedaan()        # nothing reached the file: the policy says so too
        raise
    uitkomst.selectie = str(versie.id)
    return uitkomst


def vraag_instemming_aan(project, policy: Policy, auteur: str) -> Uitkomst:
    """The consent request: a version of the text offered to the OR and its fingerprint in the record,
    written together or not at all."""
    label = tr("Ter instemming aangeboden aan de ondernemingsraad")
    with project.transactie():
        versie = bewaar_versie_in(project, policy, label, auteur)
        uitkomst = vraag_instemming(policy, nu(), f"{versie.selectie}: {label}")
        try:
            project.save(policy)
        except BaseException:
            uitkomst.maak_ongedaan()
            versie.maak_ongedaan()
            raise
    uitkomst.versie = True
    return uitkomst
