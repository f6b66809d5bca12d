"""-o never destroys what partnermap did not write: a file or folder of the
user's is refused (exit 3) and left exactly as it was; partnermap's own
output of the same kind is replaced; no temporary file is left behind."""
import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib

from e2e import SAMPLE, expect, run, write


def snapshot(root):
    """Every path under ROOT with its kind and content, to compare whole."""
    seen = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            if os.path.islink(p):
                seen[rel] = ("link", os.readlink(p))
            elif os.path.isdir(p):
                seen[rel] = ("dir",)
            else:
                seen[rel] = ("file", open(p, "rb").read())
    return seen


def user_files(tmp):
    write(tmp, "thesis.docx", b"PK\x03\x04 my thesis")
    write(tmp, "notes.txt", "my notes\n")
    os.mkdir(os.path.join(tmp, "photos"))
    write(tmp, os.path.join("photos", "holiday.png"), b"\x89PNG\r\n\x1a\n holiday")
    os.symlink("notes.txt", os.path.join(tmp, "link.txt"))
    os.symlink("photos", os.path.join(tmp, "linkdir"))


# Every command and option that writes one file, with a name of the kind it
# writes and one that is not.
SINGLE = [
    (["check", SAMPLE, "-o"], "summary.txt"),
    (["measure", SAMPLE, "-o"], "m.txt"),
    (["measure", SAMPLE, "-f", "csv", "-o"], "m.csv"),
    (["measure", SAMPLE, "-f", "json", "-o"], "m.json"),
    (["overlap", SAMPLE, "-o"], "o.txt"),
    (["timeline", SAMPLE, "-o"], "t.txt"),
    (["timeline", SAMPLE, "--chart"], "growth.svg"),
    (["draw", SAMPLE, "-o"], "n.svg"),
    (["draw", SAMPLE, "-o"], "n.dot"),
]


def test_single_file_outputs_refuse_what_is_not_theirs(tmp):
    user_files(tmp)
    before = snapshot(tmp)
    for argv, _ in SINGLE:
        for target in ["thesis.docx", "photos", "link.txt", "linkdir"]:
            r = run(*argv, os.path.join(tmp, target))
            # draw and --chart take only names of their formats, tables only
            # .txt, .csv, .json and the like: a usage error
            assert r.code == 3 or (r.code == 2 and (argv[0] in ("draw", "timeline") or
                                                    target != "link.txt")), r
            assert target in r.err or r.code == 2, r
            assert snapshot(tmp) == before, (argv, target)
    # a table is not written over a file of another kind
    expect(run("measure", SAMPLE, "-f", "json", "-o", os.path.join(tmp, "photos", "holiday.png")), 2)
    expect(run("measure", SAMPLE, "-f", "json", "-o", os.path.join(tmp, "notes.txt")), 3)
    assert snapshot(tmp) == before


def test_own_output_is_replaced(tmp):
    for argv, name in SINGLE:
        path = os.path.join(tmp, name)
        expect(run(*argv, path), 0)
        first = open(path, "rb").read()
        if name.endswith(".svg"):
            # an SVG is replaced only when partnermap wrote it: an earlier
            # one of its own, in Dutch
            expect(run(*argv, path, "--lang", "nl"), 0)
            assert open(path, "rb").read() != first, name
        elif name.endswith(".csv"):
            # an earlier table of the same kind: its header, other rows
            write(tmp, name, first.split(b"\r\n")[0] + b"\r\nstale,1,2\r\n")
        elif name.endswith(".json"):
            write(tmp, name, b'{"wave": "stale"}\n')
        else:
            write(tmp, name, b"stale")
        expect(run(*argv, path), 0)
        assert open(path, "rb").read() == first, name
    assert sorted(os.listdir(tmp)) == sorted({n for _, n in SINGLE})
    mask = os.umask(0o022)
    os.umask(mask)
    for name in os.listdir(tmp):
        assert stat.S_IMODE(os.stat(os.path.join(tmp, name)).st_mode) == 0o666 & ~mask, name


def test_report_refuses_a_file_and_a_foreign_folder(tmp):
    user_files(tmp)
    os.mkdir(os.path.join(tmp, "empty"))
    before = snapshot(tmp)
    for target in ["thesis.docx", "photos", "link.txt", "linkdir"]:
        r = expect(run("report", SAMPLE, "-o", os.path.join(tmp, target)), 3)
        assert target in r.err, r
        assert snapshot(tmp) == before, target
    # an empty folder holds nothing to lose
    expect(run("report", SAMPLE, "-o", os.path.join(tmp, "empty")), 0)
    assert os.path.isfile(os.path.join(tmp, "empty", "index.html"))


