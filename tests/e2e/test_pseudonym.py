"""Pseudonymised output: codes instead of names, kept in a key file, stable
across runs, waves and a new version of the study; no name, id or note of
the study in a pseudonymised report; every output says so."""
import csv
import html
import json
import os
import re
import shutil

import networkx as nx

from e2e import SAMPLE, expect, run

KIND_WORDS = {"municipality": "Municipality", "organisation": "Organisation", "team": "Team",
              "informal": "Informal partner"}


def study(tmp, name="s.json"):
    path = os.path.join(tmp, name)
    shutil.copy(SAMPLE, path)
    return path


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_key(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0]) == ["id", "name", "code"]
    return {r["id"]: r for r in rows}


def secrets(doc, municipalities):
    """Every name, id and note of the study that must not appear."""
    words = set()
    for e in doc["entities"]:
        if e["kind"] != "municipality" or municipalities:
            words.update((e["id"], e["name"]))
    for iv in doc["interviews"]:
        for t in iv.get("ties", []):
            if t.get("note"):
                words.add(t["note"])
    return words


def other_text(doc):
    """The study's words that are not names, ids or notes and stay: areas,
    target groups, domains, attribute values, labels of tasks and waves.
    Some contain an id ("lopik-dorp", "inzet van vrijwilligers")."""
    values = set()
    for e in doc["entities"]:
        for key in ("areas", "target_groups", "domains"):
            values.update(e.get(key, []))
        values.update(e.get("attributes", {}).values())
    for key in ("tasks", "waves"):
        values.update(x.get("label", "") for x in doc.get(key, []))
    return sorted((v for v in values if v), key=len, reverse=True)


def leaks(folder, doc, municipalities):
    words, keep = secrets(doc, municipalities), other_text(doc)
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".png"):
                continue  # compressed: names could not be read there anyway
            data = html.unescape(open(os.path.join(root, name), encoding="utf-8").read())
            for v in keep:
                data = data.replace(v, " ")
            for w in words:
                # Ids are short words: look for them as whole words.
                if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", data):
                    found.append((name, w))
    return found


def test_report_names_nobody(tmp):
    path = study(tmp)
    doc = load(path)
    assert any(t.get("note") for iv in doc["interviews"] for t in iv.get("ties", []))
    out = os.path.join(tmp, "rep")
    expect(run("report", path, "--anonymise", "all", "-o", out), 0)
    assert os.path.exists(path + ".key.csv")
    assert not os.path.exists(os.path.join(out, os.path.basename(path) + ".key.csv"))
    assert leaks(out, doc, True) == []
    page = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    assert "Names are pseudonymised." in page
    assert "Municipality 1" in page and "Organisation 1" in page
    # Without "all" the municipalities keep their names; nobody else does.
    out2 = os.path.join(tmp, "rep2")
    expect(run("report", path, "--anonymise", "--key", os.path.join(tmp, "k.csv"),
               "-o", out2, "--lang", "nl"), 0)
    assert leaks(out2, doc, False) == []
    page = open(os.path.join(out2, "index.html"), encoding="utf-8").read()
    assert "Gemeente IJsselstein" in page and "Namen zijn gepseudonimiseerd." in page
    assert "Organisatie 1" in page


