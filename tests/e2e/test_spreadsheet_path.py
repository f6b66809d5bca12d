"""The way most users come in (issue 24): a workbook filled in with openpyxl
as a person's Excel would, re-saved by LibreOffice, and its sheets exported
by LibreOffice as CSV files named BOOK-SHEET.csv; the mistakes people make
in them, each answered once and at its place (workbook.md). LibreOffice is
Debian's libreoffice-calc-nogui (scripts/deps.sh), run with a private
profile so that tests running at once do not share one."""
import glob
import json
import os
import shutil
import subprocess

from e2e import SAMPLE, expect, run, write
import sheets

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice(tmp, path, to, outdir):
    """PATH converted by LibreOffice: TO is "xlsx" (re-saved as Calc saves
    a workbook) or "csv" (every sheet, as LibreOffice names the files)."""
    assert SOFFICE, "LibreOffice is missing: run scripts/deps.sh"
    profile = os.path.join(tmp, "lo-profile")
    if to == "csv":
        # Comma, double quote, UTF-8 (76), every sheet (-1).
        to = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    os.makedirs(outdir, exist_ok=True)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", to, "--outdir", outdir, path],
                   check=True, capture_output=True, timeout=180)
    return outdir


def dutch_book(tmp, edit=None, name="ineke.xlsx"):
    """The sample in Dutch sheets, references by name and ids left empty,
    dates as Excel dates, written by openpyxl; EDIT(sheets) changes it."""
    study = sheets.load(SAMPLE)
    sh = sheets.study_sheets(study, "nl", names=True, dates="excel")
    if edit:
        edit(sh)
    return sheets.write_xlsx(os.path.join(tmp, name), sh)


def names_measures(path):
    r = expect(run("measure", path, "--format", "json"), 0)
    data = json.loads(r.out)
    names = {e["id"]: e["name"] for e in data["entities"]}

    def plain(v):
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, str):
            return names.get(v, v)
        return v
    return plain(data)


def test_libreoffice_workbook_and_its_csv_export_give_the_study(tmp):
    book = dutch_book(tmp)
    saved = os.path.join(libreoffice(tmp, book, "xlsx", os.path.join(tmp, "lo")), "ineke.xlsx")
    want = names_measures(SAMPLE)
    assert names_measures(saved) == want
    folder = libreoffice(tmp, saved, "csv", os.path.join(tmp, "csv"))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*.csv")))
    assert "ineke-Partijen.csv" in files and "ineke-Relaties.csv" in files, files
    r = expect(run("check", folder), 0)
    assert "not part of the format" not in r.err, r.err
    assert names_measures(folder) == want


def test_a_folder_without_sheet_names_says_what_it_looked_for(tmp):
    folder = os.path.join(tmp, "map")
    os.makedirs(folder)
    write(folder, "export1.csv", "naam;soort\nGemeente A;gemeente\n")
    write(folder, "export2.csv", "respondent;met\n")
    r = expect(run("check", folder, "--lang", "nl"), 3)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert "Partijen.csv" in lines[0] and "studie-Partijen.csv" in lines[0], r.err
    assert "export1.csv, export2.csv" in lines[0], r.err


def test_remark_columns_are_notes_in_every_sheet(tmp):
    def edit(sh):
        sh["Partijen"][0].append("opmerking")
        sh["Partijen"][1].append("hoofdcontact via wethouder")
        sh["Interviews"][0].append("Toelichting")
        sh["Interviews"][1].append("telefonisch afgenomen")
        sh["Relaties"][0][7] = "opmerkingen"     # instead of toelichting
    book = dutch_book(tmp, edit)
    saved = os.path.join(libreoffice(tmp, book, "xlsx", os.path.join(tmp, "lo")), "ineke.xlsx")
    for path in (book, saved):
        r = expect(run("check", path, "--strict"), 0)
        assert "opmerking" not in r.err.lower() and "toelichting" not in r.err.lower(), r.err
        back = os.path.join(tmp, "back.json")
        if os.path.exists(back):
            os.remove(back)
        expect(run("convert", path, "-o", back), 0)
        study = sheets.load(back)
        first = study["entities"][0]
        assert first.get("note") == "hoofdcontact via wethouder", first
        assert "opmerking" not in first.get("attributes", {}), first
        assert study["interviews"][0].get("note") == "telefonisch afgenomen"
        assert "toelichting" not in study["interviews"][0].get("scores", {})
        original = sheets.load(SAMPLE)
        notes = [t.get("note") for iv in original["interviews"] for t in iv.get("ties", [])]
        got = [t.get("note") for iv in study["interviews"] for t in iv.get("ties", [])]
        assert sorted(filter(None, got)) == sorted(filter(None, notes))
        # The note goes back into a workbook and is read as a note again.
        again = os.path.join(tmp, "again.xlsx")
        if os.path.exists(again):
            os.remove(again)
        expect(run("convert", back, "-o", again), 0)
        r = expect(run("check", again, "--strict"), 0)
    # No remark becomes a dimension of the E-I table.
    r = expect(run("measure", book, "--format", "json"), 0)
    assert "opmerking" not in r.out


