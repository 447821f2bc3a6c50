"""The bouwstenen checklist: an editable template and each meeting's answers.

Answers keep the question's text as it was asked, so renaming or retiring a template
item never changes what a past meeting recorded.
"""

import json
from typing import Annotated

from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst, BouwsteenItem, ChecklistAntwoord
from desktop_app.model.enums import ChecklistStatus
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import check_open
from desktop_app.services.bijeenkomst.volgorde import vorige
from desktop_app.services.core.field_types import Keuze, Tekst, VerplichteTekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.store.project_dirs import RESOURCES_DIR

TEMPLATE_FILE = RESOURCES_DIR / "bouwstenen.json"


class BouwsteenItemInvoer(PartialUpdate):
    tekst: Annotated[str, VerplichteTekst("De vraag")] = None


class ChecklistAntwoordInvoer(PartialUpdate):
    status: Annotated[ChecklistStatus, Keuze("status")] = None
    notitie: Tekst = None


def _definitions() -> list[dict]:
    return json.loads(TEMPLATE_FILE.read_text(encoding="utf-8"))["bouwstenen"]


def namen() -> dict[str, str]:
    """Bouwsteen key -> Dutch name, in the order of the template file."""
    return {b["sleutel"]: b["naam"] for b in _definitions()}


def template(session: Session, alleen_actief: bool = True) -> list[BouwsteenItem]:
    query = select(BouwsteenItem)
    if alleen_actief:
        query = query.where(BouwsteenItem.actief)
    order = list(namen())
    items = session.exec(query).all()
    return sorted(items, key=lambda i: (_rank(order, i.bouwsteen), i.volgorde, i.id))


def _rank(order: list[str], key: str) -> int:
    return order.index(key) if key in order else len(order)


def zaai_sjabloon(session: Session) -> None:
    """Fill an empty template from resources/bouwstenen.json (run when the store opens)."""
    if session.exec(select(func.count()).select_from(BouwsteenItem)).one():
        return
    for bouwsteen in _definitions():
        for position, vraag in enumerate(bouwsteen["vragen"]):
            session.add(
                BouwsteenItem(bouwsteen=bouwsteen["sleutel"], tekst=vraag, volgorde=position)
            )
    session.flush()


def voeg_item_toe(session: Session, bouwsteen: str, tekst: str) -> BouwsteenItem:
    if bouwsteen not in namen():
        raise InvoerFout(
            f"Onbekende bouwsteen ‘{bouwsteen}’. Kies uit: {', '.join(namen().values())}."
        )
    invoer = BouwsteenItemInvoer.parse(tekst=tekst)
    count = len([i for i in template(session, False) if i.bouwsteen == bouwsteen])
    item = BouwsteenItem(bouwsteen=bouwsteen, volgorde=count, **invoer.changes())
    session.add(item)
    session.flush()
    return item


def hernoem_item(session: Session, item_id: int, tekst: str) -> BouwsteenItem:
    item = get_or_fail(session, BouwsteenItem, item_id)
    BouwsteenItemInvoer.parse(tekst=tekst).apply_to(item)
    return item


def verschuif_item(session: Session, item_id: int, stappen: int) -> None:
    """Move a question up (negative) or down within its bouwsteen."""
    item = get_or_fail(session, BouwsteenItem, item_id)
    group = [i for i in template(session, False) if i.bouwsteen == item.bouwsteen]
    position = group.index(item)
    target = max(0, min(len(group) - 1, position + stappen))
    if target == position:
        return
    group.insert(target, group.pop(position))
    for rank, member in enumerate(group):
        member.volgorde = rank


def zet_actief(session: Session, item_id: int, actief: bool) -> BouwsteenItem:
    """Retire (or bring back) a question; past meetings keep their answers to it."""
    item = get_or_fail(session, BouwsteenItem, item_id)
    item.actief = actief
    return item


def maak_antwoorden(session: Session, bijeenkomst_id: int) -> None:
    for item in template(session):
        session.add(
            ChecklistAntwoord(
                bijeenkomst_id=bijeenkomst_id,
                item_id=item.id,
                bouwsteen=item.bouwsteen,
                tekst=item.tekst,
            )
        )
    session.flush()


def antwoorden(session: Session, bijeenkomst_id: int) -> list[ChecklistAntwoord]:
    query = select(ChecklistAntwoord).where(ChecklistAntwoord.bijeenkomst_id == bijeenkomst_id)
    order = list(namen())
    return sorted(session.exec(query), key=lambda a: (_rank(order, a.bouwsteen), a.id))


def beantwoord(
    session: Session, antwoord_id: int, status: str | None = None, notitie: str | None = None
):
    antwoord = get_or_fail(session, ChecklistAntwoord, antwoord_id)
    check_open(session.get(Bijeenkomst, antwoord.bijeenkomst_id))
    given = {"status": status, "notitie": notitie}
    ChecklistAntwoordInvoer.parse(
        **{name: value for name, value in given.items() if value is not None}
    ).apply_to(antwoord)
    return antwoord


def voortgang(session: Session, bijeenkomst_id: int) -> dict[str, tuple[int, int]]:
    """Per bouwsteen: (handled, total), handled meaning besproken or not applicable."""
    progress: dict[str, list[int]] = {}
    for antwoord in antwoorden(session, bijeenkomst_id):
        done_total = progress.setdefault(antwoord.bouwsteen, [0, 0])
        done_total[0] += antwoord.status != ChecklistStatus.OPEN
        done_total[1] += 1
    return {key: (done, total) for key, (done, total) in progress.items()}


def open_uit_vorige(session: Session, bijeenkomst_id: int) -> set[int]:
    """Template items left open in the previous meeting: suggested to take up now."""
    previous = vorige(session, bijeenkomst_id)
    if previous is None:
        return set()
    return {a.item_id for a in antwoorden(session, previous.id) if a.status == ChecklistStatus.OPEN}
