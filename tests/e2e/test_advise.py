"""partnermap advise: every answer checked against networkx on the network
that partnermap draws (the edges of its DOT output), every format parsed
back, usage errors."""
import csv
import io
import itertools
import json
import os
import re
import subprocess
import sys

import networkx as nx

from e2e import ROOT, SAMPLE, expect, run, prose

ADVICE_KEYS = ["wave", "exact", "keep", "reach", "ties"]


def sample_ids():
    with open(SAMPLE, encoding="utf-8") as f:
        return [e["id"] for e in json.load(f)["entities"]]


def network(tmp, *args):
    """The wave's network as partnermap builds it, read from its DOT file
    (nodes are named e<entity index>; entities absent from the wave are
    invisible nodes)."""
    path = os.path.join(tmp, "n.dot")
    expect(run("draw", SAMPLE, "-o", path, *args), 0)
    with open(path, encoding="utf-8") as f:
        dot = f.read()
    ids = sample_ids()
    g = nx.Graph()
    for m in re.finditer(r"^\s*e(\d+)\s*\[([^\]]*)\]", dot, re.M):
        if "invis" not in m.group(2):
            g.add_node(ids[int(m.group(1))])
    for m in re.finditer(r"^\s*e(\d+)\s*--\s*e(\d+)", dot, re.M):
        g.add_edge(ids[int(m.group(1))], ids[int(m.group(2))])
    return g


def distance_fragmentation(g):
    n = g.number_of_nodes()
    if n < 2:
        return 0.0
    total = sum(1 / d for u, row in nx.all_pairs_shortest_path_length(g)
                for v, d in row.items() if u != v)
    return 1 - total / (n * (n - 1))


def advise(*args):
    return json.loads(expect(run("advise", SAMPLE, "-f", "json", *args), 0).out)


def testjson_keys_and_values_agree_with_networkx(tmp):
    doc = advise()
    assert list(doc)[:5] == ADVICE_KEYS
    assert doc["wave"] == "2019" and doc["exact"] is True
    assert list(doc["keep"]) == ["ids", "distance_fragmentation"]
    assert list(doc["reach"]) == ["ids", "share"]
    assert len(doc["ties"]) == 3
    for t in doc["ties"]:
        assert list(t) == ["a", "b", "overlap", "distance_fragmentation"]
    g = network(tmp)
    # measure's distance fragmentation is networkx's too.
    measured = json.loads(run("measure", SAMPLE, "-f", "json").out)["network"]
    assert abs(measured["distance_fragmentation"] - distance_fragmentation(g)) < 1e-9
    # keep: the value after removing the set, and no set of three does better.
    h = g.copy()
    h.remove_nodes_from(doc["keep"]["ids"])
    assert abs(doc["keep"]["distance_fragmentation"] - distance_fragmentation(h)) < 1e-9
    best = max(itertools.combinations(sorted(g), 3),
               key=lambda s: distance_fragmentation(g.subgraph(set(g) - set(s))))
    assert abs(distance_fragmentation(g.subgraph(set(g) - set(best)))
               - doc["keep"]["distance_fragmentation"]) < 1e-9
    # reach: the share of the others tied to the set, and the best there is.
    ids = doc["reach"]["ids"]
    reached = set().union(*(set(g[v]) for v in ids)) - set(ids)
    assert abs(doc["reach"]["share"] - len(reached) / (len(g) - 3)) < 1e-12
    most = max(len(set().union(*(set(g[v]) for v in s)) - set(s))
               for s in itertools.combinations(g, 3))
    assert len(reached) == most
    # ties: each the best next pair, with the value after it.
    for t in doc["ties"]:
        assert not g.has_edge(t["a"], t["b"]) and t["a"] < t["b"]
        options = []
        for a, b in itertools.combinations(sorted(g), 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b)
                options.append(distance_fragmentation(g))
                g.remove_edge(a, b)
        g.add_edge(t["a"], t["b"])
        assert abs(t["distance_fragmentation"] - distance_fragmentation(g)) < 1e-9
        assert abs(min(options) - t["distance_fragmentation"]) < 1e-9


def test_overlapping_teams_are_marked(tmp):
    pairs = json.loads(run("overlap", SAMPLE, "-f", "json").out)["pairs"]
    overlapping = {frozenset((p["a"], p["b"])) for p in pairs}
    doc = advise("-k", "10")
    assert len(doc["ties"]) == 10
    for t in doc["ties"]:
        assert t["overlap"] == (frozenset((t["a"], t["b"])) in overlapping)


