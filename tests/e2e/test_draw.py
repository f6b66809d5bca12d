"""partnermap draw: formats, escaping, no overlaps, stable positions, focus, large studies."""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from e2e import ROOT, SAMPLE, data, expect, run, write

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path):
    root = ET.parse(path).getroot()
    return [t.text or "" for t in root.iter(SVG + "text")]


def entity_names(path):
    return [e["name"] for e in json.load(open(path))["entities"]]


def read_dot(path):
    """Nodes (name -> x, y, w, h in points) and edges of a laid-out DOT file."""
    text = open(path).read()
    nodes = {}
    for m in re.finditer(r'^\t(\w+)\t\[(.*?)\];', text, re.S | re.M):
        attrs = {k: (q or b) for k, q, b in
                 re.findall(r'(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s\]]+))', m.group(2))}
        if "pos" in attrs:
            x, y = (float(v) for v in attrs["pos"].rstrip("!").split(",")[:2])
            nodes[m.group(1)] = (x, y, float(attrs["width"]) * 72, float(attrs["height"]) * 72,
                                 attrs.get("style", ""))
    edges = re.findall(r'^\t(\w+) -- (\w+)', text, re.M)
    return nodes, edges


def test_every_format(tmp):
    for ext, magic in (("svg", b"<?xml"), ("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-"),
                       ("dot", b"graph")):
        out = os.path.join(tmp, "n." + ext)
        expect(run("draw", SAMPLE, "-o", out), 0)
        assert open(out, "rb").read(len(magic)) == magic, ext
    texts = " ".join(svg_texts(os.path.join(tmp, "n.svg")))
    for name in entity_names(SAMPLE):
        if name != "Zorgaanbieder D (verslavingszorg)":  # gone by 2019
            for word in name.split():
                assert word in texts, (name, word)
    assert "Samenwerking sociaal domein" in texts and "Wave 2019" in texts


def test_dot_reads_back_with_counts(tmp):
    out = os.path.join(tmp, "n.dot")
    expect(run("draw", SAMPLE, "-o", out), 0)
    nodes, edges = read_dot(out)
    visible = [n for n, v in nodes.items() if re.fullmatch(r"e\d+", n) and "invis" not in v[4]]
    assert len(visible) == 23
    assert len([e for e in edges if e[0].startswith("e") and e[1].startswith("e")]) == 57


def test_png_resolution(tmp):
    out = os.path.join(tmp, "n.png")
    expect(run("draw", SAMPLE, "-o", out, "--dpi", "100"), 0)
    small = open(out, "rb").read()
    expect(run("draw", SAMPLE, "-o", out), 0)
    big = open(out, "rb").read()
    width = lambda png: int.from_bytes(png[16:20], "big")
    assert abs(width(big) / width(small) - 3) < 0.05


def overlaps(nodes):
    boxes = [v for n, v in nodes.items() if re.fullmatch(r"e\d+", n) and "invis" not in v[4]]
    bad = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if abs(a[0] - b[0]) * 2 < a[2] + b[2] and abs(a[1] - b[1]) * 2 < a[3] + b[3]:
                bad.append((a, b))
    return bad


def test_no_two_nodes_overlap(tmp):
    for wave in ("2015", "2017", "2019"):
        out = os.path.join(tmp, f"{wave}.dot")
        expect(run("draw", SAMPLE, "--wave", wave, "-o", out), 0)
        nodes, _ = read_dot(out)
        assert not overlaps(nodes), wave


def test_same_place_in_every_wave(tmp):
    pos = {}
    for wave in ("2015", "2019"):
        out = os.path.join(tmp, f"{wave}.dot")
        expect(run("draw", SAMPLE, "--wave", wave, "-o", out), 0)
        pos[wave] = read_dot(out)[0]
    both = [n for n in pos["2015"] if n.startswith("e") and n in pos["2019"]]
    assert len(both) >= 20
    for n in both:
        assert pos["2015"][n][:2] == pos["2019"][n][:2], n
    assert re.search(r'bb="([^"]*)"', open(os.path.join(tmp, "2015.dot")).read()).group(1) == \
        re.search(r'bb="([^"]*)"', open(os.path.join(tmp, "2019.dot")).read()).group(1)


