import os
from pathlib import Path

ENV_VAR = "CASUSTAFEL_DB"


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """`--db` wins over $CASUSTAFEL_DB, which wins over the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if env := os.environ.get(ENV_VAR):
        return Path(env).expanduser()
    import platformdirs  # only when no path was given: keeps start-up lean

    return platformdirs.user_data_path("Casustafel", appauthor=False) / "casustafel.sqlite"
