"""Diagrams drawn for the page (cli.md, "draw and report"): read back from the
SVG at the width it is printed at, for the sample study and a generated study
of 40 entities: label and legend sizes in points on paper, the whole figure
no higher than the text of an A4 page, node areas against the measure, no tie
under a node it does not join; what size means in the legend for every
measure --size-by takes; PNG resolution."""
import json
import math
import os
import random
import re
import struct
import xml.etree.ElementTree as ET

from e2e import SAMPLE, expect, run, write

SVG = "{http://www.w3.org/2000/svg}"
CM = 72 / 2.54
# The text height of an A4 page (29.7 cm less margins): a figure this high
# or lower prints whole on one page, with its legend and caption.
PAGE_TEXT_HEIGHT_CM = 24

WORDS = ["Stichting", "Welzijn", "Buurtteam", "Wijkcentrum", "Zorggroep", "Jeugdhulp",
         "Vrijwilligers", "Maatschappelijk", "Werk", "Thuiszorg", "Huisartsenpraktijk",
         "Sociaal", "Team", "Noord", "Zuid-Oost", "Centrum", "Ouderenadvies", "Schuldhulp",
         "Mantelzorg", "Woningcorporatie", "Bibliotheek", "Voedselbank", "GGZ", "Kerk"]


def generated(n, seed=7):
    """A study of N entities with names of realistic length and about
    2.5 ties per entity, some one-sided, over one wave."""
    rnd = random.Random(seed)
    kinds = ["organisation"] * 5 + ["team"] * 2 + ["informal"] * 2 + ["municipality"]
    ents = []
    for i in range(n):
        name = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3))) + f" {i + 1}"
        ents.append({"id": f"x{i}", "name": name, "kind": kinds[i % len(kinds)]})
    ties = {}
    for i in range(n):
        for _ in range(rnd.randint(1, 4)):
            j = rnd.randrange(n)
            if j != i:
                ties.setdefault(i, set()).add(j)
    interviews = [{"respondent": f"x{i}",
                   "ties": [{"with": f"x{j}", "level": rnd.randint(1, 3)} for j in sorted(js)]}
                  for i, js in sorted(ties.items())]
    return {"partnermap": 1, "title": f"Generated study of {n}", "entities": ents,
            "interviews": interviews}


def numbers(s):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", s)]


class Drawing:
    """An SVG read back: its scale to paper, nodes' shapes, labels, legend
    texts and tie paths, all in the SVG's user units."""

    def __init__(self, path):
        root = ET.parse(path).getroot()
        width = root.get("width")
        assert width.endswith("pt"), width
        self.paper_pt = float(width[:-2])  # Graphviz rounds it to whole points
        self.viewbox = numbers(root.get("viewBox"))
        # Graphviz scales a drawing wider than its size attribute down in
        # the graph's transform: text is that much smaller on paper.
        graph = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph")
        self.shrink = numbers(re.search(r"scale\(([^)]*)\)", graph.get("transform")).group(1))[0]
        self.scale = self.paper_pt / self.viewbox[2] * self.shrink
        self.shapes, self.labels, self.legend, self.edges = {}, {}, [], []
        self.texts = {}
        for g in root.iter(SVG + "g"):
            # the parts are found by their ids (e3, e3_label, e3--e7): the
            # titles hold the names people see on hovering
            name = g.get("id")
            if g.get("class") not in ("node", "edge") or not name:
                continue
            texts = [(float(t.get("font-size")), t.text or "") for t in g.iter(SVG + "text")]
            if g.get("class") == "edge":
                path = g.find(SVG + "path")
                pts = numbers(path.get("d"))
                self.edges.append((name.replace("--", " ").split(), list(zip(pts[::2], pts[1::2]))))
            elif re.fullmatch(r"e\d+", name):
                self.shapes[name] = shape_of(g)
            elif name.endswith("_label"):
                self.labels[name[:-6]] = texts
            elif name.startswith("legendtext"):
                self.legend.extend(texts)
            self.texts[name] = texts

    def at(self, cm):
        """Sizes in points when the drawing is printed CM wide."""
        self.scale = cm * CM / self.viewbox[2] * self.shrink

    def pt(self, size):
        return size * self.scale


