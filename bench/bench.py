#!/usr/bin/env python3
"""make bench: times partnermap on synthetic studies of growing size and
reports wall time and peak memory. Not a test: it asserts nothing, it
measures, and says beside each figure the target of issue 17.

Three parts:
1. Exact `measure` beside the one-thread fused floor (bench/floor.c: the
   same betweenness and closeness, one breadth-first search per source, on
   one thread) and beside python-igraph computing the same measures
   (bench/igraph_measures.py), at 1,000 to 20,000 entities; issue 17's
   target for python-igraph is at 2,000.
2. Every command at 1,000, 5,000 and 20,000 entities.
3. A national-scale study (100,000 entities, about 1,000,000 ties, one
   wave): every command beside the time `check` takes to read it.

Parts 1 to 3 run on both shapes of bench/gen.py: `ring` (every entity
names partners close to it in id order) and `hubs` (municipalities and
large providers named by thousands, half of the ties across the whole
field, teams with members; modularity about 0.2).

The machine may be shared, so each comparison is made of runs side by side
(one after the other, in alternating order), repeated BENCH_REPEAT times
(default 3), or more when the rounds would take under two seconds: a study
of 1,000 entities is measured in 50 ms, where three runs leave the median
to chance, so short rounds are repeated until they fill about two seconds
(at most 21 times), after a first round that is not counted (it brings the
study into the page cache and the processor up to speed). The table shows
the median of the times and the median of the ratios of the paired runs.
BENCH_QUICK=1 skips part 3."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./partnermap")
FLOOR = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "./build/release/floor")
REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
MAX_REPEAT = 21
FILL_SECONDS = 2.0
FLOOR_SIZES = [1000, 2000, 5000, 10000, 20000]
IGRAPH_SIZE = 2000
# Issue 17's target: at most 1.2x the one-thread floor divided by the
# cores partnermap may use (0.6 on 2 cores; fewer when PARTNERMAP_THREADS
# says so).
CORES = min(int(os.environ.get("PARTNERMAP_THREADS") or 0) or 10**6,
            len(os.sched_getaffinity(0)))
FLOOR_TARGET = 1.2 / CORES
COMMAND_SIZES = [1000, 5000, 20000]
NATIONAL = (100000, 10)
# Debian's python3-igraph belongs to the system's Python.
SYSTEM_PYTHON = "/usr/bin/python3"
SAMPLE = os.path.join(os.path.dirname(HERE), "data", "ijsselstein-lopik.json")
ADVISE_SIZES = [200, 1000]
# The two shapes of study (bench/gen.py): a ring of neighbours, and a field
# with hubs and ties across it, as real fields are. Every part runs on both.
SHAPES = ["ring", "hubs"]


def run(argv):
    """Wall seconds, peak MiB and exit status of one process."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.monotonic() - start
    proc.stderr.read()
    proc.stderr.close()
    return took, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def paired(runs):
    """Runs the argvs of `runs` side by side, alternating the order: a
    first round, then REPEAT rounds in all, or as many as fill FILL_SECONDS
    (at most MAX_REPEAT) when a round is short, and then the first round is
    not counted (see above). Returns per argv the median seconds, the
    median MiB, the worst exit status, and the per-round seconds (for
    ratios)."""
    first = [run(argv) for argv in runs]
    took = sum(r[0] for r in first)
    short = took * REPEAT < FILL_SECONDS
    rounds = [] if short else [first]
    count = max(REPEAT, min(MAX_REPEAT, int(FILL_SECONDS / max(took, 1e-3)))) if short else REPEAT
    done = 1
    while len(rounds) < count:
        order = list(range(len(runs)))
        if done % 2 == 1:
            order.reverse()
        done += 1
        res = [None] * len(runs)
        for i in order:
            res[i] = run(runs[i])
        rounds.append(res)
    times = [[r[i][0] for r in rounds] for i in range(len(runs))]
    mibs = [[r[i][1] for r in rounds] for i in range(len(runs))]
    every = rounds + ([first] if short else [])
    codes = [next((r[i][2] for r in every if r[i][2]), 0) for i in range(len(runs))]
    return [(statistics.median(t), statistics.median(m), c, t)
            for t, m, c in zip(times, mibs, codes)]


def ratio(a, b):
    """Median of the ratios of paired runs."""
    return statistics.median(x / y for x, y in zip(a[3], b[3]))


def write_study(tmp, n, k, shape="ring"):
    """Written by a child process: this one stays small, since a child
    starts with (and its peak memory counts) the memory of its parent."""
    path = os.path.join(tmp, f"s{n}-{shape}.json")
    with open(path, "w") as f:
        done = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), str(n), str(k), shape],
                              stdout=f, stderr=subprocess.PIPE, text=True, check=True)
    return path, int(done.stderr.split()[-1])


def status(code):
    return "" if code == 0 else f"  exit {code}"


def verdict(value, target):
    return "ok" if value <= target else "ABOVE TARGET"


