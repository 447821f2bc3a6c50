"""The printed outcome of a meeting: the parents' copy and the professionals' report."""

from dataclasses import dataclass

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph

from desktop_app.model.dates import format_date
from desktop_app.reports.pagina import Pagina, maak_pdf
from desktop_app.services.publiek.verslag import Verslag


@dataclass(frozen=True)
class Opties:
    tijdlijn: bool = False  # add the timeline on its own page
    handtekeningen: bool = True  # lines to sign for the parents and the regisseur


def pdf(verslag: Verslag, opties: Opties = Opties()) -> bytes:
    datum = format_date(verslag.bijeenkomst.moment.astimezone().date())
    titel = f"Afspraken van de bijeenkomst van {datum}"
    style = getSampleStyleSheet()["Title"]
    return maak_pdf(
        [Paragraph(titel, style)],
        Pagina(titel, verslag.gezin, "Casustafel", concept=not verslag.bijeenkomst.vastgesteld),
    )
