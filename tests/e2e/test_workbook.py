"""Studies in Excel workbooks and CSV folders (workbook.md), written by
openpyxl and Python's csv module, never by partnermap: the same measures as
the JSON study, and every mistake named at its cell."""
import copy
import json
import os

from e2e import SAMPLE, expect, run, write
import sheets


def measures(path, *extra):
    """measure --format json of PATH, with every entity id replaced by the
    entity's name, so that a study whose ids were made from names compares
    equal to the JSON study."""
    r = expect(run("measure", path, "--format", "json", *extra), 0)
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


def accented_sample(tmp):
    """The sample with an accent in a name, as JSON in TMP, and as data."""
    study = sheets.load(SAMPLE)
    for e in study["entities"]:
        if e["id"] == "vrijwilligers":
            e["name"] = "Vrijwilligerscentrum Café IJsselstein"
    path = write(tmp, "study.json", json.dumps(study, ensure_ascii=False))
    return study, path


def test_openpyxl_workbooks_in_both_languages_give_the_same_measures(tmp):
    study, path = accented_sample(tmp)
    want = measures(path)
    want_2015 = measures(path, "--wave", "2015")
    en = sheets.write_xlsx(os.path.join(tmp, "en.xlsx"),
                           sheets.study_sheets(study, "en", dates="excel"))
    nl = sheets.write_xlsx(os.path.join(tmp, "studie.xlsx"),
                           sheets.study_sheets(study, "nl", names=True, dates="dutch",
                                               decimal_comma=True))
    for book in (en, nl):
        r = expect(run("check", book), 0)
        assert r.err == "", r.err
        assert measures(book) == want, book
        assert measures(book, "--wave", "2015") == want_2015, book


def test_csv_folder_as_dutch_excel_saves_it(tmp):
    """Windows-1252, ';', CRLF, Dutch names, names instead of ids, D-M-YYYY
    dates, decimal commas and ';' inside quoted list cells."""
    study, path = accented_sample(tmp)
    folder = sheets.write_csv_folder(
        os.path.join(tmp, "studie"),
        sheets.study_sheets(study, "nl", names=True, dates="dutch", decimal_comma=True,
                            list_sep="; "),
        sep=";", encoding="cp1252")
    with open(os.path.join(folder, "Partijen.csv"), "rb") as f:
        raw = f.read()
    assert b"Caf\xe9" in raw and b"\r\n" in raw
    r = expect(run("check", folder), 0)
    assert "Windows-1252" in r.err, r.err
    assert "Partijen.csv" in r.err
    assert measures(folder) == measures(path)


def test_csv_folder_utf8_with_bom_comma_and_tab(tmp):
    study, path = accented_sample(tmp)
    want = measures(path)
    for sep, name in ((",", "comma"), ("\t", "tab")):
        folder = sheets.write_csv_folder(os.path.join(tmp, name),
                                         sheets.study_sheets(study, "en", list_sep=" | "),
                                         sep=sep, encoding="utf-8-sig")
        r = expect(run("check", folder + "/"), 0)
        assert r.err == "", r.err
        assert measures(folder) == want, sep


def small_book(tmp, name="s.xlsx", edit=None):
    """A small study as a workbook (English sheets), after EDIT(sheets)."""
    sh = {
        "Waves": [["id", "date"], ["w1", "2015-05-01"], ["w2", "2017-05-01"]],
        "Tasks": [["id", "label"], ["maatwerk", "Meer maatwerk"]],
        "Entities": [["id", "name", "kind", "municipalities", "sector"],
                     ["gem", "Gemeente Lopik", "gemeente", None, None],
                     [None, "Buurtcafé De Zon", "informeel", "Gemeente Lopik", "horeca"],
                     [None, "Team West", "team", "gem", None],
                     ["org", "Stichting Pulse", "organisation", "gem; Gemeente Lopik", "welzijn"]],
        "Members": [["team", "member", "since"], ["Team West", "Stichting Pulse", "2016"]],
        "Interviews": [["wave", "respondent", "date", "Meer maatwerk"],
                       ["w1", "gem", "1-4-2015", 8],
                       ["w2", "Buurtcafé De Zon", None, "7,5"]],
        "Ties": [["wave", "respondent", "with", "type", "level", "trust", "since", "note"],
                 ["w1", "gem", "Buurtcafé De Zon", "pilot", 2, 3, "2014", "koffie; thee, \"zon\""],
                 ["w1", "org", "team-west", None, None, None, None, None]],
    }
    if edit:
        edit(sh)
    return sheets.write_xlsx(os.path.join(tmp, name), sh)


