"""The table for people stays aligned when names hold wide characters (CJK,
two columns on a terminal) or a decomposed accent (a letter and a
combining mark, one column): every column starts at the same terminal
column on every line. Widths here come from Python's unicodedata (East
Asian Width and combining class), not from partnermap; a table that counts
bytes or code points misaligns the rows of these names."""
import json
import os
import re
import unicodedata

from e2e import expect, run

NAMES = {
    "cjk": "\u8a9e\u5b66\u6559\u5ba4 Utrecht",   # 語学教室: 4 characters, 8 columns
    "accent": "Cafe\u0301 de Hoek",               # é as e + U+0301: 13 columns
    "plain": "Stichting Pulse",
    "mixed": "Wijkteam \u65e5\u672c Noord",       # 日本
}


def width(text):
    """The columns TEXT takes on a terminal."""
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def study(path):
    ids = list(NAMES)
    ents = [{"id": i, "name": NAMES[i], "kind": "organisation"} for i in ids]
    interviews = [{"respondent": a, "ties": [{"with": b, "level": 2}
                                             for b in ids if b != a]} for a in ids]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"partnermap": 1, "title": "Brede namen", "entities": ents,
                   "interviews": interviews}, f, ensure_ascii=False)


def test_a_measure_table_with_wide_and_combining_names_lines_up(tmp):
    path = os.path.join(tmp, "namen.json")
    study(path)
    for lang in ("en", "nl"):
        r = expect(run("measure", path, "--lang", lang), 0)
        lines = r.out.splitlines()
        start = next(i for i, line in enumerate(lines)
                     if any(line.startswith(n) for n in NAMES.values())) - 1
        table = lines[start:start + 1 + len(NAMES)]
        assert all(any(line.startswith(n) for n in NAMES.values()) for line in table[1:]), r
        # The second column (kind) starts where its header does, on every row.
        kind_at = width(re.match(r"\S+(?: \S+)* {2,}", table[0]).group(0))
        for line in table[1:]:
            name = next(n for n in NAMES.values() if line.startswith(n))
            rest = line[len(name):]
            at = width(name) + len(rest) - len(rest.lstrip(" "))
            assert at == kind_at, (lang, name, at, kind_at, table)
        # The last column is right-aligned: every line ends at one column.
        ends = {width(line) for line in table}
        assert len(ends) == 1, (lang, [(width(line), line) for line in table])
