"""The taakverdeling board: its columns per owner or per status, the filters, and what
dropping a card on a column does. Qt-free, so the facilitator's tab, the beamer and the
tests place every card by the same rules."""

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.model import Betrokkene, Gezinslid
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus, LabeledEnum
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.taakverdeling.afspraken import NIEMAND, OUDERS, Eigenaar
from desktop_app.services.taakverdeling.kaarten import Kaart


class Indeling(LabeledEnum):
    EIGENAAR = "eigenaar", "Per eigenaar"
    STATUS = "status", "Per status"


Sleutel = tuple  # (eigenaar kind, id) in the owner layout; (status,) in the status layout


@dataclass(frozen=True)
class Kolom:
    sleutel: Sleutel
    titel: str


@dataclass
class BordFilter:
    alleen_open: bool = True  # what is still to be done, the usual view in a meeting
    eigenaar: Eigenaar | None = None
    soort: AfspraakSoort | None = None
    bijeenkomst_id: int | None = None
    zoekterm: str = ""

    def laat_zien(self, kaart: Kaart) -> bool:
        term = self.zoekterm.strip().lower()
        return (
            (kaart.open or not self.alleen_open)
            and (self.eigenaar is None or kaart.eigenaar == tuple(self.eigenaar))
            and (self.soort is None or kaart.soort == self.soort)
            and (self.bijeenkomst_id is None or kaart.bijeenkomst_id == self.bijeenkomst_id)
            and (not term or term in f"{kaart.tekst} {kaart.deelresultaat}".lower())
        )


def kolom_van(kaart: Kaart, indeling: Indeling) -> Sleutel:
    return kaart.eigenaar if indeling is Indeling.EIGENAAR else (kaart.status,)


def kolommen(
    kaarten: list[Kaart],
    indeling: Indeling,
    leden: list[Gezinslid],
    betrokkenen: list[Betrokkene],
) -> list[Kolom]:
    """Per status: all four, so a card can always be moved on. Per owner: what the parents
    do first, then each gezinslid and each betrokkene who has a card here."""
    if Indeling(indeling) is Indeling.STATUS:
        return [Kolom((status,), status.label) for status in AfspraakStatus]
    owners = {kaart.eigenaar for kaart in kaarten}
    columns = [Kolom(OUDERS, "Wat ouders doen")]
    columns += [
        Kolom(("gezinslid", lid.id), lid.naam) for lid in leden if ("gezinslid", lid.id) in owners
    ]
    columns += [
        Kolom(("betrokkene", b.id), b.naam_en_rol)
        for b in betrokkenen
        if ("betrokkene", b.id) in owners
    ]
    if NIEMAND in owners:
        columns.append(Kolom(NIEMAND, "Nog niemand"))
    return columns


def naar_kolom(sleutel: Sleutel, indeling: Indeling) -> tuple[str, Callable, tuple] | None:
    """What dropping a card on a column does: (label, operation, arguments after the card's
    id) for Workspace.edit; None where a card cannot go (no owner)."""
    if Indeling(indeling) is Indeling.STATUS:
        return "Status wijzigen", afspraken.zet_status, (sleutel[0],)
    if tuple(sleutel) == NIEMAND:
        return None
    return "Afspraak toewijzen", afspraken.wijs_toe, (tuple(sleutel),)
