"""partnermap timeline: the JSON of cli.md, the account for people, the chart."""
import collections
import csv
import io
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET

from e2e import SAMPLE, data, expect, run, write, prose

NETWORK_KEYS = ["entities", "ties", "density", "components", "largest_component", "isolates",
                "fragmentation", "distance_fragmentation", "degree_centralization",
                "transitivity", "communities", "modularity", "cutpoints", "bridges", "trust",
                "confirmed_share", "ei_index", "ei_test"]


def test_json_shape(tmp):
    doc = json.loads(expect(run("timeline", SAMPLE, "-f", "json"), 0).out)
    assert list(doc) == ["waves", "changes", "started"]
    assert [w["id"] for w in doc["waves"]] == ["2015", "2017", "2019"]
    for w in doc["waves"]:
        assert list(w) == ["id", "date", "interviews", "response"] + NETWORK_KEYS
    assert doc["waves"][0]["date"] == "2015-05-01"
    c = doc["changes"][1]
    assert list(c) == ["from", "to", "gained", "lost", "unobserved", "kept", "jaccard",
                       "strengthened", "weakened", "joined", "left", "not_interviewed"]
    assert (c["from"], c["to"]) == ("2017", "2019")
    for pair in c["gained"] + c["lost"]:
        assert pair == sorted(pair)
    assert c["gained"] == sorted(c["gained"]) and c["lost"] == sorted(c["lost"])
    assert c["joined"] == ["mantelzorg"] and c["left"] == ["zorg-d"]
    assert ["zorg-a", "zorg-d"] in c["lost"]
    assert c["kept"] + len(c["gained"]) == doc["waves"][2]["ties"]
    observed = len(c["gained"]) + len(c["lost"]) + c["kept"]
    assert c["jaccard"] == c["kept"] / observed
    # Everyone interviewed in 2017 was interviewed in 2019 too: nothing hides.
    assert c["unobserved"] == []
    # Response: the share of the wave's entities interviewed in it, counted
    # from the file.
    study = json.load(open(SAMPLE))
    for w in doc["waves"]:
        mine = [i for i in study["interviews"] if i["wave"] == w["id"]]
        assert w["interviews"] == len(mine)
        assert w["response"] == len(mine) / w["entities"]
    # Every wave's numbers are those of measure on that wave.
    m = json.loads(run("measure", SAMPLE, "--wave", "2017", "-f", "json").out)["network"]
    assert {k: doc["waves"][1][k] for k in NETWORK_KEYS} == m
    assert doc["started"]["2016"] >= 1
    assert list(doc["started"]) == sorted(doc["started"])


def test_account_for_people(tmp):
    r = expect(run("timeline", SAMPLE), 0)
    assert ("Between 2015 and 2017. Partnerships started: 20, ended: 1, continued: 27, "
            "not observed: 0.") in prose(r.out)
    assert "Fragmentation fell from 0.10 to 0.00" in prose(r.out)
    assert "Jaccard index of ties (kept / observed): 0.56, above 0.3: stable." in prose(r.out)
    assert "left: Zorgaanbieder D (verslavingszorg)" in r.out


def test_csv_one_row_per_wave(tmp):
    rows = list(csv.reader(io.StringIO(expect(run("timeline", SAMPLE, "-f", "csv"), 0).out)))
    assert rows[0][:6] == ["id", "date", "interviews", "response", "entities", "ties"]
    assert [r[0] for r in rows[1:]] == ["2015", "2017", "2019"]


def test_chart_in_every_format(tmp):
    for ext, magic in (("svg", b"<?xml"), ("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
        out = os.path.join(tmp, "chart." + ext)
        expect(run("timeline", SAMPLE, "--chart", out), 0)
        assert open(out, "rb").read(len(magic)) == magic
    ET.parse(os.path.join(tmp, "chart.svg"))
    expect(run("timeline", SAMPLE, "--chart", os.path.join(tmp, "chart.gif")), 2)


def axis_ticks(pdf):
    """The tick labels of the chart's y axes, top to bottom: the numbers
    right-aligned in the column left of the panels (read with pdftotext)."""
    words = re.findall(r'<word xMin="[^"]*" yMin="([^"]*)" xMax="([^"]*)" yMax="[^"]*">([^<]*)</word>',
                       subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True,
                                      text=True, check=True).stdout)
    numbers = [(float(y), round(float(x)), w) for y, x, w in words if re.fullmatch(r"[0-9.,]+", w)]
    column = collections.Counter(x for _, x, _ in numbers).most_common(1)[0][0]
    return [w for _, x, w in sorted(numbers) if x == column]


def test_chart_axes_count_in_whole_numbers(tmp):
    """A count axis up to 1 or 2 steps by 1 (it printed "0 0 1 1 2 2" when the
    step was 0.5), and the shares axis uses the reader's decimal mark."""
    one = write(tmp, "one.json", json.dumps({
        "partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "team"},
                                      {"id": "b", "name": "B", "kind": "team"}],
        "interviews": [{"respondent": "a", "ties": [{"with": "b", "since": "2011"}]}]}))
    for study in (one, SAMPLE):
        for lang, mark in (("en", "."), ("nl", ",")):
            pdf = os.path.join(tmp, f"chart-{lang}.pdf")
            expect(run("timeline", study, "--lang", lang, "--chart", pdf), 0)
            ticks = axis_ticks(pdf)
            assert all(a != b for a, b in zip(ticks, ticks[1:])), ticks
            shares = [t for t in ticks if not t.isdigit()]
            assert shares == [f"1{mark}00", f"0{mark}75", f"0{mark}50", f"0{mark}25", f"0{mark}00"], ticks
            counts = [int(t) for t in ticks if t.isdigit()]
            assert counts.count(0) == 2 and max(counts) >= 1, ticks


