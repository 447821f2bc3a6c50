"""The printed outcome of a meeting: the parents' copy ("Afspraken van de bijeenkomst van …")
and the professionals' report ("Verslag bijeenkomst van …").

Both render one `Verslag`, already narrowed to its reader; the professionals' sections are
simply empty in a parents' record. Fixed text is B1 Dutch: short sentences, common words,
"u" for the parents.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.model.enums import ChecklistStatus, Kolom
from desktop_app.reports import afkortingen, veiligheidsschaal
from desktop_app.reports import tijdlijn as tijdlijn_papier
from desktop_app.reports.opmaak import (
    LIJN,
    VEILIG,
    VLAK,
    alinea,
    dag_en_datum,
    lange_datum,
    opgemaakt,
    punt,
    stijlen,
    tijd,
)
from desktop_app.reports.pagina import LIGGEND, Pagina, maak_pdf
from desktop_app.services.publiek.bijeenkomst import PubliekStandpunt
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.services.publiek.verslag import Verslag
from desktop_app.services.taakverdeling.kaarten import Kaart

BREEDTE = 174 * mm  # A4 minus the margins
VOET_PROFESSIONALS = "VERTROUWELIJK - alleen voor professionals"
STEMPEL_VERTROUWELIJK = "Inclusief vertrouwelijke gegevens: niet doorsturen of kopiëren"
KOLOMKOPPEN = {
    Kolom.GAAT_GOED: "Wat gaat goed",
    Kolom.ZORGEN: "Waar maken we ons zorgen over",
    Kolom.MOET_GEBEUREN: "Wat moet er gebeuren",
}
KOLOM_VOLGORDE = (Kolom.GAAT_GOED, Kolom.ZORGEN, Kolom.MOET_GEBEUREN)
OPEN = ChecklistStatus.OPEN.label


@dataclass(frozen=True)
class Opties:
    tijdlijn: bool = False  # add the timeline on its own page
    handtekeningen: bool = True  # the parents' copy: lines to sign for them and the regisseur


def titel(verslag: Verslag) -> str:
    datum = lange_datum(verslag.bijeenkomst.moment.astimezone().date())
    if verslag.lezer is Publiek.OUDERS:
        return f"Afspraken van de bijeenkomst van {datum}"
    return f"Verslag bijeenkomst van {datum}"


def pdf(verslag: Verslag, opties: Opties = Opties()) -> bytes:
    v = verslag
    ouders = v.lezer is Publiek.OUDERS
    story = [
        *_kop(v),
        *_aanwezig(v),
        *_contactpersonen(v, ouders),
        *_veranderd(v),
        *_kolommen(v),
        *_afspraken(v.afspraken),
        *_besluiten(v, ouders),
        *_volgende(v),
    ]
    if not ouders:
        story += [
            *_checklist(v),
            *_wegingen(v),
            *_uren(v),
            *_tijdlijn_sinds(v),
        ]
    timeline = _tijdlijn_blad(v) if opties.tijdlijn else []
    story += _woordenlijst(story, timeline and _tijdlijn_teksten(v))
    if opties.handtekeningen and ouders and v.ondertekenaars:
        story += _handtekeningen(v)
    story += timeline
    head = titel(v)
    return maak_pdf(
        story,
        Pagina(
            titel=head,
            onderwerp=f"{v.gezin}: {'afspraken voor de ouders' if ouders else 'verslag'}",
            voet=f"{v.gezin} · {head}" if ouders else VOET_PROFESSIONALS,
            stempel=STEMPEL_VERTROUWELIJK if v.lezer is Inzage.VERTROUWELIJK else "",
            concept=not v.bijeenkomst.vastgesteld,
            auteur=v.notulist or v.voorzitter or "Casustafel",
        ),
    )


def _kop(v: Verslag) -> list:
    b = v.bijeenkomst
    moment = b.moment.astimezone()
    rows = [
        ("Datum", f"{dag_en_datum(moment.date())}, {tijd(moment)}"),
        ("Plaats", b.locatie or "niet ingevuld"),
        ("Soort overleg", b.soort),
    ]
    if v.voorzitter:
        rows.append(("Voorzitter", v.voorzitter))
    if v.notulist:
        rows.append(("Verslag gemaakt door", v.notulist))
    intro = (
        "In dit overzicht staat wat we samen hebben besproken en afgesproken. "
        "Klopt er iets niet, of heeft u een vraag? Bel dan uw regisseur."
        if v.lezer is Publiek.OUDERS
        else "Verslag voor de professionals rond het gezin."
    )
    story = [
        opgemaakt(escape(titel(v)), "titel"),
        alinea(v.gezin + (f", {v.gemeente}" if v.gemeente else ""), "ondertitel"),
        _sleutel_waarde(rows),
        Spacer(1, 4 * mm),
        alinea(intro),
    ]
    if not b.vastgesteld:
        story.append(
            opgemaakt(
                "<b>Let op:</b> dit is een concept. De afspraken zijn nog niet vastgesteld en "
                "kunnen nog veranderen."
            )
        )
    return story


def _aanwezig(v: Verslag) -> list:
    present = [a for a in v.bijeenkomst.aanwezigen if a.status == "Aanwezig"]
    absent = [a for a in v.bijeenkomst.aanwezigen if a.status != "Aanwezig"]
    story = [_kop_tekst("Wie waren er?")]
    if present:
        story.append(_tabel([("Naam", "Rol")] + [(a.naam, a.rol) for a in present], (0.45, 0.55)))
    else:
        story.append(alinea("Er is niet bijgehouden wie er waren."))
    if absent:
        names = ", ".join(f"{a.naam} ({a.rol})" if a.rol else a.naam for a in absent)
        story.append(Spacer(1, 2 * mm))
        story.append(opgemaakt(f"<b>Niet aanwezig:</b> {escape(names)}."))
    return story


def _contactpersonen(v: Verslag, ouders: bool) -> list:
    story = [_kop_tekst("Uw contactpersonen" if ouders else "Contactpersonen van het gezin")]
    if not v.contactpersonen:
        return story + [alinea("Er zijn nog geen contactpersonen vastgelegd.")]
    # One row a person: the regisseur is often someone's vast aanspreekpunt as well.
    people: dict[tuple, list[str]] = {}
    for c in v.contactpersonen:
        voor = "Regisseur: houdt het overzicht" if c.voor == "Casusregie" else c.voor
        people.setdefault((c.naam, c.rol, c.organisatie, c.telefoon, c.email), []).append(voor)
    rows = [("Wie", "Waarvoor", "Zo bereikt u hen" if ouders else "Bereikbaar")]
    for (naam, rol, organisatie, telefoon, email), voor in people.items():
        wie = f"<b>{escape(naam)}</b>" + "".join(
            f"<br/>{escape(p)}" for p in (rol, organisatie) if p
        )
        bereik = [escape(part) for part in (telefoon, email) if part] or ["niet ingevuld"]
        rows.append((opgemaakt(wie, "cel"), "\n".join(voor), opgemaakt(_afbreekbaar(bereik))))
    story.append(_tabel(rows, (0.33, 0.3, 0.37)))
    if not ouders:
        return story
    regisseur = next((c for c in v.contactpersonen if c.voor == "Casusregie"), None)
    if regisseur:
        fallback = (
            f"Bel dan de regisseur, {regisseur.naam}"
            + (f", op {regisseur.telefoon}" if regisseur.telefoon else "")
            + f". Is de regisseur er ook niet? Bel dan {regisseur.organisatie or 'de organisatie'}"
            " en vraag wie de regisseur vervangt."
        )
    else:
        fallback = "Bel dan de organisatie van uw contactpersoon en vraag wie hem of haar vervangt."
    story.append(Spacer(1, 2 * mm))
    story.append(
        opgemaakt(
            "<b>Is uw contactpersoon er niet, bijvoorbeeld door ziekte of vakantie?</b> "
            + escape(fallback)
        )
    )
    return story


def _afbreekbaar(lines: list[str]) -> str:
    """A long e-mail address may wrap after its "@", never in the middle of a word."""
    limit = BREEDTE * 0.37 - 14
    font = stijlen()["cel"]
    return "<br/>".join(
        line.replace("@", "@<br/>")
        if stringWidth(line, font.fontName, font.fontSize) > limit
        else line
        for line in lines
    )


def _veranderd(v: Verslag) -> list:
    if not v.bijeenkomst.veranderd:
        return []
    return [
        _kop_tekst("Wat is er veranderd sinds de vorige keer?"),
        *[punt(item) for item in v.bijeenkomst.veranderd],
    ]


def _kolommen(v: Verslag) -> list:
    """Side by side; a long column runs on over the next page (splitInRow)."""
    kolommen = v.bijeenkomst.kolommen
    head = [opgemaakt(escape(KOLOMKOPPEN[k]), "celkop") for k in KOLOM_VOLGORDE]
    cells = [
        [punt(t) for t in kolommen.get(k, [])] or [alinea("Niets genoteerd.", "cel")]
        for k in KOLOM_VOLGORDE
    ]
    table = Table([head, cells], colWidths=[BREEDTE / 3] * 3, repeatRows=1, splitInRow=1)
    table.setStyle(_raster())
    return [_kop_tekst("Wat hebben we besproken?"), table]


def _afspraken(kaarten: list[Kaart]) -> list:
    story = [_kop_tekst("Afspraken")]
    if not kaarten:
        return story + [alinea("Er staan geen open afspraken.")]
    story.append(
        alinea(
            "Hieronder staat wie wat doet, en wanneer het klaar moet zijn. Ook wat u zelf doet, "
            "staat erbij."
        )
    )
    veilig = [k for k in kaarten if k.veiligheid]
    rest = [k for k in kaarten if not k.veiligheid]
    if veilig:
        story.append(_subkop("Afspraken over veiligheid"))
        story.append(
            alinea(
                "Deze afspraken gaan voor alles. Ze zijn er om de kinderen veilig te houden. "
                "Een bodemeis is iets wat altijd moet gebeuren, of wat nooit mag gebeuren."
            )
        )
        story.append(_afspraken_tabel(veilig, veilig=True))
    if rest:
        story.append(_subkop("Andere afspraken" if veilig else "Wie doet wat?"))
        story.append(_afspraken_tabel(rest, veilig=False))
    return story


def _afspraken_tabel(kaarten: list[Kaart], veilig: bool) -> Table:
    rows = [("Wat", "Wie", "Wanneer")]
    for k in kaarten:
        wat = f"<b>{escape(k.soort.label)}:</b> {escape(k.tekst)}" if veilig else escape(k.tekst)
        if k.deelresultaat:
            wat += f"<br/><i>Tot nu toe: {escape(k.deelresultaat)}</i>"
        wie = ", ".join((k.eigenaar_naam, *k.mede_namen))
        if not k.open:  # a copy printed again later: what became of it
            wanneer = k.status.label.lower()
        elif k.deadline:
            wanneer = f"uiterlijk\n{lange_datum(k.deadline)}"
        else:
            wanneer = "doorlopend"
        rows.append((opgemaakt(wat, "cel"), wie, wanneer))
    table = _tabel(rows, (0.5, 0.26, 0.24))
    if veilig:
        table.setStyle(TableStyle([("BACKGROUND", (0, 1), (-1, -1), VEILIG)]))
    return table


def _besluiten(v: Verslag, ouders: bool) -> list:
    """Each parent's view by name; a parent not asked is left out, and when no parent was
    asked about any decision there is no column for it."""
    besluiten = v.bijeenkomst.besluiten
    story = [_kop_tekst("Besluiten")]
    if not besluiten:
        return story + [alinea("In deze bijeenkomst zijn geen besluiten genomen.")]
    asked = any(b.standpunten for b in besluiten)
    head = (
        ("Besluit",)
        + (("Wat vinden de ouders ervan?",) if asked else ())
        + (() if ouders else ("Gedragswetenschapper",))
    )
    rows = [head]
    for b in besluiten:
        soort = "Belangrijk besluit" if ouders else "Kernbeslissing"
        wat = (f"<b>{soort}:</b> " if b.kernbeslissing else "") + escape(b.tekst)
        row = [opgemaakt(wat, "cel")]
        if asked:
            row.append(opgemaakt("<br/>".join(_standpunt(s, ouders) for s in b.standpunten), "cel"))
        if not ouders:
            missing = "Niet geraadpleegd" + (
                " (wel nodig bij een kernbeslissing)" if b.kernbeslissing else ""
            )
            row.append(b.gedragswetenschapper or missing)
        rows.append(row)
    widths = {(True, True): (0.5, 0.5), (True, False): (0.36, 0.34, 0.3),
              (False, True): (1.0,), (False, False): (0.65, 0.35)}  # fmt: skip
    story.append(_tabel(rows, widths[asked, ouders]))
    return story


def _standpunt(s: PubliekStandpunt, ouders: bool) -> str:
    """Who, what they think and their words; the report also says who has gezag."""
    naam = escape(s.naam) + (" (gezag)" if s.gezag and not ouders else "")
    line = f"<b>{naam}</b>" + (f": {escape(s.positie.lower())}" if s.positie else "")
    if s.woorden:
        line += f"<br/>“{escape(s.woorden)}”"
    return line


def _volgende(v: Verslag) -> list:
    story = [_kop_tekst("Volgende bijeenkomst")]
    n = v.volgende
    if n is None:
        return story + [
            alinea("Er is nog geen datum afgesproken. De regisseur laat u weten wanneer het is.")
        ]
    story.append(
        _sleutel_waarde(
            [
                ("Datum", dag_en_datum(n.moment.date())),
                ("Tijd", tijd(n.moment)),
                ("Plaats", n.locatie or "nog niet bekend"),
            ]
        )
    )
    if not n.gepland:
        story.append(Spacer(1, 2 * mm))
        story.append(
            alinea(
                "De datum is afgesproken. Tijd en plaats zijn dezelfde als deze keer. "
                "Verandert er iets? Dan hoort u dat van de regisseur."
            )
        )
    return story


def _checklist(v: Verslag) -> list:
    """Per bouwsteen what was discussed, with its notes; the questions still open in one
    line, so an early meeting's report is not pages of "Open"."""
    if not v.checklist:
        return []
    story = [_kop_tekst("Checklist bouwstenen")]
    for naam in dict.fromkeys(r.bouwsteen for r in v.checklist):
        regels = [r for r in v.checklist if r.bouwsteen == naam]
        handled = [r for r in regels if r.status != OPEN or r.notitie]
        still_open = [r.vraag for r in regels if r.status == OPEN]
        story.append(
            _subkop(f"{naam}: {len(regels) - len(still_open)} van {len(regels)} besproken")
        )
        if handled:
            rows = [("Vraag", "Status", "Notitie")] + [
                (r.vraag, r.status, r.notitie) for r in handled
            ]
            story.append(_tabel(rows, (0.45, 0.17, 0.38)))
        if still_open:
            story.append(alinea("Nog open: " + "; ".join(still_open) + ".", "klein"))
    return story


