"""The fictional demo gezin, read from resources/demo so later issues can extend its data."""

import json

from sqlmodel import Session, select

from desktop_app.model import Gezin
from desktop_app.model.dates import parse_date
from desktop_app.services import (
    betrokkenen,
    categorieen,
    gebeurtenissen,
    gezinnen,
    gezinsleden,
    patronen,
    regie,
)
from desktop_app.store.project_dirs import RESOURCES_DIR

DEMO_FILE = RESOURCES_DIR / "demo" / "gezin_vermeulen.json"
TIJDLIJN_FILE = RESOURCES_DIR / "demo" / "tijdlijn_vermeulen.json"


def maak_demo(session: Session) -> int:
    """Replace any earlier demo gezin by a fresh one; gezinnen not marked demo are untouched."""
    for oud in session.exec(select(Gezin).where(Gezin.demo)):
        session.delete(oud)
    session.flush()
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    kop = data["gezin"]
    gezin = gezinnen.maak(session, kop["naam"], kop["gemeente"], demo=True)
    gezinnen.wijzig(
        session, gezin.id, status=kop["status"], product=kop["product"], fase=kop["fase"]
    )
    leden = {
        lid.pop("key"): gezinsleden.voeg_toe(session, gezin.id, **lid).id for lid in data["leden"]
    }
    mensen = {
        b.pop("key"): betrokkenen.voeg_toe(session, gezin.id, **b).id for b in data["betrokkenen"]
    }
    for stap in data["regie"]:
        regie.zet_regie(session, gezin.id, mensen[stap["betrokkene"]], parse_date(stap["ingang"]))
    for stap in data["aanspreekpunten"]:
        regie.zet_aanspreekpunt(
            session, leden[stap["lid"]], mensen[stap["betrokkene"]], parse_date(stap["ingang"])
        )
    _tijdlijn(session, gezin.id, leden)
    return gezin.id


def _tijdlijn(session: Session, gezin_id: int, leden: dict[str, int]) -> None:
    data = json.loads(TIJDLIJN_FILE.read_text(encoding="utf-8"))
    items = {}
    for entry in data["gebeurtenissen"]:
        key = entry.pop("key", None)
        item = gebeurtenissen.voeg_toe(
            session,
            gezin_id,
            entry.pop("titel"),
            entry.pop("datum"),
            categorie_id=categorieen.zoek(session, entry.pop("categorie")).id,
            personen=[leden[p] for p in entry.pop("personen", [])],
            **entry,
        )
        if key:
            items[key] = item.id
    for patroon in data["patronen"]:
        ids = [items[key] for key in patroon["items"]]
        patronen.maak(session, gezin_id, patroon["naam"], ids, patroon["omschrijving"])
