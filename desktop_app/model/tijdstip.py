"""A day and a time of day as people type them: "12-04-2023 14:00", "12-4 14u",
"12 april 2023 14.00", "morgen 14:00", "volgende week dinsdag om 10 uur", or only "14:30".

The day is read by relatieve_datum; what is left out (the day or the time) stays as it was,
which the caller decides.
"""

import re
from dataclasses import dataclass
from datetime import date, time

from desktop_app.model.errors import InvoerFout
from desktop_app.model.relatieve_datum import (
    VOORBEELDEN,
    afstand,
    in_woorden,
    parse_dag,
    te_lang,
)

# The time is the last part, apart from the day: "14:00", "14.00", "14u", "14u30", "14 uur",
# "om 14". A bare number is never a time ("12" could be a day).
_TIJD = re.compile(
    r"(?P<dag>.*?)[\s,]*(?:(?<![^\s,])om\s+|@\s*)?(?<![^\s,@])"
    r"(?P<uur>\d{1,2})(?:[:.](?P<min>\d{2})(?:\s*uur|u)?|\s*(?:u|uur|h)(?P<min2>\d{2})?)"
)
_OM = re.compile(r"(?P<dag>.*?)[\s,]*(?<![^\s,])om\s+(?P<uur>\d{1,2})")
VOORBEELD_TIJD = "14:00, 14.00, 14u of 14u30"


@dataclass(frozen=True)
class Tijdstip:
    """What was typed: a day, a time, or both (None: not said, keep what it was)."""

    dag: date | None
    tijd: time | None

    def in_woorden(self, vandaag: date) -> str:
        """As said aloud: "dinsdag 12 april 2023 om 14:00 (over 2 weken)"."""
        parts = []
        if self.dag is not None:
            parts.append(in_woorden(self.dag))
        if self.tijd is not None:
            parts.append(f"om {self.tijd:%H:%M}")
        said = " ".join(parts)
        return f"{said} ({afstand(self.dag, vandaag)})" if self.dag is not None else said


def parse_tijdstip(text: str, vandaag: date, volgende_bijeenkomst: date | None = None) -> Tijdstip:
    """The day and time `text` names; InvoerFout with a Dutch message when it names none."""
    cleaned = " ".join(str(text).lower().split())
    if not cleaned:
        raise InvoerFout(
            f"Vul een datum en tijd in, bijvoorbeeld 12-04-2023 14:00 of {VOORBEELDEN}."
        )
    te_lang(cleaned)
    m = _TIJD.fullmatch(cleaned) or _OM.fullmatch(cleaned)
    if m is None:
        return Tijdstip(parse_dag(cleaned, vandaag, volgende_bijeenkomst), None)
    minutes = m.groupdict().get("min") or m.groupdict().get("min2") or "0"
    tijd = _tijd(cleaned[len(m["dag"]) :].strip(" ,"), int(m["uur"]), int(minutes))
    day_text = m["dag"].strip(" ,")
    dag = parse_dag(day_text, vandaag, volgende_bijeenkomst) if day_text else None
    return Tijdstip(dag, tijd)


def _tijd(shown: str, hour: int, minute: int) -> time:
    if hour > 23 or minute > 59:
        raise InvoerFout(f"‘{shown}’ is geen tijd. Bijvoorbeeld: {VOORBEELD_TIJD}.")
    return time(hour, minute)