def _wegingen(v: Verslag) -> list:
    if not v.wegingen and v.veiligheidsschaal is None:
        return []
    meeting_day = v.bijeenkomst.moment.astimezone().date()
    story = [CondPageBreak(90 * mm), _kop_tekst("Wegingen en veiligheid")]
    chart = v.veiligheidsschaal and veiligheidsschaal.tot(v.veiligheidsschaal, meeting_day)
    if chart and chart.reeksen:
        story.append(alinea("Veiligheidsschaal: 0 = een kind kan niet thuis blijven, "
                            "10 = veilig genoeg om de zaak af te sluiten.", "klein"))  # fmt: skip
        story.append(veiligheidsschaal.tekening(chart, BREEDTE, 70 * mm))
    for w in sorted(v.wegingen, key=lambda w: w.datum, reverse=True):
        if w.datum > meeting_day:
            continue
        rows = [
            ("Directe veiligheid", _met_toelichting(w.directe_veiligheid, w.directe_toelichting)),
            (
                "Stabiele veiligheid",
                _met_toelichting(w.stabiele_veiligheid, w.stabiele_toelichting),
            ),
        ]
        if w.arij_niveau:
            arij = w.arij_niveau + (f" ({lange_datum(w.arij_datum)})" if w.arij_datum else "")
            rows.append(("ARIJ", arij))
        if w.bodemeisen:
            rows.append(("Bodemeisen", w.bodemeisen))
        rows.append(("Voorstel", _met_toelichting(w.voorstel, w.voorstel_toelichting)))
        if w.scores:
            rows.append(("Scores", ", ".join(f"{s.naam}: {s.score}" for s in w.scores)))
        kop = f"Weging van {lange_datum(w.datum)} door {w.auteur}" + (
            f" ({w.rol})" if w.rol else ""
        )
        story.append(KeepTogether([_subkop(kop), _sleutel_waarde(rows)]))
    return story


