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


def broken_pipe(tmp, argv, stderr_too, ignore=False):
    """Runs partnermap with standard output (and standard error) into a
    pipe whose reader has gone: the parent closes its end at once."""
    r, w = os.pipe()
    os.close(r)
    pre = (lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN)) if ignore else None
    proc = subprocess.run([e2e.BINARY, *argv], stdout=w,
                          stderr=w if stderr_too else subprocess.PIPE, timeout=120,
                          env=e2e.environment(), preexec_fn=pre)
    os.close(w)
    return proc


def test_a_broken_pipe_ends_cleanly(tmp):
    """Issue 28: `report STUDY -o r 2>&1 | head -1` left .r.tmp-XXXXXX with
    partial files. A closed pipe ends every command as SIGPIPE would, with
    every temporary file and folder removed, also when SIGPIPE was ignored
    by the caller (EPIPE)."""
    study = os.path.join(e2e.ROOT, "data", "ijsselstein-lopik.json")
    for ignore in (False, True):
        for argv in (["report", study, "-o", os.path.join(tmp, "r")],
                     ["measure", study],
                     ["draw", study, "-o", os.path.join(tmp, "n.svg")],
                     ["convert", study, "-o", os.path.join(tmp, "c.xlsx")],
                     ["check", study]):
            for stderr_too in (True, False):
                proc = broken_pipe(tmp, argv, stderr_too, ignore)
                # what writes to the pipe ends as SIGPIPE ends a process; what
                # writes nothing there finishes
                writes = argv[0] in ("measure", "check") or (stderr_too and argv[0] == "report")
                assert proc.returncode in ((-signal.SIGPIPE,) if writes else
                                           (0, -signal.SIGPIPE)), (argv, ignore, stderr_too,
                                                                   proc.returncode, proc.stderr)
                left = [f for f in os.listdir(tmp) if ".tmp-" in f]
                assert not left, (argv, left)
                for f in os.listdir(tmp):
                    p = os.path.join(tmp, f)
                    if os.path.isdir(p):
                        import shutil
                        shutil.rmtree(p)
                    else:
                        os.unlink(p)
