"""partnermap report -o FILE.docx: the report as one Word document, read back
by python-docx (Debian's python3-docx) and converted to PDF by LibreOffice;
its headings, paragraphs and tables are the HTML report's, in both
languages; hostile names stay text; a pseudonymised document names nobody."""
import html
import html.parser
import json
import os
import re
import subprocess
import zipfile
import xml.etree.ElementTree as ET

import docx

from e2e import SAMPLE, data, expect, run

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def norm(text):
    """Text as both sides hold it: XML has no control characters (the
    document has spaces in their place), and runs of spaces are one."""
    return re.sub(r"\s+", " ", CONTROL.sub(" ", text)).strip()


class Blocks(html.parser.HTMLParser):
    """The page's headings, paragraphs (p and li) and tables in order,
    outside the contents (nav) and the interactive part (#explore), and the
    figures' alt texts; the paragraph of CSV files and its heading, which
    only the page has, are left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.alts, self.skip, self.stack = [], [], 0, []
        self.buf = None
        self.table = None

    VOID = {"meta", "img", "br", "hr", "link", "input"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.VOID:
            if tag == "img" and not self.skip:
                self.alts.append(a.get("alt", ""))
            return
        if tag in ("nav",) or a.get("id") == "explore":
            self.skip += 1
            self.stack.append(("skip", tag))
            return
        self.stack.append((None, tag))
        if self.skip:
            return
        if tag in ("h1", "h2", "h3", "h4", "p", "li", "td", "th"):
            self.buf = []
            self.kind = "p" if tag in ("p", "li") else "h" if tag[0] == "h" and tag != "th" else "c"
            self.cls = a.get("class")
        elif tag == "table":
            self.table = []
        elif tag == "tr":
            self.table.append([])

    def handle_endtag(self, tag):
        mark, _ = self.stack.pop()
        if mark == "skip":
            self.skip -= 1
            return
        if self.skip or self.buf is None and tag != "table":
            return
        if tag in ("td", "th"):
            self.table[-1].append(norm("".join(self.buf)))
            self.buf = None
        elif tag == "table":
            self.blocks.append(("table", self.table))
            self.table = None
        elif tag in ("h1", "h2", "h3", "h4", "p", "li"):
            if self.cls == "files":
                self.blocks.pop()  # its heading
            else:
                self.blocks.append((self.kind, norm("".join(self.buf))))
            self.buf = None

    def handle_data(self, d):
        if self.buf is not None and not self.skip:
            self.buf.append(d)


def page_blocks(folder):
    p = Blocks()
    p.feed(open(os.path.join(folder, "index.html"), encoding="utf-8").read())
    p.close()
    return p.blocks, p.alts


def document_blocks(path):
    """The document's body in order, as python-docx reads it: headings
    (Title and Heading N), paragraphs, tables; captions apart."""
    d = docx.Document(path)
    blocks, captions = [], []
    paragraphs = {p._p: p for p in d.paragraphs}
    tables = {t._tbl: t for t in d.tables}
    for el in d.element.body.iterchildren():
        if el in paragraphs:
            p = paragraphs[el]
            text = norm(p.text)
            style = p.style.name
            if style == "Caption":
                captions.append(text)
            elif style == "Title" or style.startswith("Heading"):
                blocks.append(("h", text))
            elif text:
                blocks.append(("p", text))
        elif el in tables:
            blocks.append(("table", [[norm(c.text) for c in row.cells] for row in tables[el].rows]))
    return d, blocks, captions


def both(tmp, name, *args):
    folder = os.path.join(tmp, name)
    path = os.path.join(tmp, name + ".docx")
    expect(run("report", *args, "-o", folder), 0)
    r = expect(run("report", *args, "-o", path), 0)
    assert not os.path.isdir(path) and zipfile.is_zipfile(path)
    assert path in r.err
    return folder, path


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def check_structure(path, lang, width_cm=16):
    d, blocks, captions = document_blocks(path)
    p = parts(path)
    styles = ET.fromstring(p["word/styles.xml"])
    ids = {s.get(W + "styleId"): s.find(W + "name").get(W + "val") for s in styles.iter(W + "style")}
    # Word's own heading styles (built-in names), so the navigation pane works.
    assert ids["Heading1"] == "heading 1" and ids["Heading2"] == "heading 2", ids
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(W + "val") == lang
    section = d.sections[0]
    assert abs(section.page_width.cm - 21.0) < 0.05 and abs(section.page_height.cm - 29.7) < 0.05
    column = docx.shared.Length(section.page_width - section.left_margin - section.right_margin)
    assert abs(column.cm - max(16, min(width_cm, 19))) < 0.05, column.cm
    body = ET.fromstring(p["word/document.xml"])
    for tbl in body.iter(W + "tbl"):
        first = tbl.find(W + "tr")
        assert first.find(f"{W}trPr/{W}tblHeader") is not None
    # Every picture is in the package, none is linked.
    rels = p["word/_rels/document.xml.rels"].decode()
    assert "External" not in rels and "http://" not in rels.replace(
        "http://schemas.openxmlformats.org/", "")
    for shape in d.inline_shapes:
        assert abs(shape.width.cm - width_cm) < 0.01 or shape.height.cm <= 21.01, shape.width.cm
    return d, blocks, captions


def test_document_says_what_the_page_says_in_english_and_dutch(tmp):
    for lang, tag in (("en", "en-GB"), ("nl", "nl-NL")):
        folder, path = both(tmp, "r-" + lang, SAMPLE, "--lang", lang)
        page, alts = page_blocks(folder)
        d, blocks, captions = check_structure(path, tag)
        assert blocks == page, next(
            (i, a, b) for i, (a, b) in enumerate(zip(blocks, page)) if a != b) if len(
            blocks) == len(page) else (len(blocks), len(page))
        # Every diagram of the page, with its caption below it.
        assert captions == [norm(a) for a in alts]
        assert len(d.inline_shapes) == len(alts) > 5
        # Numbers aligned right, with the page's decimals (0.123 / 0,123).
        body = ET.fromstring(parts(path)["word/document.xml"])
        right = [c for tbl in body.iter(W + "tbl") for tr in tbl.findall(W + "tr")[1:]
                 for c in tr.findall(W + "tc") if c.find(f"{W}p/{W}pPr/{W}jc") is not None]
        cells = ["".join(t.text or "" for t in c.iter(W + "t")) for c in right]
        assert cells and all(re.fullmatch(r"[-+]?[\d.,]*%?( \(\d+\))?|-|–", c) for c in cells), [
            c for c in cells if not re.fullmatch(r"[-+]?[\d.,]*%?( \(\d+\))?|-|–", c)]
        point = "," if lang == "nl" else "."
        assert any(re.fullmatch(r"\d" + re.escape(point) + r"\d{3}", c) for c in cells)
        assert d.core_properties.language == tag


def test_width_and_what_if_remark(tmp):
    folder, path = both(tmp, "w", SAMPLE, "--width", "12", "--without", "lopik")
    page, _ = page_blocks(folder)
    d, blocks, _ = check_structure(path, "en-GB", 12)
    assert blocks == page
    assert any("lopik" in t.lower() for k, t in blocks[:6] if k == "p"), blocks[:6]


def test_hostile_names_are_text(tmp):
    folder, path = both(tmp, "h", data("hostile.json"))
    page, _ = page_blocks(folder)
    d, blocks, _ = check_structure(path, "en-GB")
    assert blocks == page
    text = " ".join(t if k != "table" else " ".join(" ".join(r) for r in t) for k, t in blocks)
    for e in json.load(open(data("hostile.json"), encoding="utf-8"))["entities"]:
        assert norm(e["name"]) in text, e["name"]
    # Every part is well-formed XML, and a name made no element of its own.
    for name, content in parts(path).items():
        if name.endswith(".xml") or name.endswith(".rels"):
            root = ET.fromstring(content)
            tags = {el.tag.split("}")[-1] for el in root.iter()}
            assert not tags & {"script", "img", "a", "hyperlink", "altChunk", "instrText"}, tags


def test_pseudonymised_document_names_nobody(tmp):
    from test_pseudonym import load, other_text, secrets, study
    src = study(tmp)
    doc = load(src)
    path = os.path.join(tmp, "p.docx")
    expect(run("report", src, "--anonymise", "all", "-o", path), 0)
    words, keep = secrets(doc, True), other_text(doc)
    found = []
    for name, content in parts(path).items():
        if name.endswith(".png"):
            continue
        text = html.unescape(content.decode("utf-8"))
        for v in keep:
            text = text.replace(v, " ")
        found += [(name, w) for w in words if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)]
    assert found == []
    _, blocks, _ = document_blocks(path)
    assert ("p", "Names are pseudonymised.") in blocks
    assert os.path.basename(src) not in " ".join(str(b) for b in blocks)


def test_libreoffice_converts_it_to_pdf(tmp):
    path = os.path.join(tmp, "verslag.docx")
    expect(run("report", SAMPLE, "--lang", "nl", "-o", path), 0)
    _, blocks, _ = document_blocks(path)
    profile = "file://" + os.path.join(tmp, "lo-profile")
    r = subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, path],
                       capture_output=True, timeout=300)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0 and "Error" not in err, err
    pdf = os.path.join(tmp, "verslag.pdf")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    flat = re.sub(r"\s+", "", text)
    for kind, t in blocks:
        if kind in ("h", "p"):
            # Words, not layout: hyphenation and line breaks aside.
            assert re.sub(r"\s+", "", t)[:40] in flat, t


def test_an_edited_document_is_not_replaced(tmp):
    path = os.path.join(tmp, "verslag.docx")
    expect(run("report", SAMPLE, "-o", path), 0)
    expect(run("report", SAMPLE, "-o", path, "--lang", "nl"), 0)  # its own: replaced
    d = docx.Document(path)
    d.core_properties.last_modified_by = "Beleidsadviseur"
    d.save(path)
    before = open(path, "rb").read()
    r = run("report", SAMPLE, "-o", path)
    assert r.code != 0 and open(path, "rb").read() == before
    assert not [n for n in os.listdir(tmp) if n.startswith(".") or "tmp" in n], os.listdir(tmp)
