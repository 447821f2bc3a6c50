"""Command line: `casustafel` opens the app; subcommands serve scripts and documentation.

Heavy modules (Qt, SQLModel) are imported inside the command that needs them.
"""

import argparse
import json
import os
import re
import sys
from functools import cache
from pathlib import Path

from desktop_app import __version__

_ARGPARSE_NL = (
    ("the following arguments are required", "verplicht"),
    ("unrecognized arguments", "onbekende argumenten"),
    ("invalid choice", "ongeldige keuze"),
    ("expected one argument", "verwacht een waarde"),
    ("invalid int value", "geen geheel getal"),
    ("choose from", "kies uit"),
)


class _DutchParser(argparse.ArgumentParser):
    def error(self, message: str):
        for english, dutch in _ARGPARSE_NL:
            message = message.replace(english, dutch)
        self.exit(2, f"casustafel: {message} (zie ‘casustafel --help’)\n")


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"‘{text}’ is geen formaat; gebruik bijv. 1920x1080")
    return int(m[1]), int(m[2])


def _meeting(text: str) -> int | str:
    if text == "laatste" or text.isdigit():
        return text if text == "laatste" else int(text)
    raise argparse.ArgumentTypeError(f"‘{text}’ is geen bijeenkomst; geef een nummer of ‘laatste’")


def _gezin(text: str) -> int | str:
    """An id, or a name to look up once the store is open (see `_gezin_id`)."""
    return int(text) if text.strip().isdigit() else text.strip()


def _audience(text: str) -> str:
    if text in ("ouders", "professionals"):
        return text
    raise argparse.ArgumentTypeError(
        f"‘{text}’ kan niet: een agenda is voor ouders of professionals; "
        "vertrouwelijk gaat nooit mee"
    )


