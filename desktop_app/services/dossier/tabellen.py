"""Which tables hold a gezin, read from the SQLModel metadata so a new table is not forgotten.

A table belongs to the gezin when its rows hang under the gezin through a foreign key: a
`gezin_id`, or a required key to a row that belongs (aanwezigheid under bijeenkomst). Its
other keys are references, to rows of the gezin or to shared rows (`GEDEELD`), which a file
carries by their natural key so another store can match them.
"""

from dataclasses import dataclass

from sqlalchemy import Column, Table
from sqlmodel import SQLModel

from desktop_app import model

# Rows shared by every gezin, and the columns that name them in any store.
GEDEELD: dict[str, tuple[str, ...]] = {
    "categorie": ("sleutel", "naam"),  # by sleutel when set, else by naam
    "bouwsteen_item": ("bouwsteen", "tekst"),
}

# Tables that are not part of a gezin's dossier: what is left of an erased gezin.
BUITEN: frozenset[str] = frozenset({"gewist"})

# Columns that name a row without a foreign key, because the row may be gone: the history
# of a deleted tijdlijn item stays. They are remapped with the ids of that table.
LOS: dict[tuple[str, str], str] = {("gebeurtenis_wijziging", "gebeurtenis_id"): "gebeurtenis"}

# Text columns holding a FuzzyDate (FuzzyDate.to_storage()), and the date columns that keep
# its span beside it.
VAGE_DATUMS = frozenset(
    {
        ("gebeurtenis", "start"),
        ("gebeurtenis", "einde"),
        ("gezinslid", "geboorte"),
        ("betrokkene", "actief_van"),
        ("betrokkene", "actief_tot"),
    }
)
SPANNEN: dict[tuple[str, str], tuple[str, str]] = {
    ("gebeurtenis", "start"): ("start_van", "start_tot"),
    ("gebeurtenis", "einde"): ("einde_van", "einde_tot"),
}


_MODELLEN = {cls.__table__.name: cls for cls in (getattr(model, name) for name in model.__all__)}


@dataclass(frozen=True)
class Deel:
    """One table of the dossier: which column ties its rows to the gezin (None for the gezin
    itself and for shared tables), and every column that names a row elsewhere."""

    tabel: Table
    model: type[SQLModel]  # validates a row from a file as the services' own rows are
    eigenaar: Column | None
    verwijzingen: dict[str, str]  # column -> the table it names

    @property
    def naam(self) -> str:
        return self.tabel.name

    @property
    def bestand(self) -> str:
        return f"{self.tabel.name}.json"


def _verwijzingen(table: Table) -> dict[str, str]:
    found = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
    found.update({col: target for (name, col), target in LOS.items() if name == table.name})
    return found


def delen() -> list[Deel]:
    """The shared tables, then the gezin's in an order where every row a row names comes first."""
    tables = SQLModel.metadata.tables
    result = [Deel(tables[name], _MODELLEN[name], None, {}) for name in GEDEELD]
    member = {"gezin"}
    for table in SQLModel.metadata.sorted_tables:
        if table.name == "gezin":
            result.append(Deel(table, _MODELLEN["gezin"], None, {}))
            continue
        if table.name in GEDEELD or table.name in BUITEN:
            continue
        owner = next(
            (
                column
                for column in table.columns
                if not column.nullable
                and any(fk.column.table.name in member for fk in column.foreign_keys)
            ),
            None,
        )
        if owner is None:
            raise RuntimeError(f"table {table.name} is neither in a dossier nor left out")
        member.add(table.name)
        result.append(Deel(table, _MODELLEN[table.name], owner, _verwijzingen(table)))
    return result
