"""constraint, effective_size and brokerage against independent references:
networkx for Burt's measures, a brute force over every pair of partners for
Gould and Fernandez's roles, on the Florentine families and the sample."""
import csv
import io
import itertools
import json
import os

import networkx as nx

from e2e import SAMPLE, expect, run, write

KINDS = ["municipality", "organisation", "team", "informal"]
ROLES = ["coordinator", "consultant", "gatekeeper", "liaison"]


def study_of(g, kind_of, attribute_of=None):
    """A study of one wave whose interviews name exactly the ties of G."""
    ents = []
    for v in sorted(g.nodes):
        e = {"id": v, "name": v.title(), "kind": kind_of(v)}
        if attribute_of:
            e["attributes"] = {"sector": attribute_of(v)}
        ents.append(e)
    ints = [{"respondent": v, "ties": [{"with": w, "level": 2} for w in sorted(g[v]) if w > v]}
            for v in sorted(g.nodes)]
    return {"partnermap": 1, "title": "reference", "entities": ents, "interviews": ints}


def measured(path, *args):
    doc = json.loads(expect(run("measure", path, "-f", "json", *args), 0).out)
    return {e["id"]: e for e in doc["entities"]}


def brute_roles(g, group):
    """Every pair of a broker's partners that are not tied, by role."""
    roles = {}
    for v in g.nodes:
        if group.get(v) is None:
            roles[v] = None
            continue
        count = dict.fromkeys(ROLES, 0)
        for j, k in itertools.combinations(sorted(g[v]), 2):
            if g.has_edge(j, k) or group.get(j) is None or group.get(k) is None:
                continue
            gv, gj, gk = group[v], group[j], group[k]
            if gj == gk:
                count["coordinator" if gj == gv else "consultant"] += 1
            else:
                count["gatekeeper" if gv in (gj, gk) else "liaison"] += 1
        roles[v] = count
    return roles


def check(g, got, group):
    constraint = nx.constraint(g)
    effective = nx.effective_size(g)
    roles = brute_roles(g, group)
    for v in g.nodes:
        e = got[v]
        if g.degree(v) == 0:
            assert e["constraint"] is None and e["effective_size"] == 0, e
        else:
            assert abs(e["constraint"] - constraint[v]) < 1e-12, (v, e["constraint"], constraint[v])
            assert abs(e["effective_size"] - effective[v]) < 1e-12, (v, e, effective[v])
        if roles[v] is None:
            assert all(e["brokerage"][r] is None for r in ROLES), e
        else:
            assert e["brokerage"] == roles[v], (v, e["brokerage"], roles[v])


def florentine():
    g = nx.florentine_families_graph()
    return nx.relabel_nodes(g, {v: v.lower() for v in g.nodes})


def test_florentine_families(tmp):
    g = florentine()
    g.add_node("pucci")  # the family without marriage ties
    kind = {v: KINDS[i % 4] for i, v in enumerate(sorted(g.nodes))}
    path = write(tmp, "florence.json", json.dumps(study_of(g, kind.get)))
    got = measured(path)
    check(g, got, kind)
    # The published value (Burt's constraint of the Medici, 0.21).
    assert round(got["medici"]["constraint"], 2) == 0.21
    assert got["pucci"]["constraint"] is None


def test_groups_by_attribute(tmp):
    g = florentine()
    sector = {v: ["bank", "wool", "land"][len(v) % 3] for v in g.nodes}
    sector["strozzi"] = None  # no value: its pairs do not count
    doc = study_of(g, lambda v: "organisation",
                   lambda v: sector[v] if sector[v] else "")
    for e in doc["entities"]:
        if not e["attributes"]["sector"]:
            del e["attributes"]
    path = write(tmp, "florence.json", json.dumps(doc))
    check(g, measured(path, "--groups", "sector"), sector)
    kinds = {v: "organisation" for v in g.nodes}
    check(g, measured(path), kinds)


def test_sample_against_networkx(tmp):
    """The sample's network as the GraphML export gives it, measured by
    networkx and by brute force."""
    gml = os.path.join(tmp, "w.graphml")
    expect(run("export", SAMPLE, "-o", gml), 0)
    raw = nx.read_graphml(gml)
    g = nx.Graph()
    ident = {v: d["id"] for v, d in raw.nodes(data=True)}
    g.add_nodes_from(ident.values())
    g.add_edges_from((ident[a], ident[b]) for a, b in raw.edges)
    kind = {ident[v]: d["kind"] for v, d in raw.nodes(data=True)}
    check(g, measured(SAMPLE), kind)
    # The export carries the new keys too.
    node = next(iter(raw.nodes(data=True)))[1]
    assert "constraint" in node and "effective_size" in node


def test_csv_and_groups_errors(tmp):
    r = expect(run("measure", SAMPLE, "-f", "csv"), 0)
    header = next(csv.reader(io.StringIO(r.out)))
    i = header.index("constraint")
    assert header[i:i + 6] == ["constraint", "effective_size", "brokerage.coordinator",
                               "brokerage.consultant", "brokerage.gatekeeper",
                               "brokerage.liaison"]
    r = expect(run("measure", SAMPLE, "--groups", "sectr"), 2)
    assert "sector" in r.err