def test_table_sentences_and_csv(tmp):
    r = expect(run("advise", SAMPLE, "--lang", "en"), 0)
    doc = advise()
    assert "Without Gemeente IJsselstein, Jeugd- en Sociaal Team IJsselstein and Stichting " \
           "Pulse together, distance fragmentation would rise from 0.44 to 0.63." in prose(r.out)
    assert "1. A tie between Diaconie Protestantse Gemeente and Jeugd- en Sociaal Team " \
           "IJsselstein would bring" in prose(r.out)
    assert "Exact: every set of 3 entities" in r.out
    rows = list(csv.DictReader(io.StringIO(run("advise", SAMPLE, "-f", "csv").out)))
    assert [row["advice"] for row in rows] == ["keep"] * 3 + ["reach"] * 3 + ["tie"] * 3
    assert [row["id"] for row in rows[:3]] == doc["keep"]["ids"]
    assert [(row["id"], row["partner_id"]) for row in rows[6:]] == \
           [(t["a"], t["b"]) for t in doc["ties"]]
    assert all(row["exact"] == "true" for row in rows)
    nl = expect(run("advise", SAMPLE, "--lang", "nl", "-k", "1"), 0)
    assert "Zonder Jeugd- en Sociaal Team IJsselstein zou de afstandsfragmentatie stijgen " \
           "van 0,44 naar 0,48." in prose(nl.out)
    assert "Jeugd- en Sociaal Team IJsselstein werkt rechtstreeks samen met 12 van de 22 " \
           "andere partijen (55%)" in prose(nl.out)


def test_what_if_then_advice(tmp):
    doc = advise("--without", "pulse", "-k", "2")
    assert doc["what_if"] == {"without": ["pulse"], "add_tie": []}
    assert "pulse" not in doc["keep"]["ids"]
    g = network(tmp, "--without", "pulse")
    h = g.copy()
    h.remove_nodes_from(doc["keep"]["ids"])
    assert abs(doc["keep"]["distance_fragmentation"] - distance_fragmentation(h)) < 1e-9
    r = expect(run("advise", SAMPLE, "--without", "pulse", "--lang", "en"), 0)
    assert "What-if: without Stichting Pulse." in r.out
    rows = list(csv.DictReader(io.StringIO(
        run("advise", SAMPLE, "-f", "csv", "--without", "pulse").out)))
    assert {row["what_if"] for row in rows} == {"without pulse"}


def test_first_wave_keeps_the_bridge(tmp):
    """In 2015 Stichting Pulse alone links Lopik to IJsselstein."""
    doc = advise("--wave", "2015", "-k", "1")
    assert doc["keep"]["ids"] == ["pulse"]


def test_usage_errors(tmp):
    for k in ("0", "11", "2.5", "x"):
        r = expect(run("advise", SAMPLE, "-k", k), 2)
        assert "-k" in r.err or "--k" in r.err
    expect(run("advise", SAMPLE, "--wave", "1999"), 2)
    expect(run("advise", SAMPLE, "--without", "nobody"), 2)


def test_report_section_and_diagram(tmp):
    out = os.path.join(tmp, "rep")
    expect(run("report", SAMPLE, "-o", out, "--lang", "en"), 0)
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        html = f.read()
    doc = advise()
    section = html[html.index('<h2 id="advice">'):]
    section = section[:section.index("<h2", 5)]
    assert "What would strengthen the network" in section
    assert "Without Gemeente IJsselstein, Jeugd- en Sociaal Team IJsselstein and Stichting " \
           "Pulse together" in section
    assert len(re.findall(r"would bring \d+", section)) == len(doc["ties"]) == 3
    assert '<img src="advice.svg"' in section
    with open(os.path.join(out, "advice.svg"), encoding="utf-8") as f:
        svg = f.read()
    assert "suggested new tie" in svg
    # Each suggested tie and the legend's sample, in their own colour and dots.
    dotted = re.findall(r'<path[^>]*stroke="#0072b2"[^>]*stroke-dasharray="1,5"', svg)
    assert len(dotted) == len(doc["ties"]) + 1, len(dotted)
    nl = os.path.join(tmp, "nl")
    expect(run("report", SAMPLE, "-o", nl, "--lang", "nl"), 0)
    with open(os.path.join(nl, "index.html"), encoding="utf-8") as f:
        assert "Wat het netwerk zou versterken" in f.read()


def test_dutch_table_has_decimal_commas(tmp):
    """The table under the sentences writes numbers as every Dutch table does."""
    out = expect(run("advise", SAMPLE, "--lang", "nl"), 0).out
    rows = [line for line in out.splitlines() if line.startswith("behouden ")]
    assert len(rows) == 3, out
    for line in rows:
        assert re.search(r"\b0,\d{3}\b", line) and not re.search(r"\b0\.\d{3}\b", line), line


def test_the_advice_is_the_same_on_any_number_of_threads(tmp):
    """advise's searches run on util/pool's threads; the answer (sums kept as
    integers, ties broken by number) may not depend on how many."""
    path = os.path.join(tmp, "s300.json")
    gen = os.path.join(ROOT, "bench", "gen.py")
    with open(path, "w") as f:
        subprocess.run([sys.executable, gen, "300", "5"], stdout=f, stderr=subprocess.DEVNULL,
                        check=True)
    outs = [expect(run("advise", path, "-f", "json", "-k", "2",
                       env={"PARTNERMAP_THREADS": str(t)}), 0).out for t in (1, 2, 3, 5)]
    assert all(o == outs[0] for o in outs), "the advice depends on the number of threads"
    assert json.loads(outs[0])
