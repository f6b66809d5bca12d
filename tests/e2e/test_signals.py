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


# Every phase of every command, held until the signal comes: cheap, so that
# make test stays quick on a busy machine.
PHASES = {
    "check": ["loading"],
    "measure": ["loading", "measuring", "writing"],
    "draw": ["loading", "measuring", "layout", "rendering", "writing"],
    "overlap": ["measuring", "writing"],
    "timeline": ["measuring", "writing"],
    "report": ["loading", "writing"],
}


def test_every_phase_held(tmp):
    path = big(tmp, 60, 4)
    sigs = [signal.SIGINT, signal.SIGTERM]
    i = 0
    for command, phases in PHASES.items():
        out = os.path.join(tmp, {"draw": "n.svg", "report": "r"}.get(command, "o.txt"))
        argv = [command, path, "-o", out]
        if command == "draw":
            argv.append("--full")
        for phase in phases:
            interrupt(tmp, argv, phase, sigs[i % 2], hold=True)
            i += 1


def test_long_phases_in_flight(tmp):
    """Signals in the middle of real work: betweenness of a large study, and
    a report being written (its temporary folder must go too)."""
    path = big(tmp, 3000, 5)
    interrupt(tmp, ["measure", path, "-o", os.path.join(tmp, "m.txt")], "measuring",
              signal.SIGTERM)
    interrupt(tmp, ["report", path, "-o", os.path.join(tmp, "r")], "writing", signal.SIGINT)
