"""Every text a person reads has a Dutch translation with the same conversions.

Texts and messages are written in English in src/ and marked for xgettext:
the message functions' formats (error(), warning(), usage_error(), the
loaders' err(), ..., msg_tr(); scripts/pot.sh lists them), N_() where a
text is written far from where it is shown (command summaries, option
help) and TEXT_("T_ID", ...) in the English table, whose msgctxt is the id.
po/partnermap.pot is what xgettext makes of them, po/nl.po their Dutch.
These tests run gettext's own tools on the sources as they are now, so that
nobody can add a text that a Dutch user would meet in English."""
import os
import re
import subprocess

from e2e import ROOT, SAMPLE, expect, run

POT = os.path.join(ROOT, "po", "partnermap.pot")
NL = os.path.join(ROOT, "po", "nl.po")
TEXTS_EN = os.path.join(ROOT, "src", "i18n", "texts-en.c")
CONVERSION = re.compile(
    r"%(\d+\$)?[-+ #0']*(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|z|j|t|L)?([diouxXeEfFgGaAcsp%])")


def unquote(lit):
    """The text of one PO string literal ("...", with C escapes)."""
    return re.sub(r'\\(["\\ntr])', lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(
        m.group(1), m.group(1)), lit[1:-1])


def entries(path):
    """The entries of a PO file, header and obsolete ones left out: dicts of
    msgctxt (or None), msgid, msgstr, flags (a set) and where (#: lines)."""
    out = []
    for block in re.split(r"\n\s*\n", open(path, encoding="utf-8").read()):
        e = {"msgctxt": None, "flags": set(), "where": ""}
        key = None
        for line in block.splitlines():
            if line.startswith("#~"):
                e = None
                break
            if line.startswith("#,"):
                e["flags"] |= {f.strip() for f in line[2:].split(",")}
            elif line.startswith("#:"):
                e["where"] += line[2:].strip() + " "
            elif line.startswith("#"):
                continue
            else:
                m = re.match(r"(msgctxt|msgid|msgstr)\s+(\".*\")$", line)
                if m:
                    key = m.group(1)
                    e[key] = unquote(m.group(2))
                elif line.startswith('"') and key:
                    e[key] += unquote(line)
        if e and e.get("msgid"):
            out.append(e)
    return out


def catalog():
    """{English message: Dutch} for the messages of po/nl.po (no msgctxt)."""
    return {e["msgid"]: e["msgstr"] for e in entries(NL)
            if e["msgctxt"] is None and "fuzzy" not in e["flags"]}


def fresh_pot(tmp):
    """The template xgettext makes from src/ now."""
    out = os.path.join(tmp, "partnermap.pot")
    subprocess.run(["sh", os.path.join(ROOT, "scripts", "pot.sh"), out], check=True)
    return out


def key(e):
    return (e["msgctxt"], e["msgid"])


def conversions(fmt):
    """The conversions of a printf format in argument order, as strings."""
    out, numbered = [], {}
    for m in CONVERSION.finditer(fmt):
        if m.group(5) == "%":
            continue
        spec = (m.group(4) or "") + m.group(5)
        if m.group(1):
            numbered[int(m.group(1)[:-1])] = spec
        else:
            out.append(spec)
    if numbered:
        assert not out, f"mixes numbered and plain conversions: {fmt}"
        out = [numbered.get(i + 1, "?") for i in range(max(numbered))]
    return out


def test_the_pot_is_what_xgettext_makes(tmp):
    now = {key(e) for e in entries(fresh_pot(tmp))}
    committed = {key(e) for e in entries(POT)}
    assert len(now) > 700, "xgettext found too few texts: are the keywords broken?"
    new = sorted(now - committed, key=str)
    gone = sorted(committed - now, key=str)
    assert not new and not gone, ("po/partnermap.pot is not current; run 'make update-po'"
                                  f"\nnew in src/: {new}\nno longer in src/: {gone}")


def test_every_text_has_a_dutch_translation(tmp):
    nl = {key(e): e for e in entries(NL)}
    missing = [f"{e['where']}{key(e)!r}" for e in entries(fresh_pot(tmp))
               if key(e) not in nl or not nl[key(e)]["msgstr"]
               or "fuzzy" in nl[key(e)]["flags"]]
    assert not missing, "no Dutch translation in po/nl.po:\n" + "\n".join(missing)


def test_msgfmt_finds_no_error_and_nothing_untranslated(tmp):
    r = subprocess.run(["msgfmt", "-c", "--statistics", "-o", os.devnull, NL],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert re.fullmatch(r"\d+ translated messages\.\n", r.stderr), r.stderr


def test_formats_are_checked_by_msgfmt(tmp):
    """Every English text with a printf conversion is marked c-format, so
    that msgfmt -c compares its translation's conversions with it."""
    unmarked = [key(e) for e in entries(POT)
                if conversions(e["msgid"]) and "c-format" not in e["flags"]]
    assert not unmarked, unmarked


def test_translations_keep_the_conversions(tmp):
    """Also for the texts msgfmt does not check: a translation takes the
    same arguments, and a {N} placeholder is kept."""
    bad = [f"{key(e)!r} -> {e['msgstr']!r}" for e in entries(NL)
           if conversions(e["msgid"]) != conversions(e["msgstr"])
           or set(re.findall(r"\{\d\}", e["msgid"])) != set(re.findall(r"\{\d\}", e["msgstr"]))]
    assert not bad, "a translation must take the same arguments:\n" + "\n".join(bad)


def test_a_text_id_is_its_own_context(tmp):
    src = open(TEXTS_EN, encoding="utf-8").read()
    rows = re.findall(r"\[(T_\w+)\]\s*=\s*TEXT_\(\s*\"(\w+)\"", src)
    assert len(rows) > 400, "the English table's rows were not found"
    wrong = [(a, b) for a, b in rows if a != b]
    assert not wrong, f"a row's msgctxt is not its id: {wrong}"


def test_a_missing_translation_is_named(tmp):
    """The check fails, naming the text, when po/nl.po lacks one."""
    po = os.path.join(tmp, "nl.po")
    text = open(NL, encoding="utf-8").read()
    cut = re.sub(r'\nmsgid "there is not enough memory"\nmsgstr "[^"]*"\n', "\n", text)
    assert cut != text
    open(po, "w", encoding="utf-8").write(cut)
    r = subprocess.run(["sh", os.path.join(ROOT, "scripts", "po-check.sh"), po],
                       capture_output=True, text=True)
    assert r.returncode != 0, r
    assert 'msgid "there is not enough memory"' in r.stderr, r.stderr
    r = subprocess.run(["sh", os.path.join(ROOT, "scripts", "po-check.sh")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_a_translation_is_printed(tmp):
    r = expect(run("measure", SAMPLE, "--wave", "1999", "--lang", "nl"), 2)
    assert "partnermap: fout in de opdracht: het onderzoek heeft geen meting '1999'" in r.err, r
    assert "Zie 'partnermap measure --help'." in r.err
    assert "usage error" not in r.err
