"""The taakverdeling board of a gezin with 500 afspraken over 30 owners, at 1920x1080.

Figures, not pass/fail. Aim: each of these paints within 50 ms: opening the board (the tab
built, the gezin shown, the first paint), switching per owner <-> per status, moving a card
to another column as the tab does it (the service edit, the change event, the reload, the
repaint), and one keystroke in the search field. Beside each, measured in this run, the
bare board: a plain QListView per column on a QStringListModel of the same card texts (the
same columns, no delegate, the texts ready-made), built and changed the same way.

Every figure ends as the event loop goes on before the next frame: the widgets let go of
deleted, every posted event processed (one processEvents() leaves what its events post, such
as the scroll area fitting a new row of columns: a grab then paints all 30 squeezed into
view), then the whole window painted by grab(). Offscreen, update() paints only when the
platform's next frame comes round, and repaint() of the window leaves its list views'
viewports unpainted; grab() paints everything on screen.
"""

import statistics
import time

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.taakverdeling import bord, kaarten
from desktop_app.services.taakverdeling.bord import BordFilter, Indeling
from desktop_app.ui.edits import Editor
from desktop_app.ui.taakverdeling.tab import TaakverdelingTab
from tests.benchmarks.synthetic import synthetic_bord

CARDS, OWNERS = 500, 30
ROUNDS = 5
SIZE = (1920, 1080)
SEARCH = "gesprek"  # typed letter by letter, then taken back letter by letter
KEYS = [*SEARCH, *[Qt.Key.Key_Backspace] * len(SEARCH)]
Columns = list[tuple[str, list[str]]]  # title, the texts it shows in order


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("bord") / "bord.sqlite")
    gezin_id = synthetic_bord(workspace, CARDS, OWNERS)
    yield workspace, gezin_id
    workspace.close()


def _painted(action, window: QWidget | None = None) -> tuple[float, object]:
    """Milliseconds for `action` and what it sets off, up to `window` (or the window the
    action returns) painted; and what the action returned."""
    start = time.perf_counter()
    result = action()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1000)  # until none left
    (window or result).grab()
    return (time.perf_counter() - start) * 1000, result


def _open_tab(workspace: Workspace, gezin_id: int) -> TaakverdelingTab:
    """As the werkblad opens it: built, the gezin shown, then on screen."""
    tab = TaakverdelingTab(Editor(workspace, None))
    tab.resize(*SIZE)
    tab.show_gezin(gezin_id)
    tab.show()
    return tab


class BareBord(QScrollArea):
    """The baseline: the columns as plain lists of the card texts."""

    def __init__(self, columns: Columns):
        super().__init__()
        self.setWidgetResizable(True)
        self.resize(*SIZE)
        self.toon(columns)
        self.show()

    def toon(self, columns: Columns) -> None:
        """A fresh row of columns, as the board builds one when its columns change."""
        self.models: list[QStringListModel] = []
        row = QWidget()
        layout = QHBoxLayout(row)
        for title, texts in columns:
            column = QWidget()
            column.setMinimumWidth(280)
            inner = QVBoxLayout(column)
            inner.addWidget(QLabel(f"{title}  ({len(texts)})"))
            view = QListView()
            model = QStringListModel(texts, view)
            view.setModel(model)
            inner.addWidget(view, 1)
            layout.addWidget(column, 1)
            self.models.append(model)
        self.setWidget(row)  # the old row goes

    def filter(self, columns: Columns) -> None:
        for model, (_title, texts) in zip(self.models, columns, strict=True):
            model.setStringList(texts)

    def move(self, source: int, target: int) -> None:
        """The first card of one column to the top of another."""
        text = self.models[source].stringList()[0]
        self.models[source].removeRows(0, 1)
        self.models[target].insertRows(0, 1)
        self.models[target].setData(self.models[target].index(0), text)