def floor_part(tmp, studies, have_igraph, shape):
    print(f"[{shape}] Exact measure beside the one-thread fused floor (bench/floor.c) and python-igraph;"
          f" {CORES} processors, PARTNERMAP_THREADS="
          f"{os.environ.get('PARTNERMAP_THREADS', 'unset')}, medians of at least {REPEAT} paired runs")
    print(f"{'entities':>8} {'ties':>7}  {'partnermap':>17}  {'floor':>17}  {'ratio':>6} "
          f"{f'(target <= {FLOOR_TARGET:.2g})':<16} {'python-igraph':>17}  {'ratio':>6} "
          f"(target <= 0.4 at {IGRAPH_SIZE:,})")
    for n in FLOOR_SIZES:
        path, ties = studies[n]
        runs = [[BIN, "measure", path, "-f", "json"], [FLOOR, path]]
        if have_igraph:
            runs.append([SYSTEM_PYTHON, os.path.join(HERE, "igraph_measures.py"), path])
        res = paired(runs)
        pm, fl = res[0], res[1]
        r = ratio(pm, fl)
        line = (f"{n:>8} {ties:>7}  {pm[0]:>7.2f} s {pm[1]:>5.0f} MiB  {fl[0]:>7.2f} s "
                f"{fl[1]:>5.0f} MiB  {r:>6.2f} {verdict(r, FLOOR_TARGET):<16}")
        if have_igraph:
            ig = res[2]
            ri = ratio(pm, ig)
            line += (f" {ig[0]:>7.2f} s {ig[1]:>5.0f} MiB  {ri:>6.2f} "
                     f"{verdict(ri, 0.4) if n == IGRAPH_SIZE else ''}" + status(ig[2]))
        print(line + status(pm[2]) + status(fl[2]), flush=True)


def label(args, tmp):
    return " ".join(a if not a.startswith(tmp) else os.path.basename(a) for a in args)


def commands_part(tmp, studies, shape):
    print()
    print(f"[{shape}] Every command (medians of at least {REPEAT} runs)")
    print(f"{'entities':>8} {'ties':>7}  {'command':<40} {'seconds':>8} {'MiB':>7}")
    for n in COMMAND_SIZES:
        path, ties = studies[n]
        runs = [["check", path], ["measure", path, "--sample", "200", "-f", "json"],
                ["draw", path, "-o", os.path.join(tmp, "d.svg")],
                ["overlap", path], ["timeline", path, "--sample", "200", "-f", "json"]]
        if n <= 5000:
            runs.insert(1, ["measure", path, "-f", "json"])
            runs.append(["timeline", path, "-f", "json"])
        if n <= 1000:
            runs.append(["draw", path, "--full", "-o", os.path.join(tmp, "f.svg")])
        for args in runs:
            took, mib, code, _ = paired([[BIN, *args]])[0]
            print(f"{n:>8} {ties:>7}  {label(args, tmp):<40} {took:>8.2f} {mib:>7.1f}"
                  + status(code), flush=True)


def national_part(tmp, shape):
    n, k = NATIONAL
    path, ties = write_study(tmp, n, k, shape)
    report = os.path.join(tmp, "report")
    runs = [("check", 1, ["check", path]),
            ("measure --sample 200", 4, ["measure", path, "--sample", "200", "-f", "json"]),
            ("draw", 4, ["draw", path, "-o", os.path.join(tmp, "n.svg")]),
            ("timeline --sample 200", 4, ["timeline", path, "--sample", "200", "-f", "json"]),
            ("overlap", 2, ["overlap", path]),
            ("report", 10, ["report", path, "-o", report])]
    print()
    print(f"[{shape}] National scale: {n:,} entities, {ties:,} ties named, one wave; each command"
          f" beside check (medians of at least {REPEAT} paired runs); every command under 2048 MiB")
    print(f"{'command':<24} {'seconds':>8} {'MiB':>7}  {'x check':>7} {'target':>7}")
    res = paired([[BIN, *args] for _, _, args in runs])
    for (name, target, _), r in zip(runs, res):
        x = ratio(r, res[0])
        mark = "" if name == "check" else (f"  {verdict(x, target)}" if r[1] < 2048
                                           else "  ABOVE 2 GiB")
        print(f"{name:<24} {r[0]:>8.2f} {r[1]:>7.0f}  {x:>7.2f} {'<= ' + str(target):>7}"
              + mark + status(r[2]), flush=True)
    os.remove(path)


def advise_part(tmp):
    """advise with K = 3: exact on the sample, searched above a million sets."""
    print()
    print(f"advise -k 3 (medians of at least {REPEAT} runs)")
    print(f"{'entities':>8} {'ties':>7}  {'command':<40} {'seconds':>8} {'MiB':>7}")
    studies = [(SAMPLE, None)] + [write_study(tmp, n, 5) for n in ADVISE_SIZES]
    for path, ties in studies:
        with open(path) as f:
            doc = json.load(f)
        if ties is None:
            ties = sum(len(i.get("ties", [])) for i in doc["interviews"])
        res = paired([[BIN, "advise", path, "-k", "3", "-f", "json"]])[0]
        name = f"advise {os.path.basename(path)} -k 3"
        print(f"{len(doc['entities']):>8} {ties:>7}  {name:<40} {res[0]:>8.2f} {res[1]:>7.1f}"
              + status(res[2]), flush=True)


def main():
    have_igraph = subprocess.run([SYSTEM_PYTHON, "-c", "import igraph"],
                                 capture_output=True).returncode == 0
    if not have_igraph:
        print("python3-igraph is not installed: the python-igraph column is left out")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in SHAPES:
            studies = {n: write_study(tmp, n, 5, shape)
                       for n in sorted(set(FLOOR_SIZES + COMMAND_SIZES))}
            floor_part(tmp, studies, have_igraph, shape)
            commands_part(tmp, studies, shape)
        advise_part(tmp)
        if os.environ.get("BENCH_QUICK") != "1":
            for shape in SHAPES:
                national_part(tmp, shape)
        shutil.rmtree(os.path.join(tmp, "report"), ignore_errors=True)


if __name__ == "__main__":
    main()
