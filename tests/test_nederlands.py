"""Qt's own dialogs speak Dutch: the file dialog (Qt's own, as on a system without a native
one) has no English label, button, tooltip or column left."""

import os

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QLabel,
)

from desktop_app.ui import nederlands

ENGLISH = {"Look in", "Files of type", "File name", "Save", "Cancel", "Open", "Folder", "Back",
           "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View",
           "Name", "Size", "Date Modified", "Kind"}  # fmt: skip


@pytest.fixture
def dutch(qapp):
    before = set(qapp.findChildren(QTranslator))
    nederlands.installeer(qapp)
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)


def _texts(dialog: QFileDialog) -> list[str]:
    """Every text the dialog shows: labels, buttons and their tooltips, column headers, and
    what the list says of each entry (a folder's kind)."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for button in dialog.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        root = view.rootIndex()
        for row in range(model.rowCount(root)):
            texts += [str(model.index(row, c, root).data()) for c in range(model.columnCount())]
    return [t.replace("&", "").rstrip(":") for t in texts if t]


def test_the_file_dialog_is_dutch(qtbot, dutch, tmp_path):
    (tmp_path / "Verslagen").mkdir()
    dialog = QFileDialog(None, "Opslaan als PDF", str(tmp_path), "PDF-bestanden (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "Verslagen" in _texts(dialog))
    texts = _texts(dialog)
    assert {"Zoeken in", "Bestandsnaam", "Bestandstype", "Opslaan", "Annuleren"} <= set(texts)
    assert "Map" in texts  # the kind of the folder Verslagen
    assert not ENGLISH & set(texts)
    if os.environ.get("CASUSTAFEL_SCHERMEN"):  # to look at: a folder for the pictures
        dialog.grab().save(f"{os.environ['CASUSTAFEL_SCHERMEN']}/bestandsdialoog.png")
