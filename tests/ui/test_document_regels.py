"""The lines of the document view as plain data: positions in a paragraph and in its current text map onto
each other whatever the mix of labels, current, inserted, deleted and referencing parts (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.samples import load_sample
from editor.ui.document_regels import ALLE, GETOOND, IN, VERWIJZING, WEG, Deel, Regel, regels

delen = st.lists(st.builds(Deel, st.text("abc ", min_size=1, max_size=6), st.sampled_from([IN, WEG, VERWIJZING, "tekst"])),
                 max_size=6)


@given(delen, st.sampled_from(["", "1.", "a.", "Artikel 12."]))
def test_positions_map_both_ways(delen_: list[Deel], label: str) -> None:
    regel = Regel("lid", "x", tuple(delen_), label)
    getoond = regel.getoond
    assert getoond == "".join(d.tekst for d in delen_ if d.rol in GETOOND)
    plekken = [regel.naar_plek(g) for g in range(len(getoond) + 1)]
    assert plekken == sorted(plekken) and plekken[0] >= regel.label_lengte
    assert all(regel.naar_getoond(p) == g for g, p in enumerate(plekken))
    for p in range(len(regel.tekst) + 1):        # every position in the paragraph is some offset in the text
        assert 0 <= regel.naar_getoond(p) <= len(getoond)


def test_the_current_text_of_every_line_is_what_the_operations_read() -> None:
    """In Alle markeringen the lines show deleted text too; what an edit works on is still lees_blok's text."""
    from editor import bewerken as b

    policy = load_sample("werksaam")
    for regel in regels(policy, ALLE):
        if regel.soort in ("lid", "onderdeel", "artikel", "hoofdstuk", "titel") and not regel.spook:
            assert regel.getoond == b.lees_blok(policy, regel.soort, regel.blok_id)
