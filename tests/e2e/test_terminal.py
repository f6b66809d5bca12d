"""Tables on a terminal fit its width by leaving out columns, never by
cutting names (cli.md; issue: no "Sociaal W..." for two teams)."""
import fcntl
import json
import os
import pty
import struct
import subprocess
import termios

import e2e
from e2e import SAMPLE, expect, run


def on_terminal(cols, *args):
    """Runs partnermap with standard output on a terminal COLS wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, cols, 0, 0))
    proc = subprocess.Popen([e2e.BINARY, *args], stdout=slave, stderr=subprocess.PIPE,
                            env=e2e.environment())
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, err = proc.communicate(timeout=120)
    os.close(master)
    assert proc.returncode == 0, err
    return out.decode("utf-8").replace("\r\n", "\n")


def test_tables_fit_80_columns_with_whole_names(tmp):
    doc = json.loads(expect(run("measure", SAMPLE, "-f", "json"), 0).out)
    names = [e["name"] for e in doc["entities"]]
    assert max(len(n) for n in names) > 30
    heading = {"en": "Entities, by betweenness", "nl": "Partijen, naar tussenpositie"}
    for lang in ("en", "nl"):
        text = on_terminal(80, "measure", SAMPLE, "--lang", lang)
        table = text[text.index(heading[lang]):]
        text_tl = on_terminal(80, "timeline", SAMPLE, "--lang", lang)
        waves = text_tl.split("\n\n")[1]  # the table of waves, after the title
        for line in table.splitlines() + waves.splitlines():
            assert len(line.rstrip()) <= 80, (lang, line)
        assert "..." not in table
        for name in names:
            assert name in table, (lang, name)
    wide = on_terminal(200, "measure", SAMPLE)
    assert "F-without" in wide and "F-without" not in on_terminal(80, "measure", SAMPLE)
