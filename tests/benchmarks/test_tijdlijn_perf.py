"""Timeline speed and memory on synthetic gezinnen of 1,000 / 10,000 / 100,000 items.

Figures, not pass/fail. Aims: open the tab and first paint <= 300 ms at 10,000 items;
repaint after zoom/pan at 1920x1080 <= 16 ms median at 10,000 and <= 50 ms at 100,000,
and <= 1.5x a bare pyqtgraph ScatterPlotItem of the same points, measured in this run: in a
five-year window (too many items there for labels) and in a window narrow enough for every
lane's rows of labels.
"""

import statistics
import time
import tracemalloc

import pyqtgraph as pg
import pytest

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.tijdlijn import tijdlijn
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from tests.benchmarks.synthetic import synthetic_gezin

SIZES = (1_000, 10_000, 100_000)
PAN_STEPS = 25
SIZE = (1920, 1080)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("perf") / "perf.sqlite")
    ids = {count: synthetic_gezin(workspace, count) for count in SIZES}
    yield workspace, ids
    workspace.close()


def _repaint_ms(widget, viewbox, steps=PAN_STEPS) -> float:
    """Median time of pan (and every fifth step a zoom) and a full render of the widget.

    grab() paints everything into a pixmap: unlike repaint() offscreen, it always paints.
    """
    x0, x1 = viewbox.viewRange()[0]
    width = x1 - x0
    times = []
    for step in range(steps):
        shift = width * 0.05 * (1 if step % 2 else -1)
        scale = 0.9 if step % 5 == 0 else 1.0
        start = time.perf_counter()
        viewbox.setXRange(x0 + shift, x0 + shift + width * scale, padding=0)
        widget.grab()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _open_ms(workspace, gezin_id, plot) -> float:
    start = time.perf_counter()
    loaded = workspace.read(tijdlijn.laad, gezin_id)
    plot.set_data(loaded, verdeel(loaded, Indeling.PERSONEN))
    plot.show_all()
    plot.grab()
    return (time.perf_counter() - start) * 1000


def _bare_scatter(plot: TimelinePlot):
    """The baseline: one ScatterPlotItem with the same points in a widget of the same size."""
    widget = pg.PlotWidget()
    widget.resize(*SIZE)
    widget.show()
    rows = plot.banen.rij_item
    scatter = pg.ScatterPlotItem(
        x=plot.tijdlijn.midden[rows], y=plot.banen.rij_y, size=13, pxMode=True
    )
    widget.addItem(scatter)
    _same_window(widget, plot)
    return widget


def _same_window(widget: pg.PlotWidget, plot: TimelinePlot) -> None:
    widget.getViewBox().setRange(
        xRange=plot.viewbox.viewRange()[0], yRange=plot.viewbox.viewRange()[1], padding=0
    )


@pytest.mark.parametrize("count", SIZES)
def test_timeline_open_and_repaint(benchmark, qtbot, stores, count, capsys):
    workspace, ids = stores
    plot = TimelinePlot()
    qtbot.addWidget(plot)
    plot.resize(*SIZE)
    plot.show()
    qtbot.waitExposed(plot)

    open_ms = _open_ms(workspace, ids[count], plot)
    x0, x1 = plot.viewbox.viewRange()[0]
    plot.viewbox.setXRange(x0, x0 + (x1 - x0) / 4, padding=0)  # a five-year window
    ours = benchmark.pedantic(_repaint_ms, args=(plot, plot.viewbox), rounds=3, iterations=1)
    bare = _bare_scatter(plot)
    qtbot.addWidget(bare)
    qtbot.waitExposed(bare)
    bare_ms = _repaint_ms(bare, bare.getViewBox())
    # A window in the middle narrow enough for labels (above LABEL_ROWS rows there are none).
    middle, half = (x0 + x1) / 2, (x1 - x0) / (40 if count < 100_000 else 400)
    plot.viewbox.setXRange(middle - half, middle + half, padding=0)
    labelled_ms = _repaint_ms(plot, plot.viewbox)
    labels = len(plot.label_texts())
    _same_window(bare, plot)
    bare_labelled_ms = _repaint_ms(bare, bare.getViewBox())
    plot.show_all()
    whole_ms = _repaint_ms(plot, plot.viewbox, steps=9)

    figures = {
        "items": count,
        "open_first_paint_ms": round(open_ms, 1),
        "repaint_ms_5y_window": round(ours, 2),
        "bare_scatter_repaint_ms": round(bare_ms, 2),
        "ratio": round(ours / bare_ms, 2),
        "repaint_ms_labelled_window": round(labelled_ms, 2),
        "labels_drawn": labels,
        "bare_scatter_repaint_ms_labelled_window": round(bare_labelled_ms, 2),
        "ratio_labelled_window": round(labelled_ms / bare_labelled_ms, 2),
        "repaint_ms_whole_history": round(whole_ms, 2),
    }
    benchmark.extra_info.update(figures)
    with capsys.disabled():
        print(
            f"\ntijdlijn {count:>7} items: open+paint {open_ms:7.1f} ms | "
            f"repaint {ours:6.2f} ms vs bare scatter {bare_ms:6.2f} ms ({figures['ratio']}x) | "
            f"with {labels} labels {labelled_ms:6.2f} ms vs {bare_labelled_ms:6.2f} ms "
            f"({figures['ratio_labelled_window']}x) | whole history {whole_ms:6.2f} ms"
        )


def test_peak_memory_at_100k(qtbot, stores, capsys):
    workspace, ids = stores
    plot = TimelinePlot()
    qtbot.addWidget(plot)
    plot.resize(*SIZE)
    plot.show()
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    _open_ms(workspace, ids[100_000], plot)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    with capsys.disabled():
        print(
            f"\ntijdlijn 100000 items: Python peak {(peak - baseline) / 2**20:.1f} MiB "
            f"while loading and drawing, {(current - baseline) / 2**20:.1f} MiB kept"
        )
