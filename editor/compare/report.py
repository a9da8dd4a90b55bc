"""A comparison as readable text, as JSON, and as a side-by-side HTML report."""

from __future__ import annotations

import html
from typing import Any

from ..i18n import tr
from .blocks import Blok
from .engine import CompareResult, Rij
from .worddiff import Op, links_van, rechts_van


def soort_naam(soort: str) -> str:
    return {
        "same": tr("gelijk"), "changed": tr("gewijzigd"), "moved": tr("verplaatst"),
        "left_only": tr("alleen links"), "right_only": tr("alleen rechts"),
    }[soort]


def blok_json(blok: Blok | None) -> dict[str, Any] | None:
    if blok is None:
        return None
    return {"artikel": blok.artikel, "lid": blok.lid, "tekst": blok.tekst, "ref": blok.ref, "deel": blok.deel}


def als_json(result: CompareResult) -> dict[str, Any]:
    return {
        "left": result.links_titel,
        "right": result.rechts_titel,
        "rows": [rij_json(r) for r in result.rijen],
        "stats": result.stats(),
    }


def rij_json(rij: Rij) -> dict[str, Any]:
    """One row; a split clause lists its further blocks under left_also / right_also, each with its reason."""
    uit = {"kind": rij.soort, "left": blok_json(rij.links), "right": blok_json(rij.rechts),
           "ops": [list(op) for op in rij.ops], "score": round(rij.score, 3),
           "why": rij.reden.als_json() if rij.reden else None}
    if rij.links_ook or rij.rechts_ook:
        ook = iter(rij.ook_redenen)
        uit["left_also"] = [dict(blok_json(b), why=next(ook).als_json()) for b in rij.links_ook]
        uit["right_also"] = [dict(blok_json(b), why=next(ook).als_json()) for b in rij.rechts_ook]
    return uit


def waarom(rij: Rij) -> str:
    """The reason of a row in words, with the reasons of the further blocks of a split."""
    if rij.reden is None:
        return ""
    delen = [rij.reden.tekst()]
    for blok, reden in zip(rij.links_ook + rij.rechts_ook, rij.ook_redenen):
        delen.append(f"{blok.ref}: {reden.tekst()}")
    return " · ".join(d for d in delen if d)


def redline_tekst(ops: list[Op]) -> str:
    """Word's redline in plain text: [-deleted-]{+inserted+}."""
    delen = []
    for op in ops:
        if op[0] == "=":
            delen.append(op[1])
        elif op[0] == "-":
            delen.append(f"[-{op[1]}-]")
        else:
            delen.append(f"{{+{op[1]}+}}")
    return "".join(delen)


def als_tekst(result: CompareResult, alleen_verschillen: bool = False) -> str:
    regels = [f"{tr('Links')}:  {result.links_titel}", f"{tr('Rechts')}: {result.rechts_titel}", ""]
    for rij in result.rijen:
        if alleen_verschillen and not rij.is_verschil:
            continue
        links = rij.ref("l") or "—"
        rechts = rij.ref("r") or "—"
        regels.append(f"{soort_naam(rij.soort)}: {links} | {rechts}")
        if rij.reden is not None:
            regels.append("    " + tr("waarom: {reden}").format(reden=waarom(rij)))
        regels += ["    " + r for r in redline_tekst(rij.ops).splitlines()] + [""]
    regels.append(samenvatting(result))
    return "\n".join(regels) + "\n"


def samenvatting(result: CompareResult) -> str:
    return tr("{verschillen} verschillen: {changed} gewijzigd, {moved} verplaatst, {left_only} alleen links, "
              "{right_only} alleen rechts; {same} gelijk.").format(**result.stats())


# -- HTML -------------------------------------------------------------------------------

CSS = """
@page { size: A4 landscape; margin: 1.5cm;
        @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-size: 8pt; } }
body { font-family: Calibri, Carlito, "DejaVu Sans", Arial, sans-serif; font-size: 10pt; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.ref { width: 9em; } thead { display: table-header-group; } tr { page-break-inside: avoid; }
th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
td.ref { width: 9em; color: #555; font-size: 9pt; }
tr.moved td { background: #f3ecff; } tr.left_only td.l, tr.right_only td.r { background: #fbfbf3; }
del { color: #c0392b; text-decoration: line-through; } ins { color: #1f5fbf; text-decoration: underline; }
.soort { font-size: 8pt; color: #777; display: block; }
"""


def zijde_html(ops: list[Op], zijde: str, weg: str = "<del>{}</del>", bij: str = "<ins>{}</ins>") -> str:
    """One side ("l" or "r") of a redline as HTML; `weg` and `bij` wrap deleted and inserted words."""
    delen = []
    for op in ops:
        if op[0] == "=":
            tekst = op[2] if zijde == "r" and len(op) == 3 else op[1]
            delen.append(html.escape(tekst))
        elif op[0] == "-" and zijde == "l":
            delen.append(weg.format(html.escape(op[1])))
        elif op[0] == "+" and zijde == "r":
            delen.append(bij.format(html.escape(op[1])))
    return "".join(delen).replace("\n", "<br>")


def _html_rij(rij: Rij) -> str:
    links, rechts = html.escape(rij.ref("l")), html.escape(rij.ref("r"))
    soort = f'<span class="soort">{html.escape(soort_naam(rij.soort))}</span>'
    reden = f'<span class="soort">{html.escape(waarom(rij))}</span>' if rij.reden else ""
    return (f'<tr class="{rij.soort}"><td class="ref">{links}{soort}{reden}</td><td class="l">{zijde_html(rij.ops, "l")}</td>'
            f'<td class="ref">{rechts}</td><td class="r">{zijde_html(rij.ops, "r")}</td></tr>')


def als_html(result: CompareResult) -> str:
    titel = html.escape(tr("Vergelijking"))
    plaats = html.escape(tr("Plaats"))
    kop = ('<colgroup><col class="ref"><col><col class="ref"><col></colgroup>'      # the texts get the width
           f"<thead><tr><th>{plaats}</th><th>{html.escape(tr('Links'))}: {html.escape(result.links_titel)}</th>"
           f"<th>{plaats}</th><th>{html.escape(tr('Rechts'))}: {html.escape(result.rechts_titel)}</th></tr></thead>")
    rijen = "\n".join(_html_rij(r) for r in result.rijen)
    return (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{titel}</title>'
            f"<style>{CSS}</style></head><body><h1>{titel}</h1><p>{html.escape(samenvatting(result))}</p>"
            f"<table>{kop}\n<tbody>{rijen}</tbody></table></body></html>\n")


def controleer(result: CompareResult) -> bool:
    """Each row's ops rebuild its blocks' texts exactly (used by tests and the benchmark)."""
    for rij in result.rijen:
        if rij.links and links_van(rij.ops) != rij.links_tekst:
            return False
        if rij.rechts and rechts_van(rij.ops) != rij.rechts_tekst:
            return False
    return True