def build_parser() -> argparse.ArgumentParser:
    db_help = "databasebestand (anders $CASUSTAFEL_DB of de standaardmap)"
    parser = _DutchParser(prog="casustafel", description="Casustafel: de casustafel in beeld.")
    parser.add_argument("--version", action="version", version=f"casustafel {__version__}")
    parser.add_argument("--db", metavar="PAD", help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_DutchParser)

    lijst = commands.add_parser("lijst", help="alle gezinnen: id, naam, status, laatst gewijzigd")
    lijst.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)

    demo = commands.add_parser("demo", help="maak (opnieuw) het fictieve demogezin")
    demo.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)

    snap = commands.add_parser("snapshot", help="schermafbeelding van een scherm als PNG")
    snap.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    snap.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    snap.add_argument(
        "--view",
        choices=["overzicht", "tijdlijn", "bijeenkomst", "weging", "taakverdeling"],
        default="overzicht",
    )
    snap.add_argument("--bijeenkomst", type=int, metavar="ID", help="bij --view bijeenkomst")
    snap.add_argument("-o", "--output", required=True, metavar="BESTAND.png", type=Path)
    snap.add_argument("--size", type=_size, default=(1920, 1080), metavar="BxH")
    snap.add_argument(
        "--audience",
        choices=["ouders", "professionals"],
        help="tijdlijn: wie meekijkt (standaard ouders); weging en taakverdeling: het "
        "geprojecteerde scherm",
    )

    export = commands.add_parser(
        "export-timeline", help="tijdlijn als PDF, PNG of SVG (nooit vertrouwelijke items)"
    )
    export.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    export.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    export.add_argument("-o", "--output", required=True, metavar="BESTAND", type=Path)
    export.add_argument("--audience", choices=["ouders", "professionals"], default="ouders")
    export.add_argument("--van", type=int, metavar="JAAR")
    export.add_argument("--tot", type=int, metavar="JAAR")
    export.add_argument(
        "--papier", choices=["A4", "A3"], help="PDF: liggend A4 (standaard) of A3 als poster"
    )
    export.add_argument(
        "--size", type=_size, metavar="BxH", help="PNG en SVG (standaard 1920x1080)"
    )

    ics = commands.add_parser(
        "export-ics",
        help="agenda (.ics) met de volgende bijeenkomst en de deadlines van open afspraken",
    )
    ics.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    ics.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    ics.add_argument("-o", "--output", required=True, metavar="BESTAND.ics", type=Path)
    ics.add_argument(
        "--audience",
        type=_audience,
        default="ouders",
        metavar="ouders|professionals",
        help="voor wie de agenda is (standaard ouders); vertrouwelijk gaat nooit mee",
    )

    pub = commands.add_parser(
        "publiek", help="toon precies wat ouders of professionals zouden zien (tekst of JSON)"
    )
    pub.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    pub.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    pub.add_argument("--voor", choices=["ouders", "professionals"], required=True)
    pub.add_argument(
        "--bijeenkomst", type=_meeting, metavar="ID|laatste", help="ook deze bijeenkomst"
    )
    pub.add_argument("--json", action="store_true", help="als JSON (vorm: zie README)")

    report = commands.add_parser(
        "report", help="de uitkomst van een bijeenkomst als PDF, voor de ouders of professionals"
    )
    report.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    report.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    report.add_argument(
        "--bijeenkomst", type=_meeting, default="laatste", metavar="ID|laatste",
        help="welke bijeenkomst (standaard de laatste)",
    )  # fmt: skip
    report.add_argument("--voor", choices=["ouders", "professionals"], required=True)
    report.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", type=Path)
    report.add_argument(
        "--inclusief-vertrouwelijk", action="store_true",
        help="alleen bij --voor professionals; staat dan op elke pagina",
    )  # fmt: skip
    report.add_argument("--tijdlijn", action="store_true", help="de tijdlijn als extra pagina")
    report.add_argument(
        "--zonder-handtekeningen", action="store_true", help="geen regels om te ondertekenen"
    )

    for name, text in (
        ("versleutelen", "versleutel de database met een wachtwoord, of wijzig het wachtwoord"),
        ("ontsleutelen", "haal de versleuteling van de database weer af"),
    ):
        crypt = commands.add_parser(name, help=text)
        crypt.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)

    dossier = commands.add_parser(
        "export", help="het hele gezin als één dossierbestand, om over te dragen (zie README)"
    )
    dossier.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    dossier.add_argument("--gezin", type=_gezin, required=True, metavar="ID|NAAM")
    dossier.add_argument("-o", "--output", required=True, metavar="BESTAND.casustafel", type=Path)
    dossier.add_argument(
        "--wachtwoord", action="store_true",
        help="versleutel het bestand met een wachtwoord (twee keer gevraagd)",
    )  # fmt: skip
    dossier.add_argument(
        "--anoniem", action="store_true",
        help="zonder namen, plaatsen, contactgegevens en echte datums (zie README)",
    )  # fmt: skip

    invoer = commands.add_parser("import", help="een dossierbestand inlezen als een nieuw gezin")
    invoer.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    invoer.add_argument("bestand", type=Path, metavar="BESTAND.casustafel")

    imp = commands.add_parser("import-events", help="gebeurtenissen uit CSV of XLSX importeren")
    imp.add_argument("--db", metavar="PAD", default=argparse.SUPPRESS, help=db_help)
    target = imp.add_mutually_exclusive_group(required=True)
    target.add_argument("--gezin", type=_gezin, metavar="ID|NAAM")
    target.add_argument("--nieuw-gezin", metavar="NAAM")
    imp.add_argument("bestand", type=Path, metavar="BESTAND.csv|.xlsx")
    imp.add_argument(
        "--personen-toevoegen",
        action="store_true",
        help="onbekende personen toevoegen als gezinslid (relatie ‘onbekend’)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # the store, its backups and every export: the user's alone
    from desktop_app.store.location import resolve_db_path

    db_path = resolve_db_path(args.db)
    if args.command is None:
        from desktop_app.ui.app import run

        return run(db_path)
    _wachtwoord_als_nodig.cache_clear()  # one command, one question
    try:
        if isinstance(getattr(args, "gezin", None), str):
            args.gezin = _gezin_id(db_path, args.gezin)
        return _COMMANDS[args.command](args, db_path)
    except Exception as exc:  # one Dutch line for whatever went wrong, never a traceback
        from desktop_app.model.errors import InvoerFout
        from desktop_app.services.opslag import OpslagFout

        message = str(exc) if isinstance(exc, InvoerFout | OpslagFout) else f"fout: {exc}"
        print(f"casustafel: {message}", file=sys.stderr)
        return 1


def _lijst(args, db_path: Path) -> int:
    from desktop_app.model.dates import format_moment
    from desktop_app.services.gezin import gezinnen

    workspace = _existing_workspace(db_path, "lijst")
    try:
        rows = [
            (str(g.id), g.naam, g.status.label, format_moment(g.bijgewerkt))
            for g in workspace.read(gezinnen.alle)
        ]
    finally:
        workspace.close()
    if not rows:
        print("Er zijn nog geen gezinnen. Maak er een in de app, of de demo: casustafel demo.")
        return 0
    rows.insert(0, ("id", "naam", "status", "laatst gewijzigd"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for id_, *rest in rows:
        cells = [id_.rjust(widths[0])] + [c.ljust(w) for c, w in zip(rest, widths[1:], strict=True)]
        print("  ".join(cells).rstrip())
    return 0


def _gezin_id(db_path: Path, naam: str) -> int:
    """The one gezin whose name is `naam` (any case); otherwise a Dutch message that lists
    the candidates with their ids."""
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.gezin import gezinnen

    workspace = _existing_workspace(db_path, "lijst")
    try:
        alle = [(g.id, g.naam) for g in workspace.read(gezinnen.alle)]
    finally:
        workspace.close()
    found = [(id_, name) for id_, name in alle if name.casefold() == naam.casefold()]
    if len(found) == 1:
        return found[0][0]
    if found:
        listed = "; ".join(f"{id_} {name}" for id_, name in found)
        raise InvoerFout(
            f"Er zijn {len(found)} gezinnen die ‘{naam}’ heten: {listed}. "
            "Geef het id met --gezin ID."
        )
    listed = "; ".join(f"{id_} {name}" for id_, name in alle) or "er zijn nog geen gezinnen"
    raise InvoerFout(f"Geen gezin heet ‘{naam}’. Kies een naam of id uit: {listed}.")


def _demo(args, db_path: Path) -> int:
    from desktop_app.services.core.workspace import Workspace
    from desktop_app.services.demo import maak_demo

    workspace = Workspace.open(db_path, _wachtwoord_als_nodig(db_path), programma="casustafel demo")
    try:
        gezin_id = workspace.edit("Demogezin maken", maak_demo)
    finally:
        workspace.close()
    print(f"Demogezin aangemaakt in {db_path}")
    print(gezin_id)
    return 0


def _snapshot(args, db_path: Path) -> int:
    from desktop_app.services.publiek.regel import Publiek
    from desktop_app.ui.snapshot import snapshot

    snapshot(
        db_path,
        args.gezin,
        args.view,
        args.output,
        args.size,
        Publiek(args.audience) if args.audience else None,
        args.bijeenkomst,
        _wachtwoord_als_nodig(db_path),
    )
    if args.audience:  # what an audience would see; without, the facilitator's own screen
        vorm = f"png {args.view}"
        _vastleggen(db_path, "export", args.gezin, args.audience, vorm, "casustafel snapshot")
    print(args.output)
    return 0


def _existing_workspace(db_path: Path, opdracht: str, schrijven: bool = False):
    """Read-only unless `schrijven` (the command `opdracht` then holds the lock)."""
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.core.workspace import Workspace

    if not db_path.exists():
        raise InvoerFout(f"De database {db_path} bestaat niet. Maak eerst een gezin of de demo.")
    wachtwoord = _wachtwoord_als_nodig(db_path)
    programma = f"casustafel {opdracht}"
    return Workspace.open(db_path, wachtwoord, alleen_lezen=not schrijven, programma=programma)


def _vastleggen(bron, wat: str, gezin_id: int, publiek: str | None, vorm: str, programma=""):
    """Record the output in the logboek (`bron`: a workspace, or the store's path with the
    `programma`); when that cannot be, say so and go on: the output is made."""
    from desktop_app.services.opslag import logboek

    reden = logboek.schrijf(bron, logboek.Wat(wat), gezin_id, publiek, vorm, programma)
    if reden:
        print(f"casustafel: let op, niet vastgelegd in het logboek: {reden}.", file=sys.stderr)


@cache  # asked once per command, also when a name is looked up first
def _wachtwoord_als_nodig(db_path: Path) -> str | None:
    from desktop_app.services.opslag import versleuteld

    return _lees_wachtwoord("Wachtwoord van de database") if versleuteld(db_path) else None


def _lees_wachtwoord(vraag: str, twee_keer: bool = False) -> str:
    """From the terminal without echo, or one line of standard input when it is no terminal."""
    import getpass

    from desktop_app.model.errors import InvoerFout

    def once(prompt: str) -> str:
        if sys.stdin.isatty():
            return getpass.getpass(f"{prompt}: ")
        line = sys.stdin.readline()
        if not line:
            raise InvoerFout(f"{vraag}: er kwam geen regel op de standaardinvoer.")
        return line.rstrip("\r\n")

    first = once(vraag)
    if twee_keer and once(f"{vraag} (nogmaals)") != first:
        raise InvoerFout("De twee wachtwoorden zijn niet gelijk; er is niets veranderd.")
    return first


def _versleutelen(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.opslag.wachtwoord import sterkte

    workspace = _existing_workspace(db_path, "versleutelen", schrijven=True)
    try:
        nieuw = _lees_wachtwoord("Nieuw wachtwoord", twee_keer=True)
        oordeel = sterkte(nieuw)
        if not oordeel.genoeg:
            raise InvoerFout(f"Dit wachtwoord is niet sterk genoeg. {oordeel.uitleg}")
        changed = workspace.versleuteld
        workspace.zet_wachtwoord(nieuw)
    finally:
        workspace.close()
    print(f"Het wachtwoord is gewijzigd: {db_path}" if changed else f"Versleuteld: {db_path}")
    print("Bewaar het wachtwoord goed: zonder wachtwoord zijn de gegevens niet terug te halen.")
    return 0


def _ontsleutelen(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.core.workspace import Workspace
    from desktop_app.services.opslag import versleuteld

    if not db_path.exists() or not versleuteld(db_path):
        raise InvoerFout(f"De database {db_path} is niet versleuteld.")
    wachtwoord = _lees_wachtwoord("Wachtwoord van de database", twee_keer=True)
    workspace = Workspace.open(db_path, wachtwoord, programma="casustafel ontsleutelen")
    try:
        workspace.zet_wachtwoord(None)
    finally:
        workspace.close()
    print(f"Niet meer versleuteld: {db_path}")
    return 0


def _export_timeline(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.publiek.regel import Publiek
    from desktop_app.ui.offscreen import offscreen_app
    from desktop_app.ui.tijdlijn.export import export_timeline

    paper = args.output.suffix.lower() == ".pdf"
    if paper and args.size:
        raise InvoerFout("--size geldt voor PNG en SVG; kies voor een PDF --papier A4 of A3.")
    if args.papier and not paper:
        raise InvoerFout("--papier geldt voor een PDF; kies voor PNG en SVG --size.")
    workspace = _existing_workspace(db_path, "export-timeline")
    try:
        offscreen_app()
        export_timeline(
            workspace,
            args.gezin,
            args.output,
            Publiek(args.audience),
            args.van,
            args.tot,
            args.size or (1920, 1080),
            args.papier or "A4",
        )
    finally:
        workspace.close()
    vorm = f"{args.output.suffix.lower().lstrip('.')} tijdlijn"
    _vastleggen(workspace, "export", args.gezin, args.audience, vorm)
    print(args.output)
    return 0


def _export_ics(args, db_path: Path) -> int:
    from desktop_app.services.publiek import taakverdeling as publiek_taakverdeling
    from desktop_app.services.publiek.regel import Publiek
    from desktop_app.services.taakverdeling import agenda

    workspace = _existing_workspace(db_path, "export-ics")
    try:
        data = workspace.read(publiek_taakverdeling.agenda, args.gezin, Publiek(args.audience))
    finally:
        workspace.close()
    agenda.schrijf(args.output, data)
    _vastleggen(workspace, "export", args.gezin, args.audience, "ics agenda")
    print(args.output)
    return 0


def _publiek(args, db_path: Path) -> int:
    from desktop_app.services.publiek import projectie
    from desktop_app.services.publiek.regel import Publiek

    workspace = _existing_workspace(db_path, "publiek")
    try:
        seen = workspace.read(projectie.projectie, args.gezin, Publiek(args.voor), args.bijeenkomst)
    finally:
        workspace.close()
    data = projectie.als_json(seen)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(projectie.als_tekst(data))
    return 0


def _report(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.reports import bijeenkomst as report
    from desktop_app.services.publiek.regel import Inzage, Publiek
    from desktop_app.services.publiek.verslag import verslag
    from desktop_app.store import bestand

    reader = Publiek(args.voor)
    if args.inclusief_vertrouwelijk:
        if reader is not Publiek.PROFESSIONALS:
            raise InvoerFout("--inclusief-vertrouwelijk kan alleen bij --voor professionals.")
        reader = Inzage.VERTROUWELIJK
    workspace = _existing_workspace(db_path, "report")
    try:
        record = workspace.read(verslag, args.gezin, args.bijeenkomst, reader)
    finally:
        workspace.close()
    options = report.Opties(tijdlijn=args.tijdlijn, handtekeningen=not args.zonder_handtekeningen)
    bestand.schrijf(args.output, report.pdf(record, options), ".pdf")
    document = "afspraken" if reader is Publiek.OUDERS else "verslag"  # as the window says
    _vastleggen(workspace, "export", args.gezin, reader, f"pdf {document}")
    print(args.output)
    return 0


def _import_events(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.gezin.gezinnen import GezinInvoer
    from desktop_app.services.tijdlijn import gebeurtenis_import

    if args.nieuw_gezin is not None:  # checked before the store is opened, let alone made
        if not args.nieuw_gezin.strip():
            raise InvoerFout('Geef het nieuwe gezin een naam: --nieuw-gezin "Gezin Jansen".')
        GezinInvoer.parse(naam=args.nieuw_gezin)
    rows = gebeurtenis_import.lees_bestand(args.bestand)
    workspace = (
        _existing_workspace(db_path, "import-events", schrijven=True)
        if args.gezin is not None
        else _new_workspace(db_path)
    )
    try:
        result = workspace.edit(
            "Gebeurtenissen importeren",
            gebeurtenis_import.importeer,
            rows,
            gezin_id=args.gezin,
            nieuw_gezin=args.nieuw_gezin,
            personen_toevoegen=args.personen_toevoegen,
        )
    except gebeurtenis_import.ImportFout as exc:
        if exc.onbekende_personen:
            hint = "Toevoegen als gezinslid (relatie ‘onbekend’)? Gebruik --personen-toevoegen."
            raise gebeurtenis_import.ImportFout(
                [*exc.problems, hint], exc.onbekende_personen
            ) from None
        raise
    finally:
        workspace.close()
    print(f"{result.aantal} gebeurtenissen geïmporteerd in {result.gezin_naam}.")
    if result.nieuwe_personen:
        print(f"Toegevoegd als gezinslid: {', '.join(result.nieuwe_personen)}.")
    if args.nieuw_gezin:
        print(result.gezin_id)
    return 0


def _export(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.dossier import zegel
    from desktop_app.services.dossier.export import exporteer
    from desktop_app.services.opslag.wachtwoord import sterkte
    from desktop_app.store import bestand

    workspace = _existing_workspace(db_path, "export")
    try:
        data = workspace.read(exporteer, args.gezin, args.anoniem)
    finally:
        workspace.close()
    if args.wachtwoord:
        wachtwoord = _lees_wachtwoord("Wachtwoord voor het dossier", twee_keer=True)
        oordeel = sterkte(wachtwoord)
        if not oordeel.genoeg:
            raise InvoerFout(f"Dit wachtwoord is niet sterk genoeg. {oordeel.uitleg}")
        data = zegel.verzegel(data, wachtwoord)
    bestand.schrijf(args.output, data, ".casustafel")
    vorm = (
        "casustafel dossier" + " geanonimiseerd" * args.anoniem + " versleuteld" * args.wachtwoord
    )
    _vastleggen(workspace, "export", args.gezin, "vertrouwelijk", vorm)  # the whole case
    print(args.output)
    return 0


def _import(args, db_path: Path) -> int:
    from desktop_app.model.errors import InvoerFout
    from desktop_app.services.dossier import formaat, invoer, zegel

    try:
        if args.bestand.stat().st_size > formaat.MAX_GROOTTE:
            raise InvoerFout(f"{args.bestand} is te groot voor een dossier; er is niets ingelezen.")
        data = args.bestand.read_bytes()
    except OSError as exc:
        raise InvoerFout(f"Kon {args.bestand} niet lezen: {exc.strerror or exc}.") from None
    if zegel.verzegeld(data):
        data = zegel.ontzegel(data, _lees_wachtwoord("Wachtwoord van het dossier"))
    dossier = invoer.lees(data)  # checked whole before the store is opened for writing
    workspace = _new_workspace(db_path, "import")  # the store is made when there is none
    try:
        gezin_id = workspace.edit("Dossier inlezen", invoer.schrijf, dossier)
    finally:
        workspace.close()
    mark = " (geanonimiseerd)" if dossier.geanonimiseerd else ""
    print(f"Gezin ‘{dossier.naam}’{mark} ingelezen als een nieuw gezin.")
    print(gezin_id)
    return 0


def _new_workspace(db_path: Path, opdracht: str = "import-events"):
    from desktop_app.services.core.workspace import Workspace

    return Workspace.open(
        db_path, _wachtwoord_als_nodig(db_path), programma=f"casustafel {opdracht}"
    )


_COMMANDS = {
    "lijst": _lijst,
    "demo": _demo,
    "snapshot": _snapshot,
    "export-timeline": _export_timeline,
    "export-ics": _export_ics,
    "publiek": _publiek,
    "import-events": _import_events,
    "export": _export,
    "import": _import,
    "report": _report,
    "versleutelen": _versleutelen,
    "ontsleutelen": _ontsleutelen,
}
