"""Alembic environment: migrations run online against one SQLite file (batch mode for ALTER)."""

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import desktop_app.model  # noqa: F401  (registers every table on SQLModel.metadata)

config = context.config


def run_migrations() -> None:
    # The store passes its URL object, which may hold the passphrase of an encrypted store.
    engine = create_engine(config.attributes.get("url") or config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Casustafel migrations run online only.")
run_migrations()
