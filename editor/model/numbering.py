"""How blocks are numbered and named in the forms of the Aanwijzingen voor de regelgeving."""

from __future__ import annotations

from .document import Artikel, Hoofdstuk, Lid, Onderdeel

RANGTELWOORDEN = (
    "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
    "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
    "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste",
)


def lid_nummer(artikel: Artikel, index: int) -> int | None:
    """The number of the lid at `index`, or None for an unnumbered body.

    `leden_genummerd` is what the source says (True numbered, False unnumbered paragraphs) or None:
    numbered as soon as there is more than one lid, which is what a new artikel is.
    """
    if artikel.leden_genummerd is None:
        return index + 1 if len(artikel.leden) > 1 else None
    return index + 1 if artikel.leden_genummerd else None


def onderdeel_letter(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa" (Aanwijzing 3.65)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index % 26] * (index // 26 + 1)


def onderdeel_index(letter: str) -> int:
    """The inverse of onderdeel_letter."""
    return (len(letter) - 1) * 26 + ord(letter[0]) - ord("a")


def sub_label(index: int) -> str:
    return f"{index + 1}°"


def rangtelwoord(nummer: int) -> str:
    """3 -> "derde" (for "artikel 5, derde lid")."""
    if 1 <= nummer <= len(RANGTELWOORDEN):
        return RANGTELWOORDEN[nummer - 1]
    return f"{nummer}e"


# -- the label a reader sees: the source's own where it kept one, else the model's numbering ------

def artikel_label(artikel: Artikel, nummer: int) -> str:
    """"Artikel 4." or the source's own ("Artikel 1.1")."""
    return artikel.label or f"Artikel {nummer}."


def hoofdstuk_label(hoofdstuk: Hoofdstuk, nummer: int) -> str:
    """"Hoofdstuk 2." or the source's own ("§ 3.", "Paragraaf 1")."""
    return hoofdstuk.label or f"Hoofdstuk {nummer}."


def lid_label(artikel: Artikel, index: int) -> str | None:
    """What stands before a lid: the source's own label ("Lid 2", "-"), else its number, else nothing."""
    eigen = artikel.leden[index].label
    if eigen:
        return eigen
    nummer = lid_nummer(artikel, index)
    return f"{nummer}." if nummer else None


def onderdeel_label(lid: Lid, index: int) -> str:
    """"c." or the source's own ("i)", "1.")."""
    return lid.onderdelen[index].label or f"{onderdeel_letter(index)}."


def subonderdeel_label(onderdeel: Onderdeel, index: int) -> str:
    """"2°" or the source's own ("-")."""
    return onderdeel.subonderdelen[index].label or sub_label(index)
