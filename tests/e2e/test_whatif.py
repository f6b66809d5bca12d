"""What-if (--without, --add-tie): the same measures as the study edited by
hand, and every form of output says that the network was changed."""
import copy
import csv
import io
import json
import os
import re

from e2e import SAMPLE, expect, run, write

# Keys that depend on who named whom, which a tie made by hand in an
# interview changes and a what-if tie (named by nobody) does not.
NAMING = {"named_by"}


COUNTS = {"entities", "ties", "components", "largest_component", "isolates", "communities",
          "cutpoints", "bridges"}


def load_sample():
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)


def without_by_hand(doc, gone):
    """The study with the entities removed from the file entirely."""
    doc = copy.deepcopy(doc)
    doc["entities"] = [e for e in doc["entities"] if e["id"] not in gone]
    for e in doc["entities"]:
        if "members" in e:
            e["members"] = [m for m in e["members"]
                            if (m if isinstance(m, str) else m["id"]) not in gone]
    doc["interviews"] = [i for i in doc["interviews"] if i["respondent"] not in gone]
    for i in doc["interviews"]:
        i["ties"] = [t for t in i.get("ties", []) if t["with"] not in gone]
    return doc


def measures(*args):
    return json.loads(expect(run("measure", *args, "-f", "json"), 0).out)


def same_measures(a, b, skip=()):
    na = {k: v for k, v in a["network"].items() if k not in skip}
    nb = {k: v for k, v in b["network"].items() if k not in skip}
    assert json.dumps(na, sort_keys=True) == json.dumps(nb, sort_keys=True), (na, nb)
    ea = {e["id"]: e for e in a["entities"]}
    eb = {e["id"]: e for e in b["entities"]}
    assert sorted(ea) == sorted(eb)
    for k in ea:
        for key, value in ea[k].items():
            if key in skip:
                continue
            other = eb[k][key]
            if isinstance(value, float):
                assert abs(value - other) < 1e-12, (k, key, value, other)
            else:
                assert value == other, (k, key, value, other)


def test_without_equals_removed_by_hand(tmp):
    gone = {"pulse", "ggd"}
    edited = write(tmp, "edited.json", json.dumps(without_by_hand(load_sample(), gone)))
    hand = measures(edited)
    what_if = measures(SAMPLE, "--without", "pulse,GGD regio Utrecht")
    assert what_if["what_if"]["without"] == ["pulse", "ggd"]
    same_measures(hand, what_if)
    # The unchanged network is there as "before".
    assert what_if["what_if"]["before"] == measures(SAMPLE)["network"]
    assert what_if["network"]["entities"] == what_if["what_if"]["before"]["entities"] - 2


def test_added_tie_equals_tie_in_interview(tmp):
    # huisartsen was interviewed in 2019, senioren-lopik was not, and they are
    # not tied; a tie named in huisartsen's interview is then one-sided, like
    # the what-if tie, so only named_by tells them apart.
    doc = load_sample()
    for i in doc["interviews"]:
        if i["respondent"] == "huisartsen" and i["wave"] == "2019":
            i.setdefault("ties", []).append({"with": "senioren-lopik"})
    edited = write(tmp, "edited.json", json.dumps(doc))
    hand = measures(edited)
    what_if = measures(SAMPLE, "--add-tie", "huisartsen,SENIORENVERENIGING lopik")
    assert what_if["what_if"]["add_tie"] == [["huisartsen", "senioren-lopik"]]
    assert what_if["network"]["ties"] == what_if["what_if"]["before"]["ties"] + 1
    same_measures(hand, what_if, skip=NAMING)


def test_both_at_once_on_another_wave(tmp):
    doc = without_by_hand(load_sample(), {"jst"})
    for i in doc["interviews"]:
        if i["respondent"] == "lopik" and i["wave"] == "2017":
            i.setdefault("ties", []).append({"with": "ouderenteam"})
    edited = write(tmp, "edited.json", json.dumps(doc))
    hand = measures(edited, "--wave", "2017")
    what_if = measures(SAMPLE, "--wave", "2017", "--without", "jst", "--add-tie",
                       "lopik,ouderenteam")
    same_measures(hand, what_if, skip=NAMING | {"confirmed_share"})


