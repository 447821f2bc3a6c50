"""A new user, from an empty store, by keyboard only on the real main window at 1366×768:
a new gezin with its members and betrokkenen, five items on the tijdlijn and a pattern of
two, then the first meeting recorded and vastgesteld. Every key goes to the widget that has
the focus, as a person's would; the keystrokes are counted and printed, and every stage is
rendered (to NIEUWE_GEBRUIKER_SCHERMEN when set, to look at)."""

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.model.enums import Aanwezig, Kolom, OudersPositie
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen
from desktop_app.services.bijeenkomst import overzicht as bijeenkomst_overzicht
from desktop_app.services.gezin import overzicht
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.tijdlijn import gebeurtenissen, patronen
from tests.ui_helpers import when_dialog_opens

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
KEY = Qt.Key


class Gebruiker:
    """Keys to whatever has the focus at that moment, counted: a character is one
    keystroke, and so is a key with its modifiers (Ctrl+Shift+V)."""

    def __init__(self, qtbot, window, folder: Path):
        self.qtbot, self.window, self.folder = qtbot, window, folder
        self.count = self.typed = 0

    def _focus(self):
        QApplication.processEvents()  # a person types slower than the screen updates
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return QApplication.focusWidget()

    def druk(self, key, modifiers=NONE, times=1):
        for _ in range(times):
            QTest.keyClick(self._focus(), key, modifiers)
            self.count += 1
            if modifiers == ALT:
                self.qtbot.wait(120)  # a button's Alt+letter clicks after its press shows

    def typ(self, text: str):
        for character in text:  # the first key may open an editor that takes the rest
            QTest.keyClicks(self._focus(), character)
            self.count += 1
            self.typed += 1

    def in_dialoog(self, key, modifiers, answer):
        """A key that opens a modal dialog; `answer()` types into it from its event loop."""
        when_dialog_opens(lambda _dialog: answer())
        self.druk(key, modifiers)
        self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        self.window.activateWindow()  # a window manager's part when a dialog closes

    def kijk(self, name: str):
        QApplication.processEvents()
        widget = QApplication.activeModalWidget() or self.window
        widget.grab().save(str(self.folder / f"{name}.png"))


