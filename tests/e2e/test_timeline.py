"""partnermap timeline: the JSON of cli.md, the account for people, the chart."""
import csv
import io
import json
import os
import xml.etree.ElementTree as ET

from e2e import SAMPLE, expect, run, write

NETWORK_KEYS = ["entities", "ties", "density", "components", "largest_component", "isolates",
                "fragmentation", "distance_fragmentation", "degree_centralization",
                "transitivity", "communities", "modularity", "cutpoints", "bridges", "trust",
                "confirmed_share", "ei_index"]


def test_json_shape(tmp):
    doc = json.loads(expect(run("timeline", SAMPLE, "-f", "json"), 0).out)
    assert list(doc) == ["waves", "changes", "started"]
    assert [w["id"] for w in doc["waves"]] == ["2015", "2017", "2019"]
    for w in doc["waves"]:
        assert list(w) == ["id", "date"] + NETWORK_KEYS
    assert doc["waves"][0]["date"] == "2015-05-01"
    c = doc["changes"][1]
    assert list(c) == ["from", "to", "gained", "lost", "kept", "joined", "left"]
    assert (c["from"], c["to"]) == ("2017", "2019")
    for pair in c["gained"] + c["lost"]:
        assert pair == sorted(pair)
    assert c["gained"] == sorted(c["gained"]) and c["lost"] == sorted(c["lost"])
    assert c["joined"] == ["mantelzorg"] and c["left"] == ["zorg-d"]
    assert ["zorg-a", "zorg-d"] in c["lost"]
    assert c["kept"] + len(c["gained"]) == doc["waves"][2]["ties"]
    # Every wave's numbers are those of measure on that wave.
    m = json.loads(run("measure", SAMPLE, "--wave", "2017", "-f", "json").out)["network"]
    assert {k: doc["waves"][1][k] for k in NETWORK_KEYS} == m
    assert doc["started"]["2016"] >= 1
    assert list(doc["started"]) == sorted(doc["started"])


def test_account_for_people(tmp):
    r = expect(run("timeline", SAMPLE), 0)
    assert "Between 2015 and 2017: 20 partnerships started, 1 ended" in r.out
    assert "fragmentation fell from 0.10 to 0.00" in r.out
    assert "left: Zorgaanbieder D (verslavingszorg)" in r.out


def test_csv_one_row_per_wave(tmp):
    rows = list(csv.reader(io.StringIO(expect(run("timeline", SAMPLE, "-f", "csv"), 0).out)))
    assert rows[0][:4] == ["id", "date", "entities", "ties"]
    assert [r[0] for r in rows[1:]] == ["2015", "2017", "2019"]


def test_chart_in_every_format(tmp):
    for ext, magic in (("svg", b"<?xml"), ("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
        out = os.path.join(tmp, "chart." + ext)
        expect(run("timeline", SAMPLE, "--chart", out), 0)
        assert open(out, "rb").read(len(magic)) == magic
    ET.parse(os.path.join(tmp, "chart.svg"))
    expect(run("timeline", SAMPLE, "--chart", os.path.join(tmp, "chart.gif")), 2)


def test_one_wave_study(tmp):
    path = write(tmp, "one.json", json.dumps({
        "partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "team"},
                                      {"id": "b", "name": "B", "kind": "team"}],
        "interviews": [{"respondent": "a", "ties": [{"with": "b", "since": "2011"}]}]}))
    doc = json.loads(expect(run("timeline", path, "-f", "json"), 0).out)
    assert len(doc["waves"]) == 1 and doc["waves"][0]["date"] is None
    assert doc["changes"] == [] and doc["started"] == {"2011": 1}
    expect(run("timeline", path, "--chart", os.path.join(tmp, "c.png")), 0)
