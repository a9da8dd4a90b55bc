"""The readable text of a policy (what `show` prints); text_import reads it back.

The body reads as the policy would be published. Metadata that the body does not
express (say an OR consent that is only requested) follows in a closing block
"Gegevens" of `veld: json` lines, so that the text imports back to the same
structure and metadata.
"""

from __future__ import annotations

import json
from typing import Any

from ..model.datums import format_datum
from ..model.document import Artikel, Lid, Policy, Sectie
from ..model.metadata import Metadata
from ..model.numbering import artikel_label, hoofdstuk_label, lid_nummer, onderdeel_label, subonderdeel_label
from ..model.serialize import from_dict, to_dict
from ..model.verwijzingen import Verwijzingsindex
from .text_import import ANDER_AANHEF_RE, TOELICHTING_KOPPEN, parse_text

GEGEVENS_KOP = "Gegevens"


def render_text(policy: Policy) -> str:
    body = render_body(policy)
    extra = _gegevens_buiten_tekst(policy, body)
    if not extra:
        return body
    regels = ["---", GEGEVENS_KOP, ""] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in extra.items()]
    return body + "\n" + "\n".join(regels) + "\n"


def render_body(policy: Policy) -> str:
    regels: list[str] = [policy.titel, ""]
    regels += aanhef_regels(policy)
    if policy.inleiding:
        regels += _sectie(policy.inleiding)
    regels += _artikelen(policy, Verwijzingsindex(policy))
    if policy.slotwoord:
        regels += _sectie(policy.slotwoord)
    regels += ondertekening_regels(policy.metadata)
    regels += _toelichting(policy.toelichting)
    return "\n".join(regels).rstrip() + "\n"


def aanhef_regels(policy: Policy) -> list[str]:
    aanhef = policy.aanhef
    regels: list[str] = []
    if aanhef.orgaan:
        regels += [f"{aanhef.orgaan};", ""]
    for alinea in aanhef.gezien:
        regels += [alinea.tekst if ANDER_AANHEF_RE.match(alinea.tekst) else f"gezien {alinea.tekst}", ""]
    for kop, lijst in (("gelet op:", aanhef.gelet_op), ("overwegende dat:", aanhef.overwegingen),
                       ("b e s l u i t :", aanhef.beslispunten)):
        if lijst:
            regels += [kop, ""] + [f"{a.label or '-'} {a.tekst}" for a in lijst] + [""]
    if aanhef.orgaan and not aanhef.beslispunten and policy.artikelen:
        regels += ["Besluit:", ""]      # the ministerial form: "Besluit:" and then the artikelen
    return regels


def _sectie(sectie: Sectie) -> list[str]:
    regels = [sectie.kop, ""] if sectie.kop else []
    for alinea in sectie.alineas:
        regels += [alinea.tekst, ""]
    return regels


def _artikelen(policy: Policy, index: Verwijzingsindex) -> list[str]:
    regels: list[str] = []
    hoofdstuk_id = None
    for nummer, artikel in enumerate(policy.artikelen, start=1):
        if artikel.hoofdstuk_id and artikel.hoofdstuk_id != hoofdstuk_id:
            hoofdstuk = policy.hoofdstuk(artikel.hoofdstuk_id)
            h_nummer = policy.hoofdstukken.index(hoofdstuk) + 1
            regels += [f"{hoofdstuk_label(hoofdstuk, h_nummer)} {hoofdstuk.kop}".rstrip(), ""]
        hoofdstuk_id = artikel.hoofdstuk_id
        regels += [f"{artikel_label(artikel, nummer)} {artikel.kop}".rstrip(), ""]
        regels += _leden(artikel, index)
    return regels


def _leden(artikel: Artikel, index: Verwijzingsindex) -> list[str]:
    regels: list[str] = []
    genummerd = lid_nummer(artikel, 0) is not None if artikel.leden else False
    for i, lid in enumerate(artikel.leden):
        tekst = index.weergave(lid.tekst)
        standaard = f"{i + 1}." if genummerd else ""
        regels.append(f"{lid.label or standaard} {tekst}".strip() if lid.label or standaard else tekst)
        regels += _onderdelen(lid, index)
        if not genummerd:
            regels.append("")
    if genummerd:
        regels.append("")
    return regels