def shape_of(g):
    """('ellipse', cx, cy, rx, ry) or ('polygon', [(x, y), ...]) of a node."""
    e = g.find(SVG + "ellipse")
    if e is not None:
        return ("ellipse", float(e.get("cx")), float(e.get("cy")), float(e.get("rx")),
                float(e.get("ry")))
    p = g.find(SVG + "polygon")
    pts = numbers(p.get("points") if p is not None else g.find(SVG + "path").get("d"))
    return ("polygon", list(zip(pts[::2], pts[1::2])))


def bbox_area(shape):
    if shape[0] == "ellipse":
        return 4 * shape[3] * shape[4]
    xs, ys = [p[0] for p in shape[1]], [p[1] for p in shape[1]]
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


def inside(shape, x, y, margin=0.75):
    """Whether (x, y) lies inside the shape, farther than MARGIN from its edge."""
    if shape[0] == "ellipse":
        _, cx, cy, rx, ry = shape
        return ((x - cx) / max(rx - margin, 0.1)) ** 2 + ((y - cy) / max(ry - margin, 0.1)) ** 2 < 1
    pts = shape[1]
    hit = False
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
        # distance to the side
        dx, dy = x2 - x1, y2 - y1
        t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
        if math.hypot(x - x1 - t * dx, y - y1 - t * dy) < margin:
            return False
    return hit


def bezier_points(ctrl, steps=24):
    """Points along a Graphviz B-spline: M p0 C p1 p2 p3 p4 p5 p6 ..."""
    out = [ctrl[0]]
    for i in range(0, len(ctrl) - 3, 3):
        p0, p1, p2, p3 = ctrl[i:i + 4]
        for k in range(1, steps + 1):
            t = k / steps
            a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
            out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def ties_under_nodes(d):
    bad = []
    for (a, b), ctrl in d.edges:
        if not (re.fullmatch(r"e\d+", a) and re.fullmatch(r"e\d+", b)):
            continue
        pts = bezier_points(ctrl)
        for name, shape in d.shapes.items():
            if name in (a, b):
                continue
            if any(inside(shape, x, y) for x, y in pts):
                bad.append((a, b, name))
    return bad


def measure(path, key):
    doc = json.loads(run("measure", path, "-f", "json").out)
    ids = [e["id"] for e in json.load(open(path, encoding="utf-8"))["entities"]]
    return {f"e{ids.index(x['id'])}": x[key] for x in doc["entities"]}


def check_page(path, svg, size_by="betweenness"):
    d = Drawing(svg)
    assert abs(d.paper_pt - 16 * CM) < 1.0, d.paper_pt  # 16 cm wide on paper
    d.at(16)
    height = d.viewbox[3] * d.scale / d.shrink / CM
    assert height <= PAGE_TEXT_HEIGHT_CM, f"{height:.1f} cm high at 16 cm wide"
    sizes = [d.pt(s) for texts in d.labels.values() for s, _ in texts]
    assert sizes and min(sizes) >= 8, min(sizes)
    legend = [d.pt(s) for s, _ in d.legend]
    assert legend and min(legend) >= 7, min(legend)
    # Every drawn entity is named (up to 40 entities).
    assert set(d.labels) == set(d.shapes), set(d.shapes) ^ set(d.labels)
    # Node areas follow the measure: larger for a larger value, the largest
    # at least twice the smallest, and linear in the value.
    value = measure(path, size_by)
    shown = [(value[n], bbox_area(s)) for n, s in d.shapes.items()]
    shown.sort()
    lo, hi = shown[0], shown[-1]
    assert hi[0] > lo[0]
    assert hi[1] >= 2 * lo[1], (lo, hi)
    for v, area in shown:
        expected = lo[1] + (hi[1] - lo[1]) * (v - lo[0]) / (hi[0] - lo[0])
        assert abs(area - expected) <= 0.06 * hi[1], (v, area, expected)
    assert not ties_under_nodes(d), ties_under_nodes(d)[:5]
    return d


