"""Undo support for services: an edit registers how to reverse itself.

A service that changes data calls `on_undo(session, fn, *args)` with a service call that
puts things back; Workspace collects these per edit and keeps the undo and redo stacks.
"""

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

_KEY = "undo"


@dataclass(frozen=True)
class Reversal:
    fn: Callable
    args: tuple
    kwargs: dict


def on_undo(session: Session, fn: Callable, *args, **kwargs) -> None:
    session.info.setdefault(_KEY, []).append(Reversal(fn, args, kwargs))


def reversals(session: Session) -> list[Reversal]:
    return list(session.info.get(_KEY, ()))


def apply_reversals(session: Session, steps: list[Reversal]) -> None:
    """Undo an edit: its reversals run newest first."""
    for step in reversed(steps):
        step.fn(session, *step.args, **step.kwargs)
