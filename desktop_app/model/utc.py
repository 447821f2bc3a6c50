"""Moments in time are stored as UTC and come back as aware UTC datetimes.

Declared here rather than left to SQLModel's type mapping, which changed between versions:
SQLite keeps no offset, so the column type adds and checks it.
"""

from datetime import UTC, datetime

from sqlalchemy import types
from sqlmodel import Field


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(types.TypeDecorator[datetime]):
    impl = types.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("a stored moment needs its time zone (use utc_now())")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def moment_field(**kwargs):
    """A datetime column in UTC; `default_factory=utc_now` for "when it was recorded"."""
    return Field(sa_type=UtcDateTime, **kwargs)