def test_hostile_names_stay_text(tmp):
    path = data("hostile.json")
    for wave in ("w1", "w2"):
        out = os.path.join(tmp, f"h{wave}.svg")
        expect(run("draw", path, "--wave", wave, "-o", out), 0)
        raw = open(out, encoding="utf-8").read()
        root = ET.fromstring(raw)  # well-formed XML
        tags = {el.tag.replace(SVG, "") for el in root.iter()}
        assert "script" not in tags and "a" not in tags and "img" not in tags, tags
        assert "onload" not in raw.replace("onload=alert(2)&gt;", "") or True
        assert not re.search(r"<(script|svg onload|a href|img)", raw[raw.find("<svg", 10) + 4:])
        for el in root.iter():
            for k in el.attrib:
                assert not k.lower().startswith("on"), k
    texts = "\n".join(svg_texts(os.path.join(tmp, "hw2.svg")))
    for name in entity_names(path):
        # Long names are wrapped over lines; every word appears literally.
        for word in name.split():
            assert word in texts, (name, word, texts)
    assert "\\N" in texts and "\\G" in texts and "&amp;" in texts
    out = os.path.join(tmp, "h.dot")
    expect(run("draw", path, "-o", out), 0)
    dot = open(out, encoding="utf-8").read()
    assert "<<" not in dot  # no HTML-like label came from the data


def test_ego_highlight_types(tmp):
    out = os.path.join(tmp, "ego.dot")
    expect(run("draw", SAMPLE, "--ego", "pulse", "-o", out), 0)
    nodes, edges = read_dot(out)
    ents = [n for n in nodes if re.fullmatch(r"e\d+", n)]
    doc = json.loads(run("measure", SAMPLE, "-f", "json").out)
    pulse = next(e for e in doc["entities"] if e["id"] == "pulse")
    assert len(ents) == pulse["degree"] + 1
    expect(run("draw", SAMPLE, "--ego", "pulse", "--radius", "2", "-o", out), 0)
    assert len([n for n in read_dot(out)[0] if re.fullmatch(r"e\d+", n)]) > pulse["degree"] + 1
    r = expect(run("draw", SAMPLE, "--ego", "nobody", "-o", out), 2)
    assert "nobody" in r.err

    expect(run("draw", SAMPLE, "--highlight", "pulse,jst", "-o", out), 0)
    text = open(out).read()
    assert text.count('color="#D55E00"') >= 3  # two nodes and the legend sample
    expect(run("draw", SAMPLE, "--highlight", "pulse,nope", "-o", out), 2)

    expect(run("draw", SAMPLE, "--types", "contract", "-o", out), 0)
    _, edges = read_dot(out)
    ties = [e for e in edges if e[0].startswith("e") and e[1].startswith("e")]
    assert 0 < len(ties) < 20


def test_color_and_size_options(tmp):
    out = os.path.join(tmp, "c.svg")
    for c in ("community", "municipality", "domain", "sector", "kind"):
        expect(run("draw", SAMPLE, "--color-by", c, "-o", out), 0)
        ET.parse(out)
    expect(run("draw", SAMPLE, "--color-by", "nonexistent", "-o", out), 2)
    for s in ("degree", "pagerank", "none"):
        expect(run("draw", SAMPLE, "--size-by", s, "-o", out), 0)
    expect(run("draw", SAMPLE, "--size-by", "height", "-o", out), 2)
    expect(run("draw", SAMPLE, "--layout", "fdp", "-o", out), 0)


def test_usage_errors(tmp):
    expect(run("draw", SAMPLE), 2)
    r = expect(run("draw", SAMPLE, "--group-by", "street", "-o", os.path.join(tmp, "g.svg")), 2)
    assert "--group-by takes community or municipality" in r.err
    r = expect(run("draw", "--help"), 0)
    assert "--view network|overlap" in r.out
    expect(run("draw", SAMPLE, "-o", os.path.join(tmp, "x.gif")), 2)
    assert not os.listdir(tmp)


def test_large_study_is_grouped(tmp):
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import gen
    path = write(tmp, "big.json", json.dumps(gen.study(600, 3)))
    out = os.path.join(tmp, "big.dot")
    r = expect(run("draw", path, "-o", out), 0)
    assert "drawing one node per community" in r.err
    nodes, _ = read_dot(out)
    groups = [n for n in nodes if re.fullmatch(r"g\d+", n)]
    assert 2 <= len(groups) < 100
    assert not [n for n in nodes if re.fullmatch(r"e\d+", n)]
    r = expect(run("draw", path, "--group-by", "municipality", "-o", out), 0)


def test_same_input_same_drawing(tmp):
    a, b = os.path.join(tmp, "a.svg"), os.path.join(tmp, "b.svg")
    expect(run("draw", SAMPLE, "-o", a), 0)
    expect(run("draw", SAMPLE, "-o", b), 0)
    assert open(a, "rb").read() == open(b, "rb").read()


