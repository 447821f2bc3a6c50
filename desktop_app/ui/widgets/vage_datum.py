"""A table cell holding a date as people say it ("zomer 2022"), the same in every table."""

from collections.abc import Callable
from typing import Any

from desktop_app.model.fuzzy_date import EXAMPLES, FuzzyDate
from desktop_app.ui.widgets.row_table import Column


def vage_datum(stored: str | None) -> str:
    """A stored FuzzyDate as typed and shown: "zomer 2022", "03-02-2010"; empty when none."""
    return str(FuzzyDate.from_storage(stored) or "")


def vage_datum_column(
    header: str,
    stored: Callable[[Any], str | None],
    commit: Callable[[Any, Any], bool],
    display: Callable[[Any], str] | None = None,
    tooltip: str = "",
) -> Column:
    """Edited as the text it shows; the service's VageDatum field types check what is typed,
    so every date of a gezin's setup takes the same input."""
    return Column(
        header,
        display or (lambda row: vage_datum(stored(row))),
        commit,
        edit_value=lambda row: vage_datum(stored(row)),
        tooltip=f"Bijvoorbeeld {EXAMPLES}{tooltip}",
    )
