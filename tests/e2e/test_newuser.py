"""What a new user runs into first: output names, study files that are not
read, and a mistyped command. Each message in English and in Dutch."""
import os

from e2e import SAMPLE, expect, run, write


def test_table_output_to_a_name_of_another_format_is_a_usage_error(tmp):
    for argv in (["measure", SAMPLE], ["overlap", SAMPLE], ["timeline", SAMPLE],
                 ["advise", SAMPLE], ["check", SAMPLE]):
        out = os.path.join(tmp, "nieuw.docx")
        r = expect(run(*argv, "-o", out, "--lang", "en"), 2)
        assert "nieuw.docx" in r.err and ".txt" in r.err, r
        r = expect(run(*argv, "-o", out, "--lang", "nl"), 2)
        assert "laat de naam eindigen op .txt" in r.err, r
        assert not os.path.exists(out)
    r = expect(run("measure", SAMPLE, "-o", os.path.join(tmp, "x.docx")), 2)
    assert ".txt, .csv, .tsv, .json, .xlsx" in r.err, r
    # advise and check write no workbook; check writes only text
    r = expect(run("advise", SAMPLE, "-o", os.path.join(tmp, "a.xlsx")), 2)
    assert ".xlsx" not in r.err.split("end it in")[1], r
    expect(run("check", SAMPLE, "-o", os.path.join(tmp, "s.csv")), 2)
    # the formats that fit are written
    expect(run("measure", SAMPLE, "-o", os.path.join(tmp, "m.txt")), 0)
    expect(run("measure", SAMPLE, "-f", "json", "-o", os.path.join(tmp, "m.json")), 0)
    expect(run("advise", SAMPLE, "-f", "csv", "-o", os.path.join(tmp, "a.csv")), 0)
    expect(run("check", SAMPLE, "-o", os.path.join(tmp, "s.txt")), 0)


def test_refusal_names_no_internal_kind(tmp):
    path = os.path.join(tmp, "verslag.json")
    write(tmp, "verslag.json", b"\x00binary")
    for lang in ("en", "nl"):
        r = expect(run("measure", SAMPLE, "-f", "json", "-o", path, "--lang", lang), 3)
        assert "verslag.json" in r.err, r
        assert "(json)" not in r.err and "json output" not in r.err, r
    assert "uitvoer van partnermap in deze vorm" in r.err, r


def test_xls_ods_and_a_single_csv_are_explained(tmp):
    write(tmp, "oud.xls", b"\xd0\xcf\x11\xe0\x00\x00binary")
    write(tmp, "oud.ods", b"PK\x03\x04\x00ods")
    write(tmp, "p.csv", "id;naam\npulse;Pulse\n")
    for name, en, nl in [("oud.xls", "save it as Excel workbook (.xlsx)",
                          "sla het op als Excel-werkmap (.xlsx)"),
                         ("oud.ods", "save it as Excel workbook (.xlsx)",
                          "sla het op als Excel-werkmap (.xlsx)"),
                         ("p.csv", "give the folder that holds the study's CSV files",
                          "geef de map met de CSV-bestanden")]:
        path = os.path.join(tmp, name)
        r = expect(run("check", path, "--lang", "en"), 3)
        assert en in r.err and "NUL" not in r.err and "UTF-8" not in r.err, r
        assert r.err.count("error") == 1, r
        r = expect(run("check", path, "--lang", "nl"), 3)
        assert nl in r.err, r


def test_misspelt_command_gets_a_suggestion(tmp):
    r = expect(run("mesure", SAMPLE, "--lang", "en"), 2)
    assert "unknown command 'mesure'; did you mean 'measure'?" in r.err, r
    r = expect(run("mesure", SAMPLE, "--lang", "nl"), 2)
    assert "onbekende opdracht 'mesure'; bedoelt u 'measure'?" in r.err, r
    r = expect(run("zzzzzzzz", "--lang", "en"), 2)
    assert "did you mean" not in r.err, r


def test_no_command_lists_the_commands(tmp):
    for lang, word in (("en", "no command given"), ("nl", "geen opdracht gegeven")):
        r = expect(run(env={"PARTNERMAP_LANG": lang}), 2)
        assert word in r.err, r
        for name in ("check", "measure", "draw", "advise", "convert"):
            assert f"  {name} " in r.err, r
