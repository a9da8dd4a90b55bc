"""The command line: `python main.py samples|show|new|import …` (headless, no Qt widgets).

Expected failures print one line on stderr and exit with status 2; nothing is overwritten.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Sequence

from . import cli_review, cli_word
from .atomair import schrijf_tekst, schrijffout
from .crashlog import vang_onopvangbare
from .errors import BeleidsstudioFout, BestandFout
from .formats.importer import importeer_bestand
from .formats.soorten import is_import
from .formats.text_export import render_text
from .i18n import aantal, tr
from .model.document import Policy
from .formats.policy_json import policy_json
from .samples import load_sample, sample_ids, samples
from .store import ProjectBestand, controleer_kop
from .store.lock import geef_lock_vrij, lees_houder, neem_lock

FOUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line too."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise BestandFout(message)


def bouw_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="beleidsstudio", description=tr("Beleidsstudio: sociale-mediabeleid opstellen en vaststellen."))
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=_Parser)
    sub.add_parser("samples", help=tr("de meegeleverde voorbeelden, één per regel"))
    show = sub.add_parser("show", help=tr("een beleid als leesbare tekst of JSON"))
    show.add_argument("bron", metavar="ID|BESTAND")
    show.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    new = sub.add_parser("new", help=tr("een nieuw projectbestand van een voorbeeld"))
    new.add_argument("--sample", required=True, metavar="ID")
    _uitvoer(new)
    cmp_ = sub.add_parser("compare", help=tr("twee beleidsteksten naast elkaar vergelijken"))
    cmp_.add_argument("links", metavar="A")
    cmp_.add_argument("rechts", metavar="B")
    cmp_.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    cmp_.add_argument("-o", "--output", type=Path, metavar="BESTAND.html|BESTAND.docx",
                      help=tr("een rapport naast elkaar schrijven (HTML of Word)"))
    cmp_.add_argument("--keep-names", action="store_true",
                      help=tr("organisatienamen als verschil tonen in plaats van als één plaatshouder"))
    cmp_.add_argument("--force", action="store_true", help=tr("een bestaand rapport vervangen"))
    dek = sub.add_parser("coverage", help=tr("welke onderwerpen elk beleid dekt"))
    dek.add_argument("documenten", nargs="+", metavar="A")
    dek.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    cl = sub.add_parser("clauses", help=tr("de clausulebibliotheek doorzoeken"))
    cl.add_argument("--search", default="", metavar="Q", help=tr("zoekwoorden (hoofdletters en accenten tellen niet)"))
    cl.add_argument("--topic", metavar="T", help=tr("alleen clausules over dit onderwerp"))
    cl.add_argument("--source", metavar="S", help=tr("alleen clausules uit deze bron"))
    cl.add_argument("--json", action="store_true", help=tr("JSON in plaats van tekst"))
    wiz = sub.add_parser("wizard", help=tr("een nieuw beleid uit de antwoorden op de vragenlijst"))
    wiz.add_argument("--answers", required=True, type=Path, metavar="ANTWOORDEN.json")
    _uitvoer(wiz)
    imp = sub.add_parser("import", help=tr("een .txt- of .md-bestand als projectbestand"))
    imp.add_argument("bestand", type=Path)
    _uitvoer(imp)
    OPDRACHTEN.update(cli_review.voeg_toe(sub))
    OPDRACHTEN.update(cli_word.voeg_toe(sub))
    _lock_opties(sub)
    return parser


def _uitvoer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND.beleid")
    parser.add_argument("--force", action="store_true", help=tr("een bestaand projectbestand vervangen"))


def main(argv: Sequence[str]) -> int:
    """Every expected failure, a full disk and a read-only folder included, is one line and status 2."""
    _utf8_uitvoer()
    vang_onopvangbare()
    try:
        args = bouw_parser().parse_args(list(argv))
        with _projectlock(args):
            return OPDRACHTEN[args.opdracht](args)
    except BeleidsstudioFout as fout:
        print(f"beleidsstudio: {fout}", file=sys.stderr)
        return FOUT
    except BrokenPipeError:
        return 0
    except OSError as exc:        # a file the command did not foresee failing: still one line naming it
        print(f"beleidsstudio: {_os_fout(exc)}", file=sys.stderr)
        return FOUT


def _os_fout(exc: OSError) -> str:
    pad = Path(exc.filename or "?")
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM):
        return str(schrijffout(pad, exc))
    return tr("Kan {bestand} niet lezen of schrijven: {reden}").format(bestand=pad, reden=exc.strerror)


# Commands that write a project file (the file is named by their -o or by their first argument).
NIEUWE_PROJECTEN = ("new", "import", "wizard")
PROJECT_WIJZIGERS = ("revise", "accept", "reject", "version", "consent", "meta")


def _lock_opties(sub) -> None:
    for naam in NIEUWE_PROJECTEN + PROJECT_WIJZIGERS:
        sub.choices[naam].add_argument(
            "--take-over-lock", action="store_true",
            help=tr("een verlaten vergrendeling overnemen (van een programma dat niet meer draait, "
                    "of van een andere computer, ouder dan een dag)"))


@contextmanager
def _projectlock(args: argparse.Namespace):
    """A command that writes a project holds its lock meanwhile, as the window does: a project open
    elsewhere is refused in one line; an abandoned lock only with --take-over-lock."""
    pad = getattr(args, "output" if args.opdracht in NIEUWE_PROJECTEN else "bestand", None)
    alleen_lezen = args.opdracht == "meta" and not getattr(args, "set", None)     # meta shows unless --set
    if args.opdracht not in NIEUWE_PROJECTEN + PROJECT_WIJZIGERS or alleen_lezen or not isinstance(pad, Path) \
            or pad.suffix.lower() != ".beleid" or ((eigen := lees_houder(pad)) is not None and eigen.is_ik()):
        yield
        return
    houder = neem_lock(pad, overnemen=args.take_over_lock)
    if houder is not None:
        if houder.verlaten():
            raise BestandFout(tr("{bestand}: {houder}; die vergrendeling is verlaten. Gebruik --take-over-lock om "
                                 "haar over te nemen; er is niets gewijzigd.").format(bestand=pad, houder=houder.beschrijving()))
        raise BestandFout(tr("{bestand}: {houder}. Sluit het daar eerst; er is niets gewijzigd.")
                          .format(bestand=pad, houder=houder.beschrijving()))
    try:
        yield
    finally:
        geef_lock_vrij(pad)


def _utf8_uitvoer() -> None:
    for stroom in (sys.stdout, sys.stderr):
        if hasattr(stroom, "reconfigure"):
            stroom.reconfigure(encoding="utf-8", errors="replace")


# -- the commands ---------------------------------------------------------------------

def cmd_samples(args: argparse.Namespace) -> int:
    for info in samples():
        policy = load_sample(info.id)
        print("\t".join([info.id, policy.titel, info.bron, str(len(policy.artikelen))]))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    policy = laad(args.bron)
    if args.json:
        print(json.dumps(policy_json(policy), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(render_text(policy))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    doel = _controleer_doel(args.output, args.force)
    schrijf_project(doel, load_sample(args.sample))
    print(tr("Aangemaakt: {bestand}").format(bestand=doel))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .formats.importer import importeer_met_rapport, rapport_regels

    resultaat = importeer_met_rapport(args.bestand)
    doel = _controleer_doel(args.output, args.force)
    schrijf_project(doel, resultaat.policy)
    print(tr("Geïmporteerd: {bestand}").format(bestand=doel))
    for regel in rapport_regels(resultaat.niet_geplaatst):
        print(regel)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare import CompareOptions, compare_policies
    from .compare.report import als_html, als_json, als_tekst

    opties = CompareOptions(organisatie_als_plaatshouder=not args.keep_names)
    result = compare_policies(laad(args.links), laad(args.rechts), opties)
    if args.output:
        _schrijf_rapport(result, args.output, args.force, als_html)
    elif args.json:
        print(json.dumps(als_json(result), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(als_tekst(result))
    return 0


def _schrijf_rapport(result, doel: Path, force: bool, als_html) -> None:
    soort = doel.suffix.lower()
    if soort not in (".html", ".htm", ".docx"):
        raise BestandFout(tr("Een rapport is .html of .docx: {bestand}").format(bestand=doel))
    if doel.exists() and not force:
        raise BestandFout(tr("{bestand} bestaat al; kies een andere naam of gebruik --force.").format(bestand=doel))
    try:
        if soort == ".docx":
            from .formats.compare_docx import schrijf_vergelijking

            schrijf_vergelijking(result, doel)
        else:
            schrijf_tekst(doel, als_html(result))
    except OSError as exc:
        raise schrijffout(doel, exc) from None
    print(tr("Rapport geschreven: {bestand}").format(bestand=doel))


def cmd_coverage(args: argparse.Namespace) -> int:
    from .compare.coverage import dekking
    from .compare.coverage_report import dekking_als_tekst

    result = dekking({_naam(bron): laad(bron) for bron in args.documenten})
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(dekking_als_tekst(result))
    return 0


def cmd_clauses(args: argparse.Namespace) -> int:
    from clauses.library import laad_bibliotheek
    from editor.onderwerpen import TOPIC_IDS

    if args.topic and args.topic not in TOPIC_IDS:
        raise BestandFout(tr("Onbekend onderwerp: {topic} (kies uit: {ids})").format(topic=args.topic, ids=", ".join(TOPIC_IDS)))
    bibliotheek = laad_bibliotheek()
    if args.source and args.source not in bibliotheek.bronnen():
        raise BestandFout(tr("Onbekende bron: {bron} (kies uit: {ids})").format(bron=args.source, ids=", ".join(bibliotheek.bronnen())))
    gevonden = bibliotheek.zoek(args.search, args.topic, args.source)
    if args.json:
        print(json.dumps([c.als_json() for c in gevonden], ensure_ascii=False, indent=1))
        return 0
    for clausule in gevonden:
        variant = f" [{clausule.variant}]" if clausule.variant else ""
        print(f"{clausule.id}\t{clausule.titel}{variant}\t{', '.join(clausule.topics)}")
    return 0


def cmd_wizard(args: argparse.Namespace) -> int:
    from .formats.importer import lees_tekstbestand
    from .wizard import stel_samen, valideer

    try:
        data = json.loads(lees_tekstbestand(args.answers))
    except json.JSONDecodeError as exc:
        raise BestandFout(tr("{bestand} is geen geldige JSON: {reden}").format(bestand=args.answers.name, reden=exc.msg)) from None
    concept = stel_samen(valideer(data))
    doel = _controleer_doel(args.output, args.force)
    schrijf_project(doel, concept.policy)
    for regel in concept.gevolgen:
        print(regel)
    print(tr("Concept aangemaakt: {bestand} ({artikelen})").format(
        bestand=doel, artikelen=aantal(len(concept.policy.artikelen), tr("{n} artikel"), tr("{n} artikelen"))))
    return 0


def _naam(bron: str) -> str:
    return bron if bron in sample_ids() else Path(bron).stem


OPDRACHTEN: dict[str, Callable[[argparse.Namespace], int]] = {
    "samples": cmd_samples,
    "show": cmd_show,
    "compare": cmd_compare,
    "coverage": cmd_coverage,
    "clauses": cmd_clauses,
    "wizard": cmd_wizard,
    "new": cmd_new,
    "import": cmd_import,
}


# -- shared steps ---------------------------------------------------------------------

def laad(bron: str) -> Policy:
    """A sample by id, a .beleid project, or a .txt/.md file."""
    pad = Path(bron)
    if bron in sample_ids() and not pad.exists():
        return load_sample(bron)
    if pad.suffix.lower() == ".beleid":
        from .formats.slotbepalingen import lees_uit_tekst

        with ProjectBestand.open(pad) as project:
            policy = project.load()
        lees_uit_tekst(policy)      # the text is the source of what it states (inwerkingtreding, citeertitel, …)
        return policy
    if is_import(pad) or pad.exists():          # the table of formats (formats/soorten.py)
        return importeer_bestand(pad)
    raise BestandFout(
        tr("Onbekend voorbeeld of bestand: {bron} (voorbeelden: {ids})").format(bron=bron, ids=", ".join(sample_ids()))
    )


def _controleer_doel(doel: Path, force: bool) -> Path:
    """The output must be a .beleid file that does not exist yet (or, with --force, is a project)."""
    if doel.suffix.lower() != ".beleid":
        raise BestandFout(tr("Het uitvoerbestand moet op .beleid eindigen: {bestand}").format(bestand=doel))
    if doel.exists():
        if not force:
            raise BestandFout(tr("{bestand} bestaat al; kies een andere naam of gebruik --force.").format(bestand=doel))
        controleer_kop(doel)
    if not doel.parent.exists():
        raise BestandFout(tr("De map {map} bestaat niet.").format(map=doel.parent))
    return doel


def schrijf_project(doel: Path, policy: Policy) -> None:
    try:
        ProjectBestand.create(doel, policy).close()
    except OSError as exc:
        raise schrijffout(doel, exc) from None
