"""partnermap export: every format read back by an independent reader
(networkx for GraphML, GEXF and Pajek; a parser written here for UCINET
DL), with the nodes, ties and values of `measure --format json`."""
import json
import math
import os
import re
import shlex
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

import sheets
from e2e import ROOT, SAMPLE, expect, run, write

MEASURES = ["degree", "named_by", "betweenness", "closeness", "eigenvector", "pagerank",
            "coreness", "community", "cutpoint", "fragmentation_without", "constraint",
            "effective_size", "trust"]
FIELDS = ["id", "name", "kind", "municipalities", "domains", "areas", "target_groups"]
TIE_KEYS = ["types", "level", "reports", "confirmed", "since", "trust"]
GEXF_NS = "http://gexf.net/1.3"


def measured(wave=None):
    args = ["measure", SAMPLE, "-f", "json"] + (["--wave", wave] if wave else [])
    doc = json.loads(expect(run(*args), 0).out)
    return doc, {e["id"]: e for e in doc["entities"]}


def same(got, want):
    if want is None:
        return got is None or (isinstance(got, float) and math.isnan(got))
    if isinstance(want, bool):
        return got is want or got in ("true", "false") and (got == "true") == want
    if isinstance(want, (int, float)):
        return abs(float(got) - want) < 1e-9
    return got == want


def degrees(pairs):
    deg = {}
    for a, b in pairs:
        deg[a] = deg.get(a, 0) + 1
        deg[b] = deg.get(b, 0) + 1
    return deg


def sample_entities():
    with open(SAMPLE, encoding="utf-8") as f:
        return {e["id"]: e for e in json.load(f)["entities"]}


def trust_ratings(wave):
    """The trust ratings each pair gave each other in the wave, from the
    study itself."""
    with open(SAMPLE, encoding="utf-8") as f:
        study = json.load(f)
    ratings = {}
    for iv in study["interviews"]:
        if iv.get("wave") != wave:
            continue
        for t in iv.get("ties", []):
            if "trust" in t:
                ratings.setdefault(frozenset((iv["respondent"], t["with"])), []).append(t["trust"])
    return ratings


def test_graphml_read_by_networkx(tmp):
    doc, ents = measured()
    path = os.path.join(tmp, "w.graphml")
    expect(run("export", SAMPLE, "-o", path), 0)
    g = nx.read_graphml(path)
    assert g.graph["wave"] == "2019" and g.graph["pseudonymised"] is False
    assert not g.is_directed()
    ids = {n: d["id"] for n, d in g.nodes(data=True)}
    assert sorted(ids.values()) == sorted(ents)
    study = sample_entities()
    for n, d in g.nodes(data=True):
        e = ents[d["id"]]
        assert d["name"] == e["name"] and d["kind"] == e["kind"]
        assert d["domains"] == ";".join(study[d["id"]].get("domains", []))
        for key in MEASURES:
            # GraphML has no null: igraph leaves a value without a number out.
            assert same(d.get(key), e[key]), (d["id"], key, d.get(key), e[key])
        for key in FIELDS:
            # Every field is written, an empty one as <data ...></data>,
            # which networkx reads as no value: so compare values, with an
            # absent one as the empty string.
            want = study[d["id"]].get(key, [] if key not in ("id", "name", "kind") else None)
            if key == "municipalities":  # by name, as the sheets for people
                want = [study[m]["name"] for m in want]
            if isinstance(want, list):
                want = ";".join(want)
            assert d.get(key, "") == want, (d["id"], key, d.get(key), want)
    assert g.number_of_edges() == doc["network"]["ties"]
    pairs = [(ids[a], ids[b]) for a, b in g.edges()]
    assert degrees(pairs) == {i: e["degree"] for i, e in ents.items() if e["degree"]}
    ratings = trust_ratings("2019")
    for a, b, d in g.edges(data=True):
        # A tie without a start date has an empty since, read as no value.
        assert set(TIE_KEYS) - {"trust", "since"} <= set(d)
        assert re.fullmatch(r"\d{4}(-\d\d){0,2}", d.get("since", "0000")), d
        assert d["level"] in (1.0, 2.0, 3.0) and d["reports"] >= 0
        given = ratings.get(frozenset((ids[a], ids[b])), [])
        assert same(d.get("trust"), sum(given) / len(given) if given else None)


