"""The logboek: every export, print, projection and erase of a gezin, who did it, for whom.

A line names the gezin by its id only, never by name, title or file name: the logboek lies
beside the store unencrypted. Writing it never stops what it records; when it cannot be
written, the caller hears why and tells the user that this one was not recorded.
"""

import errno
import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.model.enums import LabeledEnum
from desktop_app.store import logboek as bestand

if TYPE_CHECKING:
    from desktop_app.services.core.workspace import Workspace

_ZONDER_RECHTEN = {errno.EACCES, errno.EPERM, errno.EROFS}


class Wat(LabeledEnum):
    EXPORT = "export", "Export"
    AFDRUK = "afdruk", "Afdruk"
    PROJECTIE = "projectie", "Projectie"
    WISSEN = "wissen", "Definitief gewist"


@dataclass(frozen=True)
class Regel:
    id: int  # its line in the logboek, from 1: tells two alike entries apart
    wanneer: datetime  # local time, with its offset
    wie: str  # the login name
    programma: str  # "Casustafel", or the command, e.g. "casustafel report"
    gezin_id: int
    wat: Wat
    publiek: str | None  # ouders, professionals or vertrouwelijk; None for an erase
    vorm: str  # medium and document: "pdf verslag", "beamer tijdlijn", "papier afspraken"


def schrijf(
    bron: "Workspace | Path",
    wat: Wat,
    gezin_id: int,
    publiek: str | None,
    vorm: str,
    programma: str = "",
) -> str:
    """Record one output of `bron` (a workspace, or a store's path with `programma`).
    Returns "" when it is recorded, otherwise why not, in Dutch; it never raises."""
    if isinstance(bron, Path):
        store, wie = bron, _login_name()
    elif bron.opslag is None:
        return "er is geen databasebestand om het logboek naast te bewaren"
    else:
        store, wie, programma = bron.opslag.pad, bron.gebruiker, programma or bron.programma
    regel = {
        "wanneer": datetime.now().astimezone().isoformat(timespec="seconds"),
        "wie": wie,
        "programma": programma or "Casustafel",
        "gezin_id": gezin_id,
        "wat": Wat(wat).value,
        "publiek": None if publiek is None else str(publiek),
        "vorm": vorm,
    }
    try:
        bestand.voeg_toe(store, regel)
    except OSError as exc:
        if exc.errno in _ZONDER_RECHTEN:
            return "de map van de database is alleen te lezen"
        if exc.errno == errno.ENOSPC:
            return "de schijf is vol"
        if exc.errno == errno.ELOOP:
            return "op de plaats van het logboek staat een verwijzing naar een ander bestand"
        return exc.strerror or str(exc)
    return ""


def van_gezin(store: Path, gezin_id: int, sinds: datetime | None = None) -> list[Regel]:
    """The gezin's entries, newest first. With `sinds` (when the gezin was made) none of an
    earlier gezin that had the same id: SQLite gives a freed id out again."""
    gevonden = []
    for nummer, ruw in enumerate(bestand.lees(store), start=1):
        try:
            regel = _regel(nummer, ruw)
        except (KeyError, TypeError, ValueError):  # a line not of this shape is not ours
            continue
        if regel.gezin_id == gezin_id and (sinds is None or regel.wanneer >= _seconde(sinds)):
            gevonden.append(regel)
    return sorted(gevonden, key=lambda r: (r.wanneer, r.id), reverse=True)


def _regel(nummer: int, ruw: dict) -> Regel:
    wanneer = datetime.fromisoformat(ruw["wanneer"])
    publiek = ruw.get("publiek")
    return Regel(
        id=nummer,
        wanneer=wanneer if wanneer.tzinfo else wanneer.astimezone(),
        wie=str(ruw["wie"]),
        programma=str(ruw.get("programma", "")),
        gezin_id=int(ruw["gezin_id"]),
        wat=Wat(ruw["wat"]),
        publiek=None if publiek is None else str(publiek),
        vorm=str(ruw.get("vorm", "")),
    )


def _seconde(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)  # the logboek's times are whole seconds


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
