"""The report's sentences on brokers between kinds, silos against chance and
how both sides see their ties, in both languages, on the sample; the
figures in them are those of measure and perception."""
import html
import json
import os
import re

from e2e import SAMPLE, expect, run


def paragraphs(tmp, *args):
    out = os.path.join(tmp, "r")
    expect(run("report", SAMPLE, "-o", out, *args), 0)
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        return [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", f.read())]


def has(ps, start):
    found = [p for p in ps if p.startswith(start)]
    assert found, (start, ps)
    return found[0]


def test_english(tmp):
    ps = paragraphs(tmp)
    doc = json.loads(expect(run("measure", SAMPLE, "-f", "json"), 0).out)
    ents = {e["name"]: e for e in doc["entities"]}
    brokers = has(ps, "The brokers between kinds, who link partners that have no tie of their own: ")
    top = max(ents.values(), key=lambda e: e["brokerage"]["gatekeeper"] + e["brokerage"]["liaison"])
    assert (f"{top['name']} ({top['brokerage']['gatekeeper']} pairs as gatekeeper, linking its "
            f"own kind to another; {top['brokerage']['liaison']} as liaison") in brokers
    assert " and " in brokers
    has(ps, "The informal circuit reaches the other kinds mostly through ")
    low = has(ps, "The lowest constraint, so the most room to broker")
    best = min((e for e in ents.values() if e["degree"] >= 2), key=lambda e: e["constraint"])
    assert f"{best['name']} ({best['constraint']:.2f})" in low
    # One sentence per grouping whose E-I has a test, saying whether it is chance.
    test = doc["network"]["ei_test"]
    assert ("Grouped by domains, the E-I index is -0.65, lower than chance gives (0.14; "
            "p < 0.001): a silo beyond chance.") in ps
    assert ("Grouped by kind, the E-I index is 0.54, within what chance gives (0.34; "
            f"p = {test['kind']['p_high']:.3f}).") in ps
    assert ("Teams name 13 organisations as partner; 2 of them do not name the team back.") in \
        has(ps, "Teams name 13 organisations")
    assert ("Where both name each other, the municipality rates the collaboration at 1.9 on "
            "average and the organisation at 2.0.") in has(ps, "Municipalities name 12")


def test_dutch(tmp):
    ps = paragraphs(tmp, "--lang", "nl")
    brokers = has(ps, "De makelaars tussen soorten, die partners verbinden die zelf geen relatie "
                      "hebben: ")
    assert " en " in brokers and "paren als poortwachter" in brokers
    has(ps, "Het informele circuit bereikt de andere soorten vooral via ")
    has(ps, "De laagste beperking (constraint)")
    assert ("Ingedeeld naar domeinen is de E-I-index -0,65, lager dan het toeval geeft (0,14; "
            "p < 0,001): een eilandje dat meer is dan toeval.") in ps
    assert ("Teams noemen 13 organisaties als partner; 2 daarvan noemen het team niet terug."
            ) in has(ps, "Teams noemen 13 organisaties")
    assert ("Waar beide elkaar noemen, schat de gemeente de samenwerking gemiddeld op 1,9 en de "
            "organisatie op 2,0.") in has(ps, "Gemeenten noemen 12 organisaties")


def test_one_group_is_left_out(tmp):
    """A study of one municipality says nothing about silos by municipality."""
    study = {"partnermap": 1, "entities": [
        {"id": "m", "name": "Gemeente M", "kind": "municipality"},
        {"id": "a", "name": "A", "kind": "organisation", "municipalities": ["m"]},
        {"id": "b", "name": "B", "kind": "team", "municipalities": ["m"]},
        {"id": "c", "name": "C", "kind": "organisation", "municipalities": ["m"]}],
        "interviews": [{"respondent": "a", "ties": [{"with": "b"}, {"with": "c"}]},
                       {"respondent": "m", "ties": [{"with": "a"}]}]}
    path = os.path.join(tmp, "s.json")
    with open(path, "w") as f:
        json.dump(study, f)
    out = os.path.join(tmp, "r")
    expect(run("report", path, "-o", out), 0)
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        text = html.unescape(f.read())
    assert "Grouped by kind" in text
    assert "Grouped by municipalities" not in text
