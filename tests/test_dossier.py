"""Dossier overdragen: a gezin leaves one store as a file and arrives whole in another, or
not at all."""

import hashlib
import io
import json
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlmodel import SQLModel

from desktop_app.cli import main
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.dossier import formaat, versies, zegel
from desktop_app.services.dossier.export import exporteer
from desktop_app.services.dossier.invoer import importeer
from desktop_app.services.dossier.tabellen import BUITEN, GEDEELD, LOS, delen
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag import logboek
from desktop_app.services.publiek import projectie
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen

WACHTWOORD = "Een lange zin van vier woorden"


def _bron(path) -> int:
    """The demo gezin, with a category of its own and the history of a deleted item."""
    ws = Workspace.open(path)
    gezin_id = ws.edit("Demo", maak_demo)
    eigen = ws.edit("Categorie", categorieen.maak, "Schoolwissel", "#123456").id
    ws.edit(
        "Item", gebeurtenissen.voeg_toe, gezin_id, "Naar De Regenboog", "2021", categorie_id=eigen
    )
    weg = ws.edit("Item", gebeurtenissen.voeg_toe, gezin_id, "Weggehaald item", "2020").id
    ws.edit("Weg", gebeurtenissen.verwijder, weg)
    ws.close()
    return gezin_id


@pytest.fixture(scope="module")
def bron(tmp_path_factory):
    """(store path, gezin id, the gezin's dossier bytes)."""
    path = tmp_path_factory.mktemp("bron") / "bron.sqlite"
    gezin_id = _bron(path)
    ws = Workspace.open(path, alleen_lezen=True)
    data = ws.read(exporteer, gezin_id)
    ws.close()
    return path, gezin_id, data


@pytest.fixture
def doel(tmp_path):
    """A second store that already holds a gezin, so imported ids cannot stay the same."""
    ws = Workspace.open(tmp_path / "doel.sqlite")
    ws.edit("Ander gezin", gezinnen.maak, "Gezin Anders")
    yield ws
    ws.close()


def tellingen(ws: Workspace) -> dict[str, int]:
    def count(session):
        return {
            name: session.execute(select(func.count()).select_from(table)).scalar()
            for name, table in SQLModel.metadata.tables.items()
        }

    return ws.read(count)


def delen_van(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def herpak(parts: dict[str, bytes], checksums: bool = True) -> bytes:
    """A dossier of these parts; with `checksums` the manifest is brought in line with them."""
    parts = dict(parts)
    if checksums:
        manifest = json.loads(parts[formaat.MANIFEST])
        manifest["delen"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "rijen": 0}
            for name, data in parts.items()
            if name != formaat.MANIFEST
        }
        parts[formaat.MANIFEST] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def canoniek(data: bytes) -> dict[str, list]:
    """Every row of a dossier with its ids replaced by their rank in the file and shared rows
    named by their natural key: two dossiers of the same gezin are then equal."""
    parts = {name[:-5]: json.loads(raw) for name, raw in delen_van(data).items()}
    rank = {}
    for name, rows in parts.items():
        if name != "manifest" and rows and "id" in rows[0]:
            ids = {row["id"] for row in rows}
            for (table, column), target in LOS.items():
                if target == name:
                    ids |= {row[column] for row in parts[table]}
            rank[name] = {old: n for n, old in enumerate(sorted(ids))}
    for shared, keys in GEDEELD.items():
        rank[shared] = {row["id"]: tuple(row[k] for k in keys) for row in parts[shared]}
    result = {}
    for deel in delen():
        rows = []
        for row in parts[deel.naam]:
            row = dict(row)
            if "id" in row:
                row["id"] = None if deel.naam in GEDEELD else rank[deel.naam][row["id"]]
            for column, target in deel.verwijzingen.items():
                if row[column] is not None:
                    row[column] = rank[target][row[column]]
            rows.append(row)
        result[deel.naam] = rows
    result["gezin"][0].pop("demo")  # an imported gezin is never the demo (tested apart)
    return result


