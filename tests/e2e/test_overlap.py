"""partnermap overlap: the sample's overlapping teams, every format, the diagram."""
import csv
import io
import json
import os
import xml.etree.ElementTree as ET

from e2e import SAMPLE, data, expect, run

KEYS = ["a", "b", "coverage_overlap", "shared_cells", "member_overlap", "shared_members", "aware"]


def test_json_shape_and_order(tmp):
    doc = json.loads(expect(run("overlap", SAMPLE, "--wave", "2017", "-f", "json"), 0).out)
    assert doc["wave"] == "2017"
    assert [list(p) for p in doc["pairs"]] == [KEYS] * len(doc["pairs"])
    first = doc["pairs"][0]
    # Breed Sociaal Loket (4 areas x 3 groups) and the youth team (youth in
    # the same 4 areas): 4 of 12 cells.
    assert (first["a"], first["b"]) == ("bsl", "jgt-lopik")
    assert abs(first["coverage_overlap"] - 1 / 3) < 1e-9
    assert first["shared_cells"] == 4
    assert first["aware"] is False
    overlaps = [p["coverage_overlap"] for p in doc["pairs"]]
    assert overlaps == sorted(overlaps, reverse=True)


def test_2019_shared_member_and_awareness(tmp):
    doc = json.loads(expect(run("overlap", SAMPLE, "-f", "json"), 0).out)
    pairs = {(p["a"], p["b"]): p for p in doc["pairs"]}
    assert pairs[("bsl", "jgt-lopik")]["aware"] is True
    jst = pairs[("jst", "ouderenteam")]
    assert jst["aware"] is False and jst["shared_members"] == ["zorg-a"]


def test_table_puts_unaware_first(tmp):
    r = expect(run("overlap", SAMPLE, "--wave", "2017"), 0)
    unaware = r.out.index("no tie: they may not know")
    aware = r.out.index("are tied (aware")
    assert unaware < aware
    assert "Breed Sociaal Loket Lopik and Jeugd- en Gezinsteam Lopik both serve jeugd in benschop, lopik-dorp, lopikerkapel and polsbroek, and have no tie" in r.out
    r = expect(run("overlap", SAMPLE, "--wave", "2017", "--min", "0.3"), 0)
    assert "Ouderenteam" not in r.out


def test_csv(tmp):
    rows = list(csv.reader(io.StringIO(expect(run("overlap", SAMPLE, "-f", "csv"), 0).out)))
    assert rows[0] == KEYS
    assert len(rows) == 3


def test_overlap_diagram(tmp):
    out = os.path.join(tmp, "o.svg")
    expect(run("draw", SAMPLE, "--view", "overlap", "--wave", "2017", "-o", out), 0)
    texts = " ".join(t.text or "" for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text"))
    for name in ("Breed Sociaal", "Jeugd- en Sociaal", "Ouderenteam", "Gezinsteam Lopik"):
        assert name in texts
    assert "overlap, no tie: unaware" in texts
    assert "polsbroek" in texts  # the shared areas label the edge
    out = os.path.join(tmp, "h.svg")
    expect(run("draw", data("hostile.json"), "--view", "overlap", "-o", out), 0)
    raw = open(out, encoding="utf-8").read()
    ET.fromstring(raw)
    assert "&lt;i&gt;noord&lt;/i&gt;" in raw
    expect(run("draw", SAMPLE, "--view", "teams", "-o", out), 2)
