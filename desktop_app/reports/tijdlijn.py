"""The timeline on paper: A4 or A3 landscape, vector, every item labelled.

Every sheet carries its own title (the gezin, the period, who it is for, the print date) and
the legend of the categories, so a sheet taken off the wall still explains itself. Where the
labels of the whole history do not fit one sheet, the period is split over several
(`tijdlijn_blad`). The caller passes the record its reader may see (`services.publiek`).
"""

from datetime import UTC, date, datetime

import numpy as np
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreakIfNotEmpty
from sqlmodel import Session

from desktop_app.model.dates import format_date
from desktop_app.reports import lettertype, symbool
from desktop_app.reports.pagina import Pagina, maak_pdf
from desktop_app.reports.tijdlijn_blad import (
    A3_MAAT,
    A4_MAAT,
    BENADERING,
    PERIODE,
    TUSSENRUIMTE,
    Blad,
    Legenda,
    Maat,
    balk_y,
    bladen,
    legenda,
    niveau,
)
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import regel
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Inzage, Lezer, Publiek
from desktop_app.services.tijdlijn.banen import Banen, Indeling, verdeel
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn

PAPIER = {"A4": landscape(A4), "A3": landscape(A3)}
VOOR_WIE = {
    Publiek.OUDERS: "Voor het gezin en de professionals",
    Publiek.PROFESSIONALS: "Alleen voor professionals",
    Inzage.VERTROUWELIJK: "Alleen voor professionals, inclusief vertrouwelijk",
}
BAND = HexColor("#EEF1F5")  # every other lane
LICHT = HexColor("#C9CFD8")  # year lines, the lanes' own line
PAAL = HexColor("#8C96A3")
DATUM = HexColor("#4D4D4D")
ONZEKER = Color(0, 0, 0, alpha=0.33)  # a moment's uncertain span, as on screen


def van_gezin(
    session: Session,
    gezin_id: int,
    publiek: Publiek,
    papier: str = "A4",
    van: int | None = None,
    tot: int | None = None,
) -> bytes:
    """The printed timeline of a gezin for an audience, over the years `van`..`tot` (all
    when not given): what the Tijdlijn tab and `export-timeline` print."""
    shown = publiek_tijdlijn.tijdlijn(session, gezin_id, Publiek(publiek)).in_jaren(van, tot)
    return pdf(shown, gezinnen.haal(session, gezin_id).naam, publiek, papier)


def pdf(
    tijdlijn: Tijdlijn,
    gezin_naam: str,
    lezer: Lezer,
    papier: str = "A4",
    afgedrukt: date | None = None,
) -> bytes:
    """The whole document: one or more sheets of `papier` ("A4" or "A3"), landscape."""
    formaat = PAPIER[papier]
    kop = f"Tijdlijn van {gezin_naam}"
    reader = regel.lezer(lezer)
    pagina = Pagina(
        titel=kop,
        onderwerp=f"{kop}. {VOOR_WIE[reader]}.",
        voet=f"Casustafel · {kop} · {VOOR_WIE[reader].lower()}",
        stempel="Inclusief vertrouwelijk" if reader is Inzage.VERTROUWELIJK else "",
        formaat=formaat,
        lopende_kop=False,
        marge=12 * mm,
    )
    return maak_pdf(flowables(tijdlijn, kop, reader, formaat, afgedrukt), pagina)


def flowables(
    tijdlijn: Tijdlijn,
    kop: str,
    lezer: Lezer,
    formaat: tuple[float, float] = PAPIER["A4"],
    afgedrukt: date | None = None,
) -> list[Flowable]:
    """The timeline for another document (the meeting report): from a fresh page, each
    sheet filling its frame. `kop` heads every sheet, e.g. "Tijdlijn van Gezin Vermeulen"."""
    maat = A3_MAAT if max(formaat) >= max(A3) else A4_MAAT
    voor_wie = VOOR_WIE[regel.lezer(lezer)]
    onder = f"{voor_wie} · afgedrukt op {format_date(afgedrukt or date.today())}"
    return [PageBreakIfNotEmpty(), _Tijdlijn(tijdlijn, kop, onder, maat)]


