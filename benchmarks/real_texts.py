"""Real regulations in (issue 15): how much of what the texts state the importer reads right.

Run: .venv/bin/python benchmarks/real_texts.py
Prints, field by field, the stated values read right; the words kept (in the policy or the import
report); artikel and lid counts on texts with "Artikel" headings; the key's defects found; the fouten
that the key does not hold (false fouten); and fields filled that the text does not state.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.checks import controleer  # noqa: E402
from editor.formats.text_import import lees_import  # noqa: E402
from editor.formats.woorden import behouden  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "real"
VELDEN = ("orgaan", "vaststelling", "or_instemming", "ondertekening", "inwerkingtreding", "intrekking", "citeertitel")


def kaal(tekst: str | None) -> str:
    return re.sub(r"^(?:de|het)\s+", "", re.sub(r"[^\w\s-]", "", (tekst or "").lower())).strip()


def gelezen(policy) -> dict:
    meta = policy.metadata
    getekend = next((o.datum for o in meta.ondertekening if o.datum), None) or (
        meta.vaststelling.datum if meta.ondertekening else None)
    instemming = meta.or_instemming.datum or (meta.or_instemming.status and "verleend")
    return {
        "orgaan": [policy.aanhef.orgaan, meta.vaststelling.orgaan],
        "vaststelling": meta.vaststelling.datum,
        "or_instemming": instemming,
        "ondertekening": getekend or meta.vaststelling.datum,
        "inwerkingtreding": meta.inwerkingtreding.datum,
        "intrekking": [(i.titel, i.datum) for i in meta.intrekking],
        "citeertitel": policy.citeertitel,
    }


def juist(veld: str, verwacht, waarde) -> bool:
    if veld == "orgaan":
        return any(w and kaal(verwacht) in kaal(w) for w in waarde)
    if veld == "intrekking":
        titel, datum = verwacht
        return any(kaal(titel) in kaal(t) and d == datum for t, d in waarde)
    if veld == "citeertitel":
        return kaal(verwacht) == kaal(waarde)
    return verwacht == waarde


def leeg(waarde) -> bool:
    return not waarde or (isinstance(waarde, list) and not any(waarde))


def main() -> int:
    sleutel = json.loads((CORPUS / "antwoorden.json").read_text(encoding="utf-8"))
    vermeld, goed, verzonnen = Counter(), Counter(), Counter()
    woorden_behouden = woorden_totaal = rapportregels = 0
    tellingen = tellingen_goed = gebreken = gevonden = valse_fouten = 0
    for naam, key in sorted((k, v) for k, v in sleutel.items() if not k.startswith("_")):
        tekst = (CORPUS / naam).read_text(encoding="utf-8")
        imp = lees_import(tekst)
        policy, waarden = imp.policy, gelezen(imp.policy)
        missers = []
        for veld in VELDEN:
            if veld in key:
                vermeld[veld] += 1
                if juist(veld, key[veld], waarden[veld]):
                    goed[veld] += 1
                else:
                    missers.append(f"{veld}={waarden[veld]!r}")
            elif veld in ("vaststelling", "or_instemming", "intrekking") and not leeg(waarden[veld]):
                verzonnen[veld] += 1
                missers.append(f"{veld} niet vermeld, toch {waarden[veld]!r}")
        k, n = behouden(tekst, policy, imp.niet_geplaatst)
        woorden_behouden, woorden_totaal = woorden_behouden + k, woorden_totaal + n
        rapportregels += len(imp.niet_geplaatst)
        if "artikelen" in key:
            tellingen += 1
            leden = [len(a.leden) for a in policy.artikelen]
            tellingen_goed += leden == key["artikelen"]
            if leden != key["artikelen"]:
                missers.append(f"leden {leden}")
        bevindingen = controleer(policy)
        codes = {b.code for b in bevindingen}
        gebreken += len(key["gebreken"])
        gevonden += len(set(key["gebreken"]) & codes)
        vals = {b.code for b in bevindingen if b.ernst == "fout"} - set(key["gebreken"])
        valse_fouten += len(vals)
        missers += [f"gebrek niet gevonden: {c}" for c in set(key["gebreken"]) - codes]
        missers += [f"valse fout: {c}" for c in vals]
        print(f"{naam:52} woorden {k}/{n}  rapport {len(imp.niet_geplaatst):2}  {'; '.join(missers) or 'alles goed'}")
    print()
    print(f"{'veld':18} {'vermeld':>8} {'goed':>6}")
    for veld in VELDEN:
        print(f"{veld:18} {vermeld[veld]:8} {goed[veld]:6}")
    totaal, totaal_goed = sum(vermeld.values()), sum(goed.values())
    print(f"{'metadata':18} {totaal:8} {totaal_goed:6}   {100 * totaal_goed / totaal:.1f} %")
    print(f"gevuld maar niet vermeld: {sum(verzonnen.values())} {dict(verzonnen)}")
    print(f"woorden behouden: {woorden_behouden}/{woorden_totaal} = {100 * woorden_behouden / woorden_totaal:.1f} %"
          f"  (regels in het importrapport: {rapportregels})")
    print(f"artikel- en ledentelling goed: {tellingen_goed}/{tellingen} teksten met 'Artikel'-koppen")
    print(f"gebreken uit de sleutel gevonden: {gevonden}/{gebreken}")
    print(f"valse fouten: {valse_fouten}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