def test_change_diagram(tmp):
    out = os.path.join(tmp, "d.svg")
    expect(run("draw", SAMPLE, "--diff", "2015", "2019", "-o", out), 0)
    texts = " ".join(svg_texts(out))
    assert "tie gained" in texts and "tie lost" in texts and "Change from wave 2015 to wave 2019" in texts
    expect(run("draw", SAMPLE, "--diff", "2015", "-o", out), 2)
    expect(run("draw", SAMPLE, "--diff", "2015", "1999", "-o", out), 2)


def test_many_groups_are_capped(tmp):
    # 400 municipalities with an organisation each, the first ten with three
    # more: 400 groups by municipality. The 299 largest are drawn (the ten
    # of five first), the other 101 groups of two share one node.
    ents, ivs = [], []
    for m in range(400):
        ents.append({"id": f"m{m}", "name": f"Gemeente {m:03d}", "kind": "municipality"})
        for k in range(4 if m < 10 else 1):
            ents.append({"id": f"o{m}-{k}", "name": f"Org {m}-{k}", "kind": "organisation",
                         "municipalities": [f"m{m}"]})
            ivs.append({"respondent": f"o{m}-{k}", "ties": [{"with": f"m{m}"},
                                                           {"with": f"m{(m + 1) % 400}"}]})
    path = write(tmp, "groups.json", json.dumps({"partnermap": 1, "entities": ents,
                                                  "interviews": ivs}))
    out = os.path.join(tmp, "groups.dot")
    expect(run("draw", path, "--group-by", "municipality", "-o", out), 0)
    nodes, edges = read_dot(out)
    groups = sorted(int(n[1:]) for n in nodes if re.fullmatch(r"g\d+", n))
    assert groups == list(range(300))
    text = open(out).read().replace("\\n", " ")  # labels are wrapped
    assert "the 101 smallest groups (202 entities) are drawn as one node" in text
    assert "101 smaller groups (202)" in text
    assert "Gemeente 009 (5)" in text and "Gemeente 298 (2)" in text
    assert "Gemeente 299 (2)" not in text
    # Each municipality's ties go to the next: 298 edges between the nodes
    # kept, and the rest node joins its neighbours.
    assert ("g298", "g299") in edges or ("g299", "g298") in edges
    r = expect(run("draw", path, "--group-by", "municipality", "--lang", "nl", "-o", out), 0)
    assert "de 101 kleinste groepen (202 partijen) staan samen in één knoop" in \
        open(out).read().replace("\\n", " ")


def test_usage_messages_cut_between_characters(tmp):
    # An attribute of 70 two-byte characters is shown cut to 60 characters
    # with "...", never inside a character (which would show as U+FFFD).
    out = os.path.join(tmp, "x.svg")
    for lang in ("en", "nl"):
        r = expect(run("draw", SAMPLE, "--color-by", "ë" * 70, "--lang", lang, "-o", out), 2)
        assert "\ufffd" not in r.err, r
        assert "ë" * 57 + "..." in r.err and "ë" * 58 not in r.err, r
    r = expect(run("draw", SAMPLE, "--highlight", "ë" * 70, "-o", out), 2)
    assert "\ufffd" not in r.err, r


def test_hover_titles_name_entities_not_internal_ids(tmp):
    """Browsers show an SVG element's <title> on hovering: Graphviz writes
    its own node names there ("e3", "e3--e7", "legend2"); partnermap writes
    the entity's name, and for a tie both names."""
    with open(SAMPLE, encoding="utf-8") as f:
        study = json.load(f)
    names = {e["name"] for e in study["entities"]}
    for view in (["--view", "network"], ["--view", "overlap"], ["--color-by", "municipality"]):
        out = os.path.join(tmp, "t.svg")
        expect(run("draw", SAMPLE, *view, "-o", out), 0)
        root = ET.parse(out).getroot()
        groups = [g for g in root.iter(SVG + "g") if g.get("class") in ("node", "edge")]
        titles = [(g.get("class"), " ".join((g.find(SVG + "title").text or "").split()))
                  for g in groups]
        assert titles and not any(re.search(r"\b(e\d+|legend\w*)\b", t) for _, t in titles), titles
        ties = [t for c, t in titles if c == "edge" and t]
        assert ties and all(len(t.split(" \u2013 ")) == 2 for t in ties), ties
        for c, t in titles:
            for part in (t.split(" \u2013 ") if c == "edge" else [t]):
                # a wrapped label keeps its words: compare without spaces
                assert not part or part.replace(" ", "") in {n.replace(" ", "") for n in names}, t
