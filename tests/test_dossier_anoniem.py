"""An anonymised dossier: no name, place, organisation or contact detail leaves, the dates
move together, and the file imports like any other, marked geanonimiseerd."""

import json
import random
import re
from datetime import date, datetime

import pytest
from sqlalchemy import select, update
from sqlmodel import AutoString, SQLModel

from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.model.weging import WegingWijziging
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.dossier import anoniem, formaat
from desktop_app.services.dossier.anoniem import KOLOMMEN, Behandeling, te_classificeren
from desktop_app.services.dossier.export import exporteer
from desktop_app.services.dossier.invoer import importeer
from desktop_app.services.dossier.roepnamen import vormen
from desktop_app.services.dossier.tabellen import GEDEELD, SPANNEN, VAGE_DATUMS, delen
from desktop_app.services.gezin import gezinnen
from desktop_app.services.weging import wegingen
from tests.test_dossier import delen_van

ORGANISATIES = ("Jeugdhulp Het Kompas", "Stichting Zonnebloemhuis", "GGZ Duinstreek")
PLAATS = "Rijswijk"
GEHEIMEN = (
    "06-18273645", "070 555 0142", "+31 6 2345 6789", "sanne.degraaf@example.nl",
    "Herenstraat 12b", "Laan van Meerdervoort 140", "2281 AB", "Delft", "Den Haag",
)  # fmt: skip

# The columns a place or organisation is known from, dropped from the file and scrubbed
# from every text.
BRONNEN = {
    ("betrokkene", "organisatie"): ORGANISATIES,
    ("gezin", "gemeente"): (PLAATS,) * 3,
    ("bijeenkomst", "locatie"): ("Zalencentrum De Burcht",) * 3,
}

# Text columns kept as they are because they hold no case text: colours, history keys, and
# the shared template and categories. Anything else of text must be changed.
GEEN_VRIJE_TEKST = {"kleur", "symbool", "veld", "actie", "bouwsteen"}


def _vrije_tekst(deel) -> list[str]:
    """The text columns of a table that a user writes (no vocabulary, colour or vague date)."""
    return sorted(
        name
        for name in te_classificeren(deel)
        if isinstance(deel.tabel.c[name].type, AutoString)
        and name not in GEEN_VRIJE_TEKST
        and (deel.naam, name) not in VAGE_DATUMS
    )


def test_every_text_and_date_column_is_classified_and_nothing_else():
    """Fails for a column added to the data model until it is classified in anoniem.KOLOMMEN."""
    structure = delen()
    assert anoniem.ontbrekend(structure) == []
    for deel in structure:
        assert set(KOLOMMEN.get(deel.naam, {})) == te_classificeren(deel), deel.naam
    kept = {
        (deel.naam, name)
        for deel in structure
        if deel.naam not in GEDEELD
        for name in _vrije_tekst(deel)
        if KOLOMMEN[deel.naam][name] is Behandeling.HOUDEN
    }
    assert kept == set(), "free text classified as kept"


def test_an_unclassified_column_stops_an_anonymised_export(monkeypatch, tmp_path):
    ws = Workspace.open(tmp_path / "s.sqlite")
    gezin_id = ws.edit("Demo", maak_demo)
    monkeypatch.setitem(KOLOMMEN, "gezinslid", dict(KOLOMMEN["gezinslid"]))
    del KOLOMMEN["gezinslid"]["notities"]
    with pytest.raises(RuntimeError, match="gezinslid.notities"):
        ws.read(exporteer, gezin_id, True)
    ws.close()


def _mensen(session, gezin_id):
    tables = SQLModel.metadata.tables
    leden = tables["gezinslid"]
    betrokkenen = tables["betrokkene"]
    return [
        *session.execute(select(leden.c.id, leden.c.naam).where(leden.c.gezin_id == gezin_id)),
        *session.execute(
            select(betrokkenen.c.id, betrokkenen.c.naam).where(betrokkenen.c.gezin_id == gezin_id)
        ),
    ]


def _plant(session, gezin_id):
    """Every free-text field of every row of the gezin gets names (full, first, surname,
    diminutives), contact details, places and organisations; returns {(table, id, column):
    the person planted there}."""
    mensen = _mensen(session, gezin_id)
    rows = exporteer_rijen(session, gezin_id)
    planted = {}
    n = 0
    for deel in delen():
        if deel.naam in GEDEELD:
            continue
        columns = [
            c for c in _vrije_tekst(deel) if KOLOMMEN[deel.naam][c] is not Behandeling.PSEUDONIEM
        ]
        for row in rows[deel.naam]:
            for column in columns:
                _, naam = mensen[n % len(mensen)]
                voornaam, achternaam = naam.split()[0], naam.split()[-1]
                verklein = sorted(vormen(voornaam))[n % 5]
                text = (
                    f"{naam} en {voornaam.upper()} ({verklein}) van {achternaam}; "
                    f"{GEHEIMEN[n % len(GEHEIMEN)]} {GEHEIMEN[(n + 3) % len(GEHEIMEN)]}, "
                    f"{ORGANISATIES[n % 3]} in {PLAATS} op 12-03-2019"
                )
                if (deel.naam, column) in BRONNEN:  # where the app learns what to scrub
                    text = BRONNEN[(deel.naam, column)][n % 3]
                session.execute(
                    update(deel.tabel).where(deel.tabel.c.id == row["id"]).values({column: text})
                )
                planted[(deel.naam, row["id"], column)] = naam
                n += 1
    return planted