def test_one_wave_study(tmp):
    path = write(tmp, "one.json", json.dumps({
        "partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "team"},
                                      {"id": "b", "name": "B", "kind": "team"}],
        "interviews": [{"respondent": "a", "ties": [{"with": "b", "since": "2011"}]}]}))
    doc = json.loads(expect(run("timeline", path, "-f", "json"), 0).out)
    assert len(doc["waves"]) == 1 and doc["waves"][0]["date"] is None
    assert doc["changes"] == [] and doc["started"] == {"2011": 1}
    expect(run("timeline", path, "--chart", os.path.join(tmp, "c.png")), 0)


# tests/data/missing-interview.json, checked by hand (tests/unit/test_timeline.c
# explains every pair): Alpha is not interviewed in w2, so the tie only it
# names is unobserved twice, not lost and regained; the membership of Member
# in Team ends (lost, though nobody interviews either).
MISSING = data("missing-interview.json")


def test_missing_interview_json(tmp):
    doc = json.loads(expect(run("timeline", MISSING, "-f", "json"), 0).out)
    assert [(w["interviews"], w["response"]) for w in doc["waves"]] == [
        (4, 0.5), (3, 3 / 7), (4, 4 / 7)]
    c1, c2 = doc["changes"]
    assert c1["gained"] == [["c", "e"]]
    assert c1["lost"] == [["c", "d"], ["c", "f"], ["m", "t"]]
    assert c1["unobserved"] == [["a", "b"]]
    assert (c1["kept"], c1["jaccard"]) == (1, 0.2)
    assert c2["gained"] == [["a", "d"]] and c2["lost"] == []
    assert c2["unobserved"] == [["a", "b"]]
    assert c2["kept"] == 2 and abs(c2["jaccard"] - 2 / 3) < 1e-12
    # With confirmed ties only, w1's two ties are both lost and none kept.
    confirmed = json.loads(expect(run("timeline", MISSING, "-f", "json", "--ties", "confirmed"),
                                  0).out)
    assert confirmed["changes"][0]["jaccard"] == 0


def test_missing_interview_account(tmp):
    out = expect(run("timeline", MISSING), 0).out
    assert ("Between w1 and w2. Partnerships started: 1, ended: 3, continued: 1, "
            "not observed: 1.") in prose(out)
    assert "Missing interviews: 1." in prose(out)
    assert "not interviewed in w2, but in w1: Alpha" in out
    assert "between 0.2 and 0.3" in out
    block = out.split("not observed (named only by")[1].split("\n")[1]
    assert block.strip() == "Alpha - Beta"
    nl = expect(run("timeline", MISSING, "--lang", "nl"), 0).out
    assert "niet waargenomen: 1" in prose(nl) and "Ontbrekende interviews: 1." in prose(nl)
    assert "0,20" in nl


def test_change_diagram_shows_unobserved(tmp):
    out = os.path.join(tmp, "d.svg")
    expect(run("draw", MISSING, "--diff", "w1", "w2", "-o", out), 0)
    root = ET.parse(out).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "tie not observed (interview missing)" in texts
    assert "missing interviews: 1; ties not observed: 1" in texts
    # One dotted edge (a-b), three dashed lost ones; the legend has one of each.
    dot = os.path.join(tmp, "d.dot")
    expect(run("draw", MISSING, "--diff", "w1", "w2", "-o", dot), 0)
    edges = re.findall(r"^\t(\w+) -- (\w+)\t\[(.*?)\];", open(dot).read(), re.S | re.M)
    styles = [re.search(r"style=(\w+)", attrs) for _, _, attrs in edges]
    styles = [m.group(1) if m else "" for m in styles]
    assert styles.count("dotted") == 2  # the tie and its legend sample
    assert styles.count("dashed") == 4  # three lost ties and the sample


def _date(s):
    """dataset.md: a partial date is the first day of its period."""
    parts = (s.split("-") + ["01", "01"])[:3]
    return tuple(int(p) for p in parts)


