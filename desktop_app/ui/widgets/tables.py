"""Table views over RowTableModel as every screen uses them."""

from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate


def fit_text_column(view: QTableView, stretch: int) -> None:
    """One column takes the width; the others are as wide as their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def table_view(model, stretch: int) -> QTableView:
    """Choices edited in a combo box; Tab leaves the table, arrows move between cells."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)
    fit_text_column(view, stretch)
    return view
