"""Closed vocabularies of the domain, stored as their string value, shown by their Dutch label."""

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A StrEnum whose members carry the Dutch label the UI shows."""

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class GezinStatus(LabeledEnum):
    ACTIEF = "actief", "Actief"
    MONITORING = "monitoring", "Monitoring"
    AFGESLOTEN = "afgesloten", "Afgesloten"


class Kader(LabeledEnum):
    VRIJWILLIG = "vrijwillig", "Vrijwillig kader"
    GEDWONGEN = "gedwongen", "Gedwongen kader"


class Product(LabeledEnum):
    """The GI product or court order (maatregel) currently in force."""

    GEEN = "geen", "Geen"
    PRODUCT_1 = "product_1", "Product 1"
    PRODUCT_2A = "product_2a", "Product 2a"
    PRODUCT_2B = "product_2b", "Product 2b"
    VOTS = "vots", "VOTS"
    OTS = "ots", "OTS"
    OTS_UHP = "ots_uhp", "OTS + UHP"
    VOOGDIJ = "voogdij", "Voogdij"


class Fase(LabeledEnum):
    WEGEN = "wegen", "Wegen"
    ONDERZOEKEN = "onderzoeken", "Onderzoeken"
    ANALYSEREN = "analyseren", "Analyseren"
    VERANDEREN = "veranderen", "Veranderen"
    BORGEN = "borgen", "Borgen"


class Domein(LabeledEnum):
    LOKAAL_TEAM = "lokaal_team", "Lokaal team"
    GI = "gi", "GI"
    JEUGDHULP = "jeugdhulp", "Jeugdhulp"
    V_GGZ = "v_ggz", "V-GGZ"
    ONDERWIJS = "onderwijs", "Onderwijs"
    VEILIGHEID = "veiligheid", "Veiligheid"
    FINANCIEN = "financien", "Financiën"
    WONEN = "wonen", "Wonen"
    GEZONDHEID = "gezondheid", "Gezondheid"
    OVERIG = "overig", "Overig"


class Zichtbaarheid(LabeledEnum):
    """Who may see an item: decides what is projected and printed with parents present."""

    IEDEREEN = "iedereen", "Iedereen"
    PROFESSIONALS = "professionals", "Alleen professionals"
    VERTROUWELIJK = "vertrouwelijk", "Vertrouwelijk"


class HulpStatus(LabeledEnum):
    AANGEMELD = "aangemeld", "Aangemeld"
    WACHTLIJST = "wachtlijst", "Wachtlijst"
    GESTART = "gestart", "Gestart"
    AFGEBROKEN = "afgebroken", "Afgebroken"
    AFGEROND = "afgerond", "Afgerond"


class BijeenkomstSoort(LabeledEnum):
    TWEEWEKELIJKS = "tweewekelijks", "Tweewekelijkse bijeenkomst"
    MDO = "mdo", "MDO"
    STARTGESPREK = "startgesprek", "Startgesprek"
    NETWERKBERAAD = "netwerkberaad", "Netwerkberaad"
    EVALUATIE = "evaluatie", "Evaluatie"
    MOREEL_BERAAD = "moreel_beraad", "Moreel beraad"
    OVERIG = "overig", "Overig"


class Aanwezig(LabeledEnum):
    UITGENODIGD = "uitgenodigd", "Uitgenodigd"  # not yet known whether they came
    AANWEZIG = "aanwezig", "Aanwezig"
    AFWEZIG = "afwezig", "Afwezig"
    AFGEMELD = "afgemeld", "Afgemeld"


class Kolom(LabeledEnum):
    """Where a meeting's Punt is written: what changed (beside the timeline's own changes), and
    the three columns of safety mapping."""

    VERANDERD = "veranderd", "Wat is er veranderd"
    ZORGEN = "zorgen", "Zorgen"
    GAAT_GOED = "gaat_goed", "Wat gaat goed"
    MOET_GEBEUREN = "moet_gebeuren", "Wat moet er gebeuren"


DRIE_KOLOMMEN = (Kolom.ZORGEN, Kolom.GAAT_GOED, Kolom.MOET_GEBEUREN)


class BesluitSoort(LabeledEnum):
    GEWOON = "gewoon", "Besluit"
    KERNBESLISSING = "kernbeslissing", "Kernbeslissing"


class OudersPositie(LabeledEnum):
    """What one parent or gezagdrager says of a decision."""

    EENS = "eens", "Eens"
    ONEENS = "oneens", "Oneens"
    NIET_AANWEZIG = "niet_aanwezig", "Niet aanwezig"
    NIET_GEVRAAGD = "niet_gevraagd", "Niet gevraagd"


class AfspraakSoort(LabeledEnum):
    AFSPRAAK = "afspraak", "Afspraak"
    VEILIGHEIDSAFSPRAAK = "veiligheidsafspraak", "Veiligheidsafspraak"
    BODEMEIS = "bodemeis", "Bodemeis"


class AfspraakStatus(LabeledEnum):
    TE_DOEN = "te_doen", "Te doen"
    BEZIG = "bezig", "Bezig"
    GEDAAN = "gedaan", "Gedaan"
    VERVALLEN = "vervallen", "Vervallen"


OPEN_STATUSSEN = frozenset({AfspraakStatus.TE_DOEN, AfspraakStatus.BEZIG})


class Bespreking(LabeledEnum):
    """What the meeting says of an open afspraak when it goes through them at the start."""

    GEDAAN = "gedaan", "Gedaan"
    LOOPT_DOOR = "loopt_door", "Loopt door"
    VERVALLEN = "vervallen", "Vervallen"
    NIEUWE_DATUM = "nieuwe_datum", "Nieuwe datum"


class ChecklistStatus(LabeledEnum):
    OPEN = "open", "Open"
    BESPROKEN = "besproken", "Besproken"
    NVT = "nvt", "Niet van toepassing"


class DirecteVeiligheid(LabeledEnum):
    VEILIG = "veilig", "Veilig"
    VOORWAARDELIJK = "voorwaardelijk", "Voorwaardelijk veilig"
    ONVEILIG = "onveilig", "Onveilig"


class StabieleVeiligheid(LabeledEnum):
    """The outlook for safety in the long run."""

    GUNSTIG = "gunstig", "Gunstig"
    ONZEKER = "onzeker", "Onzeker"
    ONGUNSTIG = "ongunstig", "Ongunstig"


class Voorstel(LabeledEnum):
    ZO_DOORGAAN = "zo_doorgaan", "Zo doorgaan"
    OPSCHALEN = "opschalen", "Opschalen"
    AFSCHALEN = "afschalen", "Afschalen"
    PRODUCT_1 = "product_1", "Product 1"
    PRODUCT_2A = "product_2a", "Product 2a"
    PRODUCT_2B = "product_2b", "Product 2b"
    MELDING_JBT = "melding_jbt", "Melding JBT"
    VTO = "vto", "VTO"


# Open vocabularies: suggestions offered in the UI; users may type anything else.
RELATIES = (
    "moeder",
    "vader",
    "kind",
    "partner",
    "ex-partner",
    "stiefouder",
    "pleegouder",
    "grootouder",
    "broer/zus",
    "netwerk",
    "onbekend",
)

ROLLEN = (
    "casusregisseur",
    "jeugdbeschermer",
    "gedragswetenschapper",
    "buddy",
    "gezinscoach",
    "zorgregisseur",
    "intern begeleider",
    "leerkracht",
    "mentor",
    "GGZ-behandelaar",
    "verslavingszorg",
    "bewindvoerder",
    "huisarts",
    "verloskundige",
    "wijkagent",
    "woningcorporatie",
)
