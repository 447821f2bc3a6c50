"""Qt's own texts in Dutch: the buttons of message boxes (Ja, Nee, Annuleren) and the file
dialog (Zoeken in, Bestandstype, Map), from the translations PySide6 ships."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# What the shipped qtbase_nl.qm lacks: Qt 6 gave these strings an accelerator, or moved them
# to a new context, and the Dutch file still has the old ones. Without them the file dialog
# says "Look in" and "Files of type" beside "Bestandsnaam".
AANVULLING = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QAbstractFileIconProvider", "Folder"): "Map",
    ("QAbstractFileIconProvider", "File"): "Bestand",
    ("QAbstractFileIconProvider", "%1 File"): "%1-bestand",
    ("QAbstractFileIconProvider", "Drive"): "Station",
    ("QAbstractFileIconProvider", "Shortcut"): "Snelkoppeling",
    ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
}


class _Aanvulling(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return AANVULLING.get((context, source))  # None: left to qtbase_nl

    def isEmpty(self) -> bool:
        return False


def installeer(app: QApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load("qtbase_nl", folder):
        app.installTranslator(qtbase)
    app.installTranslator(_Aanvulling(app))  # installed last: asked first