def _columns(workspace, gezin_id, indeling, filter_: BordFilter | None = None) -> Columns:
    cards = sorted(workspace.read(kaarten.kaarten, gezin_id), key=lambda k: (k.volgorde, k.id))
    leden = workspace.read(gezinsleden.van_gezin, gezin_id)
    people = workspace.read(betrokkenen.van_gezin, gezin_id)
    filter_ = filter_ or BordFilter()
    return [
        (
            kolom.titel,
            [
                k.tekst
                for k in cards
                if bord.kolom_van(k, indeling) == kolom.sleutel and filter_.laat_zien(k)
            ],
        )
        for kolom in bord.kolommen(cards, indeling, leden, people)
    ]


def _ours(qtbot, workspace, gezin_id) -> dict[str, list[float]]:
    times = {name: [] for name in ("open", "status", "owner", "move", "key")}
    for _ in range(ROUNDS):
        ms, tab = _painted(lambda: _open_tab(workspace, gezin_id))
        qtbot.addWidget(tab)
        times["open"].append(ms)
    workspace.subscribe(tab.on_change)  # what the werkblad does for its tabs
    try:
        for _ in range(ROUNDS):
            times["status"].append(_painted(lambda: tab.set_indeling(Indeling.STATUS), tab)[0])
            times["owner"].append(_painted(lambda: tab.set_indeling(Indeling.EIGENAAR), tab)[0])
        card = tab.bord.kolommen[0].proxy.kaarten()[0]
        for _ in range(ROUNDS):
            for column in (1, 0):  # there and back
                sleutel = tab.bord.kolommen[column].kolom.sleutel
                times["move"].append(_painted(lambda s=sleutel: tab.verplaats(card.id, s), tab)[0])
        tab.zoek.setFocus()
        for key in KEYS:
            times["key"].append(_painted(lambda k=key: qtbot.keyClick(tab.zoek, k), tab)[0])
    finally:
        workspace.unsubscribe(tab.on_change)
    assert tab.zoek.text() == ""
    return times


def _bare(qtbot, workspace, gezin_id) -> dict[str, list[float]]:
    owner = _columns(workspace, gezin_id, Indeling.EIGENAAR)
    status = _columns(workspace, gezin_id, Indeling.STATUS)
    typed = [SEARCH[: n + 1] for n in range(len(SEARCH))]
    terms = typed + typed[-2::-1] + [""]
    searched = [_columns(workspace, gezin_id, Indeling.EIGENAAR, BordFilter(zoekterm=t))
                for t in terms]  # fmt: skip
    times = {name: [] for name in ("open", "status", "owner", "move", "key")}
    for _ in range(ROUNDS):
        ms, bare = _painted(lambda: BareBord(owner))
        qtbot.addWidget(bare)
        times["open"].append(ms)
    for _ in range(ROUNDS):
        times["status"].append(_painted(lambda: bare.toon(status), bare)[0])
        times["owner"].append(_painted(lambda: bare.toon(owner), bare)[0])
    for _ in range(ROUNDS):
        times["move"].append(_painted(lambda: bare.move(0, 1), bare)[0])
        times["move"].append(_painted(lambda: bare.move(1, 0), bare)[0])
    for columns in searched:
        times["key"].append(_painted(lambda c=columns: bare.filter(c), bare)[0])
    return times


def test_board_open_switch_move_search(benchmark, qtbot, store, capsys):
    workspace, gezin_id = store
    measured = benchmark.pedantic(_ours, args=(qtbot, workspace, gezin_id), rounds=1)
    ours = {name: statistics.median(t) for name, t in measured.items()}
    bare = {name: statistics.median(t) for name, t in _bare(qtbot, workspace, gezin_id).items()}
    benchmark.extra_info.update(
        {f"{name}_ms": round(ours[name], 1) for name in ours}
        | {f"bare_{name}_ms": round(bare[name], 1) for name in bare}
    )
    labels = {
        "open": "open + first paint",
        "status": "switch to per status",
        "owner": "switch to per owner",
        "move": "move a card (edit, reload)",
        "key": "one search keystroke",
    }
    with capsys.disabled():
        print(f"\nbord {CARDS} afspraken, {OWNERS} owners, {SIZE[0]}x{SIZE[1]}, median ms:")
        for name, label in labels.items():
            print(
                f"  {label:<28} {ours[name]:7.1f} ms vs bare lists {bare[name]:6.1f} ms "
                f"({ours[name] / bare[name]:5.1f}x)"
            )