def test_report_replaces_only_its_own_folder(tmp):
    folder = os.path.join(tmp, "r")
    expect(run("report", SAMPLE, "-o", folder), 0)
    mark = open(os.path.join(folder, ".partnermap-report")).read().split("\n")
    assert mark[0] == "partnermap report folder"
    assert "index.html" in mark
    write(folder, "index.html", "stale")
    expect(run("report", SAMPLE, "-o", folder), 0)
    assert open(os.path.join(folder, "index.html")).read() != "stale"
    # something the user put in the folder keeps the whole folder
    write(folder, "my-comments.docx", b"mine")
    before = snapshot(tmp)
    r = expect(run("report", SAMPLE, "-o", folder), 3)
    assert "my-comments.docx" in r.err
    assert snapshot(tmp) == before
    # a forged mark with a folder in it is not enough either
    os.remove(os.path.join(folder, "my-comments.docx"))
    os.mkdir(os.path.join(folder, "index.html.d"))
    with open(os.path.join(folder, ".partnermap-report"), "a") as f:
        f.write("index.html.d\n")
    before = snapshot(tmp)
    expect(run("report", SAMPLE, "-o", folder), 3)
    assert snapshot(tmp) == before
    assert sorted(os.listdir(tmp)) == ["r"]


def png(chunks):
    """A PNG of one white pixel with extra CHUNKS (type, data) after IHDR."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    for kind, data in chunks:
        out += chunk(kind, data)
    return out + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")


def edited(path, editor):
    """The workbook at PATH as if EDITOR had saved it: docProps/core.xml
    names who last changed it, as Excel and LibreOffice write it."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                start = text.index("<cp:lastModifiedBy>")
                end = text.index("</cp:lastModifiedBy>")
                text = text[:start] + "<cp:lastModifiedBy>" + editor + text[end:]
                data = text.encode("utf-8")
            dst.writestr(item, data)
    src.close()
    return buf.getvalue()


