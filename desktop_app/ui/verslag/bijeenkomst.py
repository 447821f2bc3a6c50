"""The printed outcome of a meeting in the preview: the parents' copy and the professionals'
report, each with the choices it offers."""

import re

from PySide6.QtWidgets import QWidget

from desktop_app.model.dates import format_date
from desktop_app.reports.bijeenkomst import Opties, pdf
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.services.publiek.verslag import Verslag, verslag
from desktop_app.ui.verslag.voorbeeld import Keuze, Vastlegging, VoorbeeldDialog

TITEL = {
    Publiek.OUDERS: "Afdrukken voor ouders",
    Publiek.PROFESSIONALS: "Verslag voor professionals",
}


def voorbeeld(
    workspace: Workspace, gezin_id: int, bijeenkomst_id: int, voor: Publiek, parent: QWidget
) -> VoorbeeldDialog:
    maker = _voor_ouders if voor is Publiek.OUDERS else _voor_professionals
    return maker(workspace, gezin_id, bijeenkomst_id, parent)


def _voor_ouders(
    workspace: Workspace, gezin_id: int, bijeenkomst_id: int, parent: QWidget
) -> VoorbeeldDialog:
    gelezen = workspace.read(verslag, gezin_id, bijeenkomst_id, Publiek.OUDERS)
    standaard = Opties()

    def maak(tijdlijn: bool, handtekeningen: bool) -> bytes:
        return pdf(gelezen, Opties(tijdlijn=tijdlijn, handtekeningen=handtekeningen))

    return VoorbeeldDialog(
        _titel(Publiek.OUDERS, gelezen),
        _bestandsnaam("Afspraken", gelezen),
        maak,
        [
            Keuze("tijdlijn", "Tijdlijn toevoegen", aan=standaard.tijdlijn),
            Keuze("handtekeningen", "Handtekeningen", aan=standaard.handtekeningen),
        ],
        parent,
        Vastlegging(workspace, gezin_id, "afspraken", lambda _gekozen: Publiek.OUDERS),
    )


def _voor_professionals(
    workspace: Workspace, gezin_id: int, bijeenkomst_id: int, parent: QWidget
) -> VoorbeeldDialog:
    gelezen = workspace.read(verslag, gezin_id, bijeenkomst_id, Publiek.PROFESSIONALS)

    def maak(vertrouwelijk: bool) -> bytes:
        gekozen = (
            workspace.read(verslag, gezin_id, bijeenkomst_id, Inzage.VERTROUWELIJK)
            if vertrouwelijk
            else gelezen
        )
        return pdf(gekozen, Opties())

    return VoorbeeldDialog(
        _titel(Publiek.PROFESSIONALS, gelezen),
        _bestandsnaam("Verslag professionals", gelezen),
        maak,
        [
            Keuze(
                "vertrouwelijk",
                "Inclusief vertrouwelijk",
                waarschuwing="Let op: dit komt dan op elke pagina te staan.",
                in_bestandsnaam=" (inclusief vertrouwelijk)",
            )
        ],
        parent,
        Vastlegging(workspace, gezin_id, "verslag", _lezer),
    )


def _lezer(gekozen: dict[str, bool]) -> str:
    return Inzage.VERTROUWELIJK if gekozen["vertrouwelijk"] else Publiek.PROFESSIONALS


def _titel(voor: Publiek, gelezen: Verslag) -> str:
    return f"{TITEL[voor]} · {gelezen.gezin} · {_datum(gelezen)}"


def _bestandsnaam(soort: str, gelezen: Verslag) -> str:
    """ "Afspraken 04-11-2026 Gezin Vermeulen": a gezin's name may hold what no file name may."""
    naam = re.sub(r'[\\/:*?"<>|]+', "-", gelezen.gezin).strip(" .")
    return f"{soort} {_datum(gelezen)} {naam}"


def _datum(gelezen: Verslag) -> str:
    return format_date(gelezen.bijeenkomst.moment.astimezone().date())
