"""Everything one audience may see of a gezin, in one record, and that record as JSON.

`casustafel publiek` prints it, so a facilitator can check before a meeting what will be
shown, and tests can search one text for what must never be there.
"""

from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from enum import Enum

from sqlmodel import Session

from desktop_app.model import Bijeenkomst
from desktop_app.model.enums import LabeledEnum
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import volgorde
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import taakverdeling
from desktop_app.services.publiek.bijeenkomst import PubliekBijeenkomst, bijeenkomst
from desktop_app.services.publiek.contact import Contactpersoon, contactpersonen
from desktop_app.services.publiek.regel import Lezer, lezer
from desktop_app.services.publiek.taakverdeling import WieBeltU
from desktop_app.services.publiek.tijdlijn import tijdlijn
from desktop_app.services.publiek.weging import PubliekWeging, grafiek, wegingen
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn
from desktop_app.services.weging.grafiek import Grafiek

LAATSTE = "laatste"


@dataclass(frozen=True)
class Projectie:
    gezin: str
    publiek: Lezer
    contactpersonen: list[Contactpersoon]
    tijdlijn: Tijdlijn
    bijeenkomst: PubliekBijeenkomst | None
    wegingen: list[PubliekWeging]
    veiligheidsschaal: Grafiek
    afspraken: list[Kaart]  # every afspraak on the board, done ones too
    wie_belt_u: list[WieBeltU]


def projectie(
    session: Session, gezin_id: int, publiek: Lezer, bijeenkomst_id: int | str | None = None
) -> Projectie:
    """`bijeenkomst_id` is a meeting of this gezin, "laatste" for its latest, or None."""
    publiek = lezer(publiek)
    gezin = gezinnen.haal(session, gezin_id)
    meeting_id = _meeting(session, gezin_id, bijeenkomst_id)
    return Projectie(
        gezin=gezin.naam,
        publiek=publiek,
        contactpersonen=contactpersonen(session, gezin_id),
        tijdlijn=tijdlijn(session, gezin_id, publiek),
        bijeenkomst=None if meeting_id is None else bijeenkomst(session, meeting_id, publiek),
        wegingen=wegingen(session, gezin_id, publiek),
        veiligheidsschaal=grafiek(session, gezin_id, publiek),
        afspraken=taakverdeling.kaarten(session, gezin_id, publiek),
        wie_belt_u=taakverdeling.wie_belt_u(session, gezin_id, publiek),
    )


def _meeting(session: Session, gezin_id: int, wanted: int | str | None) -> int | None:
    if wanted is None:
        return None
    if wanted == LAATSTE:
        latest = volgorde.laatste(session, gezin_id)
        if latest is None:
            raise InvoerFout("Dit gezin heeft nog geen bijeenkomst.")
        return latest.id
    meeting = get_or_fail(session, Bijeenkomst, int(wanted))
    if meeting.gezin_id != gezin_id:
        raise InvoerFout(f"Bijeenkomst {wanted} hoort niet bij dit gezin.")
    return meeting.id


def als_json(p: Projectie) -> dict:
    """Plain JSON values: dates as ISO text, labels as shown, the timeline as a list of items."""
    t = p.tijdlijn
    return {
        "gezin": p.gezin,
        "publiek": p.publiek.value,
        "contactpersonen": [_plain(c) for c in p.contactpersonen],
        "tijdlijn": {
            "items": [
                {
                    "datum": t.datum_tekst(i),
                    "titel": t.titels[i],
                    "categorie": t.categorieen[t.categorie[i]].naam,
                    "personen": [_lid_naam(t, lid_id) for lid_id in t.personen[i]],
                }
                for i in range(len(t))
            ],
            "patronen": [
                {
                    "naam": patroon.naam,
                    "omschrijving": patroon.omschrijving,
                    "items": [t.titels[i] for i in t.patroon_items[patroon.id]],
                }
                for patroon in t.patronen
            ],
        },
        "bijeenkomst": None if p.bijeenkomst is None else _bijeenkomst(p.bijeenkomst),
        "wegingen": [_plain(w) for w in p.wegingen],
        "veiligheidsschaal": _plain(p.veiligheidsschaal),
        "afspraken": [_afspraak(k) for k in p.afspraken],
        "wie_belt_u": [_plain(w) for w in p.wie_belt_u],
    }


def _bijeenkomst(b: PubliekBijeenkomst) -> dict:
    return {**_plain(b), "afspraken": [_afspraak(k) for k in b.afspraken]}


def _afspraak(k: Kaart) -> dict:
    """A card as people read it: names, labels and dates, no ids."""
    return {
        "tekst": k.tekst,
        "soort": k.soort.label,
        "veiligheid": k.veiligheid,
        "eigenaar": k.eigenaar_naam,
        "mede": list(k.mede_namen),
        "deelresultaat": k.deelresultaat,
        "deadline": _plain(k.deadline),
        "status": k.status.label,
        "te_laat": k.te_laat(date.today()),
        "bijeenkomst": _plain(k.bijeenkomst),
    }


def _lid_naam(t: Tijdlijn, lid_id: int) -> str:
    return next(lid.naam for lid in t.leden if lid.id == lid_id)


def _plain(value):
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {_key(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, LabeledEnum):  # a closed vocabulary as the screens say it
        return value.label
    if isinstance(value, Enum):
        return value.value
    return value


def _key(key) -> str:
    return key.value if isinstance(key, Enum) else str(key)


def als_tekst(data: dict) -> str:
    """The JSON record as indented text for reading in a terminal; nothing added or left out."""
    return "\n".join(_lines(data, 0))


def _lines(value, depth: int) -> list[str]:
    pad = "  " * depth
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:")
                lines.extend(_lines(item, depth + 1))
            else:
                lines.append(f"{pad}{key}: {_scalar(item)}")
        return lines
    if isinstance(value, list):
        return [line for item in value for line in _item(item, depth)]
    return [f"{pad}{_scalar(value)}"]


def _item(item, depth: int) -> list[str]:
    """One entry of a list: "- " before its first line; a pair such as (date, score) on one."""
    pad = "  " * depth
    if isinstance(item, list) and not any(isinstance(v, dict | list) for v in item):
        return [f"{pad}- {', '.join(_scalar(v) for v in item)}"]
    block = _lines(item, depth + 1)
    return [f"{pad}- {block[0].strip()}", *block[1:]]


def _scalar(value) -> str:
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)
