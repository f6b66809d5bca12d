"""partnermap report: a self-contained folder in English and Dutch; hostile text
stays text in a real browser; a failed run leaves an earlier report alone."""
import base64
import hashlib
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import e2e
from e2e import SAMPLE, data, expect, run, write

SECTIONS = ["glance", "networks", "brokers", "fragmentation", "silos", "trust", "overlap",
            "change", "scores", "method"]


class Page(html.parser.HTMLParser):
    """Collects ids, links, text, and every tag, and checks that tags nest."""

    VOID = {"meta", "img", "br", "hr", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.refs, self.tags, self.text, self.stack = set(), [], [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        for k in ("src", "href"):
            if k in a:
                self.refs.append(a[k])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()

    def handle_data(self, d):
        self.text.append(d)


def parse(path):
    """The page parsed, after checking that it is well-formed: every end
    tag is a bare </name> (html.parser reads "</td class=x>" as </td>, a
    browser as well, but it is not HTML), outside the raw text of scripts
    and styles, and tags nest."""
    source = open(path, encoding="utf-8").read()
    markup = re.sub(r"(<(script|style)\b[^>]*>).*?(</\2>)", r"\1\3", source, flags=re.S)
    for end in re.findall(r"</[^>]*>", markup):
        assert re.fullmatch(r"</[a-z][a-z0-9]*>", end), end
    p = Page()
    p.feed(source)
    p.close()
    assert p.stack == [], p.stack
    return p


def check_folder(folder, names):
    page = parse(os.path.join(folder, "index.html"))
    for s in SECTIONS:
        assert s in page.ids, s
    text = " ".join(page.text)
    for n in names:
        assert n in text, n
    for ref in page.refs:
        if ref.startswith("#"):
            assert ref[1:] in page.ids
            continue
        assert "://" not in ref and not ref.startswith("/"), ref
        assert os.path.isfile(os.path.join(folder, ref)), ref
    for tag, attrs in page.tags:
        assert tag not in ("iframe", "object", "link"), tag
    # The page's own two scripts only: the model as JSON and one inline
    # script, neither loading anything, the latter admitted by its hash.
    scripts = [a for t, a in page.tags if t == "script"]
    assert scripts == [{"type": "application/json", "id": "x-model"}, {}], scripts
    raw = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    body = raw.split("<script>")[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', raw).group(1)
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp, csp
    model = raw.split('id="x-model">')[1].split("</script>")[0]
    assert "<" not in model and ">" not in model
    in_model = [e["name"] for e in json.loads(model)["entities"]]
    assert all(n in in_model for n in names)
    for f in os.listdir(folder):
        if f.endswith(".svg"):
            ET.parse(os.path.join(folder, f))
        if f.endswith(".png"):
            assert open(os.path.join(folder, f), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    return page, text


def test_sample_in_english_and_dutch(tmp):
    names = [e["name"] for e in json.load(open(SAMPLE))["entities"]]
    en = os.path.join(tmp, "en")
    r = expect(run("report", SAMPLE, "-o", en), 0)
    assert "index.html" in r.err
    page, text = check_folder(en, names)
    assert "The study at a glance" in text and "Brokers and key players" in text
    assert "Without Vrijwilligerscentrum IJsselstein, fragmentation would rise from 0.00 to 0.09: one entity would be cut off." in text
    assert "Jeugd- en Sociaal Team IJsselstein and Ouderenteam IJsselstein both serve volwassenen in centrum and west and have no tie" in text
    assert ("In wave 2019 the field is held together above all by Jeugd- en Sociaal Team "
            "IJsselstein, Breed Sociaal Loket Lopik and Stichting Pulse") in text
    # The brokers' table stops at 12 and says where the rest are: the last
    # wave's rows of measure, counted independently.
    in_wave3 = len(expect(run("measure", SAMPLE, "-f", "csv"), 0).out.strip().splitlines()) - 1
    assert in_wave3 > 12
    assert (f"The table shows the 12 of {in_wave3} entities with the highest betweenness; "
            "measures-wave3.csv beside this page lists all of them.") in text
    for f in ("network-wave1.svg", "network-wave3.png", "change.svg", "overlap.svg",
              "growth.png", "measures-wave3.csv", "timeline.csv", "overlap.csv"):
        assert os.path.isfile(os.path.join(en, f)), f
    nl = os.path.join(tmp, "nl")
    expect(run("report", SAMPLE, "-o", nl, "--lang", "nl"), 0)
    page, text = check_folder(nl, names)
    assert 'lang="nl"' in open(os.path.join(nl, "index.html")).read()
    for words in ("Het onderzoek in het kort", "Verbinders en sleutelspelers", "Schotten",
                  "Vertrouwen", "Overlappende teams", "Verandering tussen metingen",
                  "Scores op de opgaven", "Methode", "Meer preventie"):
        assert words in text, words
    assert "The study" not in text and "Brokers" not in text
    assert "0,2" in text or "0,1" in text  # decimal comma
    assert "van 0,00 naar 0,09: één partij zou worden afgesneden" in text
    assert ("bijeengehouden door Jeugd- en Sociaal Team IJsselstein, Breed Sociaal Loket Lopik "
            "en Stichting Pulse") in text
    assert f"De tabel toont de 12 van de {in_wave3} partijen met de hoogste tussenpositie" in text
    svg = open(os.path.join(nl, "network-wave1.svg"), encoding="utf-8").read()
    assert "Soort partij" in svg and "Kind of entity" not in svg
    chart = open(os.path.join(nl, "growth.svg"), encoding="utf-8").read()
    assert "Kind of entity" not in chart


def test_default_folder(tmp):
    src = write(tmp, "mystudy.json", open(SAMPLE, encoding="utf-8").read())
    r = subprocess.run([e2e.BINARY, "report", src], cwd=tmp, capture_output=True,
                       env=e2e.environment())
    assert r.returncode == 0, r.stderr
    assert os.path.isfile(os.path.join(tmp, "out", "mystudy", "index.html"))


def test_hostile_names_in_a_real_browser(tmp):
    folder = os.path.join(tmp, "hostile")
    expect(run("report", data("hostile.json"), "-o", folder), 0)
    names = [e["name"] for e in json.load(open(data("hostile.json"), encoding="utf-8"))["entities"]]
    page, text = check_folder(folder, names)
    chromium = shutil.which("chromium")
    assert chromium, "chromium is installed by make test"
    profile = os.path.join(tmp, "profile")
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=3000",
         "--dump-dom", "file://" + os.path.join(folder, "index.html")],
        capture_output=True, timeout=120).stdout.decode("utf-8")
    assert "<h1>" in dom
    # Nothing ran: the scripts in the names would have changed the title.
    assert "pwned" not in dom.split("</title>")[0].split("<title>")[1]
    p = Page()
    p.feed(dom)
    assert not [t for t, a in p.tags if t in ("script", "a") and (a.get("href") or "").startswith("javascript")]
    # Only the page's own scripts; none came from a name.
    assert [a for t, a in p.tags if t == "script"] == [
        {"type": "application/json", "id": "x-model"}, {}]
    assert not [a for t, a in p.tags if t == "img" and a.get("src") == "x"]
    assert not [a for t, a in p.tags for k in a if k.startswith("on")]
    shown = " ".join(p.text)
    for n in names:
        assert n in shown, n


def test_failed_run_leaves_earlier_report(tmp):
    folder = os.path.join(tmp, "r")
    expect(run("report", SAMPLE, "-o", folder), 0)
    before = {f: os.path.getmtime(os.path.join(folder, f)) for f in os.listdir(folder)}
    expect(run("report", data("invalid-many.json"), "-o", folder), 1)
    after = {f: os.path.getmtime(os.path.join(folder, f)) for f in os.listdir(folder)}
    assert before == after
    assert sorted(os.listdir(tmp)) == ["r"]  # no temporary folder left behind
    blocker = write(tmp, "file", "x")
    expect(run("report", SAMPLE, "-o", os.path.join(blocker, "r")), 3)
    assert sorted(os.listdir(tmp)) == ["file", "r"]


def test_report_gaps_scores_over_time_and_change(tmp):
    """The coverage matrix beside the overlapping teams, the gaps in words,
    scores of every wave with their change over the same respondents
    (computed here from the file), and the change by the Jaccard index."""
    folder = os.path.join(tmp, "r")
    expect(run("report", SAMPLE, "-o", folder), 0)
    page, text = check_folder(folder, [])
    for f in ("coverage.svg", "coverage.png", "gaps.csv"):
        assert os.path.isfile(os.path.join(folder, f)), f
    assert "gaps.csv" in page.refs and "coverage.svg" in page.refs
    body = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    overlap = body[body.index('id="overlap"'):body.index('id="change"')]
    assert "coverage.svg" in overlap and "overlap.svg" in overlap
    assert "In Gemeente IJsselstein no active team serves: oost (ouderen); zenderpark (ouderen)." \
        in text
    change = body[body.index('id="change"'):body.index('id="scores"')]
    assert ("Of all observed ties, 56% were there in both waves (Jaccard index 0.56): the "
            "network is stable enough to compare positions between the waves.") in change
    # Scores: per-wave means and the paired change, from the JSON.
    study = json.load(open(SAMPLE))
    waves = [w["id"] for w in study["waves"]]
    by = {}
    for i in study["interviews"]:
        by[(i["wave"], i["respondent"])] = i.get("scores", {})
    scores = body[body.index('id="scores"'):body.index('id="method"')]
    scores = re.sub(r"</(\w+)[^>]*>", r"</\1>", scores)
    for task in study["tasks"]:
        t = task["id"]
        means = []
        for w in waves:
            xs = [s[t] for (wave, _), s in by.items() if wave == w and t in s]
            means.append(sum(xs) / len(xs))
        pairs = [by[(waves[-1], r)][t] - by[(waves[0], r)][t] for (w, r) in by
                 if w == waves[-1] and t in by[(w, r)] and t in by.get((waves[0], r), {})]
        change = round(sum(pairs) / len(pairs), 1) + 0.0
        cells = "".join(f'<td class="n">{m:.1f}</td>' for m in means)
        sign = "+" if change > 0 else ""
        row = f"{cells}<td class=\"n\">{sign}{change:.1f}</td>"
        assert row in scores, (task["label"], row)


def chromium_dom(tmp, url):
    chromium = shutil.which("chromium")
    assert chromium, "chromium is installed by make test"
    profile = os.path.join(tmp, "profile-" + str(len(os.listdir(tmp))))
    return subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000",
         "--dump-dom", url], capture_output=True, timeout=120).stdout.decode("utf-8")


