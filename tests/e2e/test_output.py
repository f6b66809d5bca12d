"""-o never destroys what partnermap did not write: a file or folder of the
user's is refused (exit 3) and left exactly as it was; partnermap's own
output of the same kind is replaced; no temporary file is left behind."""
import os
import stat

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
            # draw and --chart take only names of their formats: a usage error
            assert r.code == 3 or (r.code == 2 and argv[0] in ("draw", "timeline")), r
            assert target in r.err or r.code == 2, r
            assert snapshot(tmp) == before, (argv, target)
    # a table is not written over a file of another kind
    expect(run("measure", SAMPLE, "-f", "json", "-o", os.path.join(tmp, "photos", "holiday.png")), 3)
    assert snapshot(tmp) == before


def test_own_output_is_replaced(tmp):
    for argv, name in SINGLE:
        path = os.path.join(tmp, name)
        expect(run(*argv, path), 0)
        first = open(path, "rb").read()
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