def test_codes_stable_across_runs_waves_and_versions(tmp):
    path = study(tmp)
    doc = load(path)
    first = expect(run("measure", path, "--anonymise", "-f", "json"), 0).out
    key = read_key(path + ".key.csv")
    before = open(path + ".key.csv", "rb").read()
    assert expect(run("measure", path, "--anonymise", "-f", "json"), 0).out == first
    assert open(path + ".key.csv", "rb").read() == before
    kinds = {e["id"]: e["kind"] for e in doc["entities"]}
    # Every entity but the municipalities has a code of its kind, numbered
    # from 1 within its kind, one code per entity.
    assert set(key) == {i for i, k in kinds.items() if k != "municipality"}
    for kind, word in KIND_WORDS.items():
        numbers = sorted(int(r["code"].rsplit(" ", 1)[1]) for i, r in key.items()
                         if kinds[i] == kind)
        assert all(r["code"].startswith(word + " ") for i, r in key.items() if kinds[i] == kind)
        assert numbers == list(range(1, len(numbers) + 1))
    # In every wave an entity carries its code, with its own measures.
    for wave in ("2015", "2017", "2019"):
        real = json.loads(expect(run("measure", path, "--wave", wave, "-f", "json"), 0).out)
        coded = json.loads(expect(run("measure", path, "--wave", wave, "--anonymise",
                                      "-f", "json"), 0).out)
        assert coded["pseudonymised"] is True and "pseudonymised" not in real
        by_code = {e["id"]: e for e in coded["entities"]}
        for e in real["entities"]:
            code = key[e["id"]]["code"] if e["id"] in key else e["id"]
            c = by_code[code]
            assert c["name"] == (code if e["id"] in key else e["name"])
            assert c["degree"] == e["degree"] and c["betweenness"] == e["betweenness"]
    # A new version of the study: one organisation more, one renamed, one
    # with a new id. Old codes stay; the new one gets the next number.
    doc["entities"].append({"id": "nieuw", "name": "Nieuwe Stichting", "kind": "organisation"})
    renamed = next(e for e in doc["entities"] if e["id"] == "pulse")
    renamed["name"] = "Stichting Pulse Welzijn"
    moved = next(e for e in doc["entities"] if e["id"] == "ggd")
    moved["id"] = "ggd-utrecht"
    for iv in doc["interviews"]:
        if iv["respondent"] == "ggd":
            iv["respondent"] = "ggd-utrecht"
        for t in iv.get("ties", []):
            if t["with"] == "ggd":
                t["with"] = "ggd-utrecht"
    for e in doc["entities"]:
        e["municipalities"] = e.get("municipalities", [])
        e["members"] = [m if isinstance(m, dict) or m != "ggd" else "ggd-utrecht"
                        for m in e.get("members", [])] if "members" in e else None
        if e["members"] is None:
            del e["members"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    expect(run("measure", path, "--anonymise", "-f", "json"), 0)
    new_key = read_key(path + ".key.csv")
    for i, r in key.items():
        assert new_key[i]["code"] == r["code"]
    assert new_key["ggd-utrecht"]["code"] == key["ggd"]["code"]
    organisations = sum(1 for i in key if kinds[i] == "organisation")
    assert new_key["nieuw"]["code"] == f"Organisation {organisations + 1}"


def test_every_output_says_so(tmp):
    path = study(tmp)
    r = expect(run("measure", path, "--anonymise"), 0)
    assert "Names are pseudonymised." in r.out
    assert "Stichting Pulse" not in r.out
    rows = list(csv.DictReader(expect(run("measure", path, "--anonymise", "-f", "csv"), 0)
                               .out.splitlines()))
    assert all(row["pseudonymised"] == "true" for row in rows)
    for cmd in (["overlap"], ["timeline"], ["advise"]):
        r = expect(run(*cmd, path, "--anonymise"), 0)
        assert "Names are pseudonymised." in r.out, cmd
        assert "Stichting Pulse" not in r.out and "pulse" not in r.out, cmd
        assert json.loads(expect(run(*cmd, path, "--anonymise", "-f", "json"), 0)
                          .out)["pseudonymised"] is True
        rows = list(csv.DictReader(expect(run(*cmd, path, "--anonymise", "-f", "csv"), 0)
                                   .out.splitlines()))
        assert rows and all(row["pseudonymised"] == "true" for row in rows), cmd
    svg = os.path.join(tmp, "d.svg")
    expect(run("draw", path, "--anonymise", "-o", svg), 0)
    text = open(svg, encoding="utf-8").read()
    assert "Names are pseudonymised." in text and "Stichting Pulse" not in text
    gml = os.path.join(tmp, "n.graphml")
    expect(run("export", path, "--anonymise", "-o", gml), 0)
    g = nx.read_graphml(gml)
    assert g.graph["pseudonymised"] is True
    assert "Organisation 1" in {d["name"] for _, d in g.nodes(data=True)}
    net = os.path.join(tmp, "n.net")
    expect(run("export", path, "--anonymise", "-o", net), 0)
    assert open(net, encoding="utf-8").read().startswith("% Names are pseudonymised.")


def test_options(tmp):
    path = study(tmp)
    expect(run("measure", path, "--anonymise=all", "--key", os.path.join(tmp, "k.csv")), 0)
    assert "Municipality 1" in open(os.path.join(tmp, "k.csv"), encoding="utf-8").read()
    r = expect(run("measure", path, "--anonymise=some"), 2)
    assert "all" in r.err
    expect(run("measure", path, "--key", os.path.join(tmp, "k.csv")), 2)
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w") as f:
        f.write("a,b\n1,2\n")
    r = expect(run("measure", path, "--anonymise", "--key", bad), 3)
    assert "id, name and code" in r.err
    expect(run("check", path, "--anonymise"), 2)


def test_key_file_is_the_contracts_csv_and_a_dutch_excel_copy_is_read(tmp):
    # cli.md: the key is "CSV with the columns id, name, code", whatever the
    # language of the run, so that a script can read it.
    for lang in ("nl", "en"):
        path = study(tmp, f"s-{lang}.json")
        expect(run("measure", path, "--anonymise", "-f", "json", "--lang", lang), 0)
        raw = open(path + ".key.csv", "rb").read()
        assert raw.startswith(b"id,name,code\r\n"), (lang, raw[:40])
        assert read_key(path + ".key.csv")
    # Saved again by Dutch Excel (a byte-order mark, ';', the header naam),
    # the key is read back with the same codes; when it grows it is written
    # in the contract's form again, every code kept.
    path = os.path.join(tmp, "s-nl.json")
    key = path + ".key.csv"
    rows = read_key(key)
    old = {i: r["code"] for i, r in rows.items()}
    before = expect(run("measure", path, "--anonymise", "-f", "json"), 0).out
    with open(key, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["id", "naam", "code"])
        for i, r in sorted(rows.items()):
            w.writerow([i, r["name"], r["code"]])
    assert expect(run("measure", path, "--anonymise", "-f", "json"), 0).out == before
    assert open(key, "rb").read().startswith(b"\xef\xbb\xbfid;naam;code")  # not rewritten
    doc = load(path)
    doc["entities"].append({"id": "nieuw", "name": "Nieuwe Stichting", "kind": "organisation"})
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    expect(run("measure", path, "--anonymise", "-f", "json", "--lang", "en"), 0)
    new = {i: r["code"] for i, r in read_key(key).items()}
    assert all(new[i] == code for i, code in old.items())
    organisations = sum(1 for c in old.values() if c.startswith("Organisatie "))
    assert new["nieuw"] == f"Organisatie {organisations + 1}"





def test_every_csv_of_a_report_and_the_coverage_diagram_say_so(tmp):
    """cli.md: "Every form of output says that names are pseudonymised":
    in a report every CSV file, and the coverage diagram."""
    out = os.path.join(tmp, "rep")
    expect(run("report", SAMPLE, "--anonymise", "-o", out), 0)
    names = sorted(n for n in os.listdir(out) if n.endswith(".csv"))
    assert {"overlap.csv", "gaps.csv", "timeline.csv", "timeline-changes.csv"} <= set(names)
    for name in names:
        header = next(csv.reader(open(os.path.join(out, name), encoding="utf-8-sig")))
        assert header.count("pseudonymised") == 1, (name, header)
    svg = os.path.join(tmp, "cov.svg")
    expect(run("draw", SAMPLE, "--view", "coverage", "--anonymise", "-o", svg), 0)
    assert "Names are pseudonymised." in open(svg).read()
