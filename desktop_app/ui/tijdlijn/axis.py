from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg

from desktop_app.model.fuzzy_date import MONTHS

_YEAR = 300 * 86400
_MONTH = 27 * 86400
_DAY = 86400


class DutchDateAxis(pg.DateAxisItem):
    """Time ticks in Dutch that follow the zoom: decades, years, months, weeks, days."""

    def __init__(self, **kwargs):
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickValues(self, minVal, maxVal, size):
        # pyqtgraph only drops a finer tick that coincides with a coarser one; one that falls a
        # day or two from a month start ("29 sep" beside "okt") would print over its label.
        levels = super().tickValues(minVal, maxVal, size)
        kept = np.array([])
        result = []
        for spacing, values in levels:
            values = np.asarray(values, dtype=float)
            if kept.size and values.size:
                # skipped ticks (every 5th day) are further apart than the level's spacing
                step = np.diff(values).min() if values.size > 1 else spacing
                near = np.abs(values[:, np.newaxis] - kept).min(axis=1) < 0.75 * step
                values = values[~near]
            kept = np.concatenate([kept, values])
            result.append((spacing, values.tolist()))
        return result

    def tickStrings(self, values, scale, spacing):
        return [_label(datetime.fromtimestamp(v, UTC), spacing) for v in values]


def _label(moment: datetime, spacing: float) -> str:
    month = MONTHS[moment.month - 1]
    if spacing >= _YEAR:
        return str(moment.year)
    if spacing >= _MONTH:
        return f"{month} {moment.year}" if moment.month == 1 or spacing > 80 * _DAY else month
    if spacing >= _DAY:
        return f"{moment.day} {month}"
    return f"{moment.hour:02d}:{moment.minute:02d}"
