"""Equal scores on one date in the safety chart: each one seen and told apart."""

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.services.weging.grafiek import Grafiek
from desktop_app.ui.weging.chart import LINE_COLOURS, SYMBOLS, VeiligheidsGrafiek


def _colour_at(image, x, y):
    return QColor(image.pixel(round(x), round(y))).name().upper()


def test_equal_scores_on_one_date_each_show_their_own_marker(qtbot):
    chart = VeiligheidsGrafiek()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    QWidget.show(chart)  # the chart's own show() takes the data
    same, later = date(2026, 9, 23), date(2026, 10, 21)
    chart.show(Grafiek(
        reeksen={"Dennis": [(same, 5), (later, 6)], "Ravi": [(same, 5), (later, 7)],
                 "Sanne": [(same, 5)]},
        arij=[], banden=[],
    ))  # fmt: skip
    spots = chart.rings.points()
    assert len(spots) == 2, "three markers on one spot: the two below the top get an outline"
    assert {s.pen().color().name().upper() for s in spots} == {LINE_COLOURS[0], LINE_COLOURS[1]}
    assert {s.symbol() for s in spots} == {SYMBOLS[0], SYMBOLS[1]}, "each in its own shape"
    sizes = sorted(s.size() for s in spots)
    assert sizes[0] > 9 and sizes[1] > sizes[0], "nested, none hidden under another"
    assert all(s.pos().y() == 5 for s in spots), "drawn at the score given, not moved"

    # and on screen: each colour is found at its ring's edge around the shared spot
    qtbot.wait(10)
    image = chart.grab().toImage()
    view = chart.getViewBox()
    centre = chart.mapFromScene(view.mapViewToScene(spots[0].pos()))
    found = {_colour_at(image, centre.x() + dx, centre.y()) for dx in range(-30, 31)}
    assert {LINE_COLOURS[0], LINE_COLOURS[1], LINE_COLOURS[2]} <= found


def test_scores_apart_get_no_outlines(qtbot):
    chart = VeiligheidsGrafiek()
    qtbot.addWidget(chart)
    chart.show(Grafiek(reeksen={"A": [(date(2026, 1, 1), 4)], "B": [(date(2026, 1, 1), 6)]},
                       arij=[], banden=[]))  # fmt: skip
    assert len(chart.rings.points()) == 0
