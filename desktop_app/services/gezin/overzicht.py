"""Everything the Overzicht tab shows of one gezin, read in one go."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model import Betrokkene, Gezin, Gezinslid
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie


@dataclass(frozen=True)
class GezinOverzicht:
    gezin: Gezin
    leden: list[Gezinslid]
    betrokkenen: list[Betrokkene]
    regiehouder_id: int | None
    aanspreekpunten: dict[int, int | None]

    def betrokkene(self, betrokkene_id: int | None) -> Betrokkene | None:
        return next((b for b in self.betrokkenen if b.id == betrokkene_id), None)

    @property
    def regiehouder(self) -> Betrokkene | None:
        return self.betrokkene(self.regiehouder_id)


def laad(session: Session, gezin_id: int) -> GezinOverzicht:
    return GezinOverzicht(
        gezin=gezinnen.haal(session, gezin_id),
        leden=gezinsleden.van_gezin(session, gezin_id),
        betrokkenen=betrokkenen.van_gezin(session, gezin_id),
        regiehouder_id=regie.regiehouder_id(session, gezin_id),
        aanspreekpunten=regie.aanspreekpunten(session, gezin_id),
    )
