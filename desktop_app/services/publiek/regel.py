"""The visibility rule, and the audience types every output accepts.

`Publiek` has no member for the facilitator's own working view: a beamer window, export or
calendar is typed to take a `Publiek`, so none can carry what is vertrouwelijk. Only the
professionals' printed report may include it, when the user asks (`Inzage`); that report
stamps the choice on every page.
"""

from desktop_app.model.enums import LabeledEnum, Zichtbaarheid


class Publiek(LabeledEnum):
    """Who is watching: the family too, or only professionals."""

    OUDERS = "ouders", "Met ouders"
    PROFESSIONALS = "professionals", "Alleen professionals"


class Inzage(LabeledEnum):
    """Paper only: the professionals' report with what is vertrouwelijk. No screen takes it."""

    VERTROUWELIJK = "vertrouwelijk", "Professionals, inclusief vertrouwelijk"


Lezer = Publiek | Inzage

_MAG_ZIEN = {
    Publiek.OUDERS: frozenset({Zichtbaarheid.IEDEREEN}),
    Publiek.PROFESSIONALS: frozenset({Zichtbaarheid.IEDEREEN, Zichtbaarheid.PROFESSIONALS}),
    Inzage.VERTROUWELIJK: frozenset(Zichtbaarheid),
}


def lezer(value: str) -> Lezer:
    """An audience or the report's inzage from its stored text."""
    try:
        return Publiek(value)
    except ValueError:
        return Inzage(value)


def zichtbaar(zichtbaarheid: str, publiek: Lezer) -> bool:
    """Vertrouwelijk is never shown to an audience; an unknown value stays hidden too."""
    return zichtbaarheid in _MAG_ZIEN[lezer(publiek)]


def voor_professionals(publiek: Lezer) -> bool:
    """Whether the reader sees what is for professionals only, such as the checklist."""
    return zichtbaar(Zichtbaarheid.PROFESSIONALS, publiek)