def test_pajek_read_by_networkx(tmp):
    doc, ents = measured("2017")
    path = os.path.join(tmp, "w.net")
    expect(run("export", SAMPLE, "--wave", "2017", "-o", path), 0)
    g = nx.Graph(nx.read_pajek(path))
    names = {e["name"]: e for e in ents.values()}
    assert sorted(g.nodes()) == sorted(names)
    assert g.number_of_edges() == doc["network"]["ties"]
    for n in g.nodes():
        assert g.degree(n) == names[n]["degree"]
    assert {d["weight"] for _, _, d in g.edges(data=True)} <= {1.0, 2.0, 3.0}


def parse_dl(text):
    """UCINET DL as UCINET's manual lays it out: a line "dl n=N" (keywords
    in any case, spaces around "="), "format = edgelist1" on a line of its
    own, "labels:" and the labels (separated by commas or line ends,
    quoted where they hold a space or comma), "data:", then "I J VALUE"
    lines with I and J counting the labels from 1."""
    lines = text.splitlines()
    m = re.fullmatch(r"\s*dl\s+n\s*=\s*(\d+)\s*", lines[0], re.I)
    assert m, lines[0]
    n = int(m.group(1))
    assert re.fullmatch(r"\s*format\s*=\s*edgelist1\s*", lines[1], re.I), lines[1]
    assert lines[2].strip().lower() == "labels:", lines[2]
    i, labels = 3, []
    while lines[i].strip().lower() != "data:":
        lexer = shlex.shlex(lines[i], posix=True)
        lexer.whitespace = ","
        lexer.whitespace_split = True
        labels += [t for t in lexer]
        i += 1
    arcs = []
    for line in lines[i + 1:]:
        a, b, value = line.split()
        arcs.append((labels[int(a) - 1], labels[int(b) - 1], int(value)))
    assert len(labels) == n
    return labels, arcs


def test_dl_parsed(tmp):
    doc, ents = measured()
    path = os.path.join(tmp, "w.dl")
    expect(run("export", SAMPLE, "-o", path), 0)
    labels, arcs = parse_dl(open(path, encoding="utf-8").read())
    assert sorted(labels) == sorted(e["name"] for e in ents.values())
    # Every tie both ways: a symmetric matrix.
    assert len(arcs) == 2 * doc["network"]["ties"]
    assert {(a, b, v) for a, b, v in arcs} == {(b, a, v) for a, b, v in arcs}
    ties = {tuple(sorted((a, b))) for a, b, _ in arcs}
    assert len(ties) == doc["network"]["ties"]
    by_name = {e["name"]: e for e in ents.values()}
    for name, deg in degrees(ties).items():
        assert by_name[name]["degree"] == deg


def test_dl_read_by_igraph(tmp):
    """Issue 28: igraph's DL reader (R's and Python's) rejected every .dl
    ("unexpected FORMATEDGELIST1"): format must start its own line. It
    reads the ties and their levels, by number."""
    import igraph
    doc, ents = measured()
    path = os.path.join(tmp, "w.dl")
    expect(run("export", SAMPLE, "-o", path), 0)
    labels, arcs = parse_dl(open(path, encoding="utf-8").read())
    g = igraph.Graph.Read_DL(path, directed=True)
    assert g.vcount() == len(labels) == len(ents)
    index = {name: k for k, name in enumerate(labels)}
    got = sorted((e.source, e.target, int(e["weight"])) for e in g.es)
    assert got == sorted((index[a], index[b], v) for a, b, v in arcs)


def read_gexf(path):
    nx_gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": GEXF_NS,
        "NS_VIZ": GEXF_NS + "/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": GEXF_NS + " " + GEXF_NS + "/gexf.xsd",
        "VERSION": "1.3",
    }
    return nx.read_gexf(path, version="1.3")


