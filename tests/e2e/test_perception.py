"""perception: both sides of each tie, against figures worked out by hand."""
import csv
import io
import json
import os

import openpyxl

from e2e import SAMPLE, expect, prose, run, write

STUDY = {
    "partnermap": 1, "title": "perception by hand",
    "entities": [
        {"id": "g", "name": "Gemeente G", "kind": "municipality", "attributes": {"side": "public"}},
        {"id": "o1", "name": "Org 1", "kind": "organisation", "attributes": {"side": "care"}},
        {"id": "o2", "name": "Org 2", "kind": "organisation", "attributes": {"side": "care"}},
        {"id": "o3", "name": "Org 3", "kind": "organisation", "attributes": {"side": "care"}},
        {"id": "t", "name": "Team T", "kind": "team", "attributes": {"side": "public"}},
        {"id": "x", "name": "Org X", "kind": "organisation"},
    ],
    "interviews": [
        {"respondent": "g", "ties": [{"with": "o1", "level": 3, "trust": 4},
                                     {"with": "o2", "level": 2, "trust": 3},
                                     {"with": "o3", "level": 1},
                                     {"with": "x", "level": 2, "trust": 1}]},
        {"respondent": "o1", "ties": [{"with": "g", "level": 1, "trust": 2}]},
        {"respondent": "o2", "ties": [{"with": "g", "level": 2, "trust": 3},
                                      {"with": "t", "level": 1}]},
        {"respondent": "o3", "ties": []},
        {"respondent": "t", "ties": [{"with": "o2", "level": 3, "trust": 4}]},
    ],
}

# By hand: g names o1, o2 and o3 (x was not interviewed, so it does not
# count); o1 and o2 name g back; o2 and t name each other.
KINDS = [
    {"from": "municipality", "to": "organisation", "named": 3, "named_back": 2 / 3,
     "level": 2.5, "level_back": 1.5, "trust": 3.5, "trust_back": 2.5},
    {"from": "organisation", "to": "municipality", "named": 2, "named_back": 1.0,
     "level": 1.5, "level_back": 2.5, "trust": 2.5, "trust_back": 3.5},
    {"from": "organisation", "to": "team", "named": 1, "named_back": 1.0,
     "level": 1.0, "level_back": 3.0, "trust": None, "trust_back": None},
    {"from": "team", "to": "organisation", "named": 1, "named_back": 1.0,
     "level": 3.0, "level_back": 1.0, "trust": None, "trust_back": None},
]
PAIRS = [{"a": "g", "b": "o1", "level_a": 3, "level_b": 1, "trust_a": 4, "trust_b": 2},
         {"a": "o2", "b": "t", "level_a": 1, "level_b": 3, "trust_a": None, "trust_b": 4}]


def close(a, b):
    if a is None or b is None or isinstance(a, str):
        return a == b
    return abs(a - b) < 1e-12


def same_rows(got, want):
    assert len(got) == len(want), (got, want)
    for g, w in zip(got, want):
        assert list(g) == list(w), (g, w)
        assert all(close(g[k], w[k]) for k in w), (g, w)


def test_json_by_hand(tmp):
    path = write(tmp, "s.json", json.dumps(STUDY))
    doc = json.loads(expect(run("perception", path, "-f", "json"), 0).out)
    assert list(doc) == ["wave", "kinds", "pairs"] and doc["wave"] == "1"
    same_rows(doc["kinds"], KINDS)
    same_rows(doc["pairs"], PAIRS)


def test_confirmed_ties_only(tmp):
    path = write(tmp, "s.json", json.dumps(STUDY))
    doc = json.loads(expect(run("perception", path, "-f", "json", "--ties", "confirmed"), 0).out)
    first = doc["kinds"][0]
    assert first["named"] == 2 and first["named_back"] == 1.0
    assert first["level"] == 2.5 and first["level_back"] == 1.5


