#!/usr/bin/env python3
"""python-igraph computing what `partnermap measure` computes on a study
from bench/gen.py (one wave, ties named in interviews): the reference that
`make bench` sets beside partnermap. Not part of partnermap."""
import json
import sys

import igraph


def main(path):
    with open(path) as f:
        doc = json.load(f)
    index = {e["id"]: i for i, e in enumerate(doc["entities"])}
    pairs = set()
    for iv in doc["interviews"]:
        a = index[iv["respondent"]]
        for t in iv.get("ties", []):
            b = index[t["with"]]
            if a != b:
                pairs.add((min(a, b), max(a, b)))
    g = igraph.Graph(n=len(index), edges=sorted(pairs))
    n = g.vcount()
    btw = g.betweenness(directed=False)
    clo = g.harmonic_centrality(normalized=True)
    comps = g.connected_components()
    g.pagerank()
    g.coreness()
    g.transitivity_undirected()
    g.articulation_points()
    g.bridges()
    g.degree()
    comm = g.community_leiden(objective_function="modularity", n_iterations=-1)
    comm.modularity
    for c in comps:
        if len(c) > 1:
            g.induced_subgraph(c).eigenvector_centrality(scale=True)
    pairs_n = (n - 1) * (n - 2) / 2
    print(n, g.ecount(), sum(b / pairs_n for b in btw), 1 - sum(clo) / n)


if __name__ == "__main__":
    main(sys.argv[1])
