"""Writing a file so that a failed write never leaves half a file, and no one else can aim
the write elsewhere: the work file gets a new, unguessable name beside the target (created
exclusively, 0600, so a link planted in the folder is never followed) and is moved into place
whole. A link at the target itself is replaced, not written through."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop_app.model.errors import InvoerFout


@contextmanager
def naast(pad: Path) -> Iterator[Path]:
    """A new private file beside `pad` for a writer that needs a path (Qt's image and SVG
    writers, SQLite): moved onto `pad` when the block ends without error, else removed."""
    descriptor, naam = tempfile.mkstemp(prefix=f".{pad.name[:60]}.", suffix=".deel", dir=pad.parent)
    os.close(descriptor)
    partial = Path(naam)
    try:
        yield partial
        os.replace(partial, pad)
    finally:
        with suppress(OSError):  # gone already: moved into place
            partial.unlink(missing_ok=True)


def schrijf(pad: Path, data: bytes, extensie: str) -> None:
    """Write beside the target and move into place; `extensie` is the one the file must end on."""
    if pad.suffix.lower() != extensie:
        raise InvoerFout(f"Kies een bestand dat eindigt op {extensie}; niet ‘{pad.name}’.")
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with naast(pad) as partial, open(partial, "r+b") as f:
            f.write(data)
    except OSError as exc:
        raise InvoerFout(f"Kon {pad} niet opslaan: {exc.strerror or exc}.") from None
