"""Wegingen and the safety scale as an audience may see them.

A parent's score said at the table is for everyone, even in a weging for professionals; a
professional's score stays within its weging's audience. A vertrouwelijke weging keeps all
its scores, and every weging its ARIJ outcome, within its own audience.
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from desktop_app.model import Betrokkene, Gezinslid, Veiligheidsscore
from desktop_app.model.enums import DirecteVeiligheid, StabieleVeiligheid, Voorstel, Zichtbaarheid
from desktop_app.services.publiek.regel import Lezer, zichtbaar
from desktop_app.services.weging import grafiek as grafiek_service
from desktop_app.services.weging import wegingen as wegingen_service
from desktop_app.services.weging.grafiek import Grafiek


@dataclass(frozen=True)
class PubliekScore:
    naam: str
    score: int  # 0: a child cannot stay at home; 10: safe enough to close the case


@dataclass(frozen=True)
class PubliekWeging:
    datum: date
    auteur: str
    rol: str
    directe_veiligheid: str  # Dutch labels from here on
    directe_toelichting: str
    stabiele_veiligheid: str
    stabiele_toelichting: str
    arij_niveau: str
    arij_datum: date | None
    bodemeisen: str
    voorstel: str
    voorstel_toelichting: str
    scores: list[PubliekScore]


def grafiek(session: Session, gezin_id: int, publiek: Lezer, per_rol: bool = False) -> Grafiek:
    bron = grafiek_service.bron(session, gezin_id)
    audience = {w.id: w.zichtbaarheid for w in bron.wegingen}
    selection = bron.met(
        wegingen=[w for w in bron.wegingen if zichtbaar(w.zichtbaarheid, publiek)],
        scores=[s for s in bron.scores if _score_zichtbaar(s, audience[s.weging_id], publiek)],
        maatregelen=[m for m in bron.maatregelen if zichtbaar(m.zichtbaarheid, publiek)],
    )
    return grafiek_service.teken(selection, per_rol)


def _score_zichtbaar(score, weging: str, publiek: Lezer) -> bool:
    """A family member's score follows its own audience (it was said at the table); a
    professional's never reaches further than the weging it was given in, even after the
    weging is narrowed. Nothing of a vertrouwelijke weging is shown to whoever may not see
    that weging."""
    if not zichtbaar(score.zichtbaarheid, publiek):
        return False
    if zichtbaar(weging, publiek):
        return True
    return score.gezinslid_id is not None and weging != Zichtbaarheid.VERTROUWELIJK


def wegingen(session: Session, gezin_id: int, publiek: Lezer) -> list[PubliekWeging]:
    result = []
    for w in wegingen_service.van_gezin(session, gezin_id):
        if not zichtbaar(w.zichtbaarheid, publiek):
            continue
        auteur = session.get(Betrokkene, w.auteur_id)
        scores = [
            PubliekScore(_naam(session, s), s.score)
            for s in wegingen_service.scores(session, w.id)
            if zichtbaar(s.zichtbaarheid, publiek)
        ]
        result.append(
            PubliekWeging(
                datum=w.datum,
                auteur=auteur.naam,
                rol=auteur.rol,
                directe_veiligheid=DirecteVeiligheid(w.directe_veiligheid).label,
                directe_toelichting=w.directe_toelichting,
                stabiele_veiligheid=StabieleVeiligheid(w.stabiele_veiligheid).label,
                stabiele_toelichting=w.stabiele_toelichting,
                arij_niveau=w.arij_niveau,
                arij_datum=w.arij_datum,
                bodemeisen=w.bodemeisen,
                voorstel=Voorstel(w.voorstel).label,
                voorstel_toelichting=w.voorstel_toelichting,
                scores=scores,
            )
        )
    return result


def overneembare_scores(
    session: Session, gezin_id: int, datum: date, zichtbaarheid: str
) -> list[Veiligheidsscore]:
    """The gezinsleden's scores of that day that a new weging for `zichtbaarheid` may take
    over: what was said in a vertrouwelijke weging stays there, unless the new one is
    vertrouwelijk too (a parent's score there is hidden by its weging, not by itself)."""
    return [
        score
        for score, weging in wegingen_service.scores_van_de_dag(session, gezin_id, datum)
        if weging.zichtbaarheid != Zichtbaarheid.VERTROUWELIJK
        or zichtbaarheid == Zichtbaarheid.VERTROUWELIJK
    ]


def _naam(session: Session, score) -> str:
    if score.betrokkene_id:
        return session.get(Betrokkene, score.betrokkene_id).naam
    return session.get(Gezinslid, score.gezinslid_id).naam
