"""The safety scale over time: the rows a chart is drawn from, and the chart drawn from rows.

Which rows an audience may see is decided by services.publiek; the facilitator's own chart
is drawn from all of them.
"""

from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, select

from desktop_app.model import (
    Betrokkene,
    Categorie,
    Gebeurtenis,
    Gezinslid,
    Veiligheidsscore,
    Weging,
)
from desktop_app.services.weging import wegingen


@dataclass(frozen=True)
class Grafiek:
    """What the safety chart shows."""

    reeksen: dict[str, list[tuple[date, int]]]  # participant (or role) -> dated scores
    arij: list[tuple[date, str]]
    banden: list[tuple[date, date, str]]  # maatregel periods from the timeline


@dataclass(frozen=True)
class GrafiekBron:
    wegingen: list[Weging]  # their ARIJ outcomes are drawn
    scores: list[Veiligheidsscore]
    datums: dict[int, date]  # weging id -> its date, where each score is placed
    maatregelen: list[Gebeurtenis]  # timeline periods in the maatregel category
    betrokkenen: dict[int, Betrokkene]
    leden: dict[int, Gezinslid]

    def met(self, **rows) -> "GrafiekBron":
        """The same source with fewer rows (an audience's selection)."""
        return replace(self, **rows)


def bron(session: Session, gezin_id: int) -> GrafiekBron:
    weging_rows = wegingen.van_gezin(session, gezin_id)
    measure = session.exec(select(Categorie.id).where(Categorie.sleutel == "maatregel")).first()
    periods = session.exec(
        select(Gebeurtenis).where(
            Gebeurtenis.gezin_id == gezin_id,
            Gebeurtenis.categorie_id == measure,
            Gebeurtenis.einde_tot.is_not(None),
        )
    )
    people = session.exec(select(Betrokkene).where(Betrokkene.gezin_id == gezin_id))
    members = session.exec(select(Gezinslid).where(Gezinslid.gezin_id == gezin_id))
    return GrafiekBron(
        wegingen=weging_rows,
        scores=[s for w in weging_rows for s in wegingen.scores(session, w.id)],
        datums={w.id: w.datum for w in weging_rows},
        maatregelen=list(periods),
        betrokkenen={b.id: b for b in people},
        leden={lid.id: lid for lid in members},
    )


def teken(bron: GrafiekBron, per_rol: bool = False) -> Grafiek:
    """A line per participant (or per role), ARIJ outcomes, maatregel periods as bands. A
    person scored twice on one day (in two wegingen) is one point: what they said last."""
    latest: dict[tuple, Veiligheidsscore] = {}
    for entry in sorted(bron.scores, key=lambda s: s.id):  # two wegingen may share a day
        person = (entry.betrokkene_id, entry.gezinslid_id)
        latest[(person, bron.datums[entry.weging_id])] = entry
    series: dict[str, list[tuple[date, int]]] = {}
    for (_, day), entry in latest.items():
        label = _participant(bron, entry, per_rol)
        series.setdefault(label, []).append((day, entry.score))
    arij = [(w.arij_datum, w.arij_niveau) for w in bron.wegingen if w.arij_datum and w.arij_niveau]
    bands = [(item.start_van, item.einde_tot, item.titel) for item in bron.maatregelen]
    return Grafiek({k: sorted(v) for k, v in series.items()}, sorted(arij), sorted(bands))


def _participant(bron: GrafiekBron, entry: Veiligheidsscore, per_rol: bool) -> str:
    if entry.betrokkene_id:
        person = bron.betrokkenen[entry.betrokkene_id]
        return (person.rol or "betrokkene") if per_rol else person.naam
    lid = bron.leden[entry.gezinslid_id]
    return (lid.relatie or "gezinslid") if per_rol else lid.naam