def test_names_ids_kinds_dates_and_interviews_without_ties(tmp):
    book = small_book(tmp)
    r = expect(run("check", book), 0)
    assert r.err == "", r.err
    assert "Interviews: 3" in r.out, r.out  # w1 gem, w1 org (ties only), w2 the café
    m = json.loads(expect(run("measure", book, "--wave", "w1", "-f", "json"), 0).out)
    ids = {e["id"]: e for e in m["entities"]}
    assert set(ids) == {"gem", "buurtcafe-de-zon", "team-west", "org"}, ids
    assert ids["buurtcafe-de-zon"]["kind"] == "informal"
    assert ids["gem"]["kind"] == "municipality"
    assert ids["team-west"]["degree"] == 1  # named by org; membership from 2016 not yet


def test_ids_made_from_names_get_numbers(tmp):
    def edit(sh):
        sh["Entities"] += [[None, "Buurtcafe de zon!", "informal", None, None],
                           [None, "  BUURTCAFÉ   DE ZON ", "informal", None, None],
                           [None, "Café ĳs & Zoet", "informal", None, None]]
    book = small_book(tmp, edit=edit)
    r = expect(run("measure", book, "-f", "json"), 0)
    ids = [e["id"] for e in json.loads(r.out)["entities"]]
    assert {"buurtcafe-de-zon", "buurtcafe-de-zon-2", "buurtcafe-de-zon-3", "cafe-ijs-zoet"} <= set(ids), ids


def test_excel_serial_numbers_are_dates(tmp):
    def edit(sh):
        sh["Waves"][1][1] = 42125  # 2015-05-01 as Excel counts days
    r = expect(run("check", small_book(tmp, edit=edit)), 0)
    assert "2015-05-01" in r.out, r.out


def test_misspelt_reference_gets_its_suggestion(tmp):
    def edit(sh):
        sh["Relaties"] = sh.pop("Ties")
        sh["Relaties"][12:] = []
        sh["Relaties"].append(["w1", "gem", "Buurtcafe De Zon"])
        sh["Relaties"] += [[None] * 3] * 9
        sh["Relaties"].append(["w1", "gem", "Buurtcafe De Zon"])
    path = small_book(tmp, "studie.xlsx", edit)
    r = expect(run("check", path), 1)
    assert (f'{path}: error: Relaties!C14: no entity is named "Buurtcafe De Zon"; '
            f'did you mean "Buurtcafé De Zon"?') in r.err, r.err