def test_an_unknown_interviews_column_names_the_closest_task(tmp):
    def edit(sh):
        sh["Interviews"][0].append("Meer preventei")
        sh["Interviews"][1].append(7)
    r = expect(run("check", dutch_book(tmp, edit), "--lang", "nl"), 0)
    assert 'onbekende kolom "Meer preventei" wordt genegeerd' in r.err, r.err
    assert 'bedoelt u de opgave "Meer preventie"?' in r.err, r.err


def test_an_unknown_wave_lists_the_waves(tmp):
    def edit(sh):
        sh["Relaties"][3][0] = "2018"
    r = expect(run("check", dutch_book(tmp, edit), "--lang", "nl"), 1)
    line = next(x for x in r.err.splitlines() if "2018" in x)
    assert 'Relaties!A4: geen meting heeft de id "2018"' in line, line
    assert "De metingen zijn 2015, 2017, 2019" in line or "de metingen zijn 2015, 2017, 2019" \
        in line, line


def dates_of(study):
    """Every date of a study (dataset.md JSON) as written, by where it is."""
    out = {}
    for w in study.get("waves", []):
        out[("wave", w["id"])] = w.get("date")
    for e in study["entities"]:
        out[("since", e["id"])] = e.get("since")
        out[("until", e["id"])] = e.get("until")
        for m in e.get("members", []):
            if isinstance(m, dict):
                out[("member", e["id"], m["id"])] = (m.get("since"), m.get("until"))
    for iv in study["interviews"]:
        key = (iv.get("wave"), iv["respondent"])
        out[("date",) + key] = iv.get("date")
        for t in iv.get("ties", []):
            out[("tie",) + key + (t["with"],)] = t.get("since")
    return out


def test_dates_keep_their_precision_through_workbook_and_csv(tmp):
    study = sheets.load(SAMPLE)
    study["entities"][1]["since"] = "2010"
    study["entities"][2]["since"] = "2017-01"
    study["interviews"][0]["ties"][0]["since"] = "2012"
    study["interviews"][0]["date"] = "2015-04"
    src = write(tmp, "study.json", json.dumps(study, ensure_ascii=False))
    want = dates_of(study)
    assert "2016-06" in json.dumps(list(want.values())) and "2010" in want.values()
    book = os.path.join(tmp, "study.xlsx")
    expect(run("convert", src, "-o", book), 0)
    folder = os.path.join(tmp, "csv") + "/"
    expect(run("convert", src, "-o", folder), 0)
    saved = os.path.join(libreoffice(tmp, book, "xlsx", os.path.join(tmp, "lo")), "study.xlsx")
    lo_csv = libreoffice(tmp, saved, "csv", os.path.join(tmp, "lo-csv"))
    for i, path in enumerate((book, folder, saved, lo_csv)):
        back = os.path.join(tmp, f"back{i}.json")
        expect(run("convert", path, "-o", back), 0)
        assert dates_of(sheets.load(back)) == want, path
    # In the workbook a partial date is text, a whole date a date (openpyxl).
    wb = sheets.openpyxl().load_workbook(book)
    ws = wb["Entities"]
    head = [c.value for c in ws[1]]
    since = {r[0].value: r[head.index("since")].value for r in ws.iter_rows(min_row=2)}
    assert since[study["entities"][1]["id"]] == "2010"
    assert since[study["entities"][2]["id"]] == "2017-01"
    assert not isinstance(since[study["entities"][0]["id"]], str)


def errors_of(r):
    return [x for x in r.err.splitlines() if ": error: " in x or ": fout: " in x]