def _met_toelichting(label: str, toelichting: str) -> str:
    return f"{label}: {toelichting}" if toelichting else label


def _uren(v: Verslag) -> list:
    if v.uren is None:
        return []
    u = v.uren
    share = f" ({u.gebruikt / u.budget:.0%})" if u.budget else ""
    text = f"{_uur(u.gebruikt)} van {_uur(u.budget)} gebruikt{share}."
    story = [_kop_tekst("Producturen"), alinea(text)]
    if u.waarschuwing:
        story.append(opgemaakt(f"<b>{escape(u.waarschuwing)}</b>"))
    return story


def _uur(value: float) -> str:
    return f"{value:g} uur".replace(".", ",")


def _tijdlijn_sinds(v: Verslag) -> list:
    t = v.tijdlijn
    meeting = v.bijeenkomst.moment
    since = (
        datetime.combine(v.vorige, datetime.min.time(), tzinfo=UTC)
        if v.vorige
        else meeting - timedelta(days=91)
    )
    shown = [
        i
        for i in range(len(t))
        if t.laatst[i] >= since.timestamp() and t.start_van[i] <= meeting.timestamp()
    ]
    kop = (
        f"Tijdlijn sinds de vorige bijeenkomst ({lange_datum(v.vorige)})"
        if v.vorige
        else "Tijdlijn van de laatste drie maanden"
    )
    story = [_kop_tekst(kop)]
    if not shown:
        return story + [alinea("Geen gebeurtenissen in deze periode.")]
    names = {lid.id: lid.naam for lid in t.leden}
    rows = [("Wanneer", "Wat", "Soort", "Wie")] + [
        (
            t.datum_tekst(i),
            t.titels[i],
            t.categorieen[t.categorie[i]].naam,
            ", ".join(names[p] for p in t.personen[i]),
        )
        for i in sorted(shown, key=lambda i: t.start_van[i])
    ]
    return story + [_tabel(rows, (0.2, 0.4, 0.18, 0.22))]