def test_gexf_every_wave(tmp):
    """Every entity present exactly in the waves it exists in, with the
    measures of each wave in that wave's spell."""
    path = os.path.join(tmp, "all.gexf")
    expect(run("export", SAMPLE, "-o", path), 0)
    g = read_gexf(path)
    assert g.graph["mode"] == "dynamic"
    root = ET.parse(path).getroot()
    assert root.get("version") == "1.3"
    assert root.find(f"{{{GEXF_NS}}}graph").get("timeformat") == "date"
    starts = {"2015": "2015-05-01", "2017": "2017-05-01", "2019": "2019-05-01"}
    ends = {"2015": "2017-04-30", "2017": "2019-04-30", "2019": "None"}
    present = {}
    for wave in starts:
        doc, ents = measured(wave)
        for i, e in ents.items():
            present.setdefault(i, []).append(wave)
            d = g.nodes[i]
            assert d["label"] == e["name"] and d["kind"] == e["kind"]
            for key in MEASURES:
                values = [v for v, s, _ in d.get(key, []) if s == starts[wave]]
                if e[key] is None:
                    assert values == [], (i, wave, key)
                else:
                    assert len(values) == 1 and same(values[0], e[key]), (i, wave, key)
        ties = [(a, b) for a, b, d in g.edges(data=True)
                if any(s == starts[wave] for s, _ in d["spells"])]
        assert len(ties) == doc["network"]["ties"]
        assert degrees(ties) == {i: e["degree"] for i, e in ents.items() if e["degree"]}
    assert set(g.nodes()) == set(present)
    for i, d in g.nodes(data=True):
        spells = d["spells"]
        assert [s for s, _ in spells] == [starts[w] for w in present[i]], i
        assert [e for _, e in spells] == [ends[w] for w in present[i]], i


def test_gexf_without_dates_counts_waves(tmp):
    study = write(tmp, "s.json", json.dumps({
        "partnermap": 1,
        "waves": [{"id": "a"}, {"id": "b"}],
        "entities": [{"id": "x", "name": "X & <Co>", "kind": "team"},
                     {"id": "y", "name": "Y", "kind": "organisation"}],
        "interviews": [{"respondent": "x", "wave": "a", "ties": [{"with": "y", "trust": 3}]},
                       {"respondent": "y", "wave": "b", "ties": []}],
    }))
    path = os.path.join(tmp, "s.gexf")
    expect(run("export", study, "-o", path), 0)
    root = ET.parse(path).getroot()
    graph = root.find(f"{{{GEXF_NS}}}graph")
    assert graph.get("timeformat") == "integer"
    node = next(n for n in graph.iter(f"{{{GEXF_NS}}}node") if n.get("id") == "x")
    assert node.get("label") == "X & <Co>"
    spells = [(s.get("start"), s.get("end")) for s in node.iter(f"{{{GEXF_NS}}}spell")]
    assert spells == [("1", "1"), ("2", None)]
    edges = list(graph.iter(f"{{{GEXF_NS}}}edge"))
    assert len(edges) == 1
    trust = [a for a in edges[0].iter(f"{{{GEXF_NS}}}attvalue") if a.get("for") == "trust"]
    assert [(a.get("value"), a.get("start")) for a in trust] == [("3", "1")]


def test_bad_output(tmp):
    r = expect(run("export", SAMPLE), 2)
    assert ".graphml" in r.err and ".gexf" in r.err
    r = expect(run("export", SAMPLE, "-o", os.path.join(tmp, "x.txt")), 2)
    assert "x.txt" in r.err
    expect(run("export", SAMPLE, "--wave", "1999", "-o", os.path.join(tmp, "x.gexf")), 2)
    assert os.listdir(tmp) == []
    expect(run("export", SAMPLE, "-o", os.path.join(tmp, "no", "such", "x.net")), 3)


def test_xlsx_read_by_openpyxl(tmp):
    """The study as a workbook plus a sheet per table, numbers as numbers;
    partnermap reads the workbook back as the same study."""
    path = os.path.join(tmp, "study.xlsx")
    expect(run("export", SAMPLE, "-o", path), 0)
    wb = sheets.openpyxl().load_workbook(path, read_only=True)
    assert wb.sheetnames[-4:] == ["Measures", "Overlap", "Gaps", "Timeline"]
    assert {"Entities", "Ties", "Interviews", "Waves"} <= set(wb.sheetnames)
    study = json.load(open(SAMPLE, encoding="utf-8"))

    def rows(name, keys=None):
        it = wb[name].iter_rows(values_only=True)
        head = next(it)
        return [dict(zip(keys or head, r)) for r in it]

    assert [r["id"] for r in rows("Entities")] == [e["id"] for e in study["entities"]]
    assert len(rows("Ties")) == sum(len(iv.get("ties", [])) for iv in study["interviews"])
    # The sheets for people are headed by whole words (workbook.md); the
    # measures' columns are measure's own, in its CSV's order.
    keys = expect(run("measure", SAMPLE, "-f", "csv"), 0).out.splitlines()[0].split(",")
    head = next(wb["Measures"].iter_rows(values_only=True))
    assert len(head) == 1 + len(keys), (head, keys)
    assert "betweenness" in head and "fragmentation without it" in head, head
    measures = rows("Measures", ["wave"] + keys)
    for wave in ("2015", "2017", "2019"):
        doc, ents = measured(wave)
        mine = {r["id"]: r for r in measures if r["wave"] == wave}
        assert set(mine) == set(ents)
        for i, e in ents.items():
            for key in MEASURES:
                got = mine[i][key]
                if e[key] is None:
                    assert got is None
                elif isinstance(e[key], bool):
                    assert got is e[key]
                else:
                    assert isinstance(got, (int, float)) and abs(got - e[key]) < 1e-9, (i, key)
    timeline = rows("Timeline")
    assert [r["wave"] for r in timeline] == ["2015", "2017", "2019"]
    assert all(isinstance(r["density"], float) for r in timeline)
    # Read back by partnermap: the same study, the same measures.
    back = json.loads(expect(run("measure", path, "-f", "json"), 0).out)
    assert back == measured()[0]