def zonder_ids(value):
    if isinstance(value, dict):
        return {k: zonder_ids(v) for k, v in value.items() if k != "id" and not k.endswith("_id")}
    if isinstance(value, list):
        return [zonder_ids(v) for v in value]
    return value


def test_every_table_is_in_the_dossier_or_left_out_on_purpose():
    tables = set(SQLModel.metadata.tables)
    assert {deel.naam for deel in delen()} == tables - BUITEN
    assert BUITEN == {"gewist"}


def test_round_trip_gives_a_gezin_equal_in_every_field(bron, doel):
    path, gezin_id, data = bron
    voor = tellingen(doel)
    nieuw = doel.edit("Inlezen", importeer, data)
    assert nieuw != gezin_id
    terug = doel.read(exporteer, nieuw)

    assert canoniek(terug) == canoniek(data)
    counts = json.loads(delen_van(data)[formaat.MANIFEST])["delen"]
    assert counts["gebeurtenis.json"]["rijen"] > 60 and counts["checklist_antwoord.json"]["rijen"]
    na = tellingen(doel)
    for deel in delen():
        if deel.naam not in GEDEELD:
            assert na[deel.naam] - voor[deel.naam] == counts[deel.bestand]["rijen"], deel.naam
    assert na["categorie"] == voor["categorie"] + 1  # the own one made, the defaults matched
    assert na["bouwsteen_item"] == voor["bouwsteen_item"]

    ws = Workspace.open(path, alleen_lezen=True)
    zoals_het_was = ws.read(projectie.projectie, gezin_id, Publiek.PROFESSIONALS, "laatste")
    ws.close()
    zoals_het_is = doel.read(projectie.projectie, nieuw, Publiek.PROFESSIONALS, "laatste")
    assert zonder_ids(projectie.als_json(zoals_het_is)) == zonder_ids(
        projectie.als_json(zoals_het_was)
    )


def test_the_history_of_a_deleted_item_passes_to_no_new_item(bron, doel):
    _, _, data = bron
    nieuw = doel.edit("Inlezen", importeer, data)
    later = doel.edit("Item", gebeurtenissen.voeg_toe, nieuw, "Later toegevoegd", "2024")
    assert [w.actie for w in doel.read(gebeurtenissen.geschiedenis, later.id)] == ["aangemaakt"]


def test_the_workspace_hears_of_the_new_gezin_and_can_undo_the_import(bron, doel):
    _, _, data = bron
    heard = []
    doel.subscribe(heard.append)
    voor = tellingen(doel)
    nieuw = doel.edit("Dossier inlezen", importeer, data)
    assert heard[-1].gezin_ids == {nieuw} and "gebeurtenis" in heard[-1].tabellen
    assert doel.undo_label == "Dossier inlezen (Gezin Vermeulen)"
    doel.undo()
    assert tellingen(doel) == voor


def test_importing_twice_gives_two_gezinnen_and_neither_is_the_demo(bron, doel):
    _, _, data = bron
    first = doel.edit("Inlezen", importeer, data)
    second = doel.edit("Inlezen", importeer, data)
    assert first != second
    names = [g.naam for g in doel.read(gezinnen.alle)]
    assert names.count("Gezin Vermeulen") == 2
    doel.edit("Demo", maak_demo)  # replaces the demo gezin only: both imports stay
    assert {first, second} <= {g.id for g in doel.read(gezinnen.alle)}


def test_a_sealed_dossier_round_trips_with_its_password(bron, doel):
    _, _, data = bron
    sealed = zegel.verzegel(data, WACHTWOORD)
    assert zegel.verzegeld(sealed) and not zegel.verzegeld(data)
    manifest = json.loads(delen_van(sealed)[formaat.MANIFEST])
    assert manifest["versleuteling"] | {"salt": "", "nonce": ""} == {
        "kdf": "scrypt", "n": 2**15, "r": 8, "p": 1, "salt": "", "nonce": "",
        "cipher": "AES-256-GCM",
    }  # fmt: skip
    nieuw = doel.edit("Inlezen", importeer, zegel.ontzegel(sealed, WACHTWOORD))
    assert canoniek(doel.read(exporteer, nieuw)) == canoniek(data)


