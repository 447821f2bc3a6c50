"""The glossary printed with a report: exactly the abbreviations the document uses.

The word list lives in resources/afkortingen.json, so it can be improved without code."""

import json
import re
from collections.abc import Iterable
from functools import cache

from desktop_app.store.project_dirs import RESOURCES_DIR

LIJST = RESOURCES_DIR / "afkortingen.json"


@cache
def _lijst() -> dict[str, str]:
    return json.loads(LIJST.read_text(encoding="utf-8"))["afkortingen"]


@cache
def _patroon() -> re.Pattern:
    # Whole words only, and case-sensitive: "GI" in "GI-expertise" counts, "gi" in "gisteren"
    # does not. Longest first, so "RvdK" is never read as part of something shorter.
    woorden = sorted(_lijst(), key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(map(re.escape, woorden)) + r")(?![\w])")


def gebruikt(teksten: Iterable[str]) -> list[tuple[str, str]]:
    """(abbreviation, explanation) for each one in the texts, in alphabetical order."""
    found = {m for tekst in teksten for m in _patroon().findall(tekst)}
    return sorted(((a, _lijst()[a]) for a in found), key=lambda pair: pair[0].lower())
