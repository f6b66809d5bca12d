"""Dutch throughout (cli.md, "Language"): every command's help, table and
errors in Dutch; Dutch CSV for Dutch Excel with the same numbers as English
CSV; -o FILE.xlsx read back by openpyxl with the numbers of --format json."""
import csv
import io
import json
import os
import re
import sys

try:
    import openpyxl
except ImportError:  # a python3 of its own before Debian's on PATH
    sys.path.append("/usr/lib/python3/dist-packages")
    import openpyxl

from e2e import SAMPLE, expect, run, prose

COMMANDS = ("check", "measure", "draw", "overlap", "timeline", "report")
DUTCH_KINDS = {"municipality": "gemeente", "organisation": "organisatie", "team": "team",
               "informal": "informele partner"}
DUTCH_ADVICE = {"keep": "behouden", "reach": "bereik", "tie": "relatie"}


def test_help_in_dutch(tmp):
    for cmd in COMMANDS:
        r = expect(run(cmd, "--help", "--lang", "nl"), 0)
        assert r.out.startswith("Gebruik: partnermap " + cmd), r
        assert "Opties:" in r.out and "toon deze hulp" in r.out, r
        assert "Options:" not in r.out and "show this help" not in r.out
        # the words to fill in are Dutch too (-o BESTAND, naar PAD)
        words = set(re.findall(r"\b[A-Z]{3,}\b", r.out))
        assert not words & {"FILE", "PATH", "DIR", "FOLDER"}, (cmd, words)
        en = expect(run(cmd, "--help", "--lang", "en"), 0).out
        assert set(re.findall(r"\b[A-Z]{3,}\b", en)) & {"FILE", "PATH", "DIR"}, cmd
    assert "-o, --output PAD" in expect(run("measure", "--help", "--lang", "nl"), 0).out
    r = expect(run("--help", env={"LANG": "nl_NL.UTF-8"}), 0)
    assert "Opdrachten:" in r.out and "Commands:" not in r.out


def test_errors_in_dutch(tmp):
    for cmd in COMMANDS:
        r = expect(run(cmd, SAMPLE, "--bogus", "--lang", "nl"), 2)
        assert f"partnermap: fout in de opdracht: onbekende optie '--bogus' bij {cmd}" in r.err, r
        assert f"Zie 'partnermap {cmd} --help'." in r.err
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w", encoding="utf-8") as f:
        f.write('{"partnermap": 1, "entities": [{"id": "a", "name": "A", "kind": "teem"}], '
                '"interviews": []}')
    r = expect(run("check", bad, env={"PARTNERMAP_LANG": "nl"}), 1)
    assert f"{bad}: fout: entities[0].kind: onbekende soort \"teem\"" in r.err, r
    assert "de dataset bevat 1 fout; er is niets geschreven" in r.err
    assert "error" not in r.err
    r = expect(run("measure", os.path.join(tmp, "none.json"), "--lang", "nl"), 3)
    assert "kan het bestand niet openen: bestand of map bestaat niet" in r.err, r


def test_tables_in_dutch(tmp):
    r = expect(run("check", SAMPLE, "--lang", "nl"), 0)
    assert "Partijen:   24 (2 gemeenten, 13 organisaties, 4 teams, 5 informele partners)" in r.out
    r = expect(run("measure", SAMPLE, "--lang", "nl"), 0)
    assert "  dichtheid           0,225" in r.out, r
    assert "Sleutelspeler: zonder Vrijwilligerscentrum IJsselstein zou de fragmentatie stijgen " \
           "van 0,00 naar 0,09: 1 partij zou worden afgesneden." in prose(r.out)
    assert "Partijen, naar tussenpositie" in r.out and "0,320" in r.out
    assert "informele partner" in r.out and "organisatie" in r.out
    assert "density" not in r.out and "0.320" not in r.out
    assert "soort 0,54 (p 0,063), gemeenten -0,95 (p 0,130), domeinen -0,65 (p 0,000), sector 0,30 (p 0,002)" in prose(r.out), r
    assert "municipalities" not in r.out and "domains" not in r.out
    r = expect(run("overlap", SAMPLE, "--lang", "nl"), 0)
    assert "Jeugd- en Sociaal Team IJsselstein en Ouderenteam IJsselstein bedienen allebei " \
           "volwassenen in centrum en west en hebben geen relatie (overlap 0,20" in prose(r.out), r
    r = expect(run("timeline", SAMPLE, "--lang", "nl"), 0)
    assert "3 metingen" in r.out and "ragmentatie daalde van 0,10 naar 0,00" in prose(r.out), r
    assert "partijen  relaties  dichth." in r.out and "Relaties van meting 2019" in r.out


def csv_rows(raw, sep, decimal_comma):
    """The cells of a CSV file, numbers as floats where a cell is one."""
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    out = []
    for row in rows[1:]:
        cells = []
        for cell in row:
            s = cell.replace(",", ".") if decimal_comma else cell
            try:
                cells.append(float(s))
            except ValueError:
                cells.append(cell)
        out.append(cells)
    return rows[0], out