def test_groups_by_attribute(tmp):
    path = write(tmp, "s.json", json.dumps(STUDY))
    doc = json.loads(expect(run("perception", path, "-f", "json", "--groups", "side"), 0).out)
    rows = {(k["from"], k["to"]): k for k in doc["kinds"]}
    # public (g, t) names care (o1, o2, o3; t names o2): 4, of which 3 back.
    assert rows[("public", "care")]["named"] == 4
    assert close(rows[("public", "care")]["named_back"], 3 / 4)
    assert rows[("care", "public")]["named"] == 3 and rows[("care", "public")]["named_back"] == 1
    r = expect(run("perception", path, "--groups", "sid"), 2)
    assert "did you mean 'side'" in r.err


def test_sentences_in_both_languages(tmp):
    path = write(tmp, "s.json", json.dumps(STUDY))
    en = prose(expect(run("perception", path), 0).out)
    assert ("Municipalities name 3 organisations as partner; 1 of them does not name the "
            "municipality back. Where both name each other, the municipality rates the "
            "collaboration at 2.5 on average and the organisation at 1.5. The trust that the "
            "municipality gives is 3.5 on average, that of the organisation 2.5.") in en, en
    assert "Gemeente G" in en and "Org 1" in en  # the pairs, by name
    nl = prose(expect(run("perception", path, "--lang", "nl"), 0).out)
    assert ("Gemeenten noemen 3 organisaties als partner; 1 daarvan noemt de gemeente niet "
            "terug. Waar beide elkaar noemen, schat de gemeente de samenwerking gemiddeld op "
            "2,5 en de organisatie op 1,5. Het vertrouwen dat de gemeente geeft is gemiddeld "
            "3,5, dat van de organisatie 2,5.") in nl, nl
    assert "gemeente" in nl and "organisatie" in nl


def test_csv_xlsx_and_anonymise(tmp):
    path = write(tmp, "s.json", json.dumps(STUDY))
    r = expect(run("perception", path, "-f", "csv"), 0)
    rows = list(csv.reader(io.StringIO(r.out)))
    assert rows[0] == ["from", "to", "named", "named_back", "level", "level_back", "trust",
                       "trust_back"]
    assert rows[1][:3] == ["municipality", "organisation", "3"]
    x = os.path.join(tmp, "p.xlsx")
    expect(run("perception", path, "-o", x), 0)
    wb = openpyxl.load_workbook(x)
    assert wb.sheetnames == ["Perception", "Pairs"]
    assert [c.value for c in wb["Pairs"][2]] == ["g", "o1", 3, 1, 4, 2]
    r = expect(run("perception", path, "--anonymise", "-f", "json"), 0)
    doc = json.loads(r.out)
    assert doc["pseudonymised"] is True and "g" not in {p["a"] for p in doc["pairs"]}
    assert "Org 1" not in expect(run("perception", path, "--anonymise"), 0).out


def test_sample(tmp):
    """The sample's figures against the sample's interviews, read here."""
    with open(SAMPLE) as f:
        study = json.load(f)
    wave = study["waves"][-1]["id"]
    kind = {e["id"]: e["kind"] for e in study["entities"]}
    said = {}
    for i in study["interviews"]:
        if i.get("wave", wave) != wave:
            continue
        for t in i["ties"]:
            key = (i["respondent"], t["with"])
            lv, tr = said.get(key, (0, 0))
            said[key] = (max(lv, t.get("level", 1)), max(tr, t.get("trust", 0)))
    asked = {i["respondent"] for i in study["interviews"] if i.get("wave", wave) == wave}
    said = {k: v for k, v in said.items() if k[0] in asked and k[1] in asked}
    doc = json.loads(expect(run("perception", SAMPLE, "-f", "json"), 0).out)
    for row in doc["kinds"]:
        mine = [k for k in said if kind[k[0]] == row["from"] and kind[k[1]] == row["to"]]
        back = [k for k in mine if (k[1], k[0]) in said]
        assert row["named"] == len(mine), row
        assert close(row["named_back"], len(back) / len(mine)), row
        if back:
            assert close(row["level"], sum(said[k][0] for k in back) / len(back)), row
            assert close(row["level_back"], sum(said[(k[1], k[0])][0] for k in back) / len(back))