def _network(study, wave):
    """The network of WAVE as dataset.md defines it, read from the file
    independently of partnermap: {pair: (level, named_by)}, interviewed."""
    date = _date(next(w["date"] for w in study["waves"] if w["id"] == wave))

    def exists(e, since=None, until=None):
        lo, hi = since or e.get("since"), until or e.get("until")
        return (not lo or _date(lo) <= date) and (not hi or date < _date(hi))

    ents = {e["id"]: e for e in study["entities"] if exists(e)}
    ties, interviewed = {}, set()
    for iv in study["interviews"]:
        if iv["wave"] != wave:
            continue
        interviewed.add(iv["respondent"])
        for t in iv.get("ties", []):
            if t["with"] not in ents or iv["respondent"] not in ents:
                continue
            pair = tuple(sorted((iv["respondent"], t["with"])))
            level, named = ties.get(pair, (0, set()))
            ties[pair] = (max(level, t.get("level", 1)), named | {iv["respondent"]})
    for e in ents.values():
        for m in e.get("members", []):
            m = m if isinstance(m, dict) else {"id": m}
            if m["id"] in ents and exists(e) and exists(m, m.get("since"), m.get("until")):
                pair = tuple(sorted((e["id"], m["id"])))
                ties[pair] = (3, ties.get(pair, (0, set()))[1])
    return ties, interviewed & set(ents)


def _level_changes(study, a, b):
    """cli.md: of the kept pairs, a higher level in B is stronger; a lower
    one is weaker only when everyone who named the pair in A was
    interviewed in B."""
    (ta, ia), (tb, ib) = _network(study, a), _network(study, b)
    kept = sorted(set(ta) & set(tb))
    stronger = [list(p) for p in kept if tb[p][0] > ta[p][0]]
    weaker = [list(p) for p in kept if tb[p][0] < ta[p][0] and ta[p][1] <= ib]
    return stronger, weaker


NONRESPONSE = data("nonresponse.json")


def test_strengthened_weakened_against_the_file(tmp):
    for path in (SAMPLE, NONRESPONSE):
        study = json.load(open(path))
        doc = json.loads(expect(run("timeline", path, "-f", "json"), 0).out)
        for c in doc["changes"]:
            stronger, weaker = _level_changes(study, c["from"], c["to"])
            assert c["strengthened"] == stronger, (path, c["from"])
            assert c["weakened"] == weaker, (path, c["from"])
    # By hand: three ties rose a level, one fell with both sides asked
    # again; GGZ rated its tie with the district team 3 in 2021 and was not
    # interviewed in 2023, so the team's own 2 is no weaker tie.
    c = json.loads(run("timeline", NONRESPONSE, "-f", "json").out)["changes"][0]
    assert c["strengthened"] == [["buurt", "vb"], ["gem", "welzijn"], ["school", "wijk"]]
    assert c["weakened"] == [["vb", "welzijn"]]
    assert c["not_interviewed"] == ["ggz", "huis"]
    assert c["unobserved"] == [["gem", "huis"], ["ggz", "huis"]]


def test_not_interviewed_entities_of_the_later_wave(tmp):
    """not_interviewed: entities of B interviewed in A but not in B."""
    doc = json.loads(expect(run("timeline", MISSING, "-f", "json"), 0).out)
    assert [c["not_interviewed"] for c in doc["changes"]] == [["a"], []]
    doc = json.loads(run("timeline", SAMPLE, "-f", "json").out)
    # Zorgaanbieder D stopped in 2018: it left, it was not missed.
    assert [c["not_interviewed"] for c in doc["changes"]] == [[], []]


def test_level_changes_for_people(tmp):
    out = prose(expect(run("timeline", NONRESPONSE), 0).out)
    assert "grew stronger (a higher level than in the wave before): " \
        "Buurtvereniging Oost - Voedselbank Noordstad" in out
    assert "grew weaker (a lower level, from the same respondents): " \
        "Voedselbank Noordstad - Stichting Welzijn Noordstad" in out
    nl = prose(expect(run("timeline", NONRESPONSE, "--lang", "nl"), 0).out)
    assert "hechter geworden" in nl and "minder hecht geworden" in nl


def test_change_diagram_shows_stronger_ties(tmp):
    dot = os.path.join(tmp, "d.dot")
    expect(run("draw", NONRESPONSE, "--diff", "2021", "2023", "-o", dot), 0)
    text = open(dot).read()
    edges = re.findall(r"^\t(\w+) -- (\w+)\t\[(.*?)\];", text, re.S | re.M)
    # Nodes are e0, e1, ... in the file's order (every entity is in both waves).
    ids = {f"e{i}": e["id"] for i, e in enumerate(json.load(open(NONRESPONSE))["entities"])}
    stronger = sorted(tuple(sorted((ids[a], ids[b]))) for a, b, attrs in edges
                      if "#6A3D9A" in attrs and a in ids and b in ids)
    assert stronger == [("buurt", "vb"), ("gem", "welzijn"), ("school", "wijk")]
    svg = os.path.join(tmp, "d.svg")
    expect(run("draw", NONRESPONSE, "--diff", "2021", "2023", "-o", svg, "--lang", "nl"), 0)
    texts = " ".join(t.text or "" for t in ET.parse(svg).getroot().iter(
        "{http://www.w3.org/2000/svg}text"))
    assert "relatie hechter geworden" in texts
