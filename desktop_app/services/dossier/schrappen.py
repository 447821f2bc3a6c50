"""Scrubbing free text for an anonymised dossier.

What the dossier knows to be a name, place or organisation is replaced wherever it is
written, as a whole word and in any case: a person's names by that person's pseudonym
("Sanneke belt Linda" becomes "Moeder belt Gezinscoach"), a word two people share by
"[naam]". Contact details are found by their shape: e-mail addresses, phone numbers, Dutch
postcodes and street addresses. Dates written in the text move with the dossier's dates.
"""

import re
from datetime import date, timedelta

from desktop_app.services.dossier.roepnamen import vormen

NAAM = "[naam]"
PLAATS = "[plaats]"
ORGANISATIE = "[organisatie]"

# Parts of a name that are also ordinary words: a surname is scrubbed as the whole phrase,
# and by its other words, never by these alone.
_TUSSENVOEGSELS = frozenset(
    "de den der van von het 't ter ten te in op el al la le di da du bin ben ibn".split()
)
# Words in organisation names that say what kind of place it is, not which one.
_SOORTWOORDEN = frozenset(
    """lokaal team jeugdhulp jeugdzorg ggz v-ggz school basisschool college lyceum gemeente
    wijkteam stichting zorg huisartsenpraktijk praktijk politie bureau centrum kliniek
    ziekenhuis opvang veilig thuis raad voor kinderbescherming gi jeugdbescherming
    jeugdbeschermer wonen woningcorporatie en het de van der den oost west noord zuid
    centrum regio buurtteam sociaal maatschappelijk werk""".split()
)

# Municipalities and larger places, Haaglanden first: written in a note without being any
# field of the dossier.
PLAATSEN = (
    "Den Haag", "'s-Gravenhage", "Rijswijk", "Delft", "Zoetermeer", "Westland",
    "Leidschendam-Voorburg", "Leidschendam", "Voorburg", "Pijnacker-Nootdorp", "Pijnacker",
    "Nootdorp", "Midden-Delfland", "Wassenaar", "Scheveningen", "Loosduinen", "Ypenburg",
    "Naaldwijk", "Monster", "Wateringen", "Leiden", "Rotterdam", "Amsterdam", "Utrecht",
    "Schiedam", "Vlaardingen", "Gouda", "Dordrecht", "Haarlem", "Alphen aan den Rijn",
    "Katwijk", "Lansingerland", "Capelle aan den IJssel", "Eindhoven", "Groningen", "Tilburg",
    "Almere", "Breda", "Nijmegen", "Arnhem", "Zwolle", "Amersfoort", "Apeldoorn", "Enschede",
)  # fmt: skip

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TELEFOON = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s\-().]{7,}\d(?!\w)")
_POSTCODE = re.compile(r"\b[1-9]\d{3} ?[A-Z]{2}\b")
_STRAAT = (
    r"[\w'’.-]*(?:straat|laan|weg|plein|singel|gracht|kade|dijk|steeg|dreef|hof|pad|park"
    r"|markt|baan|erf|plantsoen|boulevard|kwartier|hage)"
)
_ADRES = re.compile(
    rf"(?<!\w)(?:{_STRAAT}|(?:laan|plein|burgemeester|van) [\w'’-]+(?: [\w'’-]+){{0,3}})"
    r" \d{1,4}(?: ?[a-z]\b|-\d{1,4})?",
    re.IGNORECASE,
)
# One pass over dates and years, so a moved date's year is not moved again.
_DATUM = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<j>\d{4})(?!\d)"
    r"|(?<!\d)(?P<iso_j>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d)"
    r"|(?<![\w-])(?P<jaar>19\d{2}|20\d{2})(?!\d)"
)


