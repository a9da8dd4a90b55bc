"""Exporting the finished besluit: our writer (template, properties, page furniture, guards) against
bare python-docx writing the same paragraphs into its default document, in the same run; and the PDF
through LibreOffice (tagged, PDF/A-2b). Last line: JSON.

Run: .venv/bin/python benchmarks/export_bench.py [--artikelen N] [--herhalingen N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document  # noqa: E402

from editor.formats.docx_export import schrijf_besluit  # noqa: E402
from editor.formats.pdf import converteer, soffice  # noqa: E402
from editor.formats.text_export import render_body  # noqa: E402
from editor.model.document import Artikel, Lid, Policy  # noqa: E402
from editor.samples import load_sample  # noqa: E402


def groot_beleid(artikelen: int) -> Policy:
    policy = load_sample("werksaam")
    tekst = "Medewerkers gebruiken sociale media verantwoord en delen geen vertrouwelijke informatie ({n})."
    policy.artikelen = [Artikel(f"Onderwerp {a}", [Lid(tekst.format(n=f"{a}.{i}")) for i in range(4)])
                        for a in range(1, artikelen + 1)]
    return policy


def kaal(policy: Policy, pad: Path) -> None:
    """The peer: the same text, one paragraph a line, in python-docx's default document."""
    doc = Document()
    for regel in render_body(policy).splitlines():
        doc.add_paragraph(regel)
    doc.save(str(pad))


def meet(functie, herhalingen: int) -> float:
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    return statistics.median(tijden)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--artikelen", type=int, default=300)
    parser.add_argument("--herhalingen", type=int, default=5)
    args = parser.parse_args()
    uit: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp)
        for naam, policy in (("werksaam", load_sample("werksaam")), (f"{args.artikelen}_artikelen", groot_beleid(args.artikelen))):
            ons = meet(lambda: schrijf_besluit(policy, map_ / "ons.docx"), args.herhalingen)
            peer = meet(lambda: kaal(policy, map_ / "kaal.docx"), args.herhalingen)
            uit[f"{naam}_docx_ms"], uit[f"{naam}_bare_python_docx_ms"] = round(ons, 1), round(peer, 1)
            uit[f"{naam}_ratio"] = round(ons / peer, 2)
            print(f"{naam}: finished besluit {ons:.1f} ms, bare python-docx {peer:.1f} ms (x{ons / peer:.2f}); "
                  f"{(map_ / 'ons.docx').stat().st_size // 1024} KB against {(map_ / 'kaal.docx').stat().st_size // 1024} KB")
        if soffice():
            schrijf_besluit(load_sample("werksaam"), map_ / "w.docx")
            pdf = meet(lambda: converteer(map_ / "w.docx", map_ / "w.pdf"), 2)
            uit["werksaam_pdf_ms"] = round(pdf, 1)
            print(f"werksaam: PDF (tagged, PDF/A-2b, Carlito) through LibreOffice {pdf:.0f} ms")
    print(json.dumps(uit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