class _Tijdlijn(Flowable):
    """All sheets: lays itself out for the frame it is given and splits into sheets."""

    def __init__(self, tijdlijn: Tijdlijn, kop: str, onder: str, maat: Maat):
        super().__init__()
        self.tijdlijn, self.kop, self.onder, self.maat = tijdlijn, kop, onder, maat
        self.banen = verdeel(tijdlijn, Indeling.PERSONEN)
        self._sheets: list[_Blad] = []

    def wrap(self, aw, ah):
        self._sheets = self._lay_out(aw, ah)
        # more than one sheet: report more than the frame holds, so the frame asks to split
        return aw, ah if len(self._sheets) == 1 else ah + 1

    def split(self, aw, ah):
        return self._lay_out(aw, ah)

    def draw(self):
        self._sheets[0].drawOn(self.canv, 0, 0)

    def _lay_out(self, aw: float, ah: float) -> list["_Blad"]:
        maat = self.maat
        categories = sorted(set(self.tijdlijn.categorie.tolist()))
        namen = [self.tijdlijn.categorieen[c].naam for c in categories] + [PERIODE, BENADERING]
        top = ah - _kop_hoogte(maat)
        key = legenda(namen, aw, maat, top)
        room = top - key.hoogte - maat.regel
        sheets = bladen(self.tijdlijn, self.banen, aw, room, maat)
        return [
            _Blad(self, sheet, key, categories, (i + 1, len(sheets)), aw, ah)
            for i, sheet in enumerate(sheets)
        ]


class _Blad(Flowable):
    """One sheet: title, legend, lanes and axis."""

    def __init__(self, owner: _Tijdlijn, blad: Blad, key: Legenda, categories, part, aw, ah):
        super().__init__()
        self.owner, self.blad, self.key, self.categories = owner, blad, key, categories
        self.part, self.width, self.height = part, aw, ah

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        canvas, owner = self.canv, self.owner
        maat, blad = owner.maat, self.blad
        _titel(canvas, owner, blad, self.part, self.height)
        _legenda(canvas, owner.tijdlijn, self.key, self.categories, maat)
        if not len(blad.items):
            canvas.setFont(lettertype.GEWOON, maat.onder)
            canvas.drawString(0, blad.banen[0].lijn, "Geen gebeurtenissen om te tonen.")
            return
        _banen(canvas, blad, self.width, maat)
        _as(canvas, blad, maat)
        _items(canvas, owner.tijdlijn, owner.banen, blad, maat)
        _etiketten(canvas, blad, maat)


def _kop_hoogte(maat: Maat) -> float:
    return maat.titel * 1.2 + maat.onder * 1.8


def _titel(canvas: Canvas, owner: _Tijdlijn, blad: Blad, part, height: float) -> None:
    maat, tijdlijn, items = owner.maat, owner.tijdlijn, blad.items
    text, (number, count) = owner.kop, part
    if len(items):  # the years of the items: a period running on to the next sheet is cut
        first = _jaar(tijdlijn.start_van[items].min())
        last = _jaar((tijdlijn.laatst if number == count else tijdlijn.midden)[items].max())
        text += f" · {first}" if first == last else f" · {first} – {last}"
    if count > 1:
        text += f" (deel {number} van {count})"
    canvas.setFillColor(black)
    canvas.setFont(lettertype.VET, maat.titel)
    canvas.drawString(0, height - maat.titel, text)
    canvas.setFillColor(DATUM)
    canvas.setFont(lettertype.GEWOON, maat.onder)
    canvas.drawString(0, height - maat.titel * 1.2 - maat.onder * 1.2, owner.onder)


def _jaar(seconds: float) -> int:
    return datetime.fromtimestamp(float(seconds), UTC).year


def _legenda(canvas: Canvas, tijdlijn: Tijdlijn, key: Legenda, categories, maat: Maat) -> None:
    cats = [tijdlijn.categorieen[c] for c in categories]
    size = maat.marker
    for entry, (x, y, name_at) in enumerate(key.plaatsen):
        middle = y + maat.legenda * 0.35
        if entry < len(cats):
            cat = cats[entry]
            symbool.teken(canvas, cat.symbool, x + size / 2, middle, size, cat.kleur)
            name = cat.naam
        elif entry == len(cats):
            _balk(canvas, (x, x + size * 2), middle, maat.balk, "#777777", (size * 0.4,) * 2)
            name = PERIODE
        else:
            canvas.setStrokeColor(ONZEKER)
            canvas.setLineWidth(1.5)
            canvas.line(x, middle, x + size * 2, middle)
            symbool.teken(canvas, "o", x + size, middle, size * 0.8, "#777777")
            name = BENADERING
        canvas.setFillColor(black)
        canvas.setFont(lettertype.GEWOON, maat.legenda)
        canvas.drawString(name_at, y, name)


