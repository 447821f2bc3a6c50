"""Columns of the gezinsleden and betrokkenen tables on the Overzicht tab."""

from datetime import date

from PySide6.QtGui import QColor

from desktop_app.model.enums import RELATIES, ROLLEN, Domein
from desktop_app.model.fuzzy_date import FuzzyDate, Precisie
from desktop_app.services.gezin import betrokkenen, gezinsleden, regie
from desktop_app.ui.widgets.row_table import Column
from desktop_app.ui.widgets.vage_datum import vage_datum_column

KLEURNAMEN = dict(
    zip(
        gezinsleden.LANE_COLOURS,
        ("Blauw", "Oranjerood", "Groen", "Roze", "Oranje", "Hemelsblauw", "Zwart"),
        strict=True,
    )
)
NIEMAND = 0  # combo value for "no contact person"; ids start at 1
LEDEN_STRETCH = 8  # Notities takes the width left over
BETROKKENEN_STRETCH = 8  # Actief tot


def _geboorte(lid) -> str:
    born = FuzzyDate.from_storage(lid.geboorte)
    if born is None:
        return ""
    approx = "" if born.precisie is Precisie.DAG else "ca. "
    return f"{born.format()} ({approx}{born.age_on(date.today())} jr)"


def gezinsleden_columns(tab) -> list[Column]:
    """`tab` offers `overzicht` (the GezinOverzicht shown) and `editor`."""

    def save(label, field):
        return lambda lid, value: tab.editor.run(
            label, gezinsleden.wijzig, lid.id, **{field: value}
        )

    def contact(lid):
        return tab.overzicht.betrokkene(tab.overzicht.aanspreekpunten.get(lid.id))

    def contact_choices():
        active = [b for b in tab.overzicht.betrokkenen if not _ended(b)]
        return [("— niemand —", NIEMAND)] + [(b.naam_en_rol, b.id) for b in active]

    def set_contact(lid, betrokkene_id):
        return tab.editor.run(
            "Vast aanspreekpunt", regie.zet_aanspreekpunt, lid.id, betrokkene_id or None
        )

    return [
        Column("Naam", lambda lid: lid.naam, save("Naam wijzigen", "naam")),
        Column(
            "Relatie",
            lambda lid: lid.relatie,
            save("Relatie wijzigen", "relatie"),
            choices=lambda: [(r, r) for r in RELATIES],
            free_text=True,
        ),
        vage_datum_column(
            "Geboren",
            lambda lid: lid.geboorte,
            save("Geboortedatum wijzigen", "geboorte"),
            display=_geboorte,
        ),
        Column("Gezag", lambda lid: lid.gezag, save("Gezag wijzigen", "gezag"), checkable=True),
        Column(
            "Woont thuis",
            lambda lid: lid.thuiswonend,
            save("Woonsituatie wijzigen", "thuiswonend"),
            checkable=True,
        ),
        Column(
            "Ingeschreven",
            lambda lid: lid.inschrijving,
            save("Inschrijving wijzigen", "inschrijving"),
            choices=lambda: [(g, g) for g in tab.overzicht.gemeenten],
            free_text=True,
            tooltip="Gemeente waar het gezinslid staat ingeschreven (BRP)",
        ),
        Column(
            "Vast aanspreekpunt",
            lambda lid: b.naam_en_rol if (b := contact(lid)) else "— niemand —",
            set_contact,
            edit_value=lambda lid: tab.overzicht.aanspreekpunten.get(lid.id) or NIEMAND,
            choices=contact_choices,
        ),
        Column(
            "Kleur",
            lambda lid: KLEURNAMEN.get(lid.kleur, lid.kleur),
            save("Kleur wijzigen", "kleur"),
            edit_value=lambda lid: lid.kleur,
            choices=lambda: [(name, code) for code, name in KLEURNAMEN.items()],
            decoration=lambda lid: QColor(lid.kleur),
            tooltip="Kleur van de baan op de tijdlijn",
        ),
        Column("Notities", lambda lid: lid.notities, save("Notities wijzigen", "notities")),
    ]


def _ended(betrokkene) -> bool:
    return betrokkenen.beeindigd_voor(betrokkene, date.today())


def betrokkenen_columns(tab) -> list[Column]:
    def save(label, field):
        return lambda b, value: tab.editor.run(label, betrokkenen.wijzig, b.id, **{field: value})

    def set_regie(b, checked):
        holder = b.id if checked else None
        return tab.editor.run("Casusregie", regie.zet_regie, tab.overzicht.gezin.id, holder)

    return [
        Column("Naam", lambda b: b.naam, save("Naam wijzigen", "naam")),
        Column(
            "Regie",
            lambda b: b.id == tab.overzicht.regiehouder_id,
            set_regie,
            checkable=True,
            tooltip="Wie de casusregie heeft (hooguit één)",
        ),
        Column("Organisatie", lambda b: b.organisatie, save("Organisatie wijzigen", "organisatie")),
        Column(
            "Rol",
            lambda b: b.rol,
            save("Rol wijzigen", "rol"),
            choices=lambda: [(r, r) for r in ROLLEN],
            free_text=True,
        ),
        Column(
            "Domein",
            lambda b: Domein(b.domein).label,
            save("Domein wijzigen", "domein"),
            edit_value=lambda b: b.domein,
            choices=lambda: [(d.label, d.value) for d in Domein],
        ),
        Column("Telefoon", lambda b: b.telefoon, save("Telefoon wijzigen", "telefoon")),
        Column("E-mail", lambda b: b.email, save("E-mail wijzigen", "email")),
        vage_datum_column(
            "Actief van", lambda b: b.actief_van, save("Startdatum wijzigen", "actief_van")
        ),
        vage_datum_column(
            "Actief tot",
            lambda b: b.actief_tot,
            save("Einddatum wijzigen", "actief_tot"),
            tooltip="; leeg = nog betrokken",
        ),
    ]
