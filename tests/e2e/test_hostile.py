"""Hostile workbooks, CSV folders and JSON (issue 28): a file that is
damaged, built to cost, or not what its name says is refused with a message
that names the place and says what it is, exit 1 or 3, nothing written;
never read in half with exit 0."""
import os
import re
import zipfile

from e2e import SAMPLE, expect, run, write


def workbook(tmp, name="study.xlsx"):
    path = os.path.join(tmp, name)
    expect(run("convert", SAMPLE, "-o", path), 0)
    return path


def parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def rezip(path, content, order=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order or content:
            z.writestr(name, content[name])


def ties_part(content):
    """The part of the Ties sheet, by the workbook's own relationships."""
    wb = content["xl/workbook.xml"].decode()
    rid = re.search(r'<sheet name="Ties"[^>]*r:id="([^"]+)"', wb).group(1)
    rels = content["xl/_rels/workbook.xml.rels"].decode()
    target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels)
    if not target:
        target = re.search(r'Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def refused(tmp, path, code, *words):
    before = sorted(os.listdir(tmp))
    r = run("check", path)
    assert r.code == code, r
    for w in words:
        assert w in r.err, (w, r)
    out = os.path.join(tmp, "out.json")
    r = run("convert", path, "-o", out)
    assert r.code == code, r
    assert sorted(os.listdir(tmp)) == before, "something was written"
    return r


def test_a_sheet_cut_after_a_row_is_an_error(tmp):
    path = workbook(tmp)
    content = parts(path)
    part = ties_part(content)
    xml = content[part]
    cut = xml.rfind(b"</row>", 0, len(xml) // 2) + len(b"</row>")
    content[part] = xml[:cut]
    rezip(path, content)
    refused(tmp, path, 1, part, "end")


def test_xml_nested_too_deep_is_an_error(tmp):
    path = workbook(tmp)
    content = parts(path)
    part = ties_part(content)
    xml = content[part]
    deep = b"<x>" * 300 + b"</x>" * 300
    at = xml.index(b"</sheetData>")
    content[part] = xml[:at] + deep + xml[at:]
    rezip(path, content)
    refused(tmp, path, 1, part, "deep")


def test_a_shared_string_out_of_range_names_its_cell(tmp):
    path = workbook(tmp)
    content = parts(path)
    part = ties_part(content)
    xml = content[part].decode()
    # the first shared-string cell of the sheet's second row
    m = re.search(r'<c r="([A-Z]+2)"([^>]*)t="s"([^>]*)><v>\d+</v>', xml)
    assert m, xml[:500]
    xml = xml[:m.start()] + m.group(0).rsplit("<v>", 1)[0] + "<v>99999</v>" + xml[m.end():]
    content[part] = xml.encode()
    rezip(path, content)
    refused(tmp, path, 1, "Ties!" + m.group(1), "99999")


def test_a_missing_shared_strings_part_is_named(tmp):
    path = workbook(tmp)
    content = parts(path)
    assert "xl/sharedStrings.xml" in content
    del content["xl/sharedStrings.xml"]
    rezip(path, content)
    r = refused(tmp, path, 1, "xl/sharedStrings.xml")
    assert "has no column" not in r.err, r


def test_an_entity_is_refused_not_dropped(tmp):
    path = workbook(tmp)
    content = parts(path)
    ss = content["xl/sharedStrings.xml"].decode()
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = ss.split("?>", 1)[1].lstrip()
    body = body.replace("<t>", "<t>&evil;", 1)
    content["xl/sharedStrings.xml"] = (decl + '<!DOCTYPE sst [<!ENTITY evil "Gemeente ">]>'
                                       + body).encode()
    rezip(path, content)
    refused(tmp, path, 1, "xl/sharedStrings.xml")


def test_a_huge_shared_string_used_by_many_cells_is_refused_quickly(tmp):
    import time
    path = workbook(tmp)
    content = parts(path)
    ss = content["xl/sharedStrings.xml"].decode()
    ss = ss.replace("<t>", "<t>" + "x" * (8 << 20), 1)
    content["xl/sharedStrings.xml"] = ss.encode()
    rezip(path, content)
    start = time.monotonic()
    refused(tmp, path, 1, "xl/sharedStrings.xml", "32,767")
    assert time.monotonic() - start < 20


def test_a_part_listed_twice_is_read_once(tmp):
    path = workbook(tmp)
    content = parts(path)
    wb = content["xl/workbook.xml"].decode()
    m = re.search(r'<sheet name="Ties"[^>]*/>', wb)
    extra = "".join(m.group(0).replace('name="Ties"', 'name="Copy%d"' % i).replace(
        'sheetId="', 'sheetId="9%d' % i) for i in range(5))
    content["xl/workbook.xml"] = (wb[:m.end()] + extra + wb[m.end():]).encode()
    rezip(path, content)
    refused(tmp, path, 1, ties_part(content), "more than one sheet")


def test_files_that_are_not_workbooks_say_what_they_are(tmp):
    good = open(workbook(tmp), "rb").read()
    cases = [
        ("empty.xlsx", b"", "empty"),
        ("cut.xlsx", good[:len(good) // 2], "cut off"),
        ("table.xlsx", b"id,name,kind\njst,IJsselstein,municipality\n", "CSV"),
        ("page.xlsx", b"<!DOCTYPE html>\n<html><body><table></table></body></html>\n",
         "HTML"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "password"),
    ]
    seen = set()
    for name, data, word in cases:
        path = write(tmp, name, data)
        r = expect(run("check", path), 3)
        assert word in r.err, (name, r)
        seen.add(r.err.split("error:", 1)[1])
    assert len(seen) == len(cases), seen


def csv_folder(tmp):
    folder = os.path.join(tmp, "csv") + "/"
    expect(run("convert", SAMPLE, "-o", folder), 0)
    return folder


def test_a_csv_folder_reads_regular_files_only(tmp):
    folder = csv_folder(tmp)
    fifo = os.path.join(folder, "Notes.csv")
    os.mkfifo(fifo)
    r = run("check", folder, timeout=20)
    assert r.code == 3 and "Notes.csv" in r.err and "not a regular file" in r.err, r
    os.unlink(fifo)
    ties = [f for f in os.listdir(folder) if f.lower() == "ties.csv"][0]
    os.unlink(os.path.join(folder, ties))
    os.symlink("/dev/zero", os.path.join(folder, ties))
    r = run("check", folder, timeout=20)
    assert r.code == 3 and ties in r.err and "not a regular file" in r.err, r


def test_a_large_csv_file_is_refused_not_cut(tmp):
    folder = csv_folder(tmp)
    notes = os.path.join(folder, "Extra.csv")
    with open(notes, "wb") as f:
        f.truncate(65 * 1024 * 1024)
    r = run("check", folder, timeout=60)
    assert r.code == 3 and "Extra.csv" in r.err and "more than partnermap reads" in r.err, r


def test_a_nul_byte_is_an_error_at_its_place(tmp):
    folder = csv_folder(tmp)
    ents = [f for f in os.listdir(folder) if f.lower() == "entities.csv"][0]
    path = os.path.join(folder, ents)
    lines = open(path, "rb").read().split(b"\n")
    cells = lines[1].split(b",")
    cells[1] = cells[1] + b"\0evil"
    lines[1] = b",".join(cells)
    open(path, "wb").write(b"\n".join(lines))
    r = run("check", folder)
    assert r.code in (1, 3) and f"{ents}:2:2:" in r.err and "NUL" in r.err, r
    import json
    text = open(SAMPLE, encoding="utf-8").read()
    doc = json.loads(text)
    eid = doc["entities"][0]["id"]
    bad = text.replace(f'"{eid}"', f'"{eid}\\u0000EVIL"', 1)
    r = expect(run("check", write(tmp, "nul.json", bad)), 1)
    assert "\\u0000" in r.err, r
    bad = text.replace(f'"{eid}"', f'"{eid}\\ud800"', 1)
    r = expect(run("check", write(tmp, "half.json", bad)), 1)
    assert "surrogate" in r.err and "check the quotes" not in r.err, r