def test_sample_on_the_page(tmp):
    svg = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "-o", svg), 0)
    d = check_page(SAMPLE, svg)
    assert len(d.shapes) == 23 and len(d.edges) >= 57
    legend = " ".join(t for _, t in d.legend)
    assert "larger shape" in legend and "betweenness" in legend
    # Degree too: integers, and the legend says what size means.
    expect(run("draw", SAMPLE, "--size-by", "degree", "-o", svg), 0)
    d = check_page(SAMPLE, svg, "degree")
    assert "more partners" in " ".join(t for _, t in d.legend)


def test_forty_entities_on_the_page(tmp):
    path = write(tmp, "forty.json", json.dumps(generated(40)))
    svg = os.path.join(tmp, "f.svg")
    expect(run("draw", path, "-o", svg), 0)
    d = check_page(path, svg)
    assert len(d.shapes) == 40
    caption = " ".join(t for texts in d.texts.values() for _, t in texts)
    assert "Names are shown" not in caption


def test_larger_study_says_what_was_simplified(tmp):
    path = write(tmp, "sixty.json", json.dumps(generated(60, seed=3)))
    svg = os.path.join(tmp, "s.svg")
    expect(run("draw", path, "-o", svg), 0)
    d = Drawing(svg)
    d.at(16)
    assert len(d.shapes) == 60 and len(d.labels) == 40
    root = ET.parse(svg).getroot()
    caption = " ".join(t.text or "" for t in root.iter(SVG + "text"))
    assert "Names are shown for the 40 most connected of 60 entities" in caption
    assert abs(d.paper_pt - 16 * CM) < 1.0, d.paper_pt  # still the column's width
    assert not ties_under_nodes(d)


def test_width_option(tmp):
    svg = os.path.join(tmp, "n.svg")
    expect(run("draw", SAMPLE, "--width", "12", "-o", svg), 0)
    d = Drawing(svg)
    assert abs(d.paper_pt - 12 * CM) < 1.0, d.paper_pt
    d.at(12)
    assert not ties_under_nodes(d)
    r = expect(run("draw", SAMPLE, "--width", "2", "-o", svg), 2)
    assert "--width" in r.err


def test_narrow_width_says_names_are_small(tmp):
    """A --width too narrow for the drawing keeps the layout's text size
    but the drawing is scaled down to the page: partnermap says so, with
    the size the names print at and a width that keeps them at 8 pt."""
    svg = os.path.join(tmp, "n.svg")
    r = expect(run("draw", SAMPLE, "--width", "7", "-o", svg), 0)
    m = re.search(r"warning: at 7\.0 cm wide the names in the diagram print at ([\d.]+) pt, "
                  r"under 8 pt; a wider --width \(about (\d+)\) keeps them at 8 pt", r.err)
    assert m, r.err
    d = Drawing(svg)
    d.at(7)
    smallest = min(d.pt(s) for texts in d.labels.values() for s, _ in texts)
    assert smallest < 8 and abs(smallest - float(m.group(1))) < 0.06, (smallest, m.group(1))
    assert 7 < int(m.group(2)) <= 16, m.group(2)
    r = expect(run("draw", SAMPLE, "--width", "7", "--lang", "nl", "-o", svg), 0)
    assert re.search(r"waarschuwing: bij 7,0 cm breed worden de namen in de figuur \d+,\d pt "
                     r"groot, kleiner dan 8 pt; met een grotere --width \(ongeveer \d+\) "
                     r"blijven ze 8 pt", r.err), r.err
    # At the column's width and for 40 entities nothing is scaled: no warning.
    r = expect(run("draw", SAMPLE, "-o", svg), 0)
    assert "8 pt" not in r.err, r.err
    path = write(tmp, "forty.json", json.dumps(generated(40)))
    r = expect(run("draw", path, "-o", svg), 0)
    assert "8 pt" not in r.err, r.err


def phys(png):
    """(x, y, unit) of the pHYs chunk, or None."""
    at = 8
    while at + 8 <= len(png):
        size, kind = struct.unpack(">I4s", png[at:at + 8])
        if kind == b"pHYs":
            return struct.unpack(">IIB", png[at + 8:at + 17])
        at += 12 + size
    return None