def test_every_error_class_at_its_cell(tmp):
    def edit(sh):
        sh["Waves"] += [["w1", "2019-01-01"], ["w4", "2010-01-01"], ["w3", "2016-02-30"]]
        sh["Entities"] += [
            ["gem", "Dubbel", "municipality", None, None],          # row 6: duplicate id
            ["x", "Vreemd", "stichting", None, None],               # row 7: unknown kind
            ["y", None, "team", None, None],                        # row 8: no name
            ["z", "Z", "organisation", "org", None],                # row 9: not a municipality
            ["bad id", "B", "organisation", None, None],            # row 10: invalid id
        ]
        sh["Members"] += [["Team West", "Team West"],               # row 3: itself
                          ["org", "gem"],                           # row 4: not a team
                          ["Team West", "nobody"]]                  # row 5: undeclared
        sh["Interviews"] += [["w1", "gem", None, 11],               # row 4: twice, score
                             ["w9", "org", None, None],             # row 5: undeclared wave
                             ["w2", "gem", "2015-13-01", "veel"]]   # row 6: date, number
        sh["Interviews"][0].append("Geen opgave")                   # E1: undeclared task
        sh["Ties"] += [["w2", "org", "org"],                        # row 4: tie with oneself
                       ["w2", "org", "gem", None, 4, 5],            # row 5: level, trust
                       ["w2", "org", "Pulse"]]                      # row 6: undeclared entity
    path = small_book(tmp, "fouten.xlsx", edit)
    r = expect(run("check", path), 1)
    want = [
        "Waves!A4: duplicate wave id",
        "Waves!B5: wave \"w4\" (2010-01-01) is not later than wave \"w2\"",
        "Waves!B6: \"2016-02-30\" is not a date",
        "Entities!A6: duplicate entity id \"gem\"",
        "Entities!C7: unknown kind \"stichting\"",
        "Entities!B8: the name is missing",
        "Entities!D9: \"org\" is an organisation, not a municipality",
        "Entities!A10: \"bad id\" is not a valid id",
        "Members!B3: \"Team West\" cannot be a member of itself",
        "Members!A4: only a team has members",
        "Members!B5: no entity has the id or name \"nobody\"",
        "Interviews!B4: \"gem\" is interviewed twice in wave \"w1\"",
        "Interviews!D4: the score 11 is outside 1 to 10",
        "Interviews!A5: no wave has the id \"w9\"",
        "Interviews!C6: \"2015-13-01\" is not a date",
        "Interviews!D6: expected a number, found \"veel\"",
        "Ties!C4: \"org\" is the respondent itself",
        "Ties!E5: 4 is not a level",
        "Ties!F5: 5 is not a trust rating",
        "Ties!C6: no entity has the id or name \"Pulse\"",
    ]
    for w in want:
        assert f"{path}: error: {w}" in r.err, f"missing {w!r} in\n{r.err}"
    # workbook.md: a column of Interviews that is no task is a warning that
    # names the closest task, not an error.
    assert (f'{path}: warning: Interviews!E1: unknown column "Geen opgave" is ignored: no '
            'task has that id or label; the closest task is') in r.err, r.err
    assert r.err.strip().splitlines()[-1].endswith("nothing was written")


def test_team_member_that_is_a_team(tmp):
    def edit(sh):
        sh["Entities"].append(["t2", "Team Oost", "team", None, None])
        sh["Members"].append(["Team Oost", "Team West"])
    path = small_book(tmp, edit=edit)
    r = expect(run("check", path), 1)
    assert "Members!B3: \"Team West\" is a team; a team's members cannot be teams" in r.err


def test_unknown_sheets_and_columns_are_warnings(tmp):
    def edit(sh):
        sh["Notities"] = [["wat"], ["iets"]]
        sh["Ties"][0].append("strenght")
    path = small_book(tmp, edit=edit)
    r = expect(run("check", path), 0)
    assert "warning: Notities: the sheet \"Notities\" is not part of the format" in r.err
    assert "warning: Ties!I1: unknown column \"strenght\"" in r.err
    expect(run("check", "--strict", path), 1)


def test_missing_sheet_and_column(tmp):
    def edit(sh):
        del sh["Ties"]
        sh["Entities"] = [[c for c in row[:2]] for row in sh["Entities"]]
    r = expect(run("check", small_book(tmp, edit=edit)), 1)
    assert "there is no sheet Ties (Relaties)" in r.err
    assert "Entities!A1: the sheet \"Entities\" has no column kind (soort)" in r.err


def test_study_without_waves(tmp):
    def edit(sh):
        del sh["Waves"]
        for name in ("Interviews", "Ties"):
            sh[name] = [row[1:] for row in sh[name]]
        sh["Interviews"] = sh["Interviews"][:2]
    r = expect(run("check", small_book(tmp, edit=edit)), 0)
    assert "Waves:      1" in r.out, r.out


