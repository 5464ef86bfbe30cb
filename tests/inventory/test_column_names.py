"""Fields keep the names their file gives them, where DuckDB's reading changes them: a header
cell's spaces, two names that differ only in case, a key that is text here and an object there."""
from __future__ import annotations

import json

from inventory.connectors import SampleOptions, connector_for
from inventory.connectors.column_names import csv_header_names


def paths(folder, name: str) -> list[str]:
    connector = connector_for(str(folder))
    ref = next(ref for ref in connector.datasets() if ref.name == name)
    return [field.path for field in connector.sample(ref, SampleOptions(rows=1000, seed=1)).fields]


def test_header_cells_keep_their_spaces_and_their_case(tmp_path):
    # media-player-info's flattened INI keys: one section spelled two ways; an export's trailing space
    (tmp_path / "players.csv").write_text(
        "Vendor,Storage.AudioFolders,storage.AudioFolders,Neighbourhood ,x_1\n"
        "Acer,Music/,MUSIC/,Brooklyn,1\nSony,,Music/,Queens,2\n")
    assert paths(tmp_path, "players.csv") == [
        "Vendor", "Storage.AudioFolders", "storage.AudioFolders", "Neighbourhood ", "x_1"]


def test_two_identical_header_names_stay_numbered(tmp_path):
    (tmp_path / "twice.csv").write_text("id,name,name\n1,a,b\n2,c,d\n")
    assert paths(tmp_path, "twice.csv") == ["id", "name", "name_1"]


def test_a_title_line_or_a_file_without_header_is_no_header_to_restore():
    assert csv_header_names("Users export", ["id", "email"]) is None
    assert csv_header_names("1,bob@example.com", ["column0", "column1"]) is None
    assert csv_header_names("id,email", ["id", "email"]) is None  # nothing differs


def test_json_keys_that_differ_only_in_case_are_two_fields(tmp_path):
    # /proc/cpuinfo on ARM: `processor` numbers the core, `Processor` names the model
    lines = [{"processor": str(n), "Processor": "ARMv7 Processor rev 4 (v7l)", "BogoMIPS": "42.43"}
             for n in range(4)]
    (tmp_path / "cpuinfo.ndjson").write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert sorted(paths(tmp_path, "cpuinfo.ndjson")) == ["BogoMIPS", "Processor", "processor"]


def test_a_key_that_is_text_in_some_records_and_an_object_in_others(tmp_path):
    # Last.fm's scrobbles: `artist` is a name, or an object with the name, its id and page
    records = [{"name": f"Track {n}", "artist": "France Gall"} for n in range(40)]
    records += [{"name": "Zu Asche", "artist": {"name": "Die Ärzte", "mbid": "f2fb0ff0-5679-42ec-a55c-15109ce6e320",
                                                "url": "https://www.last.fm/music/Die+%C3%84rzte"}}]
    (tmp_path / "tracks.ndjson").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    connector = connector_for(str(tmp_path))
    ref = next(iter(connector.datasets()))
    fields = {f.path: f for f in connector.sample(ref, SampleOptions(rows=1000, seed=1)).fields}
    assert set(fields) == {"name", "artist", "artist.name", "artist.mbid", "artist.url"}
    assert set(fields["artist"].values.drop_null().to_pylist()) == {"France Gall"}  # unquoted
    assert fields["artist.name"].values.drop_null().to_pylist() == ["Die Ärzte"]


def test_a_text_column_of_quoted_phrases_is_not_json(tmp_path):
    (tmp_path / "quotes.csv").write_text('id,said\n1,"""hello"" she said"\n2,"{not json"\n')
    assert paths(tmp_path, "quotes.csv") == ["id", "said"]


def test_an_object_with_two_keys_that_differ_only_in_case_is_read_whole(tmp_path):
    # DuckDB cannot make a struct of `{"Model": …, "model": …}`: the file is read, not lost
    records = [{"id": n, "email": f"user{n}@example.org",
                "device": {"Model": "SM-G991B", "model": "galaxy s21", "battery": 80 - n}} for n in range(5)]
    (tmp_path / "devices.ndjson").write_text("".join(json.dumps(r) + "\n" for r in records))
    connector = connector_for(str(tmp_path))
    ref = next(iter(connector.datasets()))
    fields = {f.path: f for f in connector.sample(ref, SampleOptions(rows=1000, seed=1)).fields}
    assert set(fields) == {"id", "email", "device.Model", "device.model", "device.battery"}
    assert sorted(fields["id"].values.to_pylist()) == [0, 1, 2, 3, 4]  # typed as read, not JSON text
    assert set(fields["email"].values.to_pylist()) == {f"user{n}@example.org" for n in range(5)}
    assert set(fields["device.model"].values.to_pylist()) == {"galaxy s21"}


def test_a_csv_whose_text_cells_hold_carriage_returns_is_read(tmp_path):
    # pandas' to_csv: LF line ends, a cell with CRLF quoted, a cell with a lone CR not quoted
    import pandas as pd

    messages = ["Hello u/someone!\r\n\r\nYou have reached the maximum allowable posts.\r\nr/pics Mods",
                "https://www.reddit.com/r/pics/comments/rmvo3d/\r**Body:**", "plain text"] * 10
    frame = pd.DataFrame({"id": [f"1by{n:03d}" for n in range(30)], "body": messages,
                          "author": ["AutoModerator", "iLuvAris", "aconfused_burner"] * 10})
    frame.to_csv(tmp_path / "modmail.csv", index=False)
    connector = connector_for(str(tmp_path))
    ref = next(iter(connector.datasets()))
    sample = connector.sample(ref, SampleOptions(rows=1000, seed=1))
    fields = {f.path: f for f in sample.fields}
    assert set(fields) == {"id", "body", "author"} and sample.row_count == 30
    assert set(fields["author"].values.to_pylist()) == {"AutoModerator", "iLuvAris", "aconfused_burner"}
    assert any("carriage returns" in note for note in sample.notes)
