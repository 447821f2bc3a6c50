"""An anonymised dossier: the case as it was, without who, where and when.

Every text and date column of every table in a dossier is classified here, by hand
(`KOLOMMEN`): kept, replaced by a pseudonym, scrubbed, dropped or shifted. A column that is
not classified stops the export (and a test), so a column added later cannot leak unseen.

Pseudonyms follow the role: "Moeder", "Vader", "Kind 1", "Kind 2", "Gezinscoach", a second
of one role numbered ("Buddy 2"); the logins in the histories become "Gebruiker 1". Every
free text is scrubbed of those names (with their short forms and diminutives), of the places
and organisations, and of contact details (`schrappen`). All dates move back by one random
number of whole weeks per file, so intervals, ages and weekdays stay; a vague date keeps its
precision and moves to the nearest date of that precision.
"""

import random
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import Boolean, Float, Integer

from desktop_app.model.enums import RELATIES, ROLLEN
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.dossier.schrappen import Schrapper
from desktop_app.services.dossier.tabellen import SPANNEN, VAGE_DATUMS, Deel


class Behandeling(StrEnum):
    HOUDEN = "houden"  # a vocabulary, a colour, a question of the template
    PSEUDONIEM = "pseudoniem"  # a person's name
    SCHRAPPEN = "schrappen"  # free text: names, places, contact details out
    WEGLATEN = "weglaten"  # contact details, places, organisations: emptied
    VERSCHUIVEN = "verschuiven"  # a date or moment


H, P, S, W, V = (
    Behandeling.HOUDEN, Behandeling.PSEUDONIEM, Behandeling.SCHRAPPEN, Behandeling.WEGLATEN,
    Behandeling.VERSCHUIVEN,
)  # fmt: skip

KOLOMMEN: dict[str, dict[str, Behandeling]] = {
    "categorie": {"sleutel": H, "naam": H, "kleur": H, "symbool": H},  # shared, not the case's
    "bouwsteen_item": {"bouwsteen": H, "tekst": H},  # the template, shared
    "gezin": {
        "naam": P, "gemeente": W, "status": H, "kader": H, "product": H, "fase": H,
        "aangemaakt": V, "bijgewerkt": V,
    },
    "betrokkene": {
        "naam": P, "organisatie": W, "rol": S, "domein": H, "telefoon": W, "email": W,
        "actief_van": V, "actief_tot": V,
    },
    "gezinslid": {
        "naam": P, "relatie": S, "geboorte": V, "kleur": H, "notities": S, "inschrijving": W,
    },
    "gebeurtenis": {
        "titel": S, "omschrijving": S, "start": V, "start_van": V, "start_tot": V, "einde": V,
        "einde_van": V, "einde_tot": V, "bron": S, "zichtbaarheid": H, "hulpstatus": H,
        "aangemaakt": V,
    },
    "gebeurtenis_wijziging": {
        "actie": H, "veld": H, "oud": S, "nieuw": S, "door": P, "op": V,
    },
    "patroon": {"naam": S, "omschrijving": S, "kleur": H},
    "bijeenkomst": {"moment": V, "soort": H, "locatie": W, "volgende": V, "vastgesteld": V},
    "aanwezigheid": {"status": H},
    "punt": {"kolom": H, "tekst": S, "zichtbaarheid": H},
    "besluit": {"tekst": S, "soort": H, "zichtbaarheid": H},
    "standpunt": {"positie": H, "woorden": S},
    "bijeenkomst_log": {"actie": H, "reden": S, "door": P, "op": V},
    "checklist_antwoord": {"bouwsteen": H, "tekst": S, "status": H, "notitie": S},
    "afspraak": {
        "soort": H, "tekst": S, "deelresultaat": S, "deadline": V, "zichtbaarheid": H,
        "status": H,
    },
    "afspraak_wijziging": {"veld": H, "oud": S, "nieuw": S, "door": P, "op": V},
    "weging": {
        "datum": V, "directe_veiligheid": H, "directe_toelichting": S, "stabiele_veiligheid": H,
        "stabiele_toelichting": S, "arij_niveau": S, "arij_datum": V, "bodemeisen": S,
        "voorstel": H, "voorstel_toelichting": S, "zichtbaarheid": H,
    },
    "veiligheidsscore": {"zichtbaarheid": H},
    "weging_wijziging": {"veld": H, "oud": S, "nieuw": S, "door": P, "op": V},
    "product_uren": {"datum": V, "omschrijving": S},
    "regie_toewijzing": {"ingang": V, "vastgelegd": V},
    "aanspreekpunt_toewijzing": {"ingang": V, "vastgelegd": V},
}  # fmt: skip

# How many weeks back the dates of one file move: one to ten years, never none.
_WEKEN = (52, 520)


def te_classificeren(deel: Deel) -> set[str]:
    """The columns of a table that must be classified: all but keys, numbers and yes/no, so
    every text, date and moment, and any type not known to be harmless."""
    return {
        column.name
        for column in deel.tabel.columns
        if not column.primary_key
        and not column.foreign_keys
        and not isinstance(column.type, Integer | Float | Boolean)
    }


def ontbrekend(structure: list[Deel]) -> list[str]:
    """`table.column` of every text or date column no one has classified."""
    return sorted(
        f"{deel.naam}.{name}"
        for deel in structure
        for name in te_classificeren(deel)
        if name not in KOLOMMEN.get(deel.naam, {})
    )