def test_dutch_workbook_measures_speak_dutch(tmp):
    """In Dutch, the sheet Maten has the headers of measure's own Dutch
    workbook and names kinds in Dutch, as the Dutch sheets of the study do."""
    path = os.path.join(tmp, "studie.xlsx")
    expect(run("export", SAMPLE, "--lang", "nl", "-o", path), 0)
    mine = os.path.join(tmp, "maten.xlsx")
    expect(run("measure", SAMPLE, "--lang", "nl", "-o", mine), 0)
    wb = sheets.openpyxl().load_workbook(path, read_only=True)
    rows = list(wb["Maten"].iter_rows(values_only=True))
    short = next(sheets.openpyxl().load_workbook(mine, read_only=True).worksheets[0]
                 .iter_rows(values_only=True))
    # Whole words (workbook.md), not measure's short headers for a screen.
    assert len(rows[0][1:]) == len(short), (rows[0], short)
    assert "tussenpositie" in rows[0] and "fragmentatie zonder" in rows[0], rows[0]
    assert "tussen" not in rows[0] and "F-zonder" not in rows[0], rows[0]
    overlap = list(wb["Overlap"].iter_rows(values_only=True))
    assert overlap[0][:4] == ("team a", "naam van team a", "team b", "naam van team b")
    names = {e["id"]: e["name"] for e in sheets.load(SAMPLE)["entities"]}
    assert all(names[r[0]] == r[1] and names[r[2]] == r[3] for r in overlap[1:]), overlap
    gaps = list(wb["Witte vlekken"].iter_rows(values_only=True)) if "Witte vlekken" in \
        wb.sheetnames else list(wb.worksheets[-2].iter_rows(values_only=True))
    assert gaps[0][:2] == ("gemeente (id)", "naam van de gemeente"), gaps[0]
    assert all(names[r[0]] == r[1] for r in gaps[1:]), gaps
    timeline = list(wb.worksheets[-1].iter_rows(values_only=True))
    assert "afstandsfragmentatie" in timeline[0] and "afst.fr" not in timeline[0]
    kinds = {r[rows[0].index("soort")] for r in rows[1:]}
    assert kinds == {"gemeente", "organisatie", "team", "informele partner"}, kinds


# The contract's schemas, beside the repository (../shared/schemas), or
# where the machine keeps them.
SCHEMAS = next((p for p in (os.path.join(os.path.dirname(ROOT), "shared", "schemas"),
                            "/work/shared/schemas") if os.path.isdir(p)), None)


def test_graphml_and_gexf_validate_against_their_schemas(tmp):
    """The official schemas (../shared/schemas, xmllint --schema), also for
    names that hold markup, quotes and non-ASCII text."""
    import json
    import subprocess
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    doc["entities"][0]["name"] = 'Stichting "De <Zon>" & Co \u00eb'
    study = write(tmp, "s.json", json.dumps(doc))
    for name, xsd in (("w.graphml", "graphml/graphml.xsd"), ("w.gexf", "gexf13/gexf.xsd")):
        for src in (SAMPLE, study):
            path = os.path.join(tmp, name)
            if os.path.exists(path):
                os.unlink(path)
            expect(run("export", src, "-o", path), 0)
            out = subprocess.run(["xmllint", "--noout", "--nonet", "--schema",
                                  os.path.join(SCHEMAS, xsd), path],
                                 capture_output=True, text=True)
            assert out.returncode == 0, (name, out.stderr[-2000:])