def exporteer_rijen(session, gezin_id):
    from desktop_app.services.dossier.export import _rijen

    return _rijen(session, gezin_id)


@pytest.fixture(scope="module")
def geplant(tmp_path_factory):
    """(workspace path, gezin id, planted, plain dossier, anonymised dossier)."""
    path = tmp_path_factory.mktemp("anoniem") / "bron.sqlite"
    ws = Workspace.open(path)
    gezin_id = ws.edit("Demo", maak_demo)
    weging = ws.read(wegingen.van_gezin, gezin_id)[0]
    wijziging = WegingWijziging(weging_id=weging.id, veld="bodemeisen", nieuw="x", door="root")
    ws.edit("Weging", lambda session: session.add(wijziging))  # the demo has none
    planted = ws.edit("Planten", _plant, gezin_id)
    gewoon = ws.read(exporteer, gezin_id)
    anoniem_ = ws.read(exporteer, gezin_id, True, random.Random(7))
    ws.close()
    return path, gezin_id, planted, gewoon, anoniem_


def _parts(data):
    return {
        name[:-5]: json.loads(raw)
        for name, raw in delen_van(data).items()
        if name != "manifest.json"
    }


def _geheime_woorden(gewoon):
    """Every word that names someone or something in the plain file."""
    parts = _parts(gewoon)
    words = set()
    for row in parts["gezinslid"] + parts["betrokkene"]:
        for word in row["naam"].split():
            if word.lower() not in {"de", "el", "van", "der"}:
                words.add(word)
        words |= {v for v in vormen(row["naam"].split()[0]) if len(v) > 3 and v.isalpha()}
    for organisatie in ORGANISATIES:
        words |= {
            w for w in organisatie.split() if w not in {"Jeugdhulp", "Het", "Stichting", "GGZ"}
        }
    words |= {PLAATS, "Vermeulen", *GEHEIMEN, "root"}
    return words


def _overal(text: str, words) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)]


def test_no_planted_name_place_or_contact_detail_is_in_the_anonymised_file(geplant):
    _, _, planted, gewoon, anoniem_ = geplant
    words = _geheime_woorden(gewoon)
    plain_text = "\n".join(raw.decode() for raw in delen_van(gewoon).values())
    named = {w for w in words if not w.islower()}  # every form written is lower case
    assert len(planted) > 400 and set(_overal(plain_text, named)) == named  # they were there
    raw = "\n".join(raw.decode() for raw in delen_van(anoniem_).values())
    assert _overal(raw, words) == []
    manifest = json.loads(delen_van(anoniem_)[formaat.MANIFEST])
    assert manifest["geanonimiseerd"] is True and manifest["formaatversie"] == 2


def test_the_anonymised_file_imports_marked_and_nothing_comes_back(geplant, tmp_path):
    _, _, _, gewoon, anoniem_ = geplant
    ws = Workspace.open(tmp_path / "doel.sqlite")
    nieuw = ws.edit("Inlezen", importeer, anoniem_)
    gezin = ws.read(gezinnen.haal, nieuw)
    assert gezin.geanonimiseerd and re.fullmatch(r"Gezin [A-Z]", gezin.naam)
    terug = ws.read(exporteer, nieuw)  # a plain export of what arrived: every field
    ws.close()
    raw = "\n".join(raw.decode() for raw in delen_van(terug).values())
    assert _overal(raw, _geheime_woorden(gewoon)) == []
    assert json.loads(delen_van(terug)[formaat.MANIFEST])["geanonimiseerd"] is True


def _pseudoniemen(gewoon, anoniem_) -> dict[str, str]:
    plain, anon = _parts(gewoon), _parts(anoniem_)
    return {
        row["naam"]: new["naam"]
        for table in ("gezinslid", "betrokkene")
        for row, new in zip(plain[table], anon[table], strict=True)
    }


def test_pseudonyms_follow_the_role(tmp_path):
    ws = Workspace.open(tmp_path / "s.sqlite")
    gezin_id = ws.edit("Demo", maak_demo)
    gewoon, anoniem_ = ws.read(exporteer, gezin_id), ws.read(exporteer, gezin_id, True)
    ws.close()
    pseudoniem, plain = _pseudoniemen(gewoon, anoniem_), _parts(gewoon)
    leden = {row["relatie"]: pseudoniem[row["naam"]] for row in plain["gezinslid"]}
    assert leden["moeder"] == "Moeder" and leden["grootouder"] == "Grootouder"
    kinderen = [pseudoniem[r["naam"]] for r in plain["gezinslid"] if r["relatie"] == "kind"]
    assert kinderen == [f"Kind {n}" for n in range(1, len(kinderen) + 1)] and len(kinderen) > 1
    rollen = [(row["rol"], pseudoniem[row["naam"]]) for row in plain["betrokkene"]]
    assert ("gezinscoach", "Gezinscoach") in rollen and (
        "casusregisseur",
        "Casusregisseur",
    ) in rollen
    twice = [rol for rol, _ in rollen if [r for r, _ in rollen].count(rol) > 1]
    for rol in set(twice):  # a second of one role is numbered
        assert [p for r, p in rollen if r == rol][1] == f"{rol[:1].upper()}{rol[1:]} 2"
    assert _parts(anoniem_)["gezin"][0]["naam"].startswith("Gezin ")