def test_csv_quotes_line_breaks_and_rows(tmp):
    """A quoted cell may hold the separator, doubled quotes and line breaks;
    rows are counted as a spreadsheet counts them."""
    folder = os.path.join(tmp, "csv")
    os.makedirs(folder)
    write(folder, "entities.csv", "id;name;kind\r\na;\"A; \"\"de\"\" eerste\";team\r\n"
          "b;\"B\r\nover twee regels\";organisation\r\n\r\nc;C;onbekend\r\n")
    write(folder, "ties.csv", "respondent;with;note\r\na;b;\"een; twee\"\r\n")
    r = expect(run("check", folder), 1)
    assert f"{folder}/entities.csv:5:3: error: unknown kind \"onbekend\"" in r.err, r.err


def test_not_a_workbook(tmp):
    path = write(tmp, "kapot.xlsx", "dit is geen zip")
    r = expect(run("check", path), 3)
    assert "kapot.xlsx: error: the file is text (a CSV file?) named .xlsx" in r.err, r.err
    path = write(tmp, "binary.xlsx", b"\x01\x00\x02 no zip")
    r = expect(run("check", path), 3)
    assert "binary.xlsx: error: the file is not an Excel workbook (.xlsx)" in r.err, r.err
    r = expect(run("check", os.path.join(tmp, "missing.xlsx")), 3)
    assert "cannot open" in r.err


def test_level_and_trust_errors_in_dutch(tmp):
    def edit(sh):
        sh["Ties"] += [["w2", "org", "gem", None, 4, 5]]
    path = small_book(tmp, "studie.xlsx", edit)
    r = expect(run("check", path, "--lang", "nl"), 1)
    assert (f"{path}: fout: Ties!E4: 4 is geen niveau; "
            "verwacht een geheel getal van 1 tot 3") in r.err, r.err
    assert (f"{path}: fout: Ties!F4: 5 is geen vertrouwenscijfer; "
            "verwacht een geheel getal van 1 tot 4") in r.err, r.err


