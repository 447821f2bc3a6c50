"""What a dossier file is made of, shared by the export and the import."""

import io
import json
import zipfile
import zlib
from datetime import date, datetime
from enum import Enum

from desktop_app.model.errors import InvoerFout

FORMAATVERSIE = 2  # 2: the manifest says whether the file is anonymised (see versies)
MANIFEST = "manifest.json"
SOORT = "casustafel-dossier"  # the manifest's "formaat": tells a dossier from any other zip

# A dossier is read into memory whole; no honest gezin comes near this, a zip bomb does.
MAX_GROOTTE = 200 * 1024 * 1024
MAX_DELEN = 200


def als_json(value):
    """A column's value as JSON: dates and moments in ISO 8601, enums by their stored value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dump(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, default=als_json).encode("utf-8")


BESCHADIGD = "Dit is geen Casustafel-dossier, of het bestand is beschadigd; er is niets ingelezen."


def uitpakken(data: bytes) -> dict[str, bytes]:
    """The entries of a zip by name; sizes are checked before anything is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            if len(infos) > MAX_DELEN or len(set(names)) != len(names):
                raise InvoerFout(BESCHADIGD)
            if sum(info.file_size for info in infos) > MAX_GROOTTE:
                raise InvoerFout(_TE_GROOT)
            parts = {}
            for info in infos:
                with archive.open(info) as entry:
                    parts[info.filename] = content = entry.read(info.file_size + 1)
                if len(content) != info.file_size:
                    raise InvoerFout(BESCHADIGD)
            return parts
    except InvoerFout:
        raise
    # NotImplementedError: a compression method never written here; RuntimeError: an entry
    # encrypted the zip way
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise InvoerFout(BESCHADIGD) from exc
    except (NotImplementedError, RuntimeError) as exc:
        raise InvoerFout(BESCHADIGD) from exc


_TE_GROOT = (
    f"Dit bestand pakt uit tot meer dan {MAX_GROOTTE // 1024 // 1024} MB; zo groot is geen "
    "dossier. Er is niets ingelezen."
)


def lees_json(data: bytes, waar: str):
    """JSON as the export writes it; NaN and Infinity are no numbers a dossier holds."""
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_geen_getal)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvoerFout(f"{waar} is geen geldige JSON; het bestand is beschadigd.") from None


def _geen_getal(text: str):
    raise ValueError(text)


def manifest(parts: dict[str, bytes]) -> dict:
    """The manifest, once it is known to be a dossier of a format version this program reads."""
    if MANIFEST not in parts:
        raise InvoerFout(BESCHADIGD)
    found = lees_json(parts[MANIFEST], "Het manifest")
    if not isinstance(found, dict) or found.get("formaat") != SOORT:
        raise InvoerFout(BESCHADIGD)
    versie = found.get("formaatversie")
    if not isinstance(versie, int) or isinstance(versie, bool) or versie < 1:
        raise InvoerFout(BESCHADIGD)
    if versie > FORMAATVERSIE:
        wat = f"formaat {versie}; deze versie leest tot formaat {FORMAATVERSIE}"
        raise InvoerFout(NIEUWER.format(wat=wat))
    return found


NIEUWER = (
    "Dit dossier is gemaakt met een nieuwere versie van Casustafel ({wat}); werk Casustafel "
    "bij om het te openen. Er is niets ingelezen."
)
