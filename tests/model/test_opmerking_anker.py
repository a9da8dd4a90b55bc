"""A comment's anchor: the exact occurrence of its phrase, found again after the text around it changed."""

from editor.model.opmerkingen import Opmerking

TEKST = "Het eerste lid geldt ook voor het tweede lid van artikel 3."


def test_anker_is_the_occurrence_where_it_was_placed():
    tweede = TEKST.index("lid", 20)
    o = Opmerking("b", "Anna", "2026-01-01T10:00", "Welk lid?", citaat="lid", begin=tweede)
    assert o.anker(TEKST) == (tweede, tweede + 3)


def test_anker_follows_text_inserted_before_it():
    tweede = TEKST.index("lid", 20)
    o = Opmerking("b", "Anna", "2026-01-01T10:00", "Welk lid?", citaat="tweede lid", begin=tweede - 7)
    nieuw = "Zie ook: " + TEKST
    start, eind = o.anker(nieuw)
    assert nieuw[start:eind] == "tweede lid" and start == nieuw.index("tweede lid")


def test_anker_none_for_whole_block_or_vanished_phrase():
    assert Opmerking("b", "A", "t", "x").anker(TEKST) is None
    assert Opmerking("b", "A", "t", "x", citaat="derde lid", begin=0).anker(TEKST) is None
