"""Typed text is kept exactly, apart from what no one means to type: control characters
(tab stays, a line break where a field has lines) and half characters. Edit, undo and redo
give it back whole; nothing after a NUL is lost."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.model import Gebeurtenis
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.tijdlijn import gebeurtenissen

# Text as people paste it: ordinary letters mixed with every kind of awkward character.
_AWKWARD = st.sampled_from(["\x00", "\t", "\n", "\r", "\r\n", "\x1b", "\x7f", "\ud800", "é", "😀"])
TEXT = st.lists(st.one_of(st.text(max_size=5), _AWKWARD), max_size=12).map("".join)


def _documented(text: str, lines: bool) -> str:
    """The README's rule, written out: CR LF and CR become a line break (a space in a field
    of one line); C0 control characters other than tab and line break, and lone surrogates,
    are dropped; surrounding whitespace is trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not lines:
        text = text.replace("\n", " ")
    kept = "".join(
        c
        for c in text
        if not (ord(c) < 0x20 and c not in "\t\n") and not 0xD800 <= ord(c) <= 0xDFFF
    )
    return kept.strip()


@pytest.fixture(scope="module")
def item(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("tekst") / "casustafel.sqlite")
    gezin = workspace.edit("Gezin", gezinnen.maak, "Gezin Tekst")
    gebeurtenis = workspace.edit("Item", gebeurtenissen.voeg_toe, gezin.id, "Begin", "2020")
    yield workspace, gebeurtenis.id
    workspace.close()


def _stored(workspace, item_id) -> tuple[str, str]:
    row = workspace.read(lambda session: session.get(Gebeurtenis, item_id))
    return row.titel, row.omschrijving


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_any_text_edited_undone_and_redone_comes_back_exactly(item, text):
    workspace, item_id = item
    before = _stored(workspace, item_id)
    workspace.edit("Omschrijving", gebeurtenissen.wijzig, item_id, omschrijving=text)
    after = _stored(workspace, item_id)
    assert after[1] == _documented(text, lines=True)
    workspace.undo()
    assert _stored(workspace, item_id) == before
    workspace.redo()
    assert _stored(workspace, item_id) == after

    title = _documented(text, lines=False)
    if not title:
        with pytest.raises(InvoerFout, match="De titel mag niet leeg zijn"):
            workspace.edit("Titel", gebeurtenissen.wijzig, item_id, titel=text)
        assert _stored(workspace, item_id) == after
        return
    workspace.edit("Titel", gebeurtenissen.wijzig, item_id, titel=text)
    assert _stored(workspace, item_id) == (title, after[1])
    workspace.undo()
    assert _stored(workspace, item_id) == after


def test_nothing_after_a_nul_is_lost(item):
    workspace, item_id = item
    workspace.edit(
        "Omschrijving", gebeurtenissen.wijzig, item_id, omschrijving="voor\x00na\r\nregel 2"
    )
    workspace.edit("Titel", gebeurtenissen.wijzig, item_id, titel="Titel\x00 met\nstaart")
    assert _stored(workspace, item_id) == ("Titel met staart", "voorna\nregel 2")
    workspace.undo()
    workspace.redo()
    assert _stored(workspace, item_id) == ("Titel met staart", "voorna\nregel 2")
