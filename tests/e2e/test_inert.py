"""Names, titles and notes reach the terminal inert: control characters are
shown escaped (as git does) in every table and message; long names in
several-byte characters are never cut inside a character, in any output."""
import json
import os
import xml.etree.ElementTree as ET

from e2e import SAMPLE, expect, run

# What a terminal would act on: ESC, BEL, CR, DEL, the C1 CSI, a
# right-to-left override.
DANGER = [b"\x1b", b"\x07", b"\r", b"\x7f", "\u009b".encode(), "\u202e".encode()]


def evil(tmp):
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    doc["title"] = "Evil \x1b]0;pwned\x07 title \u009b31m \u202e"
    doc["entities"][0]["name"] = "Gemeente \x1b[31mRed\x1b[0m\r IJsselstein\x7f"
    doc["entities"][1]["name"] = "Ploeg \u202egnol\u202c"
    path = os.path.join(tmp, "evil.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    return path


def inert(r):
    for stream in (r.raw, r.err.encode("utf-8", "replace")):
        for d in DANGER:
            assert d not in stream, (d, stream[:3000])


def test_control_characters_in_every_table_and_message(tmp):
    path = evil(tmp)
    for argv in (["check"], ["measure"], ["overlap"], ["timeline"], ["overlap", "--gaps"]):
        r = expect(run(argv[0], path, *argv[1:]), 0)
        inert(r)
    r = expect(run("check", path), 0)
    assert "Evil \\033]0;pwned\\a title \\302\\23331m \\u{202E}" in r.out, r.out[:500]
    assert "Gemeente \\033[31mRed\\033[0m\\r IJsselstein\\177" in \
        expect(run("measure", path), 0).out
    # messages: a wave and an entity named on the command line, a value from the file
    inert(expect(run("measure", path, "--wave", "\x1b]0;x\x07"), 2))
    inert(expect(run("draw", path, "--ego", "\x1b[2J", "-o", os.path.join(tmp, "x.svg")), 2))
    doc = json.load(open(path, encoding="utf-8"))
    doc["interviews"][0]["respondent"] = "\x1b]0;who\x07"
    bad = os.path.join(tmp, "bad.json")
    json.dump(doc, open(bad, "w"))
    r = expect(run("check", bad), 1)
    inert(r)
    assert "0;who" in r.err, r.err
    # CSV and JSON are data for programs: the names stay as they are
    assert "\x1b[31mRed" in expect(run("measure", path, "-f", "csv"), 0).out


def test_long_multibyte_names_in_every_output(tmp):
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    long = ("Ĳsselsteinse Ééndrachtige Samenwerking 漢字" * 5)[:170]
    for e in doc["entities"]:
        e["name"] = long + " " + e["id"]
    doc["title"] = "Titel " + "ë" * 190
    if doc["waves"]:
        doc["waves"][-1]["label"] = "ø" * 190
    path = os.path.join(tmp, "long.json")
    json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    for argv in (["check"], ["measure"], ["measure", "-f", "csv"], ["measure", "-f", "json"],
                 ["overlap"], ["timeline"]):
        r = expect(run(argv[0], path, *argv[1:]), 0)
        r.raw.decode("utf-8")  # strict: a cut character fails
    for out, extra in (("n.svg", []), ("n.dot", []), ("g.dot", ["--group-by", "municipality"]),
                       ("o.svg", ["--view", "overlap"])):
        p = os.path.join(tmp, out)
        expect(run("draw", path, "-o", p, *extra), 0)
        text = open(p, "rb").read().decode("utf-8")
        if out.endswith(".svg"):
            ET.fromstring(text)
    folder = os.path.join(tmp, "r")
    expect(run("report", path, "-o", folder), 0)
    for name in os.listdir(folder):
        if name.endswith((".html", ".svg", ".csv")):
            open(os.path.join(folder, name), "rb").read().decode("utf-8")


def test_advise_escapes_names_like_every_command(tmp):
    """Issue 28: the tie suggestions' sentences wrote control characters
    from names to the terminal."""
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    for e in doc["entities"]:
        e["name"] = e["name"] + " \x1b[2J\x07\u202e"
    path = os.path.join(tmp, "evil.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    r = expect(run("advise", path), 0)
    inert(r)
    assert "\\033[2J" in r.out, r.out[:2000]
    out = os.path.join(tmp, "advice.txt")
    expect(run("advise", path, "-o", out), 0)
    assert b"\x1b" not in open(out, "rb").read()


def test_invisible_and_direction_characters_are_shown(tmp):
    """Issue 28: U+FEFF and U+200F were shown raw, so "pul\\ufeffse" looked
    like "pulse"; every message and table shows them as \\u{FEFF}."""
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    doc["entities"][2]["name"] = "Stichting Pul\ufeffse\u200f"
    path = os.path.join(tmp, "inv.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f)
    r = expect(run("measure", path), 0)
    assert "Pul\\u{FEFF}se\\u{200F}" in r.out, r.out[:2000]
    assert "\ufeff" not in r.out and "\u200f" not in r.out
    r = expect(run("draw", path, "--ego", "Nobody\ufeff", "-o", os.path.join(tmp, "x.svg")), 2)
    assert "\ufeff" not in r.err and "\\u{FEFF}" in r.err, r
