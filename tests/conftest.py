import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop_app.services.core.workspace import Workspace  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _own_settings(tmp_path_factory):
    """No test reads or writes the user's own settings (e.g. the idle lock's minutes)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("instellingen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "casustafel.sqlite"


@pytest.fixture
def workspace(db_path):
    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def demo_window(qtbot, db_path):
    """The main window, shown, on the demo family; returns (window, gezin_id)."""
    from desktop_app.services.demo import maak_demo
    from desktop_app.ui.main_window import MainWindow

    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Demo", maak_demo)
    ws.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    assert window.open_store(db_path)
    window.show()
    qtbot.waitExposed(window)
    window.werkblad.select_gezin(gezin_id)
    return window, gezin_id