def test_nothing_of_the_case_is_in_the_bytes_of_a_sealed_dossier(bron):
    _, _, data = bron
    sealed = zegel.verzegel(data, WACHTWOORD)
    texts = {
        value
        for name, raw in delen_van(data).items()
        if name != formaat.MANIFEST
        for row in json.loads(raw)
        for value in row.values()
        if isinstance(value, str) and len(value) >= 6
    }
    planted = {"Gezin Vermeulen", "Rijswijk", "Schoolwissel", "Naar De Regenboog"}
    assert planted <= texts and len(texts) > 300
    for text in texts:
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in sealed, text
    for name in delen_van(data):  # not even which parts it has
        assert (name in (formaat.MANIFEST,)) == (name.encode() in sealed)
    assert set(delen_van(sealed)) == {formaat.MANIFEST, zegel.INHOUD}


def test_a_wrong_password_says_so_and_writes_nothing(bron, doel):
    _, _, data = bron
    sealed = zegel.verzegel(data, WACHTWOORD)
    with pytest.raises(InvoerFout, match="Het wachtwoord klopt niet, of het bestand is beschadigd"):
        zegel.ontzegel(sealed, "Een lange zin van vijf woorden")
    tampered = bytearray(sealed)
    tampered[-200] ^= 1  # in the ciphertext: the zip's own check or the cipher's tag fails
    with pytest.raises(InvoerFout):
        zegel.ontzegel(bytes(tampered), WACHTWOORD)