def test_address_selects_wave_and_entity(tmp):
    """index.html#wave=2015&focus=pulse in a real browser: the view shows
    wave 2015's entities, Stichting Pulse selected with its 2015 partners."""
    folder = os.path.join(tmp, "r")
    expect(run("report", SAMPLE, "-o", folder), 0)
    ids = {e["id"]: e["name"] for e in json.load(open(SAMPLE, encoding="utf-8"))["entities"]}
    page = "file://" + os.path.join(folder, "index.html")
    for wave in ("2015", "2019"):
        doc = json.loads(run("measure", SAMPLE, "--wave", wave, "-f", "json").out)
        dom = chromium_dom(tmp, f"{page}#wave={wave}&focus=pulse")
        assert f'<section id="explore" data-wave="{wave}" data-focus="pulse">' in dom, dom[:300]
        assert dom.count("<circle") == len(doc["entities"])
        info = dom.split('<div id="x-info">')[1].split("</div>")[0]
        assert "<h3>Stichting Pulse</h3>" in info
        pulse = next(e for e in doc["entities"] if e["id"] == "pulse")
        assert f"Partners: {pulse['degree']}" in info
        assert info.count("<li>") == pulse["degree"]
    # Without a view in the address: the last wave, nobody selected.
    dom = chromium_dom(tmp, page)
    assert '<section id="explore" data-wave="2019" data-focus="">' in dom