def _tijdlijn_blad(v: Verslag) -> list:
    """The timeline the reader may see, on a sheet turned sideways at the end."""
    return [
        NextPageTemplate(LIGGEND),
        PageBreak(),
        *tijdlijn_papier.flowables(v.tijdlijn, f"Tijdlijn van {v.gezin}", v.lezer, landscape(A4)),
    ]


def _tijdlijn_teksten(v: Verslag) -> list[str]:
    t = v.tijdlijn
    return [*t.titels, *(c.naam for c in t.categorieen), *(lid.naam for lid in t.leden)]


def _woordenlijst(story: list, extra: list[str]) -> list:
    used = afkortingen.gebruikt([*_teksten(story), *extra])
    if not used:
        return []
    rows = [("Afkorting", "Wat betekent het?")] + [(a, uitleg) for a, uitleg in used]
    return [_kop_tekst("Wat betekenen de afkortingen?"), _tabel(rows, (0.18, 0.82))]


def _handtekeningen(v: Verslag) -> list:
    intro = (
        "Met uw handtekening laat u zien dat u dit overzicht heeft gelezen. "
        "U hoeft het niet met alles eens te zijn: uw mening staat bij de besluiten."
    )
    rows = [
        (opgemaakt(f"<b>{escape(naam)}</b><br/>{escape(rol)}", "cel"), "Handtekening:", "Datum:")
        for naam, rol in v.ondertekenaars
    ]
    table = Table(rows, colWidths=[BREEDTE * 0.34, BREEDTE * 0.4, BREEDTE * 0.26],
                  rowHeights=[16 * mm] * len(rows))  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), stijlen()["cel"].fontName, 11),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (-1, -1), 0.6, LIJN),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [KeepTogether([_kop_tekst("Handtekeningen"), alinea(intro), table])]