def _flipped_part(parts):
    raw = bytearray(parts["punt.json"])
    raw[len(raw) // 2] ^= 0x20
    return herpak({**parts, "punt.json": bytes(raw)}, checksums=False)


def _reference_to_nothing(parts):
    rows = json.loads(parts["afspraak.json"])
    rows[0]["betrokkene_id"] = 99_999
    return herpak({**parts, "afspraak.json": json.dumps(rows).encode()})


def _newer_format(parts):
    manifest = json.loads(parts[formaat.MANIFEST]) | {"formaatversie": formaat.FORMAATVERSIE + 1}
    return herpak({**parts, formaat.MANIFEST: json.dumps(manifest).encode()}, checksums=False)


def _invalid_field(parts):
    rows = json.loads(parts["gebeurtenis.json"])
    rows[3]["zichtbaarheid"] = "iedereen behalve oma"
    return herpak({**parts, "gebeurtenis.json": json.dumps(rows).encode()})


def _naive_moment(parts):
    rows = json.loads(parts["bijeenkomst.json"])
    rows[0]["moment"] = rows[0]["moment"][:19]
    return herpak({**parts, "bijeenkomst.json": json.dumps(rows).encode()})


def _huge_number(parts):
    rows = json.loads(parts["punt.json"])
    rows[0]["volgorde"] = 2**70
    return herpak({**parts, "punt.json": json.dumps(rows).encode()})


def _two_gezinnen(parts):
    rows = json.loads(parts["gezin.json"])
    return herpak({**parts, "gezin.json": json.dumps(rows + [rows[0] | {"id": 77}]).encode()})


BEDORVEN = {
    "afgebroken": (lambda parts, data: data[: len(data) * 2 // 3], "beschadigd"),
    "een byte anders in een deel": (lambda parts, data: _flipped_part(parts), "controlesom"),
    "een deel mist": (
        lambda parts, data: herpak({k: v for k, v in parts.items() if k != "besluit.json"}),
        "mist het deel ‘besluit.json’",
    ),
    "een deel te veel": (
        lambda parts, data: herpak({**parts, "extra.json": b"[]"}),
        "onbekend deel ‘extra.json’",
    ),
    "verwijzing naar niets": (
        lambda parts, data: _reference_to_nothing(parts),
        "‘betrokkene_id’ verwijst naar betrokkene 99999",
    ),
    "nieuwer formaat": (lambda parts, data: _newer_format(parts), "nieuwere versie"),
    "ongeldig veld": (lambda parts, data: _invalid_field(parts), "‘zichtbaarheid’ is ongeldig"),
    "tijdstip zonder zone": (lambda parts, data: _naive_moment(parts), "geen tijdzone"),
    "te groot getal": (lambda parts, data: _huge_number(parts), "te groot"),
    "twee gezinnen": (lambda parts, data: _two_gezinnen(parts), "precies één gezin"),
    "geen zip": (lambda parts, data: b"%PDF-1.7 geen dossier", "beschadigd"),
    "leeg": (lambda parts, data: b"", "beschadigd"),
}


@pytest.mark.parametrize("soort", BEDORVEN)
def test_a_bad_file_gets_a_dutch_message_and_the_store_stays_as_it_was(bron, doel, soort):
    _, _, data = bron
    bederf, message = BEDORVEN[soort]
    voor = tellingen(doel)
    with pytest.raises(InvoerFout, match=message):
        doel.edit("Inlezen", importeer, bederf(delen_van(data), data))
    assert tellingen(doel) == voor


def test_a_zip_bomb_is_refused_before_it_is_unpacked(doel):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(formaat.MANIFEST, b"{}")
        with archive.open("gezin.json", "w", force_zip64=True) as entry:
            block = bytes(1 << 20)
            for _ in range(formaat.MAX_GROOTTE // len(block) + 1):
                entry.write(block)
    bomb = buffer.getvalue()
    assert len(bomb) < 1_000_000
    start = time.perf_counter()
    with pytest.raises(InvoerFout, match="pakt uit tot meer dan 200 MB"):
        doel.edit("Inlezen", importeer, bomb)
    assert time.perf_counter() - start < 1


# -- the command line


def _cli(monkeypatch, capsys, *args, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(map(str, args)))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_import_on_the_command_line(bron, tmp_path, monkeypatch, capsys):
    path, gezin_id, data = bron
    plain, sealed, store = tmp_path / "a.casustafel", tmp_path / "b.casustafel", tmp_path / "n.db"
    assert (
        _cli(monkeypatch, capsys, "--db", path, "export", "--gezin", gezin_id, "-o", plain)[0] == 0
    )
    twice = f"{WACHTWOORD}\n{WACHTWOORD}\n"
    code, out, err = _cli(
        monkeypatch, capsys, "--db", path, "export", "--gezin", gezin_id, "-o", sealed,
        "--wachtwoord", stdin=twice,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert zegel.verzegeld(sealed.read_bytes())
    logged = [(r.programma, r.wat, r.publiek, r.vorm) for r in logboek.van_gezin(path, gezin_id)]
    assert logged[:2] == [
        ("casustafel export", "export", "vertrouwelijk", "casustafel dossier versleuteld"),
        ("casustafel export", "export", "vertrouwelijk", "casustafel dossier"),
    ]
    code, _, err = _cli(monkeypatch, capsys, "--db", path, "export", "--gezin", 999, "-o", plain)
    assert code == 1 and "Er is geen gezin met nummer 999" in err

    code, out, err = _cli(monkeypatch, capsys, "--db", store, "import", plain)
    assert (code, err) == (0, "")
    first = int(out.splitlines()[-1])
    code, out, err = _cli(monkeypatch, capsys, "--db", store, "import", sealed, stdin=twice[:-1])
    assert (code, err) == (0, "")
    second = int(out.splitlines()[-1])
    ws = Workspace.open(store, alleen_lezen=True)
    try:
        assert canoniek(ws.read(exporteer, first)) == canoniek(data)
        assert canoniek(ws.read(exporteer, second)) == canoniek(data)
    finally:
        ws.close()


def test_a_sealed_dossier_into_an_encrypted_store_asks_both_passwords_in_turn(
    bron, tmp_path, monkeypatch, capsys
):
    _, _, data = bron
    store, bestand = tmp_path / "versleuteld.db", tmp_path / "in.casustafel"
    ws = Workspace.open(store, "Het wachtwoord van de database zelf")
    ws.close()
    bestand.write_bytes(zegel.verzegel(data, WACHTWOORD))
    stdin = f"{WACHTWOORD}\nHet wachtwoord van de database zelf\n"
    code, out, err = _cli(monkeypatch, capsys, "--db", store, "import", bestand, stdin=stdin)
    assert (code, err) == (0, "")
    ws = Workspace.open(store, "Het wachtwoord van de database zelf", alleen_lezen=True)
    assert ws.versleuteld
    assert canoniek(ws.read(exporteer, int(out.splitlines()[-1]))) == canoniek(data)
    ws.close()


def test_the_command_line_refuses_a_weak_password_or_two_different_ones(
    bron, tmp_path, monkeypatch, capsys
):
    path, gezin_id, _ = bron
    out_file = tmp_path / "x.casustafel"
    args = ("--db", path, "export", "--gezin", gezin_id, "-o", out_file, "--wachtwoord")
    code, _, err = _cli(monkeypatch, capsys, *args, stdin="kort\nkort\n")
    assert code == 1 and "niet sterk genoeg" in err
    code, _, err = _cli(monkeypatch, capsys, *args, stdin=f"{WACHTWOORD}\n{WACHTWOORD}!\n")
    assert code == 1 and "niet gelijk" in err
    assert not out_file.exists()


@pytest.mark.parametrize("soort", ["wachtwoord", "afgebroken", "nieuwer formaat"])
def test_the_command_line_says_one_dutch_line_and_leaves_the_store(
    bron, tmp_path, monkeypatch, capsys, soort
):
    _, _, data = bron
    store = tmp_path / "doel.db"
    ws = Workspace.open(store)
    ws.edit("Ander gezin", gezinnen.maak, "Gezin Anders")
    voor = tellingen(ws)
    ws.close()
    bestand = tmp_path / "in.casustafel"
    stdin = ""
    if soort == "wachtwoord":
        bestand.write_bytes(zegel.verzegel(data, WACHTWOORD))
        stdin = "Niet het goede wachtwoord\n"
    else:
        bestand.write_bytes(BEDORVEN[soort][0](delen_van(data), data))
    code, out, err = _cli(monkeypatch, capsys, "--db", store, "import", bestand, stdin=stdin)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("casustafel: ")
    if soort == "wachtwoord":
        assert "Het wachtwoord klopt niet, of het bestand is beschadigd." in err
    ws = Workspace.open(store, alleen_lezen=True)
    assert tellingen(ws) == voor
    ws.close()


# -- fuzzing the importer

GEPROBEERD = {"bytes": 0, "velden": 0, "verzegeld": 0}
INGELEZEN = {"bytes": 0, "velden": 0, "verzegeld": 0}  # harmless mutations, read all the same


def _mutaties(data: bytes):
    size = len(data)
    truncated = st.integers(0, size - 1).map(lambda n: data[:n])
    flips = st.lists(
        st.tuples(st.integers(0, size - 1), st.integers(1, 255)), min_size=1, max_size=8
    )
    flipped = flips.map(lambda fs: _flip(data, fs))
    return st.one_of(truncated, flipped, st.binary(max_size=2048))


def _flip(data: bytes, flips) -> bytes:
    raw = bytearray(data)
    for position, mask in flips:
        raw[position] ^= mask
    return bytes(raw)


def _importeer_of_invoerfout(ws: Workspace, data: bytes, voor: dict) -> bool:
    """Import; any failure must be an InvoerFout and leave the store as it was."""
    try:
        ws.edit("Inlezen", importeer, data)
    except InvoerFout as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert tellingen(ws) == voor
        return False
    return True


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_mutated_files_never_crash_and_never_write(bron, tmp_path):
    _, _, data = bron
    ws = Workspace.open(tmp_path / "fuzz.sqlite")
    voor = tellingen(ws)

    @settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_mutaties(data))
    def run(mutated):
        GEPROBEERD["bytes"] += 1
        if _importeer_of_invoerfout(ws, mutated, voor):  # a flip in zip metadata may be harmless
            INGELEZEN["bytes"] += 1
            voor.update(tellingen(ws))
            nieuw = max(g.id for g in ws.read(gezinnen.alle))
            assert canoniek(ws.read(exporteer, nieuw)) == canoniek(data)  # and it was harmless

    try:
        run()
    finally:
        ws.close()
    print(f"\ngeprobeerd (bytes): {GEPROBEERD['bytes']}, ingelezen: {INGELEZEN['bytes']}")
    assert GEPROBEERD["bytes"] >= 400


_WAARDEN = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(), st.text(max_size=30),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, -1, 0]),
    st.sampled_from(["2020-02-30", "2021-03-04T05:06:07", "2021-03-04T05:06:07+00:00", "~2019"]),
    st.lists(st.integers(), max_size=2),
)  # fmt: skip


def test_fuzz_fields_and_references_with_valid_checksums(bron, tmp_path):
    """A file rebuilt with honest checksums but a field set to anything: imported, or refused
    with an InvoerFout and nothing written."""
    _, _, data = bron
    parts = delen_van(data)
    tables = [name for name in parts if name != formaat.MANIFEST and json.loads(parts[name])]
    ws = Workspace.open(tmp_path / "fuzz.sqlite")
    voor = tellingen(ws)

    @settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(tables), st.data(), _WAARDEN)
    def run(name, draw, value):
        GEPROBEERD["velden"] += 1
        rows = json.loads(parts[name])
        row = draw.draw(st.sampled_from(rows))
        column = draw.draw(st.sampled_from(sorted(row)))
        row[column] = value
        if _importeer_of_invoerfout(ws, herpak({**parts, name: json.dumps(rows).encode()}), voor):
            INGELEZEN["velden"] += 1
            voor.update(tellingen(ws))

    try:
        run()
    finally:
        ws.close()
    print(f"\ngeprobeerd (velden): {GEPROBEERD['velden']}, ingelezen: {INGELEZEN['velden']}")


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_sealed_files(bron):
    _, _, data = bron
    sealed = zegel.verzegel(data, WACHTWOORD)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_mutaties(sealed))
    def run(mutated):
        GEPROBEERD["verzegeld"] += 1
        try:
            assert zegel.ontzegel(mutated, WACHTWOORD) == data  # a harmless flip, if any
            INGELEZEN["verzegeld"] += 1
        except InvoerFout:
            pass

    run()
    print(
        f"\ngeprobeerd (verzegeld): {GEPROBEERD['verzegeld']}, ingelezen: {INGELEZEN['verzegeld']}"
    )