# Printing (cli.md: "Printed on A4, no figure is split across pages"): the
# report printed to PDF by headless Chromium, read back with poppler's
# pdftotext, whose -bbox gives every word with its place on the page.
SVG = "{http://www.w3.org/2000/svg}"
CM = 72 / 2.54


def norm(s):
    """S with runs of white space as one space."""
    return " ".join(s.split())

def svg_ends(path):
    """The topmost and the lowest line of text of a diagram (None for a
    drawing whose text is paths)."""
    texts = [(float(t.get("y")), float(t.get("x")), norm(t.text or ""))
             for t in ET.parse(path).getroot().iter(SVG + "text") if norm(t.text or "")]
    return (min(texts)[2], max(texts)[2]) if texts else (None, None)

def pdf_lines(pdf, margin):
    """Per page, the lines of text that can be seen on it, top to bottom,
    as (y, text): a word outside the page's printed area (the page less
    MARGIN points each side), in a figure cut off or running over the
    margin, is not seen."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for page in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        w, h = float(page[0]), float(page[1])
        rows = {}
        for x0, y0, x1, y1, word in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>',
                page[2]):
            x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
            if x0 < margin - 1 or y0 < margin - 1 or x1 > w - margin + 1 or y1 > h - margin + 1:
                continue
            rows.setdefault(round(y1, 1), []).append((x0, html.unescape(word)))
        pages.append([(y, " ".join(w for _, w in sorted(ws))) for y, ws in sorted(rows.items())])
    return pages

def split_figures(folder, pdf, margin):
    """The figures of the report (SVG with text) that are not seen whole on
    one printed page: the caption at the foot of the diagram must be on a
    page (the first such line after the previous figure), with the diagram's topmost text above it, below the
    previous figure's caption."""
    page_html = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    figures = re.findall(r'<figure><img src="([^"]+\.svg)"', page_html)
    pages = pdf_lines(pdf, margin)
    split, checked, after = [], 0, (0, -1.0)
    for f in figures:
        top, bottom = svg_ends(os.path.join(folder, f))
        if top is None:
            continue  # drawn by cairo: its text is paths in the PDF as well
        checked += 1
        found = [(p, y) for p, lines in enumerate(pages) for y, t in lines
                 if bottom in t and (p, y) > after]
        if not found:
            split.append((f, "its foot is not seen"))
            continue
        p, y = found[0]
        low = after[1] if after[0] == p else -1.0
        if not any(low < ty < y and top in t for ty, t in pages[p]):
            split.append((f, "page %d has the foot but not the top" % (p + 1)))
        after = (p, y)
    return checked, len(pages), split


