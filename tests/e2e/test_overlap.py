"""partnermap overlap: the sample's overlapping teams, every format, the diagram."""
import csv
import io
import json
import os
import xml.etree.ElementTree as ET

from e2e import SAMPLE, data, expect, run, prose

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
    assert "Breed Sociaal Loket Lopik and Jeugd- en Gezinsteam Lopik both serve jeugd in benschop, lopik-dorp, lopikerkapel and polsbroek and have no tie" in prose(r.out)
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


SPELLINGS = data("spellings.json")


def test_spellings_are_one_area_and_gaps(tmp):
    """tests/data/spellings.json by hand: "Centrum", "centrum " and "CENTRUM"
    are one area and "jeugd" and "Jeugd" one group, so the youth team and
    the neighbourhood team share (Centrum, jeugd): 1 of 4 + 2 - 1 cells.
    "oudere" is not "ouderen" (a warning of check, not a merge). Gemeente
    Stad's areas are Centrum, Zuid-Oost, Zuidoost and its own Haven; target
    groups jeugd, oudere, ouderen; Haven is served for none, Zuid-Oost
    lacks oudere, Zuidoost oudere and ouderen. Dorp's one area is served
    for every group by a team that names none."""
    doc = json.loads(expect(run("overlap", SPELLINGS, "-f", "json"), 0).out)
    assert list(doc) == ["wave", "pairs", "gaps"]
    assert [(p["a"], p["b"], p["shared_cells"]) for p in doc["pairs"]] == [
        ("jeugdteam", "wt-centrum", 1)]
    assert doc["pairs"][0]["coverage_overlap"] == 0.2
    want = [("stad", "Haven", "jeugd"), ("stad", "Haven", "oudere"), ("stad", "Haven", "ouderen"),
            ("stad", "Zuid-Oost", "oudere"), ("stad", "Zuidoost", "oudere"),
            ("stad", "Zuidoost", "ouderen")]
    assert [(g["municipality"], g["area"], g["target_group"]) for g in doc["gaps"]] == want
    assert [list(g) for g in doc["gaps"]] == [["municipality", "area", "target_group"]] * 6
    rows = list(csv.reader(io.StringIO(expect(run("overlap", SPELLINGS, "--gaps", "-f", "csv"),
                                              0).out)))
    assert rows[0] == ["municipality", "area", "target_group"]
    assert [tuple(r) for r in rows[1:]] == want
    text = expect(run("overlap", SPELLINGS), 0).out
    assert "Gemeente Stad\n    Haven: jeugd, oudere, ouderen\n    Zuid-Oost: oudere\n" in text
    assert "Gemeente Dorp" not in text
    only = expect(run("overlap", SPELLINGS, "--gaps"), 0).out
    assert "Overlapping" not in only and "Haven" in only


def test_sample_gaps(tmp):
    # IJsselstein's teams: the youth and social team (west, oost, centrum,
    # zenderpark; jeugd, volwassenen) and the elderly team (west, centrum;
    # ouderen, volwassenen): nobody serves ouderen in oost and zenderpark.
    # Lopik's front desk names no target group, so serves them all.
    doc = json.loads(expect(run("overlap", SAMPLE, "-f", "json"), 0).out)
    assert doc["gaps"] == [
        {"municipality": "ijsselstein", "area": "oost", "target_group": "ouderen"},
        {"municipality": "ijsselstein", "area": "zenderpark", "target_group": "ouderen"}]


def test_coverage_matrix(tmp):
    """draw --view coverage on tests/data/spellings.json: 5 rows (Dorp: Kern;
    Stad: Centrum, Haven, Zuid-Oost, Zuidoost) x 3 target groups; the 6 gaps
    dashed and labelled, the one overlap cell (Centrum, jeugd: the
    neighbourhood team and the youth team) bold and hatched, with its count."""
    import re
    dot = os.path.join(tmp, "c.dot")
    expect(run("draw", SPELLINGS, "--view", "coverage", "-o", dot), 0)
    text = open(dot).read()
    cells = {}
    for m in re.finditer(r'^\t(c\d+_\d+)\t\[(.*?)\];', text, re.S | re.M):
        attrs = {k: (q or b) for k, q, b in
                 re.findall(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s\]]+))', m.group(2))}
        cells[m.group(1)] = (attrs.get("label", ""), attrs.get("style", ""))
    assert len(cells) == 15
    gaps = [c for c in cells.values() if "dashed" in c[1]]
    many = [c for c in cells.values() if "diagonals" in c[1]]
    assert len(gaps) == 6 and all(label == "gap" for label, _ in gaps)
    assert len(many) == 1 and many[0][0].startswith("2: T")
    assert "bold" in many[0][1]
    svg = os.path.join(tmp, "c.svg")
    expect(run("draw", SPELLINGS, "--view", "coverage", "-o", svg, "--lang", "nl"), 0)
    texts = " ".join(t.text or "" for t in ET.parse(svg).getroot().iter(
        "{http://www.w3.org/2000/svg}text"))
    assert "gat" in texts and "Gemeente Stad" in texts and "6 gaten" in texts
    expect(run("draw", SPELLINGS, "--view", "coverage", "-o", os.path.join(tmp, "c.png")), 0)
    r = expect(run("draw", SPELLINGS, "--view", "nonsense", "-o", svg), 2)
    assert "coverage" in r.err


def test_gaps_alone_in_json_leave_the_pairs_out(tmp):
    """--gaps -f json has no "pairs" at all: an empty list would tell a
    program that no teams overlap, and the sample has overlapping pairs."""
    whole = json.loads(expect(run("overlap", SAMPLE, "-f", "json"), 0).out)
    assert whole["pairs"]
    only = json.loads(expect(run("overlap", SAMPLE, "--gaps", "-f", "json"), 0).out)
    assert "pairs" not in only and only["gaps"] == whole["gaps"]
