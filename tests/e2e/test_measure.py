"""partnermap measure: every format parsed back, determinism, edge cases."""
import csv
import io
import json
import math
import os

from e2e import SAMPLE, data, expect, run, write, prose

NETWORK_KEYS = ["entities", "ties", "density", "components", "largest_component", "isolates",
                "fragmentation", "distance_fragmentation", "degree_centralization",
                "transitivity", "communities", "modularity", "cutpoints", "bridges", "trust",
                "confirmed_share", "ei_index", "ei_test"]
ENTITY_KEYS = ["id", "name", "kind", "degree", "named_by", "betweenness", "closeness",
               "eigenvector", "pagerank", "coreness", "community", "cutpoint",
               "fragmentation_without", "constraint", "effective_size", "brokerage", "trust"]
# CSV has one column per member of the object brokerage.
CSV_KEYS = [k for key in ENTITY_KEYS for k in
            ([f"brokerage.{r}" for r in ("coordinator", "consultant", "gatekeeper", "liaison")]
             if key == "brokerage" else [key])]


def test_json_has_every_key(tmp):
    r = expect(run("measure", SAMPLE, "--format", "json"), 0)
    doc = json.loads(r.out)
    assert doc["wave"] == "2019"
    assert list(doc["network"]) == NETWORK_KEYS
    assert list(doc["network"]["ei_index"]) == ["kind", "municipalities", "domains", "sector"]
    assert len(doc["entities"]) == doc["network"]["entities"] == 23
    for e in doc["entities"]:
        assert list(e) == ENTITY_KEYS
    assert abs(sum(e["pagerank"] for e in doc["entities"]) - 1) < 1e-9
    assert max(e["eigenvector"] for e in doc["entities"]) == 1


def test_key_player_of_first_wave(tmp):
    """In 2015 Stichting Pulse alone links Lopik to IJsselstein."""
    doc = json.loads(expect(run("measure", SAMPLE, "--wave", "2015", "-f", "json"), 0).out)
    pulse = next(e for e in doc["entities"] if e["id"] == "pulse")
    assert pulse["cutpoint"] is True
    assert pulse["fragmentation_without"] > doc["network"]["fragmentation"] + 0.3
    r = expect(run("measure", SAMPLE, "--wave", "2015"), 0)
    assert "without Stichting Pulse, fragmentation would rise from 0.10 to 0.56: 6 entities would be cut off" in prose(r.out)
    assert "Cut points (7): Stichting Pulse" in r.out


def test_csv_parses_with_header(tmp):
    r = expect(run("measure", SAMPLE, "--format", "csv"), 0)
    rows = list(csv.reader(io.StringIO(r.out)))
    assert rows[0] == CSV_KEYS
    assert len(rows) == 1 + 23
    assert "\r\n" in r.out
    r = expect(run("measure", SAMPLE, "--format", "csv", "--sep", ";"), 0)
    rows = list(csv.reader(io.StringIO(r.out), delimiter=";"))
    assert rows[0] == CSV_KEYS
    assert any("," in row[5] for row in rows[1:])  # decimal comma


def test_csv_quotes_and_defuses_formulas(tmp):
    path = write(tmp, "q.json", json.dumps({"partnermap": 1, "entities": [
        {"id": "a", "name": "=HYPERLINK(\"x\"), \"quoted\"", "kind": "team"},
        {"id": "b", "name": "B; with separator", "kind": "team"}],
        "interviews": [{"respondent": "a", "ties": [{"with": "b"}]}]}))
    r = expect(run("measure", path, "-f", "csv"), 0)
    rows = list(csv.reader(io.StringIO(r.out)))
    assert rows[1][1] == "'=HYPERLINK(\"x\"), \"quoted\""
    r = expect(run("measure", path, "-f", "csv", "--sep", ";"), 0)
    rows = list(csv.reader(io.StringIO(r.out), delimiter=";"))
    assert rows[2][1] == "B; with separator"


def test_byte_identical_runs(tmp):
    for fmt in ("json", "csv", "table"):
        a = run("measure", SAMPLE, "-f", fmt).raw
        b = run("measure", SAMPLE, "-f", fmt).raw
        assert a == b, fmt


def test_confirmed_ties_only(tmp):
    rep = json.loads(run("measure", SAMPLE, "-f", "json").out)
    con = json.loads(run("measure", SAMPLE, "-f", "json", "--ties", "confirmed").out)
    assert con["network"]["ties"] < rep["network"]["ties"]
    # Team memberships stay, named or not, so the share rises but need not
    # reach 1.
    assert con["network"]["confirmed_share"] > rep["network"]["confirmed_share"]


def test_table_for_people(tmp):
    r = expect(run("measure", SAMPLE), 0)
    assert "Brokers" in r.out and "Key player" in r.out
    assert "Entities, by betweenness" in r.out
    lines = r.out.split("Entities, by betweenness\n")[1].splitlines()
    assert lines[1].startswith("Jeugd- en Sociaal Team IJsselstein")


def test_edge_cases_are_answers(tmp):
    cases = {
        "empty": {"partnermap": 1, "entities": [], "interviews": []},
        "one": {"partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "team"}],
                "interviews": [{"respondent": "a"}]},
        "no-ties": {"partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "team"},
                                                  {"id": "b", "name": "B", "kind": "team"}],
                    "interviews": [{"respondent": "a"}, {"respondent": "b"}]},
    }
    for name, doc in cases.items():
        path = write(tmp, name + ".json", json.dumps(doc))
        out = json.loads(expect(run("measure", path, "-f", "json"), 0).out)
        assert out["network"]["entities"] == len(doc["entities"])
        assert out["network"]["trust"] is None
        assert out["network"]["modularity"] is None
        expect(run("measure", path), 0)
        expect(run("measure", path, "-f", "csv"), 0)


def test_sample_says_estimate(tmp):
    doc = json.loads(expect(run("measure", SAMPLE, "--sample", "10", "-f", "json"), 0).out)
    assert doc["estimated"]["sources"] == 10
    r = expect(run("measure", SAMPLE, "--sample", "10"), 0)
    assert "estimates from 10 sources" in r.out
    rows = list(csv.reader(io.StringIO(run("measure", SAMPLE, "--sample", "10", "-f", "csv").out)))
    assert rows[0] == CSV_KEYS + ["estimated_from_sources"]
    assert all(r[-1] == "10" for r in rows[1:])
    expect(run("measure", SAMPLE, "--sample", "0"), 2)


def test_unknown_wave_is_usage_error(tmp):
    r = expect(run("measure", SAMPLE, "--wave", "2016"), 2)
    assert "no wave '2016'" in r.err
