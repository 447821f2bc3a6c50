"""Writing an export to disk so that a failed write never leaves half a file."""

import os
from contextlib import suppress
from pathlib import Path

from desktop_app.model.errors import InvoerFout


def schrijf(pad: Path, data: bytes, extensie: str) -> None:
    """Write beside the target and move into place; `extensie` is the one the file must end on."""
    if pad.suffix.lower() != extensie:
        raise InvoerFout(f"Kies een bestand dat eindigt op {extensie}; niet ‘{pad.name}’.")
    partial = pad.with_name(f".{pad.name}.deel")
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, pad)
    except OSError as exc:
        raise InvoerFout(f"Kon {pad} niet opslaan: {exc.strerror or exc}.") from None
    finally:
        with suppress(OSError):  # where no folder could be made there is nothing to remove
            partial.unlink(missing_ok=True)
