#!/usr/bin/env python3
"""Writes a large synthetic study: N entities in regional clusters, each
interviewed, naming about K partners, mostly inside its cluster."""
import json
import random
import sys


def study(n, k, seed=1):
    rng = random.Random(seed)
    kinds = ["organisation"] * 6 + ["team", "informal", "municipality"]
    ents = [{"id": f"e{i}", "name": f"Organisatie {i}", "kind": rng.choice(kinds),
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
    return {"partnermap": 1, "title": f"Synthetic study of {n} entities",
            "entities": ents, "interviews": interviews}


if __name__ == "__main__":
    n, k = int(sys.argv[1]), int(sys.argv[2])
    doc = study(n, k)
    json.dump(doc, sys.stdout)
    # The number of ties named, for make bench, which keeps no study in
    # memory itself (a child's peak memory would count the parent's).
    print(sum(len(i["ties"]) for i in doc["interviews"]), file=sys.stderr)
