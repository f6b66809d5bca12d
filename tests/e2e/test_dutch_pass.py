"""A Dutch policy advisor's pass over every command: counts agree with their
nouns, dates read as Dutch dates, the report's CSV files speak the report's
language, a column deleted from the template is named with where it belongs,
a CSV folder saved by Dutch Excel gets one warning, and the phases of long
computations have Dutch names."""
import csv
import io
import json
import os
import re

import sheets
from e2e import ROOT, SAMPLE, expect, prose, run, write
from test_messages import catalog

# One municipality, two teams serving the same area with no target groups
# recorded, one organisation; one interview naming one tie.
SMALL = {
    "partnermap": 1,
    "title": "Klein",
    "waves": [{"id": "w1", "date": "2019-05-03"}],
    "entities": [
        {"id": "gem", "name": "Gemeente Klein", "kind": "municipality",
         "areas": ["noord", "zuid"]},
        {"id": "t1", "name": "Team Noord", "kind": "team", "municipalities": ["gem"],
         "areas": ["noord"]},
        {"id": "t2", "name": "Team Ook Noord", "kind": "team", "municipalities": ["gem"],
         "areas": ["noord"]},
        {"id": "org", "name": "Stichting Een", "kind": "organisation"},
    ],
    "interviews": [{"respondent": "gem", "wave": "w1", "ties": [{"with": "org"}]}],
}


def small(tmp):
    return write(tmp, "klein.json", json.dumps(SMALL))


def test_counts_agree_with_their_nouns(tmp):
    path = small(tmp)
    nl = expect(run("measure", path, "--lang", "nl"), 0).out
    assert "Meting w1: 4 partijen, 1 relatie\n" in nl, nl
    en = expect(run("measure", path, "--lang", "en"), 0).out
    assert "Wave w1: 4 entities, 1 tie\n" in en, en
    assert "1 ties" not in en and "1 relaties" not in nl
    nl = expect(run("advise", path, "--lang", "nl"), 0).out
    assert "Advies voor meting w1: 4 partijen, 1 relatie." in nl, nl
    nl = expect(run("overlap", path, "--lang", "nl"), 0).out
    assert "Meting w1: 2 teams, 1 overlappend paar" in nl, nl
    en = expect(run("overlap", path, "--lang", "en"), 0).out
    assert "Wave w1: 2 teams, 1 overlapping pair\n" in en, en
    out = os.path.join(tmp, "rapport")
    expect(run("report", path, "--lang", "nl", "-o", out), 0)
    page = prose(re.sub(r"<[^>]+>", " ", open(os.path.join(out, "index.html"),
                                              encoding="utf-8").read()))
    assert "Het onderzoek volgt 4 partijen: 1 gemeente, 1 organisatie, 2 teams en 0 " \
           "informele partners." in page, page[:2000]
    assert "1 meting, 4 partijen, 1 interview" in page
    assert "1 gemeenten" not in page and "1 organisaties" not in page


def test_the_all_groups_pseudo_group_speaks_dutch(tmp):
    """With no target groups recorded, every team serves 'all target
    groups': in Dutch sentences that is 'alle doelgroepen'."""
    path = small(tmp)
    nl = prose(expect(run("overlap", path, "--lang", "nl"), 0).out)
    assert "Team Noord en Team Ook Noord bedienen allebei alle doelgroepen in noord" in nl, nl
    assert "target groups" not in nl
    en = prose(expect(run("overlap", path, "--lang", "en"), 0).out)
    assert "both serve all target groups in noord" in en, en
    out = os.path.join(tmp, "rapport")
    expect(run("report", path, "--lang", "nl", "-o", out), 0)
    page = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    assert "all target groups" not in page
    assert "alle doelgroepen" in page
    # JSON is the same in every language.
    assert run("overlap", path, "-f", "json", "--lang", "nl").out == \
        run("overlap", path, "-f", "json", "--lang", "en").out


def test_dates_read_as_dutch_dates(tmp):
    path = small(tmp)
    nl = expect(run("check", path, "--lang", "nl"), 0).out
    assert re.search(r"w1\s+3 mei 2019\s+1\s+4\s+1\s+0", nl), nl
    assert "2019-05-03" not in nl
    en = expect(run("check", path, "--lang", "en"), 0).out
    assert "2019-05-03" in en
    tl = expect(run("timeline", SAMPLE, "--lang", "nl"), 0).out
    assert re.search(r"^2015\s+1 mei 2015\s+19\s", tl, re.M), tl
    assert "2015-05-01" not in tl
    # CSV and JSON keep YYYY-MM-DD, which every spreadsheet reads as a date.
    raw = expect(run("timeline", SAMPLE, "--lang", "nl", "-f", "csv"), 0).out
    assert "2015-05-01" in raw
    doc = json.loads(expect(run("timeline", SAMPLE, "--lang", "nl", "-f", "json"), 0).out)
    assert doc["waves"][0]["date"] == "2015-05-01"
    out = os.path.join(tmp, "rapport")
    expect(run("report", SAMPLE, "--lang", "nl", "-o", out), 0)
    page = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    row = re.search(r"<td>1 mei 2015</td>(.*?)</tr>", page)
    assert row, page[:3000]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", row.group(1))
    # entities, interviewed, response (19 of 21 = 90%), ties, confirmed
    assert cells == ["21", "19", "90%", "28", "18"], cells
    assert "</td class" not in page


