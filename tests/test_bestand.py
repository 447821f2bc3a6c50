"""Writing an export: a write that fails is a Dutch message and leaves no file behind."""

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.store.bestand import schrijf


def test_a_file_is_written_whole(tmp_path):
    schrijf(tmp_path / "map" / "verslag.pdf", b"%PDF-1.4", ".pdf")
    assert (tmp_path / "map" / "verslag.pdf").read_bytes() == b"%PDF-1.4"
    assert [p.name for p in (tmp_path / "map").iterdir()] == ["verslag.pdf"]


@pytest.mark.parametrize(
    "name",
    ["geen-map/verslag.pdf", f"{'x' * 300}.pdf"],
    ids=["folder is a file", "name too long"],
)
def test_a_failed_write_says_so_in_dutch_and_leaves_nothing(tmp_path, name):
    (tmp_path / "geen-map").write_text("een bestand")
    with pytest.raises(InvoerFout, match="^Kon .* niet opslaan"):
        schrijf(tmp_path / name, b"%PDF-1.4", ".pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["geen-map"]
