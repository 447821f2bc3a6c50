"""The visibility rule, and the audience type every output accepts.

`Publiek` has no member for the facilitator's own working view: an export, print or beamer
window is typed to take a `Publiek`, so none can carry what is vertrouwelijk.
"""

from desktop_app.model.enums import LabeledEnum, Zichtbaarheid


class Publiek(LabeledEnum):
    """Who is watching: the family too, or only professionals."""

    OUDERS = "ouders", "Met ouders"
    PROFESSIONALS = "professionals", "Alleen professionals"


_MAG_ZIEN = {
    Publiek.OUDERS: frozenset({Zichtbaarheid.IEDEREEN}),
    Publiek.PROFESSIONALS: frozenset({Zichtbaarheid.IEDEREEN, Zichtbaarheid.PROFESSIONALS}),
}


def zichtbaar(zichtbaarheid: str, publiek: Publiek) -> bool:
    """Vertrouwelijk is never shown to an audience; an unknown value stays hidden too."""
    return zichtbaarheid in _MAG_ZIEN[Publiek(publiek)]
