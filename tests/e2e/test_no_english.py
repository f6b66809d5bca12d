"""No English word in any Dutch output of the sample (issue 25): the report
(page, diagrams, charts, CSV files), the template and its explanation sheet,
every export, the commands' tables and CSV, --help and messages. A word
counts as English when it is on a list of common English words that are not
Dutch words; the study's own text (names, ids, areas, labels, notes, types)
is taken out first, since it is the user's, and so are file names."""
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET

import openpyxl

from e2e import SAMPLE, data, expect, run

# Common English words that are no Dutch words (so not "in", "is", "over",
# "of", "door", "kind", "type", "team", "data", "label" or "interview").
ENGLISH = set("""
the and with without every each tie ties level levels study wave waves entity entities
reported confirmed only not interviewed from which that this these those who what when where
between none empty default collaboration municipality municipalities organisation
organisations organization informal members member since until name names date key value
sheet sheets note notes title area areas target groups group domains domain trust density
fragmentation betweenness closeness degree coreness community communities cutpoint cutpoints
share mean missing started ended kept lost gained joined left response measures measure gaps
gap unknown error warning file folder cannot did you your see also please save write read
could would should will all any some first last next before after about into how many much
same other others than then there their they has have been are were more less new network
report chart legend width highlighted sources estimated pseudonymised timeline change changes
stronger weaker closer yes true false shape task tasks respondents
partnership partnerships continued observed unobserved brokers broker key players
""".split())

WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")
FILE = re.compile(r"[\w./-]+\.(?:csv|svg|png|pdf|json|xlsx|html|gexf|graphml|net|dl|dot)\b")


def study_strings(path):
    """Every string in the study file, longest first."""
    found = set()

    def walk(x):
        if isinstance(x, str):
            found.add(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    doc = json.load(open(path, encoding="utf-8"))
    walk(doc)
    for e in doc["entities"]:  # attribute keys are the user's words too
        found.update(e.get("attributes", {}))
    return sorted(found, key=len, reverse=True)


# What a person types, which --help and messages name as it is typed: the
# commands and the values of options.
TYPED = set("""
check measure draw overlap timeline report convert template advise export reported confirmed
all none degree betweenness closeness pagerank eigenvector community municipality domain
municipalities domains kind
network coverage table
""".split())


def english_words(text, own, typed=False):
    for s in own:
        text = text.replace(s, " ")
    text = re.sub(r"partnermap \w+", " ", text)  # a command to type
    text = FILE.sub(" ", text)
    text = re.sub(r"https?://\S+|--[\w-]+", " ", text)  # addresses and options
    words = set()
    for w in WORD.findall(text):
        for part in w.split("-"):
            if part.lower() in ENGLISH and not (typed and part.lower() in TYPED):
                words.add(part)
    return words


def svg_text(path):
    return " ".join(t.text or "" for t in ET.parse(path).getroot().iter()
                    if t.tag.endswith("}text") or t.tag.endswith("}title"))


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def xlsx_text(path):
    book = openpyxl.load_workbook(path)
    parts = []
    for ws in book.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if isinstance(v, str))
        for dv in ws.data_validations.dataValidation:
            parts.extend(filter(None, [dv.prompt, dv.promptTitle, dv.error, dv.errorTitle]))
    return "\n".join(parts)


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<style\b.*?</style>", " ", s, flags=re.S)
    # The page's script: its strings a reader sees are in the model's texts.
    s = re.sub(r"<script>.*?</script>", " ", s, flags=re.S)
    model = re.search(r'id="x-model">(.*?)</script>', s, re.S)
    s = re.sub(r"<script\b.*?</script>", " ", s, flags=re.S)
    extra = json.dumps(json.loads(model.group(1)).get("texts", {}), ensure_ascii=False) \
        if model else ""
    attrs = " ".join(re.findall(r'(?:alt|title|placeholder|aria-label)="([^"]*)"', s))
    return re.sub(r"<[^>]+>", " ", s) + " " + attrs + " " + extra


def outputs(tmp, study):
    """(what, text) for every Dutch output of STUDY."""
    nl = ("--lang", "nl")
    folder = os.path.join(tmp, "rapport")
    expect(run("report", study, *nl, "-o", folder), 0)
    for f in sorted(os.listdir(folder)):
        p = os.path.join(folder, f)
        if f.endswith(".html"):
            yield f, html_text(p)
        elif f.endswith(".svg"):
            yield f, svg_text(p)
        elif f.endswith(".csv"):
            yield f, open(p, encoding="utf-8-sig").read()
    chart = os.path.join(tmp, "groei.pdf")
    expect(run("timeline", study, *nl, "--chart", chart), 0)
    yield "timeline --chart", pdf_text(chart)
    for args in (("--diff", "2015", "2019"), ("--view", "coverage"), ()):
        if study != SAMPLE and args:
            continue
        svg = os.path.join(tmp, "d%d.svg" % len(args))
        expect(run("draw", study, *nl, *args, "-o", svg), 0)
        yield "draw " + " ".join(args), svg_text(svg)
    template = os.path.join(tmp, "sjabloon.xlsx")
    expect(run("template", *nl, "-o", template), 0)
    yield "template", xlsx_text(template)
    for ext in ("gexf", "graphml", "xlsx", "net", "dl"):
        out = os.path.join(tmp, "export." + ext)
        expect(run("export", study, *nl, "-o", out), 0)
        if ext == "xlsx":
            yield "export .xlsx", xlsx_text(out)
        elif ext in ("gexf", "graphml"):
            root = ET.parse(out).getroot()
            # What a person reads: descriptions and the values of text
            # attributes; keys and ids are for programs.
            yield "export ." + ext, " ".join(
                t.text or "" for t in root.iter()
                if t.tag.split("}")[-1] in ("description", "desc", "creator", "title"))
    for cmd in ("check", "measure", "overlap", "timeline", "advise"):
        yield cmd, expect(run(cmd, study, *nl), 0).out
        if cmd != "check" and cmd != "advise":
            yield cmd + " csv", expect(run(cmd, study, *nl, "-f", "csv"), 0).out
    for cmd in ("", "check", "measure", "draw", "overlap", "timeline", "report", "convert",
                "template", "advise", "export"):
        args = (cmd, "--help") if cmd else ("--help",)
        yield cmd + " --help", expect(run("--lang", "nl", *args), 0).out
    # Messages: a few mistakes a person makes.
    for args in (("measure", study, "--wave", "1999"), ("measure", study, "--formaat", "csv"),
                 ("mesure", study), ("draw", study), ("measure", "geen-bestand.json")):
        r = run("--lang", "nl", *args)
        assert r.code != 0, args
        yield "!" + " ".join(args[:1] + args[2:]), r.err


def check_study(tmp, study):
    own = study_strings(study)
    found = {}
    for what, text in outputs(tmp, study):
        words = english_words(text, own, what.endswith("--help") or what.startswith("!"))
        if words:
            found[what] = sorted(words)
    assert not found, found


def test_sample_in_dutch_holds_no_english(tmp):
    check_study(tmp, SAMPLE)


def test_nonresponse_study_in_dutch_holds_no_english(tmp):
    check_study(tmp, data("nonresponse.json"))


def test_the_scan_can_fail(tmp):
    """The scanner finds English where it is."""
    assert english_words("Relaties: every reported tie.", []) == {"every", "reported", "tie"}
    assert english_words("leeg: collaboration", []) == {"collaboration"}
    assert english_words("Tussenpositie van Stichting Pulse", ["Stichting Pulse"]) == set()
    assert english_words("zie measures-wave1.csv", []) == set()