# -- older and newer files

V1 = Path(__file__).parent / "data" / "dossier_v1.casustafel"


def test_a_file_of_format_1_and_schema_0007_imports_with_the_new_columns_defaults(doel):
    data = V1.read_bytes()
    manifest = json.loads(delen_van(data)[formaat.MANIFEST])
    assert (manifest["formaatversie"], manifest["schemarevisie"]) == (1, "0007")
    assert "geanonimiseerd" not in json.loads(delen_van(data)["gezin.json"])[0]
    nieuw = doel.edit("Inlezen", importeer, data)
    gezin = doel.read(gezinnen.haal, nieuw)
    assert gezin.naam == "Gezin Vermeulen" and gezin.geanonimiseerd is False
    terug = delen_van(doel.read(exporteer, nieuw))
    assert json.loads(terug[formaat.MANIFEST])["formaatversie"] == formaat.FORMAATVERSIE
    for name, raw in delen_van(data).items():
        if name != formaat.MANIFEST:
            assert len(json.loads(terug[name])) == len(json.loads(raw)), name


def test_a_file_of_schema_0007_gives_each_parent_the_parents_one_position(doel):
    """Before 0011 a decision had one position and words for "the parents": on import each
    parent and gezagdrager gets them, as the migration does in a store."""
    oud = delen_van(V1.read_bytes())
    besluiten = json.loads(oud["besluit.json"])
    ouders = [
        lid for lid in json.loads(oud["gezinslid.json"])
        if lid["gezag"] or lid["relatie"].strip().lower() in ("moeder", "vader")
    ]  # fmt: skip
    gevraagd = [
        b
        for b in besluiten
        if b["ouders_positie"] != "niet_gevraagd" or b["ouders_woorden"].strip()
    ]
    assert gevraagd and len(ouders) == 2, "the fixture holds what this test is about"
    nieuw = doel.edit("Inlezen", importeer, V1.read_bytes())
    terug = delen_van(doel.read(exporteer, nieuw))
    standpunten = json.loads(terug["standpunt.json"])
    namen = {lid["id"]: lid["naam"] for lid in json.loads(terug["gezinslid.json"])}
    teksten = {b["id"]: b["tekst"] for b in json.loads(terug["besluit.json"])}
    assert sorted(
        (teksten[s["besluit_id"]], namen[s["gezinslid_id"]], s["positie"], s["woorden"])
        for s in standpunten
    ) == sorted(
        (b["tekst"], lid["naam"], b["ouders_positie"], b["ouders_woorden"])
        for b in gevraagd
        for lid in ouders
    )
    assert "ouders_positie" not in json.loads(terug["besluit.json"])[0]


