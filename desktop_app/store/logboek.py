"""The audit log beside the store, `<store>.logboek`: one JSON object a line, only appended.

A file rather than a table, so that read-only commands can log while the app holds the
store (a second connection writing would also look like another program to the app's undo).
Each line goes in one write on an O_APPEND descriptor: a small write is not interleaved with
another process's. A line torn by a crash is skipped when reading, and the next line starts
on a line of its own.
"""

import json
import os
from pathlib import Path


def pad(store: Path) -> Path:
    return Path(f"{store}.logboek")


def voeg_toe(store: Path, regel: dict) -> None:
    """Append one line; raises OSError when the file cannot be written."""
    data = json.dumps(regel, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)  # a link planted at its name is not written through
    descriptor = os.open(pad(store), flags, 0o600)  # private to the user from its creation
    try:
        if os.lseek(descriptor, 0, os.SEEK_END):
            os.lseek(descriptor, -1, os.SEEK_END)
            if os.read(descriptor, 1) != b"\n":  # the last line was torn
                data = b"\n" + data
        os.write(descriptor, data)
    finally:
        os.close(descriptor)


def lees(store: Path) -> list[dict]:
    """Every whole line, oldest first; none when there is no logboek yet. Raises OSError
    when it cannot be read."""
    try:
        lines = pad(store).read_bytes().splitlines()
    except FileNotFoundError:
        return []
    regels = []
    for line in lines:
        try:
            regel = json.loads(line)
        except ValueError:  # torn by a crash, or not ours
            continue
        if isinstance(regel, dict):
            regels.append(regel)
    return regels