def _banen(canvas: Canvas, blad: Blad, width: float, maat: Maat) -> None:
    """Lane bands, names and lines, and the year lines through them."""
    for k, baan in enumerate(blad.banen):
        if k % 2 == 0:
            canvas.setFillColor(BAND)
            canvas.rect(0, baan.onder, width, baan.boven - baan.onder, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.setFont(lettertype.VET, maat.baan)
        canvas.drawString(0, baan.lijn - maat.baan * 0.35, baan.naam)
        canvas.setStrokeColor(LICHT)
        canvas.setLineWidth(0.5)
        canvas.line(blad.links - maat.marker, baan.lijn, width, baan.lijn)
    top, bottom = blad.banen[0].boven, blad.as_hoogte
    for streep in blad.streepjes:
        if streep.jaar:
            canvas.setStrokeColor(LICHT)
            canvas.setLineWidth(0.4)
            canvas.line(streep.x, bottom, streep.x, top)


def _as(canvas: Canvas, blad: Blad, maat: Maat) -> None:
    y = blad.as_hoogte
    canvas.setStrokeColor(DATUM)
    canvas.setLineWidth(0.6)
    canvas.line(blad.links - maat.marker, y, blad.rechts + maat.marker, y)
    canvas.setFillColor(black)
    canvas.setFont(lettertype.GEWOON, maat.tijd)
    for streep in blad.streepjes:
        canvas.line(streep.x, y, streep.x, y - maat.tijd * (0.6 if streep.jaar else 0.35))
        if streep.tekst:
            canvas.drawString(streep.x + 2, y - maat.tijd * 1.25, streep.tekst)


def _items(canvas: Canvas, tijdlijn: Tijdlijn, banen: Banen, blad: Blad, maat: Maat) -> None:
    """Periods as bars below their lane's line, moments as markers on it."""
    rows = np.flatnonzero(np.isin(banen.rij_item, blad.items))
    for row, level in zip(rows, niveau(banen, rows), strict=True):
        item = int(banen.rij_item[row])
        cat = tijdlijn.categorieen[int(tijdlijn.categorie[item])]
        lijn = blad.banen[int(banen.rij_baan[row])].lijn
        if tijdlijn.is_periode[item]:
            y = balk_y(lijn, level, maat)
            start, core_start = blad.x(tijdlijn.start_van[item]), blad.x(tijdlijn.start_tot[item])
            end = blad.x(min(tijdlijn.einde_tot[item], blad.tot))
            core_end = blad.x(min(tijdlijn.einde_van[item], blad.tot))
            fuzzy = (core_start - start, end - core_end)
            running_on = tijdlijn.einde_tot[item] > blad.tot
            _balk(canvas, (start, end), y, maat.balk, cat.kleur, fuzzy, running_on)
            continue
        start = blad.x(tijdlijn.start_van[item])
        end = blad.x(min(tijdlijn.start_tot[item], blad.tot))
        if end - start > 1:
            canvas.setStrokeColor(ONZEKER)
            canvas.setLineWidth(1.5)
            canvas.line(start, lijn, end, lijn)
        middle = blad.x(tijdlijn.midden[item])
        symbool.teken(canvas, cat.symbool, middle, lijn, maat.marker, cat.kleur)


def _balk(
    canvas: Canvas,
    span: tuple[float, float],
    y: float,
    thickness: float,
    kleur: str,
    fuzzy: tuple[float, float],
    running_on: bool = False,
) -> None:
    """A period: its certain part solid, its uncertain start and end (`fuzzy` long) lighter;
    an arrow where it runs on past the sheet."""
    start, end = span
    colour = HexColor(kleur)
    light = Color(colour.red, colour.green, colour.blue, alpha=0.4)
    canvas.setFillColor(light)
    canvas.rect(start, y - thickness / 2, max(end - start, 1), thickness, stroke=0, fill=1)
    canvas.setFillColor(colour)
    core = max(end - fuzzy[1] - (start + fuzzy[0]), 1)
    canvas.rect(start + fuzzy[0], y - thickness / 2, core, thickness, stroke=0, fill=1)
    if running_on:
        path = canvas.beginPath()
        path.moveTo(end, y - thickness * 1.1)
        path.lineTo(end + thickness * 1.4, y)
        path.lineTo(end, y + thickness * 1.1)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _etiketten(canvas: Canvas, blad: Blad, maat: Maat) -> None:
    """Poles first, then each label on a patch of its lane's colour that hides the poles of
    labels further up where they pass behind it."""
    canvas.setStrokeColor(PAAL)
    canvas.setLineWidth(0.45)
    for etiket in blad.etiketten:
        path = canvas.beginPath()
        path.moveTo(*etiket.paal[0])
        for point in etiket.paal[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
    for etiket in blad.etiketten:
        canvas.setFillColor(BAND if etiket.baan % 2 == 0 else white)
        canvas.rect(etiket.x - 0.5, etiket.onder + 0.5, etiket.breedte + 1, maat.regel - 1,
                    stroke=0, fill=1)  # fmt: skip
        datum, _, titel = etiket.tekst.partition(TUSSENRUIMTE)
        baseline = etiket.onder + (maat.regel - maat.etiket) / 2 + maat.etiket * 0.22
        text = canvas.beginText(etiket.x, baseline)
        text.setFont(lettertype.GEWOON, maat.etiket)
        text.setFillColor(DATUM)
        text.textOut(datum + TUSSENRUIMTE)
        text.setFillColor(black)
        text.textOut(titel)
        canvas.drawText(text)
