"""Everything the Overzicht tab shows of one gezin, read in one go."""

from dataclasses import dataclass
from datetime import date

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

    def inschrijvingen_kinderen(self, today: date) -> dict[str, list[str]]:
        """Gemeente -> the children registered there, when the children are registered in
        more than one gemeente (which then decides who may file a request); else empty."""
        spelling: dict[str, str] = {}  # "delft" and "Delft" are one gemeente
        per_gemeente: dict[str, list[str]] = {}
        for lid in self.leden:
            if lid.inschrijving and gezinsleden.is_kind(lid, today):
                gemeente = spelling.setdefault(lid.inschrijving.casefold(), lid.inschrijving)
                per_gemeente.setdefault(gemeente, []).append(lid.naam)
        return dict(sorted(per_gemeente.items())) if len(per_gemeente) > 1 else {}

    @property
    def gemeenten(self) -> list[str]:
        """The gemeenten this gezin knows (its own and its members' registrations)."""
        known: dict[str, str] = {}  # one spelling per gemeente, the gezin's own first
        for gemeente in (self.gezin.gemeente, *(lid.inschrijving for lid in self.leden)):
            if gemeente:
                known.setdefault(gemeente.casefold(), gemeente)
        return sorted(known.values(), key=str.casefold)


def laad(session: Session, gezin_id: int) -> GezinOverzicht:
    return GezinOverzicht(
        gezin=gezinnen.haal(session, gezin_id),
        leden=gezinsleden.van_gezin(session, gezin_id),
        betrokkenen=betrokkenen.van_gezin(session, gezin_id),
        regiehouder_id=regie.regiehouder_id(session, gezin_id),
        aanspreekpunten=regie.aanspreekpunten(session, gezin_id),
    )
