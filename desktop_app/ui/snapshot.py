"""Render a screen offscreen to PNG, for documentation and for checking the UI."""

from pathlib import Path

from desktop_app.model.errors import InvoerFout
from desktop_app.services.publiek.regel import Publiek
from desktop_app.store import bestand
from desktop_app.ui.offscreen import offscreen_app

VIEWS = ("overzicht", "tijdlijn", "bijeenkomst", "weging", "taakverdeling")


def snapshot(
    db_path: Path,
    gezin_id: int,
    view: str,
    output: Path,
    size: tuple[int, int],
    publiek: Publiek | None = None,
    bijeenkomst_id: int | None = None,
    wachtwoord: str | None = None,
) -> None:
    """The main window on one view. The timeline shows only what `publiek` may see (parents
    by default); with `publiek` the weging view is its projected chart. The other views are
    the facilitator's working screen, so an audience for them is refused, not ignored."""
    if publiek is not None and view not in ("tijdlijn", "weging", "taakverdeling"):
        raise InvoerFout(
            f"--audience geldt alleen voor de tijdlijn, de weging en de taakverdeling; het "
            f"scherm '{view}' is het werkscherm van de gespreksleider."
        )
    if not db_path.exists():
        raise InvoerFout(f"De database {db_path} bestaat niet. Maak eerst een gezin of de demo.")
    app = offscreen_app()
    from desktop_app.services.core.workspace import Workspace
    from desktop_app.services.gezin import gezinnen
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.werkblad import Werkblad

    # Read-only: a picture may be taken while the app has the store open.
    workspace = Workspace.open(db_path, wachtwoord, alleen_lezen=True)
    window = MainWindow()
    shown = window
    try:
        window.attach(Werkblad(workspace, window))
        werkblad = window.werkblad
        if gezin_id not in {g.id for g in werkblad.workspace.read(gezinnen.alle)}:
            raise InvoerFout(f"Gezin {gezin_id} bestaat niet in {db_path}.")
        werkblad.select_gezin(gezin_id)
        window.resize(*size)
        window.show()
        if view == "tijdlijn":
            tab = werkblad.open_tijdlijn()
            tab.set_publiek(publiek or Publiek.OUDERS)
            app.processEvents()
            tab.plot.show_all()
        elif view == "weging" and publiek is not None:
            from desktop_app.ui.weging.presentatie import GrafiekPresentatie

            shown = GrafiekPresentatie(werkblad.editor, gezin_id, publiek, per_rol=False)
            shown.resize(*size)
            shown.show()
        elif view == "weging":
            werkblad.open_weging()
        elif view == "taakverdeling" and publiek is not None:
            from desktop_app.ui.taakverdeling.presentatie import BordPresentatie

            shown = BordPresentatie(werkblad.editor, gezin_id, publiek)
            shown.resize(*size)
            shown.show()
        elif view == "taakverdeling":
            werkblad.open_taakverdeling()
        elif view == "bijeenkomst":
            tab = werkblad.open_bijeenkomsten()
            if bijeenkomst_id is not None and not tab.select(bijeenkomst_id):
                raise InvoerFout(f"Bijeenkomst {bijeenkomst_id} hoort niet bij gezin {gezin_id}.")
        app.processEvents()
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            with bestand.naast(output) as partial:
                if not shown.grab().save(str(partial), "PNG"):
                    raise InvoerFout(f"Kon {output} niet schrijven.")
        except OSError as exc:
            raise InvoerFout(f"Kon {output} niet schrijven: {exc.strerror or exc}.") from None
    finally:
        if shown is not window:
            shown.close()
        window.close()
