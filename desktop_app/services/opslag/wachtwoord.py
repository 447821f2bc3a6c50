"""How strong a passphrase is, said in Dutch while it is typed.

A long passphrase of ordinary words beats a short jumble: length counts most. The passphrase
is never stored; there is no way back without it, which the screens say too."""

import re
from dataclasses import dataclass

MINIMUM = 10
# The first that people try; a passphrase made of these alone is refused as weak.
_BEKEND = frozenset(
    "wachtwoord password welkom welkom01 casustafel jeugdzorg qwerty azerty 123456 12345678 "
    "123456789 geheim letmein admin gezin".split()
)


@dataclass(frozen=True)
class Sterkte:
    score: int  # 0 weak .. 3 strong
    uitleg: str

    @property
    def genoeg(self) -> bool:
        return self.score >= 2


def sterkte(wachtwoord: str) -> Sterkte:
    words = re.findall(r"[^\W\d_]{3,}", wachtwoord.lower())
    kinds = sum(
        bool(re.search(p, wachtwoord)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]", r"\s")
    )
    if len(wachtwoord) < MINIMUM:
        return Sterkte(0, f"Te kort: gebruik minstens {MINIMUM} tekens, liever een zin.")
    if wachtwoord.lower().strip() in _BEKEND or len(set(wachtwoord)) < 4:
        return Sterkte(0, "Te makkelijk te raden. Kies iets wat alleen u bedenkt.")
    if len(wachtwoord) >= 20 or (len(words) >= 4 and len(wachtwoord) >= 16):
        return Sterkte(3, "Sterk.")
    if len(wachtwoord) >= 14 or kinds >= 3:
        return Sterkte(2, "Redelijk. Langer is sterker: een zin van vier woorden is goed.")
    return Sterkte(1, "Zwak. Maak het langer, bijvoorbeeld een zin van vier woorden.")
