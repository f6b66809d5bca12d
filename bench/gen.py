#!/usr/bin/env python3
"""Writes a large synthetic study, of one of two shapes:

- `ring` (the default): N entities in regional clusters, each interviewed,
  naming about K partners, mostly close to it in id order: a long ring of
  neighbours, modularity high.
- `hubs`: a field as real fields are. About one entity in 250 is a
  municipality and 2 % of the providers are large; together they draw
  about half of the ties by preferential attachment (each time one is
  named, it is likelier to be named again), the other half join random
  pairs across the whole field, so modularity is low. One entity in 20 is
  a team with 3 to 8 members, serving a few of its municipality's areas
  and target groups, so that teams overlap.

Usage: gen.py N K [ring|hubs]. Prints the study on standard output and the
number of ties named on standard error."""
import json
import random
import sys

KINDS = ["organisation"] * 6 + ["team", "informal", "municipality"]
TARGET_GROUPS = ["jeugd", "volwassenen", "ouderen", "gezinnen"]


def ring(n, k, rng):
    ents = [{"id": f"e{i}", "name": f"Organisatie {i}", "kind": rng.choice(KINDS),
             "attributes": {"regio": f"r{i % 40}"}} for i in range(n)]
    interviews = []
    for i in range(n):
        ties, seen = [], set()
        for _ in range(k):
            j = (i + rng.randint(1, 60)) % n if rng.random() < 0.9 else rng.randrange(n)
            if j == i or j in seen:
                continue
            seen.add(j)
            ties.append({"with": f"e{j}", "level": rng.randint(1, 3), "trust": rng.randint(1, 4)})
        interviews.append({"respondent": f"e{i}", "ties": ties})
    return ents, interviews


def hubs(n, k, rng):
    n_mun = max(2, n // 250)
    munis = list(range(n_mun))
    kinds = ["municipality"] * n_mun + [None] * (n - n_mun)
    for i in range(n_mun, n):
        r = rng.random()
        kinds[i] = "team" if r < 0.05 else "informal" if r < 0.2 else "organisation"
    providers = [i for i in range(n_mun, n) if kinds[i] == "organisation"]
    big = rng.sample(providers, max(1, len(providers) // 50))
    home = [i if i < n_mun else rng.choice(munis) for i in range(n)]
    ents = []
    for i in range(n):
        e = {"id": f"e{i}", "name": f"{'Gemeente' if i < n_mun else 'Organisatie'} {i}",
             "kind": kinds[i], "attributes": {"regio": f"r{home[i] % 40}"}}
        if i >= n_mun:
            e["municipalities"] = [f"e{home[i]}"]
        if kinds[i] == "team":
            e["areas"] = rng.sample([f"wijk {a}" for a in range(6)], rng.randint(1, 3))
            e["target_groups"] = rng.sample(TARGET_GROUPS, rng.randint(1, 2))
            e["members"] = [f"e{m}" for m in rng.sample(providers, rng.randint(3, 8))]
        ents.append(e)
    # Preferential attachment: a hub appears in `tickets` once to start and
    # once more each time it is named.
    tickets = munis + big
    interviews = []
    for i in range(n):
        ties, seen = [], {i}
        for _ in range(k):
            j = rng.choice(tickets) if rng.random() < 0.5 else rng.randrange(n)
            if j in seen:
                continue
            seen.add(j)
            if j < n_mun or j in big:
                tickets.append(j)
            ties.append({"with": f"e{j}", "level": rng.randint(1, 3), "trust": rng.randint(1, 4)})
        interviews.append({"respondent": f"e{i}", "ties": ties})
    return ents, interviews


def study(n, k, shape="ring", seed=1):
    rng = random.Random(seed)
    ents, interviews = (hubs if shape == "hubs" else ring)(n, k, rng)
    return {"partnermap": 1, "title": f"Synthetic study of {n} entities ({shape})",
            "entities": ents, "interviews": interviews}


if __name__ == "__main__":
    n, k = int(sys.argv[1]), int(sys.argv[2])
    shape = sys.argv[3] if len(sys.argv) > 3 else "ring"
    if shape not in ("ring", "hubs"):
        sys.exit(f"gen.py: unknown shape {shape!r}: ring or hubs")
    doc = study(n, k, shape)
    json.dump(doc, sys.stdout)
    # The number of ties named, for make bench, which keeps no study in
    # memory itself (a child's peak memory would count the parent's).
    print(sum(len(i["ties"]) for i in doc["interviews"]), file=sys.stderr)