def anonimiseer(
    structure: list[Deel], rows: dict[str, list[dict]], rng: random.Random | None = None
) -> dict[str, list[dict]]:
    """The rows of a dossier anonymised (new dicts; `rows` is left as it was)."""
    missing = ontbrekend(structure)
    if missing:  # never guess: a new column is classified before it leaves anonymised
        raise RuntimeError(f"not classified for an anonymised dossier: {', '.join(missing)}")
    rng = rng or random.SystemRandom()
    dagen = -7 * rng.randint(*_WEKEN)
    schrapper = Schrapper(dagen)
    namen = _pseudoniemen(rows, schrapper, rng)
    for table, column, tell in (
        ("gezin", "gemeente", schrapper.plaats),
        ("gezinslid", "inschrijving", schrapper.plaats),
        ("bijeenkomst", "locatie", schrapper.plaats),
        ("betrokkene", "organisatie", schrapper.organisatie),
    ):
        for row in rows[table]:
            if row[column]:
                tell(row[column])
    result = {}
    for deel in structure:
        soort = KOLOMMEN.get(deel.naam, {})  # a table of keys alone
        result[deel.naam] = [
            _rij(deel, row, soort, namen, schrapper, dagen) for row in rows[deel.naam]
        ]
    result["gezin"] = [{**row, "geanonimiseerd": True} for row in result["gezin"]]
    return result


def _rij(deel, row, soort, namen, schrapper: Schrapper, dagen: int) -> dict:
    new = dict(row)
    for column, behandeling in soort.items():
        value = row[column]
        if value is None or behandeling is H:
            continue
        if behandeling is P:
            new[column] = namen[(deel.naam, column, value if column == "door" else row["id"])]
        elif behandeling is S:
            new[column] = schrapper.schrap(value)
        elif behandeling is W:
            new[column] = ""
        elif (deel.naam, column) in VAGE_DATUMS:
            new[column] = _vaag(value, dagen)
        else:
            new[column] = value + timedelta(days=dagen)
    for column, (van, tot) in SPANNEN.items():  # a vague date's span follows the date
        if column[0] == deel.naam and new[column[1]] is not None:
            vague = FuzzyDate.from_storage(new[column[1]])
            new[van], new[tot] = vague.earliest(), vague.latest()
    return new


def _vaag(value: str, dagen: int) -> str:
    vague = FuzzyDate.from_storage(value)
    return FuzzyDate.nearest(vague.precisie, vague.midpoint() + timedelta(days=dagen)).to_storage()


def _pseudoniemen(rows, schrapper: Schrapper, rng) -> dict[tuple, str]:
    """(table, column, row id or login) -> pseudonym; each name is told to the scrubber."""
    found: dict[tuple, str] = {}
    gezin = rows["gezin"][0]
    found[("gezin", "naam", gezin["id"])] = naam = f"Gezin {rng.choice('ABCDEFGHKLMNPRSTVWZ')}"
    schrapper.gezin(gezin["naam"], naam)
    leden = sorted(rows["gezinslid"], key=lambda r: (r["volgorde"], r["id"]))
    labels = _genummerd(
        [_uit(row["relatie"], RELATIES) for row in leden], altijd={"Kind"}, anders="Gezinslid"
    )
    for row, label in zip(leden, labels, strict=True):
        found[("gezinslid", "naam", row["id"])] = label
        schrapper.persoon(row["naam"], label)
    betrokkenen = sorted(rows["betrokkene"], key=lambda r: r["id"])
    rollen = [_uit(row["rol"], ROLLEN) for row in betrokkenen]
    for row, label in zip(betrokkenen, _genummerd(rollen, anders="Betrokkene"), strict=True):
        found[("betrokkene", "naam", row["id"])] = label
        schrapper.persoon(row["naam"], label)
    logins = sorted(
        {
            row["door"]
            for name, soort in KOLOMMEN.items()
            if soort.get("door") is P
            for row in rows.get(name, ())
            if row["door"]
        }
    )
    for n, login in enumerate(logins, 1):
        for name, soort in KOLOMMEN.items():
            if soort.get("door") is P:
                found[(name, "door", login)] = f"Gebruiker {n}"
        schrapper.persoon(login, f"Gebruiker {n}")
    return found


def _uit(text: str, vocabulary: tuple[str, ...]) -> str:
    """The role as a pseudonym when it is one of the suggested words; anything else typed
    there may hold a name."""
    found = {word.lower(): word for word in vocabulary if word != "onbekend"}
    word = found.get(text.strip().lower(), "")
    return _hoofdletter(word)


def _hoofdletter(text: str) -> str:
    return text[:1].upper() + text[1:]


def _genummerd(labels: list[str], anders: str, altijd: frozenset | set = frozenset()) -> list:
    """ "Kind 1", "Kind 2"; "Moeder", and a second "Moeder 2"; an empty label is `anders`."""
    labels = [label or anders for label in labels]
    totals = {label: labels.count(label) for label in labels}
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        numbered = label in altijd or (totals[label] > 1 and seen[label] > 1)
        result.append(f"{label} {seen[label]}" if numbered else label)
    return result
