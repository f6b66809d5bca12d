#!/usr/bin/env python3
"""make bench: times partnermap on synthetic studies of growing size and
reports wall time and peak memory per command. Not a test: it asserts
nothing, it measures."""
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./partnermap")
SAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                      "ijsselstein-lopik.json")
SIZES = [(1000, 5), (5000, 5), (20000, 5)]


def measure(args):
    start = time.monotonic()
    proc = subprocess.Popen([BIN, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.monotonic() - start
    proc.stderr.read()
    return took, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main():
    print(f"{'entities':>8} {'ties':>7}  {'command':<40} {'seconds':>8} {'MiB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        # advise: the sample study, and synthetic studies of 200 and 1,000
        # entities (K = 3: exact on the sample, searched above a million sets).
        for n in (None, 200, 1000):
            path = SAMPLE if n is None else os.path.join(tmp, f"a{n}.json")
            if n is not None:
                with open(path, "w") as f:
                    json.dump(gen.study(n, 5), f)
            with open(path) as f:
                doc = json.load(f)
            ties = sum(len(i.get("ties", [])) for i in doc["interviews"])
            took, mib, code = measure(["advise", path, "-k", "3", "-f", "json"])
            label = f"advise {os.path.basename(path)} -k 3"
            print(f"{len(doc['entities']):>8} {ties:>7}  {label:<40} {took:>8.2f} {mib:>7.1f}"
                  + ("" if code == 0 else f"  exit {code}"))
        for n, k in SIZES:
            path = os.path.join(tmp, f"s{n}.json")
            doc = gen.study(n, k)
            with open(path, "w") as f:
                json.dump(doc, f)
            ties = sum(len(i["ties"]) for i in doc["interviews"])
            runs = [["check", path], ["measure", path, "--sample", "200", "-f", "json"],
                    ["draw", path, "-o", os.path.join(tmp, "d.svg")],
                    ["overlap", path], ["timeline", path, "--sample", "200", "-f", "json"]]
            if n <= 5000:
                runs.insert(1, ["measure", path, "-f", "json"])
                runs.append(["timeline", path, "-f", "json"])
            for args in runs:
                took, mib, code = measure(args)
                label = " ".join(a if not a.startswith(tmp) else os.path.basename(a) for a in args)
                print(f"{n:>8} {ties:>7}  {label:<40} {took:>8.2f} {mib:>7.1f}"
                      + ("" if code == 0 else f"  exit {code}"))


if __name__ == "__main__":
    main()
