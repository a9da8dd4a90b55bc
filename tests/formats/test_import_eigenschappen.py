"""Invariants of the importer under a randomised harness (issue 15): no word is ever lost, and the
source's own labels survive the readable text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.formats.importer import lees_tekst
from editor.formats.text_export import render_text
from editor.formats.text_import import lees_import
from editor.formats.woorden import behouden
from editor.model.document import Alinea, Artikel, Hoofdstuk, Lid, Onderdeel, Policy
from tests.conftest import ROOT

REGELS = [r for p in sorted((ROOT / "tests" / "data" / "real").glob("*.txt"))
          for r in p.read_text(encoding="utf-8").splitlines()]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REGELS), min_size=1, max_size=60))
def test_every_word_of_any_mix_of_real_lines_is_kept(regels: list[str]) -> None:
    """Lines of real regulations in any order and mix: each word is in the policy or in the report."""
    tekst = "\n".join(regels) + "\n"
    resultaat = lees_import(tekst)
    kept, totaal = behouden(tekst, resultaat.policy, resultaat.niet_geplaatst)
    assert kept == totaal


# One style of label per list, as real sources write them: the model's own, "Lid N", bullets; for
# onderdelen the model's letters, roman numerals, numbers, dashes.
LID_STIJLEN = [lambda i: None, lambda i: f"Lid {i + 1}", lambda i: "-"]
ROMEINS = ["i", "ii", "iii", "iv"]
ONDERDEEL_STIJLEN = [lambda j: None, lambda j: f"{ROMEINS[j]})", lambda j: f"{j + 1}.", lambda j: "-"]
zin = st.lists(st.sampled_from(["medewerker", "gebruikt", "sociale", "media", "niet", "privé", "werkgever"]),
               min_size=3, max_size=8).map(lambda w: w[0].capitalize() + " " + " ".join(w[1:]) + ".")


@st.composite
def gelabelde_policies(draw: st.DrawFn) -> Policy:
    policy = Policy(titel="Gedragscode sociale media")
    hoofdstuk = Hoofdstuk("Algemeen", label=draw(st.sampled_from([None, "§ 1.", "Paragraaf 1"])))
    policy.hoofdstukken = [hoofdstuk]
    for nummer in range(draw(st.integers(1, 3))):
        artikel = Artikel("Kop", hoofdstuk_id=hoofdstuk.id, label=draw(st.sampled_from([None, f"Artikel {nummer + 1}.1"])))
        lid_stijl = draw(st.sampled_from(LID_STIJLEN))
        for i in range(draw(st.integers(1, 3))):
            stijl = draw(st.sampled_from(ONDERDEEL_STIJLEN))
            sub = draw(st.sampled_from([None, "-"]))
            onderdelen = [Onderdeel(draw(zin), [Alinea(draw(zin), label=sub) for _ in range(draw(st.integers(0, 2)))],
                                    label=stijl(j)) for j in range(draw(st.integers(0, 3)))]
            tekst = draw(zin)
            artikel.leden.append(Lid(tekst[:-1] + ":" if onderdelen else tekst, onderdelen, label=lid_stijl(i)))
        artikel.leden_genummerd = True
        policy.artikelen.append(artikel)
    return policy


def labels(policy: Policy) -> list:
    return ([h.label for h in policy.hoofdstukken]
            + [(a.label, [(l.label, [(o.label, [s.label for s in o.subonderdelen]) for o in l.onderdelen])
                          for l in a.leden]) for a in policy.artikelen])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gelabelde_policies())
def test_labels_as_written_survive_the_readable_text(policy: Policy) -> None:
    terug = lees_tekst(render_text(policy))
    verwacht = labels(policy)
    assert labels(terug) == verwacht
