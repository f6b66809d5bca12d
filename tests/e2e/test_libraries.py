"""The libraries only some commands need (Graphviz, cairo, libxlsxwriter,
libzip) are opened when first called, not at every start: a
command that does not need one runs without it, and one that does says
which library is missing, exits 3 and leaves no file behind, not even a
temporary one. A broken copy of each library, found first through
LD_LIBRARY_PATH, stands for one that is not installed."""
import os
import subprocess

from e2e import SAMPLE, expect, prose, run


def soname(lib):
    """The file name the dynamic loader knows LIB by (as the Makefile reads it)."""
    path = subprocess.run(["cc", f"-print-file-name=lib{lib}.so"], capture_output=True,
                          text=True, check=True).stdout.strip()
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True,
                          check=True).stdout
    return next(line.split()[1] for line in dump.splitlines() if "SONAME" in line)


LIBRARIES = {"Graphviz": ["gvc", "cgraph"], "cairo": ["cairo"], "libxlsxwriter": ["xlsxwriter"],
             "libzip": ["zip"]}


def without(tmp, *titles):
    """An environment in which the libraries TITLES cannot be loaded."""
    broken = os.path.join(tmp, "broken-" + "-".join(titles))
    os.makedirs(broken, exist_ok=True)
    for title in titles:
        for lib in LIBRARIES[title]:
            open(os.path.join(broken, soname(lib)), "wb").close()
    return {"LD_LIBRARY_PATH": broken}


def files_in(folder):
    return sorted(name for name in os.listdir(folder) if not name.startswith("broken-"))


def test_analyses_run_without_the_drawing_and_spreadsheet_libraries(tmp):
    env = without(tmp, *LIBRARIES)
    for argv in (["check", SAMPLE], ["measure", SAMPLE, "-f", "json"], ["overlap", SAMPLE],
                 ["timeline", SAMPLE], ["advise", SAMPLE]):
        expect(run(*argv, env=env), 0)
    out = os.path.join(tmp, "m.csv")
    expect(run("measure", SAMPLE, "-f", "csv", "-o", out, env=env), 0)
    assert files_in(tmp) == ["m.csv"]


def test_a_command_that_needs_a_missing_library_says_which_and_leaves_nothing(tmp):
    cases = [
        ("Graphviz", ["draw", SAMPLE, "-o", os.path.join(tmp, "network.png")]),
        ("cairo", ["timeline", SAMPLE, "--chart", os.path.join(tmp, "growth.png")]),
        ("cairo", ["draw", SAMPLE, "-o", os.path.join(tmp, "network.png")]),
        ("cairo", ["draw", SAMPLE, "-o", os.path.join(tmp, "network.pdf")]),
        ("libxlsxwriter", ["measure", SAMPLE, "-o", os.path.join(tmp, "measures.xlsx")]),
    ]
    for title, argv in cases:
        r = expect(run(*argv, env=without(tmp, title)), 3)
        assert f"cannot load {title}, which this command needs" in prose(r.err), r
        assert "make deps" in r.err, r
        assert files_in(tmp) == [], (title, files_in(tmp))


def test_a_workbook_cannot_be_read_without_libzip_and_says_so_in_dutch(tmp):
    book = os.path.join(tmp, "studie.xlsx")
    expect(run("convert", SAMPLE, "-o", book), 0)
    r = expect(run("check", book, env={**without(tmp, "libzip"), "PARTNERMAP_LANG": "nl"}), 3)
    assert "kan libzip niet laden, die deze opdracht nodig heeft" in prose(r.err), r
    assert files_in(tmp) == ["studie.xlsx"]
