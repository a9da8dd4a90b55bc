"""The review commands: revise, changes, accept, reject, versions, version, consent."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import bewerken
from .bewerken import Context
from .bewerken.opmerkingen import opmerkingen_in_volgorde
from .bewerken.versies import bewaar_versie_in, vraag_instemming_aan
from .errors import BestandFout
from .formats.importer import importeer_bestand
from .i18n import aantal, tr
from .model.datums import parse_datum
from .revisions.lijst import alle_wijzigingen
from .store import ProjectBestand


def voeg_toe(sub) -> dict:
    rev = sub.add_parser("revise", help=tr("een bewerkte tekst vastleggen als bijgehouden wijzigingen"))
    rev.add_argument("bestand", type=Path)
    rev.add_argument("--from-text", required=True, type=Path, metavar="BEWERKT.txt|BEWERKT.md")
    rev.add_argument("--author", required=True)
    ch = sub.add_parser("changes", help=tr("de open wijzigingen"))
    ch.add_argument("bestand", type=Path)
    ch.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    op = sub.add_parser("comments", help=tr("de opmerkingen met hun plaats, citaat en antwoorden"))
    op.add_argument("bestand", type=Path)
    op.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    for naam, hulp in (("accept", tr("wijzigingen aanvaarden")), ("reject", tr("wijzigingen afwijzen"))):
        p = sub.add_parser(naam, help=hulp)
        p.add_argument("bestand", type=Path)
        keuze = p.add_mutually_exclusive_group(required=True)
        keuze.add_argument("--all", action="store_true")
        keuze.add_argument("--id", type=int, nargs="+", metavar="N")
        keuze.add_argument("--author", metavar="NAAM")
    vs = sub.add_parser("versions", help=tr("de bewaarde versies"))
    vs.add_argument("bestand", type=Path)
    vs.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    v = sub.add_parser("version", help=tr("een versie bewaren"))
    v.add_argument("bestand", type=Path)
    v.add_argument("--label", required=True)
    v.add_argument("--author", default="")
    co = sub.add_parser("consent", help=tr("instemming van de ondernemingsraad vragen of vastleggen"))
    co.add_argument("bestand", type=Path)
    wat = co.add_mutually_exclusive_group(required=True)
    wat.add_argument("--request", action="store_true")
    wat.add_argument("--decision", choices=["verleend", "geweigerd", "voorwaardelijk"])
    co.add_argument("--date", metavar="JJJJ-MM-DD")
    co.add_argument("--meeting", metavar="REF")
    co.add_argument("--notes")
    return {"revise": cmd_revise, "changes": cmd_changes, "comments": cmd_comments, "accept": cmd_accept, "reject": cmd_reject,
            "versions": cmd_versions, "version": cmd_version, "consent": cmd_consent}


def _project(pad: Path) -> ProjectBestand:
    if pad.suffix.lower() != ".beleid":
        raise BestandFout(tr("Wijzigingen worden in een projectbestand (.beleid) bijgehouden: {bestand}").format(bestand=pad))
    return ProjectBestand.open(pad)


def cmd_revise(args: argparse.Namespace) -> int:
    bewerkt = importeer_bestand(args.from_text)
    with _project(args.bestand) as project:
        policy = project.load()
        _, verslag = bewerken.reviseer(policy, bewerkt, Context(args.author, bijhouden=True))
        project.save(policy)
    print(tr("{gewijzigd} gewijzigd, {ingevoegd} ingevoegd, {verwijderd} verwijderd, {verplaatst} verplaatst door {auteur}")
          .format(gewijzigd=verslag.gewijzigd, ingevoegd=verslag.ingevoegd, verwijderd=verslag.verwijderd,
                  verplaatst=verslag.verplaatst, auteur=args.author))
    return 0


def wijziging_json(w) -> dict:
    return {"id": w.id, "soort": w.soort, "deel": w.deel, "auteur": w.auteur, "datum": w.datum, "artikel": w.artikel,
            "lid": w.lid, "tekst": w.tekst, "versie": w.versie, "blok": w.blok_id}


def cmd_changes(args: argparse.Namespace) -> int:
    with _project(args.bestand) as project:
        wijzigingen = alle_wijzigingen(project.load())
    if args.json:
        print(json.dumps([wijziging_json(w) for w in wijzigingen], ensure_ascii=False, indent=1))
        return 0
    for w in wijzigingen:
        plek = f"artikel {w.artikel}" + (f", lid {w.lid}" if w.lid else "") if w.artikel else "—"
        print(f"{w.id}\t{w.soort}\t{w.auteur}\t{w.datum}\t{plek}\t{w.tekst}")
    return 0


def cmd_comments(args: argparse.Namespace) -> int:
    """The comments in reading order, each with its place, phrase, author, time, text and replies (what a
    reviewed .docx brought in, as the window's comments list shows it)."""
    with _project(args.bestand) as project:
        policy = project.load()
    rijen = opmerkingen_in_volgorde(policy)
    if args.json:
        print(json.dumps([_opmerking_json(rij) for rij in rijen], ensure_ascii=False, indent=1))
        return 0
    for rij in rijen:
        o = rij.opmerking
        print(f"{rij.plaats}" + (f" · {tr('opgelost')}" if o.opgelost else "") +
              (f"\t“{o.citaat}”" if o.citaat else "") + ("" if rij.bereik or not o.citaat else f" ({tr('niet meer in de tekst')})"))
        print(f"\t{o.auteur}\t{o.tijd}\t{o.tekst}")
        for a in o.antwoorden:
            print(f"\t↳ {a.auteur}\t{a.tijd}\t{a.tekst}")
    return 0


def _opmerking_json(rij) -> dict:
    o = rij.opmerking
    return {"id": o.id, "plaats": rij.plaats, "blok": o.blok_id, "citaat": o.citaat,
            "bereik": list(rij.bereik) if rij.bereik else None, "auteur": o.auteur, "tijd": o.tijd, "tekst": o.tekst,
            "opgelost": o.opgelost, "antwoorden": [{"auteur": a.auteur, "tijd": a.tijd, "tekst": a.tekst} for a in o.antwoorden]}


def _kies_en_pas_toe(args: argparse.Namespace, actie) -> int:
    with _project(args.bestand) as project:
        policy = project.load()
        uitkomst = actie(policy, Context(args.author or ""), None if args.all else set(args.id or []) or None,
                         args.author)
        project.save(policy)
    print(aantal(len(uitkomst.nieuwe_wijzigingen), tr("{n} wijziging verwerkt"), tr("{n} wijzigingen verwerkt")))
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    return _kies_en_pas_toe(args, bewerken.accepteer)


def cmd_reject(args: argparse.Namespace) -> int:
    return _kies_en_pas_toe(args, bewerken.verwerp)


def cmd_versions(args: argparse.Namespace) -> int:
    with _project(args.bestand) as project:
        versies = project.versions()
    if args.json:
        print(json.dumps([{"id": v.id, "label": v.label, "auteur": v.auteur, "tijd": v.tijd} for v in versies],
                         ensure_ascii=False, indent=1))
    else:
        for v in versies:
            print(f"{v.id}\t{v.tijd}\t{v.auteur}\t{v.label}")
    return 0


def cmd_version(args: argparse.Namespace) -> int:
    with _project(args.bestand) as project:
        uitkomst = bewaar_versie_in(project, project.load(), args.label, args.author)
    print(tr("Versie {id} bewaard: {label}").format(id=uitkomst.selectie, label=args.label))
    return 0


def cmd_consent(args: argparse.Namespace) -> int:
    with _project(args.bestand) as project, project.transactie():     # version and consent record together
        policy = project.load()
        if args.request:
            vraag_instemming_aan(project, policy, "")
            afdruk = policy.metadata.or_instemming.vingerafdruk
            bericht = tr("Instemming gevraagd; vingerafdruk {afdruk}").format(afdruk=afdruk[:16])
        else:
            datum = parse_datum(args.date or "")
            if datum is None or len(datum) != 10:
                raise BestandFout(tr("Geef de datum van het besluit van de OR met --date JJJJ-MM-DD."))
            bewerken.leg_besluit_vast(policy, Context(""), args.decision, datum, args.meeting, args.notes)
            bericht = tr("Besluit van de OR vastgelegd: {status}").format(status=args.decision)
            project.save(policy)
    print(bericht)
    return 0