def test_report_csv_files_speak_the_report_language(tmp):
    en_dir, nl_dir = os.path.join(tmp, "en"), os.path.join(tmp, "nl")
    expect(run("report", SAMPLE, "--lang", "en", "-o", en_dir), 0)
    expect(run("report", SAMPLE, "--lang", "nl", "-o", nl_dir), 0)

    def rows(folder, name, dutch):
        raw = open(os.path.join(folder, name), "rb").read()
        assert raw.startswith(b"\xef\xbb\xbf") == dutch, name
        text = raw.decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text), delimiter=";" if dutch else ","))

    expected = {
        "timeline.csv": ["meting", "datum", "interviews", "respons"],
        "overlap.csv": ["team a", "team b", "overlap"],
        "gaps.csv": ["gemeente", "wijk", "doelgroep"],
        "measures-wave3.csv": ["id", "naam", "soort", "graad"],
    }
    for name, head in expected.items():
        nl, en = rows(nl_dir, name, True), rows(en_dir, name, False)
        assert nl[0][:len(head)] == head, (name, nl[0])
        assert len(nl) == len(en), name
        # The same numbers under the Dutch headers.
        for a, b in zip(nl[1:], en[1:]):
            for x, y in zip(a, b):
                if re.fullmatch(r"-?\d+(\.\d+)?", y):
                    assert abs(float(x.replace(",", ".")) - float(y)) < 1e-9, (name, x, y)
    kinds = {r[2] for r in rows(nl_dir, "measures-wave3.csv", True)[1:]}
    assert kinds == {"gemeente", "organisatie", "team", "informele partner"}, kinds
    tied = {r[-1] for r in rows(nl_dir, "overlap.csv", True)[1:]}
    assert tied <= {"ja", "nee"}, tied


def test_a_deleted_column_is_named_with_its_place(tmp):
    study = json.load(open(SAMPLE, encoding="utf-8"))
    book = sheets.study_sheets(study, "nl")
    ties = book["Relaties"]
    i = ties[0].index("niveau")
    book["Relaties"] = [r[:i] + r[i + 1:] for r in ties]
    path = os.path.join(tmp, "studie.xlsx")
    sheets.write_xlsx(path, book)
    r = expect(run("check", path, "--lang", "nl"), 0)
    lines = [line for line in r.err.splitlines() if "niveau" in line]
    assert len(lines) == 1, r.err
    assert "waarschuwing: Relaties!E1: het blad \"Relaties\" heeft geen kolom niveau" in lines[0]
    assert "tussen soort en vertrouwen" in lines[0] and "kolom E" in lines[0], lines[0]
    r = expect(run("check", path, "--lang", "en"), 0)
    assert "has no column niveau (level)" in r.err and "before column E" in r.err, r.err
    r = expect(run("check", path, "--strict"), 1)
    # The whole workbook, as the template writes it, gets no such warning.
    whole = os.path.join(tmp, "heel.xlsx")
    sheets.write_xlsx(whole, sheets.study_sheets(study, "nl"))
    r = expect(run("check", whole, "--lang", "nl"), 0)
    assert "geen kolom" not in r.err, r.err
    # Columns left out at the end (a sheet of one's own) are no mistake.
    book = sheets.study_sheets(study, "en")
    book["Ties"] = [r[:3] for r in book["Ties"]]
    short = os.path.join(tmp, "short.xlsx")
    sheets.write_xlsx(short, book)
    r = expect(run("check", short), 0)
    assert "has no column" not in r.err, r.err


def test_one_warning_for_a_folder_saved_by_dutch_excel(tmp):
    study = json.load(open(SAMPLE, encoding="utf-8"))
    # Accents in two sheets, so that two files are not UTF-8.
    study["entities"][2]["name"] = "Stichting Pulse Café"
    tie = next(i for i in study["interviews"] if i.get("ties"))["ties"][0]
    tie["note"] = "overleg in het café"
    folder = sheets.write_csv_folder(os.path.join(tmp, "studie"),
                                     sheets.study_sheets(study, "nl"), sep=";",
                                     encoding="cp1252")
    r = expect(run("check", folder, "--lang", "nl"), 0)
    lines = [line for line in r.err.splitlines() if "Windows-1252" in line]
    assert len(lines) == 1, r.err
    assert lines[0].endswith("studie: waarschuwing: 2 bestanden zijn geen UTF-8 (Partijen.csv, "
                             "Relaties.csv); ze worden gelezen als Windows-1252, zoals Excel "
                             "CSV opslaat"), lines[0]
    # One file that is not UTF-8 is named as such.
    del tie["note"]
    folder = sheets.write_csv_folder(os.path.join(tmp, "een"),
                                     sheets.study_sheets(study, "en"), sep=";",
                                     encoding="cp1252")
    r = expect(run("check", folder), 0)
    lines = [line for line in r.err.splitlines() if "Windows-1252" in line]
    assert len(lines) == 1 and "Entities.csv is not UTF-8; it is read as Windows-1252" \
        in lines[0], r.err


