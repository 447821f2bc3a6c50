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


def ouder_schema(manifest: dict) -> bool:
    """Whether the rows come from an older schema than this program's; refuses an unknown one."""
    revisie = manifest.get("schemarevisie")
    if not isinstance(revisie, str):
        raise InvoerFout(formaat.BESCHADIGD)
    if revisie not in known_revisions():
        raise InvoerFout(formaat.NIEUWER.format(wat=f"databaseschema {revisie[:20]}"))
    return revisie != head_revision()