def print_to_pdf(tmp, page, pdf):
    chromium = shutil.which("chromium")
    assert chromium, "chromium is installed by make test"
    assert shutil.which("pdftotext"), "poppler-utils is installed by make test"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--user-data-dir=" + os.path.join(tmp, "profile"),
         "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + page],
        capture_output=True, timeout=180, check=True)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert "A4" in info, info
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_printed_figures_stay_whole(tmp):
    import test_page
    forty = write(tmp, "forty.json", json.dumps(test_page.generated(40)))
    for study, name, figures in ((SAMPLE, "sample", 7), (forty, "forty", 2)):
        folder = os.path.join(tmp, name)
        expect(run("report", study, "-o", folder), 0)
        page = os.path.join(folder, "index.html")
        raw = open(page, encoding="utf-8").read()
        # The print style: A4 with 2 cm margins, no figure broken, none
        # higher than what is left of the page (29.7 - 2 * 2 cm).
        css = re.search(r"@page\{size:A4;margin:([\d.]+)cm\}@media print\{(.*?)\}\n", raw).groups()
        assert "figure{break-inside:avoid}" in css[1], css
        max_height = float(re.search(r"figure img\{max-height:([\d.]+)cm", css[1]).group(1))
        assert max_height <= 29.7 - 2 * float(css[0]), css
        pdf = os.path.join(tmp, name + ".pdf")
        n_pages = print_to_pdf(tmp, page, pdf)
        checked, pages, split = split_figures(folder, pdf, float(css[0]) * CM)
        assert pages == n_pages and checked >= figures, (checked, pages)
        assert not split, split
        # Title, tables and about one figure a page: 8 to 30 pages.
        assert 8 <= n_pages <= 30, n_pages
    # The check sees a figure that does not fit: the same page with its
    # figures made 40 cm high is read as split.
    folder = os.path.join(tmp, "sample")
    raw = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    tall = re.sub(r"figure img\{max-height:[\d.]+cm;width:auto\}",
                  "figure img{height:40cm;width:auto;max-width:none}", raw)
    assert tall != raw
    with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as f:
        f.write(tall)
    print_to_pdf(tmp, os.path.join(folder, "index.html"), os.path.join(tmp, "tall.pdf"))
    checked, _, split = split_figures(folder, os.path.join(tmp, "tall.pdf"), 2 * CM)
    assert len(split) == checked, split


