"""Older dossiers: the format's upgrade steps, and rows of an older database schema.

A dossier's manifest names two versions. `formaatversie` is the file's own layout: a file of
an older one is brought up step by step (`STAPPEN`, v1 -> v2 -> ...) on its parsed content
before anything is checked. `schemarevisie` is the database migration its rows come from: rows
of an older revision may lack columns added since, which get their defaults. A newer format
or a revision this program does not know is refused: it was made by a newer Casustafel.
"""

from collections.abc import Callable

from desktop_app.model.errors import InvoerFout
from desktop_app.services.dossier import formaat
from desktop_app.store.migrations import head_revision, known_revisions

Inhoud = tuple[dict, dict[str, list]]  # the manifest, and the parsed rows per part


def _v1_naar_v2(manifest: dict, delen: dict[str, list]) -> Inhoud:
    """Format 2 says in the manifest whether the file is anonymised; format 1 never was."""
    return {**manifest, "formaatversie": 2, "geanonimiseerd": False}, delen


STAPPEN: dict[int, Callable[[dict, dict[str, list]], Inhoud]] = {1: _v1_naar_v2}


def bijwerken(manifest: dict, delen: dict[str, list]) -> Inhoud:
    """The content as the current format has it."""
    for versie in range(manifest["formaatversie"], formaat.FORMAATVERSIE):
        manifest, delen = STAPPEN[versie](manifest, delen)
    return manifest, delen


def _standpunten(delen: dict[str, list]) -> dict[str, list]:
    """0011: a decision's one position and words of "the parents" became each parent's and
    gezagdrager's own, as the migration does it in a store. Rows not shaped as expected are
    left as they are, for the checks that follow to refuse."""
    besluiten, leden = delen.get("besluit", []), delen.get("gezinslid", [])
    if not all(isinstance(row, dict) for row in [*besluiten, *leden]):
        return delen
    ouders = sorted(
        (lid for lid in leden if lid.get("gezag") is True or _relatie(lid) in ("moeder", "vader")),
        key=lambda lid: (_getal(lid.get("volgorde")), _getal(lid.get("id"))),
    )
    standpunten = list(delen.get("standpunt", []))
    for besluit in besluiten:
        positie = besluit.pop("ouders_positie", "niet_gevraagd")
        woorden = besluit.pop("ouders_woorden", "")
        gevraagd = positie != "niet_gevraagd" or (isinstance(woorden, str) and woorden.strip())
        if not gevraagd:
            continue
        for lid in ouders or [{"id": None}]:
            standpunten.append({
                "id": len(standpunten) + 1, "besluit_id": besluit.get("id"),
                "gezinslid_id": lid["id"], "positie": positie, "woorden": woorden,
            })  # fmt: skip
    return {**delen, "standpunt": standpunten}


def _relatie(lid: dict) -> str:
    relatie = lid.get("relatie")
    return relatie.strip().lower() if isinstance(relatie, str) else ""


def _getal(value) -> int:
    return value if type(value) is int else 0


# The schema's changes a dossier's rows need beyond new columns with defaults: revision ->
# step. Revisions are numbered in order ("0001", "0002", ...), so a text compare orders them.
SCHEMA_STAPPEN: dict[str, Callable[[dict[str, list]], dict[str, list]]] = {"0011": _standpunten}


def schema_bijwerken(revisie: str, delen: dict[str, list]) -> dict[str, list]:
    """The rows of an older schema revision as this program's schema has them."""
    for stap in sorted(SCHEMA_STAPPEN):
        if revisie < stap:
            delen = SCHEMA_STAPPEN[stap](delen)
    return delen


def ouder_schema(manifest: dict) -> bool:
    """Whether the rows come from an older schema than this program's; refuses an unknown one."""
    revisie = manifest.get("schemarevisie")
    if not isinstance(revisie, str):
        raise InvoerFout(formaat.BESCHADIGD)
    if revisie not in known_revisions():
        raise InvoerFout(formaat.NIEUWER.format(wat=f"databaseschema {revisie[:20]}"))
    return revisie != head_revision()
