"""JSON syntax messages for people who type JSON by hand (cli.md): the line
of the actual mistake, the common mistakes by name, and every byte of a
Windows-1252 file named as the character it probably is."""
from e2e import expect, run, write

STUDY = '{\n  "partnermap": 1,\n  "entities": [\n    {"id": "a", "name": "A", "kind": "team"}%s\n  ],\n  "interviews": []\n}\n'


def check(tmp, text, *args):
    path = write(tmp, "s.json", text)
    r = expect(run("check", path, *args), 1)
    first = r.err.splitlines()[0]
    return path, first, r


def test_trailing_comma_where_the_comma_is(tmp):
    path, first, r = check(tmp, STUDY % ",")
    assert first == f"{path}:4:45: error: a comma before the closing ]; remove this comma", r
    path, first, r = check(tmp, '{"partnermap": 1,\n "entities": [],\n}\n')
    assert first == f"{path}:2:16: error: a comma before the closing }}; remove this comma", r
    path, first, r = check(tmp, STUDY % ",", "--lang", "nl")
    assert first == f"{path}:4:45: fout: een komma vóór de afsluitende ]; haal deze komma weg", r


def test_decimal_comma(tmp):
    text = ('{"partnermap": 1, "tasks": [{"id": "t1"}],\n'
            ' "entities": [{"id": "a", "name": "A", "kind": "team"}],\n'
            ' "interviews": [{"respondent": "a", "scores": {"t1": 7,5}}]}\n')
    path, first, r = check(tmp, text)
    assert first == (f"{path}:3:55: error: a decimal comma in 7,5; JSON writes a number with "
                     "a point: 7.5"), r


def test_curly_quotes(tmp):
    path, first, r = check(tmp, '{"partnermap": 1,\n “entities”: []}\n')
    assert first == (f"{path}:2:2: error: curly quotes from a word processor; JSON needs "
                     "straight quotes (\")"), r


def test_missing_comma(tmp):
    path, first, r = check(tmp, '{\n  "partnermap": 1\n  "entities": []\n}\n')
    assert first == f"{path}:2:18: error: a comma is missing at the end of this line", r
    path, first, r = check(tmp, '{"partnermap": 1 "entities": []}\n')
    assert first == f"{path}:1:18: error: a comma is missing before this value", r


def test_windows_1252_bytes_named(tmp):
    text = STUDY.replace('"name": "A"', '"name": "Buurtcafé “De Hoek”"') % ""
    path = write(tmp, "s.json", text.encode("cp1252"))
    r = expect(run("check", path), 1)
    lines = [l for l in r.err.splitlines() if "Windows-1252" in l]
    assert len(lines) == 3, r
    assert lines[0] == (f"{path}:4:34: error: byte 0xE9 is not UTF-8: probably 'é' in a "
                        "Windows-1252 file; save the file as UTF-8"), r
    assert "byte 0x93 is not UTF-8: probably '“'" in lines[1]
    assert "byte 0x94 is not UTF-8: probably '”'" in lines[2]
    r = expect(run("check", path, "--lang", "nl"), 1)
    assert "waarschijnlijk 'é' in een Windows-1252-bestand; sla het bestand op als UTF-8" in r.err
