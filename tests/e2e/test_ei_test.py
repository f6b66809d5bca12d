"""ei_test: UCINET's permutation test of the E-I index, against a permutation
test written here; null where the index is; the same figures on any number
of threads."""
import json
import math
import os
import random

import networkx as nx

from e2e import SAMPLE, expect, run, write


def sample_network():
    with open(SAMPLE) as f:
        study = json.load(f)
    values = {}
    for e in study["entities"]:
        values[e["id"]] = {
            "kind": {e["kind"]},
            "municipalities": set(e.get("municipalities", [])),
            "domains": set(e.get("domains", [])),
            "sector": {e["attributes"]["sector"]} if "sector" in e.get("attributes", {}) else set(),
        }
    return study, values


def edges_of(tmp, path, *args):
    gml = os.path.join(tmp, "w.graphml")
    expect(run("export", path, "-o", gml, *args), 0)
    g = nx.read_graphml(gml)
    ident = {v: d["id"] for v, d in g.nodes(data=True)}
    return list(ident.values()), [(ident[a], ident[b]) for a, b in g.edges]


def ei(edges, sets):
    ext = inn = 0
    for a, b in edges:
        if sets[a] and sets[b]:
            if sets[a] & sets[b]:
                inn += 1
            else:
                ext += 1
    return (ext - inn) / (ext + inn)


def reference_test(nodes, edges, sets, rounds=5000, seed=7):
    """Shuffles the values over the entities that have one, keeping the ties."""
    rng = random.Random(seed)
    valued = [v for v in nodes if sets[v]]
    observed = ei(edges, sets)
    got = []
    for _ in range(rounds):
        dealt = [sets[v] for v in valued]
        rng.shuffle(dealt)
        s = dict(sets)
        s.update(zip(valued, dealt))
        got.append(ei(edges, s))
    mean = sum(got) / rounds
    sd = math.sqrt(sum((x - mean) ** 2 for x in got) / rounds)
    return (mean, sd, sum(x <= observed + 1e-12 for x in got) / rounds,
            sum(x >= observed - 1e-12 for x in got) / rounds)


def test_sample_against_a_python_permutation_test(tmp):
    study, values = sample_network()
    nodes, edges = edges_of(tmp, SAMPLE)
    doc = json.loads(expect(run("measure", SAMPLE, "-f", "json"), 0).out)["network"]
    assert list(doc["ei_test"]) == list(doc["ei_index"])
    for key, got in doc["ei_test"].items():
        sets = {v: values[v][key] for v in nodes}
        assert abs(doc["ei_index"][key] - ei(edges, sets)) < 1e-12
        mean, sd, p_low, p_high = reference_test(nodes, edges, sets)
        assert got["permutations"] == 5000
        # Both are means of 5,000 draws: within four standard errors of
        # their difference.
        assert abs(got["expected"] - mean) <= 4 * sd * math.sqrt(2 / 5000) + 1e-9, (key, got, mean)
        for mine, theirs in ((got["p_low"], p_low), (got["p_high"], p_high)):
            p = (mine + theirs) / 2
            assert abs(mine - theirs) <= 4 * math.sqrt(2 * p * (1 - p) / 5000) + 2e-3, (key, got)


def test_same_figures_on_any_number_of_threads(tmp):
    outs = [json.loads(expect(run("measure", SAMPLE, "-f", "json",
                                  env={"PARTNERMAP_THREADS": t}), 0).out)["network"]["ei_test"]
            for t in ("1", "3", "8")]
    assert outs[0] == outs[1] == outs[2]


def test_null_for_one_group_and_no_key_for_a_remark(tmp):
    g = nx.florentine_families_graph()
    ents = [{"id": "stad", "name": "Firenze", "kind": "municipality"}]
    for i, v in enumerate(sorted(g.nodes)):
        ents.append({"id": v.lower(), "name": v, "kind": ["organisation", "team"][i % 2],
                     "municipalities": ["stad"],
                     "attributes": {"note": f"family {i}", "wealth": "rich" if i % 3 else "poor"}})
    ints = [{"respondent": v.lower(),
             "ties": [{"with": w.lower(), "level": 1} for w in sorted(g[v]) if w > v]}
            for v in sorted(g.nodes)]
    path = write(tmp, "f.json", json.dumps({"partnermap": 1, "entities": ents,
                                            "interviews": ints}))
    net = json.loads(expect(run("measure", path, "-f", "json"), 0).out)["network"]
    # One municipality is no silo; "note" differs for every entity: a remark.
    assert list(net["ei_index"]) == ["kind", "municipalities", "domains", "wealth"]
    assert net["ei_index"]["municipalities"] is None and net["ei_test"]["municipalities"] is None
    assert net["ei_index"]["domains"] is None and net["ei_test"]["domains"] is None
    assert net["ei_test"]["kind"]["permutations"] == 5000
    # The reference test on the same network.
    nodes = [v.lower() for v in g.nodes] + ["stad"]  # the municipality, without ties, too
    edges = [(a.lower(), b.lower()) for a, b in g.edges]
    kinds = {e["id"]: {e["kind"]} for e in ents}
    mean, sd, p_low, p_high = reference_test(nodes, edges, kinds)
    got = net["ei_test"]["kind"]
    assert abs(got["expected"] - mean) <= 4 * sd * math.sqrt(2 / 5000) + 1e-9
    assert abs(got["p_low"] - p_low) < 0.03 and abs(got["p_high"] - p_high) < 0.03
