#!/usr/bin/python3
"""Migration aid: the Dutch of the old tables (src/i18n/texts-nl.c rows and
src/i18n/messages-nl.c pairs) as gettext entries, so that a branch written
before po/nl.po existed can move its strings there exactly.

    /usr/bin/python3 scripts/po-from-tables.py [TEXTS_EN TEXTS_NL MESSAGES_NL] > new.po

Each text id T_X becomes `msgctxt "T_X"`, its English the msgid and its
Dutch the msgstr; each message pair becomes an entry without a context.
TEXTS_EN may be the old table or today's (TEXT_ rows). Give the result to
`make update-po COMPENDIUM=new.po`, which fills in what po/nl.po lacks
(README.md, "Texts and translations")."""
import re
import sys

LITERAL = r'"(?:[^"\\\n]|\\.)*"'
ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "a": "\a", "r": "\r"}


def unquote(arg):
    """The bytes of a run of adjacent C string literals, as C reads them."""
    out = []
    for lit in re.findall(LITERAL, arg):
        body, i = lit[1:-1], 0
        while i < len(body):
            c = body[i]
            if c != "\\":
                out.append(c)
                i += 1
                continue
            e = body[i + 1]
            if e in ESCAPES:
                out.append(ESCAPES[e])
                i += 2
            elif e == "x":
                m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
                out.append(chr(int(m.group(0), 16)))
                i += 2 + len(m.group(0))
            elif e in "01234567":
                m = re.match(r"[0-7]{1,3}", body[i + 1:])
                out.append(chr(int(m.group(0), 8)))
                i += 1 + len(m.group(0))
            else:
                raise ValueError(f"unknown escape \\{e} in {lit}")
    return "".join(out)


def strip_comments(src):
    # Comments outside string literals only.
    return re.sub(r"(" + LITERAL + r")|/\*.*?\*/|//[^\n]*",
                  lambda m: m.group(1) or " ", src, flags=re.S)


def texts(path):
    """{T_X: text} of a table `[T_X] = "..." "...",` (texts-nl.c, the old
    texts-en.c) or `[T_X] = TEXT_("T_X", "..." "..."),` (texts-en.c now)."""
    src = strip_comments(open(path, encoding="utf-8").read())
    rows = re.findall(r"\[(T_[A-Z0-9_]+)\]\s*=\s*(?:TEXT_\(\s*\"T_[A-Z0-9_]+\",\s*)?((?:"
                      + LITERAL + r"\s*)+)", src)
    table = {}
    for tid, lits in rows:
        assert tid not in table, f"{path}: {tid} twice"
        table[tid] = unquote(lits)
    return table


def messages(path):
    """[(english, dutch)] of a table `{"..." "...", "..."},`, in order."""
    src = strip_comments(open(path, encoding="utf-8").read())
    pairs = re.findall(r"\{\s*((?:" + LITERAL + r"\s*)+),\s*((?:" + LITERAL + r"\s*)+)\}", src)
    return [(unquote(a), unquote(b)) for a, b in pairs]


def po_string(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = s.split("\n")
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if len(parts) == 1:
        return f'"{parts[0]}"'
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def entry(ctxt, en, nl):
    out = []
    if ctxt:
        out.append(f"msgctxt {po_string(ctxt)}")
    out.append(f"msgid {po_string(en)}")
    out.append(f"msgstr {po_string(nl)}")
    return "\n".join(out) + "\n"


def main(argv):
    en_path, nl_path, msg_path = (argv[1:4] if len(argv) >= 4 else
                                  ("src/i18n/texts-en.c", "src/i18n/texts-nl.c",
                                   "src/i18n/messages-nl.c"))
    en, nl = texts(en_path), texts(nl_path)
    out = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for tid in en:
        if tid in nl:
            out.append(entry(tid, en[tid], nl[tid]))
        else:
            print(f"{tid} has no Dutch row", file=sys.stderr)
    seen = {}
    for a, b in messages(msg_path):
        if a in seen:
            if seen[a] != b:
                print(f"two Dutch texts for {a!r}", file=sys.stderr)
            continue
        seen[a] = b
        out.append(entry(None, a, b))
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