def test_long_change_lists_are_cut_with_the_rest_in_a_csv(tmp):
    """Between two waves of 400 entities, interviewed in both, every tie of
    the chain i-(i+1) ends and every tie i-(i+2) starts: the page lists the
    first 300 of each and says how many more; timeline-changes.csv lists
    every one, in the report's language."""
    n = 400
    ents = [{"id": f"e{i:03d}", "name": f"Partij {i}", "kind": "organisation"}
            for i in range(n)]
    interviews = []
    for wave, step in (("1", 1), ("2", 2)):
        for i in range(n):
            ties = [{"with": f"e{i + step:03d}"}] if i + step < n else []
            interviews.append({"respondent": f"e{i:03d}", "wave": wave, "ties": ties})
    study = {"partnermap": 1, "title": "Long lists", "waves": [{"id": "1"}, {"id": "2"}],
             "entities": ents, "interviews": interviews}
    path = write(tmp, "long.json", json.dumps(study))
    started = {(f"e{i:03d}", f"e{i + 2:03d}") for i in range(n - 2)}
    ended = {(f"e{i:03d}", f"e{i + 1:03d}") for i in range(n - 1)}
    for lang, more_started, more_ended, words in (
            ("en", "And 98 more; timeline-changes.csv lists every one.",
             "And 99 more; timeline-changes.csv lists every one.", ("started", "ended")),
            ("nl", "En nog 98; timeline-changes.csv noemt ze allemaal.",
             "En nog 99; timeline-changes.csv noemt ze allemaal.", ("begonnen", "beëindigd"))):
        folder = os.path.join(tmp, lang)
        expect(run("report", path, "-o", folder, "--lang", lang), 0)
        page, text = check_folder(folder, [])
        assert "timeline-changes.csv" in page.refs
        body = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
        change = body[body.index('id="change"'):body.index('id="scores"')]
        lists = re.findall(r'<ul class="pairs">(.*?)</ul>\s*<p>([^<]*)</p>', change, re.S)
        assert [(items.count("<li>"), more) for items, more in lists] == \
            [(300, more_started), (300, more_ended)], [(i.count("<li>"), m) for i, m in lists]
        csv_text = open(os.path.join(folder, "timeline-changes.csv"), encoding="utf-8-sig").read()
        sep = ";" if lang == "nl" else ","
        rows = [line.split(sep) for line in csv_text.splitlines()[1:]]
        got = {w: {(r[3], r[5]) for r in rows if r[2] == w} for w in words}
        assert got == {words[0]: started, words[1]: ended}
        assert len(rows) == len(started) + len(ended)
        assert all(r[0] == "1" and r[1] == "2" for r in rows)