def _onderdelen(lid: Lid, index: Verwijzingsindex) -> list[str]:
    regels: list[str] = []
    for j, onderdeel in enumerate(lid.onderdelen):
        regels.append(f"   {onderdeel_label(lid, j)} {index.weergave(onderdeel.tekst)}".rstrip())
        regels += [f"      {subonderdeel_label(onderdeel, k)} {index.weergave(s.tekst)}".rstrip()
                   for k, s in enumerate(onderdeel.subonderdelen)]
    return regels


def vaststellingsformule(metadata: Metadata) -> str | None:
    vaststelling = metadata.vaststelling
    if not vaststelling.datum:
        return "Aldus vastgesteld," if metadata.ondertekening else None
    datum = format_datum(vaststelling.datum)
    if vaststelling.orgaan:
        return f"Aldus vastgesteld in de vergadering van {vaststelling.orgaan} van {datum},"
    return f"Aldus vastgesteld op {datum},"


def ondertekening_regels(metadata: Metadata) -> list[str]:
    formule = vaststellingsformule(metadata)
    if formule is None:
        return []
    regels = [formule, ""]
    for ondertekenaar in metadata.ondertekening:
        datum = f" (getekend {format_datum(ondertekenaar.datum)})" if ondertekenaar.datum else ""
        regels += [f"De {ondertekenaar.functie}, {ondertekenaar.naam}{datum}", ""]
    return regels


def _toelichting(secties: list[Sectie]) -> list[str]:
    if not secties:
        return []
    regels: list[str] = []
    if secties[0].kop.lower() not in TOELICHTING_KOPPEN:
        regels += ["Toelichting", ""]
    for sectie in secties:
        regels += _sectie(sectie)
    return regels


# -- metadata that the body does not say ------------------------------------------------

def _plat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    uit: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            uit.update(_plat(value, f"{prefix}{key}."))
        else:
            uit[f"{prefix}{key}"] = value
    return uit


def _gegevens_buiten_tekst(policy: Policy, body: str) -> dict[str, Any]:
    afgeleid = parse_text(body)
    eigen = _plat(to_dict(policy.metadata)) | {"citeertitel": policy.citeertitel}
    uit_tekst = _plat(to_dict(afgeleid.metadata)) | {"citeertitel": afgeleid.citeertitel}
    return {k: v for k, v in eigen.items() if uit_tekst.get(k) != v}


def split_gegevens(tekst: str) -> tuple[str, dict[str, Any]]:
    """The body and the values of a closing "Gegevens" block (empty when there is none)."""
    regels = tekst.rstrip().split("\n")
    try:
        kop = len(regels) - 1 - regels[::-1].index(GEGEVENS_KOP)
    except ValueError:
        return tekst, {}
    waarden = _lees_gegevens(regels[kop + 1:])
    if waarden is None:
        return tekst, {}
    einde = kop - 1 if kop > 0 and regels[kop - 1].strip() == "---" else kop
    return "\n".join(regels[:einde]).rstrip() + "\n", waarden


def _lees_gegevens(regels: list[str]) -> dict[str, Any] | None:
    waarden: dict[str, Any] = {}
    for regel in regels:
        if not regel.strip():
            continue
        sleutel, sep, waarde = regel.partition(": ")
        if not sep or not sleutel.replace(".", "").replace("_", "").isalpha():
            return None
        try:
            waarden[sleutel] = json.loads(waarde)
        except json.JSONDecodeError:
            return None
    return waarden


def pas_gegevens_toe(policy: Policy, waarden: dict[str, Any]) -> None:
    """Set the metadata fields named in a Gegevens block (raises ValueError on a bad value)."""
    meta = to_dict(policy.metadata)
    for sleutel, waarde in waarden.items():
        if sleutel == "citeertitel":
            policy.citeertitel = waarde
            continue
        *pad, laatste = sleutel.split(".")
        doel = meta
        for deel in pad:
            doel = doel[deel]
        if laatste not in doel:
            raise ValueError(sleutel)
        doel[laatste] = waarde
    try:
        policy.metadata = from_dict(Metadata, meta)
    except (TypeError, KeyError) as exc:
        raise ValueError(str(exc)) from exc