# Building blocks


def _kop_tekst(text: str) -> Paragraph:
    return alinea(text, "kop")


def _subkop(text: str) -> Paragraph:
    return alinea(text, "subkop")


def _sleutel_waarde(rows: list[tuple[str, str]]) -> Table:
    cells = [(opgemaakt(f"<b>{escape(k)}</b>", "cel"), alinea(v, "cel")) for k, v in rows]
    table = Table(cells, colWidths=[BREEDTE * 0.3, BREEDTE * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _tabel(rows: list, fractions: tuple[float, ...]) -> Table:
    """A ruled table with a shaded header row that repeats on a new page. Plain strings
    become paragraphs, so long text wraps inside its cell."""
    cells = [
        [
            (opgemaakt(escape(c), "celkop") if r == 0 else alinea(c, "cel"))
            if isinstance(c, str)
            else c
            for c in row
        ]
        for r, row in enumerate(rows)
    ]
    # splitInRow: a cell longer than a page continues on the next instead of failing
    table = Table(cells, colWidths=[BREEDTE * f for f in fractions], repeatRows=1, splitInRow=1)
    table.setStyle(_raster())
    return table


def _raster() -> TableStyle:
    return TableStyle(
        [
            # the font of anything the table draws itself (a cell split over two pages)
            ("FONT", (0, 0), (-1, -1), stijlen()["cel"].fontName, 11),
            ("BACKGROUND", (0, 0), (-1, 0), VLAK),
            ("GRID", (0, 0), (-1, -1), 0.5, LIJN),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )


_TAG = re.compile(r"<[^>]+>")


def _teksten(flowables: list) -> list[str]:
    """Every text the flowables print, for the glossary: what is on paper, nothing else."""
    found = []
    for f in flowables:
        if isinstance(f, Paragraph):
            found.append(_TAG.sub(" ", f.text))
        elif isinstance(f, Table):
            found += _teksten([c for row in f._cellvalues for c in row])
        elif isinstance(f, KeepTogether):
            found += _teksten(f._content)
        elif isinstance(f, list | tuple):
            found += _teksten(list(f))
        elif isinstance(f, str):
            found.append(f)
        elif isinstance(f, Drawing | Group):  # the chart: its names, bands and ARIJ labels
            found += _teksten(f.contents)
        elif isinstance(f, String):
            found.append(f.text)
        elif isinstance(f, Widget):
            found += _teksten([f.draw()])
    return found