class Schrapper:
    """Scrubs texts of the names, places and organisations it was given."""

    def __init__(self, verschuiving_dagen: int):
        self._dagen = verschuiving_dagen
        self._jaren = round(verschuiving_dagen / 365.25)
        self._vervang: dict[str, str] = {}  # lower-case phrase -> replacement
        self._patroon: re.Pattern | None = None
        for plaats in PLAATSEN:
            self.plaats(plaats)

    def persoon(self, naam: str, pseudoniem: str) -> None:
        """A person's full name, first name with its short forms, and surname words."""
        words = naam.split()
        if not words:
            return
        self._zet(naam, pseudoniem)
        for vorm in vormen(words[0]):
            self._zet(vorm, pseudoniem)
        rest = [w for w in words[1:] if w.lower() not in _TUSSENVOEGSELS]
        if len(words) > 1:
            self._zet(" ".join(words[1:]), NAAM)  # the surname with its tussenvoegsel
        for word in rest:
            self._woord(word, NAAM)

    def gezin(self, naam: str, pseudoniem: str) -> None:
        """The gezin's alias ("Gezin Vermeulen"): its surname is a name wherever written."""
        self._zet(naam, pseudoniem)
        for word in naam.split():
            if word.lower() not in ("gezin", "familie"):
                self._woord(word, NAAM)

    def plaats(self, naam: str) -> None:
        self._zet(naam, PLAATS)
        self._eigen_woorden(naam, PLAATS)

    def organisatie(self, naam: str) -> None:
        self._zet(naam, ORGANISATIE)
        self._eigen_woorden(naam, ORGANISATIE)

    def _eigen_woorden(self, naam: str, replacement: str) -> None:
        """The words of a place or organisation that name it (Kompas, Rijswijk, Oost of
        Rijswijk-Oost), not those that say what it is (Jeugdhulp, Het) or join (aan den)."""
        for word in re.split(r"[\s/]+", naam):
            for part in {word, *word.split("-")}:
                if part[:1].isupper() and part.lower() not in _SOORTWOORDEN:
                    self._woord(part, replacement)

    def _woord(self, word: str, replacement: str) -> None:
        word = word.strip(".,;:()'\"")
        if len(word) >= 2 and not word.isdigit() and word.lower() not in _TUSSENVOEGSELS:
            self._zet(word, replacement)

    def _zet(self, phrase: str, replacement: str) -> None:
        key = " ".join(phrase.lower().split())
        if len(key) < 2:
            return
        old = self._vervang.get(key)
        if old is None or old == replacement:
            self._vervang[key] = replacement
        elif {old, replacement} - {PLAATS, ORGANISATIE}:
            self._vervang[key] = NAAM  # a word two people share is neither's pseudonym
        self._patroon = None

    def schrap(self, text: str) -> str:
        if not text:
            return text
        text = _EMAIL.sub("[e-mail]", text)
        text = _TELEFOON.sub(_telefoon, text)
        text = _POSTCODE.sub("[postcode]", text)
        text = _ADRES.sub("[adres]", text)
        if self._vervang:
            text = self._namen().sub(lambda m: self._vervang[_sleutel(m[0])], text)
        return self._data(text)

    def _namen(self) -> re.Pattern:
        if self._patroon is None:
            phrases = sorted(self._vervang, key=len, reverse=True)  # the longest first
            alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
            self._patroon = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        return self._patroon

    def _data(self, text: str) -> str:
        """Dates in the text move by the same days as the dossier's, years by as many years."""
        return _DATUM.sub(self._datum, text)

    def _datum(self, m: re.Match) -> str:
        if m["jaar"]:
            return str(int(m["jaar"]) + self._jaren)
        if m["j"]:
            moved = _verschoven(int(m["j"]), int(m["m"]), int(m["d"]), self._dagen)
            sep = m["sep"]
            return m[0] if moved is None else moved.strftime(f"%d{sep}%m{sep}%Y")
        moved = _verschoven(int(m["iso_j"]), int(m["iso_m"]), int(m["iso_d"]), self._dagen)
        return m[0] if moved is None else moved.isoformat()


def _sleutel(found: str) -> str:
    return " ".join(found.lower().split())


def _telefoon(m: re.Match) -> str:
    digits = sum(c.isdigit() for c in m[0])
    return "[telefoon]" if 9 <= digits <= 15 else m[0]


def _verschoven(year: int, month: int, day: int, days: int) -> date | None:
    try:
        return date(year, month, day) + timedelta(days=days)
    except (ValueError, OverflowError):
        return None