def test_table_shows_every_key_before_and_after(tmp):
    r = expect(run("measure", SAMPLE, "--without", "pulse"), 0)
    assert "What-if: without Stichting Pulse." in r.out
    before = measures(SAMPLE)["network"]
    after = measures(SAMPLE, "--without", "pulse")["network"]
    lines = {line.split()[0]: line.split()[1:] for line in r.out.splitlines()
             if line.startswith("  ") and len(line.split()) == 3}
    for key, value in before.items():
        if isinstance(value, dict):
            for sub in value:
                assert f"{key}.{sub}" in lines, sub
            continue
        assert key in lines, key
        b, a = lines[key]
        if key in COUNTS:
            assert (int(b), int(a)) == (value, after[key]), key
        elif value is not None:
            assert abs(float(b) - value) < 5e-4 and abs(float(a) - after[key]) < 5e-4, key


def test_csv_says_so_on_every_row(tmp):
    r = expect(run("measure", SAMPLE, "-f", "csv", "--without", "pulse", "--add-tie",
                   "lopik,ijsselstein"), 0)
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert len(rows) == 22
    assert {row["what_if"] for row in rows} == {"without pulse; add-tie lopik,ijsselstein"}
    plain = expect(run("measure", SAMPLE, "-f", "csv"), 0)
    assert "what_if" not in plain.out


def test_draw_caption_and_added_tie(tmp):
    out = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "-o", out, "--without", "pulse", "--add-tie", "lopik,ijsselstein",
               "--lang", "en"), 0)
    with open(out, encoding="utf-8") as f:
        svg = f.read()
    # The caption wraps to the page's width: its lines read as one text.
    caption = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    assert "What&#45;if: without Stichting Pulse, with a new tie between Gemeente Lopik and " \
           "Gemeente IJsselstein." in caption
    assert "tie added (what&#45;if)" in svg
    assert svg.count('stroke="#009e73"') >= 2  # the tie and its legend sample
    assert ">Stichting Pulse<" not in svg


def test_report_says_so(tmp):
    out = os.path.join(tmp, "rep")
    expect(run("report", SAMPLE, "-o", out, "--without", "pulse"), 0)
    with open(os.path.join(out, "index.html"), encoding="utf-8") as f:
        html = f.read()
    assert "What-if: without Stichting Pulse." in html
    with open(os.path.join(out, "measures-wave3.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert all(row["what_if"] == "without pulse" for row in rows)
    assert "pulse" not in {row["id"] for row in rows}


def test_usage_errors(tmp):
    for args, want in [
        (["--without", "pulsee"], "did you mean 'pulse'?"),
        (["--without", "nobody"], "no entity 'nobody'"),
        (["--add-tie", "pulse"], "--add-tie A,B"),
        (["--add-tie", "pulse,pulse"], "with itself"),
        (["--add-tie", "pulse,jst"], "already tied"),
        (["--without", "pulse", "--add-tie", "pulse,lopik"], "left out by --without"),
        (["--wave", "2015", "--without", "mantelzorg"], "does not take part"),
    ]:
        r = expect(run("measure", SAMPLE, *args), 2)
        assert want in r.err, (args, r.err)
    r = expect(run("draw", SAMPLE, "-o", os.path.join(tmp, "x.svg"), "--diff", "2015", "2019",
                   "--without", "pulse"), 2)
    assert not os.path.exists(os.path.join(tmp, "x.svg"))


def test_every_csv_of_a_report_and_the_coverage_diagram_say_so(tmp):
    """cli.md: after a what-if "every form of output says so": in a report,
    every CSV file, not only the measures; and the coverage diagram."""
    out = os.path.join(tmp, "rep")
    expect(run("report", SAMPLE, "--without", "pulse", "-o", out), 0)
    names = sorted(n for n in os.listdir(out) if n.endswith(".csv"))
    assert {"overlap.csv", "gaps.csv", "timeline.csv", "timeline-changes.csv"} <= set(names)
    for name in names:
        rows = list(csv.DictReader(open(os.path.join(out, name), encoding="utf-8-sig")))
        assert rows, name
        assert all(r["what_if"] == "without pulse" for r in rows), name
    plain = os.path.join(tmp, "plain")
    expect(run("report", SAMPLE, "-o", plain), 0)
    for name in names:
        assert "what_if" not in open(os.path.join(plain, name), encoding="utf-8-sig").readline()
    svg = os.path.join(tmp, "cov.svg")
    expect(run("draw", SAMPLE, "--view", "coverage", "--without", "jst", "-o", svg), 0)
    assert "without Jeugd&#45; en Sociaal Team IJsselstein" in open(svg).read()
