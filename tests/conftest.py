import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop_app.services.workspace import Workspace  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "casustafel.sqlite"


@pytest.fixture
def workspace(db_path):
    ws = Workspace.open(db_path)
    yield ws
    ws.close()
