"""Every line partnermap writes for a person fits an 80-column terminal, in
both languages: prose is wrapped at word boundaries (UTF-8 aware), tables
leave out columns, --help continues an option's help under its column."""
import re
import unicodedata

from e2e import SAMPLE, expect, run
from test_terminal import on_terminal

COMMANDS = ["check", "measure", "draw", "overlap", "timeline", "report", "convert",
            "template", "advise", "export"]
RUNS = [
    ["check", SAMPLE],
    ["check", SAMPLE, "--ties", "confirmed"],
    ["measure", SAMPLE],
    ["measure", SAMPLE, "--wave", "2015"],
    ["measure", SAMPLE, "--without", "pulse"],
    ["measure", SAMPLE, "--add-tie", "zorg-a,zorg-e"],
    ["overlap", SAMPLE],
    ["overlap", SAMPLE, "--gaps"],
    ["timeline", SAMPLE],
    ["advise", SAMPLE],
]


def width(line):
    """The columns LINE takes on a terminal: combining marks take none,
    wide (East Asian) characters two."""
    w = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def too_wide(text, limit=80):
    return [f"{width(line)}: {line}" for line in text.splitlines() if width(line) > limit]


def test_every_terminal_line_fits_80_columns(tmp):
    for lang in ("en", "nl"):
        for args in RUNS:
            text = on_terminal(80, *args, "--lang", lang)
            assert text.strip(), (lang, args)
            wide = too_wide(text)
            assert not wide, f"{lang} {args}:\n" + "\n".join(wide)


def test_a_narrow_terminal_gets_narrower_prose(tmp):
    text = on_terminal(60, "timeline", SAMPLE, "--lang", "nl")
    change = text[text.index("Tussen 2015 en 2017"):].split("\n\n")[0]
    assert len(change.splitlines()) > 3
    assert not too_wide(change, 60), change
    # A pair of long names continues indented under its pair.
    assert "    Bewonersinitiatief Zenderpark - Jeugd- en Sociaal Team\n      IJsselstein" \
        in change, change


def test_prose_is_wrapped_when_piped_too(tmp):
    """Without a terminal prose is wrapped at 80, so that a result pasted
    into a mail or a note reads the same; only table rows may be wider."""
    for lang, first in (("en", "Between 2015 and 2017"), ("nl", "Tussen 2015 en 2017")):
        out = expect(run("timeline", SAMPLE, "--lang", lang), 0).out
        change = out[out.index(first):].split("\n\n")[0]
        assert len(change.splitlines()) > 2, change
        assert not too_wide(change), change
        # Words are neither lost nor split: the paragraph is the same text.
        joined = " ".join(line.strip() for line in change.splitlines()
                          if not line.startswith("  "))
        assert "Jaccard" in joined and "  " not in joined
    out = expect(run("measure", SAMPLE, "--lang", "nl"), 0).out
    reading = out[out.index("Verbinders"):out.index("Partijen, naar")]
    assert not too_wide(reading), reading
    assert "Jeugd- en Sociaal Team" in reading.replace("\n  ", " ")


def test_help_fits_80_columns(tmp):
    for env in ({"LANG": "nl_NL.UTF-8"}, {"LANG": "C"}):
        texts = [expect(run("--help", env=env), 0).out]
        texts += [expect(run(c, "--help", env=env), 0).out for c in COMMANDS]
        for text in texts:
            assert not too_wide(text), "\n".join(too_wide(text))
            # in the list of options, a line that is not an option's own
            # continues help under column 37, with or without a short name
            lines = text.splitlines()
            opts = [k for k, line in enumerate(lines) if line in ("Options:", "Opties:")]
            for line in lines[opts[0] + 1:] if opts else []:
                if not line:
                    break
                if not re.match(r"  (-\w, |    )--", line):
                    assert line.startswith(" " * 37) and line[37] != " ", (env, line)
    # A long option's help continues under the column where help starts.
    text = expect(run("draw", "--help", "--lang", "en"), 0).out
    lines = text.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("      --color-by"))
    assert lines[i + 1].startswith(" " * 37 + "what node colour shows"), lines[i:i + 2]


def test_aligned_figures_keep_their_columns(tmp):
    """Wrapping breaks long lines at spaces but keeps the runs of spaces
    that align figures."""
    text = on_terminal(80, "check", SAMPLE, "--lang", "en")
    lines = text.splitlines()
    entities = next(line for line in lines if line.startswith("Entities:"))
    assert entities.startswith("Entities:   24 (2 municipalities"), entities
    cont = lines[lines.index(entities) + 1]
    assert cont.startswith(" " * 12) and not cont.startswith(" " * 13), cont
