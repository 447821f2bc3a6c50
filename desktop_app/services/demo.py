"""The fictional demo gezin, read from resources/demo so later issues can extend its data."""

import json
from datetime import UTC, datetime

from sqlmodel import Session, select

from desktop_app.model import GebeurtenisWijziging, Gezin
from desktop_app.model.dates import parse_date
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen, standpunten
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen, patronen
from desktop_app.services.uren import uren
from desktop_app.services.weging import wegingen
from desktop_app.store.project_dirs import RESOURCES_DIR

DEMO_FILE = RESOURCES_DIR / "demo" / "gezin_vermeulen.json"
TIJDLIJN_FILE = RESOURCES_DIR / "demo" / "tijdlijn_vermeulen.json"
BIJEENKOMSTEN_FILE = RESOURCES_DIR / "demo" / "bijeenkomsten_vermeulen.json"
RECORDED_BEFORE_MEETINGS = "2026-09-01T10:00"  # the timeline was made before the first meeting


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
    _bijeenkomsten(session, gezin.id, leden, mensen)
    return gezin.id


def _tijdlijn(session: Session, gezin_id: int, leden: dict[str, int]) -> None:
    data = json.loads(TIJDLIJN_FILE.read_text(encoding="utf-8"))
    items, recorded = {}, {}
    for entry in data["gebeurtenissen"]:
        key = entry.pop("key", None)
        when = entry.pop("vastgelegd", RECORDED_BEFORE_MEETINGS)
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
        recorded[item.id] = datetime.fromisoformat(when).astimezone(UTC)
    # The history says when each item was entered, which "wat is er veranderd" reads.
    for change in session.exec(
        select(GebeurtenisWijziging).where(GebeurtenisWijziging.gezin_id == gezin_id)
    ):
        change.op = recorded[change.gebeurtenis_id]
    for patroon in data["patronen"]:
        ids = [items[key] for key in patroon["items"]]
        patronen.maak(session, gezin_id, patroon["naam"], ids, patroon["omschrijving"])


def _bijeenkomsten(session: Session, gezin_id: int, leden: dict, mensen: dict) -> None:
    data = json.loads(BIJEENKOMSTEN_FILE.read_text(encoding="utf-8"))
    meeting_ids = []

    def owner(key: str):
        if key == "ouders":
            return afspraken.OUDERS
        return ("gezinslid", leden[key]) if key in leden else ("betrokkene", mensen[key])

    for entry in data["bijeenkomsten"]:
        moment = datetime.fromisoformat(entry["moment"]).astimezone(UTC)
        b = bijeenkomsten.maak(session, gezin_id, moment, entry["soort"], entry["locatie"])
        bijeenkomsten.wijzig(
            session,
            b.id,
            voorzitter_id=mensen[entry["voorzitter"]],
            notulist_id=mensen[entry["notulist"]],
            volgende=entry["volgende"],
        )
        for key, status in entry["aanwezig"].items():
            who = {"gezinslid_id": leden[key]} if key in leden else {"betrokkene_id": mensen[key]}
            bijeenkomsten.zet_aanwezigheid(session, b.id, status, **who)
        for kolom, tekst, zichtbaarheid in entry["punten"]:
            bijeenkomsten.voeg_punt_toe(session, b.id, kolom, tekst, zichtbaarheid)
        for besluit in entry["besluiten"]:
            gw = besluit.get("gedragswetenschapper")
            made = bijeenkomsten.neem_besluit(
                session, b.id, besluit["tekst"], besluit["soort"], mensen[gw] if gw else None,
                besluit["zichtbaarheid"],
            )  # fmt: skip
            for key, (positie, woorden) in besluit["standpunten"].items():
                standpunten.zet(session, made.id, leden[key], positie=positie, woorden=woorden)
        for afspraak in entry["afspraken"]:
            made = afspraken.maak(
                session, gezin_id, afspraak["tekst"], owner(afspraak["eigenaar"]),
                soort=afspraak["soort"], deadline=afspraak.get("deadline"), bijeenkomst_id=b.id,
                deelresultaat=afspraak.get("deelresultaat", ""),
                zichtbaarheid=afspraak.get("zichtbaarheid", "iedereen"),
                mede=[owner(key) for key in afspraak.get("mede", [])],
            )  # fmt: skip
            if afspraak.get("status"):
                afspraken.zet_status(session, made.id, afspraak["status"])
        answers = bouwstenen.antwoorden(session, b.id)
        for bouwsteen, index, status, notitie in entry["checklist"]:
            answer = [a for a in answers if a.bouwsteen == bouwsteen][index]
            bouwstenen.beantwoord(session, answer.id, status=status, notitie=notitie)
        meeting_ids.append(b.id)
    for weging in data["wegingen"]:
        scores, door = weging.pop("scores"), weging.pop("door")
        weging["bijeenkomst_id"] = meeting_ids[weging.pop("bijeenkomst")]
        made = wegingen.maak(session, gezin_id, mensen[door], **weging)
        for who, score, zichtbaarheid in scores:
            person = (
                {"gezinslid_id": leden[who]} if who in leden else {"betrokkene_id": mensen[who]}
            )
            wegingen.geef_score(session, made.id, score, zichtbaarheid=zichtbaarheid, **person)
    for who, datum, hours, wat in data["uren"]:
        uren.schrijf_uren(session, gezin_id, mensen[who], datum, hours, wat)
    for entry, meeting_id in zip(data["bijeenkomsten"], meeting_ids, strict=True):
        if entry["vastgesteld"]:  # in the demo's past: finalised as each meeting ended
            done = bijeenkomsten.stel_vast(session, meeting_id)
            done.vastgesteld = done.moment + bijeenkomsten.DUUR
            for logged in bijeenkomsten.logboek(session, meeting_id):
                logged.op = done.vastgesteld