def test_png_says_its_resolution(tmp):
    out = os.path.join(tmp, "n.png")
    expect(run("draw", SAMPLE, "-o", out), 0)
    png = open(out, "rb").read()
    assert phys(png) == (11811, 11811, 1)  # 300 dots per inch in dots per metre
    width = struct.unpack(">I", png[16:20])[0]
    assert abs(width / 300 * 2.54 - 16) < 0.1  # 16 cm at that resolution
    expect(run("draw", SAMPLE, "-o", out, "--dpi", "150"), 0)
    assert phys(open(out, "rb").read()) == (5906, 5906, 1)
    # Word reads the chunk whole: the CRC covers type and data.
    import zlib
    png = open(out, "rb").read()
    at = png.index(b"pHYs")
    assert struct.unpack(">I", png[at + 13:at + 17])[0] == zlib.crc32(png[at:at + 13])


def size_by_choices():
    """The measures --size-by takes, as draw says when given another."""
    r = expect(run("draw", SAMPLE, "--size-by", "nonsense", "-o", "x.svg"), 2)
    listed = re.search(r"--size-by takes (.*?) or none", r.err).group(1)
    return [k.strip() for k in listed.split(",")]


DUTCH_NAMES = {"betweenness": "tussenpositie"}


def test_every_size_by_says_what_size_means(tmp):
    choices = size_by_choices()
    assert {"degree", "betweenness", "closeness", "eigenvector", "pagerank"} <= set(choices)
    svg = os.path.join(tmp, "n.svg")
    for key in choices:
        for lang, words in (("en", "larger shape: "), ("nl", "grotere vorm: ")):
            expect(run("draw", SAMPLE, "--size-by", key, "--lang", lang, "-o", svg), 0)
            d = Drawing(svg)
            legend = " ".join(t for _, t in d.legend)
            # The wording names the measure, after what it means in words.
            at = legend.find(words)
            assert at >= 0, (key, lang, legend)
            # In Dutch, betweenness is named as the Dutch report names it
            # (no English word in Dutch output); the other keys are words
            # of both languages.
            name = DUTCH_NAMES.get(key, key) if lang == "nl" else key
            assert name in legend[at:].lower().replace(" ", ""), (key, lang, legend)
            assert len(legend[at:].split("(")[0]) > len(words) + 8, (key, lang, legend)


def test_coverage_matrix_on_the_page(tmp):
    """The coverage matrix of the sample (three target groups, two
    municipalities) prints at 16 cm with every name at 8 pt or more: the
    municipality heads its areas instead of taking a column of its own."""
    svg = os.path.join(tmp, "c.svg")
    r = expect(run("draw", SAMPLE, "--view", "coverage", "-o", svg), 0)
    assert "8 pt" not in r.err, r.err
    d = Drawing(svg)
    assert abs(d.paper_pt - 16 * CM) < 1.0, d.paper_pt
    d.at(16)
    cells = {n: t for n, t in d.texts.items() if not n.startswith("legend")}
    sizes = [d.pt(s) for texts in cells.values() for s, _ in texts]
    assert sizes and min(sizes) >= 8, min(sizes)
    legend = [d.pt(s) for s, _ in d.legend]
    assert legend and min(legend) >= 7, min(legend)
    words = " ".join(t for texts in cells.values() for _, t in texts)
    assert "Gemeente IJsselstein" in words and "Gemeente Lopik" in words, words


def test_unnamed_entities_are_named_on_hovering(tmp):
    """Of 60 entities only 40 are named on the page; hovering over any of
    the others in the SVG, or over one of their ties, still shows the names."""
    doc = generated(60, seed=3)
    path = write(tmp, "sixty.json", json.dumps(doc))
    svg = os.path.join(tmp, "s.svg")
    expect(run("draw", path, "-o", svg), 0)
    names = {e["name"] for e in doc["entities"]}
    seen, ties = set(), 0
    for g in ET.parse(svg).getroot().iter(SVG + "g"):
        gid, title = g.get("id") or "", g.find(SVG + "title")
        text = " ".join((title.text or "").split()) if title is not None else ""
        if re.fullmatch(r"e\d+", gid):
            assert text.replace(" ", "") in {n.replace(" ", "") for n in names}, (gid, text)
            seen.add(text)
        elif re.fullmatch(r"e\d+--e\d+", gid):
            parts = text.split(" \u2013 ")
            assert len(parts) == 2 and all(parts), (gid, text)
            ties += 1
    assert len(seen) == 60 and ties > 60, (len(seen), ties)
