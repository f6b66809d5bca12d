"""SIGINT and SIGTERM stop every command in every phase: exit status 3,
"interrupted" said, nothing written and no temporary file left. The
program marks each phase on standard error when PARTNERMAP_TEST_PHASES is
set (a test hook), so the signal is sent when the phase has begun, never
after a guessed sleep; with the variable set to a phase's name, the program
holds in that phase until the signal comes (for phases too short to hit)."""
import json
import os
import signal
import subprocess
import sys

import e2e
from e2e import write

sys.path.insert(0, os.path.join(e2e.ROOT, "bench"))
import gen  # noqa: E402


def big(tmp, n=1500, k=5):
    return write(tmp, "big.json", json.dumps(gen.study(n, k)))


def interrupt(tmp, argv, phase, sig, hold=False):
    env = dict(os.environ, PARTNERMAP_TEST_PHASES=phase if hold else "1")
    proc = subprocess.Popen([e2e.BINARY, *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    marker = f"partnermap: test: phase {phase}".encode()
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.rstrip(b"\n") == marker:
            break
    else:
        proc.wait()
        raise AssertionError(f"phase {phase} never began: {b''.join(seen)!r}")
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 3, (argv, phase, proc.returncode, err[-2000:])
    assert b"interrupted" in err, err[-2000:]
    assert b"Sanitizer" not in err, err[-3000:]
    assert sorted(os.listdir(tmp)) == ["big.json"], (argv, phase, os.listdir(tmp))


def test_check_loading(tmp):
    path = big(tmp, 20000, 5)
    interrupt(tmp, ["check", path, "-o", os.path.join(tmp, "s.txt")], "loading", signal.SIGINT)


def test_measure_measuring_and_writing(tmp):
    path = big(tmp, 8000, 5)
    out = os.path.join(tmp, "m.json")
    interrupt(tmp, ["measure", path, "-f", "json", "-o", out], "measuring", signal.SIGTERM)
    interrupt(tmp, ["measure", path, "-f", "json", "-o", out], "writing", signal.SIGINT,
              hold=True)


def test_draw_every_phase(tmp):
    path = big(tmp)
    out = os.path.join(tmp, "n.svg")
    argv = ["draw", path, "--full", "-o", out]
    interrupt(tmp, argv, "loading", signal.SIGTERM)
    interrupt(tmp, argv, "measuring", signal.SIGINT)
    interrupt(tmp, argv, "layout", signal.SIGTERM)
    interrupt(tmp, argv, "rendering", signal.SIGINT)
    interrupt(tmp, argv, "writing", signal.SIGTERM, hold=True)


def test_timeline_and_overlap(tmp):
    path = big(tmp)
    interrupt(tmp, ["timeline", path, "-o", os.path.join(tmp, "t.txt"), "--chart",
                    os.path.join(tmp, "g.png")], "measuring", signal.SIGINT)
    interrupt(tmp, ["timeline", path, "-o", os.path.join(tmp, "t.txt"), "--chart",
                    os.path.join(tmp, "g.png")], "writing", signal.SIGTERM, hold=True)
    interrupt(tmp, ["overlap", path, "-o", os.path.join(tmp, "o.txt")], "writing",
              signal.SIGINT, hold=True)


def test_report_writing_leaves_no_folder(tmp):
    path = big(tmp, 600, 5)
    out = os.path.join(tmp, "r")
    interrupt(tmp, ["report", path, "-o", out], "writing", signal.SIGTERM)
    interrupt(tmp, ["report", path, "-o", out], "writing", signal.SIGINT, hold=True)