def test_dutch_csv_has_the_numbers_of_english_csv(tmp):
    for args in (("measure", SAMPLE), ("overlap", SAMPLE), ("timeline", SAMPLE),
                 ("measure", SAMPLE, "--wave", "2015"), ("advise", SAMPLE)):
        en = expect(run(*args, "-f", "csv"), 0).raw
        nl = expect(run(*args, "-f", "csv", "--lang", "nl"), 0).raw
        assert not en.startswith(b"\xef\xbb\xbf") and nl.startswith(b"\xef\xbb\xbf"), args
        en_head, en_rows = csv_rows(en, ",", False)
        nl_head, nl_rows = csv_rows(nl[3:], ";", True)
        assert len(en_head) == len(nl_head) and en_head != nl_head, (en_head, nl_head)
        assert en_head[0] in ("id", "a", "advice")
        assert all(h.strip() for h in nl_head), nl_head  # every column is named
        assert len(en_rows) == len(nl_rows) > 0
        numbers = 0
        for a, b in zip(en_rows, nl_rows):
            for key, x, y in zip(en_head, a, b):
                if key == "kind":
                    assert y == DUTCH_KINDS[x], (x, y)
                elif key == "advice":
                    assert y == DUTCH_ADVICE[x], (x, y)
                elif isinstance(x, float):
                    assert isinstance(y, float) and abs(x - y) < 1e-9, (args, x, y)
                    numbers += 1
                elif x in ("true", "false"):
                    assert y == ("ja" if x == "true" else "nee"), (x, y)
                else:
                    assert x == y, (x, y)
        assert numbers >= 4, args
    nl = expect(run("measure", SAMPLE, "-f", "csv", "--lang", "nl"), 0).raw
    assert b"0,3" in nl
    # No English or cryptic abbreviation for a measure a Dutch reader knows by name.
    assert "PageRank" in csv_rows(nl[3:], ";", True)[0]


def test_english_csv_stays_as_it_is(tmp):
    raw = expect(run("measure", SAMPLE, "-f", "csv", env={"LANG": "en_US.UTF-8"}), 0).raw
    head = raw.split(b"\r\n")[0].decode()
    assert head.startswith("id,name,kind,degree,named_by,betweenness"), head
    assert expect(run("measure", SAMPLE, "-f", "csv", "--sep", ";"), 0).raw.startswith(b"id;")


def sheet_rows(path):
    wb = openpyxl.load_workbook(path)
    assert len(wb.worksheets) == 1
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_xlsx_has_the_numbers_of_json(tmp):
    for lang in ("en", "nl"):
        path = os.path.join(tmp, f"m-{lang}.xlsx")
        expect(run("measure", SAMPLE, "-o", path, "--lang", lang), 0)
        with open(path, "rb") as f:
            assert f.read(2) == b"PK", "a real workbook is a zip file"
        head, rows = sheet_rows(path)
        doc = json.loads(expect(run("measure", SAMPLE, "-f", "json"), 0).out)
        # A workbook has one column per member of an object (brokerage).
        flat = [{(f"{k}.{m}" if isinstance(v, dict) else k): (w if isinstance(v, dict) else v)
                 for k, v in e.items() for m, w in (v.items() if isinstance(v, dict) else [(0, v)])}
                for e in doc["entities"]]
        by_id = {e["id"]: e for e in flat}
        keys = list(flat[0].keys())
        assert len(head) == len(keys) and len(rows) == len(by_id)
        if lang == "en":
            assert list(head) == keys
        for row in rows:
            e = by_id[row[0]]
            for k, v in zip(keys, row):
                if isinstance(e[k], bool):
                    assert v is e[k], (k, v)
                elif isinstance(e[k], (int, float)):
                    assert isinstance(v, (int, float)) and abs(v - e[k]) < 1e-9, (k, v, e[k])
                elif e[k] is None:
                    assert v is None, (k, v)
                elif k == "kind" and lang == "nl":
                    assert v == DUTCH_KINDS[e[k]], (k, v)
                else:
                    assert v == e[k], (k, v)
    path = os.path.join(tmp, "o.xlsx")
    expect(run("overlap", SAMPLE, "-o", path), 0)
    head, rows = sheet_rows(path)
    pairs = json.loads(expect(run("overlap", SAMPLE, "-f", "json"), 0).out)["pairs"]
    assert head[:3] == ("a", "b", "coverage_overlap") and len(rows) == len(pairs)
    for row, p in zip(rows, pairs):
        assert (row[0], row[1]) == (p["a"], p["b"])
        assert abs(row[2] - p["coverage_overlap"]) < 1e-9 and row[6] is p["aware"]
    path = os.path.join(tmp, "t.xlsx")
    expect(run("timeline", SAMPLE, "-o", path, "--lang", "nl"), 0)
    head, rows = sheet_rows(path)
    waves = json.loads(expect(run("timeline", SAMPLE, "-f", "json"), 0).out)["waves"]
    assert head[0] == "meting" and [r[0] for r in rows] == [w["id"] for w in waves]
    for row, w in zip(rows, waves):
        assert row[5] == w["ties"] and abs(row[6] - w["density"]) < 1e-9
