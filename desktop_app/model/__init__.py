"""SQLModel tables and value types of the domain; importing this registers every table."""

from desktop_app.model.afspraak import Afspraak, AfspraakMedeEigenaar, AfspraakWijziging
from desktop_app.model.betrokkene import Betrokkene
from desktop_app.model.bijeenkomst import (
    Aanwezigheid,
    Besluit,
    Bijeenkomst,
    BijeenkomstLog,
    Punt,
    Standpunt,
)
from desktop_app.model.bouwsteen import BouwsteenItem, ChecklistAntwoord
from desktop_app.model.categorie import Categorie
from desktop_app.model.gebeurtenis import Gebeurtenis, GebeurtenisPersoon, GebeurtenisWijziging
from desktop_app.model.gewist import Gewist
from desktop_app.model.gezin import Gezin
from desktop_app.model.gezinslid import Gezinslid
from desktop_app.model.patroon import Patroon, PatroonGebeurtenis
from desktop_app.model.regie import AanspreekpuntToewijzing, RegieToewijzing
from desktop_app.model.weging import ProductUren, Veiligheidsscore, Weging, WegingWijziging

__all__ = [
    "Aanwezigheid",
    "AanspreekpuntToewijzing",
    "Afspraak",
    "AfspraakMedeEigenaar",
    "AfspraakWijziging",
    "Besluit",
    "Bijeenkomst",
    "BijeenkomstLog",
    "BouwsteenItem",
    "ChecklistAntwoord",
    "ProductUren",
    "Punt",
    "Veiligheidsscore",
    "Weging",
    "WegingWijziging",
    "Betrokkene",
    "Categorie",
    "Gebeurtenis",
    "GebeurtenisPersoon",
    "GebeurtenisWijziging",
    "Gewist",
    "Gezin",
    "Gezinslid",
    "Patroon",
    "PatroonGebeurtenis",
    "RegieToewijzing",
    "Standpunt",
]