def test_a_person_has_one_pseudonym_in_every_field(geplant):
    _, _, planted, gewoon, anoniem_ = geplant
    pseudoniem, anon = _pseudoniemen(gewoon, anoniem_), _parts(anoniem_)
    rows = {(t, r["id"]): r for t, found in anon.items() for r in found if "id" in r}
    checked = 0
    for (table, row_id, column), naam in planted.items():
        if KOLOMMEN[table][column] is not Behandeling.SCHRAPPEN:
            continue
        text = rows[(table, row_id)][column]
        p = re.escape(pseudoniem[naam])
        # the full name is the person's; a short form two people share is "[naam]"
        either = rf"(?:{p}|\[naam\])"
        assert re.match(rf"{p} en {either} \({either}\) van \[naam\];", text), (table, column, text)
        checked += 1
    assert checked > 300


def _datums(parts):
    for deel in delen():
        for row in parts.get(deel.naam, []):
            for column in te_classificeren(deel):
                if KOLOMMEN[deel.naam][column] is Behandeling.VERSCHUIVEN and row[column]:
                    yield (deel.naam, row.get("id"), column), row[column]


def _als_datum(table, column, value) -> date:
    if (table, column) in VAGE_DATUMS:
        return FuzzyDate.from_storage(value).midpoint()
    if "T" in value:
        return datetime.fromisoformat(value).date()
    return date.fromisoformat(value)


def test_every_date_moves_by_the_same_whole_weeks_and_keeps_its_precision(geplant):
    _, _, _, gewoon, anoniem_ = geplant
    before = dict(_datums(_parts(gewoon)))
    after = dict(_datums(_parts(anoniem_)))
    assert before.keys() == after.keys() and len(before) > 300
    shifts = {}
    for key, old in before.items():
        table, _, column = key
        shifts[key] = (_als_datum(table, column, after[key]) - _als_datum(table, column, old)).days
        if (table, column) in VAGE_DATUMS:
            assert (
                FuzzyDate.from_storage(after[key]).precisie == FuzzyDate.from_storage(old).precisie
            )
    vague = VAGE_DATUMS | {(t, c) for (t, _), span in SPANNEN.items() for c in span}
    exact = {s for (t, _, c), s in shifts.items() if (t, c) not in vague}
    assert len(exact) == 1
    (dagen,) = exact
    assert dagen < 0 and dagen % 7 == 0
    for (table, _, column), shift in shifts.items():  # a vague date: within its precision
        assert abs(shift - dagen) <= 366, (table, column)
    for row in _parts(anoniem_)["gebeurtenis"]:  # the spans follow their vague date
        assert row["start_van"] == FuzzyDate.from_storage(row["start"]).earliest().isoformat()
    born = {r["naam"]: r["geboorte"] for r in _parts(gewoon)["gezinslid"]}
    exact_birth = [n for n, g in born.items() if g and len(g) == 10]
    assert exact_birth  # a birth date of a day moves exactly: the age on a moved day is right
    moment = datetime.fromisoformat(_parts(gewoon)["bijeenkomst"][0]["moment"])
    moved = datetime.fromisoformat(_parts(anoniem_)["bijeenkomst"][0]["moment"])
    assert moved.weekday() == moment.weekday() and moved.time() == moment.time()
    # dates written in the text moved the same days: 12-03-2019 planted everywhere
    expected = date.fromordinal(date(2019, 3, 12).toordinal() + dagen).strftime("%d-%m-%Y")
    assert expected in _parts(anoniem_)["punt"][0]["tekst"]


def test_two_exports_shift_differently(geplant):
    path, gezin_id, *_ = geplant
    ws = Workspace.open(path, alleen_lezen=True)
    a = _parts(ws.read(exporteer, gezin_id, True, random.Random(1)))["bijeenkomst"][0]["moment"]
    b = _parts(ws.read(exporteer, gezin_id, True, random.Random(2)))["bijeenkomst"][0]["moment"]
    ws.close()
    assert a != b


def test_export_anoniem_on_the_command_line(geplant, tmp_path, monkeypatch, capsys):
    import io
    import sys

    from desktop_app.cli import main

    path, gezin_id, *_ = geplant
    out = tmp_path / "anoniem.casustafel"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert (
        main(["--db", str(path), "export", "--gezin", str(gezin_id), "-o", str(out), "--anoniem"])
        == 0
    )
    assert json.loads(delen_van(out.read_bytes())[formaat.MANIFEST])["geanonimiseerd"] is True
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "doel.sqlite"), "import", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "(geanonimiseerd) ingelezen als een nieuw gezin" in lines[0]
