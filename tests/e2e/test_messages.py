"""Every message in src/ has a Dutch translation with the same conversions.

Messages are written in English at their call site (error(), warning(),
notice(), usage_error(), the loader's err()/warn()/syntax_error(), msg_tr())
and translated by msg.c from the catalog in src/messages-nl.c; every
command's summary and every option's help are translated the same way.
This test reads the sources, so that nobody can add a message that a Dutch
user would meet in English."""
import os
import re

from e2e import ROOT, SAMPLE, expect, run

SRC = os.path.join(ROOT, "src")
CATALOG = os.path.join(SRC, "i18n", "messages-nl.c")
# A message function and the position of its format argument.
CALLS = {"error": 0, "warning": 0, "notice": 0, "usage_error": 1, "err": 2, "warn": 2,
         "syntax_error": 3, "msg_tr": 0, "builder_error": 2, "builder_warning": 2,
         "diags_add": 3, "part_err": 1}
LITERAL = r'"(?:[^"\\\n]|\\.)*"'


def sources():
    """Every .c file under src/, as a path relative to it (src/LAYER/NAME.c)."""
    return [os.path.relpath(os.path.join(d, f), SRC)
            for d, _, fs in os.walk(SRC) for f in fs if f.endswith(".c")]


CONVERSION = re.compile(r"%(\d+\$)?[-+ #0']*(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|z|j|t|L)?([diouxXeEfFgGaAcsp%])")


def literal(arg):
    """The text of ARG when it is only string literals, else None."""
    arg = re.sub(r"/\*.*?\*/", "", arg, flags=re.S).strip()
    parts = re.findall(LITERAL, arg)
    if not parts or re.sub(LITERAL, "", arg).strip():
        return None
    return "".join(p[1:-1] for p in parts)


def call_arguments(src, i):
    """The top-level arguments of the call whose '(' is at I."""
    depth, args, cur, j = 0, [], [], i
    while j < len(src):
        c = src[j]
        if c in "\"'":
            k = j + 1
            while src[k] != c:
                k += 2 if src[k] == "\\" else 1
            cur.append(src[j:k + 1])
            j = k + 1
            continue
        if c in "([{":
            depth += 1
            if depth == 1:
                j += 1
                continue
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(cur))
                return args
        elif c == "," and depth == 1:
            args.append("".join(cur))
            cur = []
            j += 1
            continue
        cur.append(c)
        j += 1
    return args


def messages():
    """{english text: 'file: how'} for every translatable text in src/."""
    found = {}
    call = re.compile(r"\b(" + "|".join(CALLS) + r")\s*\(")
    for name in sorted(sources()):
        base = os.path.basename(name)
        if not base.endswith(".c") or base.startswith("messages-") or base.startswith("texts"):
            continue
        src = open(os.path.join(SRC, name), encoding="utf-8").read()
        for m in call.finditer(src):
            args = call_arguments(src, m.end() - 1)
            k = CALLS[m.group(1)]
            text = literal(args[k]) if len(args) > k else None
            if text is not None:
                found.setdefault(text, f"{name}: {m.group(1)}()")
        for m in re.finditer(r"\.summary\s*=\s*((?:" + LITERAL + r"\s*)+)", src):
            found.setdefault(literal(m.group(1)), f"{name}: .summary")
        if name == "args.c":
            for m in re.finditer(r'\{"[a-z-]+",\s*\d,[^{}]*?((?:' + LITERAL + r'\s*)+)\},', src):
                found.setdefault(literal(m.group(1)), f"{name}: option help")
    return found


def catalog():
    src = open(CATALOG, encoding="utf-8").read()
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    pairs = re.findall(r"\{\s*((?:" + LITERAL + r"\s*)+),\s*((?:" + LITERAL + r"\s*)+)\}", src)
    return {literal(a): literal(b) for a, b in pairs}


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


def test_every_message_has_a_dutch_translation(tmp):
    found, nl = messages(), catalog()
    assert len(found) > 100, "the scan found too few messages: is the pattern broken?"
    missing = [f"{where}: {text!r}" for text, where in sorted(found.items())
               if re.search(r"[A-Za-z]{2}", text) and text not in nl]
    assert not missing, "no Dutch translation in src/messages-nl.c:\n" + "\n".join(missing)


def test_translations_keep_the_conversions(tmp):
    bad = [f"{en!r} -> {text!r}" for en, text in catalog().items()
           if conversions(en) != conversions(text)]
    assert not bad, "a translation must take the same arguments:\n" + "\n".join(bad)


def test_a_translation_is_printed(tmp):
    r = expect(run("measure", SAMPLE, "--wave", "1999", "--lang", "nl"), 2)
    assert "partnermap: fout in de opdracht: het onderzoek heeft geen meting '1999'" in r.err, r
    assert "Zie 'partnermap measure --help'." in r.err
    assert "usage error" not in r.err
