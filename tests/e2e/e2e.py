"""Helpers for the end-to-end tests."""
import os
import subprocess

BINARY = None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "data", "ijsselstein-lopik.json")
TESTDATA = os.path.join(ROOT, "tests", "data")


class Result:
    def __init__(self, proc):
        self.code = proc.returncode
        self.out = proc.stdout.decode("utf-8", "replace")
        self.err = proc.stderr.decode("utf-8", "replace")
        self.raw = proc.stdout

    def __repr__(self):
        return f"exit {self.code}\n--- stdout\n{self.out[:3000]}\n--- stderr\n{self.err[:3000]}"


# The variables that choose partnermap's language (cli.md, "Language").
LANG_VARS = ("PARTNERMAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def environment(env=None):
    """The environment of a run: the test's own without the variables that
    choose a language, so that no test depends on the machine's language,
    plus ENV (a dict) where a test sets them."""
    clean = {k: v for k, v in os.environ.items() if k not in LANG_VARS}
    clean.update(env or {})
    return clean


def run(*args, stdin=None, timeout=120, env=None):
    """Runs partnermap; a sanitizer report (exit 99) or a signal always fails.
    ENV adds variables (such as LANG) to a language-neutral environment."""
    proc = subprocess.run([BINARY, *args], input=stdin, capture_output=True, timeout=timeout,
                          env=environment(env))
    r = Result(proc)
    assert r.code in (0, 1, 2, 3), f"crash or sanitizer report: {r!r}"
    assert "Sanitizer" not in r.err and "runtime error" not in r.err, repr(r)
    return r


def expect(r, code):
    assert r.code == code, f"expected exit {code}: {r!r}"
    return r


def prose(text):
    """TEXT as a reader reads wrapped prose: every line break and run of
    spaces one space, so that a test finds a sentence wherever the
    terminal's width broke it."""
    return " ".join(text.split())


def data(name):
    return os.path.join(TESTDATA, name)


def write(tmp, name, text):
    path = os.path.join(tmp, name)
    mode = "wb" if isinstance(text, bytes) else "w"
    with open(path, mode) as f:
        f.write(text)
    return path
