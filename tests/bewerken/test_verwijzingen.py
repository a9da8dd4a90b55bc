"""Cross-references are right after every move, and read as broken after a deletion (issue 11, item 8)."""

from __future__ import annotations

from editor import bewerken as b
from editor.bewerken import Context
from editor.checks.regels import controleer
from editor.model.verwijzingen import VERBROKEN, Verwijzingsindex
from editor.samples import load_sample

LOS, BIJ = Context("Opsteller"), Context("OR", bijhouden=True)


def getoond(policy, lid) -> str:
    return Verwijzingsindex(policy).weergave(lid.tekst)


def test_a_reference_at_the_end_of_a_sentence_names_the_lid() -> None:
    policy = load_sample("werksaam")
    lid = policy.artikelen[0].leden[0]
    b.bewerk_blok(policy, LOS, "lid", lid.id, lid.tekst + " Dit geldt met inachtneming van artikel 3, tweede lid.")
    doel = policy.artikelen[2].leden[1]
    assert lid.tekst.endswith(f"met inachtneming van {{ref:{doel.id}}}.")
    b.verschuif(policy, LOS, doel.id, -1)                # the lid moves: the text names its new place
    assert getoond(policy, lid).endswith("met inachtneming van artikel 3, eerste lid.")
    b.verplaats(policy, LOS, policy.artikelen[2].id, "artikelen", 4)
    assert getoond(policy, lid).endswith("met inachtneming van artikel 5, eerste lid.")


def test_decimal_numbers_and_other_regulations_stay_text() -> None:
    policy = load_sample("werksaam")
    lid = policy.artikelen[0].leden[0]
    b.bewerk_blok(policy, LOS, "lid", lid.id, "Zie artikel 3.2 en artikel 3 van de Wet op de ondernemingsraden.")
    assert "{ref:" not in lid.tekst


def test_a_tracked_deletion_breaks_the_reference_and_the_checks_say_so() -> None:
    policy = load_sample("werksaam")
    verwijzend = policy.artikelen[3].leden[3]
    assert getoond(policy, verwijzend).endswith("(zie ook artikel 5, derde lid).")
    b.verwijder(policy, BIJ, policy.artikelen[4].leden[2].id)
    assert getoond(policy, verwijzend).endswith(f"(zie ook {VERBROKEN}).")
    assert any(v.blok == verwijzend.id and "verwijzing" in v.bericht.lower() for v in controleer(policy))
    b.verwerp(policy, Context("Opsteller"))                   # rejected: the lid and the reference are back
    assert getoond(policy, verwijzend).endswith("(zie ook artikel 5, derde lid).")