def test_files_of_the_right_kind_not_partnermaps_are_refused(tmp):
    # The user's own files, named as partnermap's outputs are: a picture, a
    # thesis, a drawing, a workbook of their own, a filled-in template that
    # Excel saved, and binary data named .csv.
    write(tmp, "photo.png", png([(b"tEXt", b"Software\x00GIMP")]))
    write(tmp, "thesis.pdf", b"%PDF-1.5\n1 0 obj\n<< /Producer (pdfTeX-1.40.21) >>\nendobj\n"
                              b"trailer << /Info 1 0 R >>\n%%EOF\n")
    write(tmp, "drawing.svg", '<?xml version="1.0"?>\n<!-- Generator: Inkscape -->\n'
                              '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active["A1"] = "my data"
    wb.save(os.path.join(tmp, "mine.xlsx"))
    filled = os.path.join(tmp, "filled.xlsx")
    expect(run("template", "-o", filled), 0)
    write(tmp, "filled.xlsx", edited(filled, "Jan de Vries"))
    write(tmp, "binary.csv", b"id,name\n\x00\x01\x02")
    before = snapshot(tmp)
    attempts = [
        (["draw", SAMPLE, "-o"], "photo.png"),
        (["timeline", SAMPLE, "--chart"], "photo.png"),
        (["draw", SAMPLE, "-o"], "thesis.pdf"),
        (["timeline", SAMPLE, "--chart"], "thesis.pdf"),
        (["draw", SAMPLE, "-o"], "drawing.svg"),
        (["convert", SAMPLE, "-o"], "mine.xlsx"),
        (["template", "-o"], "mine.xlsx"),
        (["template", "-o"], "filled.xlsx"),
        (["export", SAMPLE, "-o"], "filled.xlsx"),
        (["measure", SAMPLE, "-f", "csv", "-o"], "binary.csv"),
    ]
    for argv, name in attempts:
        r = expect(run(*argv, os.path.join(tmp, name)), 3)
        assert name in r.err and "partnermap" in r.err, r
        assert snapshot(tmp) == before, (argv, name)
    # In Dutch, the same refusal
    r = expect(run("draw", SAMPLE, "-o", os.path.join(tmp, "thesis.pdf"), "--lang", "nl"), 3)
    assert "thesis.pdf" in r.err
    assert snapshot(tmp) == before


def test_own_pictures_and_workbooks_are_replaced(tmp):
    # Every picture and workbook format partnermap writes carries its mark,
    # so the next run replaces it: an earlier output in Dutch, then English.
    for argv, name in [(["draw", SAMPLE, "-o"], "n.png"), (["draw", SAMPLE, "-o"], "n.pdf"),
                       (["timeline", SAMPLE, "--chart"], "growth.png"),
                       (["timeline", SAMPLE, "--chart"], "growth.pdf"),
                       (["measure", SAMPLE, "-o"], "tables.xlsx")]:
        path = os.path.join(tmp, name)
        expect(run(*argv, path, "--lang", "nl"), 0)
        dutch = open(path, "rb").read()
        expect(run(*argv, path), 0)
        assert open(path, "rb").read() != dutch, name
    # A template the user has not saved since is still partnermap's own.
    path = os.path.join(tmp, "t.xlsx")
    expect(run("template", "-o", path), 0)
    expect(run("template", "--lang", "nl", "-o", path), 0)
    assert "Partijen" in openpyxl_sheets(path)
    # The marks: a tEXt chunk, a producer, a comment, an author.
    assert b"tEXtSoftware\x00partnermap" in open(os.path.join(tmp, "n.png"), "rb").read()
    assert b"/Producer (partnermap)" in open(os.path.join(tmp, "growth.pdf"), "rb").read()
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    assert "<dc:creator>partnermap</dc:creator>" in core
    assert sorted(os.listdir(tmp)) == sorted(["n.png", "n.pdf", "growth.png", "growth.pdf",
                                              "tables.xlsx", "t.xlsx"])
    # A workbook of convert or export holds the study, which is never
    # written over (issue 28): test_a_workbook_holding_a_study_is_never_replaced.


def openpyxl_sheets(path):
    import openpyxl
    return openpyxl.load_workbook(path).sheetnames


def test_pdf_mark_keeps_the_file_valid(tmp):
    # The producer is replaced in place: pdfinfo still reads the file and
    # names partnermap.
    import subprocess
    for argv in (["draw", SAMPLE, "-o"], ["timeline", SAMPLE, "--chart"]):
        path = os.path.join(tmp, "x.pdf")
        expect(run(*argv, path), 0)
        out = subprocess.run(["pdfinfo", path], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        assert re.search(r"^Producer:\s+partnermap$", out.stdout, re.M), out.stdout
        assert not out.stderr, out.stderr


def test_the_study_is_never_written_over(tmp):
    """A table written to the study's own name (or to another study, or to
    a sheet of the CSV folder being read) is refused, exit 3, and the study
    is left as it was: the JSON output of measure used to replace it."""
    import shutil
    study = os.path.join(tmp, "studie.json")
    other = os.path.join(tmp, "other.json")
    shutil.copy(SAMPLE, study)
    shutil.copy(SAMPLE, other)
    folder = os.path.join(tmp, "csv") + "/"
    expect(run("convert", SAMPLE, "-o", folder), 0)
    sheet = os.path.join(folder, sorted(f for f in os.listdir(folder) if f.endswith(".csv"))[0])
    # a study of more than 64 KiB whose key "partnermap" comes last
    big = os.path.join(tmp, "big.json")
    doc = json.load(open(SAMPLE, encoding="utf-8"))
    doc["entities"][0]["name"] += " " + "x" * 70000
    with open(big, "w", encoding="utf-8") as f:
        json.dump(doc, f, sort_keys=True)
    assert os.path.getsize(big) > 70000
    before = snapshot(tmp)
    in_folder = "is in the folder of the study being read"
    for argv, target, words in (
            (["measure", study, "-f", "json"], study, "is the study being read"),
            (["measure", study, "-f", "csv"], study, "is the study being read"),
            (["measure", "--lang", "nl", study, "-f", "json"], study,
             "is het onderzoek dat wordt gelezen"),
            (["overlap", study, "-f", "json"], other, "holds a study"),
            (["measure", study, "-f", "json"], big, "holds a study"),
            (["convert", study], other, "holds a study"),
            (["convert", study], folder, "holds a study"),
            (["report", study], folder, "holds a study"),
            (["report", folder], folder, "is the study being read"),
            (["convert", folder], folder, "is the study being read"),
            (["measure", folder, "-f", "csv"], sheet, in_folder),
            (["timeline", folder, "-f", "csv"], sheet, in_folder),
            (["timeline", folder, "-f", "csv"], os.path.join(folder, "Waves.csv"), in_folder)):
        r = run(*argv, "-o", target)
        assert r.code == 3 and words in r.err, (argv, target, r)
        assert snapshot(tmp) == before, argv
    # a folder of CSV files written by an earlier partnermap with a report's
    # mark (no index.html in it) is taken for the study it is
    mark = os.path.join(folder, ".partnermap-report")
    lines = open(mark, encoding="utf-8").read().splitlines()
    with open(mark, "w", encoding="utf-8") as f:
        f.write("\n".join(["partnermap report folder"] + lines[1:]) + "\n")
    r = run("report", SAMPLE, "-o", folder)
    assert r.code == 3 and "holds a study" in r.err, r
    assert os.path.exists(sheet)
    # the refusal holds for a study of any extension it is read under: the
    # study given by a second name (a hard link) is the same file
    os.link(study, os.path.join(tmp, "same.json"))
    r = run("measure", study, "-f", "json", "-o", os.path.join(tmp, "same.json"))
    assert r.code == 3 and "is the study being read" in r.err, r
    # a partnermap output beside the study is still replaced
    out = os.path.join(folder, "..", "m.csv")
    expect(run("measure", folder, "-f", "csv", "-o", out), 0)
    expect(run("measure", folder, "-f", "csv", "-o", out), 0)


def test_a_csv_or_json_file_of_the_users_is_not_taken_for_a_table(tmp):
    """A CSV or JSON file is replaced only by output that starts as it does
    (the first four columns of its header, the first key of its object):
    a contact list, a sheet of a study, a settings file are left alone."""
    write(tmp, "contacten.csv", "naam;telefoon\r\nJan;0612\r\n")
    write(tmp, "config.json", '{"theme": "dark"}\n')
    write(tmp, "partijen.csv", "id,name,kind,municipalities\r\npulse,Pulse,organisation,\r\n")
    write(tmp, "list.json", "[1, 2]\n")
    before = snapshot(tmp)
    for argv, name in ((["measure", SAMPLE, "-f", "csv"], "contacten.csv"),
                       (["measure", SAMPLE, "-f", "csv"], "partijen.csv"),
                       (["overlap", SAMPLE, "-f", "csv", "--lang", "nl"], "contacten.csv"),
                       (["measure", SAMPLE, "-f", "json"], "config.json"),
                       (["timeline", SAMPLE, "-f", "json"], "list.json")):
        r = run(*argv, "-o", os.path.join(tmp, name))
        words = "begint niet zoals deze uitvoer" if "nl" in argv else \
            "does not start as this output does"
        assert r.code == 3 and words in r.err, (argv, name, r)
        assert snapshot(tmp) == before, (argv, name)
    # partnermap's own table of the same kind is replaced, with or without
    # a what-if's last column; JSON of another command that starts alike too
    mine = os.path.join(tmp, "m.csv")
    expect(run("measure", SAMPLE, "-f", "csv", "-o", mine), 0)
    expect(run("measure", SAMPLE, "-f", "csv", "--without", "pulse", "-o", mine), 0)
    assert b"what_if" in open(mine, "rb").read().split(b"\r\n")[0]
    doc = os.path.join(tmp, "m.json")
    expect(run("measure", SAMPLE, "-f", "json", "-o", doc), 0)
    expect(run("overlap", SAMPLE, "-f", "json", "-o", doc), 0)


def test_the_name_given_to_o_picks_the_format(tmp):
    """-o x.json writes JSON and -o x.csv CSV without --format (a table for
    people in a .json file could not be replaced by the next run); --format,
    when given, decides."""
    for cmd in ("measure", "overlap", "timeline", "advise"):
        path = os.path.join(tmp, f"{cmd}.json")
        for _ in range(2):  # the second run replaces the first
            expect(run(cmd, SAMPLE, "-o", path), 0)
            assert isinstance(json.load(open(path)), dict)
    for cmd in ("measure", "overlap", "timeline"):
        for ext in ("csv", "tsv", "CSV"):
            path = os.path.join(tmp, f"{cmd}.{ext}")
            expect(run(cmd, SAMPLE, "-o", path), 0)
            assert "," in open(path).readline()
    expect(run("measure", SAMPLE, "--format", "csv", "-o", os.path.join(tmp, "c.txt")), 0)
    assert open(os.path.join(tmp, "c.txt")).readline().startswith("id,name,")
    expect(run("measure", SAMPLE, "-o", os.path.join(tmp, "t.txt")), 0)
    assert open(os.path.join(tmp, "t.txt")).read().lstrip()[0] not in "{,"


def test_a_workbook_holding_a_study_is_never_replaced(tmp):
    """Issue 28: a study kept as a workbook, made by convert or re-saved by
    another program, is refused by every -o (24 entities used to become 0),
    with --force too; a template without rows is still replaced."""
    import openpyxl
    mine = os.path.join(tmp, "mijnstudie.xlsx")
    expect(run("convert", SAMPLE, "-o", mine), 0)
    resaved = os.path.join(tmp, "resaved.xlsx")
    book = openpyxl.load_workbook(mine)
    book.properties.creator = "partnermap"
    book.properties.lastModifiedBy = None
    book.save(resaved)
    exported = os.path.join(tmp, "export.xlsx")
    expect(run("export", SAMPLE, "-o", exported), 0)
    before = snapshot(tmp)
    for target in (mine, resaved, exported):
        for argv in (["template"], ["measure", SAMPLE], ["export", SAMPLE],
                     ["convert", SAMPLE], ["overlap", SAMPLE], ["timeline", SAMPLE],
                     ["convert", SAMPLE, "--force"]):
            r = run(*argv, "-o", target)
            assert r.code == 3 and "holds a study" in r.err, (argv, target, r)
            assert snapshot(tmp) == before, (argv, target)
    r = run("template", "--lang", "nl", "-o", mine)
    assert r.code == 3 and "bevat een onderzoek" in r.err, r


def test_force_replaces_a_file_partnermap_did_not_write(tmp):
    notes = write(tmp, "notes.csv", "who,phone\nAnna,0612345678\n")
    r = expect(run("measure", SAMPLE, "-f", "csv", "-o", notes), 3)
    assert "--force" in r.err, r
    assert open(notes).read().startswith("who,phone")
    expect(run("measure", SAMPLE, "-f", "csv", "-o", notes, "--force"), 0)
    assert open(notes).read().startswith("id,")
    photo = write(tmp, "photo.png", b"\x89PNG\r\n\x1a\n a photo")
    expect(run("draw", SAMPLE, "-o", photo), 3)
    expect(run("draw", SAMPLE, "-o", photo, "--force"), 0)
    # never the study being read, a link, or a JSON study
    study = os.path.join(tmp, "s.json")
    import shutil
    shutil.copy(SAMPLE, study)
    r = expect(run("measure", study, "-f", "json", "-o", study, "--force"), 3)
    assert "is the study being read" in r.err
    other = os.path.join(tmp, "other.json")
    shutil.copy(SAMPLE, other)
    r = expect(run("measure", study, "-f", "json", "-o", other, "--force"), 3)
    assert "holds a study" in r.err
    # documented in --help, in both languages
    for lang, words in (("en", "--force"), ("nl", "--force")):
        out = expect(run("measure", "--help", "--lang", lang), 0).out
        assert words in out, out
    assert "partnermap niet" in expect(run("measure", "--help", "--lang", "nl"), 0).out


def test_a_long_output_name_works(tmp):
    # 250 characters is a valid name (NAME_MAX is 255); the temporary name
    # beside it must not add past that.
    name = "m" * 246 + ".csv"
    assert len(name) == 250
    path = os.path.join(tmp, name)
    expect(run("measure", SAMPLE, "-f", "csv", "-o", path), 0)
    expect(run("measure", SAMPLE, "-f", "csv", "-o", path), 0)
    assert os.listdir(tmp) == [name]
    folder = os.path.join(tmp, "r" * 250)
    expect(run("report", SAMPLE, "-o", folder), 0)
    assert sorted(os.listdir(tmp)) == sorted([name, "r" * 250])


def test_a_full_disk_says_so(tmp):
    """Issue 28: on a full disk report said "cannot write ...png" without
    the reason. A small file system of its own (a tmpfs in a user and mount
    namespace), too small for the report."""
    import shutil
    import subprocess
    if not shutil.which("unshare"):
        return
    disk = os.path.join(tmp, "disk")
    os.mkdir(disk)
    from e2e import BINARY  # noqa: F401
    import e2e
    script = ('mount -t tmpfs -o size=96k tmpfs "$1" && "$2" report "$3" -o "$1/r"; rc=$?; '
              'ls -a "$1"; exit $rc')
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", disk, e2e.BINARY,
                           SAMPLE], capture_output=True, text=True, timeout=120,
                          env=e2e.environment())
    if "mount" in proc.stderr and proc.returncode != 3:
        return  # no namespaces here
    assert proc.returncode == 3, proc
    assert "no space left on device" in proc.stderr.lower(), proc.stderr
    assert ".tmp-" not in proc.stdout and "r\n" not in proc.stdout, proc.stdout
