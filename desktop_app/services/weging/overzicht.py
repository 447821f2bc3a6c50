"""Everything the Weging tab shows of one gezin, read in one go."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model import Betrokkene, Bijeenkomst, Gezinslid, Weging
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.weging import wegingen


@dataclass(frozen=True)
class WegingOverzicht:
    gezin_id: int
    wegingen: list[Weging]
    betrokkenen: list[Betrokkene]
    leden: list[Gezinslid]
    bijeenkomsten: list[Bijeenkomst]

    def naam(self, betrokkene_id: int | None) -> str:
        """A betrokkene as the tab names them: with their role."""
        person = next((p for p in self.betrokkenen if p.id == betrokkene_id), None)
        if person is None:
            return ""
        return person.naam_en_rol


def laad(session: Session, gezin_id: int) -> WegingOverzicht:
    return WegingOverzicht(
        gezin_id=gezin_id,
        wegingen=wegingen.van_gezin(session, gezin_id),
        betrokkenen=betrokkenen.van_gezin(session, gezin_id),
        leden=gezinsleden.van_gezin(session, gezin_id),
        bijeenkomsten=bijeenkomsten.van_gezin(session, gezin_id),
    )