def test_far_cells_are_refused_not_spread_out(tmp):
    # Each row of Ties holds a cell at column XFD (16,384): a few bytes of
    # XML that a book would spread over 16,384 cells, 2,000 times over. The
    # sheet is refused at the first cell beyond what its size allows.
    import zipfile
    path = os.path.join(tmp, "far.xlsx")
    sheets.write_xlsx(path, {"Entities": [["name", "kind"], ["A", "team"], ["B", "team"]],
                             "Ties": [["respondent", "with"], ["A", "B"]]})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet2.xml"  # Ties, the second sheet
    rows = "".join(f'<row r="{i}"><c r="XFD{i}"><v>{i}</v></c></row>' for i in range(3, 2003))
    xml = parts[name].decode()
    parts[name] = xml.replace("</sheetData>", rows + "</sheetData>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    # A workbook that opens but cannot be read whole is invalid (exit 1,
    # issue 28), as is every other damaged part.
    r = expect(run("check", path), 1)
    assert "the sheet Ties of the workbook cannot be read: cell XFD" in r.err, r.err
    r = expect(run("check", path, "--lang", "nl"), 1)
    assert "het werkblad Ties van de werkmap is niet te lezen: cel XFD" in r.err, r.err


def test_a_wrong_level_or_trust_is_quoted_as_typed(tmp):
    # "3,5" typed as text, 2.5 typed as a number (Dutch Excel shows 2,5)
    def edit(sh):
        sh["Ties"] += [["w2", "org", "gem", None, "2,5", "3,5"],
                       ["w2", "gem", "org", None, 2.5, 3.5]]
    path = small_book(tmp, "studie.xlsx", edit)
    r = expect(run("check", path, "--lang", "nl"), 1)
    for cell, value, what in (("E4", "2,5", "niveau"), ("F4", "3,5", "vertrouwenscijfer"),
                              ("E5", "2,5", "niveau"), ("F5", "3,5", "vertrouwenscijfer")):
        assert f"fout: Ties!{cell}: {value} is geen {what};" in r.err, r.err
    r = expect(run("check", path, "--lang", "en"), 1)
    assert "error: Ties!F4: 3,5 is not a trust rating;" in r.err, r.err
    assert "error: Ties!F5: 3.5 is not a trust rating;" in r.err, r.err


def test_a_mistyped_name_gets_the_name_not_the_id(tmp):
    # The id "humanitas-reunie" is made from the name; a person typed a name
    # without its accents and gets the name back, not the id that is fewer
    # keys away.
    def edit(sh):
        sh["Entities"].append([None, "Humanitas Réünie", "organisation", None, None])
        sh["Ties"] += [["w2", "org", "Humanitas Reunie"], ["w2", "org", "Team Wset"]]
    path = small_book(tmp, "studie.xlsx", edit)
    r = expect(run("check", path, "--lang", "nl"), 1)
    assert ('Ties!C4: geen partij heet "Humanitas Reunie"; bedoelt u "Humanitas Réünie"?'
            in r.err), r.err
    assert 'Ties!C5: geen partij heet "Team Wset"; bedoelt u "Team West"?' in r.err, r.err
    r = expect(run("check", path, "--lang", "en"), 1)
    assert ('Ties!C4: no entity is named "Humanitas Reunie"; did you mean "Humanitas Réünie"?'
            in r.err), r.err
    # An id typed wrong still gets the id.
    def edit_id(sh):
        sh["Ties"] += [["w2", "org", "team-wets"]]
    r = expect(run("check", small_book(tmp, "s2.xlsx", edit_id), "--lang", "en"), 1)
    assert 'no entity is named "team-wets"; did you mean "team-west"?' in r.err, r.err
    # The same for --highlight, which takes an id or a name.
    def edit_ok(sh):
        sh["Entities"].append([None, "Humanitas Réünie", "organisation", None, None])
    out = os.path.join(tmp, "n.svg")
    r = expect(run("draw", small_book(tmp, "s3.xlsx", edit_ok), "--highlight", "humanitas reunie",
                   "-o", out), 2)
    line = next(x for x in r.err.splitlines() if "--highlight" in x)
    assert "Humanitas Réünie" in line and "humanitas-reunie" not in line, r.err


def test_a_misspelt_column_is_named_with_the_column_meant(tmp):
    def edit(sh):
        sh["Entities"][0].append("doelgroep")  # Dutch "doelgroepen"
        sh["Entities"][1].append("jeugd")
        sh["Ties"][0][5] = "vertrouwn"          # Dutch "vertrouwen"
        sh["Ties"][0].append("contactpersoon")  # nothing near: the list
    path = small_book(tmp, "studie.xlsx", edit)
    r = expect(run("check", path, "--lang", "nl"), 0)
    assert ('Entities!F1: onbekende kolom "doelgroep" wordt een kenmerk; '
            'bedoelt u "doelgroepen"?') in r.err, r.err
    assert ('Ties!F1: onbekende kolom "vertrouwn" wordt genegeerd; '
            'bedoelt u "vertrouwen"?') in r.err, r.err
    line = next(x for x in r.err.splitlines() if '"contactpersoon"' in x)
    assert "de kolommen hier zijn" in line and "respondent" in line, line
    assert "trust" not in line and len(line) - len(path) < 180, line
    r = expect(run("check", path, "--lang", "en"), 0)
    assert ('Entities!F1: unknown column "doelgroep" is kept as an attribute; '
            'did you mean "doelgroepen"?') in r.err, r.err
    line = next(x for x in r.err.splitlines() if '"contactpersoon"' in x)
    assert "trust" in line and "vertrouwen" not in line, line
    # The attribute is still there: the entity carries it.
    back = os.path.join(tmp, "back.json")
    expect(run("convert", path, "-o", back), 0)
    with open(back, encoding="utf-8") as f:
        first = json.load(f)["entities"][0]
    assert first.get("attributes", {}).get("doelgroep") == "jeugd", first
    # A near-miss is a warning about the dataset, which --strict makes an
    # error (exit 1), as it does every warning.
    expect(run("check", "--strict", path), 1)