def test_a_new_user_sets_up_a_family_and_holds_its_first_meeting(qtbot, db_path, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    folder = Path(os.environ.get("NIEUWE_GEBRUIKER_SCHERMEN") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.open_store(db_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    workspace = window.werkblad.workspace
    u = Gebruiker(qtbot, window, folder)
    u.kijk("00_leeg")

    # A new gezin.
    def nieuw_gezin():
        u.typ("Gezin Bakker")
        u.druk(KEY.Key_Tab)
        u.typ("Utrecht")
        u.kijk("01_nieuw_gezin")
        u.druk(KEY.Key_Return)

    [gezin_menu] = [m.menu() for m in window.menuBar().actions() if m.text() == "&Gezin"]
    assert gezin_menu.actions()[0].text() == "Nieuw gezin…", "where a new user looks first"
    u.in_dialoog(KEY.Key_N, CTRL, nieuw_gezin)  # as the menu item says
    gezin_id = window.werkblad.gezin_id
    assert gezin_id is not None
    title = window.werkblad.overzicht.header.title
    assert title.text() == "Gezin Bakker"
    assert title.width() >= title.fontMetrics().horizontalAdvance("Gezin Bakker"), "readable"

    # Two parents, one with gezag, and two children, one registered in Zeist.
    def lid(naam, relatie, geboren, gezag=False, thuis=False, ingeschreven=""):
        u.druk(KEY.Key_L, ALT)  # Gezinslid toevoegen; the cursor is in its name
        u.typ(naam)
        u.druk(KEY.Key_Tab)
        u.typ(relatie)
        u.druk(KEY.Key_Tab)
        u.typ(geboren)
        u.druk(KEY.Key_Tab)  # Gezag
        if gezag:
            u.druk(KEY.Key_Space)
        u.druk(KEY.Key_Tab)  # Woont thuis
        if thuis:
            u.druk(KEY.Key_Space)
        if ingeschreven:
            u.druk(KEY.Key_Tab)
            u.typ(ingeschreven)
            u.druk(KEY.Key_Return)

    lid("Sanne Bakker", "moeder", "12-03-1988", gezag=True, thuis=True)
    lid("Mark de Vries", "vader", "1985")
    lid("Noah Bakker", "kind", "04-06-2015", thuis=True)
    lid("Lotte de Vries", "kind", "zomer 2018", thuis=True, ingeschreven="Zeist")
    u.kijk("02_gezinsleden")

    # Three betrokkenen.
    def betrokkene(naam, organisatie, rol, actief_van, regie=False):
        u.druk(KEY.Key_K, ALT)  # Betrokkene toevoegen
        u.typ(naam)
        u.druk(KEY.Key_Tab)  # Regie
        if regie:
            u.druk(KEY.Key_Space)
        u.druk(KEY.Key_Tab)
        u.typ(organisatie)
        u.druk(KEY.Key_Tab)
        u.typ(rol)
        u.druk(KEY.Key_Tab, times=4)  # Domein, Telefoon, E-mail, Actief van
        u.typ(actief_van)
        u.druk(KEY.Key_Return)

    betrokkene("Fatima El Amrani", "Sociaal team Utrecht", "casusregisseur", "jan 2023", True)
    betrokkene("Joost Visser", "Samen Veilig", "jeugdbeschermer OTS", "voorjaar 2023")
    betrokkene("Ingrid Mol", "Jeugdhulp Utrecht", "gedragswetenschapper", "ca. 2023")
    u.kijk("03_betrokkenen")

    # Five items on the tijdlijn, typed as said, and a pattern of the last two.
    u.druk(KEY.Key_2, CTRL)  # Tijdlijn
    u.druk(KEY.Key_N)  # Snel toevoegen
    for line in (
        "12-03-1988 Geboorte Sanne @Sanne",
        "2015 Geboorte Noah @Noah",
        "zomer 2018 Geboorte Lotte @Lotte",
        "eind 2022 Melding Veilig Thuis",
        "begin 2023 Ondertoezichtstelling uitgesproken #maatregel",
    ):
        u.typ(line)
        u.druk(KEY.Key_Return)
    u.kijk("04_tijdlijn")
    u.druk(KEY.Key_Escape)  # back on the timeline, the last item added chosen
    u.druk(KEY.Key_Left)  # the item before it
    u.druk(KEY.Key_Space)  # chosen too
    u.kijk("05_tijdlijn_twee_gekozen")

    def patroon():
        u.kijk("06_patroon_naam")
        u.typ("Melding en maatregel")
        u.druk(KEY.Key_Return)

    u.in_dialoog(KEY.Key_M, CTRL, patroon)  # Markeer als patroon
    u.kijk("07_patroon")
    tijdlijn = window.werkblad.built[window.werkblad.tijdlijn_houder]
    assert tijdlijn.patroon.currentText().startswith("Melding en maat"), "the new one shown"

    # The first meeting.
    u.druk(KEY.Key_3, CTRL)  # Bijeenkomsten
    u.druk(KEY.Key_N, CTRL_SHIFT)  # Nieuwe bijeenkomst
    u.kijk("08_bijeenkomst")
    u.druk(KEY.Key_2, ALT)  # Aanwezigen: the four of the family came
    u.druk(KEY.Key_Right)
    for _ in range(4):
        u.druk(KEY.Key_F2)
        u.typ("a")
        u.druk(KEY.Key_Return)
        u.druk(KEY.Key_Down)
    u.druk(KEY.Key_9, ALT)  # Bouwstenen: a note on the first question
    u.druk(KEY.Key_Right, times=3)
    u.druk(KEY.Key_F2)
    u.typ("Regie besproken met ouders")
    u.druk(KEY.Key_Return)
    u.druk(KEY.Key_4, ALT)  # Zorgen
    u.typ("Spanningen tussen ouders")
    u.druk(KEY.Key_Return)
    u.druk(KEY.Key_7, ALT)  # Besluiten; after Enter the first parent is asked
    u.typ("Budgetcoach inschakelen")
    u.druk(KEY.Key_Return)
    u.typ("e")  # Sanne: eens
    u.druk(KEY.Key_Return)
    u.druk(KEY.Key_Right)
    u.typ("Goed idee")
    u.druk(KEY.Key_Return)
    u.druk(KEY.Key_Down)  # Mark
    u.druk(KEY.Key_Left)
    u.typ("o")  # oneens
    u.druk(KEY.Key_Return)
    u.druk(KEY.Key_Right)
    u.typ("Niet nodig")
    u.druk(KEY.Key_Return)
    u.kijk("09_besluit")
    u.druk(KEY.Key_8, ALT)  # Afspraken
    u.typ("Aanmelding budgetcoach versturen")
    u.druk(KEY.Key_Tab, times=2)  # Soort, Wie
    u.typ("Sanne")
    u.druk(KEY.Key_Tab)  # Uiterlijk
    u.typ("over twee weken")
    u.druk(KEY.Key_Return)
    u.kijk("10_afspraak")

    u.druk(KEY.Key_P, CTRL_SHIFT)  # Volgende plannen
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    volgende = date.today() + timedelta(weeks=4)
    u.typ(f"{volgende:%d-%m-%Y} 14:00")
    u.kijk("11_plannen")
    u.druk(KEY.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    u.druk(KEY.Key_V, CTRL_SHIFT)  # Vaststellen
    u.kijk("12_vastgesteld")
    bijeenkomsten_tab = window.werkblad.built[window.werkblad.bijeenkomsten_houder]
    assert not bijeenkomsten_tab.banner.visibleRegion().isEmpty(), "'Vastgesteld' in view"
    assert "vastgesteld" in bijeenkomsten_tab.meetings.item(0).text()
    print(
        f"\nKeystrokes for a new family and its first meeting, by keyboard: {u.count} "
        f"({u.typed} typed characters, {u.count - u.typed} keys to move and act)"
    )

    # What the user did, landed.
    o = workspace.read(overzicht.laad, gezin_id)
    assert (o.gezin.naam, o.gezin.gemeente) == ("Gezin Bakker", "Utrecht")
    leden = {lid.naam: lid for lid in o.leden}
    assert [(n, lid.relatie, lid.gezag) for n, lid in leden.items()] == [
        ("Sanne Bakker", "moeder", True),
        ("Mark de Vries", "vader", False),
        ("Noah Bakker", "kind", False),
        ("Lotte de Vries", "kind", False),
    ]
    assert FuzzyDate.from_storage(leden["Noah Bakker"].geboorte).format() == "04-06-2015"
    assert FuzzyDate.from_storage(leden["Lotte de Vries"].geboorte).format() == "zomer 2018"
    assert leden["Lotte de Vries"].inschrijving == "Zeist"
    mensen = {b.naam: b for b in o.betrokkenen}
    assert [(n, b.rol) for n, b in mensen.items()] == [
        ("Fatima El Amrani", "casusregisseur"),
        ("Joost Visser", "jeugdbeschermer OTS"),
        ("Ingrid Mol", "gedragswetenschapper"),
    ]
    assert FuzzyDate.from_storage(mensen["Joost Visser"].actief_van).format() == "voorjaar 2023"
    assert o.regiehouder_id == mensen["Fatima El Amrani"].id

    items = workspace.read(gebeurtenissen.van_gezin, gezin_id)
    titels = {g.id: g.titel for g in items}
    assert sorted(titels.values()) == sorted(
        [
            "Geboorte Sanne",
            "Geboorte Noah",
            "Geboorte Lotte",
            "Melding Veilig Thuis",
            "Ondertoezichtstelling uitgesproken",
        ]  # fmt: skip
    )
    [patroon_] = workspace.read(patronen.van_gezin, gezin_id)
    assert patroon_.naam == "Melding en maatregel"
    assert sorted(titels[i] for i in workspace.read(patronen.leden, patroon_.id)) == [
        "Melding Veilig Thuis",
        "Ondertoezichtstelling uitgesproken",
    ]

    eerste, tweede = workspace.read(bijeenkomsten.van_gezin, gezin_id)
    assert eerste.vastgesteld is not None and tweede.vastgesteld is None
    assert eerste.volgende == volgende
    assert tweede.moment.astimezone().replace(tzinfo=None) == datetime.combine(
        volgende, time(14, 0)
    )
    came = {a.gezinslid_id for a in workspace.read(bijeenkomsten.aanwezigheid, eerste.id)
            if a.status == Aanwezig.AANWEZIG}  # fmt: skip
    assert came == {lid.id for lid in leden.values()}
    notes = [a.notitie for a in workspace.read(bouwstenen.antwoorden, eerste.id)]
    assert "Regie besproken met ouders" in notes
    state = workspace.read(bijeenkomst_overzicht.laad, eerste.id)
    assert [p.tekst for p in state.punten if p.kolom == Kolom.ZORGEN] == [
        "Spanningen tussen ouders"
    ]
    [besluit] = state.besluiten
    assert besluit.tekst == "Budgetcoach inschakelen"
    assert [(s.naam, s.positie, s.woorden) for s in state.standpunten[besluit.id]] == [
        ("Sanne Bakker", OudersPositie.EENS, "Goed idee"),
        ("Mark de Vries", OudersPositie.ONEENS, "Niet nodig"),
    ]
    [afspraak] = [
        a for a in workspace.read(afspraken.van_gezin, gezin_id) if a.bijeenkomst_id == eerste.id
    ]
    assert (afspraak.tekst, afspraak.deadline) == (
        "Aanmelding budgetcoach versturen",
        date.today() + timedelta(weeks=2),
    )
    assert afspraak.gezinslid_id == leden["Sanne Bakker"].id
    assert u.count < 800, "fewer keys than the 851 the first new user needed"


def test_tab_leaves_an_items_description_on_the_timeline(qtbot, demo_window):
    window, _gezin_id = demo_window
    tab = window.werkblad.open_tijdlijn()
    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, KEY.Key_Right)  # an item chosen by keyboard
    qtbot.keyClick(tab.plot, KEY.Key_Space)
    field = tab.detail.omschrijving
    assert field.isEnabled() and tab.selection
    field.setFocus()
    before = field.toPlainText()
    qtbot.keyClick(field, KEY.Key_Tab)
    assert not field.hasFocus(), "Tab goes on to the next field"
    assert field.toPlainText() == before
