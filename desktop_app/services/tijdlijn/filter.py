"""What the timeline shows of what it may show: hidden categories and persons, search and
pattern. Who may see what is decided before, by the audience projection (services.publiek).
"""

from dataclasses import dataclass, field

import numpy as np

from desktop_app.services.tijdlijn.banen import Indeling
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn


@dataclass
class TijdlijnFilter:
    indeling: Indeling = Indeling.PERSONEN
    verborgen_categorieen: set[int] = field(default_factory=set)  # category ids
    verborgen_personen: set[int] = field(default_factory=set)  # gezinslid ids
    zoekterm: str = ""
    patroon_id: int | None = None

    def toepassen(self, shown: Tijdlijn) -> Tijdlijn:
        hidden_cats = [
            i for i, c in enumerate(shown.categorieen) if c.id in self.verborgen_categorieen
        ]
        keep = ~np.isin(shown.categorie, hidden_cats)
        if self.verborgen_personen:
            keep &= np.array(
                [
                    not people or not set(people) <= self.verborgen_personen
                    for people in shown.personen
                ],
                dtype=bool,
            )
        return shown.take(np.flatnonzero(keep))

    def treffers(self, tijdlijn: Tijdlijn) -> np.ndarray:
        """Indices of items whose title matches the search text (case-insensitive)."""
        term = self.zoekterm.strip().lower()
        if not term:
            return np.zeros(0, dtype=np.int64)
        return np.array(
            [i for i, t in enumerate(tijdlijn.titels) if term in t.lower()], dtype=np.int64
        )

    def nadruk(self, tijdlijn: Tijdlijn) -> np.ndarray | None:
        """Items to emphasise (search matches, the chosen pattern); None: all as normal."""
        chosen = []
        if self.zoekterm.strip():
            chosen.append(self.treffers(tijdlijn))
        if self.patroon_id is not None:
            chosen.append(tijdlijn.patroon_items.get(self.patroon_id, np.zeros(0, dtype=np.int64)))
        if not chosen:
            return None
        mask = np.zeros(len(tijdlijn), dtype=bool)
        for indices in chosen:
            mask[indices] = True
        return mask
