"""Word out and in on the command line: export, and the drafting checks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .checks import controleer
from .errors import BestandFout
from .i18n import aantal as meervoud, tr


def voeg_toe(sub) -> dict:
    ex = sub.add_parser("export", help=tr("als besluit naar Word of PDF"))
    ex.add_argument("bron", metavar="ID|BESTAND")
    ex.add_argument("-o", "--output", required=True, type=Path, metavar="UIT.docx|UIT.pdf|UIT.txt")
    ex.add_argument("--redline", action="store_true", help=tr("met de open wijzigingen als Word-revisies"))
    ex.add_argument("--against", metavar="VERSIE", help=tr("met redline: de verschillen met deze versie (nummer of naam)"))
    ex.add_argument("--clean", action="store_true", help=tr("de huidige tekst zonder markeringen (standaard)"))
    ex.add_argument("--force", action="store_true", help=tr("een bestaand bestand vervangen"))
    ex.add_argument("--accept-open", action="store_true",
                    help=tr("schoon exporteren met de open wijzigingen aanvaard (het project blijft ongewijzigd)"))
    ex.add_argument("--strict", action="store_true", help=tr("weigeren zolang de controles fouten vinden"))
    ex.add_argument("--template", type=Path, metavar="SJABLOON.dotx",
                    help=tr("het Word-sjabloon van de organisatie (standaard: de voorkeur, anders de regelingstijl)"))
    ch = sub.add_parser("check", help=tr("de controles op een beleid"))
    ch.add_argument("bron", metavar="ID|BESTAND")
    ch.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    me = sub.add_parser("meta", help=tr("de gegevens van een beleid tonen of wijzigen (zoals het paneel Gegevens)"))
    me.add_argument("bestand", type=Path, metavar="BESTAND.beleid")
    me.add_argument("--set", action="append", default=[], metavar="GEGEVEN=WAARDE",
                    help=tr("bijvoorbeeld terugwerkend_tot= of inwerkingtreding_datum=\"1 januari 2027\"; herhaalbaar"))
    me.add_argument("--author", default="", help=tr("de auteur van de wijziging"))
    me.add_argument("--track", action="store_true", help=tr("een herschreven artikel als bijgehouden wijziging"))
    return {"export": cmd_export, "check": cmd_check, "meta": cmd_meta}


def cmd_export(args: argparse.Namespace) -> int:
    from .formats.soorten import ExportOpties, exporteer, exportsoort_van

    if exportsoort_van(args.output) is None:
        raise BestandFout(tr("Exporteer naar .docx, .pdf, .txt of .md: {bestand}").format(bestand=args.output))
    if args.output.exists() and not args.force:
        raise BestandFout(tr("{bestand} bestaat al; kies een andere naam of gebruik --force.").format(bestand=args.output))
    if args.against and not args.redline:
        raise BestandFout(tr("--against hoort bij --redline."))
    policy = _bewaakt(args, _te_exporteren(args))
    sjabloon, auteur = _sjabloon_en_auteur(args)
    exporteer(policy, args.output, ExportOpties(revisies=args.redline, sjabloon=sjabloon, auteur=auteur))
    print(tr("Geëxporteerd: {bestand}").format(bestand=args.output))
    return 0


def _bewaakt(args: argparse.Namespace, policy):
    """The export guards: open changes need a choice, --strict refuses open fouten, and a consent
    that may not be stated is named (the writer leaves it out)."""
    from .formats import exportregels

    aantal = len(exportregels.open_wijziging_ids(policy))
    if aantal and not (args.redline or args.accept_open):
        raise BestandFout(tr("Export geweigerd: open wijzigingen in de tekst: {aantal}; aanvaard ze met --accept-open of "
                             "exporteer ze met --redline.").format(aantal=aantal))
    if aantal and args.accept_open and not args.redline:
        policy = exportregels.met_alles_aanvaard(policy)
    fouten = [b for b in controleer(policy) if b.ernst == "fout"]
    if args.strict and fouten:
        raise BestandFout(tr("Export geweigerd (--strict): {fouten}; zie `check`.").format(
            fouten=meervoud(len(fouten), tr("{n} open fout"), tr("{n} open fouten"))))
    for regel in exportregels.waarschuwingen(policy):
        print(f"beleidsstudio: {regel}", file=sys.stderr)
    return policy


def _sjabloon_en_auteur(args: argparse.Namespace) -> tuple[Path | None, str | None]:
    from .settings import laad_voorkeuren

    voorkeuren = laad_voorkeuren()
    sjabloon = args.template or (Path(voorkeuren.word_sjabloon) if voorkeuren.word_sjabloon else None)
    if sjabloon is not None and not sjabloon.is_file():
        raise BestandFout(tr("Het Word-sjabloon {bestand} bestaat niet.").format(bestand=sjabloon))
    return sjabloon, voorkeuren.auteur or None


def _laad(bron: str):
    from .cli import laad        # the shared loader: sample id, .beleid, .txt, .md or .docx

    return laad(bron)


def _te_exporteren(args: argparse.Namespace):
    """The policy to export; with --against, the differences since that version as tracked changes."""
    if not args.against:
        return _laad(args.bron)
    from .bewerken.versies import als_getrackte_wijzigingen
    from .store import ProjectBestand
    from .store.project import nu

    pad = Path(args.bron)
    if pad.suffix.lower() != ".beleid":
        raise BestandFout(tr("Versies staan in een projectbestand (.beleid): {bestand}").format(bestand=pad))
    with ProjectBestand.open(pad) as project:
        huidig = project.load()
        versie = next((v for v in project.versions() if args.against in (str(v.id), v.label)), None)
        if versie is None:
            raise BestandFout(tr("Versie {versie} bestaat niet in {bestand}.").format(versie=args.against, bestand=pad.name))
        oud = project.load_version(versie.id)
    return als_getrackte_wijzigingen(oud, huidig, tr("Wijzigingen sinds {versie}").format(versie=versie.label), nu(), versie.label)


def cmd_check(args: argparse.Namespace) -> int:
    bevindingen = controleer(_laad(args.bron))
    if args.json:
        print(json.dumps([b.als_json() for b in bevindingen], ensure_ascii=False, indent=1))
    else:
        for b in bevindingen:
            print(f"{b.ernst}\t{b.code}\t{b.bericht}")
            if b.hint:
                print(f"\t\t{b.hint}")
    return 1 if any(b.ernst == "fout" for b in bevindingen) else 0



def cmd_meta(args: argparse.Namespace) -> int:
    """Show the fields as they are typed, or set them: the same reading and operation as the Gegevens pane."""
    from . import bewerken
    from .formats.gegevens_invoer import SLEUTELS, bewerking, huidige_tekst
    from .store import ProjectBestand

    if args.bestand.suffix.lower() != ".beleid":
        raise BestandFout(tr("Gegevens worden in een projectbestand (.beleid) gewijzigd: {bestand}").format(bestand=args.bestand))
    if args.track and not args.author:
        raise BestandFout(tr("--track hoort bij --author."))
    with ProjectBestand.open(args.bestand) as project:
        policy = project.load()
        bewerken.herlees(policy, bewerken.Uitkomst(""))
        ctx = bewerken.Context(args.author or "", bijhouden=args.track)
        for opdracht in args.set:
            sleutel, sep, tekst = opdracht.partition("=")
            if not sep:
                raise BestandFout(tr("Schrijf --set GEGEVEN=WAARDE: {opdracht}").format(opdracht=opdracht))
            try:
                veld, waarde = bewerking(policy, sleutel.strip(), tekst)
            except ValueError as fout:
                raise BestandFout(str(fout)) from None
            bewerken.zet_gegeven(policy, ctx, veld, waarde)      # the Gegevens pane's operation
        if args.set:
            project.save(policy)
    for sleutel in SLEUTELS:
        print(f"{sleutel}: {huidige_tekst(policy, sleutel)}")
    return 0
