"""partnermap check, exit statuses and damaged datasets."""
import json
import os
import random
import re

from e2e import SAMPLE, data, expect, run, write, prose


def test_check_sample_summary(tmp):
    r = expect(run("check", SAMPLE), 0)
    assert "Entities:   24 (2 municipalities" in r.out
    assert "Entities: 24 (2 municipalities, 13 organisations, 4 teams, 5 informal partners)" \
        in prose(r.out)
    assert re.search(r"2015\s+2015-05-01\s+19\s+21\s+28\s+18", r.out), r.out
    assert "2019" in r.out
    assert r.err == "", r.err


def test_check_reads_stdin(tmp):
    with open(SAMPLE, "rb") as f:
        r = expect(run("check", "-", stdin=f.read()), 0)
    assert "Waves:      3" in r.out


def test_help_and_version(tmp):
    r = expect(run("--help"), 0)
    assert "check" in r.out and "measure" in r.out or "check" in r.out
    expect(run("check", "--help"), 0)
    r = expect(run("--version"), 0)
    assert r.out.startswith("partnermap ")


def test_usage_errors_exit_2(tmp):
    expect(run(), 2)
    r = expect(run("frobnicate", SAMPLE), 2)
    assert "unknown command" in r.err
    r = expect(run("check"), 2)
    assert "no dataset" in r.err
    r = expect(run("check", SAMPLE, "--bogus"), 2)
    assert "unknown option '--bogus'" in r.err
    r = expect(run("check", SAMPLE, "--ties", "maybe"), 2)
    assert "--ties" in r.err
    expect(run("check", SAMPLE, "extra.json"), 2)


def test_unreadable_files_exit_3(tmp):
    r = expect(run("check", os.path.join(tmp, "missing.json")), 3)
    assert "missing.json: error: cannot open the file" in r.err
    r = expect(run("check", tmp), 3)  # a folder cannot be read as a file
    assert "cannot read" in r.err
    r = expect(run("check", SAMPLE, "-o", os.path.join(tmp, "no", "such", "dir.txt")), 3)
    assert "cannot write" in r.err


def test_invalid_dataset_exit_1_with_paths(tmp):
    r = expect(run("check", data("invalid-many.json")), 1)
    lines = r.err.strip().splitlines()
    name = data("invalid-many.json")
    want = [
        f"{name}: error: entities[1].kind: unknown kind \"organization\"",
        f"{name}: error: interviews[0].ties[0].with: no entity has the id \"pulce\"",
        f"{name}: error: interviews[0].ties[1].level: 4 is not a level",
        f"{name}: error: interviews[0].ties[1].trust: 7 is not a trust rating",
        f"{name}: warning: interviews[0].ties[1].strenght: unknown key \"strenght\"",
    ]
    for w in want:
        assert any(line.startswith(w) for line in lines), f"missing {w!r} in\n{r.err}"
    assert lines[-1].endswith("nothing was written")


def test_syntax_error_line_and_column(tmp):
    path = write(tmp, "broken.json", '{\n  "partnermap": 1,\n  "entities": [\n    {"id": "a" "name": "A"}\n  ]\n}\n')
    r = expect(run("check", path), 1)
    assert r.err.startswith(f"{path}:4:16: error: "), r.err


def test_strict_turns_warnings_into_errors(tmp):
    path = data("warnings.json")
    r = expect(run("check", path), 0)
    assert "warning:" in r.err
    r = expect(run("check", "--strict", path), 1)
    assert "error:" in r.err


def test_output_is_not_written_when_invalid(tmp):
    out = os.path.join(tmp, "summary.txt")
    expect(run("check", data("invalid-many.json"), "-o", out), 1)
    assert not os.path.exists(out)
    expect(run("check", SAMPLE, "-o", out), 0)
    assert "Entities:" in open(out).read()
    assert [n for n in os.listdir(tmp)] == ["summary.txt"]


def test_damaged_copies_never_crash(tmp):
    """Truncations and byte changes of the sample give exit 0 or 1 and a
    message, never a crash or a sanitizer report."""
    raw = open(SAMPLE, "rb").read()
    rng = random.Random(7)
    cases = [raw[:n] for n in (0, 1, 2, 100, len(raw) // 2, len(raw) - 2)]
    for _ in range(25):
        b = bytearray(raw)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.choice(b'{}[]",:0\\\x00\xff\xc3 az9-')
        cases.append(bytes(b))
    doc = json.loads(raw)
    doc["entities"][0]["name"] = "x" * (1 << 20)
    cases.append(json.dumps(doc).encode())
    cases.append(b"[" * 100000)
    cases.append(b"\xff\xfe" + raw.decode().encode("utf-16-le"))
    for i, c in enumerate(cases):
        path = write(tmp, f"damaged{i}.json", c)
        r = run("check", path)
        assert r.code in (0, 1), repr(r)
        if r.code == 1:
            assert re.search(r"(:\d+:\d+: error: |: error: )", r.err), repr(r)


SPELLINGS = data("spellings.json")


def test_spelling_variants_are_warnings(tmp):
    r = expect(run("check", SPELLINGS), 0)
    lines = [l for l in r.err.splitlines() if l]
    prefix = SPELLINGS + ": warning: "
    assert all(l.startswith(prefix) for l in lines), r.err
    got = {l[len(prefix):].split(": ", 1)[0]: l for l in lines}
    # Areas spelt three ways: the two later spellings, each pointing at the first.
    assert 'area "centrum " of \'jeugdteam\' is also spelt "Centrum" (at entities[2].areas[0])' \
        in got["entities[3].areas[0]"]
    assert '"CENTRUM"' in got["entities[4].areas[0]"]
    assert 'differs only slightly from "Zuid-Oost"' in got["entities[3].areas[1]"]
    assert 'is also spelt "jeugd"' in got["entities[3].target_groups[0]"]
    assert 'differs only slightly from "ouderen"' in got["entities[4].target_groups[0]"]
    assert 'looks like "GGD Utrecht"' in got["entities[7].name"]
    assert len(lines) == 6, r.err
    # The summary is still written; --strict makes them errors and writes nothing.
    assert "Waves:" in r.out
    r = expect(run("check", SPELLINGS, "--strict"), 1)
    assert r.out == "" and "error: entities[3].areas[0]" in r.err
    assert "the dataset has 6 errors" in r.err
    nl = expect(run("check", SPELLINGS, "--lang", "nl"), 0)
    assert 'wijk "centrum " van \'jeugdteam\' staat ook gespeld als "Centrum"' in nl.err


def test_sample_has_no_spelling_variants(tmp):
    assert expect(run("check", SAMPLE), 0).err == ""