def test_one_report_per_cause(tmp):
    study = sheets.load(SAMPLE)
    names = [e["name"] for e in study["entities"]]
    row = 1 + names.index("Stichting Pulse")  # the header is row 1

    def empty_name(sh):
        sh["Partijen"][row][1] = None
    r = expect(run("check", dutch_book(tmp, empty_name, "leeg.xlsx"), "--lang", "nl"), 1)
    errs = errors_of(r)
    assert f"Partijen!B{row + 1}: de naam ontbreekt" in errs[0], r.err
    # The references to the row without a name: one line, counted.
    assert len(errs) == 3, r.err
    assert '"Stichting Pulse" wordt hier en nog' in errs[1], r.err
    assert f"(in Partijen!B{row + 1})" in errs[1], r.err

    def double(sh):
        sh["Partijen"].append(list(sh["Partijen"][row]))
    r = expect(run("check", dutch_book(tmp, double, "dubbel.xlsx")), 1)
    errs = errors_of(r)
    last = len(study["entities"]) + 2
    assert len(errs) == 3, r.err
    assert (f'Partijen!B{last}: "Stichting Pulse" is entered on two rows, Partijen!B{row + 1} '
            f'and Partijen!B{last}; if it is one organisation, delete one of the two rows') \
        in errs[0], r.err
    assert "give the id instead" not in r.err, r.err
    assert "wait for the double row" in errs[1], r.err

    def no_entities(sh):
        del sh["Partijen"]
    r = expect(run("check", dutch_book(tmp, no_entities, "geen.xlsx")), 1)
    errs = errors_of(r)
    assert len(errs) == 3, r.err
    assert "there is no sheet Entities (Partijen)" in errs[0], r.err
    assert "because the sheet of entities is missing" in errs[1], r.err

    # Everything else is still reported one by one: two misspelt names.
    def misspelt(sh):
        sh["Relaties"][2][2] = "Stichting Pulze"
        sh["Relaties"][3][2] = "Stichting Pulze"
    r = expect(run("check", dutch_book(tmp, misspelt, "spel.xlsx")), 1)
    assert r.err.count('no entity is named "Stichting Pulze"; did you mean') == 2, r.err


def test_one_organisation_under_two_names(tmp):
    def edit(sh):
        sh["Partijen"].append([None, "GGD Hollands Midden", "Organisatie"] + [None] * 6)
        sh["Partijen"].append([None, "Stichting Welzijn", "Organisatie"] + [None] * 6)
        sh["Partijen"].append([None, "Stichting Welzijn Krimpenerwaard", "Organisatie"] +
                              [None] * 6)
        sh["Relaties"].append(["2019", "Stichting Pulse", "Stichting Welzijn", None, 1])
        sh["Relaties"].append(["2019", "Stichting Pulse", "Stichting Welzijn Krimpenerwaard",
                               None, 2])
        sh["Relaties"].append(["2019", "Stichting Pulse", "GGD Hollands Midden", None, 2])
    book = dutch_book(tmp, edit)
    saved = os.path.join(libreoffice(tmp, book, "xlsx", os.path.join(tmp, "lo")), "ineke.xlsx")
    r = expect(run("check", saved), 0)
    line = next(x for x in r.err.splitlines() if '"Stichting Welzijn"' in x)
    assert "Stichting Welzijn Krimpenerwaard" in line and "probably one organisation" in line
    assert "delete the other's row" in line, line
    expect(run("check", saved, "--strict"), 1)
    # An abbreviation used only in Relaties is answered with the long name.
    with_abbr = sheets.openpyxl().load_workbook(saved)
    ws = with_abbr["Relaties"]
    ws.append(["2019", "Stichting Pulse", "GGD HM", None, 1])
    cell = f"C{ws.max_row}"
    with_abbr.save(os.path.join(tmp, "afk.xlsx"))
    r = expect(run("check", os.path.join(tmp, "afk.xlsx"), "--lang", "nl"), 1)
    assert (f'Relaties!{cell}: geen partij heeft de naam "GGD HM"; bedoelt u '
            '"GGD Hollands Midden"?') in r.err or \
        (f'Relaties!{cell}:' in r.err and 'bedoelt u "GGD Hollands Midden"?' in r.err), r.err


def test_mistakes_in_libreoffice_csv_files_are_named_at_file_row_and_column(tmp):
    study = sheets.load(SAMPLE)
    row = 2 + [e["name"] for e in study["entities"]].index("Stichting Pulse")

    def edit(sh):
        sh["Partijen"].append(list(sh["Partijen"][row - 1]))
        sh["Relaties"][3][0] = "2018"
    book = dutch_book(tmp, edit)
    folder = libreoffice(tmp, book, "csv", os.path.join(tmp, "csv"))
    r = expect(run("check", folder, "--lang", "nl"), 1)
    last = len(study["entities"]) + 2
    assert (f'ineke-Partijen.csv:{last}:2: fout: "Stichting Pulse" staat op twee rijen, '
            f'ineke-Partijen.csv:{row}:2 en ineke-Partijen.csv:{last}:2') in r.err, r.err
    assert "ineke-Relaties.csv:4:1: fout: geen meting heeft de id \"2018\"" in r.err, r.err
    assert len(errors_of(r)) == 4, r.err