def test_every_older_format_has_an_upgrade_step():
    assert set(versies.STAPPEN) == set(range(1, formaat.FORMAATVERSIE))


def _manifest_met(parts, **changes):
    manifest = json.loads(parts[formaat.MANIFEST]) | changes
    return {**parts, formaat.MANIFEST: json.dumps(manifest).encode()}


@pytest.mark.parametrize(
    "changes", [{"schemarevisie": "9999"}, {"formaatversie": formaat.FORMAATVERSIE + 1}]
)
def test_a_newer_file_is_refused_and_the_store_stays(bron, doel, changes):
    _, _, data = bron
    voor = tellingen(doel)
    with pytest.raises(InvoerFout, match="nieuwere versie van Casustafel.*werk Casustafel bij"):
        doel.edit("Inlezen", importeer, herpak(_manifest_met(delen_van(data), **changes)))
    assert tellingen(doel) == voor


def test_a_file_of_the_current_schema_must_have_every_column(bron, doel):
    _, _, data = bron
    parts = delen_van(data)
    rows = json.loads(parts["gezin.json"])
    del rows[0]["geanonimiseerd"]
    with pytest.raises(InvoerFout, match="de velden kloppen niet"):
        doel.edit("Inlezen", importeer, herpak({**parts, "gezin.json": json.dumps(rows).encode()}))


def test_control_and_half_characters_in_a_file_are_dropped_and_nothing_after_them_lost(bron, doel):
    """A NUL cut typed text short on the next edit: a dossier's text is kept as typed text."""
    _, _, data = bron
    parts = delen_van(data)
    items = json.loads(parts["gebeurtenis.json"])
    items[0]["titel"] = "voor\x00na\ud800 einde"
    items[0]["omschrijving"] = "regel een\r\nregel twee\x1b"
    nieuw = doel.edit(
        "Inlezen", importeer, herpak({**parts, "gebeurtenis.json": json.dumps(items).encode()})
    )
    terug = json.loads(delen_van(doel.read(exporteer, nieuw))["gebeurtenis.json"])
    gelezen = next(i for i in terug if i["titel"].startswith("voor"))
    assert (gelezen["titel"], gelezen["omschrijving"]) == (
        "voorna einde",
        "regel een\nregel twee",
    )
