"""The store's backups, for the screens: listed, and one put back in the store's place."""

from desktop_app.store.reserve import DAGEN, WEKEN, Reservekopie, herstel, lijst, map_van

__all__ = ["DAGEN", "WEKEN", "Reservekopie", "herstel", "lijst", "map_van"]