def test_progress_phases_have_dutch_names(tmp):
    """The phases shown while a long computation runs (igraph_progress and
    advise's pools) are in the Dutch catalog, as every message is."""
    nl = catalog()
    found = set()
    for d, _, names in os.walk(os.path.join(ROOT, "src")):
        for name in (n for n in names if n.endswith(".c")):
            src = open(os.path.join(d, name), encoding="utf-8").read()
            found |= set(re.findall(r'\b(?:igraph_)?progress\(\s*"([^"]+)"', src))
            found |= set(re.findall(r'\.what\s*=\s*N_\("([^"]+)"\)', src))
    assert len(found) >= 3, found
    missing = sorted(f for f in found if f not in nl)
    assert not missing, missing


def test_a_file_that_is_no_workbook_is_told_in_dutch(tmp):
    """libzip's reasons ("Not a zip archive") reach a Dutch reader as a
    Dutch sentence that says what to do."""
    fake = write(tmp, "oud.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    r = expect(run("check", fake, "--lang", "nl"), 3)
    assert "het bestand is geen Excel-werkmap (.xlsx): een oud .xls-bestand, of een bestand " \
           "met een wachtwoord? Open het in Excel en sla het op als Excel-werkmap (.xlsx) " \
           "zonder wachtwoord" in r.err, r.err
    assert "zip" not in r.err.lower(), r.err
    r = expect(run("check", fake, "--lang", "en"), 3)
    assert "the file is not an Excel workbook (.xlsx)" in r.err, r.err
    r = expect(run("check", os.path.join(tmp, "weg.xlsx"), "--lang", "nl"), 3)
    assert "kan het bestand niet openen: bestand of map bestaat niet" in r.err, r.err


def test_what_if_table_names_its_measures_in_dutch(tmp):
    nl = expect(run("measure", SAMPLE, "--without", "pulse", "--lang", "nl"), 0).out
    table = nl[:nl.index("Meting 2019")]
    for words in ("partijen", "relaties", "grootste component", "geïsoleerd",
                  "afstandsfragm.", "E-I-index soort", "E-I-index gemeenten"):
        assert re.search(r"^  " + re.escape(words) + r"\s+-?\d", table, re.M), (words, table)
    for key in ("largest_component", "distance_fragmentation", "ei_index", "entities"):
        assert key not in table, (key, table)
    en = expect(run("measure", SAMPLE, "--without", "pulse", "--lang", "en"), 0).out
    assert re.search(r"^  largest_component\s+23\s+22$", en, re.M), en


def test_misspelt_options_and_commands_get_a_suggestion(tmp):
    r = expect(run("measure", SAMPLE, "--formaat", "csv", "--lang", "nl"), 2)
    assert "onbekende optie '--formaat' bij measure; bedoelt u '--format'?" in r.err, r.err
    r = expect(run("measure", SAMPLE, "--withuot=pulse"), 2)
    assert "unknown option '--withuot=pulse' for measure; did you mean '--without'?" in r.err
    r = expect(run("mesure", SAMPLE, "--lang", "nl"), 2)
    assert "onbekende opdracht 'mesure'; bedoelt u 'measure'?" in r.err, r.err
    r = expect(run("xyzzy", SAMPLE), 2)
    assert "unknown command 'xyzzy'" in r.err and "did you mean" not in r.err, r.err


def test_an_empty_template_says_what_to_fill_in(tmp):
    path = os.path.join(tmp, "sjabloon.xlsx")
    expect(run("template", "-o", path, "--lang", "nl"), 0)
    r = expect(run("check", path, "--lang", "nl"), 0)
    assert "partnermap: het onderzoek heeft nog geen partijen: vul in een werkmap van " \
           "'partnermap template' het blad Partijen in" in r.err, r.err
    r = expect(run("check", SAMPLE, "--lang", "nl"), 0)
    assert "nog geen partijen" not in r.err


def test_a_deleted_required_column_is_one_error_in_the_sheets_words(tmp):
    study = json.load(open(SAMPLE, encoding="utf-8"))
    book = sheets.study_sheets(study, "nl", names=True)
    members = book["Leden"]
    i = members[0].index("lid")
    book["Leden"] = [r[:i] + r[i + 1:] for r in members]
    path = os.path.join(tmp, "studie.xlsx")
    sheets.write_xlsx(path, book)
    r = expect(run("check", path, "--lang", "nl"), 1)
    leden = [line for line in r.err.splitlines() if "Leden!" in line]
    assert leden == [f"{path}: fout: Leden!A1: het blad \"Leden\" heeft geen kolom lid (member), "
                     "die elke rij nodig heeft; voeg hem toe (in het sjabloon is het kolom B)"], \
        r.err
    assert "het lid ontbreekt" not in r.err
